"""Who holds a post: "who runs / leads / heads X?" is answered by the person a report
tells taking or holding the post, never by one it tells leaving it (`rag.posts`).
The rules are tested on sentences written here; the pipeline on a real index and
real embeddings over articles written for this test, with the real (tiny) model,
which the rule answers without; a model's reply naming the one who left is given as
data (the outermost edge) and checked as any reply is."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from rag.chat import Assistant, final
from rag.config import Config
from rag.index import Index
from rag.ingest import read_articles
from rag.posts import a_person, asks_holder, holder, leaving, taking, told_leaving
from rag.question import analyze
from rag.types import Hit

RESIGNED = {
    "id": "ledger_harrowby_ceo",
    "title": "Harrowby Water chief quits over leak figures",
    "outlet": "The Tamsford Ledger",
    "published_at": "2027-05-12",
    "text": (
        "TAMSFORD — Tomas Ferrer resigned as chief executive of Harrowby Water on Tuesday, "
        "a week after the utility admitted that its leak figures had been understated for "
        "three years.\n\n"
        "Ferrer, 58, has run Harrowby's treatment works since 2015 and has been chief "
        "executive since 2022.\n\n"
        "The board appointed finance director Ines Calder as interim chief executive with "
        "immediate effect. The regulator said it would publish its own review in June."
    ),
}
TAKEN_OVER = {
    "id": "courier_harrowby_talks",
    "title": "Harrowby Water pay talks resume under new lead negotiator",
    "outlet": "Westvale Courier",
    "published_at": "2027-05-20",
    "text": (
        "TAMSFORD — Pay talks between Harrowby Water and the engineers' union resumed on "
        "Wednesday, a month after they broke down.\n\n"
        "Rufus Okafor, the utility's head of operations, has been replaced at the "
        "negotiating table by Maren Holt, its director of people, ahead of talks at the "
        "Tamsford Conciliation Service.\n\n"
        "The union's regional secretary, Dafydd Price, said the mood was better."
    ),
}


@pytest.mark.parametrize(
    "question",
    [
        "Who is running Harrowby Water now?",
        "Who was leading the company's side in the pay talks?",
        "Who will lead the inquiry into the leak figures?",
        "Who is in charge of the rescue operation?",
        "Who heads the regulator?",
        "Who is the interim chief executive of Harrowby Water?",
    ],
)
def test_a_question_asking_who_runs_something_asks_for_a_holder(question: str) -> None:
    assert asks_holder(question)


@pytest.mark.parametrize(
    "question",
    [
        "Who resigned as chief executive?",
        "Who said the mood was better?",
        "Who was named player of the match?",
        "How many engineers did the utility run short of?",
        "What did the runners say?",
    ],
)
def test_other_questions_ask_for_no_holder(question: str) -> None:
    assert not asks_holder(question)


@pytest.mark.parametrize(
    ("sentence", "taken", "gone"),
    [
        (
            "The board appointed finance director Ines Calder as interim chief executive.",
            ["Ines Calder"],
            [],
        ),
        (
            "Rufus Okafor, the utility's head of operations, has been replaced at the "
            "negotiating table by Maren Holt, its director of people.",
            ["Maren Holt"],
            ["Rufus Okafor"],
        ),
        (
            "Since Maren Holt replaced Rufus Okafor, talks have gone well.",
            ["Maren Holt"],
            ["Rufus Okafor"],
        ),
        ("Maren Holt, who has led the talks since April, said little.", ["Maren Holt"], []),
        ("The search was led by Sergeant Aled Voss of the coastguard.", ["Sergeant Aled Voss"], []),
        ("Tomas Ferrer resigned as chief executive on Tuesday.", [], ["Tomas Ferrer"]),
        ("Maren Holt took over from Rufus Okafor in May.", ["Maren Holt"], ["Rufus Okafor"]),
        # a body is no person, nor the tail of one
        ("The rescue was led by Coastal Lifeboat Service Tamsford, a charity.", [], []),
        (
            "A team from the Westvale Marine Institute, led by Dr Ola Brandt, arrived.",
            ["Dr Ola Brandt"],
            [],
        ),
        # a title or an apposition tells who holds a post; another title tells none
        (
            "Chief executive Tomas Ferrer told analysts the figures were wrong.",
            ["Tomas Ferrer"],
            [],
        ),
        ("Ines Calder, Harrowby's chief executive, said so.", ["Ines Calder"], []),
        ("Transport minister Ola Brandt visited the works.", [], []),
        # what the holder does, after an apposition
        (
            "Ines Calder, the trust's head of finance, will run the museum as acting director.",
            ["Ines Calder"],
            [],
        ),
        # a post given to someone named in an apposition after their old post
        (
            "The council has appointed the library's deputy director, Ines Calder, as "
            "interim director with immediate effect.",
            ["Ines Calder"],
            [],
        ),
    ],
)
def test_who_takes_and_who_leaves_a_post(sentence: str, taken: list[str], gone: list[str]) -> None:
    assert taking(sentence) == taken
    assert leaving(sentence) == gone


def test_the_holder_is_never_the_one_who_left_nor_the_one_asked_about() -> None:
    asked = "Who was leading the company's side in the talks?"
    said = (
        "Rufus Okafor, the utility's head of operations, has been replaced at the "
        "negotiating table by Maren Holt, its director of people."
    )
    assert holder(asked, said) == "Maren Holt"
    assert told_leaving(said, "Rufus Okafor") and not told_leaving(said, "Maren Holt")
    assert holder("Who replaced Maren Holt?", "Maren Holt, who has led the talks, spoke.") == ""
    assert holder(asked, "Tomas Ferrer resigned on Tuesday.") == ""


@pytest.mark.parametrize(
    ("answer", "sentence", "person"),
    [
        ("Calder", "The board appointed finance director Ines Calder as interim chief.", True),
        ("Sergeant Aled Voss", "The search was led by Sergeant Aled Voss of the coastguard.", True),
        ("Police", "Police said the search would resume at first light.", False),
        ("Harrowby Water", "Harrowby Water said its board would meet on Friday.", False),
        ("Westvale Marine Institute", "A team from the Westvale Marine Institute arrived.", False),
    ],
)
def test_a_holder_is_a_person_the_sentence_names(answer: str, sentence: str, person: bool) -> None:
    assert a_person(answer, sentence) is person


@pytest.mark.parametrize(
    ("question", "sentence", "held"),
    [
        # what is led stands before "led by", up to its "of": a review of a project
        (
            "Who is running the Tamsford bypass project?",
            "A review of the project led by Ola Brandt is due.",
            "",
        ),
        (
            "Who is leading the review of the bypass?",
            "A review of the project led by Ola Brandt is due.",
            "Ola Brandt",
        ),
        # a chair chairs; it leads no review the board announced
        (
            "Who will lead the review?",
            "The trustees, chaired by Rhys Moberly, announced a review to be led by Ola Brandt.",
            "Ola Brandt",
        ),
        # the asked post, and the asked body's: not a chairwoman, not another body's chief
        ("Who is the chief executive of Harrowby Water?", "Its chairwoman, Ola Brandt, spoke.", ""),
        ("Who runs Harrowby Water?", "Westvale Trust chief executive Ola Brandt spoke.", ""),
        (
            "Who runs Harrowby Water?",
            "Harrowby Water chief executive Ola Brandt spoke.",
            "Ola Brandt",
        ),
        # an interim or acting director runs the body (a director alone may direct anything)
        (
            "Who is in charge of Tamsford Town Library now?",
            "The council has appointed the library's deputy director, Ola Brandt, as "
            "interim director with immediate effect.",
            "Ola Brandt",
        ),
        # the event's other words are not the asked post
        (
            "Who will lead the inquiry into the mine flood?",
            "Ola Brandt, who commands the mine rescue service, spoke.",
            "",
        ),
    ],
)
def test_the_post_held_is_the_one_asked(question: str, sentence: str, held: str) -> None:
    assert holder(question, sentence) == held


def _index(tmp_path: Path, embedder) -> tuple[Config, Index]:  # type: ignore[no-untyped-def]
    (tmp_path / "news").mkdir()
    for article in (RESIGNED, TAKEN_OVER):
        path = tmp_path / "news" / f"{article['id']}.json"
        path.write_text(json.dumps(article), encoding="utf-8")
    config = replace(Config(), data_dir=tmp_path / "data")
    index = Index(config, embedder)
    assert index.ingest(read_articles([tmp_path / "news"], config.max_file_bytes)).failed == 0
    index.lexical()
    return config, index


def test_who_runs_it_is_answered_by_who_took_the_post_not_who_left(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
    llm_pool,  # type: ignore[no-untyped-def]
) -> None:
    config, index = _index(tmp_path, embedder)
    assistant = Assistant(replace(config, llm="tiny"), index, llm_pool)

    answer = final(assistant.ask("Who is running Harrowby Water now?"))

    assert "Ines Calder" in answer.direct and "Ferrer" not in answer.direct, answer.text
    [cited] = {c.quote for c in answer.citations}
    assert "appointed finance director Ines Calder" in cited
    assert all(c.article_id == RESIGNED["id"] for c in answer.citations)


def test_a_reply_naming_the_one_who_left_is_turned_down(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = _index(tmp_path, embedder)
    assistant = Assistant(config, index)
    question = "Who was leading Harrowby Water's side in the pay talks?"
    retrieval = assistant.retriever.retrieve(question, deepen=assistant.depth(None, None))
    scored, _ = assistant.evidence(question, retrieval)
    group = next(
        g for g in assistant.reports.groups(question, scored) if g.article_id == TAKEN_OVER["id"]
    )
    at = next(i for i, s in enumerate(group.sentences, 1) if "Rufus Okafor" in s.sentence)

    for reply, kept, why in (
        ("Rufus Okafor", False, "leaving the post"),
        ("Tamsford Conciliation Service", False, "no person"),
        ("Maren Holt", True, ""),
    ):
        raw = json.dumps({"answer": reply, "sentence": at})  # the model's reply, as data
        found = assistant.reports.check(analyze(question), group, raw, retrieval.hits)
        assert found.answered is kept, found
        assert why in found.reason


def test_the_sentence_telling_the_holder_scores_the_asked_count_bonus(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = _index(tmp_path, embedder)
    question = "Who is running Harrowby Water now?"
    hits = tuple(Hit(c, 1.0, 0.6) for c, _ in index.chunks_of(RESIGNED["id"]))
    vector = index.embedder.embed_query(question)

    def scores(rule: bool) -> dict[str, float]:
        assistant = Assistant(replace(config, holder_rule=rule), index)
        return {s.sentence: s.score for s in assistant.scored(question, vector, hits)}

    ruled, plain = scores(True), scores(False)
    for sentence, score in plain.items():
        raised = config.count_bonus if "Ines Calder" in sentence else 0.0
        assert ruled[sentence] == pytest.approx(score + raised), sentence


def test_a_chair_of_another_body_does_not_run_the_asked_one() -> None:
    """In "X will run the park as acting director, said Y, the chair of the trustees"
    the park is run by X; Y chairs the trustees."""
    said = (
        "Imelda Sedgefield, the park's head of animal care, will run the park as acting "
        "director while an inquiry is carried out, said Winifred Osgood, the chair of the "
        "trustees."
    )
    assert holder("Who is now running Brisenholm Wildlife Park?", said) == "Imelda Sedgefield"
    chair = "The review was announced by Winifred Osgood, the chair of the trustees."
    assert holder("Who is running Brisenholm Wildlife Park?", chair) == ""
    assert holder("Who chairs the trustees?", chair) == "Winifred Osgood"


def test_a_name_from_a_sentence_that_speaks_of_no_post_is_no_holder() -> None:
    """A sentence that names a person but speaks of no post or of leading anything
    ("Every morning Kit Bracewell drives to the edge of Copley Woods") answers nothing
    about who runs the park; one that does ("will take up the post") still can."""
    from rag.posts import tells_post
    from rag.verify import ground

    q = "Who is now running Brisenholm Wildlife Park?"
    walk = "Every morning Kit Bracewell drives from Brisenholm Wildlife Park to Copley Woods."
    assert not tells_post(walk)
    assert tells_post("Quennell, 49, will take up the post on Nov. 16.")
    got = ground("person", q, "Kit Bracewell", 0, [walk], [0.9], [walk], [walk], [], 0.6, 0.25)
    assert got.status == "off_topic" and "no one holding a post" in got.reason
    run = "Imelda Sedgefield will run Brisenholm Wildlife Park as acting director."
    kept = ground("person", q, "Imelda Sedgefield", 0, [run], [0.9], [run], [run], [], 0.6, 0.25)
    assert kept.status == "answered", kept


def test_a_holder_told_leading_another_thing_does_not_hold_the_asked_post() -> None:
    """ "The meeting … was chaired by the mayor of Vessby, Petra Vossel" tells who chaired
    a meeting, not who chairs the health board that called it; the same sentence answers
    who chaired the meeting, and "The group is run by Petra Vollan" (the group: the
    syndicate the question names, said before) still answers who runs the syndicate."""
    from rag.posts import leads_other
    from rag.verify import ground

    meeting = (
        "The meeting, in a packed Guildhall, was chaired by the mayor of Vessby, Petra "
        "Vossel, who opened it by reading out the names of the babies born at the unit."
    )
    board = "Who chairs the North Coast Health Board, which plans to close the maternity unit?"
    assert leads_other(board, "Petra Vossel", meeting)
    both = "Who chaired the council's meeting on the unit, and who leads the campaign?"
    assert not leads_other(both, "Petra Vossel", meeting)
    campaign = "The campaign to keep the unit open is led by a midwife, Bridget Fanshawe."
    assert not leads_other(both, "Bridget Fanshawe", campaign)
    group = "The group is run by Petra Vollan, a forklift driver."
    assert not leads_other("Who runs the lottery syndicate at the plant?", "Petra Vollan", group)
    assert not leads_other("Who scored the winner?", "Petra Vossel", meeting)  # no holder asked
    told = f"{meeting} The North Coast Health Board plans to close the maternity unit."
    got = ground(
        "person", board, "Petra Vossel", 0, [meeting], [0.9], [told], [meeting], [], 0.6, 0.25
    )
    assert got.status == "off_topic" and "another thing" in got.reason
