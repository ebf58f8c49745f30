"""Settings of the web app that are not settings of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AppOptions:
    eval_dir: Path = Path("eval/runs/seeds")  # the report the Eval tab shows (make eval)
    max_upload_bytes: int = 5_000_000
    concurrency: int = 4  # chat requests served at once (the LLM itself is serialised)
    queue_size: int = 64
