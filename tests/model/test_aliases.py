"""A published figure id keeps its meaning: renamed, it stays as an alias that still resolves."""

from __future__ import annotations

from macros.model.catalogue import Catalogue, build_catalogue
from macros.model.loader import load_dataset
from macros.published.numbers_file import records
from macros.text.listings import figures_listing
from tests.model.test_loader import edit_entry, load_error


def renamed(data_copy) -> Catalogue:
    """h100_tdp_w renamed to h100_rated_power_w, with the formulas and claims that use it left alone."""
    edit_entry(data_copy / "inputs/power.yaml", "h100_tdp_w", id="h100_rated_power_w")
    (data_copy / "aliases.yaml").write_text("- id: h100_tdp_w\n  now: h100_rated_power_w\n  renamed: 2027-01-15\n")
    return build_catalogue(load_dataset(data_copy))


def test_the_old_id_resolves_to_the_renamed_figure(data_copy):
    catalogue = renamed(data_copy)
    assert catalogue["h100_tdp_w"] is catalogue["h100_rated_power_w"]
    assert catalogue["gpu_server_power_w"].value > 0  # formulas that name the old id still work


def test_the_old_permalink_lands_on_the_new_row(data_copy):
    listing = figures_listing(renamed(data_copy))
    row = next(line for line in listing.splitlines() if 'id="fig-h100_rated_power_w"' in line)
    assert '<span id="fig-h100_tdp_w"></span>' in row


def test_the_numbers_file_lists_the_alias(data_copy):
    numbers = records(renamed(data_copy), "https://example.org/", {}, "2027-01-15")
    assert numbers["aliases"] == {"h100_tdp_w": "h100_rated_power_w"}


def test_an_alias_cannot_reuse_a_live_id_or_point_nowhere(data_copy):
    (data_copy / "aliases.yaml").write_text("- id: cluster_gpus_old\n  now: no_such_figure\n  renamed: 2027-01-15\n")
    assert "data/aliases.yaml, entry 'cluster_gpus_old', field 'now'" in load_error(data_copy)
