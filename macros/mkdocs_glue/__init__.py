"""Everything MkDocs (with Material, mkdocs-macros and mkdocs-jupyter) dictates, and nothing else.

- ``page_macros``: ``define_env`` (mkdocs-macros' entry point), registering the engine-free macros of
  :mod:`macros.macro_set`, and what it adds after each page is rendered.
- ``hooks``: MkDocs hooks (listed in mkdocs.yml): data checks, downloads, HTML corrections,
  the notebook run and the build's time limit.
- ``page_html`` and ``css_purge``: HTML and CSS post-processing of the pages Material renders.
- ``notebook_run``: the methodology notebook, executed in a process of its own.
- ``preview``: what ``mkdocs serve`` (``make serve``) needs on top of a build; ``make site`` never runs it.

The rest of ``macros`` never imports this folder, nor does macros/zensical_glue/
(tests/test_engine_boundary.py).
"""
