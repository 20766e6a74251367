"""Chart: facility power against the number of GPUs, with El Capitan and the articles' 150 MW as lines.

The line scales the cluster's facility power per GPU to other sourced GPU counts
(:func:`macros.model.power.facility_power_for_gpus`).
"""

from __future__ import annotations

import math

from macros.charts.kit.cells import text_like, values_in
from macros.charts.kit.chart import Chart, make_chart
from macros.charts.kit.cluster_sizes import sourced_gpu_counts
from macros.charts.kit.draw import axis_title, log_axis, mark, number_ticks, point
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue
from macros.model.power import facility_power_for_gpus

CHART_ID = "power_vs_gpu_count"
TITLE = "Facility power of an H100 cluster by number of GPUs"
# (name on the chart, figure), drawn as horizontal lines to compare against.
REFERENCES = (("El Capitan", "el_capitan_power_mw"), ("SemiAnalysis", "h100k_cluster_power_mw"))
# A reference line this close to a point (in powers of ten) would run through a label beside it.
NEAR_LINE = 0.05
UNIT = "MW"


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    facility = figures["cluster_facility_power_mw"]
    cluster_gpus = figures["cluster_gpus"]
    counts = sourced_gpu_counts(figures)
    power = [facility_power_for_gpus(count.estimate, facility.estimate, cluster_gpus.estimate) for count in counts]
    values, lows, highs = zip(*(values_in(p, UNIT) for p in power), strict=False)
    references = [(name, figures[figure_id]) for name, figure_id in REFERENCES]

    def draw(ax):
        xs = [count.value for count in counts]
        if None not in lows:
            ax.fill_between(xs, lows, highs, color=SERIES[0], alpha=0.2, linewidth=0)
        ax.plot(xs, values, color=SERIES[0])
        lines_at = [figure.estimate.magnitude(UNIT) for _, figure in references]
        for row, (x, y, p) in enumerate(zip(xs, values, power, strict=False)):
            point(ax, x, y, row, color=SERIES[0])
            # Right of the point, under the rising line; lower still if a reference line would strike it through.
            struck = any(abs(math.log10(y / at)) < NEAR_LINE for at in lines_at)
            ax.annotate(
                text_like(facility, p, part="bare"),
                (x, y),
                xytext=(6, -5 if struck else 0),
                textcoords="offset points",
                ha="left",
                va="top" if struck else "center",
            )
        for row, (series, (name, figure)) in enumerate(zip((4, 1), references, strict=False), start=len(counts)):
            y = figure.estimate.magnitude(UNIT)
            mark(ax.axhline(y, color=SERIES[series], linestyle="--", linewidth=1), row)
            # At the end of the axis farther from the line of points, so the label runs clear of it.
            # Text in the foreground colour: a series colour need not contrast enough with the page to be read.
            left = abs(math.log(values[0] / y)) > abs(math.log(values[-1] / y))
            ax.annotate(
                f"{name}: {figure_text(figure)}",
                (0 if left else 1, y),
                xycoords=("axes fraction", "data"),
                xytext=(2 if left else -2, 2),
                textcoords="offset points",
                ha="left" if left else "right",
                va="bottom",
            )
        log_axis(ax, "x")
        number_ticks(ax.xaxis, at=xs, stagger=True)
        log_axis(ax, "y", steps=(1, 2, 5))
        ax.margins(x=0.15, y=0.1)  # room right of the last point for its label
        ax.set_xlabel("GPUs (logarithmic scale)")
        axis_title(ax, f"Facility power ({UNIT}, logarithmic scale)")
        ax.grid()

    points = "; ".join(
        f"{figure_text(count)}: {text_like(facility, p)}" for count, p in zip(counts, power, strict=True)
    )
    description = (
        f"Line chart on logarithmic scales. Facility power grows in step with the number of GPUs, at the rate of "
        f"a cluster of {figure_text(cluster_gpus)} drawing {figure_text(facility)}. {points}. Horizontal lines mark "
        + " and ".join(f"{name} at {figure_text(figure)}" for name, figure in references)
        + "."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["GPUs", "What the count is", "Facility power"],
        rows=[[figure_text(count), count.label, text_like(facility, p)] for count, p in zip(counts, power, strict=True)]
        + [["–", figure.label, figure_text(figure)] for _, figure in references],
        csv_header=["what", "GPUs", f"power ({UNIT})", f"low ({UNIT})", f"high ({UNIT})"],
        csv_rows=[[count.label, count.value, *values_in(p, UNIT)] for count, p in zip(counts, power, strict=True)]
        + [[figure.label, None, *values_in(figure.estimate, UNIT)] for _, figure in references],
        draw=draw,
        height=3.25,
    )
