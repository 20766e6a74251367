"""Property-based: whatever a data file holds, the model loads it and every figure formats, or it fails
with a DataError that names file, entry and field. Never another exception, never a hang."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros.formatting import figure_text
from macros.model.catalogue import build_catalogue
from macros.model.errors import DataError
from macros.model.estimate import Estimate
from macros.model.figures import Figure
from macros.model.loader import DATA_DIR, load_dataset
from macros.model.units import Quantity

# The scratch copy is module-scoped on purpose: each example restores what it edits.
PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=5000, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
NAMED = re.compile(r"^data/[\w/.-]+(, entry '[^']*')?(, field '[^']*')?: .+", re.S)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**40), 10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.dates(min_value=dt.date(1900, 1, 1)),
    st.binary(max_size=10),
)
values = st.one_of(scalars, st.lists(scalars, max_size=3), st.dictionaries(st.text(max_size=5), scalars, max_size=2))
UNITS = st.sampled_from(["W", "MW", "kWh", "percent", "GPU", "billion_USD", "dimensionless", "W / 0", "(W", "", "x"])
FIELDS = [
    "id",
    "label",
    "value",
    "unit",
    "source",
    "quote",
    "as_of",
    "kind",
    "low",
    "high",
    "basis",
    "note",
    "signed",
    "style",
]


def a_valid_input() -> dict:
    return {
        "id": "fuzzed_input",
        "label": "A fuzzed input",
        "value": 1.0,
        "unit": "W",
        "source": "semianalysis-100k-h100",
        "quote": "a quote",
        "as_of": "2024",
    }


records = st.builds(
    lambda base, changes: {**base, **changes},
    st.just(a_valid_input()),
    st.dictionaries(st.sampled_from(FIELDS + ["extra"]), st.one_of(values, UNITS), max_size=4),
)


@pytest.fixture(scope="module")
def scratch_data(tmp_path_factory) -> Path:
    """A copy of data/, named data/ as the real one (messages say "data/inputs/power.yaml")."""
    return Path(shutil.copytree(DATA_DIR, tmp_path_factory.mktemp("project") / "data"))


@contextmanager
def edited(path: Path, text: str):
    """``path`` holding ``text`` for the duration, then its own text again (one copy serves every example)."""
    original = path.read_bytes()
    path.write_text(text, encoding="utf-8")
    try:
        yield
    finally:
        path.write_bytes(original)


def loads_or_names_the_problem(data_dir: Path) -> None:
    try:
        catalogue = build_catalogue(load_dataset(data_dir))
    except DataError as error:
        assert all(NAMED.match(line) for line in str(error).splitlines()), str(error)
        return
    for figure in catalogue.figures.values():
        figure_text(figure)


@PROPERTY_SETTINGS
@given(record=records)
def test_any_input_record_loads_or_is_named(scratch_data, record):
    path = scratch_data / "inputs/power.yaml"
    with edited(path, path.read_text() + yaml.dump([record], allow_unicode=True)):
        loads_or_names_the_problem(scratch_data)


@PROPERTY_SETTINGS
@given(
    value=st.one_of(st.floats(), st.integers(-(10**35), 10**35)),
    field=st.sampled_from(["value", "low", "high"]),
    entry=st.sampled_from(
        [
            "h100_tdp_w",
            "el_capitan_power_kw",
            "cluster_gpus",
            "non_server_it_share_pct",
            "dgx_h100_typical_kw",
            "us_household_kwh_per_year",
        ]
    ),
)
def test_any_number_in_a_used_input_loads_or_is_named(scratch_data, value, field, entry):
    path = scratch_data / "inputs/power.yaml"
    entries = yaml.safe_load(path.read_text())
    next(e for e in entries if e["id"] == entry)[field] = value
    with edited(path, yaml.safe_dump(entries, allow_unicode=True, sort_keys=False)):
        loads_or_names_the_problem(scratch_data)


@PROPERTY_SETTINGS
@given(text=st.text(max_size=300))
def test_any_text_as_a_data_file_loads_or_is_named(scratch_data, text):
    with edited(scratch_data / "statements.yaml", text):
        loads_or_names_the_problem(scratch_data)


@given(
    value=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e30, max_value=1e30),
    digits=st.one_of(st.none(), st.integers(-3, 20), st.booleans(), st.floats(0, 5)),
    style=st.one_of(
        st.none(),
        st.sampled_from(["number", "count", "usd", "percent", "signed_percent", "multiple", "sci", "bold", ""]),
    ),
    part=st.sampled_from(["value", "bare", "low", "high", "range", "x"]),
    unit=st.sampled_from(["W", "MW", "billion_USD", "percent"]),
)
def test_any_figure_formats_or_names_the_option(value, digits, style, part, unit):
    quantity = Quantity(value, unit)
    figure = Figure(
        "fuzzed", "Fuzzed", unit, "number", 3, "how", Estimate(quantity, quantity * 0.5, quantity), (), (), "derived"
    )
    try:
        text = figure_text(figure, part=part, digits=digits, style=style)
    except ValueError as error:
        assert re.match(r"(digits|style|unit)=|unknown part|figure 'fuzzed' has no range", str(error)), str(error)
        return
    assert isinstance(text, str) and text
