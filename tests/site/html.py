"""Reading the built site: its pages, their text and their links (helpers for the site tests)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse

from bs4 import BeautifulSoup

from macros.addresses import EMBEDS


@lru_cache(maxsize=None)
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def pages(site: Path) -> list[Path]:
    """The site's own pages, as its theme builds them: not 404.html, nor the charts' embed pages
    (whole documents for another site's iframe, tested by tests/site/test_embeds.py)."""
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html" and not is_embed(site, p))


def embed_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if is_embed(site, p))


def is_embed(site: Path, page: Path) -> bool:
    return page.relative_to(site).parts[0] == EMBEDS


def article_text(path: Path) -> str:
    article = soup(path).select_one("article")
    return article.get_text(" ", strip=True) if article else ""


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """The file and anchor an internal link points to, or None for an external one."""
    parsed = urlparse(href)
    if parsed.scheme or parsed.netloc or href.startswith("mailto:"):
        return None
    target = page if not parsed.path else (page.parent / unquote(parsed.path)).resolve()
    if target.is_dir():
        target = target / "index.html"
    return target, parsed.fragment


def ids(path: Path) -> set[str]:
    return {tag["id"] for tag in soup(path).select("[id]")}
