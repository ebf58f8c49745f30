#!/usr/bin/env python3
"""Validate the reasons corpus: articles/*.json and gold.jsonl (stdlib only).

Run from anywhere:  python3 check.py
Prints the counts and OK, or every problem found and exits non-zero.
"""

import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.jsonl")

ARTICLE_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
COMMON_KEYS = {"id", "question", "facts", "sources", "answerable", "type", "split", "event",
               "evidence"}
# required extra keys per type, and optional ones
EXTRA_KEYS = {
    "conflict": {"relation", "slot", "values", "conflict_kind"},
    "lookalike": {"relation", "slot", "values", "lookalike"},
    "unanswerable": {"distractors"},
    "followup": {"history"},
}
OPTIONAL_KEYS = {"lookalike": {"distractors", "silent_articles"}}
COUNTS = {"fact": 22, "multi": 4, "yesno": 6, "conflict": 6, "lookalike": 8,
          "unanswerable": 8, "followup": 6}
# A case's id is rs-<family>-NN. Fact cases are named by what they ask: why (a reason or
# cause), kind (a value for one kind of thing), since (a start year or a span of time), or
# fact (anything else); every other type uses its own name. Numbers run 01, 02, ... per family.
FAMILIES = {"fact": ("why", "kind", "since", "fact")}
FAMILY_COUNTS = {"why": 9, "kind": 7, "since": 6, "fact": 0}
WHY_WORDS = re.compile(r"\b(why|cause|caused|led|blame|blamed|reason|started|went wrong)\b", re.I)
SINCE_WORDS = re.compile(r"\b(since when|how long|when)\b", re.I)
N_ARTICLES, N_EVENTS, OUTLETS_RANGE = 18, 6, (6, 7)
WORDS = (250, 600)
YEAR = "2033"
CURRENCY = "lunet"  # the invented currency (singular; "lunets" in the plural)
WIRE = "(NPA)"  # the invented wire agency's credit; its copy must run in two or more outlets
# real currency names that must not appear after a number
REAL_CURRENCY = re.compile(
    r"\d[\d.,]*\s*(?:m\s+|million\s+|billion\s+)?(?:dollars?|euros?|pounds?|crowns?|marks?|"
    r"florins?|thalers?|tallers?|guilders?|dracs?|francs?|yen|rupees?|pesos?|kronor|kroner)\b", re.I)

# Events: the last part of an article id names the event (rs03_drennan_gazette_rail -> rail;
# a trailing _live / _explainer / _transcript is skipped).
EVENT_OF_KEY = {"rail": "RS1", "fire": "RS2", "pool": "RS3", "ferry": "RS4",
                "blackout": "RS5", "fees": "RS6"}
# Split is by event and fixed (README, written first): events 1, 3, 5 are dev; 2, 4, 6 are test.
SPLIT_OF_EVENT = {"RS1": "dev", "RS3": "dev", "RS5": "dev",
                  "RS2": "test", "RS4": "test", "RS6": "test"}
SPLIT_TOTALS = {"dev": 30, "test": 30}
CASES_PER_EVENT = 10
CONFLICT_KINDS = {"reason": 3, "number": 2, "date": 1}
LOOKALIKE_RELATION = {"same_value": "agree", "rounding": "agree", "updated": "changed",
                      "different_facts": "none", "attribution": "agree", "silent": "silent"}
LOOKALIKE_COUNTS = {"same_value": 3, "rounding": 1, "updated": 1, "different_facts": 1,
                    "attribution": 1, "silent": 1}
YESNO = {"yes": 3, "no": 3}
PRONOUN = re.compile(r"\b(she|he|it|they|her|him|them|his|its|their)\b", re.I)

NUM_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    """Lower-case; drop thousands separators; small number words -> digits; squeeze spaces."""
    s = s.lower()
    s = re.sub(r"(?<=\d),(?=\d{3})", "", s)
    for w, d in NUM_WORDS.items():
        s = re.sub(r"\b%s\b" % w, d, s)
    return re.sub(r"\s+", " ", s).strip()


