"""Answer: the prompt for the model, and the verified `Answer` built from its reply.

`build_messages` numbers the passages ([1]..[n], headed with outlet and date) under
a fixed system prompt, so that llama.cpp's prefix cache keeps the system part warm
across questions. `finalize` turns the model's raw reply into an `Answer`: marks
parsed into `Citation` records bound to chunk ids (marks that point at no passage
are dropped and counted), every sentence verified (`rag.verify`), the model's own
refusal recognised, a deterministic sentence added when outlets disagree and the
reply does not name every value with its source, and the per-outlet evidence put in
its place when no sentence of the reply is supported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rag.embed import SentenceVectors
from rag.llm import Message
from rag.prompts import Prompts
from rag.text import content_words, normalize, redact, sentences
from rag.types import Answer, Citation, Disagreement, Hit, OutletEvidence, SentenceSupport
from rag.verify import is_refusal, parse_markers, render, verify

REFUSAL = "The sources do not say."
NO_PASSAGES = "The articles in the index do not cover this question."


def build_messages(question: str, hits: Sequence[Hit], prompts: Prompts) -> list[Message]:
    passages = "\n\n".join(
        prompts.render(
            "passage",
            n=n,
            outlet=h.chunk.outlet or "Unknown outlet",
            date=h.chunk.published_at or "undated",
            text=" ".join(redact(h.chunk.text).split()),
        )
        for n, h in enumerate(hits, start=1)
    )
    return [
        {"role": "system", "content": prompts.render("answer_system")},
        {
            "role": "user",
            "content": prompts.render("answer_user", passages=passages, question=question),
        },  # noqa: E501
    ]


def citation(n: int, hit: Hit, claim: str = "") -> Citation:
    """The record for passage `n`; `quote` is its sentence closest to `claim`."""
    chunk = hit.chunk
    return Citation(
        n=n,
        chunk_id=chunk.id,
        article_id=chunk.article_id,
        outlet=chunk.outlet,
        title=chunk.title,
        published_at=chunk.published_at,
        url=chunk.url,
        passage=chunk.text,
        quote=best_sentence(chunk.text, claim),
    )


def best_sentence(passage: str, claim: str) -> str:
    parts = sentences(passage) or [passage]
    if not claim:
        return parts[0]
    words = content_words(claim)
    return max(
        parts, key=lambda s: len(words & content_words(s)) / (1 + len(content_words(s))) ** 0.5
    )


def finalize(
    question: str,
    raw: str,
    hits: Sequence[Hit],
    outlets: Sequence[OutletEvidence],
    disagreements: Sequence[Disagreement],
    vectors: SentenceVectors,
    model: str,
) -> Answer:
    marked, dropped = parse_markers(raw, len(hits))
    checked = verify(marked, hits, vectors, question)
    base = Answer(
        question=question,
        text="",
        passages=tuple(hits),
        outlets=tuple(outlets),
        disagreements=tuple(disagreements),
        dropped_markers=dropped,
        model=model,
        raw=raw,
    )
    if not checked or (is_refusal(checked[0].text) and not _claims(checked[1:])):
        if disagreements:  # the sources do speak to it, and disagree: say so instead
            lines = disagreement_sentences(disagreements, [])
            return replace(
                base, text=render(lines), sentences=tuple(lines), citations=_citations(lines, hits)
            )
        return replace(
            base,
            text=REFUSAL,
            sentences=tuple(checked),
            refused=True,
            refusal_reason="the model found no answer in the passages",
        )
    if not any(s.supported and s.citations for s in checked):
        return fallback(
            base, "the model's answer could not be verified against the sources", sentences=checked
        )
    checked += disagreement_sentences(disagreements, checked)
    return replace(
        base, text=render(checked), sentences=tuple(checked), citations=_citations(checked, hits)
    )


def _claims(checked: Sequence[SentenceSupport]) -> bool:
    return any(s.supported and s.citations for s in checked)


def disagreement_sentences(
    disagreements: Sequence[Disagreement], checked: Sequence[SentenceSupport]
) -> list[SentenceSupport]:
    """One sentence per disagreement the reply does not already state with sources."""
    added = []
    for d in disagreements:
        if all(_stated(v.value, v.n, checked) for v in d.values):
            continue
        told = "; ".join(f"{v.outlet} says {v.value} [{v.n}]" for v in d.values)
        text = f"Sources disagree: {told}."
        added.append(
            SentenceSupport(
                text=text, citations=tuple(v.n for v in d.values), score=1.0, supported=True
            )
        )
    return added


def _stated(value: str, n: int, checked: Sequence[SentenceSupport]) -> bool:
    needle = f" {normalize(value)} "
    return any(n in s.citations and needle in f" {normalize(s.text)} " for s in checked)


def _citations(checked: Sequence[SentenceSupport], hits: Sequence[Hit]) -> tuple[Citation, ...]:
    claim_of: dict[int, str] = {}
    for s in checked:
        for n in s.citations:
            claim_of.setdefault(n, s.text)
    return tuple(citation(n, hits[n - 1], claim_of[n]) for n in sorted(claim_of))


def fallback(base: Answer, reason: str, sentences: Sequence[SentenceSupport] = ()) -> Answer:
    """The per-outlet evidence as the answer (model unavailable or unverifiable)."""
    if not base.outlets:
        return replace(base, text=REFUSAL, refused=True, refusal_reason=reason, fallback=True)
    lines = [f"- {e.outlet}: “{e.sentence}” [{e.n}]" for e in base.outlets]
    text = "I could not give a verified answer; what each outlet says:\n" + "\n".join(lines)
    cites = [citation(e.n, base.passages[e.n - 1], e.sentence) for e in base.outlets]
    disagree = disagreement_sentences(base.disagreements, [])
    if disagree:  # the deterministic disagreement line holds even when the model's does not
        text += "\n" + render(disagree)
        cites += _citations(disagree, base.passages)
    return replace(
        base,
        text=text,
        citations=_unique(cites),
        sentences=(*sentences, *disagree),
        refused=True,
        refusal_reason=reason,
        fallback=True,
    )


def _unique(cites: Sequence[Citation]) -> tuple[Citation, ...]:
    seen: dict[int, Citation] = {}
    for c in cites:
        seen.setdefault(c.n, c)
    return tuple(seen[n] for n in sorted(seen))
