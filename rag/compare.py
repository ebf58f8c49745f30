"""Compare: what each outlet gives for the asked slot, like with like. Model-free.

The values come from `rag.extract` (one outlet's answer, each grounded in a sentence
of that outlet). They are normalised by kind before they are compared: numbers in
words and digits ("a dozen" = 12, "300,000" = "300 000"), approximations ("about
300,000" ≈ 298,400; "more than 1,000" ≈ 1,040), dates in any order ("Oct. 19" =
"19 October"), people by surname with or without first name or title, places and
other names by their words and common aliases ("U.S." = "United States"). Then:

- the same value from several outlets: they **agree** (a corroboration);
- different values whose reports were published on different days, the later one
  written as an update ("rose to", "revised") or a running count that grew: the value
  **changed** over time — for a count, or when the question asks for the latest
  value ("who is now …"), or when the later report says its value is what the thing
  was changed to ("raises the pay offer to 5.1%", "replaced by …"); otherwise a
  hospital, a date or a quote does not "change";
- different values at the same time, from sentences about the same thing (their
  vectors close), where neither outlet's articles mention the other's value anywhere
  (then they report two facts, not one fact two ways): they **disagree**.
Outlets whose evidence does not give the value are listed as silent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from rag.dates import CAP_MONTH, MONTHS, WEEKDAYS
from rag.posts import TITLE_WORDS, given_name, names_someone
from rag.question import AUXILIARY, Question, asks_reporter, asks_source, deed_asked
from rag.relative import relative_dates, said_value
from rag.text import (
    CURRENCY,
    MONEY_UNITS,
    PEOPLE,
    SCALES,
    content_words,
    normalize,
    sentences,
    words,
)
from rag.types import Comparison, Extraction, SlotValue
from rag.verify import (
    INFLECTED,
    count_owner,
    named_for_asked,
    names_a_cause,
    names_asked_count,
    unnamed_words,
    wider_scope,
    window,
)

_APPROX = re.compile(
    r"\b(about|around|roughly|approximately|some|nearly|almost|close to|up to|as many as|"
    r"more than|over|at least|less than|under|fewer than|upwards of|an estimated|estimated)\b",
    re.I,
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6, "bn": 1e9, "k": 1e3}
_FRACTIONS = {"quarter": 0.25, "half": 0.5, "third": 1 / 3, "three quarters": 0.75}
_FRACTION = re.compile(  # "a quarter of a million" → 0.25 million; "half a million"
    r"\b(?:an?\s+|one\s+)?(three quarters|quarter|half|third)\s+(?:of\s+)?an?\s+"
    r"(thousand|million|billion)\b",
    re.I,
)
_NUM = re.compile(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|bn|m|k)?\b", re.I)
_ALIASES = {
    "us": "united states",
    "u s": "united states",
    "usa": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "u k": "united kingdom",
    "britain": "united kingdom",
    "un": "united nations",
    "u n": "united nations",
    "eu": "european union",
}
_TITLES = TITLE_WORDS | frozenset(  # …and the posts written before a name when values meet
    "mr mrs ms prof president minister secretary general justice mayor governor senator rep "
    "gov sen lt col capt sgt officer deputy".split()
)
_UPDATE = re.compile(
    r"\b(rose|risen|rising|climbed|increased|jumped|grew|revised|updated|raised|lowered|"
    r"corrected|now|so far|latest|has reached|reached|up from|down from|fell|dropped|"
    r"new (?:figure|toll|estimate)|later|since (?:risen|grown)|bringing)\b",
    re.I,
)
_REVISION = re.compile(  # words that make a later figure a revision of the earlier one it names:
    # "final count … well above the 2.4 million it estimated on Sunday"
    r"\b(?:final (?:count|figure|tally|total|toll)|(?:earlier|initial|previous|first) "
    r"(?:estimate|figure|count)|than (?:first|previously|initially) (?:thought|estimated|reported)|"
    r"it (?:had )?(?:first )?estimated)\b",
    re.I,
)
_ABOVE_EARLIER = re.compile(  # a later figure set against whose earlier one it is:
    # "put the cost … at 7.4 million corvels, well above the board's own earlier estimate"
    r"\b(?:above|below|higher\s+than|lower\s+than|more\s+than|less\s+than|double|twice)\s+"
    r"(?:the\s+)?(?P<owner>(?:[\w-]+\s+){0,2}?[\w-]+)['’]s?\s+(?:own\s+)?"
    r"(?:earlier|initial|previous|first|original)\s+(?:estimates?|figures?|counts?|forecasts?)\b",
    re.I,
)
_RUNNING = re.compile(
    r"\b(toll|dead|died|deaths|killed|injured|injuries|hurt|wounded|missing|cases|infected|arrested|"
    r"arrests|evacuated|displaced|affected|so far|total)\b",
    re.I,
)


@dataclass(frozen=True)
class Rules:
    """The comparison's thresholds (from `Config`, chosen on the conflict corpus's dev half)."""

    min_pair_similarity: float = 0.30  # two outlets' sentences must be about one thing
    rel_tolerance: float = 0.10  # approximate numbers within this share agree
    quote_similarity: float = 0.50  # quotes sharing no word: their sentences this close
    min_fit: float = 0.0  # a value whose own words fit the question less is not compared
    max_ratio: float = 10.0  # two counts of one thing, at one time, differ by less than this
    min_relevance: float = 0.0  # a disagreement: each side's sentence at least this relevant


def number_of(value: str, context: str = "") -> tuple[float, bool] | None:
    """(the number, is it approximate) of a value such as "about 300,000" or "a dozen";
    `context` (the sentence it comes from) may hedge it: "nearly 200 skiers"."""
    text = value.lower().replace("a dozen", "12").replace("dozens", "24")
    text = _FRACTION.sub(lambda f: str(_FRACTIONS[f.group(1)]) + f" {f.group(2)}", text)
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 300,000 → 300000; 3.8 stays
    m = _NUM.search(text) or _NUM.search(normalize(text))  # "twelve" → 12
    if m is None:
        return None
    number = float(m.group(1)) * _SCALE.get((m.group(2) or "").lower(), 1)
    return number, bool(_APPROX.search(value)) or _hedged(value, context)


def _hedged(value: str, context: str) -> bool:
    """Is `value` preceded in `context` by "about", "nearly", "more than", …?"""
    return bool(_APPROX.search(_words_before(value, context)))


def _words_before(value: str, context: str) -> str:
    """The three words before `value` in `context` (its sentence), where a hedge stands;
    "" when it is not there."""
    at = context.find(value)
    return " ".join(context[:at].split()[-3:]) if at > 0 else ""


_QUANTITY = re.compile(
    rf"(?:{_APPROX.pattern}\s+)?[$£€¥]?\s*\d[\d,.]*\s*(?:thousand|million|billion|bn|m|k)?"
    r"(?:\s+[A-Za-z]+){0,2}",
    re.I,
)


def quantity(value: str) -> bool:
    """Is the value a number with at most a unit ("nearly $4.9 billion", "22 metres"),
    whatever the question was routed as ("What were its annual sales?")?"""
    return _QUANTITY.fullmatch(value.strip()) is not None


def _numbers_agree(a: str, b: str, tolerance: float, ca: str = "", cb: str = "") -> bool | None:
    x, y = number_of(a, ca), number_of(b, cb)
    if x is None or y is None:
        return None
    (na, approx_a), (nb, approx_b) = x, y
    if na == nb:
        return True
    if not (approx_a or approx_b):
        return False
    limit = tolerance * max(abs(na), abs(nb))
    if approx_a != approx_b:  # one rounded value and one exact: the exact one must round
        rounded, context = (a, ca) if approx_a else (b, cb)  # to it ("about 17" is 16.5 to
        if _rounds(rounded, context) and (place := _place(rounded)):  # 17.5, not 18.5)
            limit = min(limit, place / 2)
    return abs(na - nb) <= limit


_ROUNDING = re.compile(
    r"\b(?:about|around|roughly|approximately|some|nearly|almost|close\s+to|an\s+estimated|"
    r"estimated)\s*$",
    re.I,
)


def _rounds(value: str, context: str) -> bool:
    """Is `value` rounded ("about 17 metres"; "nearly 200" in "nearly 200 skiers"), not
    a bound ("more than 40", "at least 12")?"""
    at = _NUM.search(value)
    before = (value[: at.start()] if at else value).strip() or _words_before(value, context)
    return _ROUNDING.search(before.strip()) is not None


def _place(value: str) -> float:
    """The place of the last digit a value written in digits gives: 1 for "about 17",
    10 for "about 120", 1,000 for "around 5,000", 100 million for "nearly $4.9 billion";
    0 for a value written in words ("a dozen")."""
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", value.lower())
    m = _NUM.search(text)
    if m is None:
        return 0.0
    whole, _, decimals = m.group(1).partition(".")
    scale = _SCALE.get((m.group(2) or "").lower(), 1)
    if decimals.rstrip("0"):
        return 10.0 ** -len(decimals.rstrip("0")) * scale
    return 10.0 ** (len(whole) - len(whole.rstrip("0"))) * scale


def _date_key(value: str) -> str | None:
    if re.search(r"\d\s*[–-]\s*(?:[A-Z][a-z]+\.?\s+)?\d", value):
        return None  # a span ("next week (Oct. 17–23, 2016)") holds many days: it names none
    folded = normalize(value)
    m = re.search(rf"\b({'|'.join(MONTHS)}) (\d{{1,2}})\b", folded)
    if m:  # a calendar day first: "last Saturday (Oct. 3, 2026)" is Oct. 3
        return f"{m.group(1)} {m.group(2)}"
    for word in folded.split():
        if word in WEEKDAYS:
            return word
    m = re.search(rf"\b(?:({'|'.join(MONTHS)}) (?:of )?)?((?:19|20)\d\d)\b", folded)
    return " ".join(g for g in m.groups() if g) if m else None  # "september 2015", "2015"


def _words(value: str, person: bool) -> list[str]:
    """A value's words, for comparing: a person's without titles ("Dr. Mara Ilves" is
    "Ilves"); any other value's keep them ("deputy director" is no "finance director")."""
    folded = normalize(value)
    folded = _ALIASES.get(folded, folded)
    dropped = _TITLES if person else {"the"}
    return [w for w in folded.split() if w not in dropped]


