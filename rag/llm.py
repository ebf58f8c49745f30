"""LLM back-ends behind one interface: a local llama.cpp model or a hosted endpoint.

`LLM.stream(messages, max_tokens)` yields text deltas. `LocalLLM` runs a GGUF in
process with llama-cpp-python (the packaged Qwen2.5 1.5B by default): the model is
loaded once, calls are serialised, and llama.cpp reuses the longest common token
prefix of consecutive prompts, so the fixed system prompt is evaluated once.
`HostedLLM` talks to any OpenAI-compatible server (Ollama, vLLM, llama.cpp server,
OpenAI) through llama-index's OpenAILike, with a bounded timeout and no stacked
retries. Both raise `LLMError` with a readable message; nothing here hangs.
"""

from __future__ import annotations

import json
import logging
import math
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from rag.config import Config, apply_runtime_env
from rag.errors import LLMError, ModelError
from rag.models import ensure_gguf

log = logging.getLogger(__name__)

Message = dict[str, str]  # {"role": "system" | "user" | "assistant", "content": ...}


Schema = dict[str, Any]  # a JSON schema the reply must follow


class LLM(Protocol):
    name: str

    def stream(
        self,
        messages: Sequence[Message],
        max_tokens: int,
        schema: Schema | None = None,
        stop: Sequence[str] = (),
        start: str = "",
    ) -> Iterator[str]:
        """Text deltas of the reply (JSON following `schema` when given), ending before
        any `stop` string; raises LLMError. `start`: the words the reply is known to
        begin with; a back-end may write them into the prompt (cheaper than generating
        them); the reply begins with them either way."""
        ...

    def yes_chance(self, messages: Sequence[Message]) -> float:
        """How likely the reply to a yes/no prompt begins "yes" rather than "no" (0 to
        1), from the first token's probabilities where the back-end gives them; raises
        LLMError."""
        ...


