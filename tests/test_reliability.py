"""Reliability: bad inputs through `rag ingest` and the UI upload, interrupted writes,
hostile content, over-long questions, and properties of the citation parser.

Library-level bad inputs are in test_ingest.py; this file drives the same cases through
the command line (one batch, with good files among them) and through the Gradio API.
Interrupted writes are simulated with an embedder double that dies where a kill -9
would leave the store (the real kill -9 run is test_crash.py).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner, Result
from conftest import free_port, make_config
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


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
        "good": _write(root / "good.txt", BODY),
        "notes": _write(root / "notes.md", "# Council notes\n\nThe council met on Monday."),
        "page": _write(root / "page.html", PAGE),
        "latin": _write(
            root / "latin.txt", "Café owners in Quentaville reopened.".encode("latin-1")
        ),
        "feed-ok-1": _write(root / "feed.jsonl", "\n".join(lines) + "\n"),
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
        _write(bad / "empty.txt", ""): "empty file",
        _write(bad / "binary.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(range(256))): (
            "binary file (contains NUL bytes)"
        ),
        huge: "over the 1,000,000-character limit for one article",
        _write(bad / "slides.pdf", BODY): "unsupported extension .pdf",
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
    path = _write(tmp_path / "feed.jsonl", "\n".join([json.dumps({"text": BODY}), long]))
    found = list(read_articles([path], max_bytes=MB, max_chars=1000))
    assert [type(i) for i in found] == [Article, Problem]
    problem = found[1]
    assert isinstance(problem, Problem) and problem.source == f"{path}:2"
    assert "1,999 characters, over the 1,000-character limit" in problem.message


def test_an_unreadable_directory_entry_is_one_error(tmp_path: Path, fresh_dir: Path) -> None:
    """A FIFO inside a folder: the walk reports it and never blocks on it."""
    folder = tmp_path / "news"
    _write(folder / "good.txt", BODY)
    os.mkfifo(folder / "stream.txt")
    items = list(read_articles([folder], max_bytes=MB))
    assert [i.id for i in items if isinstance(i, Article)] == ["good"]
    [problem] = [i for i in items if isinstance(i, Problem)]
    assert problem.source == str(folder / "stream.txt")
    assert problem.message == "not a regular file (a named pipe)"


# --- interrupted writes ------------------------------------------------------------------


class _Killed(BaseException):
    """What a kill -9 is to the code that was running: nothing after it happens."""


class _DyingEmbedder:
    """The real embedder, but embedding documents dies the way a killed process stops."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.name, self.dimension, self.batch_size = real.name, real.dimension, real.batch_size

    def embed_documents(self, texts: Any) -> np.ndarray:
        raise _Killed

    def embed_query(self, text: str) -> np.ndarray:
        return self._real.embed_query(text)


class _ReaderDuringWrite:
    """The real embedder; while it embeds a write's chunks, another reader builds BM25."""

    def __init__(self, real: Any, reader: Index) -> None:
        self._real, self.reader = real, reader
        self.name, self.dimension, self.batch_size = real.name, real.dimension, real.batch_size
        self.seen: list[str] = []

    def embed_documents(self, texts: Any) -> np.ndarray:
        self.seen = list(self.reader.lexical().ids)  # mid-write: the new chunks are not there
        return self._real.embed_documents(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self._real.embed_query(text)


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


def test_interrupted_update_never_leaves_a_recorded_article_incomplete(
    fresh_dir: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config = make_config(fresh_dir)
    index = Index(config, embedder)
    index.upsert([_story("ferry", BODY), _story("bridge", "The Zorblax Bridge reopened.")])
    before = {a.id: a.n_chunks for a in index.list_articles()}

    changed = _story("ferry", BODY + "\n\nThe ferry will run twice a day from June.")
    with pytest.raises(_Killed):  # dies after the old chunks went, before the new ones
        Index(config, _DyingEmbedder(embedder)).upsert([changed])

    reopened = Index(config, embedder)
    assert reopened.interrupted()
    assert [a.id for a in reopened.list_articles()] == ["bridge"]  # not listed as complete
    assert reopened.list_articles()[0].n_chunks == before["bridge"]
    _assert_consistent(reopened)

    file = _write(fresh_dir.parent / "ferry.txt", changed.text)
    result = run("ingest", file, "--data-dir", fresh_dir)
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout
    assert not reopened.interrupted()
    assert _listed(fresh_dir) == ["bridge", "ferry"]
    _assert_consistent(reopened)


def test_chunks_left_by_a_kill_are_reported_and_removed_by_the_next_ingest(
    fresh_dir: Path,
    embedder,  # type: ignore[no-untyped-def]
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The state a kill between storing an article's chunks and recording it leaves."""
    config = make_config(fresh_dir)
    index = Index(config, embedder)
    index.upsert([_story("kept", BODY), _story("half", "The bridge reopened. " * 60)])
    half_chunks = [i for i in _chunk_ids(index) if i.startswith("half#")]
    assert len(half_chunks) > 1
    index.articles.delete(ids=["half"])  # its record was never written ...
    with pytest.raises(_Killed):  # ... because the run died in the middle of its write
        Index(config, _DyingEmbedder(embedder)).upsert([_story("next", "Next story.")])

    with caplog.at_level("WARNING", logger="rag.index"):
        reopened = Index(config, embedder)
    assert "did not finish" in caplog.text and str(fresh_dir) in caplog.text
    assert reopened.interrupted()
    assert reopened.unfinished() == {"half": len(half_chunks)}
    assert [a.id for a in reopened.list_articles()] == ["kept"]
    _assert_consistent(reopened)  # BM25 agrees with Chroma, orphans included

    other = _write(fresh_dir.parent / "other.txt", "The Quentaville market reopened on Friday.")
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
    writer_embedder = _ReaderDuringWrite(embedder, reader)
    writer = Index(config, writer_embedder)
    writer.upsert([_story("second", "The Quentaville market reopened on Friday.")])
    assert writer_embedder.seen and not any(i.startswith("second#") for i in writer_embedder.seen)
    assert any(i.startswith("second#") for i in reader.lexical().ids)
    assert sorted(reader.lexical().ids) == _chunk_ids(reader)
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
    path = _write(tmp_path / "control.txt", CONTROL)
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
    path = _write(tmp_path / "long.txt", f"A very long line\n\n{line}\n\n{blob}\n\nThe end.\n")
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
        _write(tmp_path / "in" / "empty.txt", ""): "empty file",
        _write(tmp_path / "in" / "binary.txt", b"MZ\x90\x00\x03\x00" + bytes(range(256))): (
            "binary file"
        ),
        _write(tmp_path / "in" / "slides.pdf", BODY): "unsupported extension .pdf",
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
    big = _write(tmp_path / "big.txt", "The ferry ran late. " * (limit // 20 + 10))
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
    odd = _write(tmp_path / "..; rm -rf ~ $(reboot) 'quote'.txt", BODY)
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
    path = _write(tmp_path / "upload.txt", "The ferry ran late. " * 100)
    [problem] = list(read_file(path, MB, name="upload.txt", max_chars=1000))
    assert isinstance(problem, Problem) and problem.source == str(path)
    assert "article text is 2,000 characters, over the 1,000-character limit" in problem.message
    [article] = list(read_file(path, MB, max_chars=Config().max_article_chars))
    assert isinstance(article, Article)
