"""Optional LLM judge (`rag eval --judge`): grades each answer 1–5 with the configured LLM.

Never part of the CI gate: a small local model is a noisy judge. Replies without a
digit 1–5 are counted as parse failures and left out of the mean, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from eval.dataset import Case
from eval.rows import Row
from rag.errors import LLMError
from rag.llm import LLM, collect
from rag.prompts import Prompts

_GRADE = re.compile(r"\b([1-5])\b")


def expected(case: Case) -> str:
    if not case.answerable:
        return "a statement that the articles do not answer the question"
    return "; ".join(" or ".join(f'"{a}"' for a in fact) for fact in case.facts)


def grade(llm: LLM, prompts: Prompts, case: Case, answer: str) -> int | None:
    prompt = prompts.render("judge", question=case.question, expected=expected(case), answer=answer)
    try:
        reply = collect(llm, [{"role": "user", "content": prompt}], 4)
    except LLMError:
        return None
    found = _GRADE.search(reply)
    return int(found.group(1)) if found else None


def judge_all(
    llm: LLM, prompts: Prompts, cases: Sequence[Case], rows: Sequence[Row]
) -> tuple[dict[str, Any], list[int | None]]:
    """The summary, and each row's grade (None where the reply held no grade)."""
    grades = [grade(llm, prompts, c, r.text) for c, r in zip(cases, rows)]
    parsed = [g for g in grades if g is not None]
    summary = {
        "model": getattr(llm, "name", ""),
        "mean": sum(parsed) / len(parsed) if parsed else None,
        "graded": len(parsed),
        "parse_failures": len(grades) - len(parsed),
    }
    return summary, grades
