"""Chart: the best open-weights model against the best closed one on Chatbot Arena, at each dated
snapshot of the leaderboard the store holds, and the gap between them."""

from __future__ import annotations

from macros.charts.kit.chart import Chart, make_chart
from macros.charts.kit.draw import axis_title, legend_on_top, mark
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue
from macros.model.dates import period_label
from macros.model.peers import ARENA_SNAPSHOTS

CHART_ID = "open_weights_race"
TITLE = "The best open-weights model against the best closed one on Chatbot Arena"


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    snapshots = [
        (
            figures[f"arena_closed_elo_{when}"],
            figures[f"arena_open_elo_{when}"],
            figures[f"arena_gap_elo_{when}"],
        )
        for when in ARENA_SNAPSHOTS
    ]
    dates = [period_label(catalogue.data.inputs[closed.id].as_of) for closed, _, _ in snapshots]

    def draw(ax):
        xs = list(range(len(snapshots)))
        for series, (name, pick) in enumerate((("Best closed model", 0), ("Best open-weights model", 1))):
            ys = [snapshot[pick].value for snapshot in snapshots]
            ax.plot(xs, ys, color=SERIES[series], linewidth=2, label=name)
            for x, y in zip(xs, ys, strict=True):
                (dot,) = ax.plot([x], [y], linestyle="none", marker="o", color=SERIES[series])
                mark(dot, x, series)
        # Month and year on two lines: four full dates would not fit across a phone.
        ax.set_xticks(xs, [date.rsplit(" ", 1)[0].rsplit(" ", 1)[-1][:3] + "\n" + date[-4:] for date in dates])
        axis_title(ax, "Chatbot Arena score (Elo)")
        ax.grid(axis="y")
        ax.margins(x=0.08, y=0.15)
        legend_on_top(ax, ncols=1, over_title=True)

    rows = [
        [
            date,
            closed.label.split("(")[-1].rstrip(")"),
            figure_text(closed),
            open_.label.split("(")[-1].rstrip(")"),
            figure_text(open_),
            figure_text(gap),
        ]
        for date, (closed, open_, gap) in zip(dates, snapshots, strict=True)
    ]
    description = (
        "Line chart of Chatbot Arena scores at four dates: "
        + "; ".join(f"{r[0]}: best closed {r[1]} {r[2]}, best open {r[3]} {r[4]}, {r[5]} points apart" for r in rows)
        + "."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["Leaderboard of", "Best closed model", "Score", "Best open-weights model", "Score", "Gap"],
        rows=rows,
        csv_header=["date", "best closed model", "score (Elo)", "best open-weights model", "score (Elo)", "gap (Elo)"],
        csv_rows=[
            [catalogue.data.inputs[closed.id].as_of, r[1], closed.value, r[3], open_.value, gap.value]
            for r, (closed, open_, gap) in zip(rows, snapshots, strict=True)
        ],
        draw=draw,
    )
