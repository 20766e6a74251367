"""Tick labels read like the prose, and marks carry the row they draw."""

from __future__ import annotations

from matplotlib.figure import Figure

from macros.charts.kit.draw import MARK_ID, mark, point, tick_text


def test_ticks_use_thousands_separators_and_powers_of_ten():
    assert [tick_text(v) for v in (0.0, 200.0, 16384.0, 350000.0, 1e24)] == ["0", "200", "16,384", "350,000", "10²⁴"]


def test_a_large_tick_that_is_not_a_power_of_ten_reads_as_scientific():
    assert tick_text(3.8e25) == "3.8 × 10²⁵"


def test_a_mark_id_names_its_row_and_series():
    ax = Figure().add_subplot()
    bar = mark(ax.bar([0], [1])[0], row=2, series=1)
    assert MARK_ID.fullmatch(f"demo-{bar.get_gid()}").group("row", "series") == ("2", "1")


def test_a_point_is_one_marker_of_its_own():
    ax = Figure().add_subplot()
    line = point(ax, 1.0, 2.0, row=0)
    assert list(line.get_xdata()) == [1.0] and line.get_linestyle() == "None" and line.get_gid() == "mark-0-0"
