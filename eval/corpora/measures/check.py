#!/usr/bin/env python3
"""Validate the measures corpus: articles/*.json and gold.jsonl (stdlib only).

Run from anywhere:  python3 eval/corpora/measures/check.py
Prints the counts and OK, or every problem found and exits 1.
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
WORDS = (180, 260)
N_ARTICLES = 16
PER_EVENT = 4
N_CASES = 44
# Event of an article = its id prefix and last part (ms01_radio_tellosa_spill -> ms-01, "spill").
EVENT_WORD = {"ms-01": "spill", "ms-02": "bridge", "ms-03": "election", "ms-04": "marathon"}
# Split rule (README): decided by event before any case was written; never changed.
SPLIT_OF_EVENT = {"ms-01": "dev", "ms-02": "test", "ms-03": "dev", "ms-04": "test"}
# type -> (relation, lookalike), and the number of cases each event must hold.
KINDS = {"fact": ("none", None), "unanswerable": ("silent", None),
         "conflict": ("disagree", None), "lookalike": ("agree", "same_value")}
PER_EVENT_CASES = {"fact": 5, "unanswerable": 3, "conflict": 2, "lookalike": 1}
REQUIRED = {"id", "event", "question", "type", "relation", "slot", "facts", "sources",
            "answerable", "split", "evidence", "distractors"}
OPTIONAL = {"values", "lookalike", "conflict_kind"}
# A conflict must be a disagreement, not a figure one report revises: no article may say so.
UPDATE_WORDS = re.compile(r"\b(updated?|revised?|revising|corrected|correction|earlier reported|"
                          r"previously reported|now says|raised its estimate|lowered its estimate)\b", re.I)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
NUMBERISH = re.compile(r"\d|\b(%s|%s|hundred|thousand|million|billion|dozen|half)\b"
                       % ("|".join(UNITS[1:]), "|".join(TENS)), re.I)

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    """Lower-case; number words -> digits; drop thousands separators; unify percent and
    "km"; collapse whitespace."""
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
    s = re.sub(r"(?<=\d) ?km\b", " kilometres", s)
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
for fn in sorted(f for f in os.listdir(ART_DIR) if f.endswith(".json")):
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
    if not re.fullmatch(r"2031-\d\d-\d\d", a["published_at"]):
        bad("%s: published_at %r is not a 2031 YYYY-MM-DD date" % (fn, a["published_at"]))
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
    if not a["title"].strip() or not a["author"].strip():
        bad("%s: empty title or author" % fn)
    m = re.fullmatch(r"ms(0[1-4])_([a-z0-9_]+)_([a-z]+)", a["id"])
    if not m or EVENT_WORD.get("ms-" + m.group(1)) != m.group(3):
        bad("%s: id is not ms0N_<outlet_slug>_<eventword>" % fn)
    elif m.group(2) != slug(a["outlet"]).replace("-", "_"):
        bad("%s: id's outlet part %r is not the outlet slug %r" % (fn, m.group(2), slug(a["outlet"])))
    if UPDATE_WORDS.search(a["text"]):
        bad("%s: says a figure was updated (%r)" % (fn, UPDATE_WORDS.search(a["text"]).group(0)))
    articles[a["id"]] = a

if len(articles) != N_ARTICLES:
    bad("want %d articles, have %d" % (N_ARTICLES, len(articles)))


def event_of(aid):
    return "ms-" + aid[2:4]


by_event = defaultdict(list)
for aid in articles:
    by_event[event_of(aid)].append(aid)
for ev in SPLIT_OF_EVENT:
    ids = by_event.get(ev, [])
    if len(ids) != PER_EVENT:
        bad("event %s: %d articles (want %d)" % (ev, len(ids), PER_EVENT))
    outlets = [articles[i]["outlet"] for i in ids]
    if len(set(outlets)) != len(outlets):
        bad("event %s: an outlet has more than one article" % ev)
outlet_names = {a["outlet"] for a in articles.values()}

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

if len(cases) != N_CASES:
    bad("want %d cases, have %d" % (N_CASES, len(cases)))
for k, v in Counter(c.get("id") for c in cases).items():
    if v > 1:
        bad("duplicate case id %s" % k)

cited = set()


def check_sentence(cid, what, item, ev):
    aid, sent = item.get("article"), item.get("sentence")
    if aid not in articles:
        bad("%s: %s article %r does not exist" % (cid, what, aid))
        return False
    if event_of(aid) != ev:
        bad("%s: %s article %s belongs to another event" % (cid, what, aid))
    if not sent or sent not in articles[aid]["text"]:
        bad("%s: %s sentence not verbatim in %s: %r" % (cid, what, aid, sent))
        return False
    cited.add(aid)
    return True


kind_counts = Counter()
for c in cases:
    cid = c.get("id")
    keys = set(c)
    if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
        bad("%s: keys %s (required %s, optional %s)" % (cid, sorted(keys), sorted(REQUIRED), sorted(OPTIONAL)))
        continue
    m = re.fullmatch(r"(ms-0[1-4])-\d\d", cid or "")
    if not m:
        bad("%s: id is not ms-<event>-<nn>" % cid)
        continue
    ev = m.group(1)
    if c["event"] != ev:
        bad("%s: event %r does not match the id" % (cid, c["event"]))
    if c["split"] != SPLIT_OF_EVENT[ev]:
        bad("%s: split %r, but event %s is %s" % (cid, c["split"], ev, SPLIT_OF_EVENT[ev]))
    t = c["type"]
    if t not in KINDS:
        bad("%s: unknown type %r" % (cid, t))
        continue
    kind_counts[(ev, t)] += 1
    rel, look = KINDS[t]
    if c["relation"] != rel:
        bad("%s: relation %r, want %r" % (cid, c["relation"], rel))
    if c.get("lookalike") != look:
        bad("%s: lookalike %r, want %r" % (cid, c.get("lookalike"), look))
    if t == "conflict":
        if c.get("conflict_kind") != "number":
            bad("%s: conflict_kind %r, want 'number'" % (cid, c.get("conflict_kind")))
    elif "conflict_kind" in c:
        bad("%s: conflict_kind on a non-conflict case" % cid)
    if c["answerable"] is not (t != "unanswerable"):
        bad("%s: answerable %r for type %s" % (cid, c["answerable"], t))
    if not c["question"].endswith("?"):
        bad("%s: question does not end with '?'" % cid)
    for o in outlet_names:
        if re.search(r"\b%s\b" % re.escape(re.sub(r"^The ", "", o)), c["question"], re.I):
            bad("%s: question names the outlet %r" % (cid, o))
    if not c["slot"]:
        bad("%s: empty slot" % cid)

    for d in c["distractors"]:
        if not d.get("about"):
            bad("%s: distractor without 'about'" % cid)
        if check_sentence(cid, "distractor", d, ev) and not NUMBERISH.search(d["sentence"]):
            bad("%s: distractor sentence in %s states no quantity" % (cid, d["article"]))
    if not c["distractors"]:
        bad("%s: no distractor (a nearby quantity of another measure is required)" % cid)

    if t == "unanswerable":
        if c["facts"] or c["sources"] or c["evidence"]:
            bad("%s: unanswerable case must have empty facts, sources and evidence" % cid)
        if "values" in c:
            bad("%s: values on an unanswerable case" % cid)
        continue

    if not c["facts"] or not c["evidence"] or not c["sources"]:
        bad("%s: answerable case needs facts, sources and evidence" % cid)
    for s in c["sources"]:
        if s not in articles:
            bad("%s: source %r does not exist" % (cid, s))
        elif event_of(s) != ev:
            bad("%s: source %r belongs to another event" % (cid, s))
    for e in c["evidence"]:
        if check_sentence(cid, "evidence", e, ev) and e["article"] not in c["sources"]:
            bad("%s: evidence article %s is not among the sources" % (cid, e["article"]))
    for s in c["sources"]:
        if s not in {e["article"] for e in c["evidence"]}:
            bad("%s: source %s has no evidence sentence" % (cid, s))

    # every alias of every fact occurs in some evidence sentence
    ev_sents = [e["sentence"] for e in c["evidence"]]
    for fact in c["facts"]:
        if not fact:
            bad("%s: empty alias list" % cid)
        for al in fact:
            if not any(alias_in(al, s) for s in ev_sents):
                bad("%s: alias %r occurs in no evidence sentence" % (cid, al))
    # a distractor from a report that does not answer never states an asked value
    for d in c["distractors"]:
        if d["article"] in c["sources"]:
            continue
        for fact in c["facts"]:
            if any(alias_in(al, d["sentence"]) for al in fact):
                bad("%s: distractor in %s states an asked value" % (cid, d["article"]))

    need_values = t in {"conflict", "lookalike"}
    if need_values != ("values" in c):
        bad("%s: values %s for %s" % (cid, "missing" if need_values else "not expected", t))
    if not need_values:
        if len(c["facts"]) != 1:
            bad("%s: one fact expected" % cid)
        continue
    vals = c["values"]
    for v in vals:
        aid = v.get("article")
        if aid not in articles:
            bad("%s: value article %r does not exist" % (cid, aid))
            continue
        if aid not in c["sources"]:
            bad("%s: value article %s is not among the sources" % (cid, aid))
        if "date" in v and v["date"] != articles[aid]["published_at"]:
            bad("%s: value date %r is not %s's date" % (cid, v.get("date"), aid))
        if not any(alias_in(al, articles[aid]["text"]) for al in v.get("aliases", [])):
            bad("%s: no alias of value %r occurs in %s" % (cid, v.get("aliases"), aid))
    vals = [v for v in vals if v.get("article") in articles]
    if len({articles[v["article"]]["outlet"] for v in vals}) < 2:
        bad("%s: values must come from at least two outlets" % cid)

    def fact_of(v):
        return {i for i, f in enumerate(c["facts"])
                for al in v["aliases"] for fa in f if norm(al) == norm(fa) or alias_in(fa, al)}

    for v in vals:
        if len(fact_of(v)) != 1:
            bad("%s: value %r matches %d facts (want exactly 1)" % (cid, v["aliases"], len(fact_of(v))))
    covered = set().union(*(fact_of(v) for v in vals)) if vals else set()
    if t == "conflict":
        if len(c["facts"]) != 2 or covered != {0, 1}:
            bad("%s: conflict needs exactly two values, each backed by an article" % cid)
        dates = {articles[v["article"]]["published_at"] for v in vals}
        if len(dates) != 1:
            bad("%s: conflicting reports are not of the same day (%s)" % (cid, sorted(dates)))
        for v in vals:
            for i, f in enumerate(c["facts"]):
                if i not in fact_of(v) and any(alias_in(al, articles[v["article"]]["text"]) for al in f):
                    bad("%s: %s gives both sides" % (cid, v["article"]))
        # another quantity of a different measure stands next to one side
        side_arts = {v["article"] for v in vals}
        if not any(d["article"] in side_arts for d in c["distractors"]):
            bad("%s: no distractor stands in a conflicting report" % cid)
    else:
        if len(c["facts"]) != 1 or covered != {0} or not 2 <= len(vals) <= 3:
            bad("%s: agree case needs one fact given by 2-3 values" % cid)
        if len({norm(v["aliases"][0]) for v in vals}) < 2:
            bad("%s: agree values are not written differently" % cid)
        if not any(d["article"] not in c["sources"] for d in c["distractors"]):
            bad("%s: agree case needs a distractor from a report that does not answer" % cid)

for aid in articles:
    if aid not in cited:
        bad("article %s is cited by no case" % aid)

for ev in SPLIT_OF_EVENT:
    for t, n in PER_EVENT_CASES.items():
        if kind_counts[(ev, t)] != n:
            bad("event %s: %d %s cases (want %d)" % (ev, kind_counts[(ev, t)], t, n))

print("%d articles, %d cases" % (len(articles), len(cases)))
counts = Counter((c.get("type"), c.get("split")) for c in cases)
for t in PER_EVENT_CASES:
    print("  %-14s dev %2d  test %2d" % (t, counts[(t, "dev")], counts[(t, "test")]))
print("  %-14s dev %2d  test %2d" % ("total", sum(1 for c in cases if c.get("split") == "dev"),
                                      sum(1 for c in cases if c.get("split") == "test")))
if problems:
    print("\n%d problem(s):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
