"""The numbers file: every figure with its provenance, as numbers.json and numbers.csv. Pure, no MkDocs.

One record per figure: id, label, value, unit, range, how it is made, its inputs and their
sources, the date it is as of, the pages that show it (and how they write it), and its
permalink. ``SCHEMA`` is published beside it as numbers.schema.json; a renamed figure's old id
stays in ``aliases`` and keeps resolving. Which pages show a figure, and how they write it, comes
from the build's record of what each page shows (macros/pages/shown.py).
"""

from __future__ import annotations

import json

from macros.addresses import figure_permalink
from macros.escape import csv_table
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue
from macros.model.freshness import newest_as_of

# A figure's fields, in the order of numbers.json; numbers.csv flattens the lists among them.
FIGURE_FIELDS = (
    "id",
    "label",
    "value",
    "unit",
    "low",
    "high",
    "text",
    "kind",
    "how",
    "inputs",
    "sources",
    "as_of",
    "pages",
    "shown_as",
    "permalink",
)
LISTS = {"inputs", "pages", "shown_as"}
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Llama 4, by the numbers: every figure with its provenance",
    "type": "object",
    "required": ["title", "site", "as_of", "aliases", "figures"],
    "additionalProperties": False,
    "properties": {
        "title": {"type": "string"},
        "site": {"type": "string"},
        "as_of": {"type": "string", "description": "the build's date"},
        "aliases": {
            "type": "object",
            "additionalProperties": {"type": "string"},
            "description": "old figure id: the id it was renamed to",
        },
        "figures": {"type": "array", "items": {"$ref": "#/$defs/figure"}},
    },
    "$defs": {
        "source": {
            "type": "object",
            "required": ["id", "title", "publisher", "published", "url", "read_in", "tier", "kind"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string"},
                "title": {"type": "string", "description": "the original work's title"},
                "publisher": {"type": "string", "description": "who wrote and first published it"},
                "published": {"type": "string"},
                "url": {
                    "type": ["string", "null"],
                    "pattern": "^https://",
                    "description": "the original's address, where a stored text gives it",
                },
                "read_in": {
                    "type": ["object", "null"],
                    "description": "the copy the text was checked in, when it was not read at url",
                    "required": ["url", "host"],
                    "additionalProperties": False,
                    "properties": {
                        "url": {
                            "type": ["string", "null"],
                            "pattern": "^https://",
                            "description": "the copy's address; null where no stored index gives one",
                        },
                        "host": {"type": "string"},
                    },
                },
                "tier": {"enum": ["primary", "outlet", "quoting", "copy"]},
                "kind": {"enum": ["primary", "secondary"]},
            },
        },
        "figure": {
            "type": "object",
            "required": list(FIGURE_FIELDS),
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                "label": {"type": "string"},
                "value": {"type": "number"},
                "unit": {"type": "string"},
                "low": {"type": ["number", "null"]},
                "high": {"type": ["number", "null"]},
                "text": {"type": "string", "description": "as the Every figure page writes it"},
                "kind": {"enum": ["input", "derived"]},
                "how": {"type": "string"},
                "inputs": {"type": "array", "items": {"type": "string"}},
                "sources": {"type": "array", "items": {"$ref": "#/$defs/source"}, "minItems": 1},
                "as_of": {"type": ["string", "null"]},
                "pages": {"type": "array", "items": {"type": "string"}},
                "shown_as": {"type": "array", "items": {"type": "string"}, "description": "every way a page writes it"},
                "permalink": {"type": "string"},
            },
        },
    },
}


def records(catalogue: Catalogue, site_url: str, shown: dict[str, dict[str, set[str]]], as_of: str) -> dict:
    """``shown`` maps figure id to {page address: texts the page showed}, collected while pages render."""
    figures = []
    for figure in sorted(catalogue.figures.values(), key=lambda f: f.id):
        sources = catalogue.data.sources
        pages = shown.get(figure.id, {})
        figures.append(
            {
                "id": figure.id,
                "label": figure.label,
                "value": figure.value,
                "unit": figure.unit,
                "low": figure.low,
                "high": figure.high,
                "text": figure_text(figure),
                "kind": figure.kind,
                "how": figure.how,
                "inputs": list(figure.inputs),
                "sources": [
                    {
                        "id": s,
                        "title": sources[s].title,
                        "publisher": sources[s].publisher,
                        "published": sources[s].published,
                        "url": None if sources[s].url is None else str(sources[s].url),
                        "read_in": _copy(sources[s]),
                        "tier": sources[s].tier,
                        "kind": sources[s].kind,
                    }
                    for s in figure.sources
                ],
                "as_of": newest_as_of(catalogue, [figure.id]),
                "pages": sorted(pages),
                "shown_as": sorted({text for texts in pages.values() for text in texts}),
                "permalink": figure_permalink(site_url, figure.id),
            }
        )
    return {
        "title": "Llama 4, by the numbers: every figure",
        "site": site_url,
        "as_of": as_of,
        "aliases": dict(sorted(catalogue.aliases.items())),
        "figures": figures,
    }


def _copy(source) -> dict | None:
    copy = source.read_in
    if copy is None:
        return None
    return {"url": None if copy.url is None else str(copy.url), "host": copy.host}


def numbers_json(numbers: dict) -> str:
    return json.dumps(numbers, indent=1, ensure_ascii=False) + "\n"


def numbers_csv(numbers: dict) -> str:
    """One row per figure: lists space-separated, sources as their ids and, beside them, their addresses."""
    header = [*FIGURE_FIELDS[:11], "source_urls", *FIGURE_FIELDS[11:]]

    def cell(figure: dict, name: str):
        if name == "sources":
            return " ".join(s["id"] for s in figure["sources"])
        if name == "source_urls":
            # The original's address, else the copy's; a source no stored text gives an address for adds none.
            return " ".join(filter(None, (s["url"] or (s["read_in"] or {}).get("url") for s in figure["sources"])))
        return " ".join(figure[name]) if name in LISTS else figure[name]

    return csv_table(header, [[cell(f, name) for name in header] for f in numbers["figures"]])


def schema_json() -> str:
    return json.dumps(SCHEMA, indent=1) + "\n"
