"""The downloads beside the pages: the data and every figure as CSV, and each chart's numbers (CSV)
and drawing (a standalone SVG and a PNG), by their path in site/. Pure, no MkDocs.

Every file is written from the catalogue in memory; nothing is written into docs/ or data/.
"""

from __future__ import annotations

from macros.addresses import chart_download, data_download
from macros.charts import CHARTS, chart_for
from macros.escape import csv_table
from macros.model.catalogue import Catalogue
from macros.model.freshness import check_again_after


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
    return csv_table(["id", "label", "kind", "value", "low", "high", "unit", "how", "inputs", "sources"], rows)


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
                "" if s.url is None else str(s.url),
                "" if s.read_in is None or s.read_in.url is None else str(s.read_in.url),
                "" if s.read_in is None else s.read_in.host,
                s.accessed.isoformat(),
                s.tier,
                s.kind,
                s.cadence,
                "" if due is None else due.isoformat(),
            ]
        )
    header = ["id", "publisher", "title", "published", "url", "read_in_url", "read_in_host", "accessed"]
    return csv_table([*header, "tier", "kind", "cadence", "check_again_after"], rows)


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
    return csv_table(
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
    return csv_table(
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
    return csv_table(
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


DATA_CSVS = {
    "figures": figures_csv,
    "inputs": inputs_csv,
    "sources": sources_csv,
    "claims": claims_csv,
    "forecasts": forecasts_csv,
}


def data_downloads(catalogue: Catalogue) -> dict[str, str]:
    """The CSV of each kind of record, by site path (data/figures.csv ...)."""
    return {data_download(name): build(catalogue) for name, build in DATA_CSVS.items()}


def chart_downloads(catalogue: Catalogue, pngs: bool = True) -> dict[str, str | bytes]:
    """Every chart's numbers (CSV) and drawing (standalone SVG, PNG), by site path. Without ``pngs``,
    the PNGs are left to whoever draws them apart (macros/published/drawing.py)."""
    downloads: dict[str, str | bytes] = {}
    for chart_id in CHARTS:
        chart = chart_for(catalogue, chart_id)
        downloads[chart_download(chart_id, "csv")] = chart.csv
        downloads[chart_download(chart_id, "svg")] = chart.svg_file
        if pngs:
            downloads[chart_download(chart_id, "png")] = chart.png
    return downloads


def all_downloads(catalogue: Catalogue, pngs: bool = True) -> dict[str, str | bytes]:
    return {**data_downloads(catalogue), **chart_downloads(catalogue, pngs)}
