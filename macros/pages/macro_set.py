"""The macros a page calls (``fig``, ``say``, ``chart``, ...), whatever the engine that renders it.

Each engine's glue (macros/mkdocs_glue/page_macros.py, macros/zensical_glue/page_macros.py) makes one
:class:`MacroSet` with a way to ask which page is being rendered, and registers its
:meth:`~MacroSet.functions` under their names. Each macro is one method, a few lines around the
text for pages (macros/text/); what it shows goes into the build's record of what each page shows
(:mod:`macros.pages.shown`). A macro given an unknown id raises :class:`PageError`, naming the
page; the engine then fails the build.

No engine imports here.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from macros.addresses import CLAIMS_PAGE, FIGURES_PAGE, INDEX_PAGES, SOURCES_PAGE, chart_download, page_url
from macros.charts import chart_for
from macros.model import load_catalogue
from macros.model.catalogue import Catalogue
from macros.model.claims import VERDICTS
from macros.model.forecasts import VERDICTS as FORECAST_VERDICTS
from macros.model.releases import history, load_releases
from macros.pages.shown import PageRef, PageShows, ShownOnPages
from macros.text import chart_block, citations, freshness, listings, scorecard
from macros.text.changes import changes_listing as release_listing

# The names pages call, in the order the README lists them.
MACROS = (
    "fig",
    "say",
    "cite",
    "said",
    "article",
    "verdict_count",
    "verdict",
    "verdict_example",
    "claims",
    "figures_table",
    "forecasts",
    "forecast_count",
    "forecast_verdict",
    "forecast_example",
    "chart",
    "figures_listing",
    "sources_listing",
    "stale_sources",
    "changes_listing",
    "glossary_listing",
)
# The catalogue pages repeat every unit hundreds of times; a hover definition on each costs a
# phone more script time than it helps, and the glossary is one click away.
NO_GLOSSARY_TOOLTIPS = INDEX_PAGES


class PageError(Exception):
    pass


class MacroSet:
    """The macros, for whichever page ``current_page()`` says is being rendered (None: no page).

    ``shown`` is the build's record of what each page shows; the glue reads it after the pages.
    """

    def __init__(
        self,
        current_page: Callable[[], PageRef | None],
        shown: ShownOnPages | None = None,
        site_url: str = "",
    ):
        self._current_page = current_page
        self.site_url = site_url  # for each figure's permalink in its citation, and a chart's embed snippet
        self.shown = ShownOnPages() if shown is None else shown
        self._for_page: dict = {"page": None, "catalogue": None}

    def functions(self) -> dict[str, Callable]:
        """Every macro by name, each re-raising its error with the page's name."""
        return {name: self._guarded(getattr(self, name)) for name in MACROS}

    # --- the figures ----------------------------------------------------------------------------

    def fig(self, figure_id, part="value", unit=None, digits=None, style=None):
        """A figure's value as a link to its row on Every figure, its sources in the tooltip.
        ``part``: "value" (with its range), "bare", "low", "high" or "range"; ``unit``, ``digits``
        and ``style`` re-express it."""
        return citations.figure_link(
            self._catalogue(),
            figure_id,
            self._link_to(FIGURES_PAGE),
            self._shows(),
            part=part,
            unit=unit,
            digits=digits,
            style=style,
        )

    def figures_table(self, *figure_ids):
        """A table of assumptions and inputs with their ranges and basis ("show your working")."""
        if not figure_ids:
            raise ValueError("name at least one figure")
        return listings.figures_table(self._catalogue(), list(figure_ids), self._link_to(FIGURES_PAGE), self._shows())

    def chart(self, chart_id):
        """A chart with its caption and downloads, and its numbers in a second tab."""
        if not isinstance(chart_id, str):
            raise TypeError(f"a chart id is text, not {chart_id!r}")
        catalogue = self._catalogue()
        text = chart_block.chart_block(
            catalogue,
            chart_id,
            self._url_to(page_url(SOURCES_PAGE)),
            self._url_to(chart_download(chart_id, "csv")),
            self.site_url,
        )
        for figure_id in chart_for(catalogue, chart_id).figure_ids:
            self._shows().figure(catalogue[figure_id].id)
        return text

    def figures_listing(self):
        """Every figure, alphabetically: value, how it is made, where its inputs come from (Every figure)."""
        self._shows().lists_every_figure = True
        return listings.figures_listing(self._catalogue(), self.site_url)

    # --- sources and quotes ---------------------------------------------------------------------

    def say(self, statement_id):
        """A sourced sentence, quoted with its speaker, date and source."""
        return citations.statement_quote(self._catalogue(), statement_id, self._link_to(SOURCES_PAGE), self._shows())

    def cite(self, source_id, text=None):
        """A link to a source's entry on the Sources page (``text`` replaces "publisher, date")."""
        return citations.source_link(
            self._catalogue(), source_id, self._link_to(SOURCES_PAGE), text, shown=self._shows()
        )

    def sources_listing(self):
        """Every source and the figures that use it (the Sources page)."""
        shows = self._shows()
        shows.lists_every_figure = True
        shows.sources.update(self._catalogue().data.sources)
        return listings.sources_listing(self._catalogue())

    def stale_sources(self):
        """The sources past their check-again date, linked to their entries."""
        return freshness.stale_listing(self._catalogue())

    # --- the articles' claims ---------------------------------------------------------------------

    def said(self, claim_id):
        """A seed article's own words for a claim, linked to its verdict on the claim check page."""
        return citations.claim_words(self._catalogue(), claim_id, self._link_to(CLAIMS_PAGE))

    def article(self, article_id):
        """One seed article: name, outlet, date and where it comes from."""
        return citations.article_line(self._catalogue(), article_id, self._link_to(SOURCES_PAGE))

    def claims(self, topic=None):
        """One card per claim (of ``topic``, or all): the words, our figure, the verdict and why."""
        return listings.claims_list(self._catalogue(), self._link_to(FIGURES_PAGE), topic, self._shows())

    def verdict(self, claim_id):
        """A claim's verdict badge."""
        check = citations.lookup(self._catalogue().verdicts, claim_id, "claim", "data/claims.yaml")
        return citations.verdict_badge(check.verdict)

    def verdict_count(self, name):
        """How many claims have the verdict ``name``."""
        if name not in VERDICTS:
            raise ValueError(f"unknown verdict '{name}'")
        return str(sum(check.verdict == name for check in self._catalogue().verdicts.values()))

    def verdict_example(self, name):
        """The badge of a verdict, for the page that explains them."""
        return citations.verdict_badge(name)

    # --- the 2024 forecasts -----------------------------------------------------------------------

    def forecasts(self, topic=None):
        """One card per forecast (of ``topic``, or all): the 2024 words, what happened, the verdict and why."""
        return scorecard.forecast_cards(
            self._catalogue(), self._link_to(FIGURES_PAGE), self._link_to(SOURCES_PAGE), topic, self._shows()
        )

    def forecast_verdict(self, forecast_id):
        """A forecast's verdict badge."""
        score = citations.lookup(self._catalogue().scores, forecast_id, "forecast", "data/forecasts.yaml")
        return scorecard.forecast_badge(score.verdict)

    def forecast_count(self, name):
        """How many forecasts have the verdict ``name``."""
        if name not in FORECAST_VERDICTS:
            raise ValueError(f"unknown verdict '{name}': use one of {', '.join(FORECAST_VERDICTS)}")
        return str(sum(score.verdict == name for score in self._catalogue().scores.values()))

    def forecast_example(self, name):
        """The badge of a forecast verdict, for the page that explains them."""
        return scorecard.forecast_badge(name)

    # --- the site -----------------------------------------------------------------------------------

    def changes_listing(self):
        """Every release of the numbers, newest first: what moved and why (What changed)."""
        catalogue = self._catalogue()
        return release_listing(history(load_releases(), catalogue), catalogue, self._link_to(FIGURES_PAGE))

    def glossary_listing(self):
        """The glossary as a definition list."""
        return listings.glossary_listing(self._catalogue())

    # --- after a page is rendered -------------------------------------------------------------------

    def after_page(self, markdown: str, page_path: str, glossary: bool = True) -> str:
        """The page's Markdown (its macros rendered) with, after its title, how current its figures
        are, and, at the end (with ``glossary``), the glossary as abbreviation definitions: hover
        definitions on every use of a term, not on the catalogue pages. (Markdown's abbr extension
        also wraps terms inside a chart's SVG, which then cannot show them; MkDocs' hooks undo that.)"""
        catalogue = load_catalogue()
        sources = posixpath.relpath(SOURCES_PAGE, posixpath.dirname(page_path) or ".")
        part = self.shown.part(page_path)
        figures = self.shown.figures_on(page_path, catalogue.figures)
        line = freshness.as_of_line(catalogue, figures, sources, part.statements, part.sources)
        markdown = freshness.after_title(markdown, line)
        if glossary and page_path not in NO_GLOSSARY_TOOLTIPS:
            markdown += "\n\n" + listings.abbreviations(catalogue) + "\n"
        return markdown

    # --- the page being rendered --------------------------------------------------------------------

    def page_path(self) -> str:
        page = self._current_page()
        return page.path if page is not None else "?"

    def _catalogue(self) -> Catalogue:
        """The catalogue, checked for changes in data/ once per page, not at every macro (hundreds);
        a page's part of the record starts empty when the page first asks."""
        page = self._current_page()
        if self._for_page["page"] != page or self._for_page["catalogue"] is None:
            self._for_page.update(page=page, catalogue=load_catalogue())
            if page is not None:
                self.shown.forget(page.path)
        return self._for_page["catalogue"]

    def _shows(self) -> PageShows:
        """What the current page shows so far (a page-less call, in a test, writes to a scratch part)."""
        self._catalogue()  # a page's first macro starts its part of the record afresh
        page = self._current_page() or PageRef("?", "?")
        return self.shown.page(page)

    def _link_to(self, target: str) -> str:
        """A Markdown link target (a page's source path) relative to the current page."""
        return posixpath.relpath(target, posixpath.dirname(self.page_path()) or ".")

    def _url_to(self, target: str) -> str:
        """A URL relative to the current page, for raw HTML (which the engines do not rewrite)."""
        page = self._current_page()
        here = page.url if page is not None else ""
        return posixpath.relpath(target, here or ".") + ("/" if target.endswith("/") else "")

    def _guarded(self, function: Callable) -> Callable:
        """Re-raise with the page's name: a build log should say where to look."""

        def wrapper(*args, **kwargs):
            try:
                return function(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - re-raised with context, never swallowed
                raise PageError(f"{self.page_path()}: {function.__name__}{args!r}: {exc}") from exc

        wrapper.__name__ = function.__name__
        return wrapper
