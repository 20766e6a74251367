"""MkDocs hooks: the engine-specific glue besides ``define_env``. Each hook is a few lines
around a pure function, so moving off MkDocs means rewriting this file, not the logic.

- on_files: the downloads (CSV of the data, and each chart's numbers as CSV and drawing as SVG
  and PNG), generated in memory (nothing is written into docs/ or data/) and registered as
  site files, so links to them are checked.
- on_page_content / on_post_page: HTML corrections from :mod:`macros.mkdocs_glue.page_html`.
- on_config / on_pre_page: the methodology notebook executed in the background from the
  start of the build (:mod:`macros.mkdocs_glue.notebook_run`); mkdocs-jupyter renders the result.
- on_serve and what it switches on (on_env, the end of on_files, on_post_build, on_shutdown):
  the preview of ``make serve`` (:mod:`macros.mkdocs_glue.preview`); never part of ``make site``.
"""

import atexit
import functools
import gc
import logging
import os
import posixpath
import threading
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from macros.mkdocs_glue.notebook_run import NotebookFailed, NotebookRun
from macros.mkdocs_glue.notices import notice

# The rest of the project (the model, matplotlib, the HTML and CSS tools) is imported
# inside the hooks that use it: MkDocs imports this file while it reads mkdocs.yml, and
# every second spent here is a second later that the notebook's kernel starts.

NOTEBOOK_SOURCES = (".ipynb", ".py")
JUPYTER_PLUGIN = "mkdocs-jupyter"
_notebook_runs: dict[str, NotebookRun] = {}  # by source path in docs/, for this build
# Under `mkdocs serve` only: the preview, and the notebook runs started ahead for the next build.
_serving: dict = {"preview": None, "notebooks": {}, "standby": {}}
log = logging.getLogger("mkdocs.hooks")
# A build takes seconds; one still going after this is stuck, and stops, saying where.
BUILD_TIMEOUT_S = float(os.environ.get("SITE_BUILD_TIMEOUT_S", 600))
_watch = {"timer": None, "page": "the configuration"}


@event_priority(100)  # before the other plugins' on_config: the kernel starts first
def on_config(config):
    _close_notebook_runs()
    _start_watchdog()
    _pause_garbage_collection()
    jupyter = config.plugins.get(JUPYTER_PLUGIN)
    if jupyter is None:
        return config
    docs = Path(config.docs_dir)
    notebooks = {}
    for pattern in jupyter.config["include"]:
        # rglob: mkdocs-jupyter matches its patterns against the end of each path, at any depth.
        for source in sorted(docs.rglob(pattern)):
            src_uri = source.relative_to(docs).as_posix()
            notebooks[src_uri] = (source, f"{docs.name}/{src_uri}", Path(config.config_file_path).parent)
    for src_uri, (source, shown_as, workdir) in notebooks.items():
        _notebook_runs[src_uri] = _started_ahead(src_uri, notebooks[src_uri]) or NotebookRun(
            source, shown_as, workdir=workdir
        )
    _serving["notebooks"] = notebooks
    return config


def _started_ahead(src_uri: str, arguments: tuple) -> NotebookRun | None:
    """The preview's run on standby for this notebook, told to start, if it still can."""
    run, its_arguments = _serving["standby"].pop(src_uri, (None, None))
    if run is not None and its_arguments == arguments and run.start():
        return run
    if run is not None:
        run.close()
    return None


def on_pre_page(page, config, files):
    _watch["page"] = f"docs/{page.file.src_uri}"
    run = _notebook_runs.get(page.file.src_uri)
    jupyter = config.plugins.get(JUPYTER_PLUGIN)
    if run is None and jupyter is not None and jupyter.should_include(page.file):
        # mkdocs-jupyter no longer executes (execute: false): this page would show no outputs.
        raise PluginError(
            f"{page.file.src_uri}: mkdocs-jupyter renders it, but it was not executed; "
            "check that its include patterns in mkdocs.yml find it"
        )
    if run is not None:
        try:
            # mkdocs-jupyter reads the notebook from this path when it renders the page.
            page.file.abs_src_path = str(run.executed())
            # mkdocs-jupyter's own log line then says "execute=False": it only renders.
            log.info(f"Executed {run.shown_as} in a kernel started with the build")
        except NotebookFailed as exc:
            raise PluginError(str(exc)) from None
    return page


