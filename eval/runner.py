"""Runner: the real pipeline over every gold case, then the report.

Each case is asked through `rag.chat.Assistant` exactly as a user would (history for
follow-ups), and its result, a JSON-ready record, is appended to `cases.jsonl` at
once, so an interrupted run resumes where it stopped (finished cases are not redone
while the run's settings are the same). `summarize` turns the records into the
report: retrieval, answer, per-type and latency figures.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from eval import metrics as m
from eval.dataset import TYPES, Case
from rag.chat import Assistant
from rag.types import Answer, Hit

Result = dict[str, Any]


@dataclass(frozen=True)
class RunSettings:
    dataset: str
    k: int
    llm: str
    retrieval_only: bool
    hybrid: bool
    rerank: str
    min_relevance: float

    def key(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def passages(hits: Sequence[Hit]) -> list[dict[str, Any]]:
    return [
        {
            "n": n,
            "chunk_id": h.chunk.id,
            "article_id": h.chunk.article_id,
            "outlet": h.chunk.outlet,
            "score": h.score,
            "relevance": h.relevance,
            "text": h.chunk.text,
        }
        for n, h in enumerate(hits, 1)
    ]


def answer_record(answer: Answer) -> Result:
    return {
        "standalone_question": answer.standalone_question,
        "answer": answer.text,
        "raw": answer.raw,
        "refused": answer.refused,
        "refusal_reason": answer.refusal_reason,
        "fallback": answer.fallback,
        "model": answer.model,
        "retrieved": passages(answer.passages),
        "citations": [
            {
                "n": c.n,
                "chunk_id": c.chunk_id,
                "article_id": c.article_id,
                "outlet": c.outlet,
                "quote": c.quote,
            }
            for c in answer.citations
        ],
        "sentences": [asdict(s) for s in answer.sentences],
        "outlets": [asdict(o) for o in answer.outlets],
        "disagreements": [asdict(d) for d in answer.disagreements],
        "dropped_markers": answer.dropped_markers,
        "timings": asdict(answer.timings),
    }


def run_case(assistant: Assistant, case: Case, settings: RunSettings) -> Result:
    head = {
        "id": case.id,
        "case_hash": case_hash(case),
        "type": case.type,
        "question": case.question,
        "history": list(case.history),
        "answerable": case.answerable,
    }
    if settings.retrieval_only:
        question = " ".join([*case.history[-1:], case.question])
        started = time.perf_counter()
        found = assistant.retriever.retrieve(question, settings.k)
        total = time.perf_counter() - started
        return {
            **head,
            "retrieved": passages(found.hits),
            "best_relevance": found.best_relevance,
            "gate_refused": not found.relevant,
            "timings": {"retrieve_s": total, "first_token_s": 0.0, "total_s": total},
        }
    answer = assistant.answer(case.question, history=case.history, k=settings.k, llm=settings.llm)
    return {**head, **answer_record(answer)}


def run(
    assistant: Assistant,
    cases: Sequence[Case],
    settings: RunSettings,
    out: Path,
    progress: Callable[[int], None] | None = None,
) -> list[Result]:
    """Run every case not already in `out/cases.jsonl` for the same settings (a case
    whose gold row changed since it ran is run again)."""
    out.mkdir(parents=True, exist_ok=True)
    hashes = {c.id: case_hash(c) for c in cases}
    done = {k: r for k, r in _resume(out, settings).items() if r.get("case_hash") == hashes.get(k)}
    if progress and done:
        progress(len([c for c in cases if c.id in done]))
    with (out / "cases.jsonl").open("a", encoding="utf-8") as sink:
        for case in cases:
            if case.id in done:
                continue
            done[case.id] = run_case(assistant, case, settings)
            sink.write(json.dumps(done[case.id], default=str) + "\n")
            sink.flush()
            if progress:
                progress(1)
    return [done[c.id] for c in cases]


def case_hash(case: Case) -> str:
    return hashlib.sha256(json.dumps(asdict(case), sort_keys=True).encode()).hexdigest()[:16]


def _resume(out: Path, settings: RunSettings) -> dict[str, Result]:
    marker, log = out / "run.json", out / "cases.jsonl"
    if (
        marker.is_file()
        and json.loads(marker.read_text()).get("key") == settings.key()
        and log.is_file()
    ):
        rows = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
        return {r["id"]: r for r in rows}
    log.unlink(missing_ok=True)
    marker.write_text(json.dumps({"key": settings.key(), "settings": asdict(settings)}, indent=2))
    return {}


def summarize(
    cases: Sequence[Case], results: Sequence[Result], settings: RunSettings
) -> dict[str, Any]:  # noqa: E501
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
            "followup_accuracy": m.mean_of(
                m.fact_correct, [p for p in pairs if p[0].type == "followup"]
            ),  # noqa: E501
            "fallback_share": sum(1 for r in results if r.get("fallback")) / max(len(results), 1),
        }
    report["by_type"] = {
        t: _by_type(t, pairs, settings) for t in TYPES if any(c.type == t for c in cases)
    }  # noqa: E501
    report["latency"] = m.latency(results)
    report["cases"] = [_verdicts(c, r, settings) for c, r in pairs]
    return report


def _by_type(kind: str, pairs: list[tuple[Case, Result]], settings: RunSettings) -> dict[str, Any]:
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


def _verdicts(case: Case, result: Result, settings: RunSettings) -> Result:
    verdicts: dict[str, Any] = {"hit_at_k": m.hit_at_k(case, result), "mrr": m.mrr(case, result)}
    if not settings.retrieval_only:
        verdicts |= {
            "facts": m.facts_found(case, result) if case.answerable else [],
            "fact_correct": m.fact_correct(case, result),
            "refusal_correct": m.refusal_correct(case, result),
            "conflict_covered": m.conflict_coverage(case, result),
        }
    return {**result, "verdicts": verdicts}


def _gate_accuracy(pairs: list[tuple[Case, Result]]) -> float | None:
    right = [r["gate_refused"] == (not c.answerable) for c, r in pairs]
    return sum(right) / len(right) if right else None


def gate_sweep(pairs: list[tuple[Case, Result]]) -> list[dict[str, float]]:
    """Gate accuracy for thresholds 0.10..0.60: how `min_relevance` was chosen."""
    rows = []
    for step in range(0, 21):
        threshold = round(0.10 + 0.025 * step, 3)
        right = [(r["best_relevance"] < threshold) == (not c.answerable) for c, r in pairs]
        refused = [c for c, r in pairs if r["best_relevance"] < threshold]
        rows.append(
            {
                "threshold": threshold,
                "accuracy": sum(right) / len(right),
                "refused": len(refused),
                "answerable_refused": sum(1 for c in refused if c.answerable),
            }
        )
    return rows
