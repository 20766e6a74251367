"""Chart: capital spending of Meta, Microsoft, Alphabet and Amazon by year, one measure for all.

Each company's cash purchases of property and equipment (the measure each of them reports;
Meta's headline capital expenditures add finance-lease principal, Amazon's its proceeds and
incentives, so neither headline is used here): :func:`macros.model.peers.like_for_like` refuses
the chart if any figure counts something else. Microsoft's years end in June.
"""

from __future__ import annotations

from macros.charts.kit.cells import values_in
from macros.charts.kit.chart import Chart, EmptyChart, make_chart
from macros.charts.kit.draw import axis_title, legend_on_top, mark
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue
from macros.model.peers import SERIES as COMPANIES
from macros.model.peers import like_for_like, share_id

CHART_ID = "peer_capex"
TITLE = "Capital spending of Meta and its peers: purchases of property and equipment"
UNIT = "billion_USD"
DIGITS = 3
NOT_FOUND = "not found"


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    years = sorted({year for series in COMPANIES for year in series.capex})
    spent = {
        (series.company, year): figures[figure_id]
        for series in COMPANIES
        for year, figure_id in series.capex.items()
        if figure_id in catalogue
    }
    if not spent:
        raise EmptyChart(CHART_ID, "no company's capital spending is in the catalogue")
    like_for_like(spent.values())
    shares = {key: figures[share_id(*key)] for key in spent if share_id(*key) in catalogue}
    companies = [series.company for series in COMPANIES]
    # The table's rows, one per company and year that has a figure, in the order the bars stand.
    drawn = [(company, year) for company in companies for year in years if (company, year) in spent]

    def draw(ax):
        width = 0.8 / len(years)
        for series, year in enumerate(years):
            shown = [(x, spent[(company, year)]) for x, company in enumerate(companies) if (company, year) in spent]
            bars = ax.bar(
                [x + (series - (len(years) - 1) / 2) * width for x, _ in shown],
                [figure.estimate.magnitude(UNIT) for _, figure in shown],
                width=width,
                color=SERIES[series],
                label=year,
            )
            for (x, _), bar in zip(shown, bars, strict=True):
                mark(bar, drawn.index((companies[x], year)), series)
        ax.set_xticks(range(len(companies)), companies)
        axis_title(ax, "Billion US dollars (Microsoft: years to June)")
        ax.grid(axis="y")
        legend_on_top(ax, ncols=len(years), over_title=True)

    def share(key):
        figure = shares.get(key)
        return NOT_FOUND if figure is None else figure_text(figure)

    rows = [
        [company, year, figure_text(spent[(company, year)], unit=UNIT, digits=DIGITS), share((company, year))]
        for company, year in drawn
    ]
    description = (
        "Grouped bar chart of cash purchases of property and equipment, in billions of US dollars, "
        "by company and year: " + "; ".join(f"{company} {year}: {text}" for company, year, text, _ in rows) + "."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["Company", "Year", "Purchases of property and equipment", "Share of revenue"],
        rows=rows,
        csv_header=["company", "year", f"purchases ({UNIT})", "share of revenue (percent)"],
        csv_rows=[
            [
                company,
                year,
                values_in(spent[(company, year)].estimate, UNIT)[0],
                values_in(shares[(company, year)].estimate, "percent")[0] if (company, year) in shares else None,
            ]
            for company, year in drawn
        ],
        draw=draw,
    )
