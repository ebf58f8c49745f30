"""Server mode: the index in a real Chroma server (`chroma run`) instead of embedded.

Two `Index` objects with different data dirs and the same `chroma_url` play two
machines sharing one store: both see the same articles, and each rebuilds its own
BM25 side index when the other writes (the generation stamp changes). A URL where
nothing listens is a `StoreError` naming the URL, and one error line in the CLI.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEED_IDS, SEEDS, free_port, make_config
from servers import chroma_server

from rag.cli import cli
from rag.errors import StoreError
from rag.index import Index
from rag.ingest import read_articles
from rag.retrieve import Retriever
from rag.types import Filters

pytestmark = pytest.mark.server

CANCEL = "Why did Putin cancel his visit to Paris?"
LUKYANOV = "Which analyst said the cancellation was reminiscent of the Cold War?"
ARUTZ, NEWSMAX = SEED_IDS[0], SEED_IDS[1]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    with chroma_server(root / "db", port, root / "server.log") as server:
        yield f"http://127.0.0.1:{port}"
        assert server.running, f"the Chroma server died during the tests:\n{server.log_tail()}"


@pytest.fixture(scope="module")
def machines(chroma_url: str, tmp_path_factory: pytest.TempPathFactory, embedder):  # type: ignore[no-untyped-def]
    """Machine A ingests the seeds into the server; machine B opens the same store."""
    a = Index(make_config(tmp_path_factory.mktemp("machine-a"), chroma_url=chroma_url), embedder)
    report = a.ingest(read_articles([SEEDS], a.config.max_file_bytes))
    assert report.failed == 0 and sorted(report.stored.added) == sorted(SEED_IDS)
    b = Index(make_config(tmp_path_factory.mktemp("machine-b"), chroma_url=chroma_url), embedder)
    return a, b


def test_ingest_list_and_reingest_through_the_server(machines) -> None:  # type: ignore[no-untyped-def]
    a, _ = machines
    listed = a.list_articles()
    assert [x.id for x in listed] == sorted(SEED_IDS)
    assert {x.outlet for x in listed} >= {"Arutz Sheva", "Newsmax", "The Washington Post"}
    assert sum(x.n_chunks for x in listed) == a.count() > len(SEED_IDS)
    assert not (Path(a.config.data_dir) / "chroma").exists()  # nothing embedded on disk

    again = a.ingest(read_articles([SEEDS], a.config.max_file_bytes))
    assert sorted(again.stored.unchanged) == sorted(SEED_IDS) and again.stored.chunks == 0
    article = a.article(NEWSMAX)
    assert article is not None and article.outlet == "Newsmax" and "TF1" in article.text


def test_retrieve_and_filter_by_outlet(machines) -> None:  # type: ignore[no-untyped-def]
    a, _ = machines
    retriever = Retriever(a, a.config)
    found = retriever.retrieve(LUKYANOV)
    assert found.relevant and found.hits
    assert "Lukyanov" in found.hits[0].chunk.text and found.hits[0].chunk.article_id == ARUTZ

    only = retriever.retrieve(CANCEL, filters=Filters(outlet="Newsmax"))
    assert only.hits and {h.chunk.outlet for h in only.hits} == {"Newsmax"}
    assert {h.chunk.article_id for h in only.hits} == {NEWSMAX}
    unfiltered = retriever.retrieve(CANCEL)
    assert len({h.chunk.article_id for h in unfiltered.hits}) > 1


def test_second_machine_sees_writes_and_rebuilds_bm25(machines) -> None:  # type: ignore[no-untyped-def]
    a, b = machines
    assert [x.id for x in b.list_articles()] == [x.id for x in a.list_articles()]
    assert b.count() == a.count()
    before = b.lexical()
    assert before.generation == a.generation != ""
    assert any(cid.startswith(f"{ARUTZ}#") for cid, _ in before.search("Lukyanov Cold War", 5))
    assert (Path(b.config.data_dir) / "bm25").is_dir()  # B keeps its own side index

    assert a.delete(ARUTZ)
    assert not a.delete(ARUTZ)  # already gone

    assert b.generation == a.generation != before.generation
    assert [x.id for x in b.list_articles()] == sorted(set(SEED_IDS) - {ARUTZ})
    after = b.lexical()
    assert after is not before and after.generation == a.generation
    assert all(not cid.startswith(f"{ARUTZ}#") for cid in after.ids)
    assert not any(cid.startswith(f"{ARUTZ}#") for cid, _ in after.search("Lukyanov Cold War", 5))

    hits = Retriever(b, b.config).retrieve(LUKYANOV, k=8).hits
    assert hits and all(h.chunk.article_id != ARUTZ for h in hits)
    assert b.article(ARUTZ) is None


def test_unreachable_server_is_a_store_error_naming_the_url(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    url = f"http://127.0.0.1:{free_port()}"  # nobody listens there
    with pytest.raises(StoreError) as caught:
        Index(make_config(tmp_path / "data", chroma_url=url), embedder)
    assert url in str(caught.value)


def test_cli_with_unreachable_server_is_one_error_line(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    args = ["articles", "--data-dir", str(tmp_path / "data"), "--chroma-url", url]
    result = CliRunner(env={"RAG_CHROMA_URL": None}).invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and url in errors[0], result.stderr
    assert "Traceback" not in result.output and result.stdout == ""
