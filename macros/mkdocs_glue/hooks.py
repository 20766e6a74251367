"""The MkDocs hooks (listed in mkdocs.yml), in the order MkDocs calls them. Each is a few lines
around a named function elsewhere, so moving off MkDocs means rewriting this file, not the logic.

    on_config          a build starts: its state (build.py), the notebook's kernel, the watchdog
    on_files           data/ checked, stale sources reported, downloads and feed registered
    on_env             (preview) the theme's compiled templates kept between builds
    on_post_template   404.html gets the Content-Security-Policy
    on_pre_page        the notebook's page reads the executed notebook
    on_page_content    HTML corrections to the page's body (page_html.py)
    on_page_context    the page's "Cite this page" citation and its share card
    on_post_page       the notebook page slimmed, stylesheets purged and inlined, the policy added
    on_post_build      the numbers file, moved figures reported; the build ends
    on_build_error     the build ends
    on_serve           (preview) from the first build on, rebuild on every change (preview.py)
    on_shutdown        (preview) the kernels on standby end

The state a build shares is one object (:class:`macros.mkdocs_glue.build.Build`), ended one way.
The project's modules are imported inside the hooks, not at the top: MkDocs imports this file
while it reads mkdocs.yml, and every second spent then is a second later that the notebook's
kernel starts; and the preview re-imports them after an edit, which this file, loaded once, would
not see.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from macros.mkdocs_glue import build
from macros.mkdocs_glue.notebook_run import NotebookFailed

JUPYTER_PLUGIN = "mkdocs-jupyter"
NOTEBOOK_SOURCES = (".ipynb", ".py")


@event_priority(100)  # before the other plugins' on_config: the kernel starts first
def on_config(config):
    build.start(_notebooks(config))
    return config


def on_files(files, config):
    from macros.mkdocs_glue.site_files import add_generated_files, checked_catalogue, render_last, report_stale_sources

    catalogue = checked_catalogue()
    report_stale_sources(catalogue)
    add_generated_files(files, config, catalogue, build.current())
    render_last(files, build.current().notebook_runs)
    return files


def on_env(env, config, files):
    if build.SESSION.preview is not None:
        from macros.mkdocs_glue.preview import TEMPLATES

        env.bytecode_cache = TEMPLATES
    return env


def on_post_template(output_content, template_name, config):
    """The one page rendered from a template alone (404.html) gets the same policy as the others."""
    from macros.finishing.page import finished_template

    return finished_template(output_content) if template_name == "404.html" else output_content


def on_pre_page(page, config, files):
    current = build.current()
    current.page = f"docs/{page.file.src_uri}"
    run = current.notebook_runs.get(page.file.src_uri)
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
            _note_what_the_notebook_shows(page, Path(page.file.abs_src_path), current.shown)
            # mkdocs-jupyter's own log line then says "execute=False": it only renders.
            build.log.info(f"Executed {run.shown_as} in a kernel started with the build")
        except NotebookFailed as exc:
            raise PluginError(str(exc)) from None
    return page


def on_page_content(html, page, config, files):
    from macros.finishing.page import corrected_content

    return corrected_content(html)


def on_page_context(context, page, config, nav):
    from macros.mkdocs_glue.citation import cite_page
    from macros.mkdocs_glue.share_cards import plan_card

    page.meta["citation"] = cite_page(page, config, build.current().shown)
    plan_card(page, config, build.current())
    return context


def on_post_page(output, page, config):
    from macros.finishing.page import finished_page

    notebook = page.file.src_uri.endswith(NOTEBOOK_SOURCES)
    return finished_page(output, page.url, [config.docs_dir, *config.theme.dirs], notebook=notebook)


def on_post_build(config):
    from macros.mkdocs_glue.site_files import report_unrecorded_changes, write_numbers_file, write_pngs
    from macros.model import load_catalogue

    try:
        catalogue = load_catalogue()
        write_numbers_file(config, catalogue, build.current().shown)
        write_pngs(config, build.current())
        report_unrecorded_changes(catalogue)
    finally:
        build.end()


def on_build_error(error):
    build.end()


def on_serve(server, config, builder):
    """Called once, after the first build: from here on, the server rebuilds on any input's change,
    with the project's code re-imported, and shows a failed build in the pages instead of stopping."""
    from macros.mkdocs_glue.preview import Preview

    # A failure mkdocs-macros ends with exit() goes past on_build_error: the preview ends the build.
    build.SESSION.preview = Preview(server, config, cleanup=build.end)
    build.SESSION.start_notebooks_ahead()
    return server


def on_shutdown():
    build.SESSION.close_standby()


def _note_what_the_notebook_shows(page, executed: Path, shown) -> None:
    import json

    from macros.pages.shown import PageRef, shown_in_notebook

    figures = shown.page(PageRef(page.file.src_uri, page.url)).figures
    for figure_id in shown_in_notebook(json.loads(executed.read_text(encoding="utf-8"))):
        figures.setdefault(figure_id, set())


def _notebooks(config) -> dict[str, build.Notebook]:
    """The notebooks mkdocs-jupyter renders, which the build executes itself, by source path in docs/."""
    jupyter = config.plugins.get(JUPYTER_PLUGIN)
    if jupyter is None:
        return {}
    docs = Path(config.docs_dir)
    notebooks = {}
    for pattern in jupyter.config["include"]:
        # rglob: mkdocs-jupyter matches its patterns against the end of each path, at any depth.
        for source in sorted(docs.rglob(pattern)):
            src_uri = source.relative_to(docs).as_posix()
            notebooks[src_uri] = build.Notebook(source, f"{docs.name}/{src_uri}", Path(config.config_file_path).parent)
    return notebooks
