"""Syndication: which articles copy one another, which wires they credit, and how
many independent sources a set of passages really has.

News is syndicated: five outlets running one agency story are one source, not five.
At ingest every article gets a `Mark`:

- its near-duplicate **group**. The text's word shingles give a MinHash signature
  (datasketch; the low 16 bits of each value), cut into LSH bands. Each article's
  fingerprint is a record in a Chroma collection of its own: the signature as the
  embedding, the band keys as metadata fields (`lsh_00`, `lsh_01`, ...). A new batch
  finds its candidates with one `$or` of `$in` filters on those fields, reading only
  ids and embeddings, never the corpus; the candidate whose signature agrees most, if
  its estimated Jaccard reaches `near_duplicate`, gives the article its group (read
  from the candidate's article record), else the article starts one.
- the **wires** it credits (`rag.wires.credits`: datelines, copyright and trailer
  lines, bylines, credit phrases in the lede or repeated; quoting a wire once inside
  one's own reporting stays independent). A copy also takes the wires of the article
  it copies.
- **derived**: it credits a wire other than its own outlet, or copies a stored article.

Two articles are one source (`same_source`) when they share a group, or credit the
same wire within one story. `support(hits)` counts the outlets and the independent
sources behind a set of passages.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rag.types import Article, ArticleInfo, Chunk, Hit, SourceSupport
from rag.wires import Agencies, credits, one_per_key

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
    signature: np.ndarray  # MinHash values, their low 16 bits (b-bit MinHash, b = 16)
    keys: tuple[str, ...]  # one LSH band key per band

    @property
    def vector(self) -> list[float]:
        """The signature as Chroma stores it: an embedding (16-bit values are exact floats)."""
        return self.signature.astype(np.float32).tolist()


def fingerprint(text: str, lsh: Lsh) -> Fingerprint | None:
    """The MinHash signature and band keys of a text; None when it has no words."""
    from datasketch import MinHash

    grams = shingles(text, lsh.words)
    if not grams:
        return None
    minhash = MinHash(num_perm=lsh.perms, seed=1, hashfunc=zlib.crc32)  # C speed, stable
    minhash.update_batch([g.encode("utf-8") for g in grams])
    signature = (minhash.hashvalues & 0xFFFF).astype(np.uint16)
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
    signature: np.ndarray
    group: str = ""
    wires: tuple[str, ...] = ()


class Syndicator:
    """Marks new articles against the stored ones and each other.

    The stored fingerprints live in their own Chroma collection (`fingerprints`: the
    signature as the embedding, one metadata field per band key), so finding candidates
    reads only ids and embeddings; the group and wires of a match come from its article
    record (`records`)."""

    def __init__(self, lsh: Lsh, near_duplicate: float, agencies: Agencies) -> None:
        self.lsh = lsh
        self.near_duplicate = near_duplicate
        self.agencies = agencies

    def mark(self, articles: Sequence[Article], fingerprints: Any, records: Any) -> list[Mark]:
        """One `Mark` per article, in order; two Chroma reads for the whole batch."""
        prints = [fingerprint(a.text, self.lsh) for a in articles]
        stored = self.lookup(fingerprints, [p for p in prints if p is not None])
        best = [_closest(a.id, p, stored) if p else (None, 0.0) for a, p in zip(articles, prints)]
        wanted = {k.id for k, score in best if k is not None and score >= self.near_duplicate}
        described = _described(records, sorted(wanted))
        batch: list[_Known] = []
        marks = []
        for article, found, (match, score) in zip(articles, prints, best):
            match = described.get(match.id) if match is not None else None
            peer, near = _closest(article.id, found, batch) if found else (None, 0.0)
            if peer is not None and (match is None or near > score):
                match, score = peer, near
            mark = self._mark_one(article, found, match if score >= self.near_duplicate else None)
            marks.append(mark)
            if found is not None:
                batch.append(_Known(article.id, found.signature, mark.group, mark.wires))
        return marks

    def lookup(self, fingerprints: Any, prints: Sequence[Fingerprint]) -> list[_Known]:
        """Stored fingerprints sharing a band key with any of `prints`."""
        if not prints:
            return []
        clauses = [
            {field: {"$in": sorted({p.keys[i] for p in prints})}}
            for i, field in enumerate(self.lsh.fields)
        ]
        where = clauses[0] if len(clauses) == 1 else {"$or": clauses}
        got = fingerprints.get(where=where, include=["embeddings"])
        return [
            _Known(i, np.rint(np.asarray(e, dtype=np.float64)).astype(np.uint16))  # ±1e-2 back
            for i, e in zip(got["ids"], got["embeddings"])
        ]

    def _mark_one(self, article: Article, found: Fingerprint | None, match: _Known | None) -> Mark:
        own = credits(article, self.agencies)
        if match is None:
            return Mark(new_id("g", article), own, self._credits_other(article, own), "", found)
        wires = one_per_key([*own, *match.wires], self.agencies)
        agency = bool(own) or self.agencies.looks_like(article.outlet)
        original = agency and not self._credits_other(article, own)  # the agency's own copy
        return Mark(match.group, wires, not original, match.id, found)

    def _credits_other(self, article: Article, wires: Sequence[str]) -> bool:
        own = self.agencies.key(article.outlet) if article.outlet else ""
        return any(self.agencies.key(w) != own for w in wires)


def _closest(
    article_id: str, found: Fingerprint, known: Sequence[_Known]
) -> tuple[_Known | None, float]:
    """The known article whose signature agrees most with `found`, and the share."""
    candidates = [
        k for k in known if k.id != article_id and k.signature.shape == found.signature.shape
    ]
    if not candidates:
        return None, 0.0
    agree = (np.stack([c.signature for c in candidates]) == found.signature).mean(axis=1)
    best = int(np.argmax(agree))
    return candidates[best], float(agree[best])


def _described(records: Any, ids: list[str]) -> dict[str, _Known]:
    """Group and wires of these stored articles (an id without a record is left out)."""
    if not ids:
        return {}
    got = records.get(ids=ids, include=["metadatas"])
    return {
        i: _Known(i, np.zeros(0, np.uint16), str(m.get("group") or i),
                  tuple(filter(None, str(m.get("wires", "")).split("|"))))
        for i, m in zip(got["ids"], got["metadatas"])
    }  # fmt: skip


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
