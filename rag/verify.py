"""Verification: a claim holds only if the sentence it cites says it.

Every claim the answer makes stands on a sentence of a passage, and is checked
against that sentence (not the whole passage): each name, number and date in the
claim must occur in the cited sentence(s) or in the question (`checkable`), and the
claim's other words must mostly be there too (`supported`). An extracted answer is
first located in its outlet's sentences (`locate`: verbatim after normalisation,
else by its checkable tokens and most of its words), then checked for what the
question asks: the sentence must be about the question (its names appear in the
sentence's passage, `missing_names`; its relevance clears a threshold) and the answer
must be of the asked type (`fits_kind`: a number for "how many", a date for "when").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rag.attribution import credited
from rag.dates import MISSED_DAY, MONTH, MONTH_NAMES, MONTHS, WEEKDAYS
from rag.posts import (
    BODY_WORDS,
    NAME_TOKEN,
    TITLE_WORDS,
    a_person,
    asks_holder,
    leads_other,
    names_someone,
    people_at,
    people_named,
    tells_post,
    told_leaving,
)
from rag.question import (
    CAUSE_ASKED,
    NAME_OF_WHO,
    PERSON_NOUNS,
    asks_reporter,
    asks_speaker,
    deed_asked,
    names_outlet,
)
from rag.relative import annotate, relative_dates
from rag.text import (
    CURRENCY,
    MONEY_UNITS,
    NUMERAL,
    ORDINALS,
    PEOPLE,
    SCALES,
    STOPWORDS,
    TENS,
    UNITS,
    contains,
    content_words,
    ends_with_abbreviation,
    initials,
    normalize,
)
from rag.text import sentences as split_sentences
from rag.text import words as split_words

_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion|dozen|first|second|third|fourth|fifth|"
    r"sixth|half|several|dozens|hundreds|thousands|millions)\b",
    re.I,
)
_DATE_WORDS = re.compile(
    rf"\b(?:{MONTH}|{'|'.join(WEEKDAYS)}|today|yesterday|tomorrow|tonight|week|weekend|month|"
    r"year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|ago|since|until|"
    r"early|late|mid|\d{4}|noon|midnight|dawn|dusk)\b"
    # a time of day answers "what time" ("6 a.m.", "14:20")
    r"|\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d{2}\b",
    re.I,
)
_NAME = re.compile(r"\b[A-Z][\w’'.-]*[A-Za-z0-9](?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w’'.-]*)*")
# Capitalised words that are not names of anything in particular.
_COMMON = frozenset(
    normalize(w)
    for w in (
        "The A An He She It They We I This That These Those But And Or If In On At By For With "
        "From As Is Are Was Were Read More Mr Mrs Ms Dr Sir Rep Sen Gov President Minister "
        "Secretary "
        "According Which What Who Whom Whose When Where Why How Did Does Do Has Have Had Can "
        "Could Will Would Should May Might Must Per Roughly About Besides Since After Before "
        "Yes No Not Also Both Each Other Some Many Most"
    ).split()
)


def _name_words(name: str) -> list[str]:
    """The words of a name that name something ("the Merrowfield Foods" → merrowfield,
    foods), normalised."""
    return [w for w in normalize(name).split() if w not in _COMMON]


def checkable(text: str) -> frozenset[str]:
    """The normalised names, numbers and dates in `text`: what a claim must not get wrong.

    Numbers come as digits (words folded: "fifth" → "5"); names are every word of each
    capitalised run that is not sentence furniture ("Fyodor Lukyanov" → "fyodor",
    "lukyanov"), possessives dropped ("Hollande's" → "hollande")."""
    folded = normalize(text)
    numbers = {n for n in NUMERAL.findall(folded)}
    names = set()
    for m in _NAME.finditer(text):
        run = _unpossessed(m.group())
        names |= {w for w in normalize(run).split() if w not in _COMMON and not w.isdigit()}
    return frozenset(numbers | names)


def _unpossessed(name: str) -> str:
    """A name without its possessive ("Hollande's" → "Hollande")."""
    return re.sub(r"[’']s\b", "", name)


def _has(haystack: str, item: str, loose: bool = False) -> bool:
    """`item` is a word of `haystack`; `loose` also takes a word that starts with its
    first five letters ("Russian" for "Russia": a question's name, not a claim's)."""
    if f" {item} " in f" {haystack} ":
        return True
    return loose and len(item) >= 5 and _says(haystack, item)


def _says(text: str, word: str) -> bool:
    """Does a word of `text` start as `word` does (its first five letters, case-blind:
    "Referee" for "refereed", "prize" for "prizes")?"""
    return re.search(rf"\b{re.escape(word[:5])}", text, re.I) is not None


def missing(claim: str, sources: Sequence[str], question: str = "") -> list[str]:
    """The checkable tokens of `claim` found in none of `sources` nor in the question."""
    hay = " ".join(normalize(s) for s in (*sources, question))
    return sorted(item for item in checkable(claim) if not _has(hay, item))


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""  # why not, for people reading the record


def supported(claim: str, sentences: Sequence[str], question: str, min_words: float) -> Verdict:
    """Does `claim` say only what the cited `sentences` (and the question) say?"""
    gone = missing(claim, sentences, question)
    if gone:
        return Verdict(False, f"not in the cited sentence: {', '.join(gone)}")
    words = content_words(claim) - content_words(question)
    if not words:
        return Verdict(True)
    have = set().union(*(content_words(s) for s in sentences)) if sentences else set()
    share = len(words & have) / len(words)
    if share < min_words:
        return Verdict(False, f"only {share:.0%} of its words are in the cited sentence")
    return Verdict(True)


def locate(answer: str, sentences: Sequence[str], preferred: int, min_words: float) -> int | None:
    """Index of the sentence `answer` stands in (the model's choice `preferred` first),
    or None when no sentence says it."""
    order = [preferred, *range(len(sentences))] if 0 <= preferred < len(sentences) else []
    order = list(dict.fromkeys(order or range(len(sentences))))
    needle = f" {normalize(answer)} "
    for i in order:
        if needle.strip() and needle in f" {normalize(sentences[i])} ":
            return i
    for i in order:
        if supported(answer, [sentences[i]], "", min_words).ok and content_words(answer):
            return i
    return None


# A country and its people are one name to the question check ("Britain's foreign
# secretary" is answered by "British Foreign Secretary Boris Johnson").
_DEMONYMS = {
    "britain": "british",
    "france": "french",
    "russia": "russian",
    "syria": "syrian",
    "germany": "german",
    "america": "american",
    "ukraine": "ukrainian",
    "china": "chinese",
    "iran": "iranian",
    "turkey": "turkish",
    "israel": "israeli",
    "spain": "spanish",
    "italy": "italian",
    "netherlands": "dutch",
    "poland": "polish",
    "japan": "japanese",
    "canada": "canadian",
    "australia": "australian",
    "india": "indian",
    "egypt": "egyptian",
}
_DEMONYMS.update({v: k for k, v in list(_DEMONYMS.items())})
# A country's short forms ("an American official" is "U.S. Secretary of State John Kerry";
# `normalize` makes "U.S." "u s").
_SHORT = {"america": ("u s", "united states", "usa"), "britain": ("u k", "united kingdom")}
_SHORT |= {_DEMONYMS[k]: v for k, v in list(_SHORT.items())}


def _mentioned(hay: str, word: str) -> bool:
    return (
        _has(hay, word, loose=True)
        or (word in _DEMONYMS and _has(hay, _DEMONYMS[word]))
        or any(_has(hay, short) for short in _SHORT.get(word, ()))
    )


def _named(question: str, outlet: str) -> bool:
    """Does the question name this outlet (`names_outlet`), by its whole name or by its
    head before a tagline ("CNBC" for "Cnbc | World Business News Leader")?"""
    return names_outlet(question, re.split(r"\s+[|–—-]\s+", outlet)[0])


def _initials_of(m: re.Match[str], text: str) -> bool:
    """Is the name `m` found in `text` only initials before a name ("A.J" of "A.J.
    Dillon")? Not "U.S" of "the U.S. market": an abbreviation that names a country."""
    return initials(m.group().lower()) and re.match(r"\.\s+[A-Z]", text[m.end() :]) is not None


def missing_names(question: str, context: str, ignore: Sequence[str] = ()) -> list[str]:
    """Names the question asks about that `context` (a sentence's passage, with its
    outlet and title) never mentions: "What did Merkel say?" over passages that
    never name her cannot be answered from them. Outlet names in `ignore` are
    attribution ("according to Newsmax") when the question names them whole, not
    subject: "Kessmoor" is asked of in "the Kessmoor armoured van robbery" though an
    outlet is called The Kessmoor Courier."""
    skip = {w for name in ignore if _named(question, name) for w in normalize(name).split()}
    hay = normalize(context)
    bare = _without_outlets(hay, ignore)
    outlets = [set(normalize(name).split()) for name in ignore]
    unnamed = _COMMON | _JOINERS | skip  # words that name nothing of their own
    gone = []
    for m in _NAME.finditer(question):
        before = question[: m.start()].rstrip()
        first = not before or (before[-1] in ".?!\n" and not ends_with_abbreviation(before))
        if first and " " not in m.group():
            continue  # a sentence's first word (not the name after "A.J." or "Dr.")
        name = _unpossessed(m.group())  # "Lindholt's": not the "s" of "festival's"
        words = [w for w in normalize(name).split() if w not in unnamed]
        words = [MONTH_NAMES[MONTHS[w]] if w in MONTHS else w for w in words]  # "Feb" alone
        if not words or _initials_of(m, question) or _cut_off(question, m, words):
            continue  # "A.J" of "A.J. Dillon": the surname after the initials is the name
        # a name made of an outlet's words may be that outlet ("the Gazette", "QBN")
        said = hay if any(set(words) <= mine for mine in outlets) else bare
        spelled = [_SPELLED_OUT.get(w, "") for w in words]
        if all(spelled) and all(re.search(rf"\b{noun}\b", hay) for noun in spelled):
            continue  # "TV interview": "an interview on France's TMC television channel"
        if not _names_it(said, context, words):
            gone.append(_OPENER.sub("", m.group()) if first else m.group())  # "Which British"
    return gone


# a capitalised short form of a common noun, named by the noun written out
_SPELLED_OUT = {"tv": "television"}
# the small words inside a name ("Museum of Art", "al-Assad"): every text says "of"
_JOINERS = frozenset({"of", "de", "al"})
_AS_OF = re.compile(r"\b[Aa]s\s+of\s+\S+$")  # "As of Sept", "… as of Sept"


def _cut_off(question: str, m: re.Match[str], words: Sequence[str]) -> bool:
    """Is the name `m` (its name words `words`) the month or weekday of an as-of date
    ("As of Sept. 3, how many …", "As of Monday"): when the question is asked, not what
    it asks about?"""
    dated = all(w in MONTH_NAMES or w in WEEKDAYS for w in words)
    return dated and bool(_AS_OF.search(question[: m.end()]))


# words many names share ("Town", "Library" of "Orvelin Town Library", "Council" of
# "Vantry Coast Council", "Road" of "Cliff Road"): alone they name the asked thing only
# as "the library", "the council", not as "Brackmire Town Hall"
_SHARED = BODY_WORDS | content_words(
    "town library hall museum park county district village centre center station airport "
    "harbour port bridge square church cathedral theatre stadium festival prize cup"
)


def _names_it(hay: str, context: str, words: Sequence[str]) -> bool:
    """Does the context (`hay`: normalised) name the thing whose name's words are
    `words`? By one of its own words; where the name has words of its own, by a shared
    word only as "the library" or standing as a name of its own ("City lead the table"
    for Manchester City), not inside another name ("Brackmire Town Hall")."""
    own = [w for w in words if not content_words(w) & _SHARED]
    if len(own) in (0, len(words)):
        return any(_mentioned(hay, w) for w in words)
    if any(_mentioned(hay, w) for w in own):
        return True
    shared = {w for w in words if w not in own}
    if any(re.search(rf"\b[Tt]he\s+{re.escape(w)}s?\b", context) for w in shared):
        return True
    mine = set(words) | _COMMON
    runs = (set(normalize(m.group()).split()) for m in _NAME.finditer(context))
    return any(run & shared and run <= mine for run in runs)


def _without_outlets(hay: str, outlets: Sequence[str]) -> str:
    """`hay` (normalised) without the names of outlets: "The Orvelin Gazette" over a
    report is whose report it is, not a mention of "Orvelin Town Library"."""
    for outlet in outlets:
        if said := normalize(outlet).strip():
            hay = f" {hay} ".replace(f" {said} ", " ")
    return hay


# a question's first word, capitalised, runs into the name after it: "[Which] British", "[Has]
# Lindgard Lifts" (its words are common ones, so only the name shown changes)
_OPENER = re.compile(
    r"^(?:Which|What|Who|Whom|Whose|Where|When|How|Why|In|On|At|Did|Does|Do|Is|Was|Were|Are|"
    r"Has|Have|Had|And|According)\s+"
)


_NAME_WORD = r"(?:[A-Z][\w’'.-]*|(?:al|el|bin|ibn|abu)-[\w’'-]+)"
_SUBJECT_NAME = (  # "[Rovers manager Lise Hammar]": up to four words, then the name
    rf"((?:[a-z][\w’'.-]*\s+){{0,4}}{_NAME_WORD}(?:\s+(?:[a-z]+\s+)?{_NAME_WORD})*)"
)
_SUBJECT = re.compile(  # "did [Rovers manager Lise Hammar] say": the name phrase before the verb
    rf"\b(?:did|does|do|has|have|had|will|would|was|is)\s+{_SUBJECT_NAME}(?=\s+[a-z])"
)
_TITLED = re.compile(  # "Was [Pennock's Tove Arnesen] named player of the tournament?"
    rf"^\s*(?i:was|is|were|has|had)\s+{_SUBJECT_NAME}(?=\s+(?:been\s+)?"
    rf"(?:named|appointed|elected|chosen|voted|made|awarded|given)\b)"
)


_ROLE = re.compile(rf"\s+((?:{PERSON_NOUNS})s?)\b", re.I)
_THING_AT = re.compile(  # "[the learner pool] at Tessingham Leisure Centre": not a person
    rf"(?P<thing>the\s+(?!(?:[\w'’-]+\s+){{0,2}}(?:{PERSON_NOUNS})s?\s)"
    r"(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+(?:at|in|near)\s+[A-Z]"
)


def _asked_subject(question: str) -> re.Match[str] | None:
    """The name phrase a question asks about, as its group 1 ("Was [Tove Arnesen] named
    …", "What did [Rovers manager Lise Hammar] say …"), or None."""
    return _TITLED.match(question) or _SUBJECT.search(question)


def _capitalised_words(phrase: str) -> list[str]:
    """The name words of a phrase's capitalised words ("Rovers manager Lise Hammar" →
    rovers, lise, hammar), normalised."""
    return _name_words(" ".join(re.findall(r"\b[A-Z][\w’'.-]*", phrase)))


def subject_missing(question: str, near: str, ignore: Sequence[str] = ()) -> str:
    """The person or body a question asks about ("How did Bashar al-Assad respond", "What
    did Merkel say", "Was Tove Arnesen named player of the tournament") when the
    sentence and the one before it (`near`) never name them:
    a statement by someone else is no answer. "" when the question names no subject or
    `near` names it. Outlet names in `ignore` are whose report it is ("What does the
    Post say", "the analyst quoted by Arutz Sheva"), not the subject."""
    m = _asked_subject(question)
    if m is None:
        return ""
    if thing := _THING_AT.match(m.group(1)):  # "the learner pool at Tessingham Leisure
        # Centre": a thing, not the place (whose name `missing_names` checks in the passage)
        wanted = content_words(thing.group("thing"))
        return "" if wanted <= content_words(near) else thing.group("thing")
    role = _ROLE.match(question, m.end())  # "the Kremlin spokesman": whose role the name says
    if role and re.search(rf"\b{role.group(1)}\b", near, re.I):
        return ""  # "Dmitri Peskov, the president's spokesman" (the check of names is elsewhere)
    skip = {w for name in ignore for w in normalize(name).split()}
    words = [w for w in _capitalised_words(m.group(1)) if w not in skip]
    if not words or any(_mentioned(normalize(near), w) for w in words):
        return ""
    return m.group(1).strip()


def group_missing(question: str, near: str) -> str:
    """For a yes/no question about a group named by a common noun ("Will under-18s still
    get into the museum free …?", "Will blue-badge holders still park free?"), the group
    when the sentence and the one before it (`near`) never name it ("From November 1, the
    museum will charge for entry for the first time" says nothing of under-18s); "" when
    the question's subject is a name (`subject_missing`), "the …", or `near` names it."""
    m = _COMMON_GROUP.match(question)
    if m is None or re.search(r"[A-Z]", m.group("group")):
        return ""
    group = m.group("group")
    return "" if content_words(group) & content_words(near) else group


_COMMON_GROUP = re.compile(  # "Will [under-18s] still get in free?", "Do [season-ticket holders] …"
    r"^\s*(?:and\s+)?(?i:will|would|do|does|did|are|is|were|was|can|could|have|has|had|should|"
    r"must)\s+(?P<group>(?!(?:the|a|an|there|it|they|any|all|both|each|either|neither|this|"
    r"that|these|those|its|their|his|her|he|she|we|you|i)\b)(?:[a-z][\w'’-]*\s+){0,2}"
    r"[a-z][\w'’-]*[^\Ws]s)\b"  # the longest plural: "bus fares", not "bus"; not "access"
)


# a name after these is whom or what was acted on, not who acted ("its contract with Hulvane")
_ACTED_ON = re.compile(
    r"\b(?:with|to|for|from|against|into|towards|toward|about|at|on|over|under|of)\s+(?:the\s+)?$",
    re.I,
)


def doer_missing(question: str, near: str, ignore: Sequence[str] = ()) -> str:
    """For "What did X do (decide, take …)?", X when the sentence and the one before it
    (`near`) never name X, or name X only as what was acted on ("… suspended its contract
    with Hulvane Print" is what the council did, not Hulvane); "" when the question asks
    no one's deed by name or `near` names X otherwise."""
    deed = deed_asked(question)
    doer = deed.who if deed and _NAMED_DOER.fullmatch(deed.who) else ""
    if not doer or re.search(r"’s$|'s$|\b(?:in|of|at|on|from)\s", doer):
        return ""  # "Caldera's offer", "the students in the Haverleigh Library": no doer named
    if who := subject_missing(question, near, ignore):
        return who
    words = set(_capitalised_words(doer))
    runs = [x for x in _NAME_RUN.finditer(near) if set(normalize(x.group()).split()) & words]
    if runs and all(_ACTED_ON.search(near[: x.start()][-40:]) for x in runs):
        return doer.strip()
    return ""


_NAMED_DOER = re.compile(_SUBJECT_NAME)  # "Hulvane Print", "Mirabel Carrack", not "the council"


_WOULD = re.compile(  # what is said ahead: "will ", "threatens to ", "now expects to "
    r"\b(?:will|would|shall|could|might|may|'ll|’ll|plans?\s+to|planning\s+to|threaten(?:s|ed)?\s+"
    r"to|vow(?:s|ed)?\s+to|promis(?:es|ed)\s+to|intends?\s+to|is\s+to|are\s+to|going\s+to|"
    r"expects?\s+to|expected\s+to|(?:is|are|was|were)\s+due\s+to|hopes?\s+to|aims?\s+to)"
    r"(?:\s+\w+)?\s*$",
    re.I,
)


def planned_only(question: str, sentence: str) -> bool:
    """For a yes/no question about what was done ("Was the boil-water notice lifted on a
    Thursday?", "Has the council signed …"), does the sentence tell the asked act only as
    planned or expected ("it now expects to lift the notice … on Thursday, August 24")?
    A plan is no yes."""
    if not _DONE_ASKED.match(question):
        return False
    acts = [_act_stem(w.lower()) for w in re.findall(rf"\b{INFLECTED.pattern}\b", question)]
    told = [
        m for a in acts if len(a) >= 4 for m in re.finditer(rf"\b{re.escape(a)}", sentence, re.I)
    ]
    return bool(told) and all(_WOULD.search(sentence[: m.start()]) for m in told)


_DONE_ASKED = re.compile(r"^\s*(?:and\s+)?(?:was|were|did|has|have|had)\b", re.I)


def deed_planned(question: str, answer: str, sentence: str) -> bool:
    """For "What did X do (take …)?", is the answer what the sentence says X will, would
    or threatens to do ("We will take this to court after Easter if we have to")? A deed
    said ahead is not one done (what X decided, agreed or ordered may well be ahead)."""
    deed = deed_asked(question)
    if deed is None or deed.verb not in ("do", "done", "take", "taken"):
        return False
    at = _place(sentence, answer)
    return at is not None and bool(_WOULD.search(sentence[: at.start()][-40:]))


_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*")


_ASKS_SOURCE = re.compile(
    r"\b(?:agency|agencies|outlet|outlets|broadcaster|channel|station|network|newspaper|paper|"
    r"wire|reported|report|told|tell|credit|credits|according|source|sources)\b",
    re.I,
)


def attribution_only(answer: str, question: str, sources: Sequence[str]) -> bool:
    """Is the answer only the name of who reported it ("told Ambrey Newswire", "CNN
    noted") when the question does not ask who reported it? Then it is no value."""
    if _ASKS_SOURCE.search(question):
        return False
    bare = _bare(answer)
    return bool(bare) and any(_names_source(bare, s) for s in sources)


# words of a question that ask about a saying, so that who said it may answer
_SAYING = frozenset(
    content_words(
        "say said says tell told announce announced confirm confirmed claim claimed estimate "
        "estimated warn warned urge urged describe described call called criticise criticised "
        "criticize criticized praise praised accuse accused deny denied insist insisted argue "
        "argued predict predicted quote quoted state stated add added note noted reveal revealed "
        "admit admitted vow vowed promise promised give gave credit credited figure statement "
        "comment commented speak spoke interview respond responded reply replied ask asked "
        "blame blamed defend defended welcome welcomed condemn condemned dismiss dismissed "
        "whose"
    )
)


def speaker_only(answer: str, question: str, sentence: str) -> bool:
    """Is the answer only who said the sentence ("…, the United Nurses' Federation said on
    Wednesday" for "who was leading the health board's side?") when the question asks
    about no saying? Who says a sentence is not who does what the question asks."""
    if _ASKS_SOURCE.search(question) or content_words(question) & _SAYING:
        return False
    if _quotes(answer, question, sentence) or _credit_closes(answer, sentence):
        return True
    source = credited(sentence, skip=[question])
    if not source or _bare(answer) != _bare(source):
        return False
    return bool(_SAID_LAST.search(sentence[sentence.rfind(source) + len(source) :]))


def _quotes(answer: str, question: str, sentence: str) -> bool:
    """Does the answer stand right after a closing quotation as who said it ('"We thought
    it was an old print," Lysander Harlowe, 47, told the Vireo Press Agency.'), its
    words between the name and the verb (an age, a post) saying nothing the question
    asks, and nothing after the verb but whom it was told and when? Then the sentence
    gives the quote and its speaker, not who did what is asked."""
    at = _place(sentence, answer)
    if at is None or not _QUOTE_CLOSED.search(sentence[: at.start()]):
        return False
    m = _SPEAKER_VERB.match(sentence[at.end() :])
    return bool(m and not content_words(m.group("between") or "") & content_words(question))


def _credit_closes(answer: str, sentence: str) -> bool:
    """Is the answer the name a closing credit gives after its description ("…, the
    national rail operator Valerail said.")?"""
    at = _place(sentence, answer)
    return bool(
        at
        and _DESCRIBED_CREDIT.search(sentence[: at.start()])
        and _SAID_LAST.search(sentence[at.end() :])
    )


_DESCRIBED_CREDIT = re.compile(r"[,”\"’]\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w'’-]*\s+){0,4}$")
_QUOTE_CLOSED = re.compile(r"[,.!?]?\s*[”\"]\s*$")  # '…a hobby," ' right before the name
_SPEAKER_VERB = re.compile(  # ", 47, told", " said", ", the club's chairman, added"
    r"^\s*(?:,(?P<between>[^,;:.\"“”]{1,60}),)?\s+(?:said|says|told|tells|added|adds|"
    r"explained|insisted|recalled|remembered|admitted|wrote|writes)"
    r"(?:\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)?"  # "told the Vireo Press Agency"
    r"(?:\s+(?:on|late|early|last|this)?\s*[\w.]+){0,2}\W*$"  # "on Monday.": then the end
)


# the credit closes the sentence: nothing after "… said" but when ("said on Wednesday.")
_SAID_LAST = re.compile(
    r"^\s+(?:said|says|added|stated|announced|wrote)(?:\s+(?:on|late|early|last|this)?\s*"
    r"[\w.]+){0,2}\W*$"
)


def _bare(name: str) -> list[str]:
    """A name's words, normalised, without a leading "the"."""
    return normalize(re.sub(r"^the\s+", "", name.strip(), flags=re.I)).split()


_WIRE_SUFFIX = frozenset("wire newswire press agency news service services".split())


def _names_source(words: list[str], source: str) -> bool:
    """The answer is the source's name, or its name without an agency suffix
    ("Ambrey" for Ambrey Newswire; not "Washington" for The Washington Post)."""
    name = _bare(source)
    if words == name:
        return True
    rest = name[len(words) :]
    return name[: len(words)] == words and bool(rest) and set(rest) <= _WIRE_SUFFIX


def fits_kind(kind: str, answer: str) -> bool:
    """An answer of the asked type: a number for "how many", a date for "when", someone
    for "who"."""
    if kind == "number":
        return bool(NUMERAL.search(answer) or _NUMBER_WORD.search(answer))
    if kind == "date":
        return bool(_DATE_WORDS.search(answer))
    if kind == "yesno":
        return normalize(answer).split()[:1] in (["yes"], ["no"])
    if kind == "person":  # a title alone ("Dr.", cut from "said Dr. Imogen Farrant") is no one,
        # nor is a count ("Five people", "two men"): it says how many, not who; nor a post
        # ("Ostvale Health Board's chief negotiator"): it says whose post, not who holds it
        return (
            any(w not in _COMMON for w in normalize(answer).split())
            and not _COUNT_ONLY.match(answer)
            and not post_of(answer)
        )
    if kind == "place":  # "Sunday afternoon" says when, not where
        rest = _DATE_WORDS.sub(" ", _TIME_FILLER.sub(" ", answer))
        return bool(rest.strip(" ,.-"))
    return True


_COUNT_ONLY = re.compile(  # a number, alone or with lower-case words: "five", "2 men"
    rf"^\s*(?:\d[\d,]*|(?i:{_NUMBER_WORD.pattern}))(?:\s+[a-z][\w'’-]*)*\s*$"
)
_TIME_FILLER = re.compile(r"\b(?:on|in|at|the|of|last|next|this)\b", re.I)
_CHOICE = re.compile(r"\bor\b", re.I)


def echoes(question: str, answer: str, loose: bool = False) -> bool:
    """Does the answer only repeat the question's own words ("Dunmore" for "Who has
    been charged over the Dunmore robbery?", "its publisher" for "Who publishes …"; "Ostvale
    Health Board's chief negotiator" for "Who is the health board's chief negotiator?";
    `loose`, for "who": an answer in lower case matched by stem, the start of one word being
    the other, "prosecutor" for "Who prosecuted Corin Aldmeyer?"). It names nothing the
    question did not, so it answers nothing. A choice question
    ("TF1 or TMC?") is answered by one of its own words."""
    if _CHOICE.search(question):
        return False
    asked = content_words(question)
    words = content_words(answer)
    post = content_words(post_of(answer))  # "Ostvale Health Board's chief negotiator"
    if loose and words and not re.search(r"[A-Z]", answer):  # a name's never are
        return all(_stem_said(w, frozenset(asked)) for w in words)  # "prosecutor": prosecuted
    return bool(words) and words <= asked or bool(post) and post <= asked


def names_the_asked(question: str, answer: str) -> bool:
    """For "who …?", is the answer the body the question already names, with its name
    put in front ("Ostvale Health Board" for "Who was leading the health board's side?")?"""
    tokens, asked = answer.split(), content_words(question)
    for i in range(1, len(tokens) - 1):
        head, tail = content_words(" ".join(tokens[:i])), content_words(" ".join(tokens[i:]))
        if len(tail) >= 2 and tail <= asked and not head & asked:
            return all(t[:1].isupper() for t in tokens)
    return False


_POSSESSOR = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w.-]*['’]s\s+")


def post_of(answer: str) -> str:
    """The post an answer names when it names whose post it is and no one holding it
    ("Ostvale Health Board's chief negotiator": "chief negotiator"); "" otherwise
    ("St. Aldric's Hospital" is a name, "Clara Dunstable, the board's negotiator" a person)."""
    rest = _POSSESSOR.sub("", answer)
    return rest if rest != answer and rest == rest.lower() else ""


_ROLES = (  # roles a "who" question names, each said with its holder in news text
    r"player|referee|umpire|judge|prosecutor|lawyer|attorney|solicitor|barrister|captain|coach|"
    r"manager|director|"
    r"spokes(?:man|woman|person)|minister|president|mayor|governor|chairman|chairwoman|chair|"
    r"ceo|owner|founder|headliner|driver|pilot|commander|inspector|investigator|editor|"
    r"presenter|host|scorer|goalkeeper|goaltender|ambassador|envoy|secretary|treasurer|"
    r"curator|architect|surgeon|employee|officer|official|chief|head"
)
_TITLES = (  # "which <title>": a post a sentence names with its holder (not "which player")
    r"analyst|economist|commentator|historian|professor|correspondent|diplomat|judge|"
    r"prosecutor|minister|spokes(?:man|woman|person)|mayor|governor|ambassador|envoy|referee|"
    r"umpire|coach|inspector|curator|lawyer|attorney|solicitor|barrister"
)
_ASKED_ROLE = re.compile(
    rf"^\s*(?:and\s+)?(?:who|what\s+is\s+the\s+name\s+of)\s+(?:(?:is|was|are|were|has\s+been|"
    rf"had\s+been|will\s+be)\s+)?(?:(?:named|appointed|elected|chosen|made|voted)\s+)?"
    rf"(?:as\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,4}}?(?P<role>{_ROLES})s?\b"
    rf"|^\s*(?:and\s+)?which\s+(?:[\w'’-]+\s+){{0,4}}?(?P<which>{_TITLES})s?\b"
    rf"|^\s*(?:and\s+)?(?:who|{NAME_OF_WHO})\s+"
    r"(?P<verb>refereed|umpired|captained|coached|chaired|founded|"
    r"headlined|presided|prosecuted|piloted|edited|hosted|presented)\b",
    re.I,
)


def role_missing(question: str, near: str) -> str:
    """The role a "who" question asks about ("Who was named player of the match?",
    "Who refereed game seven?", "What is the name of the prosecutor …", "Which
    analyst likened …") when the answer's sentence and the one before it (`near`)
    never say it: a name from a sentence that gives no one that role is another
    person. "" when the question names no role or `near` says it."""
    m = _ASKED_ROLE.search(question)
    if m is None:
        return ""
    word = (m.group("role") or m.group("which") or m.group("verb")).lower()
    if _HEADS.match(question):  # "Who heads Interlink": who holds its top post (`asks_holder`)
        return ""
    title = re.match(r"\s+([a-z]+)", question[m.end() :], re.I)
    if word in ("chief", "head", "deputy") and title:  # "chief executive" is no "chief
        phrase = f"{word} {title.group(1).lower()}"  # information security officer"
        return "" if re.search(rf"\b{word}\s+{title.group(1)}", near, re.I) else phrase
    return "" if any(_says(near, w) for w in (word, *_SAID_AS.get(word, ()))) else word


def role_elsewhere(question: str, answer: str, sentence: str) -> str:
    """The role a "who is the <role>" question asks (`_ASKED_ROLE`) when `sentence` says
    it but not of the answer: no mention of the role stands within six words of a word
    of the answer's name without another name between them ("Tollemy is furious and has
    to be calmed by the fourth official" for who the fourth official was; not "The
    referee is Lisbet Wrayford", "the Rovers captain, Teodor Vass,"). "" when the
    question names no role noun, the sentence never says it, or says it of the answer."""
    m = _ASKED_ROLE.search(question)
    role = (m.group("role") or m.group("which") or "").lower() if m else ""
    if not m or not role:
        return ""
    if re.search(r"\b(?:do|does|did)\b", question[: m.end()], re.I) or re.match(
        r"\s+[A-Z]", question[m.end() :]
    ):  # "who did the mayor pick", "… Prime Minister Helga Marrin …": someone else's role
        return ""
    if re.match(rf"\s*(?:and\s+)?who\s+{role}", question, re.I):
        return ""  # "Who chairs the board": a verb ("chaired by Lorcan Ebbitt"), not a title
    words = re.findall(r"[\w'’.&-]+|;", sentence)
    roles = [i for i, w in enumerate(words) if re.fullmatch(rf"{role}s?\.?", w, re.I)]
    named = set(_capitalised_words(answer)) - TITLE_WORDS
    names = [i for i, w in enumerate(words) if set(_capitalised_words(w)) & named]
    if not roles or not names:
        return ""
    asked = set(_name_words(question))  # "Chief Executive Anika Rowe" for "its chief executive"
    for r, n in ((r, n) for r in roles for n in names):
        between = words[min(r, n) + 1 : max(r, n)]
        others = [
            w
            for w in between
            if w == ";" or (set(_capitalised_words(w)) - named - asked - TITLE_WORDS)
        ]
        if len(between) < 6 and not others:
            return ""
    return role


_WHICH_OF = re.compile(  # "Which [Dunmere Athletic] player …": whose side the asked one is on
    rf"\b[Ww](?:hich|hat)\s+(?P<side>(?:[A-Z][\w'’-]*\s+){{1,3}})(?:{PERSON_NOUNS})s?\b"
)
_SIDE_BEFORE = re.compile(  # "… from the Rovers captain, " right before the name
    r"\bthe\s+(?P<side>(?:[A-Z][\w'’-]*\s+){1,3}?)(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s*$"
)


def on_other_side(question: str, answer: str, sentence: str) -> str:
    """For "Which <side> <person>?" ("Which Dunmere Athletic player was sent off?"), the
    other side the answer's sentence puts the answer on, written right before the name
    ("… met a corner from the Rovers captain, Teodor Vass, …": "Rovers"); "" when the
    sentence puts the answer on no side, or on the asked one ("the Athletic
    goalkeeper")."""
    asked = _WHICH_OF.search(question)
    at = _place(sentence, answer) if asked else None
    told = _SIDE_BEFORE.search(sentence[: at.start()][-60:]) if asked and at else None
    if asked is None or told is None:
        return ""
    side, own = (set(normalize(m.group("side")).split()) for m in (told, asked))
    return "" if side & own else " ".join(told.group("side").split())  # "the Ironclads' winger"


_DOER_ASKED = re.compile(  # "Who discovered …", "Which Rovers player was sent off …"
    rf"(?:^\s*(?:and\s+)?who|^\s*(?:and\s+)?{NAME_OF_WHO}"
    rf"|^\s*(?:and\s+)?(?:which|what)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PERSON_NOUNS})s?)\s+"
    r"(?:(?:was|were|is|are|has|have|had|will)\s+(?:been\s+|be\s+)?)?(?P<act>[a-z]{3,})\b",
    re.I,
)
_NO_ACT = frozenset(  # no act ("Who was in charge"), or a telling any source does
    "was were is are has have had will would did does do been can could should may might "
    "the his her their its this that "
    "gave give gives given put puts provided released issued announced confirmed published "
    "said says told tells reported quoted estimated".split()
)


def asked_act(question: str) -> str:
    """The act a "who" question asks the doer of ("discovered" of "Who discovered that
    the silver had been stolen?", "sent" of "Which Rovers player was sent off?"), or ""
    for none (who was in charge; who gave a figure: a source, said in any words)."""
    m = _doer_asked(question)
    return m.group("act").lower() if m else ""


def _doer_asked(question: str) -> re.Match[str] | None:
    """Where a "who" question asks the doer of an act (`asked_act`), else None."""
    m = _DOER_ASKED.search(question)
    if m is None or m.group("act").lower() in _NO_ACT or _ASKS_SOURCE.search(question):
        return None
    return m


_DONE_TO = re.compile(  # what the act is done to: up to the clause's end
    r"[,;:.!?—–()]|\s(?:and|but|while|after|as|when|which|who|before)\s"
)


def acted_on_other(question: str, answer: str, sentence: str) -> str:
    """For "who <act> <something>?", what the answer's sentence says the answer did that
    act to when none of its words is among the question's ("…, while the race director,
    Idonea Gaunt, presented the team prize to Velmont Cycling" for who presented
    Lennart Quistgaard with the yellow jersey: "the team prize to Velmont Cycling").
    "" when the sentence does not write the answer, then the act, or the act is done to
    something the question names (a word of it within another: "held the boat" for
    "held the lifeboat steady"), or the question asks of "it" / "that" (its own words
    unknown)."""
    m = _doer_asked(question)
    if m is None:
        return ""
    act, rest = m.group("act").lower(), question[m.end() :]
    if re.match(r"\s*(?:that|it|them|him|her|this|these|those)\b", rest, re.I):
        return ""
    at = _place(sentence, answer)
    said = re.match(
        rf"\s*,?\s*(?:[^,]{{1,60}},\s*)?(?:(?:has|had|have)\s+)?{act}\b(?P<done>.*)",
        sentence[at.end() :] if at else "",
        re.I,
    )
    done = _DONE_TO.split(said.group("done"), maxsplit=1)[0] if said else ""
    asked = content_words(rest)
    if not content_words(done) or any(  # "held the boat" for "held the lifeboat steady"
        w == a or (min(len(w), len(a)) >= 4 and (w in a or a in w))
        for w in content_words(done)
        for a in asked
    ):
        return ""
    return done.strip()


def body_not_doer(question: str, answer: str, sentence: str) -> str:
    """For a "who" question asking who did an act (`asked_act`), an answer that names
    no person — a body ("Velmont Mutual", "Orvelin Police") or a description
    ("thieves", "a retired jeweller") — from a sentence that never says the act ("In it
    the museum's insurer, Velmont Mutual, put the combined value of the stolen pieces
    at 4.7 million" for who discovered the theft): the act. A person's name may be said
    with the act in other words ("spotted by a volunteer, Sabeth Mabry"); a body's or a
    description's seldom is, and "Orvelin Police" for who discovered it is a guess the
    sentence does not make. "" otherwise."""
    act = asked_act(question)
    if not act or names_someone(answer):
        return ""
    return "" if _stem_said(act, _common_stems(sentence)) else act


_WAS_IT = re.compile(  # "Was it Detective Sergeant Bram Lowrie who arrested …?"
    r"^\s*(?:was|is|were)\s+it\s+(?P<who>.+?)\s+(?:who|that)\s+(?P<verb>[a-z]{3,})\b", re.I
)
_DOER_NAME = r"((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)"


def done_by_another(question: str, sentence: str) -> str:
    """For "Was it X who <did> …?": the other person `sentence` names as the one who did
    it, right before the act ("Detective Inspector Maren Kellet arrested a 34-year-old
    man …, with Detective Sergeant Bram Lowrie … present"), before ", who <did>", or
    after "<done> by"; "" when the question is not of that shape, the sentence does not
    tell the act, or the doer it names is X."""
    m = _WAS_IT.match(question)
    if m is None:
        return ""
    stem = re.escape(m.group("verb").lower()[: max(4, len(m.group("verb")) - 3)])
    act = rf"{stem}[a-z]*"
    doers = [
        d.group(1)
        for pattern in (
            rf"{_DOER_NAME}(?:,\s+who)?\s+{act}\b",
            rf"\b{act}\s+by\s+(?:the\s+)?(?:[a-z]+\s+){{0,3}}?{_DOER_NAME}",
        )
        for d in re.finditer(pattern, sentence)
    ]
    asked = set(_capitalised_words(m.group("who"))) - TITLE_WORDS
    for doer in doers:
        said = set(_capitalised_words(doer)) - TITLE_WORDS
        if said and not said & asked:
            return doer.strip()
    return ""


_FOR_NAME = re.compile(  # "Speaking for Chief Superintendent Amara Quill, he said …"
    r"\bfor\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$"
)
_ASKS_FOR = re.compile(r"\bfor\s+whom\b|\bfor\s*\??\s*$", re.I)


def acted_for(question: str, answer: str, sentence: str) -> bool:
    """Does the answer's name stand in the sentence only after "for" ("Speaking for Chief
    Superintendent Amara Quill, he said …", "a spokesperson for Spurrell")? That is whom
    something was done for, not who did it — unless the question asks whom it was for
    ("Who does she work for?")."""
    *_, last = answer.split() or [""]
    if not last or _ASKS_FOR.search(question):
        return False
    said = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(last)}(?!\w)", sentence)]
    return bool(said) and all(_FOR_NAME.search(sentence[:at]) for at in said)


QUOTED_NAME = "the name is in the quoted words, not who said them"
_QUOTED_WORDS = re.compile(r"[\"“]([^\"”]{2,})[\"”]")


def quoted_only(question: str, answer: str, sentence: str) -> bool:
    """For a question asking who said something: does the answer's name stand in the
    sentence only inside the quoted words ('"Ezra Solvane gave it to Orvelin …," she told
    the Tessik Wire')? A name the speaker says is not the speaker."""
    *_, last = answer.split() or [""]
    if not asks_speaker(question) or not last:
        return False
    quoted = [m.span(1) for m in _QUOTED_WORDS.finditer(sentence)]
    said = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(last)}(?!\w)", sentence)]
    return bool(said) and all(any(b <= at < e for b, e in quoted) for at in said)


