"""Zensical's build, finished by the engine-free step, loads as cleanly as the MkDocs build: no
console error, no policy violation, no failed request and no request to another host, on every
page it makes, in both themes, before and after a first interaction (tests/site/test_engines.py
checks its files and figures)."""

from __future__ import annotations

import pytest

from bench.pages_server import serve_site
from bench.site_pages import site_pages
from tests.browser.launch import open_context
from tests.browser.survey import THEMES
from tests.browser.watch import LoadWatch

pytestmark = pytest.mark.browser


def test_every_page_of_a_finished_zensical_build_loads_without_errors_or_other_hosts(chromium, finished_zensical_site):
    pages = [page.path for page in site_pages(finished_zensical_site)]
    assert len(pages) >= 13
    failures = []
    with serve_site(finished_zensical_site) as url:
        for theme in THEMES:
            context = open_context(chromium, theme)
            try:
                watch = LoadWatch(context, url)
                tab = context.new_page()
                for page in pages:
                    tab.goto(url + page, wait_until="load")
                    tab.mouse.move(5, 5)
                    tab.mouse.move(10, 10)  # the theme's script starts on a first interaction
                    watch.wait_until_settled(tab)
                    failures += [f"{theme} {page or '/'}: {problem}" for problem in watch.take()]
            finally:
                context.close()
    assert not failures, "problems while loading the finished Zensical pages:\n" + "\n".join(failures)
