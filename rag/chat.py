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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial

import numpy as np

from rag.answer import (
    NO_PASSAGES,
    fallback,
    merge,
    refusal,
)
from rag.claimcheck import reads
from rag.config import Config
from rag.dates import previous_day
from rag.daycheck import checks
from rag.embed import SentenceVectors
from rag.errors import InputError, LLMError
from rag.evidence import Scored, favour, outlet_evidence, scored_sentences
from rag.extract import (
    OutletSentences,
    messages,
)
from rag.index import Index
from rag.llm import LLM, LLMPool, collect
from rag.posts import asks_holder, gives_holder
from rag.prompts import Prompts
from rag.question import (
    EARLIER,
    SLOT_KINDS,
    Question,
    analyze,
    as_of_in,
    asks_its_value,
    claims_of,
    names_nothing,
    parts,
    without_event,
)
from rag.reports import DATED, Clock, Reports, reads_day, reads_person
from rag.retrieve import Retriever
from rag.text import content_words
from rag.timeline import find_event
from rag.types import (
    Answer,
    Done,
    Event,
    Evidence,
    Filters,
    Hit,
    OutletEvidence,
    Retrieval,
    Timings,
)
from rag.verify import (
    asked_deed,
    asks_age,
    asks_cause,
    asks_place_relation,
    asks_quantity,
    asks_role,
    asks_tenure,
    denies_deed,
    gives_age,
    gives_cause,
    gives_place_relation,
    gives_role,
    gives_tenure,
    holds_asked,
    holds_count,
    tells_day_of,
    tells_who_of,
)

log = logging.getLogger(__name__)

STORY_TIMES = ("timeline", "after", "before")  # questions answered by a story's dated events

