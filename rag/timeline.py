"""Timeline: dated events from the scored evidence sentences. Model-free.

Every evidence sentence (`rag.evidence.Scored`) that names a date a reader can place, a
calendar date or a relative one ("on Tuesday", "yesterday") resolved against its own
article's publication date (`rag.relative.relative_dates`), becomes a `TimelineEvent` on
that date; a sentence with no resolvable date is not put on the line. One date per
sentence, the one that says when its event happened (`event_date`): a day or a span of
at most a week; the date of the attribution ("..., the agency said on Tuesday") only
when there is no other, and a date in an aside ("in intensive care since Sept. 9",
", after placing him on leave last week") only when there is nothing else; a relative
day inside a quotation ("a week ago", said by a speaker) never (`_quoted`). A sentence
with no date of its own that opens by pointing back ("Afterwards …", "Hours after the
result, …", "The next day …") is placed on the date of the sentence before it. The same
event told by several reports (same date, sentence vectors at cosine ≥
`merge_similarity`) is one event: the earliest report is kept, the other reports'
outlets and passage numbers listed beside it. `before_after` keeps the events before or
after an anchor date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np

from rag.dates import MISSED_DAY
from rag.evidence import Scored
from rag.relative import DateMention, relative_dates
from rag.text import content_words

MAX_SPAN_DAYS = 7  # "last week", "overnight" place an event; "last year" does not

# A date right after a reporting verb dates the report ("said on Tuesday", "told the
# assembly on Wednesday"); a date in a subordinate clause ("after placing him on leave
# last week", "who took over on Oct. 14") or after "since" / "until" / "rather than"
# dates another event, a state or a deadline. Either gives way to a date of the event.
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|added|stated)\b(?:\s+[\w'’.-]+){0,3}\s+(?:(?:late|early)\s+)?"
    r"(?:on|in|at)?\s*$",
    re.I,
)
# A sentence that opens by pointing back to the time of the one before it
FOLLOWS = re.compile(
    r"^\W*(?:(?P<next>the\s+(?:next|following)\s+(?:day|morning|afternoon|evening))"
    r"|afterwards?|soon\s+after(?:wards)?|shortly\s+after(?:wards)?"
    r"|(?:hours|minutes|moments)\s+(?:later|after)|later\s+that\s+(?:day|morning|afternoon|evening|night)"
    r"|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)|the\s+same\s+day"
    r"|on\s+the\s+same\s+day|earlier\s+that\s+(?:day|morning|afternoon|evening))\b",
    re.I,
)
_PARTICIPLE = (
    r"(?-i:[a-z]+ed|made|held|given|taken|set|put|sent|signed|built|paid|sold|bought|shown|"
    r"begun|struck|cut|shut|kept|met|won|lost)"
)
_ASIDE = re.compile(
    r"\b(?:since|until|till|by|from|rather\s+than)\s+(?:the\s+)?$"
    r"|(?:^|[,;:—–]\s*)(?:after|before|since|until|which|who|whose|where|when|while)\b[^,;:—–]*$"
    # a participle set off by commas ("The new offer, made on Saturday, is up from the
    # 4.2% rejected …"): the date of what the aside tells, not of the sentence's event
    rf"|[,;—–]\s*{_PARTICIPLE}\s+(?:on|in|at|for|last|this)\s+[^,;:—–]*$"
    # the day of an earlier value the sentence's own is set against ("…, up from nine on
    # Wednesday"): not the day of the sentence's event
    r"|\b(?:up|down)\s+from\s+[^,;:—–]*$",
    re.I,
)
# The whole of such an aside: "The Eastgate Harvest Fair, postponed from Sept. 19, went
# ahead last Saturday" tells the postponement only in passing; its date is the fair's.
_PARTICIPLE_ASIDE = re.compile(rf"[,;—–]\s*{_PARTICIPLE}\b[^,;:—–]*(?=[,;:—–])")
# … and a past event named by a noun after "since": "Police said he had been on bail
# since his arrest and was charged when he answered bail on Monday" (Monday is the
# charge's day, not the arrest's)
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:his|her|its|their|the)\s+\w+(?:\s+of\s+(?:the\s+)?\w+)?", re.I
)
_BOUNDARY = re.compile(r"[,;:—–()]")
# A date a plan is set for ("first planned to reopen on April 15", "expects payments to
# return by Feb. 28", "put back its reopening from April 15 to April 29"): the day of
# what was planned, which has not happened when the sentence is written, not the day
# of the sentence's event (the putting back, the announcing).
_PLAN_DATE = re.compile(
    r"(?:\b(?:plan(?:s|ned|ning)?|expects?|expected|hopes?|hoped|aims?|aimed|intends?|intended)"
    r"\s+(?:[\w'’-]+\s+){0,4}?|\b(?:due|scheduled|set)\s+)"  # not "set fire to", "due to the"
    r"to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]+(?:\s+[\w.'’-]+){0,8}?"
    r"\s+(?:on|in|by|for)\s+(?:the\s+)?$",
    re.I,
)
# "put back its reopening from April 15 to April 29": the old and the new day of what was
# moved, neither the day it was moved on
_MOVED = re.compile(
    r"\b(?:put|pushed|set|moved|brought)\s+(?:back|forward)\b|\bpostpon|\bdelay|\bresched",
    re.I,
)
_FROM, _TO = re.compile(r"\bfrom\s+$", re.I), re.compile(r"\s+to\s+", re.I)
_PLAN_WORDS = re.compile(
    r"\b(?:plan\w*|expect\w*|due|schedul\w*|date|deadline|will|would|to\s+be)\b", re.I
)
_NOT_DONE = re.compile(
    r"\b(?:would|will|could|did|does|do|has|have|had|was|were|is|are)\s+not\b"
    r"|\b(?:refused|declined|failed)\s+to\b|\bnever\b|n[’']t\b"
    rf"|{MISSED_DAY.pattern}",  # what should have happened, or was only aimed for
    re.I,
)
# "will not reopen until May 13": a negation that runs to "until" puts a thing back; it
# does not say it was not done
_NOT_UNTIL = re.compile(r"\s+(?:[\w'’-]+\s+){0,8}?until\b", re.I)
# "has not yet published", "is yet to": a thing not done by the day of the report
_NOT_YET = re.compile(
    r"\bnot\s+yet\b|\byet\s+to\b|\b(?:has|have|had)\s+(?:still\s+)?not\b|\b(?:has|have|had)n[’']t\b",
    re.I,
)
# "for a second time", "the third time": which of the repeated events a sentence tells
_NTH_WORDS = r"(?P<nth>first|second|third|fourth|fifth)"
_NTH_TIME = re.compile(rf"\b(?:a|the)\s+{_NTH_WORDS}\s+time\b", re.I)
_NTH = re.compile(rf"\b{_NTH_WORDS}\b", re.I)
# A sentence that tells its own event after (before) another it names: "… has postponed a
# five-day strike by a week, to March 29, after Health Minister Selwyn Thackery stepped
# into the dispute" (not "named after", "after all", "day after day")
_RELATED = {
    "after": re.compile(
        r"(?<!named\s)(?<!\bday\s)\b(?:after|following)\s+(?!(?:all|that|which|this|day)\b)",
        re.I,
    ),
    "before": re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\s+", re.I),
}
# "The announcement came two days after …": its own event is another sentence's
_CAME = re.compile(
    r"^\W*(?:the|this|that|it|its|his|her|their)\b(?:\s+[\w'’-]+){0,3}?\s+(?:came|comes)\b",
    re.I,
)
# a sentence telling what is still to come, could be, or is only wished or threatened
_UNDONE = re.compile(
    r"\b(?:will|would|could|might|(?-i:may)|shall|must|should)\b"  # not the month May
    r"|\b(?:plans?|planning|threaten\w*|hopes?|wants?|intends?)\s+to\b",
    re.I,
)
# words of a question that ask for any event, not about one thing
_ANY_EVENT = frozenset(content_words("what happened next major development story give dates"))


@dataclass(frozen=True)
class TimelineEvent:
    date: str  # ISO: the day it happened (the first day of a span)
    end_date: str  # ISO: the last day (== date for a single day)
    sentence: str  # verbatim from the passage
    n: int  # passage number of the earliest report
    outlet: str
    published_at: str  # of the earliest report ("" when its article is undated)
    also: tuple[str, ...] = ()  # other outlets reporting the same event, in report order
    also_n: tuple[int, ...] = ()  # their passage numbers
    score: float = 0.0  # relevance to the question of its best sentence (`rag.evidence`)
    by_report: bool = False  # undated in its sentence: it happened by its report's day
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)  # its sentence's


def event_date(sentence: str, published_at: str) -> DateMention | None:
    """The date `sentence` says its event happened on, or None (see the module note)."""
    found = [
        m
        for m in relative_dates(sentence, published_at)
        if _placeable(m) and (m.absolute or not _quoted(sentence, m.start))
    ]
    found = [m for m in found if not _moved_from_to(sentence, m, found)]
    if not found:
        return None
    return min(found, key=lambda m: (_demoted(sentence, m), m.start))


def timeline(
    scored: Sequence[Scored], merge_similarity: float, context: Sequence[Scored] = ()
) -> list[TimelineEvent]:
    """The dated events of `scored`, near-duplicates merged, in date order. `context`
    (every sentence of the passages read) gives the sentence before each one, whose
    date an undated sentence takes when it opens by pointing back to it (`FOLLOWS`:
    "Afterwards he said the tower would be removed")."""
    before = {(c.n, c.position): c for c in context}
    dated = [
        (event, s.vector)
        for s in _by_report(scored)
        if (event := _event(s) or _following(s, before.get((s.n, s.position - 1))))
    ]
    merged: list[tuple[TimelineEvent, list[np.ndarray]]] = []
    for event, vector in dated:
        same = _same_event(merged, event, vector, merge_similarity)
        if same is None:
            merged.append((event, [vector]))
        else:
            kept, vectors = merged[same]
            merged[same] = (_with_report(kept, event), [*vectors, vector])
    return sorted((e for e, _ in merged), key=lambda e: (e.date, e.end_date, _report_key(e)))


def most_relevant(
    events: Sequence[TimelineEvent], limit: int, diversity: float = 0.0
) -> list[TimelineEvent]:
    """The `limit` events most relevant to the question, still in date order (a long
    story keeps its most asked-about events, not merely its first ones). Each pick
    after the first weighs its relevance less `diversity` × its closeness to the
    events already picked (maximal marginal relevance): one more death-toll update
    gives way to a step of the story not told yet."""
    kept: set[int] = set()
    rest = list(range(len(events)))
    closest = [0.0] * len(events)  # cosine to the closest event kept so far (0: no vector)
    while rest and len(kept) < limit:
        best = max(rest, key=lambda i: events[i].score - diversity * closest[i])
        kept.add(best)
        rest.remove(best)
        if (w := events[best].vector) is not None:
            for i in rest:
                if (v := events[i].vector) is not None:
                    closest[i] = max(closest[i], float(v @ w))
    return [e for i, e in enumerate(events) if i in kept]


def main_story(stories: Sequence[str], scores: Sequence[float], margin: float) -> str:
    """The story that relevant sentences (`stories[i]` holds `scores[i]`) speak most
    for: among the stories whose best sentence is within `margin` of the best sentence
    of all, the highest sum of scores (a timeline of one event, not of everything the
    passages mention, and not of a lone follow-up whose one sentence scores a little
    better; but a story far less relevant than the best sentence does not win by
    volume); "" when stories are not marked."""
    weight: dict[str, float] = {}
    best: dict[str, float] = {}
    for story, score in zip(stories, scores):
        weight[story] = weight.get(story, 0.0) + score
        best[story] = max(best.get(story, score), score)
    if not weight:
        return ""
    top = max(best.values())
    near = [k for k in weight if best[k] >= top - margin]
    return max(near, key=lambda k: weight[k])


def before_after(anchor: str, events: Sequence[TimelineEvent], after: bool) -> list[TimelineEvent]:
    """The events strictly after (or before) the ISO date `anchor`, in date order; an
    event on the anchor's own day is neither (the order within a day is unknown). What
    came after is told by reports written on the anchor's day or later: a plan an earlier
    report gives ("Students will now sit a replacement paper on March 14", written
    before the arrest that moved it) is no consequence of the anchor."""
    if after:
        return [
            e
            for e in events
            if e.date > anchor and (not e.published_at or e.published_at[:10] >= anchor)
        ]
    return [e for e in events if e.end_date < anchor]


@dataclass(frozen=True)
class Related:
    """A sentence's event, told after (or before) another event the sentence names."""

    event: TimelineEvent
    other: str  # the clause naming the other event ("Health Minister … stepped into …")