_HEADS = re.compile(r"\s*(?:and\s+)?who\s+heads\b", re.I)  # the verb, not the role "head"
_SAID_AS = {  # a role news text writes as its title ("Justice Ada Ruhl") or by another name
    "judge": ("justice",),
    "lawyer": ("solicitor", "barrister", "attorney", "counsel"),
    "solicitor": ("lawyer",),
    "barrister": ("lawyer", "counsel"),
    "attorney": ("lawyer", "counsel"),
}


_REFERRING = re.compile(r"^\s*[\"“]?(?:The|This|That)\s+(?P<noun>[a-z][\w-]*)(?:'s|’s)?\b")


def refers_back(sentence: str, answer: str, follower: str) -> bool:
    """Does `follower` open by naming, with "the", what `sentence` calls the answer?
    "… a lookout aboard the product tanker Helder Crest …" "The tanker's crew brought
    the three men aboard …": the two say one thing about the answer, which the second
    does not name ("Helder Crest, a product tanker, …" is read the same)."""
    m = _REFERRING.match(follower)
    said = answer.strip()
    if m is None or not said:
        return False
    noun, said = re.escape(m.group("noun")), re.escape(said)
    return (
        re.search(
            rf"\b{noun}s?\s+{said}(?!\w)|(?<!\w){said},\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{noun}\b",
            sentence,
            re.I,
        )
        is not None
    )


@dataclass(frozen=True)
class Grounding:
    status: str  # answered | not_found | ungrounded | off_topic
    index: int = -1  # the sentence the answer stands in
    reason: str = ""


CHOSEN = ("yesno", "outlets")  # kinds whose verdict stands on the sentence the model names


def ground(
    kind: str,
    question: str,
    answer: str,
    chosen: int,
    sentences: Sequence[str],
    scores: Sequence[float],
    contexts: Sequence[str],
    near: Sequence[str],
    ignore_names: Sequence[str],
    min_words: float,
    min_relevance: float,
) -> Grounding:
    """Check one outlet's extracted answer (`chosen`: the model's 0-based sentence).

    Yes/no answers stand on the sentence the model chose (else the most relevant);
    any other answer must be found in a sentence (`locate`). The sentence must then be
    relevant enough, its passage (`contexts`) must name what the question names, and
    the answer must be of the asked kind."""
    if not answer:
        return Grounding("not_found")
    if not fits_kind(kind if kind != "outlets" else "yesno", answer):
        return Grounding("ungrounded", reason=f"not an answer of the asked kind ({kind})")
    if kind not in CHOSEN and echoes(question, answer, loose=kind == "person"):
        return Grounding("off_topic", reason="it only repeats the question's words")
    if kind == "person" and names_the_asked(question, answer):
        return Grounding("off_topic", reason="it names what the question names, not who")
    if _ASKS_NAME.match(question) and not _gives_a_name(answer):
        return Grounding("ungrounded", reason="it gives no name, and the question asks one")
    if kind in CHOSEN:  # the sentence the model chose, else the most relevant
        best = max(range(len(sentences)), key=lambda i: scores[i])
        index: int | None = chosen if 0 <= chosen < len(sentences) else best
        if kind == "yesno" and index is not None and group_missing(question, near[index]):
            # a sentence about the museum for "Will under-18s still get in free?": the most
            # relevant one that names under-18s, if any ("Under-18s will still get in free")
            named = [i for i in range(len(sentences)) if not group_missing(question, near[i])]
            index = max(named, key=lambda i: scores[i], default=index)
    else:
        index = locate(answer, sentences, chosen, min_words)
    if index is None:
        return Grounding("ungrounded", reason="no sentence of the outlet says it")
    if scores[index] < min_relevance:
        return Grounding("off_topic", index, "its sentence is not about the question")
    gone = missing_names(question, contexts[index], ignore_names)
    if gone:
        return Grounding("off_topic", index, f"its passage never names {', '.join(gone)}")
    if kind == "person" and (role := role_missing(question, near[index])):
        who = f"who {role}" if role.endswith("ed") else f"who is the {role}"  # "who chaired"
        return Grounding("off_topic", index, f"its sentence does not say {who}")
    if kind == "person" and (role := role_elsewhere(question, answer, sentences[index])):
        return Grounding("off_topic", index, f"its sentence does not say {answer} is the {role}")
    if kind == "person" and quoted_only(question, answer, sentences[index]):
        return Grounding("off_topic", index, QUOTED_NAME)
    if kind == "person" and acted_for(question, answer, sentences[index]):
        return Grounding("off_topic", index, "it names whom it was done for, not who did it")
    if kind == "person" and (side := on_other_side(question, answer, sentences[index])):
        return Grounding("off_topic", index, f"its sentence puts {answer} on another side ({side})")
    if kind == "person" and (other := acted_on_other(question, answer, sentences[index])):
        return Grounding("off_topic", index, f"its sentence says it {asked_act(question)} {other}")
    if asks_holder(question):  # who runs, leads, heads …
        if not a_person(answer, sentences[index]):
            return Grounding("ungrounded", index, "it names no person its sentence names")
        if told_leaving(sentences[index], answer):
            return Grounding("off_topic", index, "its sentence tells that person leaving the post")
        if leads_other(question, answer, sentences[index]):
            return Grounding("off_topic", index, "it tells that person leading another thing")
        if not tells_post(near[index]):
            return Grounding("off_topic", index, "its sentence tells no one holding a post")
    statement = kind in ("quote", "reason", "yesno")  # someone's words: are they theirs?
    if statement and (who := subject_missing(question, near[index], ignore_names)):
        return Grounding("off_topic", index, f"its sentence is not about {who}")
    if kind == "yesno" and (group := group_missing(question, near[index])):
        return Grounding("off_topic", index, f"its sentence says nothing of {group}")
    if kind not in CHOSEN and (who := doer_missing(question, near[index], ignore_names)):
        return Grounding("off_topic", index, f"its sentence does not say {who} did it")
    if kind not in CHOSEN and deed_planned(question, answer, sentences[index]):
        return Grounding("off_topic", index, "it is what was planned or threatened, not done")
    return Grounding("answered", index)


_ASKS_NAME = re.compile(r"\s*(?:and\s+)?what\s+(?:is|was|are|were)\s+the\s+names?\s+of\b", re.I)


def _gives_a_name(answer: str) -> bool:
    """Does an answer give a name ("Edda Wrayne", "race director Idonea Gaunt", "the
    Aurelia Brant"), not only a description ("the head of the conciliation service", "the
    mayor of Osgrave": the capitals after "of" name a place, not the one described)?"""
    words = re.sub(r"^\s*(?:the|a|an)\s+", "", answer, flags=re.I).split()
    after, named = False, False
    for word in words:
        capital = word[:1].isupper()
        after = capital and after or word.lower() in _OF_PLACE
        named = named or (capital and not after)
        after = after and not word.endswith(",")  # "the head of Osgrave Council, Edda Wrayne"
    return named


_OF_PLACE = frozenset("of in at for from on near".split())

# a kind of ticket, fare, fee or rate other than the one meant when none is named (an
# adult's, a single): a price asked for it must be said for it
_KIND = (
    r"child(?:ren)?(?:['’]s)?|junior|under[- ](?:\d+s?|fives?|sixes|[a-z]+teens?)|over[- ]\d+s?|"
    r"concessions?|concessionary|family|student|senior|pensioner|weekly|monthly|annual|yearly|"
    r"season|off-peak|peak|night|weekend|weekday|return|foot[- ]passenger|car|international|"
    r"home|undergraduate|postgraduate|first[- ]class|group|day|single-rate|two-rate"
)
_PRICED = (
    r"tickets?|pass(?:es)?|fares?|fees?|rates?|tariffs?|membership|swims?|entry|admission|"
    r"subscriptions?|prices?|charges?"
)
_KIND_ASKED = re.compile(
    rf"\b(?P<a>{_KIND})\s+(?:[\w-]+\s+){{0,2}}?(?:{_PRICED})\b"  # "a child single fare"
    rf"|\b(?:an?|each|per)\s+(?P<b>{_KIND})\s+(?:will\s+|would\s+|must\s+)?"
    r"(?:pay|be\s+charged|costs?)\b"  # "what will a student pay"
    rf"|\bfor\s+(?:an?\s+|each\s+)?(?P<c>{_KIND})\b(?:\s+(?P<d>under[- ]\w+))?",  # "for a child"
    re.I,
)
_ASKS_PRICE = re.compile(  # "How much is …", "What does a weekly pass cost?"
    r"\bhow\s+much\b|\bwhat\s+(?:is|are|was|were|does|do|did|will|would)\b.*\b(?:price|cost|fare|"
    r"fee|rate|tariff|charge)s?\b",
    re.I,
)


def kinds_asked(question: str) -> list[str]:
    """The kinds of ticket, fare, fee or rate a price question names ("child" in "How
    much is a child single fare?", "family", "off-peak", "under five" in "for a child
    under five"); none for an adult's or a single, the price meant when none is named."""
    if not _ASKS_PRICE.search(question):
        return []
    found = [g for m in _KIND_ASKED.finditer(question) for g in m.group("a", "b", "c", "d")]
    return list(dict.fromkeys(k.lower() for k in found if k))


def _kind_said(kind: str, sentence: str) -> bool:
    if kind.startswith("child"):
        pattern = r"child(?:ren)?(?:['’]s)?|under[- ]\d+s?"
    elif kind.startswith("concession"):
        pattern = r"concession(?:s|ary)?"
    else:
        pattern = re.escape(kind).replace(r"\-", "[- ]").replace(r"\ ", "[- ]") + "s?"
    return bool(re.search(rf"\b(?:{pattern})\b", sentence, re.I))


def kind_unsaid(question: str, sentence: str) -> str:
    """For a price asked for one kind of ticket, fare, fee or rate, the kind `sentence`
    does not say ("family" for "a family ticket" answered from "The adult swim price
    rises to 5.80 lunets"; "single-rate" from the two-rate tariff's night rate); "" when
    it says every kind asked, or none is asked."""
    return next((k for k in kinds_asked(question) if not _kind_said(k, sentence)), "")


def with_currency(answer: str, sentence: str) -> str:
    """A sum the model copied without its currency sign gets it back from its sentence
    ("9,300" from "a concert that raised $9,300" is "$9,300"); the answer as it is
    otherwise."""
    if not re.match(r"\d", answer.strip()):
        return answer
    m = re.search(rf"([{CURRENCY}])\s?{re.escape(answer.strip())}(?![\d,.]*\d)", sentence)
    return f"{m.group(1)}{answer.strip()}" if m else answer


def span_in(answer: str, sentence: str) -> str:
    """The words of `sentence` that an answer located in it stands for: the answer
    itself when the sentence holds it verbatim, else the shortest stretch of the
    sentence holding all of the answer's words that the sentence has (the reader sees
    the source's words, never the model's rewording: "Regrettably", not "regretably")."""
    if f" {normalize(answer)} " in f" {normalize(sentence)} ":
        return answer
    tokens = [(m.start(), m.end(), content_words(m.group())) for m in re.finditer(r"\S+", sentence)]
    wanted = content_words(answer) & set().union(*(t[2] for t in tokens))
    if not wanted:
        return answer
    best: tuple[int, int] | None = None
    for i in range(len(tokens)):
        seen: set[str] = set()
        for j in range(i, len(tokens)):
            seen |= tokens[j][2] & wanted
            if seen == wanted:
                if best is None or j - i < best[1] - best[0]:
                    best = (i, j)
                break
    assert best is not None
    text = sentence[tokens[best[0]][0] : tokens[best[1]][1]].strip(" ,;:.\"'“”‘’()")
    if len(text.split()) > len(answer.split()) + 3:  # stitched from two places of the sentence
        # "at least six days" from "at least 16 people on Tuesday after six days": "six days"
        return _longest_run(answer, sentence) or text
    return text


def unit_unsaid(answer: str, sentence: str) -> str:
    """A number and the unit the model wrote after it ("300 hours") when the sentence
    writes that number but never with that word ("Over the next thirty hours, more than
    300 people came": the model joined a number to another number's unit); "" when
    the sentence says it so ("about 17 metres long", "a 48-hour strike") or the answer
    is no number with a word."""
    m = _NUMBER_UNIT.fullmatch(answer.strip())
    if m is None or not measure(f"{m.group(1)} {m.group(2)}"):  # a unit: hours, metres …
        return ""
    number, word = m.group(1), content_words(m.group(2))
    written = [
        content_words(" ".join(sentence[n.end() :].lstrip("-").split()[:2]))
        for n in re.finditer(rf"(?<![\d,.]){re.escape(number)}(?![\d,])", sentence)
    ]
    if not written or any(w & word for w in written):
        return ""
    if measure(_with_unit(number, sentence)) == measure(answer):  # "17 km": "17 kilometres"
        return ""
    return f"{number} {m.group(2)}"


_NUMBER_UNIT = re.compile(
    r"(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?(\d[\d,.]*)\s+([a-z]+)", re.I
)


def _longest_run(answer: str, sentence: str) -> str:
    """The longest run of the answer's words (two at least) that the sentence holds
    verbatim and that keeps every name and number of the answer, in the sentence's own
    writing; "" when there is none."""
    words, hay, needed = answer.split(), f" {normalize(sentence)} ", checkable(answer)
    for size in range(len(words), 1, -1):
        for i in range(len(words) - size + 1):
            run = " ".join(words[i : i + size])
            if f" {normalize(run)} " in hay and needed <= checkable(run):
                return _as_written(run, sentence)
    return ""


def _as_written(run: str, sentence: str) -> str:
    """`run` as the sentence writes it (its case and punctuation)."""
    tokens = list(re.finditer(r"\S+", sentence))
    target = normalize(run).split()
    for i in range(len(tokens)):
        for j in range(i, min(len(tokens), i + len(target) + 2)):
            if normalize(sentence[tokens[i].start() : tokens[j].end()]).split() == target:
                return sentence[tokens[i].start() : tokens[j].end()].strip(" ,;:.\"'“”‘’()")
    return run


_CARDINAL = re.compile(
    r"(?<![\w$£€])(?:\d[\d,]*\d|\d)(?![\w%.,]*\d)(?!\s*%)"
    rf"|\b(?:{TENS})-(?:{UNITS})\b"  # "Thirty-one"
    rf"|\b(?:{UNITS}|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    rf"nineteen|{TENS}|dozens?|hundreds?)\b",
    re.I,
)


