"""The upkeep issue: the Markdown body of the one GitHub issue that lists every source past its
check-again date, with the figures and the quoted statements it feeds.

``python -m macros.published.upkeep_issue --out issue-body.md`` writes it for the build's date
(SOURCE_DATE_EPOCH when set, else today). When no source is stale the file is left empty: that is
the weekly upkeep workflow's signal (.github/workflows/upkeep.yml) to close the issue.

Which sources are stale, and what uses them, is :func:`macros.model.freshness.stale_sources`; this
module only writes it down. Everything taken from data/ goes through :func:`macros.escape.issue_text`
(a stranger may have written it) and every link through :func:`macros.escape.href` (https only).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from macros import escape
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue, load_catalogue
from macros.model.freshness import CADENCE_WORDS, Stale, stale_sources
from macros.model.records import Source

# GitHub refuses an issue body longer than this many characters.
GITHUB_BODY_LIMIT = 65_536
# Enough of a quote to recognise it by; the whole of it is in data/statements.yaml.
QUOTE_CHARACTERS = 160
NOTHING_STALE = ""
# The ids data/ may hold (the loader refuses any other): safe inside a code span, where no escaping works.
_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")


def issue_body(catalogue: Catalogue, today: dt.date | None = None, limit: int = GITHUB_BODY_LIMIT) -> str:
    """The issue's Markdown, most overdue source first; ``NOTHING_STALE`` (empty) when none is stale.

    Sources that would take the body past ``limit`` are counted at its end instead of listed."""
    today = today or catalogue.today
    stale = stale_sources(catalogue, today)
    if not stale:
        return NOTHING_STALE
    head = _introduction(len(stale), today)
    sections = [_section(catalogue, item) for item in stale]
    listed = len(sections)
    while listed and len(_joined(head, sections[:listed], len(stale) - listed)) > limit:
        listed -= 1
    return _joined(head, sections[:listed], len(stale) - listed)


def _joined(head: str, sections: list[str], unlisted: int) -> str:
    parts = [head, *sections]
    if unlisted:
        parts.append(
            f"**{unlisted} more** past their date are not listed: GitHub limits an issue to "
            f"{GITHUB_BODY_LIMIT:,} characters. `python -m macros.published.upkeep_issue` lists them all."
        )
    return "\n\n".join(parts) + "\n"


def _introduction(count: int, today: dt.date) -> str:
    sources = "1 source is past its" if count == 1 else f"{count} sources are past their"
    return (
        "<!-- Written by `python -m macros.published.upkeep_issue` in the weekly upkeep workflow, "
        "which replaces this text at every run: edit data/, not this issue. -->\n"
        f"**{sources} check-again date** on {today.isoformat()}, most overdue first.\n\n"
        "For each: read it again, or find what superseded it; update its entry in `data/sources.yaml` "
        "(`accessed`, or `check_again_after` when nothing newer exists) and the inputs and statements "
        "that quote it; then `make release` if a number moved. This issue is updated every week and "
        "closed when no source is left."
    )


def _section(catalogue: Catalogue, item: Stale) -> str:
    source = item.source
    lines = [
        f"### {escape.issue_text(source.publisher)}: {escape.issue_text(source.title)}",
        "",
        f"- Entry {_code(source.id)} in `data/sources.yaml`; {escape.issue_text(CADENCE_WORDS[source.cadence])}, "
        f"due {item.due.isoformat()}; read {source.accessed.isoformat()}.",
        f"- {_where_read(source)}",
    ]
    figures = sorted(item.figures)
    lines.append(f"- Figures ({len(figures)}):" if figures else "- Figures: none.")
    lines += [f"  - {_figure_line(catalogue, figure_id)}" for figure_id in figures]
    statements = sorted(item.statements)
    lines.append(f"- Statements ({len(statements)}):" if statements else "- Statements: none.")
    lines += [f"  - {_statement_line(catalogue, statement_id)}" for statement_id in statements]
    return "\n".join(lines)


def _where_read(source: Source) -> str:
    where = [_link(str(source.url), "the original")] if source.url is not None else []
    if source.read_in is not None:
        host = escape.issue_text(source.read_in.host)
        where.append(f"the copy read: {_link(str(source.read_in.url), host) if source.read_in.url else host}")
    return "Where: " + "; ".join(where) + "."


def _link(url: str, words: str) -> str:
    # A raw <a>, as on the site: a Markdown link's destination ends at the first ")" of an address.
    return f'<a href="{escape.href(url)}">{words}</a>'


def _figure_line(catalogue: Catalogue, figure_id: str) -> str:
    figure = catalogue[figure_id]
    return f"{_code(figure.id)}: {escape.issue_text(figure.label)}, {escape.issue_text(figure_text(figure))}"


def _statement_line(catalogue: Catalogue, statement_id: str) -> str:
    statement = catalogue.data.statements[statement_id]
    quote = statement.quote
    if len(quote) > QUOTE_CHARACTERS:
        quote = quote[:QUOTE_CHARACTERS].rstrip() + "…"
    speaker = f"{escape.issue_text(statement.speaker)}: " if statement.speaker else ""
    return f"{_code(statement.id)}: {speaker}“{escape.issue_text(quote)}”"


def _code(identifier: str) -> str:
    if not _ID.fullmatch(identifier):
        raise ValueError(f"'{identifier}' is not an id of data/, so it cannot be shown as code")
    return f"`{identifier}`"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the body here (empty when no source is stale)")
    args = parser.parse_args(argv)
    catalogue = load_catalogue()
    body = issue_body(catalogue)
    if args.out is None:
        sys.stdout.write(body)
        return 0
    args.out.write_text(body, encoding="utf-8")
    count = len(stale_sources(catalogue, catalogue.today))
    if body == NOTHING_STALE:
        print(f"No source is past its check-again date on {catalogue.today}: {args.out} is empty.")
    else:
        print(f"{count} sources past their check-again date on {catalogue.today}: the issue body is in {args.out}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
