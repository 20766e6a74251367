"""Every derived figure evaluated once, in dependency order, from the sourced inputs.

Belongs here: turning inputs and the topic modules' derivations into figures, with their ranges,
units checked by dimension, and a failing formula blamed on the sourced input behind it. Apart
from the few sensitivity curves the charts draw (named functions in the topic modules, which go
through the same range rule), this is the only place a formula is evaluated.
"""

from __future__ import annotations

import graphlib
import math

import pint

from macros.model import compute, money, peers, power, reach
from macros.model.derivation import Derivation, Style
from macros.model.errors import DataError, DataErrors
from macros.model.estimate import Estimate, propagate
from macros.model.figures import Figure
from macros.model.loader import Dataset
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
    *peers.FIGURES,
)


def evaluate(data: Dataset, derivations: tuple[Derivation, ...] = DERIVATIONS) -> dict[str, Figure]:
    """Every input as a figure, then every derivation; all the problems at once, as DataErrors."""
    figures = {i.id: _input_figure(i) for i in data.inputs.values()}
    _Evaluation(data, figures).run(derivations)
    _check_aliases(data, figures)
    return figures


class _Evaluation:
    def __init__(self, data: Dataset, figures: dict[str, Figure]):
        self.data = data
        self.figures = figures

    def run(self, derivations: tuple[Derivation, ...]) -> None:
        by_id = {d.id: d for d in derivations}
        clashes = [d for d in by_id if d in self.figures]
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
                self.figures[figure_id] = self._derive(derivation)
            except DataError as exc:
                failed.add(figure_id)
                errors.append(exc)
        if errors:
            raise DataErrors(errors)

    def _derive(self, d: Derivation) -> Figure:
        aliases = self.data.aliases
        args = []
        for name, expected in d.inputs:
            name = aliases.get(name, name)  # a formula may still name a renamed input
            if name not in self.figures:
                raise DataError(
                    "macros/model",
                    d.id,
                    "inputs",
                    f"needs '{name}', which is neither an input in data/ nor a derived figure",
                )
            figure = self.figures[name]
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
        sources = sorted({s for name, _ in d.inputs for s in self.figures[aliases.get(name, name)].sources})
        return Figure(
            d.id,
            d.label,
            d.unit,
            d.style,
            d.digits,
            d.how,
            result.to(d.unit),
            tuple(aliases.get(name, name) for name, _ in d.inputs),
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
                names, key=lambda n: max(abs(q.to_base_units().magnitude) for q in self.figures[n].estimate.ends())
            )
        figure = self.figures[name]
        return self._culprit(list(figure.inputs), zero) if figure.kind == "derived" else name

    def _is_zero(self, name: str) -> bool:
        estimate = self.figures[name].estimate
        return any(q.magnitude == 0 for q in (*estimate.ends(), estimate.value))


def _check_aliases(data: Dataset, figures: dict[str, Figure]) -> None:
    errors = []
    for old, now in data.aliases.items():
        file = data.origin.get(old, "data/aliases.yaml")
        if old in figures:
            errors.append(DataError(file, old, "id", "is the id of a figure: an old id cannot be reused"))
        elif now not in figures:
            errors.append(DataError(file, old, "now", f"'{now}' is not a figure (an alias points at a figure)"))
    if errors:
        raise DataErrors(errors)


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
        record.measure,
        record.confidence,
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
