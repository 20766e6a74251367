"""The site's Python package: one folder per stage of the data flow, and three small primitives.

Data flows one way, and so do imports (tests/test_layers.py):

    model  <-  charts  <-  text  <-  published  <-  pages  <-  finishing  <-  mkdocs_glue, zensical_glue

- ``macros.model``: the number model, data/ in, named figures out (no MkDocs).
- ``macros.charts``: one builder per chart, reading catalogue figures only; ``charts/kit/`` is
  what builders draw, credit and export with.
- ``macros.text``: what pages say, as Markdown: figure links, quotes, listings, the scorecard,
  how current a page is, a chart's block, the "What changed" page, how to cite (pure).
- ``macros.published``: the files readers download: CSVs of the data and charts, the numbers
  file, the Atom feed, and recording a release (pure).
- ``macros.pages``: the macros pages call, whatever the engine, and the record of what each page
  shows (pure).
- ``macros.finishing``: what turns an engine's built HTML into the published site (HTML
  corrections, stylesheets purged and inlined, the Content-Security-Policy), engine-free (pure).
- ``macros.mkdocs_glue``: everything MkDocs dictates (hooks, macro registration, the notebook run,
  the preview); ProperDocs runs it as it is. ``macros.zensical_glue``: what
  Zensical needs to build the Markdown pages. Nothing outside the glue folders imports them.

The primitives, read by every stage above the model:

- ``macros.escape``: text from data/ made safe for where it lands (Markdown, HTML, a link, a CSV).
- ``macros.formatting``: a figure spelled as text, in its unit, style and precision.
- ``macros.addresses``: the site's page paths, published files, anchors and permalinks.
"""
