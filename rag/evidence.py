"""Evidence: what each outlet says about a question. Model-free.

`scored_sentences` scores every sentence of the retrieved passages against the
question (cosine with the packaged model, plus the share of the question's content
words the sentence holds, each weighed by its rarity when `Config.rare_words`);
`outlet_evidence` keeps, for every outlet, its single best sentence, verbatim, with
the passage number. It is ready before the LLM starts, shown beside every answer,
and it is the answer when the LLM is unavailable or unverifiable. The model reads
each outlet's best sentences (`rag.extract`), picked from the same scores.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from rag.embed import Embedder, SentenceVectors
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
    part: int = 0  # its passage's place in the article


def scored_sentences(
    question: str,
    vector: np.ndarray,
    hits: Sequence[Hit],
    vectors: SentenceVectors,
    word_weight: float = 0.3,
    rare_words: bool = False,
) -> list[Scored]:
    """Every sentence of every passage, scored against the question, best first:
    (1 − `word_weight`) × cosine + `word_weight` × the share of the question's content
    words it holds; with `rare_words` each word weighs by how few of the sentences hold
    it (log(1 + N / df)), so the name of the person asked about outweighs the event's
    name that every sentence of the story repeats."""
    asked = content_words(question)
    found = []
    for n, (hit, (sents, matrix)) in enumerate(
        zip(hits, vectors.of([h.chunk for h in hits])), start=1
    ):
        for position, (sentence, row, cosine) in enumerate(zip(sents, matrix, matrix @ vector)):
            if not instruction_like(sentence):  # never shown as what an outlet "says"
                found.append((n, hit, position, sentence, row, float(cosine)))
    words = [asked & content_words(f[3]) for f in found]
    weights = _rarity(asked, words) if rare_words else dict.fromkeys(asked, 1.0)
    total = sum(weights.values()) or 1.0
    scored = [
        Scored(
            n,
            outlet_name(hit),
            sentence,
            mixed(cosine, sum(weights[w] for w in held) / total, word_weight),
            row,
            position,
            hit.chunk.published_at,
            hit.chunk.article_id,
            hit.chunk.position,
        )
        for (n, hit, position, sentence, row, cosine), held in zip(found, words)
    ]
    return sorted(scored, key=lambda s: -s.score)


def mixed(cosine: float, share: float, word_weight: float) -> float:
    """A sentence's score: (1 − `word_weight`) × its cosine to the question +
    `word_weight` × the (weighted) share of the question's content words it holds."""
    return (1 - word_weight) * cosine + word_weight * share


def text_score(
    question: str, vector: np.ndarray, text: str, embedder: Embedder, word_weight: float
) -> float:
    """`text`'s score against the question as `scored_sentences` scores a sentence
    (every question word weighing the same): for a few sentences read as one."""
    asked = content_words(question)
    cosine = float(embedder.embed_documents([text])[0] @ vector)
    return mixed(cosine, len(asked & content_words(text)) / (len(asked) or 1), word_weight)


def favour(scored: Sequence[Scored], holds: Callable[[str], bool], bonus: float) -> list[Scored]:
    """`scored` with `bonus` added to each sentence that `holds` (for a count question:
    a sentence that counts the asked thing), best first again."""
    raised = [replace(s, score=s.score + bonus) if holds(s.sentence) else s for s in scored]
    return sorted(raised, key=lambda s: -s.score)


def _rarity(asked: set[str], held: Sequence[set[str]]) -> dict[str, float]:
    """Each asked word's weight, log(1 + N / df) over the N sentences; a word no
    sentence holds weighs nothing."""
    df = {w: sum(w in h for h in held) for w in asked}
    return {w: math.log(1 + len(held) / df[w]) if df[w] else 0.0 for w in asked}


def outlet_evidence(scored: Sequence[Scored]) -> tuple[OutletEvidence, ...]:
    """The best sentence of each outlet, best outlet first."""
    best: dict[str, OutletEvidence] = {}
    for s in scored:
        if s.outlet not in best:
            best[s.outlet] = OutletEvidence(
                outlet=s.outlet, n=s.n, sentence=s.sentence, score=s.score
            )
    return tuple(best.values())
