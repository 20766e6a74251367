"""The "What changed" page and its Atom feed, from the release history. Pure, no MkDocs.

Both say the same thing per release: every figure that moved, from what to what, and the input
edits (value, source or quote) that moved it; figures added and removed.
"""

from __future__ import annotations

import datetime as dt
import uuid

from feedgen.feed import FeedGenerator

from macros import escape
from macros.changelog import ReleaseChanges
from macros.citations import figure_anchor
from macros.model.catalogue import Catalogue
from macros.model.dates import period_label

FEED_PATH = "changes.xml"
# A release's entry id must never change, wherever the site is hosted: a name-based UUID of its date.
FEED_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "llama4-by-the-numbers/releases")


def release_anchor(date: dt.date) -> str:
    return f"release-{date.isoformat()}"


def entry_id(date: dt.date) -> str:
    return uuid.uuid5(FEED_NAMESPACE, date.isoformat()).urn


def release_lines(release: ReleaseChanges, catalogue: Catalogue) -> list[str]:
    """The release's changes as plain sentences (the feed's text; the page adds links)."""
    lines = []
    for move in release.moved:
        why = "; ".join(f"{e.input}: {e.field} edited" for e in move.causes) or "a change in how it is computed"
        lines.append(f"{move.label} moved from {move.old} to {move.new} ({why}).")
    for edit in release.edits:
        if edit.field != "value":
            lines.append(f"Input {edit.input}: its {edit.field} changed, from “{edit.old}” to “{edit.new}”.")
    if release.added:
        lines.append(f"{len(release.added)} figures added.")
    if release.removed:
        lines.append(f"Removed: {', '.join(release.removed)}.")
    return lines or ["No figure changed."]


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


def atom_feed(history: list[ReleaseChanges], catalogue: Catalogue, site_url: str) -> str:
    """The same releases as an Atom feed: one entry per release, with a stable id."""
    page = f"{site_url.rstrip('/')}/changes/"
    feed = FeedGenerator()
    feed.id(uuid.uuid5(uuid.NAMESPACE_URL, "llama4-by-the-numbers/changes").urn)
    feed.title("Llama 4, by the numbers: what changed")
    feed.subtitle("Every figure that moved in each release of the site's numbers, and why.")
    feed.link(href=page, rel="alternate")
    feed.link(href=f"{site_url.rstrip('/')}/{FEED_PATH}", rel="self")
    feed.language("en")
    feed.author({"name": "Llama 4, by the numbers"})
    for release in reversed(history):  # feedgen lists the entry added last first
        when = dt.datetime.combine(release.date, dt.time(), dt.UTC)
        entry = feed.add_entry()
        entry.id(entry_id(release.date))
        entry.title(f"Release of {period_label(release.date.isoformat())}")
        entry.link(href=f"{page}#{release_anchor(release.date)}")
        entry.updated(when)
        entry.published(when)
        entry.content("\n".join(release_lines(release, catalogue)), type="text")
    newest = max((r.date for r in history), default=dt.date(2026, 1, 1))
    feed.updated(dt.datetime.combine(newest, dt.time(), dt.UTC))
    return feed.atom_str(pretty=True).decode("utf-8")
