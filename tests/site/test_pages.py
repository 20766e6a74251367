"""Checks on the built HTML: every figure cited, nothing unrendered, every link and anchor real."""

from __future__ import annotations

import csv
import io
import re

import pytest

from macros.model import load_catalogue
from macros.published.drawing import IN_PROCESS_ENV
from tests.conftest import ROOT, run_build
from tests.site.html import article_text, ids, pages, resolve, soup

NAV_PAGES = ["index.html", "power/index.html", "sources/index.html", "figures/index.html", "conventions/index.html",
             "glossary/index.html", "methodology/index.html"]


def test_every_page_in_the_nav_is_built(built_site):
    for page in NAV_PAGES:
        assert (built_site / page).exists(), page


def test_no_macro_is_left_unrendered(built_site):
    for page in pages(built_site):
        text = article_text(page)
        assert "{{" not in text and "{%" not in text, page


def test_no_none_nan_or_traceback_reaches_a_reader(built_site):
    for page in pages(built_site):
        text = article_text(page)
        for word in ("None", "nan", "NaN", "inf", "Traceback", "Error"):
            assert not re.search(rf"\b{word}\b", text), f"{page.relative_to(built_site)}: '{word}'"


def test_every_figure_links_to_its_entry_with_a_tooltip(built_site):
    figure_ids = ids(built_site / "figures/index.html")
    seen = 0
    for page in pages(built_site):
        for link in soup(page).select("article a.fig"):
            seen += 1
            target, anchor = resolve(built_site, page, link["href"])
            assert target == built_site / "figures/index.html", link
            assert anchor in figure_ids, f"{page}: {link['href']}"
            assert link.get("title"), f"{page}: figure {link.text!r} has no tooltip"
    assert seen > 30


def test_power_page_renders_the_cluster_figures_from_data(built_site):
    catalogue = load_catalogue()
    page = built_site / "power/index.html"
    hrefs = {a["href"].split("#")[1] for a in soup(page).select("a.fig")}
    for figure in ("cluster_it_power_mw", "cluster_facility_power_mw", "cluster_vs_el_capitan_x",
                   "cluster_annual_energy_twh", "cluster_annual_energy_homes", "h100k_cluster_power_mw"):
        assert f"fig-{figure}" in hrefs, figure
        assert catalogue[figure].label


def test_every_internal_link_and_anchor_resolves(built_site):
    for page in pages(built_site):
        for link in soup(page).select("a[href]"):
            resolved = resolve(built_site, page, link["href"])
            if resolved is None:
                continue
            target, anchor = resolved
            assert target.exists(), f"{page.relative_to(built_site)} links to missing {link['href']}"
            if anchor and target.suffix == ".html":
                assert anchor in ids(target), f"{page.relative_to(built_site)}: no anchor {link['href']}"


# Each topic page sends its reader to the comparison with Meta's peers that belongs to it (issue 20).
CONTEXT_SECTION_OF_TOPIC = {
    "index.html": "",
    "money/index.html": "money",
    "power/index.html": "clusters",
    "compute/index.html": "compute",
    "open-weights/index.html": "open-weights",
}


@pytest.mark.parametrize("page, section", CONTEXT_SECTION_OF_TOPIC.items())
def test_each_topic_page_links_to_its_section_of_the_bet_in_context(built_site, page, section):
    context = (built_site / "context/index.html").resolve()
    targets = set()
    for link in soup(built_site / page).select("article a[href]"):
        found = resolve(built_site, (built_site / page).resolve(), link["href"])
        if found and found[0] == context:
            targets.add(found[1])
    assert section in targets, f"{page} links to context/ at {sorted(targets) or 'nothing'}, not #{section}"
    assert not section or section in ids(context), f"context/ has no section #{section}"


def test_every_source_is_listed_with_its_address(built_site):
    # The original's address where one is known, and the copy that was read where the text was checked in one.
    catalogue = load_catalogue()
    sources_page = soup(built_site / "sources/index.html")
    for source_id, source in catalogue.data.sources.items():
        entry = sources_page.select_one(f"#src-{source_id}")
        assert entry is not None, source_id
        # The original's address where a stored text gives one, then the copy's; a source whose copy has
        # no stored address either says so.
        hrefs = [a["href"] for a in entry.select("a[href^='https://']")]
        expected = [str(a) for a in (source.url, source.read_in and source.read_in.url) if a]
        assert hrefs[: len(expected)] == expected, source_id
        if not expected:
            assert "no stored index gives the copy's address" in entry.get_text(), source_id


