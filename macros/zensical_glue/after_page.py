"""A Markdown extension (listed in zensical.yml) that does for Zensical part of what mkdocs-macros'
``on_post_page_macros`` does for MkDocs: once a page's macros are rendered, the line under its title
saying how current its figures are (:meth:`macros.pages.macro_set.MacroSet.after_page`), and,
at its end, the record of what it shows, which the finishing step reads.

Not the glossary's hover definitions: Markdown's abbr extension would also wrap the terms in each
chart's SVG, which cannot show them, and the MkDocs hooks that undo that do not run here.

It runs just after Zensical's macros preprocessor and finds the page's macros through the page
object Zensical hands both (``page_macros.define_env`` files them here).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from zensical.extensions.context import ContextPreprocessor

from macros.finishing.page_record import PageRecord, record_comment

MACROS_PRIORITY = 35  # Zensical's macros preprocessor
_macro_sets: WeakKeyDictionary = WeakKeyDictionary()  # Zensical's page object -> its MacroSet


def remember(page, macro_set) -> None:
    _macro_sets[page] = macro_set


class AfterPage(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        context = ContextPreprocessor.from_markdown(self.md)
        page = context.page if context else None
        macro_set = _macro_sets.get(page) if page is not None else None
        if macro_set is None:  # a page Zensical renders without macros
            return lines
        markdown = macro_set.after_page("\n".join(lines), page.path, glossary=False)
        # What the page shows, for the numbers file the finishing step writes (page_record.py).
        shows = macro_set.shown.part(page.path)
        record = PageRecord(shows.url, shows.figures, shows.lists_every_figure)
        return f"{markdown}\n\n{record_comment(record)}\n".split("\n")


class AfterPageExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(AfterPage(md), "site_after_page", MACROS_PRIORITY - 0.5)


def makeExtension(**kwargs) -> AfterPageExtension:
    return AfterPageExtension(**kwargs)
