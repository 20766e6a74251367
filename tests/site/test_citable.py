"""Numbers people can cite and reuse: the numbers file, permalinks, page citations, the feed, CITATION.cff."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from macros.model.releases import history, last_changed, load_releases
from macros.charts import chart_for
from macros.model import load_catalogue
from tests.site.html import ids, pages, resolve, soup

ROOT = Path(__file__).resolve().parents[2]
CFFCONVERT = ROOT / ".venv-cff/bin/cffconvert"


@pytest.fixture(scope="module")
def numbers(built_site) -> dict:
    return json.loads((built_site / "numbers.json").read_text(encoding="utf-8"))


def page_address(site: Path, page: Path) -> str:
    relative = page.relative_to(site).as_posix().removesuffix("index.html")
    return relative or "/"


def test_numbers_json_validates_against_its_published_schema(built_site, numbers):
    schema = json.loads((built_site / "numbers.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(numbers, schema, cls=jsonschema.Draft202012Validator)
    assert {f["id"] for f in numbers["figures"]} == set(load_catalogue().figures)


def test_every_figure_on_a_page_is_in_the_numbers_file_as_the_page_shows_it(built_site, numbers):
    by_id = {f["id"]: f for f in numbers["figures"]}
    checked = 0
    for page in pages(built_site):
        for link in soup(page).select("a.fig"):
            figure_id = link["href"].split("#fig-", 1)[1]
            record = by_id[figure_id]
            assert link.get_text() in record["shown_as"], (page, figure_id, link.get_text())
            assert page_address(built_site, page) in record["pages"], (page, figure_id)
            checked += 1
    assert checked > 300


def test_every_figure_a_chart_shows_lists_the_page_of_the_chart(built_site, numbers):
    # The one record of what pages show is written by the macros and the charts, not read back from
    # the figure links: a figure drawn only in a chart still names its page (the notebook's included).
    by_id = {f["id"]: f for f in numbers["figures"]}
    catalogue = load_catalogue()
    checked = 0
    for page in pages(built_site):
        for figure in soup(page).select("figure.chart[id^=chart-]"):
            chart_id = figure["id"].removeprefix("chart-")
            for figure_id in chart_for(catalogue, chart_id).figure_ids:
                assert page_address(built_site, page) in by_id[catalogue[figure_id].id]["pages"], (page, figure_id)
                checked += 1
    assert checked > 50
    assert "methodology/" in by_id["industry_pue_2023"]["pages"]


def test_every_permalink_resolves_to_its_figures_row(built_site, numbers):
    figures_page = built_site / "figures/index.html"
    anchors = ids(figures_page)
    for record in numbers["figures"]:
        assert record["permalink"].endswith(f"/figures/#fig-{record['id']}")
        assert f"fig-{record['id']}" in anchors


def test_each_figures_row_carries_a_citation_with_its_permalink(built_site, numbers):
    rows = {span["id"]: span.find_parent("tr") for span in soup(built_site / "figures/index.html").select("span[id^=fig-]")}
    for record in numbers["figures"][:40]:
        cite = rows[f"fig-{record['id']}"].select_one("details.cite-figure").get_text()
        assert record["permalink"] in cite and record["label"] in cite and record["text"] in cite


def test_numbers_csv_holds_the_same_figures(built_site, numbers):
    rows = list(csv.DictReader(io.StringIO((built_site / "numbers.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == [f["id"] for f in numbers["figures"]]
    assert all(r["permalink"] and r["sources"] for r in rows)


def test_every_page_has_a_citation_dated_by_its_figures_last_change(built_site, numbers):
    catalogue = load_catalogue()
    changes = history(load_releases(), catalogue)
    shown = {}
    for record in numbers["figures"]:
        for address in record["pages"]:
            shown.setdefault(address, set()).add(record["id"])
    for page in pages(built_site):
        block = soup(page).select_one("details.cite")
        assert block is not None and block.summary.get_text(strip=True) == "Cite this page", page
        text, bibtex = block.p.get_text(), block.pre.get_text()
        address = page_address(built_site, page)
        changed = last_changed(changes, shown.get(address, set())) or changes[0].date
        if address in shown:
            assert f"Figures last changed {changed.day} {changed:%B} {changed.year}" in text, (page, text)
            assert f"note = {{Figures last changed {changed.isoformat()}}}" in bibtex
        assert bibtex.startswith("@misc{llama4-by-the-numbers-") and "url = {http" in bibtex


def test_the_feed_is_published_and_linked_from_every_page(built_site):
    feed = ET.fromstring((built_site / "changes.xml").read_bytes())
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    for page in pages(built_site):
        link = soup(page).select_one('link[rel="alternate"][type="application/atom+xml"]')
        assert link is not None and resolve(built_site, page, link["href"])[0].exists()


def test_citation_cff_is_valid_and_dated_by_the_newest_release():
    if not CFFCONVERT.exists():
        pytest.fail("cffconvert is missing: run `make test`, which installs it in .venv-cff", pytrace=False)
    result = subprocess.run([str(CFFCONVERT), "--validate", "-i", str(ROOT / "CITATION.cff")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    newest = load_releases()[-1].date.isoformat()
    assert re.search(rf"^date-released: {newest}$", (ROOT / "CITATION.cff").read_text(), re.M)


def test_the_citation_text_is_escaped(built_site):
    raw = (built_site / "money/index.html").read_text(encoding="utf-8")
    block = raw[raw.index('<details class="cite"'):]
    assert "“Money.”" in html.unescape(block[:400])
