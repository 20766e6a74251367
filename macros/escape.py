"""The one place where text from ``data/`` is made safe for where it lands. Pure, no MkDocs.

Anything in ``data/`` may come from a stranger's pull request, so no string from it reaches
a reader as markup. Each helper is named for where its result goes:

- :func:`text`: Markdown and the HTML it turns into (inline text, table cells, link text and
  titles, raw HTML elements and their double-quoted attributes). Every character that
  HTML or Markdown (with this site's extensions: attr_list, abbr, tables, def_list ...)
  could read as syntax is written as a character reference, which both leave alone and a
  browser shows as the character itself.
- :func:`tooltip`: a ``title`` attribute. Material's content.tooltips feature reads a title and
  puts it into the page as HTML, so the text is escaped for that first, then as :func:`text`.
- :func:`rich`: the same as text, for the few fields documented as allowing emphasis: ``<em>`` and
  ``<strong>`` without attributes pass the nh3 sanitiser; everything else is text.
- :func:`href`: a link target from data, https only, escaped for a double-quoted attribute.
- :func:`issue_text`: Markdown in a GitHub issue (the upkeep issue): as :func:`text`, and no
  @mention, #reference or bare address that GitHub would turn into a notification, a cross-link
  or a link.
- :func:`csv_cell`: a spreadsheet cell that cannot start a formula; :func:`csv_table`, a whole CSV
  file of such cells (every download and a chart's numbers are written by it).

Numbers formatted by :mod:`macros.formatting` go through :func:`text` too: their unit
symbols come from data.
"""

from __future__ import annotations

import csv
import html
import io
import re
from urllib.parse import urlsplit

import nh3

# Markup characters of HTML and of every Markdown construct this site enables, as references.
# Left as they are: letters, digits, spaces and the punctuation that means nothing mid-line
# (, . ; ? / % ( ) -), except where a fragment's start could open a list.
_REFERENCES = {char: f"&#{ord(char)};" for char in "&<>\"'`*_[]{}|\\!#~^=:$@+"}
_TRANSLATION = str.maketrans(_REFERENCES)
# A fragment that starts a line could open a list there ("- x", "2024. x", "3) x").
_URL_TRANSLATION = str.maketrans({char: ref for char, ref in _REFERENCES.items() if char not in ":"})
_LINE_START = re.compile(r"^(\d*)([-.)])(?=\s|$)")
# Line breaks and other control characters would end a table row, a link title or a block.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")

EMPHASIS_TAGS = frozenset({"em", "strong"})
_EMPHASIS_TAG = re.compile(r"(</?(?:em|strong)>)")


def text(value: str) -> str:
    """``value`` as inert text in Markdown, in HTML, or in a double-quoted HTML attribute."""
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    flat = _CONTROL.sub(" ", value)
    escaped = flat.translate(_TRANSLATION)
    return _guard_line_start(escaped)


def _guard_line_start(escaped: str) -> str:
    return _LINE_START.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", escaped, count=1)


def tooltip(value: str) -> str:
    """``value`` for a title attribute that Material turns into a tooltip with innerHTML."""
    return text(html.escape(value, quote=False))


def rich(value: str) -> str:
    """Text that may carry ``<em>`` and ``<strong>`` (nh3 drops every other tag and attribute)."""
    cleaned = nh3.clean(_CONTROL.sub(" ", value), tags=set(EMPHASIS_TAGS), attributes={}, strip_comments=True)
    # nh3's output is HTML: text is already entity-escaped, and the only tags left are the
    # allowed ones, written exactly as matched below. Escape the text between them for Markdown.
    parts = _EMPHASIS_TAG.split(cleaned)
    return "".join(part if _EMPHASIS_TAG.fullmatch(part) else _markdown_only(part) for part in parts)


def words_of(value: str) -> str:
    """A rich field's words without its tags, as plain text (for a tooltip, which shows no markup)."""
    return html.unescape(nh3.clean(value, tags=set(), attributes={}))


def _markdown_only(html_text: str) -> str:
    """Markdown escapes for text that nh3 has already HTML-escaped (its ``&``s start references)."""
    references = {char: ref for char, ref in _REFERENCES.items() if char not in '&<>"'}
    return _guard_line_start(html_text.translate(str.maketrans(references)))


# GitHub finds mentions, issue references and bare addresses in the text a browser shows, after
# character references are decoded, so escaping alone leaves them live. An invisible zero-width
# space after the character that starts each one breaks the pattern and shows the same text.
_ZERO_WIDTH_SPACE = "&#8203;"
_GITHUB_TRIGGERS = re.compile(r"(&#64;|&#35;|&#58;|(?i:\bwww)(?=\.)|(?i:\bgh)(?=-\d))")


def issue_text(value: str) -> str:
    """``value`` as inert text in a GitHub issue: no markup, mention, reference or autolink."""
    return _GITHUB_TRIGGERS.sub(lambda m: m.group(1) + _ZERO_WIDTH_SPACE, text(value))


class UnsafeLink(ValueError):
    pass


def href(url: str) -> str:
    """A link target for a double-quoted ``href``: https only, no white space, escaped."""
    url = str(url)
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.netloc:
        raise UnsafeLink(f"'{url}' is not an https address")
    if any(char.isspace() or ord(char) < 0x20 for char in url):
        raise UnsafeLink(f"'{url}' contains white space or control characters")
    # As text(): a raw <a> sits in Markdown, whose link syntax would otherwise be found inside the
    # attribute ("x)[a](javascript:..." once broke out). The browser decodes the references.
    return url.translate(_URL_TRANSLATION)


# A spreadsheet treats a cell starting with one of these as a formula (OWASP: CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def csv_cell(value: str) -> str:
    """Text for a CSV cell that no spreadsheet runs: a leading formula character gets a quote mark."""
    if value.startswith(FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def csv_table(header: list[str], rows: list[list]) -> str:
    """CSV with a header row; floats keep twelve significant digits (every sourced digit, no
    unit-conversion noise such as 15.102000000000002); None is an empty cell; text that a
    spreadsheet would run as a formula is defused (:func:`csv_cell`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_csv_value(value) for value in row] for row in rows])
    return buffer.getvalue()


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format(value, ".12g")
    return csv_cell(str(value))
