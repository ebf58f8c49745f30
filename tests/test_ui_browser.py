"""The Gradio app in headless Chromium (Playwright, Debian's /usr/bin/chromium).

Two apps, each over a fresh index of the three seeds: SmolLM2 ("tiny") for the
plumbing (streaming, source cards, citation clicks, clear, upload), and the default
Qwen2.5 1.5B ("local", slow) for a real answer, the "Sources disagree" view and the
README screenshots. A third app, over the wire gold corpus (syndicated copies, 14
events), shows the stories view (docs/screenshots/stories.png) and the story filter.
No test asserts the model's wording.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEEDS, free_port, make_config

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        shutil.which("chromium") is None and not Path("/usr/bin/chromium").exists(),
        reason="needs Debian's chromium (make browser)",
    ),
]

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "docs" / "screenshots"
ANSWER_TIMEOUT = 300_000  # ms: the tiny model needs seconds, the 1.5B up to minutes under load
UI_TIMEOUT = 30_000
ZORBLAX = (
    "Zorblax Bridge collapses in Quentaville\n\n"
    "The Zorblax Bridge collapsed on Friday, said mayor Quenta Vell. Nobody was hurt when "
    "the old span fell into the river during the morning rush.\n"
)


# Two small stories beside the seeds, for the comparison blocks: outlets that agree on
# a date written two ways, and a toll that a later report updates.
COMPARED = [
    {"id": "cmp-bridge-courier", "outlet": "Quenta Courier", "published_at": "2026-10-10",
     "title": "Harbour bridge to reopen",
     "text": "The Quentaville harbour bridge will reopen on Oct. 19, Mayor Ilse Vane said on "
             "Saturday. Repairs to the lifting span took four months."},
    {"id": "cmp-bridge-post", "outlet": "Harbour Post", "published_at": "2026-10-11",
     "title": "Bridge reopening date set",
     "text": "Mayor Ilse Vane said the Quentaville harbour bridge would reopen on 19 October, "
             "after four months of repairs to its lifting span."},
    {"id": "cmp-ferry-ledger", "outlet": "Daily Ledger", "published_at": "2026-10-03",
     "title": "Ferry fire kills twelve",
     "text": "Twelve people have died in the Quentaville ferry fire, harbour officials said. "
             "The ferry Marisol caught fire off the north pier on Thursday."},
    {"id": "cmp-ferry-wire", "outlet": "Metro Wire", "published_at": "2026-10-05",
     "title": "Ferry fire toll rises",
     "text": "The death toll from the Quentaville ferry fire has risen to 19, harbour "
             "officials said on Monday, after seven more bodies were recovered."},
]  # fmt: skip


def _serve(
    tmp_path_factory: pytest.TempPathFactory, embedder: Any, llm_pool: Any, llm: str
) -> Iterator[str]:
    import json

    from rag.chat import Assistant
    from rag.index import Index
    from rag.ingest import read_articles
    from ui.app import build_app, launch

    folder = tmp_path_factory.mktemp(f"ui-browser-{llm}")
    feed = folder / "compared.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in COMPARED), encoding="utf-8")
    config = make_config(folder / "data", llm=llm)
    index = Index(config, embedder)
    report = index.ingest(read_articles([SEEDS, feed], config.max_file_bytes))
    assert len(report.stored.added) == 3 + len(COMPARED) and report.failed == 0
    index.lexical()
    assistant = Assistant(config, index, llm_pool)
    model = assistant.llms.get(llm)  # load the model before the first page asks
    # Start like a freshly started `rag chat`: llama.cpp reuses the longest common prompt
    # prefix, and with an earlier question's prefix still cached the 1.5B's greedy reply
    # can differ (measured: "The sources do not say." for the Putin question right after
    # the Aleppo one, a cited answer from a fresh cache).
    if hasattr(getattr(model, "_llama", None), "reset"):
        model._llama.reset()
    demo = build_app(assistant)
    port = free_port()
    launch(demo, "127.0.0.1", port, None, block=False)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        demo.close()


@pytest.fixture(scope="module")
def tiny_url(tmp_path_factory: pytest.TempPathFactory, embedder, llm_pool) -> Iterator[str]:  # type: ignore[no-untyped-def]
    yield from _serve(tmp_path_factory, embedder, llm_pool, "tiny")


@pytest.fixture(scope="module")
def local_url(tmp_path_factory: pytest.TempPathFactory, embedder, llm_pool) -> Iterator[str]:  # type: ignore[no-untyped-def]
    yield from _serve(tmp_path_factory, embedder, llm_pool, "local")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(UI_TIMEOUT)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    try:
        yield page
    finally:
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def _open(page: Any, url: str) -> None:
    from playwright.sync_api import expect

    page.goto(url, wait_until="domcontentloaded")
    expect(page.locator("#question textarea")).to_be_visible(timeout=60_000)


def _ask(page: Any, question: str) -> None:
    """Type the question, click Ask, and wait until the final answer is rendered."""
    from playwright.sync_api import expect

    answers = page.locator("#chatbot .answer")
    before = answers.count()
    page.locator("#question textarea").fill(question)
    page.locator("#ask-btn").click()
    expect(page.locator("#chatbot")).to_contain_text(question, timeout=UI_TIMEOUT)
    expect(answers).to_have_count(before + 1, timeout=ANSWER_TIMEOUT)  # this question's
    _wait_for_answer(page)


def _wait_for_answer(page: Any) -> None:
    from playwright.sync_api import expect

    # the final message is a div.answer; while streaming the message ends in the cursor ▍
    expect(page.locator("#chatbot .answer").last).to_be_visible(timeout=ANSWER_TIMEOUT)
    expect(page.locator("#chatbot")).not_to_contain_text("▍", timeout=UI_TIMEOUT)


def _mark_number(link: Any) -> str:
    """The n of a citation link (the Chatbot's sanitiser keeps href="#src-n", drops data-n)."""
    href = link.get_attribute("href") or ""
    match = re.fullmatch(r"#src-(\d+)", href)
    assert match, f"unexpected citation link href {href!r}"
    assert link.inner_text().strip() == f"[{match.group(1)}]"
    return match.group(1)


def _tab(page: Any, name: str) -> None:
    page.get_by_role("tab", name=name).click()


# --- the tiny-model app: plumbing -------------------------------------------------------


def test_ask_shows_answer_sources_and_outlets(page: Any, tiny_url: str) -> None:
    from playwright.sync_api import expect

    _open(page, tiny_url)
    expect(page.locator("#sources")).to_contain_text("No passages yet")
    question = "Why did Putin cancel his visit to Paris?"
    page.locator("#question textarea").fill(question)
    page.locator("#ask-btn").click()
    chatbot = page.locator("#chatbot")
    expect(chatbot).to_contain_text(question)
    # evidence first: outlets and cards appear as soon as retrieval is done
    outlets, cards = page.locator("#outlets"), page.locator("#sources .source-card")
    expect(outlets).to_contain_text("What each outlet says", timeout=ANSWER_TIMEOUT)
    expect(cards.first).to_be_visible(timeout=ANSWER_TIMEOUT)
    _wait_for_answer(page)
    expect(page.locator("#question textarea")).to_have_value("")
    assert 1 <= cards.count() <= 8  # the 4 best passages, each report read in its next one too
    for n in range(1, cards.count() + 1):
        expect(page.locator(f"#sources #src-{n}")).to_contain_text(f"[{n}]")

    # a citation mark highlights its card. The tiny model's extractions rarely survive
    # verification, so its answer may carry no mark ("The sources do not say."); the
    # outlet panel's quotes always do. Marks in a real answer: the 1.5B tests below.
    links = page.locator("#chatbot a.cite, #outlets a.cite")
    expect(links.first).to_be_attached()
    link = links.first
    n = _mark_number(link)
    link.click()
    expect(page.locator(f"#src-{n}")).to_have_class(re.compile(r"\bhighlight\b"))
    assert page.locator(".source-card.highlight").count() == 1
    # another mark moves the highlight
    others = [i for i in range(1, cards.count() + 1) if str(i) != n]
    if others:
        marks = page.locator("#outlets a.cite, #chatbot a.cite")
        marks.filter(has_text=f"[{others[0]}]").first.click()
        expect(page.locator(f"#src-{others[0]}")).to_have_class(re.compile(r"\bhighlight\b"))
        expect(page.locator(f"#src-{n}")).not_to_have_class(re.compile(r"\bhighlight\b"))

    page.locator("#clear-btn").click()
    expect(chatbot).not_to_contain_text(question)
    expect(page.locator("#chatbot .answer")).to_have_count(0)
    expect(page.locator("#sources")).to_contain_text("No passages yet")
    expect(outlets).not_to_contain_text("What each outlet says")


def test_empty_question_shows_an_error_not_a_traceback(page: Any, tiny_url: str) -> None:
    from playwright.sync_api import expect

    _open(page, tiny_url)
    page.locator("#ask-btn").click()
    expect(page.get_by_text("the question is empty").first).to_be_visible()
    expect(page.locator("body")).not_to_contain_text("Traceback")


def test_upload_then_ask_about_it(page: Any, tiny_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    path = tmp_path / "zorblax_bridge.txt"
    path.write_text(ZORBLAX, encoding="utf-8")
    _open(page, tiny_url)
    _tab(page, "Corpus")
    expect(page.locator("#articles")).to_contain_text("004_af0b6deb40d81af6")
    page.locator("#upload input[type=file]").set_input_files(str(path))
    # Gradio writes the name and the extension in separate elements ("zorblax_bridge .txt")
    expect(page.locator("#upload")).to_contain_text("zorblax_bridge")
    page.locator("#ingest-btn").click()
    expect(page.locator("#ingest-status")).to_contain_text("added", timeout=ANSWER_TIMEOUT)
    expect(page.locator("#ingest-status")).to_contain_text("1 added")
    expect(page.locator("#articles")).to_contain_text("zorblax_bridge")

    _tab(page, "Chat")
    _ask(page, "What happened to the Zorblax Bridge?")
    expect(page.locator("#sources")).to_contain_text("Zorblax")
    expect(page.locator("#src-1")).to_contain_text("Zorblax")


def test_only_http_urls_become_links(page: Any, tiny_url: str, tmp_path: Path) -> None:
    """An article's URL is a clickable link only when it is http(s); a `javascript:` URL
    (a hostile feed) stays plain text metadata and never becomes an href."""
    import json

    from playwright.sync_api import expect

    feed = tmp_path / "links.jsonl"
    rows = [
        {"id": "lnk-safe", "title": "Quentaville ferry timetable", "url": "https://q.example/a",
         "text": "The Quentaville ferry timetable adds a Sunday crossing, the harbour said."},
        {"id": "lnk-evil", "title": "Quentaville ferry fares", "url": "javascript:alert(1)",
         "text": "The Quentaville ferry fares rise by two crowns in May, the harbour said."},
    ]  # fmt: skip
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    _open(page, tiny_url)
    _tab(page, "Corpus")
    page.locator("#upload input[type=file]").set_input_files(str(feed))
    page.locator("#ingest-btn").click()
    expect(page.locator("#ingest-status")).to_contain_text("2 added", timeout=ANSWER_TIMEOUT)
    _tab(page, "Chat")
    _ask(page, "What does the Quentaville ferry timetable and fares news say?")
    cards = page.locator("#sources .source-card")
    expect(cards.filter(has_text="fares rise")).to_have_count(1)
    expect(cards.filter(has_text="Sunday crossing")).to_have_count(1)
    safe = cards.filter(has_text="Sunday crossing").locator("a[href]")
    expect(safe).to_have_attribute("href", "https://q.example/a")
    expect(cards.filter(has_text="fares rise").locator("a[href]")).to_have_count(0)
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.evaluate(
        "[...document.querySelectorAll('a')]"
        ".every(a => !/^javascript:/i.test(a.getAttribute('href') || ''))"
    )


# --- the default-model app: a real answer, disagreement, screenshots ---------------------


@pytest.mark.slow
def test_real_answer_and_readme_screenshot(page: Any, local_url: str) -> None:
    from playwright.sync_api import expect

    _open(page, local_url)
    _ask(page, "Why did Putin cancel his visit to Paris?")
    answer = page.locator("#chatbot .answer").last
    expect(answer).to_contain_text(re.compile(r"\w+ \w+ \w+"))  # some words, wording not asserted
    # a real answer: cited, verified (no fallback notice), not a refusal
    links = answer.locator("a.cite")
    expect(links.first).to_be_attached()
    expect(page.locator("#chatbot .notice")).to_have_count(0)
    assert page.locator("#sources .source-card").count() >= 1
    for link in links.all():
        assert page.locator(f"#src-{_mark_number(link)}").count() == 1
    # the cited card shows its quote highlighted and the whole article one click away
    n = _mark_number(links.first)
    expect(page.locator(f"#src-{n} mark")).to_have_count(1)
    expect(page.locator(f"#src-{n} details")).to_have_count(1)
    links.first.click()
    expect(page.locator(f"#src-{n}")).to_have_class(re.compile(r"\bhighlight\b"))
    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "chat.png"), full_page=True)
    assert (SCREENSHOTS / "chat.png").stat().st_size > 10_000


