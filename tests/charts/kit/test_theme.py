"""The colours charts draw with: the light theme's palette, each replaced by its own CSS variable on a page."""

import re

from macros.charts.kit.theme import BACKGROUND, CSS_VARIABLES, DARK, FOREGROUND, GRID, SERIES
from tests.conftest import ROOT

SITE_CSS = ROOT / "docs/stylesheets/site.css"


def css_block(selector: str) -> dict[str, str]:
    """The --chart-* variables a rule of the site's CSS sets."""
    block = re.search(re.escape(selector) + r"\s*\{(?P<body>[^}]*)\}", SITE_CSS.read_text())
    assert block, f"site.css has no rule for {selector}"
    return dict(re.findall(r"(--chart-[\w-]+):\s*(#[0-9a-fA-F]{6})", block["body"]))


def test_each_colour_has_its_own_variable():
    assert len(set(CSS_VARIABLES.values())) == len(CSS_VARIABLES) == len({FOREGROUND, GRID, *SERIES})


def test_the_light_theme_of_the_site_css_is_the_palette_charts_are_drawn_with():
    # The downloads keep the drawn colours: they must be the light theme a page shows.
    assert css_block(":root") == {variable: colour for colour, variable in CSS_VARIABLES.items()}


def test_the_dark_theme_sets_every_variable_too():
    assert set(css_block('[data-md-color-scheme="slate"]')) == set(CSS_VARIABLES.values())


def test_colours_are_written_as_matplotlib_writes_them():
    # matplotlib writes six lower-case hex digits; anything else would never match in the SVG.
    assert all(len(c) == 7 and c == c.lower() and c.startswith("#") for c in [*CSS_VARIABLES, BACKGROUND])


def test_the_dark_theme_of_the_site_css_is_the_one_embed_pages_set():
    # An embeddable chart page cannot read the site's CSS: it sets the dark values from theme.DARK.
    assert css_block('[data-md-color-scheme="slate"]') == DARK
