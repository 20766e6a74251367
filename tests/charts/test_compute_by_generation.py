"""Training compute by Llama generation: one point per model, the projection as a range, values as labels."""

from __future__ import annotations

from macros.charts.compute_by_generation import MODELS, build
from macros.formatting import figure_text
from tests.charts.svg_reading import drawn_shapes, marks, texts


def test_each_model_is_one_point(charts):
    chart = charts["compute_by_generation"]
    drawn = marks(chart)
    assert set(drawn) == {(row, 0) for row in range(len(MODELS))} and len(chart.rows) == len(MODELS)
    assert all(len(drawn_shapes(mark)) == 1 for mark in drawn.values())


def test_labels_show_each_models_current_compute(charts, catalogue):
    printed = texts(charts["compute_by_generation"])
    for _, figure_id in MODELS:
        figure = catalogue[figure_id]
        assert figure_text(figure, part="range" if figure.estimate.has_range else "bare") in printed


def test_the_projection_is_a_range_in_the_table_and_the_description(charts, catalogue):
    chart = charts["compute_by_generation"]
    projection = figure_text(catalogue["llama4_projected_flop"])
    assert "range" in projection and projection in chart.description
    assert [row[1] for row in chart.rows if "ten times" in row[0]] == [projection]


def test_the_axis_is_logarithmic_in_powers_of_ten(charts):
    assert {"10²⁴", "10²⁵", "10²⁶"} <= set(texts(charts["compute_by_generation"]))


def test_a_changed_figure_in_the_data_shows_its_new_value(catalogue_with):
    changed = catalogue_with("inputs/compute.yaml", "llama3_405b_reported_flop", value=4.2e25)
    chart = build(changed)
    assert "4.2 × 10²⁵ FLOP" in texts(chart) and "3.8 × 10²⁵ FLOP" not in texts(chart)
    assert ["Llama 3.1 405B", "4.2 × 10²⁵ FLOP"] == chart.rows[2][:2]