def alias_in(alias, text):
    """The alias occurs in the text as a whole token run (so "June 1" does not match "June 11")."""
    pat = r"(?<![0-9a-z])%s(?![0-9a-z])" % re.escape(norm(alias))
    return re.search(pat, norm(text)) is not None


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
    if not re.fullmatch(r"rs\d\d_[a-z0-9_]+", a["id"]):
        bad("%s: id should be rsNN_outlet_topic" % fn)
    if not re.fullmatch(YEAR + r"-\d\d-\d\d", a["published_at"]):
        bad("%s: published_at %r is not a %s date" % (fn, a["published_at"], YEAR))
    if not re.fullmatch(r"https://www\.[a-z0-9-]+\.example/.+", a["url"]):
        bad("%s: url must be https://www.<outlet>.example/..." % fn)
    for k in ("title", "outlet", "author"):
        if not isinstance(a[k], str) or not a[k].strip():
            bad("%s: empty %s" % (fn, k))
    n = len(a["text"].split())
    if not WORDS[0] <= n <= WORDS[1]:
        bad("%s: %d words (want %d-%d)" % (fn, n, WORDS[0], WORDS[1]))
    if "\n\n" not in a["text"] or "\n\n\n" in a["text"]:
        bad("%s: paragraphs must be separated by exactly one blank line" % fn)
    m = REAL_CURRENCY.search(a["title"] + "\n" + a["text"])
    if m:
        bad("%s: a real currency name after a number: %r" % (fn, m.group(0)))
    articles[a["id"]] = a


def event_of(aid):
    key = re.sub(r"_(live|explainer|transcript)$", "", aid).rsplit("_", 1)[-1]
    return EVENT_OF_KEY.get(key)


if len(articles) != N_ARTICLES:
    bad("want %d articles, have %d" % (N_ARTICLES, len(articles)))
outlets = Counter(a["outlet"] for a in articles.values())
if not OUTLETS_RANGE[0] <= len(outlets) <= OUTLETS_RANGE[1]:
    bad("want %d-%d outlets, have %d" % (OUTLETS_RANGE + (len(outlets),)))
wire_outlets = set(a["outlet"] for a in articles.values() if WIRE in a["text"])
if len(wire_outlets) < 2:
    bad("wire copy credited %s should run in 2+ outlets, runs in %s" % (WIRE, sorted(wire_outlets)))
by_event = defaultdict(list)
for aid, a in articles.items():
    ev = event_of(aid)
    if ev is None:
        bad("%s: id does not end in an event key %s" % (aid, sorted(EVENT_OF_KEY)))
        continue
    by_event[ev].append(a)
for ev, arts in sorted(by_event.items()):  # prices are quoted in every event, in lunets
    if not any(CURRENCY in (a["title"] + a["text"]).lower() for a in arts):
        bad("event %s: no article mentions the %ss" % (ev, CURRENCY))
if len(by_event) != N_EVENTS:
    bad("want %d events, have %d" % (N_EVENTS, len(by_event)))
for ev, arts in sorted(by_event.items()):
    if len(arts) != 3:
        bad("event %s: %d articles (want 3)" % (ev, len(arts)))
    days = sorted(date.fromisoformat(a["published_at"]) for a in arts)
    if len(set(days)) != len(days):
        bad("event %s: two articles share a publication day" % ev)
    if (days[-1] - days[0]).days > 10:
        bad("event %s: articles span more than 10 days" % ev)
    if len(set(a["outlet"] for a in arts)) != len(arts):
        bad("event %s: two articles from the same outlet" % ev)

# ---------------------------------------------------------------- gold
cases = []
with open(GOLD, encoding="utf-8") as fh:
    for i, line in enumerate(fh, 1):
        if not line.strip():
            bad("gold line %d: blank line" % i)
            continue
        try:
            cases.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            bad("gold line %d: does not parse (%s)" % (i, e))

for k, v in Counter(c.get("id") for c in cases).items():
    if v > 1:
        bad("duplicate case id %s" % k)

