"""Crash safety: kill -9 `rag ingest` halfway through 2,000 articles, then run it again.

The real command runs as a subprocess on a real embedded Chroma store. A read-only
SQLite query counts the stored chunks while it runs; at about a third of the way the
process group gets SIGKILL. The half-written store is then opened by a separate
process (it must open, and every recorded article must be complete, with BM25, the
vector index and the chunk table holding the same chunks), the ingest is run again to
the end, and every article must be there exactly once.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from servers import ROOT, VENV_BIN, _die_with_parent

N_ARTICLES = 2_000
KILL_AT = 700  # chunks stored (one per article): clearly midway, clearly not the start

_FIRST = ["Bel", "Cor", "Dun", "Fal", "Gar", "Hol", "Kel", "Lor", "Mar", "Nor"]
_FIRST += ["Pel", "Quen", "Ros", "Sal", "Tor", "Val", "Wes", "Yar", "Zel", "Ard"]
_MIDDLE = ["ba", "do", "fi", "gu", "ka", "lo", "mi", "nu", "ra", "sto"]
_LAST = ["rix", "mont", "vale", "wick", "dor", "ling", "sby", "thorn", "quay", "mere"]
_THINGS = ["ferry", "bridge", "market", "library", "tram line", "harbour", "school", "clinic"]
_EVENTS = [
    ("reopened", "after months of repairs"),
    ("closed", "after inspectors found cracks"),
    ("was flooded", "when the river burst its banks"),
    ("won a national award", "for its design"),
    ("was sold", "to a private operator"),
]
_OUTLETS = ["Quenta Courier", "Valley Herald", "Harbour Times", "Northern Wire"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

INSPECT = """
import json, sys
from pathlib import Path
from rag.cli import build_config
from rag.index import Index
from rag.retrieve import Retriever

config = build_config(data_dir=Path(sys.argv[1]))
index = Index.open(config)
got = index.chunks.get(include=["metadatas"])
per_article = {}
for meta in got["metadatas"]:
    per_article[meta["article_id"]] = per_article.get(meta["article_id"], 0) + 1
n = len(got["ids"])
dense = []
if n:
    vector = index.embedder.embed_query("what happened to the ferry")
    dense = index.chunks.query(query_embeddings=[vector.tolist()], n_results=n, include=[])
    dense = dense["ids"][0]
top = ""
if n and sys.argv[2:]:
    hits = Retriever(index, config).retrieve(sys.argv[2]).hits
    top = hits[0].chunk.article_id if hits else ""
