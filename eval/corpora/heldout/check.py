#!/usr/bin/env python3
"""Validate the held-out corpus: articles/*.json and gold.jsonl (stdlib only).

Run from anywhere:  python3 check.py
Exits non-zero and prints every problem if any check fails.
"""

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.jsonl")

ARTICLE_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
COMMON_KEYS = {"id", "question", "facts", "sources", "answerable", "type", "split", "evidence"}
EXTRA_KEYS = {"conflict": {"values"}, "followup": {"history"}}
MIN_COUNTS = {"fact": 16, "multi": 6, "yesno": 5, "conflict": 5, "unanswerable": 10, "followup": 4}
MIN_TOTAL = 48
# Unanswerable cases that are off-topic (no event in the corpus); all others are near-topic.
OFF_TOPIC = {"ho-unans-10", "ho-unans-11", "ho-unans-12"}
MIN_NEAR_TOPIC = 7
SPLIT = "test"  # the whole set is held out

NUM_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "fourteen": "14",
    "sixty": "60",
    "forty-six": "46",
    "ninety-eight": "98",
    "half a million": "500000",
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
        a = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        bad("%s: not valid JSON (%s)" % (fn, e))
        continue
    if set(a) != ARTICLE_KEYS:
        bad("%s: keys %s != %s" % (fn, sorted(a), sorted(ARTICLE_KEYS)))
    if a.get("id") != fn[:-5]:
        bad("%s: id %r does not match file stem" % (fn, a.get("id")))
    if not re.fullmatch(r"202[5-7]-\d\d-\d\d", a.get("published_at", "")):
        bad("%s: bad published_at %r" % (fn, a.get("published_at")))
    if not re.fullmatch(r"https://www\.[a-z0-9-]+\.example/.+", a.get("url", "")):
        bad("%s: url must be https://www.<outlet>.example/..." % fn)
    n = len(a.get("text", "").split())
    if not 150 <= n <= 450:
        bad("%s: %d words (want 150-450)" % (fn, n))
    if "\n\n" not in a.get("text", ""):
        bad("%s: text has no paragraph breaks" % fn)
    articles[a.get("id")] = a

if not 12 <= len(articles) <= 16:
    bad("want 12-16 articles, have %d" % len(articles))
outlets = Counter(a["outlet"] for a in articles.values())

# ---------------------------------------------------------------- gold
cases = []
for i, line in enumerate(open(GOLD, encoding="utf-8"), 1):
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
near_topic = 0
for c in cases:
    cid, t = c.get("id"), c.get("type")
    want = COMMON_KEYS | EXTRA_KEYS.get(t, set())
    if set(c) != want:
        bad("%s: keys %s, want %s" % (cid, sorted(c), sorted(want)))
    if t not in MIN_COUNTS:
        bad("%s: unknown type %r" % (cid, t))
    if c.get("split") != SPLIT:
        bad("%s: split %r, want %r" % (cid, c.get("split"), SPLIT))
    if not isinstance(c.get("question"), str) or not c["question"].strip().endswith("?"):
        bad("%s: question should be a string ending in '?'" % cid)
    facts, sources, evidence = c.get("facts", []), c.get("sources", []), c.get("evidence", [])

    if t == "unanswerable":
        if c.get("answerable") is not False or facts or sources or evidence:
            bad("%s: unanswerable needs answerable=false and empty facts/sources/evidence" % cid)
        if cid not in OFF_TOPIC:
            near_topic += 1
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
        if e.get("sentence", "") not in a["text"]:
            bad(
                "%s: evidence sentence not verbatim in %s: %r"
                % (cid, e["article"], e.get("sentence", "")[:80])
            )
        ev_text += " " + e.get("sentence", "")

    check_facts = facts
    if t == "yesno":
        if facts[0] not in (["yes"], ["no"]):
            bad('%s: yesno facts must start with ["yes"] or ["no"]' % cid)
        else:
            yes_no_answers[facts[0][0]] += 1
        if len(facts) > 2:
            bad("%s: yesno takes at most one extra fact" % cid)
        check_facts = facts[1:]
    if t == "multi" and len(facts) < 2:
        bad("%s: multi needs 2+ facts" % cid)
    if t == "followup":
        h = c.get("history")
        if not isinstance(h, list) or not h or not all(isinstance(x, str) for x in h):
            bad("%s: followup needs a non-empty history list of strings" % cid)

    src_text = " ".join(
        articles[s]["title"] + " " + articles[s]["text"] for s in sources if s in articles
    )
    for f in check_facts:
        for alias in f:
            if not alias_in(alias, src_text):
                bad("%s: alias %r not found in any cited source" % (cid, alias))
        if not any(alias_in(al, ev_text) for al in f):
            bad("%s: no alias of fact %r appears in the evidence sentences" % (cid, f))

    if t == "conflict":
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
        ev_arts = set(e["article"] for e in evidence)
        if ev_arts != set(sources):
            bad("%s: conflict evidence should cover every source" % cid)

# ---------------------------------------------------------------- counts
by_type = Counter(c.get("type") for c in cases)
for t, m in MIN_COUNTS.items():
    if by_type[t] < m:
        bad("type %s: %d cases, need >= %d" % (t, by_type[t], m))
if len(cases) < MIN_TOTAL:
    bad("%d cases, need >= %d" % (len(cases), MIN_TOTAL))
if near_topic < MIN_NEAR_TOPIC:
    bad("only %d near-topic unanswerable cases, need >= %d" % (near_topic, MIN_NEAR_TOPIC))
if not (yes_no_answers["yes"] and yes_no_answers["no"]):
    bad("yesno answers should mix yes and no: %s" % dict(yes_no_answers))
for oid in OFF_TOPIC:
    if oid not in ids:
        bad("OFF_TOPIC id %s not in gold" % oid)
cited = set(s for c in cases for s in c.get("sources", []))
for aid in articles:
    if aid not in cited:
        bad("article %s is not cited by any case" % aid)

print("articles: %d from %d outlets %s" % (len(articles), len(outlets), dict(outlets)))
print("cases: %d  by type: %s" % (len(cases), dict(sorted(by_type.items()))))
print("split: %s" % dict(Counter(c.get("split") for c in cases)))
print(
    "unanswerable: %d near-topic, %d off-topic; yesno: %s"
    % (near_topic, by_type["unanswerable"] - near_topic, dict(yes_no_answers))
)
if problems:
    print("\nFAILED (%d problems):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