yesno = Counter()
kinds = Counter()
traps = Counter()
families = Counter()
numbers = defaultdict(list)
cited = set()


def check_sentences(cid, items, sources, what, need_in_sources):
    text = ""
    for e in items:
        aid = e.get("article")
        if aid not in articles:
            bad("%s: %s article %r does not exist" % (cid, what, aid))
            continue
        cited.add(aid)
        if need_in_sources and aid not in sources:
            bad("%s: %s article %s is not among the sources" % (cid, what, aid))
        s = e.get("sentence")
        if not isinstance(s, str) or not s or s not in articles[aid]["text"]:
            bad("%s: %s sentence not verbatim in %s: %r" % (cid, what, aid, (s or "")[:80]))
        text += " " + (s or "")
    return text


for c in cases:
    cid, t = c.get("id"), c.get("type")
    if t not in COUNTS:
        bad("%s: unknown type %r" % (cid, t))
        continue
    fams = FAMILIES.get(t, (t,))
    m = re.fullmatch(r"rs-([a-z]+)-(\d\d)", str(cid))
    if not m or m.group(1) not in fams:
        bad("%s: id should be rs-<%s>-NN" % (cid, "|".join(fams)))
    else:
        fam = m.group(1)
        families[fam] += 1
        numbers[fam].append(int(m.group(2)))
        if fam == "why" and not WHY_WORDS.search(c.get("question", "")):
            bad("%s: a why case should ask for a reason or cause" % cid)
        if fam == "since" and not SINCE_WORDS.search(c.get("question", "")):
            bad("%s: a since case should ask since when / how long" % cid)
    required = COMMON_KEYS | EXTRA_KEYS.get(t, set())
    allowed = required | OPTIONAL_KEYS.get(t, set())
    if not required <= set(c) <= allowed:
        bad("%s: keys %s; required %s, optional %s"
            % (cid, sorted(c), sorted(required), sorted(OPTIONAL_KEYS.get(t, set()))))
        continue
    if not isinstance(c["question"], str) or not c["question"].strip().endswith("?"):
        bad("%s: question should be a string ending in '?'" % cid)
    ev = c["event"]
    if ev not in SPLIT_OF_EVENT:
        bad("%s: unknown event %r" % (cid, ev))
        continue
    if c["split"] != SPLIT_OF_EVENT[ev]:
        bad("%s: split %r, but event %s is %r" % (cid, c["split"], ev, SPLIT_OF_EVENT[ev]))
    facts, sources, evidence = c["facts"], c["sources"], c["evidence"]
    for s in sources:
        if s not in articles:
            bad("%s: source %s does not exist" % (cid, s))
        elif event_of(s) != ev:
            bad("%s: source %s belongs to event %s, not %s" % (cid, s, event_of(s), ev))
        cited.add(s)

    if "distractors" in c:
        ds = c["distractors"]
        if not isinstance(ds, list) or not ds:
            bad("%s: distractors must be a non-empty list" % cid)
        else:
            for d in ds:
                if set(d) != {"article", "sentence", "about"} or not d.get("about"):
                    bad("%s: a distractor needs exactly article, sentence, about" % cid)
                elif event_of(d["article"]) != ev:
                    bad("%s: distractor %s is from another event" % (cid, d["article"]))
            check_sentences(cid, ds, sources, "distractor", False)

    if t == "unanswerable":
        if c["answerable"] is not False or facts or sources or evidence:
            bad("%s: unanswerable needs answerable=false and empty facts/sources/evidence" % cid)
        continue

    if c["answerable"] is not True:
        bad("%s: answerable must be true" % cid)
    if not sources or not evidence:
        bad("%s: needs sources and evidence" % cid)
    if not isinstance(facts, list) or not facts or not all(
        isinstance(f, list) and f and all(isinstance(x, str) and x.strip() for x in f)
        for f in facts
    ):
        bad("%s: facts must be a non-empty list of non-empty alias lists" % cid)
        continue
    ev_text = check_sentences(cid, evidence, sources, "evidence", True)

    if t == "yesno":
        if facts not in ([["yes"]], [["no"]]):
            bad('%s: yesno facts must be [["yes"]] or [["no"]]' % cid)
        else:
            yesno[facts[0][0]] += 1
        continue
    if t == "multi" and len(facts) != 2:
        bad("%s: multi needs exactly 2 facts" % cid)
    if t == "followup":
        h = c["history"]
        if not isinstance(h, list) or not h or not all(isinstance(x, str) and x for x in h):
            bad("%s: followup needs a non-empty history list of strings" % cid)
        if not PRONOUN.search(c["question"]):
            bad("%s: a follow-up should use a pronoun" % cid)

    src_text = {s: articles[s]["title"] + "\n" + articles[s]["text"] for s in sources if s in articles}
    for f in facts:
        for al in f:  # every alias is written somewhere in the cited sources
            if not any(alias_in(al, tx) for tx in src_text.values()):
                bad("%s: fact alias %r occurs in none of its sources" % (cid, al))
        if not any(alias_in(al, ev_text) for al in f):
            bad("%s: no alias of fact %r appears in the evidence sentences" % (cid, f))

    if t in ("conflict", "lookalike"):
        vals = c["values"]
        if not isinstance(vals, list) or not vals:
            bad("%s: values must be a non-empty list" % cid)
            continue
        for v in vals:
            if set(v) != {"aliases", "article", "date"}:
                bad("%s: value keys %s" % (cid, sorted(v)))
                continue
            art = articles.get(v["article"])
            if art is None or v["article"] not in sources:
                bad("%s: value article %s missing or not a source" % (cid, v["article"]))
                continue
            if v["date"] != art["published_at"]:
                bad("%s: value date %s != %s published_at %s"
                    % (cid, v["date"], v["article"], art["published_at"]))
            for al in v["aliases"]:
                if not alias_in(al, art["title"] + "\n" + art["text"]):
                    bad("%s: value alias %r not in %s" % (cid, al, v["article"]))
        if not c.get("slot"):
            bad("%s: empty slot" % cid)

    if t == "conflict":
        kinds[c["conflict_kind"]] += 1
        if c["relation"] != "disagree":
            bad("%s: relation must be 'disagree'" % cid)
        distinct = []
        for v in vals:
            if v["aliases"] not in facts:
                bad("%s: value aliases %s are not one of the facts" % (cid, v["aliases"]))
            if v["aliases"] not in distinct:
                distinct.append(v["aliases"])
        if len(distinct) < 2 or any(f not in distinct for f in facts):
            bad("%s: each fact needs a value, and 2+ distinct values" % cid)
        if set(v["article"] for v in vals) != set(sources):
            bad("%s: values articles != sources" % cid)
        if set(e["article"] for e in evidence) != set(sources):
            bad("%s: evidence should cover every source" % cid)
        if len(set(articles[v["article"]]["outlet"] for v in vals if v["article"] in articles)) < 2:
            bad("%s: a disagreement needs two outlets" % cid)

    if t == "lookalike":
        trap = c["lookalike"]
        traps[trap] += 1
        if LOOKALIKE_RELATION.get(trap) != c["relation"]:
            bad("%s: lookalike %r wants relation %r, has %r"
                % (cid, trap, LOOKALIKE_RELATION.get(trap), c["relation"]))
        outlets_v = set(articles[v["article"]]["outlet"] for v in vals if v["article"] in articles)
        if trap in ("same_value", "rounding", "attribution", "updated") and len(outlets_v) < 2:
            bad("%s: a %s look-alike needs values from two outlets" % (cid, trap))
        if trap == "updated":
            latest = max(vals, key=lambda v: v["date"])
            earliest = min(vals, key=lambda v: v["date"])
            if latest["date"] == earliest["date"] or latest["aliases"] == earliest["aliases"]:
                bad("%s: an updated value needs an earlier and a later, different value" % cid)
            if facts != [latest["aliases"]]:
                bad("%s: facts should be the latest value %s" % (cid, latest["aliases"]))
        if trap == "different_facts" and not c.get("distractors"):
            bad("%s: different_facts needs a distractor naming the other fact" % cid)
        if trap == "silent":
            silent = c.get("silent_articles") or []
            if not silent:
                bad("%s: silent look-alike needs silent_articles" % cid)
            for s in silent:
                if s not in articles or event_of(s) != ev or s in sources:
                    bad("%s: silent article %s must exist, be in the event, not a source" % (cid, s))
                # bare digits are skipped ("9" is in "9 percent"); the spelled value is not
                elif any(re.search(r"(?<![0-9a-z])%s(?![0-9a-z])" % re.escape(al.lower()),
                                   articles[s]["text"].lower())
                         for f in facts for al in f if not al.isdigit()):
                    bad("%s: silent article %s does give the value" % (cid, s))

