"""The chart colours: the light theme's palette, which charts draw with, and the CSS variable for each.

matplotlib can only draw with fixed colours, but the site has a light and a dark
theme. So charts draw with the light palette, and :mod:`macros.charts.kit.svg` swaps
each of its colours for a CSS variable in the SVG a page inlines; the site's CSS
gives the variables their light values (the same as here, checked by a test) and
their dark ones (:data:`DARK`, also checked: a chart's embeddable page, which cannot
read the site's CSS, sets them from here). The downloads (a standalone SVG and a PNG) keep the light colours
as drawn. A colour outside the palette is refused: it would not follow the theme.
"""

from __future__ import annotations

FOREGROUND = "#212121"  # text, axes, ticks
GRID = "#d6d6d6"
SERIES = ("#3949ab", "#d84315", "#2e7d32", "#8e24aa", "#616161")
# The page behind a chart in the light theme: the PNG download's background.
BACKGROUND = "#ffffff"

CSS_VARIABLES = {
    FOREGROUND: "--chart-fg",
    GRID: "--chart-grid",
    **{colour: f"--chart-{number}" for number, colour in enumerate(SERIES, start=1)},
}

# The dark theme's value of each variable, and the page behind a chart there (Material's slate
# background): the same as the site's CSS for [data-md-color-scheme="slate"].
DARK = {
    "--chart-fg": "#e3e3e3",
    "--chart-grid": "#474b57",
    "--chart-1": "#8c9eff",
    "--chart-2": "#ff8a65",
    "--chart-3": "#81c784",
    "--chart-4": "#ce93d8",
    "--chart-5": "#b0b0b0",
}
DARK_BACKGROUND = "#1e2129"  # hsl(225deg 15% 14%)