@pytest.mark.slow
def test_disagree_agree_and_changed_blocks(page: Any, local_url: str) -> None:
    """The comparison under a real answer: outlets that disagree (12 vs 16 killed in
    Aleppo), that agree (Oct. 19 = 19 October), and a toll a later report updated."""
    from playwright.sync_api import expect

    _open(page, local_url)
    shots = []
    for question, relation, values in (
        ("How many people were killed in Aleppo on Tuesday?", "disagree", ("12", "16")),
        ("When will the Quentaville harbour bridge reopen?", "agree", ("Oct. 19", "19 October")),
        ("How many people have died in the Quentaville ferry fire?", "changed", ("19", "Twelve")),
    ):
        _ask(page, question)
        answer = page.locator("#chatbot .answer").last.locator("xpath=..")
        block = answer.locator(f".compare.{relation}")
        expect(block).to_have_count(1)
        for value in values:
            expect(block).to_contain_text(value)
        expect(block.locator("a.cite").first).to_be_attached()  # each value cites its passage
        if relation == "agree":  # two outlets, reporting on their own: two sources
            expect(answer.locator(".support")).to_contain_text("2 outlets · 2 independent")
        shots.append(relation)
    changed = page.locator("#chatbot .compare.changed").last
    expect(changed).to_contain_text("Changed over time (latest first)")
    text = changed.inner_text()
    assert text.index("19") < text.index("Twelve"), text  # the latest value first
    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "comparisons.png"), full_page=True)
    assert (SCREENSHOTS / "comparisons.png").stat().st_size > 10_000 and len(shots) == 3


