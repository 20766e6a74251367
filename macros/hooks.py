"""MkDocs hooks: the engine-specific glue besides ``define_env``. Each hook is a few lines
around a pure function, so moving off MkDocs means rewriting this file, not the logic.

- on_files: the CSV downloads (data and chart numbers), generated in memory (nothing is
  written into docs/ or data/) and registered as site files, so links to them are checked.
- on_page_content / on_post_page: HTML corrections from :mod:`macros.page_html`.
"""

import functools
import posixpath
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from macros.chart_blocks import chart_csvs
from macros.css_purge import classes_in_html, compile_css, purged, words_in_script
from macros.exports import DOWNLOADS
from macros.model import DataError, load_catalogue
from macros.page_html import first_abbr_only, inline_stylesheets, slim_notebook_page, unwrap_abbr_in_svg

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
    used = classes_in_html(output) | _theme_script_words(tuple(config.theme.dirs))
    return inline_stylesheets(output, lambda href: _purged_css(href, page, config, used))


def _purged_css(href: str, page, config, used: set[str]) -> str | None:
    path = _site_path(href, page)
    if "://" in href or path is None:
        return None
    rules = _compiled_css(path, tuple(config.theme.dirs), config.docs_dir)
    return None if rules is None else purged(rules, used)


@functools.lru_cache(maxsize=None)
def _compiled_css(path: str, theme_dirs: tuple[str, ...], docs_dir: str):
    """Each stylesheet is parsed once per build, then filtered per page."""
    for folder in [docs_dir, *theme_dirs]:
        candidate = Path(folder) / path
        if candidate.is_file():
            return compile_css(candidate.read_text(encoding="utf-8"))
    return None


@functools.lru_cache(maxsize=None)
def _theme_script_words(theme_dirs: tuple[str, ...]) -> frozenset[str]:
    words = set()
    for folder in theme_dirs:
        for script in Path(folder).glob("assets/javascripts/bundle.*.min.js"):
            words |= words_in_script(script.read_text(encoding="utf-8"))
    return frozenset(words)


def _site_path(href: str, page) -> str | None:
    """The site-relative path of a stylesheet a page links to (MkDocs copies it from docs/ or the theme)."""
    if "://" in href:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname("/" + page.url), href)).lstrip("/")


def on_page_content(html, page, config, files):
    return first_abbr_only(unwrap_abbr_in_svg(html))
