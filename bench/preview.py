"""Save-to-visible times of the preview (`make serve`): `make bench-preview`, or `.venv/bin/python bench/preview.py`.

Starts `mkdocs serve` as `make serve` does, on a free loopback port, in a scratch copy of the
project, and times three kinds of edit from the moment the file is saved to the moment the served
HTML shows the change, polling the pages over HTTP:

- a data input: the host power per GPU in data/inputs/power.yaml; visible when every page with a
  link to that figure shows a new value, and the methodology notebook's page prints it;
- a docs page's prose: a sentence added to docs/power.md; visible on that page;
- a model formula: the all-in power per GPU in macros/model/power.py, multiplied by a factor;
  visible when every page with a link to that figure shows a new value, the notebook's included.

Each edit is made ``--rounds`` times (each from the original file, which is then restored, and the
restore waited for), with ``--pause`` seconds between saves, as someone editing would leave. It
prints each time and, per edit, the median and the worst, then the rebuild times the server logged.
It reports; it does not judge (the target is 3 s).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from serve_session import ServeSession, fig_texts

NOTEBOOK = "methodology/"
TARGET_S = 3.0


@dataclass
class Edit:
    name: str
    path: str
    old: str
    new: Callable[[int], str]  # the replacement in round i
    figure: str | None = None  # pages with links to it must all show a new value
    notebook_shows: Callable[[int, str], bool] | None = None  # (round, notebook page's HTML)
    page: str | None = None  # for a prose edit: the page, and the words it must show
    words: Callable[[int], str] | None = None


def host_power_w(round_: int) -> int:
    return 575 + 6 * (round_ + 1)


def all_in_power_in_notebook(html: str) -> str | None:
    found = re.search(r"All-in IT power per GPU \(servers, network, storage\)\s*=\s*([^\n<]+)", html)
    return found.group(1).strip() if found else None


EDITS = (
    Edit(
        "data input (data/inputs/power.yaml)",
        "data/inputs/power.yaml",
        "  value: 575\n",
        lambda i: f"  value: {host_power_w(i)}\n",
        figure="h100_host_power_per_gpu_w",
        # The notebook prints the record as loaded: "...power supplies): 581.0 W".
        notebook_shows=lambda i, html: re.search(rf"power supplies\): {host_power_w(i)}(\.0)? W", html) is not None,
    ),
    Edit(
        "docs prose (docs/power.md)",
        "docs/power.md",
        "# Power and energy\n",
        lambda i: f"# Power and energy\n\nA sentence saved for preview round {i + 1}.\n",
        page="power/",
        words=lambda i: f"A sentence saved for preview round {i + 1}.",
    ),
    Edit(
        "model formula (macros/model/power.py)",
        "macros/model/power.py",
        "formula=lambda server, share: server * (1 + share),",
        lambda i: f"formula=lambda server, share: server * (1 + share) * {1 + (i + 1) / 50},",
        figure="gpu_all_in_power_w",
    ),
)


def site_pages(session: ServeSession) -> list[str]:
    docs = session.project / "docs"
    pages = []
    for source in sorted(docs.rglob("*")):
        if source.suffix in (".md", ".py") and source.is_file():
            relative = source.relative_to(docs).with_suffix("").as_posix()
            pages.append("" if relative == "index" else relative.removesuffix("/index") + "/")
    return pages


def measure(session: ServeSession, edit: Edit, round_: int, pages: list[str]) -> float:
    if edit.figure:
        before = {page: fig_texts(session.get(page), edit.figure) for page in pages}
        showing = [page for page, texts in before.items() if texts]
        notebook_before = all_in_power_in_notebook(session.get(NOTEBOOK))

        def shows(page: str, html: str) -> bool:
            if page == NOTEBOOK and edit.notebook_shows:
                return edit.notebook_shows(round_, html)
            if page == NOTEBOOK:
                return all_in_power_in_notebook(html) not in (None, notebook_before)
            now = fig_texts(html, edit.figure)
            return len(now) == len(before[page]) and all(a != b for a, b in zip(now, before[page], strict=True))

        watched = [*showing, NOTEBOOK]
    else:
        watched = [edit.page]

        def shows(page: str, html: str) -> bool:
            return edit.words(round_) in html

    saved = session.edit(edit.path, edit.old, edit.new(round_))
    seconds = session.wait_for(watched, shows, since=saved)
    restored = session.restore(edit.path)
    if edit.figure:
        session.wait_for(showing, lambda page, html: fig_texts(html, edit.figure) == before[page], since=restored)
    else:
        session.wait_for(watched, lambda page, html: edit.words(round_) not in html, since=restored)
    return seconds


def rebuild_times(log: str) -> list[float]:
    return [float(s) for s in re.findall(r"Documentation built in ([\d.]+) seconds", log)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--pause", type=float, default=3.0, help="seconds between a page showing an edit and the next save"
    )
    args = parser.parse_args(argv)

    load_before = os.getloadavg()[0]
    with ServeSession() as session:
        pages = site_pages(session)
        time.sleep(args.pause)
        results: dict[str, list[float]] = {edit.name: [] for edit in EDITS}
        for round_ in range(args.rounds):
            for edit in EDITS:
                seconds = measure(session, edit, round_, pages)
                results[edit.name].append(seconds)
                print(f"round {round_ + 1}  {edit.name:40} {seconds:5.2f} s", flush=True)
                time.sleep(args.pause)
        log = session.log()

    print(f"\nSave to visible in the served HTML (target {TARGET_S:g} s), {args.rounds} rounds:")
    for name, times in results.items():
        verdict = "within" if max(times) <= TARGET_S else "OVER"
        print(f"  {name:40} median {statistics.median(times):5.2f} s   worst {max(times):5.2f} s   {verdict}")
    builds = rebuild_times(log)
    if builds:
        first, rebuilds = builds[0], builds[1:]
        median, worst = statistics.median(rebuilds), max(rebuilds)
        print(
            f"\nFirst build {first:.2f} s; rebuilds (the server's own count) median {median:.2f} s, worst {worst:.2f} s"
        )
    # Other work on the machine slows a rebuild: say how busy it was.
    load_after = os.getloadavg()[0]
    print(
        f"Load average (1 min): {load_before:.2f} at the start, {load_after:.2f} at the end, on {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
