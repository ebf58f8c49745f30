"""Typed, frozen records that pass between pipeline stages.

ingest → `Article`; index → `Chunk`; retrieve → `Hit` / `Retrieval`; answer → `Answer`
(with `Citation`, `SentenceSupport`, `OutletEvidence`, `Extraction`, `Comparison`). The chat
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
    group: str = ""  # near-duplicate group (rag.syndication); "" when not marked
    story: str = ""  # story cluster (rag.stories); "" when not marked
    wires: tuple[str, ...] = ()  # wire agencies its article credits


@dataclass(frozen=True)
class ArticleInfo:
    id: str
    title: str
    outlet: str
    published_at: str
    url: str
    n_chunks: int
    content_hash: str
    group: str = ""  # near-duplicate group: copies of one text share it
    story: str = ""  # the story (event) it belongs to
    wires: tuple[str, ...] = ()  # wire agencies it credits (or copies, via its group)
    derived: bool = False  # a copy or rewrite of another source, not independent reporting
    names: tuple[str, ...] = ()  # the people, places and organisations it names most


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # the ranking score of the stage that produced it
    relevance: float  # cosine similarity of the chunk to the question (refusal gate)
    also: tuple[str, ...] = ()  # other outlets whose near-identical passage this one stands for


@dataclass(frozen=True)
class Filters:
    outlet: str | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    story: str | None = None  # a story id (rag.stories)

    @property
    def empty(self) -> bool:
        return not (self.outlet or self.since or self.until or self.story)


@dataclass(frozen=True)
class Story:
    """Articles about one event, grouped at ingest (rag.stories)."""

    id: str
    label: str  # the names most of its articles share ("Halbrook Polymers · Sellwick")
    title: str  # the first report's headline
    articles: tuple[str, ...]  # article ids, first report first
    outlets: tuple[str, ...]  # distinct outlets, in the order they reported
    first_published: str  # ISO date of the first report ("" when undated)
    first_outlet: str
    latest_published: str  # ISO date of the latest update
    latest_outlet: str
    independent: int  # independent sources among its articles (copies of one wire count once)


@dataclass(frozen=True)
class SourceSupport:
    """How many outlets and independent sources a set of passages comes from: all
    copies and rewrites of one wire story count as one source (rag.syndication)."""

    outlets: int
    independent: int
    outlet_names: tuple[str, ...] = ()  # in passage order
    sources: tuple[tuple[str, ...], ...] = ()  # the outlets behind each independent source


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
class Extraction:
    """What one outlet's evidence says the answer is (one model call per outlet)."""

    outlet: str
    status: str  # answered | not_found | ungrounded | off_topic | failed
    answer: str = ""  # the model's answer, verified against `sentence`
    n: int = 0  # passage number of the sentence it stands in (0: none)
    sentence: str = ""  # that sentence, verbatim
    published_at: str = ""
    article_id: str = ""
    raw: str = ""  # the model's reply as it came
    reason: str = ""  # why it was not accepted, for people reading the record
    score: float = 0.0  # relevance to the question of its sentence (or its best one, if none)
    fit: float = 1.0  # cosine of the words around the value to the question (a value of what?)

    @property
    def answered(self) -> bool:
        return self.status == "answered"


@dataclass(frozen=True)
class SlotValue:
    value: str  # as the outlet writes it
    outlet: str
    n: int  # passage number
    quote: str  # the sentence it stands in, verbatim
    published_at: str = ""
    article_id: str = ""
    side: int = 0  # values the comparison counts as one value share a side (0: not told)


@dataclass(frozen=True)
class Comparison:
    """The outlets' answers to the asked slot, compared: they disagree, agree, or the
    value changed from one report to a later one."""

    slot: str  # what is compared, in words ("date of the planned visit")
    kind: str  # number | date | person | place | entity | quote
    relation: str  # disagree | agree | changed
    values: tuple[SlotValue, ...]  # changed: oldest report first
    silent: tuple[str, ...] = ()  # outlets among the passages that do not give the value


@dataclass(frozen=True)
class Timings:
    retrieve_s: float = 0.0
    first_token_s: float = 0.0  # from the question to the first answer words shown (or all)
    total_s: float = 0.0


@dataclass(frozen=True)
class Answer:
    question: str
    text: str  # final text with [n] markers (verified)
    passages: tuple[Hit, ...]  # numbered [1..n]
    citations: tuple[Citation, ...] = ()  # one per distinct cited passage
    sentences: tuple[SentenceSupport, ...] = ()
    outlets: tuple[OutletEvidence, ...] = ()
    comparisons: tuple[Comparison, ...] = ()
    extractions: tuple[Extraction, ...] = ()  # each outlet's answer, as the model gave it
    kind: str = ""  # what the question asks for (rag.question.KINDS)
    as_of: str = ""  # answered from articles published on or before this date only
    support: SourceSupport | None = None  # outlets and independent sources behind the citations
    direct: str = ""  # the direct answer alone, without its quotes
    standalone_question: str = ""  # the question retrieval used (follow-ups condensed)
    refused: bool = False
    refusal_reason: str = ""
    dropped_markers: int = 0  # [n] that pointed at no passage
    fallback: bool = False  # text is the per-outlet evidence, not the model's
    llm_error: str = ""  # why the model gave no answer (unreachable, too slow, ...); "" if it did
    model: str = ""
    raw: str = ""  # the model's replies as they streamed, before verification
    timings: Timings = field(default_factory=Timings)

    @property
    def disagreements(self) -> tuple[Comparison, ...]:
        return tuple(c for c in self.comparisons if c.relation == "disagree")


@dataclass(frozen=True)
class Evidence:
    """Emitted before the model's first token: what people can read at once."""

    question: str  # the standalone question
    passages: tuple[Hit, ...]
    outlets: tuple[OutletEvidence, ...]
    relevant: bool


@dataclass(frozen=True)
class Token:
    text: str


@dataclass(frozen=True)
class Done:
    answer: Answer


Event = Union[Evidence, Token, Done]
