"""A built site finished in place, knowing no engine: every page through :mod:`page`, then the
files published beside the pages (downloads, feed, numbers file). What runs after ``zensical
build`` (``python -m macros.finishing site/``); a MkDocs build does the same page by page in its
hooks, so it never needs this.

A page that already carries its Content-Security-Policy is left as it is: the step can run twice.
"""

from __future__ import annotations

import html as html_text
import re
from dataclasses import dataclass
from pathlib import Path

from macros.finishing.page import corrected_content, finished_page, finished_template, is_finished
from macros.finishing.page_record import by_figure, keep, load_kept, take_record
from macros.model import load_catalogue
from macros.published.site_files import files_beside_pages, numbers_files

NOT_FOUND_PAGE = "404.html"
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)"')


@dataclass(frozen=True)
class Finished:
    pages: int  # pages finished now
    already: int  # pages that were finished before
    files: int  # files written beside the pages


def page_url(relative: str) -> str:
    """A page's address from its path in the site ("power/index.html" -> "power/", "index.html" -> "")."""
    return relative.removesuffix("index.html")


def canonical_address(home_page: str) -> str:
    """The site's address as the home page names it (empty if it names none)."""
    found = CANONICAL.search(home_page)
    return html_text.unescape(found.group(1)) if found else ""


def finish_site(site: Path, site_url: str) -> Finished:
    catalogue = load_catalogue()
    records = load_kept(site)  # pages an earlier run finished, which the engine did not rebuild
    finished = already = 0
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        original = page.read_text(encoding="utf-8")
        html, record = take_record(original, relative)
        if record is not None:
            records[relative] = record
        if is_finished(html):
            already += 1
        elif relative == NOT_FOUND_PAGE:
            html, finished = finished_template(html), finished + 1
        else:
            html, finished = finished_page(corrected_content(html), page_url(relative), [str(site)]), finished + 1
        if html != original:
            page.write_text(html, encoding="utf-8")
    pages = {page.relative_to(site).as_posix() for page in site.rglob("*.html")}
    records = {path: record for path, record in records.items() if path in pages}
    keep(site, records)
    shown = by_figure(list(records.values()))
    written = {**files_beside_pages(catalogue, site_url), **numbers_files(catalogue, site_url, shown)}
    for path, content in written.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return Finished(finished, already, len(written))
