"""Dependabot's configuration is valid, clean under zizmor, and proposes each round of updates as one
pull request per ecosystem (the Python packages, the workflows' actions); what it holds back is
still pinned here, and never the version in use."""

from __future__ import annotations

import re
import subprocess
import tomllib

import yaml
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from tests.conftest import ROOT
from tests.test_workflow import tool

CONFIG = ROOT / ".github/dependabot.yml"
REQUIREMENTS = ("requirements.txt", "requirements-cff.txt")


def config() -> dict:
    return yaml.safe_load(CONFIG.read_text())


def updates() -> dict[str, dict]:
    return {entry["package-ecosystem"]: entry for entry in config()["updates"]}


def pins() -> dict[str, set[str]]:
    """Every exact pin of the requirements files: package name (normalised) to its versions."""
    found: dict[str, set[str]] = {}
    for name in REQUIREMENTS:
        for line in (ROOT / name).read_text().splitlines():
            if match := re.fullmatch(r"([A-Za-z0-9._-]+)==(\S+)", line.strip()):
                found.setdefault(_normal(match[1]), set()).add(match[2])
    return found


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_configuration_matches_dependabots_schema():
    result = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.dependabot", str(CONFIG)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_configuration_is_clean_under_zizmor():
    result = subprocess.run([tool("zizmor"), "--offline", str(CONFIG)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_packages_and_actions_are_updated_weekly_from_the_root():
    assert set(updates()) == {"pip", "github-actions"}
    for ecosystem, entry in updates().items():
        assert entry["directory"] == "/" and entry["schedule"]["interval"] == "weekly", ecosystem
    assert (ROOT / "requirements.txt").is_file()


def test_each_ecosystem_groups_every_update_into_one_pull_request():
    for ecosystem, entry in updates().items():
        groups = entry.get("groups", {}).values()
        for kind in ("version-updates", "security-updates"):
            catch_all = [g for g in groups if g.get("applies-to", "version-updates") == kind and g["patterns"] == ["*"]]
            assert len(catch_all) == 1, f"{ecosystem}: no single group takes every {kind}"


def test_what_is_held_back_is_pinned_and_not_the_version_in_use():
    pinned = pins()
    for ignored in updates()["pip"].get("ignore", []):
        name = _normal(ignored["dependency-name"])
        assert name in pinned, f"{name} is held back but no longer pinned: drop it from dependabot.yml"
        for spec in ignored.get("versions", []):
            in_use = [v for v in pinned[name] if Version(v) in SpecifierSet(spec)]
            assert not in_use, f"{name} {spec} holds back the version in use, {in_use}: no fix would come"


def held_back_reasons() -> dict[str, str]:
    table = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["llama4"]["held-back"]
    return {_normal(name): reason for name, reason in table.items()}


def test_every_package_held_back_has_its_reason_in_pyproject_and_no_other_is_listed():
    reasons = held_back_reasons()
    ignored = {_normal(entry["dependency-name"]) for entry in updates()["pip"].get("ignore", [])}
    assert set(reasons) == ignored, (
        f"pyproject.toml [tool.llama4.held-back] lists {sorted(reasons)}, dependabot.yml ignores {sorted(ignored)}"
    )
    for name, reason in reasons.items():
        assert len(reason.split()) >= 6, f"{name}: the reason it is held back says too little: {reason!r}"
