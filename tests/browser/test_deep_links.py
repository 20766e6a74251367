"""A citation's link lands on its entry. The Sources page and the figure index lay their entries out
only near the screen (content-visibility in docs/stylesheets/site.css), so the browser places an entry
far down the page by estimated heights until it is drawn: the reader must still arrive at it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.browser.launch import open_context

pytestmark = pytest.mark.browser

# An entry three quarters down each lazily laid out list: many estimated heights above it, and
# enough page below it for the window to scroll it to the top.
ENTRIES_JS = {
    "sources/": "() => [...document.querySelectorAll('.src-entry[id]')].map(entry => entry.id)",
    "figures/": "() => [...document.querySelectorAll('.figure-index td > span[id]')].map(entry => entry.id)",
}


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("path", list(ENTRIES_JS))
def test_a_link_to_an_entry_far_down_a_long_page_shows_that_entry(chromium: Browser, site_url, path, width):
    context = open_context(chromium, "light")
    try:
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(site_url + path, wait_until="load")
        entries = page.evaluate(ENTRIES_JS[path])
        assert len(entries) > 20, f"/{path}: {len(entries)} entries, expected the whole list"
        anchor = entries[len(entries) * 3 // 4]
        page.goto(f"{site_url}{path}#{anchor}", wait_until="load")
        page.wait_for_timeout(300)  # let the drawn entries settle the scroll position
        top = page.locator(f"[id='{anchor}']").evaluate("entry => entry.getBoundingClientRect().top")
        assert 0 <= top < 400, f"/{path}#{anchor}: the entry is {top:.0f} px from the top of an 800 px window"
    finally:
        context.close()
