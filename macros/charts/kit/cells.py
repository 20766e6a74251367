"""Chart numbers as text and as CSV values, always spelled by :mod:`macros.formatting`.

Belongs here: a figure's value and range in a chosen unit, a value a chart
computed spelled like the catalogue figure it scales, a bare number for a label
beside a bar. Not here: drawing, or any arithmetic on the numbers.
"""

from __future__ import annotations

import dataclasses

from macros.formatting import figure_text, magnitude_text
from macros.model.estimate import Estimate
from macros.model.figures import Figure


def values_in(estimate: Estimate, unit: str) -> list[float | None]:
    """[value, low, high] in ``unit``, for an axis or a CSV; low and high are None without a range."""
    estimate = estimate.to(unit)
    if not estimate.has_range:
        return [float(estimate.value.magnitude), None, None]
    return [float(q.magnitude) for q in (estimate.value, estimate.low, estimate.high)]


def label_text(figure: Figure, **display) -> str:
    """For a label on the chart: the range where there is one (the drawing shows it), else the value."""
    return figure_text(figure, part="range" if figure.estimate.has_range else "bare", **display)


def text_like(template: Figure, estimate: Estimate, part: str = "value") -> str:
    """A value the chart computed, spelled as the catalogue figure it scales (same unit, style and digits)."""
    return figure_text(dataclasses.replace(template, estimate=estimate.to(template.unit)), part=part)


def bare_number(figure: Figure, unit: str, digits: int | None = None) -> str:
    """The figure in ``unit`` without the unit, for a label whose axis names the unit."""
    digits = figure.digits if digits is None else digits
    return magnitude_text(figure.estimate.magnitude(unit), "number", digits)
