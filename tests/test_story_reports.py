"""A value question reads the other reports of its story that the search left out
(`Retriever.story_reports`): outlets that give the value differently are what it must
compare. Real index, stories and embeddings over articles written for this test."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from conftest import index_articles

from rag.chat import Assistant
from rag.types import Filters, Hit, Retrieval

SCORER = "Who scored the winning goal for Harrowgate United in the Lanmere Cup final?"

FINAL = [
    {
        "id": "post_final",
        "outlet": "The Harrowgate Post",
        "published_at": "2027-05-16",
        "title": "Harrowgate United win the Lanmere Cup",
        "text": (
            "HARROWGATE — Harrowgate United won the Lanmere Cup final on Saturday, beating "
            "Corby Vale 2-1 at Easton Park after extra time. Mira Stenlund scored the winning "
            "goal for Harrowgate United in the 104th minute of the Lanmere Cup final.\n\n"
            "Corby Vale had led through a first-half penalty. Harrowgate United manager Ines "
            "Vorland said her players had never stopped believing."
        ),
    },
    {
        "id": "echo_final",
        "outlet": "The Corby Echo",
        "published_at": "2027-05-16",
        "title": "Heartbreak for Corby Vale at Easton Park",
        "text": (
            "HARROWGATE — Corby Vale came within seven minutes of the Lanmere Cup at Easton "
            "Park on Saturday before Harrowgate United equalised and then won 2-1 after extra "
            "time.\n\n"
            "Substitute Tilde Haugen headed the winner from a corner, and Corby Vale manager "
            "Aron Kessel said his side had been beaten by one moment. Harrowgate United "
            "manager Ines Vorland praised the Easton Park crowd."
        ),
    },
    {
        "id": "wire_final",
        "outlet": "Lanmere Wire",
        "published_at": "2027-05-17",
        "title": "Lanmere Cup final: Harrowgate United parade the trophy",
        "text": (
            "HARROWGATE — Thousands of supporters lined the streets on Sunday as Harrowgate "
            "United paraded the Lanmere Cup, a day after beating Corby Vale 2-1 after extra "
            "time at Easton Park.\n\n"
            "Manager Ines Vorland held the trophy up outside the town hall."
        ),
    },
    {
        "id": "gazette_ferry",
        "outlet": "The Lanmere Gazette",
        "published_at": "2027-05-16",
        "title": "Ferry service to Skarholm suspended",
        "text": (
            "SKARHOLM — The ferry service between Lanmere and Skarholm was suspended on "
            "Saturday after a fault was found in the engine of the MV Orla, the operator "
            "said. Repairs are expected to take two weeks."
        ),
    },
]


def test_a_value_question_reads_the_reports_of_its_story_the_search_left_out(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = index_articles(tmp_path, embedder, FINAL)
    stories = {c.article_id: c.story for c in index.iter_chunks()}
    story = stories["post_final"]
    assert story and stories["echo_final"] == story == stories["wire_final"]
    assert stories["gazette_ferry"] != story
    retriever = Assistant(config, index).retriever
    found = retriever.retrieve(SCORER, k=1, per_article=1)
    assert [h.chunk.article_id for h in found.hits] == ["post_final"]

    read = retriever.story_reports(found, 2)

    assert read.hits[0] == found.hits[0]  # the passage numbers already given stay
    added = [h.chunk.article_id for h in read.hits[1:]]
    assert sorted(added) == ["echo_final", "wire_final"]  # the ferry story is not read
    # the report that names the scorer in other words is read where it does
    echo = next(h for h in read.hits if h.chunk.article_id == "echo_final")
    assert "Tilde Haugen" in echo.chunk.text
    assert len(retriever.story_reports(found, 1).hits) == 2  # at most n more reports
    assert retriever.story_reports(found, 0) == found
    # a report already read is not read again; with no story marked nothing is added
    assert retriever.story_reports(read, 2).hits == read.hits
    unmarked = tuple(replace(h, chunk=replace(h.chunk, story="")) for h in found.hits)
    plain = Retrieval(SCORER, unmarked, found.best_relevance, True, found.vector)
    assert retriever.story_reports(plain, 2) == plain


def test_a_lone_report_fills_in_from_the_stories_of_passages_as_relevant(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """A live blog may be grouped as a story of its own while the other reports of the
    event form another: when the best passage's story has no report left out, the
    stories of the retrieved passages within `story_margin` of it are read instead."""
    config, index = index_articles(tmp_path, embedder, FINAL)
    retriever = Assistant(config, index).retriever
    post, echo = (
        retriever.retrieve(SCORER, k=1, per_article=1, filters=Filters(outlet=o)).hits[0]
        for o in ("The Harrowgate Post", "The Corby Echo")
    )
    alone = replace(post, chunk=replace(post.chunk, story="s-alone"))  # no other report
    vector = index.embedder.embed_query(SCORER)

    def added(first: Hit, second_relevance: float) -> list[str]:
        second = replace(echo, relevance=second_relevance)
        found = Retrieval(SCORER, (first, second), first.relevance, True, vector)
        return [h.chunk.article_id for h in retriever.story_reports(found, 2).hits[2:]]

    margin = config.story_margin
    assert added(alone, alone.relevance - margin / 2) == ["wire_final"]  # the echo's story
    assert added(alone, alone.relevance - 2 * margin) == []  # one far less relevant: not
    # a best story with reports left out is read as before, and only it
    assert added(post, post.relevance) == ["wire_final"]
