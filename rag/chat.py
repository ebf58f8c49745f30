"""Chat: one question in a conversation, from words to a verified, cited answer.

`Assistant.ask` is the whole pipeline as a stream of events: a follow-up is first
condensed with the earlier questions into a standalone one (prompt
`prompts/condense.txt`), then passages are retrieved, then an `Evidence` event
carries the passages, what each outlet says and any disagreement (before the model
starts), then `Token` events stream the model's reply, and a final `Done` event
carries the verified `Answer`. When retrieval finds nothing relevant the model is
not called; when the model fails, the answer is the per-outlet evidence and says why.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace

from rag.answer import NO_PASSAGES, build_messages, fallback, finalize
from rag.config import Config
from rag.disagree import find_disagreements
from rag.embed import SentenceVectors
from rag.errors import InputError, LLMError
from rag.evidence import outlet_evidence, outlet_name, outlet_name_of, scored_sentences
from rag.index import Index
from rag.llm import LLM, LLMPool, collect
from rag.prompts import Prompts
from rag.retrieve import Retriever
from rag.types import Answer, Done, Event, Evidence, Filters, Hit, Retrieval, Timings, Token

log = logging.getLogger(__name__)

_FOLLOW_UP = re.compile(
    r"^\s*(and|but|also|so|what about|how about|then|why|what else)\b"
    r"|\b(he|she|it|they|them|his|her|their|its|this|that|those|these|there|the same|similar|"
    r"such|also|too|as well|else|again|the other|which one)\b",
    re.I,
)


class Assistant:
    def __init__(self, config: Config, index: Index, llms: LLMPool | None = None) -> None:
        self.config = config
        self.index = index
        self.vectors = SentenceVectors(index.embedder)
        self.retriever = Retriever(index, config, self.vectors)
        self.llms = llms or LLMPool(config)
        self.prompts = Prompts(config.prompts_dir)

    @classmethod
    def open(cls, config: Config) -> Assistant:
        return cls(config, Index.open(config))

    def warm(self, llm: str | None = None) -> None:
        """Load the model now and evaluate the fixed system prompt (llama.cpp keeps it)."""
        model = self.llms.get(llm)
        warm = getattr(model, "warm", None)
        if warm is not None:
            warm(build_messages("", (), self.prompts))

    def check_question(self, question: str) -> str:
        question = " ".join(question.split())
        if not question:
            raise InputError("the question is empty")
        if len(question) > self.config.max_question_chars:
            raise InputError(
                f"the question is {len(question):,} characters long; the limit is "
                f"{self.config.max_question_chars:,} (RAG_MAX_QUESTION_CHARS)"
            )
        return question

    def ask(
        self,
        question: str,
        history: Sequence[str] = (),
        filters: Filters | None = None,
        k: int | None = None,
        llm: str | None = None,
    ) -> Iterator[Event]:
        started = time.perf_counter()
        question = self.check_question(question)
        model: LLM | None = None
        standalone = question
        if history and _needs_context(question):
            model = self.llms.get(llm)
            standalone = self.condense(question, history, model)
        retrieval = self.retriever.retrieve(standalone, k, filters)
        yield from self._respond(question, standalone, retrieval, llm, model, started)

    def ask_with_passages(
        self, question: str, hits: Sequence[Hit], llm: str | None = None
    ) -> Iterator[Event]:
        """Answer from the given passages, skipping retrieval (e.g. gold evidence in evals)."""
        started = time.perf_counter()
        vector = self.index.embedder.embed_query(question)
        retrieval = Retrieval(question, tuple(hits), 1.0, bool(hits), vector)
        yield from self._respond(question, question, retrieval, llm, None, started)

    def _respond(
        self,
        question: str,
        standalone: str,
        retrieval: Retrieval,
        llm: str | None,
        model: LLM | None,
        started: float,
    ) -> Iterator[Event]:
        hits = retrieval.hits
        scored = (
            scored_sentences(standalone, retrieval.vector, hits, self.vectors)
            if retrieval.relevant
            else []
        )
        texts = self.outlet_texts(hits)
        outlets, disagreements = (
            outlet_evidence(scored),
            find_disagreements(standalone, scored, texts),
        )
        retrieved = time.perf_counter()
        yield Evidence(standalone, hits, outlets, disagreements, retrieval.relevant)
        base = Answer(
            question=question,
            text="",
            passages=hits,
            outlets=outlets,
            disagreements=disagreements,
            standalone_question=standalone,
        )
        if not hits or not retrieval.relevant:
            reason = f"no passage is relevant enough (best {retrieval.best_relevance:.2f})"
            yield Done(
                replace(
                    base,
                    text=NO_PASSAGES,
                    refused=True,
                    refusal_reason=reason,
                    timings=Timings(retrieved - started, 0.0, retrieved - started),
                )
            )
            return
        yield from self._generate(base, llm, model, started, retrieved)

    def outlet_texts(self, hits: Sequence[Hit]) -> dict[str, str]:
        """Each outlet's full article texts (to tell a contradiction from an omission)."""
        texts: dict[str, list[str]] = {}
        for article_id in dict.fromkeys(h.chunk.article_id for h in hits):
            article = self.index.article(article_id)
            if article is not None:
                texts.setdefault(outlet_name_of(article), []).append(article.text)
        for hit in hits:  # passages from outside the index speak for themselves
            texts.setdefault(outlet_name(hit), []).append(hit.chunk.text)
        return {outlet: "\n".join(parts) for outlet, parts in texts.items()}

    def _generate(
        self, base: Answer, spec: str | None, model: LLM | None, started: float, retrieved: float
    ) -> Iterator[Event]:
        first = 0.0
        parts: list[str] = []
        try:
            model = model or self.llms.get(spec)
            messages = build_messages(base.standalone_question, base.passages, self.prompts)
            for delta in model.stream(messages, self.config.max_answer_tokens):
                first = first or time.perf_counter() - started
                parts.append(delta)
                yield Token(delta)
        except LLMError as err:
            log.warning("LLM failed: %s", err)
            answer = fallback(replace(base, model=getattr(model, "name", "")), str(err))
        else:
            answer = finalize(
                base.question,
                "".join(parts),
                base.passages,
                base.outlets,
                base.disagreements,
                self.vectors,
                model.name,
            )
            answer = replace(answer, standalone_question=base.standalone_question)
        total = time.perf_counter() - started
        yield Done(replace(answer, timings=Timings(retrieved - started, first, total)))

    def answer(self, question: str, **kwargs: object) -> Answer:
        """Run `ask` to the end and return the final answer."""
        return final(self.ask(question, **kwargs))  # type: ignore[arg-type]

    def condense(self, question: str, history: Sequence[str], model: LLM) -> str:
        """A standalone version of a follow-up; the plain concatenation if the model fails."""
        joined = "\n".join(f"- {h}" for h in history[-3:])
        prompt = self.prompts.render("condense", history=joined, question=question)
        try:
            text = collect(model, [{"role": "user", "content": prompt}], 60)
        except LLMError as err:
            log.warning("condensing failed (%s); using the questions together", err)
            text = ""
        text = text.strip().splitlines()[0] if text.strip() else ""
        text = text.removeprefix("Rewritten:").strip(" \"'“”")
        if not text or len(text) > 4 * len(question) + 200:
            return f"{history[-1]} {question}"
        return text


def final(events: Iterator[Event]) -> Answer:
    """The answer at the end of an event stream."""
    for event in events:
        if isinstance(event, Done):
            return event.answer
    raise AssertionError("the event stream ended without a Done event")


def _needs_context(question: str) -> bool:
    return bool(_FOLLOW_UP.search(question)) or len(question.split()) <= 4
