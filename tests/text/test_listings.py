"""The listings: the figure index (every figure once, alphabetically, one table per letter) and the
Sources page's entries (the original work, and the copy that was read)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from macros.model import load_catalogue
from macros.model.records import Source
from macros.text.listings import figures_listing, index_key, index_letter, source_entry

ROW_ANCHOR = re.compile(r'^\| <span id="fig-(\w+)"></span>')


def test_every_figure_has_one_row_under_its_letter_in_alphabetical_order():
    catalogue = load_catalogue()
    letter, rows, letters = None, [], []
    for line in figures_listing(catalogue).splitlines():
        if line.startswith("## "):
            letter = line[3:]
            letters.append(letter)
        elif match := ROW_ANCHOR.match(line):
            rows.append((letter, match.group(1)))
    labels = {figure.id: figure.label for figure in catalogue.figures.values()}
    listed = [figure_id for _, figure_id in rows]
    assert sorted(listed) == sorted(labels), "each figure exactly once"
    keys = [(index_letter(labels[i]), index_key(labels[i])) for i in listed]
    assert keys == sorted(keys)
    assert all(letter == index_letter(labels[figure_id]) for letter, figure_id in rows)
    assert len(letters) == len(set(letters)), "one table per letter"


def test_the_index_is_one_block_that_the_stylesheet_can_find():
    listing = figures_listing(load_catalogue())
    assert listing.startswith('<div class="figure-index" markdown>') and listing.endswith("</div>")


def test_a_label_starting_with_a_digit_is_listed_under_a_heading_with_text():
    # "## #" would be an empty heading: Markdown drops closing hashes.
    assert index_letter("6ND estimate") == "0–9"
    assert index_letter("metadata size") == "M"


def test_the_company_name_is_skipped_so_no_letter_holds_half_the_index():
    assert index_letter("Meta revenue, Q2 2024") == "R" and index_letter("Meta's 2025 capex") == "0–9"
    catalogue = load_catalogue()
    letters = [index_letter(f.label) for f in catalogue.figures.values()]
    assert max(letters.count(letter) for letter in set(letters)) < len(letters) / 5


def test_a_source_read_in_a_copy_links_the_original_and_the_copy_with_their_labels():
    source = Source(
        id="wired-x",
        title="Meta's cluster",
        publisher="WIRED",
        published="2024-10-30",
        url="https://www.wired.com/story/x",
        read_in={"url": "https://aitopics.org/doc/x", "host": "aitopics.org"},
        accessed="2026-11-23",
        tier="outlet",
        cadence="final",
    )
    entry = source_entry(source)
    page = BeautifulSoup(entry, "html.parser")
    original, copy = page.find_all("a")
    assert original["href"] == "https://www.wired.com/story/x" and original.get_text() == "Meta's cluster"
    assert copy["href"] == "https://aitopics.org/doc/x" and copy.get_text() == "aitopics.org"
    text = page.get_text()
    assert text.startswith("**WIRED**, Meta's cluster (the original report; published 2024-10-30).")
    assert "Text checked in a copy on aitopics.org, read 2026-11-23." in text
    assert "No stored text gives" not in text


def test_a_source_whose_original_address_is_unknown_links_only_the_copy_and_says_so():
    source = Source(
        id="x",
        title="A report",
        publisher="TechCrunch",
        published="2024-07-31",
        read_in={"url": "https://aphnetworks.com/x", "host": "APH Networks"},
        accessed="2026-11-23",
        tier="outlet",
        cadence="final",
    )
    page = BeautifulSoup(source_entry(source), "html.parser")
    assert [a["href"] for a in page.find_all("a")] == ["https://aphnetworks.com/x"]
    assert "No stored text gives the original's address." in page.get_text()


def test_a_source_read_in_a_copy_with_no_stored_address_links_the_original_and_names_the_copy():
    source = Source(
        id="x",
        title="The Llama 3 Herd of Models",
        publisher="Meta",
        published="2024-07-31",
        url="https://arxiv.org/abs/2407.21783",
        read_in={"host": "a text extraction in a public GitHub file"},
        accessed="2026-12-05",
        tier="primary",
        cadence="reference",
    )
    page = BeautifulSoup(source_entry(source), "html.parser")
    assert [a["href"] for a in page.find_all("a")] == ["https://arxiv.org/abs/2407.21783"]
    text = page.get_text()
    assert "Text checked in a copy in a text extraction in a public GitHub file, read 2026-12-05" in text
    assert "no stored index gives the copy's address" in text and "Read at its address" not in text


def test_a_source_with_no_stored_address_at_all_links_nothing_and_says_so():
    source = Source(
        id="x",
        title="A report",
        publisher="BTW Media",
        published="undated",
        read_in={"host": "the project's copy of the article"},
        accessed="2026-12-05",
        tier="copy",
        cadence="final",
    )
    page = BeautifulSoup(source_entry(source), "html.parser")
    assert page.find_all("a") == []
    text = page.get_text()
    assert "no stored index gives the copy's address. No stored text gives the original's address." in text


def test_a_source_read_at_its_address_links_it_once():
    source = load_catalogue().data.sources["eia-household-electricity"]
    page = BeautifulSoup(source_entry(source), "html.parser")
    assert [a["href"] for a in page.find_all("a")] == [str(source.url)]
    assert f"(primary text; published {source.published}). Read at its address on {source.accessed}." in page.get_text()
