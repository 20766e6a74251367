"""A chart as it sits on a page: the inline SVG, a caption crediting its sources and offering its
downloads (the numbers as CSV, the chart as SVG and as PNG; macros/published/downloads.py writes
them) and the snippet that embeds it (macros/text/embed_snippet.py), and its numbers as a table in
a second tab. Pure Markdown text; no MkDocs here.
"""

from __future__ import annotations

from macros import escape
from macros.addresses import chart_anchor, source_anchor
from macros.charts import chart_for
from macros.model.catalogue import Catalogue
from macros.text.embed_snippet import embed_details
from macros.text.listings import markdown_table


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line else "" for line in text.splitlines())


def credits(catalogue: Catalogue, source_ids: list[str], sources_url: str, link_attributes: str = "") -> str:
    """Each of a chart's sources as a link to its entry on the Sources page, by publisher: a publisher
    with one source is its name as the link ("Meta"); one with several is named once, its sources
    numbered ("Meta (1, 2)"), each number's accessible name its publisher, number and the source's
    title ("Meta, source 1: Q1 results": the name a screen reader speaks must contain the text shown).
    ``link_attributes`` are added to each link as they are (the embed page opens them in a new tab)."""
    sources = catalogue.data.sources
    by_publisher: dict[str, list[str]] = {}
    for source_id in dict.fromkeys(source_ids):
        by_publisher.setdefault(sources[source_id].publisher, []).append(source_id)

    def link(source_id: str, text: str, label: str = "") -> str:
        named = f' aria-label="{escape.text(label)}"' if label else ""
        return f'<a href="{sources_url}#{source_anchor(source_id)}"{named}{link_attributes}>{text}</a>'

    parts = []
    for publisher, ids in by_publisher.items():
        if len(ids) == 1:
            parts.append(link(ids[0], escape.text(publisher)))
        else:
            numbered = ", ".join(
                link(s, str(n), f"{publisher}, source {n}: {sources[s].title}") for n, s in enumerate(ids, start=1)
            )
            parts.append(f"{escape.text(publisher)} ({numbered})")
    return "; ".join(parts)


def chart_figure(catalogue: Catalogue, chart_id: str, sources_url: str, csv_url: str, site_url: str = "") -> str:
    """The chart as one HTML element: inline SVG and a caption that credits and links its sources and
    offers its downloads. ``csv_url`` is the CSV's address from the page; the SVG and PNG sit beside it.
    With ``site_url``, the caption ends with the snippet that embeds the chart on another site."""
    chart = chart_for(catalogue, chart_id)
    base = csv_url.removesuffix(".csv")
    width, height = chart.png_size
    # One line of SVG: a blank line inside it would end the HTML block in Markdown.
    svg = " ".join(line.strip() for line in chart.svg.splitlines() if line.strip())
    # data-search-exclude: the drawing's labels repeat the table beside it; keep them out of the index.
    downloads = (
        f'Download <a href="{csv_url}" download>the numbers (CSV)</a> or the chart as '
        f'<a href="{base}.svg" download>SVG</a> or <a href="{base}.png" download>PNG ({width} × {height} pixels)</a>'
    )
    return (
        f'<figure class="chart" id="{chart_anchor(chart_id)}" data-search-exclude>{svg}'
        f"<figcaption>{escape.text(chart.title)}. Sources: {credits(catalogue, chart.sources, sources_url)}. "
        f"{downloads}.{embed_details(chart, site_url)}</figcaption></figure>"
    )


def chart_block(catalogue: Catalogue, chart_id: str, sources_url: str, csv_url: str, site_url: str = "") -> str:
    """Tabs "Chart" and "Numbers". The chart is a raw HTML block, so Markdown extensions (the glossary's
    abbreviations above all) leave the SVG's text alone; its links are therefore URLs, not .md paths."""
    chart = chart_for(catalogue, chart_id)
    figure = chart_figure(catalogue, chart_id, sources_url, csv_url, site_url)
    table = markdown_table(chart.header, chart.rows)
    return f'=== "Chart"\n\n{_indent(figure)}\n\n=== "Numbers"\n\n{_indent(table)}\n'
