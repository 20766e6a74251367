"""Verdicts on the seed articles' numbers, computed from the figures with stated tolerances.

The rules, in order:

- ``unverifiable``: no sourced figure to check the claim against.
- ``consistent``: an "over"/"under" claim whose bound holds (reaching it
  counts, since sources often state bounds too); or a claim inside
  our figure's low-high range; or one within ``EXACT_TOLERANCE`` of our value.
- ``rounded``: within half the claim's own precision of our value (the article
  rounded, e.g. $39.07 billion written as "$39 billion").
- ``inconsistent``: anything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from macros.model.figures import FigureTable
from macros.model.records import Claim

Verdict = Literal["consistent", "rounded", "inconsistent", "unverifiable"]
VERDICTS: tuple[Verdict, ...] = ("consistent", "rounded", "inconsistent", "unverifiable")
# Relative gap under which two figures are the same number written differently.
EXACT_TOLERANCE = 0.001


@dataclass(frozen=True)
class Check:
    claim: Claim
    verdict: Verdict
    ours: float | None
    low: float | None
    high: float | None

    @property
    def gap(self) -> float | None:
        return None if self.ours is None else self.claim.claimed - self.ours


def judge(
    claimed: float,
    comparator: str,
    precision: float,
    ours: float | None,
    low: float | None = None,
    high: float | None = None,
) -> Verdict:
    """The verdict for one claim; every argument is in the claim's own unit."""
    if ours is None:
        return "unverifiable"
    lowest = ours if low is None else low
    highest = ours if high is None else high
    if comparator == "over":
        return (
            "consistent"
            if highest >= claimed
            else ("rounded" if highest >= claimed - precision / 2 else "inconsistent")
        )
    if comparator == "under":
        return (
            "consistent" if lowest <= claimed else ("rounded" if lowest <= claimed + precision / 2 else "inconsistent")
        )
    in_range = low is not None and lowest <= claimed <= highest
    if in_range or abs(claimed - ours) <= EXACT_TOLERANCE * abs(ours):
        return "consistent"
    if abs(claimed - ours) <= precision / 2:
        return "rounded"
    return "inconsistent"


def check(claim: Claim, figures: FigureTable, file: str = "data/claims.yaml") -> Check:
    if claim.figure is None:
        return Check(claim, "unverifiable", None, None, None)
    figure = figures.comparable(claim.figure, claim.unit, file, claim.id, "figure")
    in_claim_unit = lambda q: None if q is None else float(q.to(claim.unit).magnitude)  # noqa: E731
    est = figure.estimate
    ours = in_claim_unit(est.value)
    low, high = (in_claim_unit(est.low), in_claim_unit(est.high)) if est.has_range else (None, None)
    return Check(claim, judge(claim.claimed, claim.comparator, claim.precision, ours, low, high), ours, low, high)


def check_all(figures: FigureTable, claims: dict[str, Claim], origin: dict[str, str]) -> dict[str, Check]:
    """Every claim's check; ``origin`` says which file of data/ each claim came from, for errors."""
    return {
        claim_id: check(claim, figures, origin.get(claim_id, "data/claims.yaml")) for claim_id, claim in claims.items()
    }