def same_value(kind: str, a: str, b: str, rules: Rules, ca: str = "", cb: str = "") -> bool:
    """Do two outlets' values say the same thing, once normalised for `kind`? (`ca`, `cb`:
    the sentences they come from, which may hedge a number.)"""
    if normalize(a) == normalize(b):
        return True
    if kind == "number" or (kind != "date" and quantity(a) and quantity(b)):
        agree = _numbers_agree(a, b, rules.rel_tolerance, ca, cb)
        if agree is not None:
            return agree
    if kind == "date":
        ka, kb = _date_key(a), _date_key(b)
        if ka and kb:
            return ka == kb
    wa, wb = _words(a, kind == "person"), _words(b, kind == "person")
    if not wa or not wb:
        return False
    if kind == "person":  # "Dr. Mara Ilves" = "Ilves"; "Callum Starkey" is not "Morag Starkey"
        ga, gb = given_name(a), given_name(b)
        return wa[-1] == wb[-1] and (not ga or not gb or ga == gb)
    if kind == "reason":  # "a signalling fault" = "the fault in the signalling"; "not
        return bool(content_words(a) & content_words(b))  # enough drivers" is another cause
    if kind == "quote":
        sa, sb = content_words(a), content_words(b)
        return sa == sb or (bool(sa & sb) and len(sa ^ sb) == 0)
    shorter, longer = sorted((set(wa), set(wb)), key=len)
    return shorter <= longer  # "Greyfield Stadium" = "the Greyfield Stadium arena"


