"""Ingest: read article files into cleaned `Article` records.

`read_articles(paths)` walks files and folders and yields an `Article` for each
story it can read and a `Problem` for each it cannot (missing path, empty or binary
file, unsupported extension, over-size file or article, malformed JSON line, ...),
so one bad file never stops a batch. Supported: .txt and .md (cleaned by `rag.clean`), .html /
.htm, .json (one object or a list) and .jsonl (one object a line). JSON fields:
title, text/body/content, source/outlet, url, published_at/date, author, id.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rag.clean import Cleaned, clean_text, html_to_text
from rag.config import Config
from rag.dates import parse_date
from rag.text import web_link
from rag.types import Article, Problem

SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")
_TEXT_KEYS = ("text", "body", "content", "fact")
_OUTLET_KEYS = ("outlet", "source", "site", "publisher")
_DATE_KEYS = ("published_at", "date", "published", "pubdate")
_MAX_CHARS = Config.max_article_chars


def read_articles(
    paths: Iterable[Path | str], max_bytes: int, max_chars: int = _MAX_CHARS
) -> Iterator[Article | Problem]:
    """Every article under `paths`, in a stable order; problems are yielded, not raised.

    `max_bytes` limits a file, `max_chars` the text of one article (a feed may be big,
    one story may not)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _read_dir(path, max_bytes, max_chars)
        elif not path.exists() and not path.is_symlink():
            yield Problem(str(path), "no such file or directory")
        else:
            yield from read_file(path, max_bytes, max_chars=max_chars)


def _read_dir(root: Path, max_bytes: int, max_chars: int) -> Iterator[Article | Problem]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or path.suffix.lower() not in SUPPORTED:
                if not name.startswith(".") and name.lower() != "readme.md":
                    yield Problem(
                        str(path),
                        f"unsupported extension {path.suffix or '(none)'}; "
                        f"expected one of {', '.join(SUPPORTED)}",
                    )
                continue
            if name.lower() == "readme.md":
                continue
            yield from read_file(path, max_bytes, max_chars=max_chars)


def read_file(
    path: Path, max_bytes: int, name: str | None = None, max_chars: int = _MAX_CHARS
) -> Iterator[Article | Problem]:
    """The articles in one file (`name` overrides the file name used for the id)."""
    name = name or path.name
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        yield Problem(
            str(path),
            f"unsupported extension {suffix or '(none)'}; expected one of {', '.join(SUPPORTED)}",
        )
        return
    try:
        data = _read_bytes(path, max_bytes)
    except _Refused as refused:
        yield Problem(str(path), str(refused))
        return
    text, warning = _decode(data)
    if warning:
        yield Problem(str(path), warning, fatal=False)
    stem = _safe_id(Path(name).stem)
    if suffix == ".jsonl":
        yield from _read_jsonl(text, path, stem, max_chars)
    elif suffix == ".json":
        yield from _read_json(text, path, stem, max_chars)
    else:
        yield _from_text(text, path, stem, suffix in (".html", ".htm"), max_chars)


