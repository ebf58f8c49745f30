"""Wire credits: which news agencies an article credits, and which names are agencies.

`credits(article, agencies)` finds datelines ("WASHINGTON (AP) —"), copyright and
trailer lines ("© 2026 Stannard Press", "— PLNA", also the lines the cleaner moved
to `Article.attribution`), bylines naming an agency, "AFP contributed to this
report", and credit phrases ("according to X", "X reported", "told X", "in an
interview with X", "the agency said" after an agency was named). A phrase is a
credit when it is in the lede or the agency is credited twice: quoting a wire once
inside one's own reporting stays independent. `Agencies` knows the real agencies
listed here, any extra names (`Config.wire_agencies`), and names an agency would
have ("... Press", "... Wire", "... News Agency"); it gives one key per agency (its
initials: "SP" for "Stannard Press" and for "(SP)"). Used by rag.syndication.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rag.types import Article

# Real wire agencies: canonical name → other spellings. Corpus-specific agencies come
# from Config.wire_agencies or the generic name and dateline patterns.
AGENCIES: dict[str, tuple[str, ...]] = {
    "Associated Press": ("AP", "The Associated Press"),
    "Reuters": ("Thomson Reuters",),
    "Agence France-Presse": ("AFP", "Agence France Presse"),
    "TASS": ("Itar-Tass", "ITAR-TASS", "Tass"),
    "Deutsche Presse-Agentur": ("DPA", "dpa"),
    "Xinhua": ("Xinhua News Agency",),
    "United Press International": ("UPI",),
    "EFE": ("Agencia EFE",),
    "ANSA": (),
    "Kyodo News": ("Kyodo",),
    "Press Trust of India": ("PTI",),
    "Yonhap": ("Yonhap News Agency",),
    "Interfax": (),
    "Australian Associated Press": ("AAP",),
}
_AGENCY_NAME = re.compile(
    r"(?:^|\s)(?:Press|Wire|Newswire|News Agency|Press Agency|Presse|Presse-Agentur|"
    r"News Service|Wire Service)$"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NAME = r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,5}"
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]*[A-Z.](?:,[^()\n]{1,60}?)?\s*\(([^()\n]{2,40})\)\s*[—–-]{1,2}\s"
)
_COPYRIGHT = re.compile(
    rf"(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)\s*(?:\d{{4}}\s+)?({_NAME})"
)
_TRAILER = re.compile(rf"^[—–-]?\s*\(?({_NAME})\)?\.?$")
_CONTRIBUTED = re.compile(rf"({_NAME}(?:\s*(?:,|and)\s*{_NAME})*)\s+contributed\b")
_CUE_BEFORE = re.compile(
    rf"\b(according to|told|in an interview with|speaking to|spoke to|reporting by|"
    rf"information from|quoted by|cited by)\s+(?:the\s+)?({_NAME})"
)
_CUE_AFTER = re.compile(r"\b(reported|reports|said|says|wrote|writes)\b")
_NAME_BEFORE = re.compile(rf"({_NAME})\s+(?:news\s+agency\s+)?$")
_BACK_REFERENCE = re.compile(r"\b(?:the|that)\s+(?:news\s+|wire\s+)?agency\b|\bthe wire service\b")
_LEDE_CUES = {"according to", "reported", "reports", "said", "says"}


class Agencies:
    """Which names are wire agencies, and one key per agency ("AP" = "Associated Press")."""

    def __init__(self, extra: Iterable[str] = ()) -> None:
        self._canonical: dict[str, str] = {}
        for name, aliases in AGENCIES.items():
            for alias in (name, *aliases):
                self._canonical[alias.lower()] = name
        for name in (n.strip() for n in extra):
            if name:
                self._canonical[name.lower()] = name

    @classmethod
    def from_setting(cls, setting: str) -> Agencies:
        """From `Config.wire_agencies` ("Name, Other Name")."""
        return cls(setting.split(","))

    def known(self, name: str) -> bool:
        return _bare(name).lower() in self._canonical

    def looks_like(self, name: str) -> bool:
        """A listed agency, or a name an agency would have ("Eastreach Wire")."""
        return self.known(name) or bool(_AGENCY_NAME.search(_bare(name)))

    def key(self, name: str) -> str:
        """One key per agency: the initials of its canonical name ("SP" for "Stannard
        Press" and for "SP"), or the single word upper-cased ("REUTERS")."""
        canonical = self._canonical.get(_bare(name).lower(), _bare(name))
        words = [w for w in re.split(r"[\s-]+", canonical) if w[:1].isupper()]
        if len(words) > 1:
            return "".join(w[0] for w in words)
        return canonical.upper()


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().strip(".,;:"), flags=re.I)


