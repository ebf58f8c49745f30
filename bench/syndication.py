"""Syndication and stories: what marking costs at ingest, and for one new article.

- Ingest: the same 2,000 generated articles (a fifth of them wire copies of another
  article with light edits, so groups form) ingested into a fresh embedded index with
  `Config.syndication` off and on, alternating which goes first. Both sides embed with
  the real model (the whole cost a user waits for); a second pair of rows gives both
  sides the vectors (`Prepared`), so only chunking, storing and marking are timed.
  Target: on ≤ 1.15× off.
- One new article at 10,000: a store of 10,000 generated articles (same mix) is built
  with every chunk of an article given the article's own embedding (its first 256
  word pieces, embedded for real), so article similarities are real while the build stays
  affordable; then new articles (copies of stored ones, and fresh stories) are marked
  one at a time. `Index.mark` (group, wires, story: the assignment) is timed apart from
  `Index.upsert` of one article (chunking, embedding with the real model, marking,
  storing). Target: assignment ≤ 200 ms.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from bench import corpus
from bench.common import Measure, Prepared, Section, Stopwatch, alternate, log
from rag.config import Config
from rag.types import Article

COPY_SHARE = 0.2  # of the generated articles, wire copies of another one
SIZES = {
    "full": {"ingest": 2000, "repeats": 2, "given_repeats": 3, "store": 10_000, "new": 20},
    "quick": {"ingest": 60, "repeats": 1, "given_repeats": 1, "store": 300, "new": 5},
}
OFF, ON = "ingest, marking off", "ingest, marking on"
OFF_GIVEN, ON_GIVEN = "ingest, marking off, vectors given", "ingest, marking on, vectors given"
MARK, ADD = "assign one new article (Index.mark)", "add one new article (Index.upsert)"


def run(quick: bool) -> Section:
    sizes = SIZES["quick" if quick else "full"]
    section = Section("syndication", "Syndication and stories: ingest cost and one new article")
    config = Config.from_env()
    from rag.embed import Embedder

    embedder = Embedder(config.embed_model, config.embed_batch_size, config.embed_threads)
    _ingest(section, config, embedder, sizes["ingest"], sizes["repeats"], sizes["given_repeats"])
    _one_new(section, config, embedder, sizes["store"], sizes["new"])
    section.notes += _notes(sizes)
    _verdicts(section, sizes)
    return section


# --- a corpus with copies ---------------------------------------------------------------


def syndicated(count: int, seed: int) -> list[Article]:
    """`count` generated articles, a fifth of them copies of another with light edits."""
    rng = random.Random(seed)
    copies = int(count * COPY_SHARE)
    originals = corpus.articles(count - copies, seed=seed)
    made = [_copy(rng.choice(originals), rng, f"copy{seed}_{i:06d}") for i in range(copies)]
    mixed = originals + made
    rng.shuffle(mixed)
    return mixed


def _copy(source: Article, rng: random.Random, article_id: str) -> Article:
    """Another outlet's copy: new headline, one paragraph dropped, a spelling changed."""
    paragraphs = source.text.split("\n\n")
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    text = "\n\n".join(paragraphs).replace("percent", "per cent")
    outlet = rng.choice([o for o in corpus.OUTLETS if o != source.outlet])
    return replace(
        source,
        id=article_id,
        title=f"{source.title.split(',')[0]}: what we know",
        text=text,
        outlet=outlet,
        url=f"https://copy.example/{article_id}",
        author="",
    )


# --- ingest with and without marking ------------------------------------------------------


def _ingest(
    section: Section, config: Config, embedder: Any, n: int, repeats: int, given: int
) -> None:
    from rag.index import chunk_article

    group = f"{n} articles"
    articles = syndicated(n, seed=n)
    texts = [
        c.text for a in articles for c in chunk_article(a, config.chunk_size, config.chunk_overlap)
    ]
    log(f"syndication: {group}, {len(texts)} chunks; embedding once for the vectors-given rows")
    prepared = Prepared(embedder, texts, embedder.embed_documents(texts))
    times: dict[str, list[float]] = {}
    plan = [(i, side) for i in range(repeats) for side in alternate(i, OFF, ON)]
    plan += [(i, side) for i in range(given) for side in alternate(i, OFF_GIVEN, ON_GIVEN)]
    for i, side in plan:
        model = prepared if "given" in side else embedder
        took = _timed_ingest(replace(config, syndication=side.startswith(ON)), model, articles)
        times.setdefault(side, []).append(took)
        log(f"  repeat {i + 1} {side}: {took:.1f} s")
    for label, baseline in ((OFF, None), (ON, OFF), (OFF_GIVEN, None), (ON_GIVEN, OFF_GIVEN)):
        where = group if "given" not in label else f"{group}, vectors given"
        section.add(Measure(label, "s", times[label], baseline, False, where))
    section.notes.append(f"{group}: {len(texts)} chunks, {int(n * COPY_SHARE)} of them copies.")


