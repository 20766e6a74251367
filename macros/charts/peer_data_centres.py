"""Chart: the five largest AI data centres as Epoch AI estimates them, Meta's Prometheus among them.

One source and one method for all five (Epoch AI's AI IT power and compute in H100-equivalents),
so they compare like with like, which the companies' own announcements (planned gigawatts, chip
counts of different chips) do not. Bars are IT power; each label adds the compute, in the site's
unit of 100,000-H100 clusters.
"""

from __future__ import annotations

from macros.charts.kit.cells import values_in
from macros.charts.kit.chart import Chart, make_chart
from macros.charts.kit.draw import mark, name_over, no_row_axis, wrapped
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue
from macros.model.peers import DATA_CENTRES

CHART_ID = "peer_data_centres"
TITLE = "The five largest AI data centres, as Epoch AI estimates them"
UNIT = "MW"
BAR = 0.45  # bar thickness, rows being 1 apart
META = "prometheus"


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    drawn = [
        (
            centre,
            figures[centre.it_power],
            figures[centre.h100e],
            figures[f"{centre.key}_epoch_vs_h100k_clusters_x"],
            figures[f"{centre.key}_epoch_vs_el_capitan_x"],
        )
        for centre in DATA_CENTRES
    ]

    def draw(ax):
        for row, (centre, power, _, clusters, _) in enumerate(drawn):
            colour = SERIES[0] if centre.key == META else SERIES[4]
            bars = ax.barh(row, power.estimate.magnitude(UNIT), height=BAR, color=colour)
            mark(bars[0], row)
            ax.bar_label(bars, [f"{figure_text(power)}, {figure_text(clusters)}"], padding=3)
            name_over(ax, row - BAR / 2, centre.name)
        no_row_axis(ax)
        ax.set_ylim(len(drawn) - 0.6, -1 + BAR / 2)
        ax.set_xlim(0, max(p.estimate.magnitude(UNIT) for _, p, _, _, _ in drawn) * 1.6)  # room for the labels
        ax.set_xlabel(wrapped(f"AI IT power ({UNIT}); beside each bar, its compute in 100,000-H100 clusters"))
        ax.grid(axis="x")

    rows = [
        [centre.name, figure_text(power), figure_text(h100e), figure_text(clusters), figure_text(el_capitans)]
        for centre, power, h100e, clusters, el_capitans in drawn
    ]
    description = (
        "Horizontal bar chart of AI IT power, Epoch AI's estimates: "
        + "; ".join(
            f"{name}: {power}, {h100e} H100-equivalents, {clusters} 100,000-H100 clusters"
            for name, power, h100e, clusters, _ in rows
        )
        + "."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=[
            "Data centre",
            "AI IT power",
            "Compute (H100-equivalents)",
            "In 100,000-H100 clusters",
            "In El Capitans",
        ],
        rows=rows,
        csv_header=["data centre", f"AI IT power ({UNIT})", "H100-equivalents", "100,000-H100 clusters", "El Capitans"],
        csv_rows=[
            [
                centre.name,
                values_in(power.estimate, UNIT)[0],
                h100e.value,
                clusters.value,
                el_capitans.value,
            ]
            for centre, power, h100e, clusters, el_capitans in drawn
        ],
        draw=draw,
        height=3.25,
    )
