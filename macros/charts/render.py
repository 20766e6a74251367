"""Drawing a chart with matplotlib: the style every chart shares, the source line, deterministic SVG out.

Belongs here: rcParams, the figure and its size, the source line under the plot,
saving. Not here: what a chart shows (its builder module), small drawing
conventions (:mod:`macros.charts.draw`) or changes to the SVG text
(:mod:`macros.charts.svg`).

There is no pyplot: a bare ``Figure`` needs no backend, so importing the charts
switches no global backend (the methodology notebook keeps its inline one) and
leaves no figure open in pyplot's registry from one build to the next.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable

import matplotlib
from cycler import cycler
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from macros.charts.svg import inline_svg
from macros.charts.theme import FOREGROUND, GRID, SERIES

FIGURE_SIZE = (5.0, 3.5)  # inches; at 72 points an inch this is the viewBox, 360 x 252
SOURCE_LINE_SIZE = 7  # points
# Characters of the source line that fit across the figure: DejaVu Sans averages about 0.55 em a character.
SOURCE_LINE_CHARS = int(FIGURE_SIZE[0] * 72 / (0.55 * SOURCE_LINE_SIZE))

STYLE = {
    # Text stays text: readable by tests and screen readers, themed by CSS, no embedded glyphs.
    "svg.fonttype": "none",
    # matplotlib hashes clip-path and marker ids with this salt; fixed, two builds give the same bytes.
    "svg.hashsalt": "llama4-by-the-numbers",
    # The font matplotlib ships, so text is measured (and laid out) the same on every machine.
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 8,
    "legend.title_fontsize": 8,
    # Only theme sentinels: svg.py turns them into CSS variables and refuses any other colour.
    "text.color": FOREGROUND,
    "axes.labelcolor": FOREGROUND,
    "axes.edgecolor": FOREGROUND,
    "xtick.color": FOREGROUND,
    "ytick.color": FOREGROUND,
    "grid.color": GRID,
    "grid.linewidth": 0.6,
    "axes.prop_cycle": cycler(color=SERIES),
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "savefig.facecolor": "none",
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.axisbelow": True,
    # Tick labels come from macros.formatting, never from mathtext (which would split them into glyphs).
    "axes.formatter.use_mathtext": False,
    # No text is ever read as mathtext: labels come from data/, and "$...$" in one must show as written.
    "text.parse_math": False,
}
# Every key None: no <metadata> at all, so no date and no version string in the file.
NO_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}


def render_svg(chart_id: str, title: str, description: str, source_line: str, draw: Callable[[Axes], None]) -> str:
    """Draw with ``draw`` on one axes, add the source line, and return the inlinable SVG text."""
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=FIGURE_SIZE, layout="constrained")
        draw(figure.add_subplot())
        figure.supxlabel(textwrap.fill(source_line, SOURCE_LINE_CHARS), x=0.01, ha="left", fontsize=SOURCE_LINE_SIZE)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", metadata=NO_METADATA)
    named = {artist.get_gid() for artist in figure.findobj() if artist.get_gid()}
    return inline_svg(buffer.getvalue(), chart_id, title, description, named)
