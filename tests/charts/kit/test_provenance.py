"""A chart credits exactly the sources of the figures it read."""

from __future__ import annotations

import re

import pytest

from macros.charts.kit.provenance import FigureReader, source_line


def test_sources_are_those_of_the_figures_read_in_order_each_once(catalogue):
    figures = FigureReader(catalogue)
    figures["cluster_gpus"]
    figures["el_capitan_power_mw"]
    figures["h100k_cluster_power_mw"]  # the same source as cluster_gpus
    assert figures.source_ids() == ["semianalysis-100k-h100", "visualcapitalist-supercomputers"]


def test_a_derived_figure_credits_the_sources_of_its_inputs(catalogue):
    figures = FigureReader(catalogue)
    figures["cluster_facility_power_mw"]
    assert set(figures.source_ids()) == set(catalogue["cluster_facility_power_mw"].sources)
    assert "uptime-pue-2023" in figures.source_ids()


def test_the_source_line_names_publishers_and_says_source_for_one(catalogue):
    assert source_line(catalogue, ["semianalysis-100k-h100"]) == "Source: SemiAnalysis."
    assert source_line(catalogue, ["semianalysis-100k-h100", "top500-65th-list"]) == "Sources: SemiAnalysis; TOP500."


def test_a_publisher_with_two_sources_is_named_once(catalogue):
    assert (
        source_line(catalogue, ["eia-household-electricity", "eia-co2-per-kwh"])
        == "Source: U.S. Energy Information Administration."
    )


def test_a_chart_that_read_nothing_has_no_source_line(catalogue):
    with pytest.raises(ValueError, match="no sources"):
        FigureReader(catalogue).source_line()


def test_matching_finds_a_series_by_id_and_records_it(catalogue):
    figures = FigureReader(catalogue)
    found = figures.matching(re.compile(r"capex_ppe_(\d{4})_musd"))
    years = [match[1] for match, _ in found]
    assert years == sorted(years) and "2019" in years and "2024" in years
    assert "fmp-facebook-statements" in figures.source_ids()


def test_an_unknown_figure_is_an_error_not_a_gap(catalogue):
    with pytest.raises(KeyError, match="unknown figure 'cluster_gpu'"):
        FigureReader(catalogue)["cluster_gpu"]
