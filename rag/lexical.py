"""Lexical index: BM25 (bm25s) over the stored chunks, persisted beside Chroma.

Names, numbers and dates are where dense embeddings are weakest, so BM25 runs beside
them. The index is derived data: it is rebuilt from the Chroma chunks whenever the
index's `generation` stamp differs from the one it was saved with (every ingest and
delete changes it), so the two can never silently disagree. Filters apply as a
weight mask over the same outlet / story / date fields the dense side filters on.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from rag.text import stemmer
from rag.types import Chunk, Filters

log = logging.getLogger(__name__)

_TOKENS = r"(?u)\b\w+\b"  # keep one-character numbers ("9 people"), unlike the default


def _bm25s() -> Any:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets DEBUG on import
    return bm25s


def tokenize(texts: list[str], as_ids: bool = True) -> Any:
    bm25s = _bm25s()

    return bm25s.tokenize(
        texts,
        token_pattern=_TOKENS,
        stopwords="en",
        stemmer=stemmer(),
        show_progress=False,
        return_ids=as_ids,
    )


@dataclass
class Lexical:
    ids: list[str]
    outlets: np.ndarray  # outlet of each chunk (object array)
    stories: np.ndarray  # story id of each chunk (object array; "" unmarked)
    stamps: np.ndarray  # published_ts of each chunk (int64, -1 unknown)
    generation: str
    retriever: Any

    @classmethod
    def build(cls, chunks: Iterable[Chunk], generation: str) -> Lexical:
        bm25s = _bm25s()

        from rag.chroma import date_to_ts

        items = list(chunks)
        retriever = bm25s.BM25()
        if items:
            retriever.index(tokenize([c.text for c in items]), show_progress=False)
        return cls(
            ids=[c.id for c in items],
            outlets=np.array([c.outlet for c in items], dtype=object),
            stories=np.array([c.story for c in items], dtype=object),
            stamps=np.array([date_to_ts(c.published_at) for c in items], dtype=np.int64),
            generation=generation,
            retriever=retriever,
        )

    def save(self, directory: Path) -> None:
        tmp = directory.with_name(directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.ids:
            self.retriever.save(str(tmp / "bm25"))
        meta = {
            "generation": self.generation,
            "ids": self.ids,
            "outlets": self.outlets.tolist(),
            "stories": self.stories.tolist(),
            "stamps": self.stamps.tolist(),
        }
        (tmp / "meta.json").write_text(json.dumps(meta))
        shutil.rmtree(directory, ignore_errors=True)
        tmp.rename(directory)

    @classmethod
    def load(cls, directory: Path) -> Lexical | None:
        """The saved index, or None when absent or unreadable (then it is rebuilt)."""
        bm25s = _bm25s()

        try:
            meta = json.loads((directory / "meta.json").read_text())
            stories = np.array(meta["stories"], dtype=object)  # absent: saved before stories
            retriever = bm25s.BM25.load(str(directory / "bm25")) if meta["ids"] else bm25s.BM25()
        except (OSError, ValueError, KeyError) as err:
            log.info("BM25 index at %s not usable (%s); it will be rebuilt", directory, err)
            return None
        return cls(
            ids=meta["ids"],
            outlets=np.array(meta["outlets"], dtype=object),
            stories=stories,
            stamps=np.array(meta["stamps"], dtype=np.int64),
            generation=meta["generation"],
            retriever=retriever,
        )

    def search(self, query: str, k: int, filters: Filters | None = None) -> list[tuple[str, float]]:
        """(chunk id, BM25 score) of the top-k chunks with a positive score."""
        if not self.ids or k <= 0:
            return []
        tokens = tokenize([query], as_ids=False)
        if not tokens or not tokens[0]:
            return []
        mask = self._mask(filters)
        k = min(k, len(self.ids))
        docs, scores = self.retriever.retrieve(
            tokens, k=k, weight_mask=mask, show_progress=False, n_threads=1
        )
        return [(self.ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0]) if float(s) > 0]

    def _mask(self, filters: Filters | None) -> np.ndarray | None:
        from rag.chroma import date_to_ts

        if filters is None or filters.empty:
            return None
        keep = np.ones(len(self.ids), dtype=bool)
        if filters.outlet:
            keep &= self.outlets == filters.outlet
        if filters.story:
            keep &= self.stories == filters.story
        if filters.since:
            keep &= self.stamps >= date_to_ts(filters.since)
        if filters.until:
            keep &= (self.stamps >= 0) & (self.stamps <= date_to_ts(filters.until))
        return keep.astype(np.float32)
