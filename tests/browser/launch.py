"""Debian's chromium under Playwright: where it is, how it starts, and a fresh context per theme.

Playwright's own browser download (`playwright install`) does not work everywhere, so
the system chromium is driven through `executable_path` and nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Playwright

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT_MS = 15_000


def chromium_executable() -> str:
    """Debian's chromium, or CHROMIUM_PATH. Missing is a failure, never a skip: CI must run these."""
    configured = os.environ.get("CHROMIUM_PATH")
    found = configured or shutil.which("chromium")
    if not found or not Path(found).exists():
        where = f"CHROMIUM_PATH={configured!r} does not exist" if configured else "no `chromium` on PATH"
        pytest.fail(f"The browser tests need Debian's chromium ({where}). Run `make test`, "
                    "which installs it.", pytrace=False)
    return found


def launch_chromium(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)


def open_context(browser: Browser, theme: str) -> BrowserContext:
    """A context whose prefers-color-scheme is theme ("light" or "dark")."""
    context = browser.new_context(color_scheme=theme)
    context.set_default_timeout(TIMEOUT_MS)
    return context
