"""axe-core finds no accessibility violation on any page, in either theme, nor at a phone's width
any of the rules Lighthouse adds to axe's defaults."""

from __future__ import annotations

import pytest

from tests.browser.launch import open_context
from tests.browser.survey import LIGHTHOUSE_RULES, THEMES, PageVisit, axe_violations

pytestmark = pytest.mark.browser

SNIPPET_CHARS = 160


def describe(visit: PageVisit, violation: dict) -> list[str]:
    lines = [f"{visit.name} {violation['state']}: {violation['id']} ({violation['impact']}): {violation['help']}"]
    for node in violation["nodes"]:
        target = " ".join(str(part) for part in node["target"])
        snippet = " ".join(node["html"].split())[:SNIPPET_CHARS]
        why = " ".join(node.get("failureSummary", "").split())
        lines.append(f"    {target}\n      {snippet}\n      {why}")
    return lines


@pytest.mark.parametrize("theme", THEMES)
def test_axe_finds_no_violations(visits, theme):
    report = [
        line
        for visit in visits
        if visit.theme == theme
        for violation in visit.axe_violations
        for line in describe(visit, violation)
    ]
    assert not report, "axe-core violations:\n" + "\n".join(report)


# A phone as these tests size it, and as Lighthouse's mobile run emulates it: target spacing depends on
# where a caption's lines wrap.
PHONE_WIDTHS_PX = (390, 412)


def test_on_a_phone_every_target_is_large_enough_and_every_name_holds_its_text(chromium, site_url, site_pages):
    context = open_context(chromium, "light")
    page = context.new_page()
    options = {"runOnly": list(LIGHTHOUSE_RULES), "resultTypes": ["violations"]}
    report = []
    for width in PHONE_WIDTHS_PX:
        page.set_viewport_size({"width": width, "height": 900})
        for path in site_pages:
            page.goto(site_url + path, wait_until="load")
            for violation in axe_violations(page, options):
                target = " ".join(" ".join(map(str, node["target"])) for node in violation["nodes"][:3])
                report.append(f"/{path} at {width} px: {violation['id']}: {violation['help']} ({target})")
    context.close()
    assert not report, "\n".join(report)
