"""The preview's parts, without a server: code reloading, the error page, live reload under the
Content-Security-Policy, the faster file watcher, and compiled templates kept between builds.
A served session is tested in tests/site/test_preview.py and tests/browser/test_live_reload.py."""

from __future__ import annotations

import ast
import html
import re
import sys
import types

import jinja2
import pytest
from mkdocs.livereload import LiveReloadServer

from macros.finishing.page_html import add_content_security_policy, inline_script_hashes
from macros.mkdocs_glue import preview
from tests.conftest import ROOT

PAGE = '<!doctype html><html><head><meta charset="utf-8"><script>var a = 1;</script></head><body><p>x</p></body></html>'


def policy_hashes(html: str) -> set[str]:
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    return set(re.findall(r"'sha256-[^']+'", policy))


def a_server(tmp_path) -> LiveReloadServer:
    return LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))


def test_the_live_reload_script_the_server_adds_is_allowed_by_the_page_policy(tmp_path):
    server = a_server(tmp_path)
    page = add_content_security_policy(PAGE).encode()
    served_before = server._inject_js_into_html(page, 1234).decode()
    assert not set(inline_script_hashes(served_before)) <= policy_hashes(served_before)  # blocked without the fix

    preview._allow_live_reload_script(server)
    served = server._inject_js_into_html(page, 1234).decode()
    assert "livereload(1234" in served
    assert set(inline_script_hashes(served)) <= policy_hashes(served)
    assert len(policy_hashes(served)) == 2  # the page's own script and the server's, nothing else


def test_a_page_without_a_policy_is_served_as_the_server_makes_it(tmp_path):
    server = a_server(tmp_path)
    preview._allow_live_reload_script(server)
    served = server._inject_js_into_html(PAGE.encode(), 7).decode()
    assert "Content-Security-Policy" not in served and "livereload(7" in served


def test_the_file_watcher_looks_more_often_at_the_same_paths(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    server = a_server(tmp_path)
    server.watch(str(tmp_path / "docs"))
    server.watch(str(tmp_path / "mkdocs.yml"))
    before = dict(server._watched_paths)
    preview._poll_more_often(server, 0.2)
    assert server.observer.timeout == 0.2
    assert server._watched_paths == before
    assert len(server.observer.emitters) == 2


def test_forgetting_the_project_modules_keeps_the_persistent_glue():
    names = ["macros", "macros.model", "macros.model.power", "macros.mkdocs_glue", "macros.mkdocs_glue.preview"]
    modules = {name: types.ModuleType(name) for name in [*names, "macrosx", "mkdocs"]}
    dropped = preview.forget_project_modules(("macros.mkdocs_glue", "macros.mkdocs_glue.preview"), modules=modules)
    assert sorted(dropped) == ["macros", "macros.model", "macros.model.power"]
    assert sorted(modules) == ["macros.mkdocs_glue", "macros.mkdocs_glue.preview", "macrosx", "mkdocs"]


def test_the_persistent_modules_are_the_ones_a_running_server_holds():
    # hooks.py holds the build's state (build), NotebookRun (notebook_run) and the Preview (preview),
    # and so do the modules it imports at its top; the rest must be reloadable.
    assert set(preview.PERSISTENT) == {
        "macros.mkdocs_glue",
        "macros.mkdocs_glue.build",
        "macros.mkdocs_glue.preview",
        "macros.mkdocs_glue.notebook_run",
    }
    for module in preview.PERSISTENT[1:]:
        assert f"{module.replace('.', '/')}.py" in preview.RESTART_NEEDED
    held = {"macros.mkdocs_glue.hooks"}
    for name in sorted(held):
        path = ROOT / (name.replace(".", "/") + ".py")
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("macros"):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    held.add(full if (ROOT / (full.replace(".", "/") + ".py")).exists() else node.module)
    assert held - {"macros.mkdocs_glue.hooks"} <= set(preview.PERSISTENT)


def test_the_code_fingerprint_moves_with_an_edit_and_ignores_bytecode(tmp_path):
    code = tmp_path / "macros"
    (code / "model").mkdir(parents=True)
    (code / "model" / "power.py").write_text("X = 1\n")
    before = preview.code_fingerprint(code)
    (code / "model" / "__pycache__").mkdir()
    (code / "model" / "__pycache__" / "power.cpython-311.py").write_text("")
    assert preview.code_fingerprint(code) == before
    (code / "model" / "power.py").write_text("X = 22\n")
    assert preview.code_fingerprint(code) != before
    assert list(before) == ["macros/model/power.py"]


def test_the_error_page_shows_the_messages_as_text():
    page = preview.error_page("data/inputs/power.yaml, entry 'x', field 'label': <script>alert(1)</script>")
    assert "<script>" not in page
    assert "entry &#x27;x&#x27;, field &#x27;label&#x27;: &lt;script&gt;" in page


def test_a_python_error_names_the_project_file_and_line(tmp_path):
    module = tmp_path / "macros" / "broken.py"
    module.parent.mkdir()
    module.write_text("def f():\n    return 1 / 0\n")
    namespace = {}
    exec(compile(module.read_text(), str(module), "exec"), namespace)
    with pytest.raises(ZeroDivisionError) as caught:
        namespace["f"]()
    text = preview.python_error(caught.value, tmp_path)
    assert text.startswith("ZeroDivisionError: division by zero\nin macros/broken.py, line 2, f")
    assert str(tmp_path) not in text


def test_compiled_templates_are_reused_by_the_next_environment(monkeypatch, tmp_path):
    (tmp_path / "page.html").write_text("<p>{{ x }}</p>")
    cache = preview.MemoryBytecodeCache()
    compiled = []
    compile_template = jinja2.Environment.compile
    monkeypatch.setattr(
        jinja2.Environment, "compile", lambda self, *a, **k: compiled.append(a) or compile_template(self, *a, **k)
    )

    def render(x):
        environment = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path), bytecode_cache=cache)
        return environment.get_template("page.html").render(x=x)

    assert render(1) == "<p>1</p>" and render(2) == "<p>2</p>"
    assert len(compiled) == 1
    (tmp_path / "page.html").write_text("<b>{{ x }}</b>")  # an edited template is compiled again
    assert render(3) == "<b>3</b>" and len(compiled) == 2


