"""Drawing conventions the builders share: marks tied to table rows, tick labels, log axes, and the
titles, legends and row names that sit over the plot.

Each row of a chart's table is drawn by one or more *marks*: artists whose SVG
id is ``<chart id>-mark-<row>-<series>`` once :mod:`macros.charts.kit.svg` has
prefixed it. Tests match marks to rows by these ids, so what is drawn and what
the table says cannot drift apart.
"""

from __future__ import annotations

import math
import re
import textwrap

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter, LogLocator, NullLocator
from matplotlib.transforms import ScaledTranslation, blended_transform_factory

from macros.charts.kit.render import PAD_PT, TEXT_SIZE
from macros.formatting import SCI_FROM, SUPERSCRIPT, magnitude_text

MARK_ID = re.compile(r"(?P<chart>.+)-mark-(?P<row>\d+)-(?P<series>\d+)")


def mark(artist: Artist, row: int, series: int = 0) -> Artist:
    artist.set_gid(f"mark-{row}-{series}")
    return artist


def point(ax: Axes, x: float, y: float, row: int, series: int = 0, **style) -> Line2D:
    """One marker, its own artist, so that it can carry its row's id."""
    (line,) = ax.plot([x], [y], linestyle="none", marker=style.pop("marker", "o"), **style)
    return mark(line, row, series)


def tick_text(value: float) -> str:
    """A tick label as the prose would write it: 100,000 and 200; 10²⁴ rather than 1.0 × 10²⁴."""
    if value >= SCI_FROM and math.log10(value).is_integer():
        return "10" + str(int(math.log10(value))).translate(SUPERSCRIPT)
    return magnitude_text(value, "number", None)


def number_ticks(axis: Axis, at: list[float] | None = None, stagger: bool = False) -> None:
    """Tick labels spelled by macros.formatting; ``at`` puts the ticks at those values only; ``stagger``
    drops every second label a line, for ticks too close for their labels to sit side by side."""
    if at is not None:
        axis.set_major_locator(FixedLocator(at))
    if stagger:
        lowered = {value: position % 2 == 1 for position, value in enumerate(sorted(at or []))}
        axis.set_major_formatter(FuncFormatter(lambda value, _: "\n" * lowered.get(value, False) + tick_text(value)))
    else:
        axis.set_major_formatter(FuncFormatter(lambda value, _: tick_text(value)))


def log_axis(ax: Axes, which: str, steps: tuple[float, ...] = (1,)) -> None:
    """A logarithmic ``which`` ("x" or "y") axis, ticks at ``steps`` times each power of ten, no minor ticks."""
    getattr(ax, f"set_{which}scale")("log")
    axis = getattr(ax, f"{which}axis")
    axis.set_major_locator(LogLocator(subs=steps))
    axis.set_minor_locator(NullLocator())
    number_ticks(axis)


# Titles and legends over the plot, and names over bars: a phone's narrow chart keeps its width for the data.
TITLE_GAP = 5  # points between the top of the plot and the axis title over it
LINE = 1.25 * TEXT_SIZE  # points: one line of text and the space under it
# Characters of a line that fit the plot's width with room to spare: DejaVu Sans averages some 0.6 em.
LINE_CHARS = 40


def wrapped(text: str, chars: int = LINE_CHARS) -> str:
    """``text`` in lines of at most ``chars`` characters, broken at spaces (a longer word is cut)."""
    return textwrap.fill(text, chars, break_on_hyphens=False)


def axis_title(ax: Axes, text: str) -> None:
    """The value axis's title, level and over the plot from the chart's left edge, rather than turned on its
    side beside the axis: it reads without turning one's head, and takes no width from the plot."""
    title = ax.annotate(
        text,
        xy=(0, 1),
        xycoords=("figure fraction", "axes fraction"),
        xytext=(PAD_PT, TITLE_GAP),
        textcoords="offset points",
        ha="left",
        va="bottom",
    )
    title.set_in_layout(False)  # pinned to the chart's edge: render's layout places the plot under it


def legend_on_top(ax: Axes, ncols: int = 1, over_title: bool = False, **options) -> Legend:
    """The legend over the plot (over its axis title too, if ``over_title``), from the chart's left edge,
    where no bar or line can run under it whatever the data."""
    lift = TITLE_GAP + (LINE + TITLE_GAP if over_title else 0)
    anchor = blended_transform_factory(ax.figure.transFigure, ax.transAxes) + ScaledTranslation(
        PAD_PT / 72, lift / 72, ax.figure.dpi_scale_trans
    )
    legend = ax.legend(
        loc="lower left",
        bbox_to_anchor=(0, 1),
        bbox_transform=anchor,
        ncols=ncols,
        borderaxespad=0,
        borderpad=0,
        **options,
    )
    legend.set_in_layout(False)  # pinned to the chart's edge: render's layout places the plot under it
    return legend


def name_over(ax: Axes, y: float, name: str, gap: float = 2) -> None:
    """A row's name over its bar, from the plot's left edge; ``y`` is the bar's top edge in data units."""
    ax.annotate(
        name, xy=(0, y), xycoords=("axes fraction", "data"), xytext=(0, gap), textcoords="offset points", va="bottom"
    )


def no_row_axis(ax: Axes) -> None:
    """No ticks, tick labels or spine on the y axis of a chart whose rows are named over them (name_over)."""
    ax.tick_params(axis="y", which="both", left=False, labelleft=False)
    ax.spines["left"].set_visible(False)
