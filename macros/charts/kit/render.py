"""Drawing a chart with matplotlib: the style every chart shares, its size, the layout, and the three files out.

Belongs here: rcParams, the figure and its size, fitting the plot to its labels, the
title and source line of the downloads, saving. Not here: what a chart shows (its
builder module), small drawing conventions (:mod:`macros.charts.kit.draw`) or changes to
the SVG text (:mod:`macros.charts.kit.svg`).

One figure gives all three files, drawn once each:

- the SVG a page inlines: the plot alone, since the page's caption gives the title and
  the sources; it is the figure's middle band (the viewBox leaves out the others);
- the standalone SVG download: the whole figure, the title above the plot and the
  source line under it, so the file credits its sources wherever it goes;
- the PNG download, the same figure at twice the size the page shows it on a desktop.

Sizes: a phone is the first reader. The figure is drawn :data:`WIDTH_PT` wide with
all its text at :data:`TEXT_SIZE`, so that on a 390-pixel phone, where the chart
fills a 358-pixel column, the text is 12 CSS pixels. On a desktop the site's CSS caps
the chart at :data:`DISPLAY_WIDTH_PX` (``max-width`` on ``.chart-svg``), where the
text is 15 pixels beside the 16 of the prose.

Layout without constrained_layout (which measures every artist twice, then draws):
the labels are measured once (:func:`_fit`), the plot is placed so they fit, and a
second, cheaper measure checks it (text sizes are cached by then).

There is no pyplot: a bare ``Figure`` needs no backend, so importing the charts
switches no global backend (the methodology notebook keeps its inline one) and
leaves no figure open in pyplot's registry from one build to the next.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Callable
from functools import cached_property

import matplotlib
from cycler import cycler
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.ft2font import LoadFlags
from PIL import Image

from macros.charts.kit.svg import CROPPED_OUT, inline_svg, standalone_svg
from macros.charts.kit.theme import BACKGROUND, FOREGROUND, GRID, SERIES

WIDTH_PT = 288  # 4 inches: the viewBox is 288 wide
TEXT_SIZE = 10  # points: every text of the plot (ticks, labels, legends, notes)
DISPLAY_WIDTH_PX = 432  # the chart's max-width in docs/stylesheets/site.css: 27em of the site's 16 px text
PNG_SCALE = 2  # the PNG is twice the size the page shows
PNG_DPI = PNG_SCALE * DISPLAY_WIDTH_PX * 72 / WIDTH_PT  # 216
DEFAULT_HEIGHT = 3.0  # inches of plot band; a builder asks for more when it has more rows
# Heights are rounded up to an eighth of an inch (9 points): binary fractions, so that the
# PNG's pixel size is exact (matplotlib truncates it) and the viewBox has whole numbers.
STEP_PT = 9
PAD_PT = 4  # around the plot's labels, and around the title and the source line
TITLE_SIZE = 11
SOURCE_SIZE = 9
MIN_PLOT_PT = 72  # a plot squeezed below an inch by its labels is a layout bug, not a chart
FIT_TRIES = 4
FIT_TOLERANCE_PT = 0.5

STYLE = {
    # Text stays text: readable by tests and screen readers, themed by CSS, no embedded glyphs.
    "svg.fonttype": "none",
    # matplotlib hashes clip-path and marker ids with this salt; fixed, two builds give the same bytes.
    "svg.hashsalt": "llama4-by-the-numbers",
    # The font matplotlib ships, so text is measured (and laid out) the same on every machine. It is
    # wider than the sans-serif fonts pages use (Helvetica, Arial, Liberation Sans, Roboto), so a
    # label that fits here fits on the page.
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    # Unhinted, as the SVG renderer measures text: the layout is measured as the SVG is drawn, and the PNG,
    # large enough not to need hinting, draws a fifth faster without it.
    "text.hinting": "no_hinting",
    "font.size": TEXT_SIZE,
    "axes.titlesize": TEXT_SIZE,
    "axes.labelsize": TEXT_SIZE,
    "xtick.labelsize": TEXT_SIZE,
    "ytick.labelsize": TEXT_SIZE,
    "legend.fontsize": TEXT_SIZE,
    "legend.title_fontsize": TEXT_SIZE,
    "legend.handlelength": 1.4,
    "legend.handletextpad": 0.5,
    "legend.columnspacing": 1.2,
    "legend.borderaxespad": 0.3,
    # Only palette colours: svg.py turns them into CSS variables and refuses any other colour.
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
NO_SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}


class LayoutError(ValueError):
    """A chart's labels leave no room for its plot."""