def _same(kind: str, a: Extraction, b: Extraction, rules: Rules) -> bool:
    if kind == "date" and (sa := day_span(a)) and (sb := day_span(b)):
        return sa == sb  # "last Saturday (Oct. 3, 2026)" is "Oct. 3"
    if kind == "number" and (ages := _age_and_era(a, b) or _age_and_era(b, a)):
        age, (youngest, oldest), slack = ages  # "3,200 years old" in 2031 is "1250 and
        return youngest - slack <= age <= oldest + slack  # 1150 BC": 3,181 to 3,281
    return same_value(kind, a.answer, b.answer, rules, a.sentence, b.sentence)


def _age_and_era(a: Extraction, b: Extraction) -> tuple[float, tuple[float, float], float] | None:
    """An age `a` gives in years ("about 3,200 years old"), the ages the years BC `b`
    gives come to when `b`'s report was written ("made between 1250 and 1150 BC", in
    2031: 3,181 to 3,281 years), and half the age's rounding (50 for 3,200); None when
    `a` is no age, `b` no year BC or undated."""
    years = _BC.search(b.answer)
    if not re.search(r"\byears?\b", a.answer) or years is None or not b.published_at[:4].isdigit():
        return None
    age = number_of(a.answer)
    written = int(b.published_at[:4])
    bc = [int(y.replace(",", "")) for y in years.groups() if y]
    span = (written + min(bc), written + max(bc))
    return (age[0], span, _place(a.answer) / 2) if age else None


_BC = re.compile(r"(\d[\d,]*)(?:\s*(?:and|to|–|-)\s*(\d[\d,]*))?\s*(?:BC|BCE|B\.C\.)")


def _holds(kind: str, a: Extraction, b: Extraction) -> bool:
    """Does one date answer's span hold the other's day ("this week (Sept. 7–13)" and
    "Sept. 7")? Then neither corroborates nor contradicts the other."""
    if kind != "date" or not (sa := day_span(a)) or not (sb := day_span(b)):
        return False
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def day_span(e: Extraction) -> tuple[str, str] | None:
    """The days a date answer names, resolved in its sentence against its report's date
    ("on Tuesday" in a Wednesday report; "this week"), or None when it cannot be placed."""
    said = said_value(e.answer)
    at = e.sentence.find(said)
    for m in relative_dates(e.sentence, e.published_at):
        if at < 0 or (m.start < at + len(said) and at < m.end):
            return m.date, m.end_date
    return None


_SAME_UNIT = PEOPLE | content_words("injured hurt wounded dead killed missing")  # people all


def _units_differ(a: Extraction, b: Extraction) -> bool:
    """Two counts of different things ("23 other people" injured, "seven chairs")."""
    ua, ub = _unit(a), _unit(b)
    if not ua or not ub or ua == ub:
        return False
    wa, wb = set(ua.split()), set(ub.split())  # "day consult" ("45-day consultation") = "day"
    return not (wa <= wb or wb <= wa or {ua, ub} <= _SAME_UNIT)


_VERBS = frozenset(
    "remain remained remains were was are is have has had died will would could may "
    "still now also say said".split()
)


def _unit(e: Extraction) -> str:
    """The noun a number counts or the unit it measures in, when the value or its
    sentence writes it right after the number ("12 civilians", "Seven chairs fell", "23
    other people", "At 592 pages, …", "180 million years"); "" otherwise ("risen to
    22, officials said", "31 were hurt")."""
    said = normalize(e.answer).split()
    target = next(([w] for w in said if re.search(r"\d", w)), said[:1])  # "about $140 million"
    for text in (e.answer, e.sentence):
        words = re.findall(r"[\w'’,.$-]+", text)
        for i, word in enumerate(words):
            if normalize(word).split()[:1] != target or not target:
                continue
            if compound := re.fullmatch(r"[\d.,]+-([A-Za-z]+)", word):
                # "45-day consultation": days of a consultation; "36-bed stroke unit"
                # counts a unit's beds, not a hospital's
                unit = next(iter(content_words(compound.group(1))), "")
                noun = _noun(words[i + 1 :])
                return f"{unit} {noun}" if unit and noun not in ("", "-") else unit
            if word[:1] in CURRENCY:  # "$140 million over two years": a sum of money
                return MONEY
            if word[-1:] in ",.;:":  # "risen to 22, officials said": no noun follows
                return ""
            if noun := _noun(words[i + 1 :]):
                return MONEY if noun in _MONEY_WORDS else noun if noun != "-" else ""
            break
    return ""


MONEY = "money"  # the unit of a sum, however written ("$140 million", "300 euros")
_MONEY_WORDS = content_words(" ".join(MONEY_UNITS))


