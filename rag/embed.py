"""Embedding: the sentence-transformers model behind dense retrieval and verification.

`Embedder` loads the model once (the packaged all-MiniLM-L6-v2 by default, or any
sentence-transformers path), and keeps `embed_documents` (batched, for ingest) apart
from `embed_query` (one text, at question time). Vectors are L2-normalised, so a dot
product is a cosine. `ChromaEmbedding` adapts it to Chroma's embedding-function
protocol so that Chroma never falls back to its default model (which downloads).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from rag.errors import ModelError
from rag.models import embed_model_path

log = logging.getLogger(__name__)


class Embedder:
    def __init__(self, name: str, batch_size: int = 32, query_threads: int = 1) -> None:
        self.name = name
        self.batch_size = batch_size
        self.query_threads = query_threads
        self._lock = threading.Lock()
        self._model = _load(embed_model_path(name))
        self.dimension = int(self._model.get_embedding_dimension() or 0)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            return self._encode(list(texts), threads=None)

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return self._encode([text], threads=self.query_threads)[0]

    def _encode(self, texts: list[str], threads: int | None) -> np.ndarray:
        import torch

        previous = torch.get_num_threads()
        if threads:
            torch.set_num_threads(threads)
        try:
            vectors = self._model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        finally:
            torch.set_num_threads(previous)
        return np.asarray(vectors, dtype=np.float32)


def _load(path: str) -> Any:
    from rag.config import apply_runtime_env

    apply_runtime_env()  # before torch loads libgomp (see rag.config.THREAD_ENV)
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    try:
        return SentenceTransformer(path, device="cpu", local_files_only=True)
    except Exception as err:  # the library raises many kinds; all mean "cannot load"
        raise ModelError(f"embedding model {path!r} could not be loaded: {err}") from err


class ChromaEmbedding(EmbeddingFunction[Documents]):
    """Chroma's embedding-function protocol over our `Embedder`.

    Chroma rebuilds the function from its stored config whenever a collection is
    fetched; such a rebuilt instance loads its model only if it is ever called.
    """

    def __init__(self, embedder: Embedder | None = None, model: str = "") -> None:
        self._embedder = embedder
        self._model = embedder.name if embedder else model

    def _get(self) -> Embedder:
        if self._embedder is None:
            self._embedder = Embedder(self._model)
        return self._embedder

    def __call__(self, input: Documents) -> Embeddings:
        return list(self._get().embed_documents(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return [self._get().embed_query(text) for text in input]

    @staticmethod
    def name() -> str:
        return "news-chat-sentence-transformers"

    def get_config(self) -> dict[str, Any]:
        return {"model": self._model}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbedding:
        return ChromaEmbedding(model=str(config.get("model", "")))

    def default_space(self) -> Any:
        return "cosine"


class SentenceVectors:
    """Sentences of each chunk and their vectors, embedded once per chunk id.

    Shared by the second retrieval stage, citation verification and the per-outlet
    evidence, which all score sentences against a question or a claim.
    """

    def __init__(self, embedder: Embedder, max_chunks: int = 20_000) -> None:
        self.embedder = embedder
        self._max = max_chunks
        self._cache: dict[str, tuple[list[str], np.ndarray]] = {}
        self._lock = threading.Lock()

    def of(self, chunks: Sequence[Any]) -> list[tuple[list[str], np.ndarray]]:
        """(sentences, vectors) for each chunk (anything with .id and .text)."""
        from rag.text import sentences

        missing = [c for c in dict((c.id, c) for c in chunks).values() if c.id not in self._cache]
        if missing:
            parts = [sentences(c.text) or [c.text] for c in missing]
            vectors = self.embedder.embed_documents([s for p in parts for s in p])
            with self._lock:
                if len(self._cache) + len(missing) > self._max:
                    self._cache.clear()
                offset = 0
                for chunk, part in zip(missing, parts):
                    self._cache[chunk.id] = (part, vectors[offset : offset + len(part)])
                    offset += len(part)
        return [self._cache[c.id] for c in chunks]
