"""One visit per page and theme, observing everything the passive checks need.

Loading a page and running axe are the slow parts of the browser suite, so each
page is opened once per theme and every test asserts over what that visit saw.

A visit sees the page twice: as first painted, before the reader does anything
(Material's script has not run: overrides/partials/scripts-on-interaction.html),
and after a first mouse move has started it. axe checks both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext, Page

from tests.browser.watch import LoadWatch

AXE = Axe()
# axe's default rules and the two Lighthouse 12 turns on besides, so a page these tests pass is not
# marked down by Lighthouse: the name a screen reader speaks contains the text shown (WCAG 2.5.3), and
# every target is 24 px or has room around it (WCAG 2.5.8).
LIGHTHOUSE_RULES = ("label-content-name-mismatch", "target-size")
AXE_OPTIONS = {"resultTypes": ["violations"], "rules": {rule: {"enabled": True} for rule in LIGHTHOUSE_RULES}}


def lighthouse_would_flag(violation: dict) -> bool:
    """False only for the one finding of those rules that is Material's and that Lighthouse does not
    make: on the notebook's page axe 4.12 reads the line between "Next" and the page's title in
    Material's footer link as text the link's name ("Next: How to read this site") lacks. The
    site's own links are all held to the rule."""
    footer = {".md-footer__link--next", ".md-footer__link--prev"}
    return not (
        violation["id"] == "label-content-name-mismatch"
        and all(str(node["target"][-1]) in footer for node in violation["nodes"])
    )


def axe_violations(page: Page, options: dict = AXE_OPTIONS) -> list[dict]:
    """What axe finds on the page as it is now, with the rules Lighthouse adds."""
    return [v for v in AXE.run(page, options=options).response["violations"] if lighthouse_would_flag(v)]


# Playwright's names for prefers-color-scheme, which the site's palette follows.
THEMES = ("light", "dark")
# Material's name for each theme, on <body data-md-color-scheme>.
MATERIAL_SCHEMES = {"light": "default", "dark": "slate"}

# Geometry and colours in one round trip to the page.
OBSERVE_JS = """() => {
  const body = document.body;
  const charts = [...document.querySelectorAll("svg.chart-svg")].map((svg, index) => {
    const box = svg.getBoundingClientRect();
    return {index, label: svg.getAttribute("aria-label") || svg.id || "",
            visible: svg.checkVisibility({opacityProperty: true, visibilityProperty: true}),
            width: box.width, height: box.height};
  });
  return {
    scheme: body.getAttribute("data-md-color-scheme"),
    background: getComputedStyle(body).backgroundColor,
    foreground: getComputedStyle(body).color,
    charts,
    chartFigures: document.querySelectorAll("figure.chart").length,
    toggleLabel: [...document.querySelectorAll("form[data-md-component=palette] label")]
      .filter(label => !label.hidden).map(label => label.title)[0] ?? null,
    scriptFiles: performance.getEntriesByType("resource")
      .filter(entry => entry.initiatorType === "script").map(entry => entry.name),
  };
}"""
# Material's palette component adds this tag when it mounts: the sign its script has started.
MATERIAL_STARTED_JS = "() => !!document.querySelector('meta[name=\"theme-color\"]')"


def start_material(page: Page) -> None:
    """The reader's first interaction (a mouse move), then wait until Material's script has started."""
    page.mouse.move(5, 5)
    page.mouse.move(10, 10)
    page.wait_for_function(MATERIAL_STARTED_JS)


@dataclass
class Chart:
    index: int
    label: str
    visible: bool
    width: float
    height: float


@dataclass
class PageVisit:
    page: str  # as a reader sees it, relative to the site root: "", "power/"
    theme: str
    problems: list[str]
    scheme: str | None
    background: str
    foreground: str
    charts: list[Chart] = field(default_factory=list)
    chart_figures: int = 0
    toggle_label: str | None = None  # the theme toggle shown before any interaction
    script_files_before_interaction: list[str] = field(default_factory=list)
    axe_violations: list[dict] = field(default_factory=list)  # each with "state": when axe saw it

    @property
    def name(self) -> str:
        return f"/{self.page} [{self.theme}]"


@dataclass
class ThemeTab:
    """A theme's browser context and the one page reused for every visit in it."""

    theme: str
    context: BrowserContext
    page: Page
    watch: LoadWatch

    def open(self, url: str, settle: bool = True) -> None:
        self.watch.open(self.page, url, settle)


def visit(tab: ThemeTab, base_url: str, relative: str) -> PageVisit:
    tab.watch.take()  # what earlier tests did in this tab is theirs
    tab.open(base_url + relative)
    page = tab.page
    observed = page.evaluate(OBSERVE_JS)
    violations = [{**v, "state": "as first painted"} for v in axe_violations(page)]
    start_material(page)
    tab.watch.wait_until_settled(page)  # the search index, fetched once the script starts
    violations += [{**v, "state": "after a first interaction"} for v in axe_violations(page)]
    # Taken last, so an error thrown by a timer after load is still caught.
    problems = tab.watch.take()
    return PageVisit(
        page=relative,
        theme=tab.theme,
        problems=problems,
        scheme=observed["scheme"],
        background=observed["background"],
        foreground=observed["foreground"],
        charts=[Chart(**chart) for chart in observed["charts"]],
        chart_figures=observed["chartFigures"],
        toggle_label=observed["toggleLabel"],
        script_files_before_interaction=observed["scriptFiles"],
        axe_violations=violations,
    )
