"""The forecast scorecard: each 2024 forecast's words, what happened, and the computed verdict.

Pure Markdown, like :mod:`macros.text.listings`; the verdicts themselves are computed in
:mod:`macros.model.forecasts`. Strings from data/ pass :mod:`macros.escape` here.
"""

from __future__ import annotations

from macros import escape
from macros.addresses import forecast_anchor
from macros.formatting import plain_number, with_unit
from macros.model.catalogue import Catalogue
from macros.model.dates import period_label
from macros.model.forecasts import VERDICTS
from macros.text.citations import Shown, figure_link, source_link, statement_quote


def forecast_badge(verdict: str) -> str:
    if verdict not in VERDICTS:
        raise ValueError(f"unknown verdict '{verdict}': use one of {', '.join(VERDICTS)}")
    return f'<span class="verdict verdict--{verdict.replace(" ", "-")}">{verdict}</span>'


def forecast_cards(
    catalogue: Catalogue, figures_page: str, sources_page: str, topic: str | None = None, shown: Shown | None = None
) -> str:
    """One card per forecast: the 2024 words with their source, what happened, the verdict and why."""
    cards = []
    for forecast_id, score in catalogue.scores.items():
        forecast = score.forecast
        if topic and forecast.topic != topic:
            continue
        if forecast.statement:
            words = statement_quote(catalogue, forecast.statement, sources_page, shown)
        else:
            claim = catalogue.data.claims[forecast.claim]
            article = catalogue.data.articles[claim.article]
            words = (
                f"“{escape.text(claim.words)}” ({escape.text(article.name.split(':')[0])}; "
                f"{source_link(catalogue, article.origin, sources_page)})"
            )
        cards.append(
            f'<div class="forecast" id="{forecast_anchor(forecast_id)}" markdown>\n\n'
            f"{forecast_badge(score.verdict)} {words}\n\n"
            f"**What happened:** {_outcome_text(catalogue, score, figures_page, sources_page, shown)} "
            f"{escape.text(forecast.why)}\n\n{_rescoring(forecast)}</div>\n"
        )
    if not cards:
        raise ValueError(f"no forecasts for topic '{topic}'")
    return "\n".join(cards)


def _rescoring(forecast) -> str:
    if forecast.rescored is None:
        return ""
    when = period_label(forecast.rescored.date.isoformat())
    return f'<p class="rescored">Re-scored on {when}: {escape.text(forecast.rescored.why)}</p>\n\n'


def _outcome_text(catalogue: Catalogue, score, figures_page: str, sources_page: str, shown: Shown | None) -> str:
    forecast = score.forecast
    if forecast.test == "statements":
        parts = [f"confirmed by {statement_quote(catalogue, s, sources_page, shown)}" for s in forecast.confirmed_by]
        parts += [
            f"contradicted by {statement_quote(catalogue, s, sources_page, shown)}" for s in forecast.contradicted_by
        ]
        if not parts:
            return "Nothing published yet scores it."
        joined = "; ".join(parts)
        return joined[0].upper() + joined[1:] + "."
    target = (
        figure_link(catalogue, forecast.target, figures_page, shown)
        if isinstance(forecast.target, str)
        else escape.text(_target_text(catalogue, score))
    )
    wanted = {"at_least": "at least", "above": "more than", "at_most": "at most", "about": "about"}[forecast.comparator]
    # Several outcomes: each named, so a reader sees which figure earned which verdict.
    named = len(score.outcomes) > 1
    outcomes = "; ".join(
        (f"{escape.text(catalogue[o.figure].label)}: " if named else "")
        + f"{figure_link(catalogue, o.figure, figures_page, shown)} ({o.verdict})"
        for o in score.outcomes
    )
    return f"{outcomes}, against {wanted} {target}."


def _target_text(catalogue: Catalogue, score) -> str:
    """A typed target spelled like the outcome figure it is compared with (its unit's words, its style)."""
    outcome = catalogue[score.outcomes[0].figure]
    style = outcome.style if outcome.style != "signed_percent" else "percent"
    return with_unit(plain_number(score.target, None), score.forecast.unit, style)
