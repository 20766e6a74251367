"""One MkDocs build's state in one object, and the one way a build ends.

A :class:`Build` is made when MkDocs reads its configuration (``on_config``) and ended by
:func:`end`: after the last page (``on_post_build``), when a build fails (``on_build_error``), when
the preview catches a failure MkDocs never reports (mkdocs-macros' ``exit()`` on a macro error),
on the way out of the process, or by the watchdog when a build is stuck. Ending it closes the
notebook's process, stops the watchdog, turns the garbage collector back on, and, under
``mkdocs serve``, starts the next build's notebook kernel on standby.

A :class:`Session` lives as long as ``mkdocs serve``: the preview and the kernels on standby.

The preview re-imports the project's code between builds but keeps this module (it holds the
state the hooks and the page macros share): an edit here needs a restart of ``make serve``.
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from macros.mkdocs_glue.notebook_run import NotebookRun
from macros.pages.shown import ShownOnPages

log = logging.getLogger("mkdocs.hooks")
# A build takes seconds; one still going after this is stuck, and stops, saying where.
BUILD_TIMEOUT_S = float(os.environ.get("SITE_BUILD_TIMEOUT_S", 600))
# What the methodology notebook spends its first second importing; a kernel on standby loads them ahead.
NOTEBOOK_WARM_IMPORTS = ("numpy", "matplotlib.figure", "pint", "pydantic", "yaml", "IPython.display")


@dataclass(frozen=True)
class Notebook:
    """A notebook the build executes: its file, how messages name it, and where its kernel runs."""

    source: Path
    shown_as: str  # e.g. "docs/methodology.py"
    workdir: Path  # the project's root: where `import macros` finds the project being built

    def run(self, standby: bool = False) -> NotebookRun:
        warm = NOTEBOOK_WARM_IMPORTS if standby else ()
        return NotebookRun(self.source, self.shown_as, workdir=self.workdir, standby=standby, warm_imports=warm)


@dataclass
class Session:
    """``mkdocs serve``'s state across builds: the preview, and the next build's kernels on standby."""

    preview: object | None = None
    notebooks: dict[str, Notebook] = field(default_factory=dict)  # by source path in docs/
    standby: dict[str, tuple[NotebookRun, Notebook]] = field(default_factory=dict)

    def start_notebooks_ahead(self) -> None:
        """Under `mkdocs serve`, the next build's notebook kernels, started now and waiting for it."""
        if self.preview is None:
            return
        self.close_standby()
        for src_uri, notebook in self.notebooks.items():
            self.standby[src_uri] = (notebook.run(standby=True), notebook)

    def started_ahead(self, src_uri: str, notebook: Notebook) -> NotebookRun | None:
        """The run on standby for this notebook, told to start, if it still can."""
        run, its_notebook = self.standby.pop(src_uri, (None, None))
        if run is not None and its_notebook == notebook and run.start():
            return run
        if run is not None:
            run.close()
        return None

    def close_standby(self) -> None:
        for run, _ in self.standby.values():
            run.close()
        self.standby.clear()


class Build:
    """What one build shares between its hooks and its page macros."""

    def __init__(self, notebooks: dict[str, Notebook], session: Session):
        self.shown = ShownOnPages()  # what each page shows, filled by the page macros
        self.macro_set = None  # the page macros' MacroSet, once define_env has made it
        # The PNGs drawn beside the pages (chart downloads, share cards), by their path in site/:
        # the jobs are submitted at on_files and on_page_context, the files written at on_post_build.
        self.drawer = None  # a macros.published.drawing.Drawer, once the charts are drawn
        self.pngs: dict[str, object] = {}  # site path -> the drawer's job
        self.page = "the configuration"  # where the build is: the watchdog names it
        self.notebook_runs: dict[str, NotebookRun] = {
            src_uri: session.started_ahead(src_uri, notebook) or notebook.run()
            for src_uri, notebook in notebooks.items()
        }
        self._watchdog = threading.Timer(BUILD_TIMEOUT_S, _give_up)
        self._watchdog.daemon = True
        self._watchdog.start()
        # A build makes millions of short-lived objects and little cyclic garbage, and each of the
        # collector's passes walks everything the imports made (pint's registry, matplotlib, the
        # templates): a tenth of a cold build's time, for 30 MB more at the peak (about 210 MB).
        # Under `mkdocs serve` the collector runs again between builds, so nothing piles up.
        gc.disable()

    def close(self) -> None:
        if self.drawer is not None:
            self.drawer.close()
        for run in self.notebook_runs.values():
            run.close()
        self.notebook_runs.clear()
        self._watchdog.cancel()
        gc.enable()


SESSION = Session()
_current: dict[str, Build | None] = {"build": None}


def start(notebooks: dict[str, Notebook]) -> Build:
    """A new build, the one before it ended first (a rebuild under `mkdocs serve`)."""
    end(prepare_next=False)
    SESSION.notebooks = notebooks
    build = Build(notebooks, SESSION)
    _current["build"] = build
    return build


def current() -> Build:
    build = _current["build"]
    if build is None:
        raise RuntimeError("no build is under way: the hooks in mkdocs.yml start one at on_config")
    return build


def end(prepare_next: bool = True) -> None:
    """The one way a build ends, whether it succeeded, failed or is being given up."""
    build, _current["build"] = _current["build"], None
    if build is None:  # ended already (on_build_error, then the preview's clean-up)
        gc.enable()
        return
    build.close()
    if prepare_next:
        SESSION.start_notebooks_ahead()


def _give_up() -> None:
    build = _current["build"]
    where = build.page if build is not None else "the configuration"
    log.error(f"The build did not finish within {BUILD_TIMEOUT_S:g} s; it was working on {where}. Stopped.")
    if build is not None:
        build.close()
    os._exit(1)


def _at_exit() -> None:
    end(prepare_next=False)
    SESSION.close_standby()


# mkdocs-macros ends the process with exit() on a macro error, so on_build_error never runs;
# the notebook's process is ended on the way out instead.
atexit.register(_at_exit)
