"""A page per chart made to sit in another site's ``<iframe>`` (embed/<chart>/index.html), whole and
final: the chart, its title, its sources linked to the Sources page, its numbers, the date of its
newest input and a link to the page it belongs to. Pure, no MkDocs; the glue copies each as it is,
so no engine's theme or finishing step touches them.

What sets them apart from the site's pages, and why:

- No navigation and no script: a frame on someone else's page shows the chart, not the site.
- One inline stylesheet, its own: the site's CSS is Material's and needs its script and layout.
  It styles light and dark with ``prefers-color-scheme``, since no script can switch a theme
  here; the colours are the site's (macros/charts/kit/theme.py, checked against its CSS).
- A Content-Security-Policy that allows nothing but that stylesheet (by its hash) and the SVG's
  style attributes; every link is relative to the embed page, so it works on any host.
- Readable from 320 to 800 px: the chart fills a narrow frame edge to edge (at 320 px its text
  is 11 px, the legibility floor of tests/browser/test_charts.py) and stops growing at the
  width the site's pages show it (DISPLAY_WIDTH_PX), where its text is 15 px.
"""

from __future__ import annotations

import base64
import hashlib

from macros import escape
from macros.addresses import EMBED_TO_ROOT, SOURCES_PAGE, chart_download, embed_page, page_url
from macros.charts import CHARTS, Chart, chart_for
from macros.charts.kit.render import DISPLAY_WIDTH_PX
from macros.charts.kit.theme import CSS_VARIABLES, DARK, DARK_BACKGROUND
from macros.model.catalogue import Catalogue
from macros.model.dates import period_label
from macros.model.freshness import newest_as_of
from macros.published.chart_homes import ChartHome
from macros.text.chart_block import credits

# Links leave the frame: the reader's page stays where it is, the site opens beside it.
NEW_TAB = ' target="_blank" rel="noopener"'
LIGHT = {variable: colour for colour, variable in CSS_VARIABLES.items()}
# Text colours checked for contrast (axe, both themes) on the backgrounds they sit on.
PAGE_COLOURS = {
    "light": {"--bg": "#ffffff", "--fg": "#212121", "--muted": "#5e5e5e", "--link": "#3949ab"},
    "dark": {"--bg": DARK_BACKGROUND, "--fg": "#e3e3e3", "--muted": "#b4b4b4", "--link": "#8c9eff"},
}


def _declarations(variables: dict[str, str]) -> str:
    return ";".join(f"{name}:{value}" for name, value in variables.items())


STYLE = (
    f":root{{color-scheme:light dark;{_declarations({**PAGE_COLOURS['light'], **LIGHT})}}}"
    f"@media (prefers-color-scheme:dark){{:root{{{_declarations({**PAGE_COLOURS['dark'], **DARK})}}}}}"
    "html{background:var(--bg);color:var(--fg);-webkit-text-size-adjust:100%}"
    'body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}'
    "h1{font-size:1.125rem;line-height:1.3;margin:.5rem .75rem}"
    "figure{margin:0}"
    f".chart-svg{{display:block;width:100%;max-width:{DISPLAY_WIDTH_PX}px;height:auto;margin:0 auto;"
    "font-family:inherit}"
    "figcaption p{font-size:.875rem;margin:.375rem .75rem;color:var(--muted);overflow-wrap:anywhere}"
    "a{color:var(--link)}"
)


def style_hash(css: str) -> str:
    """A CSP hash source for an inline ``<style>`` holding exactly ``css``."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii") + "'"


# style-src-elem: only the page's own stylesheet. style-src-attr: the SVG colours its marks with
# style attributes (fill: var(--chart-1)), which can style but never run anything. style-src is the
# fallback for a browser that knows neither. Nothing else is fetched: the chart is inline.
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src 'unsafe-inline'; style-src-elem {style_hash(STYLE)}; "
    "style-src-attr 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
)


def as_of_sentence(catalogue: Catalogue, chart: Chart) -> str:
    newest = newest_as_of(catalogue, chart.figure_ids)
    return "" if newest is None else f"<p>Figures as of {escape.text(period_label(newest))} at the latest.</p>"


def embed_document(catalogue: Catalogue, chart: Chart, home: ChartHome, site_name: str) -> str:
    """The embed page of ``chart``, a complete HTML document; ``home`` is the page it belongs to."""
    sources_url = EMBED_TO_ROOT + page_url(SOURCES_PAGE)
    csv_url = EMBED_TO_ROOT + chart_download(chart.id, "csv")
    home_url = EMBED_TO_ROOT + page_url(home.page)
    title, site = escape.text(chart.title), escape.text(site_name)
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        # The chart's page is the one to find; this is a copy of its chart for other sites.
        '<meta name="robots" content="noindex">\n'
        f"<title>{title} | {site}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{title}</h1>\n<figure>\n{chart.svg}\n<figcaption>\n"
        f"<p>Sources: {credits(catalogue, chart.sources, sources_url, NEW_TAB)}. "
        f'<a href="{csv_url}"{NEW_TAB}>The numbers (CSV)</a>.</p>\n'
        f"{as_of_sentence(catalogue, chart)}\n"
        f'<p>From <a href="{home_url}"{NEW_TAB}>{escape.text(home.title)}</a>, {site}.</p>\n'
        "</figcaption>\n</figure>\n</main>\n</body>\n</html>\n"
    )


def embed_pages(catalogue: Catalogue, homes: dict[str, ChartHome], site_name: str) -> dict[str, str]:
    """Every chart's embed page, by its path in site/."""
    return {
        embed_page(chart_id): embed_document(catalogue, chart_for(catalogue, chart_id), homes[chart_id], site_name)
        for chart_id in CHARTS
    }
