"""Read ``data/`` into validated records, or fail with every problem named.

The loader knows file formats (YAML, CSV) and cross-references between files
(an input's source must exist, ids must be unique). The shape of one record is
in :mod:`macros.model.records`; what the numbers mean is in the topic modules.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from macros.model.errors import DataError, DataErrors
from macros.model.records import Alias, Article, Claim, Forecast, GlossaryTerm, Input, Source, Statement

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
R = TypeVar("R", bound=BaseModel)
# Far above what the site needs (the largest file is about 30 KB and 60 entries); far below
# what could slow a build down or make a page huge.
MAX_FILE_BYTES = 512 * 1024
MAX_ENTRIES = 2000
# An id (or glossary term) shown in a message as it is; anything else is named by its position.
ENTRY_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}")
# Columns of an input CSV that hold numbers; the rest is text, as in YAML.
CSV_NUMBERS = ("value", "low", "high")
CSV_FLAGS = ("signed",)


class _FastSafeLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):
    """libyaml's parser where PyYAML has it (ten times faster), with YAML 1.2's plain floats."""


# YAML 1.1 (PyYAML) reads 3.8e25 as text, since it wants 3.8e+25; read it as the number it is.
_FastSafeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)[eE][-+]?[0-9]+$"),
    list("-+0123456789."),
)


def _refuse_aliases_and_duplicate_keys(node, seen=None) -> None:
    """YAML as data only: no aliases (one line can otherwise expand a hundredfold) and no duplicate
    keys (YAML lets the last one win silently, so a value could contradict its quote). The parser
    shares an aliased node between its places, so an alias is a node met twice."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        raise yaml.constructor.ConstructorError(
            None,
            None,
            "anchors and aliases (*name) are not allowed in data files; write the value out",
            node.start_mark,
        )
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys = set()
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in keys:
                    raise yaml.constructor.ConstructorError(
                        None,
                        None,
                        f"the key '{key_node.value}' appears twice in one entry; keep one",
                        key_node.start_mark,
                    )
                keys.add(key_node.value)
            _refuse_aliases_and_duplicate_keys(key_node, seen)
            _refuse_aliases_and_duplicate_keys(value_node, seen)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _refuse_aliases_and_duplicate_keys(item, seen)