def _families(text: str) -> set[str]:
    """The families of people the words of `text` count; fans who watched on a screen
    ("hundreds of fans packed into pubs … to watch on big screens") are no crowd present."""
    families = {_COUNTED_WORDS[w] for w in normalize(text).split() if w in _COUNTED_WORDS}
    return families - {_PRESENT} if families & {_ELSEWHERE, _SCREENS} else families


def _asked_families(question: str) -> set[str]:
    """The families a "how many" question counts: those fighting it only when no other
    is asked ("injured fighting the fire" counts the injured)."""
    asked = _families(question)
    return asked - {_AT_WORK} if len(asked) > 1 else asked


def names_asked_count(question: str, around: str) -> bool:
    """Do the words around a number (`around`) name what a "how many" question counts
    ("a crowd of 41,200" for "how many attended")?"""
    return bool(_asked_families(question) & _families(around))


def count_of_asked(question: str, sentence: str) -> str:
    """The one number of `sentence` whose own clause counts what a "how many" question
    asks about ("Four people have now died and 27 have been confirmed ill": "Four" for
    "how many had died"); "" when the question names no family or not exactly one
    number fits. Used when the model took another number of the same sentence."""
    asked = _asked_families(question)
    if not asked:
        return _count_of_thing(question, sentence)
    fits = []
    for m in _CARDINAL.finditer(sentence):
        if rank_not_count(m.group(), sentence) or (
            m.group().lower() == "one" and _SPEAKER_BEFORE.search(sentence[: m.start()])
        ):
            continue  # "said one nurse" names who spoke; "said two people had …" counts
        counted = clause_after(sentence[m.start() :], m.group())
        word_before = " ".join(sentence[: m.start()].split()[-1:])
        if of_before := _NOUN_OF.search(sentence[: m.start()]):  # "a crowd of 38,500"
            counted = f"{of_before.group(1)} {counted}"
        elif _families(word_before) - asked:  # "Police arrested six fans": the held
            continue
        if not _families(counted) & asked:
            continue
        # "hundreds of fans packed into pubs … to watch on big screens": its whole clause
        # says where they were (`_families`)
        whole = clause_after(sentence[m.start() :], m.group(), _CLAUSE_WORDS)
        if _families(f"{counted} {whole}") & asked:
            fits.append(m.group())
    return fits[0] if len(fits) == 1 else ""


_CLAUSE_WORDS = 24  # a count's whole clause, for where its crowd watched


def _count_of_thing(question: str, sentence: str) -> str:
    """For "how many <things>" (poles, stores, flights; not people): the one number of
    `sentence` written with the asked noun, in the plural, within its next three words
    ("431 poles", "212 broken poles"; not "47,100 of the 47,900 that lost power" for
    power poles, "176 starters finished" for riders who finished, "one nurse" for how
    many nurses), in a clause that says what the question asks of them, by one of its
    own lower-case words ("replaced"; not "brought down around a dozen riders" for how
    many finished); "" when none or several are."""
    words = _counted_words(question)
    at = _head_at(words)
    noun = _alike(content_words(words[at])) if at >= 0 else set()
    if not noun or noun & (PEOPLE | _ANYONE):
        return ""
    # what is done to them ("replaced", "win"), not the words of the counted phrase
    # ("league games") nor when ("this season")
    phrase = content_words(" ".join(words[: at + 1]))
    asked = _lower_words(question) - noun - phrase - _SCAFFOLD - _WHEN_WORDS
    fits = [
        m.group()
        for m in _CARDINAL.finditer(sentence)
        if not rank_not_count(m.group(), sentence)
        and (after := _MORE.sub("", sentence[m.end() :], count=1).split()[:3])
        and after[0].lower() != "of"
        and any(_plural_noun(w.strip(",.;:").lower()) and content_words(w) & noun for w in after)
        and (not asked or _lower_words(_clause_of(sentence, m.start(), m.end())) & asked)
    ]
    if not asked or _lower_words(sentence) & asked:  # "the number of failed payments at 3.1m"
        fits += _numbers_of(sentence, noun)
    return fits[0] if len(fits) == 1 else ""


_WHEN_WORDS = content_words(
    "season year week month day today tonight far now still altogether total all so since"
)


def _lower_words(text: str) -> set[str]:
    """The content words of `text` written in lower case (no names)."""
    return content_words(" ".join(w for w in text.split() if w[:1].islower()))


def _clause_of(sentence: str, start: int, end: int) -> str:
    """The clause of `sentence` holding [start, end): up to the nearest comma, semicolon,
    colon or dash on each side ("brought down around a dozen riders" in "A crash
    …, about 105 km from the finish, brought down around a dozen riders, and …")."""
    before = list(_CLAUSE_BREAK.finditer(sentence[:start]))
    after = _CLAUSE_BREAK.search(sentence, end)
    return sentence[before[-1].end() if before else 0 : after.start() if after else len(sentence)]


_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")


_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told|added|according\s+to)\s+$", re.I)
_NOUN_OF = re.compile(  # "a crowd of 38,500", "a death toll of about 40": the noun counts
    r"\b([a-z]+)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|"
    r"more\s+than\s+|at\s+least\s+)?$"
)


def holds_count(question: str, sentence: str) -> bool:
    """Does `sentence` count what a "how many" question asks: a number whose own clause
    names the asked family ("Nine people were treated for injuries" for "how many were
    hurt"), or, when the question names what it counts, a number written with that noun
    ("the 480-bed hospital", "460 beds", "11 crew" for "how many beds / crew"; not
    "1,140 of the hospital's fire dampers" for "how many beds does the hospital have")."""
    if wider_count(question, sentence):  # "Nationally, 61 measles cases …" for a county's
        return False
    m = _HOW_MANY_OF.search(question)
    counted = " ".join(m.group(1).split()[:2]) if m else ""
    noun = content_words(counted) - _ANYONE
    if not noun or _families(counted):  # "how many people were hurt", "how many died"
        return bool(count_of_asked(question, sentence)) or _counted_by_verb(question, sentence)
    head = _counted_head(question) - _ANYONE or noun  # "poles" of "power poles"
    for n in _CARDINAL.finditer(sentence):
        after = _NOUN_AFTER.match(sentence[n.end() :])
        if after is None or rank_not_count(n.group(), sentence):
            continue
        if after.group("compound"):  # "480-bed hospital": beds of the hospital asked about
            of = content_words(after.group("of") or "")
            if content_words(after.group("compound")) & noun and of <= content_words(question):
                return True
        elif content_words(after.group("words")) & head:
            return True
    return bool(_numbers_of(sentence, head))


_NUMBER_OF_AT = re.compile(  # "put the number of failed card payments at 3.1 million"
    r"\b(?:number|total|tally)\s+of\s+(?P<what>(?:[\w'’-]+\s+){1,5}?)"
    r"(?:at|to|was|is|were|are|stood\s+at|reached|hit|rose\s+to|fell\s+to)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    r"(?P<n>\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion))?)",
    re.I,
)


def _numbers_of(sentence: str, noun: set[str]) -> list[str]:
    """The numbers `sentence` gives as "the number of <noun> … at N" ("put the number
    of failed card payments at 3.1 million": the noun is written before its count)."""
    return [
        m.group("n")
        for m in _NUMBER_OF_AT.finditer(sentence)
        if content_words(" ".join(w for w in m.group("what").split() if _plural_noun(w.lower())))
        & noun
    ]


def _counted_by_verb(question: str, sentence: str) -> bool:
    """Does a number or share stand right before a past-tense verb the question asks
    with ("87% backed a strike" for "how many of the nurses … backed strike action")?"""
    asked = content_words(question)
    for m in _NUMBER_THEN_WORD.finditer(sentence):
        verb = m.group("verb").lower()
        if someones_age(question, m.group("number"), sentence):  # "a man aged 74 died"
            continue
        if verb.endswith("ed") and (said := content_words(verb)) and said <= asked:
            return True
    return False


_NUMBER_THEN_WORD = re.compile(  # "87% backed", "1,204 voted"
    r"(?<![\w.])(?P<number>\d[\d,.]*\d|\d)\s*(?:%|per\s*cent|percent)?\s+(?P<verb>[a-z]+)\b"
)


_NOUN_AFTER = re.compile(  # "460 beds", "27 confirmed cases"; "480-bed hospital"
    r"\s*-\s*(?P<compound>[A-Za-z]+)(?:\s+(?P<of>[A-Za-z]+))?"
    r"|\s+(?P<words>(?:[A-Za-z’'-]+\s+)?[A-Za-z’'-]+)"
)


_CLAUSE_END = re.compile(r"[,;:.!?—–()]|\s(?:and|but|while|after|as|when|which|who)\s")


def _whole(sentence: str, value: str) -> re.Match[str] | None:
    """Where `value` stands in `sentence` as a whole word or number (case-blind: not the
    "4" of "34-year-old", nor the "2" of "2.3")."""
    return re.search(rf"(?<![\w.,]){re.escape(value)}(?!\w|[.,]\d)", sentence, re.I)


def _place(sentence: str, value: str) -> re.Match[str] | None:
    """Where `value` stands in `sentence` (case-blind, as a whole word: not the "4" of
    "34-year-old"; a number also as the sentence writes it: "4" as "four")."""
    m = _whole(sentence, value)
    if m is None and re.fullmatch(r"\d+", value.strip()):
        words = re.finditer(r"[A-Za-z]+", sentence)
        m = next((w for w in words if normalize(w.group()) == value.strip()), None)
    return m


def _following(sentence: str, value: str) -> str:
    """What `sentence` says after `value`, or "" when it is not there (`_place`)."""
    m = _place(sentence, value)
    return sentence[m.end() :] if m else ""


_ASKS_CAUSE = re.compile(
    rf"\b(?:why|what\s+(?:killed|made|{CAUSE_ASKED})|cause[ds]?|reasons?)\b", re.I
)
# a sentence that names a cause as one ("was caused by", "blamed on", "because", "began
# with a faulty change"); "after a fault at …" may tell one too (`_MAY_GIVE_CAUSE`), but
# "after" mostly tells when, so it is not read for a cause
_GIVES_CAUSE = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|caus(?:e|es|ed|ing)\b|blam(?:e|ed|es|ing)\b|"
    r"results?\s+(?:of|from)|resulted\s+from|as\s+a\s+result|led\s+to|lead\s+to|began\s+with|"
    r"started\s+with|(?:triggered|sparked|prompted|brought\s+on|set\s+off)\s+by|reasons?\b|"
    r"in\s+protest|citing)",
    re.I,
)
# a sentence that may tell why in other words ("closed for repairs", "walked out over
# pay", "to make way for", "shut as a precaution"): only a sentence with none of these
# tells what happened and not why
_MAY_GIVE_CAUSE = re.compile(
    r"\b(?:for|over|amid|since|as|so|why|behind|after|following|from\s+(?!\d)|"
    r"to\s+(?!(?:the|a|an|\d)\b)[a-z]+)\b",
    re.I,
)
# a sentence that says the cause is not known ("neither the home's owners nor DPN have
# said why", "gave no reason", "it is not clear why")
_WHY_UNSAID = re.compile(
    r"\b(?:not|nor|never|no\s+one|nobody|yet\s+to|n['’]t)\s+(?:[\w'’-]+\s+){0,3}?(?:said|say|"
    r"says|explained|explain|known|know|disclosed|disclose|revealed|given|established|"
    r"determined)\s+why\b|\b(?:gave|give|given|giving)\s+no\s+reason\b|\b(?:not\s+clear|"
    r"unclear|not\s+known|unknown)\s+why\b",
    re.I,
)
_CONCESSIVE = re.compile(
    r"\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?:(?:a|an|the)\s+)?$", re.I
)


def asks_cause(question: str) -> bool:
    """Does the question ask why something happened ("Why …", "What went wrong that set
    off …", "What caused …")?"""
    return bool(_ASKS_CAUSE.search(question))


def gives_cause(question: str, sentence: str) -> bool:
    """For a question asking why, does `sentence` name a cause of what the question is
    about: a word that tells a cause ("was caused by a faulty configuration change",
    "blamed a signalling fault") and a word of the question's own ("outage")?"""
    return names_a_cause(sentence) and bool(_cause_focus(question) & content_words(sentence))


@lru_cache(maxsize=64)
def _cause_focus(question: str) -> frozenset[str]:
    """The question's own words, without those that ask the cause (read once per
    question, not once per sentence searched)."""
    return frozenset(content_words(_ASKS_CAUSE.sub(" ", question)))


def before_cause(question: str, answer: str, sentence: str) -> bool:
    """For a question asking why, does the answer stand wholly before the words that
    bring in its sentence's cause ("… lost power during Storm Maren on Saturday night,
    and the blackout was caused by flooding …": "Storm Maren" is when, not why)? Only
    words after which the cause follows are read ("because", "caused by", "due to");
    "X led to Y" and "Y was blamed on X" name the cause before."""
    if not asks_cause(question):  # read for every answer checked: the cheap test first
        return False
    m = _place(sentence, answer)
    marker = _CAUSE_NEXT.search(sentence) if m else None
    return bool(m and marker and m.end() <= marker.start())


_CAUSE_NEXT = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|(?:caused|triggered|sparked|prompted|brought\s+on|"
    r"set\s+off)\s+by|resulted\s+from|results?\s+from|citing)\b",
    re.I,
)


def names_a_cause(sentence: str) -> bool:
    """Does the sentence name a cause by a word that tells one ("because", "caused by",
    "blamed", "due to")? "since X stepped aside" or "urged the union to …" may hint at
    one, but do not name it."""
    return _GIVES_CAUSE.search(sentence) is not None


def tells_no_cause(question: str, sentence: str) -> bool:
    """For a question asking why, does `sentence` tell no cause: it only tells what
    happened ("card payments … failed across Quellmark from 11:42 to 18:55 on
    Saturday": no word in it could tell a cause), or it says the cause is not known
    ("The home's back-up generator had failed too, and neither the home's owners nor
    DPN have said why")?"""
    return asks_cause(question) and (
        bool(_WHY_UNSAID.search(sentence))
        or not (names_a_cause(sentence) or _MAY_GIVE_CAUSE.search(sentence))
    )


def in_spite_of(question: str, answer: str, sentence: str) -> bool:
    """For a question asking a cause ("What killed the whale?", "Why …"), is the answer
    what happened despite it ("died on Sunday despite a rescue effort …"): a concession,
    not a cause?"""
    m = _place(sentence, answer)
    return bool(m and _ASKS_CAUSE.search(question) and _CONCESSIVE.search(sentence[: m.start()]))


_ROLE_OF = re.compile(  # "What is Clementine Arquette's role …?", "What position does X hold?"
    r"\b(?:(?P<holder>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)['’]s\s+(?:role|job|title|position|post)\b"
    r"|\b(?:role|job|title|position|post)\s+(?:does|did|do)\s+(?P<who>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s+"
    r"(?:hold|have|fill|occupy))"
)
_APPOSITIVE = (  # ", deputy chairman of Pallister & Quire," after a name: not "who …", "47"
    r",\s+(?P<role>(?:(?!who\b|which\b|whose\b|said\b|says\b|told\b|according\b)"
    r"[a-z][\w'’&-]*)(?:\s+[\w'’&-]+){0,9}?)\s*(?:,|\s+(?:said|says|told)\b|$)"
)


def role_of(question: str, sentence: str) -> str:
    """For "What is <name>'s role / job / title / position?", the post `sentence` gives
    the person in apposition ("Clementine Arquette, deputy chairman of Pallister &
    Quire, said …": "deputy chairman of Pallister & Quire"); "" when the question asks no
    one's post or the sentence gives none that way (an age, "who …", "said …")."""
    m = _ROLE_OF.search(question)
    holder = (m.group("holder") or m.group("who")) if m else ""
    surname = holder.split()[-1] if holder else ""
    if not surname:
        return ""
    found = re.search(rf"\b{re.escape(surname)}{_APPOSITIVE}", sentence)
    return found.group("role").strip() if found else ""


def asks_role(question: str) -> bool:
    """Does the question ask someone's role, job, title or position (`role_of`)?"""
    return bool(_ROLE_OF.search(question))


def gives_role(question: str, sentence: str) -> bool:
    """Does `sentence` give the asked person's post in apposition (`role_of`)? What each
    report is read for, for a role question."""
    return bool(role_of(question, sentence))


def clause_after(sentence: str, answer: str, words: int = 6) -> str:
    """The words that follow the answer in its sentence, to the end of their clause
    (at most `words`): what "27" is in "27 have been confirmed ill, officials said"."""
    rest = _following(sentence, answer)
    end = _CLAUSE_END.search(rest)
    return " ".join((rest[: end.start()] if end else rest).split()[:words])


def counted_words(answer: str, sentence: str) -> str:
    """What follows the number of an answer, in the answer and then in its sentence
    ("vehicles a day" for "48,000 vehicles" in "… carried 48,000 vehicles a day")."""
    m = re.search(r"\d[\d,.]*", answer)
    own = answer[m.end() :].strip() if m else ""
    return " ".join(f"{own} {clause_after(sentence, answer)}".split())


_PART = re.compile(r"of\s+(?:them|whom|those|these)\b(.*)", re.I)


def whole_of_part(question: str, sentence: str, answer: str) -> str:
    """The count a number is a part of, when the part is not what the question asks
    ("Nineteen people remain in hospital, seven of them in intensive care": "seven" is
    part of "Nineteen", for "how many are still in hospital"); "" when no "of them"
    follows the number, the question asks for the part ("how many in intensive care"),
    or no count stands before it."""
    rest = _following(sentence, answer)
    part = _PART.match(clause_after(sentence, answer))
    if not rest or part is None or content_words(part.group(1)) & content_words(question):
        return ""
    before = sentence[: len(sentence) - len(rest)]
    counts = [
        m.group() for m in _CARDINAL.finditer(before) if not rank_not_count(m.group(), sentence)
    ]
    return counts[-2] if len(counts) >= 2 else ""


_ASKS_PART = re.compile(r"\bhow\s+many\s+of\b", re.I)
_OF_WHOLE = (  # "14 of the council's 58 …", "nine of its 58 …": the part before the whole
    r"(?P<part>{count})\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+['’]s\s+)?"
    r"(?:[a-z][\w-]*\s+)?{whole}(?![\w,.]*\d)"
)


def part_of_whole(question: str, sentence: str, answer: str) -> str:
    """The part a "how many of <the things> …" question asks, when the answer is the
    whole it is a part of in its sentence ("By Friday 14 of the council's 58 online
    services were running again": "14", not "58", for how many of the council's
    services were running again); "" otherwise."""
    said = answer.strip()
    if not said or not _ASKS_PART.search(question):
        return ""
    pattern = _OF_WHOLE.format(count=_CARDINAL.pattern, whole=re.escape(said))
    m = re.search(pattern, sentence, re.I)
    if m is None or m.group("part") == said:
        return ""
    rest = re.split(r"[,;:]", sentence[m.end() :])[0]  # "online services were running again"
    noun = content_words(" ".join(rest.split()[:2]))
    asked = content_words(question) - content_words(m.group()) - noun
    # the part's clause must say what the question asks of them ("were running again"),
    # not something else ("Two of the 15 escaped macaques were caught" for how many are
    # still at large)
    return m.group("part") if asked & (content_words(rest) - noun) else ""


def counts_all_of(question: str, answer: str, sentence: str) -> str:
    """For "how many of <the things> <did something>?", the things when the answer counts
    all of them and the words after it never say what the question asks of them ("The
    council runs 58 online services, …", "a whiteboard lists the council's 58 online
    services in three colours" for how many are working again): the whole, not the part
    asked; "" when they say it ("41 online services were working again"), the answer is
    a part written with its whole ("23 of its 58 …": `part_of_whole`), or the question
    asks no part."""
    asked = _PART_ASKED.search(question)
    m = _place(sentence, answer) if asked else None
    if asked is None or m is None or re.match(r"\s+of\b", sentence[m.end() :], re.I):
        return ""
    things = asked.group("things")
    head = content_words(things.split()[-1])
    noun = re.match(r"\s+(?:[\w-]+\s+){0,2}[\w-]+", sentence[m.end() :])  # "online services"
    if not head or noun is None or not head <= content_words(noun.group()):
        return ""
    act = content_words(asked.group("act")) - content_words(sentence[: m.start()])
    # the rest of the sentence, not its clause: "One macaque, a young male known to
    # keepers as Pip, is still at large" says it after an aside
    return "" if act & content_words(sentence[m.end() :]) else things.strip()


_PART_ASKED = re.compile(  # "How many of [Orsington council's online services] [are working again]"
    r"\bhow\s+many\s+of\s+(?P<things>(?:[\w'’-]+\s+){0,5}?[\w'’-]+?)\s+"
    r"(?:are|were|is|was|have|has|had|will|would|did|do|does|can|could|remain|still)\b"
    r"(?P<act>[^?]*)",
    re.I,
)


def window(sentence: str, answer: str, words: int) -> str:
    """The answer with the `words` words on each side of it in `sentence` (the words
    that say what a value is a value of: "31 were hurt" vs "194 skiers … stranded")."""
    tokens = re.findall(r"\S+", sentence)
    target = normalize(answer).split()
    folded = [normalize(t) for t in tokens]
    for i in range(len(tokens)):
        got = " ".join(f for f in folded[i : i + len(target) + 2] if f).split()
        if target and got[: len(target)] == target:
            return " ".join(tokens[max(0, i - words) : i + len(target) + words])
    return sentence


_LIMIT = re.compile(  # what a value could be, not what it was ("The speed limit … is 120 km/h")
    r"\b(?:limits?|capacity|maximum|can\s+(?:carry|hold|seat|take|build|make|produce)|"
    r"could\s+(?:carry|hold|seat|take)|designed\s+to|permitted|allowed|"
    r"(?:can|could|may)\s+(?:\w+\s+){1,2}up\s+to)\b",
    re.I,
)

_HOLDS = re.compile(r"\b(?:holds?|seats?|accommodates?|sleeps?)\b", re.I)


def limit_mismatch(question: str, answer: str, sentence: str) -> str:
    """A limit or capacity for a question about what happened ("the speed limit on that
    stretch is 120 km/h" for "how fast was the train travelling"; "the train can carry
    260 passengers" for "how many were on board"), or what happened for a question about
    a limit ("travelling at about 95 km/h" for "what is the speed limit"); "" when both
    or neither say one, or the answer is no figure (a company "has the capacity to"
    act). Read in the value's clause (the 6 words on each side of it)."""
    if not re.search(r"\d", answer):
        return ""
    around = _own_window(sentence, answer, 6)
    if _LIMIT.search(question):  # a capacity may be said as what a place holds or seats
        return (
            "" if _LIMIT.search(around) or _HOLDS.search(around) else "what happened, not the limit"
        )
    if (
        _LOSS.search(question) and not _LOAD.search(question) and _LOAD.search(around)
    ):  # "carrying 1,450 tonnes of oil"
        return "what it carried, not what was lost"  # for how much oil leaked
    return "a limit or capacity, not what happened" if _LIMIT.search(around) else ""


_EVENTS = {  # what a date or a sum belongs to, by the verb or noun that says it
    "opened": "open opened opens opening inaugurated inauguration",
    "built": "build built building construct constructed construction dug erected completed",
    "bought": "buy bought buying purchase purchased acquire acquired acquisition owner owners",
    "founded": "found founded founding established formed setup",  # "set up"
    "closed": "close closed closing closure shut",
    "repaired": "repair repaired repairing repairs renovate renovated renovating renovation "
    "rebuild rebuilt rebuilding",
    "rescued": "rescue rescued rescuing",
    "launched": "launch launched launching",
    "ran": "run ran running served serving",  # "which has run for four years"
}
_EVENT_OF = {w: event for event, words in _EVENTS.items() for w in words.split()}


_ASKS_WHEN_OR_HOW_LONG = re.compile(
    r"\b(?:when|(?:what|which)\s+(?:year|date|day|month)|"
    r"how\s+long\s+(?:did|does|do|has|have|had|will|would))\b",
    re.I,
)


def _asks_sum(question: str) -> bool:
    return "money" in asked_measures(question)


def other_event(question: str, value: str, sentence: str) -> str:
    """For a question asking the date or the sum of one event (when a mine opened, what
    a rescue cost), the other event the words right before the value name, in its
    clause ("which bought the mine in 2016"; "the cost of repairing the gallery at 9
    million"), or right after it ("cost 48 million thalers to build"); "" when they
    name the asked one, none, or the question names none. (`dates_other_event` reads
    an event named as a noun: "The accident happened on February 13".)"""
    asked = {_EVENT_OF[w] for w in normalize(question).split() if w in _EVENT_OF}
    m = _place(sentence, value)
    if (
        not asked
        or m is None
        or not _ASKS_WHEN_OR_HOW_LONG.search(question)
        and not _asks_sum(question)
    ):
        return ""
    before = re.split(r"[,;:()]|\d|\bwhich\b|\bwho\b", sentence[: m.start()])[-1].split()[-8:]
    after = _to_next_number(sentence[m.end() :]).split(",")[0].split()[:5]
    for words, nearest in ((before, -1), (after, 0)):
        told = normalize(" ".join(words)).replace("set up", "setup")
        said = [_EVENT_OF[w] for w in told.split() if w in _EVENT_OF]
        if said:
            return "" if said[nearest] in asked else said[nearest]
    return ""


def _own_window(sentence: str, answer: str, words: int) -> str:
    """The `words` words on each side of a value, from the number before it to the
    three words before the number after it, which speak for that number ("cost 48
    million thalers to build", not "and can take 1,200 pupils")."""
    m = _place(sentence, answer)
    if m is None:
        return window(sentence, answer, words)
    before = re.split(r"\d", " ".join(sentence[: m.start()].split()[-words:]))[-1]
    rest = " ".join(sentence[m.end() :].split()[:words])
    after = _to_next_number(rest)
    if after != rest:  # the words right before the next number are its own ("can take 1,200")
        after = " ".join(after.split()[:-3])
    return f"{before} {m.group()} {after}"


_LOSS = re.compile(r"\b(?:leak\w*|spill\w*|escaped?|released?|lost|discharged?)\b", re.I)
_LOAD = re.compile(r"\b(?:carrying|carried|on\s+board|aboard|cargo\s+of)\b", re.I)


_ELSEWHERE = "watching elsewhere"  # an audience is counted with the screen it watched
_SCREENS = "watching on screens"  # in pubs or a fan zone: neither present nor on television
_PRESENT = "present"
_AUDIENCES = ({_PRESENT}, {_ELSEWHERE})  # counted only by words that say who watched where
_WAS_THERE = re.compile(  # a crowd said by what it did there ("the festival drew 22,000")
    r"\b(?:dr[ae]w|draws|came|turned\s+out|turnout|in\s+front\s+of|packed|watched|saw|"
    r"filled|sell-out|sold\s+out|capacity)\b",
    re.I,
)
_AT_WORK = "at work on it"  # those sent to fight it: a count of responders, not of the hurt
_ABOARD = "aboard"  # those on a vessel or a vehicle
_COUNTED = {  # what a count in the news counts, by the words that say it
    "dead": "killed kill dead died die dies deaths death toll lives fatalities bodies",
    "injured": "injured injuring injuries hurt wounded wounding casualties hospitalised "
    "hospitalized",
    _PRESENT: "attended attend attendance crowd spectators fans festivalgoers visitors visited",
    "held": "arrested arrests detained held custody",
    "charged": "charged charging charges prosecuted indicted",
    "missing": "missing unaccounted",
    "moved": "evacuated evacuation displaced homeless fled rescued stranded",
    _ABOARD: "aboard onboard",  # "with 11 crew aboard": those on the vessel, not its dead
    "ill": "ill illness sick sickened infected infections cases",
    "in hospital": "hospital intensive",
    _ELSEWHERE: "television tv viewers broadcast broadcasts televised streamed livestream",
    _SCREENS: "screen screens",
    _AT_WORK: "fought fighting battled battling tackled tackling deployed dispatched "
    "worked working",
}
_COUNTED_WORDS = {w: family for family, words in _COUNTED.items() for w in words.split()}


