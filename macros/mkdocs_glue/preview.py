"""The preview (``make serve``): what ``mkdocs serve`` needs on top of a build. Nothing here runs in
``make site``; the hooks call it from ``on_serve`` on.

- Every input is watched: data/, macros/ and overrides/, besides docs/ and mkdocs.yml.
- The project's Python code is imported afresh at a rebuild when a file under macros/ changed.
  mkdocs-macros executes page_macros.py anew at every build, but what it imports (the model, its
  catalogue cache, the formatting helpers) stays in ``sys.modules`` until it is dropped. Kept:
  the glue modules that hold the server's state (:data:`PERSISTENT`); an edit to one of them
  (or to hooks.py, which MkDocs loads once) is named in the terminal as needing a restart.
- A failed rebuild (a bad data file, a page macro error, a raising notebook cell, a broken link,
  a Python error) does not stop the server, and a request never waits on it: its messages are
  printed, and every page shows them until a save fixes the cause, which rebuilds as usual.
  The build itself is unchanged (strict, failing hard, as ``make site``); the difference is only
  in what the server does with the failure.
- Each served page's Content-Security-Policy also lists the live-reload script the server
  adds to it, so the browser reloads itself after a rebuild (the policy would block it).
- A rebuild is quicker than a cold build: the theme's compiled templates are kept between
  builds, the next build's notebook kernel is started while the server waits for a change
  (with its heavy third-party imports done), and the notebook page is rendered after the others,
  so the pages are made while the notebook runs.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import os
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import jinja2

log = logging.getLogger("mkdocs.hooks.preview")

WATCHED = ("data", "macros", "overrides")  # besides docs/ and mkdocs.yml, which MkDocs watches itself
# MkDocs looks for changes every half second; a few hundred files can be looked at more often.
POLL_EVERY_S = 0.2
CODE = "macros"
# Glue modules that live as long as the server: they hold its state or the hooks' references.
PERSISTENT = (
    "macros.mkdocs_glue",
    "macros.mkdocs_glue.build",
    "macros.mkdocs_glue.preview",
    "macros.mkdocs_glue.notebook_run",
)
# Files whose edits a running server cannot take: MkDocs loads hooks.py once, and the modules above persist.
RESTART_NEEDED = (
    "macros/mkdocs_glue/hooks.py",
    "macros/mkdocs_glue/build.py",
    "macros/mkdocs_glue/preview.py",
    "macros/mkdocs_glue/notebook_run.py",
)


class Preview:
    """The state of one ``mkdocs serve`` session, and the builder it wraps around MkDocs' own."""

    def __init__(self, server, config, *, cleanup: Callable[[], None]):
        self.root = Path(config.config_file_path).resolve().parent
        self.site_dir = Path(server.root)
        self._cleanup = cleanup  # what on_build_error does, for failures MkDocs does not report to it
        self._code = code_fingerprint(self.root / CODE)
        self._pages = pages_in(self.site_dir)
        self._build = server.builder
        # The project first on the import path: a re-import must find this checkout's macros/,
        # not another one an editable install points at.
        if sys.path[:1] != [str(self.root)]:
            sys.path.insert(0, str(self.root))
        # Bytecode written into macros/__pycache__ would itself be a change under macros/, and
        # rebuild again; the notebook's kernel inherits the setting through the environment.
        sys.dont_write_bytecode = True
        os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
        _poll_more_often(server, POLL_EVERY_S)
        for folder in WATCHED:
            if (self.root / folder).is_dir():
                server.watch(str(self.root / folder))
        server.builder = self.build
        _allow_live_reload_script(server)

    def build(self) -> None:
        """One rebuild: the project's code re-imported if it changed, and a failure shown, not raised."""
        self._reload_code_if_changed()
        with _Problems() as problems:
            try:
                self._build()
            except KeyboardInterrupt:
                raise
            except BaseException as error:  # noqa: BLE001 - SystemExit too: mkdocs-macros exits on a macro error
                self._cleanup()
                self._show_failure(problems.messages(), error)
                return
        self._pages = pages_in(self.site_dir) or self._pages

    def _reload_code_if_changed(self) -> None:
        code = code_fingerprint(self.root / CODE)
        if code == self._code:
            return
        changed = sorted(path for path in code.keys() | self._code.keys() if code.get(path) != self._code.get(path))
        self._code = code
        stale = [path for path in changed if path in RESTART_NEEDED]
        if stale:
            log.warning(f"{', '.join(stale)} changed: stop the server and start it again to use the new version")
        dropped = forget_project_modules(keep=PERSISTENT)
        log.info(f"Python code changed ({', '.join(changed)}): {len(dropped)} modules of macros/ will be imported anew")

    def _show_failure(self, messages: list[str], error: BaseException) -> None:
        if isinstance(error, SystemExit) or _reported(error, messages):
            # MkDocs (or mkdocs-macros, before its exit()) has printed what went wrong.
            text = "\n\n".join(messages) or f"{type(error).__name__}: {error}"
            log.error("The preview could not be rebuilt (above); every page shows why until a save fixes it.")
        else:
            # A Python error in the project's code, which MkDocs does not print: what, where, and the traceback.
            text = "\n\n".join([*messages, python_error(error, self.root)])
            log.error(f"The preview could not be rebuilt; every page shows why until a save fixes it.\n{text}")
        page = error_page(text)
        for path in self._pages or [Path("index.html"), Path("404.html")]:
            target = self.site_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")


