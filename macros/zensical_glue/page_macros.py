"""The macros pages call, for Zensical: its ``define_env`` runs once per page, with ``env.page`` (its
source path in docs/ and its URL) but no ``env.page.file``, and no hook after the page is rendered
(``after_page`` does that part).
"""

from __future__ import annotations


def define_env(env):
    from macros.pages.macro_set import MacroSet
    from macros.pages.shown import PageRef
    from macros.zensical_glue.after_page import remember

    page = None if env.page is None else PageRef(env.page.path, env.page.url)
    macro_set = MacroSet(lambda: page)
    for name, function in macro_set.functions().items():
        env.macro(function, name)
    if env.page is not None:
        remember(env.page, macro_set)
