"""A printed page keeps what a reader needs on paper: no navigation, and each citation's address
after its text (a link cannot be followed on paper). Printed with Chromium to PDF, A4, and read back."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import Browser
from pypdf import PdfReader

from macros.model import load_catalogue
from tests.browser.launch import open_context

pytestmark = pytest.mark.browser


def printed_text(chromium: Browser, url: str) -> str:
    context = open_context(chromium, "light")
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        page.emulate_media(media="print")
        pdf = page.pdf(format="A4", print_background=False)
    finally:
        context.close()
    return " ".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_printed_page_shows_each_citations_address(chromium: Browser, site_url):
    text = printed_text(chromium, site_url + "money/")
    sources = load_catalogue().data.sources
    # A statement's source on the money page, by the address of the text that was read.
    source = sources["meta-q2-2025-call-transcript"]
    address = str(source.read_at or source.url)
    assert address.split("//", 1)[1][:30] in text.replace(" ", "")
    assert "Skip to content" not in text and "Initializing search" not in text


def test_the_printed_sources_page_shows_each_entrys_address(chromium: Browser, site_url):
    text = printed_text(chromium, site_url + "sources/").replace(" ", "")
    addresses = [s.read_at or s.url for s in load_catalogue().data.sources.values()]
    addresses = [str(a) for a in addresses if a is not None]
    found = [a for a in addresses if a.split("//", 1)[1][:25] in text]
    assert len(found) > 0.9 * len(addresses)
