"""Time metrics: each a small function of (case, row), like `eval.metrics`.

For the timeline gold set (eval/corpora/timeline): passages cited by an "as of" answer
published by the as-of date; the newest value in the direct answer; each earlier value
named beside the date it was reported; and, for timelines, entries in date order, the
gold events they cover (by alias, and on their gold day), and entries that quote a
sentence of a passage they cite. A metric returns None when it does not apply; (num,
den) pairs are pooled by `eval.metrics.mean_of`. Text is compared through
`rag.text.normalize`, so "Oct. 5", "October 5" and "5 October" are one date, and an
ISO "2026-10-05" is accepted too.

A timeline entry is a line of the answer that names a calendar date (a one-paragraph
answer: a sentence; a heading ending in ":", before its [n] marks, is not an entry); its
date is the one it opens with (a span of days too: "Oct. 12–18, 2026: …"), else the first
day it names, a date without a year taking the year nearest the entry before it (the
first entry: the earliest cited report).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from eval.dataset import Case, Value
from eval.metrics import has_alias, mean_of, newest_given
from eval.rows import Row
from rag.dates import MONTH_NAMES
from rag.relative import NOTE, DateMention, relative_dates
from rag.text import MARK, contains, marks_in, normalize, sentences
from rag.types import Answer

_MONTH_NAME = "|".join(MONTH_NAMES[1:])
# A date as `normalize` leaves it: "october 5", "october 5 2026", "2026 10 05"
_NORMAL_DATE = re.compile(
    rf"\b(?:({_MONTH_NAME}) (\d{{1,2}})(?: (\d{{4}}))?|(\d{{4}}) (\d{{2}}) (\d{{2}}))\b"
)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")
_SEPARATOR = re.compile(r"^[\s:,—–*_-]+")


@dataclass(frozen=True)
class Entry:
    text: str  # the line as the answer writes it
    date: str  # ISO: the first date it names
    start: int  # where that date is written in `text`
    end: int


# --- as of, latest, earlier -------------------------------------------------------------


def as_of_cited(case: Case, row: Row) -> tuple[int, int] | None:
    """(cited passages published on or before `case.as_of`, cited passages); a passage
    of an undated article is not known to be."""
    if not case.as_of or row.answer is None:
        return None
    cites = row.answer.citations
    return sum(1 for c in cites if c.published_at and c.published_at <= case.as_of), len(cites)


def latest_correct(case: Case, row: Row) -> bool | None:
    """The newest value (the first gold fact) is the one the answer gives as newest: the
    latest of the values it lists as changed over time (an earlier value the answer
    lists does not count), else in the direct answer."""
    if case.type != "latest" or not case.answerable or not case.facts or row.answer is None:
        return None
    newest = newest_given(case, row)
    return has_alias(row.answer.direct, case.facts[0]) if newest is None else newest


def earlier_listed(case: Case, row: Row) -> float | None:
    """Share of the earlier values named in the answer with the date they were reported:
    in one sentence, the date nearest the value being that date."""
    if case.type != "latest" or not case.earlier or row.answer is None:
        return None
    parts = _sentences(row.answer.text)
    found = [any(_dated_value(normalize(p), v) for p in parts) for v in case.earlier]
    return sum(found) / len(found)


def values_gold(case: Case, row: Row) -> tuple[int, int] | None:
    """(values listed as changed over time that are gold values, values listed), for a
    latest-value case: an earlier value that is no value of the asked thing ("five new
    cases" listed as an earlier total of cases) counts against it."""
    if case.type != "latest" or not case.earlier or row.answer is None:
        return None
    gold = {normalize(a) for v in case.earlier for a in v.aliases}
    gold |= {normalize(a) for fact in case.facts for a in fact}
    listed = [
        normalize(v.value) for c in row.answer.comparisons if c.relation == "changed"
        for v in c.values
    ]  # fmt: skip
    return (sum(1 for v in listed if v in gold), len(listed)) if listed else None


Span = tuple[int, int]


def _dated_value(text: str, value: Value) -> bool:
    """`value` in normalised `text` with, as the date nearest to it, `value.date`."""
    dates = {(m.start(), m.end()): _matches(m, value.date) for m in _NORMAL_DATE.finditer(text)}
    for alias in {normalize(a) for a in value.aliases if normalize(a)}:
        for at in _occurrences(text, alias):
            if any(a <= at[0] and at[1] <= b and (a, b) != at for a, b in dates):
                continue  # a number inside a date ("7" of "september 7")
            others = [d for d in dates if d != at]
            if others and dates[min(others, key=lambda d: _gap(d, at))]:
                return True
    return False


def _occurrences(text: str, phrase: str) -> list[Span]:
    """Where `phrase` stands in `text` on word bounds (both normalised)."""
    padded = f" {text} "
    return [
        (m.start(), m.start() + len(phrase))
        for m in re.finditer(rf" {re.escape(phrase)}(?= )", padded)
    ]


def _gap(d: Span, at: Span) -> tuple[int, int]:
    """Characters between a date and a value; at equal distance the date after the value
    wins ("from 1 on Sept. 7 to 2 on Sept. 8")."""
    return (d[0] - at[1], 0) if d[0] >= at[1] else (at[0] - d[1], 1)


def _matches(m: re.Match[str], iso: str) -> bool:
    """A normalised date ("october 5", "october 5 2026", "2026 10 05") is the ISO `iso`."""
    year, month, day = iso.split("-")
    if m[4]:
        return (m[4], m[5], m[6]) == (year, month, day)
    same_day = MONTH_NAMES.index(m[1]) == int(month) and int(m[2]) == int(day)
    return same_day and (not m[3] or m[3] == year)


# --- timelines --------------------------------------------------------------------------


def timeline_order(case: Case, row: Row) -> bool | None:
    """The answer's dated entries in date order (None: no dated entry)."""
    if case.type != "timeline" or row.answer is None:
        return None
    days = [e.date for e in entries(row.answer)]
    return all(a <= b for a, b in zip(days, days[1:])) if days else None


def timeline_coverage(case: Case, row: Row) -> float | None:
    """Share of the gold events whose alias the answer names."""
    if case.type != "timeline" or not case.events or row.answer is None:
        return None
    return sum(has_alias(row.answer.text, e.aliases) for e in case.events) / len(case.events)


def timeline_dated(case: Case, row: Row) -> float | None:
    """Share of the gold events named in an entry dated on the event's gold day."""
    if case.type != "timeline" or not case.events or row.answer is None:
        return None
    found = entries(row.answer)
    placed = [
        any(e.date == g.date and has_alias(e.text, g.aliases) for e in found) for g in case.events
    ]
    return sum(placed) / len(placed)


def timeline_cited(case: Case, row: Row) -> tuple[int, int] | None:
    """(entries citing a passage one of whose sentences contains the entry, entries)."""
    if case.type != "timeline" or row.answer is None:
        return None
    found = entries(row.answer)
    return sum(_quoted(e, row.answer) for e in found), len(found)


def entries(answer: Answer) -> list[Entry]:
    """The answer's timeline entries (see the module note)."""
    dated = [c.published_at for c in answer.citations if c.published_at]
    reference = min(dated, default="")
    found = []
    for part in _parts(answer.text):
        found_dates = relative_dates(part, reference)
        day = next((m for m in found_dates if _heads(m, part)), None) or next(
            (m for m in found_dates if _a_day(m)), None
        )
        if day is not None:
            found.append(Entry(part, day.date, day.start, day.end))
            reference = day.date
    return found


def _a_day(m: DateMention) -> bool:
    return m.absolute and not m.is_span


def _heads(m: DateMention, part: str) -> bool:
    """Is `m` the date an entry opens with ("Oct. 12–18, 2026: …", a span too)?"""
    return m.absolute and not _BULLET.sub("", part[: m.start]).strip(" *_")


def _quoted(entry: Entry, answer: Answer) -> bool:
    body = _body(entry, answer)
    passages = {c.n: c.passage for c in answer.citations}
    cited = [passages[n] for n in marks_in(entry.text) if n in passages]
    return bool(body) and any(contains(s, body) for p in cited for s in sentences(p))


def _body(entry: Entry, answer: Answer) -> str:
    """The entry without its bullet, leading date, [n] marks, date notes and a trailing
    "(Outlet ...)": what should stand in a sentence of the cited passage."""
    head = _BULLET.sub("", entry.text[: entry.start]).strip(" *_")
    if head.lower() in ("", "on"):
        text = _SEPARATOR.sub("", entry.text[entry.end :])
    else:
        text = _BULLET.sub("", entry.text)
    text = NOTE.sub("", MARK.sub("", text)).strip()
    for outlet in {c.outlet for c in answer.citations if c.outlet}:
        text = re.sub(rf"\s*\({re.escape(outlet)}[^()]*\)\s*([.;]?)\s*$", r"\1", text)
    return text.strip()


def _parts(text: str) -> list[str]:
    """The answer's lines (one paragraph: its sentences), headings ("...:") left out."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    parts = lines if len(lines) > 1 else _sentences(text)
    return [p for p in parts if not _heading(p)]


def _heading(part: str) -> bool:
    """A line that ends in ":" before its [n] marks and does not open with a date ("After
    the search was called off (Jan. 11, 2027), earliest first: [6][10]")."""
    if not MARK.sub("", part).rstrip("*_ ").endswith(":"):
        return False
    return part.rstrip("*_ ").endswith(":") or not any(
        _heads(m, part) for m in relative_dates(part, "")
    )


def _sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in sentences(line)]


Metric = Callable[[Case, Row], Any]

TIME_METRICS: dict[str, Metric] = {
    "as_of_cited": as_of_cited,
    "latest_correct": latest_correct,
    "earlier_listed": earlier_listed,
    "values_gold": values_gold,
    "timeline_order": timeline_order,
    "timeline_coverage": timeline_coverage,
    "timeline_dated": timeline_dated,
    "timeline_cited": timeline_cited,
}


def summarize(pairs: Sequence[tuple[Case, Row]]) -> dict[str, float | None]:
    """Each time metric averaged over the cases it applies to (`eval.metrics.mean_of`)."""
    return {name: mean_of(metric, pairs) for name, metric in TIME_METRICS.items()}
