"""Each chart's home: the first page in the nav whose source shows it, found in the docs as they are."""

from __future__ import annotations

import pytest

from macros.charts import CHARTS
from macros.published.chart_homes import ChartHome, ChartOnNoPage, chart_homes, nav_titles
from tests.conftest import ROOT


def docs_sources() -> dict[str, str]:
    docs = ROOT / "docs"
    return {
        p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8")
        for p in docs.rglob("*")
        if p.suffix in (".md", ".py")
    }


def test_every_chart_has_a_home_in_the_docs():
    homes = chart_homes(docs_sources(), {}, CHARTS)
    assert sorted(homes) == sorted(CHARTS)
    assert homes["cluster_power_breakdown"].page == "power.md"
    assert homes["sensitivity_pue"].page == "methodology.py"  # shown by the notebook's chart_figure


def test_the_first_page_in_the_nav_is_the_home_and_names_it():
    sources = {"a.md": '{{ chart("x") }}', "b.md": "{{ chart('x') }} {{ chart(\"y\") }}"}
    homes = chart_homes(sources, {"b.md": "Bee", "a.md": "Ay"}, ["x", "y"])
    assert homes == {"x": ChartHome("b.md", "Bee"), "y": ChartHome("b.md", "Bee")}


def test_a_chart_on_no_page_is_refused_by_name():
    with pytest.raises(ChartOnNoPage, match="lonely"):
        chart_homes({"a.md": '{{ chart("x") }}'}, {}, ["x", "lonely"])


def test_nav_titles_flatten_sections_in_order():
    nav = [{"Home": "index.md"}, {"Part": [{"One": "one.md"}, {"Two": "two.md"}]}, "loose.md"]
    assert list(nav_titles(nav).items()) == [("index.md", "Home"), ("one.md", "One"), ("two.md", "Two")]
