"""Relative dates: the dates news text names, resolved against its publication date.

`relative_dates` finds "on Tuesday", "last week", "Sept. 19" (and "March 14, 2025") and
resolves each to a day or a span (`DateMention`); `annotate` writes the resolved date
after each ("on Tuesday [Oct. 11, 2016]"); `written` spells a day or span for a reader.
Calendar dates are read with the names and helpers of `rag.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from rag.dates import CAP_MONTH, MONTH_NAMES, MONTHS, WEEKDAYS, iso, parse_date
from rag.text import sentence_spans

# `relative_dates` finds the dates a text names ("on Tuesday", "last week", "Sept. 19",
# "March 14, 2025") and resolves each against the article's publication date, following
# eval/corpora/timeline/README.md: "yesterday" is pub - 1, "overnight" pub - 1 .. pub,
# "last Friday" the Friday strictly before pub, "last week" Monday..Sunday of the week
# before, "earlier this month" the 1st .. pub - 1, and so on. Vague phrases ("recently",
# "soon") are not dates; "the day before" counts from a calendar date earlier in the
# same sentence and only when nothing follows it ("the day before the vote" is not
# resolvable). Without a publication date only dates that carry their year resolve.
#
# Tense, for a bare weekday ("on Tuesday") or a month and day without a year: a date
# looks forward when its clause has a future marker (will, would, shall, 'll, starting,
# upcoming, "is due / expected / scheduled / set to", ...). Clauses are the stretches
# between commas, semicolons, colons, dashes and the words that/and/but/which/who/when/
# while/after/before/as/unless/because/if; a clause with neither a marker nor a tensed
# verb ("across Eastgate on Tuesday") takes the tense of the nearest clause before it
# that has one, else the tense of the first marker of the nearest clause after it that
# has one; a sentence with none is past. So "said on Friday that the inquiry would
# cover ..." and "On Tuesday evening, ..., the union said nurses would stage ..." put
# Friday and Tuesday in the past.
# A bare weekday in the past is the latest such day on or before pub (news names the
# weekday even for the day itself), looking forward the next on or after pub.
# A month and day without a year is its occurrence nearest pub (Dec. 29 in a January
# article is last December's), unless tense disagrees by more than `YEAR_WINDOW_DAYS`:
# then it is the one a year earlier (past) or later (forward). News names a date near
# publication in either tense ("no reason to call off the fair on Sept. 19", "the Dec. 1
# opening date"), a far one only in its own. After "until" / "by" it is always the
# nearest ("waived the breach until March 31").

AP_MONTHS = ("", *"Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split())
YEAR_WINDOW_DAYS = 90  # how far a month-day may lie on the other side of pub from its tense
NOTE = re.compile(r"\[[^\[\]]*[A-Za-z][^\[\]]*\]")  # a note annotate wrote, not an [n] mark

Span = tuple[date, date]


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the text given
    end: int
    expression: str  # text[start:end]
    date: str  # ISO: the day, or the first day of a span
    end_date: str  # ISO: the last day (== date for a single day)
    absolute: bool = False  # written as a calendar date ("March 3", "Oct. 5, 2026")

    @property
    def is_span(self) -> bool:
        return self.end_date != self.date


def relative_dates(text: str, published_at: str) -> list[DateMention]:
    """Every date `text` names that resolves against `published_at` (ISO, or "" when
    unknown: then only dates written with their year), in text order."""
    pub = _as_date(published_at)
    found: list[DateMention] = []
    for start, end in sentence_spans(text):
        found += _in_sentence(text[start:end], start, pub)
    return found


def annotate(sentence: str, published_at: str) -> str:
    """`sentence` with the resolved date after each date it writes without a year:
    "died on Tuesday" -> "died on Tuesday [Oct. 11, 2016]". Idempotent."""
    notes = [m.span() for m in NOTE.finditer(sentence)]
    out = sentence
    for m in reversed(relative_dates(sentence, published_at)):
        at = m.end + 2 if _POSSESSIVE.match(sentence, m.end) else m.end
        inside = any(a <= m.start < b for a, b in notes)
        if inside or _HAS_YEAR.search(m.expression) or sentence.startswith(" [", at):
            continue
        out = f"{out[:at]} [{written(m.date, m.end_date)}]{out[at:]}"
    return out


_DAY_NOTE = re.compile(r"\s*\([^()]*\d{4}\)$")  # the "(Oct. 3, 2026)" `dated_value` adds


def said_value(value: str) -> str:
    """A date answer as its sentence writes it, without the day `dated_value` added."""
    return _DAY_NOTE.sub("", value)


def dated_value(value: str, sentence: str, published_at: str) -> str:
    """A date answer with its resolved date when the sentence writes it without a year
    ("last Saturday" in an Oct. 9 report -> "last Saturday (Oct. 3, 2026)"); the value
    itself when it has a year, names no date or the report is undated."""
    at = sentence.lower().find(value.lower())
    if at < 0 or _HAS_YEAR.search(value):
        return value
    for m in relative_dates(sentence, published_at):
        if m.start < at + len(value) and at < m.end and not m.absolute:
            return f"{value} ({written(m.date, m.end_date)})"
    return value


def written(first: str, last: str = "") -> str:
    """A day or span for a reader: "Oct. 11, 2016", "Oct. 12–18, 2026", "Sept. 28–Oct. 4,
    2026", "October 2026", "2025"; across years each end in full."""
    a, b = date.fromisoformat(first), date.fromisoformat(last or first)
    if a == b:
        return f"{AP_MONTHS[a.month]} {a.day}, {a.year}"
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return str(a.year)
    if a.day == 1 and a.year == b.year and a.month == b.month and _month_end(b) == b:
        return f"{MONTH_NAMES[a.month].capitalize()} {a.year}"
    if a.year != b.year:
        return f"{written(first)}–{written(last)}"
    head = f"{AP_MONTHS[a.month]} {a.day}"
    tail = f"{b.day}" if a.month == b.month else f"{AP_MONTHS[b.month]} {b.day}"
    return f"{head}–{tail}, {a.year}"


