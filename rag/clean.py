"""Cleaning: turn raw article text into body text plus recovered metadata.

Plain-text news dumps carry boilerplate around the story: a URL line, a headline
printed twice (the second time glued to a photo credit), stray counters, photo
captions ending in "(Name/AP)", "Read more:" trailers, copyright lines and editor's
notes. `clean_text` removes them, keeping credit, wire and copyright lines as
attribution metadata, and recovers what is there: url, outlet, date and title.
HTML is reduced to text first by `html_to_text` (scripts and styles dropped).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlparse

from rag.dates import MONTH, date_from_url, iso

# Domain → outlet name, for URLs; unknown domains give their bare name.
_DOMAINS = {
    "washingtonpost.com": "The Washington Post",
    "nytimes.com": "The New York Times",
    "newsmax.com": "Newsmax",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "cnn.com": "CNN",
    "theguardian.com": "The Guardian",
    "israelnationalnews.com": "Arutz Sheva",
    "foxnews.com": "Fox News",
    "afp.com": "AFP",
    "aljazeera.com": "Al Jazeera",
    "npr.org": "NPR",
    "politico.com": "Politico",
    "theverge.com": "The Verge",
    "techcrunch.com": "TechCrunch",
    "wsj.com": "The Wall Street Journal",
}
_WIRES = ("Reuters", "AFP", "AP", "Associated Press", "Getty Images", "EPA", "Bloomberg")

_URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$")
_COUNTER = re.compile(r"^\s*\d{1,6}\s*$")
_CAPTION = re.compile(r"\(([A-Z][\w.'’ -]*/[A-Z][\w.'’ -]*)\)\s*$")
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(.+?)[.,]?\s*(?:all rights reserved\.?)?\s*$", re.I
)
_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'’-]+(?:\s+(?:and\s+)?[A-Z][\w.'’-]+){0,5})\s*$")
_CONTRIBUTED = re.compile(r"^\s*[\w .,&]+ contributed to this report\.?\s*$", re.I)
_READ_MORE = re.compile(r"^\s*read more\s*:?\s*$", re.I)
_EDITOR_NOTE = re.compile(r"^\s*\((.+)\)\s*$", re.S)
_NOTE_OUTLET = re.compile(
    r"\b(?:all|of) ([A-Z][\w]*(?: [A-Z][\w]*)*) articles\b|^([A-Z][\w]*(?: [A-Z][\w]*)*)[’']s\b"
)
_DATELINE = re.compile(
    rf"^\s*(?:published|updated|posted)?:?\s*({MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\s*$",
    re.I,
)


@dataclass(frozen=True)
class Cleaned:
    title: str
    text: str
    outlet: str
    published_at: str
    url: str
    attribution: tuple[str, ...]
    author: str = ""


def normalize_whitespace(text: str) -> str:
    """NFC, no control characters, single spaces, blank line between paragraphs."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


def clean_text(raw: str, title: str = "") -> Cleaned:
    """Strip boilerplate from `raw` and recover url, outlet, date and title."""
    lines = [ln.strip() for ln in normalize_whitespace(raw).split("\n\n")]
    meta = _Meta()
    meta.title = title
    lines = _take_header(lines, meta)
    lines = _take_trailer(lines, meta)
    body = [
        ln.lstrip("#").strip() if ln.startswith("#") else ln
        for ln in lines
        if not _boilerplate(ln, meta)
    ]
    text = "\n\n".join(body)
    return Cleaned(
        title=meta.title or _title_from_url(meta.url) or _first_sentence(text),
        text=text,
        outlet=meta.outlet(),
        published_at=meta.date or date_from_url(meta.url),
        url=meta.url,
        attribution=tuple(meta.attribution),
        author=meta.author,
    )


class _Meta:
    def __init__(self) -> None:
        self.url = ""
        self.title = ""
        self.date = ""
        self.attribution: list[str] = []
        self.copyright = ""
        self.author = ""
        self.note_outlet = ""
        self.credits: list[str] = []

    def outlet(self) -> str:
        domain = _outlet_from_url(self.url)
        wire = next((c for c in self.credits if c in _WIRES), "")
        return self.copyright or domain or self.note_outlet or wire


