"""A named figure, and the table of every figure by id that claims, forecasts and pages look up.

Belongs here: what a figure is (its value with a range, its display, its inputs and sources) and
finding one by id, renamed ids included, in the unit a comparison needs. Not here: computing
figures (:mod:`macros.model.evaluation`) or judging anything against them (claims, forecasts).
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.model.derivation import Style
from macros.model.errors import DataError, UnknownId
from macros.model.estimate import Estimate
from macros.model.units import same_dimension


@dataclass(frozen=True)
class Figure:
    """One number the site shows: a sourced input as it stands, or a figure derived from others.

    ``unit``, ``style`` and ``digits`` say how pages spell it (macros/formatting.py); ``inputs``
    are the figures a derived one is computed from, ``sources`` the source ids behind it all.
    """

    id: str
    label: str
    unit: str
    style: Style
    digits: int | None
    how: str
    estimate: Estimate
    inputs: tuple[str, ...]
    sources: tuple[str, ...]
    kind: str  # "input" or "derived"
    note: str = ""
    measure: str | None = None  # what a capital-spending input counts (records.CAPEX_MEASURES)
    confidence: str | None = None  # how sure its source says it is of an estimate

    @property
    def value(self) -> float:
        return self.estimate.magnitude(self.unit)

    @property
    def low(self) -> float | None:
        return None if not self.estimate.has_range else float(self.estimate.low.to(self.unit).magnitude)

    @property
    def high(self) -> float | None:
        return None if not self.estimate.has_range else float(self.estimate.high.to(self.unit).magnitude)


class FigureTable:
    """Every figure by id; an old id that was renamed (``aliases``) still finds the figure it became."""

    def __init__(self, figures: dict[str, Figure], aliases: dict[str, str]):
        self._figures = dict(figures)
        self.aliases = dict(aliases)

    def __getitem__(self, figure_id: str) -> Figure:
        try:
            return self._figures[self.aliases.get(figure_id, figure_id)]
        except (KeyError, TypeError):
            raise UnknownId("figure", figure_id, self._figures) from None

    def __contains__(self, figure_id: str) -> bool:
        return self.aliases.get(figure_id, figure_id) in self._figures

    @property
    def figures(self) -> dict[str, Figure]:
        return dict(self._figures)

    def comparable(self, figure_id: str, unit: str, file: str, entry: str, field: str) -> Figure:
        """The figure a record of data/ (a claim, a forecast) names in ``field`` to compare in ``unit``;
        DataError naming the record's field when there is no such figure, its ``unit`` field when the
        figure cannot be expressed in that unit."""
        try:
            figure = self[figure_id]
        except UnknownId as exc:
            raise DataError(file, entry, field, str(exc)) from None
        if not same_dimension(figure.estimate.value.units, unit):
            raise DataError(
                file,
                entry,
                "unit",
                f"'{unit}' cannot be compared with figure '{figure.id}', which is in '{figure.unit}'",
            )
        return figure
