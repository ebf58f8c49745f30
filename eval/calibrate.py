"""Choose an answer-stage threshold from finished runs (no LLM needed).

`rag eval calibrate RUN_DIR... --field min_answer_relevance --values 0.1,0.2,0.3`
rescores every stored reply of the runs with the field set to each value (the same
code and the same stored `Hit` records production used, through `eval.rescore`) and
prints fact accuracy, refusal precision and recall, and disagreement figures for each.
Choose on dev runs; report test runs with the chosen value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from eval import runner
from eval.rescore import rescore
from rag.chat import Assistant
from rag.config import Config
from rag.index import Index

FIGURES = (
    "fact_accuracy",
    "direct_accuracy",
    "refusal_precision",
    "refusal_recall",
    "disagreement_detected",
    "conflict_coverage",
    "false_disagreement",
    "changed_detected",
)


def sweep(
    config: Config, runs: Sequence[Path], field: str, values: Sequence[Any]
) -> list[dict[str, Any]]:
    """One row per value: the figures of all `runs` together, rescored with it."""
    rows = []
    for value in values:
        cases, results = [], []
        for run in runs:
            assistant = Assistant(replace(config, **{field: value}), _index(config, run))
            done, rescored, _, _ = rescore(assistant, run)
            cases += done
            results += rescored
        summary = runner.summarize(cases, results, runner.settings_of(runs[0]))
        rows.append({"value": value, **{k: summary["answer"].get(k) for k in FIGURES}})
    return rows


_OPEN: dict[Path, Index] = {}


def _index(config: Config, run: Path) -> Index:
    if run not in _OPEN:
        _OPEN[run] = Index.open(replace(config, data_dir=run / "index"))
    return _OPEN[run]


def table(field: str, rows: Sequence[dict[str, Any]]) -> list[str]:
    def cell(v: Any) -> str:
        return "–" if v is None else f"{v:.3f}"

    lines = [f"| {field} | " + " | ".join(FIGURES) + " |", "|---" * (len(FIGURES) + 1) + "|"]
    for r in rows:
        lines.append(f"| {r['value']} | " + " | ".join(cell(r[k]) for k in FIGURES) + " |")
    return lines
