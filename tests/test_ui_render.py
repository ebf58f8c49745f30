"""ui.render and the small ui.app helpers: pure functions, no server, no browser."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from rag.answer import citation
from rag.types import (
    Answer,
    Chunk,
    Citation,
    Comparison,
    Hit,
    OutletEvidence,
    SentenceSupport,
    SlotValue,
)
from ui import render
from ui.app import is_loopback, safe_upload_name


def _hit(n: int, text: str, article_id: str | None = None, **chunk: str) -> Hit:
    article_id = article_id or f"art{n}"
    return Hit(
        Chunk(
            id=f"{article_id}#0",
            article_id=article_id,
            text=text,
            position=0,
            start=0,
            end=len(text),
            **chunk,
        ),
        score=1.0 / n,
        relevance=0.8,
    )


def _citation(n: int, hit: Hit, quote: str) -> Citation:
    return citation(n, hit, quote)


ALEPPO = Comparison(
    slot="number of people killed in Aleppo on Tuesday",
    kind="number",
    relation="disagree",
    values=(
        SlotValue("12", "Arutz Sheva", 1, "At least 12 civilians were killed on Tuesday."),
        SlotValue("16", "Newsmax", 2, "Airstrikes killed at least 16 people on Tuesday."),
    ),
)
TOLL = Comparison(
    slot="death toll",
    kind="number",
    relation="changed",
    values=(
        SlotValue("12", "Daily Ledger", 1, "Twelve people have died.", "2026-10-03"),
        SlotValue("19", "Metro Wire", 2, "The toll rose to 19.", "2026-10-05"),
    ),
    silent=("Harbour Post",),
)


# --- marks_to_links -------------------------------------------------------------------


def test_marks_to_links_escapes_text_and_links_marks() -> None:
    text = '<b>Putin</b> & "Hollande" <script>alert(1)</script> [1] and [12].'
    html = render.marks_to_links(text)
    assert "<b>" not in html and "<script>" not in html
    assert "&lt;b&gt;Putin&lt;/b&gt; &amp;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<a class="cite" href="#src-1" data-n="1">[1]</a>' in html
    assert '<a class="cite" href="#src-12" data-n="12">[12]</a>' in html
    assert re.findall(r'data-n="(\d+)"', html) == ["1", "12"]


def test_marks_to_links_leaves_non_numeric_brackets_alone() -> None:
    html = render.marks_to_links("see [n] and [a1] but not [ 2 ]")
    assert "<a" not in html
    assert "[n]" in html and "[a1]" in html


# --- answer_html ----------------------------------------------------------------------


def _answer(**overrides: object) -> Answer:
    passages = (_hit(1, "Putin cancelled the visit."), _hit(2, "Hollande spoke to TF1."))
    values: dict[str, object] = dict(
        question="Why?",
        text="Putin cancelled the visit [1]. The moon is cheese [2].",
        passages=passages,
        sentences=(
            SentenceSupport("Putin cancelled the visit.", (1,), 0.9, True),
            SentenceSupport("The moon is <cheese>.", (2,), 0.1, False),
        ),
    )
    values.update(overrides)
    return Answer(**values)  # type: ignore[arg-type]


def test_answer_html_marks_unsupported_sentences() -> None:
    html = render.answer_html(_answer())
    assert html.startswith('<div class="answer">')
    supported, unsupported = html.split('<span class="unsupported">', 1)
    assert "Putin cancelled the visit." in supported
    assert 'data-n="1"' in supported
    assert unsupported.startswith("The moon is &lt;cheese&gt;.</span>")
    assert 'class="unsupported-tag"' in unsupported and 'data-n="2"' in unsupported
    assert html.count('class="unsupported"') == 1
    assert "Sources disagree" not in html


def test_answer_html_shows_the_comparison_blocks() -> None:
    html = render.answer_html(_answer(comparisons=(ALEPPO,)))
    assert '<div class="compare disagree">' in html
    assert "Sources disagree: number of people killed in Aleppo on Tuesday" in html
    block = html[html.index('<div class="compare disagree">') :]
    assert "<b>12</b> — Arutz Sheva" in block and "<b>16</b> — Newsmax" in block
    assert 'data-n="1"' in block and 'data-n="2"' in block
    assert "<q>At least 12 civilians were killed on Tuesday.</q>" in block
    changed = render.comparison_html((TOLL,))
    assert "Changed over time (latest first): death toll" in changed
    assert changed.index("<b>19</b>") < changed.index("<b>12</b>")  # the latest first
    assert "Metro Wire, 2026-10-05" in changed and "Not stated by: Harbour Post" in changed
    agree = replace(ALEPPO, relation="agree", values=ALEPPO.values[:1] * 1)
    assert "1 outlet agree" in render.comparison_html((agree,))


def test_answer_html_fallback_keeps_marks_lines_and_notice() -> None:
    text = "I could not give a verified answer; what each outlet says:\n- Newsmax: “<x>” [2]"
    html = render.answer_html(
        _answer(
            text=text, sentences=(), fallback=True, refused=True, refusal_reason="model <timeout>"
        )
    )
    assert "<br>- Newsmax: “&lt;x&gt;” " in html
    assert '<a class="cite" href="#src-2" data-n="2">[2]</a>' in html
    assert '<div class="notice">⚠ model &lt;timeout&gt;</div>' in html


def test_streaming_html_has_cursor_and_links() -> None:
    html = render.streaming_html("Putin cancelled [1]\nbecause")
    assert html.endswith(" ▍")
    assert 'data-n="1"' in html and "<br>because" in html


def test_outlets_html_lists_each_outlet_with_a_link() -> None:
    assert render.outlets_html(()) == ""
    html = render.outlets_html((OutletEvidence("Reuters & co", 3, "He <said> so.", 0.7),))
    assert "What each outlet says" in html
    assert "<b>Reuters &amp; co</b>" in html and "He &lt;said&gt; so." in html
    assert 'href="#src-3"' in html


def test_comparison_html_empty_without_comparisons() -> None:
    assert render.comparison_html(()) == ""


# --- sources_html ---------------------------------------------------------------------


def test_sources_html_one_card_per_passage_with_ids() -> None:
    passages = tuple(_hit(n, f"Passage number {n}.") for n in (1, 2, 3))
    html = render.sources_html(passages)
    assert html.count('class="source-card"') == 3
    assert re.findall(r'id="(src-\d+)"', html) == ["src-1", "src-2", "src-3"]
    assert "<mark>" not in html  # nothing cited, nothing highlighted
    assert "Unknown outlet · undated" in html


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "file:///etc/passwd",
     "//evil.example/x", "https:/no-host", "https://q.example/a b"],
)  # fmt: skip
def test_sources_html_links_only_http_urls(url: str) -> None:
    html = render.sources_html((_hit(1, "Text.", url=url),))
    assert "<a " not in html and "href" not in html
    safe = render.sources_html((_hit(1, "Text.", url="https://q.example/a?b=1&c=2"),))
    assert 'href="https://q.example/a?b=1&amp;c=2"' in safe


def test_sources_html_empty() -> None:
    html = render.sources_html(())
    assert "source-card" not in html and "No passages yet" in html


def test_sources_html_highlights_quote_and_escapes_article() -> None:
    text = "Putin cancelled the visit. Hollande spoke to TF1 on Monday. The rest."
    hit = _hit(
        1,
        text,
        article_id="a1",
        title="Putin <cancels>",
        outlet="Reuters",
        published_at="2016-10-11",
        url='https://example.org/x?a=1&b="2"',
    )
    other = _hit(2, "Unrelated passage.", article_id="a2")
    article = "Full text. <script>alert('x')</script> The end."
    cited = _citation(1, hit, "Hollande spoke to TF1 on Monday.")
    html = render.sources_html((hit, other), (cited,), {"a1": article})
    first, second = html.split('id="src-2"')
    assert "<mark>Hollande spoke to TF1 on Monday.</mark>" in first
    assert "<mark>" not in second
    assert "<script>" not in html
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in first
    assert "<details><summary>Whole article</summary>" in first
    assert "<details>" not in second  # no article text given for it
    assert "Putin &lt;cancels&gt;" in first
    assert 'href="https://example.org/x?a=1&amp;b=&quot;2&quot;"' in first
    assert 'rel="noopener noreferrer"' in first
    assert "Reuters · 2016-10-11" in first


def test_sources_html_ignores_quote_not_in_passage() -> None:
    hit = _hit(1, "Only this sentence.")
    html = render.sources_html((hit,), (_citation(1, hit, "Something else entirely."),))
    assert "<mark>" not in html and "Only this sentence." in html


# --- safe_upload_name / is_loopback ----------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd",
        "..\\..\\Windows\\System32\\evil.txt",
        "C:\\Users\\me\\Desktop\\story.txt",
        "/abs/path/.hidden.txt",
        "..",
        "...",
        "a/b\\c/../..",
        "we ird:name?*.md",
    ],
)
def test_safe_upload_name_is_a_plain_file_name(name: str) -> None:
    safe = safe_upload_name(name)
    assert safe and "/" not in safe and "\\" not in safe
    assert not safe.startswith(".")
    assert safe not in (".", "..")
    assert re.fullmatch(r"[A-Za-z0-9._-]+", safe)


def test_safe_upload_name_keeps_ordinary_names() -> None:
    assert safe_upload_name("../../etc/passwd") == "passwd"
    assert safe_upload_name("C:\\Users\\me\\story.txt") == "story.txt"
    assert safe_upload_name("zorblax_bridge.txt") == "zorblax_bridge.txt"
    assert safe_upload_name("") == "upload.txt"
    assert len(safe_upload_name("x" * 500 + ".txt")) <= 120


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_is_loopback_true(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "::", "10.0.0.1", "example.org", ""])
def test_is_loopback_false(host: str) -> None:
    assert not is_loopback(host)