class LocalLLM:
    """A GGUF model in process. The system turn is evaluated once and pinned in the
    KV cache; every prompt reuses exactly that prefix and evaluates the rest in one
    batch, so an answer depends on its prompt only, never on the previous question
    (reusing a longer, accidental prefix changes the numerics and the greedy output).
    """

    def __init__(
        self,
        path: Path,
        n_ctx: int,
        n_threads: int,
        temperature: float,
        repeat_penalty: float = Config.repeat_penalty,
    ) -> None:
        apply_runtime_env()  # OMP_WAIT_POLICY, if torch has not loaded libgomp already
        from llama_cpp import Llama

        self.name = path.name
        self.temperature = temperature
        self.repeat_penalty = repeat_penalty
        self._lock = threading.Lock()
        try:
            self._llama = Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_threads=n_threads,
                n_threads_batch=n_threads,
                verbose=False,
                seed=0,
            )
        except (ValueError, RuntimeError) as err:
            raise ModelError(f"{path}: not a loadable GGUF model ({err})") from err
        self._format = _formatter(self._llama)
        self._answers = {
            word: {self._llama.tokenize(w.encode(), add_bos=False)[0] for w in (word, word.title())}
            for word in ("yes", "no")
        }  # the first token of each answer, either case
        self._prefixes: dict[str, int] = {}
        self._grammars: dict[str, Any] = {}

    def _grammar(self, schema: Schema | None) -> Any:
        """llama.cpp's grammar for `schema`, compiled once: the reply cannot stray from it."""
        if schema is None:
            return None
        from llama_cpp import LlamaGrammar

        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            self._grammars[key] = LlamaGrammar.from_json_schema(key, verbose=False)
        return self._grammars[key]

    def count_tokens(self, text: str) -> int:
        return len(self._llama.tokenize(text.encode(), add_bos=False, special=True))

    def _encode(self, messages: Sequence[Message]) -> tuple[list[int], Any]:
        rendered = self._format(messages=list(messages))
        tokens = self._llama.tokenize(
            rendered.prompt.encode(), add_bos=not rendered.added_special, special=True
        )
        return tokens, rendered

    def _prefix(self, messages: Sequence[Message], tokens: list[int]) -> list[int]:
        """The tokens of the system turn (shared by every prompt with that system text)."""
        if not messages or messages[0]["role"] != "system":
            return []
        system = messages[0]["content"]
        if system not in self._prefixes:
            alone, _ = self._encode([messages[0], {"role": "user", "content": "-"}])
            self._prefixes[system] = next(
                (i for i, (a, b) in enumerate(zip(alone, tokens)) if a != b), len(alone)
            )
        return tokens[: self._prefixes[system]]

    def _pin(self, prefix: list[int]) -> None:
        """Keep exactly `prefix` in the KV cache, evaluating it alone if it is not there."""
        held = list(self._llama.input_ids[: self._llama.n_tokens])
        if prefix and held[: len(prefix)] == prefix:
            self._llama.n_tokens = len(prefix)
            return
        self._llama.reset()
        if prefix:
            self._llama.eval(prefix)

    def _pinned(self, messages: Sequence[Message]) -> tuple[list[int], Any]:
        """(the prompt's tokens, its rendering), its system turn pinned in the KV cache
        (`n_tokens` is then the length of that turn)."""
        tokens, rendered = self._encode(messages)
        self._pin(self._prefix(messages, tokens))
        return tokens, rendered

    def warm(self, messages: Sequence[Message]) -> None:
        """Evaluate the system turn now, so the first question does not wait for it."""
        with self._lock:
            self._pinned(messages)

    def stream(
        self,
        messages: Sequence[Message],
        max_tokens: int,
        schema: Schema | None = None,
        stop: Sequence[str] = (),
        start: str = "",
    ) -> Iterator[str]:
        with self._lock:
            try:
                tokens, rendered = self._pinned(messages)
                if start:  # read at prompt speed (~4x generation speed here), not generated
                    tokens += self._llama.tokenize(start.encode(), add_bos=False, special=False)
                    yield start
                parts = self._llama.create_completion(
                    prompt=tokens,
                    max_tokens=max_tokens,
                    stream=True,
                    temperature=self.temperature,
                    top_k=1 if self.temperature == 0 else 40,
                    repeat_penalty=self.repeat_penalty,
                    stop=[*_stops(rendered.stop), *stop],
                    stopping_criteria=rendered.stopping_criteria,
                    grammar=self._grammar(schema),
                )
                for part in parts:
                    # llama-cpp-python types the stream's parts as a union with its
                    # non-streaming response, whose "choices" mypy cannot index
                    text = part["choices"][0]["text"]  # type: ignore[index]
                    if text:
                        yield text
            except ValueError as err:  # e.g. prompt longer than the context window
                raise LLMError(f"local model {self.name}: {err}") from err

    def yes_chance(self, messages: Sequence[Message]) -> float:
        """The prompt is evaluated after its pinned system turn, and the reply's first
        token read from llama.cpp's logits: P(yes) / (P(yes) + P(no)), either case."""
        import numpy as np
        from llama_cpp import llama_get_logits_ith

        with self._lock:
            try:
                tokens, _ = self._pinned(messages)
                self._llama.eval(tokens[self._llama.n_tokens :])
            except (ValueError, RuntimeError) as err:
                raise LLMError(f"local model {self.name}: {err}") from err
            logits = np.ctypeslib.as_array(
                llama_get_logits_ith(self._llama.ctx, -1), shape=(self._llama.n_vocab(),)
            )
            top = float(logits.max())
            yes, no = (
                sum(float(np.exp(logits[t] - top)) for t in self._answers[w]) for w in ("yes", "no")
            )
            return yes / (yes + no) if yes + no > 0 else 0.5


def _formatter(llama: Any) -> Any:
    """The GGUF's own chat template (as llama-cpp-python's chat handler uses it)."""
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    template = llama.metadata.get("tokenizer.chat_template")
    if not template:
        raise ModelError(f"{llama.model_path}: the GGUF has no chat template")
    eos, bos = llama.token_eos(), llama.token_bos()

    def text(token: int) -> str:
        return llama.detokenize([token], special=True).decode() if token != -1 else ""

    return Jinja2ChatFormatter(
        template=template, eos_token=text(eos), bos_token=text(bos), stop_token_ids=[eos]
    )


