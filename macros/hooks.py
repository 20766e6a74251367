"""MkDocs hooks: the engine-specific glue besides ``define_env``. Each hook is a few lines
around a pure function, so moving off MkDocs means rewriting this file, not the logic.

- on_files: the CSV downloads (data and chart numbers), generated in memory (nothing is
  written into docs/ or data/) and registered as site files, so links to them are checked.
- on_page_content / on_post_page: HTML corrections from :mod:`macros.page_html`.
"""

import posixpath
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from macros.chart_blocks import chart_csvs
from macros.exports import DOWNLOADS
from macros.model import DataError, load_catalogue
from macros.page_html import inline_stylesheets, slim_notebook_page, unwrap_abbr_in_svg

NOTEBOOK_SOURCES = (".ipynb", ".py")


def on_files(files, config):
    # The first place a build reads data/: a bad file stops it here, with the
    # loader's message (file, entry, field) and no traceback to wade through.
    try:
        catalogue = load_catalogue()
    except DataError as exc:
        raise PluginError(f"data/ has problems to fix:\n{exc}") from None
    downloads = {path: build(catalogue) for path, build in DOWNLOADS.items()}
    downloads.update(chart_csvs(catalogue))
    for path, content in downloads.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_post_page(output, page, config):
    if page.file.src_uri.endswith(NOTEBOOK_SOURCES):
        output = slim_notebook_page(output)
    return inline_stylesheets(output, lambda href: _site_css(href, page, config))


def _site_css(href: str, page, config) -> str | None:
    """The text of a stylesheet the page links to, from the theme or docs/ (where MkDocs copies it from)."""
    if "://" in href:
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname("/" + page.url), href)).lstrip("/")
    for folder in [config.docs_dir, *config.theme.dirs]:
        candidate = Path(folder) / path
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return None


def on_page_content(html, page, config, files):
    return unwrap_abbr_in_svg(html)
