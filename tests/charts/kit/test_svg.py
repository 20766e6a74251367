"""matplotlib's SVG made inlinable (ids of its own, theme variables, title and description first, the
download's title and source line cut out), and made a file of its own (light colours, size kept)."""

from __future__ import annotations

import pytest
from lxml import etree

from macros.charts.kit.svg import UnthemedColour, inline_svg, standalone_svg
from macros.charts.kit.theme import FOREGROUND, SERIES

SVG = "{http://www.w3.org/2000/svg}"
# The shape of what matplotlib writes, cut down to one of everything inline_svg handles.
MATPLOTLIB_SVG = f"""<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
  "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="432pt" height="270pt" viewBox="0 0 432 270"
     xmlns="http://www.w3.org/2000/svg" version="1.1">
 <defs>
  <style type="text/css">*{{stroke-linejoin: round; stroke-linecap: butt}}</style>
 </defs>
 <g id="figure_1">
  <g id="mark-0-0">
   <path d="M 0 0
L 1 1
" clip-path="url(#p1234)" style="fill: {SERIES[0]}"/>
  </g>
  <g id="line2d_1">
   <defs><path id="m5678" d="M 0 0 L 0 3.5" style="stroke: {FOREGROUND}"/></defs>
   <use xlink:href="#m5678" x="1" y="2" style="stroke: {FOREGROUND}"/>
  </g>
  <g id="text_1">
   <text style="font-size: 9px; font-family: 'DejaVu Sans', sans-serif; text-anchor: end; fill: {FOREGROUND}"
   >70.0 MW</text>
  </g>
  <g id="download-title">
   <text style="font-size: 11px; font-family: 'DejaVu Sans', sans-serif; fill: {FOREGROUND}">A title</text>
  </g>
  <g id="download-source">
   <text style="font-size: 9px; font-family: 'DejaVu Sans', sans-serif; fill: {FOREGROUND}">Source: Meta.</text>
  </g>
 </g>
 <defs><clipPath id="p1234"><rect x="0" y="0" width="1" height="1"/></clipPath></defs>
</svg>
"""


def inlined(svg: str = MATPLOTLIB_SVG, **kwargs) -> etree._Element:
    arguments = {"chart_id": "demo", "title": "A title", "description": "A description.", "named": {"mark-0-0"}}
    return etree.fromstring(inline_svg(svg.encode(), **{**arguments, **kwargs}).encode())


def test_title_and_description_come_first_and_label_the_image():
    svg = inlined()
    assert [(child.tag, child.get("id"), child.text) for child in svg[:2]] == [
        (f"{SVG}title", "demo-title", "A title"),
        (f"{SVG}desc", "demo-desc", "A description."),
    ]
    assert svg.get("role") == "img" and svg.get("aria-labelledby") == "demo-title demo-desc"
    assert svg.get("class") == "chart-svg"


def test_declaration_doctype_and_fixed_size_are_removed_and_the_viewbox_kept():
    text = inline_svg(MATPLOTLIB_SVG.encode(), "demo", "t", "d")
    assert text.startswith("<svg ") and "DOCTYPE" not in text and "<?xml" not in text
    svg = etree.fromstring(text.encode())
    assert svg.get("viewBox") == "0 0 432 270" and svg.get("width") is None and svg.get("height") is None


def test_ids_are_prefixed_with_the_chart_id_and_references_follow():
    svg = inlined()
    kept = {element.get("id") for element in svg.iter() if element.get("id")}
    assert kept == {"demo-title", "demo-desc", "demo-mark-0-0", "demo-m5678", "demo-p1234"}
    assert svg.find(f".//{SVG}use").get("href") == "#demo-m5678"
    assert svg.find(f".//{SVG}g[@id='demo-mark-0-0']/{SVG}path").get("clip-path") == "url(#demo-p1234)"


def test_matplotlib_ids_nothing_refers_to_are_dropped():
    assert all(
        element.get("id") not in ("demo-figure_1", "demo-line2d_1", "demo-text_1") for element in inlined().iter()
    )


def test_palette_colours_become_css_variables_and_fonts_are_left_to_the_page():
    svg = inlined()
    text = svg.find(f".//{SVG}text")
    assert text.get("style") == "font-size: 9px; text-anchor: end; fill: var(--chart-fg)"
    assert svg.find(f".//{SVG}g[@id='demo-mark-0-0']/{SVG}path").get("style") == "fill: var(--chart-1)"


def test_a_colour_outside_the_theme_is_refused_with_the_chart_named():
    with pytest.raises(UnthemedColour, match="chart 'demo' draws with #ff0000"):
        inlined(MATPLOTLIB_SVG.replace(f"fill: {SERIES[0]}", "fill: #ff0000"))


def test_the_global_style_rule_becomes_inherited_root_attributes():
    # Inlined, a "*{...}" rule would restyle every other SVG on the page.
    svg = inlined()
    assert svg.find(f".//{SVG}style") is None
    assert (svg.get("stroke-linejoin"), svg.get("stroke-linecap")) == ("round", "butt")


def test_path_data_is_written_on_one_line():
    assert inlined().find(f".//{SVG}g[@id='demo-mark-0-0']/{SVG}path").get("d") == "M 0 0 L 1 1"


def test_cropped_to_the_plot_the_svg_leaves_out_the_downloads_title_and_source_line():
    svg = inlined(crop=(27, 216), named={"mark-0-0", "download-title", "download-source"})
    assert svg.get("viewBox") == "0 27 432 216"
    assert [t.text for t in svg.iter(f"{SVG}text")] == ["70.0 MW"]


def test_the_download_keeps_its_size_colours_fonts_title_and_source_line():
    text = standalone_svg(MATPLOTLIB_SVG.encode(), "demo", "A title", "A description. Source: Meta.", {"mark-0-0"})
    svg = etree.fromstring(text.encode())
    assert text.startswith("<?xml ") and "DOCTYPE" not in text
    assert (svg.get("width"), svg.get("height"), svg.get("viewBox")) == ("432pt", "270pt", "0 0 432 270")
    assert svg.get("role") == "img" and svg.get("class") is None
    assert svg.find(f"{SVG}desc").text == "A description. Source: Meta."
    assert [t.text for t in svg.iter(f"{SVG}text")] == ["70.0 MW", "A title", "Source: Meta."]
    assert "var(" not in text and f"fill: {SERIES[0]}" in text
    assert "font-family: 'DejaVu Sans', sans-serif" in svg.find(f".//{SVG}text").get("style")


def test_the_download_refuses_a_colour_outside_the_palette_too():
    with pytest.raises(UnthemedColour, match="#ff0000"):
        standalone_svg(MATPLOTLIB_SVG.replace(f"fill: {SERIES[0]}", "fill: #ff0000").encode(), "demo", "t", "d")
