"""The Gradio app: Chat, Corpus and Eval tabs over one `rag.chat.Assistant`.

Each tab lives in its own module (`ui.chat_tab`, `ui.corpus_tab`, `ui.eval_tab`);
serving is `ui.launch`. Chat streams the answer; "What each outlet says", any
"Sources disagree" block and the passage cards appear as soon as retrieval is done.
Corpus lists, uploads and deletes articles. Eval shows the latest report and runs the
quick (retrieval) eval. Library errors become `gr.Error` messages, never tracebacks.
"""

from __future__ import annotations

import gradio as gr

from rag.chat import Assistant
from ui.chat_tab import chat_tab
from ui.corpus_tab import corpus_tab, safe_upload_name
from ui.eval_tab import eval_tab
from ui.launch import is_loopback, launch
from ui.options import AppOptions

__all__ = ["AppOptions", "build_app", "is_loopback", "launch", "safe_upload_name"]


def build_app(assistant: Assistant, options: AppOptions | None = None) -> gr.Blocks:
    options = options or AppOptions()
    with gr.Blocks(title="news-chat") as demo:
        gr.Markdown("## news-chat — answers from the news, every claim cited")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat-tab"):
                outlet = chat_tab(assistant)
            with gr.Tab("Corpus", id="corpus-tab"):
                corpus_tab(assistant, options, outlet)
            with gr.Tab("Eval", id="eval-tab"):
                eval_tab(assistant, options)
    return demo
