"""Meta beside its peers: known answers for every derived comparison, and capital spending compared
only like with like."""

from __future__ import annotations

import pytest

from macros.charts import build_chart
from macros.model import build_catalogue, load_catalogue
from macros.model.loader import load_dataset
from macros.model.peers import SERIES, NotLikeForLike, like_for_like, share_id
from tests.model.test_loader import edit_entry


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


def test_capital_spending_as_a_share_of_revenue(cat):
    # Meta 2023: $27,045 million of purchases against $134,902 million of revenue.
    assert cat["meta_capex_share_of_revenue_2023_pct"].value == pytest.approx(100 * 27045 / 134902)
    # Alphabet 2025: $91.45 billion against $402,836 million.
    assert cat["alphabet_capex_share_of_revenue_2025_pct"].value == pytest.approx(100 * 91.45e3 / 402836)
    # Microsoft's year to June 2025: $64,551 million against $281.7 billion.
    assert cat["microsoft_capex_share_of_revenue_2025_pct"].value == pytest.approx(100 * 64551 / 281700)


def test_a_share_is_made_only_where_both_figures_are_sourced(cat):
    for series in SERIES:
        for year in series.capex:
            assert (share_id(series.company, year) in cat) == (year in series.revenue), (series.company, year)


def test_data_centres_in_the_sites_units(cat):
    # 763,000 H100-equivalents against the articles' 100,000 GPUs; 820 MW against El Capitan's 29,581 kW.
    assert cat["prometheus_epoch_vs_h100k_clusters_x"].value == pytest.approx(7.63)
    assert cat["prometheus_epoch_vs_el_capitan_x"].value == pytest.approx(820 / 29.581)


def test_the_arena_gap_and_the_compute_ratios(cat):
    assert cat["arena_gap_elo_2024_09"].value == pytest.approx(1316 - 1266)
    assert cat["arena_gap_elo_2025_07"].value == pytest.approx(1473 - 1424)
    assert cat["alphabet_vs_meta_ppe_2025_x"].value == pytest.approx(91.45e3 / 69691)
    assert cat["grok_3_vs_llama4_maverick_x"].value == pytest.approx(4.64e26 / (6 * 17e9 * 22e12))


def test_every_capital_spending_series_counts_one_measure(cat):
    figures = [cat[figure_id] for series in SERIES for figure_id in series.capex.values()]
    assert like_for_like(figures) == "ppe_purchases"


def test_capital_spending_counted_two_ways_is_refused(cat):
    # Meta's headline (finance-lease principal included) beside Alphabet's purchases of property and equipment.
    headline = cat["capex_2025_actual_busd"]
    with pytest.raises(NotLikeForLike, match="cannot be compared"):
        like_for_like([cat["googl_ppe_2025_busd"], headline])
    assert headline.measure is None
    meta_ppe = cat["capex_ppe_2025_musd"].__class__
    counted_with_leases = meta_ppe(**{**cat["capex_ppe_2025_musd"].__dict__, "measure": "capex_incl_finance_leases"})
    with pytest.raises(NotLikeForLike, match="capital expenditures including finance leases"):
        like_for_like([cat["googl_ppe_2025_busd"], counted_with_leases])


def test_the_peer_chart_refuses_a_figure_counted_another_way(data_copy):
    edit_entry(data_copy / "inputs/peers.yaml", "googl_ppe_2025_busd", measure="capex_incl_finance_leases")
    catalogue = build_catalogue(load_dataset(data_copy))
    with pytest.raises(NotLikeForLike, match="googl_ppe_2025_busd"):
        build_chart("peer_capex", catalogue)


def test_an_unknown_measure_is_refused_at_load(data_copy):
    edit_entry(data_copy / "inputs/peers.yaml", "googl_ppe_2025_busd", measure="capex, roughly")
    with pytest.raises(Exception, match="entry 'googl_ppe_2025_busd', field 'measure'"):
        build_catalogue(load_dataset(data_copy))


def test_every_estimate_from_epoch_carries_its_confidence(cat):
    epoch = [f for f in cat.figures.values() if f.kind == "input" and f.sources == ("epoch-ai-models-database",)]
    assert len(epoch) >= 10 and all(f.confidence in {"confident", "likely", "speculative"} for f in epoch)
