"""Shared pieces: result records, statistics, timing, the machine, and child processes.

A benchmark returns a `Section`: its notes (method, how the data was made), its
`Measure`s (every repeated value kept, with the label of the baseline it is divided
by) and any extra tables. `Measure.summary()` gives median, p95, min, max and n;
the ratio is always ours / baseline in the measure's own unit (for throughput
higher is better, for time lower is better; the table says which).
"""

from __future__ import annotations

import contextlib
import os
import platform
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


@dataclass
class Measure:
    label: str
    unit: str  # "s", "ms", "articles/s", "MB", ...
    values: list[float]
    baseline: str | None = None  # label of the measure this one is divided by
    higher_is_better: bool = False
    group: str = ""  # e.g. "100 articles": ratios only within a group

    def summary(self) -> dict[str, float]:
        v = np.asarray(self.values, dtype=float)
        if v.size == 0:
            return {
                "median": float("nan"),
                "p95": float("nan"),
                "min": float("nan"),
                "max": float("nan"),
                "n": 0,
            }
        return {
            "median": float(np.median(v)),
            "p95": float(np.percentile(v, 95)),
            "min": float(v.min()),
            "max": float(v.max()),
            "n": int(v.size),
        }


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[str]]


@dataclass
class Section:
    name: str
    title: str
    notes: list[str] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    verdicts: list[str] = field(default_factory=list)  # target checks, in words
    seconds: float = 0.0

    def add(self, measure: Measure) -> Measure:
        self.measures.append(measure)
        return measure

    def find(self, label: str, group: str = "", unit: str | None = None) -> Measure | None:
        return next(
            (
                m
                for m in self.measures
                if m.label == label and m.group == group and unit in (None, m.unit)
            ),
            None,
        )

    def ratio(self, measure: Measure) -> float | None:
        """median(measure) / median(its baseline: same group and unit)."""
        base = (
            self.find(measure.baseline, measure.group, measure.unit) if measure.baseline else None
        )
        if base is None or not base.values or not measure.values:
            return None
        denominator = base.summary()["median"]
        return measure.summary()["median"] / denominator if denominator else None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for m, raw in zip(self.measures, data["measures"]):
            raw["summary"] = m.summary()
            raw["ratio"] = self.ratio(m)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Section:
        measures = [
            Measure(**{k: v for k, v in m.items() if k not in ("summary", "ratio")})
            for m in data.get("measures", [])
        ]
        tables = [Table(**t) for t in data.get("tables", [])]
        rest = {k: v for k, v in data.items() if k not in ("measures", "tables")}
        return cls(**rest, measures=measures, tables=tables)


class Prepared:
    """An `Embedder` double: a document gets the vector prepared for its text; a query
    goes to the real model. Lets `Index.ingest` store chunks without embedding them."""

    def __init__(self, real: Any, texts: Sequence[str], vectors: np.ndarray) -> None:
        self.name, self.dimension, self.batch_size = real.name, real.dimension, real.batch_size
        self._real = real
        self._table = dict(zip(texts, vectors))

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._table[t] for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._real.embed_query(text))


# --- timing ---------------------------------------------------------------------------


class Stopwatch:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    def __call__(self) -> float:
        return time.perf_counter() - self.start


def log(message: str) -> None:
    """Progress on stderr (the tables go to stdout)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def alternate(i: int, first: Any, second: Any) -> tuple[Any, Any]:
    """Run order for repeat i: (first, second) on even repeats, swapped on odd ones."""
    return (first, second) if i % 2 == 0 else (second, first)


# --- the machine ----------------------------------------------------------------------


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _mem_total_gb() -> float:
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    return float("nan")


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def load_average() -> str:
    with contextlib.suppress(OSError):
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return "?"


def machine() -> dict[str, str]:
    from rag.config import Config

    config = Config.from_env()
    return {
        "nproc (usable cores)": str(len(os.sched_getaffinity(0))),
        "cores in the machine": str(os.cpu_count()),
        "CPU model": _cpu_model(),
        "RAM": f"{_mem_total_gb():.1f} GB",
        "Python": platform.python_version(),
        "OS": platform.platform(),
        "torch": _version("torch"),
        "chromadb": _version("chromadb"),
        "llama_cpp (llama-cpp-python)": _version("llama_cpp_python"),
        "sentence-transformers": _version("sentence-transformers"),
        "llama-index-core": _version("llama-index-core"),
        "bm25s": _version("bm25s"),
        "gradio": _version("gradio"),
        "llama.cpp threads (Config.n_threads)": str(config.n_threads),
        "query embedding threads (Config.embed_threads)": str(config.embed_threads),
        "OMP_WAIT_POLICY": os.environ.get("OMP_WAIT_POLICY", "(unset)"),
        "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "(unset)"),
        "load average at start (1/5/15 min)": load_average(),
    }


# --- child processes ------------------------------------------------------------------


def child_env(**changes: str | None) -> dict[str, str]:
    """This environment with the offline variables set; a None value removes a key."""
    from rag.config import OFFLINE_ENV

    env = {**os.environ, **{k: v for k, v in OFFLINE_ENV.items() if k not in os.environ}}
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def stop(process: subprocess.Popen[Any], grace: float = 10.0) -> None:
    """SIGINT, then SIGTERM, then SIGKILL: this one process (and its group if it leads one)."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        if process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(grace)


@contextlib.contextmanager
def busy_loop(count: int = 1) -> Iterator[list[int]]:
    """`count` CPU-bound Python processes (competing load), stopped on exit."""
    procs = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], stderr=subprocess.DEVNULL)
        for _ in range(count)
    ]
    try:
        time.sleep(0.5)
        yield [p.pid for p in procs]
    finally:
        for p in procs:
            stop(p, grace=2.0)


def proc_status(pid: int) -> dict[str, float]:
    """VmHWM and VmRSS of a process, in MB."""
    found: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            found[key] = int(rest.split()[0]) / 1024
    return found


def wall(command: Sequence[str], env: dict[str, str] | None = None, timeout: float = 300) -> float:
    """Seconds a command takes to run to completion (raises when it fails)."""
    watch = Stopwatch()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    took = watch()
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-800:]}")
    return took
