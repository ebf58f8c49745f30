#!/usr/bin/env python3
"""Validate the referents corpus: articles/*.json and gold.jsonl (stdlib only).

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
WORDS = (250, 450)
YEAR = "2033"
N_ARTICLES = 12
PER_EVENT = 3
# Event of an article = its id prefix and last part (rf01_vesterline_wire_mine -> rf-01, "mine").
EVENT_WORD = {"rf-01": "mine", "rf-02": "strike", "rf-03": "school", "rf-04": "regatta"}
# Split rule (README): decided by event before any case was written; never changed.
SPLIT_OF_EVENT = {"rf-01": "dev", "rf-02": "test", "rf-03": "dev", "rf-04": "test"}
# type -> relation, and the number of cases each event must hold.
RELATION = {"fact": "none", "unanswerable": "silent", "conflict": "disagree"}
PER_EVENT_CASES = {"fact": 4, "unanswerable": 5, "conflict": 1}
N_CASES = 40
KINDS = {"people", "things", "money", "length", "area", "weight", "volume", "duration", "age",
         "share", "temperature", "speed", "year", "date", "name", "place"}
CONFLICT_KINDS = {"number", "name", "date", "place"}
TRAPS = {4: "same kind, another thing or another verb",
         5: "answerable: the asked value is stated, a same-kind value about another thing beside it",
         6: "same kind, another qualifier (group, time, place, total vs part)"}
UNANSWERABLE_TRAPS = (4, 6)
REQUIRED = {"id", "event", "question", "type", "relation", "slot", "asked_kind", "trap", "facts",
            "sources", "answerable", "split", "evidence", "distractors"}
OPTIONAL = {"values", "conflict_kind"}
# A conflict must be a disagreement, not a figure one report revises: no article may say so.
UPDATE_WORDS = re.compile(r"\b(updated|revised|corrected|raised its|lowered its|earlier reported|now says)\b", re.I)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
NUMBER_WORD = r"(?:%s|%s|hundred|thousand|dozen|half)" % ("|".join(UNITS[1:]), "|".join(TENS))
NUM = r"(?:\d[\d,.]*|\b%s\b)" % NUMBER_WORD
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A value of each asked kind, as it may stand in a sentence. Every distractor must hold a value
# of the asked kind (that is the trap: the same kind, about another thing); in a fact case at
# least one such value (other than the answer) stands in the paragraph of an evidence sentence.
KIND_VALUE = {
    "people": NUM,
    "things": NUM,
    "money": r"%s[- ]*(?:million[- ]+|billion[- ]+)?thalers?\b|\bthaler\b" % NUM,
    "length": r"%s[- ]*(?:kilo|centi|milli)?metres?\b" % NUM,
    "area": r"%s\s*(?:hectares?|square (?:kilo)?metres?)\b" % NUM,
    "weight": r"%s\s*(?:million\s+)?(?:tonnes?|kilograms?|kg)\b" % NUM,
    "volume": r"%s\s*(?:million\s+)?(?:litres?|cubic metres?)\b" % NUM,
    "duration": r"%s[- ]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b" % NUM,
    "age": r"%s(?:-year-old|, \d)|\b\d\d,|aged \d" % NUM,
    "share": r"%s\s*(?:percent|per cent|%%)|\b(?:a|one) (?:third|quarter|fifth|half)\b|\bone in \w+\b" % NUM,
    "temperature": r"%s\s*degrees\b" % NUM,
    "speed": r"%s\s*(?:km/h|kilometres per hour|knots)\b" % NUM,
    "year": r"\b(?:1[6-9]|20)\d\d\b",
    "date": r"\b%s \d{1,2}\b|\b\d{1,2} %s\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" % (MONTHS, MONTHS),
    "name": r"\b[A-Z][a-z]+ [A-Z][a-z]+\b",
    "place": r"(?<!^)\b[A-Z][a-z]+\b",
}

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    """Lower-case; number words -> digits; drop thousands separators; unify percent, minus and
    km/h; collapse whitespace."""
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
    s = re.sub(r"\bminus (?=\d)", "-", s)
    s = s.replace("kilometres per hour", "km/h")
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def alias_in(alias, text):
    """Case-insensitive, after normalisation, not inside a longer number or word."""
    a, t = norm(alias), norm(text)
    return re.search(r"(?<![\w.])%s(?![\w]|\.\d)" % re.escape(a), t) is not None


def holds(kind, text):
    return re.search(KIND_VALUE[kind], text, re.I if kind not in ("name", "place", "date") else 0) is not None


def without_aliases(text, facts):
    """The text with every alias of the asked value cut out (longest first)."""
    for al in sorted({al for f in facts for al in f}, key=len, reverse=True):
        text = re.sub(r"(?<![\w.])%s(?![\w]|\.\d)" % re.escape(al), " ", text, flags=re.I)
    return text


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
    if not re.fullmatch(YEAR + r"-\d\d-\d\d", a["published_at"]):
        bad("%s: published_at %r is not a %s YYYY-MM-DD date" % (fn, a["published_at"], YEAR))
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
    if not a["title"] or not a["author"]:
        bad("%s: empty title or author" % fn)
    m = re.fullmatch(r"rf(0[1-4])_([a-z0-9_]+)_([a-z]+)", a["id"])
    if not m or EVENT_WORD.get("rf-" + m.group(1)) != m.group(3):
        bad("%s: id is not rf0N_<outlet_slug>_<eventword>" % fn)
    elif m.group(2) != slug(a["outlet"]).replace("-", "_"):
        bad("%s: id's outlet part %r is not the outlet slug %r" % (fn, m.group(2), slug(a["outlet"])))
    if UPDATE_WORDS.search(a["text"]):
        bad("%s: says a figure was updated (%r)" % (fn, UPDATE_WORDS.search(a["text"]).group(0)))
    articles[a["id"]] = a

if len(articles) != N_ARTICLES:
    bad("want %d articles, have %d" % (N_ARTICLES, len(articles)))


def event_of(aid):
    return "rf-" + aid[2:4]


def paragraph_of(aid, sentence):
    for i, p in enumerate(articles[aid]["text"].split("\n\n")):
        if sentence in p:
            return i
    return None


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

if len(cases) != N_CASES:
    bad("want %d cases, have %d" % (N_CASES, len(cases)))
for k, v in Counter(c.get("id") for c in cases).items():
    if v > 1:
        bad("duplicate case id %s" % k)
for k, v in Counter(c.get("question") for c in cases).items():
    if v > 1:
        bad("duplicate question %r" % k)

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
    m = re.fullmatch(r"(rf-0[1-4])-(\d\d)", cid or "")
    if not m or not 1 <= int(m.group(2)) <= 10:
        bad("%s: id is not rf-<event>-<01..10>" % cid)
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
    kind = c["asked_kind"]
    if kind not in KINDS:
        bad("%s: asked_kind %r not in %s" % (cid, kind, sorted(KINDS)))
        continue
    if t == "unanswerable" and c["trap"] not in UNANSWERABLE_TRAPS:
        bad("%s: an unanswerable case has trap 4 or 6, not %r" % (cid, c["trap"]))
    if t != "unanswerable" and c["trap"] != 5:
        bad("%s: an answerable case has trap 5, not %r" % (cid, c["trap"]))
    if t == "conflict":
        if c.get("conflict_kind") not in CONFLICT_KINDS:
            bad("%s: conflict_kind %r not in %s" % (cid, c.get("conflict_kind"), sorted(CONFLICT_KINDS)))
    elif "conflict_kind" in c or "values" in c:
        bad("%s: conflict_kind/values on a non-conflict case" % cid)
    if not c["question"].endswith("?"):
        bad("%s: question does not end with '?'" % cid)
    if any(o in c["question"].lower() for o in outlet_names):
        bad("%s: question names an outlet" % cid)
    if not c["slot"]:
        bad("%s: no slot" % cid)

    # distractors: verbatim, explained, of this event, each holding a value of the asked kind
    for d in c["distractors"]:
        if not d.get("about"):
            bad("%s: distractor without 'about'" % cid)
        if check_sentence(cid, "distractor", d):
            if event_of(d["article"]) != ev:
                bad("%s: distractor from another event" % cid)
            if not holds(kind, d["sentence"]):
                bad("%s: distractor sentence in %s holds no %s value: %r" % (cid, d["article"], kind, d["sentence"]))
    d_arts = {d["article"] for d in c["distractors"]}
    if len(c["distractors"]) < 2:
        bad("%s: want at least two distractor sentences" % cid)
    if t != "fact" and len(d_arts) < 2:
        bad("%s: distractors must stand in at least two reports (%d)" % (cid, len(d_arts)))

    if t == "unanswerable":
        if c["answerable"] is not False or c["facts"] or c["sources"] or c["evidence"]:
            bad("%s: unanswerable needs answerable false and empty facts, sources, evidence" % cid)
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
        elif not any(alias_in(al, s) for al in fact for s in ev_sents):
            bad("%s: no alias of %r occurs in an evidence sentence" % (cid, fact))
    # every evidence sentence states one of the asked values
    for e in c["evidence"]:
        if e.get("sentence") and not any(alias_in(al, e["sentence"]) for f in c["facts"] for al in f):
            bad("%s: evidence sentence in %s states no asked value" % (cid, e.get("article")))
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
        # the trap: a same-kind value about another thing in the paragraph of an evidence sentence
        near = False
        for d in c["distractors"]:
            if d["article"] not in articles or d["sentence"] not in articles[d["article"]]["text"]:
                continue
            pd = paragraph_of(d["article"], d["sentence"])
            for e in c["evidence"]:
                if e["article"] == d["article"] and e["sentence"] in articles[e["article"]]["text"] \
                        and paragraph_of(e["article"], e["sentence"]) == pd \
                        and holds(kind, without_aliases(d["sentence"], c["facts"])):
                    near = True
        if not near:
            bad("%s: no same-kind distractor value stands in the paragraph of an evidence sentence" % cid)
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
    # a report of the event that is not a side must not state any side's value
    for aid in by_event[ev]:
        if aid in {v["article"] for v in vals}:
            continue
        for f in c["facts"]:
            if any(alias_in(al, articles[aid]["text"]) for al in f):
                bad("%s: %s, not a side, states a conflict value" % (cid, aid))

for aid in articles:
    if aid not in cited:
        bad("article %s is cited by no case" % aid)

for ev in SPLIT_OF_EVENT:
    for t, n in PER_EVENT_CASES.items():
        if type_counts[(ev, t)] != n:
            bad("event %s: %d %s cases (want %d)" % (ev, type_counts[(ev, t)], t, n))

trap_counts = Counter((c.get("trap"), c.get("split")) for c in cases)
for tr in TRAPS:
    if trap_counts[(tr, "dev")] < 1 or trap_counts[(tr, "test")] < 1:
        bad("trap %d: want cases in both halves (dev %d, test %d)"
            % (tr, trap_counts[(tr, "dev")], trap_counts[(tr, "test")]))
# each event's unanswerable cases ask different kinds or under different traps (varied shapes)
for ev in SPLIT_OF_EVENT:
    shapes = Counter((c.get("asked_kind"), c.get("trap"), c.get("slot")) for c in cases
                     if c.get("event") == ev and c.get("type") == "unanswerable")
    if any(n > 1 for n in shapes.values()):
        bad("event %s: two unanswerable cases share a shape" % ev)

print("%d articles, %d cases" % (len(articles), len(cases)))
counts = Counter((c.get("type"), c.get("split")) for c in cases)
for t in PER_EVENT_CASES:
    print("  %-14s dev %2d  test %2d" % (t, counts[(t, "dev")], counts[(t, "test")]))
print("  by asked kind (dev/test):")
kc = Counter((c.get("asked_kind"), c.get("split")) for c in cases)
for k in sorted(KINDS):
    if kc[(k, "dev")] or kc[(k, "test")]:
        print("    %-12s %2d / %2d" % (k, kc[(k, "dev")], kc[(k, "test")]))
print("  by trap (dev/test):")
for tr, what in TRAPS.items():
    print("    %d %-86s %2d / %2d" % (tr, what, trap_counts[(tr, "dev")], trap_counts[(tr, "test")]))
if problems:
    print("\n%d problem(s):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
