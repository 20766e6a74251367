"""In the browser, the site built from hostile data (tests/hostile.py) runs no planted script, even once
Material's script turns titles into tooltips and renders search results, and its policy blocks nothing
of the site's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from bench.pages_server import serve_site
from bench.site_pages import site_pages as pages_of
from tests.browser.launch import open_context
from tests.browser.survey import start_material
from tests.browser.watch import LoadWatch

pytestmark = pytest.mark.browser

# Anything planted that became live markup would show up as one of these.
LIVE_MARKUP_JS = """() => [...document.querySelectorAll("*")].flatMap(el =>
  [...el.attributes].filter(a => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value))
    .map(a => `<${el.localName} ${a.name}="${a.value}">`)
).concat([...document.querySelectorAll("img, iframe, object, embed")].map(el => `<${el.localName}>`))"""


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    with serve_site(hostile_site) as url:
        yield url


def test_no_planted_script_runs_on_any_page_even_after_tooltips_and_search(
    chromium: Browser, hostile_site, hostile_url
):
    context = open_context(chromium, "light")
    watch = LoadWatch(context, hostile_url)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for relative in (p.path for p in pages_of(hostile_site)):
            watch.open(page, hostile_url + relative)
            start_material(page)
            # Handles, not locators: Material moves each title out of its attribute into a tooltip.
            titled = [
                h for h in page.query_selector_all("a[title*='Hostile'], abbr[title*='Hostile']") if h.is_visible()
            ]
            for element in titled[:6]:
                element.hover()  # Material builds its tooltip from the title now, with innerHTML
                page.wait_for_timeout(100)
                live = page.evaluate(LIVE_MARKUP_JS)
                assert not live, f"/{relative}: planted markup is live in a tooltip: {live}"
            live = page.evaluate(LIVE_MARKUP_JS)
            assert not live, f"/{relative}: planted markup is live: {live}"
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").press_sequentially("Hostile")
        page.locator(".md-search-result__item").first.wait_for(state="visible")
        assert not page.evaluate(LIVE_MARKUP_JS), "search results made planted markup live"
        assert not dialogs, f"planted script ran: {dialogs}"
        assert not watch.take(), "problems (console errors, policy violations) on the hostile site"
    finally:
        context.close()
