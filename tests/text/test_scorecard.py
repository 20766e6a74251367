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
    card = rendered("compute").select_one("#forecast-llama4_cluster_100k_h100")
    hrefs = [a["href"] for a in card.select("a.fig")]
    assert hrefs == [
        "figures.md#fig-llama4_atscale_gpus",
        "figures.md#fig-llama4_behemoth_gpus",
        "figures.md#fig-cluster_gpus",
    ]


def test_an_unknown_verdict_badge_is_refused():
    import pytest

    with pytest.raises(ValueError, match="unknown verdict"):
        scorecard.forecast_badge("mostly true")
