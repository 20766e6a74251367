"""The recorded releases of the numbers (releases/<date>.json), and what changed between them.

A release is a snapshot of the catalogue: every figure's value, range and text as pages showed it,
and every input's value, source and quote. Comparing consecutive releases gives the figures that
moved, from what to what, and the input edits that moved them. Read like data/: a malformed file
fails with its file, entry and field. Taking and writing a snapshot is macros/published/releases.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, ValidationError

from macros.model.errors import DataError, DataErrors
from macros.model.freshness import input_ids

if TYPE_CHECKING:
    from macros.model.catalogue import Catalogue

RELEASES_DIR = Path(__file__).resolve().parents[2] / "releases"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class FigureState(_Strict):
    label: str
    unit: str
    value: float
    low: float | None = None
    high: float | None = None
    text: str


class InputState(_Strict):
    value: float
    unit: str
    source: str
    quote: str


class VerdictState(_Strict):
    """Every verdict at the release, by id (releases before 2026-12-04 have none recorded but the last)."""

    claims: dict[str, str] = {}
    forecasts: dict[str, str] = {}


class Release(_Strict):
    date: dt.date
    figures: dict[str, FigureState]
    inputs: dict[str, InputState]
    verdicts: VerdictState = VerdictState()


def load_releases(releases_dir: Path = RELEASES_DIR) -> list[Release]:
    """Every release, oldest first; a malformed file fails with its file, entry and field."""
    releases, errors = [], []
    for path in sorted(Path(releases_dir).glob("*.json")):
        rel = f"releases/{path.name}"
        try:
            release = Release.model_validate_json(path.read_text(encoding="utf-8"))
        except ValidationError as exc:
            for err in exc.errors():
                loc = [str(p) for p in err["loc"]]
                entry = loc[1] if len(loc) > 1 and loc[0] in ("figures", "inputs") else None
                errors.append(DataError(rel, entry, ".".join(loc[2:] or loc[:1]) or None, err["msg"]))
            continue
        if path.stem != release.date.isoformat():
            errors.append(DataError(rel, None, "date", f"the file is named {path.stem} but records {release.date}"))
            continue
        releases.append(release)
    if errors:
        raise DataErrors(errors)
    return releases


@dataclass(frozen=True)
class InputEdit:
    input: str
    field: str  # value, source or quote
    old: str
    new: str


@dataclass(frozen=True)
class Move:
    figure: str
    label: str
    old: str  # as pages showed it then
    new: str
    causes: tuple[InputEdit, ...]


@dataclass(frozen=True)
class VerdictMove:
    kind: str  # "claim" or "forecast"
    id: str
    old: str
    new: str
    why: str  # the forecast's re-scoring, or what moved under it


@dataclass(frozen=True)
class ReleaseChanges:
    date: dt.date
    added: tuple[str, ...]
    removed: tuple[str, ...]
    moved: tuple[Move, ...]
    edits: tuple[InputEdit, ...] = field(default=())
    verdicts: tuple[VerdictMove, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.moved or self.edits or self.verdicts)


def compare(old: Release, new: Release, catalogue: Catalogue) -> ReleaseChanges:
    """What changed from ``old`` to ``new``; ``catalogue`` says which inputs feed which figure."""
    edits = tuple(
        InputEdit(input_id, name, str(getattr(before, name)), str(getattr(after, name)))
        for input_id, after in new.inputs.items()
        if (before := old.inputs.get(input_id)) is not None
        for name in ("value", "source", "quote")
        if getattr(before, name) != getattr(after, name)
    )
    moved = []
    for figure_id, after in new.figures.items():
        before = old.figures.get(figure_id)
        if before is None or (before.value, before.low, before.high) == (after.value, after.low, after.high):
            continue
        feeding = input_ids(catalogue, [figure_id]) if figure_id in catalogue else {figure_id}
        causes = tuple(e for e in edits if e.input in feeding)
        moved.append(Move(figure_id, after.label, before.text, after.text, causes))
    return ReleaseChanges(
        new.date,
        tuple(sorted(set(new.figures) - set(old.figures))),
        tuple(sorted(set(old.figures) - set(new.figures))),
        tuple(moved),
        edits,
        _verdict_moves(old, new, catalogue),
    )


def _verdict_moves(old: Release, new: Release, catalogue: Catalogue) -> tuple[VerdictMove, ...]:
    """Verdicts that changed, each with why: a forecast re-scored between the two releases says so
    in data/forecasts.yaml; anything else moved with what it is judged against."""
    moves = []
    for kind, before, after in (
        ("claim", old.verdicts.claims, new.verdicts.claims),
        ("forecast", old.verdicts.forecasts, new.verdicts.forecasts),
    ):
        for item_id, now in after.items():
            then = before.get(item_id)
            if then is None or then == now:
                continue
            rescored = catalogue.data.forecasts[item_id].rescored if kind == "forecast" else None
            if item_id in catalogue.data.forecasts and rescored and old.date < rescored.date <= new.date:
                why = rescored.why
            else:
                why = "what it is judged against moved"
            moves.append(VerdictMove(kind, item_id, then, now, why))
    return tuple(moves)


def history(releases: list[Release], catalogue: Catalogue) -> list[ReleaseChanges]:
    """Each release's changes against the one before it, newest first (the first release adds all)."""
    changes = []
    for index, release in enumerate(releases):
        if index == 0:
            changes.append(ReleaseChanges(release.date, tuple(sorted(release.figures)), (), ()))
        else:
            changes.append(compare(releases[index - 1], release, catalogue))
    return changes[::-1]


def last_changed(changes: list[ReleaseChanges], figure_ids) -> dt.date | None:
    """The newest release in which any of ``figure_ids`` was added or moved."""
    wanted = set(figure_ids)
    for release in changes:  # newest first
        if wanted & (set(release.added) | {m.figure for m in release.moved}):
            return release.date
    return None
