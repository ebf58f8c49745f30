"""Who reported what, scored on the wire gold set (eval/corpora/wire; no LLM).

The corpus is ingested into a fresh index with the given settings, so everything is
scored on what ingest stored:

- pairs: each labelled pair (pairs.jsonl) is derived when `rag.syndication.same_source`
  holds for the two article records (one near-duplicate group, or one credited wire
  within one story); precision, recall and F1 of the derived class, per split.
- stories: B-cubed precision, recall and F1 of the story clusters against the events
  of truth.jsonl (each unrelated article is an event of its own), per split and overall.
- counts: each question (questions.jsonl) is retrieved (top k, wire copies collapsed)
  and `rag.syndication.support` counts the passages whose article states every fact
  (their retrieved text has an alias of each); a case is right when both its outlets and
  its independent sources equal the gold.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.dataset import EVAL_DIR, Case, load
from eval.metrics import has_alias
from rag.config import Config
from rag.index import Index, reset
from rag.ingest import read_articles
from rag.retrieve import Retriever
from rag.syndication import Source, same_source, source_of, support
from rag.types import ArticleInfo, Hit
from rag.wires import Agencies

WIRE = EVAL_DIR / "corpora" / "wire"
SPLITS = ("dev", "test")


@dataclass(frozen=True)
class Gold:
    truth: dict[str, dict[str, Any]]  # article id → its truth.jsonl row
    pairs: list[dict[str, Any]]
    questions: list[Case]


def load_gold(folder: Path = WIRE) -> Gold:
    rows = [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines()]
    pairs = [json.loads(line) for line in (folder / "pairs.jsonl").read_text().splitlines()]
    return Gold({r["id"]: r for r in rows}, pairs, load(folder / "questions.jsonl"))


def build(config: Config, folder: Path = WIRE) -> Index:
    """A fresh index of the corpus (marks depend on the settings: never reused)."""
    reset(config)
    index = Index.open(config)
    report = index.ingest(read_articles([folder / "articles"], config.max_file_bytes))
    if report.failed:
        raise RuntimeError(f"the wire corpus did not ingest cleanly: {report.summary()}")
    return index


# --- pairs --------------------------------------------------------------------------


RULES: dict[
    str, Callable[[Source, Source], bool]
] = {  # what makes two articles one source: the full rule and its halves
    "both": same_source,
    "groups only": lambda a, b: bool(a.group and a.group == b.group),
    "wire + story only": lambda a, b: bool(a.story and a.story == b.story and a.wires & b.wires),
    "wire, any story": lambda a, b: bool(a.wires & b.wires) or bool(a.group and a.group == b.group),
}


def pair_scores(
    infos: dict[str, ArticleInfo], pairs: Sequence[dict[str, Any]], agencies: Agencies
) -> dict[str, dict[str, Any]]:
    """Derived-vs-independent scores per split (the full rule, the pairs it got wrong, and
    the F1 of each rule in `RULES`)."""
    out: dict[str, dict[str, Any]] = {}
    for split in SPLITS:
        rows = [p for p in pairs if p["split"] == split]
        sources = [(source_of(infos[p["a"]], agencies), source_of(infos[p["b"]], agencies))
                   for p in rows]  # fmt: skip
        gold = [p["derived"] for p in rows]
        guessed = [same_source(a, b) for a, b in sources]
        out[split] = {
            **prf(gold, guessed),
            "pairs": len(rows),
            "wrong": [
                f"{p['a']} {p['b']} {p['label']}"
                for p, g in zip(rows, guessed)
                if g != p["derived"]
            ],  # fmt: skip
            "rules": {
                name: prf(gold, [rule(a, b) for a, b in sources])["f1"]
                for name, rule in RULES.items()
            },  # fmt: skip
        }
    return out


def prf(gold: Sequence[bool], guessed: Sequence[bool]) -> dict[str, float]:
    tp = sum(g and p for g, p in zip(gold, guessed))
    precision = tp / max(sum(guessed), 1)
    recall = tp / max(sum(gold), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


# --- stories ------------------------------------------------------------------------


def bcubed(clusters: dict[str, str], events: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of `clusters` (item → cluster) against `events`."""
    items = list(clusters)
    precision = recall = 0.0
    for i in items:
        same_cluster = [j for j in items if clusters[j] == clusters[i]]
        same_event = [j for j in items if events[j] == events[i]]
        both = sum(1 for j in same_cluster if events[j] == events[i])
        precision += both / len(same_cluster)
        recall += both / len(same_event)
    precision, recall = precision / len(items), recall / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "articles": len(items)}


def story_scores(infos: dict[str, ArticleInfo], gold: Gold) -> dict[str, dict[str, float]]:
    out = {}
    for split in (*SPLITS, "all"):
        ids = [i for i, t in gold.truth.items() if split in ("all", t["split"])]
        clusters = {i: infos[i].story or i for i in ids}
        out[split] = bcubed(clusters, {i: gold.truth[i]["event"] for i in ids})
    out["all"]["stories"] = len({infos[i].story or i for i in gold.truth})
    out["all"]["events"] = len({t["event"] for t in gold.truth.values()})
    return out


