"""`make engine-check`: what ENGINE.md's decision needs, in one run.

1. Which versions of the engine packages the package index offers now, beside the pinned ones, and
   whether `zensical-ui` (which every Zensical after 0.0.73 needs) has a file that installs.
2. The engine tests against the pinned versions: the MkDocs, ProperDocs and Zensical builds, the
   finishing step over Zensical's build, their HTML validity and their pages in a browser.
3. With `--try-newest`, when zensical-ui installs: every pinned package but the newest Zensical, in
   a scratch virtualenv, with the same engine tests. The project's own .venv is never changed.

It ends with the verdict ENGINE.md's criteria give, and exits non-zero only when the engine tests
fail on the pinned versions (a check that cannot reach the index says so and goes on).

`--index-only` asks the index and runs no test: the weekly upkeep workflow runs it, and it exits
with ZENSICAL_UI_INSTALLS when zensical-ui has become installable, so that run fails and says so.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINE_PACKAGES = ("mkdocs", "mkdocs-material", "properdocs", "zensical", "zensical-ui")
ENGINE_TESTS = (
    "tests/test_engine_configs.py",
    "tests/test_engine_boundary.py",
    "tests/site/test_engines.py",
    "tests/site/test_html_valid.py",
    "tests/browser/test_engines_in_browser.py",
)
INDEX_TIMEOUT_S = 120
ZENSICAL_UI_INSTALLS = 3


@dataclass
class Offered:
    package: str
    pinned: str | None
    newest: str | None  # None: the index offers no file that installs here, or could not be asked
    note: str = ""


def pinned_versions(requirements: str) -> dict[str, str]:
    """Exact pins of a requirements file, by normalised package name."""
    found = {}
    for line in requirements.splitlines():
        if match := re.fullmatch(r"([A-Za-z0-9._-]+)==(\S+)", line.strip()):
            found[normal(match[1])] = match[2]
    return found


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def newest_from_pip_index(output: str) -> str | None:
    """The version `pip index versions NAME` puts first: `NAME (1.2.3)`."""
    match = re.search(r"^\S+ \(([^)]+)\)", output, re.MULTILINE)
    return match[1] if match else None


def verdict(offered: dict[str, Offered], pinned_tests_pass: bool, newest_tests_pass: bool | None) -> list[str]:
    """ENGINE.md's criteria, applied."""
    lines = []
    if not pinned_tests_pass:
        lines.append("The engine tests fail on the pinned versions: fix that first; nothing below can be decided.")
        return lines
    ui = offered.get("zensical-ui")
    if ui is None or ui.newest is None:
        lines.append(
            "zensical-ui does not install: stay on MkDocs 1.6.1 + Material pinned; Zensical stays at "
            f"{offered['zensical'].pinned}. If Material's end of life (5 May 2027) comes first, keep building "
            "with the pins (ProperDocs is the tested fallback for MkDocs itself)."
        )
    elif newest_tests_pass is None:
        lines.append("zensical-ui installs now: rerun with --try-newest to test the newest Zensical.")
    elif newest_tests_pass:
        lines.append(
            f"Zensical {offered['zensical'].newest} installs and passes the engine tests: move the pin, run "
            "`make test` on it, and follow ENGINE.md's switch-over steps."
        )
    else:
        lines.append(
            f"Zensical {offered['zensical'].newest} installs but fails the engine tests: stay pinned, and "
            "record what failed in ENGINE.md."
        )
    return lines


def index_only_status(offered: dict[str, Offered]) -> int:
    """0 while staying pinned is the only choice; ZENSICAL_UI_INSTALLS once moving can be tried."""
    return ZENSICAL_UI_INSTALLS if offered["zensical-ui"].newest else 0


def ask_index(pip: Path, package: str) -> tuple[str | None, str]:
    try:
        result = subprocess.run(
            [str(pip), "index", "versions", package, "--disable-pip-version-check"],
            capture_output=True,
            text=True,
            timeout=INDEX_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return None, "the package index did not answer"
    if result.returncode != 0:
        return None, "no installable file on the package index"
    return newest_from_pip_index(result.stdout), ""


def run_engine_tests(python: Path, env: dict[str, str] | None = None) -> bool:
    print(f"\n$ {python.name} -m pytest -q {' '.join(ENGINE_TESTS)}", flush=True)
    return subprocess.run([str(python), "-m", "pytest", "-q", *ENGINE_TESTS], cwd=ROOT, env=env).returncode == 0


def try_newest_zensical(version: str) -> bool:
    """The engine tests with every pinned package but Zensical `version`, in a scratch virtualenv."""
    with tempfile.TemporaryDirectory(prefix="engine-check-") as scratch:
        venv, requirements = Path(scratch) / "venv", Path(scratch) / "requirements.txt"
        lines = (ROOT / "requirements.txt").read_text().splitlines()
        requirements.write_text("\n".join(line for line in lines if normal(line.split("==")[0]) != "zensical"))
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = venv / "bin" / "pip"
        steps = (
            ["install", "--quiet", "-r", str(requirements), f"zensical=={version}"],
            ["install", "--quiet", "--no-deps", "-e", str(ROOT)],
        )
        for step in steps:
            if subprocess.run([str(pip), *step]).returncode != 0:
                print(f"zensical {version}: `pip {' '.join(step)}` failed in the scratch virtualenv", file=sys.stderr)
                return False
        return run_engine_tests(venv / "bin" / "python")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make engine-check", description=__doc__.splitlines()[0])
    parser.add_argument("--try-newest", action="store_true", help="also test the newest Zensical, if it installs")
    parser.add_argument("--index-only", action="store_true", help="ask the package index only; run no test")
    args = parser.parse_args(argv)
    python = Path(sys.executable)
    pip = python.with_name("pip")
    pinned = pinned_versions((ROOT / "requirements.txt").read_text())
    held_back = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["llama4"]["held-back"]

    offered = {}
    for package in ENGINE_PACKAGES:
        newest, note = ask_index(pip, package)
        offered[package] = Offered(package, pinned.get(normal(package)), newest, note)
    print(f"{'package':<16} {'pinned':<10} {'newest offered':<16} why held back")
    for item in offered.values():
        reason = held_back.get(item.package, "")
        print(f"{item.package:<16} {item.pinned or '-':<10} {item.newest or item.note:<16} {reason}")

    if args.index_only:
        status = index_only_status(offered)
        print("\nVerdict (ENGINE.md):")
        if status:
            print("  zensical-ui installs now: run `make engine-check ENGINE_CHECK=--try-newest` (ENGINE.md).")
        else:
            print("  zensical-ui does not install: stay pinned.")
        return status
    pinned_pass = run_engine_tests(python, env=dict(os.environ))
    newest_pass = None
    zensical = offered["zensical"]
    if args.try_newest and offered["zensical-ui"].newest and zensical.newest and zensical.newest != zensical.pinned:
        newest_pass = try_newest_zensical(zensical.newest)
    print("\nVerdict (ENGINE.md):")
    for line in verdict(offered, pinned_pass, newest_pass):
        print(f"  {line}")
    return 0 if pinned_pass else 1


if __name__ == "__main__":
    sys.exit(main())
