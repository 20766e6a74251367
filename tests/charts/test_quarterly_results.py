"""Every quarter's revenue, costs and net income since Q2 2024; a quarter not found is a gap, not a guess."""

from __future__ import annotations

from macros.charts.quarterly_results import NOT_FOUND, build
from macros.model import build_catalogue
from macros.model.loader import load_dataset
from tests.charts.svg_reading import marks

QUARTERS = ["Q2 2024", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026"]


def test_one_row_per_quarter_from_the_articles_quarter(charts):
    assert [row[0] for row in charts["quarterly_results"].rows] == QUARTERS


def test_each_found_value_is_a_marker_and_missing_ones_are_gaps(charts):
    chart = charts["quarterly_results"]
    found = {
        (row, series) for row, cells in enumerate(chart.rows) for series, c in enumerate(cells[1:]) if c != NOT_FOUND
    }
    assert set(marks(chart)) == found
    assert chart.rows[-1][2:] == [NOT_FOUND, NOT_FOUND]


def test_the_one_off_tax_quarter_shows_reported_net_income(charts, catalogue):
    row = charts["quarterly_results"].rows[QUARTERS.index("Q3 2025")]
    assert row[3] == "$2.71 billion"


def test_a_quarter_added_to_the_data_adds_a_row(data_copy):
    path = data_copy / "inputs/money.yaml"
    path.write_text(
        path.read_text() + "\n- id: q3_2026_revenue_busd\n  label: Meta revenue, Q3 2026\n  value: 62\n"
        "  unit: billion_USD\n  source: meta-q2-2026-10q\n  quote: a quote\n  as_of: 2026-Q3\n"
    )
    chart = build(build_catalogue(load_dataset(data_copy)))
    assert [row[0] for row in chart.rows][-2:] == ["Q2 2026", "Q3 2026"] and chart.rows[-1][1] == "$62.0 billion"
