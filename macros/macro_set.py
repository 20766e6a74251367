"""The macros a page calls (``fig``, ``say``, ``chart``, ...), whatever the engine that renders it.

Each engine's glue (macros/mkdocs_glue/page_macros.py, macros/zensical_glue/page_macros.py) makes one
:class:`MacroSet` with a way to ask which page is being rendered, and registers its functions under
their names; the macros themselves are a few lines around the pure helpers (``citations``,
``tables``, ``scorecard``, ``chart_blocks``, ``freshness_text``). A macro given an unknown id raises
:class:`PageError`, naming the page; the engine then fails the build.

No engine imports here.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass

# The catalogue pages repeat every unit hundreds of times; a hover definition on each costs a
# phone more script time than it helps, and the glossary is one click away.
NO_GLOSSARY_TOOLTIPS = {"sources.md", "figures.md"}


class PageError(Exception):
    pass


@dataclass(frozen=True)
class PageRef:
    path: str  # the page's source in docs/, e.g. "power.md"
    url: str  # its address relative to the site's root, e.g. "power/"


class MacroSet:
    """The macros, for whichever page ``current_page()`` says is being rendered (None: no page).

    ``shown`` collects the figures each page shows, by source path, for the line under its title
    that says how current they are.
    """

    def __init__(
        self, current_page: Callable[[], PageRef | None], shown: dict[str, set[str]] | None = None, site_url: str = ""
    ):
        self._current_page = current_page
        self.site_url = site_url  # for each figure's permalink in its citation
        self.shown: dict[str, set[str]] = {} if shown is None else shown
        self._for_page: dict = {"page": None, "catalogue": None}

    # --- the page being rendered --------------------------------------------------------------

    def page_path(self) -> str:
        page = self._current_page()
        return page.path if page is not None else "?"

    def catalogue(self):
        """The catalogue, checked for changes in data/ once per page, not at every macro (hundreds)."""
        from macros.model import load_catalogue

        page = self._current_page()
        if self._for_page["page"] != page or self._for_page["catalogue"] is None:
            self._for_page.update(page=page, catalogue=load_catalogue())
            self.shown[self.page_path()] = set()
        return self._for_page["catalogue"]

    def shows(self, *figure_ids) -> None:
        self.shown.setdefault(self.page_path(), set()).update(f for f in figure_ids if isinstance(f, str))

    def link_to(self, target: str) -> str:
        """A Markdown link target (a page's source path) relative to the current page."""
        return posixpath.relpath(target, posixpath.dirname(self.page_path()) or ".")

    def url_to(self, target: str) -> str:
        """A URL relative to the current page, for raw HTML (which the engines do not rewrite)."""
        page = self._current_page()
        here = page.url if page is not None else ""
        return posixpath.relpath(target, here or ".") + ("/" if target.endswith("/") else "")

    # --- the macros -----------------------------------------------------------------------------

    def functions(self) -> dict[str, Callable]:
        """Every macro by name, each re-raising its error with the page's name."""
        from macros import chart_blocks, citations, freshness_text, scorecard, tables
        from macros.model.claims import VERDICTS
        from macros.model.forecasts import VERDICTS as FORECAST_VERDICTS

        catalogue, shows, link_to = self.catalogue, self.shows, self.link_to

        def sources_page() -> str:
            return link_to(citations.SOURCES_PAGE)

        def figures_page() -> str:
            return link_to(citations.FIGURES_PAGE)

        def fig(figure_id, part="value", unit=None, digits=None, style=None):
            text = citations.figure_link(
                catalogue(), figure_id, figures_page(), part=part, unit=unit, digits=digits, style=style
            )
            shows(figure_id)
            return text

        def say(statement_id):
            return citations.statement_quote(catalogue(), statement_id, sources_page())

        def cite(source_id, text=None):
            return citations.source_link(catalogue(), source_id, sources_page(), text)

        def said(claim_id):
            return citations.claim_words(catalogue(), claim_id, link_to(citations.CLAIMS_PAGE))

        def article(article_id):
            return citations.article_line(catalogue(), article_id, sources_page())

        def verdict_count(name):
            if name not in VERDICTS:
                raise ValueError(f"unknown verdict '{name}'")
            return str(sum(check.verdict == name for check in catalogue().verdicts.values()))

        def verdict(claim_id):
            return citations.verdict_badge(
                citations.lookup(catalogue().verdicts, claim_id, "claim", "data/claims.yaml").verdict
            )

        def verdict_example(name):
            return citations.verdict_badge(name)

        def claims(topic=None):
            text = tables.claims_list(catalogue(), figures_page(), topic)
            shows(*(c.figure for c in catalogue().data.claims.values() if c.figure and topic in (None, c.topic)))
            return text

        def figures_table(*figure_ids):
            if not figure_ids:
                raise ValueError("name at least one figure")
            text = tables.figures_table(catalogue(), list(figure_ids), figures_page())
            shows(*figure_ids)
            return text

        def forecasts(topic=None):
            text = scorecard.forecast_cards(catalogue(), figures_page(), sources_page(), topic)
            for score in catalogue().scores.values():
                if topic in (None, score.forecast.topic):
                    shows(*(o.figure for o in score.outcomes), score.forecast.target)
            return text

        def forecast_count(name):
            if name not in FORECAST_VERDICTS:
                raise ValueError(f"unknown verdict '{name}': use one of {', '.join(FORECAST_VERDICTS)}")
            return str(sum(score.verdict == name for score in catalogue().scores.values()))

        def forecast_verdict(forecast_id):
            score = citations.lookup(catalogue().scores, forecast_id, "forecast", "data/forecasts.yaml")
            return scorecard.forecast_badge(score.verdict)

        def forecast_example(name):
            return scorecard.forecast_badge(name)

        def chart(chart_id):
            if not isinstance(chart_id, str):
                raise TypeError(f"a chart id is text, not {chart_id!r}")
            text = chart_blocks.chart_block(
                catalogue(), chart_id, self.url_to("sources/"), self.url_to(chart_blocks.csv_path(chart_id))
            )
            shows(*chart_blocks.chart_for(catalogue(), chart_id).figure_ids)
            return text

        def figures_listing():
            shows(*catalogue().figures)
            return tables.figures_listing(catalogue(), self.site_url)

        def sources_listing():
            shows(*catalogue().figures)
            return tables.sources_listing(catalogue())

        def stale_sources():
            return freshness_text.stale_listing(catalogue())

        def changes_listing():
            from macros.changelog import history, load_releases
            from macros.changes_text import changes_listing as listing

            return listing(history(load_releases(), catalogue()), catalogue(), figures_page())

        def glossary_listing():
            return tables.glossary_listing(catalogue())

        macros = [
            fig, say, cite, said, article, verdict_count, verdict, verdict_example, claims, figures_table,
            forecasts, forecast_count, forecast_verdict, forecast_example, chart, figures_listing,
            sources_listing, stale_sources, changes_listing, glossary_listing,
        ]  # fmt: skip
        return {function.__name__: self._guarded(function) for function in macros}

    def _guarded(self, function: Callable) -> Callable:
        """Re-raise with the page's name: a build log should say where to look."""

        def wrapper(*args, **kwargs):
            try:
                return function(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - re-raised with context, never swallowed
                raise PageError(f"{self.page_path()}: {function.__name__}{args!r}: {exc}") from exc

        wrapper.__name__ = function.__name__
        return wrapper

    # --- after a page is rendered ------------------------------------------------------------------

    def after_page(self, markdown: str, page_path: str, glossary: bool = True) -> str:
        """The page's Markdown (its macros rendered) with, after its title, how current its figures
        are, and, at the end (with ``glossary``), the glossary as abbreviation definitions: hover
        definitions on every use of a term, not on the catalogue pages. (Markdown's abbr extension
        also wraps terms inside a chart's SVG, which then cannot show them; MkDocs' hooks undo that.)"""
        from macros import citations, freshness_text, tables
        from macros.model import load_catalogue

        catalogue = load_catalogue()
        sources = posixpath.relpath(citations.SOURCES_PAGE, posixpath.dirname(page_path) or ".")
        line = freshness_text.as_of_line(catalogue, self.shown.get(page_path, set()), sources)
        markdown = freshness_text.after_title(markdown, line)
        if glossary and page_path not in NO_GLOSSARY_TOOLTIPS:
            markdown += "\n\n" + tables.abbreviations(catalogue) + "\n"
        return markdown
