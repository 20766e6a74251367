"""MkDocs hooks for what readers cite and reuse: the numbers file, page citations, the changelog feed.

- on_config: a fresh record of what pages show.
- on_files: the files known before any page renders: the Atom feed of releases, the numbers
  file's schema, and placeholders for numbers.json and numbers.csv, so links to them are checked.
- on_page_content: every figure link a page shows, with the text it shows.
- on_page_context: the page's "Cite this page" citation, dated by the release history.
- on_post_build: numbers.json and numbers.csv, now that every page has said what it shows; and a
  warning (an error for a release build) if figures moved since the last recorded release.

A few lines around pure functions in macros.numbers_file, macros.citing, macros.changes_text and
macros.changelog; listed in mkdocs.yml after hooks.py, whose on_files checks data/ first.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from mkdocs.structure.files import File

from macros.mkdocs_glue import page_state
from macros.mkdocs_glue.notices import notice

NUMBERS_JSON, NUMBERS_CSV = "numbers.json", "numbers.csv"
# Our own markup (macros.citations.figure_link as Markdown renders it); its tags inside (a glossary
# term's <abbr>, the parts of a figure with its range) are not part of the text a reader sees.
FIGURE_LINK = re.compile(r'<a class="fig(?: fig-ranged)?" href="[^"]*#fig-([a-z0-9_]+)"[^>]*>(.*?)</a>', re.S)
TAG = re.compile(r"<[^>]*>")


def on_config(config):
    page_state.reset()
    return config


def on_files(files, config):
    from macros.changes_text import FEED_PATH, atom_feed
    from macros.model import load_catalogue
    from macros.numbers_file import SCHEMA_PATH, schema_json

    catalogue = load_catalogue()
    generated = {
        FEED_PATH: atom_feed(_history(catalogue), catalogue, config.site_url or ""),
        SCHEMA_PATH: schema_json(),
        # Written again, whole, after the last page (on_post_build): only then is it known which
        # pages show each figure. Registered now so that links to them are checked.
        NUMBERS_JSON: "{}",
        NUMBERS_CSV: "",
    }
    for path, content in generated.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_content(html_text, page, config, files):
    shown_here = page.url or "/"
    for figure_id, text in FIGURE_LINK.findall(html_text):
        page_state.SHOWN.setdefault(figure_id, {}).setdefault(shown_here, set()).add(html.unescape(TAG.sub("", text)))
    return html_text


def on_page_context(context, page, config, nav):
    from macros.changelog import last_changed
    from macros.citing import page_citation
    from macros.model import load_catalogue

    catalogue = load_catalogue()
    history = _history(catalogue)
    shown = page_state.PAGE_FIGURES.get(page.file.src_uri) or set(catalogue.figures)
    changed = last_changed(history, shown) or (history[0].date if history else catalogue.today)
    page.meta["citation"] = page_citation(page.title or config.site_name, page.canonical_url or "", changed, page.url)
    return context


def on_post_build(config):
    from macros.changelog import load_releases, unrecorded
    from macros.model import load_catalogue
    from macros.numbers_file import numbers_csv, numbers_json, records

    catalogue = load_catalogue()
    numbers = records(catalogue, config.site_url or "", page_state.SHOWN, catalogue.today.isoformat())
    site = Path(config.site_dir)
    (site / NUMBERS_JSON).write_text(numbers_json(numbers), encoding="utf-8")
    (site / NUMBERS_CSV).write_text(numbers_csv(numbers), encoding="utf-8")

    releases = load_releases()
    moved = unrecorded(catalogue, releases[-1]) if releases else ["no release recorded yet"]
    if moved:
        since = releases[-1].date if releases else "-"
        notice(f"figures changed since the release of {since}; run `make release`", "\n".join(moved))


def _history(catalogue):
    from macros.changelog import history, load_releases

    return history(load_releases(), catalogue)
