"""How a topic module declares a derived figure: id, display, inputs with their units, formula.

Topic modules (power, compute, money, reach) hold only lists of these; the
catalogue evaluates them. Naming the unit each input must have lets a wrong unit
in ``data/`` be reported against the input's own file and field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import pint

Style = Literal["number", "count", "usd", "percent", "signed_percent", "multiple", "sci"]


@dataclass(frozen=True)
class Derivation:
    """A derived figure as a topic module declares it (through :func:`derive`): its id and label,
    how pages show it (``unit``, ``style``, ``digits``), one line on how it is made, its inputs with
    the units each must have, and the formula, evaluated once per build by the catalogue."""

    id: str
    label: str
    unit: str
    style: Style
    digits: int
    how: str
    inputs: tuple[tuple[str, str], ...]
    formula: Callable[..., pint.Quantity]
    note: str = ""
    # True when the formula takes and returns whole Estimates, e.g. to build a
    # range from three sourced figures (central, low, high) instead of carrying one.
    on_estimates: bool = False


def derive(
    id: str,
    label: str,
    *,
    unit: str,
    how: str,
    inputs: dict[str, str],
    formula: Callable[..., pint.Quantity],
    style: Style = "number",
    digits: int = 3,
    note: str = "",
    on_estimates: bool = False,
) -> Derivation:
    return Derivation(id, label, unit, style, digits, how, tuple(inputs.items()), formula, note, on_estimates)


def span(central, low, high):
    """A range made of three sourced figures: used with ``on_estimates=True``."""
    from macros.model.estimate import Estimate

    return Estimate(central.value, low.value, high.value)
