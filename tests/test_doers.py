"""Who did it, to what, where, and whether all of them did: the reports' checks over a
real index and real embeddings of an article written for this test; the answering
model's replies are data (the outermost edge), as a stored run's are when rescored.

- a body or a description is the answer to "who <act>" only from a sentence that says
  the act (`verify.body_not_doer`);
- a name is not the answer to "who presented X with Y" from a sentence that says it
  presented something else (`verify.acted_on_other`);
- the region of a dateline is no town (`verify.dateline_region`);
- "141 of 168" says no to "did every one …" (`verify.short_of_all`);
- a day is the asked act's only where the sentence writes it with that act
  (`verify.day_of_asked_act`, `verify.dated_before_asked`)."""

from __future__ import annotations

import json

import pytest
from conftest import index_articles

from rag.chat import Assistant
from rag.index import Index
from rag.question import analyze
from rag.types import Answer

TOUR = {
    "id": "northwire_tour",
    "title": "Aldous holds on to win the Tour of Hallowmere",
    "outlet": "The Bransk Gazette",
    "published_at": "2031-09-04",
    "text": (
        "BRANSK, Veldoria, Sept. 3 (Northwire) - Corvin Aldous won the Tour of Hallowmere "
        "by 12 seconds on Sunday, finishing safely in the bunch on the last stage into "
        "Bransk.\n\n"
        "The Tour of Hallowmere started in Pellow on 27 August, and of the 142 riders who "
        "set out there, 118 reached the finish. "
        "The yellow jersey was handed to Aldous on the podium by the mayor of Bransk, while "
        "the race director, Mirela Tansy, presented the team prize to Oskvale Cycling.\n\n"
        "The week was overshadowed by a theft. Six bikes were taken from the Oskvale team "
        "bus in Pellow on the first night. Idris Penn has looked after the team's bikes for "
        "eleven years. The 52-year-old mechanic found the racks empty at six the next "
        "morning and raised the alarm. Penn said the thieves had cut two locks. The race's "
        "insurer, Harrow Mutual, put the value of the stolen bikes at 60,000 crowns.\n\n"
        "Luka Renn, 29, who was arrested on 4 September, appeared before Bransk magistrates "
        "on Monday charged with theft. Police had also arrested his brother, Aled Renn, on "
        "5 September, and he has since been released without charge."
    ),
}


@pytest.fixture(scope="module")
def tour(tmp_path_factory: pytest.TempPathFactory, embedder) -> Index:  # type: ignore[no-untyped-def]
    return index_articles(tmp_path_factory.mktemp("tour"), embedder, [TOUR])[1]


def _finished(index: Index, question: str, reply: str, cited: str = "") -> Answer:
    """The answer when the model replies `reply` for every report, naming the sentence
    that says `cited` (else the first)."""
    assistant = Assistant(index.config, index)
    retrieval = assistant.retriever.retrieve(question)
    scored, outlets = assistant.evidence(question, retrieval)
    groups = assistant.reports.groups(question, scored)
    base = Answer(question, "", retrieval.hits, outlets=outlets, standalone_question=question)
    replies = [
        json.dumps({"answer": reply, "sentence": _number(g.sentences, cited)}) for g in groups
    ]
    return assistant.reports.finish(base, analyze(question), groups, replies)


def _number(sentences, cited: str) -> int:  # type: ignore[no-untyped-def]
    """The 1-based number of the first sentence saying `cited`."""
    return next((i + 1 for i, s in enumerate(sentences) if cited in s.sentence), 1)


def test_an_insurer_is_not_who_discovered_the_theft(tour: Index) -> None:
    asked = "Who discovered that bikes had been stolen from the Oskvale team bus?"
    insurer = _finished(tour, asked, "Harrow Mutual")
    assert insurer.refused and "Harrow Mutual" not in insurer.direct, insurer.text
    mechanic = _finished(tour, asked, "Idris Penn")  # "found" says the act in other words
    assert not mechanic.refused and "Idris Penn" in mechanic.direct, mechanic.text
    # a description the sentence before names is that person, not a description turned
    # down (conflicts dev cb-03-conf-name: "the 31-year-old winger" is Tomas Ekberg)
    empty = "Who discovered that the bike racks on the Oskvale team bus were empty?"
    aged = _finished(tour, empty, "The 52-year-old mechanic")
    assert not aged.refused and "Idris Penn" in aged.direct, aged.text


def test_who_presented_another_prize_did_not_present_the_asked_one(tour: Index) -> None:
    asked = "What is the name of the person who presented Corvin Aldous with the yellow jersey?"
    director = _finished(tour, asked, "Mirela Tansy")
    assert director.refused and "Mirela Tansy" not in director.direct, director.text
    prize = _finished(tour, "Who presented the team prize to Oskvale Cycling?", "Mirela Tansy")
    assert not prize.refused and "Mirela Tansy" in prize.direct, prize.text


def test_the_region_of_a_dateline_is_not_the_town_a_race_started_in(tour: Index) -> None:
    asked = "In which town did the Tour of Hallowmere start?"
    region = _finished(tour, asked, "Veldoria")
    assert region.refused and "Veldoria" not in region.direct, region.text
    town = _finished(tour, asked, "Pellow")
    assert not town.refused and "Pellow" in town.direct, town.text


def test_a_yes_to_every_rider_finishing_becomes_no_on_118_of_142(tour: Index) -> None:
    every = "Did every rider who started the Tour of Hallowmere finish it?"
    answer = _finished(tour, every, "yes", cited="118 reached")
    assert answer.direct.lower().startswith("no"), answer.text
    assert "118 reached the finish" in answer.text
    assert all(c.quote in c.passage for c in answer.citations)


def test_the_day_of_the_arrest_is_not_the_day_of_the_hearing_or_the_release(tour: Index) -> None:
    appear = _finished(tour, "On what day did Luka Renn appear before magistrates?", "4 September")
    assert not appear.refused and appear.direct.startswith("Monday"), appear.text
    released = _finished(tour, "On what date was Aled Renn released without charge?", "5 September")
    assert released.refused and "5 September" not in released.direct, released.text
