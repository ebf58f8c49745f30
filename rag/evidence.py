"""Evidence: what each outlet says about a question. Model-free.

`scored_sentences` scores every sentence of the retrieved passages against the
question (0.7 × cosine with the packaged model + 0.3 × share of the question's
content words); `outlet_evidence` keeps, for every outlet, its single best sentence,
verbatim, with the passage number. It is ready before the LLM starts, shown beside
every answer, and it is the answer when the LLM is unavailable or unverifiable.
The model reads each outlet's best sentences (`rag.extract`), picked from the same
scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from rag.embed import SentenceVectors
from rag.text import content_words, instruction_like
from rag.types import Article, Hit, OutletEvidence


def outlet_name(hit: Hit) -> str:
    return hit.chunk.outlet or hit.chunk.title or hit.chunk.article_id


def outlet_name_of(article: Article) -> str:
    return article.outlet or article.title or article.id


@dataclass(frozen=True)
class Scored:
    n: int  # passage number
    outlet: str
    sentence: str
    score: float
    vector: np.ndarray = field(compare=False, repr=False)
    position: int = 0  # the sentence's index within its passage
    published_at: str = ""  # of its article
    article_id: str = ""


def scored_sentences(
    question: str, vector: np.ndarray, hits: Sequence[Hit], vectors: SentenceVectors
) -> list[Scored]:
    """Every sentence of every passage, scored against the question, best first."""
    asked = content_words(question)
    scored = []
    for n, (hit, (sents, matrix)) in enumerate(
        zip(hits, vectors.of([h.chunk for h in hits])), start=1
    ):
        for position, (sentence, row, cosine) in enumerate(zip(sents, matrix, matrix @ vector)):
            if instruction_like(sentence):  # never shown as what an outlet "says"
                continue
            overlap = len(asked & content_words(sentence)) / max(len(asked), 1)
            score = 0.7 * float(cosine) + 0.3 * overlap
            scored.append(
                Scored(
                    n,
                    outlet_name(hit),
                    sentence,
                    score,
                    row,
                    position,
                    hit.chunk.published_at,
                    hit.chunk.article_id,
                )
            )
    return sorted(scored, key=lambda s: -s.score)


def outlet_evidence(scored: Sequence[Scored]) -> tuple[OutletEvidence, ...]:
    """The best sentence of each outlet, best outlet first."""
    best: dict[str, OutletEvidence] = {}
    for s in scored:
        if s.outlet not in best:
            best[s.outlet] = OutletEvidence(
                outlet=s.outlet, n=s.n, sentence=s.sentence, score=s.score
            )
    return tuple(best.values())