class _Refused(Exception):
    pass


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        if not path.is_file():
            raise _Refused(f"not a regular file ({_kind(path)})")
        size = path.stat().st_size
        if size > max_bytes:
            raise _Refused(
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB "
                "limit (RAG_MAX_FILE_BYTES)"
            )
        data = path.read_bytes()
    except OSError as err:
        raise _Refused(f"cannot read: {err.strerror or err}") from None
    if not data.strip():
        raise _Refused("empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Refused("binary file (contains NUL bytes); expected text")
    return data


def _kind(path: Path) -> str:
    """What is at `path` instead of a regular file, in words."""
    try:
        mode = path.stat().st_mode
    except OSError as err:  # a symlink loop, a dangling link
        return str(err.strerror or err).lower()
    kinds = {
        stat.S_ISDIR: "a directory",
        stat.S_ISFIFO: "a named pipe",
        stat.S_ISSOCK: "a socket",
        stat.S_ISCHR: "a character device",
        stat.S_ISBLK: "a block device",
    }
    return next((name for test, name in kinds.items() if test(mode)), "a special file")


def _too_long(text: str, where: str, max_chars: int) -> Problem | None:
    if len(text) <= max_chars:
        return None
    return Problem(
        where,
        f"article text is {len(text):,} characters, over the {max_chars:,}-character "
        "limit for one article (RAG_MAX_ARTICLE_CHARS)",
    )


def _decode(data: bytes) -> tuple[str, str]:
    """Text and a warning ("" when clean). UTF-8 (with or without BOM), UTF-16 with BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), ""
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as err:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        return text, (
            f"invalid UTF-8 at byte {err.start} ({bad} bad sequence(s)); "
            "decoded with replacement characters"
        )


def _from_text(text: str, path: Path, stem: str, html: bool, max_chars: int) -> Article | Problem:
    meta: dict[str, str] = {}
    title = ""
    if html:
        page = html_to_text(text)
        text, title, meta = page.text, page.title, page.meta
    if too_long := _too_long(text, str(path), max_chars):  # before cleaning it
        return too_long
    cleaned = clean_text(text, title=title)
    if not cleaned.text:
        return Problem(str(path), "no article text left after cleaning")
    record = {
        "outlet": meta.get("og:site_name", ""),
        "published_at": meta.get("article:published_time", ""),
        "url": meta.get("og:url") or meta.get("canonical", ""),
        "author": meta.get("author", ""),
    }
    return _article(stem, cleaned, record, str(path))


def _read_jsonl(text: str, path: Path, stem: str, max_chars: int) -> Iterator[Article | Problem]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Problem(where, _malformed(err))
            continue
        yield _from_record(record, where, f"{stem}-{number}", max_chars)


def _read_json(text: str, path: Path, stem: str, max_chars: int) -> Iterator[Article | Problem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield Problem(f"{path}:{err.lineno}", _malformed(err))
        return
    if isinstance(data, dict):
        yield _from_record(data, str(path), stem, max_chars)
    elif isinstance(data, list):
        for index, record in enumerate(data):
            yield _from_record(record, f"{path}[{index}]", f"{stem}-{index}", max_chars)
    else:
        yield Problem(str(path), f"expected a JSON object or list, got {type(data).__name__}")


def _malformed(err: json.JSONDecodeError) -> str:
    at = "" if err.msg.endswith(" at") else " at"  # "Unterminated string starting at"
    return f"malformed JSON ({err.msg}{at} column {err.colno})"


def _from_record(record: Any, where: str, default_id: str, max_chars: int) -> Article | Problem:
    if not isinstance(record, dict):
        return Problem(where, f"expected a JSON object, got {type(record).__name__}")
    body = _first(record, _TEXT_KEYS)
    if not body.strip():
        return Problem(where, f"no article text (expected one of: {', '.join(_TEXT_KEYS)})")
    if too_long := _too_long(body, where, max_chars):
        return too_long
    cleaned = clean_text(body, title=_first(record, ("title", "headline")))
    if not cleaned.text:
        return Problem(where, "no article text left after cleaning")
    fields = {
        "outlet": _first(record, _OUTLET_KEYS),
        "published_at": _first(record, _DATE_KEYS),
        "url": _first(record, ("url", "link")),
        "author": _first(record, ("author", "byline")),
    }
    article_id = _safe_id(str(record.get("id") or default_id))
    return _article(article_id, cleaned, fields, where)


def _article(article_id: str, cleaned: Cleaned, fields: dict[str, str], where: str) -> Article:
    url = fields["url"] or cleaned.url
    link = web_link(url)
    attribution = cleaned.attribution
    if url and not link:  # "javascript:…", "file:///…": kept as text, never as a link
        attribution = (*attribution, f"url (not an http(s) address): {url}")
    return Article(
        id=article_id,
        title=cleaned.title,
        text=cleaned.text,
        outlet=fields["outlet"] or cleaned.outlet,
        published_at=parse_date(fields["published_at"]) or cleaned.published_at,
        url=link,
        author=fields["author"] or cleaned.author,
        attribution=attribution,
        source=where,
    )


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return ", ".join(value)
    return ""


def _safe_id(raw: str) -> str:
    return _ID_UNSAFE.sub("_", raw).strip("_")[:120] or "article"