# --- source counts ------------------------------------------------------------------


def stating(case: Case, hits: Sequence[Hit]) -> list[Hit]:
    """The hits that state part of the answer (a fact) in an article whose retrieved
    passages state all of it. Only such a passage stands for its copies (`Hit.also`)."""
    text: dict[str, str] = {}
    for hit in hits:
        text[hit.chunk.article_id] = text.get(hit.chunk.article_id, "") + "\n" + hit.chunk.text
    states = {a for a, t in text.items() if all(has_alias(t, fact) for fact in case.facts)}
    return [
        h
        for h in hits
        if h.chunk.article_id in states and any(has_alias(h.chunk.text, f) for f in case.facts)
    ]


def count_rows(
    retriever: Retriever, cases: Sequence[Case], k: int, per_article: int, agencies: Agencies
) -> list[dict[str, Any]]:
    rows = []
    for case in cases:
        hits = stating(case, retriever.retrieve(case.question, k, per_article=per_article).hits)
        got = support(hits, agencies)
        rows.append(
            {
                "id": case.id,
                "split": case.split,
                "outlets": got.outlets,
                "gold_outlets": case.outlets,
                "independent": got.independent,
                "gold_independent": case.independent_sources,
                "right": got.outlets == case.outlets
                and got.independent == case.independent_sources,
                "sources": [list(s) for s in got.sources],
            }
        )
    return rows


def count_scores(rows: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = {}
    for split in SPLITS:
        mine = [r for r in rows if r["split"] == split]
        out[split] = {
            "cases": len(mine),
            "both_right": sum(r["right"] for r in mine),
            "independent_right": sum(r["independent"] == r["gold_independent"] for r in mine),
            "outlets_right": sum(r["outlets"] == r["gold_outlets"] for r in mine),
            "wrong": [r["id"] for r in mine if not r["right"]],
        }
    return out


# --- the run ------------------------------------------------------------------------


def run(config: Config, k: int, per_article: int, folder: Path = WIRE) -> dict[str, Any]:
    """Ingest the corpus with `config` and score pairs, stories and source counts
    (`k` passages a question, at most `per_article` from one article, 0: no limit)."""
    gold = load_gold(folder)
    index = build(config, folder)
    infos = {a.id: a for a in index.list_articles()}
    retriever = Retriever(index, config)
    counts = count_rows(retriever, gold.questions, k, per_article, index.agencies)
    return {
        "settings": _settings(config, k, per_article),
        "pairs": pair_scores(infos, gold.pairs, index.agencies),
        "stories": story_scores(infos, gold),
        "counts": count_scores(counts),
        "cases": counts,
    }


def _settings(config: Config, k: int, per_article: int) -> dict[str, Any]:
    names = (
        "shingle_words minhash_perms lsh_bands near_duplicate passage_duplicate "
        "passage_carried story_days story_follow_days story_follow_names story_follow_new "
        "story_similarity story_name_weight story_neighbours candidates"
    ).split()
    return {"k": k, "per_article": per_article, **{n: getattr(config, n) for n in names}}


def markdown(report: dict[str, Any]) -> str:
    """The figures as a Markdown table (dev and test side by side)."""
    pairs, stories, counts = report["pairs"], report["stories"], report["counts"]
    lines = ["| measure | dev | test |", "| --- | --- | --- |"]
    for name in ("f1", "precision", "recall"):
        lines.append(
            f"| pair {name} (derived) | {pairs['dev'][name]:.3f} | {pairs['test'][name]:.3f} |"
        )
    for name in ("f1", "precision", "recall"):
        lines.append(
            f"| story B-cubed {name} | {stories['dev'][name]:.3f} | {stories['test'][name]:.3f} |"
        )
    for name, label in (("both_right", "counts right"), ("independent_right", "independent right"),
                        ("outlets_right", "outlets right")):  # fmt: skip
        dev, test = counts["dev"], counts["test"]
        lines.append(f"| {label} | {dev[name]}/{dev['cases']} | {test[name]}/{test['cases']} |")
    for name in RULES:
        dev, test = pairs["dev"]["rules"][name], pairs["test"]["rules"][name]
        lines.append(f"| pair F1, rule: {name} | {dev:.3f} | {test:.3f} |")
    lines.append(
        f"\nStories over the whole corpus: B-cubed F1 {stories['all']['f1']:.3f} "
        f"({stories['all']['stories']} stories for {stories['all']['events']} events). "
        f"Settings: {json.dumps(report['settings'])}"
    )
    return "\n".join(lines)


def write(report: dict[str, Any], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "syndication_report.json", out / "syndication_report.md"]
    paths[0].write_text(json.dumps(report, indent=2))
    paths[1].write_text(markdown(report) + "\n")
    return paths
