"""Memory: peak and current RSS of `rag chat`, idle and while answering.

`rag chat` with the default model (quick: tiny) over the seeds, as a child process.
Idle: 3 s after the page first answers HTTP 200. Answering: after three questions
(quick: one) through gradio_client. Both VmHWM (the peak resident set so far) and VmRSS (now)
come from /proc/PID/status. The bare baseline app (bench/bare_chat.py) with the same
model is measured the same way in the same run.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import serve
from bench.common import Measure, Section, alternate, log


@dataclass(frozen=True)
class Plan:
    launches: int  # of each app
    model: str | None  # None: the default model (Config.llm)
    questions: int  # answered before the second reading


PLANS = {
    "full": Plan(launches=3, model=None, questions=3),
    "quick": Plan(launches=1, model="tiny", questions=1),
}
OURS, BARE = "ours: rag chat", "bare app (ST + Chroma + llama.cpp + ChatInterface)"
SETTLE = 3.0  # seconds of idleness before the idle reading


def run(quick: bool) -> Section:
    from rag.config import Config

    plan = PLANS["quick" if quick else "full"]
    model = plan.model or Config.from_env().llm
    section = Section("memory", f"Memory: resident set of rag chat ({model} model)")
    readings: dict[str, dict[str, list[float]]] = {OURS: {}, BARE: {}}
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        log("memory: ingesting the seeds for both apps")
        serve.prepare(Path(tmp))
        for i in range(plan.launches):
            for label in alternate(i, OURS, BARE):
                kind = "rag" if label == OURS else "bare"
                log(f"memory: {kind} with {model} ({i + 1}/{plan.launches})")
                for key, value in _one(kind, Path(tmp), model, plan.questions).items():
                    readings[label].setdefault(key, []).append(value)
    for label in (BARE, OURS):
        for key, values in readings[label].items():
            group, unit = key.split("|")
            section.add(Measure(label, unit, values, BARE if label == OURS else None, group=group))
    section.notes += [
        f"Model: {model}. Seeds ingested beforehand; each launch a fresh process; the two apps "
        "take turns. Questions: " + "; ".join(serve.QUESTIONS) + ".",
        "VmHWM is the peak resident set since the process started (so 'answering' includes "
        "the start-up peak); VmRSS is the resident set at the moment of reading. The model "
        "file is memory-mapped, so its pages count as resident once touched.",
    ]
    _verdicts(section)
    return section


def _one(kind: str, data: Path, model: str, questions: int) -> dict[str, float]:
    with serve.launched(kind, data, model) as app:
        serve.wait_page(app, timeout=900)
        time.sleep(SETTLE)
        idle = serve.memory(app)
        gradio = serve.client(app)
        for question in serve.QUESTIONS[:questions]:
            serve.ask(app, gradio, question, model)
        busy = serve.memory(app)
    after = f"after {questions} answer{'s' if questions > 1 else ''}"
    return {
        "idle|MB peak (VmHWM)": idle["VmHWM"],
        "idle|MB now (VmRSS)": idle["VmRSS"],
        f"{after}|MB peak (VmHWM)": busy["VmHWM"],
        f"{after}|MB now (VmRSS)": busy["VmRSS"],
    }


def _verdicts(section: Section) -> None:
    for group in dict.fromkeys(m.group for m in section.measures):
        m = section.find(OURS, group, "MB peak (VmHWM)")
        ratio = section.ratio(m) if m else None
        if m and ratio is not None:
            peak = m.summary()["median"]
            section.verdicts.append(
                f"{group}: rag chat peaks at {peak:,.0f} MB, {ratio:.2f}× the bare app's peak"
            )
