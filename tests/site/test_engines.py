"""The engine can be swapped: ProperDocs and Zensical build the same figures as MkDocs.

- ProperDocs (MkDocs 1.x continued) reads mkdocs.yml and runs the same plugins, hooks and glue:
  its site must show, page by page, the same figures as the MkDocs build (``built_site``).
- Zensical reads mkdocs.yml through zensical.yml, with its own glue (macros/zensical_glue/): every
  Markdown page must show the same figures, and the same line on how current they are. What it
  cannot carry yet (MAINTAINING.md, "The engine") is checked to still be so, so the README stays true.
- The finishing step (``python -m macros.finishing site/``) turns Zensical's build into the site
  as published: the policy, the inlined stylesheets, the downloads, feed and numbers file. Its
  pages are then checked as the MkDocs build's are (tests/site/test_html_valid.py,
  tests/browser/test_engines_in_browser.py).

One build per engine for the whole session.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import BUILD_ENV, ROOT, finish

BUILD_TIMEOUT_S = 300


def page_figures(site: Path) -> dict[str, list[str]]:
    """Every page's figures: the text of each a.fig link, in page order, by page path in the site."""
    figures = {}
    for page in sorted(site.rglob("*.html")):
        if page.name != "404.html":
            soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
            figures[page.relative_to(site).as_posix()] = [link.get_text() for link in soup.select("a.fig")]
    return figures


def as_of_lines(site: Path, pages: list[str]) -> dict[str, str]:
    lines = {}
    for page in pages:
        found = BeautifulSoup((site / page).read_text(encoding="utf-8"), "lxml").select_one("article p.as-of")
        lines[page] = found.get_text(" ", strip=True) if found else None
    return lines


def markdown_pages() -> list[str]:
    """The built page of each Markdown file in docs/ ("power.md" -> "power/index.html")."""
    pages = []
    for source in sorted((ROOT / "docs").rglob("*.md")):
        relative = source.relative_to(ROOT / "docs").with_suffix("")
        pages.append("index.html" if relative.name == "index" else f"{relative.as_posix()}/index.html")
    return pages


def build(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd, env=BUILD_ENV, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    assert result.returncode == 0, f"{command[2]} build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="session")
def properdocs_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("properdocs") / "site"
    build([sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "--site-dir", str(site)], ROOT)
    return site


def test_properdocs_builds_every_page_with_the_figures_of_the_mkdocs_build(built_site, properdocs_site):
    mkdocs = page_figures(built_site)
    assert sum(map(len, mkdocs.values())) > 300  # the comparison compares something
    assert page_figures(properdocs_site) == mkdocs


def test_properdocs_builds_the_same_files(built_site, properdocs_site):
    def files(site):
        return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())

    assert files(properdocs_site) == files(built_site)


def test_zensical_builds_every_markdown_page_with_the_figures_of_the_mkdocs_build(built_site, zensical_site):
    pages = markdown_pages()
    assert len(pages) >= 13
    mkdocs, zensical = page_figures(built_site), page_figures(zensical_site)
    assert {page: zensical.get(page) for page in pages} == {page: mkdocs[page] for page in pages}
    assert sum(len(mkdocs[page]) for page in pages) > 300


def test_zensical_pages_say_how_current_their_figures_are_as_the_mkdocs_pages_do(built_site, zensical_site):
    pages = markdown_pages()
    mkdocs = as_of_lines(built_site, pages)
    assert all(mkdocs.values())
    assert as_of_lines(zensical_site, pages) == mkdocs


