"""No figure typed by hand in docs/: every number in prose comes from a macro fed by data/."""

import re
from pathlib import Path

import pytest

from tests.typed_numbers import strip_front_matter, typed_numbers

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = sorted([*DOCS.rglob("*.md"), DOCS / "methodology.py"])


def markdown_cells(script: str) -> str:
    """The prose of a jupytext percent script: its Markdown cells, without the comment marks."""
    cells = re.split(r"^# %%", script, flags=re.M)
    return "\n".join(re.sub(r"^# ?", "", cell, flags=re.M) for cell in cells[1:] if cell.startswith(" [markdown]"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_page_has_no_number_outside_a_macro(page):
    text = page.read_text(encoding="utf-8")
    if page.suffix == ".py":
        prose = markdown_cells(text)
    else:
        front, body = strip_front_matter(text)
        # The front matter's description is prose (a search result shows it); `share:` names a figure by id.
        prose = re.sub(r"(?m)^share: [a-z0-9_]+$", "", front) + "\n" + body
    found = typed_numbers(prose)
    assert not found, f"{page.relative_to(DOCS)}: numbers typed by hand (use a macro): {found}"


def test_the_scanner_catches_a_typed_number():
    assert typed_numbers("a cluster needs 150 MW") == ["150"]
    assert typed_numbers("Llama 3.1 405B, the H100, GPT-5, TOP500, in 2024") == []
    assert typed_numbers('{{ fig("cluster_power_mw") }} and [x](page.md#a1)') == []
