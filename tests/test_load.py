"""Load: 20 people chatting at once with one app, while someone adds an article.

One app (the real pipeline over the seeds, SmolLM2 "tiny" for speed) is launched on
loopback; 20 threads each open their own gradio_client and hold a two-turn
conversation whose second turn is a follow-up that passes the first turn back as
history. Every conversation must complete, and each final history must hold exactly
its own two questions. Meanwhile an article is uploaded through "/ingest". The
queue's concurrency limit is sampled from the running queue, and the peak resident
memory of the process (VmHWM, reset before the load where Linux allows) is printed
and bounded.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS, free_port, make_config

N_PEOPLE = 20
PEAK_BOUND = 1_500_000_000  # bytes over the resident size before the load
QUESTIONS = [
    "Why did Putin cancel his visit to Paris?",
    "How many people were killed in Aleppo on Tuesday?",
    "On what date was Putin supposed to be in Paris?",
    "Which TV channel did Hollande speak to?",
]
NEW_ARTICLE = (
    "Zorblax tram line opens in Quentaville\n\n"
    "The Zorblax tram line opened in Quentaville on Saturday, the transport office said. "
    "The first tram left the depot at six in the morning with the mayor on board.\n"
)


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/self/status")


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux ≥ 4.0); False when not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _text(message: dict[str, Any]) -> str:
    content = message["content"]
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def _converse(url: str, person: int) -> dict[str, Any]:
    from gradio_client import Client

    client = Client(url, verbose=False)
    first = f"{QUESTIONS[person % len(QUESTIONS)]} (reader {person})"
    follow_up = f"And what did he say about it, reader {person}?"
    history, *_ = client.predict(first, [], "tiny", 4, "", "", "", api_name="/respond")
    history, _outlets, sources, box = client.predict(
        follow_up, history, "tiny", 4, "", "", "", api_name="/respond"
    )
    return {"asked": [first, follow_up], "history": history, "sources": sources, "box": box}


@pytest.mark.slow
def test_twenty_conversations_at_once_while_an_article_is_added(
    tmp_path: Path,
    embedder,
    llm_pool,  # type: ignore[no-untyped-def]
) -> None:
    from gradio_client import Client, handle_file

    from rag.chat import Assistant
    from rag.index import Index
    from rag.ingest import read_articles
    from ui.app import AppOptions, build_app, launch

    config = make_config(tmp_path / "data", llm="tiny", max_answer_tokens=64)
    index = Index(config, embedder)
    assert index.ingest(read_articles([SEEDS], config.max_file_bytes)).failed == 0
    index.lexical()
    assistant = Assistant(replace(config), index, llm_pool)
    assistant.warm("tiny")
    options = AppOptions()
    demo = build_app(assistant, options)
    port = free_port()
    launch(demo, "127.0.0.1", port, None, options, block=False)
    url = f"http://127.0.0.1:{port}/"
    try:
        _converse(url, -1)  # warm every path once before measuring
        rss_before = _status_kb("VmRSS") * 1024
        reset = _reset_peak()

        results: dict[int, dict[str, Any]] = {}
        errors: dict[int, BaseException] = {}
        sampled = {"running": 0, "waiting": 0}
        stop = threading.Event()

        def person(n: int) -> None:
            try:
                results[n] = _converse(url, n)
            except BaseException as err:
                errors[n] = err

        def sample() -> None:  # read-only look at the running queue
            while not stop.is_set():
                chat = demo._queue.event_queue_per_concurrency_id.get("chat")
                if chat is not None:
                    sampled["running"] = max(sampled["running"], chat.current_concurrency)
                    sampled["waiting"] = max(sampled["waiting"], len(chat.queue))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.monotonic()
        people = [threading.Thread(target=person, args=(n,)) for n in range(N_PEOPLE)]
        for t in people:
            t.start()
        while sampled["running"] < 2 and time.monotonic() - started < 120:
            time.sleep(0.1)

        article = tmp_path / "zorblax_tram.txt"
        article.write_text(NEW_ARTICLE, encoding="utf-8")
        status, table, *_ = Client(url, verbose=False).predict(
            [handle_file(str(article))], api_name="/ingest"
        )
        ingested_at = time.monotonic() - started
        for t in people:
            t.join(timeout=1800)
        elapsed = time.monotonic() - started
        stop.set()
        sampler.join(timeout=5)
        peak = _status_kb("VmHWM") * 1024

        print(
            f"\n{N_PEOPLE} two-turn conversations in {elapsed:.0f} s; article ingested at "
            f"{ingested_at:.0f} s; at most {sampled['running']} chats running and "
            f"{sampled['waiting']} waiting; RSS before {rss_before / 1e6:.0f} MB, peak "
            f"{peak / 1e6:.0f} MB ({'reset before the load' if reset else 'since start'})"
        )
        assert not any(t.is_alive() for t in people), "a conversation never finished"
        assert errors == {}, errors
        assert "1 added" in status and "0 failed" in status, status
        assert "zorblax_tram" in [row[0] for row in table["data"]]

        for n, result in results.items():
            history = result["history"]
            assert [m["role"] for m in history] == ["user", "assistant"] * 2, (n, history)
            assert [_text(m) for m in history if m["role"] == "user"] == result["asked"]
            assert all(_text(m).strip() for m in history)
            assert result["box"] == ""
        assert len(results) == N_PEOPLE

        limit = options.concurrency
        assert 1 < sampled["running"] <= limit, sampled
        assert sampled["waiting"] > 0, "the load never queued: it did not test the limit"
        assert peak - rss_before < PEAK_BOUND

        # the article added under load is searchable on both sides (BM25 was not left stale)
        chunk_ids = {c.id for c in index.iter_chunks() if c.article_id == "zorblax_tram"}
        assert chunk_ids and chunk_ids <= set(index.lexical().ids)
        _, _, sources, _ = Client(url, verbose=False).predict(
            "What happened to the Zorblax tram line?",
            [],
            "tiny",
            4,
            "",
            "",
            "",
            api_name="/respond",
        )
        assert "Zorblax" in sources.split('id="src-2"')[0]
    finally:
        demo.close()
