"""Answer: time to first token and generation speed, ours against llama.cpp alone.

Same model file, same context size, thread count and greedy sampling on every
side; the prompt is the one rag builds (`rag.answer.build_messages` over the
passages our retriever finds in the seed articles for a real question). Three sides:
llama.cpp alone (`Llama.create_chat_completion(stream=True)`), ours at the model
(`LocalLLM.stream` on the same messages), and ours end to end (`Assistant.ask`: the
`rag ask` path, retrieval, per-outlet evidence and the final verification included).
Cold = the first question after the model is loaded; warm = a second, different
question on the same loaded model (llama.cpp reuses the longest cached prefix; ours
pins exactly the system turn). Tokens are counted with the model's own tokenizer.
The thread-count / OpenMP-wait-policy matrix (bench/threads.py) runs last.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench import threads
from bench.common import ROOT, Measure, Section, Stopwatch, log
from rag.config import Config

QUESTIONS = (  # real questions about the seed articles (README, ui/app.py examples)
    "Why did Putin cancel his visit to Paris?",
    "How many people were killed in Aleppo on Tuesday?",
)


@dataclass(frozen=True)
class Plan:
    models: tuple[str, ...]  # packaged model names, compared one after the other
    repeats: int  # fresh loads per side
    tokens: int  # max tokens per answer; 0: Config.max_answer_tokens
    matrix: str  # model of the thread / wait-policy matrix
    matrix_repeats: int
    matrix_tokens: int
    matrix_limit: float  # seconds of generation at most per cell


PLANS = {
    "full": Plan(("local", "small"), 3, 0, "local", 2, 48, 45.0),
    "quick": Plan(("tiny",), 1, 24, "tiny", 1, 12, 6.0),
}
NAMES = {"local": "Qwen2.5 1.5B (local)", "small": "Qwen2.5 0.5B (small)", "tiny": "SmolLM2 (tiny)"}
RAW, LLM, E2E = "llama.cpp alone", "ours: LocalLLM.stream", "ours: rag ask path (Assistant.ask)"


@dataclass(frozen=True)
class Stream:
    ttft: float  # seconds from the call to the first non-empty text
    gen_tok_s: float  # tokens after the first one / seconds after the first one
    total: float  # seconds until the stream (and for Assistant.ask, verification) ended
    text: str


def run(quick: bool) -> Section:
    # Before torch or llama_cpp load: they share one libgomp, which reads it once.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    plan = PLANS["quick" if quick else "full"]
    config = Config.from_env()
    config = replace(config, max_answer_tokens=plan.tokens or config.max_answer_tokens)
    section = Section("answer", "Answer: time to first token and generation speed")
    with tempfile.TemporaryDirectory(prefix="bench-answer-") as tmp:
        config = replace(config, data_dir=Path(tmp), chroma_url=None)
        index = _seeded(config)
        for name in plan.models:
            _model(section, config, index, name, plan.repeats)
    _matrix(section, config, plan)
    section.notes += _notes(config)
    return section


@contextmanager
def indexed(
    prefix: str, model: str, articles: Path = ROOT / "seeds"
) -> Iterator[tuple[Config, Any]]:
    """(a config for `model` in a fresh temporary data folder, a real index of
    `articles` there), both gone when the block ends."""
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        config = replace(Config.from_env(), data_dir=Path(tmp), chroma_url=None, llm=model)
        yield config, _seeded(config, articles)


def _seeded(config: Config, articles: Path = ROOT / "seeds") -> Any:
    """A real index of `articles` (the seeds by default)."""
    from rag.index import Index
    from rag.ingest import read_articles

    index = Index.open(config)
    report = index.ingest(read_articles([articles], config.max_file_bytes))
    if report.failed:
        raise RuntimeError(f"indexing {articles} failed: {report.summary()}")
    index.lexical()
    return index


def _messages(config: Config, index: Any) -> list[list[dict[str, str]]]:
    """The first model call of each question: its leading outlet's extraction prompt."""
    from rag.chat import Assistant
    from rag.extract import messages
    from rag.question import analyze

    assistant = Assistant(config, index)
    prompts = []
    for q in QUESTIONS:
        scored, _ = assistant.evidence(q, assistant.retriever.retrieve(q))
        group = assistant.reports.groups(q, scored)[0]
        prompts.append(messages(analyze(q).text, group, assistant.prompts))
    return prompts