@pytest.mark.parametrize("name", ["figures", "inputs", "sources", "claims"])
def test_csv_downloads_are_built_and_complete(built_site, name):
    rows = list(csv.DictReader(io.StringIO((built_site / f"data/{name}.csv").read_text())))
    data = load_catalogue().data
    expected = {"figures": len(load_catalogue().figures), "inputs": len(data.inputs),
                "sources": len(data.sources), "claims": len(data.claims)}[name]
    assert len(rows) == expected


def test_glossary_terms_are_hover_definitions_on_pages(built_site):
    abbrs = soup(built_site / "power/index.html").select("article abbr[title]")
    assert any(a.text == "PUE" for a in abbrs)


def test_pages_load_nothing_from_other_hosts(built_site):
    for page in pages(built_site):
        for tag in soup(page).select("script[src], link[href], img[src], iframe[src]"):
            url = (tag["src"] if tag.has_attr("src") else tag["href"]) or ""
            if tag.name == "link" and tag.get("rel") in (["canonical"], ["alternate"]):
                continue
            assert not re.match(r"^(https?:)?//", url), f"{page.relative_to(built_site)} loads {url}"


def test_every_page_has_a_description(built_site):
    for page in pages(built_site):
        meta = soup(page).select_one('meta[name="description"]')
        assert meta is not None and len(meta["content"]) > 40, page.relative_to(built_site)


def test_every_page_inlines_its_stylesheets(built_site):
    # A linked stylesheet is one more round trip before a phone paints anything.
    for page in pages(built_site):
        linked = [link["href"] for link in soup(page).select('link[rel="stylesheet"]')]
        assert not linked, f"{page.relative_to(built_site)} links stylesheets instead of inlining them: {linked}"


# Custom properties a page reads without declaring them in CSS: Material's script sets these on
# elements as the reader scrolls and hovers, and the font ones fall back by design (font: false).
SET_BY_THE_THEME = {"md-code-font", "md-text-font", "md-indicator-width", "md-indicator-x"}
SET_BY_THE_THEME |= {"md-tooltip-0", "md-tooltip-host-x", "md-tooltip-host-y", "md-tooltip-x", "md-tooltip-y"}


def test_every_custom_property_a_page_reads_is_still_declared_after_purging(built_site):
    # Purging drops custom properties per page; one dropped while something still reads it
    # silently uncolours a theme (dark mode reads --md-hue across two of Material's stylesheets).
    for page in pages(built_site):
        html = page.read_text(encoding="utf-8")
        declared = set(re.findall(r"--([\w-]+)\s*:", html))
        read = set(re.findall(r"var\(\s*--([\w-]+)", html))
        missing = read - declared - SET_BY_THE_THEME
        assert not missing, f"{page.relative_to(built_site)} reads undeclared custom properties: {sorted(missing)}"


def test_no_page_runs_a_script_file_before_the_reader_interacts(built_site):
    # Material's script runs on the first interaction (overrides/partials/scripts-on-interaction.html);
    # a script tag that loads at once brings back its cost to the first paint.
    for page in pages(built_site):
        loading = [tag["src"] for tag in soup(page).select("script[src]")]
        assert not loading, f"{page.relative_to(built_site)} loads scripts at once: {loading}"
        waiting = soup(page).select('script[type="text/x-on-interaction"][data-src]')
        assert any("bundle" in tag["data-src"] for tag in waiting), f"{page.relative_to(built_site)} lost Material's script"


def test_two_builds_of_the_same_sources_are_byte_identical_wherever_their_pngs_are_drawn(built_site, tmp_path):
    # A reviewer diffing two builds should see only what the sources changed: no dates,
    # random ids (the notebook's cells) or set ordering leaking into the pages. The second build
    # draws its PNGs in its own process instead of the child beside the pages: the same files.
    again = tmp_path / "site"
    result = run_build(ROOT, again, env={IN_PROCESS_ENV: "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    first = {p.relative_to(built_site): p.read_bytes() for p in built_site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    differing = sorted(str(path) for path in first if first[path] != second[path])
    assert not differing, f"files that differ between two builds: {differing}"
