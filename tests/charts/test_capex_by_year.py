"""Meta's capex by year: a bar per year in the data, then 2024 with leases and its guidance range."""

from __future__ import annotations

import csv
import dataclasses

import pytest

from macros.charts import EmptyChart, build_chart
from macros.charts.capex_by_year import build
from macros.formatting import figure_text
from macros.model import Catalogue
from macros.model.loader import load_dataset
from tests.charts.svg_reading import marks, texts

YEARS = ["2019", "2020", "2021", "2022", "2023", "2024"]


def test_each_year_and_both_2024_figures_are_a_bar(charts):
    chart = charts["capex_by_year"]
    assert sorted(marks(chart)) == [(row, 0) for row in range(len(YEARS) + 2)] and len(chart.rows) == 8
    assert set(YEARS) <= set(texts(chart))


def test_bars_are_labelled_with_current_values_in_billions(charts, catalogue):
    printed = texts(charts["capex_by_year"])
    assert {"15.1", "31.2", "37.3", "39.23"} <= set(printed)
    guidance = catalogue["capex_2024_guidance_oct_busd"]
    assert f"{guidance.label}: {figure_text(guidance, part='range')}" in printed


def test_the_table_spells_amounts_as_the_prose_does(charts, catalogue):
    rows = charts["capex_by_year"].rows
    assert rows[0] == ["2019", catalogue["capex_ppe_2019_musd"].label, "$15.1 billion"]
    assert rows[-1][2] == figure_text(catalogue["capex_2024_guidance_oct_busd"])


def test_a_year_added_to_the_data_adds_a_bar(data_copy):
    path = data_copy / "inputs/capex_by_year.csv"
    with path.open(newline="") as file:
        entries = list(csv.DictReader(file))
    new_year = {
        **entries[-1],
        "id": "capex_ppe_2025_musd",
        "label": "Purchases of property and equipment, 2025",
        "value": "64000",
        "as_of": "2025",
    }
    with path.open("w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(entries[0]))
        writer.writeheader()
        writer.writerows([*entries, new_year])
    chart = build(Catalogue(load_dataset(data_copy)))
    assert len(marks(chart)) == len(YEARS) + 3 and "2025" in texts(chart) and "64.0" in texts(chart)


def test_a_changed_figure_in_the_data_shows_its_new_value(catalogue_with):
    changed = catalogue_with("inputs/money.yaml", "capex_2024_actual_busd", value=41.5)
    assert "41.5" in texts(build(changed))


def test_a_catalogue_without_yearly_capex_cannot_draw_the_chart():
    data = load_dataset()
    without_years = {k: v for k, v in data.inputs.items() if not k.startswith("capex_ppe_")}
    # Without derivations or claims, which would need the removed years.
    catalogue = Catalogue(dataclasses.replace(data, inputs=without_years, claims={}), derivations=())
    with pytest.raises(ValueError, match="chart 'capex_by_year' would be empty") as caught:
        build_chart("capex_by_year", catalogue)
    assert isinstance(caught.value, EmptyChart)
