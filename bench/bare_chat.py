"""The bare baseline app: the libraries news-chat is built on, wired with nothing of ours.

A SentenceTransformer (the packaged model), a chromadb PersistentClient collection
of the seed chunks, a llama_cpp.Llama and a gr.ChatInterface whose handler embeds
the question, takes the top 4 chunks from Chroma, and streams the model's answer to
the same system prompt. `--prepare` ingests the seeds once (untimed) into our index
and into the bare collection, and exits.
Used by the start-up and memory benchmarks as the "raw libraries" denominator.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rag.config import REPO_ROOT, Config, apply_runtime_env

COLLECTION = "bare_chunks"
SYSTEM = (REPO_ROOT / "prompts" / "answer_system.txt").read_text(encoding="utf-8")


def _store(data: Path) -> Any:
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(
        str(data / "bare-chroma"), Settings(anonymized_telemetry=False)
    )
    return client.get_or_create_collection(
        COLLECTION, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
    )


def _encoder() -> Any:
    from sentence_transformers import SentenceTransformer

    from rag.models import embed_model_path

    path = embed_model_path(Config().embed_model)
    return SentenceTransformer(path, device="cpu", local_files_only=True)


def prepare(data: Path) -> None:
    """The seeds in our index (as `rag ingest seeds/` stores them) and in the bare collection."""
    from dataclasses import replace

    from rag.index import Index, chunk_article
    from rag.ingest import read_articles
    from rag.types import Article

    c = replace(Config.from_env(), data_dir=data, chroma_url=None)
    articles = [
        a for a in read_articles([REPO_ROOT / "seeds"], c.max_file_bytes) if isinstance(a, Article)
    ]
    index = Index.open(c)
    index.ingest(articles)
    index.lexical()
    chunks = [ch for a in articles for ch in chunk_article(a, c.chunk_size, c.chunk_overlap)]
    vectors = _encoder().encode([ch.text for ch in chunks], normalize_embeddings=True)
    _store(data).upsert(
        ids=[ch.id for ch in chunks], embeddings=vectors, documents=[ch.text for ch in chunks]
    )


def serve(data: Path, model: Path, port: int) -> None:
    import gradio as gr
    from llama_cpp import Llama

    c = Config.from_env()
    encoder, collection = _encoder(), _store(data)
    llm = Llama(
        model_path=str(model),
        n_ctx=c.n_ctx,
        n_threads=c.n_threads,
        n_threads_batch=c.n_threads,
        verbose=False,
        seed=0,
    )

    def respond(message: str, history: list[Any]) -> Iterator[str]:
        vector = encoder.encode([message], normalize_embeddings=True)[0]
        found = collection.query(query_embeddings=[vector], n_results=4)
        passages = "\n\n".join(f"[{i}] {d}" for i, d in enumerate(found["documents"][0], 1))
        messages: list[Any] = [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Passages:\n{passages}\n\nQuestion: {message}"},
        ]
        text = ""
        for part in llm.create_chat_completion(
            messages=messages, max_tokens=c.max_answer_tokens, stream=True, temperature=0.0, top_k=1
        ):
            # llama-cpp-python types stream parts as a union with the whole response
            text += str(part["choices"][0]["delta"].get("content") or "")  # type: ignore[index,union-attr]
            yield text

    demo = gr.ChatInterface(respond, title="bare", api_name="chat")
    demo.queue().launch(server_name="127.0.0.1", server_port=port, quiet=True, ssr_mode=False)


def main() -> None:
    apply_runtime_env()
    parser = argparse.ArgumentParser(prog="python -m bench.bare_chat")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--model", type=Path)
    parser.add_argument("--port", type=int, default=7861)
    args = parser.parse_args()
    if args.prepare:
        prepare(args.data_dir)
    else:
        serve(args.data_dir, args.model, args.port)


if __name__ == "__main__":
    main()
