"""What a page shows, carried inside the page's own HTML, for an engine whose pages render where
the finishing step cannot reach the build's record (Zensical renders them in its own workers).

The engine's glue ends each page with :func:`record_comment`, an HTML comment holding the page's
part of the record as base64-encoded JSON (base64, so no text from data/ can close the comment);
the finishing step takes it out (:func:`take_record`) and writes the numbers file from all of them.
A MkDocs build keeps its record in memory and writes none.

The records taken out are kept beside the site folder (``site.records.json`` for ``site/``, not
published): an engine that rebuilds only the pages that changed leaves the others finished and
without their record, and a second run of the step still knows what they show.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

MARK = "llama4-page-shows"
RECORD = re.compile(rf"<!-- {MARK} ([A-Za-z0-9+/=]*) -->\n?")


@dataclass(frozen=True)
class PageRecord:
    url: str  # the page's address relative to the site's root ("" for the home page)
    figures: dict[str, set[str]]  # figure id -> the texts the page wrote for it
    lists_every_figure: bool


def record_comment(record: PageRecord) -> str:
    payload = {
        "url": record.url,
        "figures": {figure_id: sorted(texts) for figure_id, texts in sorted(record.figures.items())},
        "lists_every_figure": record.lists_every_figure,
    }
    encoded = base64.b64encode(json.dumps(payload, ensure_ascii=False).encode("utf-8")).decode("ascii")
    return f"<!-- {MARK} {encoded} -->"


class BadRecord(ValueError):
    pass


def take_record(html: str, where: str) -> tuple[str, PageRecord | None]:
    """The page without its record, and the record (None if the page carries none)."""
    found = RECORD.search(html)
    if found is None:
        return html, None
    try:
        payload = json.loads(base64.b64decode(found.group(1), validate=True).decode("utf-8"))
        record = PageRecord(
            url=str(payload["url"]),
            figures={str(k): {str(t) for t in v} for k, v in payload["figures"].items()},
            lists_every_figure=bool(payload["lists_every_figure"]),
        )
    except (binascii.Error, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadRecord(f"{where}: the record of what the page shows cannot be read ({exc})") from None
    return html[: found.start()] + html[found.end() :], record


def by_figure(records: list[PageRecord]) -> dict[str, dict[str, set[str]]]:
    """Figure id -> {page address ("/" for the home page): texts}, index pages left out, as
    :meth:`macros.pages.shown.ShownOnPages.by_figure` gives it for a MkDocs build."""
    found: dict[str, dict[str, set[str]]] = {}
    for record in records:
        if record.lists_every_figure:
            continue
        for figure_id, texts in record.figures.items():
            found.setdefault(figure_id, {}).setdefault(record.url or "/", set()).update(texts)
    return found


def kept_records_file(site: Path) -> Path:
    return site.with_name(f"{site.name}.records.json")


def load_kept(site: Path) -> dict[str, PageRecord]:
    """The records an earlier run took out, by page path in the site (none if it never ran)."""
    kept = kept_records_file(site)
    if not kept.is_file():
        return {}
    try:
        payload = json.loads(kept.read_text(encoding="utf-8"))
        return {
            path: PageRecord(r["url"], {k: set(v) for k, v in r["figures"].items()}, r["lists_every_figure"])
            for path, r in payload.items()
        }
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadRecord(
            f"{kept.name}: the records kept by an earlier run cannot be read ({exc}); delete it and build again"
        ) from None


def keep(site: Path, records: dict[str, PageRecord]) -> None:
    payload = {
        path: {**asdict(r), "figures": {k: sorted(v) for k, v in sorted(r.figures.items())}}
        for path, r in sorted(records.items())
    }
    kept_records_file(site).write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