def _model(section: Section, config: Config, index: Any, name: str, repeats: int) -> None:
    from llama_cpp import Llama

    from rag.models import ensure_gguf

    path = ensure_gguf(name, Path(config.model_dir))
    vocab = Llama(model_path=str(path), vocab_only=True, verbose=False)
    count = lambda text: len(vocab.tokenize(text.encode(), add_bos=False, special=True))  # noqa: E731
    messages = _messages(config, index)
    sides: dict[str, Callable[[], list[Stream]]] = {
        RAW: lambda: _raw(path, config, messages, count),
        LLM: lambda: _ours_llm(path, config, messages, count),
        E2E: lambda: _ours_e2e(name, config, index, count),
    }
    got: dict[str, list[list[Stream]]] = {side: [] for side in sides}
    order = list(sides)
    for i in range(repeats):
        for side in order[i % 3 :] + order[: i % 3]:
            log(f"answer: {name}, repeat {i + 1}, {side}")
            got[side].append(sides[side]())
    _record(section, NAMES.get(name, name), got)
    same = got[RAW][0][0].text == got[LLM][0][0].text
    section.notes.append(
        f"{NAMES.get(name, name)}: {path.name}; llama.cpp alone and "
        f"LocalLLM.stream gave {'the same' if same else 'different'} greedy text "
        "for the cold question."
    )


def _record(section: Section, model: str, got: dict[str, list[list[Stream]]]) -> None:
    for phase, i in (("cold", 0), ("warm", 1)):
        group = f"{model}, {phase}"
        for side, runs in got.items():
            baseline = None if side == RAW else RAW
            streams = [r[i] for r in runs]
            section.add(
                Measure(side, "s to first token", [s.ttft for s in streams], baseline, group=group)
            )
            section.add(
                Measure(side, "gen tok/s", [s.gen_tok_s for s in streams], baseline, True, group)
            )
            section.add(Measure(side, "s total", [s.total for s in streams], baseline, group=group))
        _verdict(section, group)


def _verdict(section: Section, group: str) -> None:
    ttft = section.find(E2E, group, "s to first token")
    gen = section.find(E2E, group, "gen tok/s")
    r1, r2 = section.ratio(ttft) if ttft else None, section.ratio(gen) if gen else None
    if r1 is None or r2 is None:
        return
    ok = r1 <= 1.3 and r2 >= 1 / 1.3
    section.verdicts.append(
        f"{group}: the rag ask path's time to first token is {r1:.2f}× and its generation "
        f"speed {r2:.2f}× llama.cpp alone's (target: time ≤ 1.3×, speed ≥ 1/1.3 = 0.77×) — "
        f"{'meets' if ok else 'misses'} it"
    )


def _timed(deltas: Iterable[str], watch: Stopwatch, count: Callable[[str], int]) -> Stream:
    first = last = 0.0
    parts: list[str] = []
    for delta in deltas:
        if delta:
            last = watch()
            first = first or last
            parts.append(delta)
    total = watch()
    text = "".join(parts)
    after = count(text) - count(parts[0]) if parts else 0
    speed = after / (last - first) if after > 0 and last > first else math.nan
    return Stream(first or math.nan, speed, total, text)


def _sampling(config: Config) -> dict[str, Any]:
    greedy = config.temperature == 0
    return {"temperature": config.temperature, "top_k": 1 if greedy else 40, "repeat_penalty": 1.05}


def _raw(
    path: Path, config: Config, messages: list[Any], count: Callable[[str], int]
) -> list[Stream]:
    from llama_cpp import Llama

    llm = Llama(
        model_path=str(path),
        n_ctx=config.n_ctx,
        n_threads=config.n_threads,
        n_threads_batch=config.n_threads,
        verbose=False,
        seed=0,
    )
    out = []
    for m in messages:
        watch = Stopwatch()
        parts = llm.create_chat_completion(
            messages=m, max_tokens=config.max_answer_tokens, stream=True, **_sampling(config)
        )
        # llama-cpp-python types stream parts as a union with the whole response
        deltas = (str(p["choices"][0]["delta"].get("content") or "") for p in parts)  # type: ignore[index,union-attr]
        out.append(_timed(deltas, watch, count))
    del llm
    return out


def _ours_llm(
    path: Path, config: Config, messages: list[Any], count: Callable[[str], int]
) -> list[Stream]:
    from rag.llm import LocalLLM

    llm = LocalLLM(path, config.n_ctx, config.n_threads, config.temperature)
    out = []
    for m in messages:
        watch = Stopwatch()
        out.append(_timed(llm.stream(m, config.max_answer_tokens), watch, count))
    del llm
    return out


