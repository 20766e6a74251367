"""Read ``data/`` into validated records, or fail with every problem named.

The loader knows file formats (YAML, CSV) and cross-references between files
(an input's source must exist, ids must be unique). The shape of one record is
in :mod:`macros.model.records`; what the numbers mean is in the topic modules.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from macros.model.errors import DataError, DataErrors
from macros.model.records import Article, Claim, GlossaryTerm, Input, Source, Statement

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class Dataset:
    sources: dict[str, Source]
    inputs: dict[str, Input]
    statements: dict[str, Statement]
    claims: dict[str, Claim]
    articles: dict[str, Article]
    glossary: list[GlossaryTerm]
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
            entry = str(row.get(key)) if key and isinstance(row, dict) and row.get(key) else f"#{index + 1}"
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
                    errors.append(DataError(rel, ident, key, f"duplicate id: '{ident}' is already defined in {origin[ident]}"))
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

    for record in [*inputs.values(), *statements.values(), *articles.values()]:
        source = record.origin if isinstance(record, Article) else record.source
        if source not in sources:
            field_name = "origin" if isinstance(record, Article) else "source"
            errors.append(DataError(origin[record.id], record.id, field_name,
                                    f"unknown source '{source}': add it to data/sources.yaml or fix the id"))
    for claim in claims.values():
        if claim.article not in articles:
            errors.append(DataError(origin[claim.id], claim.id, "article", f"unknown article '{claim.article}'"))

    if errors:
        raise DataErrors(errors)
    return Dataset(sources, inputs, statements, claims, articles, glossary, origin)


def _display_path(path: Path, data_dir: Path) -> str:
    """``data/inputs/power.yaml`` whatever the working directory, so messages read the same everywhere."""
    try:
        return str(Path(data_dir.name) / path.relative_to(data_dir))
    except ValueError:
        return str(path)


def _read_rows(path: Path, rel: str) -> list:
    if not path.exists():
        raise DataError(rel, None, None, "file is missing")
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".csv":
        return _read_csv(text, rel)
    try:
        rows = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
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
                raise DataError(rel, row.get("id") or f"line {reader.line_num}", None,
                                f"CSV syntax error at line {reader.line_num}: "
                                f"expected {len(reader.fieldnames or [])} columns")
            # Empty CSV cells mean "not given", as an absent YAML key does.
            rows.append({k: v for k, v in row.items() if v != ""})
    except csv.Error as exc:
        raise DataError(rel, None, None, f"CSV syntax error at line {reader.line_num}: {exc}") from None
    return rows


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