# --- credits ------------------------------------------------------------------------


def credits(article: Article, agencies: Agencies) -> tuple[str, ...]:
    """The wires an article credits, one name per agency (the longest spelling seen)."""
    strong = _strong_credits(article, agencies)
    keys = {agencies.key(n) for n in strong}
    mentions = _mentions(article.text, agencies, keys)
    counted: dict[str, int] = {}
    for name, _, _ in mentions:
        counted[agencies.key(name)] = counted.get(agencies.key(name), 0) + 1
    lede_end = _lede_end(article.text)
    named = list(strong)
    for name, cue, at in mentions:
        key = agencies.key(name)
        if counted[key] >= 2 or (at < lede_end and cue in _LEDE_CUES):
            named.append(name)
    return one_per_key(named, agencies)


def one_per_key(names: Iterable[str], agencies: Agencies) -> tuple[str, ...]:
    """One name per agency key, the longest spelling ("Stannard Press" over "SP")."""
    chosen: dict[str, str] = {}
    for name in (_bare(n) for n in names):
        key = agencies.key(name)
        if len(name) > len(chosen.get(key, "")):
            chosen[key] = name
    return tuple(chosen.values())


def _strong_credits(article: Article, agencies: Agencies) -> list[str]:
    """Datelines, copyright and trailer lines, bylines and "X contributed"."""
    dateline = _DATELINE.match(article.text)
    found = [dateline.group(1)] if dateline and len(dateline.group(1).split()) <= 5 else []
    own = agencies.key(article.outlet) if article.outlet else ""
    last = [p.strip() for p in article.text.split("\n") if p.strip()][-2:]
    for line in (*article.attribution, *last):
        found += _line_credits(line, own, agencies)
    found += [n for n in _parts(article.author) if agencies.looks_like(n)]  # the byline
    for line in (article.text, *article.attribution):
        for m in _CONTRIBUTED.finditer(line):
            found += [n for n in _parts(m.group(1)) if agencies.looks_like(n)]
    return found


def _line_credits(line: str, own: str, agencies: Agencies) -> list[str]:
    """A copyright line naming someone else (or an agency), or a trailer ("— PLNA")."""
    found = []
    for m in _COPYRIGHT.finditer(line):
        name = _trim_copyright(m.group(1))
        if name and (agencies.looks_like(name) or agencies.key(name) != own):
            found.append(name)
    trailer = _TRAILER.match(line)
    if trailer and _agency_or_acronym(trailer.group(1), agencies):
        found.append(trailer.group(1))
    return found


def _parts(names: str) -> list[str]:
    """ "Elowen Reule, Stannard Press" → its names."""
    return [n for n in re.split(r"\s*[,/;]\s*|\s+and\s+|\s+for\s+", names) if n]


def _trim_copyright(name: str) -> str:
    """ "Stannard Press. All" (a line "© Stannard Press. All rights reserved.") → the name."""
    return _bare(re.split(r"\.\s", name.strip())[0])


def _agency_or_acronym(name: str, agencies: Agencies) -> bool:
    return agencies.looks_like(name) or bool(_ACRONYM.fullmatch(_bare(name)))


def _mentions(text: str, agencies: Agencies, keys: set[str]) -> list[tuple[str, str, int]]:
    """(agency, cue, offset) for every credit phrase, and "the agency" after one."""

    def is_agency(name: str) -> bool:
        return agencies.looks_like(name) or agencies.key(name) in keys

    found: list[tuple[str, str, int]] = []
    for m in _CUE_BEFORE.finditer(text):
        name = _longest(m.group(2).split(), is_agency, from_start=True)
        if name:
            found.append((name, m.group(1).lower(), m.start()))
    for m in _CUE_AFTER.finditer(text):  # a verb first, then the name before it: cheaper
        named = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if named and (name := _longest(named.group(1).split(), is_agency, from_start=False)):
            found.append((name, m.group(1).lower(), named.start()))
    found.sort(key=lambda item: item[2])
    for m in _BACK_REFERENCE.finditer(text):
        before = [f for f in found if f[2] < m.start() and f[1] != "agency"]
        if before:
            found.append((before[-1][0], "agency", m.start()))
    return sorted(found, key=lambda item: item[2])


def _longest(words: list[str], accept: Callable[[str], bool], from_start: bool) -> str:
    """The longest run of `words` (from the start, or from the end) that `accept`s."""
    for size in range(len(words), 0, -1):
        name = _bare(" ".join(words[:size] if from_start else words[-size:]))
        if name and accept(name):
            return name
    return ""


def _lede_end(text: str) -> int:
    end = text.find("\n\n")
    return end if end >= 0 else min(len(text), 400)
