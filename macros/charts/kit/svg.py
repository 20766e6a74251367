"""Turning matplotlib's SVG into one a page can inline, and into a file to download.

Text in, text out, no matplotlib (drawing is in :mod:`macros.charts.kit.render`).
Each change answers a problem of the raw file on a web page:

- ``role="img"`` and ``aria-labelledby`` naming a ``<title>`` and a ``<desc>``
  placed first in the root: screen readers announce the chart and its values.
- No XML declaration, DOCTYPE or comments: the SVG is inlined in HTML.
- No fixed width and height, ``viewBox`` kept: the chart scales to a phone.
- matplotlib's own ids dropped unless something refers to them, and every id
  left prefixed with the chart id: several charts share a page, and matplotlib
  numbers its ids the same way in every figure.
- Sentinel colours replaced by CSS variables: the chart follows the theme.
- Font families dropped from text: the text takes the page's font.
- ``xlink:href`` written as SVG 2's ``href``: no xlink namespace to declare.
- The download's title and source line cut out (:data:`CROPPED_OUT`), and the
  viewBox narrowed to the plot's band: the page's caption says both.

The download (:func:`standalone_svg`) gets the same treatment but keeps its size,
its title and source line, the light colours it was drawn with (each checked to be
the palette's) and its fonts: a file that opens on its own, in the light theme.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from macros.charts.kit.theme import CSS_VARIABLES

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
CHART_CLASS = "chart-svg"
# A fallback for the SVG opened on its own; a page's CSS for .chart-svg wins over it.
FALLBACK_FONT = "sans-serif"

COLOUR = re.compile(r"\b(fill|stroke): (#[0-9a-fA-F]{6})\b")
FONT_FAMILY = re.compile(r"font-family: [^;]*(;\s*|$)")
LOCAL_URL = re.compile(r"url\(#([^)]+)\)")
GLOBAL_RULE = re.compile(r"^\s*\*\s*\{(?P<declarations>[^}]*)\}\s*$")
# The gids of the download's title and source line (macros.charts.kit.render), left out of the inline SVG.
CROPPED_OUT = ("download-title", "download-source")


class UnthemedColour(ValueError):
    """A colour the theme does not control would stay the same in light and dark mode."""


def inline_svg(
    svg: bytes,
    chart_id: str,
    title: str,
    description: str,
    named: frozenset[str] | set[str] = frozenset(),
    crop: tuple[float, float] | None = None,
) -> str:
    """The SVG ready to inline; ``named`` are the ids the builder gave (matplotlib gids), which are kept;
    ``crop`` is (top, height) of the band to show, in the SVG's units, without what CROPPED_OUT names."""
    root = ET.fromstring(svg)
    if crop is not None:
        _crop(root, *crop)
    _clean(root, chart_id, named, themed=True)
    _make_scalable(root)
    _make_accessible(root, chart_id, title, description)
    root.set("xmlns", SVG_NS)
    return ET.tostring(root, encoding="unicode")


def standalone_svg(
    svg: bytes, chart_id: str, title: str, description: str, named: frozenset[str] | set[str] = frozenset()
) -> str:
    """The SVG as a file of its own: fixed size, light colours, title and source line drawn, fonts named."""
    root = ET.fromstring(svg)
    _clean(root, chart_id, named, themed=False)
    _make_accessible(root, chart_id, title, description)
    root.attrib.pop("class")
    root.set("xmlns", SVG_NS)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _clean(root: ET.Element, chart_id: str, named: frozenset[str] | set[str], themed: bool) -> None:
    _move_global_style_to_root(root)
    keep = named | _referenced_ids(root)
    for element in root.iter():
        _drop_namespace(element)
        if element.get("id") not in keep:
            element.attrib.pop("id", None)
        _prefix_ids(element, chart_id)
        _theme(element, chart_id, themed)
        _drop_layout_whitespace(element)


def _crop(root: ET.Element, top: float, height: float) -> None:
    for parent in list(root.iter()):
        for child in list(parent):
            if child.get("id") in CROPPED_OUT:
                parent.remove(child)
    _, _, width, _ = root.get("viewBox").split()
    root.set("viewBox", f"0 {top:g} {width} {height:g}")


