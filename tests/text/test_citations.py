"""A figure as a link in a page's Markdown: its text, its target, and where it may break."""

from macros.model import load_catalogue
from macros.text.citations import figure_link

CATALOGUE = load_catalogue()


def test_a_figure_without_a_range_is_one_unbreakable_link():
    figure_id = next(f for f, figure in CATALOGUE.figures.items() if not figure.estimate.has_range)
    link = figure_link(CATALOGUE, figure_id)
    assert link.endswith("{ .fig }") and "fig-part" not in link
    assert f"(figures.md#fig-{figure_id} " in link


def test_a_figure_with_its_range_may_break_only_before_the_range():
    figure_id = next(f for f, figure in CATALOGUE.figures.items() if figure.estimate.has_range)
    link = figure_link(CATALOGUE, figure_id)
    assert link.endswith("{ .fig .fig-ranged }")
    text = link[1 : link.index("](")]
    value, range_part = text.split('</span> <span class="fig-part">')
    assert value.startswith('<span class="fig-part">') and range_part.startswith("(range ")
    assert range_part.endswith(")</span>")


def test_a_bare_figure_with_a_range_is_one_unbreakable_link():
    figure_id = next(f for f, figure in CATALOGUE.figures.items() if figure.estimate.has_range)
    assert figure_link(CATALOGUE, figure_id, part="bare").endswith("{ .fig }")
