#!/usr/bin/env python3
"""Validate the units corpus: articles/*.json and gold.jsonl (stdlib only).

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
WORDS = (170, 250)
N_ARTICLES = 12
PER_EVENT = 3
# Event of an article = its id prefix and last part (un01_harbinger_wire_fire -> un-01, "fire").
EVENT_WORD = {"un-01": "fire", "un-02": "flood", "un-03": "arena", "un-04": "expedition"}
# Split rule (README): decided by event before any case was written; never changed.
SPLIT_OF_EVENT = {"un-01": "dev", "un-02": "test", "un-03": "dev", "un-04": "test"}
# type -> relation, and the number of cases each event must hold.
RELATION = {"fact": "none", "unanswerable": "silent", "conflict": "disagree"}
PER_EVENT_CASES = {"fact": 5, "unanswerable": 4, "conflict": 1}
KINDS = {"people", "things", "money", "length", "area", "weight", "volume", "duration", "age",
         "share", "temperature", "speed"}
TRAPS = {1: "count asked, only a measure of another kind nearby",
         2: "measure asked, only a count nearby",
         3: "one measure asked, another measure nearby",
         4: "same kind, another thing or another verb",
         5: "answerable: the asked quantity is stated next to other kinds"}
REQUIRED = {"id", "event", "question", "type", "relation", "slot", "asked_kind", "trap", "facts",
            "sources", "answerable", "split", "evidence", "distractors"}
OPTIONAL = {"values", "conflict_kind"}
# A conflict must be a disagreement, not a figure one report revises: no article may say so.
UPDATE_WORDS = re.compile(r"\b(updated|revised|corrected|raised its|lowered its|earlier reported|now says)\b", re.I)
# For an unanswerable question about these kinds, no report of the event may state ANY
# quantity in the asked unit (so the answer cannot hide in an unexpected sentence).
UNIT_OF_KIND = {
    "weight": r"\d[\d,.]*\s*(?:million\s+)?(?:tonnes?|tons?|kilograms?|kg)\b",
    "area": r"\d[\d,.]*[- ](?:hectares?|square (?:kilo)?metres?|sq km|km2)\b",
    "volume": r"\d[\d,.]*\s*(?:million\s+)?(?:litres?|cubic metres?)\b",
    "speed": r"\d[\d,.]*\s*(?:km/h|kilometres per hour|knots)\b",
    "temperature": r"\d[\d,.]*\s*degrees\b",
    "share": r"\d[\d,.]*\s*(?:percent|per cent|%)",
}

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
NUMBER_WORD = re.compile(r"\b(%s|%s|hundred|thousand|dozen|half)\b" % ("|".join(UNITS[1:]), "|".join(TENS)), re.I)

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    """Lower-case; number words -> digits; drop thousands separators; unify percent, the
    currency symbol (Đ18 million = 18 million dracs), minus and km/h; collapse whitespace."""
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
    s = re.sub(r"\u0111\s*(\d[\d.]*(?: (?:million|billion))?)", r"\1 dracs", s)
    s = re.sub(r"\bminus (?=\d)", "-", s)
    s = s.replace("kilometres per hour", "km/h")
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
    if not re.fullmatch(r"2032-\d\d-\d\d", a["published_at"]):
        bad("%s: published_at %r is not a 2032 YYYY-MM-DD date" % (fn, a["published_at"]))
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
    m = re.fullmatch(r"un(0[1-4])_([a-z0-9_]+)_([a-z]+)", a["id"])
    if not m or EVENT_WORD.get("un-" + m.group(1)) != m.group(3):
        bad("%s: id is not un0N_<outlet_slug>_<eventword>" % fn)
    elif m.group(2) != slug(a["outlet"]).replace("-", "_"):
        bad("%s: id's outlet part %r is not the outlet slug %r" % (fn, m.group(2), slug(a["outlet"])))
    if UPDATE_WORDS.search(a["text"]):
        bad("%s: says a figure was updated (%r)" % (fn, UPDATE_WORDS.search(a["text"]).group(0)))
    articles[a["id"]] = a

if len(articles) != N_ARTICLES:
    bad("want %d articles, have %d" % (N_ARTICLES, len(articles)))


def event_of(aid):
    return "un-" + aid[2:4]


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
    dates = sorted(articles[i]["published_at"] for i in ids)
    if dates and (int(dates[-1][-2:]) - int(dates[0][-2:]) > 2 or dates[0][:7] != dates[-1][:7]):
        bad("event %s: reports are not of the same or neighbouring days (%s)" % (ev, dates))

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
outlet_names = {a["outlet"].lower() for a in articles.values()} | \
               {re.sub(r"^the ", "", a["outlet"].lower()) for a in articles.values()}


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


type_counts = Counter()
for c in cases:
    cid = c.get("id")
    keys = set(c)
    if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
        bad("%s: keys %s (required %s, optional %s)" % (cid, sorted(keys), sorted(REQUIRED), sorted(OPTIONAL)))
        continue
    m = re.fullmatch(r"(un-0[1-4])-\d\d", cid or "")
    if not m:
        bad("%s: id is not un-<event>-<nn>" % cid)
        continue
    ev = m.group(1)
    if c["event"] != ev:
        bad("%s: event %r does not match the id" % (cid, c["event"]))
    if c["split"] != SPLIT_OF_EVENT[ev]:
        bad("%s: split %r, but event %s is %s" % (cid, c["split"], ev, SPLIT_OF_EVENT[ev]))
    t = c["type"]
    if t not in RELATION:
        bad("%s: unknown type %r" % (cid, t))
        continue
    type_counts[(ev, t)] += 1
    if c["relation"] != RELATION[t]:
        bad("%s: relation %r, want %r" % (cid, c["relation"], RELATION[t]))
    if c["asked_kind"] not in KINDS:
        bad("%s: asked_kind %r not in %s" % (cid, c["asked_kind"], sorted(KINDS)))
    if t == "unanswerable" and c["trap"] not in (1, 2, 3, 4):
        bad("%s: an unanswerable case has trap 1-4, not %r" % (cid, c["trap"]))
    if t != "unanswerable" and c["trap"] != 5:
        bad("%s: an answerable case has trap 5, not %r" % (cid, c["trap"]))
    if t == "conflict":
        if c.get("conflict_kind") != "number":
            bad("%s: conflict_kind %r, want 'number'" % (cid, c.get("conflict_kind")))
    elif "conflict_kind" in c or "values" in c:
        bad("%s: conflict_kind/values on a non-conflict case" % cid)
    if not c["question"].endswith("?"):
        bad("%s: question does not end with '?'" % cid)
    if any(o in c["question"].lower() for o in outlet_names):
        bad("%s: question names an outlet" % cid)
    if not c["slot"]:
        bad("%s: no slot" % cid)

    # distractors: verbatim, explained, of this event, and holding a quantity
    for d in c["distractors"]:
        if not d.get("about"):
            bad("%s: distractor without 'about'" % cid)
        if check_sentence(cid, "distractor", d):
            if event_of(d["article"]) != ev:
                bad("%s: distractor from another event" % cid)
            if not (re.search(r"\d", d["sentence"]) or NUMBER_WORD.search(d["sentence"])):
                bad("%s: distractor sentence in %s holds no quantity" % (cid, d["article"]))
    d_arts = {d["article"] for d in c["distractors"]}
    if len(c["distractors"]) < 2:
        bad("%s: want at least two distractor sentences" % cid)
    if t != "fact" and len(d_arts) < 2:
        bad("%s: distractors must stand in at least two reports (%d)" % (cid, len(d_arts)))

    if t == "unanswerable":
        if c["answerable"] is not False or c["facts"] or c["sources"] or c["evidence"]:
            bad("%s: unanswerable needs answerable false and empty facts, sources, evidence" % cid)
        pat = UNIT_OF_KIND.get(c["asked_kind"])
        if pat:
            for aid in by_event[ev]:
                hit = re.search(pat, articles[aid]["text"], re.I)
                if hit:
                    bad("%s: %s states a %s (%r), so the question may be answerable"
                        % (cid, aid, c["asked_kind"], hit.group(0)))
        continue

    # answerable (fact, conflict)
    if c["answerable"] is not True:
        bad("%s: answerable must be true" % cid)
    if not c["facts"] or not c["evidence"] or not c["sources"]:
        bad("%s: needs facts, evidence and sources" % cid)
    for s in c["sources"]:
        if s not in articles:
            bad("%s: source %r does not exist" % (cid, s))
        elif event_of(s) != ev:
            bad("%s: source %r belongs to another event" % (cid, s))
    for e in c["evidence"]:
        if check_sentence(cid, "evidence", e) and e["article"] not in c["sources"]:
            bad("%s: evidence article %s is not among the sources" % (cid, e["article"]))
    for s in c["sources"]:
        if s not in {e["article"] for e in c["evidence"]}:
            bad("%s: source %s has no evidence sentence" % (cid, s))
    ev_sents = [e["sentence"] for e in c["evidence"]]
    for fact in c["facts"]:
        if not fact:
            bad("%s: empty alias list" % cid)
        for al in fact:
            if not any(alias_in(al, s) for s in ev_sents):
                bad("%s: alias %r occurs in no evidence sentence" % (cid, al))
    # no distractor from a report that does not state the asked value may contain it
    for d in c["distractors"]:
        if d["article"] in c["sources"]:
            continue
        for fact in c["facts"]:
            if any(alias_in(al, d["sentence"]) for al in fact):
                bad("%s: distractor in %s states an asked value" % (cid, d["article"]))

    if t == "fact":
        if len(c["facts"]) != 1:
            bad("%s: one fact expected" % cid)
        continue
    vals = c.get("values") or []
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
    if len(c["facts"]) < 2 or covered != set(range(len(c["facts"]))):
        bad("%s: conflict facts must be >= 2 values, each backed by an article" % cid)
    if len({articles[v["article"]]["published_at"] for v in vals}) != 1:
        bad("%s: conflicting reports are not of the same day" % cid)
    for v in vals:
        for i, f in enumerate(c["facts"]):
            if i not in fact_of(v) and any(alias_in(al, articles[v["article"]]["text"]) for al in f):
                bad("%s: %s gives both sides" % (cid, v["article"]))

for aid in articles:
    if aid not in cited:
        bad("article %s is cited by no case" % aid)

for ev in SPLIT_OF_EVENT:
    for t, n in PER_EVENT_CASES.items():
        if type_counts[(ev, t)] != n:
            bad("event %s: %d %s cases (want %d)" % (ev, type_counts[(ev, t)], t, n))

trap_counts = Counter((c.get("trap"), c.get("split")) for c in cases)
for tr in TRAPS:
    if trap_counts[(tr, "dev")] < 1 or trap_counts[(tr, "test")] < 1 or \
            trap_counts[(tr, "dev")] + trap_counts[(tr, "test")] < 2:
        bad("trap %d: want at least two cases, in both halves (dev %d, test %d)"
            % (tr, trap_counts[(tr, "dev")], trap_counts[(tr, "test")]))

print("%d articles, %d cases" % (len(articles), len(cases)))
counts = Counter((c.get("type"), c.get("split")) for c in cases)
for t in PER_EVENT_CASES:
    print("  %-14s dev %2d  test %2d" % (t, counts[(t, "dev")], counts[(t, "test")]))
print("  by asked kind (dev/test):")
kc = Counter((c.get("asked_kind"), c.get("split")) for c in cases)
for k in sorted(KINDS):
    print("    %-12s %2d / %2d" % (k, kc[(k, "dev")], kc[(k, "test")]))
print("  by trap (dev/test):")
for tr, what in TRAPS.items():
    print("    %d %-62s %2d / %2d" % (tr, what, trap_counts[(tr, "dev")], trap_counts[(tr, "test")]))
if problems:
    print("\n%d problem(s):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
