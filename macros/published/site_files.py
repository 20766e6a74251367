"""Every file the site publishes besides its pages, by its path in site/, whatever the engine: what
the MkDocs glue registers before the pages render, and what the finishing step writes after a
Zensical build (pure).

The numbers file comes apart from the rest because it can only be written after the last page:
it lists the pages that show each figure, which the record of the build knows only then.
"""

from __future__ import annotations

from macros.addresses import FEED, NUMBERS_CSV, NUMBERS_JSON, NUMBERS_SCHEMA
from macros.model.catalogue import Catalogue
from macros.model.releases import history, load_releases
from macros.published.downloads import all_downloads
from macros.published.feed import atom_feed
from macros.published.numbers_file import numbers_csv, numbers_json, records, schema_json


def files_beside_pages(catalogue: Catalogue, site_url: str, pngs: bool = True) -> dict[str, str | bytes]:
    """The downloads (CSVs of the data, each chart's CSV, SVG and, unless ``pngs`` is false, PNG),
    the feed and the numbers file's schema."""
    return {
        **all_downloads(catalogue, pngs),
        FEED: atom_feed(history(load_releases(), catalogue), catalogue, site_url),
        NUMBERS_SCHEMA: schema_json(),
    }


def numbers_files(catalogue: Catalogue, site_url: str, by_figure: dict[str, dict[str, set[str]]]) -> dict[str, str]:
    """numbers.json and numbers.csv; ``by_figure`` maps a figure id to {page address: the texts
    the page wrote for it} (:meth:`macros.pages.shown.ShownOnPages.by_figure`)."""
    numbers = records(catalogue, site_url, by_figure, catalogue.today.isoformat())
    return {NUMBERS_JSON: numbers_json(numbers), NUMBERS_CSV: numbers_csv(numbers)}
