"""`rag chat`: serve the Gradio app (registered through the `rag.commands` entry point).

Binds 127.0.0.1:7860 unless told otherwise; any other address needs --auth (or
RAG_AUTH). `--seed PATH` ingests PATH first when the index is empty, which is how
`make chat` opens on the seed articles.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from rag.cli import build_config, common_options, llm_options, retrieval_options
from rag.errors import RagError


def parse_auth(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise RagError("--auth: expected user:password")
    return user, password


@click.command("chat")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=7860, show_default=True, help="Port to bind.")
@click.option(
    "--auth",
    default=None,
    metavar="USER:PASS",
    help="Require a login (needed for a non-loopback --host; env RAG_AUTH).",
)
@click.option(
    "--seed",
    type=click.Path(path_type=Path),
    default=None,
    help="Ingest this folder first if the index is empty (make chat: seeds/).",
)
@llm_options
@retrieval_options
@common_options
def chat(host: str, port: int, auth: str | None, seed: Path | None, **opts: Any) -> None:
    """Open the chat in the browser (Gradio) on the indexed articles.

    \b
    Example:
      rag chat                      # http://127.0.0.1:7860
      rag chat --host 0.0.0.0 --auth editor:s3cret
    """
    from ui.app import build_app, is_loopback, launch

    credentials = parse_auth(auth or os.environ.get("RAG_AUTH"))
    if not is_loopback(host) and credentials is None:
        raise RagError(f"refusing to serve on {host} without --auth user:pass (or RAG_AUTH)")
    config = build_config(**opts)
    from rag.chat import Assistant
    from rag.ingest import read_articles

    assistant = Assistant.open(config)
    if seed is not None and assistant.index.count_articles() == 0:
        articles = read_articles([seed], config.max_file_bytes, config.max_article_chars)
        report = assistant.index.ingest(articles)
        click.echo(f"seeded the empty index from {seed}: {report.summary()}")
    assistant.index.lexical()
    assistant.warm()  # load the model and its system prompt now, not at the first question
    click.echo(f"news-chat on http://{host}:{port}  (Ctrl+C to stop)")
    launch(build_app(assistant), host, port, credentials)
