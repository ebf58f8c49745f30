#!/usr/bin/env python3
"""Build the wire corpus from src/: articles/*.json, truth.jsonl, pairs.jsonl, questions.jsonl.

Wire copies are produced by applying the light edits listed in src/*_events.py to the
wire original's text. Article ids are assigned in a fixed shuffled order (seed below) so
that ids reveal neither the event nor the origin. Run: python3 build.py
(stdlib only; deterministic; rewrites the output files).
"""
import itertools
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import dev_events  # noqa: E402
import test_events  # noqa: E402
import questions as qsrc  # noqa: E402
from outlets import ALL  # noqa: E402

SEED = 20260309
UNRELATED_PAIRS_PER_SPLIT = 30


def paras_of(text):
    return [p.strip() for p in text.strip().split("\n\n") if p.strip()]


def apply_ops(text, ops, where):
    for op in ops:
        kind = op[0]
        if kind == "sub":
            _, old, new = op
            n = text.count(old)
            if n != 1:
                raise SystemExit(f"{where}: sub {old!r} found {n} times")
            text = text.replace(old, new)
        elif kind == "suball":
            _, old, new = op
            if old not in text:
                raise SystemExit(f"{where}: suball {old!r} not found")
            text = text.replace(old, new)
        elif kind == "drop_para":
            ps = text.split("\n\n")
            hits = [i for i, p in enumerate(ps) if op[1] in p]
            if len(hits) != 1:
                raise SystemExit(f"{where}: drop_para {op[1]!r} matched {len(hits)}")
            del ps[hits[0]]
            text = "\n\n".join(ps)
        elif kind == "insert_after":
            ps = text.split("\n\n")
            hits = [i for i, p in enumerate(ps) if op[1] in p]
            if len(hits) != 1:
                raise SystemExit(f"{where}: insert_after {op[1]!r} matched {len(hits)}")
            ps.insert(hits[0] + 1, op[2])
            text = "\n\n".join(ps)
        else:
            raise SystemExit(f"{where}: unknown op {kind}")
    return text


def slugify(s):
    s = s.lower().replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return "-".join(s.split("-")[:9])


