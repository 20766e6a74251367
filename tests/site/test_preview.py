"""`make serve` follows every edit: one preview session on a scratch copy of the project, edited.

Each test saves a file, waits (bounded) for the served page to show the change, and puts the file
back; the server is always stopped at the end. The times are not judged here (bench/preview.py
measures them): only that the change arrives, and that a broken file neither stops the server nor
hangs its pages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest

from bench.serve_session import ServeSession, fig_texts

WAIT_S = 90  # a rebuild takes seconds; this only bounds a test that would otherwise hang


@pytest.fixture(scope="module")
def session() -> Iterator[ServeSession]:
    with ServeSession() as served:
        yield served


def error_shown(page_html: str) -> str | None:
    found = re.search(r'<pre id="build-error">(.*?)</pre>', page_html, re.S)
    return html.unescape(found.group(1)) if found else None


def settled(session: ServeSession, page: str, figure: str, texts: list[str]) -> None:
    session.wait_for([page], lambda _, page_html: fig_texts(page_html, figure) == texts, timeout=WAIT_S)


def test_a_data_edit_shows_on_the_pages_and_in_the_notebook(session):
    before = fig_texts(session.get("power/"), "h100_host_power_per_gpu_w")
    assert before and set(before) == {"575 W"}
    session.edit("data/inputs/power.yaml", "  value: 575\n", "  value: 581\n")
    session.wait_for(
        ["power/", "methodology/"],
        lambda page, page_html: (
            re.search(r"power supplies\): 581(\.0)? W", page_html) is not None
            if page == "methodology/"
            else set(fig_texts(page_html, "h100_host_power_per_gpu_w")) == {"581 W"}
        ),
        timeout=WAIT_S,
    )
    # A figure made from it moved too: all-in power per GPU, (700 W + 581 W) x 110 %.
    assert set(fig_texts(session.get("power/"), "gpu_all_in_power_w")) == {"1,409 W"}
    session.restore("data/inputs/power.yaml")
    settled(session, "power/", "h100_host_power_per_gpu_w", before)


def test_a_model_formula_edit_shows_without_a_restart(session):
    server_before = session._process.pid
    before = fig_texts(session.get("power/"), "gpu_all_in_power_w")
    assert before
    session.edit(
        "macros/model/power.py",
        "formula=lambda server, share: server * (1 + share),",
        "formula=lambda server, share: server * (1 + share) * 2,",
    )
    session.wait_for(
        ["power/"],
        lambda _, page_html: (now := fig_texts(page_html, "gpu_all_in_power_w")) != before and len(now) == len(before),
        timeout=WAIT_S,
    )
    after = fig_texts(session.get("power/"), "gpu_all_in_power_w")
    assert after[0] == "2,805 W"  # (700 W + 575 W) x 110 % x 2
    assert session.running() and session._process.pid == server_before
    session.restore("macros/model/power.py")
    settled(session, "power/", "gpu_all_in_power_w", before)


def test_a_broken_data_file_is_shown_in_every_page_and_the_server_keeps_answering(session):
    before = fig_texts(session.get("power/"), "h100_tdp_w")
    session.edit("data/inputs/power.yaml", "source: meta-llama31-model-card", "source: meta-llama31-modle-card")
    session.wait_for(["power/", "compute/"], lambda _, page_html: error_shown(page_html) is not None, timeout=WAIT_S)
    where = "data/inputs/power.yaml, entry 'h100_tdp_w', field 'source'"
    assert where in error_shown(session.get("power/"))
    assert where in error_shown(session.get(""))
    assert where in session.log()  # and in the terminal
    assert session.running() and session.status("sources/", timeout=10) == 200
    # Fixing the file brings the pages back.
    session.restore("data/inputs/power.yaml")
    settled(session, "power/", "h100_tdp_w", before)
    assert error_shown(session.get("compute/")) is None


def test_a_page_macro_error_names_the_page_and_the_macro_then_recovers(session):
    before = fig_texts(session.get("power/"), "h100_tdp_w")
    session.edit("docs/power.md", "# Power and energy\n", '# Power and energy\n\n{{ fig("cluster_power_typo") }}\n')
    session.wait_for(["power/"], lambda _, page_html: error_shown(page_html) is not None, timeout=WAIT_S)
    shown = error_shown(session.get("money/"))
    assert "power.md" in shown and "fig('cluster_power_typo',): unknown figure 'cluster_power_typo'" in shown
    assert session.running()
    session.restore("docs/power.md")
    settled(session, "power/", "h100_tdp_w", before)
