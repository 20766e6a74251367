"""A page's record of what it shows survives the trip through the engine's HTML as data, never as markup."""

from __future__ import annotations

import pytest

from macros.finishing.page_record import BadRecord, PageRecord, by_figure, keep, load_kept, record_comment, take_record

HOSTILE = '--> <script>alert(1)</script> <!-- "quoted" & done'


def page_with(record: PageRecord) -> str:
    return f"<html><body><p>text</p>\n{record_comment(record)}\n</body></html>"


def test_a_record_comes_back_as_it_went_and_leaves_the_page_as_it_was():
    record = PageRecord("power/", {"cluster_power_mw": {"575 W", HOSTILE}, "chart_only": set()}, False)
    html, found = take_record(page_with(record), "power/index.html")
    assert found == record
    assert html == "<html><body><p>text</p>\n</body></html>"


def test_no_text_from_data_can_end_the_comment_it_travels_in():
    comment = record_comment(PageRecord("x/", {"f": {HOSTILE}}, False))
    assert comment.count("-->") == 1 and comment.endswith("-->")
    assert "<script" not in comment


def test_a_page_without_a_record_is_left_alone():
    assert take_record("<p>no record</p>", "a.html") == ("<p>no record</p>", None)


def test_a_damaged_record_names_the_page():
    with pytest.raises(BadRecord, match=r"^power/index.html: the record of what the page shows cannot be read"):
        take_record("<!-- llama4-page-shows bm90IGpzb24= -->", "power/index.html")


def test_index_pages_are_left_out_of_the_pages_each_figure_is_on():
    records = [
        PageRecord("", {"a": {"1"}}, False),
        PageRecord("power/", {"a": {"2"}, "b": set()}, False),
        PageRecord("figures/", {"a": set(), "b": set()}, True),
    ]
    assert by_figure(records) == {"a": {"/": {"1"}, "power/": {"2"}}, "b": {"power/": set()}}


def test_records_kept_beside_the_site_come_back_and_a_damaged_file_says_what_to_do(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    records = {"power/index.html": PageRecord("power/", {"a": {"1", HOSTILE}}, False)}
    keep(site, records)
    assert not list(site.iterdir())  # kept beside the site, not published in it
    assert load_kept(site) == records
    (tmp_path / "site.records.json").write_text("[1, 2]")
    with pytest.raises(BadRecord, match="site.records.json: .*delete it and build again"):
        load_kept(site)
