"""news-chat's library: articles in, cited answers out.

Stages, one module each: `ingest` (read files; `clean` strips boilerplate), `chunk`
(passages with offsets), `index` (embed, store in Chroma via `chroma`; BM25 beside it in
`lexical`; wire copies and story clusters marked at ingest by `syndication` and
`stories`), `retrieve` (hybrid search, second stage, refusal gate), `evidence` (every
passage sentence scored; what each outlet says), `question` (what a question asks
for), `extract` (each report's answer, from its own best sentences, by the `llm`:
local llama.cpp or a hosted OpenAI-compatible model), `verify` (every answer checked
against the sentence it stands in), `compare` (the reports' values: disagree, agree,
changed), `timeline` (dated events; `dates` and `relative` read dates), `answer` (the
final, cited answer), `chat` (the conversation). Records in `types`, settings in
`config`, errors in `errors`. Names below are imported lazily, so importing `rag`
(and running `rag --help`) stays instant.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Config": "rag.config",
    "Assistant": "rag.chat",
    "Index": "rag.index",
    "Retriever": "rag.retrieve",
    "Embedder": "rag.embed",
    "LLMPool": "rag.llm",
    "read_articles": "rag.ingest",
    "Article": "rag.types",
    "Chunk": "rag.types",
    "Hit": "rag.types",
    "Answer": "rag.types",
    "Citation": "rag.types",
    "Filters": "rag.types",
    "Evidence": "rag.types",
    "Token": "rag.types",
    "Done": "rag.types",
    "RagError": "rag.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'rag' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
