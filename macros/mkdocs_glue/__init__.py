"""Everything MkDocs (with Material, mkdocs-macros and mkdocs-jupyter) dictates, and nothing else.

- ``hooks``: the MkDocs hooks listed in mkdocs.yml, in the order MkDocs calls them, each a few lines;
  each page is finished as it is written by the engine-free step of :mod:`macros.finishing`.
- ``build``: one build's state (``Build``: the record of what pages show, the notebook's run, the
  watchdog) and the one way a build ends; ``Session``, the preview's state across builds.
- ``page_macros``: ``define_env`` (mkdocs-macros' entry point), registering the engine-free macros of
  :mod:`macros.pages.macro_set`, and what it adds after each page is rendered.
- ``site_files``: the data check, the downloads, feed and numbers file registered and written, the
  notices about stale sources and unrecorded changes; ``notices``: how a notice is printed.
- ``citation``: a page's "Cite this page" citation, dated by its figures; ``share_cards``: its share
  card (og:image), planned with the page and written after the last one.
- ``notebook_run``: the methodology notebook, executed in a process of its own.
- ``preview``: what ``mkdocs serve`` (``make serve``) needs on top of a build; ``make site`` never runs it.

The rest of ``macros`` never imports this folder, nor does macros/zensical_glue/
(tests/test_engine_boundary.py).
"""
