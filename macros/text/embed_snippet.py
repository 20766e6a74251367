"""The "Embed" snippet beside a chart's downloads: an ``<iframe>`` of the chart's embeddable page
(macros/published/embeds.py writes it) that a reader copies into their own page. Pure, no MkDocs.

The snippet is shown as text, never as markup: no page of this site loads an embed, so none of
its first paints waits on one. Its address is absolute (the site's ``site_url``), since it is
pasted on another site; a build without a ``site_url`` offers no snippet rather than a wrong one.
"""

from __future__ import annotations

import html
import math
import re

from macros import escape
from macros.addresses import embed_address
from macros.charts import Chart
from macros.charts.kit.render import DISPLAY_WIDTH_PX

# The frame the snippet suggests: wide enough for the chart at its desktop size (DISPLAY_WIDTH_PX)
# with room to spare; max-width lets it shrink to a phone's column, down to 320 px.
FRAME_WIDTH_PX = 640
# Above and below the chart: the title (two lines at most at this width) and the caption (the
# source line, the date and the link back; a long source line takes five). Checked in a browser:
# tests/browser/test_embeds.py measures every embed page at FRAME_WIDTH_PX against it.
TEXT_HEIGHT_PX = 250
VIEW_BOX = re.compile(r'viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"')


def frame_height(chart: Chart) -> int:
    """The frame's height in CSS pixels: the chart drawn at its desktop width, and its text."""
    found = VIEW_BOX.search(chart.svg)
    if found is None:
        raise ValueError(f"chart '{chart.id}' has no viewBox to size its embed frame by")
    width, height = (float(n) for n in found.groups())
    return math.ceil(DISPLAY_WIDTH_PX * height / width) + TEXT_HEIGHT_PX


def iframe_html(chart: Chart, site_url: str) -> str:
    """The ``<iframe>`` a reader pastes, as HTML (their page parses it, so it is escaped for HTML).
    ``loading="lazy"``: the reader's own page paints first, the chart when it is scrolled near."""
    src = html.escape(embed_address(site_url, chart.id))
    title = html.escape(f"Chart: {chart.title}")
    return (
        f'<iframe src="{src}" title="{title}" width="{FRAME_WIDTH_PX}" height="{frame_height(chart)}" '
        f'style="border:0;max-width:100%" loading="lazy"></iframe>'
    )


def embed_details(chart: Chart, site_url: str) -> str:
    """A closed "Embed" disclosure holding the snippet as text to copy; empty without a ``site_url``."""
    if not site_url:
        return ""
    snippet = escape.text(iframe_html(chart, site_url))
    return (
        '<details class="embed"><summary>Embed</summary>'
        f"<p>To show this chart with its sources on your page, copy: <code>{snippet}</code></p></details>"
    )
