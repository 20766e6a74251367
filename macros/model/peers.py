"""Meta beside its peers, in the site's own units and only like with like.

Belongs here: which figures make each company's series of capital spending and revenue (fiscal
years as each company keeps them), capital spending as a share of revenue, the largest data
centres in 100,000-H100 clusters and El Capitans, the gap between the best closed and the best
open model, and the rule that refuses to compare capital spending counted two different ways.
Not here: Meta's own figures (power, compute, money), or drawing any of it (macros/charts/).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from macros.model.derivation import derive
from macros.model.figures import Figure
from macros.model.records import CAPEX_MEASURES


@dataclass(frozen=True)
class CapexSeries:
    """One company's capital spending and revenue by year, as figure ids; a year without a sourced
    figure is simply absent."""

    company: str
    fiscal_year: str  # "calendar year", or where the company's year ends
    capex: dict[str, str]  # year -> figure id
    revenue: dict[str, str]  # year -> figure id


# Every series counts cash purchases of property and equipment: the one measure all four report.
SERIES = (
    CapexSeries(
        "Meta",
        "calendar year",
        {"2023": "capex_ppe_2023_musd", "2024": "capex_ppe_2024_musd", "2025": "capex_ppe_2025_musd"},
        {"2023": "meta_revenue_2023_musd", "2024": "meta_revenue_2024_musd", "2025": "fy2025_revenue_musd"},
    ),
    CapexSeries(
        "Microsoft",
        "year to June",
        {"2023": "msft_ppe_fy2023_musd", "2024": "msft_ppe_fy2024_musd", "2025": "msft_ppe_fy2025_musd"},
        {"2025": "msft_revenue_fy2025_busd"},
    ),
    CapexSeries(
        "Alphabet",
        "calendar year",
        {"2023": "googl_ppe_2023_musd", "2024": "googl_ppe_2024_musd", "2025": "googl_ppe_2025_busd"},
        {"2023": "googl_revenue_2023_musd", "2024": "googl_revenue_2024_musd", "2025": "googl_revenue_2025_musd"},
    ),
    CapexSeries(
        "Amazon",
        "calendar year",
        {"2023": "amzn_ppe_2023_musd", "2024": "amzn_ppe_2024_musd", "2025": "amzn_ppe_2025_musd"},
        {"2023": "amzn_revenue_2023_busd", "2024": "amzn_revenue_2024_busd"},
    ),
)


class NotLikeForLike(ValueError):
    """Capital spending counted two different ways, or in no stated way, set side by side."""


def like_for_like(figures: Iterable[Figure]) -> str:
    """The one measure every figure counts (records.CAPEX_MEASURES); NotLikeForLike, naming each
    figure's measure, when they differ or one says nothing of what it counts."""
    figures = list(figures)
    measures = {figure.measure for figure in figures}
    if len(measures) == 1 and None not in measures:
        return measures.pop()
    named = "; ".join(f"{f.id}: {CAPEX_MEASURES.get(f.measure, 'no measure stated')}" for f in figures)
    raise NotLikeForLike(f"capital spending counted in different ways cannot be compared ({named})")


def share_id(company: str, year: str) -> str:
    return f"{company.lower()}_capex_share_of_revenue_{year}_pct"


def _shares_of_revenue() -> tuple:
    """Capital spending as a share of the same year's revenue, for every company-year with both."""
    return tuple(
        derive(
            share_id(series.company, year),
            f"{series.company}'s purchases of property and equipment as a share of revenue, {year}"
            + ("" if series.fiscal_year == "calendar year" else f" ({series.fiscal_year})"),
            unit="percent",
            style="percent",
            digits=2,
            how="purchases of property and equipment divided by revenue, the same (fiscal) year",
            inputs={capex: "USD", series.revenue[year]: "USD"},
            formula=lambda spent, revenue: spent / revenue,
        )
        for series in SERIES
        for year, capex in series.capex.items()
        if year in series.revenue
    )


