"""What every chart promises: found by id, accessible, themed, inlinable, readable on a phone, credited,
downloadable, small and reproducible."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import subprocess
import sys
from collections import Counter

import pytest
from lxml import etree
from PIL import Image

from macros.charts import CHARTS, Chart, build_chart, source_line
from macros.charts.kit.render import DISPLAY_WIDTH_PX, PNG_SCALE, TEXT_SIZE, WIDTH_PT
from macros.charts.kit.theme import CSS_VARIABLES
from macros.model.errors import UnknownId
from tests.charts.svg_reading import SVG, ids, marks, root, texts
from tests.model.test_independence import BLOCK_MKDOCS

EXPECTED_CHARTS = {
    "compute_by_generation",
    "cluster_power_breakdown",
    "power_vs_gpu_count",
    "capex_by_year",
    "q2_results",
    "training_time_vs_cluster",
    "sensitivity_pue",
    "cluster_power_scale",
    "quarterly_results",
    "peer_capex",
    "peer_data_centres",
    "frontier_compute",
    "open_weights_race",
}
# A chart of nine quarters by three lines draws 27 bars; the page budget (bench) is what binds.
MAX_BYTES = 20_000
each_chart = pytest.mark.parametrize("chart_id", sorted(EXPECTED_CHARTS))

BUILD_IN_A_FRESH_PROCESS = (
    BLOCK_MKDOCS
    + """
import hashlib
from macros.charts import CHARTS, build_chart
for chart_id in CHARTS:
    chart = build_chart(chart_id, catalogue)
    print(chart_id, hashlib.sha256(chart.svg.encode() + chart.svg_file.encode() + chart.png).hexdigest())
