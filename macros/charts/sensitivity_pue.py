"""Chart for the methodology notebook: the cluster's facility power as the assumed PUE moves across its range.

Facility power is IT power times PUE (:func:`macros.model.power.facility_power_at`), at PUEs
the catalogue holds: the ends of the assumed range and two references.
"""

from __future__ import annotations

from typing import NamedTuple

from macros.charts.kit.cells import label_text, text_like
from macros.charts.kit.chart import Chart, EmptyChart, make_chart
from macros.charts.kit.draw import axis_title, point
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue
from macros.model.estimate import Estimate
from macros.model.power import facility_power_at
from macros.model.units import Quantity

CHART_ID = "sensitivity_pue"
TITLE = "Facility power of a 100,000-H100 cluster as the PUE assumption moves"
# (name on the chart, figure), each marked on the line.
REFERENCES = (("Meta's newest buildings", "meta_pue_2021_buildings"), ("Industry average", "industry_pue_2023"))
LOW_END, HIGH_END = "Low end of the assumed range", "High end of the assumed range"


class PuePoint(NamedTuple):
    name: str
    pue_text: str
    pue: Quantity
    power: Quantity


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    it_power = figures["cluster_it_power_mw"]
    pue = figures["cluster_pue"]
    facility = figures["cluster_facility_power_mw"]  # the results are spelled as the prose spells this figure
    if not pue.estimate.has_range:
        raise EmptyChart(CHART_ID, "cluster_pue has no range to move across")

    def at(name: str, pue_text: str, value: Quantity) -> PuePoint:
        return PuePoint(name, pue_text, value, facility_power_at(it_power.estimate.value, value))

    references = [
        (short_name, at(figure.label, figure_text(figure), figure.estimate.value))
        for short_name, figure_id in REFERENCES
        for figure in [figures[figure_id]]
    ]
    low = at(LOW_END, figure_text(pue, part="low"), pue.estimate.low)
    high = at(HIGH_END, figure_text(pue, part="high"), pue.estimate.high)
    points = [low, *(p for _, p in references), high]
    spelled = lambda power: text_like(facility, Estimate(power), part="bare")  # noqa: E731

    def draw(ax):
        ax.plot([low.pue.m, high.pue.m], [low.power.m, high.power.m], color=SERIES[0], linewidth=2)
        for row, p in enumerate(points):
            point(ax, p.pue.m, p.power.m, row, color=SERIES[0])
        lowest = min(p.pue for _, p in references)
        for series, (short_name, p) in enumerate(references, start=1):
            ax.axvline(p.pue.m, color=SERIES[series], linestyle=":", linewidth=1)
            # The line rises to the right: the lowest PUE's label goes right of its point and under the line,
            # the others left of theirs and over it.
            offset, align, level = ((8, -4), "left", "top") if p.pue == lowest else ((-8, 4), "right", "bottom")
            ax.annotate(
                f"{short_name}:\nPUE {p.pue_text}, {spelled(p.power)}",
                (p.pue.m, p.power.m),
                xytext=offset,
                textcoords="offset points",
                ha=align,
                va=level,
            )
        ax.set_xlabel(f"Power usage effectiveness (PUE),\nassumed {label_text(pue)}")
        axis_title(ax, "Facility power (MW)")
        ax.margins(x=0.15, y=0.3)  # room for the two-line labels over and under the line
        ax.grid()

    description = (
        f"Line chart. The cluster's IT power is {figure_text(it_power)}; its facility power is IT power times PUE. "
        + "; ".join(f"{p.name}, PUE {p.pue_text}: {spelled(p.power)}" for p in points)
        + "."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["PUE", "Which", "Facility power"],
        rows=[[p.pue_text, p.name, spelled(p.power)] for p in points],
        csv_header=["which", "PUE", "facility power (MW)"],
        csv_rows=[[p.name, p.pue.m_as("dimensionless"), p.power.m] for p in points],
        draw=draw,
    )
