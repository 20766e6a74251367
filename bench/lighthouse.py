"""Lighthouse 12 from npm, run on one page, and the few numbers the benchmark reads from its report.

Lighthouse 13 needs node 22.19 or newer; node 20 runs the 12 line. It is installed
once into bench/node_modules (git-ignored) and reused on later runs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

LIGHTHOUSE_MAJOR = "12"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu"
RUN_TIMEOUT_S = 180


class LighthouseUnavailable(RuntimeError):
    pass


@dataclass
class PageScore:
    url: str
    scores: dict[str, int | None]  # 0-100 per category; None when Lighthouse could not score it
    lcp_s: float | None
    transfer_bytes: int  # what a reader downloads; see read_report
    lighthouse_transfer_bytes: int  # Lighthouse's own sum, kept for comparison
    requests: int  # network requests only: data: URIs in the CSS cost nothing
    other_hosts: list[str] = field(default_factory=list)
    error: str | None = None


# Bytes of the body our server sends for a URL path, or None when it has no such file.
ServedSize = Callable[[str], "int | None"]


def ensure_lighthouse(bench_dir: Path) -> Path:
    """The lighthouse executable under bench/node_modules, installed by npm when missing."""
    package = bench_dir / "node_modules" / "lighthouse" / "package.json"
    executable = bench_dir / "node_modules" / ".bin" / "lighthouse"
    if _installed_major(package) == LIGHTHOUSE_MAJOR and executable.exists():
        return executable
    npm = shutil.which("npm")
    if npm is None:
        raise LighthouseUnavailable("npm is not installed: install Node.js 20 (the `nodejs` and `npm` packages)")
    print(
        f"Installing lighthouse@{LIGHTHOUSE_MAJOR} into {bench_dir.name}/node_modules ...", file=sys.stderr, flush=True
    )
    # --no-save: no package.json or lock file beside the script, only node_modules.
    result = subprocess.run(
        [
            npm,
            "install",
            "--prefix",
            str(bench_dir),
            "--no-save",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            f"lighthouse@{LIGHTHOUSE_MAJOR}",
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 or _installed_major(package) != LIGHTHOUSE_MAJOR:
        raise LighthouseUnavailable(f"npm install lighthouse@{LIGHTHOUSE_MAJOR} failed:\n{result.stderr}")
    return executable


def _installed_major(package_json: Path) -> str | None:
    try:
        return json.loads(package_json.read_text())["version"].split(".")[0]
    except (OSError, ValueError, KeyError):
        return None


def run_lighthouse(executable: Path, chromium: str, url: str, report_path: Path, served_size: ServedSize) -> PageScore:
    """Lighthouse's default mobile run on url; the full JSON report is kept at report_path."""
    env = {**os.environ, "CHROME_PATH": chromium}
    report_path.unlink(missing_ok=True)  # a failed run must not leave the last run's report to be read
    command = [
        str(executable),
        url,
        "--output=json",
        f"--output-path={report_path}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return _failed(url, f"timed out after {RUN_TIMEOUT_S} s")
    if result.returncode != 0 or not report_path.exists():
        return _failed(url, (result.stderr.strip().splitlines() or ["no report"])[-1])
    return read_report(json.loads(report_path.read_text()), url, served_size)


def _failed(url: str, why: str) -> PageScore:
    return PageScore(url, dict.fromkeys(CATEGORIES), None, 0, 0, 0, error=why)


def read_report(report: dict, url: str, served_size: ServedSize) -> PageScore:
    audits = report["audits"]
    items = (audits.get("network-requests", {}).get("details") or {}).get("items", [])
    requests = [item for item in items if urlsplit(item["url"]).scheme in ("http", "https")]
    own_host = urlsplit(url).netloc
    lcp = audits.get("largest-contentful-paint", {}).get("numericValue")
    return PageScore(
        url=url,
        scores={name: _percent(report["categories"].get(name, {}).get("score")) for name in CATEGORIES},
        lcp_s=lcp / 1000 if lcp is not None else None,
        transfer_bytes=sum(_transfer_size(item, own_host, served_size) for item in requests),
        lighthouse_transfer_bytes=int(sum(item.get("transferSize") or 0 for item in requests)),
        requests=len(requests),
        other_hosts=sorted({urlsplit(item["url"]).netloc for item in requests} - {own_host}),
        error=(report.get("runtimeError") or {}).get("message"),
    )


def _transfer_size(item: dict, own_host: str, served_size: ServedSize) -> int:
    # Lighthouse 12 records the search worker's script (loaded in a worker target) as
    # its headers alone, about 200 bytes for 12 KB of gzip. For our own files the
    # server knows the body it sent, so the larger of the two is the honest figure.
    recorded = int(item.get("transferSize") or 0)
    parts = urlsplit(item["url"])
    if parts.netloc != own_host:
        return recorded
    return max(recorded, served_size(unquote(parts.path)) or 0)


def _percent(score: float | None) -> int | None:
    return None if score is None else round(score * 100)