def related(s: Scored, relation: str, question: str, anchor: str) -> list[Related]:
    """The events `s` says, in its own words, that its own event came `relation`
    ("after" / "before"): "What happened to the planned strike after the minister got
    involved?" — "… has postponed the strike …, after Health Minister Selwyn Thackery
    stepped into the dispute", whether or not a report dates the minister's part, and on
    its day too. Only a dated report's sentence that tells what happened (not a plan, a
    threat, or what was not done), about what the question asks of (a word of the
    question outside its `anchor`, unless it asks for any event), and not one whose own
    event is told elsewhere ("The announcement came two days after …"); on its own date,
    else by its report's day."""
    if not s.published_at or _UNDONE.search(s.sentence) or _says_not_done(s.sentence):
        return []
    asked = content_words(question) - content_words(anchor) - _ANY_EVENT
    others = []
    for m in _unquoted(_RELATED[relation], s.sentence):
        stop = _clause_end(s.sentence, m.end())
        own = s.sentence[: m.start()] + s.sentence[stop:]
        if not _CAME.match(own) and (not asked or asked & content_words(own)):
            others.append(s.sentence[m.end() : stop])
    if not others:
        return []  # most sentences: no event of theirs to date
    event = _event(s) or replace(_at(s, s.published_at[:10]), by_report=True)
    return [Related(event, other) for other in others]


