"""Reliability: bad inputs through `rag ingest` and the UI upload, interrupted writes,
hostile content, over-long questions, and properties of the citation parser.

Library-level bad inputs are in test_ingest.py; this file drives the same cases through
the command line (one batch, with good files among them) and through the Gradio API.
Interrupted writes are real: a `rag ingest` subprocess is killed with SIGKILL in the
middle of its write, and a writer thread runs while a reader builds BM25 (the
2,000-article kill -9 run is test_crash.py).
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner, Result
from conftest import free_port, make_config, write_file
from hypothesis import given, settings
from hypothesis import strategies as st
from servers import ROOT, VENV_BIN, _die_with_parent

from rag.cli import cli
from rag.config import Config
from rag.errors import InputError
from rag.index import Index, chunk_article
from rag.ingest import read_articles, read_file
from rag.types import Article, Problem
from rag.verify import parse_markers

BODY = (
    "Zorblax ferry resumes service\n\nThe Zorblax ferry resumed service on Monday after a "
    "week of repairs, the harbour master said. Nobody was hurt when the ramp failed.\n"
)
PAGE = """<html><head><title>Quentaville council votes</title>
<meta property="og:site_name" content="Quenta Courier">
<style>body { color: red } .secret-style { display: none }</style>
<script>var leaked = "SCRIPT-TEXT"; document.write("SCRIPT-WRITE");</script></head>
<body><p>The Quentaville council voted on Tuesday to rebuild the Zorblax Bridge.</p>
<script>alert("SCRIPT-INLINE")</script><noscript>NOSCRIPT-TEXT</noscript></body></html>"""
MB = 1024 * 1024


def run(*args: str | Path, env: dict[str, str | None] | None = None) -> Result:
    return CliRunner(env=env).invoke(cli, [str(a) for a in args])


def _listed(data_dir: Path) -> list[str]:
    result = run("articles", "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    return [line.split("\t")[0] for line in result.stdout.splitlines() if line.strip()]


def _summary(output: str) -> dict[str, int]:
    """Counts of '2 added, 0 updated, 0 unchanged (3 chunks written); 1 failed'."""
    found = re.search(
        r"^(\d+) added, (\d+) updated, (\d+) unchanged \((\d+) chunks written\); (\d+) failed\s*$",
        output,
        re.M,
    )
    assert found, f"no summary line in {output!r}"
    keys = ("added", "updated", "unchanged", "chunks", "failed")
    return dict(zip(keys, map(int, found.groups())))


# --- the bad-input matrix through `rag ingest` ----------------------------------------------


def _good_files(root: Path) -> dict[str, Path]:
    """Good inputs: the article ids they give → their paths."""
    lines = [
        json.dumps({"id": "feed-ok-1", "text": "The Quentaville ferry ran late on Monday."}),
        '{"id": "feed-broken", "text": "unterminated',  # line 2: malformed
        json.dumps({"id": "feed-ok-3", "text": "The Quentaville market reopened on Friday."}),
    ]
    return {
        "good": write_file(root / "good.txt", BODY),
        "notes": write_file(root / "notes.md", "# Council notes\n\nThe council met on Monday."),
        "page": write_file(root / "page.html", PAGE),
        "latin": write_file(
            root / "latin.txt", "Café owners in Quentaville reopened.".encode("latin-1")
        ),
        "feed-ok-1": write_file(root / "feed.jsonl", "\n".join(lines) + "\n"),
        "feed-ok-3": root / "feed.jsonl",
    }


def _bad_files(root: Path) -> dict[Path, str]:
    """Bad inputs → a phrase their one message must contain."""
    bad = root / "bad"
    bad.mkdir()
    huge = bad / "huge.txt"
    with huge.open("w", encoding="ascii") as out:  # a real 50 MB text file, one article
        block = "The Quentaville ferry ran late again today. " * 1000
        while out.tell() < 50 * MB:
            out.write(block)
    os.mkfifo(bad / "pipe.txt")  # reading it would block forever: refused before opening
    (bad / "loop_a.txt").symlink_to(bad / "loop_b.txt")
    (bad / "loop_b.txt").symlink_to(bad / "loop_a.txt")
    (bad / "kernel.txt").symlink_to("/proc/self/mem")  # a regular file whose read fails (EIO)
    return {
        write_file(bad / "empty.txt", ""): "empty file",
        write_file(bad / "binary.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(range(256))): (
            "binary file (contains NUL bytes)"
        ),
        huge: "over the 1,000,000-character limit for one article",
        write_file(bad / "slides.pdf", BODY): "unsupported extension .pdf",
        bad / "pipe.txt": "not a regular file (a named pipe)",
        bad / "loop_a.txt": "not a regular file (too many levels of symbolic links)",
        bad / "loop_b.txt": "not a regular file (too many levels of symbolic links)",
        bad / "kernel.txt": "cannot read: Input/output error",
        bad / "missing.txt": "no such file or directory",
    }


def test_rag_ingest_bad_input_matrix_in_one_batch(
    tmp_path: Path, fresh_dir: Path, embedder
) -> None:  # type: ignore[no-untyped-def]
    good = _good_files(tmp_path / "in")
    bad = _bad_files(tmp_path / "in")
    missing = tmp_path / "in" / "bad" / "missing.txt"  # a path given that does not exist
    result = run("ingest", tmp_path / "in", missing, "--data-dir", fresh_dir)
    assert "Traceback" not in result.output
    assert result.exit_code == 1, result.output

    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    for path, phrase in bad.items():  # one message per bad file, naming it
        mine = [line for line in errors if line.startswith(f"error: {path}: ")]
        assert len(mine) == 1, (path, errors)
        assert phrase in mine[0], mine[0]
    jsonl = [line for line in errors if line.startswith(f"error: {good['feed-ok-1']}:")]
    assert len(jsonl) == 1 and jsonl[0].startswith(f"error: {good['feed-ok-1']}:2: malformed JSON")
    assert len(errors) == len(bad) + 1, errors
    [warning] = warnings  # invalid UTF-8: decoded with replacement, still ingested
    assert warning.startswith(f"warning: {good['latin']}: invalid UTF-8 at byte 3")
    assert all(len(line) < 300 for line in errors + warnings)

    counts = _summary(result.stdout)
    assert counts["added"] == len(set(good)) and counts["failed"] == len(bad) + 1, counts
    assert _listed(fresh_dir) == sorted(good)

    index = Index(make_config(fresh_dir), embedder)
    page = index.article("page")
    assert page is not None and page.title == "Quentaville council votes"
    assert page.outlet == "Quenta Courier" and "rebuild the Zorblax Bridge" in page.text
    stored = " ".join(c.text for c in index.iter_chunks())
    for hidden in ("SCRIPT-", "secret-style", "color: red", "NOSCRIPT-TEXT"):
        assert hidden not in stored
    latin = index.article("latin")
    assert latin is not None and latin.text == "Caf\ufffd owners in Quentaville reopened."
    (tmp_path / "in" / "bad" / "huge.txt").unlink()  # pytest keeps the last runs' tmp dirs


def test_an_over_long_record_in_a_feed_is_named_by_line(tmp_path: Path) -> None:
    long = json.dumps({"text": "The ferry ran late. " * 100})
    path = write_file(tmp_path / "feed.jsonl", "\n".join([json.dumps({"text": BODY}), long]))
    found = list(read_articles([path], max_bytes=MB, max_chars=1000))
    assert [type(i) for i in found] == [Article, Problem]
    problem = found[1]
    assert isinstance(problem, Problem) and problem.source == f"{path}:2"
    assert "1,999 characters, over the 1,000-character limit" in problem.message


def test_an_unreadable_directory_entry_is_one_error(tmp_path: Path, fresh_dir: Path) -> None:
    """A FIFO inside a folder: the walk reports it and never blocks on it."""
    folder = tmp_path / "news"
    write_file(folder / "good.txt", BODY)
    os.mkfifo(folder / "stream.txt")
    items = list(read_articles([folder], max_bytes=MB))
    assert [i.id for i in items if isinstance(i, Article)] == ["good"]
    [problem] = [i for i in items if isinstance(i, Problem)]
    assert problem.source == str(folder / "stream.txt")
    assert problem.message == "not a regular file (a named pipe)"


# --- interrupted writes ------------------------------------------------------------------


# Real writes are interrupted here: a real `rag ingest` subprocess is killed with SIGKILL
# while the test watches its store through SQLite read-only (never through Chroma, which
# the other process is writing), and a real writer thread runs while a reader builds
# BM25. The articles written are long enough that embedding them takes seconds, so the
# kill and the read land in the middle of the write.

_WHO = [
    "The harbour master",
    "A council spokesman",
    "The ferry operator",
    "Union officials",
    "The transport minister",
    "Two local residents",
    "The port's chief engineer",
    "An insurance assessor",
]
_SAID = [
    "said on Monday",
    "told reporters on Tuesday",
    "confirmed in a statement",
    "warned at a public meeting",
    "wrote in a letter to the council",
    "admitted under questioning",
]
_PLACES = ["the north pier", "the old terminal", "the island jetty", "the river crossing"]
_NEWS = [
    "that crossings from {place} would carry {n} passengers a day after repairs",
    "that the ramp at {place} had failed {n} times since the spring",
    "that {n} workers would rebuild {place} before the winter storms",
    "that a new timetable for {place} would add {n} sailings a month",
    "that the inspection of {place} had found {n} cracked beams",
]


def _long_text(title: str, paragraphs: int, seed: int) -> str:
    """A news-like article of varied sentences: about 1.5 chunks per paragraph."""
    rng = random.Random(seed)
    body = []
    for _ in range(paragraphs):
        sentences = [
            f"{rng.choice(_WHO)} {rng.choice(_SAID)} "
            + rng.choice(_NEWS).format(place=rng.choice(_PLACES), n=rng.randint(2, 900))
            + "."
            for _ in range(6)
        ]
        body.append(" ".join(sentences))
    return title + "\n\n" + "\n\n".join(body) + "\n"


def _story(article_id: str, text: str) -> Article:
    return Article(id=article_id, title=f"Story {article_id}", text=text, outlet="Courier")


def _chunk_ids(index: Index) -> list[str]:
    return sorted(index.chunks.get(include=[])["ids"])


def _assert_consistent(index: Index) -> None:
    """Every recorded article is complete; BM25 holds exactly the chunks Chroma holds."""
    got = index.chunks.get(include=["metadatas"])
    per_article: dict[str, int] = {}
    for meta in got["metadatas"]:
        per_article[meta["article_id"]] = per_article.get(meta["article_id"], 0) + 1
    for info in index.list_articles():
        assert per_article.get(info.id) == info.n_chunks, info
    assert len(set(got["ids"])) == len(got["ids"])
    assert sorted(index.lexical().ids) == sorted(got["ids"])


@dataclass(frozen=True)
class _OnDisk:
    """What the store holds at one moment, as another process wrote it."""

    chunks: dict[str, int]  # chunks stored per article id
    generation: str
    committed: str


def _on_disk(data_dir: Path, collection: str = "news") -> _OnDisk | None:
    """Read the store with SQLite read-only (never through Chroma, which another process
    is writing); None while it is not there yet or locked for a moment."""
    db = data_dir / "chroma" / "chroma.sqlite3"
    if not db.exists():
        return None
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
            chunks = conn.execute(
                "SELECT m.string_value, count(*) FROM embeddings e "
                "JOIN segments s ON e.segment_id = s.id JOIN collections c ON s.collection = c.id "
                "JOIN embedding_metadata m ON m.id = e.id "
                "WHERE c.name = ? AND m.key = 'article_id' GROUP BY m.string_value",
                (f"{collection}_chunks",),
            ).fetchall()
            stamps = conn.execute(
                "SELECT m.key, m.str_value FROM collection_metadata m "
                "JOIN collections c ON m.collection_id = c.id WHERE c.name = ?",
                (f"{collection}_chunks",),
            ).fetchall()
    except sqlite3.Error:
        return None
    stamp = dict(stamps)
    return _OnDisk(
        chunks={str(a): int(n) for a, n in chunks},
        generation=str(stamp.get("generation") or ""),
        committed=str(stamp.get("committed") or ""),
    )


def _kill_ingest_when(
    path: Path, data_dir: Path, log: Path, ready: Callable[[_OnDisk], bool]
) -> bool:
    """Run a real `rag ingest PATH` and SIGKILL it as soon as its store is `ready`.

    True when it was killed there; False when it finished first (the moment was missed).
    """
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [str(VENV_BIN / "rag"), "ingest", str(path), "--data-dir", str(data_dir)],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=ROOT,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
    deadline = time.monotonic() + 300  # model loading alone can take a while under load
    try:
        while True:
            state = _on_disk(data_dir)
            if state is not None and ready(state):
                os.killpg(proc.pid, signal.SIGKILL)
                break
            if proc.poll() is not None:
                break
            assert time.monotonic() < deadline, f"no kill after 300 s:\n{log.read_text()[-2000:]}"
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    if proc.returncode != -signal.SIGKILL:
        assert proc.returncode == 0, log.read_text()[-3000:]
        return False
    return True


def test_interrupted_update_never_leaves_a_recorded_article_incomplete(
    tmp_path: Path,
    fresh_dir: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """`rag ingest` of a changed article is killed after its old chunks were deleted and
    before its new ones are stored: the article must not be listed as complete."""
    config = make_config(fresh_dir)
    bridge = write_file(tmp_path / "in" / "bridge.txt", "Bridge\n\nThe Zorblax Bridge reopened.")
    ferry = write_file(tmp_path / "in" / "ferry.txt", BODY)
    report = Index(config, embedder).ingest(read_articles([bridge, ferry], MB))
    assert report.stored.added == ("bridge", "ferry") and report.problems == ()
    before = {a.id: a.n_chunks for a in Index(config, embedder).list_articles()}
    assert before == {"bridge": 1, "ferry": 1}

    write_file(ferry, _long_text("Zorblax ferry resumes service", 100, seed=1))  # ~120 chunks
    killed = _kill_ingest_when(
        ferry,
        fresh_dir,
        tmp_path / "ingest.log",
        lambda s: s.chunks.get("ferry", 0) == 0,  # its old chunk is gone
    )

    reopened = Index(config, embedder)
    listed = {a.id: a.n_chunks for a in reopened.list_articles()}
    _assert_consistent(reopened)  # whenever the kill landed: listed articles are complete
    assert listed["bridge"] == before["bridge"]
    print(f"killed mid-write: {killed}; listed after the kill: {listed}")
    if killed:  # the usual case: the old chunks had gone, the new ones were being embedded
        assert reopened.interrupted()
        assert listed == {"bridge": before["bridge"]}  # ferry is not listed as complete
        assert reopened.unfinished() == {}  # and no chunk of it is left
    else:  # the write finished before the kill could land: it must be whole
        assert not reopened.interrupted() and set(listed) == {"bridge", "ferry"}

    result = run("ingest", ferry, "--data-dir", fresh_dir)
    assert result.exit_code == 0, result.output
    counts = _summary(result.stdout)
    assert counts["added"] == (1 if killed else 0), counts
    assert ("warning: the last ingest was interrupted" in result.stderr) == killed
    assert not reopened.interrupted()
    assert _listed(fresh_dir) == ["bridge", "ferry"]
    ferry_chunks = next(a.n_chunks for a in reopened.list_articles() if a.id == "ferry")
    assert ferry_chunks > 60
    assert sum(1 for i in _chunk_ids(reopened) if i.startswith("ferry#")) == ferry_chunks
    _assert_consistent(reopened)


def test_chunks_left_by_a_kill_are_reported_and_removed_by_the_next_ingest(
    tmp_path: Path,
    fresh_dir: Path,
    embedder,  # type: ignore[no-untyped-def]
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The state a kill between storing an article's chunks and recording it leaves.

    That moment is too short to hit with a real kill, so it is built from two real
    operations: the article's record is deleted from the Chroma collection, and a real
    `rag ingest` of another article is killed while it writes, which leaves the write
    begun and never committed.
    """
    config = make_config(fresh_dir)
    index = Index(config, embedder)
    index.upsert([_story("kept", BODY), _story("half", "The bridge reopened. " * 60)])
    half_chunks = [i for i in _chunk_ids(index) if i.startswith("half#")]
    assert len(half_chunks) > 1
    index.articles.delete(ids=["half"])  # its record was never written ...

    following = write_file(tmp_path / "in" / "next.txt", _long_text("Next story", 150, seed=2))
    killed = _kill_ingest_when(  # ... because the run was killed in the middle of its write
        following,
        fresh_dir,
        tmp_path / "ingest.log",
        lambda s: s.generation != s.committed,
    )
    assert killed, "`rag ingest` finished before it could be killed mid-write"

    with caplog.at_level("WARNING", logger="rag.index"):
        reopened = Index(config, embedder)
    assert "did not finish" in caplog.text and str(fresh_dir) in caplog.text
    assert reopened.interrupted()
    assert reopened.unfinished() == {"half": len(half_chunks)}
    assert [a.id for a in reopened.list_articles()] == ["kept"]
    _assert_consistent(reopened)  # BM25 agrees with Chroma, orphans included

    other = write_file(tmp_path / "in" / "other.txt", "The Quentaville market reopened on Friday.")
    result = run("ingest", other, "--data-dir", fresh_dir)
    assert result.exit_code == 0, result.output
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("warning: ")]
    assert line == (
        f"warning: the last ingest was interrupted; removed {len(half_chunks)} chunk(s) of "
        "1 article(s) it had not finished; ingesting their files adds them again"
    )
    assert not reopened.interrupted() and reopened.unfinished() == {}
    assert not any(i.startswith("half#") for i in _chunk_ids(reopened))
    assert _listed(fresh_dir) == ["kept", "other"]
    _assert_consistent(reopened)


