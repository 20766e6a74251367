"""Turning catalogue figures into text: pure string functions, no MkDocs.

Units and rounding travel with the figure (its display unit, style and
significant digits); this module only spells them. Pages, charts, tables and
CSV exports all format through here, so "153 MW" reads the same everywhere.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import get_args

from macros.model.derivation import Style
from macros.model.figures import Figure
from macros.model.units import UnitProblem, check_unit, ureg

# Words for the project's own count units; physical units use pint's short symbols.
UNIT_WORDS = {
    "GPU": "GPUs",
    "household": "homes",
    "user": "users",
    "person": "people",
    "token": "tokens",
    "parameter": "parameters",
    "million_users": "million users",
    "billion_people": "billion people",
    "billion_parameters": "billion parameters",
    "trillion_tokens": "trillion tokens",
    "million_GPU_hours": "million GPU-hours",
    "GPU_hour": "GPU-hours",
    "tCO2e": "t CO₂e",
    "dimensionless": "",
    "day": "days",
    "month": "months",
    "kg/kWh": "kg CO₂/kWh",
    "lb/kWh": "lb CO₂/kWh",
    "FLOP": "FLOP",
    "H100_equivalent": "H100-equivalents",
    "chip": "chips",
}
SINGULAR = {
    "GPUs": "GPU",
    "homes": "home",
    "users": "user",
    "people": "person",
    "days": "day",
    "months": "month",
    "tokens": "token",
    "parameters": "parameter",
    "H100-equivalents": "H100-equivalent",
    "chips": "chip",
}
USD_SCALES = {"USD": "", "million_USD": " million", "billion_USD": " billion"}
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
MINUS = "−"
# Beyond this, positional numbers stop being readable: 3.8 × 10²⁵ instead.
SCI_FROM = 1e9


def unit_symbol(unit: str) -> str:
    if unit in UNIT_WORDS:
        return UNIT_WORDS[unit]
    return f"{ureg.Unit(unit):~P}"


def decimals_for(value: float, digits: int | None) -> int:
    """Decimals that show ``digits`` significant digits, never rounding away whole units."""
    if value == 0:
        return 0
    if digits is None:
        text = f"{abs(value):.6g}"
        return len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return max(0, digits - 1 - math.floor(math.log10(abs(value))))


def round_significant(value: float, digits: int | None) -> float:
    """Half-up rounding to ``digits`` significant digits (92,000 homes, not 91,960)."""
    if value == 0 or digits is None:
        return value
    places = digits - 1 - math.floor(math.log10(abs(value)))
    step = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


def plain_number(value: float, digits: int | None = 3, signed: bool = False) -> str:
    if not math.isfinite(value):
        raise ValueError(f"cannot format {value!r}: a figure must be a finite number")
    places = decimals_for(value, digits)
    rounded = round_significant(value, digits)
    text = f"{abs(rounded):,.{places}f}"
    if rounded < 0:
        return MINUS + text
    return ("+" + text) if signed and rounded > 0 else text


def scientific(value: float, digits: int | None = 2) -> str:
    if value == 0:
        return "0"  # log10 has no answer for it
    exponent = math.floor(math.log10(abs(value)))
    # Decimal scales exactly: dividing by the float 10**exponent underflows to 0 for the tiniest floats.
    mantissa = float(Decimal(value).scaleb(-exponent))
    digits = 2 if digits is None else digits
    mantissa_text = plain_number(round(mantissa, digits - 1), digits)
    if mantissa_text == "10":
        mantissa_text, exponent = "1", exponent + 1
    return f"{mantissa_text} × 10{str(exponent).translate(SUPERSCRIPT)}"


def magnitude_text(value: float, style: str, digits: int | None) -> str:
    if style == "sci" or (style in ("number", "count") and abs(value) >= SCI_FROM):
        return scientific(value, digits)
    if style == "signed_percent":
        return plain_number(value, digits, signed=True)
    return plain_number(value, digits)


def with_unit(number: str, unit: str, style: str) -> str:
    if style in ("percent", "signed_percent"):
        return f"{number}%"
    if style == "multiple":
        return f"{number}×"
    if style == "usd" and unit in USD_SCALES:
        sign = MINUS if number.startswith(MINUS) else ""
        return f"{sign}${number.removeprefix(MINUS)}{USD_SCALES[unit]}"
    symbol = unit_symbol(unit)
    if number == "1" and symbol in SINGULAR:
        symbol = SINGULAR[symbol]
    return f"{number} {symbol}" if symbol else number


RANGE_OPENS = " (range "  # between a figure's value and its range, as figure_text writes it


def figure_text(
    figure: Figure, *, part: str = "value", unit: str | None = None, digits: int | None = None, style: str | None = None
) -> str:
    """The figure as a reader sees it.

    part: "value" (with its range in brackets when it has one), "bare" (no range),
    "low", "high", or "range" ("151–222 MW").
    """
    unit = figure.unit if unit is None else _checked_unit(figure, unit)
    style = figure.style if style is None else _checked_style(style)
    digits = figure.digits if digits is None else _checked_digits(digits)
    estimate = figure.estimate.to(unit)
    number = lambda q: magnitude_text(float(q.magnitude), style, digits)  # noqa: E731
    has_range = estimate.has_range
    if part in ("low", "high", "range") and not has_range:
        raise ValueError(f"figure '{figure.id}' has no range, so part='{part}' means nothing")
    if part == "low":
        return with_unit(number(estimate.low), unit, style)
    if part == "high":
        return with_unit(number(estimate.high), unit, style)
    central = with_unit(number(estimate.value), unit, style)
    if part not in ("value", "bare", "range"):
        raise ValueError(f"unknown part '{part}': use value, bare, low, high or range")
    if part == "bare" or not has_range:
        return central
    # A range reads "35–42%", without signs, unless it crosses zero.
    span_style = "percent" if style == "signed_percent" and estimate.low.magnitude >= 0 else style
    ends = lambda q: magnitude_text(float(q.magnitude), span_style, digits)  # noqa: E731
    span = with_unit(f"{ends(estimate.low)}–{ends(estimate.high)}", unit, span_style)
    return span if part == "range" else f"{central}{RANGE_OPENS}{span})"


STYLES = get_args(Style)
MAX_DIGITS = 15  # what a double holds


def _checked_unit(figure: Figure, unit: object) -> str:
    try:
        parsed = check_unit(unit)
    except UnitProblem as problem:
        raise ValueError(f"unit={unit!r}: {problem}") from None
    if parsed.dimensionality != figure.estimate.value.units.dimensionality:
        raise ValueError(f"unit={unit!r}: figure '{figure.id}' is in {figure.unit}, which cannot be shown in {unit}")
    return unit


def _checked_style(style: object) -> str:
    if style not in STYLES:
        raise ValueError(f"style={style!r}: use one of {', '.join(STYLES)}")
    return style


def _checked_digits(digits: object) -> int:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 1 <= digits <= MAX_DIGITS:
        raise ValueError(f"digits={digits!r}: give a whole number of significant digits from 1 to {MAX_DIGITS}")
    return digits


def tooltip_text(figure: Figure, sources: dict) -> str:
    """One line naming where a figure comes from, for a hover tooltip."""
    # Short on purpose: every figure link carries one, and how it is made is one click away.
    named = "; ".join(f"{sources[s].publisher}, {sources[s].published}" for s in figure.sources)
    return f"{figure.label}. {'Source' if len(figure.sources) == 1 else 'Sources'}: {named}"
