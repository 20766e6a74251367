"""What pages say: pure functions from the catalogue to Markdown (and the HTML inside it).

Every string from data/ passes :mod:`macros.escape` on its way in, and every link to a page, a file
or an anchor is spelled by :mod:`macros.addresses`.

- ``citations``: a figure's value linked to its row on Every figure, a source's link, a quoted
  statement, an article's line, a claim's words, a verdict badge; and ``note_shown``, which notes
  what a page shows in its record (macros/pages/shown.py).
- ``listings``: the claim cards, the "show your working" tables, the Sources page's entries, the
  Every figure index, the glossary and its hover definitions.
- ``scorecard``: the cards of the 2024 forecasts, scored.
- ``freshness``: the line under a page's title on how current its figures are, each source's age.
- ``chart_block``: a chart as a page shows it: inline SVG, caption with sources and downloads,
  its numbers in a second tab.
- ``embed_snippet``: the "Embed" snippet in a chart's caption, the ``<iframe>`` a reader copies.
- ``changes``: the "What changed" page, from the release history.
- ``how_to_cite``: "Cite this page" (plain text and BibTeX) and the one-line citation of a figure.
"""
