"""The dates data/ speaks in ("2024", "2024-Q2", "2024-07", "2024-07-31", "undated"), read and spelled.

Also the build's own date, which decides how old a source is and whether a forecast's period
has ended: SOURCE_DATE_EPOCH (the reproducible-builds convention) when set, else today.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re

# The one grammar of dates in data/: a year, a quarter, a half, a month or a day.
SHAPE = re.compile(
    r"(?P<year>\d{4})(?:-(?:Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?))?"
)
UNDATED = "undated"  # written where the stored copy shows no date: it says we looked
MONTHS = [None, *calendar.month_name[1:]]


def is_period(text: str) -> bool:
    """A date of data/ in any of its shapes ("2024", "2024-Q2", "2024-H1", "2024-07", "2024-07-31",
    "undated"), and a real one: 31 February is refused."""
    return text == UNDATED or (SHAPE.fullmatch(text) is not None and _real_day(text))


def is_publication_date(text: str) -> bool:
    """A publication date: a year, a month or a day, or "undated" (a source is not published in a quarter)."""
    match = SHAPE.fullmatch(text)
    return text == UNDATED or (match is not None and not (match["quarter"] or match["half"]) and _real_day(text))


def _real_day(text: str) -> bool:
    try:
        period_end(text)
    except ValueError:
        return False
    return True


def build_date() -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def period_end(text: str) -> dt.date | None:
    """The last day of the period ``text`` names; None for "undated"."""
    match = SHAPE.fullmatch(text)
    if match is None:
        return None
    year = int(match["year"])
    if match["day"]:
        return dt.date(year, int(match["month"]), int(match["day"]))
    last_month = (
        int(match["month"])
        if match["month"]
        else int(match["quarter"]) * 3
        if match["quarter"]
        else int(match["half"]) * 6
        if match["half"]
        else 12
    )
    return dt.date(year, last_month, calendar.monthrange(year, last_month)[1])


def period_label(text: str) -> str:
    """How a page spells it: "2024", "Q2 2024", "H1 2024", "July 2024", "31 July 2024"."""
    match = SHAPE.fullmatch(text)
    if match is None:
        return text
    year = match["year"]
    if match["day"]:
        return f"{int(match['day'])} {MONTHS[int(match['month'])]} {year}"
    if match["month"]:
        return f"{MONTHS[int(match['month'])]} {year}"
    if match["quarter"]:
        return f"Q{match['quarter']} {year}"
    if match["half"]:
        return f"H{match['half']} {year}"
    return year


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
