"""Build times of the three engines: `make bench-engines`, or `.venv/bin/python bench/engines.py`.

In a scratch copy of the project, each round builds the site with MkDocs (`mkdocs build --strict`,
as `make site`), with ProperDocs (`properdocs build --strict -f mkdocs.yml`), and with Zensical
(`zensical build -f zensical.yml`) twice: cold (no site/, no .cache/) and again on its own cache.
Each build is a fresh process, timed from start to exit. It prints every time, then the medians.

They do not build the same thing: MkDocs and ProperDocs also execute the methodology notebook and
run the hooks (CSV downloads, HTML corrections, inlined and purged stylesheets, the policy);
Zensical builds the Markdown pages only (MAINTAINING.md, "The engine").
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from serve_session import ROOT, copy_project

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def timed(command: list[str], cwd: Path) -> float:
    started = time.monotonic()
    result = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=600)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[2:4])} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return seconds


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    python = sys.executable
    times: dict[str, list[float]] = {}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="engines-") as scratch:
        project = copy_project(Path(scratch) / "project")
        shutil.copy(ROOT / "zensical.yml", project / "zensical.yml")
        site = Path(scratch) / "site"
        builds = {
            "MkDocs 1.6.1": [python, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
            "ProperDocs": [
                python,
                "-m",
                "properdocs",
                "build",
                "--strict",
                "-f",
                "mkdocs.yml",
                "--site-dir",
                str(site),
            ],
            "Zensical, cold": [python, "-m", "zensical", "build", "-f", "zensical.yml"],
            "Zensical, on its cache": [python, "-m", "zensical", "build", "-f", "zensical.yml"],
        }
        for round_ in range(args.rounds):
            for name, command in builds.items():
                shutil.rmtree(site, ignore_errors=True)
                if name == "Zensical, cold":
                    for made in ("site", ".cache"):
                        shutil.rmtree(project / made, ignore_errors=True)
                seconds = timed(command, project)
                times.setdefault(name, []).append(seconds)
                print(f"round {round_ + 1}  {name:24} {seconds:5.2f} s", flush=True)
    load_after = os.getloadavg()[0]
    print(f"\nMedian of {args.rounds} builds, each a fresh process:")
    mkdocs = statistics.median(times["MkDocs 1.6.1"])
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(f"  {name:24} {median:5.2f} s   ({median / mkdocs:.0%} of MkDocs)")
    print(
        f"Load average (1 min): {load_before:.2f} at the start, {load_after:.2f} at the end, on {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
