"""Rescore a finished run without the LLM: same model replies, current code.

`rag eval rescore RUN_DIR OUT_DIR [--set FIELD=VALUE ...]` reads each case's stored
`Answer` (its passages are the very `Hit` records production answered from, headers
included, and its extractions keep each outlet's raw reply), recomputes the evidence,
verification, comparison and composition with the code as it is now (and any
settings given), and writes a new report. `rag eval calibrate` sweeps one setting
this way.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from eval import dataset, runner
from eval.rows import Row, read
from rag.chat import Assistant
from rag.question import analyze
from rag.types import Answer, Retrieval


def reanswered(assistant: Assistant, answer: Answer) -> Answer | None:
    """The stored replies through the current verification, comparison and composition;
    None when the current settings would ask other outlets than the run did."""
    question = answer.standalone_question or answer.question
    vector = assistant.index.embedder.embed_query(question)
    retrieval = Retrieval(question, answer.passages, 1.0, True, vector)
    scored, outlets = assistant.evidence(question, retrieval)
    groups = assistant.reports.groups(question, scored)
    stored = {(e.outlet, e.article_id): e.raw for e in answer.extractions}
    asked, raws = [], []
    for g in groups:  # older rows keep no article id for an outlet that found nothing
        raw = stored.get((g.outlet, g.article_id), stored.get((g.outlet, "")))
        if raw is not None:
            asked.append(g)
            raws.append(raw)
    if len(asked) < len(groups) and len(asked) < len(stored):  # a group never asked
        return None
    base = replace(answer, outlets=outlets, comparisons=(), extractions=(), citations=())
    base = replace(base, sentences=(), text="", direct="", refused=False, refusal_reason="")
    fresh = assistant.reports.finish(base, analyze(question), asked, raws)
    return replace(fresh, timings=answer.timings)


def rescore_row(assistant: Assistant, row: Row) -> Row:
    answer = row.answer
    if answer is None or not answer.extractions or answer.llm_error:
        return row  # the gate refused or the model failed: nothing to rescore
    fresh = reanswered(assistant, answer)
    return row if fresh is None else replace(row, answer=fresh)


def rescore(assistant: Assistant, run_dir: Path) -> tuple[list[Any], list[Row], Any]:
    """(cases, rescored rows, settings) of every stored case of `run_dir`."""
    settings = runner.settings_of(run_dir)
    cases = dataset.load(Path(settings.dataset))
    stored = {r.id: r for r in read(run_dir / "cases.jsonl")}
    done = [c for c in cases if c.id in stored]
    return done, [rescore_row(assistant, stored[c.id]) for c in done], settings