# --- one sentence -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    text: str  # the sentence
    pub: date | None  # publication date, None when unknown
    clauses: tuple[Clause, ...]  # tenses: "forward" / "past" / ""

    @property
    def day(self) -> date:
        """Pub, for the rules that run only when it is known."""
        assert self.pub is not None, "a rule that needs the publication date ran without one"
        return self.pub


Resolve = Callable[[re.Match[str], _Context], Span | None]


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]  # group "x", when present, is the expression itself
    resolve: Resolve
    absolute: bool = False  # a calendar date ("March 3", "May 2024")
    needs_pub: bool = True  # False only for dates that carry their year


def _in_sentence(sentence: str, offset: int, pub: date | None) -> list[DateMention]:
    ctx = _Context(sentence, pub, _clauses(sentence))
    found = [
        mention
        for rule in _RULES
        if pub is not None or not rule.needs_pub
        for m in rule.pattern.finditer(sentence)
        if (mention := _make(m, rule, ctx, offset))
    ]
    return _take(found)


def _make(m: re.Match[str], rule: _Rule, ctx: _Context, offset: int) -> DateMention | None:
    span = rule.resolve(m, ctx)
    if span is None or span[0] > span[1]:
        return None
    start, end = m.span("x") if "x" in m.re.groupindex else m.span()
    first, last = (d.isoformat() for d in span)
    expression = m.string[start:end]
    return DateMention(start + offset, end + offset, expression, first, last, rule.absolute)


def _take(found: list[DateMention]) -> list[DateMention]:
    """The longest reading wins where readings overlap; the rest in text order."""
    kept: list[DateMention] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= k.start or k.end <= m.start for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# --- tense ------------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(
    r"[,;:—–]|\s-{1,2}\s|\b(?:that|and|but|which|who|when|while|after|before|as|unless|because|if)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|won't|wouldn't|starting|upcoming|going\s+to|plans?\s+to)\b|'ll\b"
    r"|\b(?:is|are|was|were|be)\s+(?:due|expected|scheduled|set|to)\b",
    re.I,
)
_IRREGULAR = (
    "began became bought brought broke built came caught chose could did drew drove fell felt "
    "fled flew fought found froze gave got grew had heard held kept knew led left lost made "
    "meant met paid ran rose sank sat saw said sent sold sought spent spoke stood struck swept "
    "took taught thought threw told went withdrew won wrote"
)
_TENSED = re.compile(
    rf"\b(?:is|are|was|were|has|have|does|do|says|tells|can|must|should|"
    rf"{'|'.join(_IRREGULAR.split())}|[a-z]{{2,}}ed)\b",
    re.I,
)
_NOT_VERBS = {"hundred", "indeed", "speed", "seed", "breed", "greed", "weed"}


Clause = tuple[int, int, str, str]  # start, end, its tense, its first marker's


def _clauses(sentence: str) -> tuple[Clause, ...]:
    """The sentence's clauses with the tense each shows ("" when none), and the tense
    of its first marker."""
    cuts = [0, *(i for m in _CLAUSE_BREAK.finditer(sentence) for i in m.span()), len(sentence)]
    pairs = zip(cuts[::2], cuts[1::2])
    return tuple((a, b, *_tenses(sentence[a:b])) for a, b in pairs)