def _noun(words: Sequence[str]) -> str:
    """The noun that starts `words` (the words after a number), past "other", "more"
    and a scale ("million"); "-" when a verb comes first ("Six remain …")."""
    scale = 0
    while scale < len(words) and normalize(words[scale]) in SCALES:
        if words[scale][-1:] in ",.;:":  # "at 3.1 million, well above …": no noun follows
            return ""
        scale += 1
    words = [w.rstrip(",.;:") for w in words[scale:] if normalize(w) not in SCALES]
    for i, after in enumerate(words[:2]):
        if normalize(after) in ("other", "more", "of", "the"):
            continue
        if normalize(after) in _VERBS:  # "Six remain in hospital": a verb, no noun
            return "-"
        plural_next = i + 1 < len(words) and _plural(words[i + 1])
        if plural_next and not _plural(after) and after[-1:].isalpha():
            after = words[i + 1]  # "212 broken poles", "five new cases": the plural noun
        stems = content_words(after)
        return next(iter(stems)) if stems and after[-1:].isalpha() else "-"
    return ""


def _plural(word: str) -> bool:
    """Is `word` a plural noun by its look ("poles", not "was" or "glass")?"""
    return bool(re.fullmatch(r"[a-z]+[^s']s", word)) and normalize(word) not in _VERBS


def _sub_kind(kind: str, value: str) -> str:
    """A weekday, a day ("Oct. 19") and a month or year ("September 2015") do not
    contradict each other; nor do they compare; a date answer with none of them ("more
    than a year", "this week") compares with nothing."""
    if kind == "date":
        key = _date_key(value)
        if key is None:
            return "other"
        last = key.split()[-1]
        return "weekday" if key in WEEKDAYS else "day" if len(last) <= 2 else "month"
    return kind


def compare(
    question: Question,
    found: Sequence[Extraction],
    vectors: Mapping[str, np.ndarray],
    texts: Mapping[str, str],
    rules: Rules,
    stories: Mapping[str, str] | None = None,
) -> Comparison | None:
    """The comparison of the outlets' answers to a slot question (None when fewer than
    two outlets give a value, or the question asks for no single value).

    `vectors` maps each extraction's sentence to its embedding; `texts` each outlet to
    the full text of its articles; `stories` each article to its story (`rag.stories`;
    none marked: every sentence pair must be close)."""
    if not question.slot:
        return None
    answered = [e for e in found if e.answered and e.fit >= rules.min_fit]
    answered = [e for e in answered if told_at_asked_time(question, e.sentence)] or answered
    answered = named_people(question, answered)
    if len(answered) < 2:
        return None
    groups: list[list[Extraction]] = []
    for e in answered:
        home = next((g for g in groups if _same(question.kind, g[0], e, rules)), None)
        if home is None:
            groups.append([e])
        else:
            home.append(e)
    answering = {e.outlet for e in answered}
    silent = tuple(dict.fromkeys(e.outlet for e in found if e.outlet not in answering))
    slot = slot_label(question.text)
    if len(groups) == 1:
        return _agreement(slot, question.kind, groups[0], silent)
    rivals = _contradicted(question, groups, vectors, texts, rules, stories or {})
    if len(rivals) < 2:  # the other values answer something else: the value the answer
        # leads with (its most relevant sentence's) stands, agreed if outlets share it
        top = lead(question, answered)
        return _agreement(slot, question.kind, next(g for g in groups if top in g), silent)
    moved = _moved(question.text, rivals)
    if (_may_change(question.kind, question.latest) or moved) and _changed(
        rivals, question.latest, moved
    ):
        ordered = sorted((_first(g) for g in rivals), key=lambda e: e.published_at)
        return Comparison(slot, question.kind, "changed", _values(ordered), silent)
    if len({e.outlet for g in rivals for e in g}) < 2:
        return None
    values = tuple(v for side, g in enumerate(rivals, 1) for v in _values(g, side))
    return Comparison(slot, question.kind, "disagree", values, silent)


def lead(question: Question, answered: Sequence[Extraction]) -> Extraction:
    """The extraction an answer leads with: the outlet the question names, else the one
    whose sentence is most relevant to the question."""
    named = [e for e in answered if e.outlet and normalize(e.outlet) in normalize(question.text)]
    pool = named or answered
    if question.kind == "date":  # "When did the attackers first log in?"
        pool = telling_act(question.text, pool) or pool
    pool = [e for e in pool if told_at_asked_time(question, e.sentence)] or pool
    pool = named_people(question, pool)
    best = max(pool, key=lambda e: e.score)
    return next((e for e in answered if names_described(best, e)), best)


def named_people(question: Question, answered: Sequence[Extraction]) -> list[Extraction]:
    """For "who": the values that name a person, when any does; a body ("Orvelin
    Police") or a description ("The volunteer") beside them answers another question
    (who confirmed an arrest, who is accused), not a rival name."""
    if question.kind != "person" or asks_source(question.text) or asks_reporter(question.text):
        return list(answered)  # a monitoring group, an institute or a wire reports and says
    return [e for e in answered if names_someone(e.answer)] or list(answered)


def telling_act(question: str, answered: Sequence[Extraction]) -> list[Extraction]:
    """For a question asking when something was done, the extractions whose sentence tells
    the act it asks the day of: a word of the question that the question or one of the
    sentences has as a verb form ("log in" and "the intruders first logged in on Jan. 25",
    not "staff discovered a cyberattack in the early hours of Thursday", which is closer to
    the question by its other words); for a plan ("scheduled to leave"), the act planned,
    which "its scheduled journey …, landing at 8:41" does not tell; [] when no sentence
    tells it."""
    if planned := _PLANNED_ACT.search(question):  # "scheduled to leave": the leaving
        acts = content_words(planned.group(1))
    else:
        told = {t for e in answered for t in words(e.sentence) if INFLECTED.fullmatch(t)}
        told |= {t for t in words(question) if INFLECTED.fullmatch(t)}
        acts = {stem for t in told for stem in content_words(t)} & content_words(question)
    return [e for e in answered if content_words(e.sentence) & acts]


