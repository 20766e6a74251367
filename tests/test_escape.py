"""macros.escape: text from data/ lands as the same text, never as markup, wherever it is put."""

from __future__ import annotations

import html
import re

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from macros import escape

# The site's Markdown extensions (mkdocs.yml), so the escaping is tried against what pages really use.
EXTENSIONS = [
    "abbr",
    "admonition",
    "attr_list",
    "def_list",
    "md_in_html",
    "tables",
    "toc",
    "pymdownx.details",
    "pymdownx.superfences",
    "pymdownx.tabbed",
]
PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "<details open ontoggle=alert(1)>",
    "[click](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    '{ onclick="alert(1)" }',
    "x{: onmouseover=alert(1) }",
    "*[HTML]: <b>",
    "| a | b |",
    "`code` **bold** _it_ ~~s~~",
    "- item",
    "1. item",
    "# heading",
    "> quote",
    '=== "Tab"',
    "!!! note",
    "&lt;b&gt; &amp;",
    "\\*not em\\*",
    "a\nb\r\nc",
    "\u2028",
    '" onfocus="alert(1)',
    "' onfocus='alert(1)",
    "${{ config }}",
    "{{ fig('x') }}",
    "{% raw %}",
]


def render(source: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(source, extensions=EXTENSIONS), "html.parser")


