"""Chart: Meta's capital spending by year on its own definition, then the next year's guidance and its revisions.

One definition throughout: Meta's, which adds principal payments on finance leases to
purchases of property and equipment (data sites often show the purchases alone; the
money page lists both). The years are every figure named ``capex_<year>_actual_busd``,
``capex_<year>_billion_usd`` or ``capex_<year>_incl_leases_busd``; the guidance is every
``capex_<year>_guidance_<month>_busd`` for the year after the last of them. So a year or
a revision added to ``data/`` adds a bar.
"""

from __future__ import annotations

import re

from macros.charts.kit.cells import bare_number, label_text, values_in
from macros.charts.kit.chart import Chart, EmptyChart, make_chart
from macros.charts.kit.draw import axis_title, legend_on_top, mark
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue

CHART_ID = "capex_by_year"
TITLE = "Meta's capital spending by year, and the guidance for the next"
YEARLY = re.compile(r"capex_(?P<year>\d{4})_(?:actual_busd|billion_usd|incl_leases_busd)")
GUIDANCE = re.compile(r"capex_(?P<year>\d{4})_guidance_(?P<month>jan|feb|apr|jul|oct)_busd")
MONTHS = ("jan", "feb", "apr", "jul", "oct")
UNIT = "billion_USD"
DIGITS = 3  # $72.2 billion: the prose's precision for yearly capex


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    years = sorted((match["year"], figure) for match, figure in figures.matching(YEARLY))
    if not years:
        raise EmptyChart(CHART_ID, "the catalogue has no figure named capex_<year>_actual_busd")
    next_year = str(int(years[-1][0]) + 1)
    revisions = sorted(
        ((match["month"], figure) for match, figure in figures.matching(GUIDANCE) if match["year"] == next_year),
        key=lambda pair: MONTHS.index(pair[0]),
    )
    spent = [(year, figure, figure_text(figure, unit=UNIT, digits=DIGITS)) for year, figure in years]
    guided = [(f"{next_year}\n{month.title()}", figure, label_text(figure)) for month, figure in revisions]

    def draw(ax):
        heights = [figure.estimate.magnitude(UNIT) for _, figure in years]
        bars = ax.bar(range(len(years)), heights, width=0.6, color=SERIES[0], label="Spent (Meta's definition)")
        ax.bar_label(bars, [bare_number(f, UNIT, DIGITS) for _, f in years], padding=2)
        marks = list(bars)
        for offset, (_, figure, _) in enumerate(guided):
            value, low, high = values_in(figure.estimate, UNIT)
            # A guidance range floats from its low end to its high end.
            bottom, top = (0.0, value) if low is None else (low, high)
            (bar,) = ax.bar(
                len(years) + offset,
                top - bottom,
                bottom=bottom,
                width=0.6,
                color=SERIES[2],
                label=f"{next_year} guidance, as revised" if offset == 0 else None,
            )
            marks.append(bar)
        for row, bar in enumerate(marks):
            mark(bar, row)
        # Two lines each (a year's second is empty), so that the years and the revisions align.
        ax.set_xticks(range(len(marks)), [f"{year}\n" for year, _, _ in spent] + [name for name, _, _ in guided])
        axis_title(ax, "Billion US dollars")
        ax.grid(axis="y")
        legend_on_top(ax, over_title=True)
        ax.set_ylim(0, max(b.get_y() + b.get_height() for b in marks) * 1.08)  # room for a bar's label

    description = (
        "Bar chart of Meta's capital expenditures including principal payments on finance leases: "
        + "; ".join(f"{year}: {text}" for year, _, text in spent)
        + (
            f". Guidance for {next_year}: " + "; ".join(f"{figure.label}: {text}" for _, figure, text in guided)
            if guided
            else ""
        )
        + "."
    )
    drawn = spent + guided
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["Year", "What", "Amount"],
        rows=[[year.replace("\n", " "), figure.label, text] for year, figure, text in drawn],
        csv_header=["figure", "what", f"amount ({UNIT})", f"low ({UNIT})", f"high ({UNIT})"],
        csv_rows=[[figure.id, figure.label, *values_in(figure.estimate, UNIT)] for _, figure, _ in drawn],
        draw=draw,
    )
