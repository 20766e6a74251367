"""A page on a phone: nothing wider than the screen, and no heading whose invisible permalink wraps
to a blank line of its own (while it still shows on hover)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.browser.launch import open_context

pytestmark = pytest.mark.browser

PHONE_PX = 390
# A small Android phone and an iPhone 12 to 15.
PHONE_WIDTHS = (360, 390)
# Headings whose permalink starts below the last line of their text: a blank line on screen,
# since the permalink is invisible until hovered.
ORPHANED_PERMALINKS_JS = """() => [...document.querySelectorAll("article :is(h1, h2, h3, h4, h5, h6)")]
  .filter(heading => heading.querySelector(".headerlink"))
  .filter(heading => {
    const link = heading.querySelector(".headerlink");
    const words = document.createRange();
    words.setStartBefore(heading.firstChild);
    words.setEndBefore(link);
    const textBottom = Math.max(...[...words.getClientRects()].map(box => box.bottom));
    return link.getBoundingClientRect().top >= textBottom - 2;
  })
  .map(heading => heading.textContent)"""


def test_no_heading_leaves_its_permalink_on_a_line_of_its_own_on_a_phone(chromium: Browser, site_url, site_pages):
    context = open_context(chromium, "light")
    try:
        page = context.new_page()
        page.set_viewport_size({"width": PHONE_PX, "height": 900})
        orphaned = []
        for path in site_pages:
            page.goto(site_url + path, wait_until="load")
            orphaned += [f"/{path}: {text!r}" for text in page.evaluate(ORPHANED_PERMALINKS_JS)]
        assert not orphaned, "headings whose invisible permalink wraps to a blank line:\n" + "\n".join(orphaned)
    finally:
        context.close()


def test_hovering_a_heading_shows_its_permalink(chromium: Browser, site_url):
    context = open_context(chromium, "light")
    try:
        page = context.new_page()
        page.set_viewport_size({"width": PHONE_PX, "height": 900})
        page.goto(site_url, wait_until="load")
        heading = page.locator("article h1")
        link = heading.locator(".headerlink")
        assert heading.locator(".heading-end").count() == 1, "the title's permalink is not glued to its last word"
        assert link.evaluate("a => getComputedStyle(a).opacity") == "0"
        heading.hover(position={"x": 5, "y": 5})  # over the first word, away from the permalink
        page.wait_for_function("a => getComputedStyle(a).opacity === '1'", arg=link.element_handle())
    finally:
        context.close()


def test_no_page_scrolls_sideways_on_a_phone(chromium: Browser, site_url, site_pages):
    # Wide tables scroll inside their own box; the page itself must not (a figure with its range
    # in one unbreakable line once pushed the Compute page 2 px wider than a 390 px phone).
    context = open_context(chromium, "light")
    try:
        page = context.new_page()
        wider = []
        for width in PHONE_WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            for path in site_pages:
                page.goto(site_url + path, wait_until="load")
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                if scroll_width > width:
                    wider.append(f"/{path} at {width} px is {scroll_width} px wide")
        assert not wider, "pages wider than the phone:\n" + "\n".join(wider)
    finally:
        context.close()
