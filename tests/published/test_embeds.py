"""Each chart's embeddable page: a whole HTML document with the chart, its title, its sources linked,
its newest input's date and its home page; no script, a policy that allows only its own stylesheet,
links that stay on the site, and text from data/ escaped."""

from __future__ import annotations

import dataclasses
import re

import pytest
from bs4 import BeautifulSoup

from macros.addresses import embed_page
from macros.charts import CHARTS, chart_for
from macros.model import build_catalogue, load_catalogue
from macros.model.dates import period_label
from macros.model.freshness import newest_as_of
from macros.model.loader import load_dataset
from macros.published.chart_homes import ChartHome
from macros.published.embeds import CONTENT_SECURITY_POLICY, STYLE, embed_document, embed_pages, style_hash
from tests.hostile import PAYLOADS
from tests.model.test_loader import edit_entry

SITE = "Llama 4, by the numbers"
HOME = ChartHome("power.md", "Power and energy")


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def pages(catalogue):
    homes = {chart_id: HOME for chart_id in CHARTS}
    return {path: BeautifulSoup(html, "html.parser") for path, html in embed_pages(catalogue, homes, SITE).items()}


def test_every_chart_has_an_embed_page(pages):
    assert sorted(pages) == sorted(embed_page(chart_id) for chart_id in CHARTS)


def test_a_page_holds_the_chart_its_title_sources_date_and_home(catalogue, pages):
    chart = chart_for(catalogue, "q2_results")
    page = pages[embed_page("q2_results")]
    assert page.html["lang"] == "en"
    assert page.title.get_text() == f"{chart.title} | {SITE}"
    assert page.h1.get_text() == chart.title
    assert page.select_one("figure > svg.chart-svg[role=img]") is not None
    sources = [a["href"] for a in page.select("figcaption a[href*='sources/']")]
    assert sources == [f"../../sources/#src-{source}" for source in chart.sources]
    newest = period_label(newest_as_of(catalogue, chart.figure_ids))
    assert f"Figures as of {newest} at the latest." in page.get_text()
    home = page.select("figcaption a")[-1]
    assert (home["href"], home.get_text()) == ("../../power/", "Power and energy")
    assert page.select_one("a[href='../../data/charts/q2_results.csv']") is not None


def test_no_page_has_a_script_or_anything_that_loads(pages):
    for path, page in pages.items():
        assert not page.find_all(["script", "iframe", "img", "object", "embed", "link", "base", "form"]), path
        handlers = [a for tag in page.find_all(True) for a in tag.attrs if a.lower().startswith("on")]
        assert not handlers, path


def test_the_policy_allows_the_pages_one_stylesheet_by_its_hash(pages):
    for path, page in pages.items():
        policy = page.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        (style,) = page.find_all("style")
        assert style.string == STYLE and style_hash(style.string) in policy, path
        assert policy == CONTENT_SECURITY_POLICY and "default-src 'none'" in policy
        assert "script-src" not in policy  # default-src 'none' forbids every script
        # The policy comes before the stylesheet it governs.
        assert page.head.find_all("meta")[1] is page.select_one('meta[http-equiv="Content-Security-Policy"]')


def test_links_stay_on_the_site_and_leave_the_frame(pages):
    for path, page in pages.items():
        for link in page.find_all("a"):
            assert link["href"].startswith("../../") and ":" not in link["href"], (path, link["href"])
            assert link["target"] == "_blank" and link["rel"] == ["noopener"], (path, link)


def test_a_page_follows_the_system_theme_with_the_sites_dark_colours():
    assert re.search(r"@media \(prefers-color-scheme:dark\)\{:root\{[^}]*--chart-1:#8c9eff", STYLE)
    assert "color-scheme:light dark" in STYLE


def test_hostile_publisher_and_title_are_shown_as_text(data_copy):
    # A publisher is at most 120 characters: two of the payloads; the title (from code) takes them all.
    publisher, payload = f"{PAYLOADS[0]} {PAYLOADS[5]}", " ".join(PAYLOADS)
    edit_entry(data_copy / "sources.yaml", "meta-q2-2024-results", publisher=publisher)
    catalogue = build_catalogue(load_dataset(data_copy))
    chart = dataclasses.replace(chart_for(catalogue, "q2_results"), title=payload)
    html = embed_document(catalogue, chart, ChartHome("money.md", payload), SITE)
    page = BeautifulSoup(html, "html.parser")
    assert [tag.name for tag in page.find_all(["script", "img", "details", "iframe", "a"])] == ["a", "a", "a"]
    assert not [a for tag in page.find_all(True) for a in tag.attrs if a.lower().startswith("on")]
    assert page.h1.get_text() == payload and page.title.get_text() == f"{payload} | {SITE}"
    links = page.select("figcaption a")
    assert links[0].get_text() == publisher and links[-1].get_text() == payload
    assert all(a["href"].startswith("../../") for a in page.find_all("a"))