def _tenses(clause: str) -> tuple[str, str]:
    """The clause's tense (forward when it has a future marker, else past when it has a
    tensed verb, else "") and the tense of its first marker ("the union said nurses
    would stage …": forward, and past first)."""
    future = [m.span() for m in _FUTURE.finditer(clause)]
    marks = sorted(
        [(a, "forward") for a, _ in future]
        + [
            (m.start(), "past")
            for m in _TENSED.finditer(clause)
            if m.group().lower() not in _NOT_VERBS
            and not any(a <= m.start() < b for a, b in future)
        ]
    )
    if not marks:
        return "", ""
    return ("forward" if future else "past"), marks[0][1]


def _forward(ctx: _Context, at: int) -> bool:
    """Whether the clause at offset `at` looks forward (see the header comment): its own
    tense, else the nearest tense of the clauses before it, else the first marker of
    the clauses after it ("On Tuesday evening, …, the union said nurses would stage …"
    is a past Tuesday: the clause that gives it a tense opens with "said")."""
    ends = [c[1] for c in ctx.clauses]
    here = next((i for i, end in enumerate(ends) if at < end), len(ends) - 1)
    before = [c[2] for c in reversed(ctx.clauses[: here + 1]) if c[2]]
    after = [c[3] for c in ctx.clauses[here + 1 :] if c[3]]
    return next(iter(before + after), "past") == "forward"


# --- calendar arithmetic ----------------------------------------------------------------


def _as_date(value: str) -> date | None:
    day = parse_date(value) if value else ""
    return date.fromisoformat(day) if day else None


def _month_end(day: date) -> date:
    return _shift_month(day, 1) - timedelta(days=1)


def _shift_month(day: date, months: int) -> date:
    """The 1st of the month `months` after `day`'s."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, 1)


def _month_span(year: int, month: int) -> Span:
    first = date(year, month, 1)
    return first, _month_end(first)


def _weekday_back(pub: date, weekday: int, strict: bool) -> date:
    days = (pub.weekday() - weekday) % 7
    return pub - timedelta(days=days or (7 if strict else 0))


def _weekday_ahead(pub: date, weekday: int, strict: bool) -> date:
    days = (weekday - pub.weekday()) % 7
    return pub + timedelta(days=days or (7 if strict else 0))


def _year_for(month: int, day: int, pub: date, forward: bool, deadline: bool) -> date | None:
    """The occurrence of month/day nearest pub, a year off when tense says so."""
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _day(y, month, day))]
    if not options:
        return None
    best = min(options, key=lambda d: abs((d - pub).days))
    if deadline:
        return best
    if not forward and (best - pub).days > YEAR_WINDOW_DAYS:
        return _day(best.year - 1, month, day)
    if forward and (pub - best).days > YEAR_WINDOW_DAYS:
        return _day(best.year + 1, month, day)
    return best


def _day(year: int | str, month: int | str, day: int | str) -> date | None:
    text = iso(year, month, day)
    return date.fromisoformat(text) if text else None


def _unit_span(unit: str, pub: date, shift: int) -> Span:
    """The week (Monday..Sunday), month or year `shift` units from pub's."""
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        first = _shift_month(pub, shift)
        return _month_span(first.year, first.month)
    return date(pub.year + shift, 1, 1), date(pub.year + shift, 12, 31)


def _one(day: date | None) -> Span | None:
    return (day, day) if day else None


# --- the rules --------------------------------------------------------------------------

_MONTH = rf"(?P<month>{CAP_MONTH})\b"  # without the dot "Sept." may take: "… 16 March."
_M = rf"{_MONTH}\.?"
_FULL_MONTH = rf"(?P<month>{'|'.join(m.capitalize() for m in MONTH_NAMES[1:])})\b"  # "in July"
_D = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![.,:]\d)"
_Y = r"(?P<year>(?:19|20)\d\d)\b(?![,.]?\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night)\b)?"
_NUMBERS = "zero one two three four five six seven eight nine ten eleven twelve".split()
_N = rf"(?P<n>\d{{1,2}}|an?|{'|'.join(_NUMBERS[1:])})"
# "in", "since", "until", "by", "early", "mid-" ... before a month or year that stands alone
_IN = r"\b(?i:(?:in|since|until|till|by|from|through|during|of|early|late)\s+|mid-)"
_IN += r"(?i:(?:early|late)\s+|mid-)?"
_DEADLINE = re.compile(r"\b(?:until|till|by)\s+(?:(?:early|late|mid-)\s*)?$", re.I)
_HAS_YEAR = re.compile(r"\d{4}")
_POSSESSIVE = re.compile(r"['’]s\b")
_DAY_OFFSETS = {"yesterday": -1, "last night": -1, "tomorrow": 1}  # the others: 0, or below
_DAY_OFFSETS |= {"the day before yesterday": -2, "the day after tomorrow": 2}
_WEEKDAY = "|".join(WEEKDAYS)


