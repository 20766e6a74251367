"""Garbage collection is paused for a build and always back on after it: `mkdocs serve` lives on
from build to build, and a collector left off there would let cyclic garbage pile up."""

from __future__ import annotations

import gc
from types import SimpleNamespace

import pytest

from macros.mkdocs_glue import hooks


@pytest.fixture
def config():
    yield SimpleNamespace(plugins={})  # no mkdocs-jupyter: on_config starts no notebook
    hooks._stop_watchdog()
    gc.enable()


@pytest.mark.parametrize(
    "end",
    [
        pytest.param(lambda config: hooks.on_post_build(config), id="the build succeeds"),
        pytest.param(lambda config: hooks.on_build_error(RuntimeError("broken")), id="the build fails"),
        pytest.param(lambda config: hooks._after_failed_build(), id="a macro ends it with exit()"),
    ],
)
def test_garbage_collection_is_paused_for_a_build_and_back_on_after_it(config, end):
    hooks.on_config(config)
    assert not gc.isenabled()
    end(config)
    assert gc.isenabled()
