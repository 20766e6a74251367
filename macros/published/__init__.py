"""The files readers download, written from the catalogue in memory (pure, no MkDocs; the engine's
glue puts them in site/). Their paths are spelled by :mod:`macros.addresses`.

- ``downloads``: CSVs of the inputs, figures, sources, claims and forecasts, and each chart's
  numbers (CSV) and drawing (standalone SVG and PNG).
- ``numbers_file``: numbers.json and numbers.csv, every figure with its provenance and the pages
  that show it, and numbers.schema.json.
- ``feed``: the Atom feed of releases (changes.xml).
- ``share_cards``: each page's share card (og:image), its headline figure drawn by the chart kit.
- ``drawing``: the build's PNGs (chart downloads, share cards) drawn in a child process beside the
  pages, and in the build's own process whatever the child does not deliver.
- ``site_files``: every file the site publishes besides its pages, whatever the engine; the
  numbers file apart, written after the last page.
- ``upkeep_issue``: the body of the GitHub issue listing each source past its check-again date with
  the figures and statements it feeds, written weekly by .github/workflows/upkeep.yml.
- ``embeds``: each chart's embeddable page (embed/<chart>/), a whole HTML document for an iframe.
- ``chart_homes``: which page shows each chart, which its embed page links back to.
- ``releases``: recording a release (``make release``): today's snapshot in releases/<date>.json.
"""
