"""zensical.yml repeats mkdocs.yml's lists in full (Zensical 0.1 replaces an inherited list rather than
adding to it), so every Markdown extension and plugin of the MkDocs build is in the Zensical one, with
only the differences the Zensical glue needs."""

from __future__ import annotations

import yaml

from tests.conftest import ROOT

# Zensical's own additions and what it cannot run, each explained in zensical.yml.
ZENSICAL_ONLY_EXTENSIONS = ["macros.zensical_glue.after_page"]
NOT_RUN_BY_ZENSICAL = {"mkdocs-jupyter"}


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's `!ENV` tags read as plain values: only the lists matter here."""


_Loader.add_constructor("!ENV", lambda loader, node: None)


def config(name: str) -> dict:
    return yaml.load((ROOT / name).read_text(), Loader=_Loader)


def by_name(entries: list) -> dict[str, object]:
    """A list of `name` or `{name: options}` entries, as a dict from name to options."""
    found = {}
    for entry in entries:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        found[name] = options
    return found


def test_zensical_inherits_the_mkdocs_configuration():
    assert config("zensical.yml")["INHERIT"] == "mkdocs.yml"


def test_zensical_lists_every_markdown_extension_of_mkdocs_in_order_with_the_same_options():
    mkdocs, zensical = config("mkdocs.yml")["markdown_extensions"], config("zensical.yml")["markdown_extensions"]
    assert zensical == mkdocs + ZENSICAL_ONLY_EXTENSIONS, (
        "zensical.yml's markdown_extensions must be mkdocs.yml's, in order and with the same options, "
        f"then {ZENSICAL_ONLY_EXTENSIONS}"
    )


def test_zensical_lists_every_plugin_of_mkdocs_it_can_run_and_differs_only_in_the_macros_module():
    mkdocs, zensical = by_name(config("mkdocs.yml")["plugins"]), by_name(config("zensical.yml")["plugins"])
    assert set(zensical) == set(mkdocs) - NOT_RUN_BY_ZENSICAL, "zensical.yml's plugins drifted from mkdocs.yml's"
    for name, options in mkdocs.items():
        if name in zensical and name != "macros":
            assert zensical[name] == options, f"plugin {name}: options differ between mkdocs.yml and zensical.yml"
    macros_mkdocs = dict(mkdocs["macros"], module_name=None)
    macros_zensical = dict(zensical["macros"], module_name=None)
    assert macros_zensical == macros_mkdocs, "the macros plugin's options differ beyond its module"
    assert zensical["macros"]["module_name"] == "macros/zensical_glue/page_macros"
