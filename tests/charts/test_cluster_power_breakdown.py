"""Where a 100,000-H100 cluster's power goes: four stacked parts beside El Capitan."""

from __future__ import annotations

from macros.charts.cluster_power_breakdown import PARTS, build
from macros.formatting import figure_text
from tests.charts.svg_reading import drawn_shapes, marks, reading, texts


def test_four_stacked_parts_and_el_capitan_are_five_bars(charts):
    chart = charts["cluster_power_breakdown"]
    drawn = marks(chart)
    assert sorted(drawn) == [(row, 0) for row in range(len(PARTS) + 1)] and len(chart.rows) == len(PARTS) + 1
    assert all(len(drawn_shapes(bar)) == 1 and drawn_shapes(bar)[0].tag.endswith("path") for bar in drawn.values())


def test_each_part_is_labelled_with_its_current_power(charts, catalogue):
    printed = texts(charts["cluster_power_breakdown"])
    read = reading(charts["cluster_power_breakdown"])
    for figure_id in PARTS:
        figure = catalogue[figure_id]
        assert f"{figure.label}: {figure_text(figure)}" in read  # a legend entry may take two lines
    assert f"El Capitan: {figure_text(catalogue['el_capitan_power_mw'])}" in printed
    assert f"Total {figure_text(catalogue['cluster_facility_power_mw'])}" in printed


def test_the_parts_are_the_catalogues_and_add_up_to_its_total(charts, catalogue):
    chart = charts["cluster_power_breakdown"]
    assert [row[2] for row in chart.rows[: len(PARTS)]] == [figure_text(catalogue[p]) for p in PARTS]
    assert figure_text(catalogue["cluster_facility_power_mw"]) in chart.description


def test_a_changed_figure_in_the_data_shows_its_new_value(catalogue_with):
    changed = catalogue_with("inputs/power.yaml", "h100_tdp_w", value=1000)
    chart = build(changed)
    assert "Power of the GPUs alone: 100 MW" in reading(chart)
    assert f"Total {figure_text(changed['cluster_facility_power_mw'])}" in texts(chart)
