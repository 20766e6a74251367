"""Chart numbers are spelled exactly as the prose spells them."""

from __future__ import annotations

from macros.charts.kit.cells import bare_number, label_text, text_like, values_in
from macros.formatting import figure_text
from macros.model.estimate import Estimate
from macros.model.units import Quantity


def test_values_in_a_unit_carry_the_range_or_none(catalogue):
    assert values_in(catalogue["cluster_facility_power_mw"].estimate, "kW") == [152872.5, 151470.0, 221595.0]
    assert values_in(catalogue["cluster_gpus"].estimate, "GPU") == [100000.0, None, None]


def test_a_label_shows_the_range_where_the_drawing_shows_one(catalogue):
    assert label_text(catalogue["cluster_facility_power_mw"]) == "151–222 MW"
    assert label_text(catalogue["el_capitan_power_mw"]) == "29.6 MW"


def test_a_computed_value_is_spelled_like_the_figure_it_scales(catalogue):
    facility = catalogue["cluster_facility_power_mw"]
    assert text_like(facility, facility.estimate) == figure_text(facility)
    assert text_like(facility, Estimate(Quantity(25_046_630.4, "W")), part="bare") == "25.0 MW"


def test_a_bare_number_leaves_the_unit_to_the_axis(catalogue):
    assert bare_number(catalogue["capex_ppe_2024_musd"], "billion_USD", 3) == "37.3"
    assert bare_number(catalogue["capex_2024_actual_busd"], "billion_USD") == "39.23"
