"""Input files for the reliability tests: good and bad articles, and a CLI runner.

The same good and bad files go through `rag ingest` (test_bad_input.py) and through
the Gradio upload (test_ui_upload.py), so both must report each bad file the same way.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from click.testing import CliRunner, Result
from conftest import write_file

from rag.cli import cli

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