def assert_inert(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(True):
        assert tag.name in {
            "p",
            "a",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "dl",
            "dt",
            "dd",
            "em",
            "strong",
            "abbr",
        }, f"markup from data: <{tag.name}>"
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on"), f"event handler from data: {name}"
            if name in ("href", "src"):
                assert value.startswith(("https://", "#", "page.md")), f"link from data: {value}"


def flat(text: str) -> str:
    """Text as a reader sees it: control characters and line breaks are spaces, runs of space one."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", " ", text).split())


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_lands_as_itself_in_a_paragraph(payload):
    soup = render("Before " + escape.text(payload) + " after")
    assert_inert(soup)
    assert flat(soup.get_text()) == flat("Before " + payload + " after")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_lands_as_itself_at_the_start_of_a_line(payload):
    soup = render(escape.text(payload))
    assert_inert(soup)
    assert flat(soup.get_text()) == flat(payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_lands_as_itself_in_a_table_cell_link_text_and_link_title(payload):
    cell = escape.text(payload)
    soup = render(f'| A | B |\n|---|---|\n| [{cell}](page.md "{cell}") | {cell} |')
    assert_inert(soup)
    cells = soup.find_all("td")
    assert len(cells) == 2
    assert flat(cells[1].get_text()) == flat(payload)
    assert flat(cells[0].a["title"]) == flat(payload) and flat(cells[0].a.get_text()) == flat(payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_lands_as_itself_in_a_raw_html_attribute(payload):
    soup = BeautifulSoup(f'<span title="{escape.text(payload)}">{escape.text(payload)}</span>', "html.parser")
    assert [tag.name for tag in soup.find_all(True)] == ["span"]
    assert flat(soup.span["title"]) == flat(payload)


@given(st.text(max_size=80))
def test_any_text_lands_as_itself(value):
    soup = render("Text: " + escape.text(value))
    assert_inert(soup)
    assert flat(soup.get_text()) == flat("Text: " + value)


@given(st.text(max_size=60))
def test_any_text_lands_as_itself_as_link_text_and_title_in_a_table(value):
    cell = escape.text(value)
    soup = render(f'| A |\n|---|\n| [{cell}](page.md "{cell}") |')
    assert_inert(soup)
    link = soup.find("td").a
    expected = flat(value)
    assert flat(link.get_text()) == expected and flat(link.get("title", "")) == expected


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_tooltip_stays_text_when_material_puts_it_into_the_page_as_html(payload):
    soup = render(f'[x](page.md "{escape.tooltip(payload)}")')
    assert_inert(soup)
    title = soup.a["title"]  # what the browser reads from the attribute
    shown = BeautifulSoup(title, "html.parser")  # what Material's tooltip does with it (innerHTML)
    assert not shown.find_all(True) and flat(shown.get_text()) == flat(payload)


def test_rich_text_keeps_emphasis_and_nothing_else():
    soup = render(
        escape.rich(
            'A <em>real</em> <strong onclick="x">claim</strong> <img src=x onerror=y> '
            "<script>alert(1)</script> [l](javascript:x) *md*"
        )
    )
    assert_inert(soup)
    assert soup.em.get_text() == "real" and soup.strong.get_text() == "claim" and not soup.strong.attrs
    assert "alert" not in soup.get_text() and "[l](javascript:x) *md*" in soup.get_text()


def test_words_of_rich_text_drop_the_tags():
    assert escape.words_of("An <em>emphasised</em> word &amp; more") == "An emphasised word & more"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/",
        "javascript:alert(1)",
        "data:text/html,x",
        "//example.org/",
        "https://exa mple.org/",
        "https://",
    ],
)
def test_only_https_addresses_become_links(url):
    with pytest.raises(escape.UnsafeLink):
        escape.href(url)


@pytest.mark.parametrize("url", ["https://example.org/x)[a](javascript:alert(1)", "https://example.org/<b>_x_*y*"])
def test_an_address_stays_one_link_inside_markdown(url):
    soup = render(f'See <a href="{escape.href(url)}">this</a> page')
    assert [a["href"] for a in soup.find_all("a")] == [url]


def test_an_https_address_is_escaped_for_its_attribute():
    assert html.unescape(escape.href('https://example.org/?a=1&b="2"')) == 'https://example.org/?a=1&b="2"'
    assert '"' not in escape.href('https://example.org/?b="2"')
    assert html.unescape(escape.href("https://example.org/a&b")) == "https://example.org/a&b"


@pytest.mark.parametrize("value", ["=1+1", "+1+cmd|x", "-x", "@SUM(A1)", "\t=1", "|cmd", "%0A"])
def test_a_csv_cell_never_starts_a_formula(value):
    assert escape.csv_cell(value).startswith("'")


@pytest.mark.parametrize("value", ["-5", "+3.5", "-1e3", "Meta", "2024-Q2"])
def test_numbers_and_plain_text_stay_as_they_are_in_csv(value):
    assert escape.csv_cell(value) == value


def test_csv_keeps_raw_numbers_without_conversion_noise():
    text = escape.csv_table(["what", "amount (billion_USD)", "low (billion_USD)"], [["capex", 15102e6 / 1e9, None]])
    assert text == "what,amount (billion_USD),low (billion_USD)\ncapex,15.102,\n"


# --- issue_text: the upkeep issue on GitHub ------------------------------------------------------
# GitHub finds these in the text a reader sees (after references are decoded): each would notify a
# person, cross-link another issue, or make a link the project did not choose.
GITHUB_TRIGGERS = re.compile(r"@[A-Za-z0-9]|#\d|://|\bwww\.|\bGH-\d", re.IGNORECASE)
ZERO_WIDTH_SPACE = "\u200b"
GITHUB_PAYLOADS = [
    "@octocat please look",
    "ping @Meta-Team and a@b.com",
    "fixes #1, org/repo#2 and GH-3",
    "see https://evil.example and www.evil.example",
    "http://x.example/a?b=1",
]


@pytest.mark.parametrize("payload", PAYLOADS + GITHUB_PAYLOADS)
def test_issue_text_lands_as_itself_with_no_mention_reference_or_autolink(payload):
    soup = render("Before " + escape.issue_text(payload) + " after")
    assert_inert(soup)
    shown = soup.get_text()
    assert not GITHUB_TRIGGERS.search(shown), f"GitHub would act on {shown!r}"
    assert flat(shown.replace(ZERO_WIDTH_SPACE, "")) == flat("Before " + payload + " after")


@given(st.text(max_size=80))
def test_any_issue_text_lands_as_itself_and_triggers_nothing(value):
    soup = render("Text: " + escape.issue_text(value))
    assert_inert(soup)
    assert not GITHUB_TRIGGERS.search(soup.get_text())
    assert flat(soup.get_text().replace(ZERO_WIDTH_SPACE, "")) == flat("Text: " + value.replace(ZERO_WIDTH_SPACE, ""))
