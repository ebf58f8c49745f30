"""Serving the app: loopback by default, a login required anywhere else, never `share`."""

from __future__ import annotations

import ipaddress
from typing import Any

import gradio as gr

from rag.errors import RagError
from ui import render
from ui.options import AppOptions


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def launch(
    demo: gr.Blocks,
    host: str,
    port: int,
    auth: tuple[str, str] | None,
    options: AppOptions | None = None,
    block: bool = True,
) -> Any:
    """Serve `demo`; a non-loopback address requires auth."""
    options = options or AppOptions()
    if not is_loopback(host) and auth is None:
        raise RagError(
            f"refusing to serve on {host} without --auth user:pass (or RAG_AUTH); "
            "bind 127.0.0.1 or set credentials"
        )
    demo.queue(default_concurrency_limit=options.concurrency, max_size=options.queue_size)
    return demo.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        share=False,
        inbrowser=False,
        max_file_size=options.max_upload_bytes,
        prevent_thread_lock=not block,
        css=render.CSS,
        js=render.JS,
        show_error=True,
        quiet=True,
        ssr_mode=False,
    )
