"""The "What changed" page, from the release history. Pure, no MkDocs.

Per release: every figure that moved, from what to what, and the input edits (value, source or
quote) that moved it; figures added and removed. The Atom feed (macros/published/feed.py) says
the same in plain sentences.
"""

from __future__ import annotations

from macros import escape
from macros.addresses import CLAIMS_PAGE, SCORECARD_PAGE, claim_anchor, figure_anchor, forecast_anchor, release_anchor
from macros.model.catalogue import Catalogue
from macros.model.dates import period_label
from macros.model.releases import ReleaseChanges, VerdictMove


def changes_listing(history: list[ReleaseChanges], catalogue: Catalogue, figures_page: str) -> str:
    """Markdown for the page: one section per release, newest first."""
    parts = []
    for release in history:
        parts += [f"## {period_label(release.date.isoformat())} {{: #{release_anchor(release.date)} }}", ""]
        for move in release.moved:
            causes = "; ".join(f"{escape.text(e.input)}'s {e.field} edited" for e in move.causes)
            link = f"[{escape.text(move.label)}]({figures_page}#{figure_anchor(move.figure)})"
            parts.append(
                f"- {link}: from **{escape.text(move.old)}** to **{escape.text(move.new)}**"
                + (f" ({causes})" if causes else " (a change in how it is computed)")
            )
        for move in release.verdicts:
            parts.append(
                f"- {verdict_link(catalogue, move, figures_page)}: its verdict moved from **{move.old}** to "
                f"**{move.new}** ({escape.text(move.why)})"
            )
        for edit in release.edits:
            if edit.field != "value":
                parts.append(
                    f"- Input {escape.text(edit.input)}: its {edit.field} changed, from "
                    f"“{escape.text(edit.old)}” to “{escape.text(edit.new)}”"
                )
        if release.added:
            # Collapsed: a first release adds every figure, and a list of hundreds buries the changes.
            added = "\n".join(
                f"- [{escape.text(catalogue[f].label)}]({figures_page}#{figure_anchor(f)})"
                for f in release.added
                if f in catalogue
            )
            summary = f"{len(release.added)} figures added"
            parts += [
                "",
                f'<details class="added" markdown><summary>{summary}</summary>',
                "",
                added,
                "",
                "</details>",
                "",
            ]
        if release.removed:
            parts.append(f"- Removed: {escape.text(', '.join(release.removed))}")
        if release.empty:
            parts.append("- No figure changed.")
        parts.append("")
    return "\n".join(parts)


def verdict_subject(catalogue: Catalogue, move: VerdictMove) -> str:
    """The words a moved verdict is on, as plain text: the claim's, or the forecast's own."""
    data = catalogue.data
    if move.kind == "claim":
        words = data.claims[move.id].words if move.id in data.claims else move.id
        return f"Claim “{words}”"
    forecast = data.forecasts.get(move.id)
    if forecast is None:
        return f"Forecast {move.id}"
    words = data.statements[forecast.statement].quote if forecast.statement else data.claims[forecast.claim].words
    return f"Forecast “{words if len(words) <= 90 else words[:89].rstrip() + '…'}”"


def verdict_link(catalogue: Catalogue, move: VerdictMove, figures_page: str) -> str:
    """The subject, linked to its card on the claim check or the scorecard (beside the figures page)."""
    page, anchor = (CLAIMS_PAGE, claim_anchor) if move.kind == "claim" else (SCORECARD_PAGE, forecast_anchor)
    here = figures_page.rsplit("/", 1)[0] + "/" if "/" in figures_page else ""
    return f"[{escape.text(verdict_subject(catalogue, move))}]({here}{page}#{anchor(move.id)})"
