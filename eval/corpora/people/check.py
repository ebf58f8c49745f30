#!/usr/bin/env python3
"""Validate the people corpus: articles/*.json and gold.jsonl (stdlib only).

Run from anywhere:  python3 check.py
Prints the counts and OK, or every problem found and exits non-zero.
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
EVENT_OF_NUM = {1: "PE1", 2: "PE1", 3: "PE1", 4: "PE2", 5: "PE2", 6: "PE2", 7: "PE3", 8: "PE3",
                9: "PE3", 10: "PE4", 11: "PE4", 12: "PE4", 13: "PE5", 14: "PE5", 15: "PE5",
                16: "PE6", 17: "PE6", 18: "PE6"}
# Split is by event, fixed in README before any article: PE1, PE3, PE5 dev; PE2, PE4, PE6 test.
SPLIT_OF_EVENT = {"PE1": "dev", "PE3": "dev", "PE5": "dev", "PE2": "test", "PE4": "test", "PE6": "test"}
PER_HALF = {"fact": 13, "multi": 2, "yesno": 2, "conflict": 3, "lookalike": 4, "unanswerable": 4, "followup": 2}
LOOKALIKE_RELATION = {"same_person_different_form": "agree", "updated": "changed",
                      "same_quote_two_wires": "agree", "silent": "silent"}
WORDS = (350, 700)
WIRE = "Tessik Wire"
problems = []
bad = problems.append

def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()

def alias_in(alias, text):
    return re.search(r"(?<![0-9a-z])%s(?![0-9a-z])" % re.escape(norm(alias)), norm(text)) is not None

arts = {}
for p in sorted(glob.glob(os.path.join(HERE, "articles", "*.json"))):
    try:
        a = json.load(open(p, encoding="utf-8"))
    except Exception as e:
        bad("%s: %s" % (p, e)); continue
    if set(a) != ARTICLE_KEYS:
        bad("%s: keys %s" % (p, sorted(a)))
        continue
    if a["id"] != os.path.basename(p)[:-5]:
        bad("%s: id != file name" % p)
    if not re.fullmatch(r"2035-\d\d-\d\d", a["published_at"]):
        bad("%s: published_at" % a["id"])
    if not re.match(r"https://www\.[a-z]+\.example/", a["url"]):
        bad("%s: url" % a["id"])
    if not all(isinstance(a[k], str) and a[k].strip() for k in ARTICLE_KEYS):
        bad("%s: empty field" % a["id"])
    w = len(a["text"].split())
    if not WORDS[0] <= w <= WORDS[1]:
        bad("%s: %d words" % (a["id"], w))
    arts[a["id"]] = a
if len(arts) != 18:
    bad("%d articles, want 18" % len(arts))
def event_of(aid):
    return EVENT_OF_NUM.get(int(aid[2:4]))
outlets = Counter(a["outlet"] for a in arts.values())
if len(outlets) < 7:
    bad("only %d outlets" % len(outlets))
by_event = {}
for aid, a in arts.items():
    by_event.setdefault(event_of(aid), []).append(a)
for ev, al in by_event.items():
    if len(set(a["outlet"] for a in al)) != len(al):
        bad("%s: two articles from one outlet" % ev)
wire_outlets = set(a["outlet"] for a in arts.values() if WIRE in a["text"])
if len(wire_outlets) < 2:
    bad("wire %s credited by %d outlets" % (WIRE, len(wire_outlets)))

cases, ids = [], set()
for i, line in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    if line.strip():
        cases.append(json.loads(line))
for c in cases:
    cid = c.get("id")
    if cid in ids: bad("duplicate id %s" % cid)
    ids.add(cid)
    for k in ("id", "question", "facts", "sources", "answerable", "type", "split", "event", "evidence"):
        if k not in c: bad("%s: missing %s" % (cid, k))
    t, ev = c["type"], c["event"]
    if t not in PER_HALF: bad("%s: type %s" % (cid, t))
    if not cid.startswith("pe-%s-" % t): bad("%s: id does not name its type" % cid)
    if SPLIT_OF_EVENT.get(ev) != c["split"]: bad("%s: split %s for event %s" % (cid, c["split"], ev))
    ev_text = "\n".join(a["title"] + "\n" + a["text"] for a in by_event.get(ev, []))
    for s in c["sources"]:
        if s not in arts or event_of(s) != ev: bad("%s: source %s" % (cid, s))
    for e in c["evidence"]:
        a = arts.get(e["article"])
        if a is None or event_of(e["article"]) != ev: bad("%s: evidence article %s" % (cid, e["article"])); continue
        if e["sentence"] not in a["text"]: bad("%s: evidence not verbatim in %s: %r" % (cid, e["article"], e["sentence"][:60]))
        if e["article"] not in c["sources"]: bad("%s: evidence article not a source" % cid)
    for d in c.get("distractors", []):
        if not alias_in(d, ev_text): bad("%s: distractor %r not in event %s" % (cid, d, ev))
    if t == "unanswerable":
        if c["answerable"] or c["facts"] or c["sources"] or c["evidence"]: bad("%s: unanswerable must be empty" % cid)
        if not c.get("near_miss") or not c.get("distractors"): bad("%s: near_miss/distractors" % cid)
        continue
    if not c["answerable"] or not c["facts"] or not c["evidence"] or not c.get("distractors"):
        bad("%s: answerable row needs facts, evidence, distractors" % cid)
    src = "\n".join(arts[s]["text"] for s in c["sources"] if s in arts)
    if t == "yesno":
        if c["facts"] not in ([["yes"]], [["no"]]): bad("%s: yes/no facts" % cid)
    else:
        for f in c["facts"]:
            for al in f:
                if not alias_in(al, src): bad("%s: alias %r not in its sources" % (cid, al))
    if t == "multi" and len(c["facts"]) != 2: bad("%s: multi needs 2 facts" % cid)
    if t == "followup":
        h = c.get("history")
        if not (isinstance(h, list) and len(h) == 1 and isinstance(h[0], str) and h[0].strip()):
            bad("%s: history" % cid)
    if t in ("conflict", "lookalike"):
        if not c.get("slot") or not c.get("values"): bad("%s: slot/values" % cid)
        for v in c.get("values", []):
            a = arts.get(v["article"])
            if a is None or v["article"] not in c["sources"]: bad("%s: value article %s" % (cid, v["article"])); continue
            if v["date"] != a["published_at"]: bad("%s: value date" % cid)
            for al in v["aliases"]:
                if not alias_in(al, a["text"]): bad("%s: value alias %r not in %s" % (cid, al, v["article"]))
    if t == "conflict":
        if c.get("relation") != "disagree": bad("%s: relation" % cid)
        distinct = set(tuple(v["aliases"]) for v in c["values"])
        if len(distinct) < 2 or len(set(arts[v["article"]]["outlet"] for v in c["values"])) < 2:
            bad("%s: a conflict needs two values from two outlets" % cid)
    if t == "lookalike":
        k = c.get("lookalike")
        if LOOKALIKE_RELATION.get(k) != c.get("relation"): bad("%s: lookalike %s relation %s" % (cid, k, c.get("relation")))
        if k == "updated":
            vs = sorted(c["values"], key=lambda v: v["date"])
            if vs[0]["aliases"] == vs[-1]["aliases"] or c["facts"] != [vs[-1]["aliases"]]:
                bad("%s: updated must answer the latest holder" % cid)
        if k == "silent":
            for s in c.get("silent_articles", []) or ["?"]:
                if s not in arts or s in c["sources"] or event_of(s) != ev: bad("%s: silent article %s" % (cid, s)); continue
                if any(alias_in(al, arts[s]["text"]) for al in c["facts"][0]): bad("%s: silent article names the answer" % cid)
        if k == "same_quote_two_wires":
            creds = [arts[v["article"]]["text"] for v in c["values"]]
            if not (any("Tessik Wire" in x for x in creds) and any("Ambry Press" in x for x in creds)):
                bad("%s: quote should be credited to both wires" % cid)

counts = Counter((c["type"], c["split"]) for c in cases)
for t, m in PER_HALF.items():
    for sp in ("dev", "test"):
        if counts[(t, sp)] != m: bad("%s/%s: %d cases, want %d" % (t, sp, counts[(t, sp)], m))
per_event = Counter(c["event"] for c in cases)
for ev in SPLIT_OF_EVENT:
    if per_event[ev] != 10: bad("event %s: %d cases" % (ev, per_event[ev]))
yn = Counter((c["split"], c["facts"][0][0]) for c in cases if c["type"] == "yesno")
for sp in ("dev", "test"):
    if yn[(sp, "yes")] != 1 or yn[(sp, "no")] != 1: bad("%s: yes/no should be one yes, one no" % sp)
la = Counter((c["split"], c.get("lookalike")) for c in cases if c["type"] == "lookalike")
for sp in ("dev", "test"):
    for k in LOOKALIKE_RELATION:
        if la[(sp, k)] != 1: bad("%s: look-alike %s: %d" % (sp, k, la[(sp, k)]))

print("articles: %d from %d outlets %s" % (len(arts), len(outlets), dict(outlets)))
print("wire %s credited in: %s" % (WIRE, sorted(wire_outlets)))
print("cases: %d" % len(cases))
for t in PER_HALF:
    print("  %-13s dev %2d  test %2d" % (t, counts[(t, "dev")], counts[(t, "test")]))
print("per event: %s" % dict(sorted(per_event.items())))
if problems:
    print("\nFAILED (%d problems):" % len(problems))
    for p in problems: print(" -", p)
    sys.exit(1)
print("OK")
