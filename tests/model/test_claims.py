"""One test per verdict rule, on made-up numbers, and the verdicts the real data produces."""

import pytest

from macros.model import load_catalogue
from macros.model.claims import VERDICTS, judge
from tests.typed_numbers import typed_numbers


def test_no_figure_is_unverifiable():
    assert judge(10, "about", 1, None) == "unverifiable"


def test_same_number_is_consistent():
    assert judge(39.071, "about", 0.001, 39.071) == "consistent"


def test_claim_inside_our_range_is_consistent():
    assert judge(42, "about", 1, 38.8, low=35.2, high=42.3) == "consistent"


def test_bound_that_holds_is_consistent():
    assert judge(22, "over", 1, 22.5) == "consistent"
    assert judge(500, "over", 10, 500) == "consistent"
    assert judge(10, "under", 1, 8) == "consistent"


def test_within_half_a_rounding_step_is_rounded():
    assert judge(39, "about", 1, 39.071) == "rounded"
    assert judge(13.5, "about", 0.1, 13.465) == "rounded"


def test_further_than_half_a_step_is_inconsistent():
    assert judge(9, "about", 1, 7.15) == "inconsistent"


def test_bound_that_fails_is_inconsistent():
    assert judge(22, "over", 1, 20) == "inconsistent"


def test_every_seed_claim_has_a_verdict_and_all_kinds_occur_in_the_data():
    verdicts = load_catalogue().verdicts
    assert {c.verdict for c in verdicts.values()} <= set(VERDICTS)
    assert {"consistent", "rounded", "inconsistent", "unverifiable"} == {c.verdict for c in verdicts.values()}


@pytest.mark.parametrize(
    "claim, verdict",
    [
        ("costs_growth_q2", "inconsistent"),
        ("costs_growth_ytd", "rounded"),
        ("capex_growth", "consistent"),
        ("llama4_compute", "unverifiable"),
        ("q2_revenue", "rounded"),
    ],
)
def test_the_articles_known_discrepancies_get_the_expected_verdict(claim, verdict):
    assert load_catalogue().verdicts[claim].verdict == verdict


REQUIRED_CLAIMS = {  # the list: every one must have an entry
    "cluster_power",
    "el_capitan_power",
    "el_capitan_ratio",
    "capex_2024",
    "capex_growth",
    "costs_growth_q2",
    "sales_growth",
    "q2_revenue",
    "q2_net_income",
    "meta_ai_users",
    "llama4_compute",
}


def test_every_quantitative_claim_of_the_articles_has_an_entry():
    assert REQUIRED_CLAIMS <= set(load_catalogue().data.claims)


def test_why_lines_carry_no_numbers_that_could_go_stale():
    for claim in load_catalogue().data.claims.values():
        assert typed_numbers(claim.why) == [], f"data/claims.yaml, entry '{claim.id}', field 'why'"