_PLANNED_ACT = re.compile(
    r"\b(?:due|scheduled|planned|expected|supposed|meant|intended|set)\s+to\s+([a-z]+)", re.I
)


def names_described(vague: Extraction, other: Extraction) -> bool:
    """Is `vague`'s answer a description its sentence gives with "a" ("picked up by a
    passing tanker") of what `other`'s sentence names with the same noun ("the product
    tanker Helder Crest")? Then `other` tells the same thing by its name."""
    said = vague.answer.strip()
    if not said or not re.search(rf"\b(?:a|an)\s+{re.escape(said)}\b", vague.sentence, re.I):
        return False
    noun, name = re.escape(said.split()[-1]), re.escape(other.answer.strip())
    return bool(name) and re.search(rf"\b{noun}\s+{name}(?!\w)", other.sentence, re.I) is not None


def _agreement(
    slot: str, kind: str, group: Sequence[Extraction], silent: tuple[str, ...]
) -> Comparison | None:
    """Outlets that give one value agree; None when one outlet gives it (saying it
    twice is no corroboration)."""
    if len({e.outlet for e in group}) < 2:
        return None
    return Comparison(slot, kind, "agree", _values(group), silent)


def _first(group: Sequence[Extraction]) -> Extraction:
    """The earliest report of a value (when it was first given)."""
    return min(group, key=lambda e: e.published_at or "9999")


def _contradicted(
    question: Question,
    groups: list[list[Extraction]],
    vectors: Mapping[str, np.ndarray],
    texts: Mapping[str, str],
    rules: Rules,
    stories: Mapping[str, str],
) -> list[list[Extraction]]:
    """The biggest group of values that some other group truly contradicts, with its
    rivals (the biggest group alone when none is). A value two reports share that
    answers something else (the homes another town lost) has no rival, and must not
    hide a clash between two other values."""
    ordered = sorted(groups, key=len, reverse=True)
    for i, anchor in enumerate(ordered[:-1]):
        rivals = _rivals(question, anchor, ordered[i + 1 :], vectors, texts, rules, stories)
        if len(rivals) > 1:
            return rivals
    return ordered[:1]


def _rivals(
    question: Question,
    anchor: list[Extraction],
    others: Sequence[list[Extraction]],
    vectors: Mapping[str, np.ndarray],
    texts: Mapping[str, str],
    rules: Rules,
    stories: Mapping[str, str],
) -> list[list[Extraction]]:
    """The anchor group and every other group that truly contradicts it (or, for a
    value that may change, replaces it)."""
    kind, latest = question.kind, question.latest
    changes = _may_change(kind, latest) or _moved(question.text, [anchor, *others])
    rivals = [anchor]
    for group in others:
        a, b = anchor[0], group[0]
        sub = {_sub_kind(kind, a.answer), _sub_kind(kind, b.answer)}
        if len(sub) > 1 or (kind == "date" and "other" in sub):
            continue  # a weekday, a calendar date and a duration ("more than a year") never clash
        if _holds(kind, a, b):
            continue  # "this week" and "Sept. 7": compatible, not a clash
        if kind == "reason" and not (names_a_cause(a.sentence) and names_a_cause(b.sentence)):
            continue  # a cause only hinted at ("since Desmond Raikes stepped aside") is no side
        counted = kind == "number" or (quantity(a.answer) and quantity(b.answer))
        pair = [anchor, group]  # a later new value?
        update = changes and _changed(pair, latest, _moved(question.text, pair))
        if counted and _units_differ(a, b):
            continue  # counts of two different things
        if counted and not update and _apart(question.text, a, b, rules):
            continue  # "2,000 people spent the night in the hall", "31,400 attended" the festival
        if counted and wider_scope(question.text, a.sentence) != wider_scope(
            question.text, b.sentence
        ):
            continue  # "900 firefighters across the province" / "140 firefighters fought the blaze"
        if _qualifiers(question.text, a.sentence) != _qualifiers(question.text, b.sentence):
            continue  # "the largest fragment weighs 1.4 kg" / "the fragments weigh 3.2 kg in all"
        if _stances_differ(question.text, a, b):
            continue  # "the union is asking for a rise of 9 per cent" / "the deal gives 6 per cent"
        va, vb = vectors.get(a.sentence), vectors.get(b.sentence)
        close = 1.0 if va is None or vb is None else float(va @ vb)
        if not update and min(_relevance(anchor), _relevance(group)) < rules.min_relevance:
            continue  # a sentence only near the question ("Russia insists the air strikes
            # are targeting the Islamic State" for "what does Russia accuse the West of")
            # makes no clash: a false block costs more trust than a missed one
        if close < rules.min_pair_similarity and not (update and _one_story(a, b, stories)):
            continue  # two different things said in sentences of the same shape (a later
            # report of the same story may word its update another way: "One of them has
            # died" on the first day, "raising the death toll to six" a week on)
        if kind == "quote" and not (
            _reworded(a.answer, b.answer) or close >= rules.quote_similarity
        ):
            continue  # two different statements, not one statement quoted two ways
        by_act = (
            kind == "person" and _names_doer(question.text, a) and _names_doer(question.text, b)
        )
        if not update and (
            _gives(question.text, texts.get(b.outlet, b.sentence), a.answer, kind, by_act)
            or _gives(question.text, texts.get(a.outlet, a.sentence), b.answer, kind, by_act)
        ):
            continue  # an outlet that gives both values (not as an update) contradicts neither
        rivals.append(group)
    return rivals


