"""Chart: where the power of a 100,000-H100 cluster goes (stacked), beside El Capitan's whole draw."""

from __future__ import annotations

from macros.charts.kit.cells import values_in
from macros.charts.kit.chart import Chart, make_chart
from macros.charts.kit.draw import legend_on_top, mark, name_over, no_row_axis, wrapped
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import FOREGROUND, SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue

CHART_ID = "cluster_power_breakdown"
TITLE = "Where the power of a 100,000-H100 cluster goes, beside El Capitan"
PARTS = (
    "cluster_gpu_only_power_mw",
    "cluster_host_power_mw",
    "cluster_network_storage_power_mw",
    "cluster_cooling_power_mw",
)
EL_CAPITAN = "El Capitan"
BAR = 0.4  # bar thickness, the two rows being 1 apart
LEGEND_CHARS = 36  # a legend entry's line, beside its colour key
UNIT = "MW"


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    parts = [figures[figure_id] for figure_id in PARTS]
    total = figures["cluster_facility_power_mw"]
    el_capitan = figures["el_capitan_power_mw"]
    cluster = f"Cluster of {figure_text(figures['cluster_gpus'])}"
    drawn = [(cluster, part) for part in parts] + [(EL_CAPITAN, el_capitan)]

    def draw(ax):
        # Horizontal, names over the bars and the parts named in a legend over the plot: the long labels
        # take the width of a phone, not a margin beside the bars.
        cluster_y, el_capitan_y = 0, 1  # top to bottom
        left = 0.0
        for row, part in enumerate(parts):
            width = part.estimate.magnitude(UNIT)
            (bar,) = ax.barh(
                cluster_y,
                width,
                left=left,
                height=BAR,
                color=SERIES[row],
                label=wrapped(f"{part.label}: {figure_text(part)}", LEGEND_CHARS),
            )
            mark(bar, row)
            left += width
        total_value, total_low, total_high = values_in(total.estimate, UNIT)
        if total_low is not None:
            # The stack's end is the central case; the whisker is the facility total's range (the PUE's).
            ax.errorbar(
                total_value,
                cluster_y,
                xerr=[[total_value - total_low], [total_high - total_value]],
                color=FOREGROUND,
                capsize=4,
                linewidth=1,
            )
        name_over(ax, cluster_y - BAR / 2, cluster)
        # Under the stack, from the plot's left edge: the whisker's end is too near the right for a label.
        ax.annotate(
            f"Total {figure_text(total)}",
            (0, cluster_y + BAR / 2),
            xycoords=("axes fraction", "data"),
            xytext=(0, -3),
            textcoords="offset points",
            va="top",
        )
        bars = ax.barh(el_capitan_y, el_capitan.estimate.magnitude(UNIT), height=BAR, color=SERIES[4])
        mark(bars[0], len(parts))
        ax.bar_label(bars, [f"{EL_CAPITAN}: {figure_text(el_capitan)}"], padding=3)
        no_row_axis(ax)
        ax.set_ylim(el_capitan_y + 0.5, cluster_y - 0.75)  # room for the name over the stack
        ax.set_xlabel(f"Power ({UNIT})")
        ax.grid(axis="x")
        legend_on_top(ax)

    description = (
        f"Stacked bar chart. A {cluster.lower()} draws {figure_text(total)} at full load: "
        + ", ".join(f"{figure_text(part)} for {part.label.lower()}" for part in parts)
        + f". El Capitan, the fastest supercomputer on the TOP500 list, draws {figure_text(el_capitan)}."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["Machine", "Where the power goes", "Power"],
        rows=[[machine, figure.label, figure_text(figure)] for machine, figure in drawn],
        csv_header=["machine", "figure", f"power ({UNIT})", f"low ({UNIT})", f"high ({UNIT})"],
        csv_rows=[[machine, figure.id, *values_in(figure.estimate, UNIT)] for machine, figure in drawn],
        draw=draw,
        height=3.5,
    )
