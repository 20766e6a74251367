"""The single catalogue of named figures that every page, chart and export reads.

Each sourced input is a figure as it stands; each derivation in a topic module
is a figure computed from inputs and other figures. Nothing outside this module
evaluates a formula, so a number is computed once per build and nowhere else.
"""

from __future__ import annotations

import datetime as dt
import difflib
import graphlib
import math
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pint

from macros.model import compute, money, power, reach
from macros.model.dates import build_date
from macros.model.derivation import Derivation, Style
from macros.model.errors import DataError, DataErrors
from macros.model.estimate import Estimate, propagate
from macros.model.loader import DATA_DIR, Dataset, load_dataset
from macros.model.records import Input
from macros.model.units import Quantity, same_dimension, ureg

DERIVATIONS: tuple[Derivation, ...] = (
    *power.FIGURES,
    *power.GIGAWATT_CLUSTERS,
    *compute.FIGURES,
    *compute.AFTER_RELEASE,
    *money.FIGURES,
    *money.AFTER_2024,
    *reach.FIGURES,
    *reach.AFTER_2025,
)


class UnknownFigure(KeyError):
    def __init__(self, figure_id: str, known: list[str]):
        near = difflib.get_close_matches(figure_id, known, n=3)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        self.figure_id = figure_id
        super().__init__(f"unknown figure '{figure_id}'{hint}")

    def __str__(self) -> str:
        return self.args[0]


@dataclass(frozen=True)
class Figure:
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

    @property
    def value(self) -> float:
        return self.estimate.magnitude(self.unit)

    @property
    def low(self) -> float | None:
        return None if not self.estimate.has_range else float(self.estimate.low.to(self.unit).magnitude)

    @property
    def high(self) -> float | None:
        return None if not self.estimate.has_range else float(self.estimate.high.to(self.unit).magnitude)


