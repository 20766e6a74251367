"""A rendered page's own stylesheets, found in the folders they are served from (a built site/, or
the folders an engine copies them from), purged to what the page uses and inlined; the CSS tools
themselves are :mod:`css_purge` and :mod:`page_html`. Another host's stylesheet stays linked.
"""

from __future__ import annotations

import functools
import posixpath
from pathlib import Path

from macros.finishing.css_purge import classes_in_html, compile_css, purged_together, words_in_script
from macros.finishing.page_html import inline_stylesheets, stylesheet_links


def inline_purged_stylesheets(html: str, page_url: str, folders: list[str]) -> str:
    """``html`` (the page at ``page_url`` in the site) with its stylesheets, looked for in ``folders``
    in turn, purged and inlined; the theme's script, looked for there too, counts as using its words."""
    used = classes_in_html(html) | _theme_script_words(tuple(str(f) for f in folders))
    return inline_stylesheets(html, _purged_stylesheets(stylesheet_links(html), page_url, folders, used).get)


def _purged_stylesheets(hrefs: list[str], page_url: str, folders: list[str], used: set[str]) -> dict[str, str]:
    """The page's own stylesheets purged together: a custom property one declares and another reads stays."""
    compiled = {}
    for href in hrefs:
        path = _site_path(href, page_url)
        if path is None:
            continue
        for folder in folders:
            candidate = Path(folder) / path
            if candidate.is_file():
                compiled[href] = _compiled_css(str(candidate), candidate.stat().st_mtime_ns)
                break
    return dict(zip(compiled, purged_together(list(compiled.values()), used), strict=True))


@functools.cache
def _compiled_css(path: str, mtime_ns: int):
    """Each stylesheet is parsed once, then filtered per page; an edit (under `mkdocs serve`) parses it again."""
    return compile_css(Path(path).read_text(encoding="utf-8"))


def forget_compiled() -> None:
    """The parsed stylesheets are objects of the project's CSS code: dropped when the preview re-imports it."""
    _compiled_css.cache_clear()


@functools.cache
def _theme_script_words(theme_dirs: tuple[str, ...]) -> frozenset[str]:
    """The theme's script adds classes at run time: every word in it counts as a class in use."""
    words = set()
    for folder in theme_dirs:
        for script in sorted(Path(folder).glob("assets/javascripts/bundle.*.min.js")):
            words |= words_in_script(script.read_text(encoding="utf-8"))
    return frozenset(words)


def _site_path(href: str, page_url: str) -> str | None:
    """The site-relative path of a stylesheet a page links to (MkDocs copies it from docs/ or the theme)."""
    if "://" in href:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname("/" + page_url), href)).lstrip("/")
