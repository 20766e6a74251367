"""The site's Python package: the data-to-page pipeline, one folder per stage.

- ``macros.model``: the number model (data/ in, named figures out); no MkDocs.
- ``macros.charts``: one builder per chart, reading catalogue figures only.
- ``macros.escape``, ``citations``, ``tables``, ``scorecard``, ``freshness_text``, ``exports``,
  ``chart_blocks``, ``formatting``: text helpers that turn figures into Markdown, HTML and CSV; pure.
- ``macros.mkdocs_glue``: everything the engine dictates (hooks, macro registration, HTML
  post-processing, the notebook run). Nothing outside it imports it; moving to another engine
  (ProperDocs, Zensical) means rewriting that folder only.
"""
