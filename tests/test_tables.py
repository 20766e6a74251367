"""The figure index (figures page): every figure once, alphabetically, one table per letter."""

from __future__ import annotations

import re

from macros.model import load_catalogue
from macros.tables import figures_listing, index_letter

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
    assert [labels[i].lower() for i in listed] == sorted(labels[i].lower() for i in listed)
    assert all(letter == index_letter(labels[figure_id]) for letter, figure_id in rows)
    assert len(letters) == len(set(letters)), "one table per letter"


def test_the_index_is_one_block_that_the_stylesheet_can_find():
    listing = figures_listing(load_catalogue())
    assert listing.startswith('<div class="figure-index" markdown>') and listing.endswith("</div>")


def test_a_label_starting_with_a_digit_is_listed_under_a_heading_with_text():
    # "## #" would be an empty heading: Markdown drops closing hashes.
    assert index_letter("6ND estimate") == "0–9"
    assert index_letter("meta revenue") == "M"
