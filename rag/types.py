"""Typed, frozen records that pass between pipeline stages.

ingest → `Article`; index → `Chunk`; retrieve → `Hit` / `Retrieval`; answer → `Answer`
(with `Citation`, `SentenceSupport`, `OutletEvidence`, `Disagreement`). The chat
stream emits `Evidence`, `Token` and `Done` events. Citations carry stable chunk ids:
the UI and the eval read them from here and never re-parse answer text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Union


@dataclass(frozen=True)
class Article:
    id: str  # file stem, or the id a JSON record gives
    title: str
    text: str  # cleaned body; chunk offsets point into it
    outlet: str = ""
    published_at: str = ""  # ISO date (YYYY-MM-DD) or ""
    url: str = ""
    author: str = ""
    attribution: tuple[str, ...] = ()  # credit / wire / copyright lines removed from text
    source: str = ""  # where it was read from (path, path:line)

    @property
    def content_hash(self) -> str:
        parts = [self.title, self.text, self.outlet, self.published_at, self.url, self.author]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Problem:
    """An input that could not be read (or was read with a warning)."""

    source: str  # path, or path:line
    message: str
    fatal: bool = True  # False: a warning; the article was still read

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class Chunk:
    id: str  # "<article_id>#<position>": stable across runs
    article_id: str
    text: str  # == article.text[start:end]
    position: int  # 0-based index within the article
    start: int
    end: int
    title: str = ""
    outlet: str = ""
    published_at: str = ""
    url: str = ""


@dataclass(frozen=True)
class ArticleInfo:
    id: str
    title: str
    outlet: str
    published_at: str
    url: str
    n_chunks: int
    content_hash: str


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # the ranking score of the stage that produced it
    relevance: float  # cosine similarity of the chunk to the question (refusal gate)


@dataclass(frozen=True)
class Filters:
    outlet: str | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive

    @property
    def empty(self) -> bool:
        return not (self.outlet or self.since or self.until)


@dataclass(frozen=True)
class Retrieval:
    question: str
    hits: tuple[Hit, ...]  # the passages, in the order they are numbered [1..n]
    best_relevance: float  # highest cosine among candidates (0 when none)
    relevant: bool  # passed the refusal gate
    vector: Any = field(default=None, compare=False, repr=False)  # the question's embedding


@dataclass(frozen=True)
class Citation:
    n: int  # the [n] marker
    chunk_id: str
    article_id: str
    outlet: str
    title: str
    published_at: str
    url: str
    passage: str  # the chunk text
    quote: str  # the sentence of the passage that supports the claim best


@dataclass(frozen=True)
class SentenceSupport:
    text: str  # the answer sentence, markers removed
    citations: tuple[int, ...]  # the [n] it cites after verification
    score: float  # support of the sentence by its best cited passage (0..1)
    supported: bool
    corrected: bool = False  # its citation was replaced by a better passage


@dataclass(frozen=True)
class OutletEvidence:
    outlet: str
    n: int  # passage number the sentence comes from
    sentence: str  # verbatim from the passage
    score: float


@dataclass(frozen=True)
class DisagreementValue:
    value: str
    outlet: str
    n: int
    quote: str


@dataclass(frozen=True)
class Disagreement:
    kind: str  # "number" | "date" | "entity"
    values: tuple[DisagreementValue, ...]


@dataclass(frozen=True)
class Timings:
    retrieve_s: float = 0.0
    first_token_s: float = 0.0  # from the question to the model's first token
    total_s: float = 0.0


@dataclass(frozen=True)
class Answer:
    question: str
    text: str  # final text with [n] markers (verified)
    passages: tuple[Hit, ...]  # numbered [1..n]
    citations: tuple[Citation, ...] = ()  # one per distinct cited passage
    sentences: tuple[SentenceSupport, ...] = ()
    outlets: tuple[OutletEvidence, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    standalone_question: str = ""  # the question retrieval used (follow-ups condensed)
    refused: bool = False
    refusal_reason: str = ""
    dropped_markers: int = 0  # [n] that pointed at no passage
    fallback: bool = False  # text is the per-outlet evidence, not the model's
    model: str = ""
    raw: str = ""  # the model's reply as it streamed, before verification
    timings: Timings = field(default_factory=Timings)


@dataclass(frozen=True)
class Evidence:
    """Emitted before the model's first token: what people can read at once."""

    question: str  # the standalone question
    passages: tuple[Hit, ...]
    outlets: tuple[OutletEvidence, ...]
    disagreements: tuple[Disagreement, ...]
    relevant: bool


@dataclass(frozen=True)
class Token:
    text: str


@dataclass(frozen=True)
class Done:
    answer: Answer


Event = Union[Evidence, Token, Done]
