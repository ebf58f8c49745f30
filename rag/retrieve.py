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
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

import numpy as np

from rag.config import Config
from rag.embed import SentenceVectors
from rag.index import Index
from rag.types import Filters, Hit, Retrieval

log = logging.getLogger(__name__)

RRF_K = 60  # the constant of Cormack et al.; larger flattens rank differences


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
    def __init__(self, index: Index, config: Config, vectors: SentenceVectors | None = None) -> None:
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
        """Dense, or dense and BM25 fused by reciprocal rank (ordered, deduplicated)."""
        n = self.config.candidates
        dense = self.index.dense(vector, n, filters)
        if not self.config.hybrid:
            return dense
        lexical = self.index.lexical().search(question, n, filters)
        return self._fuse(dense, lexical, vector)

    def _fuse(self, dense: list[Hit], lexical: list[tuple[str, float]], vector: np.ndarray) -> list[Hit]:  # noqa: E501
        fused: dict[str, float] = {}
        for rank, hit in enumerate(dense):
            fused[hit.chunk.id] = fused.get(hit.chunk.id, 0.0) + 1.0 / (RRF_K + rank + 1)
        for rank, (chunk_id, _) in enumerate(lexical):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        by_id = {h.chunk.id: h for h in dense}
        missing = [cid for cid, _ in lexical if cid not in by_id]
        for chunk, chunk_vector in self.index.get_chunks_with_vectors(missing):
            cosine = float(chunk_vector @ vector)
            by_id[chunk.id] = Hit(chunk=chunk, score=0.0, relevance=cosine)
        order = sorted((cid for cid in fused if cid in by_id), key=lambda c: -fused[c])
        return [replace(by_id[cid], score=fused[cid]) for cid in order]


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
