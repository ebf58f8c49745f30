"""A report that never names what the question names, vouched for by another report of
its story that says the same thing: the meteorite story of the conflict corpus (dev
half), whose local paper says when "the fireball was seen" but never "over northern
Lowmarch". Real index, embeddings and story marks; the model's replies are given as
data (the outermost edge), as a run's stored replies are when it is rescored."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from rag.chat import Assistant
from rag.config import Config
from rag.index import Index
from rag.ingest import read_articles
from rag.question import analyze
from rag.types import Answer

ARTICLES = Path(__file__).resolve().parents[1] / "eval" / "corpora" / "conflicts" / "articles"
QUESTION = "On what date was the fireball over northern Lowmarch seen?"
SEEN = {"Halbrook Science Monitor": "Oct. 21", "The Tamsby & District Echo": "October 22"}


def _answer(config: Config, index: Index) -> Answer:
    assistant = Assistant(config, index)
    retrieval = assistant.retriever.retrieve(QUESTION, deepen=assistant.depth(None, None))
    scored, outlets = assistant.evidence(QUESTION, retrieval)
    groups = assistant.reports.groups(QUESTION, scored)
    replies = []
    for g in groups:  # each report's own day of the sighting, on its own sentence
        at = next((i for i, s in enumerate(g.sentences, 1) if "fireball was seen" in s.sentence), 0)
        value = SEEN.get(g.outlet, "") if at else ""
        replies.append(json.dumps({"answer": value or "NOT FOUND", "sentence": at}))
    base = Answer(QUESTION, "", retrieval.hits, outlets=outlets, standalone_question=QUESTION)
    return assistant.reports.finish(base, analyze(QUESTION), groups, replies)


def test_the_same_statement_in_a_report_of_the_story_vouches_for_its_subject(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config = replace(Config(), data_dir=tmp_path)
    index = Index(config, embedder)
    index.ingest(read_articles(sorted(ARTICLES.glob("CA07_*.json")), config.max_file_bytes))
    index.lexical()
    echo = "The Tamsby & District Echo"
    assert "Lowmarch" not in (ARTICLES / "CA07_tamsby_echo.json").read_text(encoding="utf-8")

    answer = _answer(config, index)
    [clash] = answer.disagreements
    assert {v.outlet for v in clash.values} == set(SEEN), clash.values
    assert any(v.outlet == echo and "22" in v.value for v in clash.values)

    # without the vouching, the Echo's value is no answer: its article never names Lowmarch
    strict = _answer(replace(config, vouch_similarity=1.01), index)
    [rejected] = [e for e in strict.extractions if e.outlet == echo]
    assert rejected.status == "off_topic" and "Lowmarch" in rejected.reason
    assert not strict.disagreements
