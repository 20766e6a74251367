"""Chart: Meta's revenue, costs and net income each quarter, from the articles' quarter to the latest stored.

The quarters are every figure named ``q<n>_<year>_<line>_musd`` or ``..._busd`` from Q2 2024
on, so a quarter added to ``data/`` adds a group of bars. A quarter whose figure was not found
leaves a gap, never a guess. Net income moves with two one-off tax items, named in the table.
"""

from __future__ import annotations

import re

from macros.charts.kit.cells import values_in
from macros.charts.kit.chart import Chart, EmptyChart, make_chart
from macros.charts.kit.draw import axis_title, legend_on_top, mark
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue

CHART_ID = "quarterly_results"
TITLE = "Meta's results each quarter since the articles"
QUARTERLY = re.compile(r"q(?P<quarter>[1-4])_(?P<year>\d{4})_(?P<line>revenue|costs|net_income)_(?:musd|busd)")
FIRST = (2024, 2)  # the quarter the articles wrote about
LINES = (("revenue", "Revenue"), ("costs", "Costs and expenses"), ("net_income", "Net income"))
UNIT = "billion_USD"
NOT_FOUND = "not found"


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    found = {}
    for match, figure in figures.matching(QUARTERLY):
        quarter = (int(match["year"]), int(match["quarter"]))
        if quarter >= FIRST:
            found[(quarter, match["line"])] = figure
    quarters = sorted({quarter for quarter, _ in found})
    if not quarters:
        raise EmptyChart(CHART_ID, "the catalogue has no quarterly results from Q2 2024 on")
    names = [f"Q{q} {y}" for y, q in quarters]

    def draw(ax):
        # Grouped bars, one per line and quarter: a bar is one small path, where a line's markers
        # would each add a definition to the SVG.
        width = 0.8 / len(LINES)
        for series, (line, label) in enumerate(LINES):
            shown = [(x, found[(q, line)]) for x, q in enumerate(quarters) if (q, line) in found]
            bars = ax.bar(
                [x + (series - 1) * width for x, _ in shown],
                [f.estimate.magnitude(UNIT) for _, f in shown],
                width=width,
                color=SERIES[series],
                label=label,
            )
            for (x, _), bar in zip(shown, bars, strict=True):
                mark(bar, x, series)
        # The year under the first quarter and under each first quarter of a year: "Q2 2024" would not fit
        # nine times across a phone. Every label has two lines (an empty one), so the quarters align.
        ax.set_xticks(
            range(len(quarters)),
            [f"Q{q}\n{y if x == 0 or q == 1 else ''}" for x, (y, q) in enumerate(quarters)],
        )
        axis_title(ax, "Billion US dollars")
        ax.grid(axis="y")
        legend_on_top(ax, ncols=2, over_title=True)

    def cell(quarter, line):
        figure = found.get((quarter, line))
        return NOT_FOUND if figure is None else figure_text(figure, unit=UNIT, digits=3)

    rows = [[name, *(cell(q, line) for line, _ in LINES)] for name, q in zip(names, quarters, strict=True)]
    description = (
        "Bar chart of Meta's quarterly results in billions of US dollars: "
        + "; ".join(f"{row[0]}: revenue {row[1]}, costs {row[2]}, net income {row[3]}" for row in rows)
        + "."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["Quarter", *(label for _, label in LINES)],
        rows=rows,
        csv_header=["quarter", *(f"{label} ({UNIT})" for _, label in LINES)],
        csv_rows=[
            [
                name,
                *((values_in(found[(q, line)].estimate, UNIT)[0] if (q, line) in found else None) for line, _ in LINES),
            ]
            for name, q in zip(names, quarters, strict=True)
        ],
        draw=draw,
    )
