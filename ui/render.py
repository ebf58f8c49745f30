"""HTML for the chat: answers with clickable [n] marks, source cards, evidence blocks.

Pure functions from `rag` records to HTML strings (everything user- or
article-supplied is escaped), so they can be tested without a browser. A mark
`[n]` becomes `<a class="cite" href="#src-n">`; the page script scrolls to and
highlights card `src-n`. Unsupported sentences are wrapped in `.unsupported`.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from rag.text import MARK, web_link
from rag.types import Answer, Citation, Comparison, Hit, OutletEvidence, SlotValue, SourceSupport

_STATIC = Path(__file__).parent / "static"
CSS = (_STATIC / "chat.css").read_text(encoding="utf-8")
JS = (_STATIC / "chat.js").read_text(encoding="utf-8")  # highlights the card of a clicked [n]


def marks_to_links(text: str) -> str:
    """Escape `text` and turn each [n] into a link to source card n."""
    return MARK.sub(
        lambda m: (
            f'<a class="cite" href="#src-{m.group(1)}" data-n="{m.group(1)}">[{m.group(1)}]</a>'
        ),
        escape(text, quote=False),
    )


def answer_html(answer: Answer) -> str:
    """The assistant's message: the direct answer, the quotes it stands on (a line
    each, marks as links), then how the outlets compare."""
    if answer.fallback or answer.refused or not answer.sentences:
        body = marks_to_links(answer.text).replace("\n", "<br>")
    else:
        lines = [_sentence_html(s.text, s.citations, s.supported) for s in answer.sentences]
        body = lines[0] + "".join(f'<div class="quote">{line}</div>' for line in lines[1:])
    parts = [f'<div class="answer">{body}</div>']
    if answer.fallback and answer.refusal_reason:
        parts.append(f'<div class="notice">⚠ {escape(answer.refusal_reason)}</div>')
    if answer.support is not None and not answer.refused:
        parts.append(support_html(answer.support))
    parts.append(comparison_html(answer.comparisons))
    return "".join(parts)


def _sentence_html(text: str, citations: Sequence[int], supported: bool) -> str:
    inline = bool(MARK.search(text))  # "Sources disagree on …: X says 16 [1]; Y says 12 [2]."
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


_HEADINGS = {
    "disagree": "Sources disagree",
    "agree": "Sources agree",
    "changed": "Changed over time (latest first)",
}


def comparison_html(comparisons: Sequence[Comparison]) -> str:
    """One block per comparison: outlets that disagree (each value with its quote),
    that agree (how many), or a value that changed between reports (with dates)."""
    blocks = []
    for c in comparisons:
        values = list(reversed(c.values)) if c.relation == "changed" else list(c.values)
        rows = "".join(_value_html(v) for v in values)
        heading = _HEADINGS.get(c.relation, c.relation)
        if c.relation == "agree":
            outlets = len({v.outlet for v in c.values})
            heading = f"{outlets} outlet{'s' if outlets != 1 else ''} agree"
        silent = (
            f'<div class="silent">Not stated by: {escape(", ".join(c.silent))}</div>'
            if c.silent
            else ""
        )
        blocks.append(
            f'<div class="compare {escape(c.relation)}"><h4>{escape(heading)}: '
            f'{escape(c.slot)}</h4><div class="values">{rows}</div>{silent}</div>'
        )
    return "".join(blocks)


def _value_html(v: SlotValue) -> str:
    when = f", {escape(v.published_at)}" if v.published_at else ""
    return (
        f'<div class="value"><b>{escape(v.value)}</b> — {escape(v.outlet)}{when} '
        f"{marks_to_links(f'[{v.n}]')}<br><q>{escape(v.quote)}</q></div>"
    )


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
    if web_link(c.url):  # only http(s); anything else stays plain text
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


def support_html(support: SourceSupport) -> str:
    """ "4 outlets · 2 independent sources"; hovering lists the outlets behind each
    independent source (all copies and rewrites of one wire story are one source)."""
    if not support.outlets:
        return ""
    outlets = f"{support.outlets} outlet{'s' if support.outlets != 1 else ''}"
    independent = (
        f"{support.independent} independent source{'s' if support.independent != 1 else ''}"
    )
    detail = "; ".join(" + ".join(source) for source in support.sources)
    return (
        f'<div class="support" title="{escape(detail)}">'
        f"{escape(outlets)} · {escape(independent)}</div>"
    )
