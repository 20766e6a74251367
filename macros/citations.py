"""Markdown snippets that put a figure, a quote or a source on a page, each linked to its origin.

Pure functions of the catalogue and a link prefix (the way from the current page
to the Sources page), so they are tested without MkDocs.
"""

from __future__ import annotations

from macros.formatting import figure_text, tooltip_text
from macros.model.catalogue import Catalogue
from macros.model.claims import VERDICTS

SOURCES_PAGE = "sources.md"
FIGURES_PAGE = "figures.md"
CLAIMS_PAGE = "claims.md"


def figure_anchor(figure_id: str) -> str:
    return f"fig-{figure_id}"


def source_anchor(source_id: str) -> str:
    return f"src-{source_id}"


def title_attr(text: str) -> str:
    """Text safe inside a Markdown link title: straight double quotes would end it."""
    return text.replace('"', "”").replace("\n", " ")


def figure_link(catalogue: Catalogue, figure_id: str, figures_page: str = FIGURES_PAGE, **display) -> str:
    figure = catalogue[figure_id]
    text = figure_text(figure, **display)
    tip = title_attr(tooltip_text(figure, catalogue.data.sources))
    return f'[{text}]({figures_page}#{figure_anchor(figure_id)} "{tip}"){{ .fig }}'


def source_link(catalogue: Catalogue, source_id: str, sources_page: str = SOURCES_PAGE, text: str | None = None,
                tooltip: bool = True) -> str:
    source = catalogue.data.sources[source_id]
    label = text or f"{source.publisher}, {source.published}"
    title = f' "{title_attr(source.title)}"' if tooltip else ""
    return f"[{label}]({sources_page}#{source_anchor(source_id)}{title})"


def statement_quote(catalogue: Catalogue, statement_id: str, sources_page: str = SOURCES_PAGE) -> str:
    statement = catalogue.data.statements[statement_id]
    speaker = f"{statement.speaker}, " if statement.speaker else ""
    cite = source_link(catalogue, statement.source, sources_page)
    english = f" (in English: “{statement.translation}”)" if statement.translation else ""
    return f"“{statement.quote}”{english} ({speaker}{statement.as_of}; {cite})"


def article_line(catalogue: Catalogue, article_id: str, sources_page: str = SOURCES_PAGE) -> str:
    article = catalogue.data.articles[article_id]
    origin = source_link(catalogue, article.origin, sources_page, catalogue.data.sources[article.origin].publisher)
    note = f" {article.note}" if article.note else ""
    return f"{article.name}**: {article.outlet}, {article.date}; source: {origin}.{note}"


def claim_words(catalogue: Catalogue, claim_id: str, claims_page: str = CLAIMS_PAGE) -> str:
    """The article's own words for a claim, linked to its verdict on the claim check page."""
    claim = catalogue.data.claims[claim_id]
    return f"[“{claim.words}”]({claims_page}#claim-{claim_id})"


def verdict_badge(verdict: str) -> str:
    if verdict not in VERDICTS:
        raise ValueError(f"unknown verdict '{verdict}': use one of {', '.join(VERDICTS)}")
    return f'<span class="verdict verdict--{verdict}">{verdict}</span>'
