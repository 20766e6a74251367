"""A wrong build never publishes: each kind of breakage stops `mkdocs build` with a useful message."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import copy_project, run_build


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def append(project: Path, relative: str, text: str) -> None:
    path = project / relative
    path.write_text(path.read_text() + text)


def build_output(project: Path) -> str:
    result = run_build(project, project / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"the build should have failed:\n{output[-3000:]}"
    return output


def test_bad_data_file_stops_the_build_naming_file_entry_and_field(project):
    path = project / "data/inputs/power.yaml"
    path.write_text(path.read_text().replace("source: meta-llama31-model-card", "source: meta-llama31-modle-card", 1))
    output = build_output(project)
    assert "data/inputs/power.yaml, entry 'h100_tdp_w', field 'source'" in output


def test_unknown_figure_in_a_page_stops_the_build_naming_the_page(project):
    append(project, "docs/power.md", '\n{{ fig("cluster_power_typo") }}\n')
    output = build_output(project)
    assert "power.md" in output and "unknown figure 'cluster_power_typo'" in output


def test_undefined_macro_name_stops_the_build(project):
    append(project, "docs/power.md", "\n{{ figg }}\n")
    output = build_output(project)
    assert "figg" in output


def test_raising_notebook_cell_stops_the_build(project):
    append(project, "docs/methodology.py", '\n# %%\nraise RuntimeError("cell failed on purpose")\n')
    output = build_output(project)
    assert "cell failed on purpose" in output


def test_broken_link_stops_the_build(project):
    append(project, "docs/power.md", "\n[a missing page](no-such-page.md)\n")
    output = build_output(project)
    assert "no-such-page.md" in output
