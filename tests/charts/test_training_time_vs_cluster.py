"""Days to train ten times Llama 3.1 405B: the formula, its agreement with the catalogue, and the chart."""

from __future__ import annotations

import csv
import io

import pytest

from macros.charts.kit.cluster_sizes import SOURCED_GPU_COUNTS
from macros.charts.training_time_vs_cluster import build
from macros.formatting import figure_text
from macros.model.compute import training_days
from macros.model.units import Quantity
from tests.charts.svg_reading import drawn_shapes, marks, texts

# The catalogue's run times and the GPU counts they use.
RUN_DAYS = {
    "llama4_run_days_16k": "llama3_405b_run_gpus",
    "llama4_run_days_24k": "meta_genai_cluster_gpus",
    "llama4_run_days_100k": "cluster_gpus",
}


def test_days_are_flop_over_gpus_times_peak_times_utilisation():
    # 3.8e26 / (100,000 x 989.4e12 FLOP/s x 0.41) = 9.368e6 s = 108.42 days
    days = training_days(
        Quantity(3.8e26, "FLOP"), Quantity(100_000, "GPU"), Quantity(989.4, "TFLOP/s"), Quantity(41, "percent")
    )
    assert str(days.units) == "day" and days.m == pytest.approx(108.4212, rel=1e-5)


def csv_days(chart) -> dict[float, list[float]]:
    _, *lines = csv.reader(io.StringIO(chart.csv))
    return {float(gpus): [float(d) for d in days] for gpus, *days in lines}


def agrees_with_catalogue(chart, catalogue) -> None:
    drawn = csv_days(chart)
    for days_id, gpus_id in RUN_DAYS.items():
        days = catalogue[days_id]
        # Low utilisation is the long run: the catalogue's high end.
        assert drawn[catalogue[gpus_id].value] == pytest.approx([days.high, days.value, days.low], rel=1e-9)


def test_the_lines_agree_with_the_catalogues_run_times(charts, catalogue):
    agrees_with_catalogue(charts["training_time_vs_cluster"], catalogue)


def test_one_point_per_gpu_count_on_the_central_line_and_a_line_per_utilisation(charts, catalogue):
    chart = charts["training_time_vs_cluster"]
    assert sorted(marks(chart)) == [(row, 0) for row in range(len(SOURCED_GPU_COUNTS))]
    assert all(len(drawn_shapes(mark)) == 1 for mark in marks(chart).values())
    mfu = catalogue["llama3_405b_mfu_pct"]
    printed = texts(chart)
    assert "Model FLOP utilisation" in printed  # the legend's title, over one entry per line
    for part in ("low", "bare", "high"):
        assert figure_text(mfu, part=part) in printed


def test_labels_read_as_the_prose_reads_run_times(charts, catalogue):
    printed = texts(charts["training_time_vs_cluster"])
    for days_id in RUN_DAYS:
        assert figure_text(catalogue[days_id], part="bare") in printed
    assert {"16,384", "24,576", "100,000", "350,000"} <= set(printed)


def test_a_changed_figure_in_the_data_moves_the_lines_and_the_catalogue_together(catalogue_with):
    changed = catalogue_with("inputs/compute.yaml", "h100_bf16_dense_tflops", value=1978.8)
    chart = build(changed)
    agrees_with_catalogue(chart, changed)
    assert figure_text(changed["llama4_run_days_100k"], part="bare") in texts(chart)
