"""The shape of every record in ``data/``: sources, inputs, statements, claims.

Only the schema lives here (pydantic models and their field rules). Reading
files and cross-checking ids is in :mod:`macros.model.loader`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Literal

import pint
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

from macros.model.units import parse_unit

SNAKE_ID = r"^[a-z][a-z0-9_]*$"
SLUG_ID = r"^[a-z0-9][a-z0-9-]*$"
# A publication date as precise as the source shows it; "undated" says we looked.
PUBLISHED = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|undated)$")


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Record):
    id: str = Field(pattern=SLUG_ID)
    title: str = Field(min_length=3)
    publisher: str = Field(min_length=2)
    published: str
    url: HttpUrl
    accessed: dt.date
    kind: Literal["primary", "secondary"]
    note: str = ""

    @field_validator("published", mode="before")
    @classmethod
    def _published_text(cls, value: object) -> str:
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        if not PUBLISHED.match(text):
            raise ValueError("must be YYYY, YYYY-MM, YYYY-MM-DD or 'undated'")
        return text


class Input(Record):
    """One sourced number. An assumption is a judgement and so must carry its range."""

    id: str = Field(pattern=SNAKE_ID)
    label: str = Field(min_length=3)
    value: float
    unit: str
    source: str = Field(pattern=SLUG_ID)
    quote: str = Field(min_length=3, max_length=400)
    as_of: str = Field(min_length=4)
    kind: Literal["reported", "assumption"] = "reported"
    low: float | None = None
    high: float | None = None
    basis: str = ""
    note: str = ""
    signed: bool = False
    # How to show it, when the unit alone does not say (a dimensionless multiple reads "10×").
    style: Literal["number", "count", "multiple", "percent"] | None = None

    @field_validator("as_of", mode="before")
    @classmethod
    def _as_of_text(cls, value: object) -> str:
        return value.isoformat() if isinstance(value, dt.date) else str(value)

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        try:
            parse_unit(value)
        except (pint.errors.PintError, ValueError, AttributeError, TypeError) as exc:
            raise ValueError(f"'{value}' is not a unit pint knows ({exc.__class__.__name__})") from None
        return value

    @field_validator("value", "low", "high")
    @classmethod
    def _finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError("must be a finite number")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "Input":
        if not self.signed and min(v for v in (self.value, self.low, self.high) if v is not None) < 0:
            raise ValueError("value: a count or amount cannot be negative (set signed: true for a change)")
        if (self.low is None) != (self.high is None):
            raise ValueError("low/high: give both ends of the range or neither")
        if self.low is not None and not self.low <= self.value <= self.high:
            raise ValueError(f"low/high: the range {self.low}-{self.high} must contain the value {self.value}")
        if self.kind == "assumption" and (self.low is None or not self.basis):
            raise ValueError("basis: an assumption needs low, high and a basis that says where the range comes from")
        return self


class Statement(Record):
    """A sourced sentence without a number: who said what, when."""

    id: str = Field(pattern=SNAKE_ID)
    speaker: str = ""
    quote: str = Field(min_length=3, max_length=400)
    # Our English rendering of a quote the stored source gives in another language.
    translation: str = ""
    source: str = Field(pattern=SLUG_ID)
    as_of: str
    note: str = ""

    @field_validator("as_of", mode="before")
    @classmethod
    def _as_of_text(cls, value: object) -> str:
        return value.isoformat() if isinstance(value, dt.date) else str(value)


class Claim(Record):
    """A number one of the seed articles states, and the figure we check it against."""

    id: str = Field(pattern=SNAKE_ID)
    article: Literal["seed-000", "seed-001"]
    topic: str
    words: str = Field(min_length=3, max_length=300)
    claimed: float
    unit: str
    comparator: Literal["about", "over", "under", "exact"] = "about"
    precision: float = Field(gt=0)
    figure: str | None = None
    why: str = Field(min_length=10)

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str) -> str:
        return Input._known_unit(value)


class Article(Record):
    """One of the two seed articles the site checks."""

    id: Literal["seed-000", "seed-001"]
    name: str
    outlet: str
    date: str
    origin: str = Field(pattern=SLUG_ID)
    note: str = ""


class GlossaryTerm(Record):
    term: str = Field(min_length=2)
    meaning: str = Field(min_length=10)
