"""The charts' embed pages in a browser: readable from 320 to 800 px (nothing wider than the frame, the
chart's text as large as on the site's pages), without an accessibility violation or a policy
violation in either theme, sized as the snippet says, and drawn inside an iframe of another page."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from bench.pages_server import serve_site
from macros.addresses import EMBEDS
from macros.charts import CHARTS, chart_for
from macros.model import load_catalogue
from macros.text.embed_snippet import FRAME_WIDTH_PX, frame_height, iframe_html
from tests.browser.launch import open_context
from tests.browser.survey import THEMES, axe_violations
from tests.browser.test_charts import MIN_TEXT_PX
from tests.browser.watch import LoadWatch

pytestmark = pytest.mark.browser

# The narrowest phone and the widest frame the embed pages are made for.
WIDTHS = (320, 800)
# Text around the chart: Lighthouse's floor for legible text on a phone.
MIN_CAPTION_PX = 12
EMBED_PATHS = [f"{EMBEDS}/{chart_id}/" for chart_id in CHARTS]

# The chart's text as rendered (its font size times the SVG's scale), and every other text's size.
MEASURE_JS = """() => {
  const svg = document.querySelector("svg.chart-svg");
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  const chartText = [...svg.querySelectorAll("text")].filter(t => t.textContent.trim())
    .map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
  const otherText = [...document.querySelectorAll("h1, p, a")]
    .map(element => parseFloat(getComputedStyle(element).fontSize));
  return {scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight,
          chartWidth: box.width, chartHeight: box.height,
          smallestChartText: Math.min(...chartText), smallestOtherText: Math.min(...otherText),
          background: getComputedStyle(document.documentElement).backgroundColor};
}"""


def described(where: str, violation: dict) -> list[str]:
    lines = [f"{where}: {violation['id']} ({violation['impact']}): {violation['help']}"]
    return lines + [
        f"    {' '.join(map(str, node['target']))}: {' '.join(node['html'].split())[:160]}"
        for node in violation["nodes"]
    ]


@pytest.fixture(scope="module")
def measured(chromium: Browser, site_url: str) -> dict[tuple[str, int], dict]:
    """Each embed page at each width (light theme: sizes do not change with it)."""
    found = {}
    context = open_context(chromium, "light")
    page = context.new_page()
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for path in EMBED_PATHS:
            page.goto(site_url + path, wait_until="load")
            found[path, width] = page.evaluate(MEASURE_JS)
    context.close()
    return found


def test_no_embed_page_is_wider_than_its_frame(measured):
    wider = [
        f"/{path} at {width} px is {m['scrollWidth']} px wide"
        for (path, width), m in measured.items()
        if m["scrollWidth"] > width
    ]
    assert not wider, "\n".join(wider)


def test_an_embed_pages_text_is_legible_at_every_width(measured):
    small = [
        f"/{path} at {width} px: chart text {m['smallestChartText']:.1f} px, other text {m['smallestOtherText']:.1f} px"
        for (path, width), m in measured.items()
        if m["smallestChartText"] < MIN_TEXT_PX or m["smallestOtherText"] < MIN_CAPTION_PX
    ]
    assert not small, "\n".join(small)
    assert all(m["chartWidth"] > 0 and m["chartHeight"] > 0 for m in measured.values())


def test_the_snippets_frame_holds_the_whole_page(chromium: Browser, site_url: str):
    # At the width and height the snippet gives, nothing scrolls inside the frame.
    catalogue = load_catalogue()
    context = open_context(chromium, "light")
    page = context.new_page()
    taller = []
    for chart_id in CHARTS:
        height = frame_height(chart_for(catalogue, chart_id))
        page.set_viewport_size({"width": FRAME_WIDTH_PX, "height": height})
        page.goto(f"{site_url}{EMBEDS}/{chart_id}/", wait_until="load")
        needed = page.evaluate("document.documentElement.scrollHeight")
        if needed > height:
            taller.append(f"{chart_id}: {needed} px of page in a {height} px frame")
    context.close()
    assert not taller, "\n".join(taller)


@pytest.mark.parametrize("theme", THEMES)
def test_axe_and_the_policy_find_nothing_on_an_embed_page(chromium: Browser, site_url: str, theme: str):
    context = open_context(chromium, theme)
    watch = LoadWatch(context, site_url)
    page = context.new_page()
    report, backgrounds = [], set()
    for path in EMBED_PATHS:
        watch.open(page, site_url + path)
        for violation in axe_violations(page):
            report += described(f"/{path} [{theme}]", violation)
        report += [f"/{path} [{theme}]: {problem}" for problem in watch.take()]
        backgrounds.add(page.evaluate("getComputedStyle(document.documentElement).backgroundColor"))
    context.close()
    assert not report, "\n".join(report)
    assert backgrounds == {"rgb(255, 255, 255)" if theme == "light" else "rgb(30, 33, 41)"}


# The page a reader pastes the snippet into: on this site's own origin, and on another one, served by
# a second server (a page Playwright makes up counts as public, and Chromium refuses a public page a
# frame on loopback).
HOSTS = ("same origin", "another origin")


def host_page(snippet: str) -> str:
    return f'<!doctype html><html lang="en"><title>Host</title><body><p>An article.</p>{snippet}</body></html>'


@pytest.mark.parametrize("host", HOSTS)
def test_an_embed_page_renders_inside_an_iframe(chromium: Browser, site_url: str, host: str, tmp_path: Path):
    chart = chart_for(load_catalogue(), "cluster_power_breakdown")
    # The snippet as the caption offers it, with the test server's address for the site's.
    snippet = iframe_html(chart, site_url)
    context = open_context(chromium, "dark")
    with ExitStack() as servers:
        if host == "same origin":
            address = site_url + "embed-host.html"
            context.route(address, lambda route: route.fulfill(content_type="text/html", body=host_page(snippet)))
        else:
            (tmp_path / "article.html").write_text(host_page(snippet), encoding="utf-8")
            address = servers.enter_context(serve_site(tmp_path)) + "article.html"
            assert urlsplit(address).netloc != urlsplit(site_url).netloc
        page = context.new_page()
        page.set_viewport_size({"width": 360, "height": 900})
        page.goto(address, wait_until="load")
        frame = page.frame_locator("iframe")
        svg = frame.locator("svg.chart-svg")
        svg.wait_for()
        box = svg.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 200, box
        assert frame.locator("h1").inner_text() == chart.title
        # max-width: the frame shrinks to the reader's column.
        assert page.locator("iframe").bounding_box()["width"] <= 360
    context.close()
