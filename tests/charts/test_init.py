"""What every chart promises: found by id, accessible, themed, inlinable, credited, small and reproducible."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import subprocess
import sys
from collections import Counter

import pytest

from macros.charts import CHARTS, Chart, UnknownChart, build_chart, source_line
from macros.charts.theme import CSS_VARIABLES
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
    print(chart_id, hashlib.sha256(build_chart(chart_id, catalogue).svg.encode()).hexdigest())
print("pyplot loaded:", "matplotlib.pyplot" in sys.modules)
"""
)


def digest(chart: Chart) -> str:
    return hashlib.sha256(chart.svg.encode()).hexdigest()


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
    assert isinstance(caught.value, UnknownChart)
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
    assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", svg.get("viewBox"))


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
def test_the_source_line_inside_the_svg_names_the_publishers(charts, catalogue, chart_id):
    chart = charts[chart_id]
    assert chart.sources and all(s in catalogue.data.sources for s in chart.sources)
    printed = " ".join(" ".join(texts(chart)).split())
    assert printed.endswith(source_line(catalogue, chart.sources))
    for source_id in chart.sources:
        assert catalogue.data.sources[source_id].publisher in printed


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
    assert any(re.search(r"\((MW|FLOP|day|million_USD|billion_USD|percent)\)", column) for column in header)


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
