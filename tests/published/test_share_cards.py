"""Each page's share card: 1200 x 630, its headline figure as pages write it now, refused if unknown."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from PIL import Image

from macros.formatting import figure_text
from macros.mkdocs_glue.share_cards import plan_card
from macros.model import build_catalogue, load_catalogue
from macros.model.loader import load_dataset
from macros.published.drawing import IN_PROCESS_ENV, Drawer, drawing_of
from macros.published.share_cards import UnknownShareFigure, share_card
from tests.model.test_loader import edit_entry


def card_text(png: bytes) -> dict:
    picture = Image.open(io.BytesIO(png))
    assert picture.size == (1200, 630) and picture.format == "PNG"
    return dict(picture.text)


def test_a_card_shows_the_figure_as_pages_write_it():
    catalogue = load_catalogue()
    card = share_card(catalogue, "cluster_facility_power_mw", "Power and energy", "power.md")
    text = card_text(card.png)
    figure = figure_text(catalogue["cluster_facility_power_mw"], part="bare")
    assert text["Description"].startswith(f"{figure}: Facility power")
    assert text["Title"] == "Power and energy. Llama 4, by the numbers"
    assert figure in card.alt and "Source" in card.alt


def test_the_card_moves_when_its_figure_moves(data_copy):
    before = share_card(build_catalogue(load_dataset(data_copy)), "cluster_facility_power_mw", "Power", "power.md")
    edit_entry(data_copy / "inputs/power.yaml", "h100_tdp_w", value=750)
    after = share_card(build_catalogue(load_dataset(data_copy)), "cluster_facility_power_mw", "Power", "power.md")
    assert before.text.figure != after.text.figure and before.png != after.png
    assert card_text(after.png)["Description"].startswith(after.text.figure)


def test_a_card_is_drawn_the_same_twice():
    catalogue = load_catalogue()
    assert share_card(catalogue, "capex_2025_actual_busd", "Money", "money.md").png == (
        share_card(catalogue, "capex_2025_actual_busd", "Money", "money.md").png
    )


def test_an_unknown_headline_figure_names_the_page_and_the_field():
    with pytest.raises(UnknownShareFigure, match=r"docs/money.md, front matter 'share': unknown figure 'capex_2025'"):
        share_card(load_catalogue(), "capex_2025", "Money", "money.md")


def page(src_uri: str, **meta):
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri), title="Money", meta=dict(meta))


def config():
    return SimpleNamespace(
        extra={"share": "cluster_facility_power_mw"}, site_url="https://example.org/site/", site_name="x"
    )


def test_the_build_refuses_an_unknown_headline_figure():
    with pytest.raises(PluginError, match=r"docs/money.md, front matter 'share': unknown figure 'nope'"):
        plan_card(page("money.md", share="nope"), config(), SimpleNamespace(pngs={}, drawer=None))


def build_of_one_process(monkeypatch) -> SimpleNamespace:
    """What plan_card reads of the build: where the PNGs go, and what draws them (here, in this process)."""
    monkeypatch.setenv(IN_PROCESS_ENV, "1")
    return SimpleNamespace(pngs={}, drawer=Drawer(drawing_of(load_catalogue())))


def test_a_page_without_a_headline_figure_takes_the_sites_and_gets_an_absolute_address(monkeypatch):
    build, shown = build_of_one_process(monkeypatch), page("methodology.py")
    plan_card(shown, config(), build)
    assert list(build.pngs) == ["cards/methodology.png"]
    assert shown.meta["share_image"] == "https://example.org/site/cards/methodology.png"
    assert shown.meta["share_image_size"] == (1200, 630)
    [png] = build.drawer.results().values()
    assert Image.open(io.BytesIO(png)).size == (1200, 630)
    assert card_text(png)["Description"].startswith(
        figure_text(load_catalogue()["cluster_facility_power_mw"], part="bare")
    )


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", '"><img src=x onerror=alert(2)>'])
def test_a_hostile_title_is_only_drawn_as_text(hostile):
    card = share_card(load_catalogue(), "capex_2025_actual_busd", hostile, "money.md")
    assert card_text(card.png)["Title"].startswith(hostile) and hostile in card.alt
