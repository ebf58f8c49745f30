"""Prompt templates: text files in `prompts/`, loaded by name and filled in.

No prompt text lives in Python. `Prompts(dir).render("answer_user", question=...)`
reads `prompts/answer_user.txt` once and fills its `{fields}` with `str.format`, so
braces inside the substituted values (article text) are left alone.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from rag.errors import ConfigError


class Prompts:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def get(self, name: str) -> str:
        return _read(self.directory / f"{name}.txt")

    def render(self, name: str, **fields: Any) -> str:
        try:
            return self.get(name).format(**fields).strip()
        except KeyError as err:
            raise ConfigError(
                f"prompt {name}.txt uses {{{err.args[0]}}}, which is not given"
            ) from None


@cache
def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"prompt template {path}: {err.strerror or err}") from None
