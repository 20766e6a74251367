"""Chart: days to train ten times Llama 3.1 405B against cluster size, one line per model FLOP utilisation.

Belongs here: the chart only. Its lines use the catalogue's own run-time formula,
:func:`macros.model.compute.training_days`, so they agree with the ``llama4_run_days_*``
figures at the counts those figures use.
"""

from __future__ import annotations

from macros.charts.kit.cells import text_like
from macros.charts.kit.chart import Chart, make_chart
from macros.charts.kit.cluster_sizes import sourced_gpu_counts
from macros.charts.kit.draw import axis_title, log_axis, number_ticks, point
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue
from macros.model.compute import training_days
from macros.model.estimate import Estimate
from macros.model.figures import Figure
from macros.model.units import Quantity

CHART_ID = "training_time_vs_cluster"
TITLE = "Days to train ten times Llama 3.1 405B, by number of H100s"
# The run times the prose quotes: the chart's labels are spelled the same way.
PROSE_RUN_DAYS = "llama4_run_days_100k"


def utilisation_ends(mfu: Figure) -> list[tuple[str, Quantity]]:
    """(how the prose writes it, value) for the low end, the central case and the high end of the range."""
    estimate = mfu.estimate
    if not estimate.has_range:
        return [(figure_text(mfu, part="bare"), estimate.value)]
    return [
        (figure_text(mfu, part=part), quantity)
        for part, quantity in (("low", estimate.low), ("bare", estimate.value), ("high", estimate.high))
    ]


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    flop = figures["llama4_ten_x_405b_flop"]
    peak = figures["h100_bf16_dense_tflops"]
    mfu = figures["llama3_405b_mfu_pct"]
    prose_days = figures[PROSE_RUN_DAYS]
    counts = sourced_gpu_counts(figures)
    utilisations = utilisation_ends(mfu)
    central = len(utilisations) // 2
    days = [
        [training_days(flop.estimate.value, count.estimate.value, peak.estimate.value, u) for _, u in utilisations]
        for count in counts
    ]
    spelled = lambda quantity: text_like(prose_days, Estimate(quantity), part="bare")  # noqa: E731

    def draw(ax):
        xs = [count.value for count in counts]
        for series, (name, _) in enumerate(utilisations):
            ax.plot(
                xs,
                [row[series].m for row in days],
                color=SERIES[series],
                label=name,
                linestyle="-" if series == central else "--",
                linewidth=2 if series == central else 1,
            )
        # The central case carries the points and their labels; the other two lines show the spread.
        for row, (x, ends) in enumerate(zip(xs, days, strict=False)):
            point(ax, x, ends[central].m, row, color=SERIES[central])
            ax.annotate(spelled(ends[central]), (x, ends[central].m), xytext=(6, 4), textcoords="offset points")
        log_axis(ax, "x")
        number_ticks(ax.xaxis, at=xs, stagger=True)
        number_ticks(ax.yaxis)
        ax.set_ylim(bottom=0)
        ax.margins(x=0.15)  # room right of the last point for its label
        ax.set_xlabel("H100 GPUs (logarithmic scale)")
        axis_title(ax, "Days of training")
        ax.grid()
        ax.legend(title="Model FLOP utilisation", loc="upper right", reverse=True)

    description = (
        f"Line chart. Training ten times Llama 3.1 405B ({figure_text(flop)}) on H100s at "
        f"{figure_text(peak)} each, at model FLOP utilisation of {figure_text(mfu)}, takes "
        + "; ".join(f"{spelled(row[central])} on {figure_text(count)}" for count, row in zip(counts, days, strict=True))
        + ". Each line is one utilisation: the higher it is, the shorter the run."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["GPUs", *(f"Days at {name} utilisation" for name, _ in utilisations)],
        rows=[[figure_text(count), *(spelled(d) for d in row)] for count, row in zip(counts, days, strict=True)],
        csv_header=["GPUs", *(f"days at {u.to('percent').m:g}% utilisation (day)" for _, u in utilisations)],
        csv_rows=[[count.value, *(d.m for d in row)] for count, row in zip(counts, days, strict=True)],
        draw=draw,
    )
