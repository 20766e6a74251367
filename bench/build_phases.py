"""Where a cold build's time goes: `make bench-phases`, or `.venv/bin/python bench/build_phases.py`.

Each round builds the site cold (no site/, no .cache/), as `make bench` does, in a process that
records when each MkDocs event starts and how long its handlers take, and how long drawing the
charts takes (their SVG, then their PNG). It prints the medians over the rounds, in the order the
events first run: the gaps between events are MkDocs' own work (reading, converting and writing
pages). The first line, "until on_startup", is Python, MkDocs and every plugin's import.

Times are wall-clock seconds in the build's main process; the notebook's kernel runs beside it
and shows only where the build waits for it (inside on_pre_page of the notebook's page), and so does
the child that draws the PNGs (macros/published/drawing.py): "charts: PNG" is what was left to the
main process, nothing unless the child failed. `SITE_DRAW_IN_PROCESS=1 make bench-phases` shows
what the PNGs cost when drawn in the main process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

# Runs in the build's process: wraps the event dispatcher and the two chart drawing steps in timers.
RECORDER = r"""
import atexit, json, runpy, sys, time
started = time.perf_counter()
record = sys.argv[1]
import mkdocs.plugins
events, charts = {}, {"charts: SVG": 0.0, "charts: PNG": 0.0}
dispatch = mkdocs.plugins.PluginCollection.run_event
def run_event(self, name, item=None, **kwargs):
    if name == "files":  # the charts' modules are imported by now (the page macros, in on_config)
        time_chart_drawing()
    begin = time.perf_counter()
    try:
        return dispatch(self, name, item, **kwargs)
    finally:
        entry = events.setdefault(name, {"first": begin - started, "seconds": 0.0, "calls": 0})
        entry["seconds"] += time.perf_counter() - begin
        entry["calls"] += 1
mkdocs.plugins.PluginCollection.run_event = run_event
def timed(owner, name, label, prop=False):
    inner = getattr(owner, name).func if prop else getattr(owner, name)
    def wrapper(*args, **kwargs):
        begin = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            charts[label] += time.perf_counter() - begin
    if prop:
        import functools
        wrapped = functools.cached_property(wrapper)
        wrapped.__set_name__(owner, name)
        setattr(owner, name, wrapped)
    else:
        setattr(owner, name, wrapper)
def time_chart_drawing():
    import macros.charts.kit.render as render, macros.charts.kit.chart as chart
    timed(render.Drawing, "png", "charts: PNG", prop=True)
    timed(chart, "render", "charts: SVG")
@atexit.register
def report():
    with open(record, "w") as out:
        json.dump({"events": events, "charts": charts, "total": time.perf_counter() - started}, out)
sys.argv = ["mkdocs", "build", "--strict", "--quiet"]
runpy.run_module("mkdocs", run_name="__main__")
"""


def one_round(scratch: Path) -> dict:
    for stale in (ROOT / "site", ROOT / ".cache"):
        shutil.rmtree(stale, ignore_errors=True)
    record = scratch / "phases.json"
    result = subprocess.run(
        [sys.executable, "-c", RECORDER, str(record)], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=600
    )
    if result.returncode != 0:
        raise RuntimeError(f"the build failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return json.loads(record.read_text())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args(argv).rounds
    with tempfile.TemporaryDirectory() as scratch:
        runs = [one_round(Path(scratch)) for _ in range(rounds)]
    median = statistics.median
    names = sorted(runs[0]["events"], key=lambda name: runs[0]["events"][name]["first"])
    print(f"Cold build, main process, median of {rounds} rounds (seconds)")
    print(f"{'phase':<28}{'starts at':>10}{'takes':>8}")
    print(f"{'until on_startup':<28}{0:>10.2f}{median(r['events']['startup']['first'] for r in runs):>8.2f}")
    for name in names:
        first = median(r["events"][name]["first"] for r in runs)
        seconds = median(r["events"][name]["seconds"] for r in runs)
        calls = runs[0]["events"][name]["calls"]
        print(f"{'on_' + name + (f' x{calls}' if calls > 1 else ''):<28}{first:>10.2f}{seconds:>8.2f}")
    for label in runs[0]["charts"]:
        print(f"{label:<28}{'':>10}{median(r['charts'][label] for r in runs):>8.2f}")
    print(f"{'whole build':<28}{'':>10}{median(r['total'] for r in runs):>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
