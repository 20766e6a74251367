"""This site's pages as a stock project: the fair baseline for the cold build time (issue 19).

bench/stock/ is four short pages; comparing with it compares different work. The project made here
holds the same work the stock way: the site's pages as its macros render them (captured from a build
of a scratch copy, Markdown after macros and before conversion), its stylesheet and its notebook, in a
MkDocs + Material + mkdocs-jupyter project with this site's navigation, theme settings and Markdown
extensions, and no macros plugin, hooks, overrides or finishing step: mkdocs-jupyter executes the
notebook itself. What our build spends beyond that is the price of its macros, hooks and finishing.

`python bench/same_pages.py DIR` writes the project to DIR, to look at or build by hand.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from serve_session import ROOT, copy_project

BUILD_ENV_KEYS = {"NO_MKDOCS_2_WARNING": "1"}

# Appended to the scratch copy's hooks: runs after every plugin's on_page_markdown (macros among
# them), so it sees each page as the macros left it.
CAPTURE_HOOK = """\
from pathlib import Path

from mkdocs.plugins import event_priority

OUT = Path({out!r})


@event_priority(-100)
def on_page_markdown(markdown, page, config, files):
    target = OUT / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(markdown, encoding="utf-8")
    return markdown
"""

# What stays of mkdocs.yml: what a stock project of the same pages would also have.
KEPT_SETTINGS = ("site_name", "site_description", "site_url", "nav", "markdown_extensions", "extra_css")


def _loader() -> type[yaml.SafeLoader]:
    # mkdocs.yml uses MkDocs' !ENV tag; its default (the first listed value) is what a bench needs.
    class Loader(yaml.SafeLoader):
        pass

    def env_default(loader, node):
        values = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [None]
        return values[-1]

    Loader.add_constructor("!ENV", env_default)
    return Loader


def stock_config(ours: dict) -> dict:
    theme = {key: value for key, value in ours["theme"].items() if key != "custom_dir"}
    config = {key: ours[key] for key in KEPT_SETTINGS if key in ours}
    config["theme"] = theme
    config["plugins"] = [
        "search",
        {"mkdocs-jupyter": {"include": ["methodology.py"], "ignore": ["*.md"], "execute": True}},
    ]
    return config


def make_same_pages_project(target: Path) -> Path:
    """Write the stock project of this site's pages to ``target`` (which must not exist yet)."""
    ours = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_loader())
    with tempfile.TemporaryDirectory(prefix="same-pages-") as scratch:
        project = copy_project(Path(scratch) / "project")
        captured = target / "docs"
        hook = project / "capture_markdown.py"
        hook.write_text(CAPTURE_HOOK.format(out=str(captured)), encoding="utf-8")
        config_text = (project / "mkdocs.yml").read_text(encoding="utf-8")
        if not config_text.rstrip().endswith("- macros/mkdocs_glue/hooks.py"):
            raise RuntimeError("mkdocs.yml no longer ends with its hooks list: bench/same_pages.py appends to it")
        (project / "mkdocs.yml").write_text(config_text + "  - capture_markdown.py\n", encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(Path(scratch) / "site")],
            cwd=project,
            env={**os.environ, **BUILD_ENV_KEYS},
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            raise RuntimeError(f"capturing the pages failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    # The notebook imports the number model, which reads data/: both travel with the project.
    for name in ("macros", "data"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs" / "stylesheets", captured / "stylesheets", dirs_exist_ok=True)
    shutil.copy(ROOT / "docs" / "methodology.py", captured / "methodology.py")
    (target / "mkdocs.yml").write_text(
        "# Made by bench/same_pages.py: this site's pages after their macros, built the stock way.\n"
        + yaml.safe_dump(stock_config(ours), sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return target


if __name__ == "__main__":
    made = make_same_pages_project(Path(sys.argv[1]))
    print(f"wrote {len(list((made / 'docs').glob('*.md')))} pages and the notebook to {made}")
