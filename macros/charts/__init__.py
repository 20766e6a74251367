"""Charts drawn at build time from the catalogue: one builder module per chart, each returning a ``Chart``.

A builder reads figures from the catalogue only (through ``kit.provenance.FigureReader``) and
returns inlinable SVG plus the same numbers as a table and as CSV, so a chart never shows a
number that the pages and downloads do not. What builders share (the ``Chart`` record, drawing,
themes, spelling chart numbers) is the kit, ``kit`` (macros/charts/kit/). No MkDocs here, and no
published file: the text for pages lays a chart out, the published files offer its downloads.

The builders: ``compute_by_generation``, ``cluster_power_breakdown``, ``power_vs_gpu_count``,
``capex_by_year``, ``q2_results``, ``training_time_vs_cluster``, ``sensitivity_pue``,
``cluster_power_scale``, ``quarterly_results``, and beside Meta's peers ``peer_capex``,
``peer_data_centres``, ``frontier_compute`` and ``open_weights_race``, registered in :data:`CHARTS`
by their ``CHART_ID``.
"""

from __future__ import annotations

from collections.abc import Callable

from macros.charts import (
    capex_by_year,
    cluster_power_breakdown,
    cluster_power_scale,
    compute_by_generation,
    frontier_compute,
    open_weights_race,
    peer_capex,
    peer_data_centres,
    power_vs_gpu_count,
    q2_results,
    quarterly_results,
    sensitivity_pue,
    training_time_vs_cluster,
)
from macros.charts.kit.chart import Chart, EmptyChart
from macros.charts.kit.provenance import source_line
from macros.model.catalogue import Catalogue
from macros.model.errors import UnknownId

__all__ = ["CHARTS", "Chart", "EmptyChart", "build_chart", "chart_for", "source_line"]

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
        peer_capex,
        peer_data_centres,
        frontier_compute,
        open_weights_race,
    )
}


def build_chart(chart_id: str, catalogue: Catalogue) -> Chart:
    """The chart ``chart_id`` drawn from ``catalogue``; raises UnknownId, or EmptyChart (a ValueError)."""
    if chart_id not in CHARTS:
        raise UnknownId("chart", chart_id, CHARTS, list_known=True)
    return CHARTS[chart_id](catalogue)


_built: dict[str, tuple[Catalogue, Chart]] = {}


def chart_for(catalogue: Catalogue, chart_id: str) -> Chart:
    """The chart built once per catalogue (that is, once per build) however many places use it:
    the page that shows it and its downloads read the same chart, drawn once."""
    cached = _built.get(chart_id)
    if cached is None or cached[0] is not catalogue:
        _built[chart_id] = (catalogue, build_chart(chart_id, catalogue))
    return _built[chart_id][1]