class HostedLLM:
    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str,
        timeout: float,
        temperature: float,
        context_window: int = Config.hosted_context_window,
    ) -> None:
        from llama_index.llms.openai_like import OpenAILike

        self.name = f"{model} @ {base_url}"
        self.base_url = base_url
        self._llm = OpenAILike(
            api_base=base_url,
            api_key=api_key or "none",
            model=model,
            is_chat_model=True,
            context_window=context_window,
            max_tokens=None,  # per call: an instance value would override every call's own
            timeout=timeout,
            max_retries=0,
            temperature=temperature,
        )

    def stream(
        self,
        messages: Sequence[Message],
        max_tokens: int,
        schema: Schema | None = None,
        stop: Sequence[str] = (),
        start: str = "",
    ) -> Iterator[str]:
        """`start` is not sent: not every OpenAI-compatible server continues an
        assistant turn, so the model writes those words itself."""
        chat = _chat(messages)
        extra: dict[str, Any] = {}
        if schema is not None:  # llama.cpp's server and vLLM honour it; others may ignore it
            extra["response_format"] = {"type": "json_object", "schema": schema}
        if stop:
            extra["stop"] = list(stop)
        received = 0
        try:
            for part in self._llm.stream_chat(chat, max_tokens=max_tokens, **extra):
                received += 1
                if part.delta:
                    yield part.delta
        except Exception as err:  # openai/httpx raise many kinds; all mean "no answer"
            raise LLMError(_describe(err, self.base_url)) from err
        if not received:  # e.g. HTTP 200 with a body that is not an event stream
            raise LLMError(
                f"the LLM server at {self.base_url} sent no completion "
                "(the reply was not an OpenAI-compatible event stream)"
            )

    def yes_chance(self, messages: Sequence[Message]) -> float:
        """The server's log-probabilities of the reply's first token, where it gives
        them (OpenAI, llama.cpp's server, vLLM); else 1 or 0 by the reply it writes."""
        chat = _chat(messages)
        try:
            reply = self._llm.chat(chat, max_tokens=1, logprobs=True, top_logprobs=10)
        except Exception as err:  # openai/httpx raise many kinds; all mean "no answer"
            raise LLMError(_describe(err, self.base_url)) from err
        first = (reply.logprobs or [[]])[0]
        share = {"yes": 0.0, "no": 0.0}
        for option in first:
            word = option.token.strip().lower()
            if word in share:
                share[word] += math.exp(option.logprob)
        if share["yes"] + share["no"] > 0:
            return share["yes"] / (share["yes"] + share["no"])
        return 1.0 if (reply.message.content or "").strip().lower().startswith("yes") else 0.0


def _chat(messages: Sequence[Message]) -> list[Any]:
    """`messages` as llama-index chat messages."""
    from llama_index.core.llms import ChatMessage

    return [ChatMessage(role=m["role"], content=m["content"]) for m in messages]


def _describe(err: Exception, base_url: str) -> str:
    kind = type(err).__name__
    if "Timeout" in kind:
        return f"the LLM server at {base_url} did not answer in time ({kind})"
    if "Connection" in kind:
        return f"cannot reach the LLM server at {base_url} ({kind})"
    status = getattr(err, "status_code", None)
    detail = str(err).splitlines()[0][:200] if str(err) else kind
    if status:
        return f"the LLM server at {base_url} answered HTTP {status}: {detail}"
    return f"the LLM server at {base_url} failed: {detail}"


class LLMPool:
    """Loads each back-end once per process and hands the same instance back."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._loaded: dict[str, LLM] = {}
        self._lock = threading.Lock()

    def get(self, spec: str | None = None, second: bool = False) -> LLM:
        """`spec`: "local", "small", "tiny", a .gguf path, or "hosted". `second`: a
        second instance of a local model, with a KV cache of its own, for prompts with
        another system turn (a check), so that the answering instance keeps its system
        turn evaluated; a hosted model is the same either way (its server caches)."""
        spec = spec or self.config.default_llm
        key = f"{spec}\0second" if second and spec != "hosted" else spec
        with self._lock:
            if key not in self._loaded:
                self._loaded[key] = self._load(spec)
            return self._loaded[key]

    def _load(self, spec: str) -> LLM:
        c = self.config
        if spec == "hosted":
            if not (c.llm_base_url and c.llm_model):
                raise LLMError("hosted LLM: set RAG_LLM_BASE_URL and RAG_LLM_MODEL (or flags)")
            return HostedLLM(
                c.llm_base_url,
                c.llm_model,
                c.llm_api_key or "",
                c.llm_timeout,
                c.temperature,
                c.hosted_context_window,
            )
        path = ensure_gguf(spec, Path(c.model_dir))
        log.info("loading %s", path)
        return LocalLLM(path, c.n_ctx, c.n_threads, c.temperature, c.repeat_penalty)

    def choices(self) -> list[str]:
        options = ["local", "small"]
        if self.config.hosted:
            options.append("hosted")
        if self.config.llm not in options:
            options.insert(0, self.config.llm)
        return options


def collect(
    llm: LLM, messages: Sequence[Message], max_tokens: int, schema: Schema | None = None
) -> str:
    return "".join(llm.stream(messages, max_tokens, schema))


def _stops(value: Any) -> list[str]:
    """The chat template's stop strings as a list (llama-cpp-python gives a str or a list)."""
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)