def test_a_zensical_build_on_its_cache_follows_a_data_edit_and_fails_on_a_macro_error(zensical_project, tmp_path):
    project = shutil.copytree(zensical_project, tmp_path / "project", ignore=shutil.ignore_patterns("site", ".cache"))
    command = [sys.executable, "-m", "zensical", "build", "-f", "zensical.yml"]
    build(command, project)
    # Zensical reuses a page unless a file it knows of changed (by modification time, to the second):
    # zensical.yml's `watch` makes data/ and macros/ such files.
    inputs = project / "data/inputs/power.yaml"
    inputs.write_text(inputs.read_text().replace("  value: 575\n", "  value: 599\n", 1))
    later = inputs.stat().st_mtime + 2
    os.utime(inputs, (later, later))
    build(command, project)
    assert "599 W" in page_figures(project / "site")["power/index.html"]

    page = project / "docs/power.md"
    page.write_text(page.read_text() + '\n{{ fig("cluster_power_typo") }}\n')
    result = subprocess.run(command, cwd=project, env=BUILD_ENV, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    assert result.returncode != 0
    assert "power.md: fig('cluster_power_typo',): unknown figure 'cluster_power_typo'" in result.stdout + result.stderr


def test_what_zensical_cannot_carry_yet_is_as_the_readme_says(zensical_site):
    # If one of these starts to hold, Zensical has caught up: update MAINTAINING.md ("The engine"), ENGINE.md and the glue.
    power = (zensical_site / "power/index.html").read_text(encoding="utf-8")
    assert not (zensical_site / "methodology/index.html").exists()  # no notebook page
    assert (zensical_site / "methodology.py").exists()  # its source is published as a file instead
    # No hooks: the build alone has no policy, no downloads and linked stylesheets (the finishing
    # step adds them, tested below),
    assert "Content-Security-Policy" not in power
    assert not (zensical_site / "data").exists()
    assert '<link rel="stylesheet"' in power or "<link href=" in power
    assert not (zensical_site / "cards").exists()  # no share cards (drawn in MkDocs' page context),
    assert not (zensical_site / "embed").exists()  # no embed pages (written by a MkDocs hook),
    assert "<abbr" not in power  # and no glossary hover definitions (see macros/zensical_glue/after_page.py)


# --- The finishing step over Zensical's build ---------------------------------------------------


def files_of(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def test_finishing_gives_every_zensical_page_its_policy_and_inlined_stylesheets(finished_zensical_site):
    pages = sorted(finished_zensical_site.rglob("*.html"))
    assert len(pages) >= 14
    for page in pages:
        html = page.read_text(encoding="utf-8")
        name = page.relative_to(finished_zensical_site).as_posix()
        assert html.count('http-equiv="Content-Security-Policy"') == 1, name
        assert "llama4-page-shows" not in html, f"{name}: the page record was left in the page"
        if page.name != "404.html":
            assert '<link rel="stylesheet"' not in html, f"{name}: a stylesheet is still linked"


def test_finishing_writes_the_files_the_mkdocs_build_publishes_beside_its_pages(built_site, finished_zensical_site):
    beside = {f for f in files_of(built_site) if f.startswith("data/") or not f.endswith((".html", ".png"))}
    beside -= {f for f in beside if f.startswith(("assets/", "search/", "stylesheets/", "cards/"))}
    beside -= {"sitemap.xml", "sitemap.xml.gz", "methodology.py"}
    missing = beside - files_of(finished_zensical_site)
    assert not missing, f"the MkDocs build publishes these, the finished Zensical build does not: {sorted(missing)}"
    for name in ("data/figures.csv", "data/sources.csv", "numbers.schema.json", "changes.xml"):
        assert (finished_zensical_site / name).read_bytes() == (built_site / name).read_bytes(), name


def test_the_numbers_file_of_a_finished_zensical_build_lists_the_pages_the_mkdocs_build_lists(
    built_site, finished_zensical_site
):
    def pages_by_figure(site):
        figures = json.loads((site / "numbers.json").read_text(encoding="utf-8"))["figures"]
        # Zensical builds no notebook page (MAINTAINING.md, "The engine").
        return {f["id"]: [p for p in f["pages"] if p != "methodology/"] for f in figures}

    mkdocs = pages_by_figure(built_site)
    assert sum(map(len, mkdocs.values())) > 300
    assert pages_by_figure(finished_zensical_site) == mkdocs


def test_finishing_a_finished_site_again_changes_nothing(finished_zensical_site, zensical_project, tmp_path):
    # What the first run took out of the pages it keeps beside the site, for the next run.
    kept = finished_zensical_site.with_name("site.records.json")
    assert kept.is_file() and not (finished_zensical_site / "site.records.json").exists()
    again = shutil.copytree(finished_zensical_site, tmp_path / "site")
    shutil.copy(kept, tmp_path / "site.records.json")
    result = finish(again, zensical_project)
    assert result.returncode == 0, result.stderr
    assert "0 pages finished" in result.stdout
    for name in sorted(files_of(again)):
        assert (again / name).read_bytes() == (finished_zensical_site / name).read_bytes(), name


def test_finishing_a_folder_with_no_site_says_so(tmp_path):
    result = finish(tmp_path)
    assert result.returncode == 2
    assert "no index.html; build the site first" in result.stderr
    assert "Traceback" not in result.stderr
