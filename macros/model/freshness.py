"""How current the figures are: each source's check-again date, the stale ones, and a page's newest input.

A source's cadence says when newer information may have superseded it:

- quarterly: a company's results, call or filing; the next one is due three months after it;
- half-yearly: a twice-yearly list (the TOP500); the next is due six months after it;
- news: reporting on a developing story; look again six months after it was published;
- reference: a paper, model card, specification or statistic; re-read a year after it was read;
- final: a record of its date (the 2024 articles, results a later quarter has superseded): never.

An undated source counts from the day it was read. ``check_again_after`` in the record
overrides the rule. Nothing here fails a build: the glue warns, and fails only a release build.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from macros.model.dates import add_months, period_end
from macros.model.records import Source

if TYPE_CHECKING:
    from macros.model.catalogue import Catalogue

MONTHS_AFTER_PUBLICATION = {"quarterly": 3, "half-yearly": 6, "news": 6}
CADENCE_WORDS = {
    "quarterly": "quarterly results",
    "half-yearly": "a twice-yearly list",
    "news": "news of a developing story",
    "reference": "a reference work",
    "final": "a record of its date, not checked again",
}
MONTHS_AFTER_READING = {"reference": 12}


def check_again_after(source: Source) -> dt.date | None:
    if source.check_again_after is not None:
        return source.check_again_after
    if source.cadence in MONTHS_AFTER_READING:
        return add_months(source.accessed, MONTHS_AFTER_READING[source.cadence])
    if source.cadence in MONTHS_AFTER_PUBLICATION:
        published = period_end(source.published) or source.accessed
        return add_months(published, MONTHS_AFTER_PUBLICATION[source.cadence])
    return None


def age_days(source: Source, today: dt.date) -> int | None:
    """Days since the source was published (to the end of the period it gives); None if undated."""
    published = period_end(source.published)
    return None if published is None else max((today - published).days, 0)


@dataclass(frozen=True)
class Stale:
    source: Source
    due: dt.date
    figures: tuple[str, ...]
    statements: tuple[str, ...]


def stale_sources(catalogue: Catalogue, today: dt.date) -> list[Stale]:
    """Sources past their check-again date, most overdue first, with the figures that use them."""
    stale = []
    for source in catalogue.data.sources.values():
        due = check_again_after(source)
        if due is not None and due < today:
            quoting = tuple(s.id for s in catalogue.data.statements.values() if s.source == source.id)
            stale.append(Stale(source, due, tuple(catalogue.figures_using_source(source.id)), quoting))
    return sorted(stale, key=lambda s: (s.due, s.source.id))


def stale_report(stale: list[Stale]) -> str:
    """One line per stale source, naming what uses it, for the build log."""
    lines = []
    for item in stale:
        uses = [
            f"figures {', '.join(item.figures)}" if item.figures else "",
            f"statements {', '.join(item.statements)}" if item.statements else "",
        ]
        used = "; ".join(u for u in uses if u) or "no figure or statement"
        lines.append(
            f"data/sources.yaml, entry '{item.source.id}': past its check-again date "
            f"{item.due.isoformat()} ({item.source.cadence}); used by {used}"
        )
    return "\n".join(lines)


def input_ids(catalogue: Catalogue, figure_ids) -> set[str]:
    """The sourced inputs behind ``figure_ids``, following derived figures down to data/."""
    found, todo = set(), list(figure_ids)
    while todo:
        figure = catalogue[todo.pop()]
        if figure.kind == "input":
            found.add(figure.id)
        else:
            todo.extend(name for name in figure.inputs if name not in found)
    return found


def newest_as_of(catalogue: Catalogue, figure_ids) -> str | None:
    """The latest as_of among the inputs behind ``figure_ids`` (as written in data/), or None."""
    dated = [
        (period_end(catalogue.data.inputs[i].as_of), catalogue.data.inputs[i].as_of)
        for i in input_ids(catalogue, figure_ids)
    ]
    dated = [(end, text) for end, text in dated if end is not None]
    return max(dated)[1] if dated else None


def newest_dated(catalogue: Catalogue, figure_ids, statement_ids=(), source_ids=()) -> str | None:
    """The latest date among everything a page cites (as written in data/), or None: the inputs
    behind its figures (their as_of), the statements it quotes (their as_of) and the sources it
    cites on their own (their publication date)."""
    data = catalogue.data
    dated = [data.inputs[i].as_of for i in input_ids(catalogue, figure_ids)]
    dated += [data.statements[s].as_of for s in statement_ids]
    dated += [data.sources[s].published for s in source_ids]
    ends = [(period_end(text), text) for text in dated]
    ends = [(end, text) for end, text in ends if end is not None]
    return max(ends)[1] if ends else None
