"""Report: report.json, report.md and PNG charts from a summarized run.

The markdown shows the headline figures, a per-type table and every case with its
verdict, so a reader sees what failed without opening JSON. Charts (accuracy by
question type, latency distribution) are drawn with matplotlib's Agg backend.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write(report: dict[str, Any], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2, default=str))
    charts = _charts(report, out)
    (out / "report.md").write_text(markdown(report, [c.name for c in charts]))
    return [out / "report.json", out / "report.md", *charts]


def fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def markdown(report: dict[str, Any], charts: list[str]) -> str:
    s = report["settings"]
    lines = [
        f"# Eval report: {Path(s['dataset']).name}",
        "",
        f"- cases: {report['cases_total']}; k={s['k']}; llm={s['llm'] if not s['retrieval_only'] else '(retrieval only)'}; "  # noqa: E501
        f"hybrid={s['hybrid']}; second stage={s['rerank']}; gate={s['min_relevance']}",
        "",
    ]
    for section in ("retrieval", "answer", "time", "latency", "judge"):
        if section not in report:
            continue
        lines += [f"## {section.capitalize()}", "", "| metric | value |", "| --- | --- |"]
        lines += [
            f"| {k} | {fmt(v)} |" for k, v in report[section].items() if not isinstance(v, list)
        ]
        lines.append("")
    lines += _by_type_table(report["by_type"])
    if "gate_sweep" in report.get("retrieval", {}):
        lines += [
            "## Refusal gate sweep",
            "",
            "| threshold | accuracy | refused | answerable refused |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| {r['threshold']} | {r['accuracy']:.3f} | {r['refused']} | {r['answerable_refused']} |"  # noqa: E501
            for r in report["retrieval"]["gate_sweep"]
        ]
        lines.append("")
    lines += [f"![{c}]({c})" for c in charts] + [""]
    lines += _cases_table(report)
    return "\n".join(lines) + "\n"


def _by_type_table(by_type: dict[str, dict[str, Any]]) -> list[str]:
    if not by_type:
        return []
    keys = list(next(iter(by_type.values())).keys())
    lines = [
        "## By question type",
        "",
        "| type | " + " | ".join(keys) + " |",
        "| --- " * (len(keys) + 1) + "|",
    ]
    lines += [
        f"| {t} | " + " | ".join(fmt(row.get(k)) for k in keys) + " |" for t, row in by_type.items()
    ]
    return [*lines, ""]


def _cases_table(report: dict[str, Any]) -> list[str]:
    lines = ["## Cases", "", "| id | verdict | answer |", "| --- | --- | --- |"]
    for case in report["cases"]:
        v = case["verdicts"]
        if "fact_correct" in v:
            ok = v["fact_correct"] if v["fact_correct"] is not None else v["refusal_correct"]
            answer = case.get("answer") or {}
            verdict = ("✅" if ok else "❌") + (" refused" if answer.get("refused") else "")
        else:
            answer, verdict = {}, f"hit={v['hit_at_k']}"
        text = " ".join(str(answer.get("text", "")).split())[:160].replace("|", "\\|")
        lines.append(f"| {case['id']} | {verdict} | {text} |")
    return [*lines, ""]


def _charts(report: dict[str, Any], out: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    made = []
    key = "hit_at_k" if report["settings"]["retrieval_only"] else "fact_accuracy"
    types = [
        t for t, row in report["by_type"].items() if row.get(key) is not None or t == "unanswerable"
    ]
    values = [_type_score(report["by_type"][t], key) for t in types]
    fig, ax = plt.subplots(figsize=(6, 3.2))
    ax.bar(types, values, color="#3b6ea5")
    ax.set_ylim(0, 1)
    ax.set_ylabel("refusal accuracy (unanswerable)" if key == "fact_accuracy" else key, fontsize=8)
    ax.set_title(f"{'Fact accuracy' if key == 'fact_accuracy' else 'Hit@k'} by question type")
    fig.tight_layout()
    made.append(_save(fig, out / "accuracy_by_type.png", plt))
    totals = [c["timings"]["total_s"] for c in report["cases"] if c.get("timings")]
    if totals:
        fig, ax = plt.subplots(figsize=(6, 3.2))
        ax.hist(totals, bins=min(20, max(5, len(totals) // 3)), color="#a55b3b")
        ax.set_xlabel("seconds per question (total)")
        ax.set_ylabel("questions")
        ax.set_title("Latency distribution")
        fig.tight_layout()
        made.append(_save(fig, out / "latency.png", plt))
    return made


def _type_score(row: dict[str, Any], key: str) -> float:
    value = row.get(key)
    if value is None:
        value = row.get("refusal_accuracy")
    return float(value or 0.0)


def _save(fig: Any, path: Path, plt: Any) -> Path:
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
