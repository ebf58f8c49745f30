"""Read a run's answers by hand: question, gold facts, verdict, what each outlet gave.

`rag eval show RUN_DIR [--wrong] [--type TYPE]` prints every case (or only the wrong
ones) as plain text: figures hide how an answer fails, reading it does not.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eval import dataset, metrics, runner
from eval.rows import read


def lines(run: Path, wrong_only: bool = False, kind: str | None = None) -> Iterator[str]:
    cases = {c.id: c for c in dataset.load(Path(runner.settings_of(run).dataset))}
    for row in read(run / "cases.jsonl"):
        case = cases.get(row.id)
        if case is None or row.answer is None or (kind and case.type != kind):
            continue
        ok = metrics.fact_correct(case, row)
        ok = metrics.refusal_correct(case, row) if ok is None else ok
        if wrong_only and ok:
            continue
        answer = row.answer
        yield f"{'OK ' if ok else 'XX '} {case.id} [{case.type}/{answer.kind}] {case.question}"
        yield f"    gold: {[f[0] for f in case.facts] or 'refuse'}"
        for e in answer.extractions:
            why = f"  ({e.reason})" if e.reason else ""
            yield f"    {e.outlet[:24]:24} {e.status:10} {e.answer[:70]!r}{why}"
        text = answer.text if not answer.refused else f"(refused: {answer.refusal_reason})"
        yield "    " + text.replace("\n", "\n    ")
        yield ""