def verb_before(sentence: str, answer: str) -> str:
    """The word right before the answer in its sentence ("arrested" in "Police arrested
    six fans"), "" when there is none."""
    m = _place(sentence, answer)
    words = sentence[: m.start()].split() if m else []
    return words[-1] if words else ""


def counts_other(question: str, around: str, after: str = "", verb: str = "") -> str:
    """For a "how many" question about the dead, the injured, a crowd …: the family the
    words around the number (`around`) name when they name other families only ("has
    risen to five, after two more skiers died" for "how many were injured"); "" when
    they fit or name none. The words right after the number (`after`, up to the end
    of its clause) speak first: in "four have died and 27 have been confirmed ill",
    27 counts the ill — after the word right before it (`verb`): "Police arrested six
    fans" counts arrests, "It employs 410 people" the staff."""
    asked = _asked_families(question)
    if asked & _families(verb):
        return ""
    if normalize(verb) in _EMPLOYS and not _ASKS_STAFF.search(question):
        return "employed"  # "It employs 410 people" for how many were taken to hospital
    near = _families(after) or _families(around)
    # "About a hundred people waited" for how many watched on TV, or attended
    if (
        asked in _AUDIENCES
        and not asked & (_families(after) | _families(around))
        and not (asked == {_PRESENT} and _WAS_THERE.search(f"{verb} {around} {after}"))
    ):
        return "no audience"
    if asked:
        fits = not near or asked & near or (near == {_ABOARD} and "missing" in asked)
        return "" if fits else ", ".join(sorted(near))  # those aboard a lost boat are missing
    # "how many passengers were on the tram": "17 people are hurt" counts the hurt; "how
    # many stewards were working": "Four people were hurt" counts the hurt too
    noun = _counted_head(question) - _ANYONE
    told = _families(after)
    if not noun or not told or content_words(after) & noun:
        return ""
    return ", ".join(sorted(told))


_ANYONE = content_words("people persons person individuals")
_OF_THE_WHOLE = re.compile(r"^\s*of\s+(?:the|its|their)\s+\d[\d,.]*\s+", re.I)
_EMPLOYS = frozenset("employs employ employed employing".split())
_ASKS_STAFF = re.compile(r"\b(?:employ\w*|work\w*|staff\w*|workforce|jobs?|payroll)\b", re.I)


_HOW_MANY_OF = re.compile(r"\bhow\s+many\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I)


def _counted(question: str) -> set[str]:
    """The content words of what a "how many" question counts ("passengers were on")."""
    return content_words(" ".join(_counted_words(question)))


def _counted_head(question: str) -> set[str]:
    """What a "how many" question counts without the words that only qualify its noun:
    {poles} of "how many power poles has …" (so "41,200 homes lost power" counts no
    poles); {riders, finished} of "how many riders finished …"; {families, households}
    of "how many families or households …"; all its content words when no plural noun
    stands before its verb ("how many children", "how many died")."""
    words = _counted_words(question)
    head = _head_at(words)
    qualifiers = [w for w in words[: max(head, 0)] if not _plural_noun(w)]
    return _alike(_counted(question) - content_words(" ".join(qualifiers)))


def _alike(nouns: set[str]) -> set[str]:
    """Counted nouns with the ones a report writes for the same things ("fans" for
    supporters, "games" for matches, "houses" for homes)."""
    return nouns.union(*(group for group in _SAME_THINGS if nouns & group))


_SAME_THINGS = tuple(
    content_words(words)
    for words in (
        "supporters fans spectators",
        "matches games fixtures",
        "homes houses households properties dwellings",
        "workers employees staff",
        "pieces objects items artefacts artifacts",
        "branches offices",  # "close 140 of its 610 branches" for how many post offices
    )
)


def _counted_words(question: str) -> list[str]:
    m = _HOW_MANY_OF.search(question)
    return m.group(1).lower().split() if m else []


def _head_at(words: list[str]) -> int:
    """Where the counted noun stands among a "how many" question's next words: the last
    plural noun before its verb; -1 when there is none."""
    head = -1
    for i, word in enumerate(words):
        if word in _AUX:
            break
        if _plural_noun(word):
            head = i
    return head


_MORE = re.compile(r"^\s*(?:more|further|other|new|extra|additional)\s+", re.I)
_AUX = frozenset(
    "has have had is are was were do does did will would could can may might must "
    "should shall remain remained remains".split()
)


def counts_thing(question: str, after: str) -> str:
    """For "how many <things>" (not people: who they are is `counts_other`'s business),
    the other thing the number counts when the word right after it is a plural noun and
    none of the next words name the asked thing ("312,000 patients were waiting" for "how many
    hospitals"); "" when they fit or name nothing ("six missing crew", "14, up from nine")."""
    asked = _counted(question)
    if thing := _compound(after, asked) or _other_kind(question, after):
        return thing
    part = bool(_OF_THE_WHOLE.match(after))
    after = _OF_THE_WHOLE.sub("", after, count=1)  # "64 of the 150 seats" counts seats
    words = _MORE.sub("", after, count=1).split()
    while words and words[0].lower() in SCALES:  # "96 million parcels" counts parcels
        words = words[1:]
    words = words[:4]  # "5,750 more homes" counts homes
    first = _HOW_MANY_OF.search(question)
    noun = first.group(1).split()[0].lower() if first else ""
    who = content_words(noun)
    if words and who & (PEOPLE | _ANYONE) and content_words(words[0]) & _THINGS:
        return words[0]  # "its 305 stores" for "how many people does it employ"
    role = bool(_ROLE_NOUN.fullmatch(noun)) and not who & PEOPLE  # "stewards", "officers"
    if words and role and content_words(words[0]) & _ANYONE and not content_words(after) & who:
        return words[0]  # "2,000 people spent the night" for "how many stewards"
    if role and not part and (group := _other_role(noun, words[:3])):
        return group  # "17 copper miners" for how many rescuers were hurt
    if not asked or asked & PEOPLE or not words:
        return ""
    if not content_words(words[0]) or not _plural_noun(words[0]):
        return ""  # a count's noun is plural: "six remain", "27 have been" name no thing
    return "" if content_words(" ".join(words)) & _counted_head(question) else words[0]


_ASKS_HELD = re.compile(  # a count a thing has, not what happened to some of them
    r"\bhow\s+many\b.*\b(?:in\s+total|altogether|(?:does|do|did)\b.*\b(?:have|own|run|operate))\b",
    re.I,
)
_HAPPENED = re.compile(  # what happened to some of them ("Seven chairs fell")
    r"\b(?:fell|collapsed|crashed|broke|sank|burned|burnt|failed|derailed|"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:damaged|destroyed|closed|lost|hit|"
    r"sold|cut|stolen|shut|flooded|grounded|recalled|scrapped))\b",
    re.I,
)


def count_of_event(question: str, after: str) -> str:
    """For a question asking how many things something has ("in total", "does it
    have"), what happened to the things a number counts when its clause says so
    ("Seven chairs fell": those that fell, not all the lift has); "" otherwise."""
    if not _ASKS_HELD.search(question) or _HAPPENED.search(question):
        return ""
    m = _HAPPENED.search(" ".join(after.split()[:5]))
    return m.group() if m else ""


def _other_role(noun: str, words: list[str]) -> str:
    """The other role a count's words name ("miners" in "17 copper miners") when the
    question counts a role ("rescuers") that none of them begins like ("rescue
    workers" are rescuers); a group anyone may be in ("members", "workers") names none."""
    said = [w.lower().strip(",.;:'’") for w in words]
    if any(w[:4] == noun[:4] for w in said):
        return ""
    roles = [w for w in said if _ROLE_NOUN.fullmatch(w) and not content_words(w) & PEOPLE]
    return roles[0] if roles else ""


_ROLE_NOUN = re.compile(r"[a-z]+(?:er|or|ard|ist|ian|eer)s")  # "stewards", "officers"
_THINGS = content_words(  # things a count of people is never written with
    "stores shops branches outlets homes houses buildings flats apartments vehicles cars buses "
    "lorries trucks trains flights aircraft planes ships boats vessels ferries beds wards "
    "hospitals schools clinics depots centres centers factories plants sites offices stations "
    "routes kilometres metres miles hectares acres tonnes tons points goals games matches "
    "seats shares dollars euros pounds crowns"
)
_ASKED_KIND = re.compile(r"\bhow\s+many\s+([a-z]+)\s+([a-z]+s)\b", re.I)
_NOT_A_KIND = ("ed", "ing", "al", "ous", "ive", "ic", "ful", "less", "able", "ible")
_NO_KIND = frozenset(  # words before a noun that say how many, which or in what state
    "new more other further additional extra total big small large major minor separate "
    "different such those these its their his her our broken fallen stolen frozen hidden "
    "taken beaten driven sunken swollen wooden golden rotten".split()
)


def _other_kind(question: str, after: str) -> str:
    """For "how many <kind> <things>" ("garden centres"), the other kind of the same
    things the number counts ("four distribution centres"); "" when it names the asked
    kind, none ("four centres") or only says which or how ("injured officers", "new
    cases")."""
    m = _ASKED_KIND.search(question)
    words = [w.lower().strip(",.;:") for w in after.split()[:2]]
    if m is None or len(words) < 2:
        return ""
    kind, head = m.group(1).lower(), m.group(2).lower()
    if not content_words(kind) or not content_words(head) or kind.endswith(("ed", "ing")):
        return ""
    said, noun = words
    if content_words(noun) != content_words(head) or content_words(said) == content_words(kind):
        return ""
    if not content_words(said) or said.endswith(_NOT_A_KIND) or said in _NO_KIND:
        return ""
    return f"{said} {noun}"


_POWER_BACK = re.compile(r"\b(?:restored|reconnected|back\s+on)\b", re.I)
_NO_POWER = r"without\s+(?:power|electricity)|lost\s+(?:power|electricity)"
_STATES = (  # a state a count may ask for, and the words that say a number left it
    (
        re.compile(r"\b(?:missing|unaccounted)\b", re.I),
        re.compile(r"\b(?:rescued|survived|saved|picked\s+up|found\s+alive)\b", re.I),
    ),
    (
        re.compile(r"\b(?:in\s+hospital|hospitali[sz]ed)\b", re.I),
        re.compile(r"\b(?:discharged|sent\s+home|went\s+home)\b", re.I),
    ),
    (
        re.compile(r"\b(?:in\s+custody|detained|behind\s+bars)\b", re.I),
        re.compile(r"\b(?:released|freed)\b", re.I),
    ),
    (  # power back on, and homes still without it
        _POWER_BACK,
        re.compile(rf"\b(?:still\s+without|{_NO_POWER})\b", re.I),
    ),
    (re.compile(rf"\b(?:{_NO_POWER}|in\s+the\s+dark)\b", re.I), _POWER_BACK),
)


def left_state(question: str, after: str) -> str:
    """For "how many are still missing / in hospital / in custody", the word saying the
    number's people left that state ("Three crew members of the missing trawler were
    rescued": three rescued, not three missing; "41,200 homes lost power" for "how many
    have had power restored"); `after` is the number's clause, read up to the next number
    (which speaks for itself). "" when the question asks no such state or the clause does
    not say so."""
    after = _to_next_number(after)
    for asked, left in _STATES:
        if asked.search(question) and (m := left.search(after)):
            return m.group().lower()
    return ""


def _to_next_number(clause: str) -> str:
    """A number's clause up to the next number, which speaks for itself."""
    return re.split(r"\d", clause, maxsplit=1)[0]


def count_in_state(question: str, sentence: str) -> str:
    """The one number of `sentence` said to be in the state the question asks ("has now
    reconnected 26,900 homes …, but about 21,000 are still without electricity": 26,900
    for "how many have had power restored"): the state's words in the three words
    before it or in its clause, and no word saying it left the state; "" unless exactly
    one number fits. Used when the model took a number of those who left it."""
    pairs = [(asked, left) for asked, left in _STATES if asked.search(question)]
    fits = []
    for m in _CARDINAL.finditer(sentence):
        before = " ".join(sentence[: m.start()].split()[-3:])
        after = _to_next_number(clause_after(sentence[m.start() :], m.group(), 12))
        for asked, left in pairs:
            if (asked.search(before) or asked.search(after)) and not left.search(after):
                fits.append(m.group())
    return fits[0] if len(set(fits)) == 1 else ""


def _compound(after: str, asked: set[str]) -> str:
    """The noun a number is written into ("four-seat", "two-car", "three-day": the
    words right after it start with a hyphen) when the question does not count it: a
    four-seat lift has four seats a chair, not four chairs; "" otherwise."""
    m = re.match(r"\s*-\s*([A-Za-z]+)", after)
    if m is None or not asked:
        return ""
    noun = m.group(1).lower()
    return "" if content_words(noun) & asked else noun


_MONEY_UNIT = "|".join(f"{u}?" if u.endswith("s") else u for u in MONEY_UNITS)  # "dollars?"
_MEASURES = {  # what a quantity measures, by the unit written with it (first match wins:
    # "km/h" is a speed and "cubic metres" a volume before "km" and "metres" are lengths)
    "area": r"(?:square|sq|hectares?|acres?|km2|km²)(?!\w)",
    "speed": r"(?:km/h|kph|mph|knots|(?:(?:kilo)?met(?:re|er)s|miles)\s+(?:an?|per)\s+"
    r"(?:hour|second|minute))(?!\w)",
    "volume": r"(?:cubic|litres?|liters?|gallons?|barrels?|m3|m³)(?!\w)",
    "weight": r"(?:tonnes?|tons?|kilo(?:gram)?s?|kg|grams?)(?!\w)",
    "temperature": r"(?:°|degrees?)",
    "length": r"(?:(?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|miles?|feet|foot|ft|yards?)(?!\w)",
    "share": r"%|(?:per\s*cent|percent|percentage)(?!\w)",
    "money": rf"[{CURRENCY}]|(?:{_MONEY_UNIT})(?!\w)",
    "time": r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|o'clock|"
    r"[ap]\.m\.)(?!\w)",
}
_MEASURE_OF = {
    name: re.compile(rf"(?:^|(?<=[\s\d-]))(?:{unit})", re.I) for name, unit in _MEASURES.items()
}
_ASKED_MEASURE = {  # the questions that ask for one measure
    "area": re.compile(
        r"\b(?:area|how\s+large\s+an?\s+area|square)\b|\bhow\s+(?:large|big)\b(?=.*\b(?:"
        r"site|plot|land|estate|park|farm|field|grounds|campus|reserve|territory|zone)\b)",
        re.I,
    ),
    "length": re.compile(  # "how long did it take" asks a time only
        r"\bhow\s+(?:far|deep|high|tall|wide)\b|\b(?:distance|depth|height)\b|"
        r"\bhow\s+long\b(?!\s+(?:did|does|do|will|would|has|have|had|can|could)\b)",
        re.I,
    ),
    "time": re.compile(r"\bhow\s+long\b|\bduration\b", re.I),  # "how long": either
    "money": re.compile(
        r"\bhow\s+much\s+(?:money|cash|funding)\b|\bhow\s+much\b.*\b(?:raised?|cost|costs|paid|"
        r"pay|worth|revenue|fine|fined|price|spent|spend|budget|damages?|overstate\w*|compensation|"
        r"owe[sd]?|debts?|lose|lost|loss|losses|refunds?|profits?|income|turnover|"
        r"salary|salaries|wages?|earn|earns|earned)\b|\bshare\s+price\b",
        re.I,
    ),
    "share": re.compile(
        r"\b(?:percentage|per\s*cent|percent|turnout|humidity|"
        r"share\s+of\s+the\s+(?:popular\s+)?(?:vote|votes|poll))\b",
        re.I,
    ),
    "weight": re.compile(r"\bhow\s+heavy\b|\bweigh(?:s|ed|t)?\b", re.I),
    "temperature": re.compile(r"\bhow\s+(?:hot|cold|warm)\b|\btemperatures?\b", re.I),
    "speed": re.compile(
        r"\bhow\s+fast\b|\bspeed\b|\bhow\s+strong\b(?=.*\b(?:winds?|gusts?)\b)", re.I
    ),
}
_PART_OF_GROUP = re.compile(r"\bhow\s+many\s+of\s+(?:the|its|their|his|her)\b", re.I)
_HOW_MANY_NOUN = re.compile(r"\bhow\s+many\s+(?:more\s+|new\s+|extra\s+)?([a-z]+)", re.I)
_RATE = re.compile(  # "52,000 vehicles a day", "22,000 last year": how often or when
    r"\b(?:a|an|per|each|every|last|this|next|that|same|previous)\s+"
    r"(?:second|minute|hour|day|week|month|year)\b",
    re.I,
)


def measure(value: str) -> str:
    """The measure a quantity's unit names ("112 metres" → length), or "" (a rate's
    time, "a day", names none)."""
    if _MEASURE_OF["speed"].search(value):  # "17 kilometres a second" before the rate goes
        return "speed"
    value = _RATE.sub(" ", value)
    return next((name for name, unit in _MEASURE_OF.items() if unit.search(value)), "")


def asked_measures(question: str) -> set[str]:
    """The measures a question asks for: those its words name ("how far", "how
    heavy"), and for "how many <things>" a count — or the measure of a unit it counts
    ("how many kilometres", "how many hours")."""
    asked = {name for name, pattern in _ASKED_MEASURE.items() if pattern.search(question)}
    m = _HOW_MANY_NOUN.search(question)
    if m and not asked and _PART_OF_GROUP.search(question):
        asked = {"count", "share"}  # "how many of the nurses backed it": "87% backed"
    elif m and not asked:
        asked = {measure(f"1 {m.group(1)}") or "count"}
    return asked


_QUANTITY = re.compile(r"[$£€]?\d(?:[\d,.]*\d)?")  # "2,000", "$8.21", "4.2"


def holds_measure(question: str, sentence: str) -> bool:
    """Does `sentence` give a quantity of a measure the question asks, by the unit
    written with it, among words the question uses ("searching an area of about 2,000
    square kilometres" for "how large an area did the search cover"; "The shares fell
    2% to $8.21" for "what is the share price"; not "112 metres" for an area, nor "its
    $900 million credit facility" for the share price)? Counts are `holds_count`'s."""
    return bool(_measured(question, sentence))


def _measured(question: str, sentence: str) -> list[re.Match[str]]:
    """The quantities of `sentence` that `holds_measure` reads as the asked measure."""
    asked = asked_measures(question) - {"count"}
    if not asked:
        return []
    own = content_words(" ".join(w for w in question.split() if w[:1].islower())) - _SCAFFOLD
    return [
        m
        for m in _QUANTITY.finditer(sentence)
        if measure(_with_unit(m.group(), sentence)) in asked
        and content_words(_around(sentence, m.start(), m.end(), _MEASURE_WORDS)) & own
    ]


def quantity_of_asked(question: str, sentence: str) -> str:
    """The one quantity of `sentence` that gives the asked measure (`holds_measure`),
    with its unit ("2,000 square kilometres", "$128,000"), or the one count of the asked
    thing (`count_of_asked`); "" when it gives none or several."""
    found = _measured(question, sentence)
    if len(found) != 1:
        return count_of_asked(question, sentence) if not found else ""
    m = found[0]
    unit = []
    for word in sentence[m.end() :].split()[:2]:
        if not _unit_word(word.strip(",.;:").lower()):
            break
        unit.append(word.strip(",.;:"))
    return " ".join([m.group(), *unit])


_SCAFFOLD = content_words(  # words of how a question asks, not of what it asks about
    "latest report reports figure going according now current so far "
    "long large big much far fast high deep tall wide heavy hot cold warm"
)
_MEASURE_WORDS = 6  # words each side of a quantity that say what it measures


def _around(sentence: str, start: int, end: int, words: int) -> str:
    """The `words` words on each side of `sentence[start:end]`, with it."""
    before, after = sentence[:start].split()[-words:], sentence[end:].split()[:words]
    return " ".join([*before, sentence[start:end], *after])


def holds_asked(question: str, sentence: str) -> bool:
    """Does `sentence` hold what a quantity question asks: a count of the asked thing
    (`holds_count`) or a quantity of the asked measure (`holds_measure`)?"""
    return holds_count(question, sentence) or holds_measure(question, sentence)


def asks_quantity(question: str, kind: str) -> bool:
    """Does a question (of `kind`, `rag.question`'s) ask for a count or a quantity of a
    measure ("What is the share price?" is asked as a thing, but a sum answers it)?"""
    return kind == "number" or bool(asked_measures(question) - {"count"})


def measures_other(question: str, value: str, sentence: str) -> str:
    """For a question asking a measure (an area, a distance, a sum, a share, a weight,
    a temperature, a speed …) or a count ("how many workers"): the measure the value's
    unit names (in the value or the two words after it in its sentence) when it is
    another one ("112 metres" for "how large an area"; "900 tonnes" for how many
    workers; "nine people" for "how much damage": a count of people; "21 seats" for a
    share of the vote); "" when it fits or either names none."""
    asked = asked_measures(question)
    written = _with_unit(value, sentence)
    got = measure(written) or ("people" if content_words(written) & PEOPLE else "")
    if asked == {"count"}:  # a count of people or things: any measure is another thing
        return got if got and got != "people" else ""
    physical = asked - {"time"}  # "how long is the wall": a length or a time
    if physical and physical <= _PHYSICAL and not got and _unitless(written):
        return "no unit"  # "has room for 1,200" for how long the building is
    if (
        asked
        and not got
        and not asked & {"count", "money"}
        and _counts_things(written)
        and not (  # a book is long in pages, a race in laps; not how long homes were
            _HOW_LONG_IS.search(question) and not _LASTED.search(question)  # without power
        )
    ):
        got = "a count"  # "21 seats" for a share of the vote; "3,000 rolls" for a weight
    if _DIMENSION.search(question) and got == "length" and _AWAY.match(_following(sentence, value)):
        return "a distance away"  # "visible 30 kilometres away" for how high the smoke rose
    if got == "length" and (other := dimension_other(question, value, sentence)):
        return other  # "The roof, which spans 140 metres" for how tall the arena is
    if _TURNOUT.search(question) and got == "share" and _share_of(sentence, value) == "vote":
        return "a share of the vote"  # "38.6 percent of the vote" is no turnout
    return got if asked and got and got not in asked else ""


_AT_PLACE = re.compile(r"\b(?:at|on|in)\s+(?:the\s+)?(?P<place>[^,.;?]+)", re.I)
_AWAY_FROM = re.compile(  # "…, about four kilometres from the festival field"
    r"\b(?:about\s+|some\s+|nearly\s+|almost\s+)?[\w.,]+\s+(?:kilomet(?:re|er)s|km|miles|"
    r"met(?:re|er)s)\s+(?:away\s+)?from\s+(?:the\s+)?(?P<place>[^,.;]+)",
    re.I,
)


def measured_away(question: str, value: str, sentence: str) -> str:
    """For a question asking a value at a place ("How strong were the wind gusts at the
    Saltreed festival site …?"), the place the value's sentence says it was measured
    some distance from, when that place shares a word with the asked one ("gusts of
    140 km/h at Saltreed Point lighthouse, about four kilometres from the festival
    field": not at the festival site); "" otherwise."""
    asked = set().union(*(content_words(m["place"]) for m in _AT_PLACE.finditer(question)))
    at = sentence.find(value)
    away = _AWAY_FROM.search(sentence, at + len(value)) if asked and at >= 0 else None
    if away is None or re.search(r"[;:]|\.\s", sentence[at : away.start()]):
        return ""
    return away["place"].strip() if content_words(away["place"]) & asked else ""


def placed_off(question: str, value: str, sentence: str) -> str:
    """For a distance, the named place the sentence measures it off or from when the
    question names no word of that place ("ran aground on the Sentry Skerries, three
    kilometres off Abbenport": where the ship lies, not the radius of the fishing ban
    around the wreck); "" otherwise ("within 8 kilometres of the wreck")."""
    at = sentence.find(value)
    if at < 0 or measure(value) != "length" or _ASKS_WHERE_OFF.search(question):
        return ""  # "How far out did she sink?": "12 miles off Dunmore Head" is the answer
    m = _OFF_PLACE.match(sentence, at + len(value))
    place = m["place"].strip() if m else ""
    return place if place and not content_words(place) & content_words(question) else ""


_ASKS_WHERE_OFF = re.compile(r"\bhow\s+far\b|\b(?:off|offshore|from|out\s+to\s+sea)\b", re.I)
_OFF_PLACE = re.compile(  # "… three kilometres off Abbenport", "12 miles north of Carrow"
    r"\s*(?:away\s+)?(?:off|from|outside|(?:north|south|east|west|north-east|north-west|"
    r"south-east|south-west)\s+of)\s+(?:the\s+)?(?P<place>[A-Z][^,.;]*)"
)


_COST_ASKED = re.compile(  # "what did the council estimate its recovery would cost"
    r"^(?!.*\bhow\s+many\b).*\b(?:would|will|did|does|could|to)\s+cost\b", re.I
)  # not in `asked_measures`: a sum asked so would be filled from any sum beside the
# question's words ("is demanding $3.1 million, the council said": a ransom)


def sum_unwritten(question: str, value: str, sentence: str) -> bool:
    """For a question asking a sum of money ("how much did it cost", "what did the
    council estimate its recovery would cost"): is the value a bare number in a sentence
    where no number is written as a sum — no currency, no unit, no noun after any ("put
    the figure at about 18,000, all of them council-tax payers")? A sum is written with
    its currency ("$3.2 million", "52 corvels") or beside numbers that are ("a family
    ticket 15.50" after "Adults 5.80 lunets"); "how many jobs could it cost" asks a count."""
    if "money" not in asked_measures(question) and not _COST_ASKED.search(question):
        return False
    if re.search(rf"[{CURRENCY}]|\b(?:{_MONEY_UNIT})\b", sentence, re.I):
        return False
    if not _unitless(_with_unit(value, sentence)):
        return False
    written = (_with_unit(m.group(), sentence) for m in _QUANTITY.finditer(sentence))
    return not any(map(_with_a_unit, written))


def _counts_things(written: str) -> bool:
    """Does a number stand before a plural noun of no unit ("3,000 rolls of paper",
    "21 seats")? A sum's currency word is not told from a thing here: money questions
    are not asked this."""
    word = next(iter(_after_number(written, 1)), "")
    return _plural_noun(word) and not _unit_word(word)


_MONEY_CUE = re.compile(  # words a sum of money is written beside
    r"\b(?:cost|costs|costing|paid|pay|pays|paying|fined?|fines|worth|priced?|price|"
    r"budget|spent|spend|spending|raised?|raising|revenue|profits?|loss|losses|lost|"
    r"damages|compensation|aside|invested|investment|funding|salary|wages?|debts?|"
    r"ow(?:e|es|ed|ing)|valued?|earn(?:s|ed|ing)?|charged?|fees?|awarded|grants?|"
    r"bonus|bill|taxes|deficit|subsidy|donated|donations?|reward|prize|turnover|income|"
    r"bail|ransom)\b",
    re.I,
)
_AMOUNT_THEN = re.compile(  # a number, its scale, and the word after them
    rf"\d(?:[\d,.]*\d)?(?:\s*(?:{'|'.join(sorted(SCALES, key=len, reverse=True))})\b)?"
    r"\s+([A-Za-z]+)"
)
_NOT_COUNTED = frozenset(  # words after a sum that end what it is written with
    "a an the in of for to and or on at from with by each per apiece every this that "
    "last next over under up down off more less than as into".split()
)


def currencies(texts: Iterable[str]) -> frozenset[str]:
    """The words sums of money are written with in `texts`: the money units, and each
    word written after a number with a word of money beside it in its sentence ("set
    aside 15 million tallers", "a fine of 2,000 florins", "640,000 tallers in
    damages"): a currency of the articles read, however invented, is learned there."""
    return frozenset(MONEY_UNITS).union(*(_currency_words(text) for text in texts))


@lru_cache(maxsize=512)
def _currency_words(text: str) -> frozenset[str]:
    """The words one article writes after a number with a word of money beside it (its
    reports are checked once per outlet and per recount: read once)."""
    found = set()
    for sentence in split_sentences(text):
        for m in _AMOUNT_THEN.finditer(sentence):
            before = " ".join(sentence[: m.start()].split()[-3:])
            after = " ".join(sentence[m.end() :].split()[:3])
            if _MONEY_CUE.search(before) or _MONEY_CUE.search(after):
                found.add(m.group(1).lower())
    return frozenset(found)


def sum_counts_things(question: str, value: str, sentence: str, texts: Iterable[str]) -> str:
    """For a question asking a sum of money, the things the value counts instead ("96
    million parcels" for how much the Post lost last year): the first plural noun of
    the words after its number, where no currency, unit or sign says it is a sum
    (currencies: the money units and those written in `texts`, `currencies`); "" when
    one does, or its words count no thing ("15 million for retailers")."""
    if "money" not in asked_measures(question):
        return ""
    at = _place(sentence, value)
    if at is None or re.search(rf"[{CURRENCY}]", sentence[max(0, at.start() - 2) : at.end()]):
        return ""
    noun = _counted_noun(value, sentence[at.end() :])
    return noun if noun and noun not in currencies(texts) else ""


def _counted_noun(value: str, rest: str) -> str:
    """The first plural noun after the number of `value` and then in `rest` (its
    sentence after it), within its phrase ("parcels" in "96 million parcels last
    year"; "hatchbacks" in "41,300 Ardea electric hatchbacks"), stopping at a unit or a
    word that ends the phrase ("for", "a", a comma); "" when there is none."""
    tail = re.sub(r"^.*?\d(?:[\d,.]*\d)?", "", value, count=1)
    for raw in f"{tail} {rest}".split()[:5]:
        word = raw.strip(",.;:()\"'“”‘’").lower()
        if word in SCALES:
            continue
        if word in _NOT_COUNTED or len(word) < 3 or _unit_word(word) or not word.isalpha():
            return ""
        if _plural_noun(word) or word in MONEY_UNITS:
            return word
        if raw[-1:] in ",.;:)":
            return ""
    return ""


def _with_unit(value: str, sentence: str) -> str:
    """A value with the two words after it in its sentence, where its unit may stand
    ("112" in "112 metres of water")."""
    return " ".join([value, *_following(sentence, value).split()[:2]])


def _after_number(written: str, count: int) -> list[str]:
    """The first `count` words after the first number of `written`, lower case and
    without punctuation around them ("oiled", "seabirds" in "340 oiled seabirds")."""
    rest = re.sub(r"^.*?\d[\d,.]*\s*", "", written, count=1)
    return [w.strip(",.;:") for w in rest.lower().split()[:count]]


def _unit_word(word: str) -> bool:
    """Is the word a unit of some measure, or of an amount ("tonnes", "litres",
    "million")?"""
    return word in _AMOUNT_WORDS or bool(measure(f"1 {word}"))


def _plural_noun(word: str) -> bool:
    """Is the word written like a plural noun ("seats", "rolls"; not "bus" or "glass")?"""
    return bool(re.fullmatch(r"[a-z]+[^s]s", word))


_HOW_LONG_IS = re.compile(r"\bhow\s+long\s+(?:is|was|are|were)\b", re.I)
_LASTED = re.compile(  # "how long were the homes without power": a time, not a size
    r"\bhow\s+long\s+(?:is|was|are|were)\s+(?:(?!\b(?:that|which|who)\b)[^?])*?\b(?:without|closed|shut|suspended|delayed|"
    r"stranded|trapped|missing|cut\s+off|on\s+strike|out\s+of\s+action|off\s+the\s+air)\b",
    re.I,
)
_PHYSICAL = frozenset({"length", "area", "weight", "volume", "speed", "temperature"})
_BARE_METRES = re.compile(r"\d\s?m(?!\w)")  # "640m", "640 m"
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # "since 2019" says how long


def _unitless(written: str) -> bool:
    """Is a number written with no unit, no count noun and no unit word after it ("1,200."
    in "which has room for 1,200.")? A physical measure is never written so."""
    if not re.search(r"\d", written) or _BARE_METRES.search(written) or _A_YEAR.search(written):
        return False
    return not _with_a_unit(written)


def _with_a_unit(written: str) -> bool:
    """Is the number of `written` followed by a count noun or a unit word ("21 seats",
    "300 tonnes", "3.2 million")?"""
    return _counts_things(written) or any(map(_unit_word, _after_number(written, 2)))


_DIMENSION = re.compile(  # the size of a thing, not how far it is
    r"\bhow\s+(?:high|tall|deep|wide|long|thick)\b|\b(?:height|depth|width|thickness)\b", re.I
)
_AWAY = re.compile(r"\s*(?:away|off)\b", re.I)
_ASKED_DIMENSION = {  # the one dimension of a thing a question asks
    "height": re.compile(r"\bhow\s+(?:high|tall)\b|\bheight\b", re.I),
    "width": re.compile(r"\bhow\s+(?:wide|broad)\b|\b(?:width|diameter)\b", re.I),
    "depth": re.compile(r"\bhow\s+deep\b|\bdepth\b", re.I),
    "length": re.compile(r"\blength\b", re.I),  # "how long" may ask a time
}
_SAID_DIMENSION = {  # the words beside a length that say which dimension it is
    "height": re.compile(r"high|tall|height|above", re.I),
    "width": re.compile(r"wide|width|across|spans?|spanning|diameter|broad", re.I),
    "depth": re.compile(r"deep|depth|below|beneath|underground", re.I),
    "length": re.compile(r"long|length|lengths", re.I),
}


def dimension_other(question: str, value: str, sentence: str) -> str:
    """For a question asking one dimension of a thing (how tall, how wide, how deep,
    its length), the other dimension the words beside a length name ("a width" for
    "The roof, which spans 140 metres" asked how tall; "a length" for "a wall 400
    metres long" asked how high); "" when they name the asked one or none."""
    asked = {name for name, pattern in _ASKED_DIMENSION.items() if pattern.search(question)}
    if not asked and re.search(r"\bhow\s+long\b", question, re.I):
        asked = {"length"}
    said = _dimension_said(value, sentence)
    if not asked or not said or said in asked:
        return ""
    named = any(_SAID_DIMENSION[said].fullmatch(w) for w in re.findall(r"\w+", question))
    return "" if named else f"a {said}"  # "How long is the main span?": a span's length


def _dimension_said(value: str, sentence: str) -> str:
    """The dimension named right after a length and its unit ("140 metres long", "in
    height") or in the three words before its number ("spans 140 metres", "a depth of
    9 metres"), within its clause; "" when none is."""
    m = _place(sentence, value)
    if m is None:
        return ""
    after = [w.strip(",.;:()") for w in sentence[m.end() :].split()[:3]]
    while after and _unit_word(after[0].lower()):
        after = after[1:]  # "140" + "metres long"
    if after and after[0].lower() == "in":
        after = after[1:]  # "40 metres in length"
    before = re.split(r"[,;:()]|\d", sentence[: m.start()])[-1].split()[-3:]
    for words in (after[:1], before):
        for name, pattern in _SAID_DIMENSION.items():
            if any(pattern.fullmatch(w.strip(",.;:()")) for w in words):
                return name
    return ""


_OF_WHOLE_SHARE = re.compile(r"\s*(?:%|per\s*cent|percent)?\s+of\s+(?:the|all)\s+([a-z]+)", re.I)
_TURNOUT = re.compile(r"\bturnout\b", re.I)  # a share of the electors, never of the vote


def _share_of(sentence: str, value: str) -> str:
    """What a share is a share of ("38.6 percent of the vote": "vote"), or ""."""
    m = _OF_WHOLE_SHARE.match(_following(sentence, value))
    return m.group(1).lower().removesuffix("s") if m else ""


_ASKS_HOW_MANY_LIVE = re.compile(
    r"\bhow\s+many\s+(?:people|residents|inhabitants)\s+(?:\w+\s+)?(?:live|lives|living)\b"
    r"|\bpopulation\b",
    re.I,
)
_SAYS_POPULATION = re.compile(
    r"\b(?:population|residents|inhabitants|live|lives|living|home\s+to)\b", re.I
)


def population_missing(question: str, value: str, sentence: str, near: str) -> str:
    """For "how many people live in X" / "what is X's population": what the number's
    sentence fails to say — who lives there ("the leisure centre in Hethersedge housed
    95") or, with the sentence before it (`near`), that it is X's ("Callowmere, a town of
    9,400 people" for Hethersedge); "" when it says both."""
    m = _whole(sentence, value)
    if m is None or not _ASKS_HOW_MANY_LIVE.search(question):
        return ""
    if not _POPULATION.search(sentence[: m.start()]) and not _SAYS_POPULATION.search(sentence):
        return "how many live there"
    asked = _LIVE_IN.search(question)
    place = next((g for g in asked.groups() if g), "") if asked else ""
    words = _name_words(place)
    town = _TOWN_OF.search(sentence[: m.start()])  # "Callowmere, a town of 9,400": its own
    said = normalize(town.group(1)) if town else normalize(near)
    if words and not any(_mentioned(said, w) for w in words):
        return f"that it is {place}'s population"
    return ""


_TOWN_OF = re.compile(
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD})*),\s+(?:an?|the)\s+(?:[a-z]+\s+)?"
    r"(?:town|village|city|island|community|suburb|district)\s+of\s+"
    r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+)?$"
)


