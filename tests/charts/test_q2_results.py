"""Q2 2023 against Q2 2024: two bars per measure, labelled in billions, the change under each measure."""

from __future__ import annotations

from macros.charts.q2_results import MEASURES, QUARTERS, build
from macros.formatting import figure_text
from tests.charts.svg_reading import marks, texts


def test_each_measure_is_one_bar_per_quarter(charts):
    chart = charts["q2_results"]
    assert sorted(marks(chart)) == [(row, series) for row in range(len(MEASURES)) for series in range(len(QUARTERS))]
    assert len(chart.rows) == len(MEASURES)


def test_bars_show_current_values_and_ticks_the_catalogues_growth(charts, catalogue):
    printed = texts(charts["q2_results"])
    assert {"32.0", "39.1", "22.6", "24.2", "7.79", "13.5"} <= set(printed)
    for _, _, growth_id in MEASURES:
        assert figure_text(catalogue[growth_id]) in printed


def test_the_table_spells_amounts_as_the_prose_does(charts, catalogue):
    assert charts["q2_results"].rows[0] == [
        "Revenue",
        figure_text(catalogue["q2_2023_revenue_musd"]),
        figure_text(catalogue["q2_2024_revenue_musd"]),
        figure_text(catalogue["q2_2024_revenue_growth_pct"]),
    ]


def test_a_changed_figure_in_the_data_shows_its_new_value(catalogue_with):
    changed = catalogue_with("inputs/money.yaml", "q2_2024_revenue_musd", value=41000)
    printed = texts(build(changed))
    assert "41.0" in printed and "39.1" not in printed
    assert figure_text(changed["q2_2024_revenue_growth_pct"]) in printed
