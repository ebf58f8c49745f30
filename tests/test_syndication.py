"""Who reported what: wire credits, near-duplicate groups, collapsed copies, source counts.

Real components throughout: the wire gold corpus (tests/wire.py) in a real embedded
Chroma index built with the packaged embedding model, and a real `chroma run` server
for server mode. What is expected comes from the gold files (truth.jsonl, pairs.jsonl,
questions.jsonl) or from the hand-written article in the test, never from a run.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import free_port, make_config
from servers import chroma_server
from wire import WIRE, load_article, truth, wire_dir

from eval.syndication import count_rows, load_gold, pair_scores
from rag.index import Index
from rag.retrieve import Retriever
from rag.syndication import support
from rag.types import Article, Filters, Hit
from rag.wires import Agencies, credits

AGENCIES = Agencies()
E01 = [i for i, t in truth().items() if t["event"] == "E01"]  # fire: wire, 3 copies, ...


@pytest.fixture(scope="module")
def wire(tmp_path_factory: pytest.TempPathFactory, embedder) -> Index:  # type: ignore[no-untyped-def]
    return Index(make_config(wire_dir(tmp_path_factory.getbasetemp(), embedder)), embedder)


def _keys(names: tuple[str, ...]) -> set[str]:
    return {AGENCIES.key(n) for n in names}


# --- credits in hand-written articles ---------------------------------------------------

BODY = "The council voted on Tuesday to close the old bridge.\n\nWork starts in May."


def _article(text: str, **fields: Any) -> Article:
    return Article(id="a", title="Bridge to close", text=text, outlet="The Daily Test", **fields)


@pytest.mark.parametrize(
    ("text", "fields", "wires"),
    [
        ("WASHINGTON (AP) — " + BODY, {}, {"AP"}),
        ("MOSCOW, Oct 11 (Reuters) - " + BODY, {}, {"REUTERS"}),
        (BODY + "\n\n© 2026 Stannard Press", {}, {"SP"}),
        (BODY + "\n\n— PLNA", {}, {"PLNA"}),
        (BODY, {"attribution": ("AFP contributed to this report.",)}, {"AFP"}),
        (BODY, {"author": "Jane Roe, Associated Press"}, {"AP"}),
        ("The bridge will close, Eastreach Wire reported.\n\n" + BODY, {}, {"EW"}),
        (
            BODY + ' "It is unsafe," the mayor said, according to the AP. The AP reported more.',
            {},
            {"AP"},
        ),  # fmt: skip
        (BODY + "\n\nThe mayor told Stannard Press the bridge was unsafe.", {}, set()),
        (BODY + " One aide told Itar-Tass on Monday.", {}, set()),
        (BODY + "\n\n© 2026 The Daily Test", {}, set()),
        ("The Food Standards Agency said so.\n\nThe agency's chief agreed. " + BODY, {}, set()),
    ],
)
def test_credits(text: str, fields: dict[str, Any], wires: set[str]) -> None:
    assert _keys(credits(_article(text, **fields), AGENCIES)) == wires


def test_seed_articles_credit_what_they_lean_on() -> None:
    """The seeds: Arutz Sheva is AFP copy ("AFP contributed"); Newsmax leans on the AP
    three times and quotes Reuters once (a quote is not a credit)."""
    from conftest import SEEDS

    from rag.ingest import read_articles

    found = {a.id: _keys(credits(a, AGENCIES)) for a in read_articles([SEEDS], 10**8)}  # type: ignore[union-attr]
    assert found == {
        "000_09ce886c40ddfbf1": {"AFP"},
        "002_85f1f65a0c21d376": {"AP"},
        "004_af0b6deb40d81af6": set(),
    }


# --- what ingest stores, against truth.jsonl ---------------------------------------------


def test_stored_wires_and_derived_match_the_gold(wire: Index) -> None:
    infos = {a.id: a for a in wire.list_articles()}
    for article_id, gold in truth().items():
        info = infos[article_id]
        expected = {AGENCIES.key(gold["wire"])} if gold["wire"] else set()
        assert _keys(info.wires) == expected, article_id
        derived = gold["origin"] in ("wire_copy", "wire_rewrite") or (
            gold["origin"] == "unrelated" and gold["wire"] is not None  # a wire story, run once
        )
        assert info.derived == derived, article_id


def test_groups_are_exactly_an_original_and_its_copies(wire: Index) -> None:
    infos = {a.id: a for a in wire.list_articles()}
    gold = truth()
    expected: dict[str, set[str]] = {}
    for article_id, row in gold.items():
        root = row["derived_from"] if row["origin"] == "wire_copy" else article_id
        expected.setdefault(root, set()).add(article_id)
    got: dict[str, set[str]] = {}
    for article_id, info in infos.items():
        got.setdefault(info.group, set()).add(article_id)
    assert sorted(map(sorted, got.values())) == sorted(map(sorted, expected.values()))


def test_pair_f1_meets_the_target(wire: Index) -> None:
    scores = pair_scores({a.id: a for a in wire.list_articles()}, load_gold().pairs, AGENCIES)
    assert scores["test"]["f1"] >= 0.90, scores["test"]["wrong"]
    assert scores["dev"]["f1"] >= 0.90, scores["dev"]["wrong"]


# --- retrieval: copies collapsed, sources counted ----------------------------------------


def _near_identical(a: str, b: str) -> bool:
    """An independent measure of "the same text": difflib's ratio on the words."""
    return difflib.SequenceMatcher(None, a.split(), b.split()).ratio() >= 0.8


def _twins(hits: tuple[Hit, ...]) -> list[tuple[str, str]]:
    return [
        (h.chunk.id, g.chunk.id)
        for i, h in enumerate(hits)
        for g in hits[i + 1 :]
        if _near_identical(h.chunk.text, g.chunk.text)
    ]


