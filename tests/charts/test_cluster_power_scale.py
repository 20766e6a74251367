"""From the articles' 150 MW cluster to the gigawatt clusters, beside El Capitan, on a log scale."""

from __future__ import annotations

from macros.charts.cluster_power_scale import ROWS, build
from tests.charts.svg_reading import marks, texts


def test_each_cluster_is_one_bar_labelled_with_its_power(charts):
    chart = charts["cluster_power_scale"]
    assert sorted(marks(chart)) == [(row, 0) for row in range(len(ROWS))]
    assert {"29.6 MW", "150 MW", "1 GW", "2 GW", "5 GW"} <= set(texts(chart))


def test_the_axis_is_logarithmic_from_ten_megawatts(charts):
    printed = texts(charts["cluster_power_scale"])
    assert {"10", "100", "1,000", "10,000"} <= set(printed)
    assert "Power (MW, logarithmic scale)" in printed


def test_a_changed_capacity_moves_its_bar(catalogue_with):
    changed = catalogue_with("inputs/power.yaml", "hyperion_capacity_full_gw", value=7)
    assert "7 GW" in texts(build(changed))