print(json.dumps({
    "interrupted": index.interrupted(),
    "articles": {a.id: a.n_chunks for a in index.list_articles()},
    "chunk_ids": got["ids"],
    "per_article": per_article,
    "lexical_ids": index.lexical().ids,
    "dense_ids": dense,
    "top": top,
}))
"""


def name_of(i: int) -> str:
    """A made-up proper noun, different for each of the 2,000 articles."""
    return _FIRST[i % 20] + _MIDDLE[(i // 20) % 10] + _LAST[i // 200]


def article(i: int, rng: random.Random) -> dict[str, str]:
    name, thing = name_of(i), _THINGS[i % len(_THINGS)]
    event, why = _EVENTS[i % len(_EVENTS)]
    day, outlet = rng.choice(_DAYS), _OUTLETS[i % len(_OUTLETS)]
    people = rng.randint(20, 900)
    text = (
        f"The {name} {thing} {event} on {day} {why}, town officials said. "
        f"About {people} residents came to see it, according to the council. "
        f'"We have waited a long time for this," said mayor {rng.choice(_FIRST)}ston.'
    )
    return {
        "id": f"wire-{i:04d}",
        "title": f"{name} {thing} {event}",
        "text": text,
        "outlet": outlet,
        "published_at": f"2016-10-{1 + i % 28:02d}",
    }


def write_feed(path: Path) -> list[str]:
    rng = random.Random(7)
    records = [article(i, rng) for i in range(N_ARTICLES)]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return [r["id"] for r in records]


def stored_chunks(data_dir: Path) -> int:
    """Chunks in the store, read through SQLite read-only (never through Chroma)."""
    db = data_dir / "chroma" / "chroma.sqlite3"
    if not db.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
            row = conn.execute(
                "SELECT count(*) FROM embeddings e JOIN segments s ON e.segment_id = s.id "
                "JOIN collections c ON s.collection = c.id WHERE c.name = 'news_chunks'"
            ).fetchone()
        return int(row[0])
    except sqlite3.Error:  # not created yet, or locked for a moment
        return 0


def start_ingest(feed: Path, data_dir: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [str(VENV_BIN / "rag"), "ingest", str(feed), "--data-dir", str(data_dir)],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=ROOT,
            env={**os.environ, "OMP_WAIT_POLICY": "PASSIVE"},
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )


def inspect(data_dir: Path, question: str = "") -> dict[str, Any]:
    """Open the store in a separate process and describe it."""
    done = subprocess.run(
        [str(VENV_BIN / "python"), "-c", INSPECT, str(data_dir), *([question] if question else [])],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    state: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    state["stderr"] = done.stderr
    return state


def assert_consistent(state: dict[str, Any]) -> None:
    """Recorded articles are complete; no duplicates; every view holds the same chunks."""
    chunk_ids = state["chunk_ids"]
    assert len(chunk_ids) == len(set(chunk_ids)), "duplicate chunk ids"
    for article_id, n_chunks in state["articles"].items():
        assert state["per_article"].get(article_id) == n_chunks, article_id
    assert sorted(state["lexical_ids"]) == sorted(chunk_ids), "BM25 and Chroma differ"
    assert sorted(state["dense_ids"]) == sorted(chunk_ids), "the vector index and Chroma differ"


def rag(*args: str, timeout: int) -> subprocess.CompletedProcess[str]:
    """Run the `rag` CLI of this venv as a user would."""
    return subprocess.run(
        [str(VENV_BIN / "rag"), *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout
    )


@pytest.mark.slow
def test_kill_9_midway_then_rerun_gives_every_article_exactly_once(tmp_path: Path) -> None:
    feed = tmp_path / "wire.jsonl"
    ids = write_feed(feed)
    data_dir, log = tmp_path / "data", tmp_path / "ingest.log"

    proc = start_ingest(feed, data_dir, log)
    deadline = time.monotonic() + 600
    try:
        while (count := stored_chunks(data_dir)) < KILL_AT:
            assert proc.poll() is None, f"ingest ended before the kill:\n{log.read_text()[-2000:]}"
            assert time.monotonic() < deadline, f"only {count} chunks after 600 s"
            time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    print(f"killed with {count} chunks stored")

    half = inspect(data_dir)  # the half-written store opens, in a consistent state
    assert_consistent(half)
    assert 0 < len(half["articles"]) < N_ARTICLES
    assert set(half["articles"]) <= set(ids)
    orphans = set(half["per_article"]) - set(half["articles"])
    print(
        f"after the kill: {len(half['articles'])} articles recorded, {len(half['chunk_ids'])} "
        f"chunks, {len(orphans)} unfinished articles, interrupted={half['interrupted']}"
    )
    if orphans:  # chunks without a record only come from a write that was cut short
        assert half["interrupted"]
    if half["interrupted"]:
        assert "did not finish" in half["stderr"]

    rerun = rag("ingest", str(feed), "--data-dir", str(data_dir), timeout=900)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    added = N_ARTICLES - len(half["articles"])
    assert f"{added} added, 0 updated, {len(half['articles'])} unchanged" in rerun.stdout
    assert "0 failed" in rerun.stdout
    assert ("warning: the last ingest was interrupted" in rerun.stderr) == half["interrupted"]

    target = 1234
    question = f"What happened to the {name_of(target)} {_THINGS[target % len(_THINGS)]}?"
    full = inspect(data_dir, question)
    assert_consistent(full)
    assert not full["interrupted"]
    assert sorted(full["articles"]) == ids  # every article, exactly once
    assert set(full["per_article"]) == set(ids)  # no chunks of unknown articles
    assert all(n == 1 for n in full["articles"].values())
    assert len(full["chunk_ids"]) == N_ARTICLES
    assert full["top"] == f"wire-{target:04d}"

    listing = rag("articles", "--data-dir", str(data_dir), timeout=300)
    assert listing.returncode == 0, listing.stderr[-2000:]
    rows = [line.split("\t") for line in listing.stdout.splitlines() if line.strip()]
    assert [r[0] for r in rows] == ids
    assert all(int(r[3]) == full["per_article"][r[0]] for r in rows)

    again = rag("ingest", str(feed), "--data-dir", str(data_dir), timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    assert (
        f"0 added, 0 updated, {N_ARTICLES} unchanged (0 chunks written); 0 failed" in again.stdout
    )
