"""Where everything is on the site: the pages the code links to, the files it publishes, the anchors
inside pages, and a figure's permanent address. One spelling of each, read by every layer.

A leaf, importing nothing of the project. It sits at the top of macros/ rather than in published/
because the text for pages links to these pages and anchors as well, and text comes before the
published files in the data flow.
"""

from __future__ import annotations

import datetime as dt
import posixpath

# --- Pages the code links to, by their source path in docs/ -------------------------------------
SOURCES_PAGE = "sources.md"
FIGURES_PAGE = "figures.md"
CLAIMS_PAGE = "claims.md"
CHANGES_PAGE = "changes.md"
SCORECARD_PAGE = "scorecard.md"
# The pages that list every figure (the Every figure index and the Sources page): the line under
# their title dates them by the whole catalogue, and they are not counted among the pages that
# show a figure (every figure's permalink is its row on Every figure already).
INDEX_PAGES = frozenset({SOURCES_PAGE, FIGURES_PAGE})


def page_url(page_path: str) -> str:
    """A page's address relative to the site's root, as MkDocs makes it ("power.md" -> "power/",
    "index.md" -> "", "methodology.py" -> "methodology/")."""
    stem = posixpath.splitext(page_path)[0]
    if stem == "index":
        return ""
    return (stem.removesuffix("/index") if stem.endswith("/index") else stem) + "/"


# --- Anchors inside pages -----------------------------------------------------------------------
# The Sources page's section on how current each source is.
FRESHNESS_SECTION = "how-current"


def figure_anchor(figure_id: str) -> str:
    """A figure's row on the Every figure page: its permalink."""
    return f"fig-{figure_id}"


def source_anchor(source_id: str) -> str:
    return f"src-{source_id}"


def claim_anchor(claim_id: str) -> str:
    return f"claim-{claim_id}"


def forecast_anchor(forecast_id: str) -> str:
    return f"forecast-{forecast_id}"


def chart_anchor(chart_id: str) -> str:
    return f"chart-{chart_id}"


def release_anchor(date: dt.date) -> str:
    return f"release-{date.isoformat()}"


def figure_permalink(site_url: str, figure_id: str) -> str:
    """A figure's permanent address: its row on the Every figure page."""
    return f"{site_url.rstrip('/')}/{page_url(FIGURES_PAGE)}#{figure_anchor(figure_id)}"


# --- Files the site publishes, by their path in site/ -------------------------------------------
NUMBERS_JSON = "numbers.json"
NUMBERS_CSV = "numbers.csv"
NUMBERS_SCHEMA = "numbers.schema.json"
FEED = "changes.xml"
DATA_DOWNLOADS = "data"  # the CSVs of the data: inputs, figures, sources, claims, forecasts
CHART_DOWNLOADS = "data/charts"


SHARE_CARDS = "cards"
EMBEDS = "embed"  # a page per chart, made to sit in another site's <iframe>


def share_card(page_path: str) -> str:
    """Where a page's share card is published ("power.md" -> cards/power.png, the home page's cards/home.png)."""
    return f"{SHARE_CARDS}/{page_url(page_path).strip('/').replace('/', '-') or 'home'}.png"


def data_download(name: str) -> str:
    """Where the CSV of one kind of record is published ("figures" -> data/figures.csv)."""
    return f"{DATA_DOWNLOADS}/{name}.csv"


def chart_download(chart_id: str, kind: str) -> str:
    """Where a chart's download is published: ``kind`` is csv, svg or png."""
    return f"{CHART_DOWNLOADS}/{chart_id}.{kind}"


def embed_page(chart_id: str) -> str:
    """Where a chart's embeddable page is published (embed/<chart>/index.html)."""
    return f"{EMBEDS}/{chart_id}/index.html"


def embed_address(site_url: str, chart_id: str) -> str:
    """A chart's embeddable page as an absolute address, for an <iframe> on another site."""
    return f"{site_url.rstrip('/')}/{EMBEDS}/{chart_id}/"


# An embed page's links to the rest of the site start here ("../../": it sits two folders down).
EMBED_TO_ROOT = "../" * embed_page("chart").count("/")