def test_no_top_k_holds_two_near_identical_passages(wire: Index) -> None:
    questions = load_gold().questions
    collapsing = Retriever(wire, wire.config)
    plain = Retriever(wire, replace(wire.config, passage_duplicate=0.0))
    found_twins_without = 0
    carried = 0
    for case in questions:
        hits = collapsing.retrieve(case.question, k=8).hits
        assert not _twins(hits), (case.id, _twins(hits))
        carried += sum(1 for h in hits if h.also)
        found_twins_without += bool(_twins(plain.retrieve(case.question, k=8).hits))
    assert found_twins_without >= len(questions) // 2  # the corpus is full of copies
    assert carried > 0


def test_also_names_outlets_that_ran_a_copy(wire: Index) -> None:
    infos = {a.id: a for a in wire.list_articles()}
    by_group: dict[str, set[str]] = {}
    for info in infos.values():
        by_group.setdefault(info.group, set()).add(info.outlet)
    hits = [
        h
        for c in load_gold().questions
        for h in Retriever(wire, wire.config).retrieve(c.question, k=8).hits
    ]
    assert any(h.also for h in hits)
    for hit in hits:
        assert hit.chunk.outlet not in hit.also
        assert set(hit.also) <= by_group[infos[hit.chunk.article_id].group], hit.chunk.id


def test_support_counts_copies_and_rewrites_of_one_wire_once(wire: Index) -> None:
    gold = truth()
    got = wire.chunks.get(where={"$and": [{"article_id": {"$in": E01}}, {"position": 0}]},
                          include=["metadatas", "documents"])  # fmt: skip
    from rag.chroma import chunk_from_meta

    hits = [
        Hit(chunk_from_meta(i, d, m), 1.0, 1.0)
        for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])
    ]
    counted = support(hits)
    outlets = {json.loads((WIRE / "articles" / f"{i}.json").read_text())["outlet"] for i in E01}
    assert counted.outlets == len(outlets) == len(counted.outlet_names)
    assert counted.independent == len({gold[i]["derived_from"] or i for i in E01})
    assert sum(len(s) for s in counted.sources) == len(outlets)


def test_every_gold_question_gets_its_source_counts(wire: Index) -> None:
    """questions.jsonl: outlets and independent sources behind each answer, counted from
    the retrieved passages that state it (k and per_article as `rag eval syndication`)."""
    rows = count_rows(Retriever(wire, wire.config), load_gold().questions, 12, 0, AGENCIES)
    wrong = [r for r in rows if not r["right"]]
    assert not wrong, wrong


def test_story_filter_on_dense_and_bm25(wire: Index) -> None:
    infos = {a.id: a for a in wire.list_articles()}
    story = infos[E01[0]].story
    members = {i for i, a in infos.items() if a.story == story}
    question = "How many firefighters were sent to the fire?"
    where = Filters(story=story)
    vector = wire.embedder.embed_query(question)
    dense = wire.dense(vector, 10, where)
    lexical = wire.lexical().search(question, 10, where)
    assert dense and lexical
    assert {h.chunk.article_id for h in dense} <= members
    assert {cid.split("#")[0] for cid, _ in lexical} <= members
    everywhere = {h.chunk.article_id for h in wire.dense(vector, 30)}
    assert everywhere - members  # without the filter other stories' fires come back
    hits = Retriever(wire, wire.config).retrieve(question, k=8, filters=where).hits
    assert hits and all(h.chunk.story == story for h in hits)


# --- incremental, embedded and through a Chroma server --------------------------------------


def _incremental(first: Index, second: Index) -> None:
    """`first` stores E01 but one copy and its independent report; `second` (another
    instance on the same store) adds them one at a time."""
    gold = truth()
    copy = next(i for i in E01 if gold[i]["origin"] == "wire_copy")
    own = next(i for i in E01 if gold[i]["origin"] == "independent")
    original = gold[copy]["derived_from"]
    first.upsert([load_article(i) for i in E01 if i not in (copy, own)])
    second.upsert([load_article(copy)])
    second.upsert([load_article(own)])
    infos = {a.id: a for a in second.list_articles()}
    assert infos[copy].group == infos[original].group
    assert infos[copy].derived and _keys(infos[copy].wires) == {"SP"}
    assert infos[own].group not in {a.group for i, a in infos.items() if i != own}
    assert not infos[own].derived
    assert infos[copy].story == infos[own].story == infos[original].story
    [story] = second.stories()
    assert set(story.articles) == set(E01)
    assert story.independent == len({gold[i]["derived_from"] or i for i in E01})
    assert [(s.id, s.articles) for s in first.stories()] == [(story.id, story.articles)]


def test_new_articles_are_marked_against_the_stored_ones(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    config = make_config(tmp_path / "data")
    _incremental(Index(config, embedder), Index(config, embedder))


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("chroma-server-syndication")
    port = free_port()
    with chroma_server(root / "db", port, root / "server.log") as server:
        yield f"http://127.0.0.1:{port}"
        assert server.running, f"the Chroma server died during the tests:\n{server.log_tail()}"


@pytest.mark.server
def test_marking_works_through_a_chroma_server(
    chroma_url: str,
    tmp_path_factory: pytest.TempPathFactory,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    a = Index(make_config(tmp_path_factory.mktemp("a"), chroma_url=chroma_url), embedder)
    b = Index(make_config(tmp_path_factory.mktemp("b"), chroma_url=chroma_url), embedder)
    _incremental(a, b)
    assert not (Path(a.config.data_dir) / "chroma").exists()
