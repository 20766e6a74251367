"""Facility power across the PUE range, with Meta's newest buildings and the industry average marked."""

from __future__ import annotations

import csv
import io

import pytest

from macros.charts import EmptyChart
from macros.charts.sensitivity_pue import build
from macros.formatting import figure_text
from macros.model import build_catalogue
from macros.model.loader import load_dataset
from tests.charts.svg_reading import marks, reading
from tests.model.test_loader import edit_entry


def test_the_line_ends_are_the_catalogues_facility_power_range(charts, catalogue):
    _, *lines = csv.reader(io.StringIO(charts["sensitivity_pue"].csv))
    facility = catalogue["cluster_facility_power_mw"]
    assert [float(lines[0][2]), float(lines[-1][2])] == pytest.approx([facility.low, facility.high])


def test_the_range_ends_and_both_references_are_points(charts):
    chart = charts["sensitivity_pue"]
    assert sorted(marks(chart)) == [(row, 0) for row in range(4)] and len(chart.rows) == 4


def test_references_are_labelled_with_their_current_pue_and_power(charts, catalogue):
    printed = reading(charts["sensitivity_pue"])
    facility = catalogue["cluster_facility_power_mw"]
    meta = figure_text(catalogue["meta_pue_2021_buildings"])
    industry = figure_text(catalogue["industry_pue_2023"])
    assert f"Meta's newest buildings: PUE {meta}, {figure_text(facility, part='bare')}" in printed
    assert f"Industry average: PUE {industry}, {figure_text(facility, part='high')}" in printed


def test_a_changed_figure_in_the_data_shows_its_new_value(catalogue_with):
    changed = catalogue_with("inputs/power.yaml", "industry_pue_2023", value=1.7)
    facility = changed["cluster_facility_power_mw"]
    assert f"Industry average: PUE 1.7, {figure_text(facility, part='high')}" in reading(build(changed))


def test_a_pue_without_a_range_leaves_nothing_to_move_across(data_copy):
    for entry_id in ("meta_pue_2023_fleet", "industry_pue_2023"):
        edit_entry(data_copy / "inputs/power.yaml", entry_id, value=1.09)
    with pytest.raises(EmptyChart, match="cluster_pue has no range"):
        build(build_catalogue(load_dataset(data_copy)))
