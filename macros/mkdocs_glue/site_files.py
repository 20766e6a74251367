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

from macros.addresses import NUMBERS_CSV, NUMBERS_JSON, chart_download
from macros.charts import CHARTS
from macros.mkdocs_glue.notices import notice
from macros.model import DataError, load_catalogue
from macros.model.catalogue import Catalogue
from macros.model.freshness import stale_report, stale_sources
from macros.model.releases import load_releases
from macros.pages.shown import ShownOnPages
from macros.published.chart_homes import ChartOnNoPage, chart_homes, nav_titles
from macros.published.drawing import Drawer, chart_png, drawing_of
from macros.published.embeds import embed_pages
from macros.published.releases import unrecorded
from macros.published.site_files import files_beside_pages, numbers_files


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


def add_generated_files(files: Files, config, catalogue: Catalogue, build) -> None:
    """What the site publishes besides its pages, each chart's embed page (an .html file, which
    MkDocs copies as it is), and placeholders for the numbers file and the charts' PNGs, written
    whole after the last page (write_numbers_file, write_pngs)."""
    try:
        homes = chart_homes(_page_sources(files), nav_titles(config.nav), CHARTS)
    except ChartOnNoPage as exc:
        raise PluginError(str(exc)) from None
    generated = {
        **files_beside_pages(catalogue, config.site_url or "", pngs=False),
        **embed_pages(catalogue, homes, config.site_name),
        NUMBERS_JSON: "{}",
        NUMBERS_CSV: "",
    }
    # Forked now, when every chart is drawn for its page: the child draws the PNGs from them.
    build.drawer = Drawer(drawing_of(catalogue))
    for chart_id in CHARTS:
        path = chart_download(chart_id, "png")
        generated[path] = b""
        build.pngs[path] = chart_png(chart_id)
        build.drawer.submit(build.pngs[path])
    for path, content in generated.items():
        files.append(File.generated(config, path, content=content))


def write_pngs(config, build) -> None:
    """The charts' PNGs and the share cards, drawn beside the pages, over their placeholders."""
    if build.drawer is None:
        return
    drawn = build.drawer.results()
    for path, job in build.pngs.items():
        target = Path(config.site_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(drawn[job])


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
    for path, content in numbers_files(catalogue, config.site_url or "", shown.by_figure()).items():
        (Path(config.site_dir) / path).write_text(content, encoding="utf-8")


def report_unrecorded_changes(catalogue: Catalogue) -> None:
    """A warning (an error for a release build) if figures moved since the last recorded release."""
    releases = load_releases()
    moved = unrecorded(catalogue, releases[-1]) if releases else ["no release recorded yet"]
    if moved:
        since = releases[-1].date if releases else "-"
        notice(f"figures changed since the release of {since}; run `make release`", "\n".join(moved))
