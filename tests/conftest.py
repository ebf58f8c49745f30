"""Shared fixtures: offline environment, a network block, and real components.

The network block lets sockets reach loopback only (our own Gradio, Chroma and
llama.cpp servers); anything else raises at once, so an accidental download fails
loudly instead of hanging. Fixtures give the real packaged embedding model, a real
Chroma index of the seed articles, and real llama.cpp models (SmolLM2 for plumbing,
the default Qwen2.5 1.5B where answers must be right).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from rag.config import Config, apply_runtime_env
from rag.index import Index

apply_runtime_env()

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_IDS = ("000_09ce886c40ddfbf1", "002_85f1f65a0c21d376", "004_af0b6deb40d81af6")


# --- network block ------------------------------------------------------------------


class NetworkBlocked(RuntimeError):
    pass


def _allowed(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _allowed(address):
        raise NetworkBlocked(f"test tried to reach {address!r}: the network is blocked in tests")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _allowed(address):
        raise NetworkBlocked(f"test tried to reach {address!r}: the network is blocked in tests")
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
    if host is not None and not _allowed((host,)) and not _is_ip(host):
        raise NetworkBlocked(f"test tried to resolve {host!r}: the network is blocked in tests")
    return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]


def _is_ip(host: object) -> bool:
    try:
        ipaddress.ip_address(str(host))
        return True
    except ValueError:
        return False


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
socket.getaddrinfo = _guarded_getaddrinfo  # type: ignore[assignment]


# --- components ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def embedder():  # type: ignore[no-untyped-def]
    from rag.embed import Embedder

    return Embedder(Config().embed_model)


def make_config(data_dir: Path, **overrides: object) -> Config:
    return replace(Config(), data_dir=data_dir, **overrides)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory, embedder) -> Path:  # type: ignore[no-untyped-def]
    """A data dir with the three seed articles indexed (read-only for tests)."""
    from rag.index import Index
    from rag.ingest import read_articles

    data_dir = tmp_path_factory.mktemp("seeded")
    config = make_config(data_dir)
    index = Index(config, embedder)
    report = index.ingest(read_articles([SEEDS], config.max_file_bytes))
    assert report.failed == 0 and len(report.stored.added) == 3
    index.lexical()
    return data_dir


@pytest.fixture(scope="session")
def seeded_index(seeded_dir: Path, embedder):  # type: ignore[no-untyped-def]
    from rag.index import Index

    return Index(make_config(seeded_dir), embedder)


@pytest.fixture(scope="session")
def llm_pool(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Loads each llama.cpp model once for the whole test session."""
    from rag.llm import LLMPool

    return LLMPool(replace(Config(), n_threads=2))


@pytest.fixture(scope="session")
def tiny_assistant(seeded_index, llm_pool):  # type: ignore[no-untyped-def]
    """The real pipeline over the seeds with SmolLM2 (fast; plumbing only)."""
    from rag.chat import Assistant

    config = replace(seeded_index.config, llm="tiny")
    return Assistant(config, seeded_index, llm_pool)


@pytest.fixture(scope="session")
def local_assistant(seeded_index, llm_pool):  # type: ignore[no-untyped-def]
    """The real pipeline over the seeds with the default Qwen2.5 1.5B."""
    from rag.chat import Assistant

    return Assistant(replace(seeded_index.config, llm="local"), seeded_index, llm_pool)


@pytest.fixture()
def fresh_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "data"


def write_file(path: Path, content: str | bytes) -> Path:
    """Write a test input file (text as UTF-8, or raw bytes), creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def index_articles(tmp_path: Path, embedder, articles: list[dict]) -> tuple[Config, Index]:  # type: ignore[no-untyped-def]
    """A real index (and its BM25) of `articles` (JSON records) written under `tmp_path`."""
    import json

    from rag.index import Index
    from rag.ingest import read_articles

    for article in articles:
        write_file(tmp_path / "news" / f"{article['id']}.json", json.dumps(article))
    config = make_config(tmp_path / "data")
    index = Index(config, embedder)
    assert index.ingest(read_articles([tmp_path / "news"], config.max_file_bytes)).failed == 0
    index.lexical()
    return config, index


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
