"""The benchmark's printed report: one row per page, then each target and whether it holds."""

from __future__ import annotations

from cold_build import BuildMeasure
from lighthouse import CATEGORIES, PageScore
from site_pages import SitePage
from targets import Verdict, transfer_budget_kb

SHORT_NAMES = {"performance": "perf", "accessibility": "a11y", "best-practices": "best", "seo": "seo"}


def _table(header: list[str], rows: list[list[str]], right_aligned: set[int]) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            cell.rjust(widths[i]) if i in right_aligned else cell.ljust(widths[i]) for i, cell in enumerate(cells)
        ).rstrip()

    return [line(header), line(["-" * width for width in widths]), *map(line, rows)]


def _score(value: int | None) -> str:
    return "err" if value is None else str(value)


def pages_table(results: list[tuple[SitePage, PageScore]]) -> list[str]:
    header = ["page", *(SHORT_NAMES[c] for c in CATEGORIES), "LCP s", "KB", "budget", "requests", "other hosts"]
    rows = []
    for page, score in results:
        kinds = ", ".join(
            kind for kind, is_it in (("notebook", page.is_notebook), ("charts", page.has_charts)) if is_it
        )
        rows.append(
            [
                f"/{page.path}" + (f" ({kinds})" if kinds else ""),
                *(_score(score.scores[c]) for c in CATEGORIES),
                "err" if score.lcp_s is None else f"{score.lcp_s:.2f}",
                f"{score.transfer_bytes / 1000:.0f}",
                str(transfer_budget_kb(page)),
                str(score.requests),
                ", ".join(score.other_hosts) or "none",
            ]
        )
    lines = _table(header, rows, right_aligned=set(range(1, 9)))
    lines += [f"  Lighthouse error on {score.url}: {score.error}" for _, score in results if score.error]
    return lines


def builds_table(builds: list[BuildMeasure]) -> list[str]:
    header = [
        "cold build",
        "wall s (median)",
        "fastest s",
        "rounds",
        "peak MB (largest process)",
        "peak MB (all processes)",
        "measured by",
    ]
    rows = [
        [
            b.name,
            f"{b.seconds:.2f}",
            f"{b.fastest:.2f}",
            " ".join(f"{seconds:.2f}" for seconds in b.rounds) or "1",
            f"{b.peak_rss_mb:.0f}",
            f"{b.tree_peak_mb:.0f}",
            b.method,
        ]
        for b in builds
    ]
    return _table(header, rows, right_aligned={1, 2, 4, 5})


def verdict_lines(verdicts: list[Verdict]) -> list[str]:
    lines = []
    for verdict in verdicts:
        lines.append(f"  [{'ok' if verdict.holds else 'MISS':>4}] {verdict.target}")
        lines += [f"         {miss}" for miss in verdict.misses]
    return lines


def render(
    results: list[tuple[SitePage, PageScore]],
    builds: list[BuildMeasure],
    page_targets: list[Verdict],
    build_targets: list[Verdict],
    on_interaction: dict[str, int],
) -> str:
    lines = [
        "Lighthouse 12, mobile preset, gzip over loopback. KB: kilobytes (1000 B) transferred",
        "on a first visit, before any interaction (a worker's script is counted at the size",
        "served: Lighthouse 12 records only its headers).",
        "",
    ]
    lines += pages_table(results)
    if on_interaction:
        files = ", ".join(f"{name} {size / 1000:.0f}" for name, size in on_interaction.items())
        total_kb = sum(on_interaction.values()) / 1000
        lines += [
            "",
            "A reader's first interaction (touch, key, scroll, mouse move) then fetches Material's",
            f"script and search: {total_kb:.0f} KB more, cached for later pages ({files}).",
        ]
    lines += ["", "Page targets:", *verdict_lines(page_targets), ""]
    lines += builds_table(builds)
    lines += ["", "Build targets:", *verdict_lines(build_targets)]
    return "\n".join(lines)
