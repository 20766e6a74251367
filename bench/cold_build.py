"""Time a cold `mkdocs build` and measure its peak memory.

Cold means no site/ and no .cache/ (mkdocs-jupyter keeps executed notebooks there),
so the notebook really runs, as it does in CI.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil  # comes with ipykernel, which the build needs anyway

# Builds are timed in rounds, the two sites alternating, and compared by their medians: one build
# of the stock site took 5 s instead of 1.7 s once on this machine, a single pair can mislead.
ROUNDS = 3

BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
MAX_RSS_LINE = re.compile(r"Maximum resident set size \(kbytes\):\s*(\d+)")
# getrusage's fallback: run the build in a child Python, whose RUSAGE_CHILDREN covers only it.
GETRUSAGE_WRAPPER = (
    "import resource, subprocess, sys; "
    "code = subprocess.call(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
    "sys.exit(code)"
)
SAMPLE_EVERY_S = 0.05


class BuildFailed(RuntimeError):
    pass


@dataclass
class BuildMeasure:
    name: str
    seconds: float
    peak_rss_mb: float  # the largest single process (mkdocs, or the notebook's kernel)
    tree_peak_mb: float  # every process of the build at once, sampled
    method: str
    rounds: list[float] = field(default_factory=list)  # each round's seconds; seconds is their median

    @property
    def fastest(self) -> float:
        """The fastest round: what the build costs when nothing stalls it (the stock way's notebook run
        now and then takes almost 3 s longer, so its median depends on how often that happens)."""
        return min(self.rounds, default=self.seconds)


def mkdocs_command(site_dir: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)]


def measure_cold_build(name: str, project: Path, site_dir: Path) -> BuildMeasure:
    for stale in (site_dir, project / ".cache"):
        shutil.rmtree(stale, ignore_errors=True)
    time_tool = shutil.which("time")
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "time.txt"
        if time_tool:
            command = [time_tool, "-v", "-o", str(report), *mkdocs_command(site_dir)]
            method = "time -v"
        else:
            command = [sys.executable, "-c", GETRUSAGE_WRAPPER, *mkdocs_command(site_dir)]
            method = "getrusage"
        seconds, tree_peak, stderr = _run_sampling_memory(command, project)
        if time_tool:
            match = MAX_RSS_LINE.search(report.read_text())
            peak_kib = int(match.group(1)) if match else 0
        else:
            peak_kib = int(stderr.strip().splitlines()[-1])
    return BuildMeasure(name, seconds, peak_kib * 1024 / 1e6, tree_peak / 1e6, method)


def measure_in_rounds(sites: list[tuple[str, Path, Path]], rounds: int = ROUNDS) -> list[BuildMeasure]:
    """Each (name, project, site_dir) built cold ``rounds`` times, the sites taking turns; per site the
    median time, the largest peaks and every round's time."""
    measured: dict[str, list[BuildMeasure]] = {name: [] for name, _, _ in sites}
    for _ in range(rounds):
        for name, project, site_dir in sites:
            measured[name].append(measure_cold_build(name, project, site_dir))
    return [
        BuildMeasure(
            name,
            statistics.median(m.seconds for m in runs),
            max(m.peak_rss_mb for m in runs),
            max(m.tree_peak_mb for m in runs),
            runs[0].method,
            [m.seconds for m in runs],
        )
        for name, runs in measured.items()
    ]


def _run_sampling_memory(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """Run command; return its wall-clock seconds, the peak summed RSS of its process tree, stderr."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=BUILD_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = [0]
    sampler = threading.Thread(target=_sample_tree_rss, args=(process.pid, peak), daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise BuildFailed(f"{' '.join(command)} exited {process.returncode}:\n{stdout}\n{stderr}")
    return seconds, peak[0], stderr


def _sample_tree_rss(pid: int, peak: list[int]) -> None:
    # The notebook's kernel is a separate process: a single process's maximum RSS
    # misses it, so the whole tree is summed as well.
    try:
        root = psutil.Process(pid)
        while root.is_running() and root.status() != psutil.STATUS_ZOMBIE:
            total = 0
            for process in [root, *root.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    pass  # it ended between listing and reading
            peak[0] = max(peak[0], total)
            time.sleep(SAMPLE_EVERY_S)
    except psutil.Error:
        pass  # the build ended
