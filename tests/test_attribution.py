"""Who a sentence credits, and the questions that ask for it (rag.attribution)."""

from __future__ import annotations

import pytest

from rag.attribution import credited, source_reply
from rag.question import asks_source, kind_of


@pytest.mark.parametrize(
    "question",
    [
        "Which broadcaster does Newsmax credit for Hollande's remarks?",
        "Who was the source of that figure?",
        "Which news agency did he speak to?",
        "Which news agency did a Putin aide tell about a possible trip to Berlin?",
        "According to whom did the bridge fail?",
        "Which newspaper did the mayor talk to?",
        "Who gave that figure?",
        "Who gave the magnitude of the Ardel earthquake?",
    ],
)
def test_questions_that_ask_for_the_source(question: str) -> None:
    assert asks_source(question)


@pytest.mark.parametrize(
    "question",
    [
        "Which outlets report that Hollande described the bombing as a war crime?",
        "How many civilians were killed on Tuesday?",
        "What did he tell reporters?",
        "Who told AFP that the talks had failed?",  # the speaker, not the source
        "Where did the minister speak?",
        "Who gave the order to evacuate the town?",  # an act, not a figure
    ],
)
def test_questions_that_ask_for_something_else(question: str) -> None:
    assert not asks_source(question)


def test_a_source_question_is_not_a_question_about_which_outlets_report_it() -> None:
    assert kind_of("Which newspaper reported that the schools were closed?") == "outlets"
    assert kind_of("Which newspaper does the Orlan Wire credit with the report?") == "entity"
    assert kind_of("Which source does the Sentinel credit for the rescue?") == "entity"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "At least 12 civilians were killed in Aleppo, a monitoring group said.",
            "a monitoring group",
        ),
        ('"Otherwise it is a mockery," the AP reported.', "the AP"),
        ("Putin may go to Berlin, one of his aides told Itar-Tass on Monday.", "Itar-Tass"),
        ("“Is it useful?” Hollande said, according to CNN", "CNN"),
        (
            "The coach was fired, club president Lina Holt told the Harbor Wire news agency.",
            "the Harbor Wire",
        ),
        (
            "The chief will be summoned next week, the Evening Dispatch reported, citing two MPs.",
            "the Evening Dispatch",
        ),
        ("The dam failed early on Tuesday, flooding 40 homes.", ""),
        ("Officials said the dam failed because of heavy rain.", ""),  # no credit phrase
    ],
)
def test_the_source_a_sentence_credits(sentence: str, source: str) -> None:
    assert credited(sentence) == source


def test_a_report_credited_is_not_a_speaker() -> None:
    said = "Prices will rise, Finance Minister Ada Lind said on Monday."
    assert credited(said, speakers=False) == ""
    assert credited("Only 3 schools were strengthened, the Evening Dispatch reported.") == (
        "the Evening Dispatch"
    )
    assert credited("The mayor told the council that it was over.", speakers=False) == ""
    assert credited("The mayor told the Pellam News Agency it was over.", speakers=False) == (
        "the Pellam News Agency"
    )


def test_a_name_the_question_gives_is_no_source() -> None:
    sentence = "“Is it useful?” Hollande said, according to CNN"
    assert credited(sentence, ["What did Hollande say, according to CNN?"]) == ""
    said = "Prices will rise, Finance Minister Ada Lind said on Monday."
    assert credited(said) == "Finance Minister Ada Lind"
    assert credited(said, ["Who said prices would rise, according to Ada Lind?"]) == ""


def test_the_source_comes_from_the_sentence_about_the_question() -> None:
    question = 'Which broadcaster does Newsmax credit for Hollande\'s "Is it useful?" remarks?'
    sentences = [
        'Hollande said talks are needed, "Otherwise it is a mockery," the AP reported.',
        "“I asked myself: Is it useful?” Hollande said in his remarks, according to CNN.",
    ]
    assert source_reply(question, sentences, ["Newsmax"]) == ("CNN", 1)
    # no sentence holds half of what the question is about: no source
    trip = "Which news agency did a Putin aide tell about a possible trip to Berlin?"
    peskov = (
        '"Those events dropped out," Putin\'s spokesman said, according to The Associated Press.'
    )
    assert source_reply(trip, [peskov], ["Newsmax"]) == ("", -1)
    # the fact stands in a sentence that credits no one, its neighbour credits another
    uncredited = "“I asked myself: Is it useful?” Hollande said in his remarks."
    assert source_reply(question, [sentences[0], uncredited], ["Newsmax"]) == ("", -1)
    # the figure the question gives must be the one credited
    twelve = "Who was the source of the figure of 12 civilians killed in Aleppo on Tuesday?"
    sixteen = "Airstrikes on Aleppo killed at least 16 people on Tuesday, CNN noted."
    assert source_reply(twelve, [sixteen], []) == ("", -1)
    assert source_reply(twelve, [sixteen.replace("16 people", "12 civilians")], []) == ("CNN", 0)
    # a sentence about the question that credits no one: no source
    dam = "Who was the source of the figure of 40 families displaced by the dam failure?"
    assert source_reply(dam, ["The dam failure displaced 40 families."], []) == ("", -1)


