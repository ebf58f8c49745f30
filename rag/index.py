"""Index: chunk articles, embed the chunks, and store them in Chroma.

Chroma collections hold everything, so the embedded store and a Chroma server
behave the same: `<name>_chunks` (one record per chunk: text, vector, metadata
through llama-index's ChromaVectorStore), `<name>_articles` (one record per
article: cleaned text, mean chunk vector, metadata, content hash, chunk count) and
`<name>_minhash_<spec>` (one MinHash fingerprint per article, rag.syndication). The
settings the index was built with (embedding model and dimension, chunk size and
overlap) live in the chunk collection's metadata; opening it with other settings
raises `IndexMismatchError`.

Crash safety: an article record is written only after all of its chunks (a changed
article loses its record before its old chunks go), so a recorded article is always
complete and an interrupted ingest is finished by the next one. The `generation`
stamp changes before every write and again when it is done (`committed` then equals
it), which tells derived indexes (BM25) to rebuild and tells a later run that a
write was cut short: `interrupted()`, and `repair()` drops the chunks it left.

Who reported what is marked as articles are stored (`Config.syndication`): each new
article's near-duplicate group and credited wires (`rag.syndication`) and its story
(`rag.stories`) are found against the stored fingerprints and article records and the
rest of the batch, then written with its chunks, its fingerprint and its record (in
that order; docs/corpus.md).
"""

from __future__ import annotations

import logging
import shutil
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from rag.chroma import (
    article_from_meta,
    article_info,
    article_meta,
    chunk_from_meta,
    chunk_meta,
    fingerprint_meta,
    marking_meta,
    open_client,
    to_metadata_filters,
)
from rag.chunk import chunk_article
from rag.config import Config
from rag.embed import ChromaEmbedding, Embedder
from rag.errors import ConfigError, IndexMismatchError, StoreError
from rag.lexical import Lexical
from rag.stories import Placed, StoryFinder, list_stories
from rag.syndication import Lsh, Mark, Syndicator
from rag.types import Article, ArticleInfo, Chunk, Filters, Hit, Problem, Story
from rag.wires import Agencies

log = logging.getLogger(__name__)

SCHEMA = 1
_PAGE = 2000  # records per Chroma get() page


@dataclass(frozen=True)
class UpsertResult:
    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    chunks: int = 0

    def __add__(self, other: UpsertResult) -> UpsertResult:
        return UpsertResult(
            self.added + other.added,
            self.replaced + other.replaced,
            self.unchanged + other.unchanged,
            self.chunks + other.chunks,
        )


@dataclass(frozen=True)
class IngestReport:
    stored: UpsertResult
    problems: tuple[Problem, ...]

    @property
    def failed(self) -> int:
        return sum(1 for p in self.problems if p.fatal)

    def summary(self) -> str:
        s = self.stored
        return (
            f"{len(s.added)} added, {len(s.replaced)} updated, {len(s.unchanged)} unchanged "
            f"({s.chunks} chunks written); {self.failed} failed"
        )


