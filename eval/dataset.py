"""Gold cases: one JSON object a line, validated with the file and line named.

Required: id, question, facts ([[alias, ...], ...]), sources ([article id, ...]),
answerable, type (fact | multi | conflict | unanswerable | followup). Optional:
history (earlier questions, for follow-ups), evidence ([{article, sentence}]), values
([{aliases, article}], for conflicts: which outlet gave which value).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.errors import InputError

TYPES = ("fact", "multi", "conflict", "unanswerable", "followup")


@dataclass(frozen=True)
class Value:
    aliases: tuple[str, ...]
    article: str


@dataclass(frozen=True)
class Evidence:
    article: str
    sentence: str


@dataclass(frozen=True)
class Case:
    id: str
    question: str
    facts: tuple[tuple[str, ...], ...]
    sources: tuple[str, ...]
    answerable: bool
    type: str
    history: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    values: tuple[Value, ...] = ()


def load(path: Path) -> list[Case]:
    cases, seen = [], set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            case = parse(json.loads(line))
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: malformed JSON ({err.msg})") from None
        except (KeyError, TypeError, ValueError) as err:
            raise InputError(f"{where}: {err}") from None
        if case.id in seen:
            raise InputError(f"{where}: duplicate id {case.id!r}")
        seen.add(case.id)
        cases.append(case)
    if not cases:
        raise InputError(f"{path}: no cases")
    return cases


def parse(row: dict[str, Any]) -> Case:
    for key in ("id", "question", "facts", "sources", "answerable", "type"):
        if key not in row:
            raise KeyError(f"expected field {key!r}")
    if row["type"] not in TYPES:
        raise ValueError(f"type: expected one of {', '.join(TYPES)}, got {row['type']!r}")
    if not isinstance(row["facts"], list) or not all(isinstance(f, list) for f in row["facts"]):
        raise ValueError("facts: expected a list of alias lists")
    return Case(
        id=str(row["id"]),
        question=str(row["question"]),
        facts=tuple(tuple(str(a) for a in fact) for fact in row["facts"]),
        sources=tuple(str(s) for s in row["sources"]),
        answerable=bool(row["answerable"]),
        type=row["type"],
        history=tuple(str(h) for h in row.get("history") or ()),
        evidence=tuple(
            Evidence(str(e["article"]), str(e["sentence"])) for e in row.get("evidence") or ()
        ),  # noqa: E501
        values=tuple(
            Value(tuple(v["aliases"]), str(v["article"])) for v in row.get("values") or ()
        ),  # noqa: E501
    )
