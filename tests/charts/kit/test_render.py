"""One style for every chart, one figure for three files: the inline plot, the SVG download and the PNG."""

from __future__ import annotations

import io

import matplotlib
import pytest
from lxml import etree
from matplotlib.font_manager import FontProperties
from PIL import Image

from macros.charts.kit.render import (
    DISPLAY_WIDTH_PX,
    PAD_PT,
    PNG_SCALE,
    STYLE,
    TEXT_SIZE,
    WIDTH_PT,
    LayoutError,
    _width,
    render,
)


def draw_one_bar(ax):
    ax.bar([0], [1])[0].set_gid("mark-0-0")


def rendered(source_line: str = "Source: Somebody.", draw=draw_one_bar, title: str = "A title"):
    return render("demo", title, "A description.", source_line, draw)


def printed(svg: str) -> list[str]:
    return [t.text for t in etree.fromstring(svg.encode()).iter("{*}text") if t.text]


def test_the_same_drawing_gives_the_same_bytes():
    first, second = rendered(), rendered()
    assert (first.inline_svg, first.standalone_svg, first.png) == (second.inline_svg, second.standalone_svg, second.png)


def test_the_inline_svg_leaves_title_and_source_line_to_the_page():
    text = printed(rendered().inline_svg)
    assert "Source: Somebody." not in text and "A title" not in text


def test_the_download_carries_the_title_over_the_plot_and_the_source_line_under_it():
    drawing = rendered()
    svg = etree.fromstring(drawing.standalone_svg.encode())
    _, top, _, height = (float(v) for v in etree.fromstring(drawing.inline_svg.encode()).get("viewBox").split())
    texts = {t.text: t for t in svg.iter("{*}text")}
    baseline = lambda text: float(texts[text].get("y"))  # noqa: E731
    assert baseline("A title") < top and baseline("Source: Somebody.") > top + height
    assert svg.find("{*}desc").text == "A description. Source: Somebody."


def test_a_long_source_line_is_wrapped_not_cut():
    line = "Sources: " + "; ".join(f"Publisher number {n}" for n in range(12)) + "."
    wrapped = [text for text in printed(rendered(line).standalone_svg) if "Publisher" in text or "number" in text]
    assert len(wrapped) > 1 and " ".join(wrapped) == line


def test_the_inline_svg_is_the_plot_band_of_the_download():
    drawing = rendered()
    inline = etree.fromstring(drawing.inline_svg.encode()).get("viewBox").split()
    whole = etree.fromstring(drawing.standalone_svg.encode()).get("viewBox").split()
    assert inline[0] == whole[0] == "0" and inline[2] == whole[2] == str(WIDTH_PT)
    assert 0 < float(inline[1]) and float(inline[1]) + float(inline[3]) < float(whole[3])


def test_every_text_of_the_plot_is_drawn_at_the_text_size():
    svg = etree.fromstring(rendered().inline_svg.encode())
    sizes = {t.get("style").split("font-size: ")[1].split("px")[0] for t in svg.iter("{*}text")}
    assert sizes == {f"{TEXT_SIZE:g}"}


def test_the_png_is_twice_the_size_a_desktop_page_shows_the_chart():
    drawing = rendered()
    picture = Image.open(io.BytesIO(drawing.png))
    assert picture.format == "PNG" and picture.size == drawing.png_size
    assert picture.size[0] == PNG_SCALE * DISPLAY_WIDTH_PX
    # Light theme: a white page behind the chart.
    assert picture.convert("RGB").getpixel((1, 1)) == (255, 255, 255)


def test_the_builder_named_marks_survive_the_rendering():
    assert 'id="demo-mark-0-0"' in rendered().inline_svg


def test_labels_that_leave_no_room_for_the_plot_stop_the_build():
    def huge_labels(ax):
        draw_one_bar(ax)
        ax.set_yticks([0, 1], ["A label far too long for any chart drawn for a phone, " * 3, "1"])

    with pytest.raises(LayoutError, match="chart 'demo'"):
        rendered(draw=huge_labels)


def test_the_plot_and_its_labels_fill_the_width():
    def long_label(ax):
        draw_one_bar(ax)
        ax.set_yticks([0, 1], ["A long tick label", "1"])

    svg = etree.fromstring(rendered(draw=long_label).inline_svg.encode())
    label = next(t for t in svg.iter("{*}text") if t.text == "A long tick label")
    # Right-aligned at the axis, the widest label starts at the chart's padding, not further in.
    start = float(label.get("x")) - _width(label.text, FontProperties(family="DejaVu Sans", size=TEXT_SIZE))
    assert start == pytest.approx(PAD_PT, abs=1)


def test_the_style_leaves_matplotlibs_global_settings_alone():
    before = {key: matplotlib.rcParams[key] for key in STYLE}
    rendered().png  # noqa: B018 - drawing is the point
    assert {key: matplotlib.rcParams[key] for key in STYLE} == before
