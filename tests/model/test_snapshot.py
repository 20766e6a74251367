"""Every catalogue value, stored: a changed number shows up in review as a diff of this file.

After an intended change in data/ or macros/model, refresh with:
    UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/model/test_snapshot.py
"""

import json
import os
from pathlib import Path

from macros.model import load_catalogue

SNAPSHOT = Path(__file__).resolve().parents[1] / "snapshots/figures.json"


def current() -> dict:
    def rounded(x):
        return None if x is None else float(f"{x:.6g}")

    return {
        f.id: {"value": rounded(f.value), "low": rounded(f.low), "high": rounded(f.high), "unit": f.unit}
        for f in sorted(load_catalogue().figures.values(), key=lambda f: f.id)
    }


def test_catalogue_matches_the_reviewed_snapshot():
    values = current()
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(values, indent=1, ensure_ascii=False) + "\n")
    stored = json.loads(SNAPSHOT.read_text())
    changed = sorted(k for k in values.keys() | stored.keys() if values.get(k) != stored.get(k))
    assert not changed, f"figures changed: {changed}; if intended, refresh the snapshot (see module docstring)"
