"""Threads and OpenMP wait policy for llama.cpp: the measurement behind our defaults.

OMP_WAIT_POLICY is read when the OpenMP runtime loads (with llama_cpp), so each
setting runs in a fresh child process (`python -m bench.threads ...`) that loads the
model, evaluates a fixed news prompt (prompt tok/s) and generates a fixed number of
greedy tokens, EOS ignored (generation tok/s). Every combination of thread count and
policy (PASSIVE or unset, i.e. the runtime's spinning default) runs on the machine
as it is ("idle") and beside one CPU-bound Python busy loop ("busy"). One more row
loads the way `rag ask` / `rag chat` do when the shell exports nothing: the embedding
model (torch, which brings its own libgomp) first, then `LocalLLM`, whose
`os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")` then comes after the runtime
has read its environment.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Measure, Table, busy_loop, child_env, log
from rag.config import Config

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
RAG_ORDER = "unset; LocalLLM sets PASSIVE after torch loaded"  # the diagnostic row


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


def rag_order_run(model: str, threads: int, tokens: int, limit: float) -> dict[str, float]:
    """As `rag ask` / `rag chat` run when the shell does not export OMP_WAIT_POLICY:
    the embedding model (torch) loads first, then LocalLLM sets PASSIVE and loads."""
    from rag.config import Config
    from rag.embed import Embedder
    from rag.llm import LocalLLM

    Embedder(Config().embed_model)
    llm = LocalLLM(Path(model), 2048, threads, 0.0)
    messages = [{"role": "user", "content": PROMPT + " Then describe Paris in detail."}]
    start = time.perf_counter()
    first = last = 0.0
    made = 0
    for _ in llm.stream(messages, tokens):
        made += 1
        last = time.perf_counter()
        first = first or last
        if last - first > limit:
            break
    return {
        "prompt_tok_s": math.nan,
        "gen_tok_s": (made - 1) / (last - first) if made > 1 else 0.0,
        "generated": made,
        "first_s": first - start,
    }


def run_child(
    model: str, threads: int, policy: str | None, tokens: int, limit: float
) -> dict[str, float]:
    rag_order = policy == RAG_ORDER
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
        *(["--rag-order"] if rag_order else []),
    ]
    done = subprocess.run(
        command,
        env=child_env(OMP_WAIT_POLICY=None if rag_order else policy),
        capture_output=True,
        text=True,
        timeout=limit * 4 + 300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"threads child failed: {done.stderr[-800:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def matrix(
    model: str, repeats: int, tokens: int, limit: float
) -> tuple[Table, list[Measure], tuple[int, str]]:
    """The table, the raw measures and the best (threads, policy): the highest geometric
    mean of the idle and the busy generation speed, so neither case is sacrificed."""
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
            threads = Config.from_env().n_threads
            log(f"threads: {threads} thread(s), rag's own load order, {load}")
            with busy_loop(1) if load == "busy" else contextlib.nullcontext():
                got = run_child(model, threads, RAG_ORDER, tokens, limit)
            results.setdefault((threads, RAG_ORDER, load), []).append(got)
    return _table(results, counts)


def _table(
    results: dict[tuple[int, str, str], list[dict[str, float]]], counts: list[int]
) -> tuple[Table, list[Measure], tuple[int, str]]:
    rows, measures, scores = [], [], {}
    policies = ("PASSIVE", "unset", RAG_ORDER)
    for key in [(t, p) for t in counts for p in policies if (t, p, "idle") in results]:
        row, gen = _row(results, *key)
        rows.append(row)
        if key[1] != RAG_ORDER:  # a diagnostic of rag's own start-up, not a candidate
            scores[key] = (statistics.median(gen["idle"]) * statistics.median(gen["busy"])) ** 0.5
        for load in ("idle", "busy"):
            label = f"gen tok/s, {key[0]} thread(s), OMP_WAIT_POLICY={key[1]}, {load}"
            measures.append(Measure(label, "tok/s", gen[load], None, True, "threads"))
    best = max(scores, key=lambda k: scores[k])
    headers = [
        "threads",
        "OMP_WAIT_POLICY",
        "gen idle",
        "gen busy",
        "prompt idle",
        "prompt busy",
        "geo. mean gen",
    ]
    title = "llama.cpp generation speed by thread count and OpenMP wait policy (median tok/s)"
    return Table(title, headers, rows), measures, best


def _row(
    results: dict[tuple[int, str, str], list[dict[str, float]]], threads: int, policy: str
) -> tuple[list[str], dict[str, list[float]]]:
    def values(load: str, key: str) -> list[float]:
        return [r[key] for r in results[(threads, policy, load)]]

    gen = {load: values(load, "gen_tok_s") for load in ("idle", "busy")}
    idle, busy = statistics.median(gen["idle"]), statistics.median(gen["busy"])
    prompt = [_fmt(statistics.median(values(load, "prompt_tok_s"))) for load in ("idle", "busy")]
    row = [
        str(threads),
        policy,
        f"{idle:.1f}",
        f"{busy:.1f}",
        *prompt,
        f"{(idle * busy) ** 0.5:.1f}",
    ]
    return row, gen


def _fmt(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.threads")
    parser.add_argument("--model", required=True, type=Path)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--tokens", type=int, default=48)
    parser.add_argument("--limit", type=float, default=45.0, help="seconds of generation at most")
    parser.add_argument("--rag-order", action="store_true", help="load as rag does (torch first)")
    args = parser.parse_args()
    run = rag_order_run if args.rag_order else one_run
    print(json.dumps(run(str(args.model), args.threads, args.tokens, args.limit)))


if __name__ == "__main__":
    main()
