"""Chart: from the articles' 150 MW cluster to the gigawatt clusters Meta announced, beside El Capitan.

A logarithmic scale: the span is more than a hundredfold, and on a linear one El Capitan
and the 2024 cluster would be slivers beside Hyperion.
"""

from __future__ import annotations

from macros.charts.kit.cells import values_in
from macros.charts.kit.chart import Chart, make_chart
from macros.charts.kit.draw import log_axis, mark, name_over, no_row_axis
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue

CHART_ID = "cluster_power_scale"
TITLE = "From 150 MW to 5 GW: Meta's clusters beside El Capitan"
UNIT = "MW"
BAR = 0.45  # bar thickness, rows being 1 apart
# (name on the chart, figure, colour): top to bottom as drawn.
ROWS = (
    ("El Capitan (2024)", "el_capitan_power_mw", 4),
    ("100,000-H100 cluster (2024)", "h100k_cluster_power_mw", 0),
    ("Prometheus, Ohio (2026)", "prometheus_capacity_gw", 1),
    ("Hyperion by 2030", "hyperion_capacity_2030_gw", 2),
    ("Hyperion at full scale", "hyperion_capacity_full_gw", 2),
)


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    drawn = [(name, figures[figure_id], colour) for name, figure_id, colour in ROWS]

    def draw(ax):
        # Top to bottom as listed, each cluster's name over its bar.
        for row, (name, figure, colour) in enumerate(drawn):
            bars = ax.barh(row, figure.estimate.magnitude(UNIT), height=BAR, color=SERIES[colour])
            mark(bars[0], row)
            ax.bar_label(bars, [figure_text(figure, part="bare")], padding=3)
            name_over(ax, row - BAR / 2, name)
        no_row_axis(ax)
        ax.set_ylim(len(drawn) - 0.6, -1 + BAR / 2)  # room for the first name over its bar
        log_axis(ax, "x")
        ax.set_xlim(10, max(f.estimate.magnitude(UNIT) for _, f, _ in drawn) * 6)  # room for the labels
        ax.set_xlabel(f"Power ({UNIT}, logarithmic scale)")
        ax.grid(axis="x")

    description = (
        "Horizontal bar chart on a logarithmic scale: "
        + "; ".join(f"{name}: {figure_text(figure, part='bare')}" for name, figure, _ in drawn)
        + "."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["Cluster", "What", "Power"],
        rows=[[name, figure.label, figure_text(figure)] for name, figure, _ in drawn],
        csv_header=["figure", "what", f"power ({UNIT})", f"low ({UNIT})", f"high ({UNIT})"],
        csv_rows=[[figure.id, figure.label, *values_in(figure.estimate, UNIT)] for _, figure, _ in drawn],
        draw=draw,
        height=3.25,
    )
