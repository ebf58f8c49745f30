"""Gold cases: one JSON object a line, validated with the file and line named.

Required: id, question, facts ([[alias, ...], ...]), sources ([article id, ...]),
answerable, type (see `TYPES`). Optional: split (dev | test), history (earlier
questions, for follow-ups), evidence ([{article, sentence}]), values ([{aliases,
article, date}]: which outlet gave which value), relation (disagree | agree | changed |
silent | none) and lookalike (the trap a non-conflict case sets), slot (what a
conflict compares, in words), event, as_of (YYYY-MM-DD), earlier ([{aliases, date,
article}]: earlier values of a latest-value case), events ([{aliases, date, article}]:
a timeline in order), outlets / independent_sources (how many back the answer).

`SETS` names the gold sets shipped here with the corpus each is about.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.errors import InputError

TYPES = (
    "fact",
    "multi",
    "conflict",
    "unanswerable",
    "followup",
    "yesno",
    "lookalike",
    "as_of",
    "latest",
    "before_after",
    "timeline",
)
RELATIONS = ("disagree", "agree", "changed", "silent", "none")
EVAL_DIR = Path(__file__).resolve().parent


def _seeds() -> Path:
    """The seed articles: beside the package in a checkout, else where pip put them."""
    checkout = EVAL_DIR.parent / "seeds"
    return checkout if checkout.is_dir() else Path(sys.prefix) / "share" / "news-chat" / "seeds"


# name → (gold cases, the corpus they are about)
SETS: dict[str, tuple[Path, Path]] = {
    "seeds": (EVAL_DIR / "data" / "seeds_gold.jsonl", _seeds()),
    **{
        name: (EVAL_DIR / "corpora" / name / gold, EVAL_DIR / "corpora" / name / "articles")
        for name, gold in (
            ("newsroom", "gold.jsonl"),
            ("heldout", "gold.jsonl"),
            ("conflicts", "gold.jsonl"),
            ("timeline", "gold.jsonl"),
            ("running", "gold.jsonl"),
            ("sources", "gold.jsonl"),
            ("general", "gold.jsonl"),
            ("owners", "gold.jsonl"),
            ("crowded", "gold.jsonl"),
            ("measures", "gold.jsonl"),
            ("units", "gold.jsonl"),
            ("referents", "gold.jsonl"),
            ("chronicle", "gold.jsonl"),
            ("annals", "gold.jsonl"),
            ("sequels", "gold.jsonl"),
            ("dispatch", "gold.jsonl"),
            ("ledger", "gold.jsonl"),
            ("reasons", "gold.jsonl"),
            ("days", "gold.jsonl"),
            ("people", "gold.jsonl"),
            ("wordings", "gold.jsonl"),
            ("wire", "questions.jsonl"),
        )
    },
    # unanswerable near misses over the conflicts corpus (corpora/conflicts/README.md)
    "nearmiss": (
        EVAL_DIR / "corpora" / "conflicts" / "nearmiss.jsonl",
        EVAL_DIR / "corpora" / "conflicts" / "articles",
    ),
    # yes/no questions, "no" often said by a negation (corpora/conflicts/README.md)
    "polarity": (
        EVAL_DIR / "corpora" / "conflicts" / "polarity.jsonl",
        EVAL_DIR / "corpora" / "conflicts" / "articles",
    ),
    # two claims about two named outlets' reports, yes only if both hold (its README)
    "claims": (
        EVAL_DIR / "corpora" / "conflicts" / "claims.jsonl",
        EVAL_DIR / "corpora" / "conflicts" / "articles",
    ),
}


def resolve(name: str, dataset: Path | None, corpus: Path | None) -> tuple[Path, Path | None]:
    """The gold file and corpus to run: a named set, or a user's own dataset (whose
    corpus is what --corpus says, or nothing)."""
    if dataset is not None:
        return dataset, corpus
    gold, own = SETS[name]
    if not gold.is_file():
        raise InputError(f"gold set {name!r}: {gold} is missing")
    return gold, corpus or own


@dataclass(frozen=True)
class Value:
    aliases: tuple[str, ...]
    article: str
    date: str = ""  # publication date of the report (changed-over-time cases)


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
    split: str = ""  # dev | test; "" for the older sets (seeds: dev, newsroom: held out)
    relation: str = ""
    lookalike: str = ""
    conflict_kind: str = ""  # number | date | name | place | title | quote | reason
    slot: str = ""
    event: str = ""
    as_of: str = ""
    earlier: tuple[Value, ...] = ()
    events: tuple[Value, ...] = ()
    outlets: int | None = None
    independent_sources: int | None = None


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
    if row.get("relation", "") not in ("", *RELATIONS):
        raise ValueError(
            f"relation: expected one of {', '.join(RELATIONS)}, got {row['relation']!r}"
        )
    if row.get("split", "") not in ("", "dev", "test"):
        raise ValueError(f"split: expected dev or test, got {row['split']!r}")
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
        ),
        values=_values(row.get("values")),
        split=str(row.get("split", "")),
        relation=str(row.get("relation", "")),
        lookalike=str(row.get("lookalike", "")),
        conflict_kind=str(row.get("conflict_kind", "")),
        slot=str(row.get("slot", "")),
        event=str(row.get("event", "")),
        as_of=str(row.get("as_of", "")),
        earlier=_values(row.get("earlier")),
        events=_values(row.get("events")),
        outlets=row.get("outlets"),
        independent_sources=row.get("independent_sources"),
    )


def _values(items: Any) -> tuple[Value, ...]:
    return tuple(
        Value(
            tuple(str(a) for a in v["aliases"]), str(v.get("article", "")), str(v.get("date", ""))
        )
        for v in items or ()
    )