def on_post_build(config):
    _close_notebook_runs()
    _stop_watchdog()
    gc.enable()
    _start_notebooks_ahead()


def on_build_error(error):
    _close_notebook_runs()
    _stop_watchdog()
    gc.enable()


def _close_notebook_runs():
    for run in _notebook_runs.values():
        run.close()
    _notebook_runs.clear()


def _close_standby_runs():
    for run, _ in _serving["standby"].values():
        run.close()
    _serving["standby"].clear()


# mkdocs-macros ends the process with exit() on a macro error, so on_build_error never runs;
# the notebook's process is ended on the way out instead.
atexit.register(_close_notebook_runs)
atexit.register(_close_standby_runs)


# --- The preview (`mkdocs serve`) -------------------------------------------------------------------


def on_serve(server, config, builder):
    """Called once, after the first build: from here on, the server rebuilds on any input's change,
    with the project's code re-imported, and shows a failed build in the pages instead of stopping."""
    from macros.mkdocs_glue.preview import Preview

    _serving["preview"] = Preview(server, config, cleanup=_after_failed_build, forget_caches=_compiled_css.cache_clear)
    _start_notebooks_ahead()
    return server


def _after_failed_build():
    """What on_build_error does; mkdocs-macros' exit() on a macro error goes past it."""
    _close_notebook_runs()
    _stop_watchdog()
    gc.enable()
    _start_notebooks_ahead()


def _start_notebooks_ahead():
    """Under `mkdocs serve`, the next build's notebook kernels, started now and waiting for it."""
    if _serving["preview"] is None:
        return
    from macros.mkdocs_glue.preview import NOTEBOOK_WARM_IMPORTS

    _close_standby_runs()
    for src_uri, arguments in _serving["notebooks"].items():
        source, shown_as, workdir = arguments
        run = NotebookRun(source, shown_as, workdir=workdir, standby=True, warm_imports=NOTEBOOK_WARM_IMPORTS)
        _serving["standby"][src_uri] = (run, arguments)


def on_env(env, config, files):
    if _serving["preview"] is not None:
        from macros.mkdocs_glue.preview import TEMPLATES

        env.bytecode_cache = TEMPLATES
    return env


def on_shutdown():
    _close_standby_runs()


def _pause_garbage_collection():
    """No cyclic garbage collection until the build ends (on_post_build, on_build_error).

    A build makes millions of short-lived objects and little cyclic garbage, and each of the
    collector's passes walks everything the imports made (pint's registry, matplotlib, the
    templates): a tenth of a cold build's time, for 30 MB more at the peak (about 210 MB).
    Under `mkdocs serve` the collector runs again between builds, so nothing piles up."""
    gc.disable()


def _start_watchdog():
    _stop_watchdog()
    timer = threading.Timer(BUILD_TIMEOUT_S, _give_up)
    timer.daemon = True
    timer.start()
    _watch["timer"] = timer


def _stop_watchdog():
    if _watch["timer"] is not None:
        _watch["timer"].cancel()
        _watch["timer"] = None


def _give_up():
    log.error(f"The build did not finish within {BUILD_TIMEOUT_S:g} s; it was working on {_watch['page']}. Stopped.")
    _close_notebook_runs()
    os._exit(1)