# ---------------------------------------------------------------- counts
by_type = Counter(c.get("type") for c in cases)
for t, m in COUNTS.items():
    if by_type[t] != m:
        bad("type %s: %d cases, want %d" % (t, by_type[t], m))
for fam, want in FAMILY_COUNTS.items():
    if families[fam] != want:
        bad("fact family %s: %d cases, want %d" % (fam, families[fam], want))
for fam, nums in numbers.items():
    if sorted(nums) != list(range(1, len(nums) + 1)):
        bad("ids rs-%s-NN are not numbered 01..%02d without gaps" % (fam, len(nums)))
splits = Counter(c.get("split") for c in cases)
if dict(splits) != SPLIT_TOTALS:
    bad("split totals %s, want %s" % (dict(splits), SPLIT_TOTALS))
split_by_type = {t: Counter(c.get("split") for c in cases if c.get("type") == t) for t in COUNTS}
for t, sc in split_by_type.items():
    if abs(sc["dev"] - sc["test"]) > 1:
        bad("type %s is unbalanced across the split: %s" % (t, dict(sc)))
if dict(yesno) != YESNO:
    bad("yesno answers %s, want %s" % (dict(yesno), YESNO))
if dict(kinds) != CONFLICT_KINDS:
    bad("conflict kinds %s, want %s" % (dict(kinds), CONFLICT_KINDS))
