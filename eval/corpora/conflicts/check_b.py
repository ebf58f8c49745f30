#!/usr/bin/env python3
"""Validate writer B's half of the conflicts corpus (CB* articles, gold_b.jsonl). Stdlib only.

Run from anywhere:  python3 check_b.py
Exits non-zero and prints every problem found."""
import json, os, re, sys, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold_b.jsonl")
SPLIT = {"CB01": "dev", "CB02": "test", "CB03": "dev", "CB04": "test",
         "CB05": "dev", "CB06": "test", "CB07": "dev", "CB08": "test"}
CONFLICT_KINDS = ["number", "date", "name", "place", "title", "quote"]
LOOK_KINDS = {"same_value": "agree", "rounding": "agree", "different_facts": "none",
              "attribution": "agree", "updated": "changed", "silent": "silent"}
ART_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
NUM_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
             "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
             "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
             "hundred": 100, "dozen": 12, "first": 1, "second": 2, "third": 3, "fourth": 4,
             "fifth": 5}
errors = []
def err(msg): errors.append(msg)

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_RE = (r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\.?(?![a-z])")

def norm(s):
    """Lower-case, dates -> <m-d>, number words -> digits, drop thousands separators
    (the digit/word-form exception for numbers and dates)."""
    s = s.lower()
    s = re.sub(r"\b" + MONTH_RE + r" (\d{1,2})\b", lambda m: f"<{MONTHS[m.group(1)]}-{int(m.group(2))}>", s)
    s = re.sub(r"\b(\d{1,2}) " + MONTH_RE + r"(?![a-z])", lambda m: f"<{MONTHS[m.group(2)]}-{int(m.group(1))}>", s)
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    units = "one|two|three|four|five|six|seven|eight|nine"
    s = re.sub(r"\b(" + tens + r")-(" + units + r")\b",
               lambda m: str(NUM_WORDS[m.group(1)] + NUM_WORDS[m.group(2)]), s)
    s = re.sub(r"\b(" + "|".join(NUM_WORDS) + r")\b", lambda m: str(NUM_WORDS[m.group(1)]), s)
    return s

# ---- articles
arts = {}
for path in sorted(glob.glob(os.path.join(ART_DIR, "CB*.json"))):
    stem = os.path.basename(path)[:-5]
    try:
        a = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        err(f"{stem}: bad JSON: {e}"); continue
    keys = set(a)
    if keys != ART_KEYS:
        err(f"{stem}: keys {sorted(keys)} != {sorted(ART_KEYS)}")
    if a.get("id") != stem: err(f"{stem}: id {a.get('id')!r} != file stem")
    if not re.fullmatch(r"CB0[1-8]_[a-z0-9_]+", stem): err(f"{stem}: bad file name")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.get("published_at", "")): err(f"{stem}: bad date")
    if not a.get("published_at", "0")[:4] in ("2025", "2026", "2027"): err(f"{stem}: year out of range")
    if not re.match(r"https://[a-z0-9.\-]+\.example/", a.get("url", "")): err(f"{stem}: url not .example")
    n = len(a.get("text", "").split())
    if not 180 <= n <= 350: err(f"{stem}: {n} words (want 180-350)")
    if "\n\n" not in a.get("text", ""): err(f"{stem}: no paragraph breaks")
    arts[stem] = a
ev_counts = Counter(s[:4] for s in arts)
for ev in SPLIT:
    if not 2 <= ev_counts.get(ev, 0) <= 4: err(f"event {ev}: {ev_counts.get(ev, 0)} articles (want 2-4)")
outlets = Counter(a["outlet"] for a in arts.values())

def blob(i):
    a = arts[i]; return a["title"] + "\n" + a["text"]

def found(alias, ids):
    for i in ids:
        if i not in arts: continue
        b = blob(i)
        if alias.lower() in b.lower() or norm(alias) in norm(b): return True
    return False

# ---- gold
cases = []
for n, line in enumerate(open(GOLD, encoding="utf-8"), 1):
    if not line.strip(): err(f"gold line {n}: blank"); continue
    try: cases.append(json.loads(line))
    except Exception as e: err(f"gold line {n}: bad JSON: {e}")
ids = Counter(c.get("id") for c in cases)
for i, k in ids.items():
    if k > 1: err(f"duplicate id {i}")

