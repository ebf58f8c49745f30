"""Bad inputs through `rag ingest`: one batch of good and bad files, each bad one named
with its reason, the rest ingested; over-long records named by line; over-long
questions refused with a message. Library-level cases are in test_ingest.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from conftest import make_config, write_file
from inputs import BODY, MB, _bad_files, _good_files, _listed, _summary, run

from rag.config import Config
from rag.index import Index
from rag.ingest import read_articles, read_file
from rag.types import Article, Problem


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


def test_read_file_honours_the_article_limit_for_uploads(tmp_path: Path) -> None:
    path = write_file(tmp_path / "upload.txt", "The ferry ran late. " * 100)
    [problem] = list(read_file(path, MB, name="upload.txt", max_chars=1000))
    assert isinstance(problem, Problem) and problem.source == str(path)
    assert "article text is 2,000 characters, over the 1,000-character limit" in problem.message
    [article] = list(read_file(path, MB, max_chars=Config().max_article_chars))
    assert isinstance(article, Article)