def _timed_ingest(config: Config, embedder: Any, articles: list[Article]) -> float:
    from rag.index import Index

    with tempfile.TemporaryDirectory(prefix="bench-syndication-") as tmp:
        watch = Stopwatch()
        index = Index(replace(config, data_dir=Path(tmp), chroma_url=None), embedder)
        report = index.ingest(articles, batch_size=32)
        took = watch()
        if report.failed or len(report.stored.added) != len(articles):
            raise RuntimeError(f"ingest did not store every article: {report.summary()}")
    return took


# --- one new article in a big store ---------------------------------------------------------


class ArticleVectors:
    """An `Embedder` double for building a big store: each chunk gets its article's
    vector (the article's first 256 word pieces, embedded for real); queries go to the model."""

    def __init__(self, real: Any, table: dict[str, np.ndarray]) -> None:
        self.name, self.dimension, self.batch_size = real.name, real.dimension, real.batch_size
        self._real, self._table = real, table

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._table[t] for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._real.embed_query(text))


def _one_new(section: Section, config: Config, embedder: Any, size: int, new: int) -> None:
    from rag.index import Index, chunk_article, mean_vectors

    group = f"{size:,} articles stored"
    stored = syndicated(size, seed=size)
    pieces = [chunk_article(a, config.chunk_size, config.chunk_overlap) for a in stored]
    log(f"syndication: embedding {size} articles (one vector each) for the store")
    vectors = embedder.embed_documents([a.text for a in stored])  # the model cuts at 256 tokens
    table = {c.text: v for chunks, v in zip(pieces, vectors) for c in chunks}
    fresh = _new_articles(stored, new, size)
    with tempfile.TemporaryDirectory(prefix="bench-syndication-") as tmp:
        cfg = replace(config, data_dir=Path(tmp), chroma_url=None)
        watch = Stopwatch()
        double: Any = ArticleVectors(embedder, table)
        Index(cfg, double).ingest(stored, batch_size=256)
        section.notes.append(f"{group}: built in {watch():.0f} s (marking on).")
        index = Index(cfg, embedder)
        marks, adds = [], []
        for article in fresh:
            chunks = chunk_article(article, config.chunk_size, config.chunk_overlap)
            means = mean_vectors([chunks], embedder.embed_documents([c.text for c in chunks]))
            watch = Stopwatch()
            index.mark([article], means)
            marks.append(watch() * 1000)
            watch = Stopwatch()
            index.upsert([article])
            adds.append(watch() * 1000)
        joined = sum(1 for a in fresh if _joined(index, a))
    section.add(Measure(MARK, "ms", marks, None, False, group))
    section.add(Measure(ADD, "ms", adds, None, False, group))
    section.notes.append(
        f"{group}: {len(fresh)} new articles, half copies of stored ones, half fresh stories; "
        f"{joined} joined an existing group or story."
    )


def _new_articles(stored: list[Article], count: int, seed: int) -> list[Article]:
    rng = random.Random(seed + 1)
    copies = [_copy(rng.choice(stored), rng, f"new-copy_{i}") for i in range(count // 2)]
    fresh = [replace(a, id=f"new-{a.id}") for a in corpus.articles(count - len(copies), seed + 2)]
    return copies + fresh


def _joined(index: Any, article: Article) -> bool:
    got = index.articles.get(ids=[article.id], include=["metadatas"])
    meta = got["metadatas"][0]
    return bool(meta.get("copy_of")) or meta.get("story") != _own_story(article)


def _own_story(article: Article) -> str:
    from rag.syndication import new_id

    return new_id("s", article)


# --- the verdicts -------------------------------------------------------------------------


def _verdicts(section: Section, sizes: dict[str, int]) -> None:
    for m in section.measures:
        ratio = section.ratio(m)
        if m.label == ON and ratio is not None:
            verdict = "meets" if ratio <= 1.15 else "misses"
            section.verdicts.append(
                f"{m.group}: ingest with marking takes {ratio:.2f}× the time without; "
                f"target ≤ 1.15× — {verdict} it"
            )
        if m.label == ON_GIVEN and ratio is not None:
            section.verdicts.append(
                f"{m.group}: without the embedding both share, marking makes storing "
                f"{ratio:.2f}× slower (no target: this isolates marking's own cost)"
            )
        if m.label == MARK:
            median = m.summary()["median"]
            verdict = "meets" if median <= 200 else "misses"
            section.verdicts.append(
                f"{m.group}: assigning one new article takes {median:.0f} ms (median); "
                f"target ≤ 200 ms — {verdict} it"
            )


def _notes(sizes: dict[str, int]) -> list[str]:
    return [
        corpus.HOW,
        f"Copies ({COPY_SHARE:.0%} of each corpus): another outlet's copy of a generated "
        "article with a new headline, one paragraph dropped and 'percent' spelled 'per cent'.",
        "Marking (Config.syndication): shingles + MinHash + one LSH lookup ($or of equality "
        "filters on the article records) per batch, wire credits, and one batched "
        "nearest-neighbour query on the article records for the story (a date-filtered "
        "query for an article whose list could hide a closer neighbour).",
        "Each ingest run gets a fresh temporary directory; runs alternate which side goes "
        "first; the model is loaded once before any clock starts.",
    ]
