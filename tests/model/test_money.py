"""Known answers for Meta's growth rates, from the release tables."""

import pytest

from macros.model import load_catalogue


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


@pytest.mark.parametrize(
    "figure, expected",
    [
        ("q2_2024_revenue_growth_pct", (39071 / 31999 - 1) * 100),
        ("q2_2024_costs_growth_pct", (24224 / 22607 - 1) * 100),
        ("q2_2024_operating_income_growth_pct", (14847 / 9392 - 1) * 100),
        ("q2_2024_net_income_growth_pct", (13465 / 7788 - 1) * 100),
    ],
)
def test_q2_growth_rates_match_the_release(cat, figure, expected):
    assert cat[figure].value == pytest.approx(expected)


def test_2023_capex_uses_meta_definition_with_finance_leases(cat):
    assert cat["capex_2023_billion_usd"].value == pytest.approx(28.103)


def test_42_percent_is_the_top_of_the_guidance_range(cat):
    growth = cat["capex_2024_guidance_growth_pct"]
    assert growth.high == pytest.approx((40 / 28.103 - 1) * 100)
    assert growth.low == pytest.approx((38 / 28.103 - 1) * 100)


def test_nine_month_cost_growth_is_the_articles_nine_percent(cat):
    assert cat["ytd_9m_2024_costs_growth_pct"].value == pytest.approx((70100 / 64423 - 1) * 100)


def test_segment_figures_add_up_to_the_reported_operating_income(cat):
    assert cat["q2_2024_family_of_apps_margin_check_musd"].value == pytest.approx(
        cat["q2_2024_operating_income_musd"].value, rel=1e-3
    )


@pytest.mark.parametrize(
    "figure, expected",
    [
        ("capex_2022_billion_usd", (31186 + 850) / 1000),
        ("capex_2025_actual_growth_pct", (72.22 / 39.23 - 1) * 100),
        ("capex_2026_guidance_growth_pct", (137.5 / 72.22 - 1) * 100),
        ("capex_2026_guidance_vs_2024_x", 137.5 / 39.23),
        ("fy2024_revenue_musd", 36455 + 39071 + 40589 + 48385),
        ("fy2025_revenue_growth_pct", (200966 / 164500 - 1) * 100),
        ("capex_2025_share_of_revenue_pct", 72.22 / 200.966 * 100),
        ("q3_2025_net_income_before_tax_charge_musd", 2709 + 15930),
        ("q1_2026_net_income_before_tax_benefit_busd", 26.8 - 8.03),
        ("q2_2026_revenue_growth_pct", (60.80 / 47.516 - 1) * 100),
    ],
)
def test_figures_after_2024_match_the_releases(cat, figure, expected):
    assert cat[figure].value == pytest.approx(expected)


def test_the_2024_quarters_add_up_to_the_year_meta_reported(cat):
    # Meta's Q4 2025 release gives 2024 revenue as 164,501 million; the quarters round to one less.
    assert cat["fy2024_revenue_musd"].value == pytest.approx(164501, abs=1)


def test_the_2026_guidance_growth_carries_the_guidance_range(cat):
    figure = cat["capex_2026_guidance_vs_2024_x"]
    assert (figure.low, figure.high) == (pytest.approx(130 / 39.23), pytest.approx(145 / 39.23))
