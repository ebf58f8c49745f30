#!/usr/bin/env python3
"""Validate the crowded corpus: articles/*.json and gold.jsonl (stdlib only).

Run from anywhere:  python3 check.py
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
WORDS = (180, 320)
N_ARTICLES = (16, 20)
PER_EVENT = (4, 5)
# Event of an article = its id prefix and last part (cr01_kestrine_wire_fire -> cr-01, "fire").
EVENT_WORD = {"cr-01": "fire", "cr-02": "plant", "cr-03": "derailment", "cr-04": "festival"}
# Split rule (README): decided by event before any case was written; never changed.
SPLIT_OF_EVENT = {"cr-01": "dev", "cr-02": "test", "cr-03": "dev", "cr-04": "test"}
# (type, lookalike) -> relation, and the number of cases each event must hold.
KINDS = {("conflict", None): "disagree", ("lookalike", "same_value"): "agree",
         ("lookalike", "different_facts"): "none", ("fact", None): "none"}
PER_EVENT_CASES = {("conflict", None): 3, ("lookalike", "same_value"): 2,
                   ("lookalike", "different_facts"): 2, ("fact", None): 2}
CONFLICT_KINDS = {"number", "date", "name", "place"}
REQUIRED = {"id", "event", "question", "type", "relation", "slot", "facts", "sources",
            "answerable", "split", "evidence", "distractors"}
OPTIONAL = {"values", "lookalike", "conflict_kind"}
# A conflict must be a disagreement, not a figure one report revises: no article may say so.
UPDATE_WORDS = re.compile(r"\b(updated|revised|corrected|raised its|lowered its|earlier reported|now says)\b", re.I)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
MONTHS = ("january february march april may june july august september october november "
          "december").split()

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    """Lower-case; number words -> digits; drop thousands separators; unify percent;
    "15 September" -> "september 15"; collapse whitespace."""
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
    s = re.sub(r"\b(\d{1,2}) (%s)\b" % "|".join(MONTHS), r"\2 \1", s)
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
    if not re.fullmatch(r"2030-\d\d-\d\d", a["published_at"]):
        bad("%s: published_at %r is not a 2030 YYYY-MM-DD date" % (fn, a["published_at"]))
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
    m = re.fullmatch(r"cr(0[1-4])_([a-z0-9_]+)_([a-z]+)", a["id"])
    if not m or EVENT_WORD.get("cr-" + m.group(1)) != m.group(3):
        bad("%s: id is not cr0N_<outlet_slug>_<eventword>" % fn)
    elif m.group(2) != slug(a["outlet"]).replace("-", "_"):
        bad("%s: id's outlet part %r is not the outlet slug %r" % (fn, m.group(2), slug(a["outlet"])))
    if UPDATE_WORDS.search(a["text"]):
        bad("%s: says a figure was updated (%r)" % (fn, UPDATE_WORDS.search(a["text"]).group(0)))
    articles[a["id"]] = a

if not N_ARTICLES[0] <= len(articles) <= N_ARTICLES[1]:
    bad("want %d-%d articles, have %d" % (N_ARTICLES[0], N_ARTICLES[1], len(articles)))


def event_of(aid):
    return "cr-" + aid[2:4]


by_event = defaultdict(list)
for aid in articles:
    by_event[event_of(aid)].append(aid)
for ev in SPLIT_OF_EVENT:
    ids = by_event.get(ev, [])
    if not PER_EVENT[0] <= len(ids) <= PER_EVENT[1]:
        bad("event %s: %d articles (want %d-%d)" % (ev, len(ids), PER_EVENT[0], PER_EVENT[1]))
    outlets = [articles[i]["outlet"] for i in ids]
    if len(set(outlets)) != len(outlets):
        bad("event %s: an outlet has more than one article" % ev)

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


kind_counts = Counter()
for c in cases:
    cid = c.get("id")
    keys = set(c)
    if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
        bad("%s: keys %s (required %s, optional %s)" % (cid, sorted(keys), sorted(REQUIRED), sorted(OPTIONAL)))
        continue
    m = re.fullmatch(r"(cr-0[1-4])-\d\d", cid or "")
    if not m:
        bad("%s: id is not cr-<event>-<nn>" % cid)
        continue
    ev = m.group(1)
    if c["event"] != ev:
        bad("%s: event %r does not match the id" % (cid, c["event"]))
    if c["split"] != SPLIT_OF_EVENT[ev]:
        bad("%s: split %r, but event %s is %s" % (cid, c["split"], ev, SPLIT_OF_EVENT[ev]))
    kind = (c["type"], c.get("lookalike"))
    if kind not in KINDS:
        bad("%s: unknown type/lookalike %r" % (cid, kind))
        continue
    kind_counts[(ev,) + kind] += 1
    if c["relation"] != KINDS[kind]:
        bad("%s: relation %r, want %r" % (cid, c["relation"], KINDS[kind]))
    if c["type"] == "conflict":
        if c.get("conflict_kind") not in CONFLICT_KINDS:
            bad("%s: conflict_kind %r not in %s" % (cid, c.get("conflict_kind"), sorted(CONFLICT_KINDS)))
    elif "conflict_kind" in c:
        bad("%s: conflict_kind on a non-conflict case" % cid)
    if c["answerable"] is not True:
        bad("%s: every case is answerable" % cid)
    if not c["question"].endswith("?"):
        bad("%s: question does not end with '?'" % cid)
    if not c["slot"] or not c["facts"] or not c["evidence"] or not c["sources"]:
        bad("%s: needs slot, facts, evidence and sources" % cid)
    for s in c["sources"]:
        if s not in articles:
            bad("%s: source %r does not exist" % (cid, s))
        elif event_of(s) != ev:
            bad("%s: source %r belongs to another event" % (cid, s))
    for e in c["evidence"]:
        if check_sentence(cid, "evidence", e) and e["article"] not in c["sources"]:
            bad("%s: evidence article %s is not among the sources" % (cid, e["article"]))
    # bystander values: verbatim, explained, and (except plain facts) shared by two reports
    for d in c["distractors"]:
        if not d.get("about"):
            bad("%s: distractor without 'about'" % cid)
        if check_sentence(cid, "distractor", d) and event_of(d["article"]) != ev:
            bad("%s: distractor from another event" % cid)
    d_arts = {d["article"] for d in c["distractors"]}
    if c["type"] == "fact" and not d_arts:
        bad("%s: fact case without a bystander value" % cid)
    if c["type"] != "fact" and len(d_arts) < 2:
        bad("%s: bystander value must stand in at least two reports (%d)" % (cid, len(d_arts)))

    # every alias of every fact occurs in some evidence sentence
    ev_sents = [e["sentence"] for e in c["evidence"]]
    for fact in c["facts"]:
        if not fact:
            bad("%s: empty alias list" % cid)
        for al in fact:
            if not any(alias_in(al, s) for s in ev_sents):
                bad("%s: alias %r occurs in no evidence sentence" % (cid, al))
    # no distractor sentence from a report that does not state the asked fact may contain it
    for d in c["distractors"]:
        if d["article"] in c["sources"]:
            continue
        for fact in c["facts"]:
            if any(alias_in(al, d["sentence"]) for al in fact):
                bad("%s: distractor in %s states an asked value" % (cid, d["article"]))

    need_values = kind in {("conflict", None), ("lookalike", "same_value")}
    if need_values != ("values" in c):
        bad("%s: values %s for %s" % (cid, "missing" if need_values else "not expected", kind))
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
        if v.get("date") != articles[aid]["published_at"]:
            bad("%s: value date %r is not %s's date" % (cid, v.get("date"), aid))
        if not any(alias_in(al, articles[aid]["text"]) for al in v.get("aliases", [])):
            bad("%s: no alias of value %r occurs in %s" % (cid, v.get("aliases"), aid))
    if len({articles[v["article"]]["outlet"] for v in vals if v.get("article") in articles}) < 2:
        bad("%s: values must come from at least two outlets" % cid)

    def fact_of(v):
        return {i for i, f in enumerate(c["facts"])
                for al in v["aliases"] for fa in f if norm(al) == norm(fa) or alias_in(fa, al)}

    for v in vals:
        if len(fact_of(v)) != 1:
            bad("%s: value %r matches %d facts (want exactly 1)" % (cid, v["aliases"], len(fact_of(v))))
    covered = set().union(*(fact_of(v) for v in vals)) if vals else set()
    if c["type"] == "conflict":
        if len(c["facts"]) < 2 or covered != set(range(len(c["facts"]))):
            bad("%s: conflict facts must be >= 2 values, each backed by an article" % cid)
        dates = {articles[v["article"]]["published_at"] for v in vals if v.get("article") in articles}
        if len(dates) != 1:
            bad("%s: conflicting reports are not of the same day (%s)" % (cid, sorted(dates)))
        # a conflicting side's report must not also give the other side's value
        for v in vals:
            for i, f in enumerate(c["facts"]):
                if i not in fact_of(v) and any(alias_in(al, articles[v["article"]]["text"]) for al in f):
                    bad("%s: %s gives both sides" % (cid, v["article"]))
    else:
        if len(c["facts"]) != 1 or covered != {0} or len(vals) < 2:
            bad("%s: agree case needs one fact given by every value (>= 2)" % cid)

for aid in articles:
    if aid not in cited:
        bad("article %s is cited by no case" % aid)

for ev in SPLIT_OF_EVENT:
    for kind, n in PER_EVENT_CASES.items():
        if kind_counts[(ev,) + kind] != n:
            bad("event %s: %d %s cases (want %d)" % (ev, kind_counts[(ev,) + kind], "/".join(filter(None, kind)), n))

print("%d articles, %d cases" % (len(articles), len(cases)))
counts = Counter(((c.get("type"), c.get("lookalike")), c.get("split")) for c in cases)
for kind in PER_EVENT_CASES:
    print("  %-28s dev %2d  test %2d" % ("/".join(filter(None, kind)), counts[(kind, "dev")], counts[(kind, "test")]))
ck = Counter((c.get("conflict_kind"), c.get("split")) for c in cases if c.get("type") == "conflict")
print("  conflict kinds: " + ", ".join("%s %d dev / %d test" % (k, ck[(k, "dev")], ck[(k, "test")])
                                     for k in sorted(CONFLICT_KINDS)))
if problems:
    print("\n%d problem(s):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
