"""A data file edited by a stranger, carelessly or on purpose, fails to load with file, entry and field,
or loads as plain text: never a traceback, a silent misreading, a hang or a page grown out of bounds."""

from __future__ import annotations

import math
import time

import pytest

from macros.model.catalogue import build_catalogue
from macros.model.derivation import derive
from macros.model.errors import DataError
from macros.model.loader import MAX_FILE_BYTES, load_dataset
from tests.model.test_loader import edit_entry, load_error

POWER = "inputs/power.yaml"


def replace_text(path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def test_a_duplicate_key_is_refused_instead_of_the_last_value_winning(data_copy):
    replace_text(data_copy / POWER, "  value: 700\n", "  value: 700\n  value: 7000\n")
    message = load_error(data_copy)
    assert message.startswith("data/inputs/power.yaml: YAML syntax error at line")
    assert "the key 'value' appears twice" in message


def test_yaml_aliases_are_refused_so_a_few_lines_cannot_expand_a_page(data_copy):
    bomb = (
        "\n- id: bomb\n  label: &a Lots of text\n  value: 1\n  unit: W\n  source: semianalysis-100k-h100\n"
        "  quote: *a\n  as_of: 2024\n"
    )
    (data_copy / POWER).write_text((data_copy / POWER).read_text() + bomb)
    assert "anchors and aliases (*name) are not allowed" in load_error(data_copy)


@pytest.mark.parametrize(
    "field, value",
    [
        ("label", "!!binary PGltZyBzcmM9eCBvbmVycm9yPWFsZXJ0KDEpPg=="),
        ("quote", "12345"),
        ("label", "[a, list]"),
        ("quote", "{a: mapping}"),
    ],
)
def test_text_fields_must_be_text_not_bytes_numbers_or_structures(data_copy, field, value):
    replace_text(
        data_copy / POWER,
        "  label: H100 SXM thermal design power\n",
        "  label: H100 SXM thermal design power\n" if field != "label" else f"  label: {value}\n",
    )
    if field == "quote":
        replace_text(data_copy / POWER, '  quote: "H100-80GB (TDP of 700W)"\n', f"  quote: {value}\n")
    message = load_error(data_copy)
    assert f"data/inputs/power.yaml, entry 'h100_tdp_w', field '{field}'" in message


@pytest.mark.parametrize(
    "value, why",
    [
        ("true", "must be a number"),
        ("'700'", "must be a number"),
        (".nan", "finite"),
        (".inf", "finite"),
        ("1e308", "beyond the largest number"),
        ("[700]", "must be a number"),
    ],
)
def test_a_value_must_be_a_sane_number(data_copy, value, why):
    replace_text(data_copy / POWER, "  value: 700\n", f"  value: {value}\n")
    message = load_error(data_copy)
    assert "data/inputs/power.yaml, entry 'h100_tdp_w', field 'value'" in message and why in message


def test_a_share_beyond_a_hundred_percent_is_refused_unless_marked_as_a_change(data_copy):
    edit_entry(data_copy / POWER, "non_server_it_share_pct", value=1000)
    message = load_error(data_copy)
    assert "entry 'non_server_it_share_pct', field 'value'" in message and "cannot exceed 100 percent" in message


def test_a_claims_precision_must_be_finite_and_positive(data_copy):
    replace_text(data_copy / "claims.yaml", "  precision: 10\n", "  precision: .inf\n")
    message = load_error(data_copy)
    assert "data/claims.yaml, entry 'cluster_power', field 'precision'" in message


@pytest.mark.parametrize(
    "url, why",
    [
        ("http://example.org/page", "https"),
        ("javascript:alert(1)", "url"),
        ("https://example.org/x)[Read more](javascript:alert(1)", "spaces"),
        ("https://example.org/x)[a](javascript:alert(1)", "may not contain"),
        ('https://exa"mple.org/', "quotes"),
        ("data:text/html,<script>alert(1)</script>", "url"),
    ],
)
def test_a_source_address_must_be_a_plain_https_address(data_copy, url, why):
    edit_entry(data_copy / "sources.yaml", "semianalysis-100k-h100", url=url)
    message = load_error(data_copy)
    assert "data/sources.yaml, entry 'semianalysis-100k-h100', field 'url'" in message
    assert why in message.lower()


@pytest.mark.parametrize("as_of", ["&a [1,2]", "tomorrow", "2024-13", "2024\n<script>", "{}"])
def test_as_of_has_one_of_a_few_shapes(data_copy, as_of):
    edit_entry(data_copy / POWER, "h100_tdp_w", as_of=as_of)
    message = load_error(data_copy)
    assert "data/inputs/power.yaml, entry 'h100_tdp_w', field 'as_of'" in message


@pytest.mark.parametrize("unit", ["W / 0", "(W", "W**99999", "__import__('os')", "", "W; rm -rf /"])
def test_a_unit_that_is_not_a_unit_names_the_field(data_copy, unit):
    edit_entry(data_copy / POWER, "h100_tdp_w", unit=unit)
    message = load_error(data_copy)
    assert "data/inputs/power.yaml, entry 'h100_tdp_w', field 'unit'" in message


@pytest.mark.parametrize("unit", ["\r", "W\nMW", "W\x00"])
def test_a_line_break_in_a_value_stays_on_the_line_of_the_problem_it_names(data_copy, unit):
    # Found by tests/model/test_properties.py: a carriage return quoted in the message split it in two.
    edit_entry(data_copy / POWER, "h100_tdp_w", unit=unit)
    message = load_error(data_copy)
    line = next(line for line in message.splitlines() if "field 'unit'" in line)
    assert line.startswith("data/inputs/power.yaml, entry 'h100_tdp_w', field 'unit': ")
    assert unit.encode("unicode_escape").decode() in line


def test_a_zero_that_a_formula_divides_by_names_the_input(data_copy):
    edit_entry(data_copy / POWER, "el_capitan_power_kw", value=0)
    message = load_error(data_copy)
    assert "data/inputs/power.yaml, entry 'el_capitan_power_kw', field 'value': is zero for figure" in message


def test_a_formula_that_overflows_names_its_largest_input(data_copy):
    # Inputs are capped (1e30), so no formula of the site overflows; one that did would still be named.
    edit_entry(data_copy / POWER, "cluster_gpus", value=1e29)
    runaway = derive(
        "runaway_w",
        "A runaway figure",
        unit="W",
        how="the GPU count to a high power",
        inputs={"cluster_gpus": "GPU", "h100_tdp_w": "W"},
        formula=lambda n, w: n**12 * w,
    )
    with pytest.raises(DataError) as caught:
        build_catalogue(load_dataset(data_copy), derivations=(runaway,))
    assert str(caught.value).startswith(
        "data/inputs/power.yaml, entry 'cluster_gpus', field 'value': is too large for figure 'runaway_w'"
    )


def test_bytes_that_are_not_utf8_name_the_file_and_line(data_copy):
    path = data_copy / POWER
    path.write_bytes(path.read_bytes().replace(b"H100 SXM", b"H100 \xff SXM", 1))
    message = load_error(data_copy)
    assert message.startswith("data/inputs/power.yaml: not UTF-8 text: byte 0xff at line")


def test_a_csv_with_a_byte_order_mark_loads_as_spreadsheets_write_it(data_copy):
    path = data_copy / "inputs/capex_by_year.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert "capex_ppe_2024_musd" in load_dataset(data_copy).inputs


def test_a_csv_value_that_is_not_a_number_names_the_entry_and_field(data_copy):
    path = data_copy / "inputs/capex_by_year.csv"
    path.write_text(path.read_text().replace(",37256,", ",37256x,", 1))
    message = load_error(data_copy)
    assert "data/inputs/capex_by_year.csv, entry 'capex_ppe_2024_musd', field 'value'" in message


def test_an_oversized_file_is_refused_before_it_is_parsed(data_copy):
    path = data_copy / "glossary.yaml"
    filler = "".join(f"- term: T{n}\n  meaning: {'word ' * 60}\n" for n in range(2000))
    path.write_text(path.read_text() + filler)
    assert path.stat().st_size > MAX_FILE_BYTES
    started = time.monotonic()
    message = load_error(data_copy)
    assert time.monotonic() - started < 5
    assert message.startswith("data/glossary.yaml: the file is")


@pytest.mark.parametrize("field, limit", [("label", 160), ("quote", 400), ("note", 600)])
def test_an_oversized_value_is_refused(data_copy, field, limit):
    edit_entry(data_copy / POWER, "h100_tdp_w", **{field: "x" * (limit + 1)})
    message = load_error(data_copy)
    assert f"entry 'h100_tdp_w', field '{field}'" in message and str(limit) in message


def test_a_control_character_in_text_is_refused(data_copy):
    edit_entry(data_copy / POWER, "h100_tdp_w", label="H100\u2028<script>")
    assert "control character (U+2028)" in load_error(data_copy)


@pytest.mark.parametrize("term", ["*[x]", "MW]: y", "<b>", "a" * 41])
def test_a_glossary_term_is_a_short_plain_word(data_copy, term):
    path = data_copy / "glossary.yaml"
    path.write_text(path.read_text() + f"- term: {term!r}\n  meaning: A meaning long enough.\n")
    assert "data/glossary.yaml, entry '#" in load_error(data_copy)


def test_markup_in_text_loads_as_the_text_it_is(data_copy):
    # Loading is not where markup is dealt with: it is text, escaped where it lands (tests/test_escape.py).
    edit_entry(data_copy / POWER, "h100_tdp_w", label="<img src=x onerror=alert(1)>")
    assert build_catalogue(load_dataset(data_copy))["h100_tdp_w"].label == "<img src=x onerror=alert(1)>"


def test_the_largest_allowed_numbers_still_load_and_stay_finite(data_copy):
    edit_entry(data_copy / POWER, "h100_tdp_w", value=1e29)
    catalogue = build_catalogue(load_dataset(data_copy))
    assert all(math.isfinite(f.value) for f in catalogue.figures.values())


def test_errors_name_file_entry_and_field_as_data_errors(data_copy):
    edit_entry(data_copy / POWER, "h100_tdp_w", value=True)
    with pytest.raises(DataError) as caught:
        load_dataset(data_copy)
    assert caught.value.file == "data/inputs/power.yaml"