def on_files(files, config):
    from macros.chart_blocks import chart_downloads
    from macros.exports import DOWNLOADS
    from macros.model import DataError, load_catalogue

    # The first place a build reads data/: a bad file stops it here, with the
    # loader's message (file, entry, field) and no traceback to wade through.
    try:
        catalogue = load_catalogue()
    except DataError as exc:
        raise PluginError(f"data/ has problems to fix:\n{exc}") from None
    _report_stale_sources(catalogue)
    downloads = {path: build(catalogue) for path, build in DOWNLOADS.items()}
    downloads.update(chart_downloads(catalogue))
    for path, content in downloads.items():
        files.append(File.generated(config, path, content=content))
    # MkDocs renders pages in the order of `files`. The notebook's page goes last, so its kernel
    # (started in on_config) runs beside every other page instead of making one wait for it.
    for src_uri in _notebook_runs:
        notebook = files.get_file_from_path(src_uri)
        if notebook is not None:
            files.remove(notebook)
            files.append(notebook)
    return files


def _report_stale_sources(catalogue):
    from macros.model.freshness import stale_report, stale_sources

    stale = stale_sources(catalogue, catalogue.today)
    if not stale:
        return
    notice(f"{len(stale)} sources are past their check-again date ({catalogue.today})", stale_report(stale))


def on_post_page(output, page, config):
    from macros.mkdocs_glue.css_purge import classes_in_html
    from macros.mkdocs_glue.page_html import (
        add_content_security_policy,
        inline_stylesheets,
        slim_notebook_page,
        stylesheet_links,
    )

    if page.file.src_uri.endswith(NOTEBOOK_SOURCES):
        output = slim_notebook_page(output)
    used = classes_in_html(output) | _theme_script_words(tuple(config.theme.dirs))
    output = inline_stylesheets(output, _purged_stylesheets(stylesheet_links(output), page, config, used).get)
    return add_content_security_policy(output)


def on_post_template(output_content, template_name, config):
    """The one page rendered from a template alone (404.html) gets the same policy as the others."""
    from macros.mkdocs_glue.page_html import add_content_security_policy

    return add_content_security_policy(output_content) if template_name == "404.html" else output_content


def _purged_stylesheets(hrefs: list[str], page, config, used: set[str]) -> dict[str, str]:
    """The page's own stylesheets (from docs/ or the theme) purged together; another host's stay linked."""
    from macros.mkdocs_glue.css_purge import purged_together

    compiled = {}
    for href in hrefs:
        path = _site_path(href, page)
        if path is None:
            continue
        for folder in [config.docs_dir, *config.theme.dirs]:
            candidate = Path(folder) / path
            if candidate.is_file():
                compiled[href] = _compiled_css(str(candidate), candidate.stat().st_mtime_ns)
                break
    return dict(zip(compiled, purged_together(list(compiled.values()), used), strict=True))


@functools.cache
def _compiled_css(path: str, mtime_ns: int):
    """Each stylesheet is parsed once, then filtered per page; an edit (under `mkdocs serve`) parses it again."""
    from macros.mkdocs_glue.css_purge import compile_css

    return compile_css(Path(path).read_text(encoding="utf-8"))


@functools.cache
def _theme_script_words(theme_dirs: tuple[str, ...]) -> frozenset[str]:
    from macros.mkdocs_glue.css_purge import words_in_script

    words = set()
    for folder in theme_dirs:
        for script in Path(folder).glob("assets/javascripts/bundle.*.min.js"):
            words |= words_in_script(script.read_text(encoding="utf-8"))
    return frozenset(words)


def _site_path(href: str, page) -> str | None:
    """The site-relative path of a stylesheet a page links to (MkDocs copies it from docs/ or the theme)."""
    if "://" in href:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname("/" + page.url), href)).lstrip("/")


def on_page_content(html, page, config, files):
    from macros.mkdocs_glue.page_html import (
        first_abbr_only,
        keep_permalink_with_last_word,
        unwrap_abbr_in_svg,
        unwrap_figures,
    )

    return keep_permalink_with_last_word(unwrap_figures(first_abbr_only(unwrap_abbr_in_svg(html))))