def python_error(error: BaseException, root: Path) -> str:
    """The error, the innermost line of the project's code it went through, then the traceback;
    paths relative to the project."""
    what = "".join(traceback.format_exception_only(error)).strip()
    ours = [frame for frame in traceback.extract_tb(error.__traceback__) if Path(frame.filename).is_relative_to(root)]
    where = f"\nin {Path(ours[-1].filename).relative_to(root)}, line {ours[-1].lineno}, {ours[-1].name}" if ours else ""
    trace = "".join(traceback.format_exception(error)).rstrip()
    return f"{what}{where}\n\n{trace}".replace(f"{root}/", "")


def _poll_more_often(server, every_s: float) -> None:
    """The server's file watcher replaced by one that looks every ``every_s`` seconds, watching the same
    paths. It has not started yet (MkDocs starts it after on_serve). MkDocs keeps the list of watched
    paths in a private attribute: without it, the watcher is left as it is."""
    from watchdog.observers.polling import PollingObserver

    watched = dict(getattr(server, "_watched_paths", {}))
    if not watched:
        log.info("This MkDocs keeps its watched paths elsewhere: changes are looked for at its own pace")
        return
    for path, count in watched.items():
        for _ in range(count):
            server.unwatch(path)
    server.observer = PollingObserver(timeout=every_s)
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)


def code_fingerprint(folder: Path) -> dict[str, tuple[int, int]]:
    """Every Python file under ``folder`` (relative to its parent), with its modification time and size."""
    return {
        path.relative_to(folder.parent).as_posix(): (stat.st_mtime_ns, stat.st_size)
        for path in sorted(folder.rglob("*.py"))
        if "__pycache__" not in path.parts and (stat := path.stat())
    }


def forget_project_modules(keep: tuple[str, ...], package: str = CODE, modules: dict | None = None) -> list[str]:
    """Drops ``package`` and its modules from ``sys.modules`` (or ``modules``) but those in ``keep``;
    returns their names.

    What imports them next (page_macros.py, executed anew by mkdocs-macros at every build, and the
    hooks, which import inside each hook) gets them from the files as they are now.
    """
    modules = sys.modules if modules is None else modules
    dropped = [name for name in modules if (name == package or name.startswith(package + ".")) and name not in keep]
    for name in dropped:
        del modules[name]
    return dropped