def test_who_gave_a_value_is_answered_from_the_sentence_that_gives_it() -> None:
    """ "Who gave the magnitude of the Ardel earthquake?": the sentence that gives the
    magnitude credits the institute, though the lede shares more of the question's words
    and credits the toll to another body."""
    question = "Who gave the magnitude of the Ardel earthquake?"
    lede = (
        "A strong earthquake struck Ardel before dawn on Tuesday, killing at least 23 "
        "people, according to the Civil Protection Directorate."
    )
    quake = "The quake had a magnitude of 6.1, the Ardel Seismological Institute said."
    assert source_reply(question, [lede, quake], ["Orlan Wire"]) == (
        "the Ardel Seismological Institute",
        1,
    )
    assert source_reply(question, [lede], ["Orlan Wire"]) == ("", -1)  # it gives no magnitude


# --- in the answer stage: real seeds index and embeddings; the model's replies are data ---


def _answer_with_nothing_found(index, question: str):  # type: ignore[no-untyped-def]
    """The answer when the model found nothing in any outlet's sentences (the replies
    given as data, the outermost edge, as a stored run's are when it is rescored)."""
    from rag.chat import Assistant
    from rag.config import Config
    from rag.question import analyze
    from rag.types import Answer

    assistant = Assistant(Config(data_dir=index.config.data_dir), index)
    retrieval = assistant.retriever.retrieve(question, deepen=assistant.depth(None, None))
    scored, outlets = assistant.evidence(question, retrieval)
    groups = assistant.reports.groups(question, scored)
    replies = ['{"answer": "NOT FOUND", "sentence": 0}'] * len(groups)
    base = Answer(question, "", retrieval.hits, outlets=outlets, standalone_question=question)
    return assistant.reports.finish(base, analyze(question), groups, replies)


def test_the_credited_source_answers_when_the_model_finds_nothing(seeded_index) -> None:  # type: ignore[no-untyped-def]
    question = "Who was the source of the figure of 12 civilians killed in Aleppo on Tuesday?"
    answer = _answer_with_nothing_found(seeded_index, question)
    [arutz] = [e for e in answer.extractions if e.answered]
    assert arutz.outlet == "Arutz Sheva" and arutz.answer == "a monitoring group"
    assert "12 civilians" in arutz.sentence and answer.citations
    assert "monitoring group" in answer.direct


def test_a_source_credited_for_something_else_is_no_answer(seeded_index) -> None:  # type: ignore[no-untyped-def]
    # Newsmax credits the AP for Peskov's words, not for what an aide told an agency
    question = "Which news agency did a Putin aide tell about a possible trip to Berlin?"
    answer = _answer_with_nothing_found(seeded_index, question)
    answered = {e.outlet: e.answer for e in answer.extractions if e.answered}
    assert answered == {"Arutz Sheva": "Itar-Tass"}, answered
    assert not answer.disagreements
    # Newsmax's quote "Is it useful? Is it necessary?" stands in a sentence that credits
    # no one (its "Hollande said, according to CNN" starts the next passage); the AP,
    # credited beside it for another remark, is no answer
    remarks = "Which broadcaster does Newsmax credit for Hollande's 'Is it necessary?' remarks?"
    assert not [
        e for e in _answer_with_nothing_found(seeded_index, remarks).extractions if e.answered
    ]


def test_another_outlet_of_the_index_may_be_the_source_but_not_the_publisher() -> None:
    question = "Which radio station was Minister Eda Korr speaking to?"
    said = "Minister Eda Korr, in an interview with Radio Ostvik, said the bridge would reopen."
    outlets = ["Radio Ostvik", "The Vessa Ledger"]
    assert source_reply(question, [said], outlets, own="The Vessa Ledger") == ("Radio Ostvik", 0)
    assert source_reply(question, [said], outlets, own="Radio Ostvik") == ("", -1)
