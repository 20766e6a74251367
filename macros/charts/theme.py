"""The chart colours: sentinel colours to draw with, and the CSS variables that replace them.

matplotlib can only draw with fixed colours, but the site has a light and a dark
theme. So charts draw with sentinels that no real chart would use, and
:mod:`macros.charts.svg` swaps each for a CSS variable the site defines per
theme. What the variables hold (the actual palette) belongs in the site's CSS,
not here.
"""

from __future__ import annotations

FOREGROUND = "#000001"  # text, axes, ticks
GRID = "#000002"
SERIES = ("#000011", "#000012", "#000013", "#000014", "#000015")

CSS_VARIABLES = {
    FOREGROUND: "--chart-fg",
    GRID: "--chart-grid",
    **{colour: f"--chart-{number}" for number, colour in enumerate(SERIES, start=1)},
}
