#!/usr/bin/env python3
"""Validate the wire (syndication) corpus. Stdlib only. Run: python3 check.py

Reads only the output files (articles/*.json, truth.jsonl, pairs.jsonl, questions.jsonl);
it does not import the build script, so it is an independent check of the data.
Exits 1 and lists every problem if anything fails; prints counts and OK otherwise.
"""
import difflib
import glob
import itertools
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

# The event-to-split table (also in README.md). Decided before anything was run; never change it.
EVENT_SPLIT = {
    "E01": "dev", "E02": "test", "E03": "dev", "E04": "test", "E05": "dev", "E06": "test",
    "E07": "dev", "E08": "test", "E09": "dev", "E10": "test", "E11": "dev", "E12": "test",
    "E13": "dev", "E14": "test",
    "X01": "dev", "X02": "test", "X03": "dev", "X04": "test",   # unrelated articles
}
# Topic families: events with the same topic are "same_topic" to each other.
TOPIC = {
    "E01": "factory_fire", "E03": "factory_fire",
    "E02": "strike", "E04": "strike",
    "E05": "rate_decision", "E07": "rate_decision",
    "E06": "storm", "E08": "storm",
    "E09": "aviation", "E10": "takeover", "E11": "archaeology", "E12": "landslide",
    "E13": "drought", "E14": "food_recall",
    "X01": None, "X02": None, "X03": None, "X04": None,
}
AGENCIES = {"Stannard Press": ["Stannard Press"],
            "Eastreach Wire": ["Eastreach Wire"],
            "Pan-Littoral News Agency": ["Pan-Littoral News Agency", "PLNA"]}
ORIGINS = {"wire", "wire_copy", "wire_rewrite", "independent", "unrelated"}
LABELS = {"wire_copy", "wire_rewrite", "independent", "same_topic", "unrelated"}
ART_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
TRUTH_KEYS = {"id", "event", "origin", "wire", "derived_from", "split"}
PAIR_KEYS = {"a", "b", "label", "derived", "split"}
Q_KEYS = {"id", "question", "facts", "sources", "answerable", "type", "split", "evidence",
          "outlets", "independent_sources", "support"}

errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: {e}")
    return rows


def day(s):
    y, m, d = map(int, s.split("-"))
    import datetime
    return datetime.date(y, m, d)


