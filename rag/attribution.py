"""Attribution: who a sentence credits for what it says.

"…, a monitoring group said." / "Hollande said, according to CNN" / "told the Itar-Tass
news agency": the source a report names for a fact. A question that asks for that
source (`rag.question.asks_source`: "Which broadcaster does Newsmax credit for …?",
"Who was the source of that figure?") is answered by it when the model finds nothing
in an outlet's sentences (`rag.reports`), from the sentence that is about what the
question asks; every other check of the answer still applies to it. An outlet that
reports a fact on another's word is shown with it ("Radio Tamsel [1] (citing the
Brelvany Evening Dispatch)", `rag.answer`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from rag.question import WHO_GAVE
from rag.text import NUMERAL, contains, content_words, normalize

# words of the question that ask for the source, not for what the sentence is about
_ASKING = frozenset(
    content_words(
        "credit credited cite cited source sources report reported reports according agency "
        "agencies news broadcaster broadcasters outlet outlets newspaper paper channel station "
        "network wire service tell told speak spoke talk talked say said figure figures radio "
        "television tv gave give gives provided released issued supplied"
    )
)
_NAME = r"(?:[A-Z][\w'’&.-]*(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w'’&.-]*){0,5})"
_NOUNS = (
    r"group|monitor|observatory|agency|officials?|ministry|police|authority|authorities|"
    r"spokes(?:man|woman|person)|sources?|newspaper|broadcaster|channel|station|network|"
    r"service|commission|council|office|department|committee|watchdog|charity|hospital|"
    r"coroner|union|company|firm|statement"
)
_PHRASE = rf"(?:an?|the|local|state|regional)\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:{_NOUNS})\b"
_SOURCE = rf"(?:(?:the\s+)?{_NAME}|{_PHRASE})"
_BEFORE = re.compile(  # "according to CNN", "told the Harbor Wire news agency"
    rf"\b(?:according to|citing|cited by|quoted by|reported by|in an interview with|"
    rf"speaking to|spoke to|told)\s+({_SOURCE})"
)
_REPORTED = r"reported|reports|noted|notes|wrote|writes"
# the credit ends the sentence, but for what it adds ("…, the Dispatch reported, citing two
# members of the committee.")
_END = r"\b[^,;]*(?:,\s*(?:citing|quoting|according to|adding)\b[^;]*)?$"
_AFTER = re.compile(  # "…, a monitoring group said." / "…,” the AP reported."
    rf"[,”\"’]\s*({_SOURCE})\s+(?:said|says|{_REPORTED}|added|announced|estimated|stated){_END}"
)
_AFTER_REPORTED = re.compile(rf"[,”\"’]\s*({_SOURCE})\s+(?:{_REPORTED}){_END}")


def credited(sentence: str, skip: Collection[str] = (), speakers: bool = True) -> str:
    """The source the sentence credits: a wire or outlet it names in a credit phrase
    first, else who it says said it; "" when it credits no one. A source all of whose
    words stand in `skip` (the question, which names its own subject; the publishing
    outlets) is no source, nor a name whose last word does ("Minister Ada Lind").
    `speakers=False`: only a named report or body credited ("according to CNN", "told
    the Pellam News Agency", "the AP reported"), not someone who "said" it."""
    known = {w for s in skip for w in normalize(s).split()}
    for pattern in (_BEFORE, _AFTER if speakers else _AFTER_REPORTED):
        for m in pattern.finditer(sentence):
            source = m.group(1).strip(" .,")
            bare = normalize(re.sub(r"^the\s+", "", source, flags=re.I)).split()
            named = source[:1].isupper() and bare[-1:] and bare[-1] in known  # "Ada Lind"
            if not speakers and not re.sub(r"^the\s+", "", source)[:1].isupper():
                continue  # "told the council": no report's name
            if bare and not set(bare) <= known and not named:
                return source
    return ""


_QUOTED = re.compile(r"[\"“]([^\"“”]{3,})[\"”]|(?<!\w)'([^']{3,})'(?!\w)")


def _pinned(question: str) -> list[str]:
    """What the credited sentence must say as the question does: the words it quotes
    ("'Is it necessary?'"), the numbers it gives ("the figure of 12 civilians") and the
    value it asks who gave ("magnitude" of "Who gave the magnitude of the earthquake?":
    not the lede that credits the death toll of the same earthquake)."""
    quoted = [m.group(1) or m.group(2) for m in _QUOTED.finditer(question)]
    gave = _GAVE.search(question)
    value = gave.group(1) if gave and gave.group(1).lower() not in _PLACEHOLDERS else ""
    return [*quoted, *NUMERAL.findall(question), *([value] if value else [])]


_GAVE = re.compile(rf"{WHO_GAVE}([a-z][\w-]*(?:\s+(?!of\b)[a-z][\w-]*)?)", re.I)
_PLACEHOLDERS = frozenset({"figure", "figures", "number", "numbers", "estimate", "data"})


def source_reply(
    question: str, sentences: Sequence[str], outlets: Collection[str], own: str = ""
) -> tuple[str, int]:
    """The source and the sentence (index) that answer a source question: the sentence
    holding most of what the question is about (its content words bar the asking ones
    and the outlets' names), at least half of them, with the words it quotes and the
    numbers it gives (`_pinned`), when it credits someone and no sentence that credits
    no one holds as much (then the fact stands there, uncredited: "12 were killed."
    beside "…, the AP reported."); ("", -1) otherwise. The publishing outlet (`own`) is
    no source of its own sentences; another outlet of the index may be ("in an
    interview with Radio Tamsel", in the Sentinel)."""
    about = content_words(question) - _ASKING - {w for o in outlets for w in content_words(o)}
    if not about:
        return "", -1
    shares = [len(about & content_words(s)) / len(about) for s in sentences]
    pins = _pinned(question)
    says = [all(contains(s, p) for p in pins) for s in sentences]
    sources = [
        credited(s, [question, own]) if ok else "" for s, ok in zip(sentences, says, strict=True)
    ]
    best = max(
        (i for i, source in enumerate(sources) if source), key=shares.__getitem__, default=-1
    )
    if best < 0 or shares[best] < 0.5:
        return "", -1
    if any(shares[i] >= shares[best] for i, source in enumerate(sources) if says[i] and not source):
        return "", -1
    return sources[best], best
