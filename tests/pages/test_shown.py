"""The one record of what each page shows: written by the macros as they render, read by the as-of
line, the page's citation date and the numbers file."""

from __future__ import annotations

from macros.model import load_catalogue
from macros.model.dates import period_label
from macros.pages.macro_set import MacroSet
from macros.pages.shown import NOTEBOOK_SHOWS, PageRef, ShownOnPages, shown_in_notebook

POWER = PageRef("power.md", "power/")


def macros_on(page_holder: dict, shown: ShownOnPages):
    return MacroSet(lambda: page_holder["page"], shown=shown).functions()


def test_a_figure_is_recorded_with_the_text_the_page_writes():
    shown, at = ShownOnPages(), {"page": POWER}
    macros = macros_on(at, shown)
    macros["fig"]("cluster_gpus")
    macros["fig"]("cluster_gpus", part="bare")
    texts = shown.by_figure()["cluster_gpus"]["power/"]
    figure = load_catalogue()["cluster_gpus"]
    assert texts == {"100,000 GPUs"} and figure.value == 100_000


def test_a_chart_records_every_figure_it_draws_without_a_text():
    shown, at = ShownOnPages(), {"page": POWER}
    macros_on(at, shown)["chart"]("cluster_power_breakdown")
    recorded = shown.by_figure()
    assert "cluster_cooling_power_mw" in recorded and recorded["cluster_cooling_power_mw"]["power/"] == set()


def test_an_index_page_dates_by_every_figure_and_is_left_out_of_the_numbers_file():
    shown, at = ShownOnPages(), {"page": PageRef("figures.md", "figures/")}
    macros_on(at, shown)["figures_listing"]()
    catalogue = load_catalogue()
    assert shown.figures_on("figures.md", catalogue.figures) == set(catalogue.figures)
    assert shown.by_figure() == {}


def test_the_home_page_is_listed_as_the_sites_root():
    shown, at = ShownOnPages(), {"page": PageRef("index.md", "")}
    macros_on(at, shown)["fig"]("cluster_gpus")
    assert list(shown.by_figure()["cluster_gpus"]) == ["/"]


def test_a_page_rendered_again_starts_its_part_afresh():
    # Under `mkdocs serve`, and under Zensical (a page per call), a page is rendered more than once.
    shown, at = ShownOnPages(), {"page": POWER}
    macros_on(at, shown)["fig"]("cluster_gpus")
    at["page"] = PageRef("money.md", "money/")
    macros_on(at, shown)["fig"]("capex_2024_actual_busd")
    at["page"] = POWER
    macros_on(at, shown)["fig"]("cluster_it_power_mw")
    assert shown.figures_on("power.md", []) == {"cluster_it_power_mw"}
    assert shown.figures_on("money.md", []) == {"capex_2024_actual_busd"}


def test_the_as_of_line_reads_the_record():
    shown, at = ShownOnPages(), {"page": POWER}
    macro_set = MacroSet(lambda: at["page"], shown=shown)
    macro_set.functions()["fig"]("cluster_gpus")
    line = macro_set.after_page("# Power\n", "power.md", glossary=False)
    as_of = load_catalogue().data.inputs["cluster_gpus"].as_of
    assert "Figures on this page are as of" in line and as_of[:4] in line


def test_a_notebook_says_what_it_shows_in_its_outputs_metadata():
    notebook = {
        "cells": [
            {"cell_type": "markdown", "source": "# x"},
            {"cell_type": "code", "outputs": [{"metadata": {NOTEBOOK_SHOWS: ["a", "b"]}}, {"metadata": {}}]},
            {"cell_type": "code", "outputs": [{"output_type": "stream"}]},
        ]
    }
    assert shown_in_notebook(notebook) == ["a", "b"]


def test_the_as_of_line_moves_when_a_newer_statement_is_cited():
    shown, at = ShownOnPages(), {"page": POWER}
    macro_set = MacroSet(lambda: at["page"], shown=shown)
    macro_set.functions()["fig"]("cluster_gpus")  # as of June 2024
    before = macro_set.after_page("# Power\n", "power.md", glossary=False)
    statements = load_catalogue().data.statements
    newest = max(statements.values(), key=lambda s: s.as_of if s.as_of != "undated" else "")
    macro_set.functions()["say"](newest.id)
    after = macro_set.after_page("# Power\n", "power.md", glossary=False)
    assert "June 2024" in before and "June 2024" not in after
    assert period_label(newest.as_of) in after and "Figures and sources on this page" in after
