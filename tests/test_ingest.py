"""rag.ingest: every supported format, and one Problem per bad input without stopping a batch."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import pytest
from conftest import write_file

from rag.dates import parse_date
from rag.ingest import read_articles, read_file
from rag.types import Article, Problem

MAX = 1_000_000
BODY = "Putin cancelled his visit to Paris on Tuesday. Hollande called it a war crime."


def _split(items: Iterable[Article | Problem]) -> tuple[list[Article], list[Problem]]:
    found = list(items)
    articles = [i for i in found if isinstance(i, Article)]
    problems = [i for i in found if isinstance(i, Problem)]
    assert len(articles) + len(problems) == len(found)
    return articles, problems


# --- formats ----------------------------------------------------------------------------


def test_txt_and_md(tmp_path: Path) -> None:
    txt = write_file(tmp_path / "one.txt", BODY)
    md = write_file(tmp_path / "two.md", f"Second story\n\n{BODY}")
    articles, problems = _split(read_articles([txt, md], MAX))
    assert problems == []
    assert [a.id for a in articles] == ["one", "two"]
    assert articles[0].text == BODY
    assert articles[0].source == str(txt)
    assert BODY in articles[1].text


def test_html(tmp_path: Path) -> None:
    page = f"""<html><head><title>Putin cancels</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2016-10-11T09:30:00+02:00">
    <meta property="og:url" content="https://example.com/putin">
    <script>var leaked = "script text";</script></head>
    <body><p>{BODY}</p></body></html>"""
    articles, problems = _split(read_file(write_file(tmp_path / "page.html", page), MAX))
    assert problems == []
    [article] = articles
    assert (article.id, article.title, article.outlet) == ("page", "Putin cancels", "Example News")
    assert article.published_at == "2016-10-11"
    assert article.url == "https://example.com/putin"
    assert article.text == BODY
    assert "script text" not in article.text


def test_json_object_with_aliases(tmp_path: Path) -> None:
    record = {
        "headline": "Visit off",
        "body": BODY,
        "source": "Newsmax",
        "date": "2016-10-11T08:00:00Z",
        "link": "https://newsmax.example/x",
    }
    articles, problems = _split(
        read_file(write_file(tmp_path / "story.json", json.dumps(record)), MAX)
    )
    assert problems == []
    [article] = articles
    assert article.id == "story"
    assert (article.title, article.text, article.outlet) == ("Visit off", BODY, "Newsmax")
    assert article.published_at == "2016-10-11"
    assert article.url == "https://newsmax.example/x"


def test_json_list(tmp_path: Path) -> None:
    records = [
        {"title": "A", "text": BODY, "outlet": "Reuters", "published_at": "Oct. 11, 2016"},
        {"id": "given-id", "title": "B", "content": BODY + " More.", "publisher": "AP"},
    ]
    path = write_file(tmp_path / "batch.json", json.dumps(records))
    articles, problems = _split(read_file(path, MAX))
    assert problems == []
    assert [a.id for a in articles] == ["batch-0", "given-id"]
    assert [a.outlet for a in articles] == ["Reuters", "AP"]
    assert articles[0].published_at == "2016-10-11"
    assert articles[1].source == f"{path}[1]"


def test_jsonl_ids_are_stem_and_line_number(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"Story {n}. {BODY}", "source": "Src"}) for n in range(3)]
    path = write_file(tmp_path / "feed.jsonl", "\n".join([lines[0], "", lines[1], lines[2]]) + "\n")
    articles, problems = _split(read_file(path, MAX))
    assert problems == []
    assert [a.id for a in articles] == ["feed-1", "feed-3", "feed-4"]
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    assert all(a.outlet == "Src" for a in articles)


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2023-11-24T10:00:00+00:00", "2023-11-24"),
        ("Nov. 24, 2023", "2023-11-24"),
        ("November 24 2023", "2023-11-24"),
        ("2023-13-01", ""),
        ("yesterday", ""),
    ],
)
def test_parse_date(raw: str, iso: str) -> None:
    assert parse_date(raw) == iso


def test_only_http_urls_are_stored_as_links(tmp_path: Path) -> None:
    import json

    rows = [
        {"id": "a", "text": "The ferry ran.", "url": "https://q.example/a"},
        {"id": "b", "text": "The ferry ran.", "url": "javascript:alert(1)"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    safe, evil = [a for a in read_articles([path], 10**6) if isinstance(a, Article)]
    assert safe.url == "https://q.example/a" and safe.attribution == ()
    assert evil.url == ""  # kept as plain text metadata, never as the article's link
    assert evil.attribution == ("url (not an http(s) address): javascript:alert(1)",)


# --- bad inputs: one Problem each, the rest of the batch still read ---------------------


def _bad_inputs(tmp_path: Path) -> list[tuple[Path, str]]:
    """(path, a word the problem message must contain) for each kind of bad input."""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "loop_a.txt").symlink_to(bad / "loop_b.txt")
    (bad / "loop_b.txt").symlink_to(bad / "loop_a.txt")
    return [
        (bad / "missing.txt", "no such file"),
        (write_file(bad / "empty.txt", ""), "empty"),
        (write_file(bad / "blank.txt", "  \n\t \n"), "empty"),
        (write_file(bad / "binary.txt", b"PK\x03\x04\x00\x00binary\x00stuff"), "binary"),
        (write_file(bad / "huge.txt", "word " * 400), "limit"),
        (write_file(bad / "doc.pdf", BODY), "unsupported extension"),
        (write_file(bad / "number.json", "42"), "expected a JSON object or list, got int"),
        (write_file(bad / "broken.json", '{"text": '), "malformed JSON"),
        (bad / "loop_a.txt", "not a regular file"),
    ]


def test_each_bad_input_gives_one_problem_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = write_file(tmp_path / "good.txt", BODY)
    bad = _bad_inputs(tmp_path)
    for path, word in bad:
        articles, problems = _split(read_articles([path, good], max_bytes=1000))
        assert [a.id for a in articles] == ["good"], path
        assert len(problems) == 1, problems
        assert problems[0].fatal
        assert problems[0].source.startswith(str(path)), problems[0]
        assert word in problems[0].message, problems[0]


def test_all_bad_inputs_in_one_batch(tmp_path: Path) -> None:
    good = write_file(tmp_path / "good.txt", BODY)
    bad = _bad_inputs(tmp_path)
    articles, problems = _split(read_articles([p for p, _ in bad] + [good], max_bytes=1000))
    assert [a.id for a in articles] == ["good"]
    assert [p.source.split(":")[0] for p in problems] == [str(p) for p, _ in bad]


def test_invalid_utf8_is_a_warning_and_the_article_is_read(tmp_path: Path) -> None:
    path = write_file(tmp_path / "latin.txt", "Café in Paris. Putin cancelled.".encode("latin-1"))
    articles, problems = _split(read_file(path, MAX))
    [problem] = problems
    assert not problem.fatal
    assert problem.source == str(path)
    assert "invalid UTF-8" in problem.message
    [article] = articles
    assert article.text == "Caf\ufffd in Paris. Putin cancelled."


def test_malformed_jsonl_line_names_the_line_and_keeps_the_others(tmp_path: Path) -> None:
    lines = [json.dumps({"text": BODY}), "{not json", '["a list"]', json.dumps({"body": BODY})]
    path = write_file(tmp_path / "feed.jsonl", "\n".join(lines))
    articles, problems = _split(read_file(path, MAX))
    assert [a.id for a in articles] == ["feed-1", "feed-4"]
    assert [p.source for p in problems] == [f"{path}:2", f"{path}:3"]
    assert "malformed JSON" in problems[0].message
    assert "expected a JSON object, got list" in problems[1].message


def test_json_record_without_text(tmp_path: Path) -> None:
    path = write_file(tmp_path / "empty_body.json", json.dumps({"title": "No body", "text": "  "}))
    articles, problems = _split(read_file(path, MAX))
    assert articles == []
    [problem] = problems
    assert problem.source == str(path) and "no article text" in problem.message


def test_directory_tree(tmp_path: Path) -> None:
    root = tmp_path / "news"
    write_file(root / "a.txt", BODY)
    write_file(root / "2016" / "b.md", BODY)
    write_file(root / "2016" / "10" / "c.jsonl", json.dumps({"text": BODY}))
    write_file(root / "2016" / "10" / "notes.pdf", "not an article")
    write_file(root / "2016" / "README.md", "# about this folder")
    write_file(root / ".hidden.txt", BODY)
    first = _split(read_articles([root], MAX))
    articles, problems = first
    assert sorted(a.id for a in articles) == ["a", "b", "c-1"]
    [problem] = problems
    assert problem.source == str(root / "2016" / "10" / "notes.pdf")
    assert "unsupported extension .pdf" in problem.message
    again = _split(read_articles([root], MAX))
    assert [a.id for a in again[0]] == [a.id for a in articles]  # a stable order


def test_symlink_loop_inside_a_directory(tmp_path: Path) -> None:
    root = tmp_path / "news"
    write_file(root / "good.txt", BODY)
    os.symlink(root / "b.txt", root / "a.txt")
    os.symlink(root / "a.txt", root / "b.txt")
    os.symlink(root, root / "self")  # a directory loop is not followed
    articles, problems = _split(read_articles([root], MAX))
    assert [a.id for a in articles] == ["good"]
    assert sorted(p.source for p in problems) == [str(root / "a.txt"), str(root / "b.txt")]