_LIVE_IN = re.compile(
    rf"\b(?:live|lives|living)\s+in\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)"
    rf"|\bpopulation\s+of\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)"
)


_POPULATION = re.compile(  # "the town of 4,000 people": how many live there
    r"\b(?:town|village|city|island|community|country|nation|county|municipality|parish|"
    r"district|region|province|state|suburb)\s+of\s+(?:about\s+|some\s+|around\s+|roughly\s+|"
    r"nearly\s+|just\s+|over\s+|more\s+than\s+|fewer\s+than\s+|under\s+)?$",
    re.I,
)
_ASKS_POPULATION = re.compile(r"\b(?:populat\w*|live|lives|living|residents?|inhabitants?)\b", re.I)


def counts_residents(question: str, value: str, sentence: str) -> bool:
    """Is the number a place's population ("a town of 4,000 people") while the question
    asks another count ("how many attended")?"""
    m = _whole(sentence, value)
    if m is None or _ASKS_POPULATION.search(question):
        return False
    return bool(_POPULATION.search(sentence[: m.start()]))


_OPENS_CLAUSE = re.compile(r"[,;:.!?—–()]|\b(?:and|but|while|whilst|whereas)\b", re.I)
_NAME_PHRASE = rf"{_NAME_WORD}(?:\s+(?:of\s+|&\s+)?{_NAME_WORD})*"  # "Brack & Sons"
_SUBJECT_VERB = rf"^\s*(?P<name>{_NAME_PHRASE})(?:['’]s)?(?P<verb>(?:\s+[a-z][\w’'-]*){{1,3}})"
_OWNER_START = re.compile(_SUBJECT_VERB)  # "[Vosterby] runs 305 stores": a clause's subject
_OWNER = re.compile(  # "[Caldera] runs ", "[Kettleford Rovers] have won ": right before it
    _SUBJECT_VERB
    + r"\s+(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|fewer\s+than)\s+)?$"
)
_LEADS = re.compile(  # the name a sentence opens with, as the subject of its verbs
    rf"^\s*(?P<name>{_NAME_PHRASE})(?P<verb>,|\s+[a-z]+)"
)
_PART_OF = re.compile(r"\s*(?:including|among\s+them|of\s+which|of\s+them)\b")
_NOT_OWNING = re.compile(  # who says or counts a number is no owner of it; "which runs" looks back
    r"\b(?:said|says|say|told|tells|reported|reports|estimated|estimates|put|puts|counted|"
    r"recorded|according|which|who|that|among)\b"
)
_VERB = re.compile(r"[a-z]+(?:[^s]s|ed)|has|had|have|will|won|lost|holds|held|ran|kept|made|got")
_ASKED_OWNER = re.compile(  # "how many supermarkets does [Merrowfield Foods] run"
    rf"\b(?i:how\s+many)\b.*?\b(?i:did|does|do|has|have|had|will|would)\s+(?:the\s+)?"
    rf"({_NAME_PHRASE})\s+[a-z]"
)


def count_owner(question: str, value: str, sentence: str) -> str:
    """For a count asked of a named subject ("how many supermarkets does Merrowfield
    Foods run"): the other name whose count the number is, when the number's clause
    opens with it as subject ("Caldera runs 390 supermarkets", "…, while Harbrook
    employs 5,100"); "" when the question names no subject, the clause names the asked
    one, or its subject is no name ("The combined group will run", "Rescuers pulled",
    "Police said", "So far 12 people")."""
    asked = _asked_owner(question)
    m = _place(sentence, value)
    if not asked or m is None:
        return ""
    before = sentence[: m.start()]
    opens = list(_OPENS_CLAUSE.finditer(before))
    clause = before[opens[-1].end() :] if opens else before
    if opens and _PART_OF.match(clause):  # "Vosterby runs 305 stores, including 40": its
        start = opens[-2].end() if len(opens) > 1 else 0  # clause before owns the part
        clause = before[start : opens[-1].start()]
        own = _OWNER_START.match(clause)
    else:
        own = _OWNER.match(clause)
    verb = own.group("verb") if own else ""
    if own is None and _shares_subject(before, opens, clause):
        own, verb = _LEADS.match(sentence), clause  # "Tamberlin, …, runs 138 stores and employs"
    if own is None or _NOT_OWNING.search(verb):
        return ""
    name = own.group("name")
    words = _name_words(name)
    if not words or words[0] in MONTHS or words[0] in WEEKDAYS:
        return ""
    if len(words) == 1 and not _lone_name(words[0], verb):
        return ""
    if any(_mentioned(normalize(question), w) for w in words) or _initials(words, asked):
        return ""
    return "" if any(_mentioned(normalize(clause), w) for w in asked) else name


def _initials(words: Sequence[str], asked: Sequence[str]) -> bool:
    """Is the name an acronym of the asked one ("NHS" for "National Health Service")?"""
    return len(words) == 1 and len(asked) > 1 and words[0] == "".join(w[0] for w in asked)


def _shares_subject(before: str, opens: list[re.Match[str]], clause: str) -> bool:
    """Is the number's clause a verb joined by "and" to a verb clause before it ("…, runs
    138 stores and employs 4,100"): then the sentence's opening name is its subject."""
    if len(opens) < 2 or opens[-1].group().lower() not in ("and", "but"):
        return False
    previous = before[opens[-2].end() : opens[-1].start()].split()
    first = (clause.split() or [""])[0]
    return bool(previous and _VERB.fullmatch(previous[0]) and _VERB.fullmatch(first))


def _asked_owner(question: str) -> list[str]:
    """The name words of whose count a "how many" question asks ("does [Merrowfield
    Foods] run"), or [] when it asks none's ("how many were hurt")."""
    m = _ASKED_OWNER.search(question)
    return _name_words(m.group(1)) if m else []


def _lone_name(word: str, verb: str) -> bool:
    """Is a capitalised word alone a name ("Caldera runs"), not a sentence's first word
    that is a common plural or group ("Rescuers pulled", "Police found", "So far")?"""
    first_verb = verb.split()[0]
    return (
        not re.search(r"[^s]s$", word)
        and word not in PEOPLE | _GROUPS | _NO_NAMES
        and bool(_VERB.fullmatch(first_verb))
    )


_GROUPS = frozenset("police staff crew army military government management".split())
_NO_NAMES = frozenset("to so then now only just even last next all every here there".split())


_SUM_OF = re.compile(  # "how large a reward", "how much prize money", "how big a fine"
    r"\bhow\s+(?:much|large|big|high)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<sum>reward|fine|ransom|bail|salary|bonus|fee|budget|compensation|prize|grant|loan|bribe|"
    r"donation|settlement|damages|payout|refund|subsidy|levy|tax|pension|severance|deposit|"
    r"profit|revenue|turnover|income)s?\b",
    re.I,
)


def sum_missing(question: str, near: str) -> str:
    """For "how much prize money" / "how large a reward": the kind of sum asked when the
    value's sentence and the one before it (`near`) never name it ("escaped with $2.3
    million in cash" says nothing of a reward); "" when they do or none is asked."""
    m = _SUM_OF.search(question)
    if m is None:
        return ""
    word = m.group("sum").lower()
    return "" if _says(near, word) else word


_DESIGNATED = re.compile(  # "game six", "Line 4", "stage 3": one of a numbered series
    r"\b(game|match|round|stage|leg|line|route|flight|day|lap|heat|race|episode|season|"
    r"chapter|phase|gate|platform|terminal|runway|ward|block|unit|reactor|floor|lane|track|"
    r"pier|berth|zone|sector|bus|tram|train) (\d+)\b"
)


_WIDE = re.compile(
    r"\b(?:nationally|nationwide|countrywide|worldwide|globally|"
    r"across the (?:country|nation|world)|around the world|in the whole country)\b",
    re.I,
)
_REGION_WIDE = re.compile(
    r"\b(?:across|throughout)\s+the\s+(?:province|region|state|county)\b", re.I
)


def wider_scope(question: str, sentence: str) -> bool:
    """Does `sentence` count over a whole country, region or the world ("The service has
    900 firefighters across the province") where the question does not ask so wide?"""
    wide = (_WIDE, _REGION_WIDE)
    return any(w.search(sentence) for w in wide) and not any(w.search(question) for w in wide)


_LOCAL = re.compile(
    r"\b(?:county|counties|town|city|village|district|borough|parish|school|schools|"
    r"neighbou?rhood|region|province)\b",
    re.I,
)


def wider_count(question: str, sentence: str) -> str:
    """For a count of a local place ("the Thornaby County outbreak"), the words saying
    the sentence counts the whole country or world ("Nationally, 61 measles cases have
    been confirmed"); "" when the question asks so wide itself or names no local place."""
    wide = _WIDE.search(sentence)
    if wide is None or _WIDE.search(question) or not _LOCAL.search(question):
        return ""
    return wide.group().lower()


def other_numbered(question: str, sentence: str) -> str:
    """The numbered one the sentence is about when the question names another of the
    same series ("game seven" for "Where was game six played?"); "" when it names no
    other ("game six", or no game at all)."""
    asked = dict(_DESIGNATED.findall(normalize(question)))
    said = _DESIGNATED.findall(normalize(sentence))
    for noun, number in said:
        if noun in asked and number != asked[noun] and (noun, asked[noun]) not in said:
            return f"{noun} {number}"
    return _other_placed(question, sentence)


_PLACED = re.compile(  # "the last of the six new schools", "the next two schools"
    r"\bthe\s+(first|last|final|next)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?([a-z]+?)e?s\b", re.I
)


# "the next six months" is a stretch of time, not one of a series (the stems `_PLACED` reads)
_SPANS = frozenset("second minut hour day week month year decad".split())


def _other_placed(question: str, sentence: str) -> str:
    """The words naming another place in a series than the question's ("the next two
    schools" for "the last of the six new schools"); "" when the sentence names the
    asked place too, or none of the same things."""
    asked = {
        m.group(2).lower(): m.group(1).lower()
        for m in _PLACED.finditer(question)
        if m.group(2).lower() not in _SPANS
    }
    said = [(m.group(2).lower(), m.group(1).lower(), m.group()) for m in _PLACED.finditer(sentence)]
    for noun, place, words in said:
        if (
            noun in asked
            and place != asked[noun]
            and all((n, p) != (noun, asked[noun]) for n, p, _ in said)
        ):
            return words[0].lower() + words[1:]
    return ""


def sum_of_other_act(question: str, answer: str, sentence: str) -> str:
    """For a sum asked of one act — a payment ("How much did Parkwell pay the board …?")
    or the cost of doing something ("How much would it cost the board to end the contract
    early?") — the act whose sum the sentence gives instead, when one of the two is the
    cost of doing something and the sentence never tells the asked act: "ending" of
    "Ending it early would cost about 6 million corvels" for what Parkwell paid; "pay" of
    "… paid the Tarrowmouth Health Board 1.8 million corvels" for what ending would cost.
    "" otherwise: two money deeds ("The Cup pays $250,000 to the winners" for what they
    received) are two sides of one sum, and are not told apart."""
    cost_of = _cost_act(question, _COST_OF_ACT_ASKED)
    if cost_of in _LIGHT_VERBS:  # "what does it cost to take a car on it?": no act of its own
        return ""
    asked = cost_of or next(
        (_MONEY_DEEDS[w] for w in re.findall(r"[a-z]+", question.lower()) if w in _MONEY_DEEDS),
        "",
    )
    m = _place(sentence, answer) if asked else None
    if m is None:
        return ""
    told = _sum_act(sentence, m.start())
    if not told or (asked in _DEED_WORDS and told in _DEED_WORDS):
        return ""
    if _act_root(told) == _act_root(asked) or _tells_act(sentence, asked):
        return ""
    return told


def _cost_act(text: str, patterns: Sequence[re.Pattern[str]]) -> str:
    """The act a text gives the cost of ("end" of "cost … to end", "ending" of "the cost
    of ending", "Ending it early would cost"; "take" of "cost to take a car on it"), or ""."""
    m = next((m for p in patterns if (m := p.search(text))), None)
    return m.group("act").lower() if m else ""


def _sum_act(sentence: str, at: int) -> str:
    """The act a sentence's sum at `at` is of: the money deed nearest before it in its
    clause ("paid the … Board 1.8 million"), else the act the sentence gives the cost
    of; a "cost" nearer than any deed leaves only the latter ("a job that took two days
    and cost 42,000")."""
    clause = re.split(r"[,;:]", sentence[:at])[-1].lower()
    said = [w for w in re.findall(r"[a-z]+", clause) if w in _MONEY_DEEDS or w in _COSTS]
    if said and said[-1] in _MONEY_DEEDS:
        return _MONEY_DEEDS[said[-1]]
    act = _cost_act(sentence, _COST_OF_ACT_TOLD)
    return "" if act in _LIGHT_VERBS else act


def _act_root(act: str) -> str:
    """What an act is said by in its other forms ("ending" → "end", "repair" → "repai":
    "repairing", "build" → "buil": "built", "running" → "run")."""
    root = re.sub(r"(?:ing|ed|s)$", "", act.lower())
    root = re.sub(r"([b-df-hj-np-tv-z])\1$", r"\1", root)
    return root[: max(3, len(root) - 1)] if len(root) > 4 else root


def _tells_act(sentence: str, act: str) -> bool:
    """Does the sentence tell `act` in any of its forms (a money deed: any of its words)?"""
    if act in _DEED_WORDS:
        return any(_MONEY_DEEDS.get(w) == act for w in re.findall(r"[a-z]+", sentence.lower()))
    return re.search(rf"\b{re.escape(_act_root(act))}", sentence, re.I) is not None


_DEEDS = {  # a money deed and its other forms: the act a sum of money is paid, lost … by
    "pay": "pay pays paid paying spend spends spent spending",
    "raise": "raise raises raised raising",
    "lose": "lose loses lost losing",
    "owe": "owe owes owed owing",
    "receive": "receive receives received get gets got earn earns earned take takes took taken",
    "lend": "lend lends lent",
    "borrow": "borrow borrows borrowed",
    "give": "give gives gave given donate donates donated pledge pledges pledged",
}
_MONEY_DEEDS = {word: deed for deed, words in _DEEDS.items() for word in words.split()}
_DEED_WORDS = frozenset(_DEEDS)
_COSTS = frozenset({"cost", "costs", "costing"})
_LIGHT_VERBS = frozenset({"take", "get", "have", "make", "keep", "use", "go", "do", "be", "put"})
_COST_OF_ACT_ASKED = (  # "cost the board to end …", "the cost of ending …"
    re.compile(r"\bcost(?:s|ing)?\s+(?:[\w'’-]+\s+){0,5}?to\s+(?P<act>[a-z]{3,})\b", re.I),
    re.compile(r"\bcosts?\s+of\s+(?P<act>[a-z]{3,}ing)\b", re.I),
)
_COST_OF_ACT_TOLD = (
    *_COST_OF_ACT_ASKED,
    re.compile(  # "Ending it early would cost …"
        r"\b(?P<act>[a-z]{3,}ing)\s+(?:[\w'’-]+\s+){0,5}?"
        r"(?:(?:would|will|could|might|may|did|does)\s+)?cost\b",
        re.I,
    ),
    re.compile(r"\b(?P<act>[a-z]{3,}ed)\s+(?:[\w'’-]+\s+){0,3}?at\s+a\s+cost\b", re.I),
)


_OF_THE = re.compile(  # "player of the match": a title whose last word ends its phrase
    r"\b([a-z]+)\s+of\s+the\s+([a-z]+)(?=\s*(?:[?!,.;:]|$)|\s+(?:in|at|on|for|by|and|from|"
    r"with|after|before|during)\b)"
)
_PART_WORDS = frozenset(  # "one of the", "the rest of the": a part of something, no title
    """one two three some many most all none each both part rest end start middle half any
    several few front side top bottom edge back centre center heart out because ahead
    instead inside outside""".split()
)


def other_of(question: str, sentence: str) -> str:
    """The other "X of the Y" the sentence names when the question asks another Y of
    the same X ("player of the tournament" for "Who was named player of the match?");
    "" when it names the asked one too, or none."""
    asked = {h: o for h, o in _OF_THE.findall(question) if h not in _PART_WORDS}
    said = _OF_THE.findall(sentence)
    for head, obj in said:
        if head in asked and obj != asked[head] and (head, asked[head]) not in said:
            return f"{head} of the {obj}"
    return ""


_ENDS = (  # where or when a thing started, and the words that say where or when it ended
    (
        re.compile(r"\b(?:start|starts|started|begin|begins|began|set\s+off|depart\w*)\b", re.I),
        re.compile(r"\b(?:end|ends|ended|ending|finish\w*|arriv\w*|conclud\w*)\b", re.I),
    ),
    (
        re.compile(r"\b(?:end|ends|ended|finish|finished|arrive|arrived|conclude\w*)\b", re.I),
        re.compile(
            r"\b(?:start|starts|started|starting|began|begin\w*|set\s+off|depart\w*)\b", re.I
        ),
    ),
)


def other_end(question: str, answer: str, sentence: str) -> str:
    """For "where / when did it start", the word saying the answer is where or when it
    ended ("the parade, which ended with the players on the steps of the town hall"), and
    the other way round; "" when the answer's clause says no such thing."""
    m = _place(sentence, answer)
    if m is None:
        return ""
    before = sentence[: m.start()]
    opens = list(_OPENS_CLAUSE.finditer(before))
    clause = before[opens[-1].end() :] if opens else before
    for asked, other in _ENDS:
        if asked.search(question) and not asked.search(clause) and (said := other.search(clause)):
            return said.group().lower()
    return ""


def place_relation_missing(question: str, answer: str, sentence: str) -> str:
    """For a question that asks a place by how it stands to the event ("where was the
    train going?" — a destination; "near which place did it derail?" — what it was
    near), that relation when the sentence does not give it before the answer ("derailed
    in the Kessock valley"); "" when it does ("from Brunhald to Saltery", "bound for
    Saltery", "near the hamlet of Fendlow") or the question asks no such place."""
    m = _place(sentence, answer)
    if m is None:
        return ""
    before = sentence[: m.start()]
    for asked, said, relation, _ in _PLACE_RELATIONS:
        if asked.search(question) and not said.search(before):
            return relation
    return ""


def asks_place_relation(question: str) -> bool:
    """Does a question ask a place by how it stands to the event (`place_relation_missing`)?"""
    return any(asked.search(question) for asked, *_ in _PLACE_RELATIONS)


def gives_place_relation(question: str, sentence: str) -> bool:
    """Does `sentence` name a place in the relation the question asks ("The 07:40 service
    from Brunhald to Saltery", "was bound for Saltery" for where the train was going; not
    "Passengers were taken to Kessock hospital": a destination is told by a journey)?"""
    for asked, said, _, told in _PLACE_RELATIONS:
        if asked.search(question):
            return (
                bool(told.search(sentence))
                if told
                else any(
                    said.search(sentence[: m.start()]) for m in _CAPITALISED.finditer(sentence, 1)
                )
            )
    return False


