"""Markdown snippets that put a figure, a quote or a source on a page, each linked to its origin.

Pure functions of the catalogue and a link prefix (the way from the current page
to the Sources page), so they are tested without MkDocs. Every string from data/ passes
:mod:`macros.escape` on its way into the Markdown returned here, and only here.

A function that writes a figure's value, quotes a statement or cites a source also notes it in
``shown`` when given one: the page's part of the record of what it shows (macros/pages/shown.py),
which dates the page and fills the numbers file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from macros import escape
from macros.addresses import CLAIMS_PAGE, FIGURES_PAGE, SOURCES_PAGE, claim_anchor, figure_anchor, source_anchor
from macros.formatting import RANGE_OPENS, figure_text, tooltip_text
from macros.model.catalogue import Catalogue
from macros.model.claims import VERDICTS
from macros.model.errors import UnknownId


@dataclass
class Shown:
    """What a piece of page text shows, noted as it is written: everything dated that it cites."""

    # Figure id -> every text written for it (none for a figure only a chart draws).
    figures: dict[str, set[str]] = field(default_factory=dict)
    statements: set[str] = field(default_factory=set)  # quoted statements
    sources: set[str] = field(default_factory=set)  # sources cited on their own (cite())

    def figure(self, figure_id: str, text: str | None = None) -> None:
        texts = self.figures.setdefault(figure_id, set())
        if text is not None:
            texts.add(text)


def lookup(records: dict, key: object, kind: str, where: str):
    """``records[key]``, or an error naming what is unknown, where the known ones are, and near misses."""
    if isinstance(key, str) and key in records:
        return records[key]
    raise UnknownId(kind, key, records, where=where)


def figure_link(
    catalogue: Catalogue, figure_id: str, figures_page: str = FIGURES_PAGE, shown: Shown | None = None, **display
) -> str:
    figure = catalogue[figure_id]
    written = figure_text(figure, **display)
    if shown is not None:
        shown.figure(figure.id, written)
    value, ranged, span = written.partition(RANGE_OPENS)
    tip = escape.tooltip(tooltip_text(figure, catalogue.data.sources))
    target = f'({figures_page}#{figure_anchor(figure_id)} "{tip}")'
    if not ranged:
        return f"[{escape.text(value)}]{target}{{ .fig }}"
    # A figure never breaks across lines, but one with its range may, once, before the range:
    # whole, "3.8 × 10²⁶ FLOP (range 6.3 × 10²⁵–3.8 × 10²⁶ FLOP)" is wider than a phone.
    parts = [escape.text(value), escape.text(RANGE_OPENS.lstrip() + span)]
    text = " ".join(f'<span class="fig-part">{part}</span>' for part in parts)
    return f"[{text}]{target}{{ .fig .fig-ranged }}"


def source_link(
    catalogue: Catalogue,
    source_id: str,
    sources_page: str = SOURCES_PAGE,
    text: str | None = None,
    tooltip: bool = True,
    shown: Shown | None = None,
) -> str:
    source = lookup(catalogue.data.sources, source_id, "source", "data/sources.yaml")
    if shown is not None:
        shown.sources.add(source_id)
    label = escape.text(text or f"{source.publisher}, {source.published}")
    if not tooltip:  # hundreds of rows (Every figure): no tooltip, and no address to print either
        return f"[{label}]({sources_page}#{source_anchor(source_id)})"
    # On paper a link cannot be followed: the print stylesheet writes this address after the citation.
    address = source.read_at or source.url  # the copy read, else the original
    printed = f'{{ data-print-address="{escape.href(address)}" }}' if address is not None else ""
    return f'[{label}]({sources_page}#{source_anchor(source_id)} "{escape.tooltip(source.title)}"){printed}'


def statement_quote(
    catalogue: Catalogue, statement_id: str, sources_page: str = SOURCES_PAGE, shown: Shown | None = None
) -> str:
    statement = lookup(catalogue.data.statements, statement_id, "statement", "data/statements.yaml")
    if shown is not None:
        shown.statements.add(statement_id)
    speaker = f"{escape.text(statement.speaker)}, " if statement.speaker else ""
    cite = source_link(catalogue, statement.source, sources_page)
    english = f" (in English: “{escape.text(statement.translation)}”)" if statement.translation else ""
    return f"“{escape.text(statement.quote)}”{english} ({speaker}{escape.text(statement.as_of)}; {cite})"


def article_line(catalogue: Catalogue, article_id: str, sources_page: str = SOURCES_PAGE) -> str:
    article = lookup(catalogue.data.articles, article_id, "article", "data/articles.yaml")
    origin = source_link(catalogue, article.origin, sources_page, catalogue.data.sources[article.origin].publisher)
    note = f" {escape.rich(article.note)}" if article.note else ""
    return (
        f"{escape.text(article.name)}**: {escape.text(article.outlet)}, {escape.text(article.date)}; "
        f"source: {origin}.{note}"
    )


def claim_words(catalogue: Catalogue, claim_id: str, claims_page: str = CLAIMS_PAGE) -> str:
    """The article's own words for a claim, linked to its verdict on the claim check page."""
    claim = lookup(catalogue.data.claims, claim_id, "claim", "data/claims.yaml")
    return f"[“{escape.text(claim.words)}”]({claims_page}#{claim_anchor(claim_id)})"


def verdict_badge(verdict: str) -> str:
    if verdict not in VERDICTS:
        raise ValueError(f"unknown verdict '{verdict}': use one of {', '.join(VERDICTS)}")
    return f'<span class="verdict verdict--{verdict}">{verdict}</span>'
