"""What each page of one build shows: one record, written by the page macros as a page renders.

A macro that writes a figure's value notes the figure and the text it wrote; a chart notes every
figure it draws (with no text of its own: its numbers are in its table); an index page (Every
figure, Sources) notes that it lists every figure. Three things read the record: the line under
each page's title (how current its figures are), the date of its "Cite this page" citation (the
last release in which its figures changed), and the numbers file (which pages show each figure,
and every way they write it). Engine-free: each engine's glue makes one record per build.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from macros.text.citations import Shown

# A notebook page runs in a kernel of its own, where no macro can write the record: it says what
# it shows in the metadata of its outputs instead, under this key, and the glue reads them from
# the executed notebook (:func:`shown_in_notebook`).
NOTEBOOK_SHOWS = "llama4-by-the-numbers/shows"


@dataclass(frozen=True)
class PageRef:
    path: str  # the page's source in docs/, e.g. "power.md"
    url: str  # its address relative to the site's root, e.g. "power/" ("" for the home page)


@dataclass
class PageShows(Shown):
    """One page's part of the record: what its text shows (figures with the texts written for each,
    statements, sources), and whether it lists every figure (an index page)."""

    url: str = ""
    lists_every_figure: bool = False


class ShownOnPages:
    def __init__(self) -> None:
        self._pages: dict[str, PageShows] = {}

    def page(self, page: PageRef) -> PageShows:
        """The page's part, made empty the first time the page asks for it in this build."""
        shows = self._pages.get(page.path)
        if shows is None or shows.url != page.url:
            shows = self._pages[page.path] = PageShows(url=page.url)
        return shows

    def forget(self, page_path: str) -> None:
        """Drops what a page showed, before it is rendered again (Zensical renders a page per call)."""
        self._pages.pop(page_path, None)

    def figures_on(self, page_path: str, every_figure: Iterable[str]) -> set[str]:
        """The figures the page shows; all of ``every_figure`` on an index page; none for a page not rendered."""
        shows = self._pages.get(page_path)
        if shows is None:
            return set()
        return set(every_figure) if shows.lists_every_figure else set(shows.figures)

    def part(self, page_path: str) -> PageShows:
        """The page's part as it stands (empty for a page not rendered)."""
        return self._pages.get(page_path) or PageShows()

    def by_figure(self) -> dict[str, dict[str, set[str]]]:
        """Figure id -> {page address ("/" for the home page): the texts it writes}, for the numbers
        file; index pages left out, since every figure's permalink is its row on Every figure."""
        found: dict[str, dict[str, set[str]]] = {}
        for shows in self._pages.values():
            if shows.lists_every_figure:
                continue
            for figure_id, texts in shows.figures.items():
                found.setdefault(figure_id, {}).setdefault(shows.url or "/", set()).update(texts)
        return found


def shown_in_notebook(notebook: dict) -> list[str]:
    """The figure ids an executed notebook's outputs say they show (``NOTEBOOK_SHOWS`` metadata)."""
    return [
        figure_id
        for cell in notebook.get("cells", [])
        for output in cell.get("outputs", [])
        for figure_id in output.get("metadata", {}).get(NOTEBOOK_SHOWS, [])
    ]
