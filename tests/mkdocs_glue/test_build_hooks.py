"""A build's state lives in one object and ends one way, whatever ends it: garbage collection is
paused for a build and always back on after it (`mkdocs serve` lives on from build to build, and a
collector left off there would let cyclic garbage pile up), and each build starts a fresh record
of what its pages show."""

from __future__ import annotations

import gc
from types import SimpleNamespace

import pytest

from macros.mkdocs_glue import build, hooks
from macros.pages.shown import PageRef


@pytest.fixture
def config(tmp_path):
    # No mkdocs-jupyter: on_config starts no notebook.
    yield SimpleNamespace(plugins={}, site_url="", site_dir=str(tmp_path))
    build.end(prepare_next=False)
    gc.enable()


@pytest.mark.parametrize(
    "end",
    [
        pytest.param(lambda config: hooks.on_post_build(config), id="the build succeeds"),
        pytest.param(lambda config: hooks.on_build_error(RuntimeError("broken")), id="the build fails"),
        # mkdocs-macros' exit() goes past on_build_error; the preview's clean-up (on_serve) is build.end.
        pytest.param(lambda config: build.end(), id="a macro ends it with exit()"),
    ],
)
def test_garbage_collection_is_paused_for_a_build_and_back_on_after_it(config, end):
    hooks.on_config(config)
    assert not gc.isenabled()
    end(config)
    assert gc.isenabled()
    with pytest.raises(RuntimeError, match="no build is under way"):
        build.current()


def test_a_build_ended_twice_ends_once(config):
    hooks.on_config(config)
    hooks.on_build_error(RuntimeError("broken"))
    build.end()  # the preview's clean-up after on_build_error
    assert gc.isenabled()


def test_each_build_starts_a_fresh_record_of_what_its_pages_show(config):
    hooks.on_config(config)
    build.current().shown.page(PageRef("power.md", "power/")).figures["cluster_gpus"] = {"100,000"}
    hooks.on_config(config)  # the next build (a rebuild under `mkdocs serve`)
    assert build.current().shown.by_figure() == {}


def test_a_successful_build_writes_the_numbers_file_from_the_record(config, tmp_path):
    hooks.on_config(config)
    build.current().shown.page(PageRef("power.md", "power/")).figures["cluster_gpus"] = {"100,000 GPUs"}
    hooks.on_post_build(config)
    numbers = (tmp_path / "numbers.json").read_text(encoding="utf-8")
    assert '"power/"' in numbers and '"100,000 GPUs"' in numbers
