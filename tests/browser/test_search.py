"""Material's search finds a figure and links to the page that holds it."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest

pytestmark = pytest.mark.browser

QUERY = "El Capitan"  # a comparison figure on the power page
RESULT_LINKS = ".md-search-result__item a.md-search-result__link"


def without_query(href: str) -> str:
    return urlunsplit(urlsplit(href)._replace(query="", fragment=""))


def test_search_finds_a_figure_and_links_to_its_page(light_tab, site_url, site_pages):
    page = light_tab.page
    light_tab.open(site_url)
    # No warm-up: clicking the search box is the reader's first interaction, which starts
    # Material's script (and its search) while the reader types.
    # At desktop width Material shows the search box in the header; a click opens it.
    search_box = page.locator("input.md-search__input")
    search_box.click()
    search_box.press_sequentially(QUERY)
    # Results update as each letter is typed: wait for ones that show the whole query.
    matching = page.locator(RESULT_LINKS, has_text=QUERY)
    matching.first.wait_for(state="visible")

    hrefs = [link.get_attribute("href") for link in matching.all()]
    page_urls = {site_url + relative for relative in site_pages}
    # search.highlight adds ?h=<terms> to each result; the page is the address without it.
    linked_pages = [href for href in hrefs if without_query(href) in page_urls]
    assert linked_pages, f"no search result for {QUERY!r} links to a page of the site: {hrefs}"

    light_tab.open(linked_pages[0])
    assert QUERY.lower() in page.locator("article").inner_text().lower(), linked_pages[0]
    assert not light_tab.watch.take(), "searching caused load problems"
