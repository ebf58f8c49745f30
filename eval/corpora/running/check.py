#!/usr/bin/env python3
"""Validate the running corpus: articles/ and gold.jsonl.

Standard library only.  Run:  python3 check.py   (exit status 0 = all checks pass)

Besides the format checks it holds, in QUANTITIES below, the hand-made list of every TOTAL and
every INCREMENT the articles state for each counted quantity (the same lists as README.md).
Every gold number is checked against that list: the newest value of a `latest` case must be the
newest total, its `earlier` values must be exactly the earlier totals (never an increment), an
`as_of` answer must be the newest total published on or before the date, and a `fact` case asks
for an increment.  Every listed number is itself checked to occur in its article.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def D(s):
    return dt.date.fromisoformat(s)


# =============================================================================
# articles
# =============================================================================
STORIES = {  # story -> (article id prefixes, keyword used in questions)
    "thornaby": ([f"rn{i:02d}_" for i in range(1, 7)], ["Thornaby"]),
    "castlebeck": ([f"rn{i:02d}_" for i in range(7, 13)], ["Castlebeck"]),
    "whitmoor": ([f"rn{i:02d}_" for i in range(13, 19)], ["Whitmoor"]),
}
ARTICLE_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}

ARTS = {}
adir = os.path.join(HERE, "articles")
for fn in sorted(os.listdir(adir)):
    if not fn.endswith(".json"):
        err(f"articles/{fn}: not a .json file")
        continue
    try:
        a = json.load(open(os.path.join(adir, fn), encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"articles/{fn}: does not parse: {e}")
        continue
    stem = fn[:-5]
    if set(a) != ARTICLE_KEYS:
        err(f"{fn}: keys {sorted(a)} (want exactly {sorted(ARTICLE_KEYS)})")
    if a.get("id") != stem:
        err(f"{fn}: id {a.get('id')!r} != file stem")
    try:
        D(a.get("published_at", ""))
    except Exception:
        err(f"{fn}: bad or missing published_at {a.get('published_at')!r}")
        continue
    for k in ARTICLE_KEYS:
        if not isinstance(a.get(k), str) or not a.get(k).strip():
            err(f"{fn}: {k} is empty or not a string")
    if not re.match(r"^https://www\.[a-z0-9-]+\.example/", a.get("url", "")):
        err(f"{fn}: url {a.get('url')!r} is not https://www.<outlet>.example/...")
    if a["published_at"].replace("-", "/") not in a["url"]:
        err(f"{fn}: url does not carry the publication date")
    words = len(a.get("text", "").split())
    if not 280 <= words <= 450:
        err(f"{fn}: {words} words (want 280-450)")
    if "\n\n" not in a.get("text", ""):
        err(f"{fn}: text has no paragraph breaks")
    ARTS[stem] = a


def story_of(aid):
    for s, (prefixes, _) in STORIES.items():
        if any(aid.startswith(p) for p in prefixes):
            return s
    return None


if len(ARTS) != 18:
    err(f"{len(ARTS)} articles (want 18)")
for s in STORIES:
    ids = [k for k in ARTS if story_of(k) == s]
    if not 5 <= len(ids) <= 6:
        err(f"story {s}: {len(ids)} articles (want 5-6)")
    if not ids:
        continue
    outlets = {ARTS[k]["outlet"] for k in ids}
    dates = sorted(ARTS[k]["published_at"] for k in ids)
    if len(outlets) < 3:
        err(f"story {s}: only {len(outlets)} outlets")
    if (D(dates[-1]) - D(dates[0])).days < 8:
        err(f"story {s}: spans only {dates[0]}..{dates[-1]}")
    if [ARTS[k]["published_at"] for k in sorted(ids)] != dates:
        err(f"story {s}: article ids are not in publication order")
for k in ARTS:
    if story_of(k) is None:
        err(f"{k}: belongs to no story")

# Names invented for this corpus must not occur in the sibling corpora.
OWN_NAMES = ["Thornaby", "Tillingford", "Greythorn", "Ashcombe Green", "Kilnsey", "Gorsey Bank",
             "St. Wynna", "Dalesound", "Morning Register", "Castlebeck", "Saltgate", "Cobble Market",
             "Pollard Lane", "Westfold", "Cormorant Rise", "Ropery", "Seafarers' Hall", "St. Oswy",
             "Rope Walk", "Kelderby", "Ambel", "Whitmoor", "Stenbury", "Elderwick", "Pennacott",
             "Harle Moss", "Ridgeway Electricity", "Fellside", "Argus", "measles", "riot", "ice storm",
             "Lanthorn", "Attwell", "Dunstall", "Ebbe", "Ashgill", "Drury"]
CORPORA = os.path.dirname(HERE)
for d in sorted(os.listdir(CORPORA)):
    p = os.path.join(CORPORA, d)
    if d == os.path.basename(HERE) or not os.path.isdir(p):
        continue
    for root, _, files in os.walk(p):
        for f in files:
            try:
                txt = open(os.path.join(root, f), encoding="utf-8").read()
            except Exception:  # noqa
                continue
            for name in OWN_NAMES:
                if re.search(r"\b" + re.escape(name), txt, re.I):
                    err(f"name {name!r} also occurs in {os.path.relpath(os.path.join(root, f), CORPORA)}")

# =============================================================================
# alias matching (digits and number words stand in for each other for 0-99)
# =============================================================================
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
         80: "eighty", 90: "ninety"}
NUMWORDS = {i: w for i, w in enumerate(_ONES)}
for t, w in _TENS.items():
    NUMWORDS[t] = w
    for i in range(1, 10):
        NUMWORDS[t + i] = f"{w}-{_ONES[i]}"
WORDNUMS = {v: k for k, v in NUMWORDS.items()}


def numeric_in(alias, text):
    pat = r"(?<![\w.,])" + re.escape(alias) + r"(?![\w]|[.,]\d)"
    return re.search(pat, text) is not None


def word_in(word, text):
    # "six" also matches "sixth"; "thirty-one" must not match inside "thirty-one-year"
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?:th)?(?![\w-])", text, re.I) is not None


def alias_ok(alias, texts):
    bare = alias.lstrip("$")
    if re.fullmatch(r"[\d,.]+", bare):
        if any(numeric_in(alias, t) for t in texts):
            return True
        n = bare.replace(",", "")
        if n.isdigit() and int(n) in NUMWORDS and not alias.startswith("$"):
            return any(word_in(NUMWORDS[int(n)], t) for t in texts)
        return False
    low = alias.lower()
    if low in WORDNUMS:
        return any(word_in(low, t) or numeric_in(str(WORDNUMS[low]), t) for t in texts)
    return any(low in t.lower() for t in texts)


def texts_of(ids):
    return [ARTS[i]["text"] + "\n" + ARTS[i]["title"] for i in ids if i in ARTS]


def num(alias):
    """Numeric value of a digit or word alias, or None."""
    bare = alias.lstrip("$").replace(",", "")
    if bare.isdigit():
        return int(bare)
    return WORDNUMS.get(alias.lower())


# =============================================================================
# the totals and increments stated in the articles (same lists as README.md)
# =============================================================================
# quantity -> {"totals": [(article prefix, value as written in gold)], "increments": [...]}
QUANTITIES = {
    "thornaby.cases": {
        "totals": [("rn01", "7"), ("rn02", "12"), ("rn04", "19"), ("rn05", "23"), ("rn06", "24")],
        "increments": [("rn01", "4"), ("rn01", "3"), ("rn02", "5"), ("rn03", "4"), ("rn04", "3"),
                       ("rn05", "4"), ("rn06", "1")]},
    "thornaby.schools": {
        "totals": [("rn01", "2"), ("rn02", "3"), ("rn04", "5"), ("rn05", "6"), ("rn06", "6")],
        "increments": []},
    "thornaby.doses": {
        "totals": [("rn04", "1,020"), ("rn05", "1,710"), ("rn06", "2,365")],
        "increments": [("rn04", "415"), ("rn05", "690"), ("rn06", "655")]},
    "thornaby.sent_home": {
        "totals": [("rn02", "140"), ("rn04", "251"), ("rn05", "282")],
        "increments": [("rn03", "62"), ("rn04", "49"), ("rn05", "31")]},
    "castlebeck.arrests": {
        "totals": [("rn07", "26"), ("rn08", "34"), ("rn10", "51"), ("rn11", "58"), ("rn12", "60")],
        "increments": [("rn07", "17"), ("rn07", "9"), ("rn08", "8"), ("rn09", "9"), ("rn10", "8"),
                       ("rn11", "7"), ("rn12", "2")]},
    "castlebeck.charged": {
        "totals": [("rn08", "12"), ("rn09", "19"), ("rn10", "25"), ("rn11", "29"), ("rn12", "34")],
        "increments": [("rn09", "7"), ("rn10", "6"), ("rn11", "4"), ("rn12", "5")]},
    "castlebeck.fund": {
        "totals": [("rn09", "$18,400"), ("rn10", "$41,250"), ("rn12", "$52,900")],
        "increments": [("rn09", "$6,000"), ("rn10", "$9,300"), ("rn11", "$5,600"), ("rn12", "$6,050")]},
    "castlebeck.officers_injured": {
        "totals": [("rn07", "31"), ("rn08", "33")],
        "increments": [("rn07", "19"), ("rn08", "2")]},
    "whitmoor.reconnected": {
        "totals": [("rn14", "4,300"), ("rn16", "26,900"), ("rn17", "41,350"), ("rn18", "47,100")],
        "increments": [("rn15", "6,100"), ("rn16", "5,800"), ("rn17", "14,450"), ("rn18", "5,750")]},
    "whitmoor.lost_power": {
        "totals": [("rn13", "41,200"), ("rn14", "47,900"), ("rn18", "47,900")],
        "increments": [("rn14", "6,700")]},
    "whitmoor.poles": {
        "totals": [("rn16", "212"), ("rn17", "388"), ("rn18", "431")],
        "increments": [("rn16", "64"), ("rn17", "176"), ("rn18", "43")]},
    "whitmoor.co_poisoning": {
        "totals": [("rn13", "3"), ("rn14", "5"), ("rn16", "11"), ("rn18", "12")],
        "increments": [("rn14", "2"), ("rn15", "4"), ("rn16", "2"), ("rn18", "1")]},
}
# Each story's second count of the same noun that is NOT the running total (verbatim phrases).
DISTINCT = {
    "thornaby": [("rn01", "Two of the children are in hospital"), ("rn02", "Two of the new cases are babies"),
                 ("rn04", "Of those, 96 have since gone back to class"),
                 ("rn05", "Nationally, 61 measles cases have been confirmed since January")],
    "castlebeck": [("rn07", "Three officers remain in hospital"), ("rn08", "Eleven of those arrested are under 18"),
                   ("rn10", "Fourteen of those charged remain in custody"),
                   ("rn12", "Fifteen of the 60 people arrested are under 18")],
    "whitmoor": [("rn14", "That leaves 43,600 homes still without electricity"),
                 ("rn14", "cut off water to about 2,000 homes"), ("rn16", "Two of them remain in hospital"),
                 ("rn16", "about 21,000 homes across Whitmoor are still without electricity")],
}
# gold case -> quantity it asks about
CASE_QTY = {
    "rn-latest-01": "thornaby.cases", "rn-latest-02": "castlebeck.arrests",
    "rn-latest-03": "whitmoor.reconnected", "rn-latest-04": "thornaby.doses",
    "rn-latest-05": "castlebeck.charged", "rn-latest-06": "whitmoor.co_poisoning",
    "rn-latest-07": "thornaby.schools", "rn-latest-08": "castlebeck.fund",
    "rn-latest-09": "whitmoor.poles", "rn-latest-10": "thornaby.sent_home",
    "rn-latest-11": "castlebeck.officers_injured", "rn-latest-12": "whitmoor.lost_power",
    "rn-asof-01": "thornaby.cases", "rn-asof-02": "whitmoor.reconnected",
    "rn-asof-03": "castlebeck.arrests", "rn-asof-04": "thornaby.schools",
    "rn-asof-05": "whitmoor.co_poisoning", "rn-asof-06": "castlebeck.fund",
    "rn-asof-07": "castlebeck.charged", "rn-asof-08": "whitmoor.poles",
    "rn-asof-09": "castlebeck.arrests", "rn-asof-10": "thornaby.doses",
    "rn-fact-01": "thornaby.cases", "rn-fact-02": "castlebeck.arrests",
    "rn-fact-03": "whitmoor.reconnected", "rn-fact-04": "thornaby.doses",
    "rn-fact-05": "castlebeck.fund", "rn-fact-06": "whitmoor.poles",
}
FULL = {k.split("_")[0]: k for k in ARTS}


def full(prefix):
    return FULL.get(prefix, prefix)


for q, lists in QUANTITIES.items():
    story = q.split(".")[0]
    for kind in ("totals", "increments"):
        for pre, val in lists[kind]:
            a = full(pre)
            if a not in ARTS:
                err(f"{q}: {kind} cites unknown article {pre}")
            elif story_of(a) != story:
                err(f"{q}: {pre} is not in story {story}")
            elif not alias_ok(val, texts_of([a])):
                err(f"{q}: {kind[:-1]} {val!r} does not occur in {a}")
    tot = [(ARTS[full(p)]["published_at"], v) for p, v in lists["totals"] if full(p) in ARTS]
    if tot != sorted(tot, key=lambda x: x[0]):
        err(f"{q}: totals not in date order")
    vals = [num(v) for _, v in tot]
    if any(b < a for a, b in zip(vals, vals[1:])):
        err(f"{q}: a running total goes down")
    if len({v for v in vals}) < 2:
        err(f"{q}: the total never changes")
for s in STORIES:
    if not any(full(p) not in {full(x) for x, _ in QUANTITIES[q]["totals"]}
               for q in QUANTITIES if q.startswith(s + ".") for p, _ in QUANTITIES[q]["increments"]):
        err(f"story {s}: no article that states only an increment")
    for pre, phrase in DISTINCT.get(s, []):
        if phrase not in ARTS.get(full(pre), {}).get("text", ""):
            err(f"story {s}: distinct-count phrase not in {pre}: {phrase!r}")

# =============================================================================
# gold.jsonl
# =============================================================================
TYPES = {"latest": 12, "as_of": 4, "fact": 2}
COMMON = {"id", "question", "facts", "sources", "answerable", "type", "split", "evidence"}
ALLOWED = {"latest": COMMON | {"earlier"}, "as_of": COMMON | {"as_of"}, "fact": COMMON}
cases = []
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            cases.append(json.loads(line))
        except Exception as e:  # noqa
            err(f"gold.jsonl line {n}: does not parse: {e}")

seen_ids = set()
per_type = {}
for c in cases:
    cid = c.get("id")
    if cid in seen_ids:
        err(f"{cid}: duplicate id")
    seen_ids.add(cid)
    missing = COMMON - set(c)
    if missing:
        err(f"{cid}: missing {sorted(missing)}")
        continue
    t = c["type"]
    if t not in TYPES:
        err(f"{cid}: unknown type {t}")
        continue
    if set(c) - ALLOWED[t]:
        err(f"{cid}: unexpected keys {sorted(set(c) - ALLOWED[t])}")
    idx = per_type.get(t, 0)
    per_type[t] = idx + 1
    want_split = "dev" if idx % 2 == 0 else "test"
    if c["split"] != want_split:
        err(f"{cid}: split {c['split']} but rule says {want_split}")
    if c["answerable"] is not True:
        err(f"{cid}: every case in this corpus is answerable")
    if not c["sources"]:
        err(f"{cid}: no sources")
    for s in c["sources"]:
        if s not in ARTS:
            err(f"{cid}: unknown source {s}")
    if not c["evidence"]:
        err(f"{cid}: no evidence")
    for e in c["evidence"]:
        a = ARTS.get(e.get("article"))
        if a is None:
            err(f"{cid}: evidence cites unknown article {e.get('article')}")
        elif e.get("sentence", "") not in a["text"]:
            err(f"{cid}: evidence sentence not verbatim in {e['article']}: {e.get('sentence', '')[:60]!r}")
        if e.get("article") not in c["sources"]:
            err(f"{cid}: evidence article {e.get('article')} not in sources")
    for s in c["sources"]:
        if s in ARTS and not any(e.get("article") == s for e in c["evidence"]):
            err(f"{cid}: source {s} has no evidence sentence")
    if len(c["facts"]) != 1 or not isinstance(c["facts"][0], list) or not c["facts"][0]:
        err(f"{cid}: facts must be exactly one non-empty alias list")
        continue
    src_texts = texts_of(c["sources"])
    for al in c["facts"][0]:
        if not alias_ok(al, src_texts):
            err(f"{cid}: alias {al!r} not found in any cited source")
    if len({num(al) for al in c["facts"][0]}) != 1:
        err(f"{cid}: the aliases of the answer are not all the same number")
    stories = {story_of(s) for s in c["sources"] if s in ARTS}
    if len(stories) != 1:
        err(f"{cid}: sources span stories {sorted(map(str, stories))}")
    st = stories.pop() if len(stories) == 1 else None
    if st and not any(k in c["question"] for k in STORIES[st][1]):
        err(f"{cid}: question does not name its story ({STORIES[st][1]})")

    # ---- numbers against QUANTITIES ----
    q = CASE_QTY.get(cid)
    if q is None:
        err(f"{cid}: no entry in CASE_QTY")
        continue
    if st and not q.startswith(st + "."):
        err(f"{cid}: sources are from story {st} but CASE_QTY says {q}")
    totals = [(full(p), v) for p, v in QUANTITIES[q]["totals"]]
    incs = {(full(p), v) for p, v in QUANTITIES[q]["increments"]}
    answer = c["facts"][0][0]
    if t == "fact":
        hits = {a for a, v in incs if v == answer}
        if not hits:
            err(f"{cid}: {answer!r} is not a listed increment of {q}")
        elif set(c["sources"]) - hits:
            err(f"{cid}: sources {c['sources']} do not all state the increment {answer!r}")
        continue
    if t == "as_of":
        asof = D(c["as_of"])
        for s in c["sources"]:
            if s in ARTS and D(ARTS[s]["published_at"]) > asof:
                err(f"{cid}: source {s} ({ARTS[s]['published_at']}) is published after {asof}")
        known = [(a, v) for a, v in totals if D(ARTS[a]["published_at"]) <= asof]
        first = min(ARTS[a]["published_at"] for a in ARTS if story_of(a) == q.split(".")[0])
        if D(first) > asof:
            err(f"{cid}: as_of {asof} is before the story's first article")
        if not known:
            err(f"{cid}: no total of {q} is published on or before {asof}")
            continue
        want = known[-1][1]
        want_src = {a for a, v in known if v == want}
    else:  # latest
        want = totals[-1][1]
        want_src = {a for a, v in totals if v == want}
        earlier = c.get("earlier") or []
        if not earlier:
            err(f"{cid}: latest case without earlier values")
        want_earlier = []
        for a, v in totals:
            if v != want and v not in [x for _, x in want_earlier]:
                want_earlier.append((a, v))
        got = [(e.get("article"), (e.get("aliases") or [None])[0]) for e in earlier]
        if got != want_earlier:
            err(f"{cid}: earlier {got} != the earlier totals of {q} {want_earlier}")
        newest = max(ARTS[s]["published_at"] for s in c["sources"] if s in ARTS)
        prev = None
        for e in earlier:
            a = ARTS.get(e.get("article"))
            if a is None:
                err(f"{cid}: earlier cites unknown article {e.get('article')}")
                continue
            if a["published_at"] != e.get("date"):
                err(f"{cid}: earlier date {e.get('date')} != publication date of {e['article']}")
            if prev and e["date"] < prev:
                err(f"{cid}: earlier values out of date order")
            prev = e["date"]
            if e["date"] >= newest:
                err(f"{cid}: earlier value dated {e['date']}, not before the newest source ({newest})")
            for al in e["aliases"]:
                if not alias_ok(al, texts_of([e["article"]])):
                    err(f"{cid}: earlier alias {al!r} not in {e['article']}")
            if len({num(al) for al in e["aliases"]}) != 1:
                err(f"{cid}: earlier aliases are not all the same number: {e['aliases']}")
            if (e["article"], e["aliases"][0]) in incs:
                err(f"{cid}: earlier value {e['aliases'][0]!r} is an INCREMENT in {e['article']}")
            if set(x.lower() for x in e["aliases"]) & set(x.lower() for x in c["facts"][0]):
                err(f"{cid}: earlier value repeats the latest value")
    if answer != want:
        err(f"{cid}: answer {answer!r} but the newest total of {q} is {want!r}")
    if set(c["sources"]) != want_src:
        err(f"{cid}: sources {sorted(c['sources'])} != articles stating {want!r}: {sorted(want_src)}")
    if any((s, answer) in incs for s in c["sources"]):
        err(f"{cid}: the answer {answer!r} is stated as an increment in a source")

for t, need in TYPES.items():
    if per_type.get(t, 0) < need:
        err(f"type {t}: {per_type.get(t, 0)} cases (want >= {need})")
if len(cases) < 18:
    err(f"{len(cases)} gold cases (want >= 18)")
if set(CASE_QTY) != seen_ids:
    err(f"CASE_QTY and gold ids differ: {sorted(set(CASE_QTY) ^ seen_ids)}")

# =============================================================================
if ERRORS:
    print("\n".join(ERRORS))
    print(f"\nFAIL: {len(ERRORS)} problem(s)")
    sys.exit(1)

splits = {}
for c in cases:
    splits.setdefault(c["type"], {"dev": 0, "test": 0})[c["split"]] += 1
print(f"OK: {len(ARTS)} articles, {len(cases)} gold cases, {len(QUANTITIES)} counted quantities")
for t in TYPES:
    print(f"  {t:7s} dev {splits[t]['dev']:2d}  test {splits[t]['test']:2d}")
