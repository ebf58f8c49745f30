"""The Chat tab: the question box, the streamed answer and the evidence column.

"What each outlet says" and the passage cards appear as soon as retrieval is done,
before the model's first token; each outlet's answer streams, then the verified answer
replaces it, with the block that compares the outlets (disagree / agree / changed).
Library errors become `gr.Error` messages.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from rag.chat import Assistant
from rag.dates import parse_filter_date
from rag.errors import RagError
from rag.types import Done, Evidence, Filters, Token
from ui import render

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


def chat_tab(assistant: Assistant) -> gr.Dropdown:
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
                as_of = gr.Textbox(
                    label="As of (YYYY-MM-DD): only reports published by then",
                    placeholder="any date",
                    value="",
                    elem_id="as-of",
                    max_lines=1,
                )
            gr.Examples(EXAMPLES, inputs=question, label="Try")
            with gr.Accordion("Settings", open=False) as settings:
                default = assistant.config.default_llm
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
                    outlet_choices(assistant), value="", label="Outlet", elem_id="outlet"
                )
                since = gr.Textbox(label="Published since (YYYY-MM-DD)", elem_id="since")
                until = gr.Textbox(label="Published until (YYYY-MM-DD)", elem_id="until")
                story = gr.Dropdown(
                    story_choices(assistant), value="", label="Story", elem_id="story"
                )
                settings.expand(
                    lambda: gr.update(choices=story_choices(assistant)),
                    None,
                    story,
                    queue=False,
                    api_visibility="private",
                )  # stories change as articles are added
        with gr.Column(scale=2):
            outlets = gr.HTML(elem_id="outlets")
            sources = gr.HTML(render.sources_html(()), elem_id="sources", label="Sources")
    inputs = [question, chatbot, model, k, outlet, since, until, story, as_of]
    outputs = [chatbot, outlets, sources, question]
    handler = _responder(assistant)
    send.click(handler, inputs, outputs, concurrency_id="chat")
    question.submit(handler, inputs, outputs, concurrency_id="chat")
    clear.click(lambda: ([], "", render.sources_html(()), ""), None, outputs, queue=False)
    return outlet


def outlet_choices(assistant: Assistant) -> list[tuple[str, str]]:
    names = sorted({a.outlet for a in assistant.index.list_articles() if a.outlet})
    return [("All outlets", ""), *[(n, n) for n in names]]


def story_choices(assistant: Assistant, limit: int = 500) -> list[tuple[str, str]]:
    """The latest stories (label, first report, size) for the story filter."""
    stories = assistant.index.stories()[:limit]
    return [
        ("All stories", ""),
        *[
            (f"{s.label} — {s.first_published or 'undated'} ({len(s.articles)} articles)", s.id)
            for s in stories
        ],
    ]


def _responder(assistant: Assistant) -> Any:
    def respond(
        question: str,
        history: list[dict[str, Any]] | None,
        model: str,
        k: float,
        outlet: str,
        since: str,
        until: str,
        story: str = "",
        as_of: str = "",
    ) -> Iterator[tuple[Any, ...]]:
        history = list(history or [])
        try:
            question = assistant.check_question(question or "")
            filters = Filters(
                outlet=outlet or None,
                since=parse_filter_date(since, "Published since"),
                until=parse_filter_date(until, "Published until"),
                story=story or None,
            )
            day = parse_filter_date(as_of, "As of")
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
            passages = None if int(k) == assistant.config.top_k else int(k)  # default: auto
            for event in assistant.ask(
                question, history=asked, filters=filters, k=passages, llm=model, as_of=day
            ):
                if isinstance(event, Evidence):
                    history[-1]["content"] = "Writing the answer…" if event.relevant else "…"
                    yield (
                        history,
                        render.outlets_html(event.outlets),
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


def _article_text(assistant: Assistant, article_id: str) -> str:
    article = assistant.index.article(article_id)
    return article.text if article else ""
