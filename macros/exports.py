"""CSV downloads of the data and every figure, built from the catalogue (no MkDocs here)."""

from __future__ import annotations

import csv
import io

from macros import escape
from macros.model.catalogue import Catalogue
from macros.model.freshness import check_again_after


def csv_text(header: list[str], rows: list[list]) -> str:
    """CSV with a header row; floats keep twelve significant digits (every sourced digit, no
    unit-conversion noise such as 15.102000000000002); None is an empty cell; text that a
    spreadsheet would run as a formula is defused (macros.escape.csv_cell)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_cell(value) for value in row] for row in rows])
    return buffer.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format(value, ".12g")
    return escape.csv_cell(str(value))


def figures_csv(catalogue: Catalogue) -> str:
    rows = [
        [
            f.id,
            f.label,
            f.kind,
            f.value,
            f.low if f.low is not None else "",
            f.high if f.high is not None else "",
            f.unit,
            f.how,
            " ".join(f.inputs),
            " ".join(f.sources),
        ]
        for f in catalogue.figures.values()
    ]
    return csv_text(["id", "label", "kind", "value", "low", "high", "unit", "how", "inputs", "sources"], rows)


def sources_csv(catalogue: Catalogue) -> str:
    rows = []
    for s in catalogue.data.sources.values():
        due = check_again_after(s)
        rows.append(
            [
                s.id,
                s.publisher,
                s.title,
                s.published,
                str(s.url),
                s.accessed.isoformat(),
                s.kind,
                s.cadence,
                "" if due is None else due.isoformat(),
            ]
        )
    return csv_text(
        ["id", "publisher", "title", "published", "url", "accessed", "kind", "cadence", "check_again_after"], rows
    )


def inputs_csv(catalogue: Catalogue) -> str:
    rows = [
        [
            i.id,
            i.label,
            i.value,
            i.low if i.low is not None else "",
            i.high if i.high is not None else "",
            i.unit,
            i.kind,
            i.source,
            i.quote,
            i.as_of,
            i.basis,
            i.note,
        ]
        for i in catalogue.data.inputs.values()
    ]
    return csv_text(
        ["id", "label", "value", "low", "high", "unit", "kind", "source", "quote", "as_of", "basis", "note"], rows
    )


def claims_csv(catalogue: Catalogue) -> str:
    rows = [
        [
            c.claim.id,
            c.claim.article,
            c.claim.words,
            c.claim.claimed,
            c.claim.unit,
            c.claim.comparator,
            c.claim.figure or "",
            "" if c.ours is None else c.ours,
            c.verdict,
            c.claim.why,
        ]
        for c in catalogue.verdicts.values()
    ]
    return csv_text(
        ["id", "article", "words", "claimed", "unit", "comparator", "figure", "ours", "verdict", "why"], rows
    )


def forecasts_csv(catalogue: Catalogue) -> str:
    rows = []
    for score in catalogue.scores.values():
        f = score.forecast
        rows.append(
            [
                f.id,
                f.topic,
                f.statement or f"claim:{f.claim}",
                f.about,
                f.test,
                score.verdict,
                " ".join(f"{o.figure}={o.value:.6g}" for o in score.outcomes),
                f.comparator or "",
                "" if score.target is None else score.target,
                f.unit or "",
                " ".join(f.confirmed_by),
                " ".join(f.contradicted_by),
                f.why,
            ]
        )
    return csv_text(
        [
            "id",
            "topic",
            "words",
            "about",
            "test",
            "verdict",
            "outcomes",
            "comparator",
            "target",
            "unit",
            "confirmed_by",
            "contradicted_by",
            "why",
        ],
        rows,
    )


DOWNLOADS = {
    "data/figures.csv": figures_csv,
    "data/inputs.csv": inputs_csv,
    "data/sources.csv": sources_csv,
    "data/claims.csv": claims_csv,
    "data/forecasts.csv": forecasts_csv,
}