def test_the_problems_of_a_build_are_collected_from_the_engine_loggers_only():
    import logging

    with preview._Problems() as problems:
        logging.getLogger("mkdocs.plugins.macros").warning("power.md: unknown figure 'x'")
        logging.getLogger("properdocs.commands.build").error("data/inputs/power.yaml, entry 'a', field 'b'")
        logging.getLogger("mkdocs.livereload").warning('"GET /missing/ HTTP/1.1" code 404')
        logging.getLogger("mkdocs.commands.build").info("Documentation built")
        logging.getLogger("elsewhere").warning("not the build's")
    logging.getLogger("mkdocs").warning("after the build")
    assert problems.messages() == ["power.md: unknown figure 'x'", "data/inputs/power.yaml, entry 'a', field 'b'"]


@pytest.fixture
def isolated_process(monkeypatch):
    """Preview changes the process (import path, bytecode writing): undone after the test."""
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "dont_write_bytecode", sys.dont_write_bytecode)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "0")


@pytest.mark.parametrize(
    "failure, shown",
    [
        (SystemExit(2), "the macro's own message"),  # mkdocs-macros logs, then exit()s
        (ZeroDivisionError("division by zero"), "ZeroDivisionError: division by zero"),
    ],
)
def test_a_failed_rebuild_replaces_every_page_and_the_server_keeps_going(tmp_path, isolated_process, failure, shown):
    import logging

    site = tmp_path / "site"
    for page in ("index.html", "power/index.html", "404.html"):
        (site / page).parent.mkdir(parents=True, exist_ok=True)
        (site / page).write_text("<p>the page</p>")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    (tmp_path / "macros").mkdir()
    builds, cleanups = [], []

    def build():
        builds.append(1)
        if len(builds) == 1:
            logging.getLogger("mkdocs.plugins.macros").warning("the macro's own message")
            raise failure
        (site / "power/index.html").write_text("<p>fixed</p>")

    server = LiveReloadServer(builder=build, host="127.0.0.1", port=0, root=str(site))
    config = types.SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"))
    preview.Preview(server, config, cleanup=lambda: cleanups.append(1))

    server.builder()  # returns: the server goes on to tell browsers to reload
    for page in ("index.html", "power/index.html", "404.html"):
        text = html.unescape((site / page).read_text())
        assert shown in text and "build-error" in text
    assert cleanups == [1]
    server.builder()
    assert (site / "power/index.html").read_text() == "<p>fixed</p>"
