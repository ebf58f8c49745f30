"""Retrieval: from a question to the numbered passages the answer may cite.

Dense candidates (cosine, through llama-index over Chroma) and BM25 candidates are
fused by reciprocal rank; an optional second stage reorders the fused list (the
packaged embedding model scoring each chunk by its best sentence, or any
sentence-transformers CrossEncoder a user has); then at most `max_per_article`
chunks per article are kept so that several outlets reach the prompt. The refusal
gate compares the best cosine among the candidates with `min_relevance`: below it,
the corpus has nothing on the question and the LLM is not called.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

import numpy as np

from rag.config import Config
from rag.embed import SentenceVectors
from rag.index import Index
from rag.text import MONTHS
from rag.types import Filters, Hit, Retrieval

log = logging.getLogger(__name__)

RRF_K = 60  # the constant of Cormack et al.; larger flattens rank differences
MAX_MENTIONED = 4  # outlet / date searches added for what a question names
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))


class Reranker(Protocol):
    name: str

    def scores(self, question: str, query_vector: np.ndarray, hits: Sequence[Hit]) -> list[float]:
        """One score per hit, higher is better."""
        ...


class SentenceReranker:
    """A chunk scores by its best sentence's cosine to the question (packaged model)."""

    name = "sentence"

    def __init__(self, vectors: SentenceVectors) -> None:
        self._vectors = vectors

    def scores(self, question: str, query_vector: np.ndarray, hits: Sequence[Hit]) -> list[float]:
        found = self._vectors.of([h.chunk for h in hits])
        return [float(np.max(matrix @ query_vector)) for _, matrix in found]


class CrossEncoderReranker:
    """Any sentence-transformers CrossEncoder given by path (none is packaged here)."""

    def __init__(self, path: str) -> None:
        from sentence_transformers import CrossEncoder

        self.name = f"cross-encoder:{path}"
        self._model = CrossEncoder(path, device="cpu", local_files_only=True)

    def scores(self, question: str, query_vector: np.ndarray, hits: Sequence[Hit]) -> list[float]:
        pairs = [(question, h.chunk.text) for h in hits]
        return [float(s) for s in self._model.predict(pairs, show_progress_bar=False)]


def make_reranker(spec: str, vectors: SentenceVectors) -> Reranker | None:
    if spec in ("", "none"):
        return None
    if spec == "sentence":
        return SentenceReranker(vectors)
    return CrossEncoderReranker(spec)


class Retriever:
    def __init__(
        self, index: Index, config: Config, vectors: SentenceVectors | None = None
    ) -> None:
        self.index = index
        self.config = config
        self.vectors = vectors or SentenceVectors(index.embedder)
        self.reranker = make_reranker(config.rerank, self.vectors)

    def retrieve(
        self, question: str, k: int | None = None, filters: Filters | None = None
    ) -> Retrieval:
        k = k or self.config.top_k
        vector = self.index.embedder.embed_query(question)
        hits = self.candidates(question, vector, filters)
        best = max((h.relevance for h in hits), default=0.0)
        if self.reranker is not None and hits:
            hits = _reorder(hits, self.reranker.scores(question, vector, hits))
        chosen = diversify(hits, k, self.config.max_per_article)
        relevant = best >= self.config.min_relevance
        return Retrieval(question, tuple(chosen), best, relevant, vector)

    def candidates(self, question: str, vector: np.ndarray, filters: Filters | None) -> list[Hit]:
        """Dense and BM25 lists (plus lists restricted to the outlets and dates the
        question names), fused by reciprocal rank; dense alone when hybrid is off."""
        n = self.config.candidates
        searches: list[Filters | None] = [filters] if filters and not filters.empty else [None]
        if searches == [None] and self.config.mentions:
            searches += self.mentioned(question)
        dense: list[list[Hit]] = []
        lexical: list[list[tuple[str, float]]] = []
        for i, where in enumerate(searches):
            size = n if i == 0 else max(n // 2, self.config.top_k)
            dense.append(self.index.dense(vector, size, where))
            if self.config.hybrid:
                lexical.append(self.index.lexical().search(question, size, where))
        if len(dense) == 1 and not lexical:
            return dense[0]
        return self._fuse(dense, lexical, vector)

    def mentioned(self, question: str) -> list[Filters]:
        """Filters for the outlets and the dates a question names ("The Verge", "on
        November 6, 2023"): their own searches join the fusion, not replace it."""
        found = [Filters(outlet=o) for o in self.index.outlets() if _names(question, o)]
        found += [Filters(since=d, until=d) for d in dates_in(question)]
        return found[:MAX_MENTIONED]

    def _fuse(
        self, dense: list[list[Hit]], lexical: list[list[tuple[str, float]]], vector: np.ndarray
    ) -> list[Hit]:
        fused: dict[str, float] = {}
        for ranking in [[h.chunk.id for h in hits] for hits in dense] + [
            [cid for cid, _ in hits] for hits in lexical
        ]:
            for rank, chunk_id in enumerate(ranking):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        by_id = {h.chunk.id: h for hits in dense for h in hits}
        missing = [cid for cid in fused if cid not in by_id]
        for chunk, chunk_vector in self.index.get_chunks_with_vectors(missing):
            cosine = float(chunk_vector @ vector)
            by_id[chunk.id] = Hit(chunk=chunk, score=0.0, relevance=cosine)
        order = sorted((cid for cid in fused if cid in by_id), key=lambda c: -fused[c])
        return [replace(by_id[cid], score=fused[cid]) for cid in order]


def _names(question: str, outlet: str) -> bool:
    """Does the question name this outlet (with or without a leading "The")?"""
    bare = re.sub(r"^the\s+", "", outlet.strip(), flags=re.I)
    if len(bare) < 3:
        return False
    return re.search(rf"(?<![\w]){re.escape(bare)}(?![\w])", question, re.I) is not None


_FULL_DATE = re.compile(
    rf"\b(?:({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}}))\b",
    re.I,
)


def dates_in(question: str) -> list[str]:
    """ISO dates written in full in the question ("November 6, 2023", "2023-11-06")."""
    found = []
    for m in _FULL_DATE.finditer(question):
        if m.group(1):
            month, day, year = MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3))
        else:
            year, month, day = int(m.group(4)), int(m.group(5)), int(m.group(6))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(f"{year:04d}-{month:02d}-{day:02d}")
    return list(dict.fromkeys(found))


def _reorder(hits: list[Hit], scores: list[float]) -> list[Hit]:
    ranked = sorted(zip(scores, range(len(hits))), key=lambda pair: (-pair[0], pair[1]))
    return [replace(hits[i], score=score) for score, i in ranked]


def diversify(hits: Sequence[Hit], k: int, per_article: int) -> list[Hit]:
    """The first `k` hits, at most `per_article` from any one article (0: no limit)."""
    chosen: list[Hit] = []
    counts: dict[str, int] = {}
    for hit in hits:
        seen = counts.get(hit.chunk.article_id, 0)
        if per_article and seen >= per_article:
            continue
        counts[hit.chunk.article_id] = seen + 1
        chosen.append(hit)
        if len(chosen) == k:
            break
    return chosen
