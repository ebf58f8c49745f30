"""Text helpers shared by the stages: sentence spans, words, and normalisation.

`sentence_spans` splits prose into sentences with character offsets (abbreviations
such as "Oct.", "U.S." and "Mr." do not end a sentence). `normalize` folds case,
punctuation, number words, thousands separators and date forms so that "Oct. 19",
"October 19" and "19 October" compare equal. `content_words` drops stop words for
overlap scores.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from rag.dates import MONTH, month_day

ABBREVIATIONS = {  # a full stop after these ends no sentence
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sen",
    "rep",
    "gov",
    "gen",
    "col",
    "lt",
    "st",
    "no",
    "vs",
    "etc",
    "inc",
    "corp",
    "ltd",
    "co",
    "jr",
    "sr",
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "a.m",
    "p.m",
    "e.g",
    "i.e",
    "approx",
    "dept",
    "est",
    "fig",
    "vol",
}

_SENTENCE_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+|$)""")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    **ORDINALS,
}

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "not",
        "no",
        "so",
        "than",
        "then",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "shall",
        "about",
        "into",
        "over",
        "after",
        "before",
        "also",
        "just",
        "said",
        "says",
        "say",
        "told",
        "according",
        "more",
        "most",
        "some",
        "any",
        "all",
        "each",
        "other",
        "such",
        "only",
        "very",
        "up",
        "out",
        "new",
    ]
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`; paragraph breaks always end one."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for match in _SENTENCE_END.finditer(para.group()):
            end = para.start() + match.end()
            if _is_abbreviation(text, start, para.start() + match.start()):
                continue
            if _continues_lowercase(text, end):  # "a serious step... reminiscent of"
                continue
            if _inside_quote(text, start, end, para.end()):  # "Where is it? Where?" he said.
                continue
            if _speaker_follows(text, end):  # “Is it useful?” Hollande said, according to CNN
                continue
            _add_span(spans, text, start, end)
            start = end
        _add_span(spans, text, start, para.end())
    return spans


def _inside_quote(text: str, start: int, end: int, para_end: int) -> bool:
    """A full stop or question mark inside a quotation that closes later in the same
    paragraph does not end the sentence that carries the quotation."""
    piece, ahead = text[start:end], text[end:para_end]
    if piece.count('"') % 2 == 1 and '"' in ahead:
        return True
    return piece.count("“") > piece.count("”") and "”" in ahead


_SPEAKER = re.compile(  # who said the quotation that just closed: "Hollande said"
    r"\s*[A-Z][\w'’.-]*(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|asked|asks|added|wrote|writes|"
    r"insisted|replied)(?:\s*[,.;]|\s*$|\s+(?:on|in|at|to|according|during|after|before|"
    r"when|while|last|this|yesterday|today)\b)"
)


def _speaker_follows(text: str, end: int) -> bool:
    """A question or exclamation that closes a quotation at `end`, followed by who said
    it: one sentence ("“Is it useful?” Hollande said, according to CNN")."""
    return text[end - 2 : end] in {f"{p}{q}" for p in "?!" for q in '”"’'} and bool(
        _SPEAKER.match(text, end)
    )


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([A-Za-z.]+)$", text[start:dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    return token in ABBREVIATIONS or initials(token)


def initials(token: str) -> bool:
    """'j' of "J. Smith", 'a.j' of "A.J. Dillon" (lowercased): letters with stops, no word."""
    return bool(token) and all(len(part) == 1 for part in token.split("."))


def ends_with_abbreviation(text: str) -> bool:
    """Does `text` end with a stop that ends no sentence ("What did Dr.", "about A.J.")?"""
    text = text.rstrip()
    return text.endswith(".") and _is_abbreviation(text, 0, len(text) - 1)


def _continues_lowercase(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip(" ")
    return bool(rest) and rest[0].islower()


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def words(text: str) -> list[str]:
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 300,000 is one word
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1}


@cache
def stemmer() -> Any:
    """The one English Snowball stemmer (PyStemmer), shared with the BM25 index."""
    import Stemmer  # PyStemmer (Snowball), already needed by the BM25 index

    return Stemmer.Stemmer("english")


def _stem(word: str) -> str:
    """Snowball stem, so that 'urge'/'urged' and 'cancelled'/'cancels' meet."""
    stem = stemmer().stemWord(word.removesuffix("'s"))
    return "cancel" if stem.startswith("cancel") else stem


# Nouns that count people, however a report words them ("12 civilians", "23 other
# people", "9,750 fans"): one family to the checks that ask what a number counts.
PEOPLE = frozenset(
    content_words(
        "people persons person civilians residents victims passengers individuals adults "
        "children workers staff crew members men women patients spectators fans supporters "
        "visitors"
    )
)


TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"  # number words, for patterns
UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS_UNITS = re.compile(rf"\b({TENS})[-\s]({UNITS})\b")


def _tens_units(m: re.Match[str]) -> str:
    return str(_NUMBER_WORDS[m.group(1)] + _NUMBER_WORDS[m.group(2)])


def normalize(text: str) -> str:
    """Fold text for fact matching: see the module docstring."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 1,000 → 1000
    text = _TENS_UNITS.sub(_tens_units, text)  # "thirty-six" → 36
    text = re.sub(r"(?!(?<=\d)\.\d)[^\w\s]", " ", text)  # a decimal point stays: 3.2 is not 3
    tokens = [str(_NUMBER_WORDS[t]) if t in _NUMBER_WORDS else t for t in text.split()]
    return _dates_to_canonical(" ".join(tokens))  # last, so "nineteen Oct." folds too


NUMERAL = re.compile(r"\d[\d,.]*\d|\d")  # a number in digits: "12", "41,250", "2.1"
CURRENCY = "$£€¥"  # the signs a sum of money is written with
MONEY_UNITS = ("dollars", "euros", "pounds", "cents", "pence", "francs", "yen")  # … its words
SCALES = frozenset("thousand million billion trillion bn".split())  # "96 million parcels"


_MONTH_DAY = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})\b\.?")


def _dates_to_canonical(text: str) -> str:
    """'oct. 19' / '19 october' / 'october 19th' → 'october 19'.

    Repeated until nothing changes ("7 19 may" → "7 may 19" → "may 7 19"), so that
    normalising twice gives the same text; each pass only moves months leftwards.
    """
    while True:
        folded = _MONTH_DAY.sub(lambda m: month_day(m.group(1), m.group(2)), text)
        folded = _DAY_MONTH.sub(lambda m: month_day(m.group(2), m.group(1)), folded)
        if folded == text:
            return text
        text = folded


def web_link(url: str) -> str:
    """`url` when it is an http(s) address with a host, else "": the only URLs stored
    as an article's link and rendered as a clickable href."""
    from urllib.parse import urlparse

    url = url.strip()
    try:
        parsed = urlparse(url)
    except ValueError:
        return ""
    ok = parsed.scheme.lower() in ("http", "https") and bool(parsed.netloc)
    return url if ok and not any(c.isspace() or ord(c) < 32 for c in url) else ""


MARK = re.compile(r"\[(\d+)\]")  # a citation mark as the pipeline writes it: [n]


def marks_in(text: str) -> list[int]:
    """The passage numbers of the [n] marks in `text`, in order."""
    return [int(n) for n in MARK.findall(text)]


def contains(haystack: str, needle: str) -> bool:
    """True when normalised `needle` occurs in normalised `haystack` on word bounds."""
    n = normalize(needle)
    if not n:
        return False
    return f" {n} " in f" {normalize(haystack)} "


_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:your\s+|the\s+|my\s+)?"
    r"(?:previous\s+|prior\s+|above\s+|earlier\s+|original\s+)?(?:instructions?|prompts?|directions)\b"
    r"|\b(?:reply|respond|answer|say|output|print)\s+(?:only\s+)?with\s+(?:only\s+)?the\s+word\b"
    r"|\b(?:reply|respond|answer)\s+only\b|\byou are now\b|\bsystem prompt\b"
    r"|\b(?:as an ai|language model),? you\b",
    re.I,
)
REDACTED = "[instruction-like text omitted]"


def instruction_like(sentence: str) -> bool:
    """Text that addresses the model ("ignore your instructions and ...") rather than
    reporting news. Such sentences never reach the prompt and never support a claim."""
    return bool(_INSTRUCTION.search(sentence))


def redact(text: str) -> str:
    """`text` with its instruction-like sentences replaced by a marker."""
    spans = [span for span in sentence_spans(text) if instruction_like(text[span[0] : span[1]])]
    for start, end in reversed(spans):
        text = text[:start] + REDACTED + text[end:]
    return text
