"""axe-core finds no accessibility violation on any page, in either theme."""

from __future__ import annotations

import pytest

from tests.browser.survey import THEMES, PageVisit

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
