"""Rescore a finished run without the LLM: same raw replies, current post-processing.

`python -m eval.rescore RUN_DIR OUT_DIR [--threshold T ...]` rebuilds each case's
passages from `RUN_DIR/cases.jsonl`, recomputes the evidence, disagreements and
verification from the stored raw model reply with the code as it is now, and writes
a new report. `--naive` scores the raw replies as they were (marks parsed, nothing
verified or added): the "before" column of docs/answers.md. `--sweep` prints how
the verification threshold trades supported share against fallbacks.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from eval import dataset, report, runner
from rag import verify
from rag.answer import REFUSAL, citation, finalize
from rag.chat import Assistant
from rag.config import Config, apply_runtime_env
from rag.disagree import find_disagreements
from rag.evidence import outlet_evidence, scored_sentences
from rag.index import Index
from rag.types import Answer, Chunk, Hit, SentenceSupport


def hits_of(result: dict[str, Any]) -> tuple[Hit, ...]:
    return tuple(
        Hit(
            Chunk(
                id=p["chunk_id"],
                article_id=p["article_id"],
                text=p["text"],
                position=0,
                start=0,
                end=len(p["text"]),
                outlet=p["outlet"],
            ),
            p["score"],
            p["relevance"],
        )
        for p in result["retrieved"]
    )


def naive(result: dict[str, Any], hits: tuple[Hit, ...]) -> Answer:
    """The raw reply scored as it came: every mark taken at its word."""
    marked, dropped = verify.parse_markers(result["raw"], len(hits))
    refused = not marked or verify.is_refusal(marked[0].text)
    sentences = tuple(SentenceSupport(m.text, m.cited, 0.0, bool(m.cited)) for m in marked)
    cites = {n: citation(n, hits[n - 1], m.text) for m in marked for n in m.cited}
    return Answer(
        question=result["question"],
        text=REFUSAL if refused else result["raw"],
        passages=hits,
        citations=tuple(cites[n] for n in sorted(cites)),
        sentences=sentences,
        refused=refused,
        dropped_markers=dropped,
    )


def rescore(assistant: Assistant, result: dict[str, Any], use_naive: bool) -> dict[str, Any]:
    if "raw" not in result or result.get("refusal_reason", "").startswith("no passage"):
        return result  # the gate refused: nothing reached the model
    hits = hits_of(result)
    question = result.get("standalone_question") or result["question"]
    if use_naive:
        answer = naive(result, hits)
    else:
        vector = assistant.index.embedder.embed_query(question)
        scored = scored_sentences(question, vector, hits, assistant.vectors)
        texts = assistant.outlet_texts(hits)
        answer = finalize(
            question,
            result["raw"],
            hits,
            outlet_evidence(scored),
            find_disagreements(question, scored, texts),
            assistant.vectors,
            "",
        )
    record = runner.answer_record(replace(answer, timings=assistant_timings(result)))
    return {**result, **record, "standalone_question": question}


def assistant_timings(result: dict[str, Any]) -> Any:
    from rag.types import Timings

    return Timings(**result["timings"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--naive", action="store_true")
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()
    apply_runtime_env()
    if args.threshold is not None:
        verify.SUPPORT_THRESHOLD = args.threshold
    settings = runner.RunSettings(**json.loads((args.run / "run.json").read_text())["settings"])
    cases = dataset.load(Path(settings.dataset))
    rows = {
        r["id"]: r for r in map(json.loads, (args.run / "cases.jsonl").read_text().splitlines())
    }
    config = Config.from_env(data_dir=args.run / "index")
    assistant = Assistant(config, Index.open(config))
    done = [c for c in cases if c.id in rows]
    results = [rescore(assistant, rows[c.id], args.naive) for c in done]
    summary = runner.summarize(done, results, settings)
    report.write(summary, args.out)
    print(json.dumps(summary["answer"], indent=1))


if __name__ == "__main__":
    main()
