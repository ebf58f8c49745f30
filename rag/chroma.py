"""Chroma plumbing: the client, and our records as Chroma metadata and filters.

`open_client` gives an HttpClient when a server URL is configured (the path beyond
one machine) and an embedded PersistentClient under the data dir otherwise; both
with telemetry off. The mapping functions turn `Chunk` / `Article` records into
flat metadata and back; dates are also stored as epoch seconds (`published_ts`) so
that Chroma can range-filter them. What syndication and stories mark at ingest
(`marking_meta`) is flat metadata too: group, story and wires on every chunk (so
retrieval can filter and collapse copies) and on the article record. A fingerprint
record (`fingerprint_meta`) holds one field per LSH band (`lsh_00`...) that new
articles are matched on. Lists are stored as "|"-joined strings.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.config import Config
from rag.errors import StoreError
from rag.types import Article, ArticleInfo, Chunk, Filters

if TYPE_CHECKING:
    from rag.stories import Placed
    from rag.syndication import Fingerprint, Lsh, Mark


def date_to_ts(iso: str) -> int:
    """Epoch seconds at UTC midnight of an ISO date; -1 when unknown."""
    if not iso:
        return -1
    day = date.fromisoformat(iso[:10])
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def open_client(config: Config) -> Any:
    """A Chroma client: HTTP when `chroma_url` is set, else embedded under data_dir."""
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    try:
        if config.chroma_url:
            from urllib.parse import urlparse

            url = urlparse(config.chroma_url)
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=settings,
            )
        path = Path(config.data_dir) / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=settings)
    except Exception as err:  # connection refused, unwritable directory, ...
        where = config.chroma_url or str(Path(config.data_dir) / "chroma")
        raise StoreError(f"cannot open the Chroma store at {where}: {err}") from err


def to_metadata_filters(filters: Filters | None) -> Any:
    """Our `Filters` as llama-index MetadataFilters (None when empty)."""
    from llama_index.core.vector_stores.types import (
        FilterOperator,
        MetadataFilter,
        MetadataFilters,
    )

    if filters is None or filters.empty:
        return None
    items: list[MetadataFilter | MetadataFilters] = []

    def add(key: str, value: str | int, operator: FilterOperator) -> None:
        items.append(MetadataFilter(key=key, value=value, operator=operator))

    if filters.outlet:
        add("outlet", filters.outlet, FilterOperator.EQ)
    if filters.story:
        add("story", filters.story, FilterOperator.EQ)
    if filters.since:
        add("published_ts", date_to_ts(filters.since), FilterOperator.GTE)
    if filters.until:
        if not filters.since:  # undated chunks (published_ts -1) are in no range, as in BM25
            add("published_ts", 0, FilterOperator.GTE)
        add("published_ts", date_to_ts(filters.until), FilterOperator.LTE)
    return MetadataFilters(filters=items)


def chunk_meta(chunk: Chunk) -> dict[str, Any]:
    return {
        "article_id": chunk.article_id,
        "position": chunk.position,
        "start": chunk.start,
        "end": chunk.end,
        "title": chunk.title,
        "outlet": chunk.outlet,
        "published_at": chunk.published_at,
        "published_ts": date_to_ts(chunk.published_at),
        "url": chunk.url,
        "group": chunk.group,
        "story": chunk.story,
        "wires": "|".join(chunk.wires),
    }


def chunk_from_meta(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(
        id=chunk_id,
        article_id=str(meta["article_id"]),
        text=text,
        position=int(meta["position"]),
        start=int(meta["start"]),
        end=int(meta["end"]),
        title=str(meta.get("title", "")),
        outlet=str(meta.get("outlet", "")),
        published_at=str(meta.get("published_at", "")),
        url=str(meta.get("url", "")),
        group=str(meta.get("group", "")),
        story=str(meta.get("story", "")),
        wires=_split(meta.get("wires")),
    )


def _split(value: Any) -> tuple[str, ...]:
    return tuple(filter(None, str(value or "").split("|")))


def marking_meta(mark: Mark, placed: Placed) -> dict[str, Any]:
    """An article record's syndication and story fields."""
    meta: dict[str, Any] = {
        "group": mark.group,
        "wires": "|".join(mark.wires),
        "derived": mark.derived,
        "copy_of": mark.copy_of,
        "story": placed.story,
        "names": "|".join(placed.names),
    }
    return meta


def fingerprint_meta(fingerprint: Fingerprint, lsh: Lsh) -> dict[str, Any]:
    """A fingerprint record's metadata: one field per LSH band key."""
    return dict(zip(lsh.fields, fingerprint.keys))


def article_meta(
    article: Article, n_chunks: int, marking: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        **(marking or {}),
        "title": article.title,
        "outlet": article.outlet,
        "published_at": article.published_at,
        "published_ts": date_to_ts(article.published_at),
        "url": article.url,
        "author": article.author,
        "attribution": "\n".join(article.attribution),
        "source": article.source,
        "content_hash": article.content_hash,
        "n_chunks": n_chunks,
    }


def article_from_meta(article_id: str, text: str, meta: dict[str, Any]) -> Article:
    return Article(
        id=article_id,
        title=str(meta["title"]),
        text=text,
        outlet=str(meta["outlet"]),
        published_at=str(meta["published_at"]),
        url=str(meta["url"]),
        author=str(meta.get("author", "")),
        attribution=tuple(filter(None, str(meta.get("attribution", "")).split("\n"))),
        source=str(meta.get("source", "")),
    )


def article_info(article_id: str, meta: dict[str, Any]) -> ArticleInfo:
    return ArticleInfo(
        id=article_id,
        title=str(meta["title"]),
        outlet=str(meta["outlet"]),
        published_at=str(meta["published_at"]),
        url=str(meta["url"]),
        n_chunks=int(meta["n_chunks"]),
        content_hash=str(meta["content_hash"]),
        group=str(meta.get("group", "")),
        story=str(meta.get("story", "")),
        wires=_split(meta.get("wires")),
        derived=bool(meta.get("derived", False)),
        names=_split(meta.get("names")),
    )
