"""The macros pages call, registered with mkdocs-macros (its ``define_env`` entry point). Kept thin.

The macros themselves are engine-free (:class:`macros.pages.macro_set.MacroSet`); this file only says
which page MkDocs is rendering, hands the macros the build's record of what each page shows, registers
them, and adds what mkdocs-macros lets a module add after each page is rendered. A macro that is
given an unknown id raises, naming the page, and mkdocs-macros' ``on_error_fail`` turns that into a
failed build.
"""

from __future__ import annotations


def define_env(env):
    # Imported here, not at the top: mkdocs-macros imports this file while MkDocs reads its
    # configuration, and every second spent then is a second later that the notebook starts.
    from macros.mkdocs_glue import build
    from macros.pages.macro_set import MacroSet
    from macros.pages.shown import PageRef

    def current_page():
        page = env.page
        return None if page is None else PageRef(page.file.src_uri, page.url)

    current = build.current()
    current.macro_set = MacroSet(current_page, shown=current.shown, site_url=env.conf["site_url"] or "")
    for name, function in current.macro_set.functions().items():
        env.macro(function, name)


def on_post_page_macros(env):
    """After the page's title, how current its figures are; at the end, the glossary as abbreviation
    definitions, so every page gets hover definitions."""
    from macros.mkdocs_glue import build

    env.markdown = build.current().macro_set.after_page(env.markdown, env.page.file.src_uri)
