"""The macros pages call, whatever the engine that renders them, and what each page shows (pure).

- ``macro_set``: ``MacroSet``, one method per macro (``fig``, ``say``, ``chart`` ...), which each
  engine's glue registers; and what is added after a page's macros are rendered.
- ``shown``: ``ShownOnPages``, the build's one record of what each page shows, written by the macros
  and read by the as-of line, the page's citation date and the numbers file; ``PageRef``.
"""
