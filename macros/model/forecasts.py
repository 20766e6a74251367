"""Verdicts on the 2024 forecasts, computed from the figures and the build's date.

The rules, in order:

- ``too early to tell``: the period the forecast is about has not ended yet, or nothing that
  could score it has been published (no outcome figure, no later statement).
- A figures test scores each outcome figure against the target:
  - ``held``: at_least, at or above it; above ("bigger than"), strictly above it; at_most, at or
    below it; about, within half the precision the forecast was rounded to;
  - ``partly held``: at_least and above, at least half of it; at_most, at most twice it; about, within
    the whole precision;
  - ``did not hold``: anything else.
  Several outcomes: ``held`` if all held, ``did not hold`` if none held even partly, otherwise
  ``partly held`` (the evidence is split).
- A statements test: ``held`` if later sourced statements only confirm it, ``did not hold``
  if they only contradict it, ``partly held`` if both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from macros.model.dates import period_end
from macros.model.figures import FigureTable
from macros.model.records import Claim, Forecast

Verdict = Literal["held", "partly held", "did not hold", "too early to tell"]
VERDICTS: tuple[Verdict, ...] = ("held", "partly held", "did not hold", "too early to tell")


@dataclass(frozen=True)
class Outcome:
    figure: str
    value: float  # in the forecast's unit
    verdict: Verdict


@dataclass(frozen=True)
class Score:
    forecast: Forecast
    verdict: Verdict
    target: float | None  # in the forecast's unit
    outcomes: tuple[Outcome, ...]


def judge(comparator: str, target: float, value: float, precision: float | None = None) -> Verdict:
    """One outcome against the target; both in the forecast's unit."""
    if comparator == "above":
        return "held" if value > target else "partly held" if value >= target / 2 else "did not hold"
    if comparator == "at_least":
        return "held" if value >= target else "partly held" if value >= target / 2 else "did not hold"
    if comparator == "at_most":
        return "held" if value <= target else "partly held" if value <= target * 2 else "did not hold"
    gap = abs(value - target)
    return "held" if gap <= precision / 2 else "partly held" if gap <= precision else "did not hold"


def combine(verdicts: list[Verdict]) -> Verdict:
    if all(v == "held" for v in verdicts):
        return "held"
    if all(v == "did not hold" for v in verdicts):
        return "did not hold"
    return "partly held"


def by_statements(confirmed: int, contradicted: int) -> Verdict:
    if confirmed and contradicted:
        return "partly held"
    if confirmed:
        return "held"
    return "did not hold" if contradicted else "too early to tell"


def score(
    forecast: Forecast,
    figures: FigureTable,
    today: dt.date,
    file: str = "data/forecasts.yaml",
    claims: dict[str, Claim] | None = None,
) -> Score:
    ended = period_end(forecast.about)
    if forecast.test == "statements":
        verdict = by_statements(len(forecast.confirmed_by), len(forecast.contradicted_by))
        if ended is not None and ended >= today:
            verdict = "too early to tell"
        return Score(forecast, verdict, None, ())
    target = (
        _in_unit(figures, forecast, forecast.target, "target", file)
        if isinstance(forecast.target, str)
        else float(forecast.target)
    )
    precision = forecast.precision if forecast.claim is None else (claims or {})[forecast.claim].precision
    outcomes = tuple(
        Outcome(name, value, judge(forecast.comparator, target, value, precision))
        for name in forecast.outcomes
        for value in [_in_unit(figures, forecast, name, "outcomes", file)]
    )
    verdict = combine([o.verdict for o in outcomes])
    if ended is not None and ended >= today:
        verdict = "too early to tell"
    return Score(forecast, verdict, target, outcomes)


def _in_unit(figures: FigureTable, forecast: Forecast, figure_id: str, field: str, file: str) -> float:
    figure = figures.comparable(figure_id, forecast.unit, file, forecast.id, field)
    return float(figure.estimate.value.to(forecast.unit).magnitude)


def score_all(
    figures: FigureTable,
    forecasts: dict[str, Forecast],
    today: dt.date,
    origin: dict[str, str],
    claims: dict[str, Claim] | None = None,
) -> dict[str, Score]:
    """Every forecast's score on ``today``; ``origin`` says which file of data/ each came from, for errors;
    ``claims`` give the precision of a forecast in an article's words."""
    return {
        fid: score(f, figures, today, origin.get(fid, "data/forecasts.yaml"), claims) for fid, f in forecasts.items()
    }
