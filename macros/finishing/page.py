"""One page finished: what turns a page as an engine renders it into the page the site publishes.

Three steps, each engine-free: the body's corrections (:func:`corrected_content`), then the whole
page's (:func:`finished_page`: the notebook page slimmed, the stylesheets purged and inlined, the
Content-Security-Policy with the hashes of the page's own inline scripts), or, for a page made from a
template alone such as 404.html, the policy only (:func:`finished_template`). MkDocs calls them from
its hooks as it writes each page; after another engine's build, macros/finishing/site.py calls them
over the built files.
"""

from __future__ import annotations

from macros.finishing.page_html import (
    add_content_security_policy,
    first_abbr_only,
    keep_permalink_with_last_word,
    labels_not_hidden,
    slim_notebook_page,
    unwrap_abbr_in_svg,
    unwrap_figures,
)
from macros.finishing.stylesheets import inline_purged_stylesheets


def corrected_content(html: str) -> str:
    """A page's body (or whole page) with every correction no Markdown option can make."""
    return keep_permalink_with_last_word(unwrap_figures(first_abbr_only(unwrap_abbr_in_svg(html))))


def finished_page(html: str, page_url: str, css_folders: list, notebook: bool = False) -> str:
    """A whole page as published; ``css_folders`` are where its stylesheets are found, in turn."""
    if notebook:
        html = slim_notebook_page(html)
    return add_content_security_policy(inline_purged_stylesheets(labels_not_hidden(html), page_url, css_folders))


def finished_template(html: str) -> str:
    return add_content_security_policy(labels_not_hidden(html))


def is_finished(html: str) -> bool:
    """A page that already carries its policy is published as it is (the step may run twice)."""
    return 'http-equiv="Content-Security-Policy"' in html[:4000]
