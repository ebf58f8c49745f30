"""The command line through click's CliRunner: real index, real embedder, real SmolLM2."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import SEED_IDS, SEEDS

from rag.answer import NO_PASSAGES, REFUSAL
from rag.cli import cli

QUESTION = "Why did Putin cancel his visit to Paris?"
COMMANDS = ["ingest", "ask", "articles", "delete", "models"]


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def _no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def _listed(data_dir: Path) -> list[str]:
    result = run("articles", "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    return [line.split("\t")[0] for line in result.stdout.splitlines() if line.strip()]


def test_ingest_articles_delete(fresh_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    result = run("ingest", SEEDS, "--data-dir", fresh_dir)
    assert result.exit_code == 0, result.output
    assert "3 added, 0 updated, 0 unchanged" in result.stdout
    assert "0 failed" in result.stdout
    _no_traceback(result)

    listing = run("articles", "--data-dir", fresh_dir).stdout.splitlines()
    assert [line.split("\t")[0] for line in listing] == sorted(SEED_IDS)
    assert any("\tNewsmax\t" in line for line in listing)
    assert any("\t2016-10-11\t" in line for line in listing)

    again = run("ingest", SEEDS, "--data-dir", fresh_dir)
    assert again.exit_code == 0 and "3 unchanged (0 chunks written)" in again.stdout

    deleted = run("delete", SEED_IDS[1], "--data-dir", fresh_dir)
    assert deleted.exit_code == 0, deleted.output
    assert f"deleted {SEED_IDS[1]}" in deleted.stdout
    assert _listed(fresh_dir) == [SEED_IDS[0], SEED_IDS[2]]

    unknown = run("delete", "no-such-article", "--data-dir", fresh_dir)
    assert unknown.exit_code == 1
    _no_traceback(unknown)
    assert unknown.stdout == ""
    [line] = unknown.stderr.splitlines()
    assert line.startswith("error: ") and "no-such-article" in line
    assert _listed(fresh_dir) == [SEED_IDS[0], SEED_IDS[2]]


def test_ingest_batch_with_a_bad_file(tmp_path: Path, fresh_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.txt"
    good.write_text("Putin cancelled his visit to Paris. Hollande called it a war crime.")
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = run("ingest", good, bad, "--data-dir", fresh_dir)
    assert result.exit_code == 1
    _no_traceback(result)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert errors[0].startswith(f"error: {bad}: ")
    assert "1 added" in result.stdout and "1 failed" in result.stdout
    assert _listed(fresh_dir) == ["good"]


def test_ask_prints_an_answer_with_sources_or_a_refusal(seeded_dir: Path) -> None:
    result = run("ask", QUESTION, "--model", "tiny", "--data-dir", seeded_dir)
    assert result.exit_code == 0, result.output
    _no_traceback(result)
    out = result.stdout
    assert out.strip()
    assert "Sources:" in out or REFUSAL in out or NO_PASSAGES in out
    if "Sources:" in out:  # each source line is numbered like the passages it lists
        assert re.search(r"^  \[\d+\] ", out.split("Sources:", 1)[1], re.M)


def test_ask_json(seeded_dir: Path) -> None:
    result = run("ask", QUESTION, "--json", "--model", "tiny", "--data-dir", seeded_dir)
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert {"text", "citations", "passages"} <= set(answer)
    assert answer["text"].strip()
    passages = answer["passages"]
    assert passages and all(p["chunk"]["id"] for p in passages)
    assert answer["citations"] or answer["refused"]
    for citation in answer["citations"]:  # each citation resolves to the passage it numbers
        passage = passages[citation["n"] - 1]["chunk"]
        assert citation["chunk_id"] == passage["id"]
        assert citation["passage"] == passage["text"]
        assert citation["quote"] in passage["text"]


def test_ask_refuses_off_topic_without_the_model(seeded_dir: Path) -> None:
    result = run("ask", "What is the capital of Australia?", "--json", "--data-dir", seeded_dir)
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["refused"] and answer["citations"] == []
    assert answer["model"] == ""  # the gate answered; no model was called


def test_ask_rejects_a_bad_date(seeded_dir: Path) -> None:
    result = run("ask", QUESTION, "--since", "last week", "--data-dir", seeded_dir)
    assert result.exit_code == 1
    _no_traceback(result)
    assert "expected a date as YYYY-MM-DD" in result.stderr


def test_top_level_help_has_an_example() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_has_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout
    assert f"rag {command}" in result.stdout
