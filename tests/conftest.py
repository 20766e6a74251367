"""Shared fixtures: the project's paths, a scratch copy of data/, and one strict build of the site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def run_build(project: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env={**BUILD_ENV, **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_project(target: Path) -> Path:
    """A throwaway copy of everything a build reads, for tests that break something on purpose."""
    for name in ("docs", "data", "macros", "overrides", "releases"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> tuple[Path, str]:
    """One strict build of the project: the site and what the build printed."""
    site = tmp_path_factory.mktemp("site")
    result = run_build(ROOT, site)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return site, result.stdout + result.stderr


@pytest.fixture(scope="session")
def built_site(site_build) -> Path:
    return site_build[0]


@pytest.fixture(scope="session")
def hostile_project(tmp_path_factory) -> tuple[Path, dict]:
    """A copy of the project with markup and script planted in every free-text field (tests/hostile.py)."""
    from tests.hostile import plant

    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    return project, plant(project)


@pytest.fixture(scope="session")
def hostile_site(hostile_project) -> Path:
    project, _ = hostile_project
    result = run_build(project, project / "site")
    assert result.returncode == 0, (
        f"a hostile build should publish inert text, but failed:\n{result.stdout}\n{result.stderr}"
    )
    return project / "site"


ZENSICAL_BUILD = [sys.executable, "-m", "zensical", "build", "-f", "zensical.yml"]


@pytest.fixture(scope="session")
def zensical_project(tmp_path_factory) -> Path:
    """A copy of the project, since Zensical writes its site and its cache into the project folder."""
    project = copy_project(tmp_path_factory.mktemp("zensical") / "project")
    shutil.copy(ROOT / "zensical.yml", project / "zensical.yml")
    return project


@pytest.fixture(scope="session")
def zensical_site(zensical_project) -> Path:
    """Zensical's build as it comes out of the engine, before the finishing step."""
    result = subprocess.run(
        ZENSICAL_BUILD, cwd=zensical_project, env=BUILD_ENV, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, f"zensical build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return zensical_project / "site"


def finish(site: Path, project: Path = ROOT) -> subprocess.CompletedProcess:
    """The engine-free finishing step over a built site (MAINTAINING.md, "The engine"), run in ``project``."""
    command = [sys.executable, "-m", "macros.finishing", str(site)]
    return subprocess.run(command, cwd=project, env=BUILD_ENV, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def finished_zensical_site(zensical_project, zensical_site, tmp_path_factory) -> Path:
    """Zensical's build with the finishing step run over it, as it would be published."""
    site = shutil.copytree(zensical_site, tmp_path_factory.mktemp("zensical-finished") / "site")
    result = finish(site, zensical_project)
    assert result.returncode == 0, f"finishing the Zensical build failed:\n{result.stdout}\n{result.stderr}"
    return site
