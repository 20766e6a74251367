"""`make engine-check` (scripts/engine_check.py) reads the index's answers and applies ENGINE.md's
criteria as ENGINE.md writes them; what it runs is the engine tests, which run here anyway."""

from __future__ import annotations

import importlib.util
import sys

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("engine_check", ROOT / "scripts/engine_check.py")
engine_check = importlib.util.module_from_spec(_spec)
sys.modules["engine_check"] = engine_check  # its dataclasses look their module up there
_spec.loader.exec_module(engine_check)
Offered = engine_check.Offered


def offered(ui_newest: str | None) -> dict:
    return {
        "zensical": Offered("zensical", "0.0.73", "0.1.4"),
        "zensical-ui": Offered("zensical-ui", None, ui_newest),
    }


def test_the_newest_version_is_read_from_pips_index_answer():
    answer = "zensical (0.1.4)\nAvailable versions: 0.1.4, 0.1.3, 0.0.73\n"
    assert engine_check.newest_from_pip_index(answer) == "0.1.4"
    assert engine_check.newest_from_pip_index("ERROR: No matching distribution found") is None


def test_pins_are_read_by_normalised_name_and_comments_are_ignored():
    pins = engine_check.pinned_versions("# a comment\nmkdocs_material==9.8.2\nZensical==0.0.73\nnot a pin\n")
    assert pins == {"mkdocs-material": "9.8.2", "zensical": "0.0.73"}


def test_the_engine_pins_it_reports_are_the_ones_requirements_txt_installs():
    pins = engine_check.pinned_versions((ROOT / "requirements.txt").read_text())
    assert {name: pins.get(name) for name in ("mkdocs", "zensical")} == {"mkdocs": "1.6.1", "zensical": "0.0.73"}


def test_without_zensical_ui_the_verdict_is_to_stay_pinned():
    (line,) = engine_check.verdict(offered(None), pinned_tests_pass=True, newest_tests_pass=None)
    assert "stay on MkDocs" in line and "0.0.73" in line and "ProperDocs" in line


def test_once_zensical_ui_installs_the_verdict_follows_the_newest_zensicals_tests():
    (untried,) = engine_check.verdict(offered("0.1.0"), True, None)
    (passing,) = engine_check.verdict(offered("0.1.0"), True, True)
    (failing,) = engine_check.verdict(offered("0.1.0"), True, False)
    assert "--try-newest" in untried
    assert "0.1.4 installs and passes" in passing and "move the pin" in passing
    assert "fails the engine tests" in failing and "stay pinned" in failing


def test_nothing_is_decided_while_the_pinned_engines_fail_their_tests():
    (line,) = engine_check.verdict(offered("0.1.0"), pinned_tests_pass=False, newest_tests_pass=True)
    assert "fix that first" in line


def test_the_weekly_index_check_fails_only_once_zensical_ui_installs():
    assert engine_check.index_only_status(offered(None)) == 0
    assert engine_check.index_only_status(offered("0.1.0")) == engine_check.ZENSICAL_UI_INSTALLS != 0
