"""The notebook runs in the background, fails loudly, and gives the same page every build."""

from __future__ import annotations

import nbformat
import pytest

from macros.notebook_run import NotebookFailed, NotebookRun


def write_script(path, *cells: str):
    path.write_text("\n".join(f"# %%\n{cell}\n" for cell in cells))
    return path


def test_an_executed_notebook_has_outputs_and_numbered_cell_ids(tmp_path):
    source = write_script(tmp_path / "demo.py", "x = 6 * 7", "print(x)")
    run = NotebookRun(source, "docs/demo.py", workdir=tmp_path)
    try:
        notebook = nbformat.read(run.executed(), as_version=4)
    finally:
        run.close()
    assert [cell.id for cell in notebook.cells] == ["cell-1", "cell-2"]
    assert notebook.cells[1].outputs[0]["text"] == "42\n"


def test_a_raising_cell_fails_with_the_notebook_name_and_the_error(tmp_path):
    source = write_script(tmp_path / "demo.py", "1 + 1", 'raise ValueError("on purpose")')
    run = NotebookRun(source, "docs/demo.py", workdir=tmp_path)
    try:
        with pytest.raises(NotebookFailed, match=r"docs/demo\.py: a cell raised ValueError: on purpose"):
            run.executed()
    finally:
        run.close()


def test_the_kernel_runs_in_the_project_directory(tmp_path):
    # That is where `import macros` must find the project being built (tests build copies of it).
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "marker_module.py").write_text("WHERE = 'project'\n")
    source = write_script(tmp_path / "demo.py", "import marker_module\nprint(marker_module.WHERE)")
    run = NotebookRun(source, "docs/demo.py", workdir=tmp_path / "project")
    try:
        notebook = nbformat.read(run.executed(), as_version=4)
    finally:
        run.close()
    assert notebook.cells[0].outputs[0]["text"] == "project\n"
