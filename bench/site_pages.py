"""The pages of a built site, and what kind each is (the transfer budget depends on it)."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class SitePage:
    path: str  # relative to the site root, as in a link: "", "power/"
    has_charts: bool
    is_notebook: bool


class _Markers(HTMLParser):
    """Spots our charts (svg.chart-svg) and mkdocs-jupyter's notebook wrapper (.jp-Notebook)."""

    def __init__(self) -> None:
        super().__init__()
        self.has_charts = False
        self.is_notebook = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "svg" and "chart-svg" in classes:
            self.has_charts = True
        if "jp-Notebook" in classes:
            self.is_notebook = True


# The charts' embed pages (macros/addresses.py EMBEDS): whole documents made for another site's
# iframe, without the theme, its script or its navigation; tests/browser/test_embeds.py tests them.
EMBEDS = "embed"


def site_pages(site: Path) -> list[SitePage]:
    """Every page but 404.html and the embed pages, found by walking the build: pages added later are included."""
    found = []
    for html in sorted(site.rglob("*.html")):
        if html.name == "404.html" or html.relative_to(site).parts[0] == EMBEDS:
            continue
        relative = html.relative_to(site)
        if relative.name == "index.html":
            path = "" if relative.parent == Path(".") else f"{relative.parent.as_posix()}/"
        else:
            path = relative.as_posix()
        markers = _Markers()
        markers.feed(html.read_text(encoding="utf-8"))
        found.append(SitePage(path, markers.has_charts, markers.is_notebook))
    return found
