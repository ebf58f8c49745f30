"""The Corpus tab: the stories, the indexed articles, uploads (ingested at once) and deletes.

The stories table lists what `rag stories` lists: articles about one event grouped at
ingest, with a short label, how many articles, outlets and independent sources (wire
copies of one story count once), the first report and the latest update.

Upload names are confined to `DATA_DIR/uploads`; every file that cannot be read gets
its own line in the status, and the rest of the batch is still ingested.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import gradio as gr

from rag.chat import Assistant
from rag.ingest import SUPPORTED, read_file
from rag.types import Article, Problem
from ui.chat_tab import outlet_choices
from ui.options import AppOptions

STORY_HEADERS = [
    "story",
    "label",
    "articles",
    "outlets",
    "independent",
    "first report",
    "latest update",
]


def corpus_tab(assistant: Assistant, options: AppOptions, outlet: gr.Dropdown) -> None:
    stories = gr.Dataframe(
        story_rows(assistant),
        headers=STORY_HEADERS,
        label="Stories: articles about one event, grouped as they are added",
        elem_id="stories",
        interactive=False,
        wrap=True,
        column_widths=["9%", "20%", "6%", "35%", "8%", "11%", "11%"],
        max_height=420,
    )
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
        )
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
            gr.update(choices=outlet_choices(assistant)),
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
            gr.update(choices=outlet_choices(assistant)),
        )

    def refresh() -> list[list[Any]]:
        return story_rows(assistant)

    ingest_btn.click(
        ingest, upload, [status, table, victim, upload, outlet], concurrency_id="ingest"
    ).then(refresh, None, stories, api_visibility="private")
    delete_btn.click(delete, victim, [status, table, victim, outlet], concurrency_id="ingest").then(
        refresh, None, stories, api_visibility="private"
    )


def story_rows(assistant: Assistant) -> list[list[Any]]:
    """One row per story, latest update first."""
    return [
        [
            s.id,
            s.label,
            len(s.articles),
            ", ".join(s.outlets),
            s.independent,
            f"{s.first_published or 'undated'} · {s.first_outlet}",
            f"{s.latest_published or 'undated'} · {s.latest_outlet}",
        ]
        for s in assistant.index.stories()
    ]


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
    items: list[Article | Problem] = []
    lines: list[str] = []
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
