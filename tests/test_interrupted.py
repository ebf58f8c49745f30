"""Interrupted writes are real: a `rag ingest` subprocess is killed with SIGKILL in the
middle of its write, and a writer thread runs while a reader builds BM25 (the
2,000-article kill -9 run is test_crash.py).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import make_config, write_file
from inputs import BODY, MB, _listed, _summary, run
from servers import ROOT, VENV_BIN, _die_with_parent

from rag.index import Index
from rag.ingest import read_articles
from rag.types import Article

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
        except BaseException as err:
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
