"""HTML for the chat: answers with clickable [n] marks, source cards, evidence blocks.

Pure functions from `rag` records to HTML strings (everything user- or
article-supplied is escaped), so they can be tested without a browser. A mark
`[n]` becomes `<a class="cite" href="#src-n">`; the page script scrolls to and
highlights card `src-n`. Unsupported sentences are wrapped in `.unsupported`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from pathlib import Path

from rag.types import Answer, Citation, Disagreement, Hit, OutletEvidence

_MARK = re.compile(r"\[(\d+)\]")

_STATIC = Path(__file__).parent / "static"
CSS = (_STATIC / "chat.css").read_text(encoding="utf-8")
JS = (_STATIC / "chat.js").read_text(encoding="utf-8")  # highlights the card of a clicked [n]


def marks_to_links(text: str) -> str:
    """Escape `text` and turn each [n] into a link to source card n."""
    return _MARK.sub(
        lambda m: (
            f'<a class="cite" href="#src-{m.group(1)}" data-n="{m.group(1)}">[{m.group(1)}]</a>'
        ),
        escape(text, quote=False),
    )


def answer_html(answer: Answer) -> str:
    """The assistant's message: verified sentences, marks as links, disagreement block."""
    if answer.fallback or answer.refused or not answer.sentences:
        body = marks_to_links(answer.text).replace("\n", "<br>")
    else:
        body = " ".join(_sentence_html(s.text, s.citations, s.supported) for s in answer.sentences)
    parts = [f'<div class="answer">{body}</div>']
    if answer.fallback and answer.refusal_reason:
        parts.append(f'<div class="notice">⚠ {escape(answer.refusal_reason)}</div>')
    parts.append(disagreement_html(answer.disagreements))
    return "".join(parts)


def _sentence_html(text: str, citations: Sequence[int], supported: bool) -> str:
    inline = bool(_MARK.search(text))  # e.g. "Sources disagree: X says 16 [1]; Y says 12 [2]."
    marks = "" if inline else "".join(marks_to_links(f"[{n}]") for n in citations)
    sentence = marks_to_links(text)
    if supported:
        return f"{sentence} {marks}".strip()
    tag = (
        '<span class="unsupported-tag" title="No passage supports this sentence">unsupported</span>'
    )
    return f'<span class="unsupported">{sentence}</span>{tag} {marks}'.strip()


def streaming_html(text: str) -> str:
    return marks_to_links(text).replace("\n", "<br>") + " ▍"


def disagreement_html(disagreements: Sequence[Disagreement]) -> str:
    if not disagreements:
        return ""
    blocks = []
    for d in disagreements:
        values = "".join(
            f'<div class="value"><b>{escape(v.value)}</b> — {escape(v.outlet)} '
            f"{marks_to_links(f'[{v.n}]')}<br><q>{escape(v.quote)}</q></div>"
            for v in d.values
        )
        blocks.append(
            f'<div class="disagree"><h4>Sources disagree ({escape(d.kind)})</h4>'
            f'<div class="values">{values}</div></div>'
        )
    return "".join(blocks)


def outlets_html(outlets: Sequence[OutletEvidence]) -> str:
    if not outlets:
        return ""
    items = "".join(
        f"<li><b>{escape(e.outlet)}</b>: “{escape(e.sentence)}” {marks_to_links(f'[{e.n}]')}</li>"
        for e in outlets
    )
    return f'<div class="outlets"><h4>What each outlet says</h4><ul>{items}</ul></div>'


def sources_html(
    passages: Sequence[Hit],
    citations: Sequence[Citation] = (),
    articles: dict[str, str] | None = None,
) -> str:
    """One card per passage; the cited sentence is highlighted, the article is one click away."""
    if not passages:
        return '<div class="sources-empty">No passages yet.</div>'
    quotes = {c.n: c.quote for c in citations}
    cards = [
        _card(n, hit, quotes.get(n, ""), (articles or {}).get(hit.chunk.article_id, ""))
        for n, hit in enumerate(passages, 1)
    ]
    return "".join(cards)


def _card(n: int, hit: Hit, quote: str, article_text: str) -> str:
    c = hit.chunk
    title = escape(c.title or c.article_id)
    if c.url:
        title = f'<a href="{escape(c.url)}" target="_blank" rel="noopener noreferrer">{title}</a>'
    meta = " · ".join(
        escape(x) for x in (c.outlet or "Unknown outlet", c.published_at or "undated")
    )
    passage = escape(c.text, quote=False)
    if quote and quote in c.text:
        passage = passage.replace(
            escape(quote, quote=False), f"<mark>{escape(quote, quote=False)}</mark>", 1
        )
    whole = (
        (
            f"<details><summary>Whole article</summary><div>{escape(article_text, quote=False)}"
            "</div></details>"
        )
        if article_text
        else ""
    )
    return (
        f'<div class="source-card" id="src-{n}"><div><b>[{n}]</b> {title}</div>'
        f'<div class="meta">{meta}</div><div class="passage">{passage}</div>{whole}</div>'
    )
