"""Drawing conventions the builders share: marks tied to table rows, tick labels, log axes.

Each row of a chart's table is drawn by one or more *marks*: artists whose SVG
id is ``<chart id>-mark-<row>-<series>`` once :mod:`macros.charts.svg` has
prefixed it. Tests match marks to rows by these ids, so what is drawn and what
the table says cannot drift apart.
"""

from __future__ import annotations

import math
import re

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter, LogLocator, NullLocator

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


def number_ticks(axis: Axis, at: list[float] | None = None) -> None:
    """Tick labels spelled by macros.formatting; ``at`` puts the ticks at those values only."""
    if at is not None:
        axis.set_major_locator(FixedLocator(at))
    axis.set_major_formatter(FuncFormatter(lambda value, _: tick_text(value)))


def log_axis(ax: Axes, which: str, steps: tuple[float, ...] = (1,)) -> None:
    """A logarithmic ``which`` ("x" or "y") axis, ticks at ``steps`` times each power of ten, no minor ticks."""
    getattr(ax, f"set_{which}scale")("log")
    axis = getattr(ax, f"{which}axis")
    axis.set_major_locator(LogLocator(subs=steps))
    axis.set_minor_locator(NullLocator())
    number_ticks(axis)
