"""The layers of macros/ point one way, with no import cycle of any kind, and each package's map is true.

    model  <-  charts  <-  text  <-  published  <-  pages  <-  finishing  <-  glue (mkdocs_glue, zensical_glue)

A module may import its own layer or one before it, never one after. The three primitives
(``escape``, ``addresses``, ``formatting``) sit between the model and the charts. Every import counts,
wherever it is written: at the top, inside a function (a "lazy" import) or under TYPE_CHECKING.
Beside tests/test_engine_boundary.py, which keeps the engines inside the glue folders.
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "macros"
LAYERS = {
    "model": 0,
    "escape": 1,
    "addresses": 1,
    "formatting": 1,
    "charts": 2,
    "text": 3,
    "published": 4,
    "pages": 5,
    "finishing": 6,
    "mkdocs_glue": 7,
    "zensical_glue": 7,
}
PRIMITIVES = ("escape", "addresses", "formatting")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    path = ROOT / name.replace(".", "/")
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def project_imports(path: Path) -> set[str]:
    """Every module of macros/ that ``path`` imports, anywhere in the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if is_module(full) else node.module)
    return {name for name in found if name == "macros" or name.startswith("macros.")}


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def graph() -> dict[str, set[str]]:
    return {name: project_imports(path) - {name} for name, path in modules().items()}


def layer(name: str) -> int | None:
    parts = name.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 else None


def test_every_module_of_macros_belongs_to_a_layer():
    unplaced = [name for name in modules() if name != "macros" and layer(name) is None]
    assert not unplaced, f"modules in no layer (add a folder to LAYERS, or move them): {unplaced}"


def test_no_module_imports_a_later_layer():
    wrong = {
        name: sorted(other for other in imported if layer(other) is not None and layer(other) > layer(name))
        for name, imported in graph().items()
        if layer(name) is not None
    }
    wrong = {name: found for name, found in wrong.items() if found}
    assert not wrong, f"imports that point against the data flow: {wrong}"


def test_no_module_imports_the_package_map():
    # macros/__init__.py is a map; importing it from a module would tie every layer to one file.
    assert not [name for name, imported in graph().items() if "macros" in imported]


def test_the_primitives_import_nothing_of_the_project_but_the_model():
    for name in PRIMITIVES:
        imported = graph()[f"macros.{name}"]
        assert all(other.startswith("macros.model") for other in imported), f"macros.{name} imports {imported}"


def test_there_is_no_import_cycle_of_any_kind():
    try:
        graphlib.TopologicalSorter(graph()).prepare()
    except graphlib.CycleError as cycle:
        pytest.fail(f"an import cycle: {' -> '.join(cycle.args[1])}")


def test_the_cycle_check_finds_a_lazy_cycle(tmp_path, monkeypatch):
    # The check itself: two modules that import each other inside functions make a cycle.
    package = tmp_path / "macros" / "model"
    package.mkdir(parents=True)
    (tmp_path / "macros" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from macros.model import b\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from macros.model.a import f\n"
    )
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    monkeypatch.setattr(f"{__name__}.PACKAGE", tmp_path / "macros")
    with pytest.raises(graphlib.CycleError):
        graphlib.TopologicalSorter(graph()).prepare()


def test_formulas_are_declared_and_evaluated_in_the_model_only():
    # derive() declares a figure's formula, propagate() carries ranges through one: both are the model's.
    outside = {
        name: sorted(found)
        for name, path in modules().items()
        if layer(name) != 0
        and (found := {n for n in ("derive", "propagate", "span") if _imports_name(path, n, "macros.model")})
    }
    assert not outside, f"formulas evaluated outside macros/model: {outside}"


def _imports_name(path: Path, wanted: str, package: str) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(package):
            if any(alias.name == wanted for alias in node.names):
                return True
    return False


def test_at_most_three_modules_stay_at_the_top_level():
    top = sorted(path.stem for path in PACKAGE.glob("*.py") if path.stem != "__init__")
    assert top == sorted(PRIMITIVES)


# --- The maps: each package's docstring names every module in it ---------------------------------


def packages() -> list[Path]:
    return sorted(path.parent for path in PACKAGE.rglob("__init__.py"))


@pytest.mark.parametrize("package", packages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_each_package_map_names_every_module_in_it(package: Path):
    docstring = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8"))) or ""
    dotted = module_name(package / "__init__.py")
    members = [p.stem for p in package.glob("*.py") if p.stem != "__init__"]
    members += [p.name for p in package.iterdir() if (p / "__init__.py").is_file()]
    missing = [m for m in members if f"``{m}``" not in docstring and f"``{dotted}.{m}``" not in docstring]
    assert not missing, f"{package.relative_to(ROOT)}/__init__.py does not say what these hold: {missing}"


@pytest.mark.parametrize("package", packages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_each_package_map_names_only_modules_that_exist(package: Path):
    docstring = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8"))) or ""
    dotted = module_name(package / "__init__.py")
    # A map entry is a line that starts "- ``name``"; each must be a module of the package.
    named = [line.split("``")[1] for line in docstring.splitlines() if line.lstrip().startswith("- ``")]
    gone = [n for n in named if not is_module(n if n.startswith("macros") else f"{dotted}.{n}")]
    assert not gone, f"{package.relative_to(ROOT)}/__init__.py names modules that are not there: {gone}"
