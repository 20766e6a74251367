"""How current the figures are: check-again dates by cadence, stale sources, and a page's newest input."""

from __future__ import annotations

import datetime as dt

import pytest

from macros.model import load_catalogue
from macros.model.catalogue import build_catalogue
from macros.model.dates import period_end, period_label
from macros.model.freshness import check_again_after, newest_as_of, stale_report, stale_sources
from macros.model.loader import load_dataset
from tests.model.test_loader import edit_entry


@pytest.mark.parametrize(
    "text, end, label",
    [
        ("2024", dt.date(2024, 12, 31), "2024"),
        ("2024-Q2", dt.date(2024, 6, 30), "Q2 2024"),
        ("2024-H1", dt.date(2024, 6, 30), "H1 2024"),
        ("2024-02", dt.date(2024, 2, 29), "February 2024"),
        ("2026-07-29", dt.date(2026, 7, 29), "29 July 2026"),
        ("undated", None, "undated"),
    ],
)
def test_periods_are_read_and_spelled(text, end, label):
    assert period_end(text) == end and period_label(text) == label


def source(catalogue, source_id):
    return catalogue.data.sources[source_id]


def test_each_cadence_sets_its_check_again_date():
    cat = load_catalogue()
    assert check_again_after(source(cat, "meta-q2-2026-results")) == dt.date(2026, 10, 29)  # quarterly: +3 months
    assert check_again_after(source(cat, "sysu-lineshine-top500")) > dt.date(2026, 12, 1)  # half-yearly, undated
    assert check_again_after(source(cat, "meta-llama4-model-card")) == dt.date(2027, 11, 23)  # reference: +1 year read
    assert check_again_after(source(cat, "wired-llama4-cluster")) is None  # final


def test_an_explicit_date_overrides_the_cadence(data_copy):
    edit_entry(data_copy / "sources.yaml", "meta-q2-2026-results", check_again_after="2027-03-01")
    cat = build_catalogue(load_dataset(data_copy), today=dt.date(2026, 12, 1))
    assert check_again_after(source(cat, "meta-q2-2026-results")) == dt.date(2027, 3, 1)
    assert "meta-q2-2026-results" not in {s.source.id for s in stale_sources(cat, cat.today)}


def test_a_source_past_its_date_is_reported_with_what_uses_it(data_copy):
    cat = build_catalogue(load_dataset(data_copy), today=dt.date(2026, 12, 1))
    stale = {s.source.id: s for s in stale_sources(cat, cat.today)}
    assert "q2_2026_revenue_busd" in stale["meta-q2-2026-10q"].figures
    report = stale_report(list(stale.values()))
    assert "data/sources.yaml, entry 'meta-q2-2026-results': past its check-again date 2026-10-29" in report
    early = build_catalogue(load_dataset(data_copy), today=dt.date(2026, 8, 1))
    assert "meta-q2-2026-results" not in {s.source.id for s in stale_sources(early, early.today)}


def test_a_cadence_is_required_and_checked(data_copy):
    edit_entry(data_copy / "sources.yaml", "meta-q2-2026-results", cadence="sometimes")
    with pytest.raises(Exception, match="entry 'meta-q2-2026-results', field 'cadence'"):
        load_dataset(data_copy)


def test_a_pages_newest_input_follows_derived_figures_down_to_data():
    cat = load_catalogue()
    assert newest_as_of(cat, {"capex_2026_guidance_vs_2024_x"}) == "2026-07-29"
    assert newest_as_of(cat, {"cluster_gpus"}) == "2024-06-17"
    assert newest_as_of(cat, set()) is None
