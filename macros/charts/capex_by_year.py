"""Chart: Meta's capital spending by year, with 2024's guidance range and its actual figure including leases.

The years are every ``capex_ppe_<year>_musd`` figure in the catalogue, so a year
added to ``data/`` adds a bar.
"""

from __future__ import annotations

import re

from macros.charts.cells import bare_number, label_text, values_in
from macros.charts.chart import Chart, EmptyChart, make_chart
from macros.charts.draw import mark
from macros.charts.provenance import FigureReader
from macros.charts.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue

CHART_ID = "capex_by_year"
TITLE = "Meta's capital spending by year"
YEARLY = re.compile(r"capex_ppe_(?P<year>\d{4})_musd")
UNIT = "billion_USD"
DIGITS = 3  # $37.3 billion: the prose's precision for yearly capex
WITH_LEASES = "2024 with\nfinance leases"


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    years = [(match["year"], figure) for match, figure in figures.matching(YEARLY)]
    if not years:
        raise EmptyChart(CHART_ID, "the catalogue has no figure named capex_ppe_<year>_musd")
    actual = figures["capex_2024_actual_busd"]
    guidance = figures["capex_2024_guidance_oct_busd"]
    yearly = [(year, figure, figure_text(figure, unit=UNIT, digits=DIGITS)) for year, figure in years]
    extras = [(WITH_LEASES, actual, figure_text(actual)), (WITH_LEASES, guidance, figure_text(guidance))]

    heights = [figure.estimate.magnitude(UNIT) for _, figure in years]
    actual_height = actual.estimate.magnitude(UNIT)
    guided_value, guided_low, guided_high = values_in(guidance.estimate, UNIT)
    # Guidance is a range, so its bar floats from the low end to the high end (from zero if it has no range).
    guided_bottom, guided_top = (0.0, guided_value) if guided_low is None else (guided_low, guided_high)

    def draw(ax):
        bars = ax.bar(
            range(len(years)), heights, width=0.6, color=SERIES[0], label="Purchases of property and equipment"
        )
        ax.bar_label(bars, [bare_number(f, UNIT, DIGITS) for _, f in years], padding=2, fontsize=8)
        here = len(years)
        with_leases = ax.bar(
            here - 0.15,
            actual_height,
            width=0.3,
            color=SERIES[1],
            label="Capital expenditures including finance leases",
        )
        ax.bar_label(with_leases, [bare_number(actual, UNIT)], padding=2, fontsize=8)
        guided = ax.bar(
            here + 0.15,
            guided_top - guided_bottom,
            bottom=guided_bottom,
            width=0.3,
            color=SERIES[2],
            label=f"{guidance.label}: {label_text(guidance)}",
        )
        for row, bar in enumerate([*bars, *with_leases, *guided]):
            mark(bar, row)
        ax.set_xticks(range(here + 1), [year for year, _ in years] + [WITH_LEASES])
        ax.set_ylabel("Billion US dollars")
        ax.grid(axis="y")
        ax.legend(loc="upper left")
        ax.set_ylim(0, max(guided_top, actual_height, *heights) * 1.35)  # room for the legend

    description = (
        "Bar chart of Meta's purchases of property and equipment by year: "
        + "; ".join(f"{year}: {text}" for year, _, text in yearly)
        + f". {actual.label}: {figure_text(actual)}. {guidance.label}: {label_text(guidance)}."
    )
    drawn = yearly + extras
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
