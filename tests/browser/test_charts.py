"""Every chart is drawn: visible, with a size, inside its figure, in both themes; and readable on a phone
and on a desktop, measured as the browser renders it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from bench.site_pages import site_pages as pages_of
from macros.charts.kit.render import DISPLAY_WIDTH_PX
from tests.browser.launch import open_context

pytestmark = pytest.mark.browser

# CSS pixels: the smallest text a chart may show, on a phone as on a desktop.
MIN_TEXT_PX = 11
# A phone (the width of an iPhone 12 to 15) and a laptop.
VIEWPORTS = {"phone": 390, "desktop": 1280}
# Text boxes may touch: rounding of sub-pixel positions is not an overlap.
TOUCH_PX = 0.5

# Each chart's text as rendered: its size (the computed font size times the SVG's scale, the viewBox
# being drawn at the SVG's width), and its box relative to the SVG's box.
MEASURE_JS = """() => [...document.querySelectorAll("svg.chart-svg")].map(svg => {
  const frame = svg.getBoundingClientRect();
  const scale = frame.width / svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll("text")].filter(t => t.textContent.trim()).map(t => {
    const box = t.getBoundingClientRect();
    return {text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * scale,
            left: box.left - frame.left, top: box.top - frame.top,
            right: box.right - frame.left, bottom: box.bottom - frame.top};
  });
  return {chart: svg.closest("figure.chart").id, width: frame.width, height: frame.height, texts};
})"""


@dataclass
class ChartText:
    text: str
    size: float
    left: float
    top: float
    right: float
    bottom: float


@dataclass
class RenderedChart:
    page: str
    viewport: str
    chart: str
    width: float
    height: float
    texts: list[ChartText]

    @property
    def name(self) -> str:
        return f"/{self.page} {self.chart} at {VIEWPORTS[self.viewport]} px"


@pytest.fixture(scope="module")
def rendered_charts(chromium: Browser, site_url: str, built_site: Path) -> list[RenderedChart]:
    """Every chart on every page that has one, at each viewport width (light theme: sizes do not change)."""
    found = []
    chart_pages = [page.path for page in pages_of(built_site) if page.has_charts]
    assert chart_pages, "no page of the built site has a chart"
    for viewport, width in VIEWPORTS.items():
        context = open_context(chromium, "light")
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": 900})
        for path in chart_pages:
            page.goto(site_url + path, wait_until="load")
            for chart in page.evaluate(MEASURE_JS):
                texts = [ChartText(**t) for t in chart.pop("texts")]
                found.append(RenderedChart(page=path, viewport=viewport, texts=texts, **chart))
        context.close()
    return found


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


def test_every_text_of_every_chart_is_large_enough_to_read(rendered_charts):
    assert {chart.viewport for chart in rendered_charts} == set(VIEWPORTS)
    failures = [
        f"{chart.name}: {text.text!r} is {text.size:.1f} px"
        for chart in rendered_charts
        for text in chart.texts
        if text.size < MIN_TEXT_PX
    ]
    assert not failures, f"chart text under {MIN_TEXT_PX} CSS px:\n" + "\n".join(failures)


def test_no_chart_text_is_cut_off_or_runs_into_another(rendered_charts):
    failures = []
    for chart in rendered_charts:
        assert chart.texts, f"{chart.name} has no text"
        for text in chart.texts:
            if (
                text.left < -TOUCH_PX
                or text.top < -TOUCH_PX
                or text.right > chart.width + TOUCH_PX
                or text.bottom > chart.height + TOUCH_PX
            ):
                failures.append(f"{chart.name}: {text.text!r} runs outside the chart")
        for number, first in enumerate(chart.texts):
            for second in chart.texts[number + 1 :]:
                across = min(first.right, second.right) - max(first.left, second.left)
                down = min(first.bottom, second.bottom) - max(first.top, second.top)
                if across > TOUCH_PX and down > TOUCH_PX:
                    failures.append(f"{chart.name}: {first.text!r} and {second.text!r} overlap")
    assert not failures, "\n".join(failures)


def test_on_a_desktop_a_chart_keeps_its_size_and_on_a_phone_fills_the_column(rendered_charts):
    # On a desktop the chart stops at the width the PNG download doubles, so its text keeps to the
    # prose's scale rather than growing with the column; on a phone it takes the column's width.
    failures = [
        f"{chart.name} is {chart.width:.0f} px wide"
        for chart in rendered_charts
        if (chart.viewport == "desktop" and round(chart.width) != DISPLAY_WIDTH_PX)
        or (chart.viewport == "phone" and not VIEWPORTS["phone"] - 40 <= chart.width < VIEWPORTS["phone"])
    ]
    assert not failures, "\n".join(failures)
