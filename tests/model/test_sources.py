"""A source names the original work and, separately, the copy that was read; texts that are not
sources (AI-written summaries, machine translations, test fixtures, evaluation files) are refused
at load, each with what to cite instead."""

from __future__ import annotations

import pytest

from macros.model.loader import load_dataset
from macros.model.records import NOT_SOURCES
from tests.model.test_loader import edit_entry, load_error

SOURCE = "meta-llama3-paper"


@pytest.mark.parametrize("tier", sorted(NOT_SOURCES))
def test_a_text_that_is_not_a_source_is_refused_at_load_naming_the_field(data_copy, tier):
    edit_entry(data_copy / "sources.yaml", SOURCE, tier=tier)
    message = load_error(data_copy)
    assert f"data/sources.yaml, entry '{SOURCE}', field 'tier'" in message
    assert NOT_SOURCES[tier] in message


def test_an_unknown_tier_is_refused(data_copy):
    edit_entry(data_copy / "sources.yaml", SOURCE, tier="blog")
    assert f"entry '{SOURCE}', field 'tier'" in load_error(data_copy)


def test_a_source_read_nowhere_is_refused(data_copy):
    edit_entry(data_copy / "sources.yaml", SOURCE, url=None, read_in=None)
    message = load_error(data_copy)
    assert f"entry '{SOURCE}'" in message and "give the original's address, or the copy that was read" in message


def test_a_source_read_in_a_copy_needs_no_original_address(data_copy):
    copy = {"url": "https://example.org/copy", "host": "example.org"}
    edit_entry(data_copy / "sources.yaml", SOURCE, url=None, read_in=copy)
    source = load_dataset(data_copy).sources[SOURCE]
    assert source.url is None and str(source.read_at) == "https://example.org/copy"


def test_a_copy_with_no_stored_address_is_kept_beside_the_originals_address(data_copy):
    copy = {"host": "a public GitHub file"}
    edit_entry(data_copy / "sources.yaml", SOURCE, read_in=copy)
    source = load_dataset(data_copy).sources[SOURCE]
    assert source.read_in.url is None and source.read_at is None and source.url is not None


def test_a_source_with_no_stored_address_at_all_still_names_the_copy_that_was_read(data_copy):
    edit_entry(data_copy / "sources.yaml", SOURCE, url=None, read_in={"host": "the project's copy of the article"})
    source = load_dataset(data_copy).sources[SOURCE]
    assert source.url is None and source.read_at is None and source.read_in.host == "the project's copy of the article"


def test_a_copys_address_must_be_https(data_copy):
    edit_entry(data_copy / "sources.yaml", SOURCE, read_in={"url": "http://example.org/copy", "host": "example.org"})
    assert f"entry '{SOURCE}', field 'read_in.url'" in load_error(data_copy)


def test_kind_follows_from_the_tier():
    sources = load_dataset().sources
    assert all((s.kind == "primary") == (s.tier == "primary") for s in sources.values())
