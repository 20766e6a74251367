"""What the pages of the current build showed, shared by the page macros and the hooks.

Filled while pages render; read when each page's citation is written and when the numbers
file is written after the last page. Reset at the start of every build (and every
``mkdocs serve`` rebuild), so nothing carries over from one build to the next.
"""

from __future__ import annotations

# The figures each page's macros asked for, by source path ("power.md"): for the "as of" line.
PAGE_FIGURES: dict[str, set[str]] = {}
# Every figure link a page shows, by figure id: {page address: {the text it shows}}.
SHOWN: dict[str, dict[str, set[str]]] = {}


def reset() -> None:
    PAGE_FIGURES.clear()
    SHOWN.clear()
