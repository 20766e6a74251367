"""What Zensical needs to build the site's Markdown pages, and nothing else.

Zensical reads mkdocs.yml through zensical.yml, which points its macros here, adds ``after_page`` as
a Markdown extension and watches data/ and macros/. It runs a macros module's ``define_env`` once per
page, with its own ``{{ }}`` rendering, and runs no MkDocs hooks and no mkdocs-jupyter.

- ``page_macros``: ``define_env``, registering the same engine-free macros as macros/mkdocs_glue/
  (:mod:`macros.pages.macro_set`).
- ``after_page``: the line under a page's title on how current its figures are, which mkdocs-macros'
  ``on_post_page_macros`` adds under MkDocs.

What it cannot carry yet is listed in MAINTAINING.md ("The engine"). The rest of ``macros`` never imports
this folder, nor does macros/mkdocs_glue/ (tests/test_engine_boundary.py).
"""
