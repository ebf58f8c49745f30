"""Retrieval: from a question to the numbered passages the answer may cite.

Dense candidates (cosine, through llama-index over Chroma) and BM25 candidates are
fused by reciprocal rank; an optional second stage reorders the fused list (the
packaged embedding model scoring each chunk by its best sentence, or any
sentence-transformers CrossEncoder a user has); then at most `max_per_article`
chunks per article are kept so that several outlets reach the prompt, and a passage
whose text nearly repeats a better one (a wire copy run by another outlet) is not kept
at all: the better one stands for it and lists that outlet in `Hit.also`. The refusal
gate compares the best cosine among the candidates with `min_relevance`: below it,
the corpus has nothing on the question and the LLM is not called.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from rag.config import Config
from rag.dates import full_dates
from rag.embed import SentenceVectors
from rag.index import Index
from rag.question import names_outlet
from rag.syndication import carries, jaccard, shingles
from rag.text import sentences
from rag.types import Chunk, Filters, Hit, Retrieval

log = logging.getLogger(__name__)

RRF_K = 60  # the constant of Cormack et al.; larger flattens rank differences
MAX_MENTIONED = 4  # outlet / date searches added for what a question names


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


@dataclass(frozen=True)
class Ranked:
    """One first-stage candidate list: chunk ids best first, and the `Hit`s the stage
    already built (the rest are fetched from the store once, after fusion)."""

    ids: tuple[str, ...]
    hits: Mapping[str, Hit] = field(default_factory=dict)


class FirstStage(Protocol):
    """A first-stage retriever: candidates for a question within `filters`. A new
    list (date-aware, a story filter, ...) plugs into `Retriever(stages=...)`; the
    fusion never changes."""

    name: str

    def search(
        self, question: str, vector: np.ndarray, n: int, filters: Filters | None
    ) -> Ranked: ...


class DenseStage:
    """Cosine neighbours of the question's embedding in Chroma."""

    name = "dense"

    def __init__(self, index: Index) -> None:
        self._index = index

    def search(self, question: str, vector: np.ndarray, n: int, filters: Filters | None) -> Ranked:
        hits = self._index.dense(vector, n, filters)
        return Ranked(tuple(h.chunk.id for h in hits), {h.chunk.id: h for h in hits})


class LexicalStage:
    """BM25 over the same chunks (names, numbers and dates, where embeddings are weak)."""

    name = "bm25"

    def __init__(self, index: Index) -> None:
        self._index = index

    def search(self, question: str, vector: np.ndarray, n: int, filters: Filters | None) -> Ranked:
        return Ranked(tuple(cid for cid, _ in self._index.lexical().search(question, n, filters)))


def default_stages(index: Index, config: Config) -> list[FirstStage]:
    stages: list[FirstStage] = [DenseStage(index)]
    if config.hybrid:
        stages.append(LexicalStage(index))
    return stages