def _ours_e2e(name: str, config: Config, index: Any, count: Callable[[str], int]) -> list[Stream]:
    from rag.chat import Assistant
    from rag.llm import LLMPool
    from rag.types import Token

    config = replace(config, llm=name)
    pool = LLMPool(config)
    pool.get(name)  # loaded before the clock starts, as on the other sides
    assistant = Assistant(config, index, pool)
    out = []
    for q in QUESTIONS:
        watch = Stopwatch()
        events = assistant.ask(q)
        texts = (str(e.text) if isinstance(e, Token) else "" for e in events)
        out.append(_timed(texts, watch, count))
    return out


def _matrix(section: Section, config: Config, plan: Plan) -> None:
    from rag.models import ensure_gguf

    name = plan.matrix
    path = ensure_gguf(name, Path(config.model_dir))
    table, measures, best = threads.matrix(
        str(path), plan.matrix_repeats, plan.matrix_tokens, plan.matrix_limit
    )
    table.title += (
        f" — {NAMES.get(name, name)}, {plan.matrix_tokens} tokens, "
        f"{plan.matrix_repeats} run(s) each"
    )
    section.tables.append(table)
    section.measures += measures
    policy = os.environ.get("OMP_WAIT_POLICY", "unset")
    ours = (config.n_threads, policy)
    agrees = "agrees with" if best == ours else "differs from"
    section.verdicts.append(
        f"Threads / wait policy: the best setting by the geometric mean of idle and busy "
        f"generation speed is {best[0]} thread(s) with OMP_WAIT_POLICY={best[1]}; this "
        f"{agrees} what rag ran with here: {ours[0]} thread(s) (Config.n_threads, "
        f"RAG_N_THREADS) and OMP_WAIT_POLICY={ours[1]} (from the environment: make and bench "
        "export PASSIVE). The answer rows above used this setting."
    )
    _load_order_verdict(section, config.n_threads)


def _load_order_verdict(section: Section, n_threads: int) -> None:
    """Does rag's own PASSIVE default hold when the shell does not export it?"""
    found = {
        m.label: m.summary()["median"]
        for m in section.measures
        if m.group == "threads" and m.label.endswith(", busy")
    }
    plain = found.get(f"gen tok/s, {n_threads} thread(s), OMP_WAIT_POLICY=PASSIVE, busy")
    ours = found.get(f"gen tok/s, {n_threads} thread(s), OMP_WAIT_POLICY={threads.RAG_ORDER}, busy")
    if plain and ours is not None:
        holds = ours >= 0.7 * plain
        section.verdicts.append(
            f"Load order: started without OMP_WAIT_POLICY in the environment (embedding model "
            f"first, as rag ask/chat do), rag generates {ours:.1f} tok/s beside a busy process, "
            f"against {plain:.1f} with PASSIVE exported — "
            + (
                "LocalLLM's own default takes effect."
                if holds
                else "LocalLLM's os.environ default comes too late: torch has already "
                "loaded the libgomp llama.cpp shares, and it read the variable then."
            )
        )


def _notes(config: Config) -> list[str]:
    return [
        f"Questions: {QUESTIONS[0]!r} (cold), then {QUESTIONS[1]!r} (warm), over the three "
        "seed articles; passages from our retriever, prompt from rag.answer.build_messages.",
        f"Every side: n_ctx={config.n_ctx}, n_threads=n_threads_batch={config.n_threads}, "
        f"max_tokens={config.max_answer_tokens}, temperature={config.temperature} (top_k=1), "
        f"repeat_penalty=1.05, OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY', '(unset)')}; "
        "all three in one process, a fresh model load per side and repeat, the load itself "
        "untimed; the order of the sides rotates between repeats.",
        "Time to first token: from the call to the first non-empty text delta (for Assistant."
        "ask: from ask() to the first Token event, so retrieval and evidence are inside). "
        "Generation tok/s: tokens after the first delta (model tokenizer) / time from the first "
        "to the last delta. 's total' ends when the stream ends (Assistant.ask: after the "
        "answer is verified).",
        "Warm: llama.cpp alone reuses the longest common token prefix of the two prompts "
        "(system turn plus any identical leading passages); LocalLLM deliberately keeps only "
        "the system turn (so an answer never depends on the previous question).",
        "Thread matrix: each cell a fresh process (bench/threads.py): load, a ~100-token news "
        "prompt, then greedy tokens with EOS ignored; 'busy' = one CPU-bound Python loop "
        "running beside it; 'idle' = the machine as it was (see the load average above).",
    ]
