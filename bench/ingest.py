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
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench import corpus
from bench.common import Measure, Section, Stopwatch, alternate, log
from rag.config import Config
from rag.types import Article, Chunk

ARTICLE_BATCH = 32  # `rag ingest --batch` default: articles per upsert
SIZES = {"full": ((100, 5), (2000, 3)), "quick": ((6, 2),)}  # (articles, repeats)


def run(quick: bool) -> Section:
    section = Section("ingest", "Ingest: articles/s and chunks/s")
    config = Config.from_env()
    embedder, raw_model, load = _models(config)
    section.add(Measure("model load (ours: Embedder)", "s", [load], group="model load"))
    for articles_n, repeats in SIZES["quick" if quick else "full"]:
        _size(section, config, embedder, raw_model, articles_n, repeats)
    section.notes += _notes(config)
    for m in section.measures:
        ratio = section.ratio(m)
        if m.label == "ours: Index.ingest" and m.unit == "articles/s" and ratio is not None:
            verdict = "meets" if ratio >= 0.9 else "misses"
            section.verdicts.append(
                f"{m.group}: ours is {ratio:.2f}× the raw loop's articles/s; "
                f"target ≥ 0.9× — {verdict} it"
            )
    return section


def _models(config: Config) -> tuple[Any, Any, float]:
    """Our Embedder (and its load time) and a bare SentenceTransformer, both warmed."""
    from sentence_transformers import SentenceTransformer

    from rag.embed import Embedder
    from rag.models import embed_model_path

    watch = Stopwatch()
    embedder = Embedder(config.embed_model, config.embed_batch_size, config.embed_threads)
    load = watch()
    raw = SentenceTransformer(
        embed_model_path(config.embed_model), device="cpu", local_files_only=True
    )
    warm = ["A short sentence to warm the model up."] * config.embed_batch_size
    embedder.embed_documents(warm)
    raw.encode(warm, batch_size=config.embed_batch_size, normalize_embeddings=True)
    return embedder, raw, load


def _size(
    section: Section, config: Config, embedder: Any, raw_model: Any, n: int, repeats: int
) -> None:
    from rag.index import chunk_article

    group = f"{n} articles"
    articles = corpus.articles(n, seed=n)
    log(f"ingest: {group}, {repeats} repeats")
    results: dict[str, list[float]] = {"ours": [], "bm25": [], "raw": [], "chunk": []}
    chunks = 0
    for i in range(repeats):
        for side in alternate(i, "ours", "raw"):
            with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
                if side == "ours":
                    took, bm25, chunks = _ours(config, embedder, articles, Path(tmp))
                    results["ours"].append(took)
                    results["bm25"].append(bm25)
                else:
                    watch = Stopwatch()
                    pieces = [
                        chunk_article(a, config.chunk_size, config.chunk_overlap) for a in articles
                    ]
                    results["chunk"].append(watch())
                    results["raw"].append(_raw(config, raw_model, pieces, Path(tmp)))
            log(f"  repeat {i + 1} {side}: done")
    _record(section, group, n, chunks, results)


def _record(
    section: Section, group: str, n: int, chunks: int, results: dict[str, list[float]]
) -> None:
    ours, raw = results["ours"], results["raw"]
    with_bm25 = [a + b for a, b in zip(ours, results["bm25"])]
    with_chunking = [a + b for a, b in zip(raw, results["chunk"])]
    rows = [
        ("raw: encode + Chroma add", raw, None),
        ("ours: Index.ingest", ours, "raw: encode + Chroma add"),
        ("ours: Index.ingest + BM25 build", with_bm25, "raw: encode + Chroma add"),
        ("raw incl. chunk_article", with_chunking, "raw: encode + Chroma add"),
    ]
    for unit, count in (("articles/s", n), ("chunks/s", chunks)):
        for label, seconds, baseline in rows:
            section.add(Measure(label, unit, [count / s for s in seconds], baseline, True, group))
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


def _raw(config: Config, model: Any, pieces: list[list[Chunk]], tmp: Path) -> float:
    import chromadb
    from chromadb.config import Settings

    from rag.chroma import chunk_meta

    watch = Stopwatch()
    client = chromadb.PersistentClient(path=str(tmp), settings=Settings(anonymized_telemetry=False))
    collection = client.create_collection(
        "raw_chunks", configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
    )
    for start in range(0, len(pieces), ARTICLE_BATCH):
        flat = [c for chunks in pieces[start : start + ARTICLE_BATCH] for c in chunks]
        vectors = model.encode(
            [c.text for c in flat],
            batch_size=config.embed_batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        collection.add(
            ids=[c.id for c in flat],
            embeddings=vectors,
            documents=[c.text for c in flat],
            metadatas=[chunk_meta(c) for c in flat],
        )
    return watch()


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
        "Order alternates between repeats (ours first on even repeats); each run gets a fresh "
        "temporary directory; models are loaded and warmed before any clock starts.",
    ]
