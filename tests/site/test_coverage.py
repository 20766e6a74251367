"""Every input and figure is used by a page (or explained as unused), and every source is cited."""

from __future__ import annotations

from pathlib import Path

import yaml

from macros.charts import build_chart
from macros.model import load_catalogue
from tests.site.html import pages, soup

UNUSED = Path(__file__).resolve().parents[2] / "data/unused.yaml"


def shown_figures(site: Path) -> set[str]:
    """Figures linked from a page, and figures drawn in a chart a page shows (its Numbers tab lists them)."""
    shown = set()
    catalogue = load_catalogue()
    for page in pages(site):
        if page.parent.name in ("sources", "figures"):
            continue  # the catalogue pages list everything; being listed there is not being used
        for link in soup(page).select("a.fig"):
            shown.add(link["href"].split("#fig-", 1)[1])
        for chart in soup(page).select("figure.chart"):
            shown.update(build_chart(chart["id"].removeprefix("chart-"), catalogue).figure_ids)
    return shown


def with_their_inputs(catalogue, figure_ids: set[str]) -> set[str]:
    used, stack = set(figure_ids), list(figure_ids)
    while stack:
        for name in catalogue[stack.pop()].inputs:
            if name not in used:
                used.add(name)
                stack.append(name)
    return used


def test_every_input_and_figure_is_used_or_explained(built_site):
    catalogue = load_catalogue()
    direct = shown_figures(built_site) | {c.figure for c in catalogue.data.claims.values() if c.figure}
    used = with_their_inputs(catalogue, direct)
    explained = {entry["id"] for entry in yaml.safe_load(UNUSED.read_text()) or []}
    orphans = sorted(set(catalogue.figures) - used - explained)
    assert not orphans, f"not used by any page, chart or claim (use them, or explain them in data/unused.yaml): {orphans}"


def test_every_source_is_cited(built_site):
    catalogue = load_catalogue()
    data = catalogue.data
    cited = {s for f in catalogue.figures.values() for s in f.sources}
    cited |= {s.source for s in data.statements.values()} | {a.origin for a in data.articles.values()}
    assert not sorted(set(data.sources) - cited), "sources nothing cites"


def test_every_statement_is_quoted_on_a_page(built_site):
    text = " ".join(soup(p).get_text(" ") for p in pages(built_site) if p.parent.name not in ("sources", "figures"))
    text = " ".join(text.split())  # a glossary term in a quote becomes an <abbr>, with spaces around it here
    missing = [s.id for s in load_catalogue().data.statements.values() if " ".join(s.quote.split())[:40] not in text]
    assert not missing, f"statements no page quotes: {missing}"
