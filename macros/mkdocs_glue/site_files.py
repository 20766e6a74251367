"""The files a MkDocs build publishes besides its pages, and the order it renders the pages in.

Everything is generated in memory from the catalogue (nothing is written into docs/ or data/) and
registered as a site file before any page renders, so links to it are checked by MkDocs. The
numbers file is registered empty and written whole after the last page, when the record of what
each page shows is complete.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from macros.addresses import FEED, NUMBERS_CSV, NUMBERS_JSON, NUMBERS_SCHEMA
from macros.charts import CHARTS
from macros.mkdocs_glue.notices import notice
from macros.model import DataError, load_catalogue
from macros.model.catalogue import Catalogue
from macros.model.freshness import stale_report, stale_sources
from macros.model.releases import history, load_releases
from macros.pages.shown import ShownOnPages
from macros.published.chart_homes import chart_homes, nav_titles
from macros.published.downloads import all_downloads
from macros.published.embeds import embed_pages
from macros.published.feed import atom_feed
from macros.published.numbers_file import numbers_csv, numbers_json, records, schema_json
from macros.published.releases import unrecorded


def checked_catalogue() -> Catalogue:
    """The catalogue; a bad data file stops the build here, at the first place it reads data/, with
    the loader's message (file, entry, field) and no traceback to wade through."""
    try:
        return load_catalogue()
    except DataError as exc:
        raise PluginError(f"data/ has problems to fix:\n{exc}") from None


def report_stale_sources(catalogue: Catalogue) -> None:
    stale = stale_sources(catalogue, catalogue.today)
    if stale:
        notice(f"{len(stale)} sources are past their check-again date ({catalogue.today})", stale_report(stale))


def add_generated_files(files: Files, config, catalogue: Catalogue) -> None:
    """The downloads (CSVs of the data, each chart's CSV, SVG and PNG), each chart's embed page (an
    .html file, which MkDocs copies as it is), the feed, the numbers file's schema, and placeholders
    for the numbers file itself."""
    homes = chart_homes(_page_sources(files), nav_titles(config.nav), CHARTS)
    generated = {
        **all_downloads(catalogue),
        **embed_pages(catalogue, homes, config.site_name),
        FEED: atom_feed(history(load_releases(), catalogue), catalogue, config.site_url or ""),
        NUMBERS_SCHEMA: schema_json(),
        # Written again, whole, after the last page (write_numbers_file).
        NUMBERS_JSON: "{}",
        NUMBERS_CSV: "",
    }
    for path, content in generated.items():
        files.append(File.generated(config, path, content=content))


def _page_sources(files: Files) -> dict[str, str]:
    """Each page's source text by its path in docs/ (Markdown, and the notebook's .py)."""
    return {
        f.src_uri: Path(f.abs_src_path).read_text(encoding="utf-8")
        for f in files
        if f.src_uri.endswith((".md", ".py")) and f.abs_src_path
    }


def render_last(files: Files, src_uris) -> None:
    """MkDocs renders pages in the order of ``files``. The notebook's page goes last, so its kernel
    (started at on_config) runs beside every other page instead of making one wait for it."""
    for src_uri in src_uris:
        page = files.get_file_from_path(src_uri)
        if page is not None:
            files.remove(page)
            files.append(page)


def write_numbers_file(config, catalogue: Catalogue, shown: ShownOnPages) -> None:
    numbers = records(catalogue, config.site_url or "", shown.by_figure(), catalogue.today.isoformat())
    site = Path(config.site_dir)
    (site / NUMBERS_JSON).write_text(numbers_json(numbers), encoding="utf-8")
    (site / NUMBERS_CSV).write_text(numbers_csv(numbers), encoding="utf-8")


def report_unrecorded_changes(catalogue: Catalogue) -> None:
    """A warning (an error for a release build) if figures moved since the last recorded release."""
    releases = load_releases()
    moved = unrecorded(catalogue, releases[-1]) if releases else ["no release recorded yet"]
    if moved:
        since = releases[-1].date if releases else "-"
        notice(f"figures changed since the release of {since}; run `make release`", "\n".join(moved))
