"""Charts and the notebook on the built site: present, accessible, downloadable (numbers as CSV, the chart as
SVG and PNG), and never stale."""

from __future__ import annotations

import csv
import gzip
import io
import re
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from macros.charts import CHARTS
from macros.charts.kit.render import DISPLAY_WIDTH_PX, PNG_SCALE
from tests.conftest import copy_project, run_build
from tests.site.html import pages, resolve, soup

NOTEBOOK_CHARTS = {"sensitivity_pue"}  # shown by the notebook, without the Markdown tabs


def chart_figures(site: Path) -> dict[str, tuple[Path, object]]:
    found = {}
    for page in pages(site):
        for figure in soup(page).select("figure.chart"):
            found[figure["id"].removeprefix("chart-")] = (page, figure)
    return found


def test_every_chart_is_on_a_page_with_title_description_and_csv(built_site):
    figures = chart_figures(built_site)
    assert sorted(figures) == sorted(CHARTS)
    for chart_id, (page, figure) in figures.items():
        svg = figure.select_one("svg.chart-svg")
        assert svg is not None and svg.get("role") == "img", chart_id
        assert svg.select_one("title").text and svg.select_one("desc").text, chart_id
        target = downloads(built_site, page, figure)["csv"]
        rows = list(csv.reader(io.StringIO(target.read_text())))
        assert len(rows) > 1, chart_id


def downloads(site: Path, page: Path, figure) -> dict[str, Path]:
    """The files a chart's caption offers, by kind (csv, svg, png), each checked to exist."""
    found = {}
    for link in figure.select("figcaption a[download]"):
        target, _ = resolve(site, page, link["href"])
        assert target.is_file(), f"{page}: {link['href']} does not resolve"
        found[target.suffix.removeprefix(".")] = target
    return found


def test_every_chart_offers_its_numbers_and_its_drawing_as_svg_and_png(built_site):
    for chart_id, (page, figure) in chart_figures(built_site).items():
        files = downloads(built_site, page, figure)
        assert {kind: path.name for kind, path in files.items()} == {
            kind: f"{chart_id}.{kind}" for kind in ("csv", "svg", "png")
        }, chart_id
        # The PNG's size is stated in its link, and is its size: twice the chart on a desktop page.
        png_link = figure.select_one('figcaption a[href$=".png"]').get_text()
        stated = re.fullmatch(r"PNG \((\d+) × (\d+) pixels\)", png_link)
        assert stated, png_link
        with Image.open(files["png"]) as picture:
            picture.load()  # decodes the whole file
            assert picture.format == "PNG" and picture.size == (int(stated[1]), int(stated[2])), chart_id
            assert picture.size[0] == PNG_SCALE * DISPLAY_WIDTH_PX
        # The SVG opens on its own: it parses, names SVG's namespace, and no theme variable is left unresolved.
        text = files["svg"].read_text(encoding="utf-8")
        svg = etree.fromstring(text.encode())
        assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("width") and svg.get("height"), chart_id
        assert "var(" not in text and "--chart" not in text, chart_id
        assert svg.find("{http://www.w3.org/2000/svg}title").text == figure.select_one("svg title").text


def test_every_chart_has_its_numbers_in_a_tab_beside_it(built_site):
    for chart_id, (page, figure) in chart_figures(built_site).items():
        if chart_id in NOTEBOOK_CHARTS:
            continue
        tabs = figure.find_parent(class_="tabbed-set")
        assert tabs is not None, chart_id
        labels = [label.get_text(strip=True) for label in tabs.select(".tabbed-labels label")]
        assert labels == ["Chart", "Numbers"], chart_id
        assert tabs.select("table tbody tr"), chart_id


def test_notebook_page_is_executed_light_and_shows_the_sensitivity_chart(built_site):
    page = built_site / "methodology/index.html"
    article = soup(page).select_one("article")
    assert article.select_one("svg.chart-svg") is not None
    assert not article.select("style, script")
    assert "Traceback" not in article.get_text()
    # Compressed, as served: about 30 KB with the site's own CSS inlined; JupyterLab's
    # stylesheet, were it back, would add some 70 KB more.
    assert len(gzip.compress(page.read_bytes())) < 50_000


@pytest.fixture(scope="module")
def changed_site(tmp_path_factory) -> Path:
    """The site built after one input changes: SemiAnalysis's host power per GPU, 575 W to 600 W."""
    project = copy_project(tmp_path_factory.mktemp("changed") / "project")
    path = project / "data/inputs/power.yaml"
    text = path.read_text()
    assert "  value: 575\n" in text
    path.write_text(text.replace("  value: 575\n", "  value: 600\n", 1))
    result = run_build(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_a_change_in_data_moves_the_prose_the_chart_the_csv_and_the_notebook(changed_site):
    # (700 + 600) W x 1.10 x 100,000 GPUs = 143 MW of IT power, instead of 140 MW.
    power = soup(changed_site / "power/index.html")
    figure_texts = [a.get_text() for a in power.select('a.fig[href$="#fig-cluster_it_power_mw"]')]
    assert "143 MW" in figure_texts
    breakdown = power.select_one("#chart-cluster_power_breakdown")
    assert "60.0" in breakdown.select_one("svg").get_text()
    assert "60" in (changed_site / "data/charts/cluster_power_breakdown.csv").read_text()
    notebook = soup(changed_site / "methodology/index.html").get_text()
    assert "= 143 MW" in notebook and "= 140 MW" not in notebook


def test_an_unknown_chart_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs/power.md"
    page.write_text(page.read_text() + '\n{{ chart("cluster_power_typo") }}\n')
    result = run_build(project, project / "site")
    assert result.returncode != 0
    assert "unknown chart 'cluster_power_typo'" in result.stdout + result.stderr
