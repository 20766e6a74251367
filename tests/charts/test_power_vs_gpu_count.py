"""Facility power by GPU count: the cluster's power per GPU at each sourced count, and two reference lines."""

from __future__ import annotations

from macros.charts.kit.cluster_sizes import SOURCED_GPU_COUNTS
from macros.charts.power_vs_gpu_count import build
from macros.formatting import figure_text
from tests.charts.svg_reading import drawn_shapes, marks, texts


def test_each_sourced_count_is_a_point_and_each_reference_a_line(charts):
    chart = charts["power_vs_gpu_count"]
    drawn = marks(chart)
    assert sorted(drawn) == [(row, 0) for row in range(len(SOURCED_GPU_COUNTS) + 2)] and len(chart.rows) == 6
    shapes = [drawn_shapes(drawn[row, 0])[0].tag.rsplit("}")[1] for row in range(6)]
    assert shapes == ["use"] * 4 + ["path"] * 2


def test_axis_and_labels_show_the_sourced_counts_and_reference_values(charts, catalogue):
    printed = texts(charts["power_vs_gpu_count"])
    assert {"16,384", "24,576", "100,000", "350,000"} <= set(printed)
    assert f"El Capitan: {figure_text(catalogue['el_capitan_power_mw'])}" in printed
    assert f"SemiAnalysis: {figure_text(catalogue['h100k_cluster_power_mw'])}" in printed
    assert figure_text(catalogue["cluster_facility_power_mw"], part="bare") in printed


def test_a_changed_figure_in_the_data_shows_its_new_value(catalogue_with):
    changed = catalogue_with("inputs/power.yaml", "el_capitan_power_kw", value=35000)
    assert "El Capitan: 35.0 MW" in texts(build(changed))
