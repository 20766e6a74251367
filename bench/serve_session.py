"""`make serve` on a scratch copy of the project, driven over HTTP: save a file, then wait for a page.

Used by bench/preview.py (save-to-visible times) and by the preview tests (tests/site/test_preview.py,
tests/browser/test_live_reload.py). The server is `python -m mkdocs serve`, as `make serve` runs it,
on a free loopback port, in its own process group; :meth:`ServeSession.stop` ends it (Ctrl-C first,
as a person would, then a kill), and leaving the ``with`` block always calls it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("docs", "data", "macros", "overrides")
SUB_PATH = "/llama4-by-the-numbers/"
STARTUP_TIMEOUT_S = 120
STOP_GRACE_S = 15
POLL_EVERY_S = 0.05


class ServeFailed(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def copy_project(target: Path, source: Path = ROOT) -> Path:
    for name in PROJECT_PARTS:
        shutil.copytree(source / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(source / "mkdocs.yml", target / "mkdocs.yml")
    return target


def fig_texts(html: str, figure_id: str) -> list[str]:
    """The text of every figure link to ``figure_id`` in a page (``<a class="fig" href="...#fig-ID">``)."""
    pattern = rf'<a class="fig" href="[^"]*#fig-{re.escape(figure_id)}"[^>]*>(.*?)</a>'
    return re.findall(pattern, html, re.S)


class ServeSession:
    def __init__(self, project: Path | None = None, *, startup_timeout_s: float = STARTUP_TIMEOUT_S):
        self._scratch = None if project else tempfile.TemporaryDirectory(prefix="serve-session-")
        self.project = project or copy_project(Path(self._scratch.name) / "project")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}{SUB_PATH}"
        self.log_path = self.project.parent / "serve.log"
        self._startup_timeout_s = startup_timeout_s
        self._process: subprocess.Popen | None = None
        self._originals: dict[Path, str] = {}

    # --- the server ----------------------------------------------------------------------------

    def start(self) -> ServeSession:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}
        # Python's default, as in a checkout someone works in: the first build leaves bytecode caches
        # in macros/ (a re-import after an edit then compiles only the edited file; the preview writes
        # none once it is serving, since they would be changes under macros/).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        with self.log_path.open("w") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{self.port}"],
                cwd=self.project,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + self._startup_timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise ServeFailed(f"mkdocs serve ended with code {self._process.returncode}:\n{self.log()[-3000:]}")
            if self.status("") == 200:
                return self
            time.sleep(0.2)
        self.stop()
        raise ServeFailed(f"mkdocs serve did not answer within {self._startup_timeout_s:g} s:\n{self.log()[-3000:]}")

    def stop(self) -> None:
        if self._process is None or self._process.poll() is not None:
            return
        try:
            os.killpg(self._process.pid, signal.SIGINT)  # Ctrl-C: MkDocs shuts down and runs on_shutdown
            self._process.wait(timeout=STOP_GRACE_S)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
        if self._process.poll() is None:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait()

    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def __enter__(self) -> ServeSession:
        return self.start()

    def __exit__(self, *_) -> None:
        self.stop()
        if self._scratch is not None:
            self._scratch.cleanup()

    # --- pages -----------------------------------------------------------------------------------

    def get(self, page: str, timeout: float = 60) -> str:
        with urllib.request.urlopen(self.base + page, timeout=timeout) as response:
            return response.read().decode("utf-8")

    def status(self, page: str, timeout: float = 60) -> int | None:
        try:
            with urllib.request.urlopen(self.base + page, timeout=timeout) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return None

    def wait_for(
        self, pages: list[str], shows: Callable[[str, str], bool], since: float | None = None, timeout: float = 60
    ) -> float:
        """Seconds from ``since`` (a save's time; default now) until ``shows(page, html)`` holds for every
        page, polling; raises TimeoutError after ``timeout``."""
        started = time.monotonic() if since is None else since
        waiting = list(pages)
        while waiting:
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"after {timeout:g} s, still not shown on {waiting}")
            if not self.running():
                raise ServeFailed(f"the server stopped:\n{self.log()[-3000:]}")
            try:
                waiting = [page for page in waiting if not shows(page, self.get(page))]
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if waiting:
                time.sleep(POLL_EVERY_S)
        return time.monotonic() - started

    # --- edits -----------------------------------------------------------------------------------

    def edit(self, relative: str, old: str, new: str) -> float:
        """Replaces the first ``old`` by ``new`` in a project file; returns the time of the save (monotonic)."""
        path = self.project / relative
        text = path.read_text(encoding="utf-8")
        if old not in text:
            raise ValueError(f"{relative} does not contain {old!r}")
        self._originals.setdefault(path, text)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return time.monotonic()

    def restore(self, relative: str) -> float:
        path = self.project / relative
        path.write_text(self._originals.pop(path), encoding="utf-8")
        return time.monotonic()
