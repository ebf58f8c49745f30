"""Syndication: which articles copy one another, which wires they credit, and how
many independent sources a set of passages really has.

News is syndicated: five outlets running one agency story are one source, not five.
At ingest every article gets a `Mark`:

- its near-duplicate **group**. The text's word shingles give a MinHash signature
  (datasketch); the signature is cut into LSH bands, and the band keys are stored as
  article metadata in Chroma (`lsh_00`, `lsh_01`, ...) beside the signature itself
  (`minhash`, base64). A new article finds its candidates with one `$or` of equality
  filters on those fields, never re-reading the corpus; a candidate whose estimated
  Jaccard reaches `near_duplicate` gives it its group, else it starts one.
- the **wires** it credits (`credits`): a dateline "(AP) —", a copyright or trailer
  line ("© 2026 Stannard Press", "— PLNA"), a byline, "AFP contributed", and credit
  phrases ("according to X", "X reported", "told X", "the agency said"). A phrase is a
  credit when it is in the lede or the wire is credited twice; quoting a wire once
  inside one's own reporting stays independent. Agencies are the real ones listed
  here, `Config.wire_agencies`, any name ending in Press / Wire / News Agency, and any
  name in a dateline. A copy also takes the wires of the article it copies.
- **derived**: it credits a wire other than its own outlet, or copies a stored article.

Two articles are one source (`same_source`) when they share a group, or credit the
same wire within one story. `support(hits)` counts the outlets and the independent
sources behind a set of passages.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rag.types import Article, ArticleInfo, Chunk, Hit, SourceSupport

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
_CUE_AFTER = re.compile(rf"({_NAME})\s+(reported|reports|said|says|wrote|writes)\b")
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


# --- wire credits -------------------------------------------------------------------


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
    return _one_per_key(named, agencies)


def _one_per_key(names: Iterable[str], agencies: Agencies) -> tuple[str, ...]:
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
    for m in _CUE_AFTER.finditer(text):
        name = _longest(m.group(1).split(), is_agency, from_start=False)
        if name:
            found.append((name, m.group(2).lower(), m.start()))
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


# --- near-duplicates: shingles, MinHash, LSH bands ------------------------------------


@dataclass(frozen=True)
class Lsh:
    """Shingle size, MinHash permutations and LSH banding (stored with each signature)."""

    words: int = 3
    perms: int = 128
    bands: int = 32

    @property
    def rows(self) -> int:
        return self.perms // self.bands

    @property
    def spec(self) -> str:
        return f"w{self.words}-p{self.perms}-b{self.bands}x{self.rows}"

    @property
    def fields(self) -> list[str]:
        return [f"lsh_{i:02d}" for i in range(self.bands)]


def shingles(text: str, words: int) -> set[str]:
    """Overlapping runs of `words` lower-cased words (the whole text when shorter)."""
    tokens = re.findall(r"\w+", text.lower())
    if len(tokens) <= words:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + words]) for i in range(len(tokens) - words + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def carries(article: str, passage: str, words: int, share: float) -> bool:
    """Does an article carry the whole passage: at least `share` of every passage
    sentence's shingles (so a spelling change passes, a dropped sentence does not)?"""
    from rag.text import sentences

    held = shingles(article, words)
    for sentence in sentences(passage) or [passage]:
        own = shingles(sentence, words)
        if own and len(own & held) < share * len(own):
            return False
    return bool(held)


@dataclass(frozen=True)
class Fingerprint:
    signature: np.ndarray  # MinHash values (uint32)
    keys: tuple[str, ...]  # one LSH band key per band

    def similarity(self, other: np.ndarray) -> float:
        """Estimated Jaccard of the two shingle sets."""
        if other.shape != self.signature.shape:
            return 0.0
        return float(np.mean(self.signature == other))

    def encoded(self) -> str:
        return base64.b64encode(self.signature.tobytes()).decode("ascii")


def decode_signature(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=np.uint32)


def fingerprint(text: str, lsh: Lsh) -> Fingerprint | None:
    """The MinHash signature and band keys of a text; None when it has no words."""
    from datasketch import MinHash

    grams = shingles(text, lsh.words)
    if not grams:
        return None
    minhash = MinHash(num_perm=lsh.perms, seed=1)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    signature = minhash.hashvalues.astype(np.uint32)
    keys = tuple(
        hashlib.blake2b(
            signature[i * lsh.rows : (i + 1) * lsh.rows].tobytes(), digest_size=8
        ).hexdigest()
        for i in range(lsh.bands)
    )
    return Fingerprint(signature, keys)


# --- marking articles at ingest -----------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """What syndication records about one article."""

    group: str  # near-duplicate group id
    wires: tuple[str, ...]  # credited wires (its own credits and those of what it copies)
    derived: bool  # a copy or a rewrite, not independent reporting
    copy_of: str = ""  # the stored article it is a near-copy of ("" when none)
    fingerprint: Fingerprint | None = None


@dataclass(frozen=True)
class _Known:
    """A stored (or earlier in the batch) article that a new one may copy."""

    id: str
    group: str
    wires: tuple[str, ...]
    signature: np.ndarray
    keys: frozenset[str]