def anchor_date(sentence: str, published_at: str) -> str:
    """The ISO date an anchor event's sentence gives ("" when none): the event the
    question is before or after ("after Rutt resigned" → the day Rutt resigned)."""
    found = event_date(sentence, published_at)
    return found.date if found else ""


# --- helpers ----------------------------------------------------------------------------


def _quoted(sentence: str, at: int) -> bool:
    """Is offset `at` inside a quotation ("…", “…”)? A relative day a speaker says ("so
    people infected a week ago", "We will review the search on Sunday") counts from
    the day they spoke, and it dates what they say, not an event of the story."""
    before = sentence[:at]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


def _says_not_done(sentence: str) -> bool:
    """Does `sentence` say, in its own words, that something was not done ("he would not
    intervene")? A speaker's words in a quotation ("we will not back down") do not count."""
    return any(not _NOT_UNTIL.match(sentence, m.end()) for m in _unquoted(_NOT_DONE, sentence))


def _unquoted(pattern: re.Pattern[str], sentence: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in the sentence's own words, not in a quotation."""
    return (m for m in pattern.finditer(sentence) if not _quoted(sentence, m.start()))


def _other_time(sentence: str, anchor: str) -> bool:
    """Does `sentence` tell another one of a repeated event than the `anchor` names
    ("… put back … for a second time" for "the payments were first put back")?"""
    told, named = _NTH_TIME.search(sentence), _NTH.search(anchor)
    return bool(told and named and told["nth"].lower() != named["nth"].lower())


def _moved_from_to(sentence: str, m: DateMention, found: Sequence[DateMention]) -> bool:
    """Is `m` one end of "from DATE to DATE" in a sentence that tells a thing moved
    (`_MOVED`): the day it was planned for, or the day it is planned for now?"""
    if not _MOVED.search(sentence[: m.start]):
        return False
    ordered = sorted(found, key=lambda d: d.start)
    return any(
        m in (a, b)
        and _TO.fullmatch(sentence[a.end : b.start])
        and _FROM.search(sentence[: a.start])
        for a, b in zip(ordered, ordered[1:])
    )


def _placeable(m: DateMention) -> bool:
    days = (date.fromisoformat(m.end_date) - date.fromisoformat(m.date)).days
    return days < MAX_SPAN_DAYS


def _demoted(sentence: str, m: DateMention) -> int:
    """0 for a date of the sentence's event, 1 for the date of its attribution, 2 for a
    date in an aside or the date a plan is set for: the lowest wins, then the first in
    the sentence."""
    before = sentence[: m.start]
    if _ASIDE.search(before) or _PLAN_DATE.search(before):
        return 2
    return 1 if _REPORTED.search(before) else 0


def _event(s: Scored, anchor: str = "") -> TimelineEvent | None:
    found = event_date(s.sentence, s.published_at)
    if found is None or (anchor and not _dates_anchor(s.sentence, found, anchor)):
        return None
    return replace(_at(s, found.date), end_date=found.end_date)


def _dates_anchor(sentence: str, m: DateMention, anchor: str) -> bool:
    """Does the date `m` of `sentence` date the `anchor` event? Not when it stands in an
    aside (`_ASIDE`) that shares no word with the anchor: the aside tells another event;
    nor when it is the day a plan is set for (`_PLAN_DATE`) and the anchor speaks of no
    plan: "first planned to reopen on April 15" does not date "the park first put back
    its reopening"."""
    if _PLAN_DATE.search(sentence[: m.start]) and not _PLAN_WORDS.search(anchor):
        return False
    if _in_other_relation(sentence, m, anchor):
        return False
    if not _ASIDE.search(sentence[: m.start]):
        return not _told_in_passing(sentence, m, anchor)
    start = max((b.end() for b in _BOUNDARY.finditer(sentence, 0, m.start)), default=0)
    told = sentence[start : _clause_end(sentence, m.end)]  # the aside's clause
    return bool(content_words(told) & content_words(anchor))


def _in_other_relation(sentence: str, m: DateMention, anchor: str) -> bool:
    """Does the date `m` stand in a clause the sentence tells its own event after (before)
    (`_RELATED`, with or without a comma before it) that shares no word with the
    `anchor`? "Sundhollow has stopped all preparatory work … after Planning Minister
    Lavinia Okonedo called in the project on Monday": Monday is the call-in's day, not the
    day of "Save Skelda Moor took the council to court"."""
    for pattern in _RELATED.values():
        for r in pattern.finditer(sentence, 0, m.start):
            if m.start < (stop := _clause_end(sentence, r.end())):
                return not content_words(sentence[r.end() : stop]) & content_words(anchor)
    return False


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause going on at offset `at` ends: the next comma, colon, dash or
    bracket (`_BOUNDARY`), or the sentence's end."""
    end = _BOUNDARY.search(sentence, at)
    return end.start() if end else len(sentence)


def _told_in_passing(sentence: str, m: DateMention, anchor: str) -> bool:
    """Does a word of the `anchor` stand in `sentence` only inside a participle aside
    that does not hold the date `m` ("postponed" in "The Eastgate Harvest Fair,
    postponed from Sept. 19, went ahead last Saturday"), or only in the past event a
    "since" names ("since his arrest")? Then `m` dates another event."""
    wanted = content_words(anchor)
    for aside in (*_PARTICIPLE_ASIDE.finditer(sentence), *_SINCE_EVENT.finditer(sentence)):
        if aside.start() <= m.start < aside.end():
            continue
        rest = sentence[: aside.start()] + sentence[aside.end() :]
        if (content_words(aside.group()) & wanted) - content_words(rest):
            return True
    return False


def _at(s: Scored, day: str) -> TimelineEvent:
    return TimelineEvent(
        day,
        day,
        s.sentence,
        s.n,
        s.outlet,
        s.published_at,
        score=s.score,
        vector=s.vector,
    )


def _following(s: Scored, previous: Scored | None) -> TimelineEvent | None:
    """`s`, which dates nothing itself, on its previous sentence's date, when `s` opens
    by pointing back to it ("Afterwards …", "Hours after the result, …", "That evening
    …"; "The next day …" a day later) and the previous sentence dates an event."""
    opening = FOLLOWS.match(s.sentence)
    if opening is None or previous is None:
        return None
    found = event_date(previous.sentence, previous.published_at)
    if found is None or found.is_span:
        return None
    day = found.date
    if opening.group("next"):
        day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    return _at(s, day)


def _report_key(e: TimelineEvent | Scored) -> tuple[str, int]:
    return (e.published_at or "9999-99-99", e.n)  # undated reports count as the latest


def _by_report(scored: Sequence[Scored]) -> list[Scored]:
    """Earliest report first, so that a merged event keeps the first report of it."""
    return sorted(scored, key=lambda s: (*_report_key(s), s.position))


def _same_event(
    merged: Sequence[tuple[TimelineEvent, list[np.ndarray]]],
    event: TimelineEvent,
    vector: np.ndarray,
    threshold: float,
) -> int | None:
    for i, (kept, vectors) in enumerate(merged):
        if (kept.date, kept.end_date) != (event.date, event.end_date):
            continue
        if kept.sentence == event.sentence or max(float(v @ vector) for v in vectors) >= threshold:
            return i
    return None


def _with_report(kept: TimelineEvent, other: TimelineEvent) -> TimelineEvent:
    """`kept` with `other`'s outlet listed (once, and never its own), as relevant as
    the more relevant of the two."""
    kept = replace(kept, score=max(kept.score, other.score))
    if other.outlet == kept.outlet or other.outlet in kept.also:
        return kept
    return replace(kept, also=(*kept.also, other.outlet), also_n=(*kept.also_n, other.n))


def find_event(
    vector: np.ndarray, scored: Sequence[Scored], min_similarity: float, anchor: str = ""
) -> TimelineEvent | None:
    """The dated event whose sentence is closest to `vector` (the `anchor` event the
    question names, embedded), or None when no placeable sentence is that close. A
    sentence whose only date stands in an aside about something else ("The new offer,
    made on Saturday, is up from the 4.2% rejected …" for "nurses rejected the 4.2%
    offer") does not date the anchor, nor does one that tells what did not happen ("he
    would not intervene" for "the minister got involved"). A sentence that says every
    word of the anchor comes before one that does not, however close ("… before the
    cooling tower at Holloway Cold Storage … was shut down on Friday" over "Work to
    dismantle the cooling tower at Holloway Cold Storage … began on Monday" for "the
    Holloway cooling tower was shut down")."""
    words = content_words(anchor)
    keyed = [(k, s) for s in scored if (k := _anchor_key(s, vector, words))[1] >= min_similarity]
    denials = [(k, s.published_at) for k, s in keyed if anchor and _says_not_yet(s, words)]
    best: tuple[tuple[bool, float], TimelineEvent] | None = None
    for key, s in keyed:
        if best and key <= best[0]:
            continue
        if anchor and (_says_not_done(s.sentence) or _other_time(s.sentence, anchor)):
            continue  # "he would not intervene": what did not happen dates no event
        event = _event(s, anchor)
        if event is not None and not _denied_by(event, key, denials):
            best = (key, event)
    return best[1] if best else None


def _anchor_key(s: Scored, vector: np.ndarray, words: set[str]) -> tuple[bool, float]:
    """How well a sentence tells the anchor: all its words said first, then closeness."""
    return (bool(words) and words <= content_words(s.sentence), float(s.vector @ vector))


def _says_not_yet(s: Scored, anchor_words: set[str]) -> bool:
    """Does a dated report say, in its own words, that the anchor's thing has not happened
    yet ("Nightjar … has not yet published the stolen files")? Then it had not happened by
    that day."""
    return bool(s.published_at) and _negates(_NOT_YET, s.sentence, anchor_words)


def _negates(pattern: re.Pattern[str], sentence: str, words: set[str]) -> bool:
    """Does a negation (`pattern`) in the sentence's own words deny one of `words`? The
    words it denies, up to the end of its clause, must share one with them: "Police, who
    have not yet named the victim, said the fire started on Tuesday" denies a naming,
    not the fire; "will not reopen until May 13" puts a thing back, it denies nothing."""
    return any(
        content_words(sentence[m.end() : _clause_end(sentence, m.end())]) & words
        for m in _unquoted(pattern, sentence)
        if not _NOT_UNTIL.match(sentence, m.end())
    )


def premise_denied(event: str, sentences: Sequence[str]) -> str:
    """The sentence that says an event a question takes as having happened did not (or
    not yet), when every sentence that says all of the event's words denies it: "… said
    he would not intervene while the council was investigating" for "What did the exam
    council do after the education minister intervened?". "" when no sentence tells the
    event, one tells it without denying it, or the event is a word or less."""
    words = content_words(event)
    if len(words) < 2:
        return ""
    telling = [s for s in sentences if words <= content_words(s)]
    denying = [s for s in telling if _negates(_NOT_DONE, s, words) or _negates(_NOT_YET, s, words)]
    return denying[0] if telling and len(denying) == len(telling) else ""


def _denied_by(
    event: TimelineEvent, key: tuple[bool, float], denials: Sequence[tuple[tuple[bool, float], str]]
) -> bool:
    """Is `event` dated before a report, at least as close to the anchor, says it had not
    happened yet ("posted a sample of stolen files on Tuesday night", Feb. 8, for "Nightjar
    published the stolen files", where a Feb. 23 report says it has not yet)?"""
    return any(d >= key and event.date < day for d, day in denials)
