"""The hooks never let mkdocs-jupyter publish a notebook that was not executed in this build."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from macros.mkdocs_glue import build, hooks


@pytest.fixture(autouse=True)
def a_build():
    build.start({})
    yield
    build.end(prepare_next=False)


class JupyterPlugin:
    def __init__(self, includes: set[str]):
        self.includes = includes

    def should_include(self, file) -> bool:
        return file.src_uri in self.includes


def page(src_uri: str):
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri, abs_src_path=f"/docs/{src_uri}"))


def config_with(plugin):
    return SimpleNamespace(plugins={hooks.JUPYTER_PLUGIN: plugin})


def test_a_notebook_page_without_a_run_stops_the_build():
    # mkdocs.yml has execute: false, so a notebook the hooks did not start would show no outputs.
    config = config_with(JupyterPlugin({"notes/extra.py"}))
    with pytest.raises(PluginError, match=r"notes/extra\.py: mkdocs-jupyter renders it, but it was not executed"):
        hooks.on_pre_page(page("notes/extra.py"), config=config, files=None)


def test_an_ordinary_page_passes_untouched():
    config = config_with(JupyterPlugin(set()))
    ordinary = page("power.md")
    assert hooks.on_pre_page(ordinary, config=config, files=None) is ordinary
    assert ordinary.file.abs_src_path == "/docs/power.md"
