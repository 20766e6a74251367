"""The build's PNG files (each chart's PNG download, each page's share card), drawn beside the pages.

Drawing them is about a second of a cold build, and the main process has the pages to render
meanwhile, so a child process forked once the charts are drawn (it inherits them) draws each PNG as
it is asked for and hands them all back at the end. Whatever the child does not hand back (it
failed, died, took too long, or this system cannot fork) is drawn in the main process by the same
function, so the files are the same byte for byte either way, and a drawing that raises raises there,
as it would without the child. Pure, no MkDocs.
"""

from __future__ import annotations

import multiprocessing
import os
import warnings
from collections.abc import Callable, Hashable

from macros.charts import chart_for
from macros.charts.kit.card import CardText, card_png
from macros.model.catalogue import Catalogue

# "1" draws everything in the main process: the tests compare the two ways.
IN_PROCESS_ENV = "SITE_DRAW_IN_PROCESS"
# How long the end of a build waits for the child before drawing what is missing itself. The
# drawings take about a second; the build's own time limit stays the guard against a hang.
WAIT_S = 30.0

Job = Hashable


def chart_png(chart_id: str) -> tuple[str, str]:
    return ("chart", chart_id)


def card(text: CardText) -> tuple[str, CardText]:
    return ("card", text)


def drawing_of(catalogue: Catalogue) -> Callable[[Job], bytes]:
    """What draws a job: a chart's PNG (from the chart drawn for the page) or a share card."""

    def draw(job: Job) -> bytes:
        kind, what = job
        return chart_for(catalogue, what).png if kind == "chart" else card_png(what)

    return draw


class Drawer:
    """Jobs submitted during the build, their PNGs by job at its end (:meth:`results`)."""

    def __init__(self, draw: Callable[[Job], bytes]):
        self._draw = draw
        self._jobs: list[Job] = []
        self._connection = None
        self._process = None
        if os.environ.get(IN_PROCESS_ENV) == "1" or "fork" not in multiprocessing.get_all_start_methods():
            return
        context = multiprocessing.get_context("fork")
        ours, its = context.Pipe()
        process = context.Process(target=_serve, args=(its, ours, draw), daemon=True, name="drawing PNGs")
        try:
            with warnings.catch_warnings():
                # Python 3.12 warns of fork in a process with threads (the build's watchdog): the
                # child only draws, and what it does not deliver is drawn here.
                warnings.simplefilter("ignore", DeprecationWarning)
                process.start()
        except OSError:
            ours.close()
        else:
            self._connection, self._process = ours, process
        its.close()

    def submit(self, job: Job) -> None:
        self._jobs.append(job)
        if self._connection is not None:
            try:
                self._connection.send(job)
            except (OSError, ValueError):
                self.close()

    def results(self, wait_s: float = WAIT_S) -> dict[Job, bytes]:
        """Every submitted job's PNG: the child's, or drawn here when the child has none."""
        drawn: dict = {}
        if self._connection is not None:
            try:
                self._connection.send(None)  # no more jobs: hand back what was drawn
                if self._connection.poll(wait_s):
                    drawn = self._connection.recv()
            except (OSError, EOFError, ValueError):
                drawn = {}
            self.close()
        if not isinstance(drawn, dict):
            drawn = {}
        return {job: drawn[job] if isinstance(drawn.get(job), bytes) else self._draw(job) for job in self._jobs}

    def close(self) -> None:
        """Ends the child, if there is one still (the build failed, or the results are in)."""
        process, connection = self._process, self._connection
        self._process = self._connection = None
        if connection is not None:
            connection.close()
        if process is not None:
            process.join(1)
            if process.is_alive():
                process.kill()
                process.join(5)


def _serve(connection, parents_end, draw: Callable[[Job], bytes]) -> None:
    """The child: draw each job as it comes; on None, send everything back. A job that raises is
    left out, to be drawn (and to raise) in the build's own process."""
    parents_end.close()  # so that the parent's end closing reaches this process as the end of input
    drawn = {}
    try:
        while (job := connection.recv()) is not None:
            try:
                drawn[job] = draw(job)
            except Exception:  # noqa: BLE001 - reported when the build draws it itself
                pass
        connection.send(drawn)
    except (EOFError, OSError):
        pass
