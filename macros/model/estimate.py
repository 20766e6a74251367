"""A value with an optional low-high range, and the one rule that carries ranges through formulas.

Ranges are carried by evaluating a formula at every combination of its
inputs' ends and keeping the extremes. For the monotone formulas this site uses
(products, quotients, sums of positive terms) that is exact per step; where a
figure feeds another the range is, if anything, a little wide, never narrow.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

import pint


@dataclass(frozen=True)
class Estimate:
    """A quantity with an optional low-high range (``low`` and ``high`` are both given or both None)."""

    value: pint.Quantity
    low: pint.Quantity | None = None
    high: pint.Quantity | None = None

    @property
    def has_range(self) -> bool:
        return self.low is not None and (self.low != self.value or self.high != self.value)

    def ends(self) -> tuple[pint.Quantity, ...]:
        return (self.low, self.high) if self.has_range else (self.value,)

    def to(self, unit: str) -> Estimate:
        convert = lambda q: None if q is None else q.to(unit)  # noqa: E731
        return Estimate(convert(self.value), convert(self.low), convert(self.high))

    def magnitude(self, unit: str) -> float:
        return float(self.value.to(unit).magnitude)


def propagate(formula: Callable[..., pint.Quantity], args: list[Estimate]) -> Estimate:
    value = formula(*(a.value for a in args))
    if not any(a.has_range for a in args):
        return Estimate(value)
    corners = [formula(*combo) for combo in itertools.product(*(a.ends() for a in args))]
    unit = value.units
    magnitudes = [c.to(unit).magnitude for c in corners] + [value.magnitude]
    return Estimate(value, min(magnitudes) * unit, max(magnitudes) * unit)
