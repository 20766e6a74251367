"""Corrections to rendered page HTML that no Markdown option can make (pure functions, no MkDocs).

0. Stylesheets inlined: on a phone's first visit a linked stylesheet is one more round trip
   before anything is painted, and the site's CSS is small enough to ship in each page.
   (Material's script waits for a first interaction: overrides/partials/scripts-on-interaction.html.)
1. Charts: the glossary's abbreviations (Markdown's abbr extension) also reach into
   inline SVG and wrap words like "MW" in ``<abbr>``, which SVG cannot display.
2. The methodology notebook's page, slimmed (below).

Slimming the HTML that mkdocs-jupyter writes for the methodology notebook:

mkdocs-jupyter inlines JupyterLab's whole stylesheet (over half a megabyte, uncacheable)
and a few scripts (a clipboard widget, MathJax and Mermaid set-up, an empty
``<script src="">``) into every notebook page, with no option to turn them off.
The notebook needs none of it: its code is styled as Material styles any code
block, and ``stylesheets/site.css`` lays out the cells in a few rules.
"""

from __future__ import annotations

import re
from typing import Callable

from bs4 import BeautifulSoup, Comment

# Pieces of the notebook markup that only work with the scripts and styles removed here.
SCRIPT_ONLY_CLASSES = ["zeroclipboard-container", "clipboard-copy-txt", "jp-Collapser"]
# Lookups by tag and class only, no CSS selectors: soupsieve compiles its selector
# grammar on first use, a third of a second of every build for these few lookups.


def slim_notebook_page(html: str) -> str:
    page = BeautifulSoup(html, "html.parser")
    article = page.find("article")
    if article is None or article.find(class_="jupyter-wrapper") is None:
        raise ValueError("not a notebook page: no article with a .jupyter-wrapper")
    for tag in article.find_all(["style", "script"]):
        tag.decompose()
    for comment in article.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    for tag in article.find_all(class_=SCRIPT_ONLY_CLASSES):
        tag.decompose()
    for prompt in article.find_all(class_="jp-InputPrompt"):
        if prompt.find(True) is None and not prompt.get_text(strip=True):
            prompt.decompose()
    # Material already styles ".highlight" code in both themes; reuse it.
    for block in article.find_all(class_="highlight-ipynb"):
        block["class"] = ["highlight" if c == "highlight-ipynb" else c for c in block["class"]]
    # Code that scrolls sideways must be reachable by keyboard to be scrolled (axe: scrollable-region-focusable).
    for block in article.find_all(class_="highlight"):
        for pre in block.find_all("pre"):
            pre["tabindex"] = "0"
    # A wrapper that only holds static text should not be a keyboard stop.
    for wrapper in article.find_all(class_=["jp-Cell-inputWrapper", "jp-Cell-outputWrapper"], tabindex="0"):
        del wrapper["tabindex"]
    return str(page)


SVG_ELEMENT = re.compile(r"<svg\b.*?</svg>", re.S)
ABBR_ELEMENT = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.S)
ABBR_WITH_TERM = re.compile(r"<abbr\b([^>]*)>(.*?)</abbr>", re.S)


def first_abbr_only(html: str) -> str:
    """Keep a term's hover definition on its first use in a page, as a printed glossary would:
    on the power page "MW" alone occurs dozens of times, and each tooltip costs bytes and script."""
    seen: set[str] = set()

    def keep_first(match: re.Match) -> str:
        term = match.group(2)
        if term in seen:
            return term
        seen.add(term)
        return match.group(0)

    return ABBR_WITH_TERM.sub(keep_first, html)


def unwrap_abbr_in_svg(html: str) -> str:
    """Every page passes through here, so no full HTML parse: the SVG is our own generated
    markup, and the only change is to drop ``<abbr>`` tags inside it, keeping their text."""
    if "<abbr" not in html:
        return html
    return SVG_ELEMENT.sub(lambda svg: ABBR_ELEMENT.sub(r"\1", svg.group(0)), html)


# Any attribute order and either void-tag spelling: the notebook's page comes back from
# BeautifulSoup as <link href="..." rel="stylesheet"/>, Material writes rel first.
LINK_TAG = re.compile(r"<link\b[^>]*>")
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')


def inline_stylesheets(html: str, read_css: Callable[[str], str | None]) -> str:
    """Replace each ``<link rel="stylesheet">`` whose CSS ``read_css(href)`` returns by a ``<style>``.

    Links it cannot read (None) stay as they are. The CSS must not hold relative url()s,
    which would then resolve against the page instead of the stylesheet.
    """

    def inline(match: re.Match) -> str:
        attributes = dict(ATTRIBUTE.findall(match.group(0)))
        href = attributes.get("href", "")
        if attributes.get("rel") != "stylesheet" or not href.endswith(".css"):
            return match.group(0)
        css = read_css(href)
        if css is None:
            return match.group(0)
        if re.search(r"url\((?!['\"]?data:)", css):
            raise ValueError(f"{href} refers to other files with url(); it cannot be inlined")
        return f"<style>{css}</style>"

    return LINK_TAG.sub(inline, html)