def _apart(question: str, anchor: Extraction, rival: Extraction, rules: Rules) -> bool:
    """Two quantities more than `rules.max_ratio` apart: two outlets counting one thing
    differ by less (12 / 16, 38,500 / 41,200), so these count two things ("2,000 people
    spent the night in the hall" / "31,400 people attended the festival") — unless only
    the rival's words say it counts what is asked ("about a hundred people waited
    outside" / "a crowd of 41,200" for "how many attended"): then the reader sees both."""
    x, y = number_of(anchor.answer), number_of(rival.answer)
    if x is None or y is None or min(x[0], y[0]) <= 0:
        return False
    if max(x[0], y[0]) / min(x[0], y[0]) <= rules.max_ratio:
        return False
    asked = [names_asked_count(question, window(e.sentence, e.answer, 5)) for e in (anchor, rival)]
    return asked != [False, True]


def _relevance(group: Sequence[Extraction]) -> float:
    """How relevant to the question the group's best sentence is."""
    return max(e.score for e in group)


def _one_story(a: Extraction, b: Extraction, stories: Mapping[str, str]) -> bool:
    """Are the two values' reports marked as one story (`rag.stories`)?"""
    story = stories.get(a.article_id, "")
    return bool(story) and story == stories.get(b.article_id, "")


def _reworded(a: str, b: str) -> bool:
    """Two quotations that share words but not all of them ("firm and frank" / "firm
    and open"): one statement worded two ways."""
    wa, wb = content_words(a), content_words(b)
    shared = len(wa & wb) / max(len(wa | wb), 1)
    return 0.2 <= shared < 1.0


_QUALIFIER = re.compile(
    r"\b(?:largest|biggest|smallest|highest|lowest|longest|shortest|oldest|youngest|"
    r"heaviest|lightest|deadliest|fastest|slowest|greatest|best|worst)\b",
    re.I,
)


def _qualifiers(question: str, sentence: str) -> set[str]:
    """The words of the question that pick one thing among several ("the largest
    fragment", "the deadliest attack") that `sentence` also says: two values of sentences
    that differ in them are values of different things."""
    asked = {w.lower() for w in _QUALIFIER.findall(question)}
    return {w.lower() for w in _QUALIFIER.findall(sentence)} & asked


def _stances_differ(question: str, a: Extraction, b: Extraction) -> bool:
    """Is one of two amounts what someone asks for or offers and the other not (or
    another stance)? A value told as it stands takes the stance the question asks it
    with ("How much reward have the police offered?"). Only amounts: what a resolution
    was "calling for" (an end to the air strikes) is what it would have done."""
    if number_of(a.answer) is None or number_of(b.answer) is None:
        return False
    asked = _asked_stance(question)
    return (_stance(a.sentence, a.answer) or asked) != (_stance(b.sentence, b.answer) or asked)


def _stance(sentence: str, value: str) -> str:
    """Is `value` what someone asks for ("demand": "the union is asking for a rise of 9 per
    cent") or offers ("offer": "the company has offered 4 per cent"), by the words before
    it in its clause; "" for a value told as it stands ("the deal gives staff a rise of
    6 per cent"). A demand, an offer and what was agreed are three different values."""
    at = sentence.find(value)
    return _stance_of(_STANCE.search(re.split(r"[,;:]", sentence[:at])[-1]) if at > 0 else None)


def _asked_stance(question: str) -> str:
    """The stance a question asks a value with ("How much reward have the police
    offered?": an offer), which a value told as it stands takes; "" for none."""
    return _stance_of(_STANCE_WORDS.search(question))


def _stance_of(m: re.Match[str] | None) -> str:
    """The stance a match of the stance words names: "offer", "demand", or ""."""
    return ("offer" if m.group("offer") else "demand") if m else ""


_STANCE_WORD = (
    r"\b(?:(?P<offer>offer(?:s|ed|ing)?)|asking\s+for|asks?\s+for|asked\s+for|demand(?:s|ed|ing)?|"
    r"calling\s+for|calls?\s+for|called\s+for|seeking|seeks?|sought|wants?|wanted)\b"
)
_STANCE = re.compile(rf"{_STANCE_WORD}(?:\s+[\w'’%.-]+){{0,5}}\s*$", re.I)  # ≤ 5 words on
_STANCE_WORDS = re.compile(_STANCE_WORD, re.I)  # anywhere in a question


_BEFORE_EVENT = re.compile(r"\bbefore\s+(?:the|its|their|this|that)\s+([a-z]+)\b", re.I)


def told_at_asked_time(question: Question, sentence: str) -> bool:
    """For a count asked before an event ("how many macaques were in the troop before
    the storm?"): does `sentence` give its count so, "before" with the event's word
    ("The troop numbered 42 before the storm")? Other counts of the story are of the
    time after it (17 escaped, 27 were moved indoors), not rival values. For a deed asked
    after an event ("What did the developer change after the airfield objected?"): does
    `sentence` tell its deed so, "after" and a word of the event ("… lowered the turbines
    from 200 metres after objections from the nearby Hessock Airfield")? Deeds told after
    another event ("… has stopped all preparatory work … after Planning Minister Lavinia
    Okonedo called in the project") or with no event are of other times, not rivals."""
    if question.time:
        return False
    deed = deed_asked(question.text)
    if deed and deed.event and deed.verb in _DONE:
        asked = content_words(deed.event) - content_words(deed.who)
        told = (m.group(1) for m in _AFTER_WORDS.finditer(sentence))
        return any(content_words(t) & asked for t in told)
    m = _BEFORE_EVENT.search(question.text) if question.kind == "number" else None
    if m is None:
        return False
    event = re.escape(m.group(1))
    return re.search(rf"\bbefore\s+(?:[\w'’]+\s+){{0,3}}?{event}\b", sentence, re.I) is not None


