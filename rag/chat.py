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
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from rag.answer import (
    NO_PASSAGES,
    compose,
    compose_order,
    compose_timeline,
    fallback,
    merge,
    refusal,
)
from rag.compare import compare
from rag.config import Config
from rag.dates import previous_day
from rag.embed import SentenceVectors
from rag.errors import InputError, LLMError
from rag.evidence import Scored, outlet_evidence, outlet_name, outlet_name_of, scored_sentences
from rag.extract import (
    SCHEMA,
    OutletSentences,
    answer_text,
    asked,
    by_article,
    joint,
    messages,
    parse,
)
from rag.index import Index
from rag.llm import LLM, LLMPool, collect
from rag.prompts import Prompts
from rag.question import EARLIER, Question, analyze, as_of_in, names_outlet, parts
from rag.relative import written
from rag.retrieve import Retriever
from rag.text import content_words
from rag.timeline import TimelineEvent, before_after, find_event, timeline
from rag.types import (
    Answer,
    Done,
    Event,
    Evidence,
    Extraction,
    Filters,
    Hit,
    OutletEvidence,
    Retrieval,
    Timings,
    Token,
)
from rag.verify import fits_kind, ground, span_in, window

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
        self._articles: dict[str, str] = {}  # article id → text, for the verifier

    @classmethod
    def open(cls, config: Config) -> Assistant:
        return cls(config, Index.open(config))

    def warm(self, llm: str | None = None) -> None:
        """Load the model now and evaluate the fixed system prompt (llama.cpp keeps it)."""
        model = self.llms.get(llm)
        warm = getattr(model, "warm", None)
        if warm is not None:
            warm(messages("", OutletSentences("", ()), self.prompts, self.config.answer_format))

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
        as_of: str | None = None,
    ) -> Iterator[Event]:
        """The answer's events. `as_of` (or "As of DATE, …" in the question) answers from
        the articles published on or before DATE only."""
        started = time.perf_counter()
        question = self.check_question(question)
        written, standalone = as_of_in(question)
        as_of = min(d for d in (as_of, written, "9999-12-31") if d)
        as_of = "" if as_of.startswith("9999") else as_of
        model: LLM | None = None
        if history and _needs_context(standalone):
            model = self.llms.get(llm)
            standalone = self.condense(standalone, history, model)
        asked, per_article = analyze(standalone), None
        if asked.time in ("as_of_event", "just_before"):  # "the toll when the tower shut"
            day = self.event_day(asked.anchor, filters)
            day = previous_day(day) if day and asked.time == "just_before" else day
            as_of = min(d for d in (as_of, day) if d) if (as_of or day) else ""
        if k is None and asked.time in DATED:  # a story told in order: many reports
            k, per_article = self.config.timeline_top_k, 2
        elif k is None and (as_of or asked.latest):  # a value that changes
            k, per_article = self.config.latest_top_k, 1  # one passage from each report
        filters = until(filters, as_of)
        retrieval = self.retriever.retrieve(standalone, k, filters, per_article)
        yield from self._respond(question, standalone, retrieval, llm, model, started, as_of)

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
        as_of: str = "",
    ) -> Iterator[Event]:
        hits = retrieval.hits
        scored, outlets = self.evidence(standalone, retrieval)
        retrieved = time.perf_counter()
        yield Evidence(standalone, hits, outlets, retrieval.relevant)
        base = Answer(
            question=question,
            text="",
            passages=hits,
            outlets=outlets,
            standalone_question=standalone,
            as_of=as_of,
        )
        if not hits or not retrieval.relevant:
            reason = f"no passage is relevant enough (best {retrieval.best_relevance:.2f})"
            done = replace(refusal(base, reason), text=NO_PASSAGES)
            elapsed = retrieved - started
            yield Done(replace(done, timings=Timings(elapsed, 0.0, elapsed)))
            return
        yield from self._generate(base, scored, llm, model, started, retrieved)

    def event_day(self, event: str, filters: Filters | None) -> str:
        """The day the reports date `event` on ("the tower was shut down"), or ""."""
        c = self.config
        found = self.retriever.retrieve(event, c.latest_top_k, filters, per_article=1)
        scored, _ = self.evidence(event, found)
        hit = find_event(found.vector, scored, c.anchor_similarity)
        return hit.date if hit else ""

    def evidence(
        self, question: str, retrieval: Retrieval
    ) -> tuple[list[Scored], tuple[OutletEvidence, ...]]:
        """Every passage sentence scored against `question`, and each outlet's best one."""
        if not retrieval.relevant:
            return [], ()
        scored = scored_sentences(question, retrieval.vector, retrieval.hits, self.vectors)
        return scored, outlet_evidence(scored)

    def groups(self, question: str, scored: Sequence[Scored]) -> list[OutletSentences]:
        """The outlets the model is asked, each with its best sentences: only the
        outlets the question names, when it names any ("according to Newsmax")."""
        c = self.config
        groups = by_article(scored, c.evidence_per_outlet, c.min_outlet_relevance)
        named = [g for g in groups if names_outlet(question, g.outlet)]
        groups = named or groups
        asked = analyze(question)
        if asked.kind == "yesno" and len(groups) > 1:
            return [joint(groups, c.joint_per_outlet)]
        if asked.kind in ("number", "date"):  # a report with no number holds no count
            groups = [
                g for g in groups if any(fits_kind(asked.kind, s.sentence) for s in g.sentences)
            ]
        return groups

    def _generate(
        self,
        base: Answer,
        scored: Sequence[Scored],
        spec: str | None,
        model: LLM | None,
        started: float,
        retrieved: float,
    ) -> Iterator[Event]:
        question = analyze(base.standalone_question)
        if question.time in DATED:  # model-free: dated sentences, in order
            answer = self.dated_answer(base, question, scored)
            total = time.perf_counter() - started
            yield Done(replace(answer, timings=Timings(retrieved - started, 0.0, total)))
            return
        clock = _Clock(started)
        try:
            model = model or self.llms.get(spec)
            answers = []
            for part in parts(question.text):  # "…, and who else would be there?": each part
                asked_part = analyze(part) if part != question.text else question
                part_scored = scored if part == question.text else self.rescored(part, base)
                groups = self.groups(part, part_scored)
                raws = yield from self._ask(asked_part, groups, base.passages, model, clock)
                named = replace(base, model=model.name)
                answers.append(self.finish(named, asked_part, groups, raws))
            answer = merge(answers)
        except LLMError as err:
            log.warning("LLM failed: %s", err)
            failed = replace(base, model=getattr(model, "name", ""), llm_error=str(err))
            answer = fallback(failed, str(err))
        total = time.perf_counter() - started
        yield Done(replace(answer, timings=Timings(retrieved - started, clock.first, total)))

    def _ask(
        self,
        question: Question,
        groups: Sequence[OutletSentences],
        hits: Sequence[Hit],
        model: LLM,
        clock: _Clock,
    ) -> Generator[Event, None, list[str]]:
        """One model call per report; the answer field streams as Token events. Returns
        the raw replies."""
        c, raws = self.config, []
        for group in groups:
            raw, shown = "", False
            prompt = messages(asked(question), group, self.prompts, c.answer_format)
            schema = SCHEMA if c.answer_format == "json" and c.constrained else None
            stop = ("\n",) if c.answer_format == "line" else ()
            for delta, visible in answer_text(
                model.stream(prompt, c.max_extract_tokens, schema, stop)
            ):
                clock.tick()
                raw += delta
                if visible:
                    yield Token(visible if shown else f"{group.outlet}: {visible}")
                    shown = True
            if shown:
                yield Token("\n")
            raws.append(raw)
            if question.kind in ONE_ANSWER and self.check(question, group, raw, hits).answered:
                break  # a reason or a description: the best report that gives one
        return raws

    def rescored(self, text: str, base: Answer) -> list[Scored]:
        """The passages' sentences scored against one part of a question."""
        vector = self.index.embedder.embed_query(text)
        return scored_sentences(text, vector, base.passages, self.vectors)

    def dated_answer(self, base: Answer, question: Question, scored: Sequence[Scored]) -> Answer:
        """A timeline (all of it, or what came before or after an anchor event), or which
        of two events came first, from the dates of the sentences that report them."""
        c = self.config
        base = replace(base, kind=question.kind)
        relevant = [s for s in scored if s.score >= c.timeline_min_relevance]
        if question.time == "order":
            a, b = (self._anchor(text, scored) for text in (question.anchor, question.other))
            if a is None or b is None:
                return refusal(base, "the reports do not date both events")
            return compose_order(base, (question.anchor, a), (question.other, b))
        events = timeline(relevant, c.timeline_merge_similarity)
        heading = "Timeline, earliest first (each entry as its report dates it):"
        if question.time in ("after", "before"):
            anchor = self._anchor(question.anchor, scored)
            if anchor is None:
                return refusal(base, f"no report dates “{question.anchor}”")
            events = before_after(anchor.date, events, question.time == "after")
            when = written(anchor.date)
            heading = f"{question.time.capitalize()} {question.anchor} ({when}), earliest first:"
        return compose_timeline(base, events, heading, c.timeline_entries)

    def _anchor(self, text: str, scored: Sequence[Scored]) -> TimelineEvent | None:
        vector = self.index.embedder.embed_query(text)
        return find_event(vector, scored, self.config.anchor_similarity)

    def finish(
        self,
        base: Answer,
        question: Question,
        groups: Sequence[OutletSentences],
        raws: Sequence[str],
    ) -> Answer:
        """The verified, composed answer from the model's replies, one per outlet (also
        used to rescore stored replies with the current code: `rag eval rescore`)."""
        vector = self.index.embedder.embed_query(question.text)
        found = [
            self.check(question, g, raw, base.passages, vector) for g, raw in zip(groups, raws)
        ]
        vectors = {s.sentence: s.vector for g in groups for s in g.sentences}
        texts = self.outlet_texts(base.passages)
        comparison = compare(question, found, vectors, texts, self.config.comparison_rules)
        answer = compose(base, question, found, comparison)
        return replace(answer, raw="\n".join(raws))

    def check(
        self,
        question: Question,
        group: OutletSentences,
        raw: str,
        hits: Sequence[Hit],
        vector: np.ndarray | None = None,
    ) -> Extraction:
        """One outlet's reply, parsed and verified against its own sentences; for a
        value (`vector`: the question's embedding), how well the words around it fit the
        question, and off-topic when they fit it worse than `min_value_fit`."""
        c = self.config
        answer, number = parse(raw)
        sentences = group.sentences
        texts = self.article_texts(hits)
        contexts = [_context(hits[s.n - 1], texts) for s in sentences]
        near = [self._near(hits[s.n - 1], s) for s in sentences]
        verdict = ground(
            question.kind,
            question.text,
            answer,
            number - 1,
            [s.sentence for s in sentences],
            [s.score for s in sentences],
            contexts,
            near,
            self.index_outlets(),
            c.claim_word_share,
            c.min_answer_relevance,
        )
        if verdict.index < 0 or verdict.status == "not_found":
            return Extraction(
                group.outlet,
                verdict.status,
                answer,
                article_id=group.article_id,
                raw=raw,
                reason=verdict.reason,
                score=max((s.score for s in sentences), default=0.0),
            )
        s = sentences[verdict.index]
        chunk = hits[s.n - 1].chunk
        if question.kind not in ("yesno", "outlets"):
            answer = span_in(answer, s.sentence)
        fit, status, reason = 1.0, verdict.status, verdict.reason
        if vector is not None and question.slot:
            around = window(s.sentence, answer, c.value_window)
            fit = float(self.index.embedder.embed_documents([around])[0] @ vector)
            if fit < c.min_value_fit and status == "answered":
                status, reason = (
                    "off_topic",
                    f"the words around it ({around!r}) are about something else",
                )
        return Extraction(
            outlet=s.outlet,
            status=status,
            answer=answer,
            n=s.n,
            sentence=s.sentence,
            published_at=chunk.published_at,
            article_id=chunk.article_id,
            raw=raw,
            reason=reason,
            score=s.score,
            fit=fit,
        )

    def _near(self, hit: Hit, s: Scored) -> str:
        """A sentence with the one before it in its passage (where "he" is named)."""
        [(sentences, _)] = self.vectors.of([hit.chunk])
        before = sentences[s.position - 1] if 0 < s.position <= len(sentences) else ""
        return f"{before} {s.sentence}"

    def index_outlets(self) -> list[str]:
        """Outlet names a question may use for attribution ("according to Newsmax")."""
        return self.index.outlets()

    def article_texts(self, hits: Sequence[Hit]) -> dict[str, str]:
        """The whole text of each article the passages come from (cached per article)."""
        out = {}
        if len(self._articles) > 2_000:  # a long-running chat: keep memory bounded
            self._articles.clear()
        for article_id in dict.fromkeys(h.chunk.article_id for h in hits):
            if article_id not in self._articles:
                article = self.index.article(article_id)
                self._articles[article_id] = article.text if article else ""
            out[article_id] = self._articles[article_id] or next(
                h.chunk.text for h in hits if h.chunk.article_id == article_id
            )
        return out

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

    def answer(
        self,
        question: str,
        history: Sequence[str] = (),
        filters: Filters | None = None,
        k: int | None = None,
        llm: str | None = None,
    ) -> Answer:
        """Run `ask` to the end and return the final answer."""
        return final(self.ask(question, history, filters, k, llm))

    def condense(self, question: str, history: Sequence[str], model: LLM) -> str:
        """A standalone version of a follow-up; the plain concatenation if the model fails."""
        joined = "\n".join(f"- {h}" for h in history[-self.config.condense_turns :])
        prompt = self.prompts.render("condense", history=joined, question=question)
        try:
            text = collect(
                model, [{"role": "user", "content": prompt}], self.config.condense_max_tokens
            )
        except LLMError as err:
            log.warning("condensing failed (%s); using the questions together", err)
            text = ""
        text = text.strip().splitlines()[0] if text.strip() else ""
        text = text.removeprefix("Rewritten:").strip(" \"'“”")
        kept = content_words(question) & content_words(text)
        whole = len(kept) >= len(content_words(question)) / 2 and text.count("?") <= 1
        if not text or len(text) > 4 * len(question) + 200 or not whole:
            # the model lost or doubled the follow-up: ask it as it was, with its context
            return f"{question} ({EARLIER} {history[-1]})"
        return text


def final(events: Iterator[Event]) -> Answer:
    """The answer at the end of an event stream."""
    for event in events:
        if isinstance(event, Done):
            return event.answer
    raise AssertionError("the event stream ended without a Done event")


@dataclass
class _Clock:
    """When the question was asked, and when the model's first token came."""

    started: float
    first: float = 0.0

    def tick(self) -> None:
        self.first = self.first or time.perf_counter() - self.started


DATED = ("timeline", "after", "before", "order")  # answered from dated sentences, no model
ONE_ANSWER = ("reason", "other")  # kinds not compared across outlets: the first answer will do


def until(filters: Filters | None, as_of: str) -> Filters | None:
    """`filters` narrowed to articles published on or before `as_of` (when given)."""
    if not as_of:
        return filters
    base = filters or Filters()
    return replace(base, until=min(d for d in (base.until, as_of) if d))


def _context(hit: Hit, texts: dict[str, str]) -> str:
    """A sentence's context: its article's outlet, date, title and whole text."""
    c = hit.chunk
    return f"{c.outlet} {c.published_at} {c.title} {texts.get(c.article_id, c.text)}"


def _needs_context(question: str) -> bool:
    return bool(_FOLLOW_UP.search(question)) or len(question.split()) <= 4
