#!/usr/bin/env python3
"""Validate the general corpus: articles/*.json and gold.jsonl (stdlib only).

Run from anywhere:  python3 check.py
Exits non-zero and prints every problem if any check fails.
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
COMMON_KEYS = {"id", "question", "facts", "sources", "answerable", "type", "split", "evidence"}
EXTRA_KEYS = {"conflict": {"values", "relation"}, "followup": {"history"}}
COUNTS = {"fact": 20, "multi": 6, "yesno": 6, "conflict": 5, "unanswerable": 7, "followup": 4}
N_ARTICLES, N_EVENTS, N_OUTLETS = 14, 5, 7
WORDS = (350, 650)
# Split rule (README): within each type, in file order, the cases alternate between the
# halves. Every type starts with dev except unanswerable, which starts with test, so that
# the two odd-sized types (conflict 5, unanswerable 7) put their extra case on opposite
# halves and the set splits 24 / 24.
FIRST_SPLIT = {"unanswerable": "test"}
SPLIT_TOTALS = {"dev": 24, "test": 24}

NUM_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "sixty": "60", "sixty-four": "64", "twenty-eight": "28",
}

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    """Lower-case; drop thousands separators; unify percent spellings; number words -> digits."""
    s = s.lower()
    s = re.sub(r"(?<=\d),(?=\d{3})", "", s)
    s = s.replace("per cent", "percent").replace("%", " percent")
    for w, d in sorted(NUM_WORDS.items(), key=lambda x: -len(x[0])):
        s = re.sub(r"\b%s\b" % re.escape(w), d, s)
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def alias_in(alias, text):
    return alias.lower() in text.lower() or norm(alias) in norm(text)


# ---------------------------------------------------------------- articles
articles = {}
files = sorted(f for f in os.listdir(ART_DIR) if f.endswith(".json"))
for fn in files:
    path = os.path.join(ART_DIR, fn)
    try:
        with open(path, encoding="utf-8") as fh:
            a = json.load(fh)
    except Exception as e:  # noqa: BLE001
        bad("%s: not valid JSON (%s)" % (fn, e))
        continue
    if set(a) != ARTICLE_KEYS:
        bad("%s: keys %s != %s" % (fn, sorted(a), sorted(ARTICLE_KEYS)))
    if a.get("id") != fn[:-5]:
        bad("%s: id %r does not match file stem" % (fn, a.get("id")))
    if not re.fullmatch(r"2028-\d\d-\d\d", a.get("published_at", "")):
        bad("%s: bad published_at %r" % (fn, a.get("published_at")))
    if not re.fullmatch(r"https://www\.[a-z0-9-]+\.example/.+", a.get("url", "")):
        bad("%s: url must be https://www.<outlet>.example/..." % fn)
    n = len(a.get("text", "").split())
    if not WORDS[0] <= n <= WORDS[1]:
        bad("%s: %d words (want %d-%d)" % (fn, n, WORDS[0], WORDS[1]))
    if "\n\n" not in a.get("text", ""):
        bad("%s: text has no paragraph breaks" % fn)
    articles[a.get("id")] = a

if len(articles) != N_ARTICLES:
    bad("want %d articles, have %d" % (N_ARTICLES, len(articles)))
outlets = Counter(a["outlet"] for a in articles.values())
if len(outlets) != N_OUTLETS:
    bad("want %d outlets, have %d" % (N_OUTLETS, len(outlets)))
# the event is the last part of the id (gn01_astrapress_hospital -> hospital)
events = Counter(re.sub(r"_(live|explainer)$", "", aid).rsplit("_", 1)[-1] for aid in articles)
if len(events) != N_EVENTS or not all(2 <= v <= 4 for v in events.values()):
    bad("want %d events with 2-4 articles each, have %s" % (N_EVENTS, dict(events)))

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

ids = Counter(c.get("id") for c in cases)
for k, v in ids.items():
    if v > 1:
        bad("duplicate case id %s" % k)

yes_no_answers = Counter()
seen_of_type = defaultdict(int)
for c in cases:
    cid, t = c.get("id"), c.get("type")
    want = COMMON_KEYS | EXTRA_KEYS.get(t, set())
    if set(c) != want:
        bad("%s: keys %s, want %s" % (cid, sorted(c), sorted(want)))
    if t not in COUNTS:
        bad("%s: unknown type %r" % (cid, t))
        continue
    first = FIRST_SPLIT.get(t, "dev")
    expected = first if seen_of_type[t] % 2 == 0 else ({"dev": "test", "test": "dev"}[first])
    seen_of_type[t] += 1
    if c.get("split") != expected:
        bad("%s: split %r, the alternating rule wants %r" % (cid, c.get("split"), expected))
    if not isinstance(c.get("question"), str) or not c["question"].strip().endswith("?"):
        bad("%s: question should be a string ending in '?'" % cid)
    facts, sources, evidence = c.get("facts", []), c.get("sources", []), c.get("evidence", [])

    if t == "unanswerable":
        if c.get("answerable") is not False or facts or sources or evidence:
            bad("%s: unanswerable needs answerable=false and empty facts/sources/evidence" % cid)
        continue

    if c.get("answerable") is not True:
        bad("%s: answerable must be true" % cid)
    if not facts or not all(
        isinstance(f, list) and f and all(isinstance(x, str) and x for x in f) for f in facts
    ):
        bad("%s: facts must be a non-empty list of non-empty alias lists" % cid)
        continue
    if not sources or not evidence:
        bad("%s: needs sources and evidence" % cid)
    for s in sources:
        if s not in articles:
            bad("%s: source %s does not exist" % (cid, s))
    ev_text = ""
    for e in evidence:
        a = articles.get(e.get("article"))
        if a is None:
            bad("%s: evidence article %s does not exist" % (cid, e.get("article")))
            continue
        if e["article"] not in sources:
            bad("%s: evidence article %s not in sources" % (cid, e["article"]))
        if not e.get("sentence") or e["sentence"] not in a["text"]:
            bad(
                "%s: evidence sentence not verbatim in %s: %r"
                % (cid, e["article"], e.get("sentence", "")[:80])
            )
        ev_text += " " + e.get("sentence", "")

    check_facts = facts
    if t == "yesno":
        if facts != [["yes"]] and facts != [["no"]]:
            bad('%s: yesno facts must be [["yes"]] or [["no"]]' % cid)
        else:
            yes_no_answers[facts[0][0]] += 1
        check_facts = []
    if t == "multi" and len(facts) < 2:
        bad("%s: multi needs 2+ facts" % cid)
    if t == "followup":
        h = c.get("history")
        if not isinstance(h, list) or not h or not all(isinstance(x, str) for x in h):
            bad("%s: followup needs a non-empty history list of strings" % cid)
        if not re.search(r"\b(she|he|it|they|her|him|them)\b", c.get("question", "").lower()):
            bad("%s: a follow-up should use a pronoun" % cid)

    src_text = " ".join(
        articles[s]["title"] + " " + articles[s]["text"] for s in sources if s in articles
    )
    for f in check_facts:
        # variants ("Dr Evert Stijnen", "17 meters") need not be in the text; one alias must
        if not any(alias_in(al, src_text) for al in f):
            bad("%s: no alias of fact %r occurs in a cited source" % (cid, f))
        if not any(alias_in(al, ev_text) for al in f):
            bad("%s: no alias of fact %r appears in the evidence sentences" % (cid, f))

    if t == "conflict":
        if c.get("relation") != "disagree":
            bad("%s: relation must be 'disagree'" % cid)
        vals = c.get("values", [])
        if not isinstance(vals, list) or len(vals) < 2:
            bad("%s: conflict needs 2+ values" % cid)
            continue
        distinct = []
        for v in vals:
            art = articles.get(v.get("article"))
            if art is None or v.get("article") not in sources:
                bad("%s: value article %s missing or not in sources" % (cid, v.get("article")))
                continue
            if set(v) != {"aliases", "article", "date"}:
                bad("%s: value keys %s" % (cid, sorted(v)))
            if v.get("date") != art["published_at"]:
                bad("%s: value date %r != %s's published_at" % (cid, v.get("date"), v["article"]))
            if v.get("aliases") not in facts:
                bad("%s: value aliases %s not among facts" % (cid, v.get("aliases")))
            if not any(
                alias_in(al, art["title"] + " " + art["text"]) for al in v.get("aliases", [])
            ):
                bad("%s: no alias of %s occurs in %s" % (cid, v.get("aliases"), v["article"]))
            if v.get("aliases") not in distinct:
                distinct.append(v.get("aliases"))
        if len(distinct) < 2:
            bad("%s: conflict has fewer than 2 distinct values" % cid)
        for f in facts:
            if f not in distinct:
                bad("%s: fact %s has no entry in values" % (cid, f))
        if set(v.get("article") for v in vals) != set(sources):
            bad("%s: values articles != sources" % cid)
        if set(e["article"] for e in evidence) != set(sources):
            bad("%s: conflict evidence should cover every source" % cid)
        if len(set(articles[v["article"]]["outlet"] for v in vals if v.get("article") in articles)) < 2:
            bad("%s: a disagreement needs two outlets" % cid)

# ---------------------------------------------------------------- counts
by_type = Counter(c.get("type") for c in cases)
for t, m in COUNTS.items():
    if by_type[t] != m:
        bad("type %s: %d cases, want %d" % (t, by_type[t], m))
splits = Counter(c.get("split") for c in cases)
if dict(splits) != SPLIT_TOTALS:
    bad("split totals %s, want %s" % (dict(splits), SPLIT_TOTALS))
if not (yes_no_answers["yes"] and yes_no_answers["no"]):
    bad("yesno answers should mix yes and no: %s" % dict(yes_no_answers))
cited = set(s for c in cases for s in c.get("sources", []))
for aid in articles:
    if aid not in cited:
        bad("article %s is not cited by any case" % aid)

print("articles: %d from %d outlets %s" % (len(articles), len(outlets), dict(outlets)))
print("events: %s" % dict(events))
print("cases: %d  by type: %s" % (len(cases), dict(sorted(by_type.items()))))
print("split: %s" % dict(splits))
print(
    "split by type: %s"
    % {t: dict(Counter(c["split"] for c in cases if c.get("type") == t)) for t in COUNTS}
)
print("yesno: %s" % dict(yes_no_answers))
if problems:
    print("\nFAILED (%d problems):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
