"""The methodology notebook, executed in the background while the rest of the site builds.

Executing it means starting a Python kernel that imports the model and matplotlib: about
two seconds, most of a cold build's waiting. mkdocs-jupyter would do it in the middle of
rendering pages, one thing after another; here it starts as soon as the build's
configuration is read and runs in its own process (the kernel) beside everything else.
mkdocs-jupyter then only renders the executed notebook (``execute: false`` in mkdocs.yml).

Same guarantees as mkdocs-jupyter with ``allow_errors: false`` and no cache: every build
executes the notebook afresh, and a cell that raises fails the build, naming the notebook,
the cell and the error. No MkDocs here.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

KERNEL = "python3"
CELL_TIMEOUT_S = 120


class NotebookFailed(RuntimeError):
    pass


class NotebookRun:
    """Starts executing ``source`` (a notebook, or a jupytext script) in a thread at once.

    The kernel runs in ``workdir``, the project's root, as mkdocs-jupyter runs it: that is
    where ``import macros`` finds the project being built, not another checkout.
    """

    def __init__(self, source: Path, shown_as: str, workdir: Path) -> None:
        self.source = Path(source)
        self.shown_as = shown_as  # how messages name the notebook, e.g. "docs/methodology.py"
        self.workdir = Path(workdir)
        self._scratch = tempfile.TemporaryDirectory(prefix="notebook-run-")
        self._executed = Path(self._scratch.name) / (self.source.stem + ".ipynb")
        self._failure: str | None = None
        self._thread = threading.Thread(target=self._execute, name=f"execute {shown_as}", daemon=True)
        self._thread.start()

    def executed(self) -> Path:
        """The executed notebook (.ipynb), waiting for it if need be; raises NotebookFailed."""
        self._thread.join()
        if self._failure is not None:
            raise NotebookFailed(self._failure)
        return self._executed

    def close(self) -> None:
        self._thread.join()
        self._scratch.cleanup()

    def _execute(self) -> None:
        # Imported here: the thread pays for them, not the build's start.
        import jupytext
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError

        try:
            notebook = jupytext.read(self.source)
            # jupytext gives each cell a random id; numbered ones keep the page the same from build to build.
            for number, cell in enumerate(notebook.cells, start=1):
                cell.id = f"cell-{number}"
            client = NotebookClient(notebook, kernel_name=KERNEL, timeout=CELL_TIMEOUT_S, allow_errors=False,
                                    resources={"metadata": {"path": str(self.workdir)}})
            client.execute()
            nbformat.write(notebook, self._executed)
        except CellExecutionError as error:
            self._failure = f"{self.shown_as}: a cell raised {error.ename}: {error.evalue}\n{error}"
        except Exception as error:  # noqa: BLE001 - reported to the build, which fails with it
            self._failure = f"{self.shown_as}: could not be executed: {type(error).__name__}: {error}"
