"""Charts drawn at build time from the catalogue: one builder module per chart, each returning a ``Chart``.

A builder reads figures from the catalogue only and returns inlinable SVG plus
the same numbers as a table and as CSV, so a chart never shows a number that
the pages and downloads do not. No MkDocs here: the site's glue inlines
``Chart.svg`` and lays out the table.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

from macros.charts import (
    capex_by_year,
    cluster_power_breakdown,
    cluster_power_scale,
    compute_by_generation,
    power_vs_gpu_count,
    q2_results,
    quarterly_results,
    sensitivity_pue,
    training_time_vs_cluster,
)
from macros.charts.chart import Chart, EmptyChart
from macros.charts.provenance import source_line
from macros.model.catalogue import Catalogue

__all__ = ["CHARTS", "Chart", "EmptyChart", "UnknownChart", "build_chart", "source_line"]

CHARTS: dict[str, Callable[[Catalogue], Chart]] = {
    module.CHART_ID: module.build
    for module in (
        compute_by_generation,
        cluster_power_breakdown,
        power_vs_gpu_count,
        capex_by_year,
        q2_results,
        training_time_vs_cluster,
        sensitivity_pue,
        cluster_power_scale,
        quarterly_results,
    )
}


class UnknownChart(KeyError):
    def __init__(self, chart_id: str):
        near = difflib.get_close_matches(chart_id, list(CHARTS), n=3)
        hint = f"; did you mean {', '.join(near)}?" if near else f"; the charts are {', '.join(CHARTS)}"
        self.chart_id = chart_id
        super().__init__(f"unknown chart '{chart_id}'{hint}")

    def __str__(self) -> str:
        return self.args[0]


def build_chart(chart_id: str, catalogue: Catalogue) -> Chart:
    """The chart ``chart_id`` drawn from ``catalogue``; raises UnknownChart, or EmptyChart (a ValueError)."""
    if chart_id not in CHARTS:
        raise UnknownChart(chart_id)
    return CHARTS[chart_id](catalogue)