class Drawing:
    """A chart drawn: the inline SVG, the standalone SVG, and the PNG (drawn from the same figure when first
    asked for, so a process that shows the chart but publishes no download never pays for it)."""

    def __init__(self, figure: Figure, inline: str, standalone: str):
        self.inline_svg = inline
        self.standalone_svg = standalone
        width, height = figure.get_size_inches()
        self.png_size = (round(width * PNG_DPI), round(height * PNG_DPI))
        self._figure: Figure | None = figure

    @cached_property
    def png(self) -> bytes:
        with matplotlib.rc_context(STYLE):
            self._figure.set_dpi(PNG_DPI)
            self._figure.patch.set_facecolor(BACKGROUND)
            canvas = FigureCanvasAgg(self._figure)
            canvas.draw()
            picture = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        self._figure = None  # nothing else is drawn from it
        # Every colour kept (a palette of 256 would shift the page's white and the edges); the least
        # compression, which costs a third of the time of the default for a tenth more bytes.
        buffer = io.BytesIO()
        picture.convert("RGB").save(buffer, format="png", compress_level=1)
        return buffer.getvalue()


def render(
    chart_id: str,
    title: str,
    description: str,
    source_line: str,
    draw: Callable[[Axes], None],
    height: float = DEFAULT_HEIGHT,
) -> Drawing:
    """Draw with ``draw`` on one axes, in a plot band ``height`` inches tall, the title above and the source
    line below for the downloads; return the drawing."""
    with matplotlib.rc_context(STYLE):
        text_width = WIDTH_PT - 2 * PAD_PT
        title_font, source_font = FontProperties(size=TITLE_SIZE, weight="bold"), FontProperties(size=SOURCE_SIZE)
        title_text, source_text = _wrap(title, text_width, title_font), _wrap(source_line, text_width, source_font)
        top, bottom = _band(title_text, title_font), _band(source_text, source_font)
        plot = _round_up(height * 72)
        total = top + plot + bottom
        figure = Figure(figsize=(WIDTH_PT / 72, total / 72), dpi=72)  # at 72 dpi a pixel is a point
        # In figure points from the bottom left: the plot band, and the axes in it where a guess puts it
        # (labels left and under); _fit measures the labels and moves it.
        band = (0, bottom, WIDTH_PT, bottom + plot)
        ax = figure.add_axes(_fraction((band[0] + 50, band[1] + 40, band[2] - 10, band[3] - 10), total))
        draw(ax)
        _fit(chart_id, ax, band, total, FigureCanvasAgg(figure).get_renderer())
        for gid, text, size, y, align, weight in (
            (CROPPED_OUT[0], title_text, TITLE_SIZE, total - PAD_PT, "top", "bold"),
            (CROPPED_OUT[1], source_text, SOURCE_SIZE, PAD_PT, "bottom", "normal"),
        ):
            figure.text(
                PAD_PT / WIDTH_PT, y / total, text, va=align, ha="left", fontsize=size, fontweight=weight, gid=gid
            )
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", metadata=NO_SVG_METADATA)
    named = {artist.get_gid() for artist in figure.findobj() if artist.get_gid()}
    raw = buffer.getvalue()
    inline = inline_svg(raw, chart_id, title, description, named, crop=(top, plot))
    standalone = standalone_svg(raw, chart_id, title, f"{description} {source_line}", named)
    return Drawing(figure, inline, standalone)


