"""Threads and OpenMP wait policy for llama.cpp: the measurement behind our defaults.

OMP_WAIT_POLICY is read when the OpenMP runtime loads (with llama_cpp), so each
setting runs in a fresh child process (`python -m bench.threads ...`) that loads the
model, evaluates a fixed news prompt (prompt tok/s) and generates a fixed number of
greedy tokens, EOS ignored (generation tok/s). Every combination of thread count and
policy (PASSIVE or unset, i.e. the runtime's spinning default) runs on the machine
as it is ("idle") and beside one CPU-bound Python busy loop ("busy").
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Measure, Table, busy_loop, child_env, log

PROMPT = (
    "Russian President Vladimir Putin on Tuesday cancelled a visit to France in a furious row "
    "over Moscow's role in the Syrian conflict. The announcement from the Kremlin came a day "
    "after French President Francois Hollande said Syrian forces had committed a war crime in "
    "the battered city of Aleppo with the support of Russian air strikes. Putin had been due in "
    "Paris on October 19 to inaugurate a spiritual center at a new Russian Orthodox church near "
    "the Eiffel Tower, but Hollande had insisted his Russian counterpart also took part in talks "
    "with him about Syria. Summarise the story in three sentences."
)
POLICIES = ("PASSIVE", None)  # None: OMP_WAIT_POLICY removed from the environment


def one_run(model: str, threads: int, tokens: int, limit: float) -> dict[str, float]:
    """In this process: load, evaluate the prompt, generate `tokens` greedy tokens."""
    from llama_cpp import Llama

    llm = Llama(
        model_path=model,
        n_ctx=2048,
        n_threads=threads,
        n_threads_batch=threads,
        verbose=False,
        seed=0,
    )
    prompt = llm.tokenize(PROMPT.encode(), add_bos=True)
    start = time.perf_counter()
    first = last = 0.0
    made = 0
    for _ in llm.generate(prompt, top_k=1, temp=0.0, reset=True):
        made += 1
        last = time.perf_counter()
        first = first or last
        if made >= tokens or last - first > limit:
            break
    return {
        "prompt_tok_s": len(prompt) / (first - start),
        "gen_tok_s": (made - 1) / (last - first) if made > 1 else 0.0,
        "generated": made,
    }


def run_child(
    model: str, threads: int, policy: str | None, tokens: int, limit: float
) -> dict[str, float]:
    command = [
        sys.executable,
        "-m",
        "bench.threads",
        "--model",
        model,
        "--threads",
        str(threads),
        "--tokens",
        str(tokens),
        "--limit",
        str(limit),
    ]
    done = subprocess.run(
        command,
        env=child_env(OMP_WAIT_POLICY=policy),
        capture_output=True,
        text=True,
        timeout=limit * 4 + 300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"threads child failed: {done.stderr[-800:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def matrix(model: str, repeats: int, tokens: int, limit: float) -> tuple[Table, list[Measure], str]:
    """The table, the raw measures and the chosen setting, in words."""
    counts = sorted({1, len(os.sched_getaffinity(0))})
    results: dict[tuple[int, str, str], list[dict[str, float]]] = {}
    for load in ("idle", "busy"):
        for _ in range(repeats):
            for threads in counts:
                for policy in POLICIES:
                    key = (threads, policy or "unset", load)
                    log(f"threads: {threads} thread(s), OMP_WAIT_POLICY={key[1]}, {load}")
                    if load == "busy":
                        with busy_loop(1):
                            got = run_child(model, threads, policy, tokens, limit)
                    else:
                        got = run_child(model, threads, policy, tokens, limit)
                    results.setdefault(key, []).append(got)
    return _table(results, counts)


def _table(
    results: dict[tuple[int, str, str], list[dict[str, float]]], counts: list[int]
) -> tuple[Table, list[Measure], str]:
    rows, measures, scores = [], [], {}
    for threads in counts:
        for policy in ("PASSIVE", "unset"):
            gen = {
                load: [r["gen_tok_s"] for r in results[(threads, policy, load)]]
                for load in ("idle", "busy")
            }
            prompt = {
                load: [r["prompt_tok_s"] for r in results[(threads, policy, load)]]
                for load in ("idle", "busy")
            }
            idle, busy = statistics.median(gen["idle"]), statistics.median(gen["busy"])
            scores[(threads, policy)] = (idle * busy) ** 0.5
            rows.append(
                [
                    str(threads),
                    policy,
                    f"{idle:.1f}",
                    f"{busy:.1f}",
                    f"{statistics.median(prompt['idle']):.0f}",
                    f"{statistics.median(prompt['busy']):.0f}",
                    f"{scores[(threads, policy)]:.1f}",
                ]
            )
            for load in ("idle", "busy"):
                label = f"gen tok/s, {threads} thread(s), OMP_WAIT_POLICY={policy}, {load}"
                measures.append(Measure(label, "tok/s", gen[load], None, True, "threads"))
    best = max(scores, key=lambda k: scores[k])
    choice = (
        f"best by the geometric mean of idle and busy generation speed: {best[0]} thread(s) "
        f"with OMP_WAIT_POLICY={best[1]}"
    )
    table = Table(
        "llama.cpp generation speed by thread count and OpenMP wait policy (median tok/s)",
        [
            "threads",
            "OMP_WAIT_POLICY",
            "gen idle",
            "gen busy",
            "prompt idle",
            "prompt busy",
            "geo. mean gen",
        ],
        rows,
    )
    return table, measures, choice


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.threads")
    parser.add_argument("--model", required=True, type=Path)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--tokens", type=int, default=48)
    parser.add_argument("--limit", type=float, default=45.0, help="seconds of generation at most")
    args = parser.parse_args()
    print(json.dumps(one_run(str(args.model), args.threads, args.tokens, args.limit)))


if __name__ == "__main__":
    main()