def test_bm25_built_while_a_write_runs_is_rebuilt_after_it(fresh_dir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    """A chat (or another instance) reading mid-ingest must not keep a stale BM25."""
    config = make_config(fresh_dir)
    Index(config, embedder).upsert([_story("first", BODY)])
    reader = Index(config, embedder)
    assert reader.lexical().ids == ["first#0"]
    before = reader.generation

    writer = Index(config, embedder)
    big = _story("second", _long_text("Quentaville market reopens", 50, seed=3))
    failed: list[BaseException] = []

    def write() -> None:
        try:
            writer.upsert([big])
        except BaseException as err:  # noqa: BLE001 - reported by the main thread
            failed.append(err)

    thread = threading.Thread(target=write, name="writer", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 120
        while reader.generation == before:  # read fresh: the writer's stamp is seen
            assert thread.is_alive() and not failed, f"the write ended unseen: {failed}"
            assert time.monotonic() < deadline, "the write never began"
            time.sleep(0.01)
        assert reader.interrupted()  # begun and not committed: the write is under way
        during = reader.lexical()  # a reader builds BM25 now, mid-write
        assert thread.is_alive()  # (still embedding the new chunks)
    finally:
        thread.join(timeout=300)
    assert not thread.is_alive() and not failed, failed
    assert during.generation != before
    assert during.ids == ["first#0"]  # built mid-write: without the new chunks

    assert not reader.interrupted()
    after = reader.lexical()  # the commit changed the stamp again: rebuilt
    assert after.generation not in (before, during.generation)
    second = [i for i in after.ids if i.startswith("second#")]
    assert len(second) > 30
    assert sorted(after.ids) == _chunk_ids(reader)
    assert sorted(writer.lexical().ids) == _chunk_ids(writer)


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


# --- the UI upload: the same bad files through gradio_client -----------------------------


@pytest.fixture(scope="module")
def upload_app(
    tmp_path_factory: pytest.TempPathFactory, embedder, llm_pool
) -> Iterator[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """The app over an empty index (uploads do not need the seeds)."""
    from rag.chat import Assistant
    from ui.app import AppOptions, build_app, launch

    config = make_config(tmp_path_factory.mktemp("ui-upload") / "data", llm="tiny")
    assistant = Assistant(config, Index(config, embedder), llm_pool)
    options = AppOptions()
    demo = build_app(assistant, options)
    port = free_port()
    launch(demo, "127.0.0.1", port, None, options, block=False)
    try:
        yield {"url": f"http://127.0.0.1:{port}/", "assistant": assistant, "options": options}
    finally:
        demo.close()


@pytest.fixture(scope="module")
def upload_client(upload_app: dict[str, Any]):  # type: ignore[no-untyped-def]
    from gradio_client import Client

    return Client(upload_app["url"], verbose=False)


def test_ui_upload_bad_input_matrix(
    upload_client: Any, upload_app: dict[str, Any], tmp_path: Path
) -> None:
    from gradio_client import handle_file

    good = _good_files(tmp_path / "in")
    bad = {
        write_file(tmp_path / "in" / "empty.txt", ""): "empty file",
        write_file(tmp_path / "in" / "binary.txt", b"MZ\x90\x00\x03\x00" + bytes(range(256))): (
            "binary file"
        ),
        write_file(tmp_path / "in" / "slides.pdf", BODY): "unsupported extension .pdf",
    }
    files = sorted({*good.values(), *bad})
    status, table, *_ = upload_client.predict(
        [handle_file(str(p)) for p in files], api_name="/ingest"
    )
    assert "Traceback" not in status
    counts = _summary(status.replace("**", ""))
    assert counts["added"] == len(set(good)) and counts["failed"] == len(bad) + 1, status
    lines = status.splitlines()[1:]
    for path, phrase in bad.items():
        [line] = [ln for ln in lines if f"`{path.name}`" in ln]
        assert line.startswith("- ❌") and phrase in line, line
    [line] = [ln for ln in lines if "`feed.jsonl:2`" in ln]
    assert line.startswith("- ❌") and "malformed JSON" in line
    [line] = [ln for ln in lines if "`latin.txt`" in ln]
    assert line.startswith("- ⚠️") and "invalid UTF-8" in line
    assert len(lines) == len(bad) + 2, lines
    assert sorted(row[0] for row in table["data"]) == sorted(good)

    index = upload_app["assistant"].index
    stored = " ".join(c.text for c in index.iter_chunks())
    assert "rebuild the Zorblax Bridge" in stored and "SCRIPT-" not in stored
    assert "secret-style" not in stored


def test_ui_upload_over_the_size_limit_is_refused(
    upload_client: Any, upload_app: dict[str, Any], tmp_path: Path
) -> None:
    import httpx
    from gradio_client import handle_file

    limit = upload_app["options"].max_upload_bytes
    big = write_file(tmp_path / "big.txt", "The ferry ran late. " * (limit // 20 + 10))
    assert big.stat().st_size > limit
    with pytest.raises(ValueError, match="exceeds the maximum file size"):  # the client checks
        upload_client.predict([handle_file(str(big))], api_name="/ingest")
    with big.open("rb") as f:  # and so does the server, for clients that do not
        response = httpx.post(
            upload_client.upload_url, files=[("files", ("big.txt", f))], timeout=60
        )
    assert response.status_code == 413, response.text
    assert "maximum allowed size" in response.text
    folder = Path(upload_app["assistant"].config.data_dir) / "uploads"
    assert not (folder / "big.txt").exists()


def test_ui_upload_names_stay_in_the_uploads_folder(
    upload_client: Any, upload_app: dict[str, Any], tmp_path: Path
) -> None:
    import httpx
    from gradio_client import handle_file

    data_dir = Path(upload_app["assistant"].config.data_dir)
    odd = write_file(tmp_path / "..; rm -rf ~ $(reboot) 'quote'.txt", BODY)
    status, *_ = upload_client.predict([handle_file(str(odd))], api_name="/ingest")
    assert "1 added" in status, status

    # a client that sends a path as the file name: the server keeps only a plain name
    response = httpx.post(
        upload_client.upload_url,
        files=[("files", ("../../../escaped_upload.txt", b"The Quentaville tram ran late."))],
        timeout=60,
    )
    response.raise_for_status()
    [server_path] = response.json()
    assert Path(server_path).name == "escaped_upload.txt", server_path
    status, table, *_ = upload_client.predict([handle_file(server_path)], api_name="/ingest")
    assert "1 added" in status and "escaped_upload" in [row[0] for row in table["data"]]

    written = sorted(p.name for p in (data_dir / "uploads").iterdir())
    assert "escaped_upload.txt" in written and any("rm_-rf" in n for n in written), written
    assert all(re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._-]*", name) for name in written), written
    for folder in (data_dir, data_dir.parent, tmp_path, Path(server_path).parent.parent):
        assert not (folder / "escaped_upload.txt").exists()


def test_rag_chat_binds_loopback_by_default() -> None:
    from ui.app import is_loopback
    from ui.cli import chat

    [host] = [p for p in chat.params if p.name == "host"]
    assert host.default == "127.0.0.1" and is_loopback(host.default)
    shown = CliRunner().invoke(chat, ["--help"])
    assert shown.exit_code == 0 and "[default: 127.0.0.1]" in shown.output


# --- properties: the citation parser ---------------------------------------------------------

_WORDS = ["Putin", "Hollande", "cancelled", "the", "visit", "to", "Paris", "on", "Tuesday", "said"]
_sentence_words = st.lists(st.sampled_from(_WORDS), min_size=2, max_size=12)
_marks = st.lists(st.lists(st.integers(0, 9), min_size=1, max_size=3), max_size=2)
_style = st.sampled_from(["[{}]", "[{}]", "[Passage {}]", "【{}】", "[source {}]"])


@st.composite
def _answer(draw: Any) -> tuple[str, list[list[int]], int]:
    """Model-like answer text, the numbers each sentence cites, and the passage count."""
    n = draw(st.integers(1, 6))
    parts, cited = [], []
    for _ in range(draw(st.integers(1, 5))):
        words = draw(_sentence_words)
        groups = draw(_marks)
        style = draw(_style)
        marks = "".join(" " + style.format(", ".join(map(str, g))) for g in groups)
        at_end = draw(st.booleans())
        text = " ".join(words).capitalize()
        parts.append(f"{text}.{marks}" if at_end else f"{text}{marks}.")
        cited.append([x for g in groups for x in g])
    return " ".join(parts), cited, n


@settings(max_examples=200, deadline=None)
@given(_answer())
def test_citation_parser_recovers_every_mark(case: tuple[str, list[list[int]], int]) -> None:
    text, cited, n = case
    marked, dropped = parse_markers(text, n)
    assert len(marked) == len(cited), (text, marked)
    for m, numbers in zip(marked, cited):
        assert m.cited == tuple(dict.fromkeys(x for x in numbers if 1 <= x <= n))
        assert not re.search(r"[\[【]", m.text), m.text
    assert dropped == sum(1 for numbers in cited for x in numbers if not 1 <= x <= n)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab .[]【】,-–0123456789\nPassage")), max_size=120),
    st.integers(0, 8),
)
def test_citation_parser_never_raises_and_cites_only_real_passages(text: str, n: int) -> None:
    marked, dropped = parse_markers(text, n)
    assert dropped >= 0
    for m in marked:
        assert m.text.strip() and all(1 <= x <= n for x in m.cited)
        assert len(set(m.cited)) == len(m.cited)


def test_read_file_honours_the_article_limit_for_uploads(tmp_path: Path) -> None:
    path = write_file(tmp_path / "upload.txt", "The ferry ran late. " * 100)
    [problem] = list(read_file(path, MB, name="upload.txt", max_chars=1000))
    assert isinstance(problem, Problem) and problem.source == str(path)
    assert "article text is 2,000 characters, over the 1,000-character limit" in problem.message
    [article] = list(read_file(path, MB, max_chars=Config().max_article_chars))
    assert isinstance(article, Article)