class Syndicator:
    """Marks new articles against the stored ones (Chroma) and each other."""

    def __init__(self, lsh: Lsh, near_duplicate: float, agencies: Agencies) -> None:
        self.lsh = lsh
        self.near_duplicate = near_duplicate
        self.agencies = agencies

    def mark(self, articles: Sequence[Article], collection: Any) -> list[Mark]:
        """One `Mark` per article, in order; one Chroma lookup for the whole batch."""
        prints = [fingerprint(a.text, self.lsh) for a in articles]
        known = self.lookup(collection, [p for p in prints if p is not None])
        marks = []
        for article, found in zip(articles, prints):
            mark = self._mark_one(article, found, known)
            marks.append(mark)
            if found is not None:
                known.append(_Known(article.id, mark.group, mark.wires, found.signature,
                                    frozenset(found.keys)))  # fmt: skip
        return marks

    def lookup(self, collection: Any, prints: Sequence[Fingerprint]) -> list[_Known]:
        """Stored articles sharing a band key with any of `prints` (same LSH spec)."""
        if not prints:
            return []
        clauses = [
            {field: {"$in": sorted({p.keys[i] for p in prints})}}
            for i, field in enumerate(self.lsh.fields)
        ]
        where = clauses[0] if len(clauses) == 1 else {"$or": clauses}
        got = collection.get(where=where, include=["metadatas"])
        return [
            _known(article_id, meta, self.lsh)
            for article_id, meta in zip(got["ids"], got["metadatas"])
            if meta.get("lsh_spec") == self.lsh.spec and meta.get("minhash")
        ]

    def _mark_one(self, article: Article, found: Fingerprint | None, known: list[_Known]) -> Mark:
        own = credits(article, self.agencies)
        best, score = None, 0.0
        for other in known if found is not None else []:
            if other.id != article.id and other.keys & set(found.keys):  # type: ignore[union-attr]
                similarity = found.similarity(other.signature)  # type: ignore[union-attr]
                if similarity > score:
                    best, score = other, similarity
        if best is None or score < self.near_duplicate:
            return Mark(new_id("g", article), own, self._credits_other(article, own), "", found)
        wires = _one_per_key([*own, *best.wires], self.agencies)
        agency = bool(own) or self.agencies.looks_like(article.outlet)
        original = agency and not self._credits_other(article, own)  # the agency's own copy
        return Mark(best.group, wires, not original, best.id, found)

    def _credits_other(self, article: Article, wires: Sequence[str]) -> bool:
        own = self.agencies.key(article.outlet) if article.outlet else ""
        return any(self.agencies.key(w) != own for w in wires)


def _known(article_id: str, meta: dict[str, Any], lsh: Lsh) -> _Known:
    keys = frozenset(str(meta.get(f, "")) for f in lsh.fields)
    wires = tuple(filter(None, str(meta.get("wires", "")).split("|")))
    return _Known(article_id, str(meta.get("group") or article_id), wires,
                  decode_signature(str(meta["minhash"])), keys)  # fmt: skip


def new_id(prefix: str, article: Article) -> str:
    """A stable id for a group or story an article starts."""
    digest = hashlib.sha1(f"{article.id}\x1f{article.content_hash}".encode()).hexdigest()
    return f"{prefix}{digest[:8]}"


# --- sources: which passages or articles are one source ------------------------------


@dataclass(frozen=True)
class Source:
    """What decides whether two articles are one source."""

    article: str
    outlet: str
    group: str
    story: str
    wires: frozenset[str]  # wire keys, the outlet's own key included when it is an agency


def source_of(item: Chunk | ArticleInfo, agencies: Agencies) -> Source:
    article = item.article_id if isinstance(item, Chunk) else item.id
    wires = {agencies.key(w) for w in item.wires}
    if item.outlet and agencies.looks_like(item.outlet):
        wires.add(agencies.key(item.outlet))
    return Source(article, item.outlet, item.group, item.story, frozenset(wires))


def same_source(a: Source, b: Source) -> bool:
    """One article, one near-duplicate group, or the same wire within one story."""
    if a.article == b.article or (a.group and a.group == b.group):
        return True
    return bool(a.story and a.story == b.story and a.wires & b.wires)


def components(sources: Sequence[Source]) -> list[list[int]]:
    """The sources partitioned into independent ones (indices, in first-seen order)."""
    parent = list(range(len(sources)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(sources)):
        for j in range(i):
            if same_source(sources[i], sources[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(sources)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def support(hits: Sequence[Hit], agencies: Agencies | None = None) -> SourceSupport:
    """How many distinct outlets and independent sources back these passages. The
    outlets a passage stands for (`Hit.also`) count as outlets of the same source."""
    agencies = agencies or Agencies()
    sources = [source_of(h.chunk, agencies) for h in hits]
    names: list[str] = []
    for hit in hits:
        for outlet in (_outlet(hit.chunk), *hit.also):
            if outlet not in names:
                names.append(outlet)
    parts = components(sources)
    behind = tuple(
        tuple(dict.fromkeys(o for i in part for o in (_outlet(hits[i].chunk), *hits[i].also)))
        for part in parts
    )
    return SourceSupport(len(names), len(parts), tuple(names), behind)


def _outlet(chunk: Chunk) -> str:
    return chunk.outlet or chunk.title or chunk.article_id