class Catalogue:
    def __init__(self, data: Dataset, derivations: tuple[Derivation, ...] = DERIVATIONS, today: dt.date | None = None):
        self.data = data
        # The build's date: it decides which forecasts can be scored yet and which sources are stale.
        self.today = today or build_date()
        self._figures: dict[str, Figure] = {i.id: _input_figure(i) for i in data.inputs.values()}
        self._evaluate(derivations)
        self._check_aliases()
        # Checking every claim and forecast now makes a bad entry fail the load, not a page later.
        self.verdicts  # noqa: B018
        self.scores  # noqa: B018

    def __getitem__(self, figure_id: str) -> Figure:
        try:
            return self._figures[self.aliases.get(figure_id, figure_id)]
        except (KeyError, TypeError):
            raise UnknownFigure(figure_id, list(self._figures)) from None

    def __contains__(self, figure_id: str) -> bool:
        return self.aliases.get(figure_id, figure_id) in self._figures

    def comparable(self, figure_id: str, unit: str, file: str, entry: str, field: str) -> Figure:
        """The figure a record of data/ (a claim, a forecast) names in ``field`` to compare in ``unit``;
        DataError naming the record's field when there is no such figure, its ``unit`` field when the
        figure cannot be expressed in that unit."""
        try:
            figure = self[figure_id]
        except UnknownFigure as exc:
            raise DataError(file, entry, field, str(exc)) from None
        if not same_dimension(figure.estimate.value.units, unit):
            raise DataError(
                file,
                entry,
                "unit",
                f"'{unit}' cannot be compared with figure '{figure.id}', which is in '{figure.unit}'",
            )
        return figure

    @property
    def aliases(self) -> dict[str, str]:
        """Old figure ids that still resolve, to the id each figure has now."""
        return self.data.aliases

    @property
    def figures(self) -> dict[str, Figure]:
        return dict(self._figures)

    def derived(self) -> list[Figure]:
        return [f for f in self._figures.values() if f.kind == "derived"]

    def figures_using_source(self, source_id: str) -> list[str]:
        return [f.id for f in self._figures.values() if source_id in f.sources]

    @cached_property
    def verdicts(self):
        from macros.model.claims import check_all

        return check_all(self)

    @cached_property
    def scores(self):
        from macros.model.forecasts import score_all

        return score_all(self, self.today)

    def _evaluate(self, derivations: tuple[Derivation, ...]) -> None:
        by_id = {d.id: d for d in derivations}
        clashes = [d for d in by_id if d in self._figures]
        if clashes:
            raise DataError(
                self.data.origin[clashes[0]],
                clashes[0],
                "id",
                "this id is also the name of a derived figure in macros/model; rename the input",
            )
        order = graphlib.TopologicalSorter({d.id: [name for name, _ in d.inputs if name in by_id] for d in derivations})
        errors: list[DataError] = []
        failed: set[str] = set()
        for figure_id in order.static_order():
            derivation = by_id[figure_id]
            if any(name in failed for name, _ in derivation.inputs):
                # Report the root cause once, not every figure downstream of it.
                failed.add(figure_id)
                continue
            try:
                self._figures[figure_id] = self._derive(derivation)
            except DataError as exc:
                failed.add(figure_id)
                errors.append(exc)
        if errors:
            raise DataErrors(errors)

    def _check_aliases(self) -> None:
        errors = []
        for old, now in self.data.aliases.items():
            file = self.data.origin.get(old, "data/aliases.yaml")
            if old in self._figures:
                errors.append(DataError(file, old, "id", "is the id of a figure: an old id cannot be reused"))
            elif now not in self._figures:
                errors.append(DataError(file, old, "now", f"'{now}' is not a figure (an alias points at a figure)"))
        if errors:
            raise DataErrors(errors)

    def _derive(self, d: Derivation) -> Figure:
        args = []
        for name, expected in d.inputs:
            name = self.data.aliases.get(name, name)  # a formula may still name a renamed input
            if name not in self._figures:
                raise DataError(
                    "macros/model",
                    d.id,
                    "inputs",
                    f"needs '{name}', which is neither an input in data/ nor a derived figure",
                )
            figure = self._figures[name]
            if not same_dimension(figure.estimate.value.units, expected):
                file = self.data.origin.get(name, "macros/model")
                raise DataError(
                    file,
                    name,
                    "unit",
                    f"'{figure.estimate.value.units:~}' has the wrong dimension: "
                    f"figure '{d.id}' needs it in units like '{expected}'",
                )
            args.append(figure.estimate.to(expected))
        try:
            result = d.formula(*args) if d.on_estimates else propagate(d.formula, args)
            finite = all(math.isfinite(q.to(d.unit).magnitude) for q in result.ends() + (result.value,))
        except (ArithmeticError, pint.errors.PintError) as exc:
            raise self._blame_inputs(d, f"{type(exc).__name__}: {exc}") from None
        if not finite:
            raise self._blame_inputs(d, "the result is not a finite number")
        if not same_dimension(result.value.units, d.unit):
            raise DataError(
                "macros/model", d.id, "unit", f"computes '{result.value.units:~}', which cannot be shown in '{d.unit}'"
            )
        sources = sorted({s for name, _ in d.inputs for s in self._figures[self.data.aliases.get(name, name)].sources})
        return Figure(
            d.id,
            d.label,
            d.unit,
            d.style,
            d.digits,
            d.how,
            result.to(d.unit),
            tuple(self.data.aliases.get(name, name) for name, _ in d.inputs),
            tuple(sources),
            "derived",
            d.note,
        )

    def _blame_inputs(self, d: Derivation, problem: str) -> DataError:
        """A formula that fails on its inputs' values points at the sourced input to fix: one that
        is zero (a divisor, most likely), else the largest in size (an overflow, most likely),
        followed back through derived figures to the input in data/ it comes from."""
        names = [name for name, _ in d.inputs]
        why = "is zero" if any(self._is_zero(n) for n in names) else "is too large"
        culprit = self._culprit(names, zero=why == "is zero")
        return DataError(
            self.data.origin.get(culprit, "macros/model"),
            culprit,
            "value",
            f"{why} for figure '{d.id}' ({d.how}): {problem}",
        )

    def _culprit(self, names: list[str], zero: bool) -> str:
        if zero:
            name = next(n for n in names if self._is_zero(n))
        else:
            name = max(
                names, key=lambda n: max(abs(q.to_base_units().magnitude) for q in self._figures[n].estimate.ends())
            )
        figure = self._figures[name]
        return self._culprit(list(figure.inputs), zero) if figure.kind == "derived" else name

    def _is_zero(self, name: str) -> bool:
        estimate = self._figures[name].estimate
        return any(q.magnitude == 0 for q in (*estimate.ends(), estimate.value))


def _input_figure(record: Input) -> Figure:
    unit = record.unit
    q = lambda v: None if v is None else Quantity(v, unit)  # noqa: E731
    estimate = Estimate(q(record.value), q(record.low), q(record.high))
    return Figure(
        record.id,
        record.label,
        unit,
        record.style or _style_for(unit),
        None,
        record.basis or "as reported by the source",
        estimate,
        (),
        (record.source,),
        "input",
        record.note,
    )


def _style_for(unit: str) -> Style:
    dims = ureg.Unit(unit).dimensionality
    if unit in ("percent", "%"):
        return "percent"
    if dims == ureg.Unit("USD").dimensionality:
        return "usd"
    if not dims:
        return "count"
    return "number"


_CACHE: dict[Path, tuple[float, Catalogue]] = {}


def load_catalogue(data_dir: Path = DATA_DIR) -> Catalogue:
    """The catalogue for ``data_dir``, rebuilt whenever any file there changes."""
    data_dir = Path(data_dir).resolve()
    stamp = (max((p.stat().st_mtime_ns for p in data_dir.rglob("*") if p.is_file()), default=0), build_date())
    cached = _CACHE.get(data_dir)
    if cached and cached[0] == stamp:
        return cached[1]
    catalogue = Catalogue(load_dataset(data_dir))
    _CACHE[data_dir] = (stamp, catalogue)
    return catalogue
