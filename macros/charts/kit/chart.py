"""A built chart (the ``Chart`` record) and the one function every builder ends with.

:func:`make_chart` refuses an empty chart, draws it with the source line of the
figures the builder read, and writes the same numbers as CSV, so every chart is
checked, credited and exported the same way. The drawing is made when first asked
for (the CSV needs only the numbers, and drawing is most of a chart's cost), once:
the inline SVG, the SVG download and the PNG download all come from one figure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from matplotlib.axes import Axes

from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.render import DEFAULT_HEIGHT, Drawing, render
from macros.escape import csv_table


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str  # one paragraph, also the SVG's <desc>
    header: list[str]
    rows: list[list[str]]  # as a reader sees them, spelled by macros.formatting
    csv: str  # the same numbers unrounded, units in the header
    sources: list[str]  # source ids
    figure_ids: list[str]  # the catalogue figures it shows
    draw: Callable[[], Drawing] = field(repr=False, compare=False)

    @cached_property
    def drawing(self) -> Drawing:
        return self.draw()

    @property
    def svg(self) -> str:
        """The SVG a page inlines: the plot, themed by CSS variables; the page's caption credits it."""
        return self.drawing.inline_svg

    @property
    def svg_file(self) -> str:
        """The SVG download: title, plot and source line, in the light theme's colours."""
        return self.drawing.standalone_svg

    @property
    def png(self) -> bytes:
        """The PNG download, the SVG download's picture at twice the size a desktop page shows."""
        return self.drawing.png

    @property
    def png_size(self) -> tuple[int, int]:
        return self.drawing.png_size


class EmptyChart(ValueError):
    def __init__(self, chart_id: str, why: str = "it has no data points"):
        super().__init__(f"chart '{chart_id}' would be empty: {why}")


def make_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    figures: FigureReader,
    header: list[str],
    rows: list[list[str]],
    csv_header: list[str],
    csv_rows: list[list],
    draw: Callable[[Axes], None],
    height: float = DEFAULT_HEIGHT,
) -> Chart:
    """The chart; ``height`` is the plot's in inches (its width is the same for every chart)."""
    if not rows or not csv_rows:
        raise EmptyChart(chart_id)
    _check_widths(chart_id, "table", header, rows)
    _check_widths(chart_id, "CSV", csv_header, csv_rows)
    source_line = figures.source_line()
    return Chart(
        chart_id,
        title,
        description,
        list(header),
        [list(r) for r in rows],
        csv_table(csv_header, csv_rows),
        figures.source_ids(),
        figures.figure_ids(),
        draw=lambda: render(chart_id, title, description, source_line, draw, height),
    )


def _check_widths(chart_id: str, what: str, header: list[str], rows: list[list]) -> None:
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"chart '{chart_id}': a {what} row has {len(row)} cells for {len(header)} columns: {row}")