if dict(traps) != LOOKALIKE_COUNTS:
    bad("look-alike traps %s, want %s" % (dict(traps), LOOKALIKE_COUNTS))
per_event = Counter(c.get("event") for c in cases)
for ev in SPLIT_OF_EVENT:
    if per_event[ev] != CASES_PER_EVENT:
        bad("event %s: %d cases, want %d" % (ev, per_event[ev], CASES_PER_EVENT))
    evc = [c for c in cases if c.get("event") == ev]
    for t in ("conflict", "yesno", "followup", "lookalike", "unanswerable"):
        if not any(c.get("type") == t for c in evc):
            bad("event %s has no %s case" % (ev, t))
    for fam in ("why", "since"):
        if not any(str(c.get("id", "")).startswith("rs-%s-" % fam) for c in evc):
            bad("event %s has no %s case" % (ev, fam))
for aid in articles:
    if aid not in cited:
        bad("article %s is not cited by any case" % aid)

split_by_family = {f: dict(Counter(c.get("split") for c in cases
                                   if str(c.get("id", "")).startswith("rs-%s-" % f)))
                   for f in ("why", "kind", "since", "fact")}
print("articles: %d from %d outlets %s" % (len(articles), len(outlets), dict(outlets)))
print("wire copy %s in: %s" % (WIRE, sorted(wire_outlets)))
print("events: %s" % {ev: len(a) for ev, a in sorted(by_event.items())})
print("cases: %d  by type: %s" % (len(cases), dict(sorted(by_type.items()))))
print("fact cases by what they ask: %s" % split_by_family)
print("cases per event: %s" % dict(sorted(per_event.items())))
print("split: %s" % dict(splits))
print("split by type: %s" % {t: dict(sc) for t, sc in split_by_type.items()})
print("yesno: %s  conflict kinds: %s" % (dict(yesno), dict(kinds)))
print("look-alike traps: %s" % dict(traps))
if problems:
    print("\nFAILED (%d problems):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