def pages_in(site_dir: Path) -> list[Path]:
    return sorted(path.relative_to(site_dir) for path in site_dir.rglob("*.html")) if site_dir.is_dir() else []


ERROR_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: the site could not be built</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }}
pre {{ background: #fdecea; border-left: 4px solid #b3261e; padding: 1rem; overflow-x: auto;
       white-space: pre-wrap; font-size: 14px; }}
</style>
</head>
<body>
<h1>The site could not be built</h1>
<p>The last save broke the build. Fix what is named below and save: this page reloads itself.
(<code>make site</code> stops with the same message.)</p>
<pre id="build-error">{messages}</pre>
</body>
</html>
"""


def error_page(messages: str) -> str:
    """The page shown in place of every page while the build fails.

    Escaped with the standard library, not macros.escape: the project's own code may be what is broken.
    """
    return ERROR_PAGE.format(messages=html.escape(messages))


# The loggers a build's messages go to: MkDocs' and its plugins', or ProperDocs' when it serves.
BUILD_LOGGERS = ("mkdocs", "properdocs")


class _Problems(logging.Handler):
    """Collects what a build logs as a warning or an error (a strict build fails on either)."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        # Not this module's own lines, nor the server's (a request for a missing page is a warning there).
        if not record.name.startswith((log.name, "mkdocs.livereload", "properdocs.livereload")):
            self.records.append(record)

    def messages(self) -> list[str]:
        return [_plain(record.getMessage()) for record in self.records]

    def __enter__(self):
        for name in BUILD_LOGGERS:
            logging.getLogger(name).addHandler(self)
        return self

    def __exit__(self, *_):
        for name in BUILD_LOGGERS:
            logging.getLogger(name).removeHandler(self)


def _plain(message: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", message).strip()


def _reported(error: BaseException, messages: list[str]) -> bool:
    """MkDocs logs a BuildError (a plugin's or a hook's) and raises Abort in its place; both say nothing new."""
    from mkdocs.exceptions import Abort, BuildError

    return isinstance(error, Abort | BuildError) and bool(messages)


# --- Live reload under the Content-Security-Policy ------------------------------------------------

SCRIPT_SRC = "script-src 'self'"


def _allow_live_reload_script(server) -> None:
    """The server adds an inline script to each page it serves (it waits for the next build, then
    reloads the page); the policy of the page, which lists the hashes of its own inline scripts,
    would block it. Its hash is added to the policy as the page is served."""
    inject = getattr(server, "_inject_js_into_html", None)
    if inject is None:
        log.warning("This MkDocs adds its live-reload script differently: reload the page by hand after a save")
        return

    def inject_allowed(content: bytes, epoch: int) -> bytes:
        return with_script_allowed(inject(content, epoch))

    server._inject_js_into_html = inject_allowed


def with_script_allowed(page: bytes) -> bytes:
    """``page`` as the server sends it, its last inline script (the one the server appends before
    ``</body>``) added to the page's Content-Security-Policy; a page without a policy is left as it is."""
    start = page.rfind(b"<script>")
    end = page.find(b"</script>", start)
    if start < 0 or end < 0 or SCRIPT_SRC.encode() not in page:
        return page
    digest = base64.b64encode(hashlib.sha256(page[start + len(b"<script>") : end]).digest())
    return page.replace(SCRIPT_SRC.encode(), SCRIPT_SRC.encode() + b" 'sha256-" + digest + b"'", 1)


# --- Compiled templates kept between builds ------------------------------------------------------


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Jinja's compiled templates, kept in memory for the next build: MkDocs makes a new template
    environment at every build, and compiling Material's templates again costs a rebuild half a
    second. Jinja checks each template's source against its checksum, so an edited one is compiled anew."""

    def __init__(self):
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._store:
            bucket.bytecode_from_string(self._store[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


TEMPLATES = MemoryBytecodeCache()
