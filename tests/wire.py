"""The wire gold corpus (eval/corpora/wire) indexed once per test session.

83 articles: 14 events carried by three invented wire agencies (originals, copies
with light edits, rewrites that credit the wire), independent reports and unrelated
articles; truth.jsonl says which is which. test_syndication.py and test_stories.py
both read the same real embedded index, built on first use under the session's base
temporary directory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import ROOT, make_config

WIRE = ROOT / "eval" / "corpora" / "wire"
ARTICLES = WIRE / "articles"


def truth() -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in (WIRE / "truth.jsonl").read_text().splitlines()]
    return {r["id"]: r for r in rows}


def wire_dir(base: Path, embedder: Any) -> Path:
    """The data dir of the indexed wire corpus (built once per session)."""
    from rag.index import Index
    from rag.ingest import read_articles

    data_dir = base / "wire-index"
    done = data_dir / "built"
    if not done.exists():
        index = Index(make_config(data_dir), embedder)
        report = index.ingest(read_articles([ARTICLES], index.config.max_file_bytes))
        assert report.failed == 0 and len(report.stored.added) == 83, report.summary()
        index.lexical()
        done.write_text("ok")
    return data_dir


def load_article(article_id: str) -> Any:
    from rag.ingest import read_file

    [article] = list(read_file(ARTICLES / f"{article_id}.json", 10_000_000))
    return article
