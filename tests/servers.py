"""Helpers for tests that need a server: real subprocesses and edge doubles.

`ServerProcess` starts a real server (llama.cpp's OpenAI-compatible server, `chroma
run`) as a subprocess in its own process group, waits until an HTTP URL answers and
always stops it (SIGTERM, then SIGKILL of the group). The child also gets SIGTERM
when the test process dies first (Linux PR_SET_PDEATHSIG), so a killed test run
leaves no server behind. `SilentServer` accepts TCP connections and never replies;
`CannedHTTPServer` answers every request with a fixed status and body. Both are
threads on loopback: doubles of a broken remote end only.
"""

from __future__ import annotations

import ctypes
import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the parent (the test process) dies."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the fixtures' teardown still stops it
        pass


class ServerProcess:
    """A subprocess server, ready once `ready_url` answers HTTP; stopped on exit."""

    def __init__(
        self,
        argv: list[str],
        ready_url: str,
        log_path: Path,
        *,
        env: dict[str, str] | None = None,
        timeout: float = 120.0,
    ) -> None:
        self.argv = argv
        self.ready_url = ready_url
        self.log_path = log_path
        self.env = {**os.environ, **(env or {})}
        self.timeout = timeout
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> ServerProcess:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                self.argv,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=self.env,
                cwd=ROOT,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.argv[0]} exited with {self.proc.returncode} before it was ready:\n"
                    f"{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(self.ready_url, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.25)
        raise RuntimeError(
            f"{self.ready_url} did not answer in {self.timeout:.0f} s:\n{self.log_tail()}"
        )

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 10)):
            try:
                os.killpg(proc.pid, sig)  # the group is ours: start_new_session=True
            except ProcessLookupError:
                return
            try:
                proc.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


def llama_server(model: Path, alias: str, port: int, log_path: Path) -> ServerProcess:
    """llama-cpp-python's OpenAI-compatible server on 127.0.0.1:`port`."""
    argv = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--model_alias",
        alias,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
        "--verbose",
        "False",
    ]
    return ServerProcess(
        argv, f"http://127.0.0.1:{port}/v1/models", log_path, env={"OMP_WAIT_POLICY": "PASSIVE"}
    )


def chroma_server(path: Path, port: int, log_path: Path) -> ServerProcess:
    """`chroma run` persisting under `path`, on 127.0.0.1:`port`."""
    argv = [
        str(VENV_BIN / "chroma"),
        "run",
        "--path",
        str(path),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    return ServerProcess(
        argv,
        f"http://127.0.0.1:{port}/api/v2/heartbeat",
        log_path,
        env={"ANONYMIZED_TELEMETRY": "False"},
    )


class SilentServer:
    """Accepts TCP connections on loopback and never sends a byte."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.port = int(self._sock.getsockname()[1])
        self.accepted = 0
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="silent-server", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            self._held.append(conn)  # keep it open, read nothing, say nothing

    def __enter__(self) -> SilentServer:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for conn in self._held:
            conn.close()
        self._sock.close()


class CannedHTTPServer:
    """Answers every GET and POST with one fixed status, content type and body."""

    def __init__(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
        canned = (status, body, content_type)
        self.requests: list[str] = []
        seen = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                seen.append(f"{self.command} {self.path}")
                code, payload, kind = canned
                self.send_response(code)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="canned-http-server",
            daemon=True,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> CannedHTTPServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
