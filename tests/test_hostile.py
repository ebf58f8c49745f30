"""Hostile content: control characters, runs of one character, a 200,000-character line,
and 20,000-character questions.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import make_config, write_file
from inputs import MB, run

from rag.errors import InputError
from rag.index import Index, chunk_article
from rag.ingest import read_articles
from rag.types import Article

# --- hostile content -----------------------------------------------------------------------

CONTROL = (
    "Bell\x07 rang in the Quentaville newsroom. \x1b[31mRed alert\x1b[0m was printed.\r\n"
    "Zero\u200bwidth and \u202ereversed text and a form\x0cfeed.\x7f\n\n"
    "The council said the \x1b]0;title\x07ferry would run on Monday."
)


def _assert_offsets(index: Index, article_id: str) -> list[Any]:
    article = index.article(article_id)
    assert article is not None
    chunks = sorted(
        (c for c in index.iter_chunks() if c.article_id == article_id), key=lambda c: c.position
    )
    assert [c.position for c in chunks] == list(range(len(chunks)))
    assert len(chunks) == next(a.n_chunks for a in index.list_articles() if a.id == article_id)
    for c in chunks:
        assert 0 <= c.start < c.end <= len(article.text)
        assert c.text == article.text[c.start : c.end]
    return chunks


def test_control_characters_are_removed_and_offsets_hold(
    tmp_path: Path, fresh_dir: Path, embedder
) -> None:  # type: ignore[no-untyped-def]
    path = write_file(tmp_path / "control.txt", CONTROL)
    index = Index(make_config(fresh_dir), embedder)
    report = index.ingest(read_articles([path], MB))
    assert report.problems == () and report.stored.added == ("control",)
    article = index.article("control")
    assert article is not None
    bad = [c for c in article.text if c != "\n" and unicodedata.category(c)[0] == "C"]
    assert bad == [], bad
    assert "Red alert" in article.text and "ferry would run on Monday" in article.text
    _assert_offsets(index, "control")
    assert index.lexical().search("Quentaville newsroom", 1)[0][0] == "control#0"


def test_a_run_of_one_repeated_character_is_covered_by_its_chunks() -> None:
    """Identical pieces fit at many places; each must still advance past the last."""
    text = "A long run follows.\n\n" + "Q" * 5000 + "\n\nThe story goes on here."
    article = Article(id="run", title="Run", text=text)
    chunks = chunk_article(article, 128, 16)
    starts = [c.start for c in chunks]
    assert starts == sorted(set(starts))
    covered = np.zeros(len(text), dtype=bool)
    for c in chunks:
        assert c.text == text[c.start : c.end]
        covered[c.start : c.end] = True
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))


@pytest.mark.slow
def test_a_200000_character_line_ingests_and_its_offsets_hold(
    tmp_path: Path, fresh_dir: Path, embedder
) -> None:  # type: ignore[no-untyped-def]
    words = [
        "the",
        "Quentaville",
        "ferry",
        "council",
        "said",
        "on",
        "Monday",
        "that",
        "repairs",
        "would",
        "last",
    ]
    sentences, size, n = [], 0, 0
    while size < 200_000:
        sentence = f"Report {n}: " + " ".join(words[(n + i) % len(words)] for i in range(12)) + "."
        sentences.append(sentence)
        size, n = size + len(sentence) + 1, n + 1
    line = " ".join(sentences)[:200_000]
    blob = "Q" * 20_000  # and one 20,000-character "word" with no space at all
    path = write_file(tmp_path / "long.txt", f"A very long line\n\n{line}\n\n{blob}\n\nThe end.\n")
    result = run("ingest", path, "--data-dir", fresh_dir)
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout
    index = Index(make_config(fresh_dir), embedder)
    chunks = _assert_offsets(index, "long")
    assert len(chunks) > 100
    article = index.article("long")
    assert article is not None and line[:1000] in article.text and blob in article.text
    covered = np.zeros(len(article.text), dtype=bool)
    for c in chunks:
        covered[c.start : c.end] = True
    assert all(covered[i] or article.text[i].isspace() for i in range(len(article.text)))


def test_a_20000_character_question_is_refused_with_a_message(tiny_assistant) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as caught:
        tiny_assistant.check_question("Why? " * 4000)
    message = str(caught.value)
    assert message == (
        "the question is 19,999 characters long; the limit is 2,000 (RAG_MAX_QUESTION_CHARS)"
    )
    with pytest.raises(InputError, match="20,000 characters long"):
        list(tiny_assistant.ask("x" * 20_000))


def test_rag_ask_with_a_20000_character_question_is_one_error_line(seeded_dir: Path) -> None:
    result = run("ask", "x" * 20_000, "--model", "tiny", "--data-dir", seeded_dir)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line == (
        "error: the question is 20,000 characters long; the limit is 2,000 (RAG_MAX_QUESTION_CHARS)"
    )
