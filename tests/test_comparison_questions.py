"""Which reports a question is put to: yes/no questions that compare reports ("does A
say X, while B says Y?"), and a follow-up whose earlier question named an outlet.

Such a question names things from several reports, so the reports it names are weighed
together (however little of the question each one's sentences share), and the names
it gives are looked for in all of them, not only in the passage of the one sentence
the verdict stands on. A name no report gives still means no answer. Real seeds index
and embeddings; the model's reply is given as data (the outermost edge), as a run's
stored reply is when it is rescored.
"""

from __future__ import annotations

import json
from dataclasses import replace

from rag.chat import Assistant
from rag.question import analyze
from rag.types import Answer

COMPARISON = (
    "Does the Arutz Sheva article report that Boris Johnson urged protests outside the "
    "Russian embassy, while The Washington Post article says Hollande spoke on TMC?"
)
JOHNSON = "British Foreign Secretary Boris Johnson"


def _ask(assistant: Assistant, question: str, reply_on: str) -> Answer:
    """The question through retrieval, evidence and grouping as `rag ask` does, with the
    model's reply "yes", naming the sentence that contains `reply_on`."""
    retrieval = assistant.retriever.retrieve(question)
    scored, outlets = assistant.evidence(question, retrieval)
    groups = assistant.reports.groups(question, scored)
    base = Answer(question, "", retrieval.hits, outlets=outlets, standalone_question=question)
    replies = []
    for g in groups:
        chosen = next(
            (i for i, s in enumerate(g.sentences, 1) if reply_on in s.sentence), len(g.sentences)
        )
        replies.append(json.dumps({"answer": "yes", "sentence": chosen}))
    return assistant.reports.finish(base, analyze(question), groups, replies)


def test_a_comparison_weighs_every_report_it_names(seeded_index) -> None:  # type: ignore[no-untyped-def]
    # a floor no seeds sentence reaches: a value question would ask no report at all
    config = replace(seeded_index.config, min_outlet_relevance=0.95)
    assistant = Assistant(config, seeded_index)
    retrieval = assistant.retriever.retrieve(COMPARISON)
    scored, _ = assistant.evidence(COMPARISON, retrieval)
    [group] = assistant.reports.groups(COMPARISON, scored)
    assert not group.outlet, "several reports are weighed in one call"
    assert {s.outlet for s in group.sentences} >= {"Arutz Sheva", "The Washington Post"}
    assert not assistant.reports.groups("How many civilians died in Aleppo?", scored)


def test_a_comparisons_names_are_looked_for_in_every_report_it_weighs(seeded_index) -> None:  # type: ignore[no-untyped-def]
    assistant = Assistant(seeded_index.config, seeded_index)
    answer = _ask(assistant, COMPARISON, JOHNSON)
    # Johnson's passage never names TMC; the Post's does: the verdict stands
    assert not answer.refused, answer.refusal_reason
    assert answer.direct.lower().startswith("yes")
    assert any(JOHNSON in s.text for s in answer.sentences), answer.sentences


def test_a_name_no_report_gives_is_still_no_answer(seeded_index) -> None:  # type: ignore[no-untyped-def]
    assistant = Assistant(seeded_index.config, seeded_index)
    question = COMPARISON.replace("on TMC", "to Gerhard Ploetzner")
    answer = _ask(assistant, question, JOHNSON)
    assert answer.refused
    assert any("Gerhard Ploetzner" in e.reason for e in answer.extractions), answer.extractions


def test_a_follow_up_asks_the_outlet_its_earlier_question_named(seeded_index) -> None:  # type: ignore[no-untyped-def]
    from rag.question import EARLIER

    assistant = Assistant(seeded_index.config, seeded_index)
    earlier = "Who did Arutz Sheva quote as saying the cancellation was a Cold War step?"
    follow_up = "Which news agency did he speak to?"
    standalone = f"{follow_up} ({EARLIER} {earlier})"
    retrieval = assistant.retriever.retrieve(standalone)
    scored, _ = assistant.evidence(standalone, retrieval)
    asked = analyze(standalone)
    [(_, groups)] = list(assistant.asked_parts(asked, scored, Answer(standalone, "", ())))
    assert {g.outlet for g in groups} == {"Arutz Sheva"}
    # the follow-up's own outlet wins over its earlier question's
    own = assistant.reports.groups("What did the Washington Post say?", scored, earlier)
    assert {g.outlet for g in own} == {"The Washington Post"}


def _asked_parts(assistant: Assistant, question: str):  # type: ignore[no-untyped-def]
    """The parts `Assistant.asked_parts` asks of a question over what it retrieves: the
    first two (part, groups) pairs and the retrieval."""
    retrieval = assistant.retriever.retrieve(question)
    scored, _ = assistant.evidence(question, retrieval)
    base = replace(Answer(question, "", ()), passages=retrieval.hits)
    first, second = list(assistant.asked_parts(analyze(question), scored, base))[:2]
    return first, second, retrieval


def test_a_later_part_asking_its_value_then_asks_the_first_part_s_kind(seeded_index) -> None:  # type: ignore[no-untyped-def]
    """ "What was the single adult bus fare …, and what will it be from March 1?" (ledger
    dev lg-multi-01): the second part asks a fare, not "what" in general ("new fares" of
    "The new fares start on March 1" was its answer), and is read with the first."""
    from rag.question import asks_its_value, kind_of

    assert kind_of("What was the single adult bus fare in Marrowgate before the rise?") == "number"
    assert kind_of("What will it be from March 1?") == "entity"  # alone, it names nothing
    assert asks_its_value("What will it be from March 1?")
    assert asks_its_value("and what is it now?")
    assert not asks_its_value("What is it called?")
    assert not asks_its_value("What will they do next?")
    assistant = Assistant(seeded_index.config, seeded_index)
    question = "How many civilians were killed in Aleppo, and what is it now?"
    (first, _), (second, _), _ = _asked_parts(assistant, question)
    assert first.kind == second.kind == "number", (first, second)
    assert second.context == "How many civilians were killed in Aleppo?"
    # a yes/no first part gives the later one no kind: it asks a value of its own
    question = "Did the death toll in Aleppo rise, and what is it now?"
    (first, _), (second, _), _ = _asked_parts(assistant, question)
    assert first.kind == "yesno" and second.kind != "yesno", (first, second)


def test_a_later_part_that_names_nothing_is_read_with_the_first(seeded_index) -> None:  # type: ignore[no-untyped-def]
    from rag.question import names_nothing

    assert names_nothing("Who else would be at the talks?")
    assert names_nothing("How much is it now?")
    assert not names_nothing("Who else would be at the talks in Berlin?")
    assistant = Assistant(seeded_index.config, seeded_index)
    question = "If Putin still goes to Berlin, on what date, and who else would be at the talks?"
    (first, _), (second, groups), retrieval = _asked_parts(assistant, question)
    assert first.context == ""
    assert second.text == "Who else would be at the talks?"
    assert second.context == "If Putin still goes to Berlin, on what date?"
    # scored against both parts, the talks in Berlin are what each report is asked about
    best = [g.sentences[0].sentence for g in groups]
    assert best and any("Berlin" in s for s in best), best
    # a name only the first part gives is no answer to "who else"
    group = next(g for g in groups if any("Putin" in s.sentence for s in g.sentences))
    putin = assistant.reports.check(second, group, '{"answer": "Putin"}', retrieval.hits)
    assert putin.status == "off_topic" and "earlier question" in putin.reason, putin
    alone = replace(second, context="")
    assert assistant.reports.check(alone, group, '{"answer": "Putin"}', retrieval.hits).answered
