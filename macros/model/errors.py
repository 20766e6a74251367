"""The errors a reader of a failed build sees: which file, entry and field is wrong, or which id
names nothing."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable


class DataError(Exception):
    """A problem in ``data/`` that a newcomer can act on.

    Every message names the file, the entry id and the field, because the person
    fixing it starts from the file, not from a traceback.
    """

    def __init__(self, file: str, entry: str | None, field: str | None, problem: str):
        self.file = file
        self.entry = entry
        self.field = field
        self.problem = problem
        where = file
        if entry is not None:
            where += f", entry '{one_line(entry)}'"
        if field is not None:
            where += f", field '{one_line(field)}'"
        super().__init__(f"{where}: {one_line(problem)}")


def one_line(text: str) -> str:
    r"""``text`` with each control character and line break written as its escape (``\r``, ``\u2028``):
    a message is one line per problem, and a value quoted from a stranger's file must not break it."""
    return "".join(
        char.encode("unicode_escape").decode("ascii") if unicodedata.category(char) in ("Cc", "Zl", "Zp") else char
        for char in str(text)
    )


class DataErrors(DataError):
    """Several problems found in one pass, so a fix-and-rerun loop is not one error at a time."""

    def __init__(self, errors: list[DataError]):
        # One line per place to fix: the same bad field seen by several figures is one problem.
        unique: dict[tuple, DataError] = {}
        for error in errors:
            unique.setdefault((error.file, error.entry, error.field), error)
        errors = list(unique.values())
        self.errors = errors
        first = errors[0]
        super().__init__(first.file, first.entry, first.field, first.problem)
        self.args = ("\n".join(str(e) for e in errors),)

    def __str__(self) -> str:
        return self.args[0]


class UnknownId(KeyError):
    """An id that names nothing (a figure, a chart, a source ...): what kind it is, where the known
    ones are kept, and the nearest known ids, so a typo is fixed from the message alone."""

    def __init__(self, kind: str, key: object, known: Iterable[str], where: str = "", list_known: bool = False):
        known = list(known)
        near = difflib.get_close_matches(key, known, n=3) if isinstance(key, str) else []
        shown = f"'{key}'" if isinstance(key, str) else repr(key)
        message = f"unknown {kind} {shown}"
        if where:
            message += f": the {kind}s are in {where}"
        if near:
            message += f"; did you mean {', '.join(near)}?"
        elif list_known:
            message += f"; the {kind}s are {', '.join(known)}"
        self.kind = kind
        self.key = key
        super().__init__(message)

    def __str__(self) -> str:
        return self.args[0]
