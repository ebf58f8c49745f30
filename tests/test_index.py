"""rag.index over a real Chroma store and the real packaged embedding model."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from conftest import SEED_IDS, SEEDS, make_config
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rag.config import Config
from rag.errors import IndexMismatchError
from rag.index import Index, chunk_article, reset
from rag.ingest import read_articles
from rag.text import sentence_spans
from rag.types import Article

_VOCAB = [
    "Putin",
    "Hollande",
    "Paris",
    "Aleppo",
    "Russia",
    "France",
    "visit",
    "war",
    "crime",
    "strikes",
    "talks",
    "Kremlin",
    "cancelled",
    "said",
    "the",
    "a",
    "of",
    "in",
    "on",
    "Tuesday",
    "Oct.",
    "U.S.",
    "300,000",
    "people",
    "officials",
    "court",
    "rebels",
    "ceasefire",
    "Syria",
    "veto",
    "resolution",
    "council",
    "spokesman",
]


def _story(article_id: str, paragraphs: int, seed: int) -> Article:
    rng = random.Random(seed)
    paras = []
    for _ in range(paragraphs):
        sents = [
            " ".join(rng.choices(_VOCAB, k=rng.randint(6, 18))).capitalize() + "."
            for _ in range(rng.randint(2, 5))
        ]
        paras.append(" ".join(sents))
    return Article(
        id=article_id,
        title=f"Story {article_id}",
        text="\n\n".join(paras),
        outlet="Wire",
        published_at="2016-10-11",
    )


def _seed_articles(config: Config) -> list[Article]:
    return [a for a in read_articles([SEEDS], config.max_file_bytes) if isinstance(a, Article)]


def _chroma_ids(index: Index) -> set[str]:
    return set(index.chunks.get(include=[])["ids"])


def _assert_bm25_in_step(index: Index) -> None:
    lexical = index.lexical()
    assert lexical.generation == index.generation
    assert sorted(lexical.ids) == sorted(_chroma_ids(index))


def _assert_offsets(article: Article, chunks: list) -> None:  # type: ignore[type-arg]
    assert [c.position for c in chunks] == list(range(len(chunks)))
    for c in chunks:
        assert c.id == f"{article.id}#{c.position}"
        assert c.article_id == article.id
        assert c.text == article.text[c.start : c.end]
        assert c.text.strip()


# --- chunking ---------------------------------------------------------------------------


def test_chunk_offsets_on_the_seeds(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    articles = _seed_articles(config)
    assert sorted(a.id for a in articles) == sorted(SEED_IDS)
    for article in articles:
        chunks = chunk_article(article, config.chunk_size, config.chunk_overlap)
        assert len(chunks) > 1
        _assert_offsets(article, chunks)
        assert chunks[0].outlet == article.outlet and chunks[0].title == article.title


_word = st.sampled_from(_VOCAB + ["“Yes,”", "(AP)", "Mr.", "...", "19", "U.N."])
_sentence = st.lists(_word, min_size=1, max_size=25).map(lambda ws: " ".join(ws) + ".")
_paragraph = st.lists(_sentence, min_size=1, max_size=8).map(" ".join)
_text = st.lists(_paragraph, min_size=1, max_size=8).map("\n\n".join)


_REPEATED = (
    "Putin. " * 7 + "Putin Putin Putin Oct. Putin.\n\n" + ("Putin " * 8 + "U.N. Hollande. ") * 2
)


@settings(max_examples=30, deadline=None)
@given(_text, st.sampled_from([(128, 16), (40, 8)]))
@example(_REPEATED.strip(), (40, 8))  # a chunk once matched an earlier copy of its text
def test_chunk_offsets_property(text: str, sizes: tuple[int, int]) -> None:
    article = Article(id="gen", title="Generated", text=text)
    chunks = chunk_article(article, *sizes)
    _assert_offsets(article, chunks)
    covered = np.zeros(len(text), dtype=bool)
    for c in chunks:
        covered[c.start : c.end] = True
    for start, end in sentence_spans(text):
        missing = [i for i in range(start, end) if not covered[i] and not text[i].isspace()]
        assert not missing, f"sentence {text[start:end]!r} not covered by any chunk"


def test_no_chunk_ends_at_an_abbreviation() -> None:
    text = " ".join(
        f"Cases rose to {n} on Monday, said Dr. Imogen Farrant of the agency. Mr. Dallow, "
        f"the mayor, met U.N. officials on Oct. {n} in the city."
        for n in range(1, 30)
    )
    article = Article(id="abbr", title="Abbreviations", text=text)
    chunks = chunk_article(article, 40, 8)
    assert len(chunks) > 5
    ends = [c.text.rstrip().rsplit(" ", 1)[-1] for c in chunks[:-1]]
    assert not {"Dr.", "Mr.", "U.N.", "Oct."} & set(ends), ends


# --- writing: ingest, re-ingest, replace, delete ----------------------------------------


@pytest.fixture()
def fresh_index(fresh_dir: Path, embedder) -> Index:  # type: ignore[no-untyped-def]
    return Index(make_config(fresh_dir), embedder)


def test_ingest_seeds_and_reingest_unchanged(fresh_index: Index) -> None:
    index = fresh_index
    report = index.ingest(read_articles([SEEDS], index.config.max_file_bytes))
    assert report.failed == 0
    assert sorted(report.stored.added) == sorted(SEED_IDS)
    assert index.count_articles() == 3
    infos = index.list_articles()
    assert [a.id for a in infos] == sorted(SEED_IDS)
    assert index.count() == report.stored.chunks == sum(a.n_chunks for a in infos)
    for chunk in index.iter_chunks():  # the stored offsets still point into the stored text
        stored = index.article(chunk.article_id)
        assert stored is not None and chunk.text == stored.text[chunk.start : chunk.end]
    _assert_bm25_in_step(index)
    generation, ids = index.generation, _chroma_ids(index)

    again = index.ingest(read_articles([SEEDS], index.config.max_file_bytes))
    assert again.stored.chunks == 0
    assert sorted(again.stored.unchanged) == sorted(SEED_IDS)
    assert again.stored.added == again.stored.replaced == ()
    assert index.generation == generation
    assert _chroma_ids(index) == ids
    _assert_bm25_in_step(index)


def test_changed_article_replaces_its_chunks(fresh_index: Index) -> None:
    index = fresh_index
    long, other = _story("story", paragraphs=8, seed=1), _story("other", paragraphs=3, seed=2)
    index.upsert([long, other])
    old_ids = {i for i in _chroma_ids(index) if i.startswith("story#")}
    other_ids = _chroma_ids(index) - old_ids
    generation = index.generation
    _assert_bm25_in_step(index)

    edited = _story("story", paragraphs=2, seed=3)
    result = index.upsert([edited])
    assert result.replaced == ("story",) and result.added == ()
    assert index.generation != generation
    info = {a.id: a for a in index.list_articles()}["story"]
    new_ids = {i for i in _chroma_ids(index) if i.startswith("story#")}
    assert new_ids == {f"story#{n}" for n in range(info.n_chunks)}
    assert len(new_ids) == result.chunks < len(old_ids)
    assert _chroma_ids(index) == new_ids | other_ids  # no stale chunk is left
    stored = index.article("story")
    assert stored is not None and stored.text == edited.text
    got = index.chunks.get(ids=sorted(new_ids), include=["documents"])
    assert all(doc in edited.text for doc in got["documents"])
    _assert_bm25_in_step(index)


def test_delete(fresh_index: Index) -> None:
    index = fresh_index
    index.upsert([_story("keep", 3, seed=4), _story("drop", 3, seed=5)])
    _assert_bm25_in_step(index)
    generation = index.generation

    assert index.delete("drop") is True
    assert index.generation != generation
    assert [a.id for a in index.list_articles()] == ["keep"]
    assert index.article("drop") is None
    assert _chroma_ids(index) and all(i.startswith("keep#") for i in _chroma_ids(index))
    _assert_bm25_in_step(index)

    generation = index.generation
    assert index.delete("drop") is False
    assert index.generation == generation


def test_other_settings_refuse_to_open_until_reset(fresh_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    Index(make_config(fresh_dir), embedder).upsert([_story("first", 2, seed=6)])
    other = make_config(fresh_dir, chunk_size=64)
    with pytest.raises(IndexMismatchError) as raised:
        Index(other, embedder)
    message = str(raised.value)
    assert "chunk_size" in message and "128" in message and "64" in message
    assert "rag ingest --rebuild" in message

    reset(other)
    index = Index(other, embedder)
    assert index.count() == 0 and index.count_articles() == 0
    index.upsert([_story("second", 2, seed=7)])
    assert [a.id for a in index.list_articles()] == ["second"]
    assert index.chunks.metadata["chunk_size"] == 64
    _assert_bm25_in_step(index)


# --- the oracle: dense retrieval agrees with brute-force cosine --------------------------

QUESTIONS = [
    "Why did Putin cancel his visit to Paris?",
    "Which TV station did Hollande talk to?",
    "How many civilians were killed in Aleppo on Tuesday?",
    "What did Boris Johnson ask anti-war campaigners to do?",
    "When was Putin due in Paris?",
]


@pytest.mark.parametrize("k", [1, 5])
def test_dense_matches_brute_force_cosine(seeded_index: Index, k: int) -> None:
    got = seeded_index.chunks.get(include=["embeddings"])
    ids = list(got["ids"])
    matrix = np.asarray(got["embeddings"], dtype=np.float64)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    for question in QUESTIONS:
        vector = seeded_index.embedder.embed_query(question)
        cosine = dict(zip(ids, matrix @ (vector / np.linalg.norm(vector)), strict=True))
        best = sorted(cosine.values(), reverse=True)[:k]
        hits = seeded_index.dense(vector, k)
        assert len(hits) == k
        assert len({h.chunk.id for h in hits}) == k
        for rank, hit in enumerate(hits):  # same order, ties allowed
            assert cosine[hit.chunk.id] == pytest.approx(best[rank], abs=1e-4), question
            assert hit.relevance == pytest.approx(cosine[hit.chunk.id], abs=1e-4)


def test_an_empty_index_retrieves_nothing(fresh_index: Index) -> None:
    from rag.retrieve import Retriever

    assert fresh_index.count() == 0
    vector = fresh_index.embedder.embed_query("Why did Putin cancel his visit to Paris?")
    assert fresh_index.dense(vector, 8) == []
    found = Retriever(fresh_index, fresh_index.config).retrieve("Why did Putin cancel his visit?")
    assert found.hits == () and not found.relevant
