#!/usr/bin/env python3
"""Validate the owners corpus: articles/*.json and gold.jsonl (stdlib only).

Run from anywhere:  python3 check.py
Prints the case counts and OK, or every problem found and exits 1.
"""

import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.jsonl")

ARTICLE_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
WORDS = (180, 320)
N_ARTICLES = (10, 12)
# Event of an article = the last part of its id (ow01_cpa_takeover -> takeover).
EVENT_OF_SUFFIX = {"takeover": "ow-01", "title": "ow-02", "flood": "ow-03", "ferry": "ow-04"}
# Split rule (README): decided by event before any case was written; never changed.
SPLIT_OF_EVENT = {"ow-01": "dev", "ow-02": "test", "ow-03": "dev", "ow-04": "test"}
TYPES = {"fact", "unanswerable", "conflict", "lookalike"}
RELATION_OF_TYPE = {"fact": {"none"}, "unanswerable": {"silent"}, "conflict": {"disagree"},
                    "lookalike": {"agree"}}
MINIMUM = {"fact": 12, "unanswerable": 6, "conflict": 5, "lookalike": 5}
MIN_CASES = 28
REQUIRED = {"id", "question", "facts", "sources", "answerable", "type", "split", "evidence",
            "relation", "slot", "event", "distractors"}
