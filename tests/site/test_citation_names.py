"""Every citation a reader sees names the original work and its date: never the host of a copy,
never "undated" where a date is known."""

from __future__ import annotations

import re

from macros.model import load_catalogue
from tests.site.html import pages, soup

HOST_WORDS = re.compile(r"\b(?:repost(?:ed)?|reposting|via|summary of)\b", re.I)


def test_no_source_is_published_under_a_copys_host():
    for source in load_catalogue().data.sources.values():
        assert not HOST_WORDS.search(source.publisher), (source.id, source.publisher)
        if source.read_in is not None:
            assert source.read_in.host not in source.publisher, (source.id, source.publisher)


def test_no_citation_names_a_host_or_says_undated_when_a_date_is_known(built_site):
    sources = load_catalogue().data.sources
    checked = 0
    for page in pages(built_site):
        for link in soup(page).select('a[href*="sources/#src-"]'):
            source = sources[link["href"].rsplit("#src-", 1)[1]]
            text = link.get_text()
            assert not HOST_WORDS.search(text), (page.name, text)
            if source.read_in is not None:
                assert source.read_in.host not in text, (page.name, text)
            if "undated" in text:
                assert source.published == "undated", (page.name, text)
            checked += 1
    assert checked > 100
