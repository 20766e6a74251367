"""The upkeep issue's body: each stale source with the figures and statements it feeds, most overdue
first; empty when none is stale (the workflow then closes the issue); data/ text inert on GitHub."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys

from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from macros.model import load_catalogue
from macros.model.catalogue import Catalogue, build_catalogue
from macros.model.freshness import stale_sources
from macros.model.loader import load_dataset
from macros.published.upkeep_issue import NOTHING_STALE, issue_body
from tests.conftest import ROOT
from tests.model.test_loader import edit_entry

# Before every source's check-again date: nothing is stale unless a test dates a source earlier.
QUIET_DAY = dt.date(2000, 1, 1)
# GitHub acts on these in the text a reader sees (tests/test_escape.py says why each matters).
GITHUB_TRIGGERS = re.compile(r"@[A-Za-z0-9]|#\d|://|\bwww\.|\bGH-\d", re.IGNORECASE)
ZERO_WIDTH_SPACE = "\u200b"


def catalogue_with_due(data_copy, due: dict[str, str], **edits) -> Catalogue:
    """The project's data on QUIET_DAY, with the sources in ``due`` made stale on the dates given."""
    for source_id, date in due.items():
        edit_entry(data_copy / "sources.yaml", source_id, check_again_after=date, **edits.get(source_id, {}))
    return build_catalogue(load_dataset(data_copy), today=QUIET_DAY)


def rendered(body: str) -> BeautifulSoup:
    """The body as a CommonMark renderer with raw HTML on shows it (GitHub renders a superset)."""
    return BeautifulSoup(MarkdownIt("commonmark", {"html": True}).render(body), "html.parser")


def entries_in_order(body: str) -> list[str]:
    return re.findall(r"^- Entry `([^`]+)`", body, flags=re.MULTILINE)


def test_known_answer_for_one_stale_source(data_copy):
    catalogue = catalogue_with_due(data_copy, {"axios-behemoth-delay": "1999-03-01"})
    assert issue_body(catalogue) == (
        "<!-- Written by `python -m macros.published.upkeep_issue` in the weekly upkeep workflow, which "
        "replaces this text at every run: edit data/, not this issue. -->\n"
        "**1 source is past its check-again date** on 2000-01-01, most overdue first.\n"
        "\n"
        "For each: read it again, or find what superseded it; update its entry in `data/sources.yaml` "
        "(`accessed`, or `check_again_after` when nothing newer exists) and the inputs and statements that "
        "quote it; then `make release` if a number moved. This issue is updated every week and closed when "
        "no source is left.\n"
        "\n"
        "### Axios (reporting the Wall Street Journal): Meta delays &#34;Behemoth&#34; AI model "
        "release&#58;&#8203; report\n"
        "\n"
        "- Entry `axios-behemoth-delay` in `data/sources.yaml`; news of a developing story, due 1999-03-01; "
        "read 2026-12-04.\n"
        '- Where: <a href="https://axios.com/2025/05/15/meta-behemoth-llama-scaling-delays">the original</a>.\n'
        "- Figures: none.\n"
        "- Statements (2):\n"
        "  - `behemoth_fall_or_later`: Axios, on a Wall Street Journal report: “The Journal says that "
        "Behemoth is now expected to be released in the fall or even later.”\n"
        "  - `behemoth_release_pushed_back`: Axios, on a Wall Street Journal report: “Meta is pushing back "
        "plans for a public release of its largest Llama 4 AI model”\n"
    )


def test_nothing_stale_gives_the_empty_body_that_closes_the_issue(data_copy):
    catalogue = build_catalogue(load_dataset(data_copy), today=QUIET_DAY)
    assert stale_sources(catalogue, QUIET_DAY) == []
    assert issue_body(catalogue) == NOTHING_STALE == ""


def test_a_source_is_listed_with_its_figures_and_statements(data_copy):
    catalogue = catalogue_with_due(data_copy, {"willison-muse-spark": "1999-06-01"})
    body = issue_body(catalogue)
    assert entries_in_order(body) == ["willison-muse-spark"]
    assert "- Figures (2):\n  - `llama4_maverick_aa_index_v4`: " in body
    assert "\n  - `muse_spark_vs_maverick_index_x`: " in body
    assert "- Statements (2):\n  - `muse_spark_closed_for_now`: " in body
    assert "\n  - `zuck_future_open_source_models`: " in body


def test_every_stale_source_of_the_real_data_is_listed_with_all_it_feeds():
    catalogue = load_catalogue()
    today = dt.date(2030, 1, 1)  # late enough that most sources are past their date
    stale = stale_sources(catalogue, today)
    body = issue_body(catalogue, today)
    assert entries_in_order(body) == [item.source.id for item in stale]
    sections = body.split("\n### ")[1:]
    for item, section in zip(stale, sections, strict=True):
        listed = re.findall(r"^  - `([^`]+)`", section, flags=re.MULTILINE)
        assert listed == sorted(item.figures) + sorted(item.statements), item.source.id