OPTIONAL = {"values", "lookalike"}

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    """Lower-case; number words -> digits; drop thousands separators; unify percent and
    metre spellings ("126-metre" = "126 metres" = "126 m"); collapse whitespace."""
    s = s.lower()
    for t, tv in TENS.items():
        for uv in range(1, 10):
            s = re.sub(r"\b%s[- ]%s\b" % (t, UNITS[uv]), str(tv + uv), s)
    for t, tv in TENS.items():
        s = re.sub(r"\b%s\b" % t, str(tv), s)
    for i, w in enumerate(UNITS):
        s = re.sub(r"\b%s\b" % w, str(i), s)
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)
    s = s.replace("per cent", "percent").replace("%", " percent")
    s = re.sub(r"(\d)\s*-?\s*(metres|metre|meters|meter|m)\b", r"\1 m", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def alias_in(alias, text):
    """Case-insensitive, after normalisation, not inside a longer number or word."""
    a, t = norm(alias), norm(text)
    return re.search(r"(?<![\w.])%s(?![\w]|\.\d)" % re.escape(a), t) is not None


def slug(outlet):
    o = outlet.lower()
    o = re.sub(r"^the ", "", o)
    return re.sub(r"[^a-z0-9]+", "-", o).strip("-")


# ---------------------------------------------------------------- articles
articles = {}
files = sorted(f for f in os.listdir(ART_DIR) if f.endswith(".json"))
for fn in files:
    try:
        with open(os.path.join(ART_DIR, fn), encoding="utf-8") as fh:
            a = json.load(fh)
    except Exception as e:  # noqa: BLE001
        bad("%s: not valid JSON (%s)" % (fn, e))
        continue
    if set(a) != ARTICLE_KEYS:
        bad("%s: keys %s != %s" % (fn, sorted(a), sorted(ARTICLE_KEYS)))
        continue
    if a["id"] != fn[:-5]:
        bad("%s: id %r does not match the file name" % (fn, a["id"]))
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", a["published_at"]):
        bad("%s: published_at %r is not YYYY-MM-DD" % (fn, a["published_at"]))
    m = re.fullmatch(r"https://([a-z0-9-]+)\.example/.+", a["url"])
    if not m:
        bad("%s: url %r is not https://<outlet-slug>.example/..." % (fn, a["url"]))
    elif m.group(1) != slug(a["outlet"]):
        bad("%s: url host %r is not the outlet slug %r" % (fn, m.group(1), slug(a["outlet"])))
    n = len(a["text"].split())
    if not WORDS[0] <= n <= WORDS[1]:
        bad("%s: %d words (want %d-%d)" % (fn, n, WORDS[0], WORDS[1]))
    if "\n\n" not in a["text"]:
        bad("%s: no paragraph breaks" % fn)
    if a["id"].rsplit("_", 1)[-1] not in EVENT_OF_SUFFIX:
        bad("%s: id does not end in a known event (%s)" % (fn, ", ".join(EVENT_OF_SUFFIX)))
    articles[a["id"]] = a

if not N_ARTICLES[0] <= len(articles) <= N_ARTICLES[1]:
    bad("want %d-%d articles, have %d" % (N_ARTICLES[0], N_ARTICLES[1], len(articles)))


def event_of(aid):
    return EVENT_OF_SUFFIX.get(aid.rsplit("_", 1)[-1])


outlets_of_event = defaultdict(set)
for aid, a in articles.items():
    outlets_of_event[event_of(aid)].add(a["outlet"])
for ev in SPLIT_OF_EVENT:
    k = len(outlets_of_event.get(ev, ()))
    if not 2 <= k <= 3:
        bad("event %s: %d outlets (want 2-3)" % (ev, k))
for aid in articles:
    same = [b for b in articles if event_of(b) == event_of(aid) and articles[b]["outlet"] == articles[aid]["outlet"]]
    if len(same) > 1:
        bad("event %s: outlet %s has more than one article" % (event_of(aid), articles[aid]["outlet"]))

# ---------------------------------------------------------------- gold
cases = []
with open(GOLD, encoding="utf-8") as fh:
    for i, line in enumerate(fh, 1):
        if not line.strip():
            bad("gold line %d: blank" % i)
            continue
        try:
            cases.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            bad("gold line %d: does not parse (%s)" % (i, e))

for k, v in Counter(c.get("id") for c in cases).items():
    if v > 1:
        bad("duplicate case id %s" % k)

cited = set()


def check_sentence(cid, what, item):
    aid, sent = item.get("article"), item.get("sentence")
    if aid not in articles:
        bad("%s: %s article %r does not exist" % (cid, what, aid))
        return False
    if not sent or sent not in articles[aid]["text"]:
        bad("%s: %s sentence not verbatim in %s: %r" % (cid, what, aid, sent))
        return False
    cited.add(aid)
    return True


for c in cases:
    cid, t = c.get("id"), c.get("type")
    keys = set(c)
    if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
        bad("%s: keys %s (required %s, optional %s)" % (cid, sorted(keys), sorted(REQUIRED), sorted(OPTIONAL)))
        continue
    m = re.fullmatch(r"(ow-0[1-4])-\d\d", cid or "")
    if not m:
        bad("%s: id is not ow-<event>-<nn>" % cid)
        continue
    ev = m.group(1)
    if c["event"] != ev:
        bad("%s: event %r does not match the id" % (cid, c["event"]))
    if c["split"] not in {"dev", "test"}:
        bad("%s: split %r not in dev/test" % (cid, c["split"]))
    elif c["split"] != SPLIT_OF_EVENT[ev]:
        bad("%s: split %r, but event %s is %s" % (cid, c["split"], ev, SPLIT_OF_EVENT[ev]))
    if t not in TYPES:
        bad("%s: unknown type %r" % (cid, t))
        continue
    if c["relation"] not in RELATION_OF_TYPE[t]:
        bad("%s: relation %r for type %s" % (cid, c["relation"], t))
    if c["answerable"] is not (t != "unanswerable"):
        bad("%s: answerable %r for type %s" % (cid, c["answerable"], t))
    if not c["question"].endswith("?"):
        bad("%s: question does not end with '?'" % cid)
    for s in c["sources"]:
        if s not in articles:
            bad("%s: source %r does not exist" % (cid, s))
        elif event_of(s) != ev:
            bad("%s: source %r belongs to another event" % (cid, s))
    for e in c["evidence"]:
        if check_sentence(cid, "evidence", e) and e["article"] not in c["sources"]:
            bad("%s: evidence article %s is not among the sources" % (cid, e["article"]))
    if not c["distractors"] and t != "unanswerable":
        pass
    for d in c["distractors"]:
        if not d.get("about"):
            bad("%s: distractor without 'about'" % cid)
        check_sentence(cid, "distractor", d)
    if t != "fact" and t != "unanswerable" and "values" not in c:
        bad("%s: %s case needs values" % (cid, t))
    if t in {"fact", "unanswerable"} and "values" in c:
        bad("%s: %s case should not carry values" % (cid, t))

    if t == "unanswerable":
        if c["facts"] or c["sources"] or c["evidence"]:
            bad("%s: unanswerable case must have empty facts, sources and evidence" % cid)
        if not c["distractors"]:
            bad("%s: unanswerable case needs the neighbouring figure in distractors" % cid)
        continue

    # answerable: every alias of every fact occurs in some evidence sentence
    if not c["facts"] or not c["evidence"] or not c["sources"]:
        bad("%s: answerable case needs facts, sources and evidence" % cid)
    ev_sents = [e["sentence"] for e in c["evidence"]]
    for fact in c["facts"]:
        if not fact:
            bad("%s: empty alias list" % cid)
        for al in fact:
            if not any(alias_in(al, s) for s in ev_sents):
                bad("%s: alias %r occurs in no evidence sentence" % (cid, al))
    if t == "fact" and not c["distractors"]:
        bad("%s: fact case without a distractor" % cid)

    if t in {"conflict", "lookalike"}:
        vals = c["values"]
        for v in vals:
            aid = v.get("article")
            if aid not in articles:
                bad("%s: value article %r does not exist" % (cid, aid))
                continue
            if aid not in c["sources"]:
                bad("%s: value article %s is not among the sources" % (cid, aid))
            if v.get("date") != articles[aid]["published_at"]:
                bad("%s: value date %r is not %s's date" % (cid, v.get("date"), aid))
            if not any(alias_in(al, articles[aid]["text"]) for al in v.get("aliases", [])):
                bad("%s: no alias of value %r occurs in %s" % (cid, v.get("aliases"), aid))
        if len({articles[v["article"]]["outlet"] for v in vals if v.get("article") in articles}) < 2:
            bad("%s: values must come from at least two outlets" % cid)

        def fact_of(v):
            hits = {i for i, f in enumerate(c["facts"])
                    for al in v["aliases"] for fa in f if norm(al) == norm(fa) or alias_in(fa, al)}
            return hits

        for v in vals:
            if len(fact_of(v)) != 1:
                bad("%s: value %r matches %d facts (want exactly 1)" % (cid, v["aliases"], len(fact_of(v))))
        covered = set().union(*(fact_of(v) for v in vals)) if vals else set()
        if t == "conflict":
            if len(c["facts"]) < 2 or covered != set(range(len(c["facts"]))):
                bad("%s: conflict facts must be >= 2 values, each backed by an article" % cid)
            dates = {articles[v["article"]]["published_at"] for v in vals if v.get("article") in articles}
            if len(dates) != 1:
                bad("%s: conflicting articles are not published the same day (%s)" % (cid, sorted(dates)))
        else:
            if len(c["facts"]) != 1 or covered != {0}:
                bad("%s: agree case must have exactly one fact that every value gives" % cid)
            if len(vals) < 2:
                bad("%s: agree case needs at least two values" % cid)
            if not c["distractors"]:
                bad("%s: agree case needs the other entity's figure in distractors" % cid)

for aid in articles:
    if aid not in cited:
        bad("article %s is cited by no case" % aid)

counts = Counter((c.get("type"), c.get("split")) for c in cases)
for t, mn in MINIMUM.items():
    tot = counts[(t, "dev")] + counts[(t, "test")]
    if tot < mn:
        bad("type %s: %d cases (want >= %d)" % (t, tot, mn))
    if abs(counts[(t, "dev")] - counts[(t, "test")]) > 2:
        bad("type %s: dev %d vs test %d is not roughly half and half" % (t, counts[(t, "dev")], counts[(t, "test")]))
if len(cases) < MIN_CASES:
    bad("%d cases (want >= %d)" % (len(cases), MIN_CASES))

print("%d articles, %d cases" % (len(articles), len(cases)))
for t in sorted(TYPES):
    print("  %-12s dev %2d  test %2d" % (t, counts[(t, "dev")], counts[(t, "test")]))
if problems:
    print("\n%d problem(s):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
