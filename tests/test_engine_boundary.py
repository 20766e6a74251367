"""The engine boundary: only the glue folders know an engine, and nothing outside them imports them.

macros/mkdocs_glue/ is everything MkDocs (with Material, mkdocs-macros and mkdocs-jupyter) dictates;
macros/zensical_glue/ is what Zensical needs. Neither imports the other, so either can be rewritten
or dropped alone. Both engines build the same pages (tests/site/test_engines.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GLUE = {"mkdocs": ROOT / "macros/mkdocs_glue", "zensical": ROOT / "macros/zensical_glue"}
# Top-level packages of each engine (ProperDocs is MkDocs continued: same glue).
ENGINES = {
    "mkdocs": ("mkdocs", "material", "mkdocs_macros", "mkdocs_jupyter", "properdocs"),
    "zensical": ("zensical",),
}
GLUE_MODULES = {"mkdocs": "macros.mkdocs_glue", "zensical": "macros.zensical_glue"}


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def imports_of(path: Path, engines: list[str]) -> list[str]:
    """What ``path`` imports of these engines or of their glue folders."""
    packages = {package for engine in engines for package in ENGINES[engine]}
    glue = tuple(GLUE_MODULES[engine] for engine in engines)
    return sorted(m for m in imported_modules(path) if m.split(".")[0] in packages or m.startswith(glue))


def engine_imports(path: Path) -> list[str]:
    return imports_of(path, list(ENGINES))


def in_glue(path: Path) -> bool:
    return any(folder in path.parents for folder in GLUE.values())


def test_nothing_outside_the_glue_folders_imports_an_engine_or_a_glue_folder():
    outside = [p for p in (ROOT / "macros").rglob("*.py") if not in_glue(p)] + [ROOT / "docs/methodology.py"]
    offenders = {str(p.relative_to(ROOT)): found for p in outside if (found := engine_imports(p))}
    assert not offenders, f"engine imports outside the glue folders: {offenders}"


def test_each_glue_folder_knows_its_own_engine_only():
    for engine, folder in GLUE.items():
        others = [other for other in ENGINES if other != engine]
        offenders = {str(p.relative_to(ROOT)): found for p in folder.rglob("*.py") if (found := imports_of(p, others))}
        assert not offenders, f"{folder.name} imports another engine or its glue: {offenders}"


def test_the_engine_configurations_point_into_their_glue_folders():
    mkdocs = (ROOT / "mkdocs.yml").read_text()
    assert "module_name: macros/mkdocs_glue/page_macros" in mkdocs and "- macros/mkdocs_glue/hooks.py" in mkdocs
    zensical = (ROOT / "zensical.yml").read_text()
    assert "INHERIT: mkdocs.yml" in zensical
    assert "module_name: macros/zensical_glue/page_macros" in zensical
    assert "- macros.zensical_glue.after_page" in zensical


def test_the_check_finds_an_engine_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from mkdocs.plugins import event_priority\nimport macros.mkdocs_glue.hooks\nimport json\n"
        "from zensical.extensions.context import ContextPreprocessor\n"
    )
    assert engine_imports(sample) == [
        "macros.mkdocs_glue.hooks",
        "mkdocs.plugins",
        "mkdocs.plugins.event_priority",
        "zensical.extensions.context",
        "zensical.extensions.context.ContextPreprocessor",
    ]
    assert imports_of(sample, ["zensical"]) == [
        "zensical.extensions.context",
        "zensical.extensions.context.ContextPreprocessor",
    ]
