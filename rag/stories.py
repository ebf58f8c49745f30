"""Stories: articles about the same event, grouped as they are ingested.

A new article joins the story of its closest stored article when their score reaches
`story_similarity`: the cosine of the two articles' mean chunk embeddings (the
articles collection already stores it) plus `story_name_weight` times the overlap of
the names they mention most (people, places, organisations), counted only between
articles published within `story_days` of each other. A later report up to
`story_follow_days` away continues a story too ("outbreak declared over" seventeen
days after the last death was reported), when it scores as high and the
`story_follow_names` names it mentions most are names the earlier one's story mentions
(between its articles), but for at most `story_follow_new` (the print worker first named
when charged), none another of a kind of an earlier name (`continues`; a report that
names fewer joins nothing beyond the week): a look-alike event a fortnight later names
itself ("Storm Brisa" two weeks after Storm Aveline, on the same coast, by the same
agency). Otherwise it starts a story.
The candidates are the nearest stored articles published within the window: one
nearest-neighbour query on the articles collection per publication day in an ingest
batch, filtered on the window's days, reading distances only; then one read of the
records of those close enough to reach the threshold, and one of the names of the
stories a report could continue beyond the week. Nothing else is re-read; articles of
the same batch are compared in memory. The story id and the names are
stored as article metadata, the story id on every chunk too (so retrieval can filter
by story).

`list_stories` turns the article records into `Story` records: a short label (the
names most of its articles share), its outlets, first report and latest update.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from rag.chroma import date_to_ts
from rag.syndication import components, new_id, source_of
from rag.types import Article, ArticleInfo, Story
from rag.wires import Agencies

DAY = 86_400
MAX_NAMES = 20  # names kept per article
_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ ]+(?:of[ ]+|de[ ]+|van[ ]+|von[ ]+)?[A-Z][\w'’-]*)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”'‘’(—–-]\s*|\n\s*)$")
_SKIP = frozenset(
    """a an and as at but by for from he her his i if in it its mr mrs ms dr no not of on our
    she so some that the their there these they this those to we what when where which while
    who why with after before about more most many one two three four five six seven eight
    nine ten monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec""".split()
)


def names(article: Article, limit: int = MAX_NAMES) -> tuple[str, ...]:
    """The capitalised names an article mentions most (title included), most first."""
    text = f"{article.title}\n{article.text}"
    lowercase = set(re.findall(r"\b[a-z][\w'’-]*", text))  # "Crews" at a sentence start
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    inside: set[str] = set()  # one-word names seen inside a sentence, not only first
    for match in _NAME.finditer(text):
        name = _tidy(match.group(0))
        if not name or (" " not in name and name.lower() in lowercase):
            continue
        key = name.lower()
        counts[key] += 1
        if not _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()]):
            inside.add(key)
        if key not in spelled or spelled[key].isupper():
            spelled[key] = name
    ranked = [k for k, _ in counts.most_common() if " " in k or k in inside]
    return tuple(spelled[k] for k in ranked[:limit])


_CONTRACTION = re.compile(r"^[A-Z][a-z]*['’](?:ve|re|m|ll|d|t)$")  # "I've", "We'll"


def _tidy(name: str) -> str:
    words = [w for w in re.sub(r"['’]s$", "", name).split() if not _CONTRACTION.match(w)]
    while words and words[0].lower() in _SKIP:
        words = words[1:]
    while words and words[-1].lower() in _SKIP:
        words = words[:-1]
    name = " ".join(words)
    return name if len(name) > 2 else ""


def continues(later: Sequence[str], earlier: Sequence[str], most: int, new: int = 0) -> bool:
    """Are the `most` names the later article mentions most (`names`) names the earlier
    one mentions, word for word ("Dunmarrow" in "Dunmarrow Legionnaires'"), but for at
    most `new` of them ("Hesketh Pellowe", the print worker first named when charged),
    none another of the same kind as an earlier name (`_sibling`: "Storm Brisa" beside
    "Storm Aveline" is another storm)? A report that names fewer says too little to tell
    ("Bears vs. Vikings" is not the Vikings' game of the week before)."""
    known = {_word(w) for name in earlier for w in name.split()}
    top = later[:most]
    unknown = [n for n in top if not all(_word(w) in known for w in n.split())]
    if len(top) < most or len(unknown) > new:
        return False
    return not any(_sibling(name, earlier) for name in unknown)


def _word(word: str) -> str:
    return word.lower().replace("’", "'").removesuffix("'s")


def _sibling(name: str, earlier: Sequence[str]) -> bool:
    """Does `name` open with the word an earlier name of several words opens with, and
    go on otherwise ("Storm Brisa" / "Storm Aveline", "Flight LK413" / "Flight LK412",
    "Councillor Ada Rusk" / "Councillor Lionel Grayle": another of a kind; not a
    possessive, "Wexcombe's Corn Exchange" beside "Wexcombe County Council")?"""
    first, *rest = name.split()
    if not rest or _word(first) != first.lower():
        return False
    return any(
        len(e.split()) > 1 and e.split()[0].lower() == first.lower() and e.lower() != name.lower()
        for e in earlier
    )


def overlap(a: Sequence[str], b: Sequence[str]) -> float:
    """Shared names over the shorter list (0 when either has none)."""
    left, right = {n.lower() for n in a}, {n.lower() for n in b}
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


@dataclass(frozen=True)
class Placed:
    story: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class _Neighbour:
    story: str
    ts: int  # published_ts (-1 undated)
    names: tuple[str, ...]
    cosine: float


class StoryFinder:
    """Places new articles into the stories of the stored ones (Chroma) and each other."""

    def __init__(
        self,
        days: int,
        similarity: float,
        name_weight: float,
        neighbours: int,
        follow_days: int,
        follow_names: int,
        follow_new: int = 0,
    ) -> None:
        self.window = days * DAY
        self.follow = max(follow_days, days) * DAY  # a later report that names no one new
        self.similarity = similarity
        self.name_weight = name_weight
        self.neighbours = neighbours
        self.follow_names = follow_names
        self.follow_new = follow_new

    def place(
        self, articles: Sequence[Article], vectors: np.ndarray, collection: Any
    ) -> list[Placed]:
        """One `Placed` per article, in order."""
        found = [names(a) for a in articles]
        stamps = [date_to_ts(a.published_at) for a in articles]
        stored = self._stored(vectors, stamps, collection)
        told = _told(collection, self._followed(stamps, stored))
        placed: list[Placed] = []
        for i, article in enumerate(articles):
            peers = [
                _Neighbour(placed[j].story, stamps[j], found[j], float(vectors[i] @ vectors[j]))
                for j in range(i)
            ]
            neighbours = stored[i] + peers
            story = self._best(stamps[i], found[i], neighbours, told) or new_id("s", article)
            placed.append(Placed(story, found[i]))
            told.setdefault(story, []).extend(found[i])
        return placed

    def _followed(self, stamps: Sequence[int], stored: Sequence[Sequence[_Neighbour]]) -> set[str]:
        """The stories a new article could continue beyond `story_days` (whose names
        `_near` reads; none in the common case, so no read)."""
        return {
            n.story
            for ts, near in zip(stamps, stored)
            for n in near
            if n.story and ts >= 0 and n.ts >= 0 and ts - n.ts > self.window
        }

    def _best(
        self,
        ts: int,
        own: Sequence[str],
        neighbours: Sequence[_Neighbour],
        told: dict[str, list[str]],
    ) -> str:
        """The story of the best-scoring neighbour in the date window, if good enough
        (beyond `story_days`, only one the later of the two `continues`: a later article
        against the names that story's articles mention, `told`, one new name allowed;
        an earlier one against the neighbour's, none new)."""
        best, top = "", self.similarity
        for n in neighbours:
            if not n.story or not self._near(ts, own, n, told.get(n.story, n.names)):
                continue
            score = n.cosine + self.name_weight * overlap(own, n.names)
            if score >= top:
                best, top = n.story, score
        return best

    def _near(
        self,
        ts: int,
        own: Sequence[str],
        n: _Neighbour,
        story_names: Sequence[str],
    ) -> bool:
        """Published close enough to be one story: within the window, or within the
        follow-up window when the later one names no one the earlier one does not (a
        later article: no one its story's articles do not, but `follow_new`)."""
        if ts < 0 or n.ts < 0 or abs(ts - n.ts) <= self.window:
            return True
        if abs(ts - n.ts) > self.follow:
            return False
        if ts > n.ts:
            return continues(own, story_names, self.follow_names, self.follow_new)
        return continues(n.names, own, self.follow_names)

    def _stored(
        self, vectors: np.ndarray, stamps: list[int], collection: Any
    ) -> list[list[_Neighbour]]:
        """Each article's nearest stored articles published within the window (or
        undated): one query per publication day in the batch, filtered on the window's
        days, so a neighbour is never crowded out by closer articles of other dates."""
        count = int(collection.count()) if len(vectors) else 0
        if count == 0:
            return [[] for _ in range(len(vectors))]
        n = min(self.neighbours, count)
        days: dict[int, list[int]] = {}
        for i, ts in enumerate(stamps):
            days.setdefault(ts, []).append(i)
        nearest: list[list[tuple[str, float]]] = [[] for _ in range(len(vectors))]
        for ts, rows in days.items():
            where = None if ts < 0 else {"published_ts": {"$in": self._days(ts)}}
            for i, near in zip(rows, self._nearest(collection, vectors[rows], n, where)):
                nearest[i] = near
        return self._described(collection, nearest)

    def _days(self, ts: int) -> list[int]:
        """The stamps a neighbour of an article published at `ts` may have: the days of
        the follow-up window (dates are stored as UTC midnights), and -1 (undated)."""
        span = self.follow // DAY
        return [ts + d * DAY for d in range(-span, span + 1)] + [-1]

    @staticmethod
    def _nearest(
        collection: Any, vectors: np.ndarray, n: int, where: dict[str, Any] | None
    ) -> list[list[tuple[str, float]]]:
        """(article id, cosine) of each vector's `n` nearest stored articles."""
        got = collection.query(
            query_embeddings=[v.tolist() for v in vectors],
            n_results=n,
            where=where,
            include=["distances"],
        )
        return [
            [(i, 1.0 - float(d)) for i, d in zip(ids, distances)]
            for ids, distances in zip(got["ids"], got["distances"])
        ]

    def _described(
        self, collection: Any, nearest: list[list[tuple[str, float]]]
    ) -> list[list[_Neighbour]]:
        """The neighbours close enough to reach the threshold, with their story, date and
        names (one read of their records: reading every neighbour's costs more than the
        query)."""
        floor = self.similarity - self.name_weight
        wanted = sorted({i for near in nearest for i, cosine in near if cosine >= floor})
        got = collection.get(ids=wanted, include=["metadatas"]) if wanted else {"ids": []}
        metas = dict(zip(got["ids"], got.get("metadatas") or []))
        return [[_neighbour(metas[i], c) for i, c in near if i in metas] for near in nearest]


def _told(collection: Any, stories: set[str]) -> dict[str, list[str]]:
    """Story id → the names its stored articles mention, together (one read): a
    follow-up may name the company one report named and the minister another did."""
    if not stories:
        return {}
    got = collection.get(where={"story": {"$in": sorted(stories)}}, include=["metadatas"])
    told: dict[str, list[str]] = {}
    for meta in got.get("metadatas") or []:
        n = _neighbour(meta, 0.0)
        told.setdefault(n.story, []).extend(n.names)
    return told


def _neighbour(meta: dict[str, Any], cosine: float) -> _Neighbour:
    return _Neighbour(
        str(meta.get("story", "")),
        int(meta.get("published_ts", -1)),
        tuple(filter(None, str(meta.get("names", "")).split("|"))),
        cosine,
    )


# --- listing ----------------------------------------------------------------------


def list_stories(infos: Sequence[ArticleInfo], agencies: Agencies | None = None) -> list[Story]:
    """Every story of these articles, latest update first."""
    agencies = agencies or Agencies()
    members: dict[str, list[ArticleInfo]] = {}
    for info in infos:
        if info.story:
            members.setdefault(info.story, []).append(info)
    stories = [_story(sid, group, agencies) for sid, group in members.items()]
    return sorted(stories, key=lambda s: (s.latest_published, s.id), reverse=True)


def _story(story_id: str, infos: list[ArticleInfo], agencies: Agencies) -> Story:
    ordered = sorted(infos, key=lambda a: (a.published_at or "9999", a.id))
    dated = [a for a in ordered if a.published_at] or ordered
    first, latest = dated[0], max(dated, key=lambda a: (a.published_at, a.id))
    outlets = tuple(dict.fromkeys(a.outlet or a.id for a in ordered))
    independent = len(components([source_of(a, agencies) for a in ordered]))
    return Story(
        id=story_id,
        label=label(ordered, agencies) or first.title,
        title=first.title,
        articles=tuple(a.id for a in ordered),
        outlets=outlets,
        first_published=first.published_at,
        first_outlet=first.outlet,
        latest_published=latest.published_at,
        latest_outlet=latest.outlet,
        independent=independent,
    )


def label(infos: Sequence[ArticleInfo], agencies: Agencies, size: int = 2) -> str:
    """The names most of the articles share (not outlets or wires), " · "-joined."""
    excluded = {x.lower() for a in infos for x in (a.outlet, *a.wires) if x}
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for info in infos:
        for name in dict.fromkeys(n.lower() for n in info.names):
            if name not in excluded and not agencies.looks_like(name.title()):
                counts[name] += 1
        for n in info.names:
            spelled.setdefault(n.lower(), n)
    order = {k: i for i, k in enumerate(spelled)}
    ranked = sorted(counts, key=lambda k: (-counts[k], order[k]))
    chosen: list[str] = []
    for key in ranked:
        if not any(key in c.lower() or c.lower() in key for c in chosen):
            chosen.append(spelled[key])
        if len(chosen) == size:
            break
    return " · ".join(chosen)
