"""Chunking: an article's cleaned text cut into overlapping passages with offsets.

llama-index's SentenceSplitter decides where chunks end (sentence boundaries, token
budget; told our abbreviations, so "Dr." ends no chunk); `chunk_article` then finds
each piece in the article so that every chunk carries exact character offsets:
`chunk.text == article.text[chunk.start:chunk.end]` holds for every chunk
(tests/test_index.py checks it as a property).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from rag.errors import StoreError
from rag.text import ABBREVIATIONS
from rag.types import Article, Chunk


def chunk_article(article: Article, chunk_size: int, chunk_overlap: int) -> list[Chunk]:
    """Split with llama-index's SentenceSplitter; offsets index `article.text`."""
    from llama_index.core.node_parser import SentenceSplitter

    splitter = SentenceSplitter(
        chunk_size=chunk_size, chunk_overlap=chunk_overlap, chunking_tokenizer_fn=_sentences()
    )
    chunks, cursor, end = [], 0, 0
    overlap = chunk_overlap / chunk_size
    for position, piece in enumerate(splitter.split_text(article.text)):
        start, end = _locate(article.text, piece, cursor, after=end, overlap=overlap)
        chunks.append(
            Chunk(
                id=f"{article.id}#{position}",
                article_id=article.id,
                text=article.text[start:end],
                position=position,
                start=start,
                end=end,
                title=article.title,
                outlet=article.outlet,
                published_at=article.published_at,
                url=article.url,
            )
        )
        cursor = start + 1
    return chunks


@cache
def _sentences() -> Callable[[str], list[str]]:
    """llama-index's sentence split (nltk punkt, whitespace kept), told the abbreviations
    our sentence splitter knows: its own knows none, and cut "… said Dr." from "Imogen
    Farrant, the agency's regional medical officer" at a chunk's end."""
    from llama_index.core.node_parser.text.utils import split_by_sentence_tokenizer_internal
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    tokenizer = PunktSentenceTokenizer(params)
    return lambda text: split_by_sentence_tokenizer_internal(text, tokenizer)


def _locate(
    text: str, piece: str, cursor: int, after: int = 0, overlap: float = 0.0
) -> tuple[int, int]:
    """Where `piece` (as the splitter returned it) lies in `text`, at or after `cursor`.

    Chunks overlap (by about `overlap` of their length) and each reaches past the
    previous one's end (`after`). In repetitive text a piece can lie at several such
    places: the one nearest that overlap is taken (the first would advance a run of one
    repeated character by a single character per chunk and leave most of it uncovered).
    """
    found = _touching(text, piece, cursor, after, after - int(len(piece) * overlap))
    if found < 0:
        found = text.find(piece, cursor)
        while found >= 0 and found + len(piece) <= after:
            found = text.find(piece, found + 1)
    if found < 0:
        found = text.find(piece, cursor)
    if found < 0:
        found = text.find(piece)
    if found >= 0:
        return found, found + len(piece)
    pattern = re.compile(r"\s+".join(re.escape(w) for w in piece.split()))
    match = next((m for m in pattern.finditer(text, cursor) if m.end() > after), None)
    match = match or pattern.search(text, cursor) or pattern.search(text)
    if match is None:
        raise StoreError(f"chunk of {len(piece)} characters not found in its article")
    return match.start(), match.end()


def _touching(text: str, piece: str, cursor: int, after: int, target: int) -> int:
    """The start in [cursor, after] nearest `target` at which `piece` lies and reaches
    past `after`; -1 when there is none."""
    best, found = -1, text.find(piece, cursor, after + len(piece))
    while found >= 0:
        if found + len(piece) > after and (best < 0 or abs(found - target) < abs(best - target)):
            best = found
        found = text.find(piece, found + 1, after + len(piece))
    return best
