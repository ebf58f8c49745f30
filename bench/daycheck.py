"""The day check: seconds per date question with the second reading against without.

The days set's dev questions that ask on what day (`rag.daycheck.checks`), over a real
index of the days articles, asked through `Assistant.answer` with the same loaded
models; each question asked once per side, the order alternating from one question to
the next. A side is `Config.day_check` on (this stage) or off (the previous stage).
The second model instance the check reads with is loaded before the first question
(its load is reported apart, with the memory it adds), so the ratios are of the
per-question cost: one short prompt for each day answer no word of its sentence
vouches for.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.answer import indexed
from bench.common import ROOT, Measure, Section, log
from rag.config import Config

PLANS = {"full": ("local", 12), "quick": ("tiny", 2)}
DAYS = ROOT / "eval" / "corpora" / "days"


def run(quick: bool) -> Section:
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    model, count = PLANS["quick" if quick else "full"]
    section = Section("daycheck", "Day check: seconds per date question, with it and without")
    with indexed("bench-daycheck-", model, DAYS / "articles") as (config, index):
        off = replace(config, day_check=False)
        compare_reading(section, config, off, index, _questions(count), model, "the day check")
    section.notes += [
        f"model {model}; the first {count} dev questions of eval/corpora/days/gold.jsonl "
        "that ask on what day, each asked once per side, sides alternating",
    ]
    return section


def _questions(count: int) -> list[str]:
    from rag.daycheck import checks
    from rag.question import analyze

    rows = [json.loads(line) for line in (DAYS / "gold.jsonl").open(encoding="utf-8")]
    dev = [r["question"] for r in rows if r["split"] == "dev" and not r.get("history")]
    return [q for q in dev if checks(analyze(q))][:count]


def _anonymous_mb() -> float:
    """This process's anonymous memory (llama.cpp's repacked weights, KV cache and
    buffers); not its resident size, which counts the model file mapped twice although
    its pages are the same page cache."""
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Anonymous:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def compare_reading(
    section: Section,
    config: Config,
    off: Config,
    index: Any,
    questions: list[str],
    model: str,
    what: str,
) -> None:
    """Each question asked once per side, sides alternating: `off` (the previous stage,
    without `what`, a second reading by the model) and `config` (with it); the second
    instance it reads with loaded first, its load time and the anonymous memory it adds
    measured apart."""
    from rag.chat import Assistant

    without, with_ = f"without {what}", f"with {what}"
    assistant = Assistant(config, index)
    assistant.warm()
    before, started = _anonymous_mb(), time.perf_counter()
    assistant.llms.get(model, second=True)  # the checker's instance, loaded once
    section.add(Measure("second instance: load", "s", [time.perf_counter() - started]))
    section.add(
        Measure("second instance: anonymous memory added", "MB", [_anonymous_mb() - before])
    )
    sides = {without: off, with_: config}
    total = {n: section.add(Measure(n, "s", [], None if n == without else without)) for n in sides}
    first = {
        n: section.add(
            Measure(
                f"{n}: first words", "s", [], None if n == without else f"{without}: first words"
            )
        )
        for n in sides
    }
    read_again = 0
    for i, question in enumerate(questions):
        for name in list(sides) if i % 2 == 0 else list(reversed(sides)):
            assistant.reports.config = sides[name]
            started = time.perf_counter()
            answer = assistant.answer(question)
            total[name].values.append(time.perf_counter() - started)
            first[name].values.append(answer.timings.first_token_s)
            if name == with_:
                read_again += sum("read again" in e.reason for e in answer.extractions)
        log(f"{section.name}: {i + 1}/{len(questions)}")
    assistant.reports.config = config
    ratio = section.ratio(total[with_])
    if ratio is not None:
        section.verdicts.append(f"{with_}: total {ratio:.2f}x the time without it")
    section.notes.append(f"answers read again: {read_again}")