def journey_end(question: str, answer: str, sentence: str) -> str:
    """For where something was going, the end of a journey the model gave whole
    ("Brunhald to Saltery" from "The 07:40 service from Brunhald to Saltery": "Saltery");
    "" when the answer is no such journey or the question asks no destination."""
    m = re.fullmatch(r"(?:from\s+)?(.+?)\s+to\s+(.+)", answer.strip(), re.I)
    if not (m and _GOING.search(question)):
        return ""
    said = re.search(rf"\bfrom\s+{re.escape(m.group(1))}\s+to\s+{re.escape(m.group(2))}", sentence)
    return m.group(2) if said else ""


_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
_PLACE_OF = r"\s+(?:the\s+)?(?:(?:hamlet|village|town|city|port|island|district)\s+of\s+)?$"
_GOING = re.compile(
    r"\bwhere\b.*\b(?:going|heading|headed|bound|travell?ing|sailing|flying|driving)"
    r"\s*\??$|\bdestination\b",
    re.I,
)
_PLACE_RELATIONS = (  # (the question asks it, the words before the place that say it, the
    # relation, a sentence that tells it as a report does — None: the words before a name)
    (
        _GOING,
        re.compile(rf"\b(?:to|for|towards?|into){_PLACE_OF}", re.I),
        "going to",
        re.compile(  # a journey's end: "bound for Saltery", "from Brunhald to Saltery"
            r"\b(?:bound|head(?:ed|ing)|destined|en\s+route|on\s+(?:its|their|her|his)\s+way|"
            r"travell?ing|sailing|flying|going)\s+(?:for|to|towards?)\s+(?:the\s+)?[A-Z]|"
            r"\bfrom\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+to\s+(?:the\s+)?[A-Z]"
        ),
    ),
    (
        re.compile(r"^\s*(?:and\s+)?near\s+(?:which|what)\b|\bwhere\s+near\b", re.I),
        re.compile(rf"\b(?:near|outside|close\s+to){_PLACE_OF}", re.I),
        "near",
        None,
    ),
)


_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


def other_year(question: str, near: str, published_at: str) -> str:
    """A year the question pins its thing to ("the previous meteorite, the one in 1987";
    "the 2019 final") that the sentence and the one before it (`near`) never say, when it
    is not the year the report was written in (a 2027 report on "the 2027 Fenwold
    Classic" need not repeat it) nor one they name relative to it ("last year" in a 2032
    report says 2031): a sentence about this year's thing answers nothing about that
    one. "" when there is none, or the report's date is unknown."""
    if not published_at:
        return ""
    said = annotate(near, published_at)  # "lost 23 million last year" in a 2032 report: 2031
    for year in _YEAR.findall(question):
        if year != published_at[:4] and year not in said:
            return year
    return ""


_THIS_YEAR = re.compile(r"\bthis\s+(?:year|season)(?:['’]s)?\b", re.I)
_LAST_YEAR = re.compile(
    r"\b(?:last|previous)\s+(?:year|season)\b|\ba\s+year\s+(?:ago|earlier)\b", re.I
)


def last_years(question: str, answer: str, sentence: str) -> bool:
    """For a question about this year's (or season's) figure: does the answer's sentence
    tell last year's — "last year" before the value, "this year" nowhere ("The museum
    welcomed 1.2 million visitors last year, when its government grant was 9.5 million
    corvels" for this year's grant; not "27 goals, compared with 19 last season")?"""
    if not _THIS_YEAR.search(question) or _THIS_YEAR.search(sentence):
        return False
    spot = _number_at(sentence, answer)
    last = _LAST_YEAR.search(sentence)
    return spot is not None and last is not None and last.start() < spot.start()


_IN_YEAR_FIRST = re.compile(r"^\W*(?:back\s+)?in\s+(1[89]\d\d|20\d\d)\b", re.I)  # "In 2024 a …"
_YEAR_THING = re.compile(  # "The 2021 derailment", "the 2028 crush"; not "the 1996 Crossings Act"
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]hat)\s+(1[89]\d\d|20\d\d)\s+(?!and\b|or\b|to\b)[a-z]"
)
_CLAUSES = re.compile(r";|\s+(?:but|while|whereas)\s+|,\s+and\s+")


_TENURE = re.compile(  # since when someone has held a post or done a job
    r"\b(?i:since\s+(?:when|what\s+year)|how\s+long|how\s+many\s+years)\s+(?i:has|have|had)\s+"
    r"(?P<who>she|he|they|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:been\s+)?(?:run|running|led|"
    r"leading|headed|heading|managed|managing|chaired|chairing|served|serving|worked|working|"
    r"owned|coached|coaching|edited|directed|the\s+(?:director|head|chair|chief|manager|owner|"
    r"editor|coach|leader|president|principal)|in\s+charge)\b"
)
_FOUNDED = re.compile(  # "since it opened in 1958": the year a place or a firm began
    r"\b(?:opened|founded|built|established|set\s+up|created|launched|formed|completed|"
    r"incorporated)\s+(?:in\s+)?(?:\w+\s+)?$",
    re.I,
)


_POST_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")  # the year a post or a place began
_HELD_SINCE = re.compile(  # "who has run the museum since 2026", "director since 2019"
    r"\b(?:run|running|led|leading|headed|heading|managed|managing|chaired|chairing|served|"
    r"serving|worked|working|owned|coached|edited|directed|director|head|chair|chief|manager|"
    r"owner|editor|coach|leader|president|principal|charge)\b[^.;]{0,60}?\bsince\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|"
    rf"September|October|November|December)\s+)?{_POST_YEAR.pattern}",
    re.I,
)


def asks_tenure(question: str) -> bool:
    """Does the question ask since when someone has run, led or been the director of
    something ("Since what year has she run the museum?")?"""
    return _tenure_asked(question) is not None


def _tenure_asked(question: str) -> re.Match[str] | None:
    """The words that ask since when someone has held a post (`asks_tenure`), or None
    (also for "how long has she run it": a duration, not a year)."""
    if not re.search(r"\bsince\s+(?:when|what\s+year)\b", question, re.I):
        return None
    return _TENURE.search(question)


def gives_tenure(question: str, sentence: str) -> bool:
    """For since when someone has run or led something, does `sentence` give a post held
    since a year ("said Marchbank, who has run the museum since 2026")?"""
    return asks_tenure(question) and bool(_HELD_SINCE.search(sentence))


def tenure_year(question: str, sentence: str) -> str:
    """For since when someone has run or led something, "since <year>" from a sentence
    that gives a post held since then, by the person the question names (by surname;
    anyone, when it names them only as "she" or "he"); "" otherwise."""
    asked, held = _tenure_asked(question), _HELD_SINCE.search(sentence)
    if not (asked and held):
        return ""
    who = asked.group("who")
    if who.lower() not in ("she", "he", "they") and not contains(sentence, who.split()[-1]):
        return ""
    return "since " + _POST_YEAR.findall(held.group())[-1]


def founding_year(question: str, answer: str, sentence: str) -> bool:
    """For since when someone has run, led or been the director of something, is the
    answer the year that thing opened or was founded ("free to visit since it opened in
    1958" for since what year she has run the museum)?"""
    year = _POST_YEAR.search(answer)
    if not year or not _TENURE.search(question):
        return False
    at = sentence.find(year.group())
    return at > 0 and bool(_FOUNDED.search(sentence[:at]))


def earlier_year(question: str, answer: str, sentence: str, published_at: str) -> str:
    """An earlier year the clause of `answer` is about ("In 2024 a smaller fire forced the
    evacuation of 600 homes", "The 2021 derailment at Ambury injured 40 people"; "In 2019
    six wallabies got out …; … the search cost that park about $9,000": a sentence that
    opens with its year, in a clause that names no time of its own), when
    the question pins no year and the answer is not that year: a figure of another
    year's event answers nothing about this one; "last year" for a question about this
    year's figure whose sentence tells last year's (`last_years`). "" when there is none,
    or the report's date is unknown."""
    if last_years(question, answer, sentence):
        return "last year"
    if not published_at:
        return ""
    spot = _place(sentence, answer)
    if spot is None:
        return ""
    start = 0
    for m in _CLAUSES.finditer(sentence):
        if m.start() >= spot.start():
            end = m.start()
            break
        start = m.end()
    else:
        end = len(sentence)
    clause = sentence[start:end]
    years = [m.group(1) for m in _YEAR_THING.finditer(clause)]
    first = _IN_YEAR_FIRST.search(sentence)  # "In 2019 six wallabies got out …; … the
    if first and (start == 0 or not _DATE_WORDS.search(clause)):  # search cost … $9,000"
        years.append(first.group(1))  # a later clause with no time of its own is that year's
    asked = set(_YEAR.findall(question))
    return next(
        (y for y in years if y < published_at[:4] and y not in asked and y not in answer), ""
    )


# what a figure was before it changed: "Turnout stood at 58.4 percent …, up from 52
# percent at the last provincial election"; "fell from 1,200 to 900"
_WAS_FROM = re.compile(
    r"\b(?:up|down|higher|lower|rose|risen|rising|fell|fallen|falling|increased|decreased|"
    r"climbed|dropped|jumped|grew|grown|cut|raised|reduced)\s+from\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:estimated\s+|previous\s+|earlier\s+)?$",
    re.I,
)
# a question that asks what a figure was before ("before the rise", "last year", "at
# the time", "as of …", a year)
_ASKS_BEFORE = re.compile(
    r"\b(?:before|previous(?:ly)?|earlier|formerly|original(?:ly)?|initial(?:ly)?|at\s+first|"
    r"used\s+to|last|at\s+the\s+time|as\s+of|until|old|(?:19|20)\d\d)\b",
    re.I,
)


def earlier_figure(question: str, answer: str, sentence: str) -> bool:
    """Is `answer` what the sentence says a figure was before it changed ("up from 52
    percent at the last provincial election", "fell from 1,200 to 900": 1,200), when the
    question does not ask what it was before ("before the rise", "last year", "as of
    …")? Such a figure answers nothing about now."""
    if _ASKS_BEFORE.search(question):
        return False
    spot = _number_at(sentence, answer)
    return spot is not None and _WAS_FROM.search(sentence[: spot.start()]) is not None


def _number_at(sentence: str, answer: str) -> re.Match[str] | None:
    """Where the answer's number ("9.5" of "9.5 million corvels"), or the answer when it
    has none, stands in `sentence` (`_place`)."""
    number = re.search(r"\d[\d,.]*", answer)
    return _place(sentence, number.group().rstrip(".,") if number else answer)


_ASKED_DAY = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}})\b", re.I)


def _without_as_of(question: str) -> str:
    """The question without its "as of <date>" cut-off (which asks for no day's thing)."""
    return re.sub(r"\bas\s+of\s+[^,?]*", " ", question, flags=re.I)


def other_day(question: str, near: str, published_at: str) -> str:
    """A calendar day the question pins its thing to ("how many homes were reconnected
    on Tuesday, Jan. 12") that the sentence and the one before it (`near`) never say,
    in words or as a day that resolves to it ("on Tuesday" in a Jan. 13 report): a
    count of another day answers nothing about that one. "" when the question names no
    day (an "as of" date is a cut-off, not the thing asked) or `near` says it."""
    said = normalize(annotate(near, published_at))
    for m in _ASKED_DAY.finditer(_without_as_of(question)):
        day = normalize(m.group())
        if f" {day} " not in f" {said} ":
            return m.group()
    return ""


_DATELINE_HEAD = re.compile(  # "HALBROOK, Oct 23 (Ambrey) — ", "SELLWICK, Quarrington Province — "
    r"^\s*[A-Z][A-Z.'’ -]*[A-Z.](?:,[^—–()\n]{1,60}?)?\s*"
    r"(?:\([^()\n]{2,40}\)\s*[—–-]{1,2}|[—–]{1,2})\s"
    r"|^\s*\d{1,2}[:.]\d{2}\s*[—–-]{1,2}\s"  # a live blog's entry: "07:05 - We are getting reports"
)


_DAY_OF_MONTH = re.compile(
    rf"\b(?:({MONTH})\.?\s+(\d{{1,2}})(?!\d)|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})\b)",
    re.I,
)


def _days_of_month(text: str, start: int = 0) -> list[tuple[re.Match[str], int]]:
    """Each "Sept. 8" / "8 September" in `text` from `start`, with its month's number."""
    return [
        (m, MONTHS[(m.group(1) or m.group(4)).lower().rstrip(".")])
        for m in _DAY_OF_MONTH.finditer(text, start)
        if (m.group(1) or m.group(4)).lower().rstrip(".") in MONTHS
    ]


def miscopied_date(answer: str, sentence: str) -> str:
    """The sentence's own day for a date answer it does not hold, when the sentence writes
    exactly one day of the answer's month outside its dateline: "2 September" from a
    sentence that says "resigned on Tuesday, 8 September" is a digit miscopied; "" when
    the sentence holds the answer or writes other days too."""
    asked = _days_of_month(answer)
    if len(asked) != 1 or f" {normalize(answer)} " in f" {normalize(sentence)} ":
        return ""
    head = _DATELINE_HEAD.match(sentence)
    days = _days_of_month(sentence, head.end() if head else 0)
    return days[0][0].group() if len(days) == 1 and days[0][1] == asked[0][1] else ""


def in_dateline(answer: str, sentence: str) -> bool:
    """Is the answer written only in the sentence's dateline? Then it is the day the
    report was filed ("HALBROOK, Oct 23 (Ambrey) —"), or the time a live blog's entry
    was ("07:05 - We are getting reports …"), not the answer to a "when"."""
    head = _DATELINE_HEAD.match(sentence)
    if head is None:
        return False
    target = f" {normalize(answer)} "
    return target in f" {normalize(head.group())} " and target not in (
        f" {normalize(sentence[head.end() :])} "
    )


_WHO_NEXT = re.compile(r"\s*,\s*(?:who|whom|whose)\b")


def someone_not_somewhere(answer: str, sentence: str) -> bool:
    """Is the answer someone, not a place: written right before "who" ("The stage went
    to Zoltan Harwin, who jumped from the slipstream …" for where the crash happened)?"""
    m = _place(sentence, answer)
    return bool(m and _WHO_NEXT.match(sentence, m.end()))


def dateline_region(answer: str, sentence: str) -> bool:
    """Is the answer written only in the sentence's dateline, after its city ("Torvessa"
    of "OSGRAVE, Torvessa, Aug. 12 (TNA) -")? Then it is the region or country the
    report was filed in, no town where anything happened."""
    if not in_dateline(answer, sentence):
        return False
    head = _DATELINE_HEAD.match(sentence)
    city = head.group().split(",", 1)[0] if head else ""
    return f" {normalize(answer)} " not in f" {normalize(city)} "


def blog_day(question: str, answer: str, sentence: str, title: str, text: str) -> bool:
    """Is `answer` the day a report's header gives after its title ("Live: boil-water
    notice for Orrisby - Friday, August 18"), when the report tells nothing of what a
    question asking on what day asks the day of (no word of it, `tells_day_of`'s, in
    any other of its sentences)? A live blog's header is the day of its entries ("08:40 -
    Police have evacuated 14 houses on Clifftop Terrace"), not of an act it never tells
    ("the council's health committee question Ossel Water's managers"), nor of anything a
    question asks when it will happen ("On what date will the Cliff Road reopen?")."""
    head = normalize(title)
    said = normalize(sentence)
    if not head or not said.startswith(head):
        return False
    if f" {normalize(answer)} " not in f" {said[len(head) :]} ":
        return False
    if _WHEN_WILL.search(question):
        return True  # the blog's own day is no day it calls still to come ("will reopen")
    own = _day_asked_of(question)
    if not own:
        return False
    others = (s for s in split_sentences(text) if normalize(s) != said)
    return not any(_says_of(s, own, most=False) for s in others)


_SPEECH = re.compile(
    r"[\"“”]|\b(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|warn|warns|warned|"
    r"state|states|stated|declare|declared|announce|announced|insist|insisted|argue|argued|"
    r"write|wrote|written|call|calls|called|calling|describe|described|describing|urge|urged|"
    r"urging|ask|asked|reply|replied|explain|explained|note|noted|claim|claimed|vow|vowed|"
    r"promise|promised|admit|admitted|confirm|confirmed|[Aa]ccording|deny|denied|suggest|"
    r"suggested|accuse|accused|praise|praised|criticised|criticized|condemn|condemned|"
    r"acknowledged|predicted|pledged|demanded|remarked|commented|labelled|labeled|dismissed|"
    r"recalled|conceded|quoted|quipped|joked|shouted|posted|tweeted)\b"
)  # (as verbs are written: "State" of "Tavenor State Lottery" says nothing)


def reports_words(sentence: str) -> bool:
    """Does the sentence quote or report someone's words (quotation marks or a verb of
    saying)? "Castellan took a megaphone to calm the crowd" says what she did, not what
    she told the crowd: no answer to a "what did X say" question."""
    return _SPEECH.search(sentence) is not None


_DID_WHEN = re.compile(  # a done thing: "when did it open", "when were the rails last replaced"
    r"^\s*(?:and\s+)?(?:on\s+)?(?:when|what\s+(?:day|date))\s+(?:did|was|were)\b", re.I
)
_PLANNED = re.compile(
    r"\b(?:due|scheduled|planned|planning|plans|set|expected|supposed|meant|intended|"
    r"postponed|rescheduled|pushed\s+back|moved|will|would|was\s+to|were\s+to)\b",
    re.I,
)

_ASKS_PLAN = re.compile(  # "when was it due", not "when did he make his rescheduled visit"
    r"\b(?:due|scheduled|planned|planning|plan|plans|expected|supposed|meant|intended|originally|"
    r"set\s+to|will|would)\b",
    re.I,
)


def planned_not_done(question: str, answer: str, sentence: str) -> bool:
    """For "when did X happen?", is the date the day X was due on ("Putin had been due
    in Paris on October 19") rather than the day it happened? A plan word in the words
    before the date, in its own clause, says so ("…, postponed from Sept. 19, went ahead
    last Saturday": the plan is another date's)."""
    if not _DID_WHEN.search(question) or _ASKS_PLAN.search(question):
        return False
    at = _place(sentence, answer)
    if at is None:
        return False
    # "…, postponed from Sept. 19, went ahead": the plan is another clause's
    clause = _DATE_CLAUSE_BREAK.split(sentence[: at.start()])[-1]
    return bool(_PLANNED.search(" ".join(clause.split()[-6:])))


_DATE_CLAUSE_BREAK = re.compile(r"[,;:—–(]")  # where the clause a date stands in ends


def missed_day(question: str, answer: str, sentence: str) -> bool:
    """Is a date the day a thing should have happened and did not ("Today should have
    been the day the park reopened"), for a question that does not ask the first plan?
    It is neither when the thing happened nor when it is planned for now."""
    if _ASKS_FORMER.search(question):
        return False
    at = _place(sentence, answer)
    if at is None:
        return MISSED_DAY.search(answer) is not None
    before = _DATE_CLAUSE_BREAK.split(sentence[: at.start()])[-1]
    after = _DATE_CLAUSE_BREAK.split(sentence[at.end() :])[0]
    return MISSED_DAY.search(f"{before} {answer} {after}") is not None  # the date's clause


_MOVED = r"postponed|moved|rescheduled|pushed\s+back|brought\s+forward|delayed"
_FORMER = re.compile(  # the words before a date that the sentence then replaces
    r"\b(?:had\s+been|was\s+(?:originally\s+|first\s+)?|were\s+(?:originally\s+)?|originally)\s*"
    rf"(?:due|scheduled|planned|set|expected|meant|supposed)\b|\b(?:{_MOVED})\s+from\b",
    re.I,
)
_NOW = re.compile(rf"\b(?:now|instead|{_MOVED}|to|held|went\s+ahead|took\s+place)\b", re.I)
_ASKS_FORMER = re.compile(
    r"\b(?:originally|initially|first|at\s+first|had\s+been|before\s+(?:it|they)\s+(?:was|were)"
    r"|old|earlier|previous(?:ly)?)\b",
    re.I,
)


def superseded_date(question: str, answer: str, sentence: str, published_at: str) -> str:
    """The date a sentence moves `answer` to ("The meeting, which had been due on Nov. 12,
    will now be held on Dec. 3": Dec. 3), as the sentence writes it; "" when the
    sentence replaces no date, or the question asks for the former one ("When was it
    originally due?")."""
    if _ASKS_FORMER.search(question):
        return ""
    mentions = relative_dates(sentence, published_at)
    said = f" {normalize(answer)} "
    first = next((m for m in mentions if f" {normalize(m.expression)} " in said), None)
    if first is None or not _FORMER.search(" ".join(sentence[: first.start].split()[-6:])):
        return ""
    later = (m for m in mentions if m.start > first.end and m.date != first.date)
    return next((m.expression for m in later if _NOW.search(sentence[first.end : m.start])), "")


_ASKS_DONE = re.compile(  # "have taken part", "has died", "so far" (not "does it have")
    r"\bso\s+far\b|\bto\s+date\b|\b(?:have|has|had)\s+(?:[a-z]+\s+){0,2}?(?:taken|gone|been|"
    r"[a-z]{3,}ed)\b",
    re.I,
)
# the words of a plan ("due to", "set to", "expected to"), one list for every check of plans
_PLAN_TO = r"(?:due|expected|set|scheduled|planned|planning|poised|likely|supposed)"
_WILL_DO = re.compile(  # "1,850 nurses … are due to walk out": a plan, not a count of the done
    rf"^(?:[\w'’,.-]+\s+){{0,8}}?(?:are|is|were|was)\s+{_PLAN_TO}\s+to\b"
    r"|^(?:[\w'’,.-]+\s+){0,8}?(?:will|would)\s+(?!have\b)",
    re.I,
)


def planned_count(question: str, answer: str, sentence: str) -> bool:
    """For a count of what was done ("how many have taken part so far?"), is the number
    a count of those due to do it ("About 1,850 nurses … are due to walk out")?"""
    if not _ASKS_DONE.search(question) or _ASKS_PLAN.search(question):
        return False
    rest = clause_after(sentence, answer, 10)
    counted = rest.split()[:1]  # those counted: "nurses", not "will pay for cleaning"
    return bool(counted) and counted[0].lower().endswith("s") and bool(_WILL_DO.match(rest))


_ONE_NAMED = re.compile(r"\b[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+){0,2}(?P<noun>[A-Z][a-z]{3,})\b")
_SEVERAL = (
    r"\b(?:at|in|across|from)\s+(?:the\s+|its\s+|their\s+)?(?:(?:two|three|four|five|six|"
    r"both|all|several|\d+)\s+(?:[a-z][\w'’-]*\s+){0,2}?|(?:[A-Z][\w'’-]+\s+){1,3}and\s+"
    r"(?:[A-Z][\w'’-]+\s+){1,3})"
)


_ALONE = re.compile(  # "The torc alone weighs …", "… in the Saltmere district alone"
    r"(?:^\W*|[,;:]\s*|\bin\s+)the\s+(?:[\w'’-]+\s+){0,2}?(?P<part>(?![a-z]+ed\b)[a-z][\w'’-]*)\s+alone\b",
    re.I,
)


def part_alone(question: str, sentence: str) -> str:
    """The part a sentence gives its quantity of "alone" ("The torc alone weighs 412
    grams"; "14 branches in the Saltmere district alone") when the question does not ask
    about that part (how much the whole hoard weighs, how many offices will shut in all);
    "" when it says no part alone, or the question names it ("How much does the torc
    weigh?")."""
    m = _ALONE.search(sentence)
    if m is None or content_words(m.group("part")) & content_words(question):
        return ""
    return m.group("part")


_EACH_ASKED = re.compile(  # "each shop", "each Marrowgate City Transit bus driver", "per
    # household"; not "each day" (a rate), "per cent", nor "per Newsmax" (whose report)
    r"\b(?:(?i:each|every)\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\d,]+\s+)?)?"
    r"(?:[A-Z][\w'’&-]*\s+){0,4}|(?i:per)\s+)"
    r"(?!(?:second|minute|hour|day|night|week|month|year|season|time|one|cent)s?\b(?!-))"
    r"([a-z][a-z-]*)"
)
_EACH_SAID = r"\b(?:each|every|per|apiece|a\s+head|a\s+piece|individual(?:ly)?)\b"


_ASKS_DAY = re.compile(  # "on what date", "which day (of the week)"
    r"\b(?:what|which)\s+(?:date|day)\b(?:\s+of\s+the\s+(?:week|month)\b)?", re.I
)
_NAMES_DAY = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|tonight|tomorrow)\b"
    rf"|\b(?:{MONTH})\.?\s+\d{{1,2}}(?!\d)|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})\b"
    r"|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}(?:st|nd|rd|th)\b",
    re.I,
)


def unnamed_words(text: str) -> list[str]:
    """The words of three letters or more that are no names: written in lower case
    ("gave the TV interview" → "gave", "the", "interview")."""
    return _LOWER_WORD.findall(text)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{2,}")


def asks_day(question: str) -> bool:
    """Does the question ask on what day ("On what date was the van robbed?", "Which
    day …?")?"""
    return bool(_ASKS_DAY.search(question))


def names_day(text: str) -> bool:
    """Does the text name a day ("on Tuesday, March 17", "17 March", "yesterday"), not
    only a month or a year ("last month", "in May 2031")?"""
    return bool(_NAMES_DAY.search(text))


def tells_day_of(
    question: str, sentence: str, following: str = "", most: bool = False, third: bool = False
) -> bool:
    """May a sentence give the day a question asks ("On what date was the van robbed?")?
    It names a day (not "today" or "tonight", which mostly mean "now") and says a word
    of what the question asks the day of (`_day_asked_of`: "the robbery, which took
    place on Tuesday, March 17"; a word is said by its stem, `_stem_said`, and a name's
    words say nothing: "the Ossel Health Board" is no health committee); or it opens
    with its day, setting a scene that the sentence after it, naming no day itself,
    tells in those words ("Then, on the evening of Saturday, May 31, his detector gave a
    strong signal." — "Thirty centimetres down he found a twisted gold bar"). Not
    "Airstrikes … killed at least 16 people on Tuesday" for the day of a TV interview.
    `most`: it says two or more of those words, and more than half ("engineers last
    inspected the cliff on Thursday, September 28" says one of "cliff", "below" for when
    the cliff gave way; "Valleylink said it expected the line to reopen on Monday March
    14" only "reopen" for when the leisure centre will reopen). `third`: it says at
    least a third of them ("window" is a quarter of "thieves break the rear window";
    "robbery" a third of "the armoured van robbed")."""
    day = _DAY_TOLD.search(sentence)
    own = _day_asked_of(question)
    if day is None or not own:
        return False
    if _says_of(sentence, own, most, third):
        return True
    scene = _SCENE.fullmatch(sentence[: day.start()]) is not None
    told_next = bool(following) and not names_day(following)
    return scene and told_next and _says_of(following, own, most, third)


def _says_of(text: str, own: Sequence[str], most: bool, third: bool = False) -> bool:
    """Does `text` say a word of `own` (`most`: two or more, and more than half;
    `third`: at least a third)?"""
    stems = _common_stems(text)
    said = sum(_stem_said(word, stems) for word in own)
    if most:
        return said >= 2 and said * 2 > len(own)
    return said > 0 and (not third or said * 3 >= len(own))


@lru_cache(maxsize=1024)
def _common_stems(sentence: str) -> frozenset[str]:
    """The stems of a sentence's words that are no names, its first word among them
    ("health" of "The council's health committee met", not of "the Ossel Health
    Board")."""
    text = _DATELINE_HEAD.sub("", sentence, count=1).lstrip()
    return frozenset(content_words(" ".join(unnamed_words(text[:1].lower() + text[1:]))))


