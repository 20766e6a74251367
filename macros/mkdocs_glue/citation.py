"""A page's "Cite this page" citation (overrides/partials/cite.html shows it), dated by the last
release in which the figures the page shows changed (macros/text/how_to_cite.py spells it)."""

from __future__ import annotations

from macros.model import load_catalogue
from macros.model.releases import history, last_changed, load_releases
from macros.pages.shown import ShownOnPages
from macros.text.how_to_cite import Citation, page_citation


def cite_page(page, config, shown: ShownOnPages) -> Citation:
    catalogue = load_catalogue()
    releases = history(load_releases(), catalogue)
    # A page that shows no figure is dated by them all.
    figures = shown.figures_on(page.file.src_uri, catalogue.figures) or set(catalogue.figures)
    changed = last_changed(releases, figures) or (releases[0].date if releases else catalogue.today)
    return page_citation(page.title or config.site_name, page.canonical_url or "", changed, page.url)
