"""`make screenshots`: every page of the built site as a reader sees it, to look at before a release.

Each page's first screen at 390 px (a phone) and 1280 px, in the light and dark themes, every chart's
embed page at 320 px in both themes, and the share cards as drawn. The PNGs go to bench/out/screenshots/
(git-ignored). It checks nothing: looking is the point; the browser tests check what can be checked.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from pages_server import SUB_PATH, serve_site
from playwright.sync_api import sync_playwright
from site_pages import site_pages

BENCH = Path(__file__).resolve().parent
SITE = BENCH.parent / "site"
OUT = BENCH / "out" / "screenshots"
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
PAGE_WIDTHS = {390: 844, 1280: 900}  # width: height of the first screen
EMBED_WIDTH, EMBED_HEIGHT = 320, 640
THEMES = ("light", "dark")


def shot_name(path: str, width: int, theme: str) -> str:
    return f"{(path.strip('/').replace('/', '-') or 'home')}-{width}-{theme}.png"


def main() -> int:
    if not (SITE / "index.html").is_file():
        print("screenshots: no site/index.html; run `make site` first", file=sys.stderr)
        return 2
    chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    OUT.mkdir(parents=True, exist_ok=True)
    pages = [page.path for page in site_pages(SITE)]
    embeds = sorted(p.parent.relative_to(SITE).as_posix() + "/" for p in (SITE / "embed").glob("*/index.html"))
    taken = 0
    with serve_site(SITE) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for theme in THEMES:
            for width, height in PAGE_WIDTHS.items():
                context = browser.new_context(color_scheme=theme, viewport={"width": width, "height": height})
                page = context.new_page()
                for path in pages:
                    page.goto(base_url + path, wait_until="load")
                    page.screenshot(path=OUT / shot_name(path, width, theme))
                    taken += 1
                context.close()
            context = browser.new_context(color_scheme=theme, viewport={"width": EMBED_WIDTH, "height": EMBED_HEIGHT})
            page = context.new_page()
            for path in embeds:
                page.goto(base_url + path, wait_until="load")
                page.screenshot(path=OUT / shot_name(path, EMBED_WIDTH, theme), full_page=True)
                taken += 1
            context.close()
        browser.close()
    for card in sorted((SITE / "cards").glob("*.png")):
        shutil.copyfile(card, OUT / f"card-{card.name}")
        taken += 1
    print(f"{taken} screenshots in bench/out/screenshots/ (served under {SUB_PATH})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
