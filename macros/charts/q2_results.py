"""Chart: Meta's second quarter of 2023 against 2024: revenue, costs and expenses, net income."""

from __future__ import annotations

from macros.charts.kit.cells import bare_number
from macros.charts.kit.chart import Chart, make_chart
from macros.charts.kit.draw import axis_title, legend_on_top, mark, wrapped
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue

CHART_ID = "q2_results"
TITLE = "Meta's second quarter: 2023 against 2024"
QUARTERS = ("Q2 2023", "Q2 2024")
# (measure, figure per quarter in QUARTERS' order, growth figure)
MEASURES = (
    ("Revenue", ("q2_2023_revenue_musd", "q2_2024_revenue_musd"), "q2_2024_revenue_growth_pct"),
    ("Costs and expenses", ("q2_2023_costs_musd", "q2_2024_costs_musd"), "q2_2024_costs_growth_pct"),
    ("Net income", ("q2_2023_net_income_musd", "q2_2024_net_income_musd"), "q2_2024_net_income_growth_pct"),
)
UNIT = "billion_USD"
DIGITS = 3
BAR_WIDTH = 0.38
NAME_CHARS = 12


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    measures = [
        (name, [figures[i] for i in quarter_ids], figures[growth_id]) for name, quarter_ids, growth_id in MEASURES
    ]

    def draw(ax):
        for series, quarter in enumerate(QUARTERS):
            offset = (series - (len(QUARTERS) - 1) / 2) * BAR_WIDTH
            quarter_figures = [by_quarter[series] for _, by_quarter, _ in measures]
            bars = ax.bar(
                [row + offset for row in range(len(measures))],
                [f.estimate.magnitude(UNIT) for f in quarter_figures],
                width=BAR_WIDTH,
                color=SERIES[1 - series],
                label=quarter,
            )
            ax.bar_label(bars, [bare_number(f, UNIT, DIGITS) for f in quarter_figures], padding=2)
            for row, bar in enumerate(bars):
                mark(bar, row, series)
        # A group is a third of the plot: a long name goes on two lines.
        ax.set_xticks(
            range(len(measures)),
            [f"{wrapped(name, NAME_CHARS)}\n{figure_text(growth)}" for name, _, growth in measures],
        )
        axis_title(ax, "Billion US dollars")
        ax.grid(axis="y")
        legend_on_top(ax, ncols=len(QUARTERS), over_title=True)
        ax.margins(y=0.08)

    description = "Grouped bar chart of Meta's results, second quarter of 2023 against 2024. " + " ".join(
        f"{name}: {figure_text(before, unit=UNIT, digits=DIGITS)} then {figure_text(after, unit=UNIT, digits=DIGITS)}"
        f", a change of {figure_text(growth)}."
        for name, (before, after), growth in measures
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["Measure", *QUARTERS, "Change"],
        rows=[
            [name, *(figure_text(f) for f in by_quarter), figure_text(growth)] for name, by_quarter, growth in measures
        ],
        csv_header=["measure", *(f"{quarter} (million_USD)" for quarter in QUARTERS), "change (percent)"],
        csv_rows=[
            [name, *(f.estimate.magnitude("million_USD") for f in by_quarter), growth.value]
            for name, by_quarter, growth in measures
        ],
        draw=draw,
    )