@pytest.mark.slow
def test_as_of_answer_and_timeline(page: Any, local_url: str) -> None:
    """An answer as of a date cites only reports published by then and says so; a
    timeline lists dated events, earliest first, each cited."""
    from playwright.sync_api import expect

    _open(page, local_url)
    page.locator("#as-of input, #as-of textarea").first.fill("2026-10-04")
    _ask(page, "How many people have died in the Quentaville ferry fire?")
    answer = page.locator("#chatbot .answer").last
    expect(answer).to_contain_text("As of Oct. 4, 2026")
    expect(answer).to_contain_text("Twelve")
    expect(answer).not_to_contain_text("19")  # the later report is not used
    for card in page.locator("#sources .source-card .meta").all():
        date = card.inner_text().split("·")[-1].strip()
        assert date == "undated" or date <= "2026-10-04", date
    page.locator("#as-of input, #as-of textarea").first.fill("")
    _ask(page, "Give me a timeline of the Quentaville ferry fire.")
    timeline = page.locator("#chatbot .answer").last
    expect(timeline).to_contain_text("Timeline, earliest first")
    entries = timeline.locator(".quote")
    expect(entries.first).to_be_visible()
    dates = [e.inner_text().split(":", 1)[0] for e in entries.all()]
    assert len(dates) >= 2 and all(e.locator("a.cite").count() for e in entries.all())
    assert dates[0].startswith("Oct. 1, 2026"), dates  # "on Thursday" in an Oct. 3 report
    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "as-of-and-timeline.png"), full_page=True)
    assert (SCREENSHOTS / "as-of-and-timeline.png").stat().st_size > 10_000


