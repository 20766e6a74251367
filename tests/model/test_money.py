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
