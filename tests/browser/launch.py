"""Chromium under Playwright: where it is, how it starts, and a fresh context per theme.

Playwright's own browser download (`playwright install`) does not work everywhere, so
Debian's chromium is driven through `executable_path` where it runs. On Ubuntu the
`chromium` command is a snap wrapper that does not run in containers; there,
scripts/ensure-system-packages installs Playwright's own build, which is used instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Playwright
from playwright.sync_api import Error as PlaywrightError

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000


def chromium_executable() -> str | None:
    """CHROMIUM_PATH, else the system's chromium if it runs, else None (Playwright's own build)."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        if not Path(configured).exists():
            pytest.fail(f"CHROMIUM_PATH={configured!r} does not exist", pytrace=False)
        return configured
    found = shutil.which("chromium")
    return found if found and _runs(found) else None


def _runs(executable: str) -> bool:
    try:
        result = subprocess.run(
            [executable, "--headless", "--no-sandbox", "--version"], capture_output=True, text=True, timeout=20
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "chromium" in result.stdout.lower()


def launch_chromium(playwright: Playwright) -> Browser:
    """A browser, or a failure saying what to run: never a skip, since CI must run these tests."""
    executable = chromium_executable()
    try:
        return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    except PlaywrightError as error:
        where = executable or "Playwright's own chromium (no system chromium runs here)"
        pytest.fail(
            f"The browser tests could not start {where}: {error.message.splitlines()[0]}. "
            "Run `make test`, which installs a browser.",
            pytrace=False,
        )


def open_context(browser: Browser, theme: str) -> BrowserContext:
    """A context whose prefers-color-scheme is theme ("light" or "dark")."""
    context = browser.new_context(color_scheme=theme)
    context.set_default_timeout(TIMEOUT_MS)
    return context
