"""The Atom feed of releases (changes.xml): one entry per release, saying in plain sentences what
the "What changed" page says (macros/text/changes.py). Pure, no MkDocs.
"""

from __future__ import annotations

import datetime as dt
import uuid

from feedgen.feed import FeedGenerator

from macros.addresses import CHANGES_PAGE, FEED, page_url, release_anchor
from macros.model.catalogue import Catalogue
from macros.model.dates import period_label
from macros.model.releases import ReleaseChanges
from macros.text.changes import verdict_subject

# A release's entry id must never change, wherever the site is hosted: a name-based UUID of its date.
FEED_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "llama4-by-the-numbers/releases")


def entry_id(date: dt.date) -> str:
    return uuid.uuid5(FEED_NAMESPACE, date.isoformat()).urn


def release_lines(release: ReleaseChanges, catalogue: Catalogue) -> list[str]:
    """The release's changes as plain sentences (the feed's text; the page adds links)."""
    lines = []
    for move in release.moved:
        why = "; ".join(f"{e.input}: {e.field} edited" for e in move.causes) or "a change in how it is computed"
        lines.append(f"{move.label} moved from {move.old} to {move.new} ({why}).")
    for verdict in release.verdicts:
        lines.append(
            f"{verdict_subject(catalogue, verdict)}: verdict from {verdict.old} to {verdict.new} ({verdict.why})."
        )
    for edit in release.edits:
        if edit.field != "value":
            lines.append(f"Input {edit.input}: its {edit.field} changed, from “{edit.old}” to “{edit.new}”.")
    if release.added:
        lines.append(f"{len(release.added)} figures added.")
    if release.removed:
        lines.append(f"Removed: {', '.join(release.removed)}.")
    return lines or ["No figure changed."]


def atom_feed(history: list[ReleaseChanges], catalogue: Catalogue, site_url: str) -> str:
    """The same releases as an Atom feed: one entry per release, with a stable id."""
    page = f"{site_url.rstrip('/')}/{page_url(CHANGES_PAGE)}"
    feed = FeedGenerator()
    feed.id(uuid.uuid5(uuid.NAMESPACE_URL, "llama4-by-the-numbers/changes").urn)
    feed.title("Llama 4, by the numbers: what changed")
    feed.subtitle("Every figure that moved in each release of the site's numbers, and why.")
    feed.link(href=page, rel="alternate")
    feed.link(href=f"{site_url.rstrip('/')}/{FEED}", rel="self")
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