def _take_header(lines: list[str], meta: _Meta) -> list[str]:
    """URL line, counters, duplicated headline (+ glued credit), dateline."""
    out = list(lines)
    while out:
        line = out[0]
        if (m := _URL_LINE.match(line)) and not meta.url:
            meta.url = m.group(1)
        elif _COUNTER.match(line):
            pass
        elif (d := _DATELINE.match(line)) and not meta.date:
            meta.date = iso(d.group(3), d.group(1), d.group(2))
        elif m := _BYLINE.match(line):
            meta.author = meta.author or m.group(1).strip()
        elif len(out) > 1 and _is_headline(line) and out[1].startswith(line):
            meta.title = line
            credit = out[1][len(line) :].strip()
            if credit:
                meta.credits.append(credit)
                meta.attribution.append(f"Photo: {credit}")
            out.pop(0)
        elif len(out) > 1 and _is_headline(line) and (not meta.title or _same(line, meta.title)):
            meta.title = line.lstrip("#").strip()  # a headline line (Markdown "# ..." too)
        else:
            break
        out.pop(0)
    return out


def _take_trailer(lines: list[str], meta: _Meta) -> list[str]:
    """Everything from a 'Read more:' line on; a closing editor's note."""
    for i, line in enumerate(lines):
        if _READ_MORE.match(line):
            meta.attribution.extend(f"Trailer: {t}" for t in lines[i + 1 :])
            lines = lines[:i]
            break
    if lines and (m := _EDITOR_NOTE.match(lines[-1])) and len(lines) > 1:
        note = m.group(1)
        found = _NOTE_OUTLET.search(note)
        if found:
            meta.note_outlet = found.group(1) or found.group(2)
            meta.attribution.append(f"Note: {note}")
            lines = lines[:-1]
    return lines


def _boilerplate(line: str, meta: _Meta) -> bool:
    if _COUNTER.match(line):
        return True
    if m := _COPYRIGHT.match(line):
        meta.copyright = meta.copyright or m.group(1).strip()
        meta.attribution.append(line)
        return True
    if _CONTRIBUTED.match(line):
        meta.attribution.append(line)
        return True
    if (m := _CAPTION.search(line)) and len(line) < 400:
        meta.credits.extend(part.strip() for part in m.group(1).split("/")[1:])
        meta.attribution.append(f"Caption: {line}")
        return True
    return False


def _same(a: str, b: str) -> bool:
    return " ".join(a.lstrip("#").split()).lower() == " ".join(b.split()).lower()


def _is_headline(line: str) -> bool:
    if _CAPTION.search(line) or _COPYRIGHT.match(line):
        return False
    return 0 < len(line) <= 150 and not line.endswith((".", '"', "”", ":", ")", "?"))


def _outlet_from_url(url: str) -> str:
    host = urlparse(url).hostname or ""
    host = host.removeprefix("www.")
    for domain, name in _DOMAINS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host


def _title_from_url(url: str) -> str:
    path = [p for p in urlparse(url).path.split("/") if p]
    slugs = [p for p in path if p.count("-") >= 3 and not re.search(r"\d{5,}", p)]
    if not slugs:
        return ""
    title = " ".join(slugs[-1].removesuffix(".html").split("-"))
    return title[:1].upper() + title[1:]


def _first_sentence(text: str, limit: int = 90) -> str:
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0] if text else ""
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


class _HTMLText(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "figcaption",
        "title",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta" and found.get("content"):
            key = found.get("property") or found.get("name") or ""
            self.meta.setdefault(key.lower(), found["content"] or "")
        if tag == "link" and found.get("rel") == "canonical" and found.get("href"):
            self.meta.setdefault("canonical", found["href"] or "")
        if tag in self._SKIP and tag != "head":
            self._skip += 1
        self._in_title = tag == "title"
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and tag != "head" and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)


@dataclass(frozen=True)
class HTMLPage:
    title: str
    text: str
    meta: dict[str, str]  # <meta> name/property → content; "canonical" → link href


def html_to_text(markup: str) -> HTMLPage:
    """Title, visible text and meta tags of an HTML page; scripts and styles dropped."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    title = parser.meta.get("og:title") or " ".join(parser.title.split())
    return HTMLPage(title=title, text=text, meta=parser.meta)
