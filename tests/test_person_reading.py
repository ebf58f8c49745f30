"""A person asked as who did something ("Which neighbour saw a van …?") is read where a
sentence names a person and says the asked act (`Config.person_reading`): a report whose
passages read never tell it is also read in its passage that does (`chat.passage_for`,
`Retriever.reading_for`), and that sentence is among those its extraction is shown
(`Reports.groups`, `extract.read_at`). Real index and embeddings over an article written
for this test."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import index_articles

from rag.chat import Assistant, passage_for
from rag.posts import people_named
from rag.question import analyze
from rag.reports import reads_person
from rag.types import Hit, Retrieval
from rag.verify import tells_who_of, who_asked_of

MUSEUM = {
    "id": "echo_museum_burglary",
    "title": "Silver stolen from Farrowdale museum",
    "outlet": "The Farrowdale Echo",
    "published_at": "2031-03-14",
    "text": (
        "FARROWDALE - Thieves broke into the Farrowdale Town Museum overnight on Tuesday and "
        "took eleven pieces of Georgian silver from a display case on the first floor, "
        "police said on Wednesday. The museum will stay closed for the rest of the week.\n\n"
        "The museum's curator, Isolde Marchbank, said the silver had been left to the town "
        "by a local family in 1911 and was insured, but that its value to Farrowdale could "
        "not be counted in money. She thanked visitors for their messages.\n\n"
        "Detective Sergeant Colm Averill, who is leading the inquiry, said officers were "
        "studying footage from cameras on the high street and asked anyone with information "
        "to come forward.\n\n"
        "One neighbour, Wilfred Stannard, who lives across the lane from the museum's back "
        "door, told officers he had seen a white van parked with its lights off shortly "
        "after midnight. He said he thought nothing of it at the time.\n\n"
        "The break-in was found at seven on Wednesday morning by a cleaner, Prue Ashdown, "
        "who noticed glass on the stairs and called the police.\n\n"
        "The museum reopened in 2029 after a two-year refit paid for by the town council."
    ),
}
NEIGHBOUR = "Which neighbour saw a van outside Farrowdale Town Museum on the night of the burglary?"
FOUND = "Who found the break-in at Farrowdale Town Museum?"


def test_the_words_of_the_asked_act() -> None:
    assert who_asked_of(NEIGHBOUR) == ("saw", "van")  # up to its first qualifier, no names
    assert who_asked_of(FOUND) == ("found", "break-in")
    assert who_asked_of("Which councillor seconded the council's motion to save the unit?") == (
        "seconded",
        "council's",
        "motion",
    )
    assert who_asked_of("Who was sent off in the Quenmark Cup final?") == ("sent",)
    assert who_asked_of("Who did Mayor Dorit Kallas choose to lead the inquiry?") == ("choose",)
    # who said something is asked by the quote's words; a day or a place is no person
    assert who_asked_of("Who told the Echo that the silver could not be counted in money?") == ()
    assert who_asked_of("When did thieves break into the museum?") == ()
    # who reported something: a wire or an institute reports as well as a person
    assert who_asked_of("Who reported that the silver was insured?") == ()


def test_a_sentence_tells_who_did_it_when_it_names_a_person_and_says_the_act() -> None:
    seen = (
        "One neighbour, Wilfred Stannard, who lives across the lane, told officers he had "
        "seen a white van parked with its lights off."
    )
    assert tells_who_of(NEIGHBOUR, seen)  # "saw" said as "had seen"
    # a person, but no act asked; the act, but no person named; only a person the
    # question names; one of two words of the act (a van, nobody seeing it)
    assert not tells_who_of(NEIGHBOUR, "The museum's curator, Isolde Marchbank, said so.")
    assert not tells_who_of(NEIGHBOUR, "A neighbour saw a van parked outside.")
    asks_him = "Did Wilfred Stannard see a van outside the museum?"
    assert not tells_who_of(asks_him, seen)
    assert not tells_who_of(NEIGHBOUR, "Isolde Marchbank said a van delivers on Tuesdays.")
    # the act's verb must be said: the thing acted on alone is another act's
    seconded = "Which councillor seconded the council's motion to save the unit?"
    proposed = "Her ally on the council is Councillor Wynn Harbage, who proposed the motion."
    assert not tells_who_of(seconded, proposed)
    assert tells_who_of(seconded, "The motion was seconded by Councillor Maud Coverley.")
    found = "The break-in was found at seven by a cleaner, Prue Ashdown, who called police."
    assert tells_who_of(FOUND, found)
    # no body is a person: "Farrowdale Town Council found …" names nobody who found it
    assert not tells_who_of(FOUND, "Farrowdale Town Council found the break-in costly.")
    assert people_named(found) == ["Prue Ashdown"]


def test_a_report_is_also_read_where_a_person_does_the_asked_act(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = index_articles(tmp_path, embedder, [MUSEUM])
    assistant = Assistant(config, index)
    chunks = [chunk for chunk, _ in index.chunks_of(MUSEUM["id"])]
    seeing = [c for c in chunks if "white van" in c.text]
    assert seeing and "white van" not in chunks[0].text
    vector = index.embedder.embed_query(NEIGHBOUR)
    lede = Retrieval(NEIGHBOUR, (Hit(chunks[0], 1.0, 0.6),), 0.6, True, vector)
    asked = analyze(NEIGHBOUR)
    assert asked.kind == "person" and reads_person(asked.kind, NEIGHBOUR, config)
    reading = passage_for(asked, NEIGHBOUR, False, config)
    assert reading is not None

    read = assistant.retriever.reading_for(lede, *reading)

    assert read.hits[0] == lede.hits[0]  # the passage numbers already given stay
    assert [h.chunk.id for h in read.hits[1:]] == [seeing[0].id]
    # the sentence that tells it is among those the report's extraction is shown
    scored = assistant.scored(NEIGHBOUR, vector, read.hits)
    (group,) = assistant.reports.groups(NEIGHBOUR, scored)
    assert any("Wilfred Stannard" in s.sentence for s in group.sentences)
    assert len([s for s in group.sentences if s.sentence]) <= config.evidence_per_outlet + 2
    # without the reading, nothing more is read
    plain = replace(config, person_reading=False)
    assert passage_for(asked, NEIGHBOUR, False, plain) is None
    assert not reads_person(asked.kind, NEIGHBOUR, plain)


@pytest.mark.parametrize(
    "question",
    [
        "Who is in charge of Farrowdale Town Museum now?",  # the holder rule's
        "Who is the museum's curator?",  # a post: its former holders beside the same words
        "Who was Farrowdale's mayor when the museum reopened?",
        "Who said the silver could not be counted in money?",  # the speaker's quote
        "Where did the thieves take the silver from?",  # no person asked
    ],
)
def test_questions_the_person_reading_leaves_alone(question: str) -> None:
    from rag.config import Config

    asked = analyze(question)
    assert not reads_person(asked.kind, question, Config())
