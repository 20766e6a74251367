"""The "What changed" page, from the release history. Pure, no MkDocs.

Per release: every figure that moved, from what to what, and the input edits (value, source or
quote) that moved it; figures added and removed. The Atom feed (macros/published/feed.py) says
the same in plain sentences.
"""

from __future__ import annotations

from macros import escape
from macros.addresses import figure_anchor, release_anchor
from macros.model.catalogue import Catalogue
from macros.model.dates import period_label
from macros.model.releases import ReleaseChanges


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
