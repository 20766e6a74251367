"""Bad data fails loudly, naming the file, the entry and the field a newcomer has to fix."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from macros.model.catalogue import build_catalogue
from macros.model.errors import DataError
from macros.model.loader import load_dataset


def edit_entry(path: Path, entry_id: str, **changes) -> None:
    entries = yaml.safe_load(path.read_text())
    for entry in entries:
        if entry.get("id") == entry_id:
            for key, value in changes.items():
                if value is None:
                    entry.pop(key, None)
                else:
                    entry[key] = value
            break
    else:
        raise AssertionError(f"no entry {entry_id} in {path}")
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False))


def load_error(data_dir: Path) -> str:
    with pytest.raises(DataError) as caught:
        build_catalogue(load_dataset(data_dir))
    return str(caught.value)


def test_the_real_data_loads_and_every_input_has_a_known_source():
    data = load_dataset()
    assert data.inputs and data.sources
    assert all(record.source in data.sources for record in data.inputs.values())


def test_missing_source_names_the_file_entry_and_field(data_copy):
    edit_entry(data_copy / "inputs/power.yaml", "h100_tdp_w", source=None)
    message = load_error(data_copy)
    assert "data/inputs/power.yaml" in message and "'h100_tdp_w'" in message and "'source'" in message


def test_unknown_source_id_names_the_file_entry_and_field(data_copy):
    edit_entry(data_copy / "inputs/power.yaml", "h100_tdp_w", source="no-such-source")
    message = load_error(data_copy)
    assert "data/inputs/power.yaml, entry 'h100_tdp_w', field 'source'" in message
    assert "unknown source 'no-such-source'" in message


def test_unparseable_unit_names_the_file_entry_and_field(data_copy):
    edit_entry(data_copy / "inputs/power.yaml", "h100_tdp_w", unit="wattz")
    message = load_error(data_copy)
    assert "data/inputs/power.yaml, entry 'h100_tdp_w', field 'unit'" in message
    assert "wattz" in message


def test_wrong_dimension_unit_names_the_input_file_entry_and_field(data_copy):
    # kWh parses, but an H100's rating must be a power, not an energy.
    edit_entry(data_copy / "inputs/power.yaml", "h100_tdp_w", unit="kWh")
    message = load_error(data_copy)
    assert "data/inputs/power.yaml, entry 'h100_tdp_w', field 'unit'" in message
    assert "wrong dimension" in message


def test_duplicate_id_names_both_files(data_copy):
    entries = yaml.safe_load((data_copy / "inputs/power.yaml").read_text())
    clash = next(e for e in entries if e["id"] == "h100_tdp_w")
    compute = yaml.safe_load((data_copy / "inputs/compute.yaml").read_text())
    (data_copy / "inputs/compute.yaml").write_text(yaml.safe_dump([*compute, clash], sort_keys=False))
    message = load_error(data_copy)
    assert "entry 'h100_tdp_w', field 'id'" in message
    assert "duplicate id" in message and "data/inputs/" in message


def test_negative_count_names_the_file_entry_and_field(data_copy):
    edit_entry(data_copy / "inputs/power.yaml", "cluster_gpus", value=-100000)
    message = load_error(data_copy)
    assert "data/inputs/power.yaml, entry 'cluster_gpus', field 'value'" in message
    assert "cannot be negative" in message


def test_yaml_syntax_error_names_the_file_and_line(data_copy):
    path = data_copy / "inputs/power.yaml"
    path.write_text(path.read_text() + "\n- id: broken\n  label: [unclosed\n")
    message = load_error(data_copy)
    assert message.startswith("data/inputs/power.yaml: YAML syntax error at line")


def test_csv_syntax_error_names_the_file_and_line(data_copy):
    path = data_copy / "inputs/capex_by_year.csv"
    path.write_text(path.read_text() + 'capex_ppe_2025_musd,"unclosed,1,million_USD\n')
    message = load_error(data_copy)
    assert "data/inputs/capex_by_year.csv" in message and "CSV syntax error" in message


def test_csv_row_with_missing_columns_names_the_entry(data_copy):
    path = data_copy / "inputs/capex_by_year.csv"
    path.write_text(path.read_text() + "capex_ppe_2025_musd,short row\n")
    message = load_error(data_copy)
    assert "data/inputs/capex_by_year.csv, entry 'capex_ppe_2025_musd'" in message


def test_assumption_without_a_range_names_the_field(data_copy):
    edit_entry(data_copy / "inputs/power.yaml", "dgx_h100_typical_kw", low=None, high=None)
    message = load_error(data_copy)
    assert "entry 'dgx_h100_typical_kw'" in message and "'basis'" in message


def test_range_that_excludes_its_value_is_rejected(data_copy):
    edit_entry(data_copy / "inputs/power.yaml", "dgx_h100_typical_kw", low=8, high=9)
    message = load_error(data_copy)
    assert "entry 'dgx_h100_typical_kw', field 'low/high'" in message


def test_claim_checked_against_an_unknown_figure_names_the_claim(data_copy):
    edit_entry(data_copy / "claims.yaml", "q2_revenue", figure="q2_revenue_typo")
    message = load_error(data_copy)
    assert "data/claims.yaml, entry 'q2_revenue', field 'figure'" in message


def test_claim_in_a_unit_its_figure_cannot_take_names_the_claim(data_copy):
    edit_entry(data_copy / "claims.yaml", "q2_revenue", unit="MW")
    message = load_error(data_copy)
    assert "data/claims.yaml, entry 'q2_revenue', field 'unit'" in message and "cannot be compared" in message


def test_source_without_an_address_names_the_field(data_copy):
    edit_entry(data_copy / "sources.yaml", "semianalysis-100k-h100", url=None)
    message = load_error(data_copy)
    assert "data/sources.yaml, entry 'semianalysis-100k-h100', field 'url'" in message


def test_several_problems_are_reported_together(data_copy):
    edit_entry(data_copy / "inputs/power.yaml", "h100_tdp_w", source="nope")
    edit_entry(data_copy / "inputs/compute.yaml", "llama3_405b_params", unit="bogus_unit")
    message = load_error(data_copy)
    assert "h100_tdp_w" in message and "llama3_405b_params" in message
