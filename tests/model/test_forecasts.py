"""The forecast verdicts: one test per rule, a verdict that flips with its data, and every forecast sourced."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from macros.model import load_catalogue
from macros.model.catalogue import build_catalogue
from macros.model.errors import DataError
from macros.model.forecasts import combine, judge
from macros.model.loader import DATA_DIR, load_dataset
from tests.model.test_loader import edit_entry, load_error
from tests.typed_numbers import typed_numbers

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "comparator, target, value, precision, verdict",
    [
        ("at_least", 100, 100, None, "held"),
        ("at_least", 100, 50, None, "partly held"),
        ("at_least", 100, 49.9, None, "did not hold"),
        ("at_most", 1, 1, None, "held"),
        ("at_most", 1, 2, None, "partly held"),
        ("at_most", 1, 32, None, "did not hold"),
        ("about", 40, 39.23, 5, "held"),
        ("about", 40, 36, 5, "partly held"),
        ("about", 40, 34, 5, "did not hold"),
    ],
)
def test_each_figure_rule(comparator, target, value, precision, verdict):
    assert judge(comparator, target, value, precision) == verdict


@pytest.mark.parametrize(
    "verdicts, combined",
    [
        (["held", "held"], "held"),
        (["did not hold", "did not hold"], "did not hold"),
        (["held", "did not hold"], "partly held"),
        (["partly held"], "partly held"),
    ],
)
def test_several_outcomes_combine(verdicts, combined):
    assert combine(verdicts) == combined


def scored(data_dir, forecast_id, today=TODAY):
    return build_catalogue(load_dataset(data_dir), today=today).scores[forecast_id].verdict


def test_statements_that_only_confirm_make_it_held(data_copy):
    assert scored(data_copy, "genai_no_revenue_2024") == "held"


def test_statements_that_only_contradict_make_it_did_not_hold(data_copy):
    edit_entry(data_copy / "forecasts.yaml", "open_source_industry_standard", confirmed_by=[])
    assert scored(data_copy, "open_source_industry_standard") == "did not hold"


def test_statements_both_ways_make_it_partly_held(data_copy):
    assert scored(data_copy, "open_source_industry_standard") == "partly held"


def test_a_forecast_whose_period_has_not_ended_is_too_early_to_tell(data_copy):
    assert scored(data_copy, "genai_no_revenue_2025_2026") == "too early to tell"
    # Once 2026 is over, its confirmations (none yet) decide: still nothing to score it with.
    assert scored(data_copy, "genai_no_revenue_2025_2026", today=dt.date(2027, 2, 1)) == "too early to tell"
    edit_entry(data_copy / "forecasts.yaml", "genai_no_revenue_2025_2026", confirmed_by=["li_genai_not_meaningful"])
    assert scored(data_copy, "genai_no_revenue_2025_2026", today=dt.date(2027, 2, 1)) == "held"


def test_a_verdict_flips_when_an_outcome_input_changes(data_copy):
    assert scored(data_copy, "llama4_most_advanced_2025") == "did not hold"
    edit_entry(data_copy / "inputs/models.yaml", "llama4_maverick_lmarena_rank_apr_2025", value=1)
    assert scored(data_copy, "llama4_most_advanced_2025") == "held"


def test_split_evidence_gives_partly_held_and_one_changed_outcome_makes_it_held(data_copy):
    # Compute: the released models did not hold; Behemoth's estimate made to reach the target, split evidence.
    assert scored(data_copy, "llama4_ten_times_compute") == "did not hold"
    edit_entry(data_copy / "inputs/compute.yaml", "llama4_scout_tokens", value=400)  # Behemoth's range: 30-400T
    edit_entry(data_copy / "inputs/compute.yaml", "llama4_data_mixture_tokens", value=200)
    assert scored(data_copy, "llama4_ten_times_compute") == "partly held"


def test_the_cluster_forecast_is_scored_on_the_cluster_not_one_run(data_copy):
    # Meta's engineers: 100K GPUs used for Llama 4; Behemoth's 32K-GPU run does not count against it.
    assert scored(data_copy, "llama4_cluster_100k_h100") == "held"
    edit_entry(data_copy / "inputs/compute.yaml", "llama4_behemoth_gpus", value=1000)
    assert scored(data_copy, "llama4_cluster_100k_h100") == "held"
    edit_entry(data_copy / "inputs/compute.yaml", "llama4_atscale_gpus", value=40000)
    assert scored(data_copy, "llama4_cluster_100k_h100") == "did not hold"


def test_behemoths_estimated_compute_is_an_outcome_with_its_range():
    catalogue = load_catalogue()
    outcomes = {o.figure for o in catalogue.scores["llama4_ten_times_compute"].outcomes}
    assert outcomes == {"llama4_released_vs_llama3_x", "llama4_behemoth_vs_llama3_x"}
    # 6 x 288e9 active parameters x 30e12 tokens = 5.18e25 FLOP, against the 405B run's 3.8e25: 1.36x.
    behemoth = catalogue["llama4_behemoth_vs_llama3_x"]
    assert behemoth.value == pytest.approx(6 * 288e9 * 30e12 / 3.8e25, rel=1e-3)
    assert behemoth.high == pytest.approx(6 * 288e9 * 40e12 / 3.8e25, rel=1e-3)


def test_an_articles_words_are_judged_with_the_claims_own_precision(data_copy):
    # "$40 billion", rounded to the billion on the claim check: 2024's $39.23 billion is within a whole
    # step but not half of one, so partly held; the claim's precision moves the forecast's verdict.
    assert scored(data_copy, "capex_2024_about_40_billion") == "partly held"
    edit_entry(data_copy / "claims.yaml", "capex_2024", precision=2)
    assert scored(data_copy, "capex_2024_about_40_billion") == "held"


def test_a_forecast_in_an_articles_words_cannot_set_its_own_precision(data_copy):
    edit_entry(data_copy / "forecasts.yaml", "capex_2024_about_40_billion", precision=5)
    message = load_error(data_copy)
    assert "entry 'capex_2024_about_40_billion', field 'precision'" in message and "claim's own precision" in message


def test_a_target_can_be_a_figure_and_moves_with_it(data_copy):
    assert scored(data_copy, "capex_2025_significant_growth") == "held"
    edit_entry(data_copy / "inputs/money.yaml", "capex_2025_actual_busd", value=48)  # +22%: over half of +40%
    assert scored(data_copy, "capex_2025_significant_growth") == "partly held"


def test_every_forecast_has_its_words_an_outcome_and_sources():
    catalogue = load_catalogue()
    data = catalogue.data
    assert len(catalogue.scores) >= 8
    for score in catalogue.scores.values():
        forecast = score.forecast
        words = data.statements[forecast.statement] if forecast.statement else data.claims[forecast.claim]
        assert words.source in data.sources if forecast.statement else data.articles[words.article].origin
        if forecast.test == "figures":
            assert score.outcomes and all(catalogue[o.figure].sources for o in score.outcomes)
        else:
            evidence = [*forecast.confirmed_by, *forecast.contradicted_by]
            assert all(data.statements[s].source in data.sources for s in evidence)
            assert evidence or score.verdict == "too early to tell"


def test_the_forecasts_the_issue_names_are_all_scored():
    ids = set(load_catalogue().scores)
    assert {
        "llama4_ten_times_compute",
        "llama4_most_advanced_2025",
        "genai_no_revenue_2024",
        "genai_no_revenue_2025_2026",
        "capex_2024_about_40_billion",
        "capex_2025_significant_growth",
        "open_source_industry_standard",
        "llama4_cluster_100k_h100",
    } <= ids


def test_an_unknown_outcome_figure_names_the_forecast_and_field(data_copy):
    edit_entry(data_copy / "forecasts.yaml", "llama4_ten_times_compute", outcomes=["no_such_figure"])
    assert "data/forecasts.yaml, entry 'llama4_ten_times_compute', field 'outcomes'" in load_error(data_copy)


def test_an_outcome_in_the_wrong_unit_names_the_forecast(data_copy):
    edit_entry(data_copy / "forecasts.yaml", "llama4_ten_times_compute", unit="MW")
    assert "data/forecasts.yaml, entry 'llama4_ten_times_compute', field 'unit'" in load_error(data_copy)


def test_an_unknown_statement_names_the_forecast_and_field(data_copy):
    edit_entry(data_copy / "forecasts.yaml", "genai_no_revenue_2024", confirmed_by=["no_such_statement"])
    assert "data/forecasts.yaml, entry 'genai_no_revenue_2024', field 'confirmed_by'" in load_error(data_copy)


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"comparator": None}, "outcomes"),
        ({"statement": None}, "statement/claim"),
        ({"claim": "capex_2024"}, "statement/claim"),
        ({"precision": None, "comparator": "about"}, "precision"),
    ],
)
def test_an_incomplete_forecast_names_what_is_missing(data_copy, changes, field):
    edit_entry(data_copy / "forecasts.yaml", "llama4_ten_times_compute", **changes)
    assert f"entry 'llama4_ten_times_compute', field '{field}'" in load_error(data_copy)


def test_no_why_line_carries_a_number():
    # Numbers go beside the reason, from data; a typed one would go stale.
    forecasts = yaml.safe_load((DATA_DIR / "forecasts.yaml").read_text())
    assert not [f["id"] for f in forecasts if typed_numbers(f["why"])]


def test_a_bad_forecast_fails_the_load_not_a_page_later(data_copy):
    edit_entry(data_copy / "forecasts.yaml", "capex_2025_significant_growth", target="no_such_figure")
    with pytest.raises(DataError):
        build_catalogue(load_dataset(data_copy))