# ------------------------------------------------------------------ articles
arts = {}
for path in sorted(glob.glob(os.path.join(HERE, "articles", "*.json"))):
    stem = os.path.splitext(os.path.basename(path))[0]
    try:
        a = json.load(open(path, encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(f"{stem}: bad JSON {e}")
        continue
    if set(a) != ART_KEYS:
        err(f"{stem}: keys {sorted(a)}")
    if a.get("id") != stem:
        err(f"{stem}: id {a.get('id')!r} != file stem")
    if not re.fullmatch(r"202[5-7]-\d\d-\d\d", a.get("published_at", "")):
        err(f"{stem}: published_at {a.get('published_at')!r}")
    if not re.fullmatch(r"https://www\.[a-z0-9-]+\.example/\S+", a.get("url", "")):
        err(f"{stem}: url {a.get('url')!r}")
    text = a.get("text", "")
    if "\n\n\n" in text or text != text.strip() or "\n\n" not in text:
        err(f"{stem}: paragraph layout")
    w = len(text.split())
    if not 150 <= w <= 450:
        err(f"{stem}: {w} words (want 150-450)")
    arts[stem] = a
urls = Counter(a["url"] for a in arts.values())
for u, c in urls.items():
    if c > 1:
        err(f"duplicate url {u}")

# ------------------------------------------------------------------ truth
truth = {}
for r in load_jsonl("truth.jsonl"):
    if set(r) != TRUTH_KEYS:
        err(f"truth {r.get('id')}: keys {sorted(r)}")
    if r["id"] in truth:
        err(f"truth: duplicate id {r['id']}")
    truth[r["id"]] = r
if set(truth) != set(arts):
    err(f"truth ids != article ids: missing {sorted(set(arts) - set(truth))}, extra {sorted(set(truth) - set(arts))}")

by_event = defaultdict(list)
for i, r in truth.items():
    if i not in arts:
        continue
    ev = r["event"]
    by_event[ev].append(i)
    if ev not in EVENT_SPLIT:
        err(f"{i}: unknown event {ev}")
        continue
    if r["split"] != EVENT_SPLIT[ev]:
        err(f"{i}: split {r['split']} but event {ev} is {EVENT_SPLIT[ev]}")
    o = r["origin"]
    if o not in ORIGINS:
        err(f"{i}: origin {o}")
    if (o == "unrelated") != ev.startswith("X"):
        err(f"{i}: origin unrelated must match X-events")
    if r["wire"] is not None and r["wire"] not in AGENCIES:
        err(f"{i}: wire {r['wire']!r}")
    if o in ("wire", "wire_copy", "wire_rewrite") and r["wire"] is None:
        err(f"{i}: {o} without wire")
    if o == "independent" and r["wire"] is not None:
        err(f"{i}: independent with wire")
    if o == "wire" and arts[i]["outlet"] != r["wire"]:
        err(f"{i}: wire original not published by its agency")
    if o in ("wire_copy", "wire_rewrite"):
        d = r["derived_from"]
        if d not in truth or truth[d]["origin"] != "wire" or truth[d]["event"] != ev or truth[d]["wire"] != r["wire"]:
            err(f"{i}: derived_from {d!r} is not the wire original of its event")
        elif d in arts:
            lag = (day(arts[i]["published_at"]) - day(arts[d]["published_at"])).days
            if not 0 <= lag <= 1:
                err(f"{i}: published {lag} days after its wire (want 0 or 1)")
            ratio = difflib.SequenceMatcher(None, arts[d]["text"], arts[i]["text"], autojunk=False).ratio()
            if o == "wire_copy" and ratio < 0.8:
                err(f"{i}: wire copy only {ratio:.2f} similar to its wire")
            if o == "wire_rewrite" and ratio > 0.6:
                err(f"{i}: rewrite {ratio:.2f} similar to its wire (should be own wording)")
            if o == "wire_rewrite" and not any(n in arts[i]["text"] for n in AGENCIES[r["wire"]]):
                err(f"{i}: rewrite does not credit {r['wire']}")
            if o == "wire_copy" and arts[i]["title"] == arts[d]["title"]:
                err(f"{i}: wire copy keeps the wire headline unchanged")
    elif r["derived_from"] is not None:
        err(f"{i}: derived_from must be null for origin {o}")

# every real event: at most one wire original; all articles one split
for ev, ids in by_event.items():
    wires = [i for i in ids if truth[i]["origin"] == "wire"]
    if len(wires) > 1:
        err(f"{ev}: {len(wires)} wire originals")
    if len({truth[i]["split"] for i in ids}) != 1:
        err(f"{ev}: mixed splits")
    if not ev.startswith("X") and ev not in TOPIC:
        err(f"{ev}: no topic")
# copies must be textually distinct from each other
for ev, ids in by_event.items():
    copies = [i for i in ids if truth[i]["origin"] in ("wire", "wire_copy")]
    for a, b in itertools.combinations(copies, 2):
        if arts[a]["text"] == arts[b]["text"]:
            err(f"{a} and {b} have identical text")

# independent articles that name a wire agency (the "told Stannard Press" kind)
indep_quoting = sorted(i for i, r in truth.items() if r["origin"] == "independent"
                       and any(n in arts[i]["text"] for ns in AGENCIES.values() for n in ns))

# ------------------------------------------------------------------ pairs
def expected_label(a, b):
    ta, tb = truth[a], truth[b]
    if ta["event"] == tb["event"]:
        if "independent" in (ta["origin"], tb["origin"]):
            return "independent"
        # both derive from the same wire story
        root_a = ta["derived_from"] or a
        root_b = tb["derived_from"] or b
        if root_a != root_b:
            return None  # not expected in this corpus
        if {ta["origin"], tb["origin"]} <= {"wire", "wire_copy"}:
            return "wire_copy"
        return "wire_rewrite"
    if TOPIC.get(ta["event"]) and TOPIC.get(ta["event"]) == TOPIC.get(tb["event"]):
        return "same_topic"
    return "unrelated"


pairs = load_jsonl("pairs.jsonl")
seen = set()
pair_counts = Counter()
for n, p in enumerate(pairs, 1):
    if set(p) != PAIR_KEYS:
        err(f"pairs:{n}: keys {sorted(p)}")
        continue
    a, b = p["a"], p["b"]
    if a not in truth or b not in truth or a == b:
        err(f"pairs:{n}: bad ids {a} {b}")
        continue
    key = tuple(sorted((a, b)))
    if key in seen:
        err(f"pairs:{n}: duplicate pair {key}")
    seen.add(key)
    if p["label"] not in LABELS:
        err(f"pairs:{n}: label {p['label']}")
    if not (truth[a]["split"] == truth[b]["split"] == p["split"]):
        err(f"pairs:{n}: split mismatch ({truth[a]['split']}, {truth[b]['split']}, pair {p['split']})")
    exp = expected_label(a, b)
    if p["label"] != exp:
        err(f"pairs:{n}: label {p['label']} but truth says {exp} ({a} / {b})")
    if p["derived"] is not (p["label"] in ("wire_copy", "wire_rewrite")):
        err(f"pairs:{n}: derived {p['derived']} inconsistent with label {p['label']}")
    if p["derived"]:
        ra = truth[a]["derived_from"] or a
        rb = truth[b]["derived_from"] or b
        if ra != rb:
            err(f"pairs:{n}: derived pair without a common wire original")
    pair_counts[(p["split"], p["label"])] += 1
# completeness: every within-event pair
for ev, ids in by_event.items():
    for a, b in itertools.combinations(sorted(ids), 2):
        if (a, b) not in seen:
            err(f"pairs: missing within-event pair {a} / {b} ({ev})")

# ------------------------------------------------------------------ questions
NUM_WORDS = {str(n): w for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def word_form(alias):
    """'9 days' -> 'nine days': the allowed digit/word exception for aliases."""
    return re.sub(r"\b(\d{1,2})\b", lambda m: NUM_WORDS.get(m.group(1), m.group(1)), alias)


def has_alias(aid, aliases, word_forms=False):
    blob = (arts[aid]["title"] + "\n" + arts[aid]["text"]).lower()
    return any(al.lower() in blob or (word_forms and word_form(al).lower() in blob) for al in aliases)


qs = load_jsonl("questions.jsonl")
qids = Counter(q.get("id") for q in qs)
for k, c in qids.items():
    if c > 1:
        err(f"questions: duplicate id {k}")
q_counts = Counter()
for q in qs:
    qid = q.get("id")
    if set(q) != Q_KEYS:
        err(f"{qid}: keys {sorted(q)}")
        continue
    if q["type"] not in ("fact", "multi"):
        err(f"{qid}: type {q['type']}")
    if q["answerable"] is not True or not q["facts"] or not q["support"]:
        err(f"{qid}: must be answerable with facts and support")
    if q["type"] == "multi" and len(q["facts"]) < 2:
        err(f"{qid}: multi needs at least 2 facts")
    if sorted(q["sources"]) != sorted(q["support"]):
        err(f"{qid}: sources != support")
    missing = [i for i in q["support"] if i not in arts]
    if missing:
        err(f"{qid}: unknown articles {missing}")
        continue
    evs = {truth[i]["event"] for i in q["support"]}
    if len(evs) != 1:
        err(f"{qid}: support spans events {evs}")
        continue
    ev = evs.pop()
    if q["split"] != EVENT_SPLIT[ev]:
        err(f"{qid}: split {q['split']} but event {ev} is {EVENT_SPLIT[ev]}")
    q_counts[(q["split"], q["type"])] += 1
    for e in q["evidence"]:
        if e["article"] not in q["support"]:
            err(f"{qid}: evidence article {e['article']} not in support")
        elif e["sentence"] not in arts[e["article"]]["text"]:
            err(f"{qid}: evidence not verbatim in {e['article']}: {e['sentence'][:60]!r}")
    if not q["evidence"]:
        err(f"{qid}: no evidence")
    for fact in q["facts"]:
        for al in fact:
            if not any(has_alias(i, [al], word_forms=True) for i in q["support"]):
                err(f"{qid}: alias {al!r} occurs in no support article")
        for i in q["support"]:
            if not has_alias(i, fact):
                err(f"{qid}: support article {i} does not state fact {fact}")
    # completeness: every other article of the event must miss at least one fact
    for i in by_event[ev]:
        if i not in q["support"] and all(has_alias(i, f) for f in q["facts"]):
            err(f"{qid}: {i} states every fact but is not in support")
    outlets = len({arts[i]["outlet"] for i in q["support"]})
    indep = len({truth[i]["derived_from"] or i for i in q["support"]})
    if q["outlets"] != outlets:
        err(f"{qid}: outlets {q['outlets']} but support has {outlets} distinct outlets")
    if q["independent_sources"] != indep:
        err(f"{qid}: independent_sources {q['independent_sources']} but support gives {indep}")

# ------------------------------------------------------------------ corpus-level requirements
real_events = [e for e in by_event if not e.startswith("X")]
agencies_used = {r["wire"] for r in truth.values() if r["wire"]}
outlets_used = {a["outlet"] for a in arts.values()} - set(AGENCIES)
test_arts = [i for i, r in truth.items() if r["split"] == "test"]
test_events = {truth[i]["event"] for i in test_arts if not truth[i]["event"].startswith("X")}
n_test_pairs = sum(c for (s, _), c in pair_counts.items() if s == "test")
origin_counts = Counter(r["origin"] for r in truth.values())

req = [
    (len(arts) >= 70, f"articles {len(arts)} >= 70"),
    (len(real_events) >= 14, f"events {len(real_events)} >= 14"),
    (len(agencies_used) == 3, f"agencies {len(agencies_used)} == 3"),
    (12 <= len(outlets_used) <= 18, f"outlets {len(outlets_used)} in 12-18"),
    (len(pairs) >= 240, f"pairs {len(pairs)} >= 240"),
    (len(test_arts) >= 35, f"test articles {len(test_arts)} >= 35"),
    (len(test_events) >= 7, f"test events {len(test_events)} >= 7"),
    (n_test_pairs >= 120, f"test pairs {n_test_pairs} >= 120"),
    (len(qs) >= 16, f"questions {len(qs)} >= 16"),
    (2 <= len(indep_quoting) <= 3, f"independent reports quoting a wire once: {len(indep_quoting)} in 2-3"),
    (all(c > 0 for c in (pair_counts[(s, l)] for s in ("dev", "test") for l in LABELS)),
     "every label present in both splits"),
]
for ok, msg in req:
    if not ok:
        err("requirement failed: " + msg)

print(f"articles: {len(arts)} ({Counter(r['split'] for r in truth.values())}), events: {len(real_events)} + "
      f"{len(by_event) - len(real_events)} unrelated, outlets: {len(outlets_used)} + {len(agencies_used)} agencies")
print("origins:", dict(origin_counts))
print("independent reports quoting a wire agency once:", indep_quoting)
print("pairs:", len(pairs), {f"{s}/{l}": c for (s, l), c in sorted(pair_counts.items())})
print("questions:", len(qs), {f"{s}/{t}": c for (s, t), c in sorted(q_counts.items())})
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
