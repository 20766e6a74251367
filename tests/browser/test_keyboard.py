"""A keyboard reader reaches the main content: Tab finds "Skip to content", Enter jumps past the header."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = pytest.mark.browser

FOCUSED_JS = """() => {
  const el = document.activeElement;
  return {html: el ? el.outerHTML.slice(0, 120) : null,
          isSkipLink: !!el && el.matches("a.md-skip"),
          inContent: !!el && !!el.closest("article, #__skip")};
}"""
# Material fades the skip link in on focus, so this is waited for, not read once.
FOCUS_SHOWN_JS = """() => {
  const el = document.activeElement;
  const box = el.getBoundingClientRect();
  return el.checkVisibility({opacityProperty: true, visibilityProperty: true})
         && box.width > 0 && box.height > 0;
}"""
HASH_TARGET_IN_CONTENT_JS = """() => {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  return !!target && !!target.closest("article, #__skip");
}"""
SHOW_TIMEOUT_MS = 2_000


def skip_link_problem(page) -> str | None:
    """Tab, Enter, Tab from the top of the page; what went wrong, if anything."""
    page.keyboard.press("Tab")
    first_stop = page.evaluate(FOCUSED_JS)
    if not first_stop["isSkipLink"]:
        return f"first Tab focuses {first_stop['html']}, not the skip link"
    try:
        # A sighted keyboard user has to see where focus is (WCAG 2.4.7).
        page.wait_for_function(FOCUS_SHOWN_JS, timeout=SHOW_TIMEOUT_MS)
    except PlaywrightTimeout:
        return "the focused skip link never becomes visible"
    page.keyboard.press("Enter")
    if not page.evaluate(HASH_TARGET_IN_CONTENT_JS):
        return f"the skip link goes to {page.url}, outside the main content"
    # The real test: the next Tab continues from the content, not from the header.
    page.keyboard.press("Tab")
    next_stop = page.evaluate(FOCUSED_JS)
    if not next_stop["inContent"]:
        return f"after skipping, Tab focuses {next_stop['html']}, outside the content"
    return None


def test_keyboard_reaches_the_main_content_on_every_page(light_tab, site_url, site_pages):
    failures = []
    for relative in site_pages:
        light_tab.open(site_url + relative, settle=False)
        problem = skip_link_problem(light_tab.page)
        if problem:
            failures.append(f"/{relative}: {problem}")
    assert not failures, "\n".join(failures)