@dataclass(frozen=True)
class DataCentre:
    """One of the largest AI data centres as Epoch AI estimates them: one source, one method."""

    key: str
    name: str
    it_power: str  # figure id, MW of AI IT power
    h100e: str  # figure id, H100-equivalents


DATA_CENTRES = (
    DataCentre("new_carlisle", "Anthropic-Amazon New Carlisle", "epoch_new_carlisle_it_mw", "epoch_new_carlisle_h100e"),
    DataCentre(
        "fairwater_atlanta",
        "Microsoft Fairwater Atlanta",
        "epoch_fairwater_atlanta_it_mw",
        "epoch_fairwater_atlanta_h100e",
    ),
    DataCentre("prometheus", "Meta Prometheus", "epoch_prometheus_it_mw", "epoch_prometheus_h100e"),
    DataCentre("colossus_2", "xAI Colossus 2", "epoch_colossus_2_it_mw", "epoch_colossus_2_h100e"),
    DataCentre("abilene", "OpenAI Stargate Abilene", "epoch_abilene_it_mw", "epoch_abilene_h100e"),
)


def _data_centres_in_the_sites_units() -> tuple:
    """Compute against the 100,000-H100 cluster of 2024 (the articles' cluster), counting H100-
    equivalents against its GPUs; IT power against El Capitan's measured power, IT beside IT."""
    derived = []
    for centre in DATA_CENTRES:
        derived += [
            derive(
                f"{centre.key}_epoch_vs_h100k_clusters_x",
                f"{centre.name} in 100,000-H100 clusters (Epoch AI's compute estimate)",
                unit="dimensionless",
                style="multiple",
                digits=2,
                how="its H100-equivalents divided by the 100,000 GPUs of the articles' cluster",
                inputs={centre.h100e: "GPU", "cluster_gpus": "GPU"},
                formula=lambda compute, cluster: compute / cluster,
            ),
            derive(
                f"{centre.key}_epoch_vs_el_capitan_x",
                f"{centre.name} in El Capitans (Epoch AI's IT power estimate)",
                unit="dimensionless",
                style="multiple",
                digits=2,
                how="its AI IT power divided by El Capitan's measured power",
                inputs={centre.it_power: "MW", "el_capitan_power_mw": "MW"},
                formula=lambda power, el_capitan: power / el_capitan,
            ),
        ]
    return tuple(derived)


# The best closed and the best open-weights model on Chatbot Arena, at each dated snapshot.
ARENA_SNAPSHOTS = ("2024_09", "2025_02", "2025_05", "2025_07")


def _arena_gaps() -> tuple:
    return tuple(
        derive(
            f"arena_gap_elo_{when}",
            f"Chatbot Arena points between the best closed and the best open model, {when.replace('_', '-')}",
            unit="dimensionless",
            style="count",
            digits=2,
            how="the best closed model's Arena score minus the best open-weights model's",
            inputs={f"arena_closed_elo_{when}": "dimensionless", f"arena_open_elo_{when}": "dimensionless"},
            formula=lambda closed, open_: closed - open_,
        )
        for when in ARENA_SNAPSHOTS
    )


FIGURES = (
    *_shares_of_revenue(),
    *_data_centres_in_the_sites_units(),
    *_arena_gaps(),
    derive(
        "alphabet_vs_meta_ppe_2025_x",
        "Alphabet's 2025 purchases of property and equipment against Meta's",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="Alphabet's purchases of property and equipment in 2025 divided by Meta's, both in cash",
        inputs={"googl_ppe_2025_busd": "USD", "capex_ppe_2025_musd": "USD"},
        formula=lambda alphabet, meta: alphabet / meta,
    ),
    derive(
        "grok_3_vs_llama4_maverick_x",
        "Grok 3's estimated training compute against Llama 4 Maverick's",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="Epoch AI's estimate for Grok 3 divided by our 6ND estimate for Maverick (the same as Epoch's)",
        inputs={"epoch_grok_3_flop": "FLOP", "llama4_maverick_flop_6nd": "FLOP"},
        formula=lambda grok, maverick: grok / maverick,
    ),
)
