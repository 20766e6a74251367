"""The methodology notebook, executed in a process of its own while the rest of the site builds.

Executing it means starting a Python kernel that imports the model and matplotlib: about
two seconds, most of a cold build's waiting. It starts as soon as the build's
configuration is read, in a child process (``python -m macros.mkdocs_glue.notebook_run``) that owns
the kernel, so it runs beside the pages on the machine's other core. mkdocs-jupyter then
only renders the executed notebook (``execute: false`` in mkdocs.yml).

Same guarantees as mkdocs-jupyter with ``allow_errors: false`` and no cache: every build
executes the notebook afresh, and a cell that raises fails the build, naming the notebook,
the cell and the error. And it can never hang a build or outlive it:

- each cell has a time limit, and so has the whole run; either names the cell it stopped in;
- a cell's output has a size limit (a runaway print would otherwise be published whole);
- :meth:`NotebookRun.close` ends the child on every exit path of the build, and the child
  shuts its kernel down when asked to end, and ends by itself if the build goes away;
- the kernel talks to the child over IPC sockets in a private folder, not over TCP.

The preview (``make serve``) starts the next build's run ahead, on standby (``standby=True``): the
child starts its kernel at once, has it import the given third-party modules (``warm_imports``,
silently: no name is bound, no cell is counted), then waits for :meth:`NotebookRun.start` before it
reads the notebook, so a rebuild waits neither for a kernel to start nor for matplotlib to load.
Nothing of the project is imported before then: the run still executes the notebook as it is at
that build, with that build's data and code.

No MkDocs here.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

KERNEL = "python3"
CELL_TIMEOUT_S = 120
RUN_TIMEOUT_S = 300
MAX_CELL_OUTPUT_BYTES = 256 * 1024
GRACE_S = 10  # for the child to shut its kernel down when asked to stop
PROGRESS_PREFIX = "executing cell "
CODE_ROOT = Path(__file__).resolve().parents[2]
GO = "go"  # what a run on standby reads on its standard input to start executing


class NotebookFailed(RuntimeError):
    pass


STOPPED = "stopped before it started"  # a run on standby that was closed without the word to go


class NotebookRun:
    """Starts executing ``source`` (a notebook, or a jupytext script) in a child process at once.

    The kernel runs in ``workdir``, the project's root, as mkdocs-jupyter runs it: that is
    where ``import macros`` finds the project being built, not another checkout.
    """

    def __init__(
        self,
        source: Path,
        shown_as: str,
        workdir: Path,
        *,
        cell_timeout_s: float = CELL_TIMEOUT_S,
        run_timeout_s: float = RUN_TIMEOUT_S,
        max_cell_output: int = MAX_CELL_OUTPUT_BYTES,
        standby: bool = False,
        warm_imports: tuple[str, ...] = (),
    ) -> None:
        self.source = Path(source).resolve()
        self.shown_as = shown_as  # how messages name the notebook, e.g. "docs/methodology.py"
        self.workdir = Path(workdir).resolve()
        self._scratch = tempfile.TemporaryDirectory(prefix="notebook-run-")
        scratch = Path(self._scratch.name)
        self._executed = scratch / (self.source.stem + ".ipynb")
        self._failure_file = scratch / "failure.txt"
        self._progress_file = scratch / "progress.log"
        self._started = time.monotonic()
        self._run_timeout_s = run_timeout_s
        self._lock = threading.Lock()
        self._standby = standby
        with self._progress_file.open("w") as progress:
            self._process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "macros.mkdocs_glue.notebook_run",
                    str(self.source),
                    str(self._executed),
                    str(self.workdir),
                    str(self._failure_file),
                    shown_as,
                    str(cell_timeout_s),
                    str(max_cell_output),
                    *([f"--standby={','.join(warm_imports)}"] if standby else []),
                ],
                # The folder that holds this file's package, so that `-m` runs this very file (not another
                # checkout's, which an editable install may point at); the kernel itself runs in workdir.
                cwd=CODE_ROOT,
                stdin=subprocess.PIPE if standby else subprocess.DEVNULL,
                stdout=progress,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def start(self) -> bool:
        """Tells a run on standby to execute the notebook now; False if it can no longer (it ended)."""
        if not self._standby:
            return True
        if self._process.poll() is not None:
            return False
        try:
            self._process.stdin.write(f"{GO}\n".encode())
            self._process.stdin.close()
        except (BrokenPipeError, OSError):
            return False
        self._standby = False
        self._started = time.monotonic()  # the time limit counts from here, not from the kernel's start
        return True

    def executed(self) -> Path:
        """The executed notebook (.ipynb), waiting for it if need be; raises NotebookFailed."""
        if self._standby:
            raise RuntimeError(f"{self.shown_as}: the run is on standby; call start() first")
        remaining = self._run_timeout_s - (time.monotonic() - self._started)
        try:
            code = self._process.wait(timeout=max(remaining, 0.1))
        except subprocess.TimeoutExpired:
            where = self._current_cell()
            self.close()
            raise NotebookFailed(f"{self.shown_as}: did not finish within {self._run_timeout_s:g} s{where}") from None
        if code != 0:
            raise NotebookFailed(self._failure_text(code))
        return self._executed

    def close(self) -> None:
        """Ends the run if it is still going (the child shuts its kernel down), and removes its files."""
        with self._lock:
            if self._standby and self._process.poll() is None:
                # Waiting for the word to go: the end of its input makes it shut its kernel down and end.
                self._process.stdin.close()
                try:
                    self._process.wait(timeout=GRACE_S)
                except subprocess.TimeoutExpired:
                    pass
            if self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(timeout=GRACE_S)
                except subprocess.TimeoutExpired:
                    os.killpg(self._process.pid, signal.SIGKILL)
                    self._process.wait()
            self._scratch.cleanup()

    def _current_cell(self) -> str:
        lines = [line for line in self._log().splitlines() if line.startswith(PROGRESS_PREFIX)]
        return f", stopped in {lines[-1].removeprefix('executing ')}" if lines else ""

    def _failure_text(self, code: int) -> str:
        if self._failure_file.exists():
            return self._failure_file.read_text(encoding="utf-8")
        tail = "\n".join(self._log().splitlines()[-20:])
        return f"{self.shown_as}: the notebook run ended with exit code {code}{self._current_cell()}\n{tail}"

    def _log(self) -> str:
        try:
            return self._progress_file.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""


# --- The child process ------------------------------------------------------------------------


def _describe(cell_index: int, cell) -> str:
    first_line = next((line for line in cell.source.splitlines() if line.strip()), "")
    return f"cell {cell_index + 1} ({first_line[:60]!r})"


def _end_with_parent(parent: int) -> None:
    """The build that started this run went away without ending it: end too (SIGTERM shuts the kernel)."""
    while os.getppid() == parent:
        time.sleep(1)
    os.kill(os.getpid(), signal.SIGTERM)


def _execute(
    source: Path,
    executed: Path,
    workdir: Path,
    shown_as: str,
    cell_timeout_s: float,
    max_output: int,
    standby: bool = False,
    warm_imports: tuple[str, ...] = (),
) -> str | None:
    """Executes the notebook; returns None, or what went wrong in words. On standby, the kernel is
    started first, and the notebook is read and executed once the word to go comes on stdin."""
    import jupytext
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
    from traitlets.config import Config

    # IPC sockets in this run's own folder: nothing listens on the network, and nothing is left behind.
    config = Config({"KernelManager": {"transport": "ipc", "ip": str(executed.parent / "kernel")}})
    current = {"cell": None}

    def progress(cell, cell_index, **_):
        current["cell"] = _describe(cell_index, cell)
        print(PROGRESS_PREFIX + current["cell"].removeprefix("cell "), flush=True)

    client = NotebookClient(
        nbformat.v4.new_notebook(),  # the notebook itself is read just before it is executed
        kernel_name=KERNEL,
        timeout=cell_timeout_s,
        allow_errors=False,
        config=config,
        shutdown_kernel="immediate",
        on_cell_execute=progress,
        resources={"metadata": {"path": str(workdir)}},
    )
    try:
        # The kernel is started here, and shut down (once) when the block ends, however it ends.
        with client.setup_kernel():
            if warm_imports:
                # An expression statement, run silently: the kernel's namespace and counter stay as new.
                code = f"[__import__(name) for name in {list(warm_imports)!r}]"
                client.wait_for_reply(client.kc.execute(code, silent=True, store_history=False))
            if standby and sys.stdin.readline().strip() != GO:
                return STOPPED  # the build closed the run before it started (or went away)
            notebook = jupytext.read(source)
            # jupytext gives each cell a random id; numbered ones keep the page the same from build to build.
            for number, cell in enumerate(notebook.cells, start=1):
                cell.id = f"cell-{number}"
            client.nb = notebook
            client.execute(cleanup_kc=False)
    except CellTimeoutError:
        return f"{shown_as}: {current['cell']} did not finish within {cell_timeout_s:g} s"
    except CellExecutionError as error:
        return f"{shown_as}: {current['cell']} raised {error.ename}: {error.evalue}\n{error}"
    except DeadKernelError as error:
        return f"{shown_as}: the kernel died in {current['cell']}: {error}"
    for index, cell in enumerate(notebook.cells):
        size = len(json.dumps(cell.get("outputs", [])))
        if size > max_output:
            return (
                f"{shown_as}: {_describe(index, cell)} printed {size:,} bytes of output; a cell may show "
                f"at most {max_output:,} (show less, or summarise)"
            )
    nbformat.write(notebook, executed)
    return None


def main(argv: list[str]) -> int:
    source, executed, workdir, failure_file = (Path(arg) for arg in argv[:4])
    shown_as, cell_timeout_s, max_output = argv[4], float(argv[5]), int(argv[6])
    standby = len(argv) > 7 and argv[7].startswith("--standby=")
    warm_imports = tuple(name for name in argv[7].removeprefix("--standby=").split(",") if name) if standby else ()
    # SIGTERM ends the run through Python's normal exit, so nbclient shuts the kernel down on the way.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    threading.Thread(target=_end_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        failure = _execute(source, executed, workdir, shown_as, cell_timeout_s, max_output, standby, warm_imports)
    except Exception as error:  # noqa: BLE001 - reported to the build, which fails with it
        failure = f"{shown_as}: could not be executed: {type(error).__name__}: {error}"
    if failure in (None, STOPPED):
        return 0
    failure_file.write_text(failure, encoding="utf-8")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
