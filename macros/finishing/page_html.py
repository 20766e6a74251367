"""Corrections to rendered page HTML that no Markdown option can make (pure functions, no engine).

0. Stylesheets inlined: on a phone's first visit a linked stylesheet is one more round trip
   before anything is painted, and the site's CSS is small enough to ship in each page.
   (Material's script waits for a first interaction: overrides/partials/scripts-on-interaction.html.)
1. Charts: the glossary's abbreviations (Markdown's abbr extension) also reach into
   inline SVG and wrap words like "MW" in ``<abbr>``, which SVG cannot display.
2. The methodology notebook's page, slimmed (below).
3. A Content-Security-Policy for every page, with the hashes of the page's own inline
   scripts: GitHub Pages sets no headers, so it is a <meta> as the head's first child.
4. Charts inside content tabs: Markdown sees the indented <figure> as inline HTML and
   wraps it in a <p>, which may not contain one; the paragraph is dropped.
5. A label that names a control may not be hidden from assistive technology (HTML's rule);
   Zensical's template hides the drawer's overlay label. Material's has no such label.

Slimming the HTML that mkdocs-jupyter writes for the methodology notebook:

mkdocs-jupyter inlines JupyterLab's whole stylesheet (over half a megabyte, uncacheable)
and a few scripts (a clipboard widget, MathJax and Mermaid set-up, an empty
``<script src="">``) into every notebook page, with no option to turn them off.
The notebook needs none of it: its code is styled as Material styles any code
block, and ``stylesheets/site.css`` lays out the cells in a few rules.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable

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


def stylesheet_links(html: str) -> list[str]:
    """The addresses of the stylesheets the page links to, in order."""
    hrefs = []
    for tag in LINK_TAG.findall(html):
        attributes = dict(ATTRIBUTE.findall(tag))
        if attributes.get("rel") == "stylesheet" and attributes.get("href", "").endswith(".css"):
            hrefs.append(attributes["href"])
    return hrefs


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


# Only this site's scripts run: its own files and the inline scripts whose hashes are listed.
# No inline event handler, no javascript: address, no script from another host, no plugin.
# Styles may be inline: stylesheets are inlined per page, and charts carry style attributes.
CSP_DIRECTIVES = (
    "default-src 'self'",
    "script-src 'self' {hashes}",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
)
INLINE_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S)
JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
CHARSET_META = re.compile(r'<meta charset="utf-8"\s*/?>', re.I)


def inline_script_hashes(html: str) -> list[str]:
    """CSP hash sources for every inline script a browser would run, in page order, each once."""
    hashes = []
    for match in INLINE_SCRIPT.finditer(html):
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        if "src" in attributes or attributes.get("type", "").lower() not in JAVASCRIPT_TYPES:
            continue
        digest = base64.b64encode(hashlib.sha256(match.group(2).encode("utf-8")).digest()).decode("ascii")
        hashes.append(f"'sha256-{digest}'")
    return list(dict.fromkeys(hashes))


def content_security_policy(html: str) -> str:
    return "; ".join(CSP_DIRECTIVES).format(hashes=" ".join(inline_script_hashes(html)))


def add_content_security_policy(html: str) -> str:
    """The page with its policy as the first element after the charset, before any script."""
    charset = CHARSET_META.search(html)
    if charset is None:
        raise ValueError("no <meta charset> to put the Content-Security-Policy after")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(html)}">'
    return html[: charset.end()] + meta + html[charset.end() :]


FIGURE_IN_PARAGRAPH = re.compile(r"<p>(<figure\b.*?</figure>)</p>", re.S)


def unwrap_figures(html: str) -> str:
    return FIGURE_IN_PARAGRAPH.sub(r"\1", html)


# A heading's permalink (an invisible "¶" until hovered or focused) and the word before it.
# The lookbehind starts a match only where a word starts: without it, every character of a long
# unbroken run (an SVG path, a data address) rescans the rest of the run, quadratic in its length.
HEADING_END = re.compile(r'(?<![^\s<>])([^\s<>]+)(<a class="headerlink"[^>]*>[^<]*</a>)')


def keep_permalink_with_last_word(html: str) -> str:
    """Glue each heading's permalink to the heading's last word. On its own, the "¶" can wrap to a
    line of its own: invisible, it shows as a blank line under the heading on a phone. A heading
    that ends in markup (a tag before the permalink) is left as it is."""
    return HEADING_END.sub(r'<span class="heading-end">\1\2</span>', html)


HIDDEN_LABEL = re.compile(r'(<label\b[^>]*\bfor="[^"]*"[^>]*?) aria-hidden="true"')


def labels_not_hidden(html: str) -> str:
    return HIDDEN_LABEL.sub(r"\1", html)
