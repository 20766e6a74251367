"""The chart kit: what every chart builder in macros/charts/ is drawn, credited and exported with.

- ``chart``: the ``Chart`` record and ``make_chart``, which every builder ends with.
- ``provenance``: ``FigureReader``, through which a builder reads figures, and the source line.
- ``cells``: chart numbers as text and CSV values, spelled by macros/formatting.py.
- ``cluster_sizes``: the sourced GPU counts two charts put on an axis.
- ``draw``: the marks, axes and labels builders draw with; ``theme``: the palette and its CSS variables.
- ``card``: a page's share card (1200 x 630 PNG) in the charts' font and palette.
- ``render``: a chart drawn with matplotlib once, as inline SVG, standalone SVG and PNG;
  ``svg``: the SVG post-processing (themed colours, ids, titles).

No arithmetic on the numbers here: the model computes, the kit only draws and spells.
"""
