"""Disagreement: outlets giving different values for what a question asks. Model-free.

`asked_kind` reads the question's first wh-phrase: a number ("how many", "death
toll"), a date ("when", "what day"), a named entity ("which channel", "who",
"where"), or, for "what did X say"-style questions, a quotation. For each outlet,
the most relevant scored sentence holding such a value near the question's own words
is taken; two outlets disagree when both sentences are relevant, about the same thing,
of the same sub-kind (a weekday never "contradicts" a calendar date), and each value
is absent from the other outlet's articles altogether (an outlet that also mentions
the other value is not contradicting it). Quotations disagree when two outlets quote
one statement in different words ("firm and frank" / "firm and open").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rag.evidence import Scored
from rag.text import MONTHS, content_words, normalize
from rag.types import Disagreement, DisagreementValue

MIN_VALUE_RELEVANCE = 0.25  # a value-bearing sentence must be this relevant to the question
MIN_PAIR_SIMILARITY = 0.25  # two outlets' sentences must be about the same thing

# --- what the question asks for --------------------------------------------------

_WH = re.compile(
    r"\b(how (?:many|much|long|old|large|big)|when|where|who(?:m|se)?|which|what)\b", re.I
)
_NUMBER_NOUNS = re.compile(
    r"^\W*(?:\w+\s+)?(number|percentage|toll|amount|figure|count|total)\b", re.I
)
_DATE_NOUNS = re.compile(r"^\W*(?:\w+\s+)?(date|day|month|year|time|weekday)\b", re.I)
_ENTITY_NOUNS = re.compile(
    r"^\W*(?:\w+\s+)?(channel|station|network|broadcaster|outlet|newspaper|paper|agency|city|"
    r"country|place|capital|venue|court|organi[sz]ation|group|party|company|church|person|official|"
    r"leader|minister|president|spokes(?:man|woman|person)|body|council|institution|location|site|"
    r"tv|television|programme|program|show|airline|team|building|region|province|town|analyst)\b",
    re.I,
)


def asked_kind(question: str) -> str | None:
    """ "number", "date" or "entity" from the question's first wh-phrase; None otherwise."""
    if re.search(r"\bdeath toll\b", question, re.I):
        return "number"
    m = _WH.search(question)
    if m is None:
        return None
    wh, rest = m.group(1).lower(), question[m.end() :]
    if wh.startswith("how"):
        return "number"
    if wh == "when":
        return "date"
    if wh in ("who", "whom", "whose", "where"):
        return "entity"
    for kind, pattern in (
        ("date", _DATE_NOUNS),
        ("number", _NUMBER_NOUNS),
        ("entity", _ENTITY_NOUNS),
    ):
        if pattern.match(rest):
            return kind
    return None


