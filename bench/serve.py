"""Serving helpers for the start-up and memory benchmarks: launch a chat app in a
child process, wait for its page, ask it questions through gradio_client, read its
memory from /proc, stop it. Two apps: `rag chat`, and the bare baseline
(`bench/bare_chat.py`: the same libraries wired together with nothing of ours).
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import ROOT, VENV_BIN, Stopwatch, child_env, stop, wall

QUESTIONS = (
    "Why did Putin cancel his visit to Paris?",
    "How many people were killed in Aleppo on Tuesday?",
    "Which TV channel did Hollande speak to?",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class App:
    kind: str  # "rag" or "bare"
    process: subprocess.Popen[Any]
    url: str
    watch: Stopwatch  # started just before the launch
    log: Path

    def tail(self) -> str:
        with contextlib.suppress(OSError):
            return self.log.read_text(errors="replace")[-1500:]
        return ""


def prepare(data: Path) -> None:
    """A data dir with the seeds in our index and in the bare app's collection."""
    wall(
        [sys.executable, "-m", "bench.bare_chat", "--prepare", "--data-dir", str(data)],
        child_env(),
        900,
    )


def command(kind: str, port: int, data: Path, model: str | None) -> list[str]:
    if kind == "rag":
        extra = ["--model", model] if model else []
        return [str(VENV_BIN / "rag"), "chat", "--port", str(port), "--data-dir", str(data), *extra]
    from rag.config import Config
    from rag.models import ensure_gguf

    path = ensure_gguf(model or Config().llm, Path(Config.from_env().model_dir))
    return [
        sys.executable,
        "-m",
        "bench.bare_chat",
        "--port",
        str(port),
        "--data-dir",
        str(data),
        "--model",
        str(path),
    ]


@contextlib.contextmanager
def launched(kind: str, data: Path, model: str | None) -> Iterator[App]:
    port = free_port()
    with tempfile.NamedTemporaryFile(prefix=f"bench-{kind}-", suffix=".log", delete=False) as f:
        log = Path(f.name)
    with log.open("wb") as out:
        watch = Stopwatch()
        process = subprocess.Popen(
            command(kind, port, data, model),
            env=child_env(),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    app = App(kind, process, f"http://127.0.0.1:{port}/", watch, log)
    try:
        yield app
    finally:
        stop(process)
        log.unlink(missing_ok=True)


def wait_page(app: App, timeout: float = 600) -> float:
    """Seconds from the launch to HTTP 200 at /."""
    while app.watch() < timeout:
        if app.process.poll() is not None:
            raise RuntimeError(f"{app.kind} exited with {app.process.returncode}:\n{app.tail()}")
        with (
            contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError),
            urllib.request.urlopen(app.url, timeout=2) as response,
        ):
            if response.status == 200:
                return app.watch()
        time.sleep(0.05)
    raise RuntimeError(f"{app.kind} did not answer at {app.url} within {timeout:.0f} s")


def client(app: App) -> Any:
    from gradio_client import Client

    return Client(app.url, verbose=False)


def ask(app: App, gradio: Any, question: str, model: str | None) -> Any:
    """One question, to the end of the answer."""
    if app.kind == "rag":
        from rag.config import Config

        name = model or Config.from_env().llm
        return gradio.predict(question, [], name, 4, "", "", "", api_name="/respond")
    return gradio.predict(question, api_name="/chat")


def memory(app: App) -> dict[str, float]:
    from bench.common import proc_status

    return proc_status(app.process.pid)
