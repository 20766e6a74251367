"""The scorecard's cards: words with their source, outcomes with theirs, the verdict, and the text as written."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup

from macros.model import load_catalogue
from macros.text import scorecard


def rendered(topic=None) -> BeautifulSoup:
    source = scorecard.forecast_cards(load_catalogue(), "figures.md", "sources.md", topic)
    return BeautifulSoup(markdown.markdown(source, extensions=["md_in_html", "attr_list"]), "html.parser")


def test_each_forecast_is_a_card_with_its_verdict():
    catalogue = load_catalogue()
    cards = rendered().select("div.forecast")
    assert [c["id"].removeprefix("forecast-") for c in cards] == list(catalogue.scores)
    for card, score in zip(cards, catalogue.scores.values(), strict=True):
        assert card.select_one(".verdict").get_text() == score.verdict


def test_statement_evidence_keeps_its_case():
    # A capitalised sentence once lowercased every quote after the first letter.
    text = rendered("open_weights").get_text()
    assert "Confirmed by “Since Meta is openly releasing" in text and "It's hosted, not open weights" in text


def test_figures_evidence_links_each_outcome_and_the_target():
    card = rendered("compute").select_one("#forecast-llama4_ten_times_compute")
    hrefs = [a["href"] for a in card.select("a.fig")]
    assert hrefs == ["figures.md#fig-llama4_released_vs_llama3_x", "figures.md#fig-llama4_behemoth_vs_llama3_x"]
    # Two outcomes: each named by its label, so the reader sees which earned which verdict.
    text = card.get_text()
    assert "Released Llama 4 compute against Llama 3.1 405B's: 0.17× (did not hold)" in text
    assert "Behemoth's estimated compute against Llama 3.1 405B's: 1.4× (range 1.4–1.8×) (did not hold)" in text


def test_a_target_that_is_a_figure_is_linked():
    card = rendered("compute").select_one("#forecast-llama4_cluster_100k_h100")
    hrefs = [a["href"] for a in card.select("a.fig")]
    assert hrefs == ["figures.md#fig-llama4_atscale_gpus", "figures.md#fig-cluster_gpus"]


def test_a_rescored_forecast_says_when_and_why_on_its_card():
    card = rendered("compute").select_one("#forecast-llama4_cluster_100k_h100")
    note = card.select_one("p.rescored").get_text()
    assert note.startswith("Re-scored on 4 December 2026: ") and "not one run" in note


def test_an_unknown_verdict_badge_is_refused():
    import pytest

    with pytest.raises(ValueError, match="unknown verdict"):
        scorecard.forecast_badge("mostly true")
