"""Rescore a finished run: same model replies, current code.

`rag eval rescore RUN_DIR OUT_DIR [--set FIELD=VALUE ...]` reads each case's stored
`Answer` (its passages are the very `Hit` records production answered from, headers
included, and its extractions keep each outlet's raw reply), recomputes the evidence,
verification, comparison and composition with the code as it is now (and any
settings given), and writes a new report. The model is loaded only to read a day answer
a second time (`rag.daycheck`), as the assistant does; every other step is model-free.
`rag eval calibrate` sweeps one setting this way.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from eval import dataset, runner
from eval.rows import Row, read
from rag.answer import merge
from rag.chat import Assistant
from rag.evidence import Scored
from rag.question import analyze
from rag.reports import DATED
from rag.types import Answer, Extraction, Retrieval


def reanswered(assistant: Assistant, answer: Answer, llm: str | None = None) -> Answer | None:
    """The stored replies through the current verification, comparison and composition,
    part by part as `Assistant` asks them; None when the current settings would ask
    other outlets than the run did. `llm`: the run's model, which reads a day answer a
    second time (`rag.daycheck`)."""
    question, scored, base = _unanswered(assistant, answer)
    pending = list(answer.extractions)  # in the order the parts asked them
    answers, parts = [], []
    for part, groups in assistant.asked_parts(analyze(question), scored, base):
        asked, raws = [], []
        for g in groups:
            raw = _take(pending, g.outlet, g.article_id)
            if raw is not None:
                asked.append(g)
                raws.append(raw)
                if assistant.reports.settles(part, g, raw, base.passages):
                    break  # as `Reports.ask` stops: the next reports were not asked this part
        if not asked and groups:
            return None  # this part's outlets are not the ones the run asked
        checker = assistant.checker(part, llm)
        answers.append(assistant.reports.finish(base, part, asked, raws, checker))
        parts.append(part)
    return replace(merge(answers, parts), timings=answer.timings)


def _take(pending: list[Extraction], outlet: str, article_id: str) -> str | None:
    """The raw reply of the first stored extraction of this outlet's article (older rows
    keep no article id for an outlet that found nothing), removed from `pending`. A
    joint group (outlet "": several outlets weighed in one call) takes the next one."""
    if not outlet and pending:
        return pending.pop(0).raw
    for i, e in enumerate(pending):
        if e.outlet == outlet and e.article_id in (article_id, ""):
            return pending.pop(i).raw
    return None


def redated(assistant: Assistant, answer: Answer) -> Answer:
    """A timeline, before/after or which-came-first answer (model-free) made again from
    its stored passages with the current code."""
    question, scored, base = _unanswered(assistant, answer)
    fresh = assistant.reports.dated(base, analyze(question), scored)
    return replace(fresh, timings=answer.timings)


def _unanswered(assistant: Assistant, answer: Answer) -> tuple[str, list[Scored], Answer]:
    """(the question as asked, its passages' sentences scored, the answer emptied to
    its passages): where the assistant stood before it asked the model."""
    question = answer.standalone_question or answer.question
    vector = assistant.index.embedder.embed_query(question)
    retrieval = Retrieval(question, answer.passages, 1.0, True, vector)
    scored, outlets = assistant.evidence(question, retrieval, bool(answer.as_of))
    base = replace(answer, outlets=outlets, comparisons=(), extractions=(), citations=())
    base = replace(base, sentences=(), text="", direct="", refused=False, refusal_reason="")
    return question, scored, base


def rescore_row(assistant: Assistant, row: Row, llm: str | None = None) -> Row:
    answer = row.answer
    if answer is not None and answer.passages and not answer.llm_error:
        asked = analyze(answer.standalone_question or answer.question)
        if asked.time in DATED:
            return replace(row, answer=redated(assistant, answer))
    if answer is None or not answer.extractions or answer.llm_error:
        return row  # the gate refused or the model failed: nothing to rescore
    fresh = reanswered(assistant, answer, llm)
    return row if fresh is None else replace(row, answer=fresh)


def rescore(assistant: Assistant, run_dir: Path) -> tuple[list[Any], list[Row], Any, list[str]]:
    """(cases, rescored rows, settings, ids kept as run) of every stored case of
    `run_dir`. An answer is kept as the run wrote it when there is nothing to replay (the
    gate refused, the model failed) or the current code would ask other reports."""
    settings = runner.settings_of(run_dir)
    cases = dataset.load(Path(settings.dataset))
    stored = {r.id: r for r in read(run_dir / "cases.jsonl")}
    done = [c for c in cases if c.id in stored]
    rows = [rescore_row(assistant, stored[c.id], settings.llm) for c in done]
    kept = [
        r.id for r in rows if r is stored[r.id] and r.answer is not None and r.answer.extractions
    ]
    return done, rows, settings, kept
