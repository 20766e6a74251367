"""Fixtures for the browser tests: the built site served under its GitHub Pages sub-path,
one chromium for the session, one context per theme, and one visit per page and theme."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from bench.pages_server import serve_site
from bench.site_pages import site_pages as pages_of
from tests.browser.launch import launch_chromium, open_context
from tests.browser.survey import THEMES, PageVisit, ThemeTab, visit
from tests.browser.watch import LoadWatch


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    with serve_site(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def site_pages(built_site: Path) -> list[str]:
    """Every page but 404.html, as paths relative to the site root ("", "power/"): found by
    walking the build, so pages added later are tested without touching these tests."""
    found = [page.path for page in pages_of(built_site)]
    assert found, "the built site has no pages"
    return found


@pytest.fixture(scope="session")
def theme_tabs(chromium: Browser, site_url: str) -> Iterator[dict[str, ThemeTab]]:
    tabs = {}
    for theme in THEMES:
        context = open_context(chromium, theme)
        watch = LoadWatch(context, site_url)
        tabs[theme] = ThemeTab(theme, context, context.new_page(), watch)
    yield tabs
    for tab in tabs.values():
        tab.context.close()


@pytest.fixture(scope="session")
def visits(theme_tabs: dict[str, ThemeTab], site_url: str, site_pages: list[str]) -> list[PageVisit]:
    return [visit(tab, site_url, page) for tab in theme_tabs.values() for page in site_pages]


@pytest.fixture
def light_tab(theme_tabs: dict[str, ThemeTab]) -> ThemeTab:
    tab = theme_tabs["light"]
    tab.watch.take()  # problems of earlier tests' visits are theirs, not this test's
    return tab
