"""Extraction: seconds per answered question, this answer stage against the previous one.

The same seeds questions (the answerable, standalone questions of the seeds gold set),
the same loaded model and index, asked through `Assistant.answer` (the `rag ask` path:
retrieval, one model call per report, verification, composition). Three sides, taken in
turn for every question (the order rotates from one question to the next, so a slower
minute of a shared machine falls on every side alike):

- previous: the reply generated from its first brace and read to its closing brace
  (`{"answer": …, "sentence": N}`), four sentences a report;
- reply shape: the reply's opening `{"answer": "` read with the prompt, and the reply
  stopped after the answer (a value is looked up in the sentences, `verify.locate`);
- this stage (default): that reply shape and three sentences a report.

Ratios are ours / previous per side, on medians over the questions; the first token is
when the first answer words are shown (a refusal: when it is shown whole).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from typing import Any

from bench.answer import indexed
from bench.common import ROOT, Measure, Section, log
from rag.config import Config

PREVIOUS, SHAPE, CURRENT = "previous (JSON from '{', 4 sentences)", "reply shape", "this stage"
PLANS = {"full": ("local", 14), "quick": ("tiny", 3)}


def run(quick: bool) -> Section:
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    model, count = PLANS["quick" if quick else "full"]
    section = Section("extraction", "Extraction: seconds per question, against the previous stage")
    with indexed("bench-extraction-", model) as (config, index):
        _compare(section, config, index, _questions(count))
    section.notes += [
        f"model {model}; {count} questions from eval/data/seeds_gold.jsonl, each asked once "
        "per side, sides rotating; Config.evidence_per_outlet is the current stage's value",
    ]
    return section


def _questions(count: int) -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "eval/data/seeds_gold.jsonl").open()]
    asked = [r["question"] for r in rows if r.get("answerable", True) and not r.get("history")]
    return asked[:count]


def _compare(section: Section, config: Config, index: Any, questions: list[str]) -> None:
    from rag.chat import Assistant

    assistant = Assistant(config, index)
    assistant.warm()
    sides = {
        PREVIOUS: replace(config, short_reply=False, evidence_per_outlet=4),
        SHAPE: replace(config, short_reply=True, evidence_per_outlet=4),
        CURRENT: config,
    }

    def measure(label: str, name: str) -> Measure:
        base = None if name == PREVIOUS else label.replace(name, PREVIOUS)
        return section.add(Measure(label, "s", [], base))

    total = {n: measure(n, n) for n in sides}
    first = {n: measure(f"{n}: first words", n) for n in sides}
    names = list(sides)
    for i, question in enumerate(questions):
        for name in names[i % 3 :] + names[: i % 3]:
            assistant.reports.config = sides[name]  # the reports' settings: the side's stage
            started = time.perf_counter()
            answer = assistant.answer(question)
            total[name].values.append(time.perf_counter() - started)
            first[name].values.append(answer.timings.first_token_s)
        log(f"extraction: {i + 1}/{len(questions)}")
    assistant.reports.config = config
    for name in (SHAPE, CURRENT):
        ratio = section.ratio(total[name])
        if ratio is not None:
            section.verdicts.append(f"{name}: total {ratio:.2f}x the previous stage's")
