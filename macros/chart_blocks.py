"""A chart as it sits on a page: the inline SVG, a caption crediting its sources, its numbers as
a table in a second tab, and its downloads (the numbers as CSV, the chart as SVG and as PNG).
Pure Markdown text; no MkDocs here.

Each chart is built once per catalogue (that is, once per build) however many places use it,
and drawn once: the page that shows it and the downloads read the same chart.
"""

from __future__ import annotations

from macros import escape
from macros.charts import CHARTS, Chart, build_chart
from macros.citations import source_anchor
from macros.model.catalogue import Catalogue
from macros.tables import markdown_table

DOWNLOADS_DIR = "data/charts"
_drawn: dict[str, tuple[Catalogue, Chart]] = {}


def chart_for(catalogue: Catalogue, chart_id: str) -> Chart:
    cached = _drawn.get(chart_id)
    if cached is None or cached[0] is not catalogue:
        _drawn[chart_id] = (catalogue, build_chart(chart_id, catalogue))
    return _drawn[chart_id][1]


def csv_path(chart_id: str) -> str:
    return download_path(chart_id, "csv")


def download_path(chart_id: str, kind: str) -> str:
    """Where a chart's download is published: ``kind`` is csv, svg or png."""
    return f"{DOWNLOADS_DIR}/{chart_id}.{kind}"


def chart_downloads(catalogue: Catalogue) -> dict[str, str | bytes]:
    """Every chart's numbers (CSV) and drawing (standalone SVG, PNG), by site path."""
    downloads: dict[str, str | bytes] = {}
    for chart_id in CHARTS:
        chart = chart_for(catalogue, chart_id)
        downloads[download_path(chart_id, "csv")] = chart.csv
        downloads[download_path(chart_id, "svg")] = chart.svg_file
        downloads[download_path(chart_id, "png")] = chart.png
    return downloads


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line else "" for line in text.splitlines())


def chart_figure(catalogue: Catalogue, chart_id: str, sources_url: str, csv_url: str) -> str:
    """The chart as one HTML element: inline SVG and a caption that credits and links its sources and
    offers its downloads. ``csv_url`` is the CSV's address from the page; the SVG and PNG sit beside it."""
    chart = chart_for(catalogue, chart_id)
    base = csv_url.removesuffix(".csv")
    width, height = chart.png_size
    # One line of SVG: a blank line inside it would end the HTML block in Markdown.
    svg = " ".join(line.strip() for line in chart.svg.splitlines() if line.strip())
    credits = "; ".join(
        f'<a href="{sources_url}#{source_anchor(s)}">{escape.text(catalogue.data.sources[s].publisher)}</a>'
        for s in chart.sources
    )
    # data-search-exclude: the drawing's labels repeat the table beside it; keep them out of the index.
    downloads = (
        f'Download <a href="{csv_url}" download>the numbers (CSV)</a> or the chart as '
        f'<a href="{base}.svg" download>SVG</a> or <a href="{base}.png" download>PNG ({width} × {height} pixels)</a>'
    )
    return (
        f'<figure class="chart" id="chart-{chart_id}" data-search-exclude>{svg}<figcaption>{escape.text(chart.title)}. '
        f"Sources: {credits}. {downloads}.</figcaption></figure>"
    )


def chart_block(catalogue: Catalogue, chart_id: str, sources_url: str, csv_url: str) -> str:
    """Tabs "Chart" and "Numbers". The chart is a raw HTML block, so Markdown extensions (the glossary's
    abbreviations above all) leave the SVG's text alone; its links are therefore URLs, not .md paths."""
    chart = chart_for(catalogue, chart_id)
    figure = chart_figure(catalogue, chart_id, sources_url, csv_url)
    table = markdown_table(chart.header, chart.rows)
    return f'=== "Chart"\n\n{_indent(figure)}\n\n=== "Numbers"\n\n{_indent(table)}\n'