def _stem_said(word: str, stems: frozenset[str]) -> bool:
    """Is `word` among `stems`: its stem one of them, the start of one, or started by
    one ("robbed" in "the robbery", "launch" in "launched"; not "appeal" in
    "appeared")?"""
    return any(
        s == stem or (min(len(s), len(stem)) >= 3 and (s.startswith(stem) or stem.startswith(s)))
        for stem in content_words(word)
        for s in stems
    )


@lru_cache(maxsize=256)
def _day_asked_of(question: str) -> tuple[str, ...]:
    """The words of what a question asks the day of: those after "what date / which
    day" up to the first word that only qualifies it, neither names nor the asking
    ("coroner's", "treasure", "inquest" of "… is the coroner's treasure inquest into the
    Ravensgill gold due to take place?": not "gold")."""
    frame = _ASKS_DAY.search(question)
    if frame is None:
        return ()
    head = _QUALIFIER.split(question[frame.end() :], maxsplit=1)[0]
    return tuple(w for w in unnamed_words(head) if w not in STOPWORDS | _DAY_ASKING)


_QUALIFIER = re.compile(  # where the thing asked of ends: "inquest | into the … gold"
    r"(?<![-'’])\b(?:of(?!\s+(?:the\s+)?(?-i:[A-Z]))|into|over|about|for|in|at|on|from|with|by|after|"
    r"before|during|as|near|outside|inside|across|along|around|behind|beside|between|under|"
    r"through|towards?|to|within|without|against|among|which|that|who|whose|when|while|"
    r"because)\b",
    re.I,
)
_DAY_ASKING = frozenset(  # the asking, and particles ("call off"), are no words of the act
    {"date", "day", "days", "exact", "happen", "happened", "place", "take", "off", "out", "back"}
)
_DAY_TOLD = re.compile(rf"(?!\b(?:today|tonight)\b)(?:{_NAMES_DAY.pattern})", re.I)
_SCENE = re.compile(  # what may open a sentence before its day: "Then, on the evening of"
    r"(?:\W*\b(?:then|and|but|later|early|late|on|by|at|the|morning|afternoon|evening|night|"
    r"of|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)\b)*\W*",
    re.I,
)


_WHO_FRAME = re.compile(  # "Which Orvelin resident saw …", "Who was sent off …"
    rf"^\s*(?:and\s+)?(?:who|whom|which\s+(?:[\w'’-]+\s+){{0,4}}?(?:{PERSON_NOUNS})s?)\s+"
    r"(?:(?:was|were|is|are|has|had|have|did|does|do|will|would)\s+(?:been\s+|being\s+)?)?",
    re.I,
)
_COPULA = re.compile(r"\b(?:is|are|was|were)\s+$", re.I)
_POST_NEXT = re.compile(  # "Who is the mayor of Vessby?", "Who was Veyra's chief executive?"
    r"(?i:the|a|an|its|their|his|her)\b|[A-Z][\w'’-]*['’]s\b"
)
_WHO_ASKING = frozenset(  # words of the asking, and particles ("sent off"), no words of the act
    {"now", "currently", "first", "off", "back", "actually"}
)
# a verb's irregular forms as one word to the act reading ("saw" a man / "had seen" a man)
_IRREGULAR_FORMS = tuple(
    frozenset(group.split())
    for group in (
        "see saw seen sees seeing",
        "find found finds finding",
        "take took taken takes",
        "give gave given gives",
        "lead led leads leading",
        "win won wins winning",
        "meet met meets meeting",
        "write wrote written writes",
        "make made makes",
        "bring brought brings",
        "catch caught catches",
        "send sent sends",
        "choose chose chosen chooses",
        "break broke broken breaks",
        "hold held holds",
        "run ran runs running",
        "shoot shot shoots",
        "sell sold sells",
        "buy bought buys",
        "steal stole stolen steals",
        "throw threw thrown throws",
        "strike struck strikes",
        "keep kept keeps",
        "leave left leaves",
        "draw drew drawn draws",
        "hear heard hears",
        "build built builds",
        "pay paid pays",
        "begin began begun begins",
        "drive drove driven drives",
        "speak spoke spoken speaks",
        "fight fought fights",
    )
)


@lru_cache(maxsize=256)
def who_asked_of(question: str) -> tuple[str, ...]:
    """The words of what a question asks who did ("saw", "man" of "Which Orvelin resident
    saw a man with a holdall …?"; "discovered" of "Who discovered that the codex had been
    stolen?"): those after "who" or "which <person>" up to the first word that only
    qualifies it, neither names nor the asking. None for a question asking who said or
    reported something (`question.asks_speaker`, `asks_reporter`: the words said are what
    it asks by, and a wire reports as well as a person), who is in a post ("Who is the
    health board's chief negotiator?": its former holders stand beside the same words), or
    whose frame is not a person's."""
    frame = _doer_frame(question)
    if frame is None or _asks_post(question, frame):
        return ()  # who holds a post: held over time, former holders beside the same words
    return _who_words(question, frame)


def _doer_frame(question: str) -> re.Match[str] | None:
    """The frame of a question asking who did or holds something ("Which Orvelin
    resident …", "Who was …"); None for any other, and for who said or reported it."""
    frame = _WHO_FRAME.match(question)
    if frame is None or asks_speaker(question) or asks_reporter(question):
        return None
    return frame


def _asks_post(question: str, frame: re.Match[str]) -> bool:
    """Does a who question ask who is in a post ("Who is the mayor of Vessby?")?"""
    return bool(_COPULA.search(frame.group()) and _POST_NEXT.match(question, frame.end()))


def _who_words(question: str, frame: re.Match[str]) -> tuple[str, ...]:
    """The words after a who question's frame up to the first qualifier, neither names
    nor the asking."""
    head = _QUALIFIER.split(question[frame.end() :], maxsplit=1)[0]
    return tuple(w for w in unnamed_words(head) if w not in STOPWORDS | _WHO_ASKING)


def named_for_asked(question: str, sentence: str) -> list[str] | None:
    """The people a sentence names nearest a word of what a person question asks: the
    verb of the act asked ("It was a cleaner, Nell Fenchurch, who discovered the empty
    case …; she alerted the night porter, Aubrey Draycott" names Fenchurch, not Draycott,
    for who discovered the theft), or a word of the post asked ("the mayor of Vessby,
    Anton Greel, who met Spurrell … with his deputy, Petra Vossel" names Greel for who is
    the mayor). [] when the sentence says none of those words; None when the question
    asks none (who said or reported something, a frame not a person's)."""
    frame = _doer_frame(question)
    if frame is None:
        return None
    own = _who_words(question, frame)
    if not own:
        return None
    post = _asks_post(question, frame)
    wanted = {f for w in (own if post else own[:1]) for f in _forms(w)}
    people = people_at(sentence, question)
    said = (m for m in NAME_TOKEN.finditer(sentence) if _says_any(m.group(), wanted))
    named = {
        found.group()
        for m in said
        if (found := (_nearest if post else _doer)(sentence, m.span(), people))
    }
    return [p.group() for p in people if p.group() in named]


def _says_any(token: str, wanted: Iterable[str]) -> bool:
    """Is a sentence's word one of the `wanted` words, by stem (`_stem_said`)?"""
    stems = frozenset(content_words(token.lower()))
    return any(_stem_said(w, stems) for w in wanted)


def _nearest(
    sentence: str, at: tuple[int, int], people: Sequence[re.Match[str]]
) -> re.Match[str] | None:
    """The person named nearest a word of a post, on either side ("the mayor of Vessby,
    Anton Greel"; "Chief Inspector Ana Velk, the station commander")."""
    gap = lambda p: max(0, p.start() - at[1], at[0] - p.end())  # noqa: E731
    return min(people, key=gap, default=None)


def _doer(
    sentence: str, at: tuple[int, int], people: Sequence[re.Match[str]]
) -> re.Match[str] | None:
    """Who does the act a verb tells: the first person named after it when "by" stands
    between (it was "discovered … on Sunday by the library's night porter, Aubrey
    Draycott") or nothing does (the word a noun the name stands beside: "the referee,
    Lisbet Wrayford, showed him …" for who refereed), else the last named before it
    ("Nell Fenchurch, who discovered"; not "the skipper, Callum Starkey" after "who
    pulled")."""
    after = next((p for p in people if p.start() >= at[1]), None)
    if after is not None and (
        _BY_AGENT.search(sentence, at[1], after.start())
        or not sentence[at[1] : after.start()].strip(", ")
    ):
        return after
    return next((p for p in reversed(people) if p.end() <= at[0]), None)


_BY_AGENT = re.compile(r"\bby\b(?![^;]*;)", re.I)


def _forms(word: str) -> frozenset[str]:
    """A word and its irregular forms ("saw" → see, saw, seen …)."""
    return next((g for g in _IRREGULAR_FORMS if word in g), frozenset({word}))


def tells_who_of(question: str, sentence: str, following: str = "") -> bool:
    """May a sentence tell who did what a person question asks (`who_asked_of`)? It
    names a person the question does not name (`posts.people_named`) and says the words
    of the asked act: its first (the verb, when one is asked: "Her ally … Wynn Harbage,
    who proposed the motion" does not tell who seconded it), and all of one or two, else
    two or more and most of them, each by its stem or an irregular form ("One resident,
    Odette Crake, … had seen a man with a dark holdall" for which resident saw a man with
    a holdall; "The motion was … seconded by Councillor Maud Coverley"). `following` is
    not read: the test is of one sentence (`Retriever.reading_for` passes the next)."""
    own = who_asked_of(question)
    if not own or not people_named(sentence, question):
        return False
    stems = _common_stems(sentence)
    said = [any(_stem_said(f, stems) for f in _forms(w)) for w in own]
    return said[0] and sum(said) * 2 > len(own) and sum(said) >= min(2, len(own))


def day_unnamed(question: str, answer: str) -> bool:
    """Does a question asking the day ("On what date did he find the hoard?") get an
    answer that names none, only a month or a year ("last month", "in May 2031")?"""
    return asks_day(question) and not names_day(answer)


def total_for_each(question: str, answer: str, sentence: str) -> str:
    """For a quantity asked of each one ("How much compensation will each shop get?"),
    the one asked of, when the words about the value never say it is each one's ("has
    set aside 15 million tallers for a compensation scheme for retailers": a total, not
    a shop's; "up to 4,000 tallers per shop", "4,000 tallers a shop" are each one's);
    "" otherwise."""
    m = _EACH_ASKED.search(question)
    at = _place(sentence, answer)
    if m is None or at is None:
        return ""
    noun = m.group(1).lower()
    before = re.split(r"[,;:—–]\s", sentence[: at.start()])[-1]  # its clause, to the value
    around = f"{before} {answer} {clause_after(sentence, answer, 12)}"
    said = rf"{_EACH_SAID}|\ban?\s+{re.escape(noun)}\b"
    return "" if re.search(said, around, re.I) else noun


def several_for_one(question: str, answer: str, sentence: str) -> str:
    """For a count asked of one named place ("at Tibberly Community Hospital"), the
    places the number's clause counts over instead ("walked out at two hospitals");
    "" otherwise."""
    at = _place(sentence, answer)
    if at is None:
        return ""
    clause = re.split(r"[,;:—–]\s", sentence[at.start() :])[0]
    for m in _ONE_NAMED.finditer(question):
        noun = m.group("noun").lower()
        found = re.search(rf"{_SEVERAL}{noun}(?:e?s)\b", clause)
        if found:
            return found.group().split(None, 1)[1]
    return ""


_HOURS = {"hour": 1, "day": 24, "night": 24, "week": 168, "month": 720}
# "a five-day strike", "a 48-hour walkout" (normalised: "5 day strike"); "for 48 hours"
_LENGTH_OF = re.compile(r"\b(\d+(?:\.\d+)?) (hour|day|night|week|month) (?!old\b|ago\b)[a-z]")
_LASTING = re.compile(r"\b(?:for|lasting|lasted) (\d+(?:\.\d+)?) (hour|day|night|week|month)s?\b")


def other_length(question: str, sentence: str) -> str:
    """For a question about a thing of a stated length ("the five-day strike"), the
    other length the sentence gives its thing ("walk out for 48 hours", "the 48-hour
    strike"), when it never gives the asked one; "" otherwise."""
    asked = {_hours(m) for m in _LENGTH_OF.finditer(normalize(question))}
    if not asked:
        return ""
    text = normalize(sentence)
    said = [m for p in (_LENGTH_OF, _LASTING) for m in p.finditer(text)]
    if not said or any(_hours(m) in asked for m in said):
        return ""
    return f"{said[0].group(1)}-{said[0].group(2)}"


def _hours(m: re.Match[str]) -> float:
    return float(m.group(1)) * _HOURS[m.group(2)]


