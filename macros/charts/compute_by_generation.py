"""Chart: training compute of each Llama generation on a log scale, the "ten times" projection as a range."""

from __future__ import annotations

from macros.charts.kit.cells import label_text, values_in
from macros.charts.kit.chart import Chart, make_chart
from macros.charts.kit.draw import log_axis, name_over, no_row_axis, point
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue

CHART_ID = "compute_by_generation"
UNIT = "FLOP"
TITLE = "Training compute of Llama models, from Llama 2 to Llama 4"
# (name on the chart, figure), oldest first; the projection is what Llama 4 was expected to need.
MODELS = (
    ("Llama 2 70B", "llama2_70b_flop_implied"),
    ("Llama 3 70B", "llama3_70b_flop_6nd"),
    ("Llama 3.1 405B", "llama3_405b_reported_flop"),
    ("Llama 4, “ten times Llama 3”", "llama4_projected_flop"),
    ("Llama 4 Scout, as released", "llama4_scout_flop_6nd"),
    ("Llama 4 Maverick, as released", "llama4_maverick_flop_6nd"),
)
ROW_HALF = 0.2  # rows are 1 apart; a name sits this far over its row's centre


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    models = [(name, figures[figure_id]) for name, figure_id in MODELS]
    released = figures["llama4_released_flop_6nd"]
    projected = figures["llama4_projected_flop"]

    def draw(ax):
        # Each model's name over its row, so a long name takes the plot's width rather than a margin.
        for row, (name, figure) in enumerate(models):
            value, low, high = values_in(figure.estimate, UNIT)
            if low is not None:
                ax.plot([low, high], [row, row], color=SERIES[1], linewidth=7, alpha=0.5, solid_capstyle="butt")
                # Left of the range: nothing else sits in its row, and the right end is the top of the axis.
                where, offset, align = low, -6, "right"
            else:
                where, offset, align = value, 6, "left"
            point(ax, value, row, row, color=SERIES[0] if low is None else SERIES[1])
            ax.annotate(
                label_text(figure), (where, row), xytext=(offset, 0), textcoords="offset points", ha=align, va="center"
            )
            name_over(ax, row - ROW_HALF, name)
        no_row_axis(ax)
        ax.set_ylim(len(models) - 0.6, -1 + ROW_HALF)  # oldest at the top, room for its name over it
        log_axis(ax, "x")
        ax.margins(x=0.06)
        ax.set_xlabel("Training compute (FLOP, logarithmic scale)")
        ax.grid(axis="x")

    description = (
        "Training compute of Llama models on a logarithmic scale, oldest first. "
        + "; ".join(f"{name}: {figure_text(figure)}" for name, figure in models)
        + f". The released Scout and Maverick together: {figure_text(released)}, against a projection of "
        f"{figure_text(projected, part='bare')}."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["Model", "Training compute", "What the figure is"],
        rows=[[name, figure_text(figure), figure.label] for name, figure in models],
        csv_header=["model", "figure", f"compute ({UNIT})", f"low ({UNIT})", f"high ({UNIT})"],
        csv_rows=[[name, figure.id, *values_in(figure.estimate, UNIT)] for name, figure in models],
        draw=draw,
        height=3.5,
    )
