"""The notebook runs in the background, fails loudly, and gives the same page every build."""

from __future__ import annotations

import os
import time

import nbformat
import pytest

from macros.mkdocs_glue.notebook_run import NotebookFailed, NotebookRun


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
        with pytest.raises(
            NotebookFailed, match=r"docs/demo\.py: cell 2 \('raise ValueError.*'\) raised ValueError: on purpose"
        ):
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


def test_a_cell_that_runs_too_long_is_named_and_stopped(tmp_path):
    source = write_script(tmp_path / "demo.py", "x = 1", "import time\ntime.sleep(60)")
    run = NotebookRun(source, "docs/demo.py", workdir=tmp_path, cell_timeout_s=2)
    try:
        with pytest.raises(NotebookFailed, match=r"docs/demo\.py: cell 2 \('import time'\) did not finish within 2 s"):
            run.executed()
    finally:
        run.close()


def test_a_run_that_runs_too_long_names_the_cell_it_stopped_in(tmp_path):
    source = write_script(tmp_path / "demo.py", "x = 1", "import time\ntime.sleep(60)")
    run = NotebookRun(source, "docs/demo.py", workdir=tmp_path, run_timeout_s=8)
    try:
        with pytest.raises(NotebookFailed, match=r"did not finish within 8 s, stopped in cell 2 \('import time'\)"):
            run.executed()
    finally:
        run.close()


def test_a_cell_that_prints_too_much_fails_instead_of_being_published(tmp_path):
    source = write_script(tmp_path / "demo.py", "print('x' * 50_000)")
    run = NotebookRun(source, "docs/demo.py", workdir=tmp_path, max_cell_output=10_000)
    try:
        with pytest.raises(NotebookFailed, match=r"cell 1 \(\"print\('x' \* 50_000\)\"\) printed [\d,]+ bytes"):
            run.executed()
    finally:
        run.close()


def test_closing_a_run_that_is_still_going_ends_it_and_its_kernel(tmp_path):
    marker = tmp_path / "kernel_pid"
    source = write_script(
        tmp_path / "demo.py",
        f"import os\nopen({str(marker)!r}, 'w').write(str(os.getpid()))",
        "import time\ntime.sleep(60)",
    )
    run = NotebookRun(source, "docs/demo.py", workdir=tmp_path)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    kernel = int(marker.read_text())
    started = time.monotonic()
    run.close()
    assert time.monotonic() - started < 15
    assert run._process.poll() is not None
    assert not _alive(kernel)


def test_the_kernel_talks_over_ipc_not_tcp(tmp_path):
    source = write_script(
        tmp_path / "demo.py",
        "import json, ipykernel.connect\n"
        "print(json.loads(open(ipykernel.connect.get_connection_file()).read())['transport'])",
    )
    run = NotebookRun(source, "docs/demo.py", workdir=tmp_path)
    try:
        notebook = nbformat.read(run.executed(), as_version=4)
        log = run._log()
    finally:
        run.close()
    assert notebook.cells[0].outputs[0]["text"] == "ipc\n"
    assert "without encryption" not in log


def _alive(pid: int) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.2)
    return True


# --- On standby (the preview starts the next build's run ahead) ------------------------------------


def outputs_and_counts(notebook):
    return [(cell.get("execution_count"), cell.get("outputs")) for cell in notebook.cells]


def test_a_run_on_standby_executes_the_notebook_as_it_is_when_started(tmp_path):
    source = write_script(tmp_path / "demo.py", "print('old text')")
    run = NotebookRun(source, "docs/demo.py", workdir=tmp_path, standby=True, warm_imports=("json", "numpy"))
    try:
        time.sleep(1)
        with pytest.raises(RuntimeError, match="on standby"):
            run.executed()
        # Edited after the kernel started: the run reads the notebook only when told to start.
        write_script(source, "x = 6 * 7", "print(x)", "print('json' in dir(), 'numpy' in dir())")
        assert run.start()
        on_standby = nbformat.read(run.executed(), as_version=4)
    finally:
        run.close()
    at_once = NotebookRun(source, "docs/demo.py", workdir=tmp_path)
    try:
        started_at_once = nbformat.read(at_once.executed(), as_version=4)
    finally:
        at_once.close()
    # The same page: the warm imports bound no name and counted no cell.
    assert outputs_and_counts(on_standby) == outputs_and_counts(started_at_once)
    assert on_standby.cells[1].outputs[0]["text"] == "42\n" and on_standby.cells[0].execution_count == 1
    assert on_standby.cells[2].outputs[0]["text"] == "False False\n"


def test_closing_a_run_on_standby_ends_it_and_its_kernel_without_executing(tmp_path):
    import psutil

    marker = tmp_path / "executed"
    source = write_script(tmp_path / "demo.py", f"open({str(marker)!r}, 'w').write('ran')")
    run = NotebookRun(source, "docs/demo.py", workdir=tmp_path, standby=True)
    child = psutil.Process(run._process.pid)
    deadline = time.monotonic() + 60
    while not child.children(recursive=True) and time.monotonic() < deadline:
        time.sleep(0.2)
    kernels = child.children(recursive=True)
    assert kernels, "the run on standby started no kernel"
    time.sleep(1)
    started = time.monotonic()
    run.close()
    assert time.monotonic() - started < 15
    assert run._process.returncode == 0  # it ended on its own, shutting its kernel down
    assert not marker.exists()
    assert not any(_alive(kernel.pid) for kernel in kernels)
    assert not run.start()  # a closed run cannot be started
