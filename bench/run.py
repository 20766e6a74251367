"""Benchmark the site against issue 5's targets: `make bench`.

1. Build this site cold, the stock reference site in bench/stock/ and the same pages built the
   stock way (bench/same_pages.py), in turn, three times each, timing every build and measuring
   peak memory; the medians are compared.
2. Serve this site gzip-compressed on loopback under its GitHub Pages sub-path.
3. Run Lighthouse 12 (mobile) on every page and print scores, LCP, bytes, requests and
   other hosts, then whether each target holds.

It reports and does not judge: exit 0 when targets miss, non-zero only when it could not
run (a failed build, no Lighthouse, no chromium, a page Lighthouse could not measure).
Full Lighthouse reports go to bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from cold_build import ROUNDS, BuildFailed, BuildMeasure, measure_in_rounds
from lighthouse import LighthouseUnavailable, ensure_lighthouse, run_lighthouse
from pages_server import SUB_PATH, serve_site, served_body_size
from report import builds_table, render, verdict_lines
from same_pages import make_same_pages_project
from site_pages import site_pages
from targets import build_verdicts, page_verdicts

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
STOCK = BENCH / "stock"
OUT = BENCH / "out"


def find_chromium() -> str:
    found = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not found or not Path(found).exists():
        raise LighthouseUnavailable("chromium not found: run `make bench`, which installs it, or set CHROMIUM_PATH")
    return found


def report_name(page_path: str) -> str:
    return (re.sub(r"[^A-Za-z0-9]+", "-", page_path).strip("-") or "home") + ".json"


# What overrides/partials/scripts-on-interaction.html fetches on the first interaction.
ON_INTERACTION = (
    "assets/javascripts/bundle.*.min.js",
    "assets/javascripts/workers/search.*.min.js",
    "search/search_index.json",
)


def fetched_on_interaction(site: Path) -> dict[str, int]:
    """Compressed bytes of each file Material's script brings when it starts, by file name."""
    found = {}
    for pattern in ON_INTERACTION:
        for path in sorted(site.glob(pattern)):
            relative = path.relative_to(site).as_posix()
            found[path.name] = served_body_size(site, SUB_PATH + relative) or 0
    return found


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)  # stdout carries only the report


def measure_builds() -> tuple[BuildMeasure, BuildMeasure, BuildMeasure]:
    """This site, the four-page stock site and this site's pages built the stock way, cold, in turns."""
    with tempfile.TemporaryDirectory() as scratch:
        progress("Writing this site's pages as a stock project ...")
        same_pages = make_same_pages_project(Path(scratch) / "same-pages")
        progress(f"Building this site and the two stock sites cold, {ROUNDS} times each ...")
        # A copy, so the stock build's site/ and .cache/ never land in bench/stock/.
        stock_project = shutil.copytree(STOCK, Path(scratch) / "stock")
        ours, stock, same = measure_in_rounds(
            [
                ("this site", ROOT, ROOT / "site"),
                ("stock site", stock_project, stock_project / "site"),
                ("same pages, stock", same_pages, same_pages / "site"),
            ]
        )
    return ours, stock, same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.splitlines()[0])
    parser.add_argument("--builds-only", action="store_true", help="time the builds; skip Lighthouse")
    args = parser.parse_args(argv)
    try:
        if args.builds_only:
            ours, stock, same = measure_builds()
            print("\n".join([*builds_table([ours, stock, same]), "", "Build targets:"]))
            print("\n".join(verdict_lines(build_verdicts(ours, stock, same))))
            return 0
        chromium = find_chromium()
        # Before the builds: a missing Lighthouse should stop the run before minutes are spent.
        lighthouse = ensure_lighthouse(BENCH)
        ours, stock, same = measure_builds()
    except (BuildFailed, LighthouseUnavailable, RuntimeError) as problem:
        print(f"bench: could not run: {problem}", file=sys.stderr)
        return 1

    site = ROOT / "site"
    pages = site_pages(site)
    reports = OUT / "lighthouse"
    reports.mkdir(parents=True, exist_ok=True)
    results = []
    with serve_site(site, compress=True) as base_url:
        for number, page in enumerate(pages, start=1):
            progress(f"Lighthouse {number}/{len(pages)}: /{page.path}")
            score = run_lighthouse(
                lighthouse,
                chromium,
                base_url + page.path,
                reports / report_name(page.path),
                served_size=lambda url_path: served_body_size(site, url_path),
            )
            results.append((page, score))

    page_targets = page_verdicts(results)
    build_targets = build_verdicts(ours, stock, same)
    print(render(results, [ours, stock, same], page_targets, build_targets, fetched_on_interaction(site)))
    summary = {
        "pages": [{**asdict(page), **asdict(score)} for page, score in results],
        "builds": [asdict(ours), asdict(stock), asdict(same)],
        "targets": [asdict(verdict) for verdict in page_targets + build_targets],
    }
    (OUT / "summary.json").write_text(json.dumps(summary, indent=2))
    return 1 if any(score.error for _, score in results) else 0


if __name__ == "__main__":
    sys.exit(main())