class Retriever:
    def __init__(
        self,
        index: Index,
        config: Config,
        vectors: SentenceVectors | None = None,
        stages: Sequence[FirstStage] | None = None,
    ) -> None:
        self.index = index
        self.config = config
        self.vectors = vectors or SentenceVectors(index.embedder)
        self.reranker = make_reranker(config.rerank, self.vectors)
        self.stages = list(stages) if stages is not None else default_stages(index, config)

    def retrieve(
        self,
        question: str,
        k: int | None = None,
        filters: Filters | None = None,
        per_article: int | None = None,
        deepen: int = 0,
        vector: np.ndarray | None = None,
    ) -> Retrieval:
        """The `k` best passages, at most `per_article` (default: the config's) per article;
        `deepen`: each of their articles also in its next passages, until it has `deepen`
        (the sentence that answers may sit in a report's second passage; no new report,
        so no more model calls). `vector`: the question's embedding, when already made."""
        k = k or self.config.top_k
        vector = self.index.embedder.embed_query(question) if vector is None else vector
        hits = self.candidates(question, vector, filters)
        best = max((h.relevance for h in hits), default=0.0)
        if self.reranker is not None and hits:
            hits = _reorder(hits, self.reranker.scores(question, vector, hits))
        limit = self.config.max_per_article if per_article is None else per_article
        c = self.config
        kept = collapse(hits, k, limit, c.passage_duplicate, c.shingle_words, deepen)
        chosen = self._carried(kept, vector)
        relevant = best >= self.config.min_relevance
        return Retrieval(question, tuple(chosen), best, relevant, vector)

    def reading_for(
        self,
        retrieval: Retrieval,
        holds: Callable[[str, str], bool],
        adds: Callable[[str, str], bool] | None = None,
    ) -> Retrieval:
        """Each retrieved article none of whose passages read has a sentence that `holds`
        (given the sentence after it in its passage), also read in its first passage
        that has one (one that `adds`, when given: a passage the search did not choose
        may be asked for more): the count a question asks for may sit in a passage the
        search ranked low ("The 480-bed hospital …" under a lede that never says
        "beds"). No new article, so no new model call; the added passages come last, so
        the passage numbers already given stay."""
        hits = list(retrieval.hits)
        seen = {h.chunk.id for h in hits}

        def has(chunk: Chunk, test: Callable[[str, str], bool]) -> bool:
            said = sentences(chunk.text)
            return any(test(s, after) for s, after in zip(said, [*said[1:], ""], strict=True))

        for article_id in dict.fromkeys(h.chunk.article_id for h in retrieval.hits):
            own = (h.chunk for h in retrieval.hits if h.chunk.article_id == article_id)
            if any(has(chunk, holds) for chunk in own):
                continue
            for chunk, vector in self.index.chunks_of(article_id):
                if chunk.id not in seen and has(chunk, adds or holds):
                    relevance = float(vector @ retrieval.vector)
                    hits.append(Hit(chunk, relevance, relevance))
                    break
        return replace(retrieval, hits=tuple(hits))

    def story_reports(
        self, retrieval: Retrieval, n: int, filters: Filters | None = None
    ) -> Retrieval:
        """Up to `n` reports of the best passage's story that the search left out, each
        read in its best passage: outlets that give a value differently are what a value
        question must compare, and a report may lead with other words ("Super-sub Ada
        Kerrigan wrote her name into Kettleford folklore" for "who scored the winner").
        When that story has no report left out (a live blog may stand as a story of its
        own while the feature that gives the value differently is grouped with another
        report of the event), the stories of the other retrieved passages as relevant as
        the best (within `story_margin`) are read instead. The added passages come last,
        so the passage numbers already given stay; unchanged when stories are not
        marked."""
        if n <= 0 or not retrieval.hits or not retrieval.hits[0].chunk.story:
            return retrieval
        more = self._left_out(retrieval, retrieval.hits[0].chunk.story, n, filters)
        if not more:
            best = retrieval.hits[0].relevance
            close = [h for h in retrieval.hits if h.relevance >= best - self.config.story_margin]
            for story in dict.fromkeys(h.chunk.story for h in close if h.chunk.story):
                more += self._left_out(retrieval, story, n - len(more), filters)
                if len(more) >= n:
                    break
        return replace(retrieval, hits=(*retrieval.hits, *more))

    def _left_out(
        self, retrieval: Retrieval, story: str, n: int, filters: Filters | None
    ) -> list[Hit]:
        """Up to `n` reports of `story` that `retrieval` does not hold, each in its best
        passage."""
        have = {h.chunk.article_id for h in retrieval.hits}
        within = replace(filters or Filters(), story=story)
        found = self.retrieve(
            retrieval.question, len(have) + n, within, per_article=1, vector=retrieval.vector
        )
        return [h for h in found.hits if h.chunk.article_id not in have][:n]

    def _carried(self, kept: Sequence[tuple[Hit, list[Hit]]], vector: np.ndarray) -> list[Hit]:
        """Each kept hit, its `also` naming the outlets whose article carries the passage's
        sentence that answers the question best (a copy that trimmed it does not)."""
        ids = {c.chunk.article_id for _, copies in kept for c in copies}
        texts = self.index.article_texts(sorted(ids))
        words, share = self.config.shingle_words, self.config.passage_carried
        out = []
        for hit, copies in kept:
            if copies:
                sentences, matrix = self.vectors.of([hit.chunk])[0]
                best = sentences[int(np.argmax(matrix @ vector))]
                copies = [
                    c
                    for c in copies
                    if carries(texts.get(c.chunk.article_id, ""), best, words, share)
                ]
            out.append(also_carried(hit, copies))
        return out

    def candidates(self, question: str, vector: np.ndarray, filters: Filters | None) -> list[Hit]:
        """Every stage's list (and, with no user filter, each stage again within the
        outlets and dates the question names), fused by reciprocal rank. When the index
        holds wire copies, each list is twice as long and copies share their original's
        rank, so copies of one text do not crowd other passages out of the fusion."""
        copies = self.config.passage_duplicate > 0 and self.index.has_copies()
        n = self.config.candidates * (2 if copies else 1)
        searches: list[Filters | None] = [filters] if filters and not filters.empty else [None]
        if searches == [None] and self.config.mentions:
            searches += self.mentioned(question)
        lists = [
            stage.search(question, vector, n if i == 0 else max(n // 2, self.config.top_k), where)
            for stage in self.stages
            for i, where in enumerate(searches)
        ]
        if len(lists) == 1 and len(lists[0].hits) == len(lists[0].ids):
            return [lists[0].hits[cid] for cid in lists[0].ids]
        return self._fuse(lists, vector)

    def mentioned(self, question: str) -> list[Filters]:
        """Filters for the outlets and the dates a question names ("The Verge", "on
        November 6, 2023"): their own searches join the fusion, not replace it."""
        found = [Filters(outlet=o) for o in self.index.outlets() if names_outlet(question, o)]
        found += [Filters(since=d, until=d) for d in full_dates(question)]
        return found[:MAX_MENTIONED]

    def _fuse(self, lists: Sequence[Ranked], vector: np.ndarray) -> list[Hit]:
        by_id: dict[str, Hit] = {}
        for ranked in lists:
            by_id.update(ranked.hits)
        missing = list(dict.fromkeys(c for r in lists for c in r.ids if c not in by_id))
        for chunk, chunk_vector in self.index.get_chunks_with_vectors(missing):
            cosine = float(chunk_vector @ vector)
            by_id[chunk.id] = Hit(chunk=chunk, score=0.0, relevance=cosine)
        repeats = _Repeats(by_id, self.config.passage_duplicate, self.config.shingle_words)
        fused: dict[str, float] = {}
        for ranked in lists:
            for chunk_id, rank in repeats.ranks([c for c in ranked.ids if c in by_id]):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        order = sorted(fused, key=lambda c: -fused[c])
        return [replace(by_id[cid], score=fused[cid]) for cid in order]


class _Repeats:
    """Which candidates repeat another's text: same near-duplicate group (rag.syndication)
    and word shingles overlapping by `duplicate` (Jaccard) or more."""

    def __init__(self, hits: Mapping[str, Hit], duplicate: float, words: int) -> None:
        self._hits, self._duplicate, self._words = hits, duplicate, words
        self._grams: dict[str, set[str]] = {}

    def ranks(self, ids: Sequence[str]) -> list[tuple[str, int]]:
        """Each id with its rank in the list; a repeat shares the rank of what it repeats."""
        ranked: list[tuple[str, int]] = []
        kept: list[tuple[str, int]] = []
        for chunk_id in ids:
            twin = next((r for c, r in kept if self._repeat(chunk_id, c)), None)
            if twin is None:
                twin = len(kept)
                kept.append((chunk_id, twin))
            ranked.append((chunk_id, twin))
        return ranked

    def _repeat(self, a: str, b: str) -> bool:
        group = self._hits[a].chunk.group
        if self._duplicate <= 0 or not group or group != self._hits[b].chunk.group:
            return False
        return jaccard(self._shingles(a), self._shingles(b)) >= self._duplicate

    def _shingles(self, chunk_id: str) -> set[str]:
        if chunk_id not in self._grams:
            self._grams[chunk_id] = shingles(self._hits[chunk_id].chunk.text, self._words)
        return self._grams[chunk_id]


def _reorder(hits: list[Hit], scores: list[float]) -> list[Hit]:
    ranked = sorted(zip(scores, range(len(hits))), key=lambda pair: (-pair[0], pair[1]))
    return [replace(hits[i], score=score) for score, i in ranked]


def collapse(
    hits: Sequence[Hit],
    k: int,
    per_article: int,
    duplicate: float = 0.0,
    words: int = 3,
    deepen: int = 0,
) -> list[tuple[Hit, list[Hit]]]:
    """The first `k` hits, at most `per_article` from any one article (0: no limit),
    each with the hits that repeat its text (a wire copy another outlet ran): word
    shingles overlapping by a Jaccard of `duplicate` or more (0: nothing repeats). A
    repeat is never kept itself, and every hit is read so that every copy is found.
    `deepen`: after the first `k`, the later hits of the articles already kept, until
    each has `deepen` passages (a report's second passage; no new article); when the
    hits hold fewer than `k` reports (a date filter leaves two), their passages passed
    over are read again for it."""
    kept: list[tuple[Hit, list[Hit]]] = []
    grams: list[set[str]] = []
    counts: dict[str, int] = {}
    passed: list[Hit] = []  # a kept report's further passages met among the first k
    for hit in hits:
        own = shingles(hit.chunk.text, words) if duplicate > 0 else set()
        twin = next((i for i, g in enumerate(grams) if jaccard(own, g) >= duplicate), -1)
        if duplicate > 0 and twin >= 0:
            kept[twin][1].append(hit)
            continue
        seen = counts.get(hit.chunk.article_id, 0)
        first = len(kept) < k  # among the first k, else a kept report's next passage
        take = (not per_article or seen < per_article) if first else 0 < seen < deepen
        if not take:
            if first and seen:
                passed.append(hit)
            if duplicate > 0 or deepen or len(kept) < k:
                continue
            break
        counts[hit.chunk.article_id] = seen + 1
        kept.append((hit, []))
        grams.append(own)
    if len(kept) < k:  # too few reports to fill k: read each kept one `deepen` deep
        for hit in passed:
            if 0 < counts[hit.chunk.article_id] < deepen:
                counts[hit.chunk.article_id] += 1
                kept.append((hit, []))
    return kept


def diversify(
    hits: Sequence[Hit], k: int, per_article: int, duplicate: float = 0.0, words: int = 3
) -> list[Hit]:
    """`collapse`, each kept hit's `also` naming the outlets of all its repeats."""
    return [
        also_carried(hit, copies)
        for hit, copies in collapse(hits, k, per_article, duplicate, words)
    ]


def also_carried(kept: Hit, copies: Sequence[Hit]) -> Hit:
    """`kept`, also standing for the outlets of `copies` (and whatever they stood for)."""
    own = kept.chunk.outlet or kept.chunk.article_id
    more = [o for c in copies for o in (c.chunk.outlet or c.chunk.article_id, *c.also)]
    also = tuple(dict.fromkeys(o for o in (*kept.also, *more) if o != own))
    return replace(kept, also=also)
