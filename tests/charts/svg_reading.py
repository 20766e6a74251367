"""Reading a chart's SVG the way a test (or a screen reader) would: its root, its text, its marks and ids."""

from __future__ import annotations

from lxml import etree

from macros.charts import Chart
from macros.charts.kit.draw import MARK_ID

SVG = "{http://www.w3.org/2000/svg}"


def root(chart: Chart) -> etree._Element:
    return etree.fromstring(chart.svg.encode())


def texts(chart: Chart) -> list[str]:
    """Every visible text element's content, in drawing order."""
    return [element.text for element in root(chart).iter(f"{SVG}text") if element.text]


def reading(chart: Chart) -> str:
    """All the visible text as one line, as a reader reads it: a label wrapped over two lines reads as one."""
    return " ".join(" ".join(texts(chart)).split())


def ids(chart: Chart) -> list[str]:
    return [element.get("id") for element in root(chart).iter() if element.get("id")]


def marks(chart: Chart) -> dict[tuple[int, int], etree._Element]:
    """The artists that draw the table's rows, by (row, series)."""
    found = {}
    for element in root(chart).iter():
        match = MARK_ID.fullmatch(element.get("id") or "")
        if match:
            assert match["chart"] == chart.id, f"mark {element.get('id')} carries another chart's id"
            found[int(match["row"]), int(match["series"])] = element
    return found


def drawn_shapes(mark: etree._Element) -> list[etree._Element]:
    """The shapes a mark draws: a path for a bar or a line, a <use> of the marker for a point."""
    uses = list(mark.iter(f"{SVG}use"))
    return uses or [path for path in mark.iter(f"{SVG}path") if path.getparent().tag != f"{SVG}defs"]
