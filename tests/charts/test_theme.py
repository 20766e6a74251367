"""The colours charts draw with are sentinels, each replaced by its own CSS variable."""

from macros.charts.theme import CSS_VARIABLES, FOREGROUND, GRID, SERIES


def test_each_sentinel_has_its_own_variable():
    assert len(set(CSS_VARIABLES.values())) == len(CSS_VARIABLES) == len({FOREGROUND, GRID, *SERIES})


def test_the_variables_are_the_ones_the_site_css_defines():
    assert sorted(CSS_VARIABLES.values()) == sorted(
        ["--chart-fg", "--chart-grid", "--chart-1", "--chart-2", "--chart-3", "--chart-4", "--chart-5"]
    )


def test_sentinels_are_written_as_matplotlib_writes_colours():
    # matplotlib writes six lower-case hex digits; anything else would never match in the SVG.
    assert all(len(c) == 7 and c == c.lower() and c.startswith("#") for c in CSS_VARIABLES)
