"""A share card: the picture a social network or a chat shows beside a link to a page (og:image).

Drawn with the charts' own style (their font, their palette), 1200 x 630 pixels, the size the large
previews of the networks use: the site's name, the page's title, its headline figure large, what the
figure is, and the figure's source line. The texts are also written into the PNG's text chunks, so
the card can be checked without reading pixels. What goes on a card is decided elsewhere
(macros/published/share_cards.py); this module only draws.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from macros.charts.kit.render import STYLE
from macros.charts.kit.theme import BACKGROUND, FOREGROUND, SERIES

WIDTH_PX, HEIGHT_PX = 1200, 630
DPI = 100
MARGIN = 0.06  # of the card's width, left and right
# Characters a line holds at each size before it wraps (DejaVu Sans averages some 0.6 em).
TITLE_CHARS, LABEL_CHARS, SOURCE_CHARS = 38, 60, 90
FIGURE_SIZE, FIGURE_CHARS = 62, 20  # points, and the characters that fit a line at that size


@dataclass(frozen=True)
class CardText:
    site: str
    title: str
    figure: str  # the headline figure as pages write it
    label: str  # what the figure is
    source: str  # "Source: Meta." as the charts write it


def card_png(text: CardText) -> bytes:
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
        figure.patch.set_facecolor(BACKGROUND)
        figure.add_artist(Rectangle((0, 0), 0.018, 1, transform=figure.transFigure, color=SERIES[0]))
        left = MARGIN
        figure.text(left, 0.90, text.site, fontsize=22, color=SERIES[0], weight="bold", va="top")
        figure.text(left, 0.78, textwrap.fill(text.title, TITLE_CHARS), fontsize=34, color=FOREGROUND, va="top")
        # As large as the figure's text allows on one line: "$72.22 billion" at full size, a long one smaller.
        size = min(FIGURE_SIZE, FIGURE_SIZE * FIGURE_CHARS / max(len(text.figure), 1))
        figure.text(left, 0.50, text.figure, fontsize=size, color=SERIES[0], weight="bold", va="top")
        figure.text(left, 0.28, textwrap.fill(text.label, LABEL_CHARS), fontsize=22, color=FOREGROUND, va="top")
        figure.text(left, 0.06, textwrap.fill(text.source, SOURCE_CHARS), fontsize=16, color=FOREGROUND, va="bottom")
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        picture = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    info = PngInfo()
    info.add_text("Title", f"{text.title}. {text.site}")
    info.add_text("Description", f"{text.figure}: {text.label}. {text.source}")
    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, format="png", compress_level=6, pnginfo=info)
    return buffer.getvalue()