# --- values in a sentence ----------------------------------------------------------

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_VALUE = re.compile(
    rf"\b(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b\.?(?:\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|"
    "hundreds|thousands|dozens|dozen"
)
_NUMBER_VALUE = re.compile(
    rf"(?:[$€£]\s?)?\b(?:\d[\d,]*(?:\.\d+)?|{_NUMBER_WORDS})\b"
    r"(?:\s(?:million|billion|thousand|percent)\b|%)?",
    re.I,
)
_ENTITY_VALUE = re.compile(
    r"\b([A-Z][\w’'-]*[A-Za-z0-9](?:\s+(?:of\s+)?[A-Z][\w-]*)*|[A-Z]{2,}\d*|[A-Z]+\d+)\b"
)  # noqa: E501
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_DEMONYMS = set(
    [
        "French",
        "Russian",
        "Syrian",
        "American",
        "British",
        "German",
        "Ukrainian",
        "Israeli",
        "European",
        "Western",
        "Eastern",
        "Chinese",
        "Iranian",
        "Turkish",
        "Arab",
        "Kurdish",
        "Islamic",
        "Orthodox",
        "Soviet",
        "Italian",
        "Spanish",
        "English",
        "Japanese",
        "Indian",
        "Canadian",
        "Australian",
        "Palestinian",
        "Egyptian",
        "Polish",
        "Dutch",
    ]
)
_NOT_ENTITIES = (
    set(
        [
            "The",
            "A",
            "An",
            "He",
            "She",
            "It",
            "They",
            "We",
            "I",
            "This",
            "That",
            "These",
            "Those",
            "But",
            "And",
            "Or",
            "If",
            "In",
            "On",
            "At",
            "By",
            "For",
            "With",
            "From",
            "As",
            "Is",
            "Are",
            "Was",
            "Were",
            "Read",
            "More",
            "Mr",
            "Mrs",
            "Ms",
            "President",
            "Secretary",
            "Minister",
        ]
    )
    | {m.capitalize() for m in MONTHS}
    | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


def values_in(sentence: str, kind: str, question: str) -> list[tuple[str, int]]:
    """(value, character offset) of the values of `kind` in `sentence` not in the question."""
    asked = normalize(question)
    found = []
    if kind == "date":
        matches = [(m.group(0), m.start()) for m in _DATE_VALUE.finditer(sentence)]
    elif kind == "number":
        matches = [
            (m.group(0), m.start())
            for m in _NUMBER_VALUE.finditer(sentence)
            if not _is_year(m.group(0)) and not _inside_date(sentence, m.start())
        ]
    else:
        matches = [
            (m.group(0), m.start())
            for m in _ENTITY_VALUE.finditer(sentence)
            if _entity_ok(m.group(0), sentence, m.start())
        ]
    for value, offset in matches:
        if kind == "entity" and re.search(r"[’']s\s", value):  # "France’s TMC" → "TMC"
            cut = re.split(r"[’']s\s+", value)
            offset += len(value) - len(cut[-1])
            value = cut[-1]
        norm = normalize(value)
        if norm and f" {norm} " not in f" {asked} ":
            found.append((value.strip().rstrip("."), offset))
    return found


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and 1800 <= int(token) <= 2100


def _inside_date(sentence: str, offset: int) -> bool:
    return any(m.start() <= offset < m.end() for m in _DATE_VALUE.finditer(sentence))


def _entity_ok(value: str, sentence: str, offset: int) -> bool:
    first = value.split()[0].rstrip("’'s")
    if first in _NOT_ENTITIES or first in _DEMONYMS:
        return False
    return offset > 0 or bool(re.fullmatch(r"[A-Z]{2,}\d*|[A-Z]+\d+", value))


_SYNONYMS = {
    "channel": "channel station tv television network broadcaster",
    "station": "station channel tv television network broadcaster",
    "tv": "tv television channel station network",
    "television": "television tv channel station network",
    "city": "city town capital",
    "town": "town city",
    "country": "country nation state",
    "newspaper": "newspaper paper daily outlet",
    "agency": "agency service",
}
_WINDOW = {"number": 3, "date": 6, "entity": 3}  # words between a value and its anchor


def _anchors(question: str, kind: str) -> set[str]:
    """Words a value must stand near: the head noun of "which X", else the question's words."""
    m = _WH.search(question)
    if kind == "entity" and m and m.group(1).lower() in ("which", "what"):
        head = _ENTITY_NOUNS.match(question[m.end() :])
        if head:
            word = head.group(1).lower()
            return content_words(_SYNONYMS.get(word, word))
    words = content_words(question)
    for group in _SLOT_WORDS:  # "death toll" is anchored by "died" and "killed" too
        if words & group:
            words |= group
    return words


_SLOT_WORDS = [
    content_words("death deaths died dead killed kill toll fatalities victims"),
    content_words("injured wounded hurt injuries"),
    content_words("cost costs price fund funds amount million billion"),
    content_words("affected exposed records people customers users"),
]


def anchored_value(sentence: str, kind: str, question: str) -> str | None:
    """The value of `kind` nearest to an anchor word, if within the kind's window."""
    values = values_in(sentence, kind, question)
    if not values:
        return None
    anchors = _anchors(question, kind)
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[\w’'.-]+", sentence)]
    spots = [i for i, (_, _, w) in enumerate(tokens) if content_words(w) & anchors]
    best, best_gap = None, _WINDOW[kind] + 1
    for value, offset in values:
        index = next((i for i, (a, b, _) in enumerate(tokens) if a <= offset < b), None)
        if index is None:
            continue
        width = len(value.split())
        gaps = [min(abs(i - index), abs(i - (index + width - 1))) for i in spots]
        gap = min((g for g in gaps if g > 0), default=best_gap)
        if gap < best_gap:
            best, best_gap = value, gap
    return best


def _subkind(kind: str, value: str) -> str:
    """A weekday and a calendar date do not contradict each other; nor do they compare."""
    if kind == "date" and value.lower() in _WEEKDAYS:
        return "weekday"
    return kind


def find_disagreements(
    question: str, scored: Sequence[Scored], texts: Mapping[str, str]
) -> tuple[Disagreement, ...]:
    """Outlets giving different values for what the question asks.

    `texts` maps each outlet to the full text of its articles. Two outlets disagree
    when their most relevant value-bearing sentences are both relevant
    (`MIN_VALUE_RELEVANCE`), about the same thing (`MIN_PAIR_SIMILARITY`), and each
    value is absent from the other outlet's articles altogether (an outlet that also
    mentions the other value elsewhere is not contradicting it).
    """
    kind = asked_kind(question)
    if kind is None:
        return quote_disagreements(question, scored) if _QUOTE_Q.search(question) else ()
    best: dict[tuple[str, str], tuple[Scored, str]] = {}  # (subkind, outlet) → sentence, value
    for s in scored:
        if s.score < MIN_VALUE_RELEVANCE:
            break  # sorted best first
        value = anchored_value(s.sentence, kind, question)
        if value:
            best.setdefault((_subkind(kind, value), s.outlet), (s, value))
    if not best:
        return ()
    (sub, outlet), (anchor, anchor_value) = next(iter(best.items()))
    others = [pair for (k, o), pair in best.items() if k == sub and o != outlet]
    rivals = [(s, v) for s, v in others if _conflict(anchor, anchor_value, s, v, kind, texts)]
    if not rivals:
        return ()
    same = [(s, v) for s, v in others if normalize(v) == normalize(anchor_value)]
    chosen = [(anchor, anchor_value), *rivals, *same]
    values = tuple(DisagreementValue(v, s.outlet, s.n, s.sentence) for s, v in chosen)
    return (Disagreement(kind=kind, values=values),)


def _conflict(
    a: Scored, a_value: str, b: Scored, b_value: str, kind: str, texts: Mapping[str, str]
) -> bool:
    if _subkind(kind, a_value) != _subkind(kind, b_value) or normalize(a_value) == normalize(
        b_value
    ):
        return False
    if float(a.vector @ b.vector) < MIN_PAIR_SIMILARITY:
        return False
    return not _mentions(texts.get(b.outlet, b.sentence), a_value) and not _mentions(
        texts.get(a.outlet, a.sentence), b_value
    )


def _mentions(text: str, value: str) -> bool:
    return f" {normalize(value)} " in f" {normalize(text)} "


# --- quotes: the same statement, worded differently by different outlets ------------

_QUOTE_Q = re.compile(
    r"\b(say|says|said|tell|told|describe[sd]?|call(?:ed)?|word(?:s|ing)?|phrase|put it|"
    r"quote[sd]?)\b",
    re.I,
)
_QUOTED = re.compile(r"[“\"]([^”\"]{8,300})[”\"]")
MIN_QUOTE_SIMILARITY = 0.45  # two outlets' quoting sentences must be about one statement
QUOTE_OVERLAP = (0.2, 0.8)  # shared words of the two quotes: same statement, other words


def quote_disagreements(question: str, scored: Sequence[Scored]) -> tuple[Disagreement, ...]:
    """Outlets quoting one statement in different words ("firm and frank" / "firm and
    open"): each outlet's most relevant quoting sentence, compared pairwise."""
    best: dict[str, tuple[Scored, str]] = {}
    for s in scored:
        if s.score < MIN_VALUE_RELEVANCE:
            break
        quoted = _QUOTED.findall(s.sentence)
        if quoted and s.outlet not in best:
            best[s.outlet] = (s, max(quoted, key=len).strip(" ,."))
    if len(best) < 2:
        return ()
    (anchor, anchor_quote), *others = best.values()
    rivals = [(s, q) for s, q in others if _reworded(anchor, anchor_quote, s, q)]
    if not rivals:
        return ()
    chosen = [(anchor, anchor_quote), *rivals]
    values = tuple(DisagreementValue(f"“{q}”", s.outlet, s.n, s.sentence) for s, q in chosen)
    return (Disagreement(kind="quote", values=values),)


def _reworded(a: Scored, a_quote: str, b: Scored, b_quote: str) -> bool:
    if float(a.vector @ b.vector) < MIN_QUOTE_SIMILARITY:
        return False
    wa, wb = content_words(a_quote), content_words(b_quote)
    shared = len(wa & wb) / max(len(wa | wb), 1)
    return QUOTE_OVERLAP[0] <= shared < QUOTE_OVERLAP[1]
