"""The Eval tab: the latest eval report and its charts, and the quick retrieval eval."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import gradio as gr

from rag.chat import Assistant
from ui.options import AppOptions


def eval_tab(assistant: Assistant, options: AppOptions) -> None:
    report = gr.Markdown(_report_text(options.eval_dir), elem_id="eval-report")
    with gr.Row():
        chart = gr.Image(
            _chart(options.eval_dir, "accuracy_by_type.png"),
            label="By type",
            elem_id="eval-chart",
            interactive=False,
        )
        latency = gr.Image(
            _chart(options.eval_dir, "latency.png"),
            label="Latency",
            elem_id="eval-latency",
            interactive=False,
        )
    run = gr.Button("Run the quick eval (retrieval, seeds gold set)", elem_id="eval-btn")

    def quick(progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        out = Path(assistant.config.data_dir) / "eval" / "quick"
        _run_quick_eval(assistant, out, progress)
        return _report_text(out), _chart(out, "accuracy_by_type.png"), _chart(out, "latency.png")

    run.click(quick, None, [report, chart, latency], concurrency_id="eval")


def _report_text(folder: Path) -> str:
    path = Path(folder) / "report.md"
    if not path.is_file():
        return "No eval report yet: run `make eval`, or the quick eval below."
    text = path.read_text(encoding="utf-8")
    return re.sub(r"!\[[^\]]*\]\([^)]*\)\n?", "", text)  # the charts are shown beside it


def _chart(folder: Path, name: str) -> str | None:
    path = Path(folder) / name
    return str(path) if path.is_file() else None


def _run_quick_eval(assistant: Assistant, out: Path, progress: Any) -> None:
    from eval import dataset, report, runner

    gold = dataset.SETS["seeds"][0]
    cases = dataset.load(gold)
    c = assistant.config
    settings = runner.RunSettings(
        str(gold), c.top_k, c.default_llm, True, c.hybrid, c.rerank, c.min_relevance
    )
    shutil.rmtree(out, ignore_errors=True)
    results = [
        runner.run_case(assistant, case, settings) for case in progress.tqdm(cases, desc="Cases")
    ]
    report.write(runner.summarize(cases, results, settings), out)
