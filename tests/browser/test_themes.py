"""Light and dark themes both render: the palette follows the reader's system, and the toggle works."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.launch import open_context
from tests.browser.survey import MATERIAL_SCHEMES

pytestmark = pytest.mark.browser

BODY_COLOURS_JS = (
    "() => { const style = getComputedStyle(document.body); return [style.backgroundColor, style.color]; }"
)


def test_each_theme_follows_the_system_colour_scheme(visits):
    failures = [
        f"{visit.name}: data-md-color-scheme is {visit.scheme!r}, expected {MATERIAL_SCHEMES[visit.theme]!r}"
        for visit in visits
        if visit.scheme != MATERIAL_SCHEMES[visit.theme]
    ]
    assert not failures, "\n".join(failures)


def test_light_and_dark_themes_paint_different_colours(visits):
    by_page: dict[str, dict[str, tuple[str, str]]] = {}
    for visit in visits:
        by_page.setdefault(visit.page, {})[visit.theme] = (visit.background, visit.foreground)
    failures = [
        f"/{page}: both themes paint background {colours['light'][0]} and text {colours['light'][1]}"
        for page, colours in by_page.items()
        if colours["light"][0] == colours["dark"][0] or colours["light"][1] == colours["dark"][1]
    ]
    assert not failures, "\n".join(failures)


def test_palette_toggle_switches_to_dark_and_back(chromium, site_url):
    # A context of its own: the toggle saves the choice in localStorage, which would
    # override prefers-color-scheme in the shared contexts' later visits. The click is
    # the page's first interaction, so it may land before Material's script has run:
    # the loader must replay it (overrides/partials/scripts-on-interaction.html).
    context = open_context(chromium, "light")
    try:
        page = context.new_page()
        page.goto(site_url)
        body = page.locator("body")
        toggle = page.locator("form[data-md-component=palette] label:visible")
        light_colours = page.evaluate(BODY_COLOURS_JS)
        toggle.click()
        expect(body).to_have_attribute("data-md-color-scheme", "slate")
        assert page.evaluate(BODY_COLOURS_JS) != light_colours
        toggle.click()
        expect(body).to_have_attribute("data-md-color-scheme", "default")
    finally:
        context.close()


def test_the_toggle_shown_before_any_interaction_matches_the_theme(visits):
    # Before Material's script runs, partials/palette-first-paint.html applies the system's
    # palette and shows the toggle that leaves it; a toggle offering the theme already shown
    # would mislead. Material names each toggle after the palette it switches to.
    failures = [
        f"{visit.name}: toggle {visit.toggle_label!r}"
        for visit in visits
        if visit.toggle_label is None or visit.theme in visit.toggle_label.lower()
    ]
    assert not failures, "\n".join(failures)


def test_a_toggle_click_before_materials_script_has_run_still_switches_the_theme(chromium, site_url):
    # On a slow phone the script arrives after the tap. Hold it back until the click has
    # landed, so the loader's replay (scripts-on-interaction.html) is what must switch.
    context = open_context(chromium, "light")
    held: list = []
    context.route("**/assets/javascripts/bundle.*.min.js", lambda route: held.append(route))
    try:
        page = context.new_page()
        page.goto(site_url)
        page.locator("form[data-md-component=palette] label:visible").click()
        page.wait_for_function("() => document.querySelector('[data-md-component=palette] input:checked')")
        for _ in range(100):  # the held request reaches this test as an event; give it time to arrive
            if held:
                break
            page.wait_for_timeout(20)
        assert held, "the click did not start Material's script"
        assert page.locator("body").get_attribute("data-md-color-scheme") == "default"  # nobody listening yet
        for route in held:
            route.continue_()
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    finally:
        context.close()
