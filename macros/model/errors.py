"""The one error a reader of a failed build sees: which file, which entry, which field."""

from __future__ import annotations


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
            where += f", entry '{entry}'"
        if field is not None:
            where += f", field '{field}'"
        super().__init__(f"{where}: {problem}")


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
