"""How figures read: significant digits, units, ranges, signs, and refusal of non-numbers."""

import math

import pytest

from macros.formatting import figure_text, plain_number, scientific
from macros.model import load_catalogue


@pytest.mark.parametrize(
    "value, digits, expected",
    [
        (140.25, 3, "140"),
        (1402.5, 4, "1,403"),
        (29.581, 3, "29.6"),
        (91960.17, 2, "92,000"),
        (0.36741, 3, "0.367"),
        (29581, None, "29,581"),
        (1.59, None, "1.59"),
    ],
)
def test_plain_numbers_keep_significant_digits(value, digits, expected):
    assert plain_number(value, digits) == expected


def test_signed_numbers_use_a_real_minus_sign():
    assert plain_number(-0.2421, 2, signed=True) == "−0.24"
    assert plain_number(22.1, 2, signed=True) == "+22"


def test_large_numbers_use_powers_of_ten():
    assert scientific(3.7908e25, 3) == "3.79 × 10²⁵"
    assert scientific(9.99e25, 2) == "1.0 × 10²⁶" or scientific(9.99e25, 2) == "1 × 10²⁶"


def test_zero_and_the_tiniest_float_have_a_scientific_form():
    # Found by tests/model/test_properties.py: log10(0) raised, and 10**-324 underflowed to a division by 0.
    assert scientific(0.0) == "0"
    assert scientific(5e-324) == "4.9 × 10⁻³²⁴"


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_not_a_number_is_refused_not_printed(bad):
    with pytest.raises(ValueError):
        plain_number(bad)


def test_a_figure_with_a_range_shows_it():
    text = figure_text(load_catalogue()["cluster_facility_power_mw"])
    assert text.startswith("153 MW (range 151–")


def test_money_reads_as_dollars_with_a_scale_word():
    figure = load_catalogue()["q2_2024_revenue_musd"]
    assert figure_text(figure) == "$39,071 million"
    assert figure_text(figure, unit="billion_USD", digits=3) == "$39.1 billion"


def test_asking_for_the_range_of_a_point_value_is_an_error():
    with pytest.raises(ValueError, match="has no range"):
        figure_text(load_catalogue()["h100_tdp_w"], part="range")


@pytest.mark.parametrize(
    "options, message",
    [
        ({"digits": -5}, "digits=-5"),
        ({"digits": 0}, "digits=0"),
        ({"digits": True}, "digits=True"),
        ({"digits": 2.5}, "digits=2.5"),
        ({"style": "bold"}, "style='bold'"),
        ({"unit": "kWh"}, "unit='kWh'"),
        ({"unit": "(W"}, "unit='(W'"),
        ({"part": "middle"}, "unknown part 'middle'"),
    ],
)
def test_display_options_are_checked_not_ignored(options, message):
    # digits=-5 once showed 700 W as "0 W"; an unknown style was silently ignored.
    figure = load_catalogue()["h100_tdp_w"]
    with pytest.raises(ValueError) as caught:
        figure_text(figure, **options)
    assert message in str(caught.value)


def test_a_figure_can_be_shown_in_another_unit_of_its_dimension():
    assert figure_text(load_catalogue()["h100_tdp_w"], unit="kW", digits=2) == "0.70 kW"
