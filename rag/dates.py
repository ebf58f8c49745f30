"""Dates: the one place that reads, writes and compares calendar dates.

Month names and their pattern, ISO dates from metadata ("2023-11-24T10:00", "Nov. 24,
2023", "24 November 2023"), from URLs (".../2016/10/11/...") and from what a user
types as a filter, and the dates a question writes out in full. Every date the
pipeline stores is ISO `YYYY-MM-DD` (or "" when unknown); nothing else parses dates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rag.errors import InputError

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_NAMES = (
    "",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Longest first, so that "sept" wins over "sep" and "march" over "mar".
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# …capitalised, as a month is written in a date ("22 May", not "22 may have died")
CAP_MONTH = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
# A day that was planned and did not happen: "Today should have been the day the park
# reopened", "Monday had been the council's original target"
MISSED_DAY = re.compile(
    r"\bshould\s+have\s+(?:been|[a-z]+ed)\b"
    r"|\bhad\s+been\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}(?:target|deadline|date)\b",
    re.I,
)

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})\.?,?\s+(\d{{4}})\b", re.I
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?:/|$)")


def iso(year: int | str, month: int | str, day: int | str) -> str:
    """`YYYY-MM-DD`, or "" when the parts do not make a real date.

    `month` may be a number or a month name ("Oct", "october")."""
    if isinstance(month, str) and not month.isdigit():
        month = MONTHS.get(month.lower().rstrip("."), 0)
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


def parse_date(value: str) -> str:
    """ISO date from a metadata value: "2023-11-24T10:00:00+00:00", "Nov. 24, 2023",
    "24 November 2023". "" when there is none."""
    value = value.strip()
    if m := _ISO.match(value):
        return iso(*m.groups())
    if m := _MONTH_DAY_YEAR.search(value):
        return iso(m.group(3), m.group(1), m.group(2))
    if m := _DAY_MONTH_YEAR.search(value):
        return iso(m.group(3), m.group(2), m.group(1))
    return ""


def date_from_url(url: str) -> str:
    """The publication date many news URLs carry: ".../2016/10/11/slug"."""
    m = _URL_DATE.search(url)
    return iso(*m.groups()) if m else ""


def parse_filter_date(value: str | None, name: str = "date") -> str | None:
    """A date a user typed as a filter (CLI flag, UI box): None when blank; raises
    `InputError` naming the field when it is not a date."""
    value = (value or "").strip()
    if not value:
        return None
    parsed = parse_date(value)
    if not parsed:
        raise InputError(f"{name}: expected a date as YYYY-MM-DD, got {value!r}")
    return parsed


_FULL_DATE = re.compile(
    rf"\b(?:({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}}))\b",
    re.I,
)


def full_dates(text: str) -> list[str]:
    """ISO dates written out in full in `text` ("November 6, 2023", "2023-11-06")."""
    found = []
    for m in _FULL_DATE.finditer(text):
        if m.group(1):
            found.append(iso(m.group(3), m.group(1), m.group(2)))
        else:
            found.append(iso(m.group(4), m.group(5), m.group(6)))
    return list(dict.fromkeys(d for d in found if d))


def month_day(month: str, day: str | int) -> str:
    """Canonical "october 19" for any spelling of the month ("Oct.", "oct", "October")."""
    return f"{MONTH_NAMES[MONTHS[month.lower().rstrip('.')]]} {int(day)}"


def previous_day(day: str) -> str:
    """The ISO day before `day` ("" stays "")."""
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat() if day else ""