for c in cases:
    cid = c.get("id", "?")
    if not str(cid).startswith("cb-"): err(f"{cid}: id must start with cb-")
    for k in ("id", "event", "type", "relation", "slot", "question", "facts", "sources", "answerable", "split", "evidence"):
        if k not in c: err(f"{cid}: missing {k}")
    ev = c.get("event")
    if ev not in SPLIT: err(f"{cid}: bad event {ev}"); continue
    if c.get("split") != SPLIT[ev]: err(f"{cid}: split {c.get('split')} != {SPLIT[ev]}")
    if c.get("answerable") is not True: err(f"{cid}: every case must be answerable")
    srcs = c.get("sources", [])
    if len(srcs) < 2: err(f"{cid}: needs >= 2 sources (the outlets compared)")
    for s in srcs:
        if s not in arts: err(f"{cid}: source {s} missing")
        elif not s.startswith(ev + "_"): err(f"{cid}: source {s} not from event {ev}")
    if not c.get("evidence"): err(f"{cid}: no evidence")
    for e in c.get("evidence", []):
        if e["article"] not in srcs: err(f"{cid}: evidence article {e['article']} not in sources")
        if e["article"] in arts and e["sentence"] not in arts[e["article"]]["text"]:
            err(f"{cid}: evidence not verbatim in {e['article']}: {e['sentence'][:60]}...")
    if not c.get("facts"): err(f"{cid}: empty facts")
    for f in c.get("facts", []):
        if not f or not all(isinstance(x, str) and x for x in f): err(f"{cid}: bad fact {f}")
        for al in f:
            if not found(al, srcs): err(f"{cid}: fact alias {al!r} not in any source")
    vals = c.get("values", [])
    for v in vals:
        if v.get("article") not in srcs: err(f"{cid}: value article {v.get('article')} not in sources")
        for al in v.get("aliases", []):
            if not found(al, [v.get("article")]): err(f"{cid}: value alias {al!r} not in {v.get('article')}")
        if "date" in v and v["article"] in arts and v["date"] != arts[v["article"]]["published_at"]:
            err(f"{cid}: value date {v['date']} != published_at of {v['article']}")
    for d in c.get("distractors", []):
        if d.get("article") not in srcs: err(f"{cid}: distractor article {d.get('article')} not in sources")
        elif d.get("sentence") not in arts[d["article"]]["text"]:
            err(f"{cid}: distractor not verbatim in {d['article']}: {d.get('sentence', '')[:60]}...")
    t = c.get("type")
    if t == "conflict":
        if c.get("relation") != "disagree": err(f"{cid}: conflict relation must be disagree")
        if c.get("conflict_kind") not in CONFLICT_KINDS: err(f"{cid}: bad conflict_kind {c.get('conflict_kind')}")
        if len(c.get("facts", [])) < 2: err(f"{cid}: conflict needs >= 2 facts")
        if len({v["article"] for v in vals}) < 2: err(f"{cid}: conflict needs values from >= 2 articles")
        # each fact must be backed by some value, and distinct facts by different outlets
        for f in c.get("facts", []):
            if not any(set(a.lower() for a in f) & set(a.lower() for a in v["aliases"]) for v in vals):
                err(f"{cid}: fact {f} has no matching value")
        dates = {arts[v["article"]]["published_at"] for v in vals if v["article"] in arts}
        if c.get("conflict_kind") == "number" and len(dates) > 1:
            err(f"{cid}: number conflict across publication dates (could read as an update)")
    elif t == "lookalike":
        lk = c.get("lookalike")
        if lk not in LOOK_KINDS: err(f"{cid}: bad lookalike {lk}"); continue
        if c.get("relation") != LOOK_KINDS[lk]: err(f"{cid}: relation {c.get('relation')} != {LOOK_KINDS[lk]}")
        if len(c.get("facts", [])) != 1: err(f"{cid}: lookalike needs exactly one fact")
        if lk in ("same_value", "rounding", "attribution") and len({v["article"] for v in vals}) < 2:
            err(f"{cid}: {lk} needs values from >= 2 articles")
        if lk == "attribution" and len({v.get("credit") for v in vals if v.get("credit")}) < 2:
            err(f"{cid}: attribution needs >= 2 different credits")
        if lk == "different_facts" and not c.get("distractors"):
            err(f"{cid}: different_facts needs distractors")
        if lk == "updated":
            if not all("date" in v for v in vals) or len({v["date"] for v in vals}) < 2:
                err(f"{cid}: updated needs dated values from >= 2 dates")
            else:
                latest = max(v["date"] for v in vals)
                last_aliases = {a.lower() for v in vals if v["date"] == latest for a in v["aliases"]}
                if not last_aliases & {a.lower() for a in c["facts"][0]}:
                    err(f"{cid}: facts must be the latest value")
        if lk == "silent":
            givers = {v["article"] for v in vals} or {e["article"] for e in c["evidence"]}
            for s in srcs:
                if s not in givers and any(found(a, [s]) for a in c["facts"][0]):
                    err(f"{cid}: silent source {s} actually mentions the value")
            if not [s for s in srcs if s not in givers]: err(f"{cid}: silent needs a silent source")
    else:
        err(f"{cid}: bad type {t}")

# ---- counts
def count(split=None):
    cc = Counter(); lc = Counter(); tot = Counter()
    for c in cases:
        if split and c.get("split") != split: continue
        tot[c.get("type")] += 1
        if c.get("type") == "conflict": cc[c.get("conflict_kind")] += 1
        if c.get("type") == "lookalike": lc[c.get("lookalike")] += 1
    return tot, cc, lc
tot, cc, lc = count()
if tot["conflict"] < 22: err(f"only {tot['conflict']} conflicts (want >= 22)")
if tot["lookalike"] < 33: err(f"only {tot['lookalike']} lookalikes (want >= 33)")
for k in CONFLICT_KINDS:
    if cc[k] < 3: err(f"conflict kind {k}: {cc[k]} (want >= 3)")
for k in LOOK_KINDS:
    if lc[k] < 5: err(f"lookalike {k}: {lc[k]} (want >= 5)")
for sp in ("dev", "test"):
    t2, c2, l2 = count(sp)
    if t2["conflict"] < 11: err(f"{sp}: {t2['conflict']} conflicts (want >= 11)")
    if t2["lookalike"] < 16: err(f"{sp}: {t2['lookalike']} lookalikes (want >= 16)")
    for k in CONFLICT_KINDS:
        if not c2[k]: err(f"{sp}: no {k} conflict")
    for k in LOOK_KINDS:
        if not l2[k]: err(f"{sp}: no {k} lookalike")

print(f"articles: {len(arts)} ({len(outlets)} outlets); cases: {len(cases)}")
for sp in (None, "dev", "test"):
    t2, c2, l2 = count(sp)
    print(f"  {sp or 'all':4}  conflict {t2['conflict']:2} {dict(sorted(c2.items()))}")
    print(f"        lookalike {t2['lookalike']:2} {dict(sorted(l2.items()))}")
if errors:
    print(f"\n{len(errors)} problem(s):"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
