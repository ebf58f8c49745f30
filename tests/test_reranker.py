"""The pluggable second stage: any sentence-transformers CrossEncoder a user has.

No cross-encoder is packaged here, so the test builds one the way a user would from
weights on disk: a CrossEncoder over the packaged MiniLM encoder (its scoring head is
untrained, so its order is arbitrary but deterministic). What is checked is the
plumbing: `--reranker PATH` loads it offline and the passages come back in its order.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from rag.models import embed_model_path
from rag.retrieve import CrossEncoderReranker, Retriever


@pytest.fixture(scope="module")
def cross_encoder_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch
    from sentence_transformers import CrossEncoder

    torch.manual_seed(0)
    model = CrossEncoder(embed_model_path("packaged:all-MiniLM-L6-v2"), num_labels=1, device="cpu")
    folder = tmp_path_factory.mktemp("cross-encoder")
    model.save(str(folder))
    return folder


def test_reranker_path_orders_passages_by_the_cross_encoder(
    seeded_index, cross_encoder_dir
) -> None:  # type: ignore[no-untyped-def]
    config = replace(seeded_index.config, rerank=str(cross_encoder_dir), max_per_article=0, top_k=6)
    retriever = Retriever(seeded_index, config)
    assert isinstance(retriever.reranker, CrossEncoderReranker)
    question = "Which TV channel did Hollande speak to?"
    hits = retriever.retrieve(question).hits
    scores = retriever.reranker.scores(
        question, retriever.index.embedder.embed_query(question), hits
    )
    assert [h.score for h in hits] == pytest.approx(scores)
    assert scores == sorted(scores, reverse=True)


def test_rag_ask_takes_a_reranker_path(seeded_dir: Path, cross_encoder_dir: Path) -> None:
    from click.testing import CliRunner

    from rag.cli import cli

    result = CliRunner().invoke(
        cli,
        [
            "ask",
            "--data-dir",
            str(seeded_dir),
            "--reranker",
            str(cross_encoder_dir),
            "--json",
            "What is the capital of Australia?",
        ],
    )
    assert result.exit_code == 0, result.output
    assert '"refused": true' in result.output  # the gate still refuses, whatever the order
