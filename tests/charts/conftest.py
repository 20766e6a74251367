"""Fixtures for the chart tests: every chart built once, and catalogues built from an edited copy of data/."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.charts import CHARTS, Chart, build_chart
from macros.model import Catalogue, build_catalogue, load_catalogue
from macros.model.loader import load_dataset
from tests.model.test_loader import edit_entry


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="session")
def charts(catalogue) -> dict[str, Chart]:
    return {chart_id: build_chart(chart_id, catalogue) for chart_id in CHARTS}


@pytest.fixture
def catalogue_with(data_copy: Path):
    """A catalogue from a copy of data/ with one entry changed: ``catalogue_with("inputs/power.yaml", id, value=1)``."""

    def edited(file: str, entry_id: str, **changes) -> Catalogue:
        edit_entry(data_copy / file, entry_id, **changes)
        return build_catalogue(load_dataset(data_copy))

    return edited
