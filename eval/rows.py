"""Rows: what a run stores per case, as the same typed records production uses.

A `Row` holds the case's identity and the pipeline's own `Answer` (with its passages:
whole `Hit`/`Chunk` records, title, outlet and date included) or, for retrieval-only
runs, the retrieved hits. Rows are written and read through one pydantic
`TypeAdapter`, a lossless round trip (`load(dump(row)) == row`), so rescoring and
threshold calibration see exactly what production verification saw.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, cast

from rag.types import Answer, Hit, Timings


@dataclass(frozen=True)
class Row:
    id: str
    case_hash: str  # the gold row it answers (a changed gold row is run again)
    type: str
    question: str
    history: tuple[str, ...] = ()
    answerable: bool = True
    retrieved: tuple[Hit, ...] = ()  # the numbered passages ([1]..[n])
    answer: Answer | None = None  # None in retrieval-only runs
    best_relevance: float = 0.0  # the refusal gate's input
    gate_refused: bool = False
    timings: Timings = field(default_factory=Timings)
    judge: int | None = None  # the optional LLM grade (1-5)

    @property
    def text(self) -> str:
        return self.answer.text if self.answer else ""

    @property
    def refused(self) -> bool:
        return bool(self.answer and self.answer.refused)


@cache
def _adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Row)


def dump(row: Row) -> str:
    """One JSON line."""
    return str(_adapter().dump_json(row).decode())


def to_json(row: Row) -> dict[str, Any]:
    """The row as JSON-ready Python data (for reports)."""
    return dict(_adapter().dump_python(row, mode="json"))


def load(line: str) -> Row:
    return cast(Row, _adapter().validate_json(line))


def read(path: Path) -> list[Row]:
    """Every row of a `cases.jsonl`."""
    return [load(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write(path: Path, rows: Iterable[Row]) -> None:
    path.write_text("".join(dump(r) + "\n" for r in rows), encoding="utf-8")