def main():
    events = dev_events.EVENTS + test_events.EVENTS
    unrelated = dev_events.UNRELATED + test_events.UNRELATED
    for u in unrelated:
        events.append({"event": u["event"], "split": u["split"], "topic": None,
                       "wire": u["wire"], "summary": u["summary"], "articles": [u["article"]]})

    recs = []  # one per article
    for ev in events:
        by_k = {a["k"]: a for a in ev["articles"]}
        for a in ev["articles"]:
            where = f"{ev['event']}.{a['k']}"
            if "copy_of" in a:
                base = paras_of(by_k[a["copy_of"]]["text"])
                text = apply_ops("\n\n".join(base), a["ops"], where)
            else:
                text = "\n\n".join(paras_of(a["text"]))
            assert "\n\n\n" not in text, where
            words = len(text.split())
            if not 150 <= words <= 450:
                raise SystemExit(f"{where}: {words} words")
            if a["outlet"] not in ALL:
                raise SystemExit(f"{where}: unknown outlet {a['outlet']}")
            recs.append({"key": where, "ev": ev, "a": a, "text": text, "words": words})

    rng = random.Random(SEED)
    order = list(range(len(recs)))
    rng.shuffle(order)
    for n, i in enumerate(order, 1):
        r = recs[i]
        r["id"] = f"sy{n:02d}_{ALL[r['a']['outlet']]['slug']}"
    key2id = {r["key"]: r["id"] for r in recs}

    out_dir = os.path.join(HERE, "articles")
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    for r in recs:
        a = r["a"]
        y, m, d = a["date"].split("-")
        dom = ALL[a["outlet"]]["domain"]
        prefix = "news/" if a["outlet"] == "KPB News" else ""
        url = f"https://www.{dom}/{prefix}{y}/{m}/{d}/{slugify(a['title'])}"
        art = {"id": r["id"], "title": a["title"], "text": r["text"], "outlet": a["outlet"],
               "published_at": a["date"], "url": url, "author": a["author"]}
        with open(os.path.join(out_dir, r["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(art, f, ensure_ascii=False, indent=2)
            f.write("\n")

    # truth
    truth = {}
    for r in sorted(recs, key=lambda r: r["id"]):
        ev, a = r["ev"], r["a"]
        role = a["role"]
        if role in ("wire_copy", "wire_rewrite"):
            derived = key2id[f"{ev['event']}.w"]
        else:
            derived = None
        wire = ev["wire"] if role in ("wire", "wire_copy", "wire_rewrite") or (role == "unrelated" and ev["wire"]) else None
        truth[r["id"]] = {"id": r["id"], "event": ev["event"], "origin": role, "wire": wire,
                          "derived_from": derived, "split": ev["split"]}
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for row in truth.values():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    # pairs
    topic = {ev["event"]: ev["topic"] for ev in events}
    ids_by_event = {}
    for r in recs:
        ids_by_event.setdefault(r["ev"]["event"], []).append(r["id"])
    for v in ids_by_event.values():
        v.sort()

    def label(a, b):
        ta, tb = truth[a], truth[b]
        if ta["event"] == tb["event"]:
            if "independent" in (ta["origin"], tb["origin"]):
                return "independent"
            if {ta["origin"], tb["origin"]} <= {"wire", "wire_copy"}:
                return "wire_copy"
            return "wire_rewrite"
        if topic[ta["event"]] and topic[ta["event"]] == topic[tb["event"]]:
            return "same_topic"
        return "unrelated"

    pairs = []
    for split in ("dev", "test"):
        evs = sorted(e for e in ids_by_event if truth[ids_by_event[e][0]]["split"] == split)
        for e in evs:
            for a, b in itertools.combinations(ids_by_event[e], 2):
                pairs.append((a, b))
        for e1, e2 in itertools.combinations(evs, 2):
            if topic[e1] and topic[e1] == topic[e2]:
                for a in ids_by_event[e1]:
                    for b in ids_by_event[e2]:
                        pairs.append(tuple(sorted((a, b))))
        # unrelated: every unrelated-article event gets paired with some event articles,
        # plus random cross-topic pairs
        cand = []
        for e1, e2 in itertools.combinations(evs, 2):
            if topic[e1] and topic[e1] == topic[e2]:
                continue
            for a in ids_by_event[e1]:
                for b in ids_by_event[e2]:
                    cand.append(tuple(sorted((a, b))))
        cand.sort()
        rng2 = random.Random(f"{SEED}-{split}")
        xs = [e for e in evs if topic[e] is None]
        chosen = []
        for x in xs:  # make sure each unrelated article appears in a few pairs
            mine = [p for p in cand if ids_by_event[x][0] in p]
            chosen += rng2.sample(mine, 4)
        rest = [p for p in cand if p not in chosen]
        chosen += rng2.sample(rest, UNRELATED_PAIRS_PER_SPLIT - len(chosen))
        pairs += chosen
    seen = set()
    with open(os.path.join(HERE, "pairs.jsonl"), "w", encoding="utf-8") as f:
        for a, b in pairs:
            assert (a, b) not in seen and a != b
            seen.add((a, b))
            lab = label(a, b)
            f.write(json.dumps({"a": a, "b": b, "label": lab,
                                "derived": lab in ("wire_copy", "wire_rewrite"),
                                "split": truth[a]["split"]}) + "\n")

    # questions
    text_of = {r["id"]: (r["a"]["title"] + "\n" + r["text"]) for r in recs}
    outlet_of = {r["id"]: r["a"]["outlet"] for r in recs}
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in qsrc.QUESTIONS:
            ev = q["event"]
            support = [key2id[f"{ev}.{k}"] for k in q["support"]]
            outlets = len({outlet_of[i] for i in support})
            indep = len({truth[i]["derived_from"] or i for i in support})
            if (outlets, indep) != (q["outlets"], q["independent_sources"]):
                raise SystemExit(f"{q['id']}: stated outlets/indep {q['outlets']}/{q['independent_sources']}"
                                 f" but support gives {outlets}/{indep}")
            evidence = []
            for e in q["evidence"]:
                aid = key2id[f"{ev}.{e[0]}"]
                if e[1] not in text_of[aid]:
                    raise SystemExit(f"{q['id']}: evidence not in {ev}.{e[0]}: {e[1]!r}")
                evidence.append({"article": aid, "sentence": e[1]})
            split = next(x["split"] for x in events if x["event"] == ev)
            row = {"id": q["id"], "question": q["question"], "facts": q["facts"],
                   "sources": support, "answerable": True, "type": q["type"], "split": split,
                   "evidence": evidence, "outlets": outlets, "independent_sources": indep,
                   "support": support}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    # summary table for the README
    with open(os.path.join(HERE, "src", "articles_table.md"), "w", encoding="utf-8") as f:
        for ev in events:
            f.write(f"\n### {ev['event']} ({ev['split']}) {ev['summary']}\n\n")
            f.write("| id | outlet | published | origin | words | edits (wire copies) |\n|---|---|---|---|---|---|\n")
            for r in recs:
                if r["ev"] is not ev:
                    continue
                a = r["a"]
                edits = "; ".join(describe(op) for op in a.get("ops", []))
                f.write(f"| {r['id']} | {a['outlet']} | {a['date']} | {a['role']} | {r['words']} | {edits} |\n")
    print(f"{len(recs)} articles, {len(pairs)} pairs, {len(qsrc.QUESTIONS)} questions")


def describe(op):
    if op[0] in ("sub", "suball"):
        old, new = op[1].strip(), op[2].strip()
        if not new:
            return f"drops sentence \"{old[:50]}...\""
        if len(old) > 40 and new.startswith(old):
            return f"adds sentence \"{new[len(old):].strip()[:50]}...\""
        return f"\"{old[:40]}\" → \"{new[:40]}\""
    if op[0] == "drop_para":
        return f"drops paragraph \"{op[1][:40]}...\""
    if op[0] == "insert_after":
        return f"adds paragraph \"{op[2][:50]}...\""
    return str(op)


if __name__ == "__main__":
    main()