def _count(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return 1 if word in ("a", "an") else _NUMBERS.index(word)


def _units(m: re.Match[str]) -> timedelta:
    """A count of days or weeks ("three days", "a week") as a length of time."""
    n = _count(m["n"])
    return timedelta(weeks=n) if m["unit"].lower() == "week" else timedelta(days=n)


def _calendar(m: re.Match[str], ctx: _Context) -> Span | None:
    return _one(_day(m["year"], m["month"], m["day"]))


def _apposed(m: re.Match[str], ctx: _Context) -> Span | None:
    """A date a weekday stands before ("Thursday, 16 March"): with its year, or the
    year a month and day alone would have; None without a year in an undated report."""
    if m["year"]:
        return _calendar(m, ctx)
    return _month_day(m, ctx) if ctx.pub else None


def _month_year(m: re.Match[str], ctx: _Context) -> Span | None:
    return _month_span(int(m["year"]), MONTHS[m["month"].lower()])


def _year(m: re.Match[str], ctx: _Context) -> Span | None:
    return date(int(m["year"]), 1, 1), date(int(m["year"]), 12, 31)


def _month_day(m: re.Match[str], ctx: _Context) -> Span | None:
    month, deadline = MONTHS[m["month"].lower()], bool(_DEADLINE.search(ctx.text[: m.start()]))
    return _one(_year_for(month, int(m["day"]), ctx.day, _forward(ctx, m.start()), deadline))


def _month_alone(m: re.Match[str], ctx: _Context) -> Span | None:
    """A month alone ("in July"): its year is chosen as for its 15th."""
    month, deadline = MONTHS[m["month"].lower()], bool(_DEADLINE.search(m.string, 0, m.start("x")))
    mid = _year_for(month, 15, ctx.day, _forward(ctx, m.start("x")), deadline)
    return _month_span(mid.year, month) if mid else None


def _anchored(m: re.Match[str], ctx: _Context) -> Span | None:
    """A day counted from the last month-day earlier in the sentence ("the day before",
    "two days later"), that one read as past; "the day before/after" only when nothing
    follows."""
    anchors = list(_ANCHOR.finditer(ctx.text, 0, m.start()))
    if not anchors or (m["which"] and not _ENDS.match(ctx.text, m.end())):
        return None
    a = anchors[-1]
    month, day = MONTHS[a["month"].lower()], int(a["day"])
    if a["year"]:
        base = _day(a["year"], month, day)
    else:
        base = _year_for(month, day, ctx.day, forward=False, deadline=False)
    if base is None:
        return None
    if m["which"]:
        return _one(base + timedelta(days=-1 if m["which"].lower() in _BEFORE else 1))
    sign = -1 if m["dir"].lower() == "earlier" else 1
    return _one(base + sign * _units(m))


def _ago(m: re.Match[str], ctx: _Context) -> Span | None:
    return _one(ctx.day - _units(m))


def _day_word(m: re.Match[str], ctx: _Context) -> Span | None:
    key = " ".join(m["word"].lower().split())
    return _one(ctx.day + timedelta(days=_DAY_OFFSETS.get(key, 0)))


def _overnight(m: re.Match[str], ctx: _Context) -> Span | None:
    return ctx.day - timedelta(days=1), ctx.day


def _weekday(m: re.Match[str], ctx: _Context) -> Span | None:
    """Bare (or "this"): by tense, same day allowed; "last"/"next": strictly before/after."""
    which, weekday = " ".join((m["which"] or "").lower().split()), WEEKDAYS.index(m["wd"].lower())
    if which in ("last", "past", "this past"):
        return _one(_weekday_back(ctx.day, weekday, strict=True))
    if which == "next":
        return _one(_weekday_ahead(ctx.day, weekday, strict=True))
    if _forward(ctx, m.start()):
        return _one(_weekday_ahead(ctx.day, weekday, strict=False))
    return _one(_weekday_back(ctx.day, weekday, strict=False))


def _period(m: re.Match[str], ctx: _Context) -> Span | None:
    """last / this / next / earlier this / later this week, month or year."""
    which, unit, pub = " ".join(m["which"].lower().split()), m["unit"].lower(), ctx.day
    first, last = _unit_span(unit, pub, {"last": -1, "next": 1}.get(which, 0))
    if which == "earlier this":
        return first, pub - timedelta(days=1)
    if which == "later this":
        return pub + timedelta(days=1), last
    return first, last


def _weekend(m: re.Match[str], ctx: _Context) -> Span | None:
    """this / last / next weekend; "the weekend": the coming one looking forward, else
    the latest to have begun."""
    which, pub = m["which"].lower(), ctx.day
    saturday = pub - timedelta(days=pub.weekday()) + timedelta(days=5)
    shift = {"last": -1, "next": 1, "this": 0}.get(which)
    if shift is None:
        shift = 0 if _forward(ctx, m.start()) or pub.weekday() >= 5 else -1
    first = saturday + timedelta(weeks=shift)
    return first, first + timedelta(days=1)


_BEFORE = ("day before", "previous day")
_ANCHOR = re.compile(rf"\b{_M}\s+{_D}(?:,?\s+{_Y})?")
_ENDS = re.compile(r"\s*(?:[.,;:!?)\[—–]|\s-\s|$)")


def _days(m: re.Match[str], ctx: _Context) -> Span | None:
    """A span of days written as `written` writes it: "Oct. 12–18, 2026", "Sept. 28–Oct.
    4, 2026"."""
    last_month = m["month2"] or m["month"]
    first, last = _day(m["year"], m["month"], m["day"]), _day(m["year"], last_month, m["day2"])
    return (first, last) if first and last else None


_THROUGH = rf"\s*[–-]\s*(?:(?P<month2>{CAP_MONTH})\b\.?\s+)?(?P<day2>\d{{1,2}})\b,?\s+{_Y}"

_APPOSED = rf"(?i:{_WEEKDAY}),?\s+"  # "Thursday, " before the date it names

_RULES = (
    _Rule(re.compile(rf"\b{_M}\s+{_D}{_THROUGH}"), _days, True, False),
    _Rule(re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b"), _calendar, True, False),
    _Rule(re.compile(rf"\b{_M}\s+{_D},?\s+{_Y}"), _calendar, True, False),
    _Rule(re.compile(rf"\b{_D}\s+(?:of\s+)?{_M},?\s+{_Y}"), _calendar, True, False),
    _Rule(re.compile(rf"\b{_M},?\s+{_Y}"), _month_year, True, False),
    _Rule(re.compile(rf"{_IN}(?P<x>{_Y})", re.I), _year, True, False),
    _Rule(re.compile(rf"\b{_M}\s+{_D}"), _month_day, True),
    # a weekday in apposition to its date is that date ("Thursday, 16 March", "Thursday,
    # September 21"), not the weekday nearest the report
    _Rule(re.compile(rf"\b{_APPOSED}{_M}\s+{_D}(?:,?\s+{_Y})?"), _apposed, True, False),
    _Rule(
        re.compile(rf"\b{_APPOSED}(?:the\s+)?{_D}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_Y})?"),
        _apposed,
        True,
        False,
    ),
    _Rule(re.compile(rf"{_IN}(?P<x>{_FULL_MONTH})"), _month_alone, True),
    _Rule(
        re.compile(
            r"\bthe\s+(?P<which>day\s+before|day\s+after|following\s+day|next\s+day|previous\s+day)\b"
            rf"|\b{_N}\s+(?P<unit>day|week)s?\s+(?P<dir>later|earlier|afterwards)\b(?!\s+than\b)",
            re.I,
        ),
        _anchored,
    ),
    _Rule(re.compile(rf"\b{_N}\s+(?P<unit>day|week)s?\s+ago\b", re.I), _ago),
    _Rule(
        re.compile(
            r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday"
            rf"|tomorrow|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)){_PART}",
            re.I,
        ),
        _day_word,
    ),
    _Rule(re.compile(r"\bovernight\b", re.I), _overnight),
    _Rule(
        re.compile(
            rf"\b(?:(?P<which>last|next|(?:this\s+)?past|this)\s+)?(?P<wd>{_WEEKDAY})\b{_PART}",
            re.I,
        ),
        _weekday,
    ),
    _Rule(
        re.compile(
            r"(?<!the )\b(?P<which>earlier\s+this|later\s+this|last|next|this)\s+"
            r"(?P<unit>week|month|year)\b",
            re.I,
        ),
        _period,
    ),
    _Rule(re.compile(r"\b(?P<which>this|last|next|the)\s+weekend\b", re.I), _weekend),
)
