"""The Gradio upload: the bad-input matrix through gradio_client, the size limit, upload
names confined to the uploads folder, and loopback binding by default.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import free_port, make_config, write_file
from inputs import BODY, _good_files, _summary

from rag.index import Index

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
