"""What goes wrong while a page loads: console errors, failed requests, requests to other hosts."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, Response, Route, WebError

# Schemes that never leave the browser, so they cannot reach another host.
IN_BROWSER_SCHEMES = ("data", "blob", "about")
CSP_REPORTER = """document.addEventListener("securitypolicyviolation", (event) => {
  const blocked = event.blockedURI || "inline";
  console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${blocked}`);
});"""
# Settled: nothing in flight for QUIET_S, checked every POLL_MS.
QUIET_S = 0.1
POLL_MS = 20
SETTLE_TIMEOUT_S = 15


class LoadWatch:
    """Records every problem a context's pages cause, from the moment it is attached.

    Requests to any host but the local server are recorded and then blocked: the
    tests stay offline and fast, and a page that needs another host fails here
    exactly as it would for a reader who blocks it.
    """

    def __init__(self, context: BrowserContext, base_url: str) -> None:
        self.origin = urlsplit(base_url).netloc
        self.problems: list[str] = []
        self._in_flight: set[Request] = set()
        self._left_behind: set[Request] = set()
        context.on("console", self._on_console)
        context.on("weberror", self._on_page_error)
        context.on("request", self._on_request)
        context.on("requestfinished", self._on_request_finished)
        context.on("response", self._on_response)
        context.on("requestfailed", self._on_request_failed)
        context.route(self._is_foreign, self._block)
        # Chromium logs a blocked resource, but not every violation of the page's policy; this makes
        # each one a console error, which is recorded as a problem like any other.
        context.add_init_script(CSP_REPORTER)

    def take(self) -> list[str]:
        """The problems seen since the last call, and a fresh start."""
        problems, self.problems = self.problems, []
        return problems

    def open(self, page: Page, url: str, settle: bool = True) -> None:
        """Go to url; with settle, also wait until none of its requests is in flight.

        Chromium may still be fetching something (the favicon, say) when a test
        moves on; leaving the page cancels it. That cancellation is the test's
        doing, not the site's, so it is not reported.
        """
        self._left_behind |= self._in_flight
        page.goto(url, wait_until="load")
        if settle:
            self.wait_until_settled(page)

    def wait_until_settled(self, page: Page) -> None:
        # Material fetches the search index once its script has started, after load, so
        # load is too early to have seen every request. Playwright's networkidle would also do, but it waits a
        # fixed 500 ms of quiet on every page, a third of the suite's time.
        deadline = time.monotonic() + SETTLE_TIMEOUT_S
        quiet_since = None
        while time.monotonic() < deadline:
            if self._in_flight - self._left_behind:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= QUIET_S:
                return
            page.wait_for_timeout(POLL_MS)  # lets Playwright deliver pending events
        raise TimeoutError(
            f"requests still in flight after {SETTLE_TIMEOUT_S} s: "
            f"{[request.url for request in self._in_flight - self._left_behind]}"
        )

    def _is_foreign(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme not in IN_BROWSER_SCHEMES and parts.netloc != self.origin

    @staticmethod
    def _block(route: Route) -> None:
        route.abort("blockedbyclient")

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location.get("url") or "?"
            self.problems.append(f"console error: {message.text} (at {where})")

    def _on_page_error(self, error: WebError) -> None:
        self.problems.append(f"uncaught exception: {error.error}")

    def _on_request(self, request: Request) -> None:
        self._in_flight.add(request)
        if self._is_foreign(request.url):
            self.problems.append(f"request to another host: {request.url}")

    def _on_request_finished(self, request: Request) -> None:
        self._in_flight.discard(request)
        self._left_behind.discard(request)

    def _on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _on_request_failed(self, request: Request) -> None:
        self._in_flight.discard(request)
        # The browser cancelled it (a navigation, or a favicon fetch racing one). A broken file
        # shows up as an HTTP status in _on_response instead, so a cancellation is not a defect.
        if request.failure == "net::ERR_ABORTED":
            self._left_behind.discard(request)
            return
        if not self._is_foreign(request.url):  # foreign ones are already reported, and blocked by us
            self.problems.append(f"request failed ({request.failure}): {request.url}")
