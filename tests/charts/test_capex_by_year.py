"""Meta's capex by year on its own definition, then the next year's guidance with each revision."""

from __future__ import annotations

import dataclasses

import pytest

from macros.charts import EmptyChart, build_chart
from macros.charts.capex_by_year import build
from macros.formatting import figure_text
from macros.model import build_catalogue
from macros.model.loader import load_dataset
from tests.charts.svg_reading import marks, texts

YEARS = ["2019", "2022", "2023", "2024", "2025"]
REVISIONS = ["Jan", "Apr", "Jul"]


def test_each_year_and_each_guidance_revision_is_a_bar(charts):
    chart = charts["capex_by_year"]
    assert sorted(marks(chart)) == [(row, 0) for row in range(len(YEARS) + len(REVISIONS))]
    assert [row[0] for row in chart.rows] == YEARS + [f"2026 {month}" for month in REVISIONS]
    assert set(YEARS) <= set(texts(chart))


def test_one_definition_throughout_meta_s_with_finance_leases(charts, catalogue):
    chart = charts["capex_by_year"]
    assert not any(figure_id.startswith("capex_ppe_") for figure_id in chart.figure_ids[:1])
    assert chart.rows[3] == ["2024", catalogue["capex_2024_actual_busd"].label, "$39.2 billion"]
    assert {"15.7", "32.0", "28.1", "39.2", "72.2"} <= set(texts(chart))


def test_the_guidance_rows_spell_each_range_as_the_prose_does(charts, catalogue):
    rows = charts["capex_by_year"].rows
    assert rows[-1][2] == figure_text(catalogue["capex_2026_guidance_jul_busd"], part="range")
    assert rows[-3][2] == figure_text(catalogue["capex_2026_guidance_jan_busd"], part="range")


def test_a_revision_added_to_the_data_adds_a_bar(catalogue_with):
    changed = catalogue_with("inputs/money.yaml", "capex_2026_guidance_apr_busd", id="capex_2026_guidance_oct_busd")
    chart = build(changed)
    assert [row[0] for row in chart.rows][-3:] == ["2026 Jan", "2026 Jul", "2026 Oct"]


def test_a_changed_figure_in_the_data_shows_its_new_value(catalogue_with):
    changed = catalogue_with("inputs/money.yaml", "capex_2025_actual_busd", value=74.5)
    assert "74.5" in texts(build(changed))


def test_a_catalogue_without_yearly_capex_cannot_draw_the_chart():
    data = load_dataset()
    without_years = {k: v for k, v in data.inputs.items() if not k.startswith("capex_")}
    catalogue = build_catalogue(
        dataclasses.replace(data, inputs=without_years, claims={}, forecasts={}), derivations=()
    )
    with pytest.raises(ValueError, match="chart 'capex_by_year' would be empty") as caught:
        build_chart("capex_by_year", catalogue)
    assert isinstance(caught.value, EmptyChart)
