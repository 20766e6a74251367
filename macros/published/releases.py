"""Recording a release of the numbers: ``python -m macros.published.releases record`` (``make release``).

A release is today's snapshot of the catalogue (every figure as pages spell it, every input's
value, source and quote), written as ``releases/<date>.json``; CITATION.cff is dated to match.
The tests fail while the catalogue differs from the newest release, naming each moved figure, so
a number can never change without a release that says so. Reading releases and comparing them is
:mod:`macros.model.releases`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from macros.formatting import figure_text
from macros.model.catalogue import Catalogue
from macros.model.dates import build_date
from macros.model.releases import RELEASES_DIR, Release

SIGNIFICANT = 6  # digits kept: every sourced digit, no unit-conversion noise


def _rounded(value: float | None) -> float | None:
    return None if value is None else float(f"{value:.{SIGNIFICANT}g}")


def snapshot(catalogue: Catalogue, date: dt.date) -> dict:
    """The catalogue as a release records it (JSON-ready, sorted, so two snapshots diff cleanly)."""
    figures = {
        f.id: {
            "label": f.label,
            "unit": f.unit,
            "value": _rounded(f.value),
            "low": _rounded(f.low),
            "high": _rounded(f.high),
            "text": figure_text(f),
        }
        for f in sorted(catalogue.figures.values(), key=lambda f: f.id)
    }
    inputs = {
        i.id: {"value": _rounded(i.value), "unit": i.unit, "source": i.source, "quote": i.quote}
        for i in sorted(catalogue.data.inputs.values(), key=lambda i: i.id)
    }
    verdicts = {
        "claims": {k: v.verdict for k, v in sorted(catalogue.verdicts.items())},
        "forecasts": {k: v.verdict for k, v in sorted(catalogue.scores.items())},
    }
    return {"date": date.isoformat(), "figures": figures, "inputs": inputs, "verdicts": verdicts}


def unrecorded(catalogue: Catalogue, latest: Release) -> list[str]:
    """How the catalogue differs from the newest release, one line per figure, or [] when it does not."""
    current = Release.model_validate_json(json.dumps(snapshot(catalogue, latest.date)))
    lines = []
    for figure_id in sorted(set(current.figures) | set(latest.figures)):
        now, then = current.figures.get(figure_id), latest.figures.get(figure_id)
        if then is None:
            lines.append(f"{figure_id}: new, {now.text}")
        elif now is None:
            lines.append(f"{figure_id}: removed (was {then.text})")
        elif (now.value, now.low, now.high) != (then.value, then.low, then.high):
            lines.append(f"{figure_id}: moved from {then.text} ({then.value:g}) to {now.text} ({now.value:g})")
    # Verdicts depend on the build's date (a forecast is "too early to tell" until its period ends):
    # a build dated before the newest release, as a test of an earlier day is, cannot judge them.
    if catalogue.today < latest.date:
        return lines
    for kind, now, then in (
        ("claim", current.verdicts.claims, latest.verdicts.claims),
        ("forecast", current.verdicts.forecasts, latest.verdicts.forecasts),
    ):
        for item_id in sorted(set(now) & set(then)):
            if now[item_id] != then[item_id]:
                lines.append(f"{kind} {item_id}: verdict moved from {then[item_id]} to {now[item_id]}")
    return lines


def record(catalogue: Catalogue, date: dt.date, releases_dir: Path = RELEASES_DIR) -> Path:
    """Writes the release of ``date``, and dates CITATION.cff (beside the releases folder) to match."""
    path = Path(releases_dir) / f"{date.isoformat()}.json"
    path.write_text(json.dumps(snapshot(catalogue, date), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    citation = Path(releases_dir).parent / "CITATION.cff"
    if citation.exists():
        text = re.sub(r"(?m)^date-released: .*$", f"date-released: {date.isoformat()}", citation.read_text())
        citation.write_text(re.sub(r"(?m)^version: .*$", f'version: "{date.isoformat()}"', text))
    return path


def main(argv: list[str]) -> int:
    from macros.model import load_catalogue

    if argv != ["record"]:
        print("usage: python -m macros.published.releases record", file=sys.stderr)
        return 2
    path = record(load_catalogue(), build_date())
    print(f"recorded {path.relative_to(RELEASES_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
