"""The site's Python package: the data-to-page pipeline, one folder per stage.

- ``macros.model``: the number model (data/ in, named figures out); no MkDocs.
- ``macros.charts``: one builder per chart, reading catalogue figures only.
- ``macros.escape``, ``citations``, ``tables``, ``scorecard``, ``freshness_text``, ``exports``,
  ``chart_blocks``, ``formatting``: text helpers that turn figures into Markdown, HTML and CSV; pure.
- ``macros.macro_set``: the macros pages call, whatever the engine; pure.
- ``macros.mkdocs_glue``: everything MkDocs dictates (hooks, macro registration, HTML
  post-processing, the notebook run, the preview); ProperDocs runs it as it is.
- ``macros.zensical_glue``: what Zensical needs to build the Markdown pages.
  Nothing outside the glue folders imports them; moving to another engine means writing one.
"""
