"""Reports: the question put to each report, and the replies verified and composed.

A report is one article among the retrieved passages. `Reports.groups` picks the
reports to ask and each one's best sentences (`rag.extract`); `ask` puts the question
to each, one model call a report, streaming the answer field as `Token` events; `check`
verifies a reply against its own sentences (`rag.verify`) and measures how well the
words around a value fit the question; `finish` compares the verified values
(`rag.compare`) and writes the answer (`rag.answer`). `dated` answers time questions
(timelines, before and after, which came first) from dated sentences, with no model.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from rag.answer import (
    compose,
    compose_denial,
    compose_order,
    compose_report_order,
    compose_timeline,
    refusal,
)
from rag.attribution import source_reply
from rag.claimcheck import claim_chance, open_claim, verdict
from rag.compare import compare
from rag.config import Config
from rag.dates import MONTH_NAMES
from rag.daycheck import told_chance, unvouched
from rag.embed import SentenceVectors
from rag.evidence import Scored, outlet_name, outlet_name_of, text_score
from rag.extract import (
    SCHEMA,
    OutletSentences,
    answer_text,
    asked,
    by_article,
    joint,
    messages,
    parse,
    polarity,
    read_at,
    reply_shape,
)
from rag.index import Index
from rag.llm import LLM
from rag.posts import asks_holder, holder, people_named
from rag.prompts import Prompts
from rag.question import Question, analyze, asks_source, names_outlet, premise
from rag.relative import annotate, dated_value, written
from rag.syndication import support
from rag.text import contains, normalize, sentences
from rag.timeline import (
    TimelineEvent,
    before_after,
    find_event,
    main_story,
    most_relevant,
    premise_denied,
    related,
    timeline,
)
from rag.types import Answer, Event, Extraction, Hit, SourceSupport, Token
from rag.verify import (
    CHOSEN,
    QUOTED_NAME,
    added_not_total,
    already_past,
    amount_unnamed,
    another_speaker,
    asked_measures,
    asks_day,
    asks_quantity,
    asks_report_words,
    attribution_only,
    before_cause,
    blog_day,
    body_not_doer,
    clause_after,
    count_in_state,
    count_of_asked,
    count_of_event,
    count_owner,
    count_unnamed,
    counted_words,
    counts_all_of,
    counts_other,
    counts_residents,
    counts_thing,
    dated_before_asked,
    dateline_region,
    dates_adjunct,
    dates_other_act,
    dates_other_event,
    day_of_asked_act,
    day_unnamed,
    described,
    done_by_another,
    done_by_other,
    earlier_figure,
    earlier_year,
    echoes,
    event_missing,
    fits_kind,
    founding_year,
    gives_otherwise,
    ground,
    in_dateline,
    in_spite_of,
    journey_end,
    kind_unsaid,
    left_state,
    limit_mismatch,
    measured_away,
    measures_other,
    miscopied_date,
    missed_day,
    missing_names,
    names_day,
    negates,
    other_day,
    other_end,
    other_event,
    other_length,
    other_numbered,
    other_of,
    other_year,
    part_alone,
    part_of_whole,
    place_relation_missing,
    placed_off,
    planned_count,
    planned_not_done,
    planned_only,
    population_missing,
    quantity_of_asked,
    quote_after,
    rank_not_count,
    refers_back,
    reports_words,
    role_of,
    said_unchanged,
    several_for_one,
    short_of_all,
    someone_not_somewhere,
    someones_age,
    span_in,
    speaker_before,
    speaker_only,
    successor,
    sum_counts_things,
    sum_missing,
    sum_of_other_act,
    sum_unwritten,
    superseded_date,
    tells_day_of,
    tells_no_cause,
    tells_one_act,
    tells_who_of,
    tenure_year,
    total_beside,
    total_for_each,
    total_of,
    unit_unsaid,
    verb_before,
    who_asked_of,
    whole_of_part,
    wider_count,
    window,
    with_currency,
)


@dataclass
class Clock:
    """When the question was asked, and when its first answer words were shown."""

    started: float
    first: float = 0.0

    def tick(self) -> None:
        self.first = self.first or time.perf_counter() - self.started


DATED = (  # answered from dated sentences or dated reports, no model
    "timeline",
    "after",
    "before",
    "order",
    "reported_before",
    "reported_after",
)
ONE_ANSWER = ("reason", "other")  # kinds not compared across outlets: the first answer will do


class Reports:
    """Everything an answer does with the reports, for one index and one config."""

    def __init__(
        self, config: Config, index: Index, vectors: SentenceVectors, prompts: Prompts
    ) -> None:
        self.config = config
        self.index = index
        self.vectors = vectors
        self.prompts = prompts
        self._articles: dict[str, str] = {}  # article id → text, for the verifier

    def groups(
        self, question: str, scored: Sequence[Scored], context: str = ""
    ) -> list[OutletSentences]:
        """The outlets the model is asked, each with its best sentences: only the
        outlets the question names, when it names any ("according to Newsmax"), else
        those its earlier question (`context`, a follow-up's) named."""
        c = self.config
        asked = analyze(question)
        groups = by_article(scored, c.evidence_per_outlet, c.min_outlet_relevance)
        # a yes/no weighs the reports it names ("does the Post say X, while Reuters …")
        # however little of the question each one's sentences share
        every = by_article(scored, c.evidence_per_outlet, 0.0) if asked.kind == "yesno" else groups
        named = [g for g in every if names_outlet(question, g.outlet)] or [
            g for g in every if context and names_outlet(context, g.outlet)
        ]
        groups = named or groups
        if asked.kind == "yesno" and len(groups) > 1:
            return [joint(groups, c.joint_per_outlet)]
        if reads_day(asked.kind, question, c):
            groups = [
                read_at(
                    scored,
                    g,
                    names_day,
                    partial(tells_day_of, question),
                    partial(tells_day_of, question, most=True),
                    c.evidence_per_outlet,
                    c.count_bonus,
                )
                for g in groups
            ]
        if reads_person(asked.kind, question, c):
            told = partial(tells_who_of, question)
            groups = [
                read_at(scored, g, _names_anyone, told, told, c.evidence_per_outlet, c.count_bonus)
                for g in groups
            ]
        if asked.kind in ("number", "date"):  # a report with no number holds no count
            groups = [
                g for g in groups if any(fits_kind(asked.kind, s.sentence) for s in g.sentences)
            ]
        return groups

    def ask(
        self,
        question: Question,
        groups: Sequence[OutletSentences],
        hits: Sequence[Hit],
        model: LLM,
        clock: Clock,
    ) -> Generator[Event, None, list[str]]:
        """One model call per report; the answer field streams as Token events. Returns
        the raw replies."""
        c, raws = self.config, []
        if self.denial(question, hits) is not None:
            return [""] * len(groups)  # the reports deny the question's event: none is asked
        for group in groups:
            if self._cannot_tell_why(question, group):
                raws.append("")  # no sentence of it could give the asked cause: not asked
                continue
            raw, shown = "", False
            ruled = (held_by(question, group) if c.holder_rule else "") or (
                held_since(question, group) if c.tenure_reading else ""
            )
            deltas = [ruled] if ruled else self._stream(question, group, model)
            for delta, visible in answer_text(deltas):
                raw += delta
                if visible:  # the first words a reader can see (not the reply's "{")
                    clock.tick()
                    yield Token(visible if shown else f"{group.outlet}: {visible}")
                    shown = True
            if shown:
                yield Token("\n")
            raws.append(raw)
            if self.settles(question, group, raw, hits):
                break  # a reason or a description: the best report that gives one
        return raws

    def denial(self, question: Question, hits: Sequence[Hit]) -> Extraction | None:
        """The sentence of the passages that denies the event the question takes as
        having happened (`timeline.premise_denied`), as the extraction it is cited by;
        None when the question takes none or the passages do not deny it. One decision
        for which reports are asked and for the answer."""
        event = premise(question)
        if not event:  # most questions: no passage need be split
            return None
        said = [(n, h, s) for n, h in enumerate(hits, 1) for s in sentences(h.chunk.text)]
        denied = premise_denied(event, [s for _, _, s in said])
        for n, h, s in said:
            if denied and s == denied:
                c = h.chunk
                return Extraction(c.outlet, "answered", "", n, s, c.published_at, c.article_id)
        return None

    def _cannot_tell_why(self, question: Question, group: OutletSentences) -> bool:
        """For a question asking why, does every sentence of the report tell no cause
        (`verify.tells_no_cause`)? Any reply would be turned down by the check that
        reads its sentence, so the report is not asked (a cause is asked of every
        report, to be compared)."""
        return all(self._no_cause(question, s.sentence) for s in group.sentences)

    def _no_cause(self, question: Question, sentence: str) -> bool:
        """Is `sentence` no answer to a question asking why, because it tells no cause
        (`verify.tells_no_cause`)? One decision for the check of a reply and for which
        reports are asked at all."""
        return (
            self.config.cause_reading
            and question.kind == "reason"
            and tells_no_cause(question.text, sentence)
        )

    def _stream(self, question: Question, group: OutletSentences, model: LLM) -> Iterator[str]:
        """The model's reply for one report, as it streams."""
        c = self.config
        prompt = messages(asked(question), group, self.prompts, c.answer_format)
        schema = SCHEMA if c.answer_format == "json" and c.constrained else None
        start, stop = reply_shape(c.answer_format, question.kind, c.short_reply)
        start = "" if schema else start  # a grammar writes the reply from its first brace
        return model.stream(prompt, c.max_extract_tokens, schema, stop, start)

    def settles(
        self, question: Question, group: OutletSentences, raw: str, hits: Sequence[Hit]
    ) -> bool:
        """Does this report's reply give a reason or a description (`ONE_ANSWER`; not a
        cause, which reports may give differently)? Then no further report is asked."""
        return (
            question.kind in ONE_ANSWER
            and not question.slot  # a cause is compared across the reports
            and self.check(question, group, raw, hits).answered
        )

    def dated(self, base: Answer, question: Question, scored: Sequence[Scored]) -> Answer:
        """A timeline (all of it, or what came before or after an anchor event), or which
        of two events came first, from the dates of the sentences that report them."""
        c = self.config
        base = replace(base, kind=question.kind)
        if (denial := self.denial(question, base.passages)) is not None:
            return compose_denial(base, question.anchor, denial)
        story = self.story(scored, base.passages)
        floor = c.story_min_relevance if story else c.timeline_min_relevance
        relevant = [
            s
            for s in scored
            if s.score >= floor and (not story or base.passages[s.n - 1].chunk.story == story)
        ]
        if question.time.startswith("reported_"):
            first, second = (self._report(t, scored) for t in (question.anchor, question.other))
            if first is None or second is None:
                return refusal(base, "the reports do not date both reports")
            before = question.time == "reported_before"
            answer = compose_report_order(base, before, first, second)
            return replace(answer, support=self.support(answer))
        if question.time == "order":
            a, b = (self._anchor(text, scored) for text in (question.anchor, question.other))
            if a is None or b is None:
                return refusal(base, "the reports do not date both events")
            answer = compose_order(base, (question.anchor, a), (question.other, b))
            return replace(answer, support=self.support(answer))
        events = timeline(relevant, c.timeline_merge_similarity, scored)
        heading = "Timeline, earliest first (each entry as its report dates it):"
        told: list[TimelineEvent] = []
        if question.time in ("after", "before"):
            vector = self.index.embedder.embed_query(question.anchor)  # once, read thrice
            closest = self._told(question, relevant, vector)
            told = [e for e, _ in closest]
            anchor = self._anchor(question.anchor, scored, vector)
            if anchor is None and not told:
                return refusal(base, f"no report dates “{question.anchor}”")
            bound = self._bound(question, anchor, closest, vector)
            anchor = bound or anchor
            when = written(anchor.date) if anchor else "no report gives its day"
            when = f"by {when}" if bound else when
            heading = f"{question.time.capitalize()} {question.anchor} ({when}), earliest first:"
            after = question.time == "after"
            events = before_after(anchor.date, events, after) if anchor else []
        shown = {e.sentence for e in told}
        events = [e for e in events if e.sentence not in shown]
        events = most_relevant(events, c.timeline_entries - len(told), c.timeline_diversity)
        if told:
            events = sorted([*told, *events], key=lambda e: (e.date, e.end_date, e.n))
        answer = compose_timeline(base, events, heading, c.timeline_entries)
        return replace(answer, support=self.support(answer))

    def _told(
        self, question: Question, relevant: Sequence[Scored], anchor: np.ndarray
    ) -> list[tuple[TimelineEvent, float]]:
        """The events reports say, in their own words, came after (before) the anchor
        (`rag.timeline.related`: "… has postponed the strike …, after Health Minister
        Selwyn Thackery stepped into the dispute"), whatever their day — one on the
        anchor's own day too — the clause they name it by as close to the anchor as a
        sentence that dates it must be; with that closeness (`anchor`: the anchor's
        vector)."""
        found = [
            r for s in relevant for r in related(s, question.time, question.text, question.anchor)
        ]
        if not found:
            return []
        vectors = self.index.embedder.embed_documents([r.other for r in found])
        close = [(r.event, float(v @ anchor)) for r, v in zip(found, vectors)]
        kept = [(e, sim) for e, sim in close if sim >= self.config.anchor_similarity]
        return list({e.sentence: (e, sim) for e, sim in kept}.values())

    def _bound(
        self,
        question: Question,
        anchor: TimelineEvent | None,
        told: Sequence[tuple[TimelineEvent, float]],
        vector: np.ndarray,
    ) -> TimelineEvent | None:
        """The day by which the anchor happened, when a report tells its own event after
        the anchor in a clause closer to the anchor than the sentence that dates it
        ("Councillor Lionel Grayle stood down … on Tuesday after it emerged that his
        brother-in-law had leased land …" for "it came out that a relative of his had
        leased land …", over the approval meeting's sentence, April 30): the told event's
        day, when it had happened by its report's (not a day set ahead) and is not the
        day that sentence gives; None otherwise."""
        if question.time != "after":
            return None
        done = [(e, sim) for e, sim in told if not e.by_report and e.date <= e.published_at[:10]]
        if not done:
            return None
        event, sim = max(done, key=lambda pair: pair[1])
        if anchor is None:
            return event
        if anchor.date == event.date or anchor.vector is None:
            return None  # the same day: the sentence that dates it says it
        return event if float(anchor.vector @ vector) < sim else None

    def story(self, scored: Sequence[Scored], hits: Sequence[Hit]) -> str:
        """The story (`rag.stories`) the sentences relevant to a timeline speak most for
        ("" when stories are not marked or no sentence is relevant enough)."""
        relevant = [s for s in scored if s.score >= self.config.timeline_min_relevance]
        stories = [hits[s.n - 1].chunk.story for s in relevant]
        return main_story(stories, [s.score for s in relevant], self.config.story_margin)

    def _report(self, clause: str, scored: Sequence[Scored]) -> Scored | None:
        """The dated sentence that best matches one clause ("Engadget reported a
        discount on the MacBook Air"), from the outlet the clause names when it names one."""
        named = [s for s in scored if s.published_at and names_outlet(clause, s.outlet)]
        pool = named or [s for s in scored if s.published_at]
        if not pool:
            return None
        vector = self.index.embedder.embed_query(clause)
        best = max(pool, key=lambda s: float(s.vector @ vector))
        if float(best.vector @ vector) < self.config.anchor_similarity:
            return None
        return best

    def _anchor(
        self, text: str, scored: Sequence[Scored], vector: np.ndarray | None = None
    ) -> TimelineEvent | None:
        """The sentence that dates the event `text` (`vector`: its embedding, if the
        caller has it already)."""
        vector = self.index.embedder.embed_query(text) if vector is None else vector
        return find_event(vector, scored, self.config.anchor_similarity, text)

    def finish(
        self,
        base: Answer,
        question: Question,
        groups: Sequence[OutletSentences],
        raws: Sequence[str],
        checker: LLM | None = None,
    ) -> Answer:
        """The verified, composed answer from the model's replies, one per outlet (also
        used to rescore stored replies with the current code: `rag eval rescore`).
        `checker`: the model that reads a second time a day its sentence's words do not
        vouch for (`rag.daycheck`); without one, such a day stands."""
        if (denial := self.denial(question, base.passages)) is not None:
            unasked = tuple(
                Extraction(g.outlet, "not_found", article_id=g.article_id, raw=raw)
                for g, raw in zip(groups, raws)
            )
            return replace(compose_denial(base, premise(question), denial), extractions=unasked)
        vector = self.index.embedder.embed_query(question.text)
        found = [
            self.check(question, g, raw, base.passages, vector) for g, raw in zip(groups, raws)
        ]
        vectors = _vectors(groups, found)
        texts = self.outlet_texts(base.passages)
        stories = {h.chunk.article_id: h.chunk.story for h in base.passages}
        for i, (e, group, raw) in enumerate(zip(found, groups, raws)):
            if e.status == "off_topic" and (by := self._vouching(e, found, vectors, stories)):
                # the same statement of the same event in another report of the story:
                # what that report names, this one's words are about ("The fireball was
                # seen at 9:14 p.m. on Thursday" from a local paper that never says
                # "over northern Lowmarch"); every other check still applies
                borrowed = self.article_texts(base.passages).get(by.article_id, by.sentence)
                found[i] = self.check(question, group, raw, base.passages, vector, borrowed)
        if checker is not None and self.config.day_check:
            found = [self._day_checked(question, e, checker) for e in found]
        if checker is not None and self.config.claim_reading:
            found = [self._claim_read(question, g, e, checker) for g, e in zip(groups, found)]
        rules = self.config.comparison_rules
        comparison = compare(question, found, vectors, texts, rules, stories)
        answer = compose(base, question, found, comparison)
        return replace(answer, raw="\n".join(raws), support=self.support(answer))

    def _day_checked(self, question: Question, found: Extraction, checker: LLM) -> Extraction:
        """`found`, or off-topic when it is a day its sentence's words do not vouch for
        (`daycheck.unvouched`) and the model, asked again, finds that its sentence does
        not give it as the answer."""
        if not unvouched(question, found):
            return found
        chance = told_chance(checker, self.prompts, question.text, found)
        if chance >= self.config.day_check_min:
            return found
        reason = f"read again, its sentence does not give the asked day (yes {chance:.2f})"
        return replace(found, status="off_topic", reason=reason)

    def _claim_read(
        self, question: Question, group: OutletSentences, found: Extraction, checker: LLM
    ) -> Extraction:
        """`found`, or, for a claim about a report that the model's reply left
        unanswered (`claimcheck.open_claim`), the claim's verdict read from the model's
        chance that the report's sentences say it (`claimcheck.verdict`), standing on
        the most relevant one; unanswered still when the model is unsure."""
        if not open_claim(question, found, group):
            return found
        c = self.config
        chance = claim_chance(checker, self.prompts, question.text, group)
        said = verdict(chance, c.claim_yes_min, c.claim_no_max)
        if not said:
            unsure = f"read again as a claim, unsure (yes {chance:.2f})"
            return replace(found, reason="; ".join(filter(None, (found.reason, unsure))))
        best = max(group.sentences, key=lambda s: s.score)
        return replace(
            found,
            status="answered",
            answer=said,
            outlet=best.outlet,
            n=best.n,
            sentence=best.sentence,
            published_at=best.published_at,
            article_id=best.article_id,
            score=best.score,
            reason=f"read again as a claim its report's sentences say (yes {chance:.2f})",
        )

    def _vouching(
        self,
        rejected: Extraction,
        found: Sequence[Extraction],
        vectors: Mapping[str, np.ndarray],
        stories: Mapping[str, str],
    ) -> Extraction | None:
        """An accepted extraction of another report of the same story (`rag.stories`)
        whose sentence says nearly what the rejected one's says (cosine at least
        `vouch_similarity`): the same statement, so the same thing it is about."""
        story, mine = stories.get(rejected.article_id, ""), vectors.get(rejected.sentence)
        if not story or mine is None:
            return None
        for e in found:
            theirs = vectors.get(e.sentence)
            if (
                e.answered
                and e.article_id != rejected.article_id
                and stories.get(e.article_id) == story
                and theirs is not None
                and float(mine @ theirs) >= self.config.vouch_similarity
            ):
                return e
        return None

    def support(self, answer: Answer) -> SourceSupport | None:
        """How many outlets and independent sources the cited passages come from."""
        cited = [answer.passages[c.n - 1] for c in answer.citations]
        return support(cited, self.index.agencies) if cited else None

    def check(
        self,
        question: Question,
        group: OutletSentences,
        raw: str,
        hits: Sequence[Hit],
        vector: np.ndarray | None = None,
        borrowed: str = "",
        recount: bool = True,
    ) -> Extraction:
        """One outlet's reply, parsed and verified against its own sentences; for a
        value (`vector`: the question's embedding), how well the words around it fit the
        question, and off-topic when they fit it worse than `min_value_fit`. `borrowed`:
        another report's text that vouches for what its sentences are about (the names
        the question gives may stand there). `recount`: a count of something else may be
        replaced by the asked count of another of the outlet's sentences."""
        c = self.config
        answer, number = parse(raw)
        answer = polarity(answer, question.options)
        sentences = group.sentences
        credit = ""
        if asks_source(question.text):
            # who is credited, when the model found no one or only named whom the question
            # names ("the Orlan Wire" for "Which newspaper does the Orlan Wire credit"), or
            # one the sentence about what the question asks does not name (the lede's
            # source of the death toll for who gave the magnitude): that sentence says
            # whom it credits
            source, index = source_reply(
                question.text, [s.sentence for s in sentences], self.index_outlets(), group.outlet
            )
            if not answer or echoes(question.text, answer):
                answer, number, credit = (
                    source,
                    index + 1,
                    "the sentence credits it" if source else "",
                )
            elif source and not contains(sentences[index].sentence, answer):
                credit = (
                    f"the model named {answer}; the sentence about what is asked credits {source}"
                )
                answer, number = source, index + 1
        if question.kind == "number" and (part := _part_given(question, answer, sentences)):
            # "How many of the council's 58 services were running again?" answered "58"
            # from "By Friday 14 of the council's 58 online services were running again"
            (number, answer), credit = part, f"the model gave the whole ({answer}), not the part"
        if not answer and (post := _post_given(question, sentences)):
            # "What is X's role?" the model found nothing for, where a sentence it read
            # names X's post in apposition ("X, deputy chairman of …, said")
            (number, answer), credit = post, "the model found none; its sentence names the post"
        if not answer and question.latest and (given := _quantity_given(question, sentences)):
            # a value that changes, where the model found none in a report whose sentence
            # gives one quantity of what is asked ("… had raised $128,000"): every
            # report's value is listed with its date
            (number, answer), credit = given, "the model found none; its sentence gives one"
        if number <= 0 and reads_day(question.kind, question.text, c):
            # a day said in two sentences stands on the one that may tell the asked act
            # ("The council's health committee met on Monday …", not "Ossel Water said on
            # Monday that it now expects to lift the notice …")
            number = _telling(question.text, answer, sentences) or number
        if question.kind == "date" and sentences and number <= len(sentences):
            # the sentence it names, else the outlet's most relevant one
            at = sentences[number - 1] if number > 0 else max(sentences, key=lambda s: s.score)
            answer = miscopied_date(answer, at.sentence) or answer
        texts = self.article_texts(hits)
        contexts = [f"{context} {borrowed}" for context in _contexts(hits, sentences, texts)]
        near = [self._near(hits[s.n - 1], s) for s in sentences]
        scores, follows = [s.score for s in sentences], dict[int, str]()
        if question.kind == "person":  # "Tove Arnesen, …, gave Pennock the lead." "She was
            scores, near, follows = _continued(answer, sentences, near)  # named player …"
        elif vector is not None:  # "… the tanker Helder Crest …" "The
            scores, near, follows = self._referred(
                question, answer, sentences, hits, scores, near, vector
            )
        names = self.index_outlets()
        # the names (and days) the question gives are spread over the reports it weighs:
        # a question about the reports themselves, or several reports in one call
        if question.reports or not group.outlet:
            contexts = [" ".join(dict.fromkeys(contexts))] * len(contexts)
        if question.reports:
            names = [*names, *MONTH_NAMES[1:]]
        verdict = ground(
            question.kind,
            _subject_text(question),
            answer,
            number - 1,
            [s.sentence for s in sentences],
            scores,
            contexts,
            near,
            names,
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
        reason = verdict.reason or credit
        if c.negation_check and question.kind == "yesno" and not question.options:
            denying = self._denying(question, answer, sentences, contexts, names, verdict.index)
            if denying >= 0:  # the model said yes where a sentence it read says no
                answer, reason = "No", "a sentence denies what the question asks"
                verdict = replace(verdict, index=denying)
        s = sentences[verdict.index]
        chunk = hits[s.n - 1].chunk
        shown, said = _with_next(s.sentence, follows.get(verdict.index, ""), chunk.text), s.sentence
        replied = answer
        if question.kind not in CHOSEN:
            answer = with_currency(span_in(answer, s.sentence), s.sentence)
        fit, status = 1.0, verdict.status
        if status == "answered" and (unsaid := unit_unsaid(replied, s.sentence)):
            status, reason = "off_topic", f"its sentence does not give {unsaid}"
        if (
            status == "answered"
            and question.kind == "yesno"
            and normalize(answer) == "yes"
            and planned_only(question.text, s.sentence)
        ):  # "it now expects to lift the notice … on Thursday" for "Was it lifted on a Thursday?"
            status, reason = "off_topic", "its sentence tells what was planned, not done"
        if (
            status == "answered"
            and c.kind_rule
            and question.kind not in CHOSEN
            and (kind := kind_unsaid(question.text, s.sentence))
        ):  # "The adult swim price rises to 5.80 lunets" for a family ticket
            status, reason = "off_topic", f"its sentence does not say it is the {kind} one"
        if status == "answered" and question.kind in ("person", "entity", "place"):
            credited = [
                *self.index_outlets(),
                *([answer] if self.index.agencies.looks_like(answer) else []),
            ]
            if attribution_only(answer, question.text, credited):
                status, reason = "off_topic", "it names who reported it, not what was asked"
            elif all(  # "…, the United Nurses' Federation said" for who led the board's
                # side, and no other sentence of the report names the answer otherwise
                speaker_only(answer, question.text, x.sentence)
                for x in sentences
                if x is s or contains(x.sentence, answer)
            ):
                status, reason = "off_topic", "it names who said it, not who did what was asked"
            elif done := done_by_other(question.text, answer, s.sentence):
                status, reason = "off_topic", f"it names who {done} something, not the asked act"
            elif question.kind == "entity" and tells_one_act(question.text, answer):
                status, reason = "off_topic", "it tells one thing it did, not what it does"
        if (
            status == "answered"
            and question.kind not in CHOSEN
            and question.context
            and echoes(f"{question.text} {question.context}", answer)
        ):  # "Putin" for "… and who else would be at the talks?" after "If Putin still goes"
            status, reason = "off_topic", "it only repeats the earlier question's words"
        if (
            status == "answered"
            and question.kind not in ("place", *CHOSEN)
            and in_dateline(answer, s.sentence)
        ):  # where and when the report was filed ("ALDERSHOLM, April 13 (Ambrey)" for "who
            # publishes …"), not a value; a dateline's city may still say where it happened
            status = "off_topic"
            reason = "it is the report's dateline" + (
                ", not the event's date" if question.kind == "date" else ""
            )
        if (
            status == "answered"
            and question.kind == "place"
            and dateline_region(answer, s.sentence)
        ):  # "Torvessa" of "OSGRAVE, Torvessa, Aug. 12 (TNA)" for the town the race started in
            status, reason = "off_topic", "it is the region of the report's dateline"
        if (
            status == "answered"
            and question.kind == "place"
            and someone_not_somewhere(answer, s.sentence)
        ):  # "The stage went to Zoltan Harwin, who jumped …" for where the crash happened
            status, reason = "off_topic", "it names someone, not a place"
        if (
            status == "answered"
            and question.kind == "date"
            and blog_day(question.text, answer, s.sentence, chunk.title, texts[chunk.article_id])
        ):  # "Live: boil-water notice for Orrisby - Friday, August 18" for a committee's day
            status, reason = "off_topic", "it is the live blog's day, and the blog never tells it"
        if status == "answered" and in_spite_of(question.text, answer, s.sentence):
            status, reason = "off_topic", "it is what happened despite it, not the cause"
        if status == "answered" and before_cause(question.text, answer, s.sentence):
            # "… lost power during Storm Maren …, and the blackout was caused by flooding"
            status, reason = "off_topic", "its sentence gives another cause after it"
        if status == "answered" and self._no_cause(question, s.sentence):
            # "card payments … failed … from 11:42 to 18:55" for what went wrong
            status, reason = "off_topic", "its sentence does not tell why"
        if (
            status == "answered"
            and question.kind == "quote"
            and not reports_words(s.sentence)
            and not asks_report_words(question.text, self.index_outlets())
        ):  # "what does the Post say …" asks for the report's own words: any sentence will do
            # "… took a megaphone to calm the crowd." '"We're back next year," she promised.'
            words, both = quote_after(s.sentence, chunk.text)
            if words:
                reason = f"its sentence reports no words ({answer}); the quote after it does"
                answer, shown, said = words, both, both
            else:
                status, reason = "off_topic", "its sentence reports no one's words"
        if (
            status == "answered"
            and question.kind == "quote"
            and (other := another_speaker(question.text, s.sentence))
        ):  # "… since Marguerite Anselm won the prize, her publisher said": not her words
            status, reason = "off_topic", f"its words are another's ({other})"
        if (
            status == "answered"
            and question.kind == "date"
            and (day := day_of_asked_act(question.text, answer, s.sentence))
        ):  # "who was arrested on 9 March, appeared before magistrates on Monday" for the
            # day he appeared: the sentence gives it, beside the other act's
            other = dates_other_act(question.text, answer, s.sentence)
            reason = f"the model took another act's day ({other}); the sentence dates the asked"
            answer = day
        if (
            status == "answered"
            and question.kind == "date"
            and (
                event := dates_other_event(question.text, answer, s.sentence)
                or dates_adjunct(question.text, answer, s.sentence)
                or dates_other_act(question.text, answer, s.sentence)
                or dated_before_asked(question.text, answer, s.sentence)
            )
        ):  # "The accident happened on February 13"; "… after dawn raids … on Wednesday"
            status, reason = "off_topic", f"it is the date of another event ({event})"
        if (
            status == "answered"
            and question.kind == "date"
            and (done := event_missing(question.text, near[verdict.index]))
        ):
            status, reason = "off_topic", f"its sentence does not say when it was {done}"
        if (
            status == "answered"
            and question.kind == "number"
            and (wide := wider_count(question.text, s.sentence))
        ):
            status, reason = "off_topic", f"its sentence counts {wide}, not the place asked"
        if status == "answered" and (other := other_numbered(question.text, s.sentence)):
            status, reason = "off_topic", f"its sentence is about {other}, not the one asked"
        if (
            status == "answered"
            and question.kind not in CHOSEN
            and (act := sum_of_other_act(question.text, answer, s.sentence))
        ):  # "Ending it early would cost about 6 million" for what Parkwell paid the board
            status, reason = "off_topic", f"its sum is of another act ({act}), not the asked one"
        if (
            status == "answered"
            and question.kind in ("place", "date")
            and (end := other_end(question.text, answer, s.sentence))
        ):  # "where did the parade start": "…, which ended … on the steps of the town hall"
            status, reason = "off_topic", f"its sentence says where or when it {end}"
        if (
            status == "answered"
            and question.kind == "place"
            and (end := journey_end(question.text, answer, s.sentence))
        ):  # "Brunhald to Saltery" for where the train was going
            answer, reason = end, f"the model gave the whole journey ({answer})"
        if (
            status == "answered"
            and question.kind == "place"
            and (relation := place_relation_missing(question.text, answer, s.sentence))
        ):  # "where was the train going": "derailed in the Kessock valley"
            status, reason = "off_topic", f"its sentence does not say it was {relation} there"
        if (
            status == "answered"
            and question.kind not in CHOSEN  # "named player of the match" answers "no" to
            and (other := other_of(question.text, s.sentence))  # "… of the tournament?"
        ):
            status, reason = "off_topic", f"its sentence is about {other}, not the one asked"
        if (
            status == "answered"
            and question.kind not in CHOSEN  # a yes/no on another year's sentence may be "no"
            and (year := other_year(question.text, near[verdict.index], chunk.published_at))
        ):
            status, reason = "off_topic", f"its sentence does not say {year}"
        if (
            status == "answered"
            and question.kind not in CHOSEN
            and (year := earlier_year(question.text, answer, s.sentence, chunk.published_at))
        ):  # "In 2024 a smaller fire at the plant forced the evacuation of 600 homes";
            # "… last year, when its government grant was 9.5 million corvels" for this year's
            status, reason = "off_topic", f"its sentence is about {year}"
        if (
            status == "answered"
            and question.kind not in CHOSEN
            and earlier_figure(question.text, answer, s.sentence)
        ):  # "Turnout stood at 58.4 percent …, up from 52 percent at the last election"
            status, reason = "off_topic", "it is what the figure was before it changed"
        if (
            status == "answered"
            and question.kind not in CHOSEN
            and founding_year(question.text, answer, s.sentence)
        ):  # "free to visit since it opened in 1958" for since when she has run it
            status, reason = "off_topic", "it is the year the place opened or was founded"
        if (
            status == "answered"
            and question.kind not in CHOSEN
            and (limit := limit_mismatch(question.text, answer, s.sentence))
        ):  # "The speed limit on that stretch is 120 km/h" for how fast the train went
            status, reason = "off_topic", f"the value is {limit}"
        if (
            status == "answered"
            and question.kind not in (*CHOSEN, "date")
            and (day := other_day(question.text, near[verdict.index], chunk.published_at))
        ):
            status, reason = "off_topic", f"its sentence does not say {day}"
        if status == "answered" and planned_not_done(question.text, answer, s.sentence):
            status, reason = "off_topic", "it is the day it was due, not the day it happened"
        if (
            status == "answered"
            and question.kind == "date"
            and missed_day(question.text, answer, s.sentence)
        ):  # "Today should have been the day the park reopened"
            status, reason = "off_topic", "it is a day it should have happened, and did not"
        if (
            status == "answered"
            and question.kind == "date"
            and (later := superseded_date(question.text, answer, s.sentence, chunk.published_at))
        ):  # "which had been due on Nov. 12, will now be held on Dec. 3"
            answer, reason = later, f"the model took the date it was moved from ({answer})"
        if (
            status == "answered"
            and question.kind in ("person", "entity")
            and (new := successor(question.text, answer, s.sentence))
        ):  # "Desmond Raikes … has been replaced at the negotiating table by Clara Dunstable"
            answer, reason = new, f"the model took the one replaced ({answer})"
        if (
            status == "answered"
            and question.kind == "person"
            and (named := described(answer, s.sentence, chunk.text, texts[chunk.article_id]))[0]
        ):  # "the 31-year-old winger" for who scored: the sentence before names him
            reason = f"the model gave a description ({answer}); the sentence beside it names who"
            answer, shown = named
            said = shown
        if (
            status == "answered"
            and question.kind == "person"
            and (act := body_not_doer(question.text, answer, s.sentence))
        ):  # the museum's insurer, "Velmont Mutual", for who discovered the theft
            status, reason = "off_topic", f"it names no one its sentence says {act} it"
        if (
            status == "off_topic"
            and verdict.reason == QUOTED_NAME
            and (speaker := speaker_before(s.sentence, texts[chunk.article_id]))[0]
        ):  # '"Ezra Solvane gave it …," she told the Tessik Wire' after "Oxlade … said …"
            status = "answered"
            reason = f"the name is in the quoted words ({answer}); the sentence before names who"
            answer, shown = speaker
            said = shown
        if (
            status == "answered"
            and question.kind != "yesno"
            and (length := other_length(question.text, s.sentence))
        ):  # "due to walk out for 48 hours" for the five-day strike
            status, reason = "off_topic", f"its sentence is about a {length} one"
        if question.kind == "date":
            if status == "answered" and day_unnamed(question.text, answer):
                status, reason = "off_topic", "it names no day, only a month or a year"
            answer = dated_value(answer, s.sentence, chunk.published_at)
            if status == "answered" and already_past(question.text, answer, chunk.published_at):
                status, reason = "off_topic", "it was already past when its report was written"
        around = window(said, answer, c.value_window)  # what the value is a value of
        if status == "answered" and question.kind == "number":
            adds_up = total_of(s.sentence, answer)  # "17 arrests …, bringing the total to 26"
            other = counts_other(
                question.text,
                f"{adds_up} {around}",
                clause_after(s.sentence, answer, 10),  # to its clause's end: "nine people
                # were confirmed to have the illness"
                verb_before(s.sentence, answer),
            )
            measured = measures_other(question.text, answer, s.sentence)
            counted = counted_words(answer, s.sentence)  # "48,000 vehicles a day"
            owner = count_owner(question.text, answer, s.sentence)
            thing = counts_thing(question.text, counted)  # "5,750 more homes" for poles
            if rank_not_count(answer, s.sentence):
                status, reason = (
                    "off_topic",
                    'it is a rank (an ordinal) or an idiom ("one by one"), not a count',
                )
            elif someones_age(question.text, answer, s.sentence):
                status, reason = "off_topic", "it is someone's age, not a count"
            elif stuff := amount_unnamed(question.text, answer, s.sentence):
                status, reason = "off_topic", f"the words around it name no {stuff}"
            elif owner:
                status, reason = "off_topic", f"the number is {owner}'s, not the one asked"
            elif alone := part_alone(question.text, s.sentence):
                status, reason = "off_topic", f"it is the {alone}'s alone, not the whole asked"
            elif several := several_for_one(question.text, answer, s.sentence):
                status, reason = "off_topic", f"the number counts {several}, not the one asked"
            elif total_for_each(question.text, answer, s.sentence):
                status, reason = "off_topic", "it is a total, not each one's"
            elif whole := counts_all_of(question.text, answer, s.sentence):
                # "The council runs 58 online services" for how many of them work again
                status, reason = "off_topic", f"it counts all {whole}, not how many of them"
            elif planned_count(question.text, answer, s.sentence):
                status, reason = (
                    "off_topic",
                    "the number counts those due to do it, not those who did",
                )
            elif not other and not thing and added_not_total(question.text, answer, s.sentence):
                if total := total_beside(s.sentence, answer):
                    reason = f"the model took what was added ({answer}), not the total"
                    answer = total
                    around = window(s.sentence, answer, c.value_window)
                else:
                    status, reason = "off_topic", "the number is what was added, not the total"
            elif whole := whole_of_part(question.text, s.sentence, answer):
                answer, reason = whole, f"the model took a part ({answer} of them), not the count"
                around = window(s.sentence, answer, c.value_window)
            elif (other or thing) and (count := count_of_asked(question.text, s.sentence)):
                reason = f"the model took a count of something else ({other or thing})"
                answer = count
                around = window(s.sentence, answer, c.value_window)
            elif (
                (other or thing)
                and recount
                and (
                    recounted := self._recounted(
                        question, group, hits, vector, borrowed, raw, other or thing, verdict.index
                    )
                )
            ):
                return recounted
            elif other:
                status, reason = "off_topic", f"the number counts something else ({other})"
            elif measured:
                status, reason = "off_topic", f"the number measures something else ({measured})"
            elif away := measured_away(question.text, answer, s.sentence):
                status, reason = "off_topic", f"it was measured away from {away}"
            elif things := sum_counts_things(question.text, answer, s.sentence, texts.values()):
                status, reason = "off_topic", f"the number counts {things}, not a sum of money"
            elif counts_residents(question.text, answer, s.sentence):
                status, reason = "off_topic", "the number is a place's population"
            elif unsaid := population_missing(
                question.text, answer, s.sentence, near[verdict.index]
            ):
                status, reason = "off_topic", f"its sentence does not say {unsaid}"
            elif asked_sum := sum_missing(question.text, near[verdict.index]):
                status, reason = "off_topic", f"its sentence names no {asked_sum}"
            elif thing:
                status, reason = "off_topic", f"the number counts something else ({thing})"
            elif unnamed := count_unnamed(question.text, answer, near[verdict.index]):
                status, reason = "off_topic", f"its sentence names no {unnamed}"
            elif event := count_of_event(question.text, counted):
                status, reason = "off_topic", f"the number counts those that {event}, not all"
            elif left := left_state(question.text, clause_after(s.sentence, answer, 12)):
                if count := count_in_state(question.text, s.sentence):
                    answer, reason = count, f"the model took a count of those {left} ({answer})"
                    around = window(s.sentence, answer, c.value_window)
                else:
                    status, reason = "off_topic", f"the number counts those {left}"
        if (
            status == "answered"
            and question.kind not in ("number", *CHOSEN)
            and re.search(r"\d", answer)
            and not asked_measures(question.text) & {"money", "count"}  # "… over the share
            and (measured := measures_other(question.text, answer, s.sentence))  # price?"
        ):  # "What was the humidity?" is asked as a thing: "31 degrees" is a temperature
            status, reason = "off_topic", f"the value measures something else ({measured})"
        if (
            status == "answered"
            and question.kind not in CHOSEN
            and (off := placed_off(question.text, answer, s.sentence))
        ):  # "… three kilometres off Abbenport" for the radius of a fishing ban
            status, reason = "off_topic", f"it places something off {off}, not the distance asked"
        if status == "answered" and sum_unwritten(question.text, answer, s.sentence):
            # "put the figure at about 18,000, all of them council-tax payers" for a cost
            status, reason = "off_topic", "a sum is asked, and no number of its sentence is one"
        if status == "answered" and (
            event := other_event(question.text, answer, s.sentence)
        ):  # "which bought the mine in 2016" for when it opened
            status, reason = "off_topic", f"the value is of another event ({event})"
        if vector is not None and question.slot:
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
            sentence=shown,
            published_at=chunk.published_at,
            article_id=chunk.article_id,
            raw=raw,
            reason=reason,
            score=s.score,
            fit=fit,
        )

    def _recounted(
        self,
        question: Question,
        group: OutletSentences,
        hits: Sequence[Hit],
        vector: np.ndarray | None,
        borrowed: str,
        raw: str,
        other: str,
        taken: int,
    ) -> Extraction | None:
        """The model took a count of something else ("26" arrests for "how many
        officers were hurt") where another of the outlet's sentences, the most relevant
        that holds exactly one count of what was asked (`count_of_asked`: "Thirty-one
        officers have been injured"), counts it: that count, checked like any reply
        (every rule applies to its sentence); None when no sentence gives one that
        passes (the model's count is then refused)."""
        order = sorted(range(len(group.sentences)), key=lambda i: -group.sentences[i].score)
        for i in order:
            count = count_of_asked(question.text, group.sentences[i].sentence)
            if i == taken or not count:
                continue
            reply = json.dumps({"answer": count, "sentence": i + 1})
            found = self.check(question, group, reply, hits, vector, borrowed, recount=False)
            why = f"the model took a count of something else ({other}), not the one asked"
            return replace(found, raw=raw, reason=why) if found.answered else None
        return None

    def _denying(
        self,
        question: Question,
        answer: str,
        sentences: Sequence[Scored],
        contexts: Sequence[str],
        names: Sequence[str],
        cited: int,
    ) -> int:
        """For a "yes" to a yes/no question: the sentence among those the model read that
        denies what the question asks ("Police said there had been no arrests"), relevant
        enough and in a passage that names what the question names; or the `cited` one
        itself where it gives another month or rank than the asked ("spotted the first
        bones in late April" for "… in May?") or says the thing stays as it is ("will
        not change" for "will it go up?"); -1 when none does."""
        if normalize(answer) != "yes":
            return -1
        cited_says = sentences[cited].sentence
        if (
            gives_otherwise(question.text, cited_says)
            or short_of_all(question.text, cited_says)  # "141 of the 168" for "did every …"
            or said_unchanged(question.text, cited_says)
            or done_by_another(question.text, cited_says)  # "Was it X who …?": Y did it
        ):
            return cited
        c = self.config
        for i, s in enumerate(sentences):
            if (
                s.score >= c.min_answer_relevance
                and not missing_names(question.text, contexts[i], names)
                and negates(question.text, s.sentence)
            ):
                return i
        return -1

    def _referred(
        self,
        question: Question,
        answer: str,
        sentences: Sequence[Scored],
        hits: Sequence[Hit],
        scores: Sequence[float],
        near: Sequence[str],
        vector: np.ndarray,
    ) -> tuple[list[float], list[str], dict[int, str]]:
        """Each sentence's score and neighbourhood, where a sentence naming the answer is
        followed in its passage by one that refers back to it (`verify.refers_back`: "…
        the product tanker Helder Crest …" "The tanker's crew brought the three men
        aboard …"), read or not: the two are one statement about the answer, scored as
        one (`evidence.text_score`), the second is near the first and quoted with it; with
        each referred sentence's follower, by index."""
        scores, around, follows = list(scores), list(near), {}
        for i, s in enumerate(sentences):
            if not answer or not contains(s.sentence, answer):
                continue
            [(passage, _)] = self.vectors.of([hits[s.n - 1].chunk])
            follower = passage[s.position + 1] if s.position + 1 < len(passage) else ""
            if follower and refers_back(s.sentence, answer, follower):
                pair = f"{s.sentence} {follower}"
                weight = self.config.sentence_word_weight
                scored = text_score(question.text, vector, pair, self.index.embedder, weight)
                scores[i], around[i] = max(scores[i], scored), f"{around[i]} {follower}"
                follows[i] = follower
        return scores, around, follows

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
            out[article_id] = self._articles[article_id] or " ".join(
                dict.fromkeys(h.chunk.text for h in hits if h.chunk.article_id == article_id)
            )  # an article the index no longer holds: all of it that was read
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


def _vectors(
    groups: Sequence[OutletSentences], found: Sequence[Extraction]
) -> dict[str, np.ndarray]:
    """Each shown sentence's embedding; an answer's sentence read with its neighbour
    ("… the 31-year-old winger …" after the one naming him) has the embedding of the
    most relevant shown sentence it holds, so it is compared as that sentence is."""
    shown = [s for g in groups for s in g.sentences]
    vectors = {s.sentence: s.vector for s in shown}
    for e in found:
        inside = [s for s in shown if e.sentence and s.sentence in e.sentence]
        if e.sentence not in vectors and inside:
            vectors[e.sentence] = max(inside, key=lambda s: s.score).vector
    return vectors


def _quantity_given(question: Question, sentences: Sequence[Scored]) -> tuple[int, str] | None:
    """(sentence number, value) of the most relevant of a report's sentences that gives
    exactly one quantity of what a quantity question asks (`quantity_of_asked`), or
    None. Read like any reply: every check applies to it."""
    if not asks_quantity(question.text, question.kind):
        return None
    for i in sorted(range(len(sentences)), key=lambda i: -sentences[i].score):
        if value := quantity_of_asked(question.text, sentences[i].sentence):
            return i + 1, value
    return None


def _part_given(
    question: Question, answer: str, sentences: Sequence[Scored]
) -> tuple[int, str] | None:
    """(1-based sentence number, the part) of the first sentence that gives the answer as
    the whole of the part a "how many of …" question asks (`verify.part_of_whole`)."""
    return _first_given(sentences, lambda s: part_of_whole(question.text, s, answer))


def _post_given(question: Question, sentences: Sequence[Scored]) -> tuple[int, str] | None:
    """(1-based sentence number, the post) of the first sentence that names the asked
    person's post in apposition (`verify.role_of`)."""
    return _first_given(sentences, partial(role_of, question.text))


def held_since(question: Question, group: OutletSentences) -> str:
    """A since-when question's reply for one report, written by rule: "since <year>"
    from its best sentence that gives a post held since a year (`verify.tenure_year`),
    as the model's JSON reply would ("" when none does: the model is asked)."""
    given = _first_given(group.sentences, partial(tenure_year, question.text))
    return json.dumps({"answer": given[1], "sentence": given[0]}) if given else ""


def _first_given(sentences: Sequence[Scored], read: Callable[[str], str]) -> tuple[int, str] | None:
    """(1-based sentence number, value) of the first sentence `read` gives a value of."""
    return next(((i, v) for i, s in enumerate(sentences, 1) if (v := read(s.sentence))), None)


def _continued(
    answer: str, sentences: Sequence[Scored], near: Sequence[str]
) -> tuple[list[float], list[str], dict[int, str]]:
    """Each sentence's score and neighbourhood, where a sentence that opens with the
    answer is continued by the next sentence of its passage, which opens with "he",
    "she" or "they" and was read too: that sentence says what the person did, and
    counts as the answer's ("Tove Arnesen, the Athletic midfielder …, gave Pennock the
    lead." "She was named player of the match …"); with each continued sentence's next
    one, by index."""
    scores, around, follows = [s.score for s in sentences], list(near), {}
    opening = " ".join(normalize(answer).split())
    for i, s in enumerate(sentences):
        first = " ".join(normalize(s.sentence).split()[:_OPENING_WORDS])
        if not opening or f" {opening} " not in f" {first} ":
            continue
        for t in sentences:
            if (t.n, t.position) == (s.n, s.position + 1) and _PRONOUN_START.match(t.sentence):
                scores[i] = max(scores[i], t.score)
                around[i], follows[i] = f"{around[i]} {t.sentence}", t.sentence
    return scores, around, follows


_OPENING_WORDS = 6  # "Sitting in Vantor, Justice Cormac Makepeace found …"
_PRONOUN_START = re.compile(r"\s*[\"“]?(?:He|She|They)\b")


def _with_next(sentence: str, follower: str, text: str) -> str:
    """The sentence with the one continuing it, as its passage writes the two (the
    reader sees what the person did); the sentence alone when there is none or the
    passage does not write them side by side."""
    both = f"{sentence} {follower}"
    return both if follower and both in text else sentence


def _subject_text(question: Question) -> str:
    """The question without the event that dates it: in "How many had died by the time
    tests confirmed the Holloway tower as the source?" the tower is when, not what, and
    a report of the toll need not name it."""
    if question.time in ("as_of_event", "just_before") and question.anchor:
        return question.text.replace(question.anchor, "")
    return question.text


def reads_day(kind: str, question: str, config: Config) -> bool:
    """Is the question read by the day reading (`Config.day_reading`): a date asked as
    on what day ("On what date was the van robbed?"; not "When …", which may ask a month
    or a year)?"""
    return config.day_reading and kind == "date" and asks_day(question)


def _names_anyone(sentence: str) -> bool:
    return bool(people_named(sentence))


def reads_person(kind: str, question: str, config: Config) -> bool:
    """Is the question read by the person reading (`Config.person_reading`): a person
    asked as who did something ("Which resident saw a man with a holdall …?"), not who
    holds a post (the holder rule's) or who said something (`verify.who_asked_of`)?"""
    return (
        config.person_reading
        and kind == "person"
        and not asks_holder(question)
        and bool(who_asked_of(question))
    )


def _telling(question: str, answer: str, sentences: Sequence[Scored]) -> int:
    """The number (1-based) of the first sentence that says `answer` and may tell the
    day the question asks (`verify.tells_day_of`), or 0."""
    told = (
        i
        for i, s in enumerate(sentences, 1)
        if contains(s.sentence, answer) and tells_day_of(question, s.sentence)
    )
    return next(told, 0)


def _contexts(hits: Sequence[Hit], sentences: Sequence[Scored], texts: dict[str, str]) -> list[str]:
    """Each sentence's `_context`, made once per article (it is the article's)."""
    made: dict[str, str] = {}
    for s in sentences:
        hit = hits[s.n - 1]
        if hit.chunk.article_id not in made:
            made[hit.chunk.article_id] = _context(hit, texts)
    return [made[hits[s.n - 1].chunk.article_id] for s in sentences]


def _context(hit: Hit, texts: dict[str, str]) -> str:
    """A sentence's context: its article's outlet, date, title and whole text, each day
    it writes without a year with the date it resolves to ("on Tuesday [Feb. 16, 2027]":
    the question may name the day by its date)."""
    c = hit.chunk
    text = annotate(texts.get(c.article_id, c.text), c.published_at)
    return f"{c.outlet} {c.published_at} {c.title} {text}"


def held_by(question: Question, group: OutletSentences) -> str:
    """A holder question's reply for one report, written by rule (`rag.posts.holder`):
    the person its best sentence that tells one gives, as the model's JSON reply would
    ("" when the question asks no holder or no sentence tells one: the model is asked)."""
    if not asks_holder(question.text):
        return ""
    given = _first_given(group.sentences, partial(holder, question.text))
    return json.dumps({"answer": given[1], "sentence": given[0]}) if given else ""
