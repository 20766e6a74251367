"""One style for every chart: text as text, the source line under the plot, the same bytes every time."""

from __future__ import annotations

import matplotlib
from lxml import etree

from macros.charts.render import STYLE, render_svg


def draw_one_bar(ax):
    ax.bar([0], [1])[0].set_gid("mark-0-0")


def rendered(source_line: str = "Source: Somebody.") -> str:
    return render_svg("demo", "A title", "A description.", source_line, draw_one_bar)


def test_the_same_drawing_gives_the_same_bytes():
    assert rendered() == rendered()


def test_the_source_line_is_text_inside_the_svg():
    assert ">Source: Somebody.</text>" in rendered()


def test_a_long_source_line_is_wrapped_not_cut():
    line = "Sources: " + "; ".join(f"Publisher number {n}" for n in range(12)) + "."
    printed = [t.text for t in etree.fromstring(rendered(line).encode()).iter("{*}text")]
    wrapped = [text for text in printed if "Publisher" in text or "number" in text]
    assert len(wrapped) > 1 and " ".join(wrapped) == line


def test_the_builder_named_marks_survive_the_rendering():
    assert 'id="demo-mark-0-0"' in rendered()


def test_the_style_leaves_matplotlibs_global_settings_alone():
    before = {key: matplotlib.rcParams[key] for key in STYLE}
    rendered()
    assert {key: matplotlib.rcParams[key] for key in STYLE} == before
