"""The preview in a browser: a page open in `make serve` reloads itself after a save, under the page's
Content-Security-Policy (which blocked the server's live-reload script before the preview allowed it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from bench.serve_session import ServeSession
from tests.browser.launch import open_context
from tests.browser.watch import LoadWatch

pytestmark = pytest.mark.browser
RELOAD_TIMEOUT_MS = 90_000  # bounds a test that would otherwise hang; a rebuild takes seconds


@pytest.fixture(scope="module")
def session() -> Iterator[ServeSession]:
    with ServeSession() as served:
        yield served


def test_an_open_page_shows_a_saved_edit_by_itself_and_breaks_no_policy(chromium: Browser, session: ServeSession):
    context = open_context(chromium, "light")
    watch = LoadWatch(context, session.base)
    try:
        page = context.new_page()
        # Not settled: the live-reload script keeps one request open, waiting for the next build.
        watch.open(page, session.base + "power/", settle=False)
        words = "A sentence saved while the page was open."
        session.edit("docs/power.md", "# Power and energy\n", f"# Power and energy\n\n{words}\n")
        # No navigation by the test: the page's own live-reload script reloads it.
        page.wait_for_function(
            "words => document.body && document.body.innerText.includes(words)", arg=words, timeout=RELOAD_TIMEOUT_MS
        )
        session.restore("docs/power.md")
        page.wait_for_function(
            "words => document.body && !document.body.innerText.includes(words)", arg=words, timeout=RELOAD_TIMEOUT_MS
        )
        problems = watch.take()
    finally:
        context.close()
    assert not problems, "\n".join(problems)
