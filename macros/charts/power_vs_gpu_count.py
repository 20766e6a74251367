"""Chart: facility power against the number of GPUs, with El Capitan and the articles' 150 MW as lines.

The one computation here scales the cluster's facility power per GPU to other
sourced GPU counts; it goes through the model's own range rule (``propagate``).
"""

from __future__ import annotations

from macros.charts.cells import text_like, values_in
from macros.charts.chart import Chart, make_chart
from macros.charts.cluster_sizes import sourced_gpu_counts
from macros.charts.draw import log_axis, mark, number_ticks, point
from macros.charts.provenance import FigureReader
from macros.charts.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue
from macros.model.estimate import Estimate, propagate

CHART_ID = "power_vs_gpu_count"
TITLE = "Facility power of an H100 cluster by number of GPUs"
# (name on the chart, figure), drawn as horizontal lines to compare against.
REFERENCES = (("El Capitan", "el_capitan_power_mw"), ("SemiAnalysis's figure", "h100k_cluster_power_mw"))
UNIT = "MW"


def facility_power_for(gpus: Estimate, cluster_power: Estimate, cluster_gpus: Estimate) -> Estimate:
    """Facility power of ``gpus`` GPUs at the cluster's power per GPU, range carried as the model carries it."""
    return propagate(lambda n, power, per: (power / per * n).to(UNIT), [gpus, cluster_power, cluster_gpus])


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    facility = figures["cluster_facility_power_mw"]
    cluster_gpus = figures["cluster_gpus"]
    counts = sourced_gpu_counts(figures)
    power = [facility_power_for(count.estimate, facility.estimate, cluster_gpus.estimate) for count in counts]
    values, lows, highs = zip(*(values_in(p, UNIT) for p in power), strict=False)
    references = [(name, figures[figure_id]) for name, figure_id in REFERENCES]

    def draw(ax):
        xs = [count.value for count in counts]
        if None not in lows:
            ax.fill_between(xs, lows, highs, color=SERIES[0], alpha=0.2, linewidth=0)
        ax.plot(xs, values, color=SERIES[0])
        for row, (x, y, p) in enumerate(zip(xs, values, power, strict=False)):
            point(ax, x, y, row, color=SERIES[0])
            ax.annotate(
                text_like(facility, p, part="bare"),
                (x, y),
                xytext=(5, -4),
                textcoords="offset points",
                ha="left",
                va="top",
                fontsize=8,
            )
        for row, (series, (name, figure)) in enumerate(zip((4, 1), references, strict=False), start=len(counts)):
            y = figure.estimate.magnitude(UNIT)
            mark(ax.axhline(y, color=SERIES[series], linestyle="--", linewidth=1), row)
            # Text in the foreground colour: a series colour need not contrast enough with the page to be read.
            ax.annotate(
                f"{name}: {figure_text(figure)}",
                (1, y),
                xycoords=("axes fraction", "data"),
                xytext=(-2, 2),
                textcoords="offset points",
                ha="right",
                va="bottom",
                fontsize=8,
            )
        log_axis(ax, "x")
        number_ticks(ax.xaxis, at=xs)
        log_axis(ax, "y", steps=(1, 2, 5))
        ax.margins(x=0.15, y=0.1)  # room right of the last point for its label
        ax.set_xlabel("GPUs (logarithmic scale)")
        ax.set_ylabel(f"Facility power ({UNIT}, logarithmic scale)")
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
    )
