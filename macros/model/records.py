"""The shape of every record in ``data/``: sources, inputs, statements, claims, articles, glossary.

Only the schema lives here (pydantic models and their field rules). Reading
files and cross-checking ids is in :mod:`macros.model.loader`.

Anything in ``data/`` may arrive in a stranger's pull request, so the rules are strict
where a lax reading would publish something wrong: text must be a string (a YAML
``!!binary`` value or a bare number is refused, not converted), numbers must be numbers
(``true`` is not 1) and finite and of a sane size, link targets are https, dates have one
of a few shapes. Every string is length-limited, so no field can blow up a page.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    HttpUrl,
    StringConstraints,
    field_validator,
    model_validator,
)

from macros.model.dates import is_period, is_publication_date
from macros.model.units import UnitProblem, check_unit

SNAKE_ID = r"^[a-z][a-z0-9_]{0,79}$"
SLUG_ID = r"^[a-z0-9][a-z0-9-]{0,79}$"
# Numbers beyond this are typos or attacks: the largest figure on the site, training compute, is about 1e26.
LARGEST_NUMBER = 1e30
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def _one_line(value: str) -> str:
    found = CONTROL_CHARACTER.search(value)
    if found:
        raise ValueError(f"contains a control character (U+{ord(found.group()):04X}); write it on one line")
    return value


def Text(max_length: int, min_length: int = 1):  # noqa: N802 - reads as a type in the models below
    """A string (strictly: no number, date or bytes converted into one), one line, length-limited."""
    return Annotated[
        str, StringConstraints(strict=True, min_length=min_length, max_length=max_length), AfterValidator(_one_line)
    ]


def _only_numbers(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"must be a number, not {value!r}"[:120])
    return value


def _sane(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    if abs(value) > LARGEST_NUMBER:
        raise ValueError(f"{value:g} is beyond the largest number a figure may have ({LARGEST_NUMBER:g})")
    return value


Number = Annotated[float, BeforeValidator(_only_numbers), AfterValidator(_sane)]


def _date_text(is_valid: Callable[[str], bool], shapes: str):
    """A date in one of the shapes of :mod:`macros.model.dates`, kept as the text data/ writes."""

    def check(value: object) -> str:
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # YAML reads a bare year as a number
        if not isinstance(value, str) or not is_valid(value):
            raise ValueError(f"must be {shapes}, not {value!r}"[:160])
        return value

    return BeforeValidator(check)


# A publication date as precise as the source shows it; "undated" says we looked.
Published = Annotated[str, _date_text(is_publication_date, "YYYY, YYYY-MM, YYYY-MM-DD or 'undated'")]
# What a figure is as of: a day, a month, a quarter, a half or a year.
AsOf = Annotated[str, _date_text(is_period, "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or 'undated'")]


def _unit_text(value: str) -> str:
    try:
        check_unit(value)
    except UnitProblem as problem:
        raise ValueError(str(problem)) from None
    return value


Unit = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=40), AfterValidator(_unit_text)]


# What RFC 3986 allows in an address outside its host ("[" and "]" only for IPv6 hosts).
URL_CHARACTERS = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+")


def _https(url: HttpUrl) -> HttpUrl:
    if url.scheme != "https":
        raise ValueError(f"must be an https address, not {url.scheme}")
    if not URL_CHARACTERS.fullmatch(str(url)):
        raise ValueError("has characters an address may not contain (percent-encode them)")
    return url


def _plain_address(value: object) -> object:
    if not isinstance(value, str):
        raise ValueError("must be an address written as text")
    if re.search(r'[\s"<>\\`]', value):
        raise ValueError("an address cannot contain spaces, quotes, angle brackets or backslashes")
    return value


Address = Annotated[HttpUrl, BeforeValidator(_plain_address), AfterValidator(_https)]
Flag = Annotated[bool, Field(strict=True)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# How good the text behind a source is, best first (README, "Where a number comes from"): the body's
# own text; the original outlet's own report; a reputable outlet's report quoting or paraphrasing it;
# a copy whose original could not be found or confirmed.
Tier = Literal["primary", "outlet", "quoting", "copy"]
TIERS: tuple[str, ...] = ("primary", "outlet", "quoting", "copy")
# Texts that are not sources at all, refused at load with the reason: what to cite instead.
NOT_SOURCES = {
    "ai-summary": "an AI-written summary is not a source; cite the text it summarises",
    "machine-translation": "a machine translation is not a source; cite the text in its own language",
    "test-fixture": "a test fixture is made-up data, not a source",
    "evaluation-file": "an evaluation or benchmark data file is not a source; cite what it was made from",
}


def _a_tier(value: object) -> object:
    if isinstance(value, str) and value in NOT_SOURCES:
        raise ValueError(NOT_SOURCES[value])
    return value


class Copy(Record):
    """Where a source's text was checked when it was not read at the original's own address:
    a repost, a reader proxy, a verbatim copy in a public file."""

    # The copy's own address; None for a copy found by its text in an index of public files that
    # gives no address for it (never constructed from a repository's name and a guessed path).
    url: Address | None = None
    # Who hosts the copy, as a reader would name it ("aitopics.org", "a public GitHub file").
    host: Text(120, 2)


class Source(Record):
    """A work a figure or a sentence comes from, cited as a journalist would: the original work
    (publisher, title, date and, where a stored text gives it, its address), and separately the
    copy that was read when it was not read at that address."""

    id: str = Field(pattern=SLUG_ID)
    title: Text(300, 3)
    publisher: Text(120, 2)  # who wrote and first published it, never the host of a copy
    published: Published
    # The original's own address: given only where a stored text gives it, and read there unless
    # `read_in` says where the text was checked instead.
    url: Address | None = None
    read_in: Copy | None = None
    accessed: dt.date  # when the text was read, at `url` or in the copy
    tier: Annotated[Tier, BeforeValidator(_a_tier)]
    # When newer information may have superseded it (macros/model/freshness.py has the rules):
    # quarterly results, half-yearly lists, news of a developing story, reference works, or a
    # final record of its date. check_again_after overrides the date the cadence gives.
    cadence: Literal["quarterly", "half-yearly", "news", "reference", "final"]
    check_again_after: dt.date | None = None
    # May carry <em>/<strong> (macros.escape.rich); everything else shows as text.
    note: Text(600, 0) = ""

    @model_validator(mode="after")
    def _read_somewhere(self) -> Source:
        if self.url is None and self.read_in is None:
            raise ValueError("url: give the original's address, or the copy that was read (read_in: url, host)")
        return self

    @property
    def kind(self) -> Literal["primary", "secondary"]:
        """Primary: the body that produced the figure, in its own words; secondary: anyone else."""
        return "primary" if self.tier == "primary" else "secondary"

    @property
    def read_at(self) -> HttpUrl | None:
        """The address of the text that was read: the copy's, or the original's; None for a copy
        whose own address no stored index gives."""
        return self.read_in.url if self.read_in is not None else self.url


# What a capital-spending figure counts, in each company's own words: only figures of one measure
# are compared with each other (macros/model/peers.py refuses anything else).
CAPEX_MEASURES = {
    "ppe_purchases": "cash purchases of property and equipment",
    "ppe_purchases_net": "purchases of property and equipment, net of proceeds from sales and incentives",
    "capex_incl_finance_lease_principal": "capital expenditures including principal payments on finance leases",
    "capex_incl_finance_leases": "capital expenditures including finance leases",
}
# How sure a source says it is of an estimate (Epoch AI's words for its training-compute estimates).
Confidence = Literal["confident", "likely", "speculative"]


class Input(Record):
    """One sourced number. An assumption is a judgement and so must carry its range."""

    id: str = Field(pattern=SNAKE_ID)
    label: Text(160, 3)
    value: Number
    unit: Unit
    source: str = Field(pattern=SLUG_ID)
    quote: Text(400, 3)
    as_of: AsOf
    kind: Literal["reported", "assumption"] = "reported"
    low: Number | None = None
    high: Number | None = None
    basis: Text(600, 0) = ""
    note: Text(600, 0) = ""  # may carry <em>/<strong>
    # A change (growth, a gain): may be negative, and a percentage beyond 0-100.
    signed: Flag = False
    # How to show it, when the unit alone does not say (a dimensionless multiple reads "10×").
    style: Literal["number", "count", "multiple", "percent"] | None = None
    # For capital spending: what the figure counts (CAPEX_MEASURES); for an estimate the source
    # grades: how sure the source says it is.
    measure: Literal[tuple(CAPEX_MEASURES)] | None = None
    confidence: Confidence | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Input:
        ends = [v for v in (self.value, self.low, self.high) if v is not None]
        if not self.signed and min(ends) < 0:
            raise ValueError("value: a count or amount cannot be negative (set signed: true for a change)")
        if not self.signed and self.unit in ("percent", "%") and max(ends) > 100:
            raise ValueError("value: a share cannot exceed 100 percent (set signed: true for a change)")
        if (self.low is None) != (self.high is None):
            raise ValueError("low/high: give both ends of the range or neither")
        if self.low is not None and not self.low <= self.value <= self.high:
            raise ValueError(f"low/high: the range {self.low:g}-{self.high:g} must contain the value {self.value:g}")
        if self.kind == "assumption" and (self.low is None or not self.basis):
            raise ValueError("basis: an assumption needs low, high and a basis that says where the range comes from")
        return self


class Statement(Record):
    """A sourced sentence without a number: who said what, when."""

    id: str = Field(pattern=SNAKE_ID)
    speaker: Text(120, 0) = ""
    quote: Text(400, 3)
    # Our English rendering of a quote the stored source gives in another language.
    translation: Text(400, 0) = ""
    source: str = Field(pattern=SLUG_ID)
    as_of: AsOf
    note: Text(600, 0) = ""  # may carry <em>/<strong>


class Claim(Record):
    """A number one of the seed articles states, and the figure we check it against."""

    id: str = Field(pattern=SNAKE_ID)
    article: Literal["seed-000", "seed-001"]
    topic: str = Field(pattern=SNAKE_ID)
    words: Text(300, 3)
    claimed: Number
    unit: Unit
    comparator: Literal["about", "over", "under", "exact"] = "about"
    precision: Annotated[Number, Field(gt=0)]
    figure: str | None = Field(default=None, pattern=SNAKE_ID)
    why: Text(400, 10)

    @field_validator("claimed")
    @classmethod
    def _not_negative(cls, value: float) -> float:
        if value < 0:
            raise ValueError("an article's figure is written as a positive number; a fall is a comparator's job")
        return value


class Article(Record):
    """One of the two seed articles the site checks."""

    id: Literal["seed-000", "seed-001"]
    name: Text(120, 3)
    outlet: Text(160, 3)
    date: Text(60, 4)
    origin: str = Field(pattern=SLUG_ID)
    note: Text(600, 0) = ""  # may carry <em>/<strong>


class GlossaryTerm(Record):
    # A term is matched in every page's text: a short word or abbreviation, nothing that reads as syntax.
    term: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9 .\-]{0,39}$", strict=True)
    meaning: Text(400, 10)  # may carry <em>/<strong>


class Rescoring(Record):
    date: dt.date
    why: Text(400, 10)


class Forecast(Record):
    """A forward-looking statement of 2024 (or its later restatement), and how to score it.

    The words are a statement's or a claim's, so they carry their source. The test is either
    figures (each outcome figure against a target) or statements (later sourced statements
    that confirm or contradict it). macros/model/forecasts.py turns this into a verdict.
    """

    id: str = Field(pattern=SNAKE_ID)
    topic: str = Field(pattern=SNAKE_ID)
    statement: str | None = Field(default=None, pattern=SNAKE_ID)
    claim: str | None = Field(default=None, pattern=SNAKE_ID)
    # The period the forecast is about: before it ends, its verdict is "too early to tell".
    about: AsOf
    test: Literal["figures", "statements"]
    outcomes: tuple[Annotated[str, Field(pattern=SNAKE_ID)], ...] = ()
    comparator: Literal["at_least", "above", "at_most", "about"] | None = None
    # A number in `unit`, or the id of a figure (the forecaster's own later figure, say).
    target: Number | Annotated[str, Field(pattern=SNAKE_ID)] | None = None
    unit: Unit | None = None
    # The rounding an "about" forecast's words were written to; a forecast in an article's words (a
    # claim) is judged with the claim's own precision, so the same words get one tolerance everywhere.
    precision: Annotated[Number, Field(gt=0)] | None = None
    confirmed_by: tuple[Annotated[str, Field(pattern=SNAKE_ID)], ...] = ()
    contradicted_by: tuple[Annotated[str, Field(pattern=SNAKE_ID)], ...] = ()
    why: Text(400, 10)
    # When the way it is scored changed: the day, and why (the scorecard and "What changed" show it).
    rescored: Rescoring | None = None

    @model_validator(mode="after")
    def _complete(self) -> Forecast:
        if (self.statement is None) == (self.claim is None):
            raise ValueError("statement/claim: give the 2024 words as exactly one of a statement id or a claim id")
        if self.test == "figures":
            if not self.outcomes or self.comparator is None or self.target is None or self.unit is None:
                raise ValueError("outcomes: a figures test needs outcomes, comparator, target and unit")
            if self.claim is not None and self.precision is not None:
                raise ValueError(
                    "precision: a forecast in an article's words takes the claim's own precision (data/claims.yaml)"
                )
            if self.comparator == "about" and self.precision is None and self.claim is None:
                raise ValueError("precision: an 'about' forecast needs the precision it was rounded to")
            if self.confirmed_by or self.contradicted_by:
                raise ValueError("confirmed_by: a figures test takes no statements")
        elif self.outcomes or self.comparator or self.target is not None:
            raise ValueError("outcomes: a statements test takes confirmed_by and contradicted_by, not figures")
        return self


class Alias(Record):
    """A published figure id that was renamed: it keeps resolving, to the figure it became."""

    id: str = Field(pattern=SNAKE_ID)  # the old id
    now: str = Field(pattern=SNAKE_ID)
    renamed: dt.date
