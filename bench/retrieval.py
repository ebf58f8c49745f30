"""Retrieval: per-question latency of ours beside Chroma's own query, 1k/10k/100k chunks.

Embedding 100k chunks with the packaged model would take over an hour on two cores,
so the vectors are built cheaply but realistically: a few thousand generated chunks
are embedded for real, and every other chunk gets a normalised random convex mixture
(Dirichlet weights) of 2-3 of those real vectors plus small Gaussian noise, paired
with the text and metadata of a generated chunk (so BM25 indexes real text). The
articles go in through the real `Index.ingest`, given an embedder double that hands
back the prepared vector of each chunk text (so Chroma holds exactly what `rag
ingest` writes, `_node_content` and article records included); the BM25 side index
is built by `Index.lexical()`. One index grows 1k → 10k → 100k chunks and is measured
at each size, through a second `Index` on the same store with the real embedder.
Chroma's raw query runs on that same collection.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from bench import corpus
from bench.common import Measure, Prepared, Section, Stopwatch, Table, log
from rag.config import Config
from rag.types import Article, Chunk

SEED = 7
NOISE = 0.1  # norm of the Gaussian noise added to a mixture before normalising


@dataclass(frozen=True)
class Plan:
    sizes: tuple[int, ...]  # chunks in the index at each measurement
    real: int  # chunks embedded with the real model
    questions: int  # timed questions per size
    warm: int  # warm-up questions per size


PLANS = {
    "full": Plan(sizes=(1_000, 10_000, 100_000), real=3_000, questions=50, warm=5),
    "quick": Plan(sizes=(1_000,), real=100, questions=4, warm=1),
}
RAW_VEC, RAW = "raw Chroma query (vector given)", "raw Chroma query incl. embedding"


def torch_threads() -> int:
    import torch

    return int(torch.get_num_threads())


def run(quick: bool) -> Section:
    plan = PLANS["quick" if quick else "full"]
    config = Config.from_env()
    section = Section("retrieval", "Retrieval: latency per question")
    embedder, raw_model = _models(config)
    articles, chunks = _corpus(max(plan.sizes))
    watch = Stopwatch()
    real = embedder.embed_documents([c.text for c in chunks[: plan.real]])
    section.add(
        Measure(
            "embedding the real chunks",
            "chunks/s",
            [len(real) / watch()],
            higher_is_better=True,
            group="setup",
        )
    )
    prepared = Prepared(embedder, [c.text for c in chunks], _vectors(real, len(chunks)))
    questions = corpus.questions(plan.questions + plan.warm, seed=SEED)
    breakdown: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as tmp:
        builder = _open(config, prepared, Path(tmp))
        index = _open(config, embedder, Path(tmp))
        for size in plan.sizes:
            _grow(section, builder, articles, chunks, size)
            log(f"retrieval: measuring at {size:,} chunks")
            timed = _measure(section, index, config, raw_model, questions, plan.warm, size)
            breakdown.append(_breakdown(index, config, questions[plan.warm :], size))
            section.notes.append(timed)
    section.tables.append(
        Table(
            "Where our hybrid time goes (median ms per question)", ["chunks", *BREAKDOWN], breakdown
        )
    )
    section.notes += _notes(config, plan)
    _verdict(section, max(plan.sizes))
    return section


def _models(config: Config) -> tuple[Any, Any]:
    from sentence_transformers import SentenceTransformer

    from rag.embed import Embedder
    from rag.models import embed_model_path

    embedder = Embedder(config.embed_model, config.embed_batch_size, config.embed_threads)
    raw = SentenceTransformer(
        embed_model_path(config.embed_model), device="cpu", local_files_only=True
    )
    return embedder, raw


def _corpus(size: int) -> tuple[list[Article], list[Chunk]]:
    """Generated articles (whole) and their chunks, the first `size` or a few more."""
    from rag.index import chunk_article

    c = Config()
    articles, chunks = [], []
    for generated in corpus.generate(size // 4 + 50, seed=SEED):
        articles.append(generated.article)
        chunks += chunk_article(generated.article, c.chunk_size, c.chunk_overlap)
        if len(chunks) >= size:
            return articles, chunks
    raise RuntimeError(f"generated {len(chunks)} chunks, wanted {size}")


def _vectors(real: np.ndarray, total: int) -> np.ndarray:
    """`real` first, then convex mixtures of 2-3 real vectors plus noise, normalised."""
    rng = np.random.default_rng(SEED)
    n = total - len(real)
    if n <= 0:
        return real[:total]
    picks = rng.integers(0, len(real), size=(n, 3))
    weights = rng.dirichlet(np.ones(3), size=n)
    weights[rng.random(n) < 0.5, 2] = 0.0  # half the mixtures use two vectors
    weights /= weights.sum(axis=1, keepdims=True)
    mixed = np.einsum("nk,nkd->nd", weights, real[picks])
    noise = rng.normal(size=mixed.shape)
    mixed += NOISE * noise / np.linalg.norm(noise, axis=1, keepdims=True)
    mixed /= np.linalg.norm(mixed, axis=1, keepdims=True)
    return np.vstack([real, mixed]).astype(np.float32)


def _open(config: Config, embedder: Any, tmp: Path) -> Any:
    from rag.index import Index

    return Index(replace(config, data_dir=tmp, chroma_url=None), embedder)


def _grow(
    section: Section, builder: Any, articles: list[Article], chunks: list[Chunk], size: int
) -> None:
    """Ingest the articles whose chunks are not stored yet, up to `size` chunks."""
    log(f"retrieval: growing the index to {size:,} chunks")
    wanted = list(dict.fromkeys(c.article_id for c in chunks[:size]))
    known = {a.id: a for a in articles}
    watch = Stopwatch()
    report = builder.ingest([known[a] for a in wanted])
    group = f"{size:,} chunks"
    section.add(
        Measure(
            "store: Index.ingest of the new articles, vectors given", "s", [watch()], group=group
        )
    )
    if report.failed:
        raise RuntimeError(f"ingest failed: {report.summary()}")
    watch = Stopwatch()
    builder.lexical()
    section.add(Measure("BM25 build: Index.lexical()", "s", [watch()], group=group))
    section.notes.append(f"{group}: {builder.count():,} chunks of {len(wanted):,} articles.")


def _variants(index: Any, config: Config, raw_model: Any) -> dict[str, Callable[[str, Any], Any]]:
    """label → f(question, precomputed raw vector): what one timed query runs."""
    from rag.embed import SentenceVectors
    from rag.retrieve import Retriever

    k, collection, embedder = config.candidates, index.chunks, index.embedder
    hybrid = Retriever(index, replace(config, hybrid=True, rerank="none"))
    second = replace(config, hybrid=True, rerank="sentence")

    import torch

    default_threads = torch.get_num_threads()

    def raw_embed(q: str, threads: int) -> Any:
        previous = torch.get_num_threads()
        torch.set_num_threads(threads)
        try:
            return raw_model.encode(
                [q], normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
            )[0]
        finally:
            torch.set_num_threads(previous)

    def raw(q: str, threads: int) -> Any:
        return collection.query(query_embeddings=[raw_embed(q, threads)], n_results=k)

    return {
        RAW_VEC: lambda q, v: collection.query(query_embeddings=[v], n_results=k),
        "ours Index.dense (vector given)": lambda q, v: index.dense(v, k),
        RAW: lambda q, v: raw(q, config.embed_threads),
        f"raw Chroma query incl. embedding, torch default {default_threads} threads": (
            lambda q, v: raw(q, default_threads)
        ),
        "ours dense (embed_query + Index.dense)": lambda q, v: index.dense(
            embedder.embed_query(q), k
        ),
        "ours hybrid (Retriever, rerank none)": lambda q, v: hybrid.retrieve(q),
        "ours hybrid + second stage (rerank sentence)": lambda q, v: Retriever(
            index, second, SentenceVectors(embedder)
        ).retrieve(q),  # a fresh sentence cache: the cost of a new question
    }


BASELINE = {
    f"raw Chroma query incl. embedding, torch default {torch_threads()} threads": RAW,
    "ours Index.dense (vector given)": RAW_VEC,
    "ours dense (embed_query + Index.dense)": RAW,
    "ours hybrid (Retriever, rerank none)": RAW,
    "ours hybrid + second stage (rerank sentence)": RAW,
}


def _measure(
    section: Section,
    index: Any,
    config: Config,
    raw_model: Any,
    questions: list[str],
    warm: int,
    size: int,
) -> str:
    variants = _variants(index, config, raw_model)
    vectors = raw_model.encode(questions, normalize_embeddings=True, convert_to_numpy=True)
    for q, v in zip(questions[:warm], vectors[:warm]):
        for run in variants.values():
            run(q, v)
    times: dict[str, list[float]] = {label: [] for label in variants}
    labels = list(variants)
    same = 0
    for i, (q, v) in enumerate(zip(questions[warm:], vectors[warm:])):
        for label in labels[i % len(labels) :] + labels[: i % len(labels)]:
            watch = Stopwatch()
            result = variants[label](q, v)
            times[label].append(watch() * 1000)
            if label == RAW_VEC:
                raw_ids = result["ids"][0]
        same += [h.chunk.id for h in index.dense(v, config.candidates)] == raw_ids
    group = f"{size:,} chunks"
    for label, values in times.items():
        section.add(Measure(label, "ms", values, BASELINE.get(label), group=group))
    n = len(questions) - warm
    return (
        f"{group}: Index.dense returned the same top-{config.candidates} ids as the raw query "
        f"(same vector) for {same}/{n} questions."
    )


BREAKDOWN = [
    "embed_query",
    "Index.dense",
    "Index.lexical()",
    "Lexical.search",
    "Index.outlets()",
    "Index.generation",
]


def _breakdown(index: Any, config: Config, questions: list[str], size: int) -> list[str]:
    """Median ms of each call our hybrid retrieval makes for one question."""
    k = config.candidates
    calls: dict[str, Callable[[str, Any], Any]] = {
        "embed_query": lambda q, v: index.embedder.embed_query(q),
        "Index.dense": lambda q, v: index.dense(v, k),
        "Index.lexical()": lambda q, v: index.lexical(),
        "Lexical.search": lambda q, v: index.lexical().search(q, k),
        "Index.outlets()": lambda q, v: index.outlets(),
        "Index.generation": lambda q, v: index.generation,
    }
    pairs = [(q, index.embedder.embed_query(q)) for q in questions[:20]]
    row = [f"{size:,}"]
    for name in BREAKDOWN:
        values = []
        for q, v in pairs:
            watch = Stopwatch()
            calls[name](q, v)
            values.append(watch() * 1000)
        row.append(f"{np.median(values):.2f}")
    return row


def _notes(config: Config, plan: Plan) -> list[str]:
    return [
        corpus.HOW + " Articles are chunked with rag.index.chunk_article until the size is "
        "reached.",
        f"Vectors: the first {plan.real:,} chunks are embedded with the packaged model "
        f"({config.embed_model}); every other chunk's vector is a random convex mixture "
        "(Dirichlet(1,1,1) weights, half of them with the third weight zeroed) of 2-3 of those "
        f"real vectors plus Gaussian noise of norm {NOISE}, normalised. A synthetic vector is "
        "paired with the text of a generated chunk (not its own embedding), so BM25 sees real "
        "text while the dense side sees a realistic vector distribution.",
        "Storage: the real Index.ingest (batches of 32 articles) with an embedder double that "
        "returns each chunk's prepared vector, so the store holds what `rag ingest` writes; "
        "the BM25 index through Index.lexical(). One index grows 1k → 10k → 100k chunks (whole "
        "articles, so a size may be exceeded by a few chunks); each size is measured before "
        "the next is added, through a second Index with the real embedder on the same store.",
        f"Questions: {plan.questions} generated questions about the indexed articles (after "
        f"{plan.warm} warm-up questions that run every variant); the variants take turns "
        "in a rotating order for each question.",
        f"Raw Chroma: collection.query(query_embeddings=[v], n_results={config.candidates}) on "
        "the same collection (default include: documents, metadatas, distances). 'incl. "
        "embedding' also encodes the question with a bare SentenceTransformer.encode, with "
        f"torch set to the {config.embed_threads} thread(s) our embed_query uses "
        "(Config.embed_threads); it is the denominator for everything of ours that embeds the "
        "question. The same with torch's default thread count is shown for comparison. Ours "
        f"asks for the same {config.candidates} candidates per list; hybrid then fuses dense "
        "and BM25 (plus outlet/date-restricted searches when the question names an outlet) and "
        f"keeps top {config.top_k}.",
        "Second stage: a fresh SentenceVectors cache per question (a new question's chunks are "
        "not cached), so its time includes embedding the candidates' sentences.",
    ]


def _verdict(section: Section, size: int) -> None:
    m = section.find("ours hybrid (Retriever, rerank none)", f"{size:,} chunks")
    ratio = section.ratio(m) if m else None
    if ratio is None:
        return
    word = "meets" if ratio <= 2 else "misses"
    section.verdicts.append(
        f"{size:,} chunks: hybrid (no second stage) p50 is {ratio:.2f}× raw Chroma's (query incl. "
        f"embedding); target ≤ 2× — {word} it"
    )