def test_most_overdue_first_then_by_id_and_the_same_every_time(data_copy):
    due = {"willison-muse-spark": "1999-05-01", "axios-behemoth-delay": "1999-02-01", "aihola-avocado": "1999-02-01"}
    catalogue = catalogue_with_due(data_copy, due)
    body = issue_body(catalogue)
    assert entries_in_order(body) == ["aihola-avocado", "axios-behemoth-delay", "willison-muse-spark"]
    assert issue_body(catalogue) == body


def test_a_body_past_githubs_limit_lists_what_fits_and_counts_the_rest():
    catalogue = load_catalogue()
    today = dt.date(2030, 1, 1)
    total = len(stale_sources(catalogue, today))
    body = issue_body(catalogue, today, limit=4000)
    listed = len(entries_in_order(body))
    assert len(body) <= 4000 and 0 < listed < total
    assert f"**{total - listed} more** past their date are not listed" in body


HOSTILE = {
    "publisher": "@octocat <script>alert(1)</script>",
    "title": "[click](javascript:alert(2)) `code` fixes #1 and www.evil.example",
    "read_in": {"url": "https://example.org/x)'onmouseover=alert(3)", "host": '<img src=x onerror=alert(4)> "GH-5"'},
}
HOSTILE_STATEMENT = {"speaker": "@Meta-Team | a | b |", "quote": "**bold** <b>x</b> see https://evil.example/"}


def hostile_catalogue(data_copy) -> Catalogue:
    edit_entry(data_copy / "statements.yaml", "clinton_ppa_from_june_2027", **HOSTILE_STATEMENT)
    edit_entry(data_copy / "inputs/power.yaml", "clinton_uprate_mw", label="![x](javascript:alert(6)) @here")
    return catalogue_with_due(
        data_copy, {"constellation-meta-clinton-ppa": "1999-01-01"}, **{"constellation-meta-clinton-ppa": HOSTILE}
    )


def test_hostile_text_from_data_lands_inert(data_copy):
    catalogue, source = hostile_catalogue(data_copy), "constellation-meta-clinton-ppa"
    soup = rendered(issue_body(catalogue))
    tags = {tag.name for tag in soup.find_all(True)}
    assert tags <= {"p", "strong", "code", "h3", "ul", "li", "a"}, f"markup from data: {tags}"
    assert [a["href"] for a in soup.find_all("a")] == [HOSTILE["read_in"]["url"]]
    headings = [tag.get_text().replace(ZERO_WIDTH_SPACE, "") for tag in soup.find_all("h3")]
    assert headings == [f"{HOSTILE['publisher']}: {HOSTILE['title']}"]
    # The only code spans are the introduction's and the ids: the planted `code` stays text.
    introduction = {"data/sources.yaml", "accessed", "check_again_after", "make release"}
    ids = {"constellation-meta-clinton-ppa", "clinton_ppa_from_june_2027", *catalogue.figures_using_source(source)}
    assert {tag.get_text() for tag in soup.find_all("code")} == introduction | ids
    shown = soup.get_text()
    assert not GITHUB_TRIGGERS.search(shown), GITHUB_TRIGGERS.search(shown)
    visible = shown.replace(ZERO_WIDTH_SPACE, "")
    for planted in [HOSTILE["read_in"]["host"], *HOSTILE_STATEMENT.values(), "![x](javascript:alert(6)) @here"]:
        assert planted in visible


def test_a_line_break_that_got_past_the_loader_starts_nothing(data_copy):
    # The loader refuses control characters in data/; the body does not rely on it.
    catalogue = catalogue_with_due(data_copy, {"axios-behemoth-delay": "1999-03-01"})
    source = catalogue.data.sources["axios-behemoth-delay"]
    catalogue.data.sources[source.id] = source.model_copy(update={"title": "x\n# heading\n- item\n```"})
    soup = rendered(issue_body(catalogue))
    assert not soup.find_all(["h1", "pre"]) and len(soup.find_all("h3")) == 1
    assert soup.h3.get_text().replace(ZERO_WIDTH_SPACE, "").endswith("x # heading - item ```")


def run_script(tmp_path, day: dt.date) -> tuple[subprocess.CompletedProcess, str]:
    out = tmp_path / "issue-body.md"
    epoch = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())
    result = subprocess.run(
        [sys.executable, "-m", "macros.published.upkeep_issue", "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result, out.read_text(encoding="utf-8") if out.exists() else None


def test_the_script_writes_the_body_for_the_build_date(tmp_path):
    result, body = run_script(tmp_path, dt.date(2030, 1, 1))
    assert result.returncode == 0, result.stderr
    assert body.startswith("<!-- Written by") and "on 2030-01-01, most overdue first" in body
    assert "sources past their check-again date on 2030-01-01" in result.stdout


def test_the_script_writes_an_empty_file_when_nothing_is_stale(tmp_path):
    result, body = run_script(tmp_path, QUIET_DAY)
    assert result.returncode == 0, result.stderr
    assert body == ""
    assert result.stdout.startswith("No source is past its check-again date on 2000-01-01")