_DONE = frozenset({"do", "done", "change", "changed", "take", "taken"})  # not "decide"
_AFTER_WORDS = re.compile(r"\b(?:after|following)\s+((?:[\w'’-]+[\s,]+){1,8})", re.I)


def _may_change(kind: str, latest: bool) -> bool:
    """Can two values be one value at two times? A count can, and anything asked as the
    latest; a hospital, a date or a quote does not "change"."""
    return kind == "number" or latest


# The words right before a value that say it is what the thing changed to ("raises the
# pay offer to 5.1%", "pushed back to March 29", "has been replaced … by Clara Dunstable")
_CHANGED_TO = re.compile(
    r"\b(?:rais|increas|lift|boost|cut|lower|reduc|mov|postpon|push|put|delay|resched|revis|"
    r"chang|switch|extend|replac|succeed|brought|bring)\w*\b(?P<what>(?:\s+[\w'’%.,-]+){0,16}?)\s+"
    r"(?:to|by|until|with)\s+(?:about\s+|around\s+|some\s+)?$",
    re.I,
)


_LATER_THAN_SAID = re.compile(
    r"\W{0,3}(?:an?|one|two|three|four|five|six|seven|\d+)\s+(?:hours?|days?|weeks?|months?)\s+"
    r"(?:later|earlier|sooner)\s+than\s+(?:\w+\s+){0,2}?(?:had\s+)?(?:first\s+|originally\s+)?"
    r"(?:planned|expected|promised|said|scheduled|hoped|announced|forecast)\b",
    re.I,
)


def _moved(question: str, rivals: list[list[Extraction]]) -> bool:
    """Does the latest report of the rival values say its value is what the asked thing
    was changed to ("… a provisional deal … that raises the pay offer to 5.1%" for what
    pay rise the nurses were offered; not "raised its offer to 5.5 percent" for what
    rise the union asks)? Then any kind of value changes: an offer, a date, who holds a
    post."""
    dated = [_first(g) for g in rivals if _first(g).published_at]
    if len(dated) < 2:
        return False
    later = max(dated, key=lambda e: e.published_at)
    text = normalize(later.sentence)
    at = text.find(normalize(later.answer))
    if at >= 0 and _LATER_THAN_SAID.match(text, at + len(normalize(later.answer))):
        # "lifted … on Friday, 25 August, a day later than it had promised": the day an
        # earlier report said the same act would be ("expects to lift …") is an earlier value
        return any(_act(later) & _act(e) for e in dated if e is not later)
    m = _CHANGED_TO.search(text[:at]) if at > 0 else None
    if m is None:
        return False
    what = content_words(re.split(r"\bfrom\b", m.group("what"))[0])  # "the pay offer", "it"
    return not what or bool(what & content_words(question))


def _act(e: Extraction) -> set[str]:
    """What a value's sentence says was done, by its words before the value that are no
    names ("expects to lift the boil-water notice for Orrisby on")."""
    before = e.sentence[: max(e.sentence.find(e.answer), 0)]
    return content_words(" ".join(unnamed_words(before)))


def _gives(question: str, text: str, value: str, kind: str, by_act: bool = False) -> bool:
    """Does `text` give `value` too? Not where the value is another subject's count
    (`count_owner`: "…, while Vosterby has three" gives no count of Tamberlin's), nor,
    `by_act`, a person it names only as someone else (`_gives_person`)."""
    mentioned = _mentions(text, value, kind)
    if by_act and mentioned:
        return _gives_person(question, text, value)
    if kind != "number" or not mentioned:
        return mentioned  # (a sentence at a time only where the whole text gives it)
    return any(
        _mentions(s, value, kind) and not count_owner(question, value, s) for s in sentences(text)
    )


def _names_doer(question: str, e: Extraction) -> bool:
    """Does an extraction's own sentence name its person as who did (or holds) what the
    question asks (`named_for_asked`)? Only two such values are compared by what each
    outlet's text says of the other's person (`_gives_person`): a value whose sentence
    does not tell the act ("Her ally … Wynn Harbage, who proposed the motion" for who
    seconded it) may be the model's slip, which an outlet naming that person anywhere
    keeps from being shown as a clash."""
    return _is_named(e.answer, named_for_asked(question, e.sentence) or [])


def _gives_person(question: str, text: str, value: str) -> bool:
    """Does `text` give the person `value` as who did (or holds) what the question asks,
    in a sentence that names them so (`named_for_asked`)? Naming them as someone else
    ("she alerted the night porter, Aubrey Draycott" for who discovered the theft; "his
    deputy, Petra Vossel" for who is the mayor) is not giving them."""
    return any(
        _is_named(value, named_for_asked(question, s) or [])
        for s in sentences(text)
        if _mentions(s, value)
    )


def _is_named(value: str, named: Sequence[str]) -> bool:
    """Is `value` one of the people named (with or without a title or first name)?"""
    wanted = content_words(value)
    return bool(wanted) and any(
        wanted <= (found := content_words(n)) or found <= wanted for n in named
    )


def _mentions(text: str, value: str, kind: str = "") -> bool:
    """Does `text` give `value` (a count or another quantity: as digits or in words, "a
    quarter of a million" for 250,000, "the $210 million" for "about $210 million")? A
    clock time or a day of a month gives no count ("struck the reef at about 23:50" does
    not give the 23 people airlifted; "on June 22" not 22 people)."""
    if kind != "date" and not _DAY_OR_TIME.search(value):
        text = _DAY_OR_TIME.sub(" ", text)
    if f" {normalize(value)} " in f" {normalize(text)} ":
        return True
    said = number_of(value) if kind == "number" or quantity(value) else None
    return said is not None and any(
        (n := number_of(m.group())) is not None and n[0] == said[0]
        for m in _NUMBER_MENTION.finditer(text)
    )


