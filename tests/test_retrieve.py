"""rag.retrieve on the seeded index: hybrid ranking, filters, the refusal gate, diversity."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag.index import Index
from rag.retrieve import Retriever, collapse, diversify
from rag.types import Chunk, Filters, Hit

NEWSMAX, POST = "002_85f1f65a0c21d376", "004_af0b6deb40d81af6"
TF1_QUESTION = "Which TV station did Hollande talk to according to Newsmax?"
PUTIN_QUESTION = "Why did Putin cancel his visit to Paris?"


@pytest.fixture(scope="module")
def retriever(seeded_index: Index) -> Retriever:
    return Retriever(seeded_index, seeded_index.config)


def _article_of(index: Index, chunk_ids: list[str]) -> set[str]:
    got = index.chunks.get(ids=chunk_ids, include=["metadatas"])
    return {str(m["article_id"]) for m in got["metadatas"]}


def test_hybrid_finds_the_tf1_passage(retriever: Retriever) -> None:
    retrieval = retriever.retrieve(TF1_QUESTION, k=4)
    assert retrieval.relevant
    assert len(retrieval.hits) == 4
    assert any("TF1" in h.chunk.text for h in retrieval.hits)
    assert len({h.chunk.id for h in retrieval.hits}) == 4
    scores = [h.score for h in retrieval.hits]
    assert scores == sorted(scores, reverse=True)


def test_outlet_filter_on_both_sides(retriever: Retriever, seeded_index: Index) -> None:
    only = Filters(outlet="Newsmax")
    vector = seeded_index.embedder.embed_query(TF1_QUESTION)
    dense = seeded_index.dense(vector, 20, only)
    assert dense and {h.chunk.outlet for h in dense} == {"Newsmax"}
    lexical = seeded_index.lexical().search(TF1_QUESTION, 20, only)
    assert lexical and _article_of(seeded_index, [cid for cid, _ in lexical]) == {NEWSMAX}
    retrieval = retriever.retrieve(PUTIN_QUESTION, k=4, filters=only)
    assert retrieval.hits and {h.chunk.outlet for h in retrieval.hits} == {"Newsmax"}


def test_unknown_outlet_finds_nothing(retriever: Retriever) -> None:
    retrieval = retriever.retrieve(PUTIN_QUESTION, filters=Filters(outlet="No Such Outlet"))
    assert retrieval.hits == () and not retrieval.relevant


@pytest.mark.parametrize(
    "dates",
    [
        Filters(since="2016-10-01"),
        Filters(until="2016-12-31"),
        Filters(since="2016-10-11", until="2016-10-11"),
    ],
)
def test_date_filters_keep_only_dated_articles(
    retriever: Retriever, seeded_index: Index, dates: Filters
) -> None:
    # only the Post has a date (2016-10-11); undated articles match no date range
    vector = seeded_index.embedder.embed_query(PUTIN_QUESTION)
    dense = seeded_index.dense(vector, 20, dates)
    assert dense and {h.chunk.article_id for h in dense} == {POST}
    lexical = seeded_index.lexical().search(PUTIN_QUESTION, 20, dates)
    assert lexical and _article_of(seeded_index, [cid for cid, _ in lexical]) == {POST}
    retrieval = retriever.retrieve(PUTIN_QUESTION, k=4, filters=dates)
    assert retrieval.hits and {h.chunk.published_at for h in retrieval.hits} == {"2016-10-11"}


def test_date_filter_outside_the_corpus(retriever: Retriever) -> None:
    assert retriever.retrieve(PUTIN_QUESTION, filters=Filters(since="2017-01-01")).hits == ()


def test_refusal_gate(retriever: Retriever) -> None:
    off_topic = retriever.retrieve("What is the capital of Australia?")
    on_topic = retriever.retrieve(PUTIN_QUESTION)
    assert not off_topic.relevant
    assert on_topic.relevant
    assert off_topic.best_relevance < retriever.config.min_relevance <= on_topic.best_relevance


@pytest.mark.parametrize("per_article", [1, 2])
def test_retrieval_keeps_at_most_max_per_article(seeded_index: Index, per_article: int) -> None:
    config = replace(seeded_index.config, max_per_article=per_article)
    hits = Retriever(seeded_index, config).retrieve(PUTIN_QUESTION, k=6).hits
    articles = [h.chunk.article_id for h in hits]
    counts = [articles.count(a) for a in set(articles)]
    assert max(counts) <= per_article
    assert len(hits) == min(6, 3 * per_article)


def _hit(article_id: str, position: int, score: float) -> Hit:
    chunk = Chunk(
        id=f"{article_id}#{position}",
        article_id=article_id,
        text="x",
        position=position,
        start=0,
        end=1,
    )
    return Hit(chunk=chunk, score=score, relevance=score)


def test_diversify() -> None:
    hits = [
        _hit("a", 0, 0.9),
        _hit("a", 1, 0.8),
        _hit("a", 2, 0.7),
        _hit("b", 0, 0.6),
        _hit("a", 3, 0.5),
        _hit("c", 0, 0.4),
        _hit("b", 1, 0.3),
    ]
    ids = [h.chunk.id for h in diversify(hits, k=4, per_article=2)]
    assert ids == ["a#0", "a#1", "b#0", "c#0"]  # ranked order kept, a#2 and a#3 skipped
    assert [h.chunk.id for h in diversify(hits, k=3, per_article=1)] == ["a#0", "b#0", "c#0"]
    assert len(diversify(hits, k=10, per_article=0)) == len(hits)  # 0: no limit
    assert diversify([], k=4, per_article=2) == []


def test_collapse_deepens_only_the_reports_already_kept() -> None:
    hits = [
        _hit("a", 0, 0.9),
        _hit("b", 0, 0.8),
        _hit("c", 2, 0.7),
        _hit("d", 0, 0.6),  # a new report after the first k: not read
        _hit("b", 3, 0.5),  # b's second passage: read
        _hit("a", 1, 0.4),
        _hit("a", 2, 0.3),  # a third passage of a: over per_article
    ]
    kept = [h.chunk.id for h, _ in collapse(hits, 3, 2, deepen=2)]
    assert kept == ["a#0", "b#0", "c#2", "b#3", "a#1"]
    assert [h.chunk.id for h, _ in collapse(hits, 3, 2)] == ["a#0", "b#0", "c#2"]
    # one passage a report among the first k (latest values), each read in two
    assert [h.chunk.id for h, _ in collapse(hits, 3, 1, deepen=2)] == kept
    assert [h.chunk.id for h, _ in collapse(hits, 3, 1, deepen=1)] == ["a#0", "b#0", "c#2"]


def test_collapse_deepens_the_reports_when_too_few_fill_k() -> None:
    # a date filter leaves two reports for k = 8: their second passages, met while the
    # first k were still being filled, are read too
    hits = [_hit("a", 0, 0.9), _hit("a", 1, 0.8), _hit("b", 0, 0.7), _hit("b", 2, 0.6)]
    assert [h.chunk.id for h, _ in collapse(hits, 8, 1, deepen=2)] == ["a#0", "b#0", "a#1", "b#2"]
    assert [h.chunk.id for h, _ in collapse(hits, 8, 1)] == ["a#0", "b#0"]
    assert [h.chunk.id for h, _ in collapse(hits, 2, 1, deepen=2)] == ["a#0", "b#0", "b#2"]


def test_how_deep_each_report_is_read(seeded_index) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from rag.chat import Assistant

    assistant = Assistant(seeded_index.config, seeded_index)
    assert assistant.depth(None, None) == 2  # the default reading: a report's next passage too
    assert assistant.depth(4, None) == 0  # the reader asked for 4 passages: exactly 4
    assert assistant.depth(8, 1) == 2  # latest values: one report a passage, each read deeper
    assert assistant.depth(12, 2) == 0  # a timeline reads the whole story its own way
    flat = Assistant(replace(seeded_index.config, deepen_latest=False), seeded_index)
    assert flat.depth(8, 1) == 0
    found = assistant.retriever.retrieve("Why did Putin cancel his visit?", 4, None, None, 2)
    articles = [h.chunk.article_id for h in found.hits]
    assert len(found.hits) > 4 and all(articles.count(a) <= 2 for a in articles)
    assert set(articles[4:]) <= set(articles[:4])  # no new report


def test_rare_words_weigh_more_in_a_sentences_score(embedder) -> None:  # type: ignore[no-untyped-def]
    """`Config.rare_words`: the person asked about outweighs the event's name that
    every sentence of the story repeats (measured, not the default: docs/answers.md)."""
    from rag.embed import SentenceVectors
    from rag.evidence import scored_sentences

    text = (
        "The Saltreed Folk Festival was cancelled on Sunday after a storm. "
        "The Saltreed Folk Festival had sold 9,000 tickets. "
        "The Saltreed Folk Festival will return next summer. "
        "Four people were hurt, according to Maja Lindholt, the head of safety."
    )
    chunk = Chunk(id="a#0", article_id="a", text=text, position=0, start=0, end=len(text))
    question = "What is Maja Lindholt's role at the Saltreed Folk Festival?"
    vectors = SentenceVectors(embedder)
    vector = embedder.embed_query(question)
    plain = scored_sentences(question, vector, [Hit(chunk, 1.0, 1.0)], vectors)
    rare = scored_sentences(question, vector, [Hit(chunk, 1.0, 1.0)], vectors, 0.5, True)
    rank = [next(i for i, s in enumerate(r) if "Lindholt" in s.sentence) for r in (plain, rare)]
    assert rank == [3, 1], rank  # last of four → second
    # both keep every sentence, best first
    assert len(plain) == len(rare) == 4
    assert [s.score for s in rare] == sorted((s.score for s in rare), reverse=True)