def _load_yaml(text: str):
    """Parse (composing the node graph, which is cheap even for an alias bomb), check, then build values."""
    loader = _FastSafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_aliases_and_duplicate_keys(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()


@dataclass(frozen=True)
class Dataset:
    """Every record of data/, validated and cross-checked, by id: what the catalogue is built from.

    Nothing here is computed: figures are evaluated from ``inputs`` by macros/model/evaluation.py.
    """

    sources: dict[str, Source]
    inputs: dict[str, Input]
    statements: dict[str, Statement]
    claims: dict[str, Claim]
    articles: dict[str, Article]
    glossary: list[GlossaryTerm]
    forecasts: dict[str, Forecast] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # old figure id: its id now
    # Where each record came from, so later checks can name the file too.
    origin: dict[str, str] = field(default_factory=dict)


def load_dataset(data_dir: Path = DATA_DIR) -> Dataset:
    data_dir = Path(data_dir)
    errors: list[DataError] = []
    origin: dict[str, str] = {}

    def read(path: Path, model: type[R], key: str | None = "id") -> list[R]:
        rel = _display_path(path, data_dir)
        try:
            rows = _read_rows(path, rel)
        except DataError as exc:
            errors.append(exc)
            return []
        records = []
        for index, row in enumerate(rows):
            entry = _entry_name(row, key, index)
            if not isinstance(row, dict):
                errors.append(DataError(rel, entry, None, "each entry must be a mapping of field: value"))
                continue
            try:
                record = model.model_validate(row)
            except ValidationError as exc:
                errors.extend(_explain(rel, entry, exc))
                continue
            if key:
                ident = getattr(record, key)
                if ident in origin:
                    errors.append(
                        DataError(rel, ident, key, f"duplicate id: '{ident}' is already defined in {origin[ident]}")
                    )
                    continue
                origin[ident] = rel
            records.append(record)
        return records

    sources = {s.id: s for s in read(data_dir / "sources.yaml", Source)}
    input_files = sorted([*data_dir.glob("inputs/*.yaml"), *data_dir.glob("inputs/*.csv")])
    if not input_files:
        errors.append(DataError(_display_path(data_dir / "inputs", data_dir), None, None, "no input files found"))
    inputs = {i.id: i for path in input_files for i in read(path, Input)}
    statements = {s.id: s for s in read(data_dir / "statements.yaml", Statement)}
    articles = {a.id: a for a in read(data_dir / "articles.yaml", Article)}
    claims = {c.id: c for c in read(data_dir / "claims.yaml", Claim)}
    glossary = read(data_dir / "glossary.yaml", GlossaryTerm, key=None)
    forecasts = {f.id: f for f in read(data_dir / "forecasts.yaml", Forecast)}
    aliases = (
        {a.id: a.now for a in read(data_dir / "aliases.yaml", Alias)} if (data_dir / "aliases.yaml").exists() else {}
    )

    for record in [*inputs.values(), *statements.values(), *articles.values()]:
        source = record.origin if isinstance(record, Article) else record.source
        if source not in sources:
            field_name = "origin" if isinstance(record, Article) else "source"
            errors.append(
                DataError(
                    origin[record.id],
                    record.id,
                    field_name,
                    f"unknown source '{source}': add it to data/sources.yaml or fix the id",
                )
            )
    for claim in claims.values():
        if claim.article not in articles:
            errors.append(DataError(origin[claim.id], claim.id, "article", f"unknown article '{claim.article}'"))

    for forecast in forecasts.values():
        file = origin[forecast.id]
        if forecast.statement is not None and forecast.statement not in statements:
            errors.append(DataError(file, forecast.id, "statement", f"unknown statement '{forecast.statement}'"))
        if forecast.claim is not None and forecast.claim not in claims:
            errors.append(DataError(file, forecast.id, "claim", f"unknown claim '{forecast.claim}'"))
        for field_name in ("confirmed_by", "contradicted_by"):
            for statement in getattr(forecast, field_name):
                if statement not in statements:
                    errors.append(DataError(file, forecast.id, field_name, f"unknown statement '{statement}'"))

    if errors:
        raise DataErrors(errors)
    return Dataset(sources, inputs, statements, claims, articles, glossary, forecasts, aliases, origin)


def _entry_name(row: object, key: str | None, index: int) -> str:
    """How messages name an entry: its id when that is a plain one, else its position ("#3")."""
    ident = row.get(key) if key and isinstance(row, dict) else None
    if isinstance(ident, str) and ENTRY_NAME.fullmatch(ident):
        return ident
    return f"#{index + 1}"


def _display_path(path: Path, data_dir: Path) -> str:
    """``data/inputs/power.yaml`` whatever the working directory, so messages read the same everywhere."""
    try:
        return str(Path(data_dir.name) / path.relative_to(data_dir))
    except ValueError:
        return str(path)


def _read_rows(path: Path, rel: str) -> list:
    if not path.exists():
        raise DataError(rel, None, None, "file is missing")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DataError(
            rel,
            None,
            None,
            f"the file is {size:,} bytes; a data file may have at most "
            f"{MAX_FILE_BYTES:,} (split it, or look for what made it grow)",
        )
    raw = path.read_bytes()
    try:
        # utf-8-sig: a byte-order mark, as spreadsheets write one, is read as nothing.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            rel, None, None, f"not UTF-8 text: byte 0x{raw[exc.start]:02x} at line {line} (save the file as UTF-8)"
        ) from None
    rows = _read_csv(text, rel) if path.suffix == ".csv" else _read_yaml(text, rel)
    if len(rows) > MAX_ENTRIES:
        raise DataError(rel, None, None, f"{len(rows):,} entries; a data file may have at most {MAX_ENTRIES:,}")
    return rows


def _read_yaml(text: str, rel: str) -> list:
    try:
        rows = _load_yaml(text)
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise DataError(
            rel,
            None,
            None,
            f"YAML syntax error at line {line}: the character U+{exc.character:04X} is not allowed in a YAML file",
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise DataError(rel, None, None, f"YAML syntax error{where}: {problem}") from None
    if rows is None:
        return []
    if not isinstance(rows, list):
        raise DataError(rel, None, None, "the file must be a YAML list of entries (each starting with '- ')")
    return rows


def _read_csv(text: str, rel: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text), strict=True)
    rows = []
    try:
        for row in reader:
            if None in row or any(value is None for value in row.values()):
                raise DataError(
                    rel,
                    row.get("id") or f"line {reader.line_num}",
                    None,
                    f"CSV syntax error at line {reader.line_num}: expected {len(reader.fieldnames or [])} columns",
                )
            # Empty CSV cells mean "not given", as an absent YAML key does.
            rows.append(_typed_csv_row({k: v for k, v in row.items() if v != ""}))
    except csv.Error as exc:
        raise DataError(rel, None, None, f"CSV syntax error at line {reader.line_num}: {exc}") from None
    return rows


def _typed_csv_row(row: dict) -> dict:
    """CSV cells are all text; read the number columns as YAML would, leaving anything else for the
    schema to refuse with its own message (so "12O" is reported as not a number)."""
    for key in CSV_NUMBERS:
        if key in row:
            try:
                row[key] = float(row[key].replace(",", "")) if row[key].strip() else row[key]
            except ValueError:
                pass
    for key in CSV_FLAGS:
        if key in row and row[key].lower() in ("true", "false"):
            row[key] = row[key].lower() == "true"
    return row


def _explain(rel: str, entry: str, exc: ValidationError) -> list[DataError]:
    errors = []
    for err in exc.errors():
        field_name = ".".join(str(p) for p in err["loc"]) or None
        message = err["msg"].removeprefix("Value error, ")
        if not field_name and ":" in message:
            # Model-level rules start their message with the field they are about.
            field_name, message = (part.strip() for part in message.split(":", 1))
        errors.append(DataError(rel, entry, field_name, message))
    return errors