_NUMBER_MENTION = re.compile(
    rf"{_FRACTION.pattern}|\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion)\b)?", re.I
)
_DAY_OR_TIME = re.compile(  # "23:50", "10.36 a.m.", "June 22", "22nd of June" (not "22 may")
    r"\b\d{1,2}:\d\d\b|\b\d{1,2}\.\d\d\s*[ap]\.?m\b"
    rf"|\b(?:{CAP_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{CAP_MONTH})\b"
)


def _changed(rivals: list[list[Extraction]], latest: bool, moved: bool) -> bool:
    """Different values from reports of different days, the later one an update (it
    says so, or calls itself a revision of the earlier value it names, or it is the
    same outlet's later report, or a running count grew, or the
    question asks for the `latest` value: it says the value changes, or it is what the
    asked thing was `moved` to: `_moved`)."""
    dated = sorted((_first(g) for g in rivals), key=lambda e: e.published_at)
    if any(not e.published_at for e in dated) or dated[0].published_at == dated[-1].published_at:
        return False
    later = dated[-1]
    if latest and all(e.published_at < later.published_at for e in dated[:-1]):
        return True
    if _UPDATE.search(later.sentence) or later.outlet == dated[0].outlet or _revised(rivals):
        return True
    if _REVISION.search(later.sentence) and _mentions(later.sentence, dated[0].answer, "number"):
        return True  # it names the figure it revises ("… the 2.4 million it estimated")
    if _revises_whose(later.sentence, dated[:-1]):
        return True  # "well above the board's own earlier estimate", the earlier report's
        # figure the board's ("…, the board's finance director … told a board meeting")
    if moved:
        return True
    first, last = number_of(dated[0].answer), number_of(later.answer)
    grew = first is not None and last is not None and last[0] > first[0]
    return grew and bool(_RUNNING.search(later.sentence))


def _revises_whose(sentence: str, earlier: Sequence[Extraction]) -> bool:
    """Does a later sentence set its figure against someone's earlier estimate ("well
    above the board's own earlier estimate") whom an earlier value's sentence names? Then
    that value is the estimate it revises; "its earlier estimate" says not whose."""
    m = _ABOVE_EARLIER.search(sentence)
    owner = content_words(m.group("owner")) if m else set()
    return bool(owner) and any(owner & content_words(e.sentence) for e in earlier)


def _revised(rivals: list[list[Extraction]]) -> bool:
    """Does an outlet give one value in one report and another in a later one?"""
    days: dict[str, set[str]] = {}
    for group in rivals:
        for outlet in {e.outlet for e in group}:
            days.setdefault(outlet, set()).add(
                min(e.published_at for e in group if e.outlet == outlet)
            )
    return any(len(d) > 1 for d in days.values())


def _values(found: Sequence[Extraction], side: int = 0) -> tuple[SlotValue, ...]:
    return tuple(
        SlotValue(e.answer, e.outlet, e.n, e.sentence, e.published_at, e.article_id, side)
        for e in found
    )


_HOW_MANY = re.compile(r"^\s*(?:and\s+)?how\s+(many|much)\s+(.+)$", re.I)
_SUBJECT_NEXT = re.compile(r"(?:the|a|an|its|his|her|their|this|that)\b|[A-Z]")  # active voice
_AUX = rf"{AUXILIARY}\b"
_AUXILIARY = re.compile(_AUX, re.I)
_WHICH = re.compile(
    # "what did the council do" names no thing asked: "did" is no noun
    rf"^\s*(?:and\s+)?(?:(?:on|in|at|from|to|by|for)\s+)?(?:what|which)\s+(?!{_AUX})(.+?)\s+{_AUX}",
    re.I,
)
_BE = re.compile(r"\s+(?:is|are|was|were|has been|have been|had been)\s+", re.I)
_WHAT_IS = re.compile(
    r"^\s*(?:what|which)\s+(?:is|are|was|were)\s+((?:the|its|his|her|their)\s+[^,]+)$", re.I
)


def slot_label(question: str) -> str:
    """The asked thing in words, from the question's own words: "How many people were
    killed in Aleppo?" → "number of people killed in Aleppo"; "On which TV channel did
    Hollande speak?" → "TV channel"; otherwise the question as an indirect one ("when
    did the dam fail")."""
    text = re.sub(r"^(?:and|so|but)\s+", "", question.strip().rstrip("?").strip(), flags=re.I)
    m = _HOW_MANY.match(text)
    be = _BE.search(m.group(2)) if m else None
    if (
        m
        and not _AUXILIARY.match(m.group(2))
        and not (be and _SUBJECT_NEXT.match(m.group(2)[be.end() :]))
    ):
        # not "how much is Caldera paying", "how much oil was the ship carrying" (the
        # indirect question says those): "how many people were killed" → its noun
        rest = m.group(2)
        noun = rest[: be.start()] if be else rest.split(" did ")[0].split(" does ")[0]
        measure = "number" if m.group(1).lower() == "many" else "amount"
        return f"{measure} of {noun}{' ' + rest[be.end() :] if be else ''}".strip()
    if m := _WHICH.match(text):
        noun, rest = m.group(1), text[m.end() :].strip()
        if len(noun.split()) == 1 and rest:  # "what date was Putin due" → "date: Putin due"
            return f"{noun}: {rest}"
        return noun
    if m := _WHAT_IS.match(text):  # "what was the death toll when …" → "the death toll when …"
        return m.group(1)
    return text[:1].lower() + text[1:]