class Index:
    """The chunk and article collections of one Chroma database."""

    def __init__(self, config: Config, embedder: Embedder) -> None:
        self.config = config
        self.embedder = embedder
        self.client = open_client(config)
        self._function = ChromaEmbedding(embedder)
        self._settings = {
            "embed_model": embedder.name,
            "embed_dim": embedder.dimension,
            "chunk_size": config.chunk_size,
            "chunk_overlap": config.chunk_overlap,
            "schema": SCHEMA,
        }
        self.lsh = _lsh(config)
        self.chunks = self._collection(f"{config.collection}_chunks")
        self.articles = self._collection(f"{config.collection}_articles")
        self.fingerprints = self._collection(f"{config.collection}_minhash_{self.lsh.spec}")
        self._check_settings()
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.store = ChromaVectorStore(chroma_collection=self.chunks)
        self._lexical: Lexical | None = None
        self._lexical_lock = threading.Lock()
        self._outlets: tuple[str, list[str]] | None = None
        self._copies: tuple[str, bool] | None = None
        self.agencies = Agencies.from_setting(config.wire_agencies)
        self._syndicator = Syndicator(self.lsh, config.near_duplicate, self.agencies)
        self._stories = StoryFinder(
            config.story_days, config.story_similarity, config.story_name_weight,
            config.story_neighbours, config.story_follow_days, config.story_follow_names,
            config.story_follow_new,
        )  # fmt: skip
        if self.interrupted():
            log.warning(
                "the last write to the index at %s did not finish (interrupted, or another "
                "instance is writing); articles it had not finished are not listed until "
                "they are ingested again",
                config.chroma_url or config.data_dir,
            )

    def _collection(self, name: str) -> Any:
        try:
            return self.client.get_or_create_collection(
                name,
                embedding_function=self._function,
                configuration={"hnsw": {"space": "cosine"}},
                metadata=dict(self._settings),
            )
        except Exception as err:  # chromadb raises many kinds for a broken store
            raise StoreError(f"cannot open Chroma collection {name!r}: {err}") from err

    def _check_settings(self) -> None:
        built = self.chunks.metadata or {}
        for key, wanted in self._settings.items():
            if built.get(key) != wanted:
                where = self.config.chroma_url or str(self.config.data_dir)
                raise IndexMismatchError(
                    f"the index at {where} was built with {key}={built.get(key)!r}, "
                    f"this run asks for {key}={wanted!r}; rebuild it with "
                    f"`rag ingest --rebuild PATH...` or choose another --data-dir"
                )

    @classmethod
    def open(cls, config: Config) -> Index:
        """Load the embedding model and open (or create) the index of `config`."""
        embedder = Embedder(config.embed_model, config.embed_batch_size, config.embed_threads)
        return cls(config, embedder)

    # --- the BM25 side index ------------------------------------------------------
    @property
    def lexical_dir(self) -> Path:
        return Path(self.config.data_dir) / "bm25" / self.config.collection

    def lexical(self) -> Lexical:
        """The BM25 index, rebuilt from the chunks when its generation is stale."""
        with self._lexical_lock:
            generation = self.generation
            if self._lexical is None or self._lexical.generation != generation:
                loaded = Lexical.load(self.lexical_dir)
                if loaded is None or loaded.generation != generation:
                    log.info("building the BM25 index over %d chunks", self.count())
                    loaded = Lexical.build(self.iter_chunks(), generation)
                    loaded.save(self.lexical_dir)
                self._lexical = loaded
            return self._lexical

    # --- generation stamp -------------------------------------------------------
    @property
    def generation(self) -> str:
        """Changes before and after every write; read fresh so other writers are seen."""
        return str(self._stamps().get("generation", ""))

    def _stamps(self) -> dict[str, Any]:
        collection = self.client.get_collection(self.chunks.name, embedding_function=self._function)
        return dict(collection.metadata or {})

    def _begin(self) -> None:
        """A write starts: a new generation, not committed until `_commit`."""
        committed = str(self._stamps().get("committed", ""))
        stamp = uuid.uuid4().hex
        self.chunks.modify(metadata={**self._settings, "generation": stamp, "committed": committed})

    def _commit(self) -> None:
        """A write is done: a fresh stamp again, so a BM25 built mid-write is rebuilt."""
        stamp = uuid.uuid4().hex
        self.chunks.modify(metadata={**self._settings, "generation": stamp, "committed": stamp})

    def interrupted(self) -> bool:
        """True when a write began and did not finish (killed, crashed, or still running)."""
        stamps = self._stamps()
        return "committed" in stamps and stamps["committed"] != stamps.get("generation")

    def unfinished(self) -> dict[str, int]:
        """Chunks stored for articles that have no record (an interrupted ingest), per id."""
        recorded = {row[0] for row in self._pages(self.articles, [])}
        left: dict[str, int] = {}
        for _, meta in self._pages(self.chunks, ["metadatas"]):
            article_id = str(meta["article_id"])
            if article_id not in recorded:
                left[article_id] = left.get(article_id, 0) + 1
        return left

    def repair(self) -> dict[str, int]:
        """Delete what an interrupted write left (chunks without an article record) and
        mark the index whole again; returns what was removed. Only safe when no other
        process writes to this index at the same time."""
        left = self.unfinished()
        if left:
            self._begin()
            self.chunks.delete(where={"article_id": {"$in": sorted(left)}})
        self._commit()
        return left

    # --- writing ----------------------------------------------------------------
    def upsert(self, articles: Sequence[Article]) -> UpsertResult:
        """Add new articles, replace changed ones, skip unchanged ones (content hash)."""
        articles = list({a.id: a for a in articles}.values())  # the last copy of an id wins
        known = self._hashes([a.id for a in articles])
        todo = [a for a in articles if known.get(a.id) != a.content_hash]
        unchanged = tuple(a.id for a in articles if known.get(a.id) == a.content_hash)
        if not todo:
            return UpsertResult(unchanged=unchanged)
        self._begin()
        changed = [a.id for a in todo if a.id in known]
        if changed:  # unrecorded until all its new chunks are stored
            self.articles.delete(ids=changed)
            self.fingerprints.delete(ids=changed)
        self.chunks.delete(where={"article_id": {"$in": [a.id for a in todo]}})
        pieces = [chunk_article(a, self.config.chunk_size, self.config.chunk_overlap) for a in todo]
        flat = [c for chunks in pieces for c in chunks]
        vectors = self.embedder.embed_documents([c.text for c in flat])
        means = mean_vectors(pieces, vectors)
        marks = self.mark(todo, means) if self.config.syndication else []
        for i, (mark, placed) in enumerate(marks):
            pieces[i] = [
                replace(c, group=mark.group, story=placed.story, wires=mark.wires)
                for c in pieces[i]
            ]
        self._add_chunks([c for chunks in pieces for c in chunks], vectors)
        self._add_articles(todo, pieces, means, marks)
        self._commit()
        return UpsertResult(
            added=tuple(a.id for a in todo if a.id not in known),
            replaced=tuple(a.id for a in todo if a.id in known),
            unchanged=unchanged,
            chunks=len(flat),
        )

    def ingest(
        self,
        items: Iterable[Article | Problem],
        batch_size: int = 32,
        progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Store every article in batches; problems are collected, never raised."""
        stored, problems, batch = UpsertResult(), [], []
        for item in items:
            if isinstance(item, Problem):
                problems.append(item)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                stored += self.upsert(batch)
                progress and progress(len(batch))
                batch = []
        if batch:
            stored += self.upsert(batch)
            progress and progress(len(batch))
        return IngestReport(stored, tuple(problems))

    def _add_chunks(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        from llama_index.core.schema import BaseNode, TextNode

        nodes: list[BaseNode] = [
            TextNode(id_=c.id, text=c.text, embedding=v.tolist(), metadata=chunk_meta(c))
            for c, v in zip(chunks, vectors)
        ]
        self.store.add(nodes)

    def mark(self, articles: Sequence[Article], means: np.ndarray) -> list[tuple[Mark, Placed]]:
        """Near-duplicate group, wires and story of each article (by its mean chunk
        vector), against the stored articles and the ones before it in `articles`."""
        marks = self._syndicator.mark(articles, self.fingerprints, self.articles)
        placed = self._stories.place(articles, means, self.articles)
        return list(zip(marks, placed))

    def _add_articles(
        self,
        articles: list[Article],
        pieces: list[list[Chunk]],
        means: np.ndarray,
        marks: Sequence[tuple[Mark, Placed]],
    ) -> None:
        extra = [marking_meta(m, p) for m, p in marks] or [{} for _ in articles]
        printed = [(a.id, m.fingerprint) for a, (m, _) in zip(articles, marks) if m.fingerprint]
        if printed:  # before the article record: a recorded article has its fingerprint
            self.fingerprints.upsert(
                ids=[i for i, _ in printed],
                embeddings=[f.vector for _, f in printed],
                metadatas=[fingerprint_meta(f, self.lsh) for _, f in printed],
            )
        self.articles.upsert(
            ids=[a.id for a in articles],
            embeddings=[m.tolist() for m in means],
            documents=[a.text for a in articles],
            metadatas=[article_meta(a, len(c), x) for a, c, x in zip(articles, pieces, extra)],
        )

    def delete(self, article_id: str) -> bool:
        """Remove an article and its chunks; False when it was not there."""
        if not self.articles.get(ids=[article_id], include=[])["ids"]:
            return False
        self._begin()
        self.articles.delete(ids=[article_id])
        self.fingerprints.delete(ids=[article_id])
        self.chunks.delete(where={"article_id": article_id})
        self._commit()
        return True

    # --- reading ----------------------------------------------------------------
    def _hashes(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        got = self.articles.get(ids=list(dict.fromkeys(ids)), include=["metadatas"])
        return {i: str(m.get("content_hash", "")) for i, m in zip(got["ids"], got["metadatas"])}

    def list_articles(self) -> list[ArticleInfo]:
        infos = [article_info(i, m) for i, m in self._pages(self.articles, ["metadatas"])]
        return sorted(infos, key=lambda a: a.id)

    def stories(self) -> list[Story]:
        """The stories of the indexed articles, latest update first."""
        return list_stories(self.list_articles(), self.agencies)

    def has_copies(self) -> bool:
        """Does any stored article copy another (cached until the index changes)?"""
        generation = self.generation
        if self._copies is None or self._copies[0] != generation:
            got = self.articles.get(where={"copy_of": {"$ne": ""}}, limit=1, include=[])
            self._copies = (generation, bool(got["ids"]))
        return self._copies[1]

    def outlets(self) -> list[str]:
        """The distinct outlets in the index (cached until the index changes)."""
        generation = self.generation
        if self._outlets is None or self._outlets[0] != generation:
            names = {str(m.get("outlet", "")) for _, m in self._pages(self.articles, ["metadatas"])}
            self._outlets = (generation, sorted(n for n in names if n))
        return self._outlets[1]

    def article(self, article_id: str) -> Article | None:
        got = self.articles.get(ids=[article_id], include=["metadatas", "documents"])
        if not got["ids"]:
            return None
        return article_from_meta(article_id, got["documents"][0], got["metadatas"][0])

    def article_texts(self, ids: Sequence[str]) -> dict[str, str]:
        """The cleaned text of each of these articles that is stored."""
        if not ids:
            return {}
        got = self.articles.get(ids=list(ids), include=["documents"])
        return dict(zip(got["ids"], got["documents"]))

    def count(self) -> int:
        return int(self.chunks.count())

    def count_articles(self) -> int:
        return int(self.articles.count())

    def iter_chunks(self) -> Iterator[Chunk]:
        """Every stored chunk (for derived indexes), page by page."""
        for chunk_id, meta, text in self._pages(self.chunks, ["metadatas", "documents"]):
            yield chunk_from_meta(chunk_id, text, meta)

    def _pages(self, collection: Any, include: list[str]) -> Iterator[tuple[Any, ...]]:
        offset = 0
        while True:
            got = collection.get(include=include, limit=_PAGE, offset=offset)
            if not got["ids"]:
                return
            columns = [got[name] for name in include]
            yield from zip(got["ids"], *columns)
            offset += len(got["ids"])

    def get_chunks_with_vectors(self, ids: Sequence[str]) -> list[tuple[Chunk, np.ndarray]]:
        if not ids:
            return []
        got = self.chunks.get(ids=list(ids), include=["metadatas", "documents", "embeddings"])
        return [
            (chunk_from_meta(i, d, m), np.asarray(e, dtype=np.float32))
            for i, d, m, e in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"])
        ]

    def chunks_of(self, article_id: str) -> list[tuple[Chunk, np.ndarray]]:
        """Every stored chunk of one article, in reading order, with its vector."""
        got = self.chunks.get(
            where={"article_id": article_id}, include=["metadatas", "documents", "embeddings"]
        )
        found = [
            (chunk_from_meta(i, d, m), np.asarray(e, dtype=np.float32))
            for i, d, m, e in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"])
        ]
        return sorted(found, key=lambda pair: pair[0].position)

    def dense(self, vector: np.ndarray, k: int, filters: Filters | None = None) -> list[Hit]:
        """Top-k chunks by cosine through llama-index's ChromaVectorStore."""
        from llama_index.core.vector_stores.types import VectorStoreQuery

        # No count() guard: Chroma answers an empty collection with no hits, and
        # counting costs ~9 ms a question at 100k chunks (bench/retrieval).
        query = VectorStoreQuery(
            query_embedding=vector.tolist(),
            similarity_top_k=k,
            filters=to_metadata_filters(filters),
        )
        result = self.store.query(query)
        hits = []
        for node, similarity in zip(result.nodes or [], result.similarities or []):
            cosine = 1.0 + float(np.log(max(similarity, 1e-12)))  # store gives exp(-distance)
            chunk = chunk_from_meta(node.node_id, node.get_content(), node.metadata)
            hits.append(Hit(chunk=chunk, score=cosine, relevance=cosine))
        return hits


def mean_vectors(pieces: list[list[Chunk]], vectors: np.ndarray) -> np.ndarray:
    """Each article's mean chunk vector, normalised."""
    means, offset = [], 0
    for chunks in pieces:
        mean = vectors[offset : offset + len(chunks)].mean(axis=0)
        means.append(mean / (np.linalg.norm(mean) or 1.0))
        offset += len(chunks)
    return np.asarray(means, dtype=np.float32).reshape(len(pieces), vectors.shape[1])


def _lsh(config: Config) -> Lsh:
    if (
        config.minhash_perms <= 0
        or config.lsh_bands <= 0
        or config.minhash_perms % config.lsh_bands
    ):
        raise ConfigError(
            "expected minhash_perms to be a positive multiple of lsh_bands, got "
            f"{config.minhash_perms} and {config.lsh_bands}"
        )
    return Lsh(config.shingle_words, config.minhash_perms, config.lsh_bands)


def reset(config: Config) -> None:
    """Delete the index of `config` (its collections and the BM25 side index)."""
    client = open_client(config)
    names = [f"{config.collection}{suffix}" for suffix in ("_chunks", "_articles")]
    names += [n for n in _collection_names(client) if n.startswith(f"{config.collection}_minhash_")]
    for name in names:
        try:
            client.delete_collection(name)
        except Exception:  # not there: nothing to delete
            pass
    shutil.rmtree(Path(config.data_dir) / "bm25" / config.collection, ignore_errors=True)


def _collection_names(client: Any) -> list[str]:
    """Names of the collections in a Chroma database (objects or names, by version)."""
    return [getattr(c, "name", c) for c in client.list_collections()]