print("pyplot loaded:", "matplotlib.pyplot" in sys.modules)
"""
)


def digest(chart: Chart) -> str:
    """Of all three drawings: the inline SVG, the SVG download and the PNG."""
    return hashlib.sha256(chart.svg.encode() + chart.svg_file.encode() + chart.png).hexdigest()


def standalone(chart: Chart) -> etree._Element:
    return etree.fromstring(chart.svg_file.encode())


def printed_in(svg: etree._Element, group: str) -> str:
    """The text of the group whose id ends with ``group``, lines joined."""
    found = next(g for g in svg.iter(f"{SVG}g") if (g.get("id") or "").endswith(group))
    return " ".join(" ".join(t.text for t in found.iter(f"{SVG}text") if t.text).split())


@pytest.fixture(scope="module")
def fresh_process():
    """The charts built by another Python process (another hash seed), with MkDocs blocked."""
    return subprocess.run([sys.executable, "-c", BUILD_IN_A_FRESH_PROCESS], capture_output=True, text=True, timeout=120)


def test_the_registry_holds_every_chart_by_id(charts):
    assert set(CHARTS) == EXPECTED_CHARTS
    assert all(chart.id == chart_id for chart_id, chart in charts.items())


def test_an_unknown_chart_id_is_named_in_the_error(catalogue):
    with pytest.raises(KeyError) as caught:
        build_chart("capex_per_year", catalogue)
    assert isinstance(caught.value, UnknownId)
    assert "unknown chart 'capex_per_year'" in str(caught.value) and "capex_by_year" in str(caught.value)


@each_chart
def test_the_root_is_an_image_labelled_by_its_title_and_description(charts, chart_id):
    chart = charts[chart_id]
    svg = root(chart)
    assert svg.get("role") == "img" and svg.get("class") == "chart-svg"
    first, second = svg[0], svg[1]
    assert (first.tag, second.tag) == (f"{SVG}title", f"{SVG}desc")
    assert svg.get("aria-labelledby").split() == [first.get("id"), second.get("id")]
    assert first.text == chart.title and second.text == chart.description
    assert chart.title and len(chart.description) > 80


@each_chart
def test_the_svg_can_be_inlined_and_scales(charts, chart_id):
    svg_text = charts[chart_id].svg
    svg = root(charts[chart_id])
    assert svg_text.startswith("<svg ") and "<?xml" not in svg_text and "<!DOCTYPE" not in svg_text
    assert "width" not in svg.attrib and "height" not in svg.attrib
    assert re.fullmatch(rf"0 [\d.]+ {WIDTH_PT} [\d.]+", svg.get("viewBox"))


@each_chart
def test_every_text_is_drawn_large_enough_for_a_phone(charts, chart_id):
    # TEXT_SIZE of the viewBox's WIDTH_PT: 12.4 CSS px in the 358 px column of a 390 px phone. The browser
    # tests measure it as rendered (tests/browser/test_charts.py).
    sizes = [
        float(re.search(r"font-size: ([\d.]+)px", t.get("style"))[1]) for t in root(charts[chart_id]).iter(f"{SVG}text")
    ]
    assert sizes and min(sizes) >= TEXT_SIZE


@each_chart
def test_text_stays_text_and_nothing_is_embedded(charts, chart_id):
    svg_text = charts[chart_id].svg
    assert texts(charts[chart_id])
    for embedded in ("<image", "@font-face", "<font", "base64", "DejaVu"):
        assert embedded not in svg_text
    assert len(svg_text.encode()) < MAX_BYTES


@each_chart
def test_every_colour_is_a_theme_variable(charts, chart_id):
    values = " ".join(
        value
        for element in root(charts[chart_id]).iter()
        for name, value in element.items()
        if name not in ("id", "href")
    )
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b|rgb\(", values)
    used = set(re.findall(r"var\((--[\w-]+)\)", values))
    assert {"--chart-fg", "--chart-1"} <= used <= set(CSS_VARIABLES.values())


@each_chart
def test_the_download_prints_and_describes_its_sources_the_page_leaves_them_to_the_caption(charts, catalogue, chart_id):
    chart = charts[chart_id]
    assert chart.sources and all(s in catalogue.data.sources for s in chart.sources)
    line = source_line(catalogue, chart.sources)
    svg = standalone(chart)
    assert printed_in(svg, "download-title") == " ".join(chart.title.split())
    assert printed_in(svg, "download-source") == line
    assert svg.find(f"{SVG}desc").text == f"{chart.description} {line}"
    for source_id in chart.sources:
        assert catalogue.data.sources[source_id].publisher in line
    # On the page the figure's caption credits the sources (tests/site/test_charts_on_pages.py).
    assert line not in " ".join(" ".join(texts(chart)).split())


@each_chart
def test_the_svg_download_stands_alone_in_the_light_theme(charts, chart_id):
    chart = charts[chart_id]
    svg = standalone(chart)
    assert chart.svg_file.startswith("<?xml ") and svg.tag == f"{SVG}svg"
    assert svg.get("width") == f"{WIDTH_PT}pt" and svg.get("role") == "img"
    assert [svg[0].tag, svg[1].tag] == [f"{SVG}title", f"{SVG}desc"] and svg[0].text == chart.title
    assert "var(" not in chart.svg_file and "--chart" not in chart.svg_file
    colours = set(re.findall(r"#[0-9a-fA-F]{6}\b", chart.svg_file))
    assert colours and colours <= set(CSS_VARIABLES)
    references = {a or b for a, b in re.findall(r'href="#([^"]+)"|url\(#([^)]+)\)', chart.svg_file)}
    assert references <= {e.get("id") for e in svg.iter() if e.get("id")}


@each_chart
def test_the_png_download_is_twice_the_size_a_desktop_page_shows(charts, chart_id):
    chart = charts[chart_id]
    picture = Image.open(io.BytesIO(chart.png))
    assert picture.format == "PNG" and picture.size == chart.png_size
    width, height = picture.size
    svg_width, svg_height = (
        float(v.removesuffix("pt")) for v in (standalone(chart).get(k) for k in ("width", "height"))
    )
    assert width == PNG_SCALE * DISPLAY_WIDTH_PX and height == round(svg_height * width / svg_width)


@each_chart
def test_every_row_is_drawn_and_every_mark_belongs_to_a_row(charts, chart_id):
    chart = charts[chart_id]
    assert chart.rows and all(len(row) == len(chart.header) for row in chart.rows)
    assert {row for row, _ in marks(chart)} == set(range(len(chart.rows)))


@each_chart
def test_the_csv_has_a_line_per_row_with_units_in_its_header(charts, chart_id):
    chart = charts[chart_id]
    header, *lines = list(csv.reader(io.StringIO(chart.csv)))
    assert len(lines) == len(chart.rows)
    assert any(re.search(r"\((MW|FLOP|day|million_USD|billion_USD|percent|Elo)\)", column) for column in header)


def test_ids_are_unique_across_all_charts_and_every_reference_resolves(charts):
    every_id = [i for chart in charts.values() for i in ids(chart)]
    assert [i for i, n in Counter(every_id).items() if n > 1] == []
    for chart in charts.values():
        references = re.findall(r'href="#([^"]+)"|url\(#([^)]+)\)', chart.svg)
        assert {a or b for a, b in references} <= set(ids(chart))
        assert all(i.startswith(f"{chart.id}-") for i in ids(chart))


def test_two_builds_give_the_same_bytes(charts, catalogue):
    again = {chart_id: build_chart(chart_id, catalogue) for chart_id in CHARTS}
    assert {k: digest(c) for k, c in again.items()} == {k: digest(c) for k, c in charts.items()}


def test_another_process_builds_the_same_bytes(fresh_process, charts):
    assert fresh_process.returncode == 0, fresh_process.stderr
    lines = dict(line.split(" ", 1) for line in fresh_process.stdout.splitlines()[1:] if line.split(" ")[0] in CHARTS)
    assert lines == {chart_id: digest(chart) for chart_id, chart in charts.items()}


def test_charts_build_without_mkdocs_or_pyplot(fresh_process):
    # The blocker makes any MkDocs import fail; pyplot would switch the notebook's backend.
    assert fresh_process.returncode == 0, fresh_process.stderr
    assert "pyplot loaded: False" in fresh_process.stdout