# --- the wire corpus: stories ------------------------------------------------------------


@pytest.fixture(scope="module")
def wire_app(
    tmp_path_factory: pytest.TempPathFactory, embedder, llm_pool
) -> Iterator[tuple[str, Any]]:  # type: ignore[no-untyped-def]
    """The app (SmolLM2) over the wire gold corpus: syndicated copies and 14 events."""
    from wire import wire_dir

    from rag.chat import Assistant
    from rag.index import Index
    from ui.app import build_app, launch

    config = make_config(wire_dir(tmp_path_factory.getbasetemp(), embedder), llm="tiny")
    index = Index(config, embedder)
    demo = build_app(Assistant(config, index, llm_pool))
    port = free_port()
    launch(demo, "127.0.0.1", port, None, block=False)
    try:
        yield f"http://127.0.0.1:{port}/", index
    finally:
        demo.close()


def test_stories_view_and_story_filter(page: Any, wire_app: tuple[str, Any]) -> None:
    from playwright.sync_api import expect

    url, index = wire_app
    stories = index.stories()
    _open(page, url)
    _tab(page, "Corpus")
    table = page.locator("#stories")
    for story in stories[:6]:  # latest update first, as `rag stories` lists them
        expect(table).to_contain_text(story.id)
        expect(table).to_contain_text(story.label)
    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "stories.png"), full_page=True)
    assert (SCREENSHOTS / "stories.png").stat().st_size > 10_000

    # a syndicated story as the chat's filter: every passage comes from its articles
    story = max(stories, key=lambda s: (len(s.outlets), s.id))
    _tab(page, "Chat")
    page.get_by_role("button", name=re.compile(r"^Settings\s*▼")).click()  # the accordion
    page.locator("#story input").click()
    page.get_by_role("option", name=re.compile(re.escape(story.label))).first.click()
    _ask(page, f"What happened, according to the reports about {story.label.split(' · ')[0]}?")
    metas = page.locator("#sources .source-card .meta")
    expect(metas.first).to_be_visible()
    for meta in metas.all():
        assert meta.inner_text().split(" · ")[0] in story.outlets, meta.inner_text()
