"""The engine boundary: only macros/mkdocs_glue/ knows MkDocs, and nothing outside it imports it.

Moving to another engine (ProperDocs, Zensical) then means rewriting that one folder.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GLUE = ROOT / "macros/mkdocs_glue"
ENGINE_MODULES = ("mkdocs", "material", "mkdocs_macros", "mkdocs_jupyter", "macros.mkdocs_glue")


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def engine_imports(path: Path) -> list[str]:
    return sorted(
        m for m in imported_modules(path) if m.split(".")[0] in ENGINE_MODULES[:4] or m.startswith("macros.mkdocs_glue")
    )


def test_nothing_outside_the_glue_folder_imports_the_engine_or_the_glue():
    outside = [p for p in (ROOT / "macros").rglob("*.py") if GLUE not in p.parents] + [ROOT / "docs/methodology.py"]
    offenders = {str(p.relative_to(ROOT)): found for p in outside if (found := engine_imports(p))}
    assert not offenders, f"engine imports outside macros/mkdocs_glue/: {offenders}"


def test_the_engine_configuration_points_into_the_glue_folder():
    config = (ROOT / "mkdocs.yml").read_text()
    assert "module_name: macros/mkdocs_glue/page_macros" in config and "- macros/mkdocs_glue/hooks.py" in config


def test_the_check_finds_an_engine_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from mkdocs.plugins import event_priority\nimport macros.mkdocs_glue.hooks\nimport json\n")
    assert engine_imports(sample) == ["macros.mkdocs_glue.hooks", "mkdocs.plugins", "mkdocs.plugins.event_priority"]
