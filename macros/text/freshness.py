"""How current a page is, in words: the line under each page's title. Pure Markdown, no MkDocs.

The dates come from :mod:`macros.model.freshness`; this module only spells them.
"""

from __future__ import annotations

import datetime as dt

from macros import escape
from macros.addresses import FRESHNESS_SECTION, source_anchor
from macros.model.catalogue import Catalogue
from macros.model.dates import period_label
from macros.model.freshness import (
    CADENCE_WORDS,
    age_days,
    check_again_after,
    newest_as_of,
    newest_dated,
    stale_sources,
)
from macros.model.records import Source


def as_of_line(catalogue: Catalogue, figure_ids: set[str], sources_page: str, statement_ids=(), source_ids=()) -> str:
    """One sentence: the date of the newest thing the page cites (the inputs behind its figures, the
    statements it quotes, the sources it cites), or the site's newest input on a page that cites none."""
    newest = newest_dated(catalogue, figure_ids, statement_ids, source_ids)
    if newest is not None:
        what = "Figures on this page" if not (statement_ids or source_ids) else "Figures and sources on this page"
        said = f"{what} are as of **{period_label(newest)}** at the latest."
    else:
        site = newest_as_of(catalogue, catalogue.figures)
        said = f"This page shows no figures; the site's newest input is as of **{period_label(site)}**."
    return f"{said} [How current is each source?]({sources_page}#{FRESHNESS_SECTION})\n{{: .as-of }}"


def after_title(markdown: str, line: str) -> str:
    """``line`` as a paragraph after the page's first level-one heading (or first, if it has none)."""
    lines = markdown.split("\n")
    for index, text in enumerate(lines):
        if text.startswith("# "):
            return "\n".join([*lines[: index + 1], "", line, "", *lines[index + 1 :]])
    return f"{line}\n\n{markdown}"


def source_age(source: Source, today: dt.date) -> str:
    """ "2 years 3 months old; news: check again after 2026-01-15 (overdue)." for the Sources page."""
    days = age_days(source, today)
    age = "Undated" if days is None else f"{_span(days).capitalize()} old"
    due = check_again_after(source)
    if due is None:
        return f"{age}; {CADENCE_WORDS[source.cadence]}."
    overdue = " (overdue)" if due < today else ""
    return f"{age}; {CADENCE_WORDS[source.cadence]}: check again after {due.isoformat()}{overdue}."


def _span(days: int) -> str:
    years, months = divmod(round(days / 30.44), 12)
    if years == 0 and months == 0:
        return f"{days} day" + ("" if days == 1 else "s")
    parts = [f"{years} year" + ("" if years == 1 else "s")] if years else []
    parts += [f"{months} month" + ("" if months == 1 else "s")] if months else []
    return " ".join(parts)


def stale_listing(catalogue: Catalogue) -> str:
    """The sources past their check-again date, as a Markdown list linking to their entries."""
    stale = stale_sources(catalogue, catalogue.today)
    if not stale:
        return "None: every source is within its date."
    lines = []
    for item in stale:
        name = f"{escape.text(item.source.publisher)}, {escape.text(item.source.title)}"
        lines.append(
            f"- [{name}](#{source_anchor(item.source.id)}): due {item.due.isoformat()}, "
            f"{CADENCE_WORDS[item.source.cadence]}"
        )
    return "\n".join(lines)
