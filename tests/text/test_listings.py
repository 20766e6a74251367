"""The figure index (figures page): every figure once, alphabetically, one table per letter."""

from __future__ import annotations

import re

from macros.model import load_catalogue
from macros.text.listings import figures_listing, index_key, index_letter

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
