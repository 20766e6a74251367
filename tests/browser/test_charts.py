"""Every chart is drawn: visible, with a size, inside its figure, in both themes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_every_chart_is_visible_with_a_size(visits):
    # Pages without charts pass: charts are added page by page.
    failures = [
        f"{visit.name}: chart #{chart.index} {chart.label!r} visible={chart.visible} "
        f"size={chart.width:.0f}x{chart.height:.0f}"
        for visit in visits
        for chart in visit.charts
        if not (chart.visible and chart.width > 0 and chart.height > 0)
    ]
    assert not failures, "charts not drawn:\n" + "\n".join(failures)


def test_every_chart_has_a_figure_wrapper(visits):
    # The figure carries the caption and source; a bare svg.chart-svg has neither,
    # and a figure.chart without its svg is a chart that failed to render.
    failures = [
        f"{visit.name}: {len(visit.charts)} svg.chart-svg, {visit.chart_figures} figure.chart"
        for visit in visits
        if len(visit.charts) != visit.chart_figures
    ]
    assert not failures, "\n".join(failures)
