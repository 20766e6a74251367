"""Markup and script planted in data/ are published as inert text: in pages, tooltips, charts, the notebook
and the CSV downloads (issue 10). Parsed, not grepped: a browser's view of the HTML is what matters."""

from __future__ import annotations

import csv
import html
import io
import re

from bs4 import BeautifulSoup

from macros.escape import FORMULA_START, words_of
from macros.finishing.page_html import inline_script_hashes
from tests.hostile import BREAKOUT_URL, FORMULA_LABEL, TARGETS
from tests.site.html import pages, soup

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset")
RICH_FIELDS = {"note", "meaning"}
DATA_BLOCK_TYPES = {"application/json", "text/x-on-interaction"}


def page_text(page) -> str:
    return " ".join(soup(page).get_text(" ").split())


def attribute_text(page) -> str:
    """Attribute values as a reader meets them: a title as Material's tooltip shows it."""
    return " ".join(html.unescape(" ".join(str(v) for v in tag.attrs.values())) for tag in soup(page).find_all(True))


def test_no_element_or_attribute_from_data_can_run_script(hostile_site):
    for page in pages(hostile_site):
        name = page.relative_to(hostile_site)
        html = page.read_text(encoding="utf-8")
        policy = soup(page).select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        allowed = set(inline_script_hashes(html))
        assert allowed and all(h in policy for h in allowed), name
        for tag in soup(page).find_all(True):
            handlers = [a for a in tag.attrs if a.lower().startswith("on")]
            assert not handlers, f"{name}: <{tag.name}> has event handlers {handlers}"
            for attribute in URL_ATTRIBUTES:
                value = "".join(str(tag.get(attribute, "")).split()).lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), f"{name}: {attribute}={value}"
            assert tag.name not in {"img", "iframe", "object", "embed", "base"}, f"{name}: <{tag.name}>"
            # The site's own <details> are citations, the changelog's additions and the embed snippets;
            # a planted one has no class.
            assert tag.name != "details" or tag.get("class") in (["cite"], ["cite-figure"], ["added"], ["embed"]), name
        for script in soup(page).find_all("script"):
            if script.get("type") in DATA_BLOCK_TYPES:
                assert not script.string or script.get("type") == "application/json", name
                continue
            assert not script.get("src"), f"{name}: a script file loads at once: {script.get('src')}"
            assert "alert(" not in (script.string or ""), f"{name}: planted script in a <script>"


def test_every_planted_value_is_shown_as_the_text_it_is(hostile_site, hostile_project):
    _, placed = hostile_project
    texts = {page: page_text(page) for page in pages(hostile_site)}
    attributes = {page: attribute_text(page) for page in pages(hostile_site)}
    downloads = "\n".join(p.read_text() for p in (hostile_site / "data").rglob("*.csv"))
    for (file, entry, field), value in placed.items():
        # Fields that may carry emphasis pass nh3, which drops other tags (keeping their words).
        shown = " ".join((words_of(value) if field in RICH_FIELDS else value).split())
        where = [p for p in texts if shown in texts[p] or shown in attributes[p]]
        in_csv = value in downloads or ("'" + value) in downloads
        assert where or in_csv, f"data/{file} {entry}.{field} is not shown anywhere as text: {value!r}"


def test_planted_values_reach_tooltips_charts_and_the_notebook_as_text(hostile_site):
    power = soup(hostile_site / "power/index.html")
    # A title is shown by Material as HTML (a tooltip built with innerHTML): it must read as the text.
    tips = [BeautifulSoup(a["title"], "html.parser") for a in power.select("a.fig[title]")]
    assert any("Hostile 0: <img src=x onerror=alert(1)>" in tip.get_text() for tip in tips)
    assert not any(tip.find_all(True) for tip in tips)
    money = page_text(hostile_site / "money/index.html") + attribute_text(hostile_site / "money/index.html")
    assert "Hostile 6: =HYPERLINK(" in money  # a capex label from the CSV input, in its figure's tooltip
    notebook = page_text(hostile_site / "methodology/index.html")
    assert "Hostile 3: [go](javascript:alert(4))" in notebook  # printed by the notebook
    assert "Hostile 3: [go](javascript:alert(4))" in notebook
    glossary = soup(hostile_site / "glossary/index.html")
    meaning = f"Hostile {TARGETS.index(('glossary.yaml', 'FLOP', 'meaning'))}:"
    assert any(meaning in abbr.get("title", "") for abbr in glossary.find_all("abbr")) or \
        meaning in page_text(hostile_site / "glossary/index.html")


def test_a_source_address_with_quotes_and_parentheses_stays_one_https_link(hostile_site):
    sources = soup(hostile_site / "sources/index.html")
    links = [a["href"] for a in sources.select(".src-entry a[href]") if "example.org" in a["href"]]
    assert links == [BREAKOUT_URL, BREAKOUT_URL + "/copy"]  # the original's address, then the copy's


def test_no_csv_cell_starts_a_spreadsheet_formula(hostile_site):
    for path in (hostile_site / "data").rglob("*.csv"):
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))):
            for cell in row:
                if cell.startswith(FORMULA_START):
                    assert re.fullmatch(r"[-+]?[\d.]+(e[-+]?\d+)?", cell), f"{path.name}: formula cell {cell!r}"


def test_planted_formulas_land_in_the_csv_defused(hostile_site):
    inputs = (hostile_site / "data/inputs.csv").read_text(encoding="utf-8")
    assert "Hostile 6: =HYPERLINK(" in inputs  # mid-cell is harmless; the cell starts with "Hostile"
    for download in ("data/charts/capex_by_year.csv", "data/inputs.csv", "data/figures.csv"):
        rows = list(csv.reader(io.StringIO((hostile_site / download).read_text(encoding="utf-8"))))
        assert ["'" + FORMULA_LABEL] in [[cell] for row in rows for cell in row], download