def _referenced_ids(root: ET.Element) -> set[str]:
    found = set()
    for element in root.iter():
        for name, value in element.attrib.items():
            if name in (XLINK_HREF, "href") and value.startswith("#"):
                found.add(value[1:])
            found.update(LOCAL_URL.findall(value))
    return found


def _drop_layout_whitespace(element: ET.Element) -> None:
    """Indentation between elements and line breaks in path data carry nothing but bytes."""
    if len(element) and element.text and not element.text.strip():
        element.text = "\n"
    if element.tail and not element.tail.strip():
        element.tail = "\n"
    if "d" in element.attrib:
        # In an attribute each newline would be written as "&#10;".
        element.set("d", " ".join(element.get("d").split()))


def _drop_namespace(element: ET.Element) -> None:
    """Plain tag names, and one xmlns set by hand: ElementTree would otherwise write ns0: prefixes."""
    element.tag = element.tag.removeprefix(f"{{{SVG_NS}}}")


def _move_global_style_to_root(root: ET.Element) -> None:
    """matplotlib's ``*{...}`` rule would style every SVG on the page once inlined; root attributes inherit instead."""
    for defs in root.findall(f"{{{SVG_NS}}}defs"):
        for style in defs.findall(f"{{{SVG_NS}}}style"):
            rule = GLOBAL_RULE.match(style.text or "")
            if not rule:
                raise ValueError(f"unexpected style in matplotlib's SVG: {style.text!r}")
            for declaration in filter(None, (d.strip() for d in rule["declarations"].split(";"))):
                name, value = (part.strip() for part in declaration.split(":", 1))
                root.set(name, value)
            defs.remove(style)
        if len(defs) == 0:
            root.remove(defs)


def _prefix_ids(element: ET.Element, chart_id: str) -> None:
    local = lambda name: f"{chart_id}-{name}"  # noqa: E731
    if "id" in element.attrib:
        element.set("id", local(element.get("id")))
    href = element.attrib.pop(XLINK_HREF, None) or element.attrib.pop("href", None)
    if href is not None:
        element.set("href", "#" + local(href.removeprefix("#")) if href.startswith("#") else href)
    for name, value in element.attrib.items():
        if "url(#" in value:
            element.set(name, LOCAL_URL.sub(lambda m: f"url(#{local(m[1])})", value))


def _theme(element: ET.Element, chart_id: str, themed: bool) -> None:
    """Each palette colour becomes its CSS variable (``themed``) or stays as drawn; any other is refused.
    Font families go when themed: the text takes the page's font. (matplotlib names a fallback.)"""
    style = element.get("style")
    if style is None:
        return

    def variable(match: re.Match) -> str:
        colour = match[2].lower()
        if colour not in CSS_VARIABLES:
            raise UnthemedColour(
                f"chart '{chart_id}' draws with {colour}, which no theme variable replaces: "
                "draw with the colours in macros/charts/theme.py"
            )
        return f"{match[1]}: var({CSS_VARIABLES[colour]})" if themed else f"{match[1]}: {colour}"

    style = COLOUR.sub(variable, style)
    if themed:
        style = FONT_FAMILY.sub("", style)
    style = style.strip().removesuffix(";")
    if style:
        element.set("style", style)
    else:
        del element.attrib["style"]


def _make_scalable(root: ET.Element) -> None:
    if "viewBox" not in root.attrib:
        raise ValueError("matplotlib's SVG has no viewBox: it could not scale")
    root.attrib.pop("width", None)
    root.attrib.pop("height", None)


def _make_accessible(root: ET.Element, chart_id: str, title: str, description: str) -> None:
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    root.set("class", CHART_CLASS)
    root.set("role", "img")
    root.set("aria-labelledby", f"{title_id} {desc_id}")
    root.set("font-family", FALLBACK_FONT)
    for position, (tag, element_id, text) in enumerate((("title", title_id, title), ("desc", desc_id, description))):
        element = ET.Element(tag, {"id": element_id})
        element.text = text
        root.insert(position, element)
