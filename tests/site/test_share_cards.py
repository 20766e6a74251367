"""Every page shares with a picture of its number: absolute og: and twitter: tags, and a real card."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

from PIL import Image

from macros.formatting import figure_text
from macros.model import load_catalogue
from tests.site.html import pages, soup

SITE_URL = "http://127.0.0.1:8000/llama4-by-the-numbers/"  # mkdocs.yml's default


def meta(document, key: str) -> str | None:
    tag = document.find("meta", attrs={"property": key}) or document.find("meta", attrs={"name": key})
    return None if tag is None else tag.get("content")


def test_every_page_has_absolute_social_tags_and_a_card_that_exists(built_site):
    checked = 0
    for page in pages(built_site):
        if page.name == "404.html":
            continue
        document = soup(page)
        for key in ("og:title", "og:description", "og:url", "og:image", "og:image:alt", "twitter:image"):
            assert meta(document, key), (page, key)
        assert meta(document, "twitter:card") == "summary_large_image", page
        image, address = meta(document, "og:image"), meta(document, "og:url")
        assert image.startswith(SITE_URL) and address.startswith(SITE_URL), (page, image, address)
        card = built_site / urlsplit(image).path.removeprefix(urlsplit(SITE_URL).path)
        picture = Image.open(io.BytesIO(card.read_bytes()))
        assert picture.size == (1200, 630) and (meta(document, "og:image:width"), meta(document, "og:image:height")) == (
            "1200",
            "630",
        )
        checked += 1
    assert checked >= 15


def test_a_pages_card_shows_its_headline_figure_as_it_is_now(built_site):
    figure = figure_text(load_catalogue()["capex_2025_actual_busd"], part="bare")
    picture = Image.open(built_site / "cards/money.png")
    assert picture.text["Description"].startswith(f"{figure}: ")
    assert figure in meta(soup(built_site / "money/index.html"), "og:image:alt")