_FOLLOW_UP = re.compile(
    r"^\s*(and|but|also|so|what about|how about|then|why|what else)\b"
    r"|\b(he|she|it|they|him|them|his|her|hers|their|its|this|that|those|these|there|the same|"
    r"similar|such|also|too|as well|else|again|the other|which one)\b",
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
        self.reports = Reports(config, index, self.vectors, self.prompts)

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
            if day:  # the reports up to that day are asked the value, not about the event
                standalone = without_event(standalone)
                asked = analyze(standalone)
        if k is None and asked.time in DATED:  # a story told in order: many reports
            k, per_article = self.config.timeline_top_k, 2
        elif k is None and (as_of or asked.latest):  # a value that changes
            k, per_article = self.config.latest_top_k, 1  # one passage from each report
        filters = until(filters, as_of)
        retrieval = self.retriever.retrieve(
            standalone, k, filters, per_article, self.depth(k, per_article)
        )
        if per_article and asked.time in STORY_TIMES:
            retrieval = self.whole_story(standalone, retrieval, filters)
        elif asked.time == "order":
            retrieval = self.with_events(retrieval, (asked.anchor, asked.other), filters)
        else:
            if asked.slot and k is None and retrieval.relevant:
                n = self.config.story_reports
                retrieval = self.retriever.story_reports(retrieval, n, filters)
            reading = passage_for(asked, standalone, bool(as_of) or asked.latest, self.config)
            if reading and self.config.count_passages:
                retrieval = self.retriever.reading_for(retrieval, *reading)
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
        scored, outlets = self.evidence(standalone, retrieval, bool(as_of))
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

    def depth(self, k: int | None, per_article: int | None) -> int:
        """The passages each retrieved report is read in (`Retriever.retrieve`'s
        `deepen`): with no k asked for, `report_passages` (the sentence that answers may
        sit in a report's next passage); for latest values too when `deepen_latest`;
        0 (no deeper reading) when the reader asked for k passages or for a timeline."""
        c = self.config
        if per_article is None and k is None:
            return c.report_passages
        if per_article == 1 and c.deepen_latest:  # one passage from each report
            return c.latest_passages
        return 0

    def whole_story(
        self, question: str, retrieval: Retrieval, filters: Filters | None
    ) -> Retrieval:
        """The passages of the story the retrieved ones speak most for, as many as
        `story_top_k`: a timeline reads the whole story, not only its best passages (an
        event told deep in one report is still an event). Unchanged when stories are
        not marked or the question already picks one."""
        if filters is not None and filters.story:
            return retrieval
        scored, _ = self.evidence(question, retrieval)
        story = self.reports.story(scored, retrieval.hits)
        if not story:
            return retrieval
        within = replace(filters or Filters(), story=story)
        k = self.config.story_top_k
        wider = self.retriever.retrieve(question, k, within, per_article=k, vector=retrieval.vector)
        return wider if wider.hits else retrieval

    def with_events(
        self, retrieval: Retrieval, events: Sequence[str], filters: Filters | None
    ) -> Retrieval:
        """The question's passages and, after them, those that tell each event it orders
        ("Did Raikes step aside before or after nurses rejected the 4.2% offer?"): an
        event told in a report the question's words do not reach is still dated."""
        hits, seen = list(retrieval.hits), {h.chunk.id for h in retrieval.hits}
        for event in events:
            found = self.event_passages(event, filters)
            hits += [h for h in found.hits if h.chunk.id not in seen]
            seen |= {h.chunk.id for h in found.hits}
        return replace(retrieval, hits=tuple(hits))

    def event_passages(self, event: str, filters: Filters | None) -> Retrieval:
        """The passages that tell `event` ("the tower was shut down"), one per report. No
        relevance gate here: a few words name an event, and `anchor_similarity` judges
        each sentence (the gate is for whether a whole question is covered)."""
        return self.retriever.retrieve(event, self.config.latest_top_k, filters, per_article=1)

    def event_day(self, event: str, filters: Filters | None) -> str:
        """The day the reports date `event` on ("the tower was shut down"), or ""."""
        found = self.event_passages(event, filters)
        scored = self.scored(event, found.vector, found.hits)
        hit = find_event(found.vector, scored, self.config.anchor_similarity, event)
        return hit.date if hit else ""

    def evidence(
        self, question: str, retrieval: Retrieval, changing: bool = False
    ) -> tuple[list[Scored], tuple[OutletEvidence, ...]]:
        """Every passage sentence scored against `question`, and each outlet's best one
        (`changing`: the value is asked as of a day, `scored`)."""
        if not retrieval.relevant:
            return [], ()
        scored = self.scored(question, retrieval.vector, retrieval.hits, changing)
        return scored, outlet_evidence(scored)

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
            answer = self.reports.dated(base, question, scored)
            total = time.perf_counter() - started
            yield Done(replace(answer, timings=Timings(retrieved - started, 0.0, total)))
            return
        clock = Clock(started)
        try:
            model = model or self.llms.get(spec)
            answers, asked = [], []
            for asked_part, groups in self.asked_parts(question, scored, base):
                raws = yield from self.reports.ask(asked_part, groups, base.passages, model, clock)
                named = replace(base, model=model.name)
                checker = self.checker(asked_part, spec)
                answers.append(self.reports.finish(named, asked_part, groups, raws, checker))
                asked.append(asked_part)
            answer = merge(answers, asked)
        except LLMError as err:
            log.warning("LLM failed: %s", err)
            failed = replace(base, model=getattr(model, "name", ""), llm_error=str(err))
            answer = fallback(failed, str(err))
        total = time.perf_counter() - started
        first = clock.first or total  # no words streamed (a refusal): the reader waits for all
        yield Done(replace(answer, timings=Timings(retrieved - started, first, total)))

    def checker(self, part: Question, spec: str | None) -> LLM | None:
        """The model that reads this part's day answers (`rag.daycheck`) or unanswered
        claims (`rag.claimcheck`) a second time: a second instance of `spec`'s (used by
        `ask` and by `rag eval rescore`); None when the part's answers are not read again."""
        return self.llms.get(spec, second=True) if checks(part) or reads(part) else None

    def asked_parts(
        self, question: Question, scored: Sequence[Scored], base: Answer
    ) -> Iterator[tuple[Question, list[OutletSentences]]]:
        """Each part of a question ("…, and who else would be there?") with the reports
        it asks: the whole question with its scored sentences, another part with the
        passages' sentences scored against it (used by `ask` and by `rag eval rescore`).
        An answer "as of" a day asks for the value then: the newest up to that day."""
        pieces, claims = parts(question.text), claims_of(question.text)
        for i, part in enumerate(pieces):
            if part == question.text:
                asked, found = question, scored
            else:
                # a later part that names nothing ("How much is it now?") is read with
                # the first part as its earlier question, and scored against both; so is
                # one that asks the value of what the first part asks at another time
                # ("…, and what will it be from March 1?"), of the first part's kind
                again = i > 0 and asks_its_value(part)
                bare = again or (i > 0 and names_nothing(part))
                asked = replace(analyze(part), context=pieces[0] if bare else question.context)
                if again and (first := analyze(pieces[0]).kind) in SLOT_KINDS:
                    asked = replace(asked, kind=first)
                found = self._rescored(f"{pieces[0]} {part}" if bare else part, base)
            asked = replace(asked, latest=True) if base.as_of else asked
            asked = replace(asked, claim=True) if part in claims else asked
            yield asked, self.reports.groups(part, found, asked.context)

    def scored(
        self, question: str, vector: np.ndarray, hits: Sequence[Hit], changing: bool = False
    ) -> list[Scored]:
        """Every sentence of `hits` scored against the question (`scored_sentences`); the
        sentences that give what `read_for` reads a report for first among equals
        (`count_bonus`: "It has 460 beds" over "The hospital was due to open in May").
        `changing`: the value is asked as of a day (a latest value is read so too)."""
        c = self.config
        scored = scored_sentences(
            question, vector, hits, self.vectors, c.sentence_word_weight, c.rare_words
        )
        asked = analyze(question)
        holds = read_for(asked, question, changing or asked.latest, c)
        if c.count_bonus and holds:
            scored = favour(scored, holds, c.count_bonus)
        return scored

    def _rescored(self, text: str, base: Answer) -> list[Scored]:
        """The passages' sentences scored against one part of a question."""
        vector = self.index.embedder.embed_query(text)
        return self.scored(text, vector, base.passages, bool(base.as_of))

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
        recent = history[-self.config.condense_turns :]
        joined = "\n".join(f"- {h}" for h in recent)
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
        earlier = set().union(*(content_words(h) for h in recent))
        resolved = (content_words(text) - content_words(question)) & earlier
        if (
            not text
            or len(text) > 4 * len(question) + 200
            or not whole
            or not resolved
            or _asks(question) not in ("", _asks(text))
        ):
            # the model lost or doubled the follow-up, took nothing from the questions before
            # it ("What would the meeting be about?"), or asks another thing ("Who is …" for
            # "What pay rise is she asking for?"): ask it as it was, with its context
            return f"{question} ({EARLIER} {history[-1]})"
        return text


def final(events: Iterator[Event]) -> Answer:
    """The answer at the end of an event stream."""
    for event in events:
        if isinstance(event, Done):
            return event.answer
    raise AssertionError("the event stream ended without a Done event")


def until(filters: Filters | None, as_of: str) -> Filters | None:
    """`filters` narrowed to articles published on or before `as_of` (when given)."""
    if not as_of:
        return filters
    base = filters or Filters()
    return replace(base, until=min(d for d in (base.until, as_of) if d))


_ASKS = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(who|whom|whose|what|which|when|where|why|how|is|are|was|were|"
    r"did|does|do|has|have|had|will|would|can|could)\b",
    re.I,
)


def _asks(question: str) -> str:
    """The word a question opens with ("And when?" → "when"), or "" when it opens with
    none ("The Post?"): a rewrite resolves "she" and "that", never what is asked."""
    m = _ASKS.match(question)
    return m.group(1).lower() if m else ""


def passage_for(
    asked: Question, question: str, changing: bool, config: Config
) -> tuple[Callable[[str, str], bool], Callable[[str, str], bool]] | None:
    """What a retrieved report is also read for in another of its passages
    (`Retriever.reading_for`), each test given a sentence and the one after it: (what
    none of its passages read has, what the other passage must have). What `read_for`
    reads it for, both; or, for on what day something was done (`Config.day_reading`),
    a sentence that may tell that day (`verify.tells_day_of`: a word of what was done,
    or a scene the next sentence tells), the other passage's sentence saying two or more
    of those words and most of them ("The council's health committee met on Monday to
    question the company's managers"; not "engineers last inspected the cliff on
    Thursday, September 28" for when the cliff below the road gave way); the day reading
    then favours it (`extract.read_at`). None: no other passage is read."""
    holds = read_for(asked, question, changing, config)
    if holds:
        each = _sentencewise(holds)
        return each, each
    if reads_day(asked.kind, question, config):
        return partial(tells_day_of, question), partial(tells_day_of, question, most=True)
    if reads_person(asked.kind, question, config):  # who did the asked act
        told = partial(tells_who_of, question)
        return told, told
    return None


def _sentencewise(holds: Callable[[str], bool]) -> Callable[[str, str], bool]:
    return lambda sentence, _after: holds(sentence)


def read_for(
    asked: Question, question: str, changing: bool, config: Config
) -> Callable[[str], bool] | None:
    """What each retrieved report is also read for (`Retriever.reading_for`): the asked
    count, for a count question; for a value that changes over time (latest or as of a
    day, each report's value listed with its date), a quantity of the asked measure too
    ("an area of about 2,000 square kilometres" for how large an area the search
    covered; "$7.91" for the share price); for a question asking who runs, leads or
    heads something (`Config.holder_rule`), a sentence naming who took or holds a post
    (`rag.posts`); for where something was going (or what it was near), a sentence that
    tells its journey; for someone's role, a sentence giving it in apposition; for a
    yes/no question asking whether something was done ("Has the bank fined X?",
    `Config.deed_denial`), a sentence that denies that deed; for why something happened
    (`Config.cause_reading`), a sentence that names a cause; for since when someone has
    run or led something (`Config.tenure_reading`), a sentence giving a post held since a
    year. None: nothing more is read."""
    if changing and asks_quantity(question, asked.kind):
        return partial(holds_asked, question)
    if asked.kind == "number" and asks_age(question):
        return partial(gives_age, question)
    if asked.kind == "number":
        return partial(holds_count, question)
    if config.holder_rule and asks_holder(question):
        return partial(gives_holder, question)
    if asked.kind == "place" and asks_place_relation(question):
        return partial(gives_place_relation, question)
    if asks_role(question) and asked.kind != "yesno":  # "said …, head of Old Masters at …"
        return partial(gives_role, question)
    if asked.kind == "yesno" and config.deed_denial and asked_deed(question):
        return partial(denies_deed, question)  # "The National Bank has not fined Interlink"
    if config.tenure_reading and asks_tenure(question):
        return partial(gives_tenure, question)  # "who has run the museum since 2026"
    if asked.kind == "reason" and config.cause_reading and asks_cause(question):
        return partial(gives_cause, question)  # "the outage was caused by a faulty …"
    return None


def _needs_context(question: str) -> bool:
    return bool(_FOLLOW_UP.search(question)) or len(question.split()) <= 4
