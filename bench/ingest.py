"""Ingest: `Index.ingest` against a bare SentenceTransformer.encode + Chroma add loop.

Both sides get the same generated articles and a fresh temporary data dir, run in
the same process, and alternate which goes first. The embedding models are loaded
before any timing (their load time is reported on its own). The raw side chunks with
`rag.index.chunk_article` beforehand (so its chunks are identical to ours), then for
each batch of 32 articles (our default) encodes the chunks (same batch size,
normalised) and adds them with their `chunk_meta` metadata to a cosine collection.
Its clock covers opening the client, encoding and adding; chunking is reported as a
separate row. Ours is timed from `Index(...)` to the end of `Index.ingest`; building
the BM25 side index (which `rag ingest` does next) is added in a row of its own.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from bench import corpus
from bench.common import Measure, Prepared, Section, Stopwatch, alternate, log
from rag.config import Config
from rag.types import Article, Chunk

ARTICLE_BATCH = 32  # `rag ingest --batch` default: articles per upsert
RAW, OURS = "raw: encode + Chroma add", "ours: Index.ingest"
RAW_VEC, OURS_VEC = "raw: Chroma add, vectors given", "ours: Index.ingest, vectors given"
CHUNKING = "chunk_article"
SIZES = {"full": ((100, 5), (2000, 3)), "quick": ((6, 2),)}  # (articles, repeats)


def run(quick: bool) -> Section:
    section = Section("ingest", "Ingest: articles/s and chunks/s")
    config = Config.from_env()
    embedder, raw_model, load = _models(config)
    section.add(Measure("model load (ours: Embedder)", "s", [load], group="model load"))
    _warm_up(config, embedder, raw_model)
    for articles_n, repeats in SIZES["quick" if quick else "full"]:
        _size(section, config, embedder, raw_model, articles_n, repeats)
    section.notes += _notes(config)
    for m in section.measures:
        ratio = section.ratio(m)
        if m.label == OURS and m.unit == "articles/s" and ratio is not None:
            verdict = "meets" if ratio >= 0.9 else "misses"
            section.verdicts.append(
                f"{m.group}: ours is {ratio:.2f}× the raw loop's articles/s; "
                f"target ≥ 0.9× — {verdict} it"
            )
    return section


def _models(config: Config) -> tuple[Any, Any, float]:
    """Our Embedder (and its load time, imports excluded) and a bare SentenceTransformer."""
    from sentence_transformers import SentenceTransformer

    from rag.embed import Embedder
    from rag.models import embed_model_path

    watch = Stopwatch()
    embedder = Embedder(config.embed_model, config.embed_batch_size, config.embed_threads)
    load = watch()
    raw = SentenceTransformer(
        embed_model_path(config.embed_model), device="cpu", local_files_only=True
    )
    return embedder, raw, load


def _warm_up(config: Config, embedder: Any, raw_model: Any) -> None:
    """One untimed run of each side on two articles: imports, first collections, models."""
    from rag.index import chunk_article

    articles = corpus.articles(2, seed=1)
    pieces = [chunk_article(a, config.chunk_size, config.chunk_overlap) for a in articles]
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        _ours(config, embedder, articles, Path(tmp) / "ours")
        _raw(config, _encoder(config, raw_model), pieces, Path(tmp) / "raw")


def _encoder(config: Config, model: Any) -> Callable[[list[str]], np.ndarray]:
    def encode(texts: list[str]) -> np.ndarray:
        return np.asarray(
            model.encode(
                texts,
                batch_size=config.embed_batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        )

    return encode


def _size(
    section: Section, config: Config, embedder: Any, raw_model: Any, n: int, repeats: int
) -> None:
    """Ours and raw, then both again with the vectors given (the store alone)."""
    from rag.index import chunk_article

    group = f"{n} articles"
    articles = corpus.articles(n, seed=n)
    log(f"ingest: {group}, {repeats} repeats")
    times: dict[str, list[float]] = {}
    chunks: list[Chunk] = []
    vectors = np.zeros((0, embedder.dimension), dtype=np.float32)
    for i in range(repeats):
        for side in alternate(i, OURS, RAW) + alternate(i, OURS_VEC, RAW_VEC):
            with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
                if side in (OURS, OURS_VEC):
                    double = Prepared(embedder, [c.text for c in chunks], vectors)
                    took, bm25, _ = _ours(
                        config, double if side == OURS_VEC else embedder, articles, Path(tmp)
                    )
                    times.setdefault(f"{side} + BM25", []).append(took + bm25)
                else:
                    watch = Stopwatch()
                    pieces = [
                        chunk_article(a, config.chunk_size, config.chunk_overlap) for a in articles
                    ]
                    times.setdefault(CHUNKING, []).append(watch())
                    chunks = [c for p in pieces for c in p]
                    encode = _encoder(config, raw_model)
                    if side == RAW_VEC:
                        encode = Prepared(
                            embedder, [c.text for c in chunks], vectors
                        ).embed_documents
                    took, vectors = _raw(config, encode, pieces, Path(tmp))
                times.setdefault(side, []).append(took)
            log(f"  repeat {i + 1} {side}: {took:.1f} s")
    _record(section, group, n, len(chunks), times)


def _record(
    section: Section, group: str, n: int, chunks: int, times: dict[str, list[float]]
) -> None:
    with_chunking = [a + b for a, b in zip(times[RAW], times[CHUNKING])]
    rows = [
        (RAW, times[RAW], None, group),
        (OURS, times[OURS], RAW, group),
        (f"{OURS} + BM25", times[f"{OURS} + BM25"], RAW, group),
        ("raw incl. chunk_article", with_chunking, RAW, group),
        (RAW_VEC, times[RAW_VEC], None, f"{group}, vectors given"),
        (OURS_VEC, times[OURS_VEC], RAW_VEC, f"{group}, vectors given"),
    ]
    for unit, count in (("articles/s", n), ("chunks/s", chunks)):
        for label, seconds, baseline, where in rows:
            values = [count / s for s in seconds]
            section.add(Measure(label, unit, values, baseline, True, where))
    section.notes.append(f"{group}: {chunks} chunks ({chunks / n:.1f} per article).")


def _ours(
    config: Config, embedder: Any, articles: list[Article], tmp: Path
) -> tuple[float, float, int]:
    from rag.index import Index

    watch = Stopwatch()
    index = Index(replace(config, data_dir=tmp, chroma_url=None), embedder)
    report = index.ingest(articles, batch_size=ARTICLE_BATCH)
    took = watch()
    if report.failed or len(report.stored.added) != len(articles):
        raise RuntimeError(f"ingest did not store every article: {report.summary()}")
    watch = Stopwatch()
    index.lexical()
    return took, watch(), report.stored.chunks


def _raw(
    config: Config,
    encode: Callable[[list[str]], np.ndarray],
    pieces: list[list[Chunk]],
    tmp: Path,
) -> tuple[float, np.ndarray]:
    """Seconds for the bare loop, and the vectors it made."""
    import chromadb
    from chromadb.config import Settings

    from rag.chroma import chunk_meta

    watch = Stopwatch()
    client = chromadb.PersistentClient(path=str(tmp), settings=Settings(anonymized_telemetry=False))
    collection = client.create_collection(
        "raw_chunks", configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
    )
    made = []
    for start in range(0, len(pieces), ARTICLE_BATCH):
        flat = [c for chunks in pieces[start : start + ARTICLE_BATCH] for c in chunks]
        vectors = encode([c.text for c in flat])
        collection.add(
            ids=[c.id for c in flat],
            embeddings=vectors,
            documents=[c.text for c in flat],
            metadatas=[chunk_meta(c) for c in flat],
        )
        made.append(vectors)
    return watch(), np.vstack(made)


def _notes(config: Config) -> list[str]:
    return [
        corpus.HOW,
        f"Chunking: rag.index.chunk_article (SentenceSplitter, {config.chunk_size} tokens, "
        f"{config.chunk_overlap} overlap) on both sides; embedding: {config.embed_model}, "
        f"batch {config.embed_batch_size}, normalised, torch's default thread count on both.",
        f"Raw loop: for each batch of {ARTICLE_BATCH} articles, SentenceTransformer.encode of "
        "its chunks, then collection.add(ids, embeddings, documents, chunk_meta metadatas) on a "
        "fresh chromadb.PersistentClient (cosine). Chunking is done before its clock starts "
        "(shown as 'raw incl. chunk_article').",
        "Ours: Index(config, embedder) on a fresh data dir + Index.ingest(articles, batch_size="
        f"{ARTICLE_BATCH}); beyond the raw loop it looks up content hashes, deletes stale chunks, "
        "stamps a generation, stores each chunk through llama-index's ChromaVectorStore (which "
        "adds the node as JSON, `_node_content`, to every chunk's metadata) and writes one "
        "article record (full text + mean vector) to a second collection.",
        "'vectors given': both sides again with the vectors the raw side computed (ours through "
        "an embedder double that returns them), so only chunking and storing are timed: "
        "this isolates our store overhead from the embedding time both sides share.",
        "Order alternates between repeats (ours first on even repeats); each run gets a fresh "
        "temporary directory; models are loaded and one untimed two-article run of each side "
        "warms imports and Chroma before any clock starts.",
    ]
