"""Which page of the site shows each chart: its home, which the chart's embed page links back to.
Pure, no MkDocs: the glue hands in the text of each page's source in docs/ and the nav's titles.

The embed pages are registered before any page renders, so the build's record of what each page
shows (macros/pages/shown.py) is not there yet to ask. A chart is placed by the call that shows
it, found in the page's source: ``chart("<id>")`` in Markdown, ``chart_figure(catalogue, "<id>"``
in the methodology notebook. A chart shown on several pages has the first in the nav as its home.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass

CHART_CALL = re.compile(r"""\bchart(?:_figure)?\(\s*(?:catalogue\s*,\s*)?["'](?P<id>\w+)["']""")


@dataclass(frozen=True)
class ChartHome:
    page: str  # the page's source in docs/, e.g. "power.md"
    title: str  # as the nav names it, e.g. "Power and energy"


class ChartOnNoPage(ValueError):
    pass


def nav_titles(nav: list | None) -> dict[str, str]:
    """Source path -> title, in the nav's order, from mkdocs.yml's ``nav`` (sections flattened)."""
    titles: dict[str, str] = {}
    for entry in nav or []:
        if isinstance(entry, dict):
            for title, target in entry.items():
                if isinstance(target, list):
                    titles.update(nav_titles(target))
                elif isinstance(target, str):
                    titles.setdefault(target, title)
    return titles


def chart_homes(sources: dict[str, str], titles: dict[str, str], chart_ids: Iterable[str]) -> dict[str, ChartHome]:
    """Each chart's home page; ``sources`` is each page's source text by its path in docs/. A chart
    that no page shows raises ChartOnNoPage: its embed page would have nowhere to link back to."""
    in_nav_order = [path for path in titles if path in sources] + sorted(set(sources) - set(titles))
    homes: dict[str, ChartHome] = {}
    for path in in_nav_order:
        title = titles.get(path) or posixpath.splitext(path)[0]
        for call in CHART_CALL.finditer(sources[path]):
            homes.setdefault(call["id"], ChartHome(path, title))
    wanted = list(chart_ids)
    missing = [chart_id for chart_id in wanted if chart_id not in homes]
    if missing:
        raise ChartOnNoPage(f"no page in docs/ shows the charts {', '.join(missing)}: their embed pages link to it")
    return {chart_id: homes[chart_id] for chart_id in wanted}