def _round_up(points: float) -> int:
    return math.ceil(points / STEP_PT - 1e-9) * STEP_PT


def _wrap(text: str, width: float, font: FontProperties) -> str:
    """``text`` broken into lines at spaces, each line no wider than ``width`` points."""
    lines: list[str] = []
    for word in text.split():
        wider = f"{lines[-1]} {word}" if lines else word
        if lines and _width(wider, font) <= width:
            lines[-1] = wider
        else:
            lines.append(word)
    return "\n".join(lines)


def _width(text: str, font: FontProperties) -> float:
    """The width of one line of ``text`` in points: the sum of its characters' advances (laying out
    the line with FreeType for every word tried would cost more than the drawing)."""
    path, size = findfont(font), font.get_size_in_points()
    return sum(_advance(path, size, character) for character in text)


@functools.cache
def _advance(font_path: str, size: float, character: str) -> float:
    font = get_font(font_path)
    font.set_size(size, 72)
    return font.load_char(ord(character), flags=LoadFlags.NO_HINTING).linearHoriAdvance / 65536


def _band(text: str, font: FontProperties) -> int:
    """The height of a band holding ``text`` with padding, rounded up to the step."""
    lines = text.count("\n") + 1
    # In DejaVu Sans a line is 1.164 em high (ascent and descent), and matplotlib puts baselines 1.2
    # times the ascent apart.
    return _round_up(font.get_size_in_points() * (1.164 + (lines - 1) * 1.2 * 0.928) + 2 * PAD_PT)


def _fraction(box: tuple[float, float, float, float], total: float) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) in figure points to (left, bottom, width, height) in figure fractions."""
    x0, y0, x1, y1 = box
    return (x0 / WIDTH_PT, y0 / total, (x1 - x0) / WIDTH_PT, (y1 - y0) / total)


def _fit(chart_id: str, ax: Axes, band: tuple[float, float, float, float], total: float, renderer) -> None:
    """Place the axes so that it and everything around it (ticks, labels, legend, notes) fill the band.

    Each try measures how far the labels reach past the axes and moves the axes in by that much. A
    label tied to a point inside the plot (a note beside the last point) reaches further as the plot
    narrows, hence the second measure that checks the fit. Titles and legends *pinned* to the chart's
    left edge (out of matplotlib's layout: :func:`macros.charts.kit.draw.axis_title`) stay where they are
    across, and only push the plot down."""
    inside = (band[0] + PAD_PT, band[1] + PAD_PT, band[2] - PAD_PT, band[3] - PAD_PT)
    for _ in range(FIT_TRIES):
        outer = ax.get_tightbbox(renderer)
        inner = ax.get_window_extent(renderer)
        pinned = [a.get_window_extent(renderer) for a in ax.get_children() if a.get_visible() and not a.get_in_layout()]
        top = max([outer.y1, *(b.y1 for b in pinned)])
        for extent in pinned:
            if extent.x1 > inside[2] + FIT_TOLERANCE_PT:
                raise LayoutError(f"chart '{chart_id}': a title or legend over the plot is wider than the chart")
        box = (
            inside[0] + inner.x0 - outer.x0,
            inside[1] + inner.y0 - outer.y0,
            inside[2] - (outer.x1 - inner.x1),
            inside[3] - (top - inner.y1),
        )
        if all(abs(a - b) <= FIT_TOLERANCE_PT for a, b in zip(box, inner.extents, strict=True)):
            return
        if box[2] - box[0] < MIN_PLOT_PT or box[3] - box[1] < MIN_PLOT_PT:
            raise LayoutError(f"chart '{chart_id}': its labels leave no room for the plot")
        ax.set_position(_fraction(box, total))
    raise LayoutError(f"chart '{chart_id}': its labels do not settle inside the figure after {FIT_TRIES} tries")
