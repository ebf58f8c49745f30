"""The Gradio app through its API (gradio_client), over a fresh index of the seeds.

The app runs on 127.0.0.1 with SmolLM2 ("tiny"): fast, and enough to test the
plumbing (streaming, sources, citations, uploads, errors) without asserting any
model wording. Also: the refusal to serve a non-loopback address without auth.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import SEED_IDS, SEEDS, free_port, make_config

from rag.chat import read_for
from rag.config import Config
from rag.errors import RagError
from rag.question import analyze

SEED_QUESTION = "Why did Putin cancel his visit to Paris?"
ZORBLAX = (
    "Zorblax Bridge collapses in Quentaville\n\n"
    "The Zorblax Bridge collapsed on Friday, said mayor Quenta Vell. Nobody was hurt when "
    "the old span fell into the river during the morning rush.\n"
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, embedder, llm_pool) -> Iterator[dict[str, Any]]:  # type: ignore[no-untyped-def]
    from rag.chat import Assistant
    from rag.index import Index
    from rag.ingest import read_articles
    from ui.app import build_app, launch

    config = make_config(tmp_path_factory.mktemp("ui-api") / "data", llm="tiny")
    index = Index(config, embedder)
    report = index.ingest(read_articles([SEEDS], config.max_file_bytes))
    assert len(report.stored.added) == 3 and report.failed == 0
    index.lexical()
    assistant = Assistant(config, index, llm_pool)
    demo = build_app(assistant)
    port = free_port()
    launch(demo, "127.0.0.1", port, None, block=False)
    try:
        yield {"url": f"http://127.0.0.1:{port}/", "assistant": assistant}
    finally:
        demo.close()


@pytest.fixture(scope="module")
def client(app: dict[str, Any]):  # type: ignore[no-untyped-def]
    from gradio_client import Client

    return Client(app["url"], verbose=False)


def _ask(client: Any, question: str, k: int = 4) -> tuple[Any, ...]:
    return client.predict(question, [], "tiny", k, "", "", "", api_name="/respond")


def _text(message: dict[str, Any]) -> str:
    content = message["content"]
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def _card_ids(sources: str) -> list[int]:
    return [int(n) for n in re.findall(r'class="source-card" id="src-(\d+)"', sources)]


def _table_ids(table: Any) -> list[str]:
    return [row[0] for row in table["data"]]


# --- the API shape --------------------------------------------------------------------


def test_api_exposes_the_named_endpoints(client: Any) -> None:
    api = client.view_api(print_info=False, return_format="dict")
    names = set(api["named_endpoints"])
    assert {"/respond", "/ingest", "/delete"} <= names
    assert len(api["named_endpoints"]["/respond"]["parameters"]) == 9  # + story, as-of


# --- chat -----------------------------------------------------------------------------


def test_ask_streams_an_answer_with_sources_and_valid_links(client: Any) -> None:
    job = client.submit(SEED_QUESTION, [], "tiny", 4, "", "", "", api_name="/respond")
    chatbot, _outlets, sources, question = job.result(timeout=600)
    outputs = job.outputs()
    assert len(outputs) >= 3  # placeholder, evidence, ... final: it streamed

    assert question == ""  # the textbox is cleared
    assert [m["role"] for m in chatbot] == ["user", "assistant"]
    assert _text(chatbot[0]) == SEED_QUESTION
    answer = _text(chatbot[1])
    assert answer.startswith('<div class="answer">')
    assert "▍" not in answer  # the final message, not a streaming one
    assert "Traceback" not in answer

    cards = _card_ids(sources)
    assert cards and cards == list(range(1, len(cards) + 1))
    # the slider at its default asks for the default reading: the 4 best passages, each
    # of their reports also read in its next passage (2 passages a report at most), and
    # in one more where the question is also read for something (a cause, for "why":
    # `chat.read_for`) that neither of those passages gives
    reports = re.findall(r'<div class="meta">([^<]+)</div>', sources)  # one seed an outlet
    assert 4 <= len(cards) <= 12 and len(reports) == len(cards)
    extra = 1 if read_for(analyze(SEED_QUESTION), SEED_QUESTION, False, Config()) else 0
    assert all(reports.count(r) <= 2 + extra for r in reports)
    links = {int(n) for n in re.findall(r'data-n="(\d+)"', answer)}
    assert links <= set(cards), f"links {links} point past the cards {cards}"
    hrefs = {int(n) for n in re.findall(r'href="#src-(\d+)"', answer)}
    assert hrefs == links
    assert any(seed in sources or "Putin" in sources for seed in SEED_IDS)

    # evidence (outlets + source cards) arrives before the final answer
    evidence = [o for o in outputs[:-1] if isinstance(o[2], str) and "source-card" in o[2]]
    assert evidence, "no intermediate output carried the source cards"
    assert "What each outlet says" in evidence[0][1]


def test_k_limits_the_number_of_cards(client: Any) -> None:
    _, _, sources, _ = _ask(client, SEED_QUESTION, k=2)
    assert _card_ids(sources) == [1, 2]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("x" * 3000, ("3,000", "limit", "2,000")),
        ("x" * 20_000, ("20,000", "limit", "2,000")),
        ("", ("empty",)),
        ("   \n ", ("empty",)),
    ],
    ids=["too-long", "20000-chars", "empty", "blank"],
)
def test_bad_questions_give_readable_errors(
    client: Any, question: str, words: tuple[str, ...]
) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError) as caught:
        _ask(client, question)
    message = str(caught.value)
    assert all(w in message for w in words), message
    assert "Traceback" not in message and len(message) < 300


def test_bad_date_filter_gives_a_readable_error(client: Any) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="YYYY-MM-DD"):
        client.predict(SEED_QUESTION, [], "tiny", 4, "", "last tuesday", "", api_name="/respond")


# --- corpus ---------------------------------------------------------------------------


def test_upload_ask_and_delete_an_article(client: Any, tmp_path: Path) -> None:
    from gradio_client import handle_file

    path = tmp_path / "zorblax_bridge.txt"
    path.write_text(ZORBLAX, encoding="utf-8")
    status, table, _victim, upload, _outlet = client.predict(
        [handle_file(str(path))], api_name="/ingest"
    )
    assert "1 added" in status and "0 failed" in status, status
    assert "zorblax_bridge" in _table_ids(table)
    assert set(SEED_IDS) <= set(_table_ids(table))
    assert upload is None  # the file box is cleared

    chatbot, _, sources, _ = _ask(client, "What happened to the Zorblax Bridge?")
    assert "Zorblax" in sources
    first = sources.split('id="src-2"')[0]
    assert "Zorblax" in first, "the uploaded article should be the top passage"
    assert chatbot[-1]["role"] == "assistant"

    status, table, _victim, _outlet = client.predict("zorblax_bridge", api_name="/delete")
    assert "zorblax_bridge" in status and "Deleted" in status
    assert "zorblax_bridge" not in _table_ids(table)
    assert set(SEED_IDS) <= set(_table_ids(table))

    _, _, sources, _ = _ask(client, "What happened to the Zorblax Bridge?")
    assert "Zorblax" not in sources


def test_unsupported_upload_is_reported_in_the_status(client: Any, tmp_path: Path) -> None:
    from gradio_client import handle_file

    fake = tmp_path / "report.pdf"  # an .exe renamed .pdf
    fake.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(range(256)) * 8)
    binary = tmp_path / "setup.txt"  # an .exe renamed .txt: the extension is allowed, the bytes not
    binary.write_bytes(fake.read_bytes())
    good = tmp_path / "good_news.txt"
    good.write_text(
        "Zorblax ferry resumes service\n\nThe Zorblax ferry resumed service on Monday, "
        "the harbour master said.\n",
        encoding="utf-8",
    )
    try:
        status, table, _victim, _upload, _outlet = client.predict(
            [handle_file(str(fake)), handle_file(str(binary)), handle_file(str(good))],
            api_name="/ingest",
        )
        assert "1 added" in status and "2 failed" in status, status
        assert "report.pdf" in status and "unsupported extension .pdf" in status
        assert "setup.txt" in status
        assert "❌" in status and "Traceback" not in status
        ids = _table_ids(table)
        assert "good_news" in ids and "report" not in ids and "setup" not in ids
    finally:
        client.predict("good_news", api_name="/delete")


def test_ingest_without_files_is_an_error(client: Any) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="Choose one or more files"):
        client.predict(None, api_name="/ingest")


def test_delete_unknown_article_is_an_error(client: Any) -> None:
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="no-such-article"):
        client.predict("no-such-article", api_name="/delete")


# --- serving: never on a public address without auth --------------------------------------


def test_launch_refuses_public_host_without_auth() -> None:
    import gradio as gr

    from ui.app import launch

    with gr.Blocks() as demo:
        gr.Markdown("never served")
    with pytest.raises(RagError, match="refusing to serve on 0.0.0.0"):
        launch(demo, "0.0.0.0", free_port(), None, block=False)
    assert not getattr(demo, "is_running", False)


def test_rag_chat_refuses_public_host_without_auth() -> None:
    from ui.cli import chat

    result = CliRunner().invoke(chat, ["--host", "0.0.0.0"], env={"RAG_AUTH": None})
    assert result.exit_code == 1
    assert isinstance(result.exception, RagError)
    assert "refusing to serve on 0.0.0.0" in str(result.exception)
    assert "--auth" in str(result.exception)


def test_rag_chat_through_the_rag_cli_prints_one_line() -> None:
    from rag.cli import cli
    from ui.cli import chat

    group = _rag_group_with_chat(cli, chat)
    result = CliRunner().invoke(group, ["chat", "--host", "0.0.0.0"], env={"RAG_AUTH": None})
    assert result.exit_code == 1
    assert "error: refusing to serve on 0.0.0.0" in result.output
    assert "Traceback" not in result.output


def test_rag_chat_rejects_malformed_auth() -> None:
    from ui.cli import chat

    result = CliRunner().invoke(
        chat, ["--host", "0.0.0.0", "--auth", "nopassword"], env={"RAG_AUTH": None}
    )
    assert result.exit_code == 1
    assert isinstance(result.exception, RagError)
    assert "user:password" in str(result.exception)


def _rag_group_with_chat(cli: Any, chat: Any) -> Any:
    """The `rag` group as installed (with `chat` registered), without mutating the real one."""
    import click

    group = type(cli)(name="rag", commands=dict(cli.commands))
    group.add_command(chat, "chat")
    assert isinstance(group, click.Group)
    return group
