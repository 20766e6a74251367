"""Chart: where the power of a 100,000-H100 cluster goes (stacked), beside El Capitan's whole draw."""

from __future__ import annotations

from macros.charts.cells import values_in
from macros.charts.chart import Chart, make_chart
from macros.charts.draw import mark
from macros.charts.provenance import FigureReader
from macros.charts.theme import FOREGROUND, SERIES
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
UNIT = "MW"


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    parts = [figures[figure_id] for figure_id in PARTS]
    total = figures["cluster_facility_power_mw"]
    el_capitan = figures["el_capitan_power_mw"]
    cluster = f"Cluster of {figure_text(figures['cluster_gpus'])}"
    drawn = [(cluster, part) for part in parts] + [(EL_CAPITAN, el_capitan)]

    def draw(ax):
        # Horizontal: the long labels fit a phone's width, and the parts are named in the legend under the plot.
        left = 0.0
        for row, part in enumerate(parts):
            width = part.estimate.magnitude(UNIT)
            (bar,) = ax.barh(
                1, width, left=left, height=0.5, color=SERIES[row], label=f"{part.label}: {figure_text(part)}"
            )
            mark(bar, row)
            left += width
        total_value, total_low, total_high = values_in(total.estimate, UNIT)
        end = total_value if total_high is None else total_high
        if total_low is not None:
            # The stack's end is the central case; the whisker is the facility total's range (the PUE's).
            ax.errorbar(
                total_value,
                1,
                xerr=[[total_value - total_low], [total_high - total_value]],
                color=FOREGROUND,
                capsize=4,
                linewidth=1,
            )
        ax.annotate(
            f"Total {figure_text(total)}",
            (end, 1.25),
            xytext=(0, 4),
            textcoords="offset points",
            ha="right",
            va="bottom",
            fontsize=8,
        )
        bars = ax.barh(0, el_capitan.estimate.magnitude(UNIT), height=0.5, color=SERIES[4])
        mark(bars[0], len(parts))
        ax.bar_label(bars, [figure_text(el_capitan)], padding=3, fontsize=8)
        ax.set_yticks([1, 0], [cluster.replace(" of ", " of\n"), EL_CAPITAN])
        ax.set_ylim(-0.5, 1.8)  # room for the total's label above the stack
        ax.set_xlabel(f"Power ({UNIT})")
        ax.grid(axis="x")
        ax.legend(loc="upper left", bbox_to_anchor=(0, -0.25), borderaxespad=0)

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
    )
