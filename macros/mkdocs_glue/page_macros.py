"""The macros pages call, registered with mkdocs-macros (its ``define_env`` entry point). Kept thin.

Everything here is a few lines around pure functions in ``macros.citations``,
``macros.tables``, ``macros.scorecard`` and ``macros.charts``, so moving to another engine
means rewriting this folder only. A macro that is given an unknown id raises, naming the
page, and mkdocs-macros' ``on_error_fail`` turns that into a failed build.
"""

from __future__ import annotations

import posixpath


class PageError(Exception):
    pass


def define_env(env):
    # Imported here, not at the top: mkdocs-macros imports this file while MkDocs reads its
    # configuration, and every second spent then is a second later that the notebook starts.
    from macros import chart_blocks, citations, freshness_text, scorecard, tables
    from macros.mkdocs_glue.page_state import PAGE_FIGURES
    from macros.model import load_catalogue
    from macros.model.claims import VERDICTS
    from macros.model.forecasts import VERDICTS as FORECAST_VERDICTS

    page_catalogue = {"page": None, "catalogue": None}

    def catalogue():
        """The catalogue, checked for changes in data/ once per page, not at every macro (hundreds)."""
        if page_catalogue["page"] is not env.page or page_catalogue["catalogue"] is None:
            page_catalogue.update(page=env.page, catalogue=load_catalogue())
            PAGE_FIGURES[page_path()] = set()
        return page_catalogue["catalogue"]

    def shows(*figure_ids):
        """Records the figures a page shows, for the line that says how current they are."""
        PAGE_FIGURES.setdefault(page_path(), set()).update(f for f in figure_ids if isinstance(f, str))

    def page_path() -> str:
        page = env.page
        return page.file.src_uri if page is not None else "?"

    def link_to(target: str) -> str:
        return posixpath.relpath(target, posixpath.dirname(page_path()) or ".")

    def sources_page() -> str:
        return link_to(citations.SOURCES_PAGE)

    def figures_page() -> str:
        return link_to(citations.FIGURES_PAGE)

    def guarded(function):
        """Re-raise with the page's name: a build log should say where to look."""

        def wrapper(*args, **kwargs):
            try:
                return function(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - re-raised with context, never swallowed
                raise PageError(f"{page_path()}: {function.__name__}{args!r}: {exc}") from exc

        wrapper.__name__ = function.__name__
        env.macro(wrapper)
        return wrapper

    @guarded
    def fig(figure_id, part="value", unit=None, digits=None, style=None):
        text = citations.figure_link(
            catalogue(), figure_id, figures_page(), part=part, unit=unit, digits=digits, style=style
        )
        shows(figure_id)
        return text

    @guarded
    def say(statement_id):
        return citations.statement_quote(catalogue(), statement_id, sources_page())

    @guarded
    def cite(source_id, text=None):
        return citations.source_link(catalogue(), source_id, sources_page(), text)

    @guarded
    def said(claim_id):
        return citations.claim_words(catalogue(), claim_id, link_to(citations.CLAIMS_PAGE))

    @guarded
    def article(article_id):
        return citations.article_line(catalogue(), article_id, sources_page())

    @guarded
    def verdict_count(name):
        if name not in VERDICTS:
            raise ValueError(f"unknown verdict '{name}'")
        return str(sum(check.verdict == name for check in catalogue().verdicts.values()))

    @guarded
    def verdict(claim_id):
        return citations.verdict_badge(
            citations.lookup(catalogue().verdicts, claim_id, "claim", "data/claims.yaml").verdict
        )

    @guarded
    def verdict_example(name):
        return citations.verdict_badge(name)

    @guarded
    def claims(topic=None):
        text = tables.claims_list(catalogue(), figures_page(), topic)
        shows(*(c.figure for c in catalogue().data.claims.values() if c.figure and topic in (None, c.topic)))
        return text

    @guarded
    def figures_table(*figure_ids):
        if not figure_ids:
            raise ValueError("name at least one figure")
        text = tables.figures_table(catalogue(), list(figure_ids), figures_page())
        shows(*figure_ids)
        return text

    @guarded
    def forecasts(topic=None):
        text = scorecard.forecast_cards(catalogue(), figures_page(), sources_page(), topic)
        for score in catalogue().scores.values():
            if topic in (None, score.forecast.topic):
                shows(*(o.figure for o in score.outcomes), score.forecast.target)
        return text

    @guarded
    def forecast_count(name):
        if name not in FORECAST_VERDICTS:
            raise ValueError(f"unknown verdict '{name}': use one of {', '.join(FORECAST_VERDICTS)}")
        return str(sum(score.verdict == name for score in catalogue().scores.values()))

    @guarded
    def forecast_verdict(forecast_id):
        score = citations.lookup(catalogue().scores, forecast_id, "forecast", "data/forecasts.yaml")
        return scorecard.forecast_badge(score.verdict)

    @guarded
    def forecast_example(name):
        return scorecard.forecast_badge(name)

    def url_to(target: str) -> str:
        """A URL relative to the current page, for raw HTML (which MkDocs does not rewrite)."""
        here = env.page.url if env.page is not None else ""
        return posixpath.relpath(target, here or ".") + ("/" if target.endswith("/") else "")

    @guarded
    def chart(chart_id):
        if not isinstance(chart_id, str):
            raise TypeError(f"a chart id is text, not {chart_id!r}")
        text = chart_blocks.chart_block(
            catalogue(), chart_id, url_to("sources/"), url_to(chart_blocks.csv_path(chart_id))
        )
        shows(*chart_blocks.chart_for(catalogue(), chart_id).figure_ids)
        return text

    @guarded
    def figures_listing():
        shows(*catalogue().figures)
        return tables.figures_listing(catalogue(), env.conf["site_url"] or "")

    @guarded
    def sources_listing():
        shows(*catalogue().figures)
        return tables.sources_listing(catalogue())

    @guarded
    def changes_listing():
        from macros.changelog import history, load_releases
        from macros.changes_text import changes_listing as listing

        return listing(history(load_releases(), catalogue()), catalogue(), figures_page())

    @guarded
    def stale_sources():
        return freshness_text.stale_listing(catalogue())

    @guarded
    def glossary_listing():
        return tables.glossary_listing(catalogue())


# The catalogue page repeats every unit hundreds of times; a hover definition on each costs a
# phone more script time than it helps, and the glossary is one click away.
NO_GLOSSARY_TOOLTIPS = {"sources.md", "figures.md"}


def on_post_page_macros(env):
    """After the page's title, how current its figures are; at the end, the glossary as abbreviation
    definitions, so every page gets hover definitions."""
    import posixpath

    from macros import citations, freshness_text, tables
    from macros.mkdocs_glue.page_state import PAGE_FIGURES
    from macros.model import load_catalogue

    catalogue = load_catalogue()
    page = env.page.file.src_uri
    sources = posixpath.relpath(citations.SOURCES_PAGE, posixpath.dirname(page) or ".")
    line = freshness_text.as_of_line(catalogue, PAGE_FIGURES.get(page, set()), sources)
    env.markdown = freshness_text.after_title(env.markdown, line)
    if page not in NO_GLOSSARY_TOOLTIPS:
        env.markdown += "\n\n" + tables.abbreviations(catalogue) + "\n"