_SUCCESSOR = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][\w'’-]+)*"
_REPLACED_BY = re.compile(  # "…, has been replaced at the negotiating table by Clara Dunstable"
    rf"^[^.;]{{0,80}}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|will\s+be)\s+"
    rf"(?:replaced|succeeded|superseded|ousted)\b[^.;]{{0,60}}?\bby\s+(?:[a-z][\w'’-]*\s+){{0,4}}?(?P<new>{_SUCCESSOR})"
)
_REPLACES = re.compile(  # "Clara Dunstable, …, replaced Desmond Raikes"
    rf"(?P<new>{_SUCCESSOR})(?:,[^,.;]{{0,80}},)?\s+(?:has\s+)?(?:replaced|succeeded|took\s+over\s+from|"
    r"replaces|succeeds|takes\s+over\s+from)\s+(?:[a-z][\w'’-]*\s+){0,4}?$"
)


def successor(question: str, answer: str, sentence: str) -> str:
    """The person a sentence says took `answer`'s place ("Desmond Raikes, …, has been
    replaced at the negotiating table by Clara Dunstable": Clara Dunstable), as the
    sentence writes it; "" when it says none, or the question asks for the former one."""
    at = _place(sentence, answer)
    if at is None or not answer[:1].isupper() or _ASKS_FORMER.search(question):
        return ""
    if m := _REPLACED_BY.match(sentence[at.end() :]):
        return m.group("new")
    m = _REPLACES.search(sentence[: at.start()])
    return m.group("new") if m else ""


_DATES_EVENT = re.compile(  # "the accident happened on …", "the robbery, which took place on …"
    r"\b(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<event>[a-z]{4,})\s*,?\s*"
    r"(?:which\s+|that\s+)?(?:had\s+|has\s+)?(?:happened|occurred|took\s+place|began|started|"
    r"broke\s+out)\b(?P<rest>[^.;]*)",
    re.I,
)


_WHEN_WILL = re.compile(
    r"^\s*(?:and\s+)?(?:when|on\s+what\s+(?:date|day)|what\s+(?:date|day))\s+(?:will|"
    # not "supposed to": a plan already dropped, whose day may be past when reported
    rf"(?:is|are|was|were)\s+(?:[\w'’-]+\s+){{1,6}}?(?!supposed){_PLAN_TO}\s+to)\b",
    re.I,
)


def already_past(question: str, answer: str, published_at: str) -> bool:
    """For "when will …?" ("when was it due to …?"), is the answer a day before its
    report was written ("ruled yesterday" for "On what date will the court hear …?";
    "in 2004" for "when were the nurses planning to strike?"): a day already past when
    the report called the event still to come is another event's."""
    if not published_at or not _WHEN_WILL.search(question):
        return False
    days = [m.end_date for m in relative_dates(answer, published_at)]
    if not days:  # a bare year ("in 2004"): its last day
        days = [f"{y}-12-31" for y in re.findall(r"\b(?:1[89]|20)\d\d\b", answer)]
    return bool(days) and all(day < published_at[:10] for day in days)


def dates_other_event(question: str, answer: str, sentence: str) -> str:
    """For a "when" question, the event the answer's clause dates when it names one
    the question does not ("The accident happened on February 13" for "When was the
    lift built?"): that date is the accident's. "" when no clause of the sentence
    dates an event by name, or the question names it ("When did the accident
    happen?", "… was the van robbed?" for "the robbery, which took place on …")."""
    asked = {w[:5] for w in split_words(question)}
    for m in _DATES_EVENT.finditer(sentence):
        if f" {normalize(answer)} " not in f" {normalize(m.group('rest'))} ":
            continue
        event = m.group("event").lower()
        return "" if event[:5] in asked else event
    return ""


def dates_other_act(question: str, answer: str, sentence: str) -> str:
    """For a "when" question, the act the answer's day follows in its clause when the
    question does not ask it and another day of the sentence follows the act it does ask
    ("who was arrested on 17 March, appeared before magistrates on Monday" for when he
    first appeared in court: 17 March is the arrest's day); "" otherwise (a sentence
    that dates only one act may date the asked one in other words)."""
    return _other_act_day(question, answer, sentence)[0]


def day_of_asked_act(question: str, answer: str, sentence: str) -> str:
    """Where the answer's day is another act's (`dates_other_act`), the day the same
    sentence gives the asked act ("Monday" of "who was arrested on 9 March, appeared
    before Pellgate magistrates on Monday" for when he appeared), else "". Not a day
    written after a thing the act was about ("charged over the raid on 14 March": the
    raid's day, not the charge's)."""
    day = _other_act_day(question, answer, sentence)[1]
    if day is None:
        return ""
    act = _ACT_ON.search(re.split(r"[,;:]", sentence[: day.start()])[-1])
    if act is None or re.search(r"\b(?:the|a|an|its|his|her|their)\s", act.group()):
        return ""
    return day.group()


def _other_act_day(question: str, answer: str, sentence: str) -> tuple[str, re.Match[str] | None]:
    """The act the answer's day dates and where the sentence gives the asked act's day,
    when the two differ (`dates_other_act`); ("", None) otherwise."""
    m = _place(sentence, answer)
    act = _act_of_day(sentence, m.start()) if m else ""
    if not m or not act or _act_asked(question, act):
        return "", None
    for day in _NAMES_DAY.finditer(sentence):
        if day.start() < m.end() and m.start() < day.end():
            continue
        if (other := _act_of_day(sentence, day.start())) and _act_asked(question, other):
            return act, day
    return "", None


def dated_before_asked(question: str, answer: str, sentence: str) -> str:
    """For "when was X <done>?" ("released"), the act written before the answer's day
    when the sentence tells the asked act only after it, in a clause of its own with no
    day ("police had also arrested Ketchell's brother-in-law, Jarek Cobbe, on 9 March,
    and that Cobbe has since been released without charge" for when Cobbe was
    released: "arrested"); "" when the sentence says the asked act before the day,
    never says it, or gives it a day of its own (`dates_other_act`)."""
    acts = [_act_stem(w) for w in re.findall(r"\b[a-z]{3,}ed\b", question)]
    m = _place(sentence, answer)
    if m is None or not acts or any(_says(sentence[: m.start()], a) for a in acts):
        return ""
    after = sentence[m.end() :]
    told = [t.start() for a in acts if (t := re.search(rf"\b{re.escape(a)}", after))]
    if not told or _NAMES_DAY.search(after[: min(told)]):
        return ""
    if not re.search(r"[,;]\s|\sand\s", after[: min(told)]):
        return ""  # the asked act in the day's own clause
    done = re.findall(r"\b[a-z]{3,}ed\b", sentence[: m.start()])
    return done[-1] if done else ""


_ACT_ON = re.compile(  # "arrested on", "appeared before magistrates on", "charged over the raid on"
    r"\b(?P<verb>[a-z]{3,}ed)(?:\s+[\w'’-]+){0,3}?\s+(?:on|in)\s+$", re.I
)


def _act_of_day(sentence: str, at: int) -> str:
    """The verb form a day at `at` follows in its clause ("arrested" of "who was
    arrested on 17 March"), or ""."""
    m = _ACT_ON.search(re.split(r"[,;:]", sentence[:at])[-1])
    return m.group("verb").lower() if m else ""


def _act_asked(question: str, verb: str) -> bool:
    """Does the question say the act `verb` tells ("appear" for "appeared")?"""
    return any(_says(w, verb) or _says(verb, w) for w in re.findall(r"[A-Za-z]{4,}", question))


_ADJUNCT = re.compile(  # "…, after dawn raids on three homes in the city on " (the day next)
    r"\b(?:after|following|before|ahead\s+of)\s+(?P<clause>[^,;:.()]*)$", re.I
)
INFLECTED = re.compile(r"[a-z]{3,}(?:ed|ing)")  # a verb form ("robbed", "logged", "opening")


def _act_stem(verb: str) -> str:
    """What a verb form is said by in other forms ("replaced" → "repla", "built" → "buil",
    "robbed" → "robb": "robbery")."""
    return verb[: max(4, len(verb) - 3)]


def dates_adjunct(question: str, answer: str, sentence: str) -> str:
    """For a "when" question whose act is a verb form ("was the van robbed"): the event
    of an "after …" / "before …" phrase the answer's day stands in, when the sentence
    tells the asked act outside that phrase ("… armoured-van robbery … have now
    arrested five people, after dawn raids on three homes in the city on Wednesday":
    the raids' day, not the robbery's); "" when the phrase tells the act itself, the
    sentence does not tell it, or the day stands in no such phrase."""
    acts = [_act_stem(w) for w in re.findall(rf"\b{INFLECTED.pattern}\b", question)]
    m = _place(sentence, answer)
    adjunct = _ADJUNCT.search(sentence[: m.start()]) if m and acts else None
    if m is None or adjunct is None:
        return ""
    clause = adjunct.group("clause")
    outside = f"{sentence[: adjunct.start()]} {sentence[m.end() :]}"
    if (
        content_words(clause) & content_words(question)  # "after four masked men held up an
        # armoured van on Thursday" tells the robbery asked in other words
        or any(_says(clause, a) for a in acts)
        or not any(_says(outside, a) for a in acts)
    ):
        return ""
    return re.split(r"\s+(?:on|in|at|of|by|to|from)\s+", clause.strip(), maxsplit=1)[0]


_WHEN_DONE = re.compile(  # "When were the rails … last replaced?", "In what year was it founded?"
    r"^\s*(?:and\s+)?(?:when|in\s+what\s+year|what\s+year|on\s+what\s+(?:date|day))\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?!\b(?:before|after|when|while|since|until|because|once)\b).)+?"  # no clause of its own
    r"\s+(?P<done>[a-z]{4,}(?:ed|t|n))"
    r"\s*\?*\s*$",
    re.I,
)
_WHEN_THERE = re.compile(  # "In what year was there an earlier fire at the plant?": the fire
    r"^\s*(?:and\s+)?(?:when|in\s+what\s+year|what\s+year|on\s+what\s+(?:date|day))\s+"
    r"(?:was|were|had\s+been)\s+there\s+(?P<thing>[^?]+?)"
    r"\s*(?:\b(?:at|in|on|of|near|for|with|involving)\b[^?]*)?\?*\s*$",
    re.I,
)
_LIGHT_DONE = frozenset(  # said of a game or a meeting in other words ("beat them on Saturday")
    "played held made done given taken seen shown known told said set put kept".split()
)


def done_by_other(question: str, answer: str, sentence: str) -> str:
    """For "who / which … <did> …?": the other act whose doer the answer is, written
    after "by", when the sentence tells the asked act apart ("The bodies were found by
    the crew of the Fennick Point lifeboat … where the life raft carrying the three
    survivors was picked up" for "which ship picked up the survivors": "found"); ""
    when the answer is the asked act's doer, no act is named before it, or the
    sentence never tells the asked act in the question's word (another verb may be its
    synonym)."""
    acts = {w for w in _ACT.findall(question) if w.lower() not in _NOT_ACTS}
    m = _place(sentence, answer)
    by = _BY_DOER.search(sentence[: m.start()]) if m and acts else None
    if m is None or by is None:
        return ""
    done, rest = by.group("done"), sentence[: by.start()] + " " + sentence[m.end() :]
    asked = content_words(" ".join(acts))
    if content_words(done) & asked or not any(re.search(rf"\b{a}\b", rest) for a in acts):
        return ""  # the asked act told as the question writes it ("picked", not "comments")
    return done


_ACT = re.compile(r"\b[a-z]{3,}(?:ed|en)\b|\b(?:took|brought|made|found|led|won|sent|gave|got)\b")
_NOT_ACTS = frozenset("been seen given taken open often even when then".split())
_BY_DOER = re.compile(  # "found by the crew of the", "rescued by a", "written by"
    r"\b(?P<done>[a-z]{3,}(?:ed|en|t)|found|led|won|sent|made|brought|taken)\s+by\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:crew|crews|staff|members?|officers?|team|men|women|"
    r"lookouts?|pilots?|workers?|volunteers?)\s+(?:of|from|aboard|on)\s+(?:the\s+|a\s+)?)?$",
)


def tells_one_act(question: str, answer: str) -> bool:
    """Does `answer` tell one thing its subject did ("removed the tower and installed an
    air-cooled system") where the question asks what the subject does ("What does
    Holloway Cold Storage do?": its business, not an act of the story)?"""
    m = _PAST_ACT.match(answer)
    return bool(_DOES_DO.match(question) and m and m.group(1).lower() not in _NOT_PAST)


_DOES_DO = re.compile(r"^\s*(?:and\s+)?what\s+(?:does|do)\s+[^?]{1,80}?\s+do\s*\??\s*$", re.I)
_PAST_ACT = re.compile(  # "removed …", "has removed …", "sold …" (not "stores …")
    r"^\s*(?:(?:has|have|had)\s+)?([a-z]{2,}ed|made|built|sold|bought|took|gave|won|lost|"
    r"began|paid|shut|sent|kept|met|brought|found|led|got)\b",
    re.I,
)
_NOT_PAST = frozenset("need feed seed breed speed bleed".split())  # a verb, not its past


def event_missing(question: str, near: str) -> str:
    """For "when was X <done>?" (built, founded, last replaced) or "when was there a
    <thing>?" (an earlier fire): the thing done or the thing there was, when
    the date's sentence and the one before it (`near`) never say it ("April 14", the day
    a tram derailed, for "when were the rails last replaced"); "" when they do or the
    question is not of that shape."""
    m = _WHEN_DONE.search(question)
    done = m.group("done").lower() if m else ""
    if there := _WHEN_THERE.search(question):  # "… was there an earlier fire": the fire
        done = there.group("thing").split()[-1].lower()
    if not done or done in _LIGHT_DONE:
        return ""
    if _DUE_TO.search(question) and _RESCHEDULED.search(near):
        return ""  # "when was the strike due to start?": "moving it from March 29 to April 6"
    stem = _act_stem(done)
    return "" if _says(near, stem) else done


# a question about when something was planned for, and a sentence that sets or moves that day
_DUE_TO = re.compile(rf"\b{_PLAN_TO}\s+to\s+[a-z]+\s*\?*\s*$", re.I)
_RESCHEDULED = re.compile(
    r"\b(?:set\s+for|due\s+(?:on|to)|scheduled|planned\s+for|moving|moved|postpone[sd]?|"
    r"put\s+back|pushed\s+back|brought\s+forward|delay(?:s|ed)?|rescheduled|deferred)\b",
    re.I,
)


_NEGATOR = re.compile(
    r"\b(?:not|never|no|none|neither|nor|without|yet\s+to|denied|denies|deny|refused\s+to|"
    r"declined\s+to|failed\s+to)\b|n[’']t\b",
    re.I,
)
NEGATION_WINDOW = 3  # words from a negator to the asked word it denies ("not yet been published")


def negates(question: str, sentence: str) -> str:
    """For a yes/no question, the question's word that `sentence` denies ("The results
    have not yet been published" for "Had the results been published …?"; "no contract
    had been signed" for "Has he signed a contract …?"): a negator at most
    `NEGATION_WINDOW` words before a word of the question's claim (not a name, not a
    negator itself). "" when it denies none of them ("police did not say where" denies
    no arrest)."""
    if _NEGATOR.search(question) or re.search(r"\bnon-|\bun\w{4,}", question, re.I):
        return ""  # "Did he not …?", "non-competitive prices": the question's own polarity
    claim = {
        w
        for w in content_words(" ".join(t for t in question.split() if not t[:1].isupper()))
        if len(w) > 2
    }
    tokens, stems, denied = _denied(sentence, claim)
    for word, at in denied.items():
        # the word said a second time ("committed fraud …, while the defence said he never
        # meant to commit fraud"; "that we liked … doesn't sound like"): it says both
        if not any(j != at and word in stems[j] for j in range(len(tokens))):
            return tokens[at].group()
    return _opposite_state(question, sentence)


def _denied(
    sentence: str, words: set[str]
) -> tuple[list[re.Match[str]], list[set[str]], dict[str, int]]:
    """`sentence`'s tokens, their stems, and each of `words` (stems) it says at most
    `NEGATION_WINDOW` tokens after a negator → the first token that says it so."""
    tokens = list(re.finditer(r"[\w’'-]+", sentence))
    stems = [content_words(t.group()) for t in tokens]
    denied: dict[str, int] = {}
    for m in _NEGATOR.finditer(sentence):
        first = next((i for i, t in enumerate(tokens) if t.start() >= m.end()), len(tokens))
        for i in range(first, min(first + NEGATION_WINDOW, len(tokens))):
            for w in stems[i] & words:
                denied.setdefault(w, i)
    return tokens, stems, denied


_ASKS_WHETHER_DONE = re.compile(r"^\s*(?:and\s+)?(?:has|have|had|was|were|is|are)\b", re.I)
_IRREGULAR_DONE = frozenset(  # participles not written with "-ed"
    "taken given seen found made paid held sold told said known shown written chosen broken "
    "stolen won lost caught brought bought built sent spent kept left met put run set shut cut "
    "hit begun done drawn driven eaten fallen flown forgotten frozen hidden ridden risen "
    "spoken sworn thrown worn struck sought fought taught thought laid led read".split()
)
_CLAUSE_OPENER = frozenset("that who which when after before while where".split())


def asked_deed(question: str) -> str:
    """The participle a yes/no question asks was done ("fined" in "Has the bank fined
    Interlink?", "charged" in "Has the driver of the tram that derailed … been charged?":
    after "been", else the first not in a clause of its own), or ""."""
    if not _ASKS_WHETHER_DONE.match(question):
        return ""
    if been := re.search(r"\bbeen\s+([a-z]+)\b", question):
        return been.group(1)
    for m in re.finditer(r"\b[a-z]+\b", question):
        word = m.group()
        if not (word.endswith("ed") or word in _IRREGULAR_DONE):
            continue
        if not {w.lower() for w in question[: m.start()].split()[-2:]} & _CLAUSE_OPENER:
            return word
    return ""


def denies_deed(question: str, sentence: str) -> bool:
    """Does `sentence` deny the deed a yes/no question asks (`asked_deed`): a negator at
    most `NEGATION_WINDOW` words before a form of it ("The National Bank has not fined
    Interlink" for "Has the bank fined Interlink?"), where `negates` reads it too?"""
    done = content_words(asked_deed(question))
    return bool(done and negates(question, sentence) and _denied(sentence, done)[2])


_MONTH_NAMED = re.compile(  # a month as a date: "in May", "late April", "May 3" — not "April Rossi"
    r"(?:\b(?:in|on|by|since|until|before|after|from|during|early|late|mid)[\s-]+)"
    rf"(?P<m>{MONTH})\b|\b(?P<d>{MONTH})\.?\s+\d",
    re.I,
)
_RANKS = {**ORDINALS, "top": 1, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_RANK_SAID = re.compile(  # "finished sixth", "came in third", "finish top of the table"
    r"\b(?:finish(?:ed|es|ing)?|placed|ranked|ranks?|came|come)\s+(?:in\s+)?"
    rf"({'|'.join(_RANKS)}|\d+(?:st|nd|rd|th))\b",
    re.I,
)
_REPORT_DAYS = re.compile(  # "published on October 12, 2023", "between November 9 and …, 2023"
    rf"\bpublished\s+(?:on|in)\s+(?:{MONTH})\b[^,?]*(?:,\s*\d{{4}})?"
    rf"|\bbetween\s+(?:{MONTH})\b[^?]*?\band\s+(?:{MONTH})\b[^,?]*(?:,\s*\d{{4}})?",
    re.I,
)


_EVERY_ASKED = re.compile(  # "Did every rider who started …", "Were all the passengers …"
    r"\b(?:every|each|all(?:\s+(?:of\s+)?the)?)\s+(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)",
    re.I,
)
_COUNT_WORD = (  # "168", "2,600", "nine" (not "1,20": no count)
    r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,])\d+(?![\d,])|(?i:"
    + "|".join("one two three four five six seven eight nine ten eleven twelve".split())
    + ")"
)
_PARTS_OF_ALL = (  # "141 of the 168 riders"; "Of the 168 riders who started …, 141 reached …"
    re.compile(
        rf"\b(?P<part>{_COUNT_WORD})\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?"
        rf"(?P<whole>{_COUNT_WORD})\s+(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
    ),
    re.compile(
        rf"\b[Oo]f\s+(?:the\s+|its\s+|their\s+)?(?P<whole>{_COUNT_WORD})\s+"
        rf"(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)[^,;.]*,\s*(?P<part>{_COUNT_WORD})\s"
    ),
)


def short_of_all(question: str, sentence: str) -> str:
    """For a yes/no question about every one of some things ("Did every rider who started
    the Tour of Ammervale reach the finish?"), the part of their whole that `sentence`
    counts when it is smaller ("Of the 168 riders who started in Kestlow on 4 August,
    141 reached the finish": "141 of 168"): not all of them did. "" when the question
    asks about no "every" / "all", or the sentence counts no smaller part of the same
    things."""
    asked = _EVERY_ASKED.search(question)
    if asked is None:
        return ""
    noun = content_words(asked.group("noun"))
    for pattern in _PARTS_OF_ALL:
        for m in pattern.finditer(sentence):
            part, whole = (int(normalize(m.group(g)).replace(",", "")) for g in ("part", "whole"))
            if part < whole and content_words(m.group("noun")) & noun:
                return f"{m.group('part')} of {m.group('whole')}"
    return ""


def gives_otherwise(question: str, sentence: str) -> str:
    """For a yes/no question that asks about a month or a rank ("… first spot the bones
    in May?", "… finish top of the regular season?"), the other month or rank its
    `sentence` gives and none the question asks ("in late April", "finished sixth"):
    the sentence says no. The days a question dates its reports by ("published on
    October 12, 2023") ask nothing. "" when the sentence gives none, or the asked one."""
    asked = _REPORT_DAYS.sub(" ", question)
    for values in (_months_named, _ranks_said):
        want, given = values(asked), values(sentence)
        if want and given and not set(want) & set(given):
            return given[next(iter(given))]
    return ""


_CHANGES = re.compile(  # a question asking whether something will change
    r"\b(?:go(?:es)?\s+up|went\s+up|going\s+up|go(?:es)?\s+down|rise|rises|rising|rose|"
    r"increase[sd]?|be\s+raised|raised|fall|falls|fell|be\s+cut|change[sd]?)\b",
    re.I,
)
_UNCHANGED = re.compile(  # … and a sentence saying it stays as it is
    r"\b(?:will|would|does|do|did|is|are|was|were)\s+not\s+(?:change|rise|go\s+up|increase|"
    r"fall|go\s+down)\b|\bunchanged\b|\b(?:stay|stays|staying|remain|remains|remaining)\s+"
    r"(?:at|the\s+same|unchanged|frozen)\b|\bfrozen\s+at\b",
    re.I,
)


def said_unchanged(question: str, sentence: str) -> str:
    """For a yes/no question asking whether something changes ("Will the fare for
    under-16s go up in March?"), the words of a `sentence` saying it stays as it is
    ("Fares for under-16s will not change, staying at 1.10 crowns"): where a "yes"
    stands on that sentence, it says no. "" otherwise, or when the sentence also tells
    a change ("will rise from 2.60 to 3.40, while under-16 fares stay at 1.10")."""
    m = _UNCHANGED.search(sentence)
    if m is None or not _CHANGES.search(question) or _CHANGES.search(_UNCHANGED.sub(" ", sentence)):
        return ""
    return m.group()


def _months_named(text: str) -> dict[int, str]:
    named = (m.group("m") or m.group("d") for m in _MONTH_NAMED.finditer(text))
    return {MONTHS[w.lower()]: w for w in named if w[0].isupper()}  # "May", not "may"


def _ranks_said(text: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for m in _RANK_SAID.finditer(text):
        word = m.group(1).lower()
        rank = _RANKS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else 0)
        out.setdefault(rank, m.group(1))
    return out


_SHUTTING = re.compile(r"\b(?:shut|shuts|shutting|close|closes|closing|closed)\b", re.I)
_STAYS_OPEN = re.compile(
    r"\b(?:stay|stays|staying|remain|remains|remaining|be\s+kept|kept|keep|keeps)\s+open\b", re.I
)
_GOES_AHEAD = re.compile(
    r"\b(?:go|goes|going|went|gone)\s+ahead\b|\b(?:take|takes|took|taken)\s+place\b"
    r"|\b(?:be|was|were|been)\s+held\b",
    re.I,
)
_CALLED_OFF = re.compile(
    r"\b(?:cancel\w*|call\w*\s+off|postpon\w*|scrapped|abandoned|axed)\b", re.I
)
_OPPOSITE_STATES = (  # (the state asked, the state that says no)
    (_SHUTTING, _STAYS_OPEN),
    (_GOES_AHEAD, _CALLED_OFF),
)


def _opposite_state(question: str, sentence: str) -> str:
    """A sentence saying the opposite state of the one a yes/no question asks about: "the
    shop … would stay open" for "Will the shop shut along with the factory?", "forced
    organisers to cancel the last day" for "Did the festival go ahead on its last day?".
    Not when the sentence also says the asked state ("the factory shuts in March but the
    shop will stay open" may answer "will the factory close" either way)."""
    for asked, opposite in _OPPOSITE_STATES:
        m = opposite.search(sentence)
        if m and asked.search(question) and not asked.search(sentence):
            return m.group()
    return ""


_ORDINAL = re.compile(rf"\b({'|'.join(ORDINALS)})\b(\s+times?\b)?", re.I)


_ADDED_BEFORE = re.compile(  # "another 6,700 homes", "a further $5,600", "grew by 300"
    r"\b(?:another|a\s+further|an\s+(?:additional|extra)|(?:grown|grew|rose|risen|increased|"
    r"climbed|gone\s+up|went\s+up)\s+by(?:\s+a\s+further|\s+another)?)\s*$",
    re.I,
)
_ADDED_AFTER = re.compile(r"^\s*(?:more|new|further|additional|extra)\b", re.I)  # "five new cases"
_ASKS_ADDED = re.compile(  # the question asks what was added, or one day's or period's count
    rf"\b(?:new|more|further|another|additional|extra|added|increase|rise|grow|grew|rose|"
    rf"overnight|weekend|since|between|during|that\s+day|this\s+week|last\s+week|"
    rf"{'|'.join(WEEKDAYS)}|{MONTH}\.?\s+\d)",
    re.I,
)
_VALUE = r"[$£€]?\d[\d,.]*\d(?:\s+(?:million|billion))?|[$£€]?\d|[A-Za-z]+(?:-[a-z]+)?"
_TOTAL = re.compile(  # "bringing the total to seven", "for a total raised of $52,900"
    rf"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:[\w'’-]+\s+){{0,7}}?to\s+({_VALUE})|"
    rf"\btotal\s+(?:[\w'’-]+\s+){{0,3}}?(?:of|to|at|is|stands\s+at|reached)\s+({_VALUE})",
    re.I,
)
_NUMBER_OF = re.compile(  # "The number of people injured in Tuesday's derailment has risen to 22"
    rf"\b(?:number|count)\s+of\s+(?:[\w'’-]+\s+){{1,10}}?(?:has\s+|have\s+|had\s+)?"
    rf"(?:now\s+)?(?:risen|rose|climbed|grown|grew|increased|jumped|fallen|fell|dropped|"
    rf"reached|stands|stood)\s+(?:to\s+|at\s+)?({_VALUE})",
    re.I,
)


def added_not_total(question: str, answer: str, sentence: str) -> bool:
    """Is a "how many / how much" answer what was added ("Five new cases were
    confirmed", "another 6,700 homes lost power", "a further $5,600"), when the question
    asks for the count itself? Not when the question asks what was added or one day's
    count ("how many new cases", "how many were arrested on Saturday night")."""
    m = _place(sentence, answer)
    if m is None or _ASKS_ADDED.search(_without_as_of(question)):
        return False
    before = sentence[: m.start()].rstrip("$£€")  # "a further $5,600" for "5,600"
    return bool(_ADDED_BEFORE.search(before) or _ADDED_AFTER.match(sentence[m.end() :]))


def _totals(sentence: str) -> Iterator[tuple[int, str]]:
    """(where it starts, the value) of each total a sentence brings something to."""
    for m in _TOTAL.finditer(sentence):
        yield m.start(), m.group(1) or m.group(2)


def total_beside(sentence: str, answer: str) -> str:
    """The total a sentence gives beside what was added ("Four new cases were confirmed
    over the weekend, bringing the total to seven": "seven"); "" when it gives none."""
    for _, value in _totals(sentence):
        number = _CARDINAL.fullmatch(value.lstrip("$£€")) or re.fullmatch(r"[$£€]?\d.*", value)
        if number and normalize(value) != normalize(answer):
            return value
    return ""


def total_of(sentence: str, answer: str) -> str:
    """What a total adds up, when the answer is the total a sentence brings something
    to ("Police made 17 arrests …, bringing the total since Friday to 26": 26 counts
    arrests): the words before it; "" when the answer is no such total. A number of
    things a sentence says has risen to the answer counts those things ("The number of
    people injured in Tuesday's derailment has risen to 22": the injured, not the dead)."""
    for start, value in _totals(sentence):
        if normalize(value) == normalize(answer):
            return sentence[:start]
    for m in _NUMBER_OF.finditer(sentence):
        if normalize(m.group(1)) == normalize(answer):
            return sentence[: m.start(1)]
    return ""


def amount_unnamed(question: str, value: str, sentence: str) -> str:
    """For "how much <stuff>" (oil, water, rain): the stuff, when the words around the
    value never name it ("340 oiled seabirds" for how much oil has leaked; "1,450
    tonnes of heavy fuel oil" names it); "" when they do or the question asks a sum
    ("how much money", "how much did it cost": the sum checks are for those)."""
    m = _HOW_MUCH_OF.search(question)
    if m is None or m.group(1).lower() in _NOT_STUFF:
        return ""
    stuff = m.group(1).lower()
    around = f" {normalize(window(sentence, value, 8))} "
    if re.search(rf" {stuff}(?:e?s)? ", around) or re.search(rf"[{CURRENCY}]", value):
        return ""
    for word in _after_number(_with_unit(value, sentence), 2):  # "340 oiled seabirds"
        if _unit_word(word):
            return ""
        if _plural_noun(word):  # a count of things
            return stuff
    return ""


def count_unnamed(question: str, value: str, near: str) -> str:
    """For "how many <things>" (holders, poles; not people), the things, when the number
    stands with no noun of its own and neither its sentence nor the one before it
    (`near`) names them ("membership had more than doubled …, to 2,400" for how many
    season-ticket holders); "" when they do, or the number has a noun of its own (the
    count checks read that)."""
    words = _counted_words(question)
    at = _head_at(words)
    if at < 0 or _asked_families(question) or any(_OWNS.search(w) for w in words[:at]):
        return ""  # cases, the displaced: people counted; "people's records": owners' count
    noun = _alike(content_words(" ".join(w for w in words[: at + 1] if _plural_noun(w))))
    if (
        noun & (PEOPLE | _ANYONE)
        or content_words(near) & noun
        or numbers_group(question, value, near)
    ):
        return ""
    after = _MORE.sub("", _following(near, value) or "", count=1).split()[:1]
    if after and _plural_noun(after[0].strip(",.;:").lower()):
        return ""
    return words[at]


_OWNS = re.compile(r"(?:'s|s')$")
_GROUP_ASKED = re.compile(  # "how many macaques were in the Brisenholm troop": the troop
    r"\bhow\s+many\b.*?\b(?:in|of|within)\s+(?:the|a|an|its|their|this)\s+"
    r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)",
    re.I,
)
_NUMBERED = re.compile(  # the verb that gives a group's size: "numbered", "totalled"
    r"\b(?:number(?:ed|s|ing)?|total(?:l?ed|s|l?ing)?)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.I,
)


def numbers_group(question: str, value: str, near: str) -> bool:
    """Is `value` the size of the group whose members a "how many" question counts ("The
    troop numbered 42 before the storm" for how many macaques were in the troop)? The
    number follows "numbered"/"totalled", and the words before the verb, in its clause,
    name the group the question counts in."""
    asked, m = _GROUP_ASKED.search(question), _place(near, value)
    if asked is None or m is None:
        return False
    before = near[: m.start()]
    verb = _NUMBERED.search(before)
    if verb is None:
        return False
    subject = re.split(r"[;:.!?,—–]", before[: verb.start()])[-1]
    return bool(content_words(subject) & content_words(asked.group(1)))


_HOW_MUCH_OF = re.compile(r"\bhow\s+much\s+([a-z]+)\b", re.I)
_AMOUNT_WORDS = frozenset(  # a unit of amount, or a magnitude before one
    "thousand million billion trillion tonnes tons tonne ton kilograms kilogrammes kilos "
    "kg grams litres liters gallons barrels cubic".split()
)
_NOT_STUFF = frozenset(
    "did does do is was has have had will would can could should are were more less "
    "longer bigger higher larger money cash funding".split()
)


def someones_age(question: str, answer: str, sentence: str) -> bool:
    """Is a number the age a sentence gives someone ("Terrove, 49, was mayor …", "aged
    49"), for a question that asks no age? An age is no count of votes or seats."""
    m = _place(sentence, answer)
    if m is None or _ASKS_AGE.search(question) or not re.fullmatch(r"\d{1,3}", answer.strip()):
        return False
    before, after = sentence[: m.start()], sentence[m.end() :]
    apposed = re.search(rf"{_NAME_WORD},\s*$", before) and re.match(r"\s*,", after)
    return bool(apposed or re.search(r"\baged\s*$", before, re.I))


_ASKS_AGE = re.compile(r"\b(?:how\s+old|ages?|aged)\b", re.I)


_AGE_GIVEN = re.compile(  # "The architect, Yrsa Vinterby, 47, said", "aged 47", "the 47-year-old"
    r"[A-Za-z][\w'’-]*,\s*\d{1,3}\s*,|\baged\s+\d{1,3}\b|\b\d{1,3}-year-old\b", re.I
)
_HOW_OLD = re.compile(r"\bhow\s+old\b", re.I)


def asks_age(question: str) -> bool:
    """Does a question ask how old someone or something is?"""
    return bool(_HOW_OLD.search(question))


def gives_age(question: str, sentence: str) -> bool:
    """For "how old is X?": does `sentence` give someone's age and name X by one of the
    question's words ("The architect, Yrsa Vinterby, 47, said …" for how old the architect
    of the arena is)? The sentence that gives an age may say little else of the question."""
    if not asks_age(question) or not _AGE_GIVEN.search(sentence):
        return False
    return bool(content_words(_HOW_OLD.sub(" ", question)) & content_words(sentence))


_ONE_IDIOM = re.compile(
    r"\bone\s+(?:by|after|at\s+a)\s+(?:one|another|time)\b|\bone\s+another\b", re.I
)


def rank_not_count(answer: str, sentence: str) -> bool:
    """Is a "how many" answer only an ordinal of the sentence ("finished third" → 3,
    "the first day" → 1, "the 22nd festival") or of an idiom ("one by one", "one at a
    time")? A rank is no count; "the fifth time" is one (5 times)."""
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", answer.strip(), re.I):  # "the 22nd festival"
        return not re.search(rf"\b{re.escape(answer.strip())}\s+times?\b", sentence, re.I)
    digits = normalize(answer).split()
    if len(digits) != 1 or not digits[0].isdigit():
        return False
    n = int(digits[0])
    if re.search(rf"(?<![\w.,]){n}(?![\w]|[.,]\d)", sentence):
        return False  # written as a number
    if n == 1 and _ONE_IDIOM.search(sentence):  # "coming back to her one by one"
        return not re.search(r"\bone\b", _ONE_IDIOM.sub(" ", sentence), re.I)
    words = [m for m in _ORDINAL.finditer(sentence) if ORDINALS[m.group(1).lower()] == n]
    cardinal = f" {normalize(answer)} " in f" {normalize(_ORDINAL.sub(' ', sentence))} "
    return bool(words) and not cardinal and not any(m.group(2) for m in words)


_AGED = re.compile(  # "the 31-year-old winger", "A 34-year-old man", "the 19-year-old"
    r"^\s*(?:(?:a|an|the)\s+)?(?:[\w]+-)+year-old(?:\s+[a-z][\w'’-]*){0,3}\s*$", re.I
)
_OPENING_NAME = re.compile(  # "Tomas Ekberg has waited …", "Viktor Halme, of no fixed address, …"
    r"\s*(?:[A-Z][a-z]+-[a-z][\w-]*\s+)?"  # a descriptor first: "Super-sub Ada Kerrigan"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)+)(?=\s+[a-z]|\s*,)"
)


def described(answer: str, sentence: str, passage: str, article: str) -> tuple[str, str]:
    """(the name, the two sentences) for a "who" answer that only describes someone by
    age ("the 31-year-old winger", "A 34-year-old man"), the subject of its sentence,
    where the sentence beside it opens with the person's name: a definite description
    points back to the sentence before ("Tomas Ekberg has waited his whole career for
    this. With three minutes left, the 31-year-old winger …"), an indefinite one is
    named by the sentence after ("A 34-year-old man has been charged …" "Viktor Halme,
    of no fixed address, appeared …"); both sentences in the one `passage`. A name is
    a person's when the `article` calls them by the surname alone too ("Ekberg"): not
    "Storm Aveline", not "The Feldrin Public Health Agency". ("", "") otherwise."""
    if not _AGED.match(answer):
        return "", ""
    bare = re.sub(r"^\s*(?:a|an|the)\s+", "", answer, flags=re.I)
    at = _place(sentence, bare)
    head = _DATELINE_HEAD.match(sentence)
    opening = sentence[head.end() if head else 0 : at.start()] if at else ""
    m = re.fullmatch(r"(?:.*,\s*)?(?P<article>the|a|an)\s+", opening, re.I | re.S)
    if m is None:  # not the sentence's subject ("Judge Annika Strand told the 44-year-old …")
        return "", ""
    definite = m.group("article").lower() == "the"
    said, other = _beside(sentence, passage, -1 if definite else 1)
    if not other:
        return "", ""
    head = _DATELINE_HEAD.match(other)
    name = _OPENING_NAME.match(other, head.end() if head else 0)
    if name is None or not _called_by_surname(name.group("name"), article):
        return "", ""
    return name.group("name"), f"{other} {said}" if definite else f"{said} {other}"


def speaker_before(sentence: str, passage: str) -> tuple[str, str]:
    """(the speaker, the two sentences) for a quote its speaker goes on with ('"Ezra
    Solvane gave it to Orvelin …," she told the Tessik Wire', `speaks_on`) where the
    sentence before it in `passage` (its article: a passage may open with the quote)
    opens with the one who speaks ("Oxlade, who has run the library for eleven years,
    said the loss was …"); ("", "") otherwise."""
    if not speaks_on(sentence):
        return "", ""
    said, before = _beside(sentence, passage, -1)
    head = _DATELINE_HEAD.match(before)
    m = _SPEAKER_OPENS.match(before, head.end() if head else 0)
    return (m.group("name"), f"{before} {said}") if m else ("", "")


_SPEAKER_OPENS = re.compile(  # "Oxlade, who has run the library …, said", "Mara Hope told"
    r"\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})"
    r"(?:,[^,\"“”]{1,100},)?\s+(?:said|says|told|tells|added|warned|insisted|explained)\b"
)


def _called_by_surname(name: str, text: str) -> bool:
    """Does `text` call the named one by the last word of the name alone ("Ekberg")?"""
    *first, last = name.split()
    alone = re.finditer(rf"(?<![\w'’-])({re.escape(last)})\b", text)
    return any(not text[: m.start()].rstrip().endswith(first[-1]) for m in alone)


_SPEAKS_ON = re.compile(
    r"^\W*[\"“‘](?P<words>.+?)[,.?!][\"”’]\s*(?:he|she|they)\s+(?:told|said|added|says|tells|"
    r"promised|warned|insisted|explained|admitted|vowed|replied|conceded|stressed|declared)\b",
    re.I,
)


def speaks_on(sentence: str) -> bool:
    """A quote its speaker, named in the sentence before, goes on with ('"…," he told
    AFP.', '"We\'re coming back next year," she promised.'): it says where and to whom
    the words before it were said, or what the person did says."""
    return bool(_SPEAKS_ON.match(sentence))


_SAID_BY = re.compile(  # "…, her publisher said", "… ,” jury chair Tom Reyes told", "Anselm said"
    r"(?:^|[,;:”\"’]\s*)(?:(?P<kin>(?:his|her|their|its)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)"
    r"|(?:[a-z][\w’'-]*\s+){0,3}(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))\s+"
    r"(?:said|says|told|tells|added|adds|wrote|writes|stated|explained|announced|insisted|"
    r"recalled)\b"
)
_SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|representatives?|office)\b", re.I)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_ASKED_VERB = re.compile(r"\s+(?:say|tell|ask|urge|warn|call|describe|write)\b")


def another_speaker(question: str, sentence: str) -> str:
    """For "What did X say …?", who the sentence gives as saying its words when that is
    someone else, not X: one of X's circle by a possessive ("…, her publisher said", for
    Marguerite Anselm's words), or, for a person X, someone else by name; "" when X, a
    pronoun (X may be meant) or one who speaks for X ("its spokesman") says it, or the
    sentence names no speaker."""
    m = _asked_subject(question)
    if m is None:
        return ""
    subject = _ASKED_VERB.split(m.group(1))[0]  # "the judge [tell Kasper Thornvik]": the judge
    own = set(_capitalised_words(subject))
    if not own:  # "the judge": whose words a name or a possessive gives is not known
        return ""
    person = a_person(subject.split()[-1], question)
    others = ""
    for said in _SAID_BY.finditer(sentence):
        who = said.group("kin") or said.group("name")
        words = set(normalize(who).split())
        if words & own or words <= _PRONOUNS or _SPEAKS_FOR.search(said.group()):
            return ""  # X (or one who may be X) says it too
        if said.group("kin") or person:
            others = others or who
    return others


def quote_after(sentence: str, passage: str) -> tuple[str, str]:
    """(the words, the two sentences) of the quote the person of `sentence` goes on
    with in the next sentence of the passage ("Singer Freya Castellan took a megaphone
    to calm the crowd." '"We\'re coming back next year …," she promised.'), for a "what
    did X say" answer whose own sentence reports no words; ("", "") when none follows."""
    said, after = _beside(sentence, passage, 1)
    m = _SPEAKS_ON.match(after)
    return (m.group("words").strip(), f"{said} {after}") if m else ("", "")


def _beside(sentence: str, passage: str, step: int) -> tuple[str, str]:
    """(the sentence, the one `step` sentences from it in `passage`), each with its
    whitespace collapsed; "" for the other when the passage has none there."""
    split = [" ".join(x.split()) for x in split_sentences(passage)]
    said = " ".join(sentence.split())
    i = split.index(said) + step if said in split else -1
    return said, split[i] if 0 <= i < len(split) else ""


_REPORT_SAYS = re.compile(  # "What does the Post say …", "What did the Times report …"
    r"\b(?:does|did|do)\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)\s+"
    r"(?:say|report|write|claim|suggest|describe|call)\b"
)


def asks_report_words(question: str, outlets: Sequence[str]) -> bool:
    """Does the question ask what a report says ("What does Newsmax say …", "What does
    the Post say triggered …" for The Washington Post: an outlet by the last word of
    its name)? Then any sentence of that report is its words."""
    if any(names_outlet(question, o) for o in outlets):
        return True
    m = _REPORT_SAYS.search(question)
    said = _bare(m.group("name")) if m else []
    return len(said) == 1 and any(_bare(o)[-1:] == said for o in outlets)
