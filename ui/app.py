"""The Gradio app: Chat, Corpus and Eval tabs over one `rag.chat.Assistant`.

Chat streams the answer; "What each outlet says", any "Sources disagree" block and
the passage cards appear as soon as retrieval is done, before the model's first
token. Corpus lists, uploads (ingested at once, with progress) and deletes
articles. Eval shows the latest report and runs the quick (retrieval) eval.
Library errors become `gr.Error` messages; nothing shows a traceback.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from rag.chat import Assistant
from rag.errors import RagError
from rag.ingest import SUPPORTED, read_file
from rag.types import Done, Evidence, Filters, Token
from ui import render

log = logging.getLogger(__name__)

EXAMPLES = [
    "Why did Putin cancel his visit to Paris?",
    "How many people were killed in Aleppo on Tuesday?",
    "On what date was Putin supposed to be in Paris?",
    "Which TV channel did Hollande speak to?",
]
MODEL_LABELS = {
    "local": "Qwen2.5 1.5B (local, default)",
    "small": "Qwen2.5 0.5B (local, faster)",
    "tiny": "SmolLM2 135M (plumbing only)",
}


@dataclass(frozen=True)
class AppOptions:
    eval_dir: Path = Path("eval/runs/seeds")  # the report the Eval tab shows (make eval)
    max_upload_bytes: int = 5_000_000
    concurrency: int = 4  # chat requests served at once (the LLM itself is serialised)
    queue_size: int = 64


def build_app(assistant: Assistant, options: AppOptions = AppOptions()) -> gr.Blocks:
    with gr.Blocks(title="news-chat") as demo:
        gr.Markdown("## news-chat — answers from the news, every claim cited")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat-tab"):
                outlet = _chat_tab(assistant)
            with gr.Tab("Corpus", id="corpus-tab"):
                _corpus_tab(assistant, options, outlet)
            with gr.Tab("Eval", id="eval-tab"):
                _eval_tab(assistant, options)
    return demo


# --- chat ---------------------------------------------------------------------------


def _chat_tab(assistant: Assistant) -> gr.Dropdown:
    """The chat column and the sources column; returns the outlet filter (the Corpus
    tab refreshes its choices when articles come and go)."""
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                elem_id="chatbot", height=520, label="Chat", buttons=["copy"], feedback_options=None
            )
            question = gr.Textbox(
                elem_id="question",
                placeholder="Ask about the articles…",
                show_label=False,
                max_lines=4,
            )
            with gr.Row():
                send = gr.Button("Ask", variant="primary", elem_id="ask-btn")
                clear = gr.Button("Clear chat", elem_id="clear-btn")
            gr.Examples(EXAMPLES, inputs=question, label="Try")
            with gr.Accordion("Settings", open=False):
                default = "hosted" if assistant.config.hosted else assistant.config.llm
                names = assistant.llms.choices()
                if default not in names:  # the Dropdown rejects a value that is not a choice
                    names = [default, *names]
                choices = [
                    (
                        MODEL_LABELS.get(
                            c, f"Hosted: {assistant.config.llm_model}" if c == "hosted" else c
                        ),
                        c,
                    )
                    for c in names
                ]
                model = gr.Dropdown(choices, value=default, label="Model", elem_id="model")
                k = gr.Slider(
                    1, 10, value=assistant.config.top_k, step=1, label="Passages", elem_id="k"
                )
                outlet = gr.Dropdown(
                    _outlets(assistant), value="", label="Outlet", elem_id="outlet"
                )
                since = gr.Textbox(label="Published since (YYYY-MM-DD)", elem_id="since")
                until = gr.Textbox(label="Published until (YYYY-MM-DD)", elem_id="until")
        with gr.Column(scale=2):
            outlets = gr.HTML(elem_id="outlets")
            sources = gr.HTML(render.sources_html(()), elem_id="sources", label="Sources")
    inputs = [question, chatbot, model, k, outlet, since, until]
    outputs = [chatbot, outlets, sources, question]
    handler = _responder(assistant)
    send.click(handler, inputs, outputs, concurrency_id="chat")
    question.submit(handler, inputs, outputs, concurrency_id="chat")
    clear.click(lambda: ([], "", render.sources_html(()), ""), None, outputs, queue=False)
    return outlet


def _outlets(assistant: Assistant) -> list[tuple[str, str]]:
    names = sorted({a.outlet for a in assistant.index.list_articles() if a.outlet})
    return [("All outlets", ""), *[(n, n) for n in names]]


def _responder(assistant: Assistant) -> Any:
    def respond(
        question: str,
        history: list[dict[str, Any]] | None,
        model: str,
        k: float,
        outlet: str,
        since: str,
        until: str,
    ) -> Iterator[tuple[Any, ...]]:
        history = list(history or [])
        try:
            question = assistant.check_question(question or "")
            filters = Filters(outlet=outlet or None, since=_date(since), until=_date(until))
        except RagError as err:
            raise gr.Error(str(err)) from None
        if assistant.index.count() == 0:
            raise gr.Error(
                "The index is empty: add articles in the Corpus tab (or `rag ingest seeds/`)."
            )
        asked = [str(m["content"]) for m in history if m.get("role") == "user"]
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": "Searching the articles…"},
        ]
        yield history, gr.update(), gr.update(), ""
        streamed = ""
        try:
            for event in assistant.ask(
                question, history=asked, filters=filters, k=int(k), llm=model
            ):
                if isinstance(event, Evidence):
                    history[-1]["content"] = "Writing the answer…" if event.relevant else "…"
                    yield (
                        history,
                        render.outlets_html(event.outlets)
                        + render.disagreement_html(event.disagreements),
                        render.sources_html(event.passages),
                        "",
                    )
                elif isinstance(event, Token):
                    streamed += event.text
                    history[-1]["content"] = render.streaming_html(streamed)
                    yield history, gr.update(), gr.update(), ""
                elif isinstance(event, Done):
                    answer = event.answer
                    history[-1]["content"] = render.answer_html(answer)
                    articles = {
                        c.article_id: _article_text(assistant, c.article_id)
                        for c in answer.citations
                    }
                    yield (
                        history,
                        gr.update(),
                        render.sources_html(answer.passages, answer.citations, articles),
                        "",
                    )
        except RagError as err:
            raise gr.Error(str(err)) from None

    return respond


def _date(value: str) -> str | None:
    from rag.ingest import parse_date

    value = (value or "").strip()
    if not value:
        return None
    parsed = parse_date(value)
    if not parsed:
        raise RagError(f"expected a date as YYYY-MM-DD, got {value!r}")
    return parsed


def _article_text(assistant: Assistant, article_id: str) -> str:
    article = assistant.index.article(article_id)
    return article.text if article else ""


# --- corpus -------------------------------------------------------------------------


def _corpus_tab(assistant: Assistant, options: AppOptions, outlet: gr.Dropdown) -> None:
    table = gr.Dataframe(
        _article_rows(assistant),
        headers=["id", "title", "outlet", "date", "chunks"],
        elem_id="articles",
        interactive=False,
        wrap=True,
    )
    with gr.Row():
        # No file_types: Gradio would reject a whole batch for one unsupported file before
        # `ingest` runs; `read_file` reports each such file in the status instead.
        upload = gr.File(
            file_count="multiple",
            elem_id="upload",
            label=f"Add articles ({', '.join(SUPPORTED)}; "
            f"≤ {options.max_upload_bytes // 1_000_000} MB each)",
        )  # noqa: E501
        with gr.Column():
            ingest_btn = gr.Button("Add to index", variant="primary", elem_id="ingest-btn")
            status = gr.Markdown(elem_id="ingest-status")
    with gr.Row():
        victim = gr.Dropdown(_ids(assistant), label="Article to delete", elem_id="delete-id")
        delete_btn = gr.Button("Delete article", variant="stop", elem_id="delete-btn")

    def ingest(files: list[Any] | None, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        message = _ingest_uploads(assistant, files or [], options, progress)
        return (
            message,
            _article_rows(assistant),
            gr.update(choices=_ids(assistant)),
            None,
            gr.update(choices=_outlets(assistant)),
        )

    def delete(article_id: str | None) -> tuple[Any, ...]:
        if not article_id:
            raise gr.Error("Choose an article to delete.")
        if not assistant.index.delete(article_id):
            raise gr.Error(f"No article with id {article_id!r}.")
        assistant.index.lexical()
        return (
            f"Deleted `{article_id}`.",
            _article_rows(assistant),
            gr.update(choices=_ids(assistant), value=None),
            gr.update(choices=_outlets(assistant)),
        )

    ingest_btn.click(
        ingest, upload, [status, table, victim, upload, outlet], concurrency_id="ingest"
    )
    delete_btn.click(delete, victim, [status, table, victim, outlet], concurrency_id="ingest")


def _article_rows(assistant: Assistant) -> list[list[Any]]:
    return [
        [a.id, a.title, a.outlet, a.published_at, a.n_chunks]
        for a in assistant.index.list_articles()
    ]


def _ids(assistant: Assistant) -> list[str]:
    return [a.id for a in assistant.index.list_articles()]


def safe_upload_name(name: str) -> str:
    """A file name that cannot leave the uploads folder (no separators, no dot-dot)."""
    base = re.split(r"[\\/]", name)[-1]
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip(".")
    return base[:120] or "upload.txt"


def _ingest_uploads(
    assistant: Assistant, files: list[Any], options: AppOptions, progress: Any
) -> str:
    if not files:
        raise gr.Error("Choose one or more files first.")
    folder = Path(assistant.config.data_dir) / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    items, lines = [], []
    for f in progress.tqdm(files, desc="Reading"):
        source = Path(getattr(f, "name", None) or str(f))
        name = safe_upload_name(getattr(f, "orig_name", None) or source.name)
        target = (folder / name).resolve()
        if target.parent != folder.resolve():  # belt and braces: never write outside
            lines.append(f"- ❌ `{name}`: refused file name")
            continue
        if source.stat().st_size > options.max_upload_bytes:
            lines.append(
                f"- ❌ `{name}`: {source.stat().st_size / 1e6:.1f} MB is over the upload limit"
            )
            continue
        shutil.copyfile(source, target)
        limit = assistant.config.max_article_chars
        items.extend(read_file(target, options.max_upload_bytes, name=name, max_chars=limit))
    progress(0.5, desc="Embedding")
    report = assistant.index.ingest(items)
    assistant.index.lexical()
    lines += [
        f"- {'❌' if p.fatal else '⚠️'} `{Path(p.source).name}`: {p.message}"
        for p in report.problems
    ]
    return f"**{report.summary()}**\n" + "\n".join(lines)


# --- eval ---------------------------------------------------------------------------


def _eval_tab(assistant: Assistant, options: AppOptions) -> None:
    report = gr.Markdown(_report_text(options.eval_dir), elem_id="eval-report")
    with gr.Row():
        chart = gr.Image(
            _chart(options.eval_dir, "accuracy_by_type.png"),
            label="By type",
            elem_id="eval-chart",
            interactive=False,
        )
        latency = gr.Image(
            _chart(options.eval_dir, "latency.png"),
            label="Latency",
            elem_id="eval-latency",
            interactive=False,
        )
    run = gr.Button("Run the quick eval (retrieval, seeds gold set)", elem_id="eval-btn")

    def quick(progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:
        out = Path(assistant.config.data_dir) / "eval" / "quick"
        _run_quick_eval(assistant, out, progress)
        return _report_text(out), _chart(out, "accuracy_by_type.png"), _chart(out, "latency.png")

    run.click(quick, None, [report, chart, latency], concurrency_id="eval")


def _report_text(folder: Path) -> str:
    path = Path(folder) / "report.md"
    if not path.is_file():
        return "No eval report yet: run `make eval`, or the quick eval below."
    text = path.read_text(encoding="utf-8")
    return re.sub(r"!\[[^\]]*\]\([^)]*\)\n?", "", text)  # the charts are shown beside it


def _chart(folder: Path, name: str) -> str | None:
    path = Path(folder) / name
    return str(path) if path.is_file() else None


def _run_quick_eval(assistant: Assistant, out: Path, progress: Any) -> None:
    from eval import dataset, report, runner
    from eval.cli import DEFAULT_DATASET

    cases = dataset.load(DEFAULT_DATASET)
    c = assistant.config
    settings = runner.RunSettings(
        str(DEFAULT_DATASET), c.top_k, c.llm, True, c.hybrid, c.rerank, c.min_relevance
    )
    shutil.rmtree(out, ignore_errors=True)
    results = [
        runner.run_case(assistant, case, settings) for case in progress.tqdm(cases, desc="Cases")
    ]
    report.write(runner.summarize(cases, results, settings), out)


# --- launch -------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def launch(
    demo: gr.Blocks,
    host: str,
    port: int,
    auth: tuple[str, str] | None,
    options: AppOptions = AppOptions(),
    block: bool = True,
) -> Any:
    """Serve `demo`; a non-loopback address requires auth."""
    if not is_loopback(host) and auth is None:
        raise RagError(
            f"refusing to serve on {host} without --auth user:pass (or RAG_AUTH); "
            "bind 127.0.0.1 or set credentials"
        )
    demo.queue(default_concurrency_limit=options.concurrency, max_size=options.queue_size)
    return demo.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        share=False,
        inbrowser=False,
        max_file_size=options.max_upload_bytes,
        prevent_thread_lock=not block,
        css=render.CSS,
        js=render.JS,
        show_error=True,
        quiet=True,
        ssr_mode=False,
    )
