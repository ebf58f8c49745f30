"""Compare two finished eval runs case by case: what got better, what got worse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _load(run: Path) -> dict[str, Any]:
    return json.loads((run / "report.json").read_text())


def _verdict(case: dict[str, Any]) -> bool | None:
    v = case.get("verdicts", {})
    if v.get("fact_correct") is not None:
        return bool(v["fact_correct"])
    if v.get("refusal_correct") is not None:
        return bool(v["refusal_correct"])
    return v.get("hit_at_k")


def compare_runs(a: Path, b: Path) -> str:
    """A text report: headline figures side by side, then every case whose verdict changed."""
    ra, rb = _load(a), _load(b)
    lines = [f"A = {a}", f"B = {b}", "", f"{'figure':38} {'A':>8} {'B':>8} {'B-A':>8}"]
    for section in ("retrieval", "answer", "time", "latency"):
        for key, va in ra.get(section, {}).items():
            vb = rb.get(section, {}).get(key)
            if isinstance(va, (int, float)) and isinstance(vb, (int, float)):
                lines.append(f"{section + '.' + key:38} {va:8.3f} {vb:8.3f} {vb - va:+8.3f}")
    cases_b = {c["id"]: c for c in rb.get("cases", [])}
    better: list[str] = []
    worse: list[str] = []
    for case in ra.get("cases", []):
        other = cases_b.get(case["id"])
        if other is None:
            continue
        before, after = _verdict(case), _verdict(other)
        if before != after:
            (better if after else worse).append(f"  {case['id']}: {case['question'][:80]}")
    lines += ["", f"better in B ({len(better)}):", *better, f"worse in B ({len(worse)}):", *worse]
    return "\n".join(lines)
