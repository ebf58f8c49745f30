"""Runner: the real pipeline over every gold case, then the report.

Each case is asked through `rag.chat.Assistant` exactly as a user would (history for
follow-ups), and its `Row` (the pipeline's own `Answer` record, `eval.rows`) is
appended to `cases.jsonl` at once, so an interrupted run resumes where it stopped
(finished cases are not redone while the run's settings are the same). `summarize`
turns the records into the report: retrieval, answer, per-type and latency figures.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from eval import metrics as m
from eval import rows, time_metrics
from eval.dataset import TYPES, Case
from eval.rows import Row
from rag.chat import Assistant
from rag.types import Timings

TIME_TYPES = ("as_of", "latest", "before_after", "timeline")


@dataclass(frozen=True)
class RunSettings:
    dataset: str
    k: int | None  # None: as the assistant chooses (more passages for time questions)
    llm: str
    retrieval_only: bool
    hybrid: bool
    rerank: str
    min_relevance: float

    def key(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def run_case(assistant: Assistant, case: Case, settings: RunSettings) -> Row:
    head = Row(
        id=case.id,
        case_hash=case_hash(case),
        type=case.type,
        question=case.question,
        history=case.history,
        answerable=case.answerable,
    )
    if settings.retrieval_only:
        question = " ".join([*case.history[-1:], case.question])
        started = time.perf_counter()
        found = assistant.retriever.retrieve(question, settings.k or assistant.config.top_k)
        total = time.perf_counter() - started
        return replace(
            head,
            retrieved=found.hits,
            best_relevance=found.best_relevance,
            gate_refused=not found.relevant,
            timings=Timings(retrieve_s=total, total_s=total),
        )
    answer = assistant.answer(case.question, history=case.history, k=settings.k, llm=settings.llm)
    return replace(head, retrieved=answer.passages, answer=answer, timings=answer.timings)


def run(
    assistant: Assistant,
    cases: Sequence[Case],
    settings: RunSettings,
    out: Path,
    progress: Callable[[int], None] | None = None,
) -> list[Row]:
    """Run every case not already in `out/cases.jsonl` for the same settings (a case
    whose gold row changed since it ran is run again)."""
    out.mkdir(parents=True, exist_ok=True)
    hashes = {c.id: case_hash(c) for c in cases}
    done = {k: r for k, r in _resume(out, settings).items() if r.case_hash == hashes.get(k)}
    if progress and done:
        progress(len([c for c in cases if c.id in done]))
    with (out / "cases.jsonl").open("a", encoding="utf-8") as sink:
        for case in cases:
            if case.id in done:
                continue
            done[case.id] = run_case(assistant, case, settings)
            sink.write(rows.dump(done[case.id]) + "\n")
            sink.flush()
            if progress:
                progress(1)
    return [done[c.id] for c in cases]


def case_hash(case: Case) -> str:
    return hashlib.sha256(json.dumps(asdict(case), sort_keys=True).encode()).hexdigest()[:16]


def settings_of(run_dir: Path) -> RunSettings:
    """The settings a finished run was made with."""
    return RunSettings(**json.loads((run_dir / "run.json").read_text())["settings"])


def _resume(out: Path, settings: RunSettings) -> dict[str, Row]:
    marker, log = out / "run.json", out / "cases.jsonl"
    if marker.is_file() and settings_of(out) == settings and log.is_file():
        try:
            return {r.id: r for r in rows.read(log)}
        except ValueError:  # rows of an older format: run again
            pass
    log.unlink(missing_ok=True)
    marker.write_text(json.dumps({"key": settings.key(), "settings": asdict(settings)}, indent=2))
    return {}


def summarize(
    cases: Sequence[Case], results: Sequence[Row], settings: RunSettings
) -> dict[str, Any]:
    pairs = list(zip(cases, results))
    report: dict[str, Any] = {"settings": asdict(settings), "cases_total": len(cases)}
    report["retrieval"] = {
        "hit_at_k": m.mean_of(m.hit_at_k, pairs),
        "mrr": m.mean_of(m.mrr, pairs),
        "evidence_recall": m.mean_of(m.evidence_recall, pairs),
        "source_recall": m.mean_of(m.source_recall, pairs),
    }
    if settings.retrieval_only:
        report["retrieval"]["gate_accuracy"] = _gate_accuracy(pairs)
        report["retrieval"]["gate_sweep"] = gate_sweep(pairs)
    else:
        precision, recall = m.refusal_precision_recall(pairs)
        report["answer"] = {
            "fact_accuracy": m.mean_of(m.fact_correct, pairs),
            "direct_accuracy": m.mean_of(m.direct_correct, pairs),
            "citation_validity": m.mean_of(m.citation_validity, pairs),
            "citation_precision": m.mean_of(m.citation_precision, pairs),
            "citation_recall": m.mean_of(m.citation_recall, pairs),
            "supported_share": m.mean_of(m.supported_share, pairs),
            "refusal_accuracy": m.mean_of(m.refusal_correct, pairs),
            "refusal_precision": precision,
            "refusal_recall": recall,
            "conflict_coverage": m.mean_of(m.conflict_coverage, pairs),
            "disagreement_detected": m.mean_of(m.disagreement_detected, pairs),
            "false_disagreement": m.mean_of(m.false_disagreement, pairs),
            "changed_detected": m.mean_of(m.changed_detected, pairs),
            "agreement_detected": m.mean_of(m.agreement_detected, pairs),
            "followup_accuracy": m.mean_of(
                m.fact_correct, [p for p in pairs if p[0].type == "followup"]
            ),
            "fallback_share": sum(1 for r in results if r.answer and r.answer.fallback)
            / max(len(results), 1),
        }
    report["by_type"] = {
        t: _by_type(t, pairs, settings) for t in TYPES if any(c.type == t for c in cases)
    }
    if any(c.relation for c in cases) and not settings.retrieval_only:
        report["by_relation"] = _by_relation(pairs)
    if any(c.type in TIME_TYPES for c in cases) and not settings.retrieval_only:
        report["time"] = time_metrics.summarize(pairs)
    report["latency"] = m.latency(results)
    report["cases"] = [_verdicts(c, r, settings) for c, r in pairs]
    return report


def _by_type(kind: str, pairs: list[tuple[Case, Row]], settings: RunSettings) -> dict[str, Any]:
    chosen = [p for p in pairs if p[0].type == kind]
    row: dict[str, Any] = {
        "n": len(chosen),
        "hit_at_k": m.mean_of(m.hit_at_k, chosen),
        "mrr": m.mean_of(m.mrr, chosen),
        "evidence_recall": m.mean_of(m.evidence_recall, chosen),
    }
    if not settings.retrieval_only:
        row["fact_accuracy"] = m.mean_of(m.fact_correct, chosen)
        row["refusal_accuracy"] = m.mean_of(m.refusal_correct, chosen)
        row["citation_precision"] = m.mean_of(m.citation_precision, chosen)
    return row


def _by_relation(pairs: list[tuple[Case, Row]]) -> dict[str, Any]:
    """Comparison figures per gold trap: conflict kind or look-alike kind."""
    out: dict[str, Any] = {}
    for key in sorted({c.conflict_kind or c.lookalike for c, _ in pairs} - {""}):
        chosen = [p for p in pairs if key in (p[0].conflict_kind, p[0].lookalike)]
        out[key] = {
            "n": len(chosen),
            "disagreement_detected": m.mean_of(m.disagreement_detected, chosen),
            "conflict_coverage": m.mean_of(m.conflict_coverage, chosen),
            "false_disagreement": m.mean_of(m.false_disagreement, chosen),
            "changed_detected": m.mean_of(m.changed_detected, chosen),
            "agreement_detected": m.mean_of(m.agreement_detected, chosen),
            "fact_accuracy": m.mean_of(m.fact_correct, chosen),
        }
    return out


def _verdicts(case: Case, row: Row, settings: RunSettings) -> dict[str, Any]:
    verdicts: dict[str, Any] = {"hit_at_k": m.hit_at_k(case, row), "mrr": m.mrr(case, row)}
    if not settings.retrieval_only:
        verdicts |= {
            "facts": m.facts_found(case, row) if case.answerable else [],
            "fact_correct": m.fact_correct(case, row),
            "refusal_correct": m.refusal_correct(case, row),
            "conflict_covered": m.conflict_coverage(case, row),
        }
    return {**rows.to_json(row), "verdicts": verdicts}


def _gate_accuracy(pairs: list[tuple[Case, Row]]) -> float | None:
    right = [r.gate_refused == (not c.answerable) for c, r in pairs]
    return sum(right) / len(right) if right else None


def gate_sweep(pairs: list[tuple[Case, Row]]) -> list[dict[str, float]]:
    """Gate accuracy for thresholds 0.10..0.60: how `min_relevance` was chosen."""
    rows = []
    for step in range(0, 21):
        threshold = round(0.10 + 0.025 * step, 3)
        right = [(r.best_relevance < threshold) == (not c.answerable) for c, r in pairs]
        refused = [c for c, r in pairs if r.best_relevance < threshold]
        rows.append(
            {
                "threshold": threshold,
                "accuracy": sum(right) / len(right),
                "refused": len(refused),
                "answerable_refused": sum(1 for c in refused if c.answerable),
            }
        )
    return rows
