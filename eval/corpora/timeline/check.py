#!/usr/bin/env python3
"""Validate the timeline corpus: articles/, gold.jsonl and relative_dates.jsonl.

Standard library only.  Run:  python3 check.py   (exit status 0 = all checks pass)
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
    "dunmarrow": ([f"tl{i:02d}_" for i in range(1, 10)], ["Dunmarrow", "Eastgate", "Holloway", "Feldrin"]),
    "veyra": ([f"tl{i:02d}_" for i in range(10, 19)], ["Veyra"]),
    "corran": ([f"tl{i:02d}_" for i in range(19, 28)], ["Corran Belle"]),
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
    keys = set(a)
    if keys - ARTICLE_KEYS or (ARTICLE_KEYS - {"published_at"}) - keys:
        err(f"{fn}: keys {sorted(keys)}")
    if a.get("id") != stem:
        err(f"{fn}: id {a.get('id')!r} != file stem")
    if "published_at" in a:
        try:
            D(a["published_at"])
        except Exception:
            err(f"{fn}: bad published_at {a['published_at']!r}")
    if not re.match(r"^https://www\.[a-z0-9-]+\.example/", a.get("url", "")):
        err(f"{fn}: url {a.get('url')!r} is not https://www.<outlet>.example/...")
    if "published_at" in a and a["published_at"].replace("-", "/")[:7] not in a["url"]:
        err(f"{fn}: url does not carry the publication year/month")
    words = len(a.get("text", "").split())
    if not 150 <= words <= 400:
        err(f"{fn}: {words} words (want 150-400)")
    if "\n\n" not in a.get("text", ""):
        err(f"{fn}: text has no paragraph breaks")
    ARTS[stem] = a


def story_of(aid):
    for s, (prefixes, _) in STORIES.items():
        if any(aid.startswith(p) for p in prefixes):
            return s
    return None


if not 24 <= len(ARTS) <= 30:
    err(f"{len(ARTS)} articles (want 24-30)")
undated = [k for k, a in ARTS.items() if "published_at" not in a]
if not 2 <= len(undated) <= 3:
    err(f"{len(undated)} undated articles (want 2-3)")
for s in STORIES:
    ids = [k for k in ARTS if story_of(k) == s]
    outlets = {ARTS[k]["outlet"] for k in ids}
    dates = sorted(ARTS[k]["published_at"] for k in ids if "published_at" in ARTS[k])
    if len(outlets) < 3:
        err(f"story {s}: only {len(outlets)} outlets")
    if (D(dates[-1]) - D(dates[0])).days < 10:
        err(f"story {s}: spans only {dates[0]}..{dates[-1]}")
for k in ARTS:
    if story_of(k) is None:
        err(f"{k}: belongs to no story")

# =============================================================================
# alias matching
# =============================================================================
NUMWORDS = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
            8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
            14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
            19: "nineteen", 20: "twenty"}
WORDNUMS = {v: k for k, v in NUMWORDS.items()}
MONTHS = {"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
          "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
          "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
          "dec": 12, "december": 12}
MD_RE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.? (\d{1,2})\b", re.I)

# Aliases that are dates resolved from a relative expression in the cited article rather than
# written there.  (case id, alias) -> (article, relative expression that must occur in it).
RESOLVED_EXCEPTIONS = {
    ("tl-asof-15", "Jan. 23"): ("tl25_maritime_dispatch", "starting on Saturday"),
    ("tl-asof-15", "January 23"): ("tl25_maritime_dispatch", "starting on Saturday"),
    ("tl-ba-02", "Sept. 10"): ("tl03_civic_ledger", "voted on Thursday evening"),
    ("tl-ba-02", "September 10"): ("tl03_civic_ledger", "voted on Thursday evening"),
}


def month_days(text):
    return {(MONTHS[m.group(1).lower()], int(m.group(2))) for m in MD_RE.finditer(text)}


def numeric_in(alias, text):
    pat = r"(?<![\w.,])" + re.escape(alias) + r"(?![\w]|[.,]\d)"
    return re.search(pat, text) is not None


def alias_ok(alias, texts):
    low = alias.lower()
    bare = alias.lstrip("$")
    if re.fullmatch(r"[\d,.]+", bare):
        if any(numeric_in(alias, t) for t in texts):
            return True
        n = bare.replace(",", "")
        if n.isdigit() and int(n) in NUMWORDS:
            return any(re.search(r"\b" + NUMWORDS[int(n)], t, re.I) for t in texts)
        return False
    if any(low in t.lower() for t in texts):
        return True
    if low in WORDNUMS:
        return any(numeric_in(str(WORDNUMS[low]), t) for t in texts)
    m = MD_RE.fullmatch(alias.strip())
    if m:
        md = (MONTHS[m.group(1).lower()], int(m.group(2)))
        return any(md in month_days(t) for t in texts)
    return False


def texts_of(ids):
    return [ARTS[i]["text"] + "\n" + ARTS[i]["title"] for i in ids if i in ARTS]


# =============================================================================
# gold.jsonl
# =============================================================================
TYPES = {"as_of": 12, "latest": 12, "before_after": 8, "timeline": 8, "fact": 6}
COMMON = {"id", "question", "facts", "sources", "answerable", "type", "split"}
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
    idx = per_type.get(t, 0)
    per_type[t] = idx + 1
    want_split = "dev" if idx % 2 == 0 else "test"
    if c["split"] != want_split:
        err(f"{cid}: split {c['split']} but rule says {want_split}")
    for s in c["sources"]:
        if s not in ARTS:
            err(f"{cid}: unknown source {s}")
    if not c["answerable"]:
        if c["facts"] or c["sources"] or c.get("evidence"):
            err(f"{cid}: unanswerable case must have empty facts/sources and no evidence")
    else:
        if not c.get("evidence"):
            err(f"{cid}: answerable case without evidence")
        if not c["sources"]:
            err(f"{cid}: answerable case without sources")
        for e in c.get("evidence", []):
            a = ARTS.get(e.get("article"))
            if a is None:
                err(f"{cid}: evidence cites unknown article {e.get('article')}")
            elif e.get("sentence", "") not in a["text"]:
                err(f"{cid}: evidence sentence not verbatim in {e['article']}: {e.get('sentence')[:60]!r}")
            if e.get("article") not in c["sources"]:
                err(f"{cid}: evidence article {e.get('article')} not in sources")
        if t != "timeline" and not c["facts"]:
            err(f"{cid}: no facts")
    src_texts = texts_of(c["sources"])
    for fact in c["facts"]:
        if not isinstance(fact, list) or not fact:
            err(f"{cid}: fact {fact!r} is not a non-empty list")
            continue
        for al in fact:
            if alias_ok(al, src_texts):
                continue
            exc = RESOLVED_EXCEPTIONS.get((cid, al))
            if exc and exc[0] in c["sources"] and exc[1] in ARTS[exc[0]]["text"]:
                continue
            err(f"{cid}: alias {al!r} not found in any cited source")

    if t == "as_of":
        if "as_of" not in c:
            err(f"{cid}: as_of case without as_of")
            continue
        asof = D(c["as_of"])
        for s in c["sources"]:
            p = ARTS[s].get("published_at")
            if p is None or D(p) > asof:
                err(f"{cid}: source {s} ({p}) is not published on or before {asof}")
        if not c["answerable"]:
            st = [s for s, (_, kw) in STORIES.items() if any(k in c["question"] for k in kw)]
            if len(st) != 1:
                err(f"{cid}: cannot tell which story the unanswerable case is about")
            else:
                first = min(ARTS[k]["published_at"] for k in ARTS
                            if story_of(k) == st[0] and "published_at" in ARTS[k])
                if asof >= D(first):
                    err(f"{cid}: as_of {asof} is not before the story's first article ({first})")
    if t == "latest":
        if len(c["facts"]) != 1:
            err(f"{cid}: latest case should hold only the newest value in facts")
        earlier = c.get("earlier")
        if not earlier:
            err(f"{cid}: latest case without earlier values")
            continue
        newest = max(ARTS[s]["published_at"] for s in c["sources"] if "published_at" in ARTS[s])
        prev = None
        for e in earlier:
            a = ARTS.get(e["article"])
            if a is None:
                err(f"{cid}: earlier cites unknown article {e['article']}")
                continue
            if a.get("published_at") != e["date"]:
                err(f"{cid}: earlier date {e['date']} != publication date of {e['article']}")
            if prev and e["date"] < prev:
                err(f"{cid}: earlier values out of date order")
            prev = e["date"]
            if e["date"] >= newest and e["date"] != newest:
                err(f"{cid}: earlier value dated after the newest source")
            for al in e["aliases"]:
                if not alias_ok(al, texts_of([e["article"]])):
                    err(f"{cid}: earlier alias {al!r} not in {e['article']}")
            if set(x.lower() for x in e["aliases"]) & set(x.lower() for x in c["facts"][0]):
                err(f"{cid}: earlier value repeats the latest value")
    if t == "timeline":
        evs = c.get("events") or []
        if not 4 <= len(evs) <= 8:
            err(f"{cid}: {len(evs)} events (want 4-8)")
        dates = [e["date"] for e in evs]
        if dates != sorted(dates):
            err(f"{cid}: events not in date order")
        for e in evs:
            D(e["date"])
            if e["article"] not in c["sources"]:
                err(f"{cid}: event article {e['article']} not in sources")
            for al in e["aliases"]:
                if not alias_ok(al, texts_of([e["article"]])):
                    err(f"{cid}: event alias {al!r} not in {e['article']}")

for t, need in TYPES.items():
    if per_type.get(t, 0) < need:
        err(f"type {t}: {per_type.get(t, 0)} cases (want >= {need})")
if len(cases) < 48:
    err(f"{len(cases)} gold cases (want >= 48)")
n_unans_asof = sum(1 for c in cases if c.get("type") == "as_of" and not c.get("answerable"))
if not 2 <= n_unans_asof <= 3:
    err(f"{n_unans_asof} unanswerable as_of cases (want 2-3)")

# =============================================================================
# relative_dates.jsonl  -- an independent resolver implementing README's conventions
# =============================================================================
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10}
FORWARD = re.compile(r"\b(will|would|is due|are due|is expected|are expected|is scheduled|"
                     r"are scheduled|is set to|are set to)\b", re.I)
VAGUE = {"recently", "in recent weeks", "soon", "in the coming days", "some years ago"}
ONE = lambda d: d.isoformat()  # noqa
SPAN = lambda a, b: f"{a.isoformat()}..{b.isoformat()}"  # noqa


def month_end(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def resolve_month_day(m, d, pub, forward):
    x = dt.date(pub.year, m, d)
    if forward and x < pub:
        x = dt.date(pub.year + 1, m, d)
    if not forward and x > pub:
        x = dt.date(pub.year - 1, m, d)
    return x


def resolve(sentence, expr, pub):
    """Return (expected string, weekday index or None)."""
    e = expr.lower()
    fwd = bool(FORWARD.search(sentence))
    one = dt.timedelta(days=1)
    if e in VAGUE:
        return None, None
    if pub is None:
        return None, None
    if e in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return ONE(pub), None
    if e in ("yesterday", "last night"):
        return ONE(pub - one), None
    if e == "tomorrow":
        return ONE(pub + one), None
    if e == "overnight":
        return SPAN(pub - one, pub), None
    m = re.fullmatch(r"(a|one|two|three|four|five|six|seven|eight|nine|ten) (day|days|week|weeks) ago", e)
    if m:
        k = NUMS[m.group(1)] * (7 if m.group(2).startswith("week") else 1)
        return ONE(pub - dt.timedelta(days=k)), None
    monday = pub - dt.timedelta(days=pub.weekday())
    if e == "last week":
        return SPAN(monday - 7 * one, monday - one), None
    if e == "next week":
        return SPAN(monday + 7 * one, monday + 13 * one), None
    if e == "earlier this week":
        return SPAN(monday, pub - one), None
    if e == "this weekend":
        sat = monday + 5 * one
        return SPAN(sat, sat + one), None
    if e == "last weekend":
        sat = monday - 2 * one
        return SPAN(sat, sat + one), None
    if e == "earlier this month":
        return SPAN(pub.replace(day=1), pub - one), None
    if e == "later this month":
        return SPAN(pub + one, month_end(pub.year, pub.month)), None
    if e == "last month":
        last = pub.replace(day=1) - one
        return SPAN(last.replace(day=1), last), None
    if e == "next month":
        first = month_end(pub.year, pub.month) + one
        return SPAN(first, month_end(first.year, first.month)), None
    if e == "this year":
        return SPAN(dt.date(pub.year, 1, 1), dt.date(pub.year, 12, 31)), None
    if e == "last year":
        return SPAN(dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31)), None
    if e == "earlier this year":
        return SPAN(dt.date(pub.year, 1, 1), pub - one), None
    m = re.fullmatch(r"(last |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                     r"( night| evening| morning| afternoon)?", e)
    if m:
        wd = WEEKDAYS.index(m.group(2))
        back = (pub.weekday() - wd) % 7      # 0..6 days back to that weekday
        ahead = (wd - pub.weekday()) % 7     # 0..6 days ahead
        if m.group(1) == "last ":
            x = pub - dt.timedelta(days=back or 7)
        elif m.group(1) == "next ":
            x = pub + dt.timedelta(days=ahead or 7)
        elif fwd:
            x = pub + dt.timedelta(days=ahead)
        else:
            x = pub - dt.timedelta(days=back)
        return ONE(x), wd
    m = MD_RE.fullmatch(expr)
    if m:
        return ONE(resolve_month_day(MONTHS[m.group(1).lower()], int(m.group(2)), pub, fwd)), None
    offsets = {"the day before": -1, "the day after": 1, "the following day": 1, "two days later": 2,
               "three days later": 3}
    if e in offsets:
        head = sentence[:sentence.lower().index(e)]
        anchors = list(MD_RE.finditer(head))
        if len(anchors) != 1:
            raise ValueError("anchored expression needs exactly one month-day anchor before it")
        a = anchors[0]
        base = resolve_month_day(MONTHS[a.group(1).lower()], int(a.group(2)), pub, False)
        return ONE(base + dt.timedelta(days=offsets[e])), None
    raise ValueError(f"no rule for expression {expr!r}")


rows = []
with open(os.path.join(HERE, "relative_dates.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:  # noqa
            err(f"relative_dates.jsonl line {n}: does not parse: {e}")

REL_KEYS = {"id", "sentence", "expression", "published_at", "expected", "split"}
rel_ids = set()
n_null_pub = n_vague = 0
for i, r in enumerate(rows):
    rid = r.get("id")
    if set(r) != REL_KEYS:
        err(f"{rid}: keys {sorted(r)}")
        continue
    if rid in rel_ids:
        err(f"{rid}: duplicate id")
    rel_ids.add(rid)
    if r["split"] != ("dev" if i % 2 == 0 else "test"):
        err(f"{rid}: split does not alternate")
    if r["expression"] not in r["sentence"]:
        err(f"{rid}: expression not in sentence")
    pub = D(r["published_at"]) if r["published_at"] else None
    x = r["expected"]
    if x is not None:
        parts = x.split("..")
        try:
            ds = [D(p) for p in parts]
            if len(ds) > 2 or (len(ds) == 2 and ds[0] > ds[1]):
                raise ValueError
        except Exception:
            err(f"{rid}: bad expected {x!r}")
            continue
    if pub is None:
        n_null_pub += 1
        if x is not None:
            err(f"{rid}: published_at null but expected {x!r}")
        continue
    if r["expression"].lower() in VAGUE:
        n_vague += 1
    try:
        want, wd = resolve(r["sentence"], r["expression"], pub)
    except ValueError as e:
        err(f"{rid}: {e}")
        continue
    if want != x:
        err(f"{rid}: expected {x!r} but the README convention gives {want!r}")
    # weekday correctness of every expected date derived from a weekday
    if wd is not None and x is not None:
        if D(x).weekday() != wd:
            err(f"{rid}: {x} is a {D(x).strftime('%A')}, not a {WEEKDAYS[wd].title()}")
    for m in MD_RE.finditer(r["expression"]):
        if x is not None and (D(x).month, D(x).day) != (MONTHS[m.group(1).lower()], int(m.group(2))):
            err(f"{rid}: {x} does not fall on {m.group(0)}")

if len(rows) < 80:
    err(f"{len(rows)} relative-date rows (want >= 80)")
if n_null_pub < 12:
    err(f"{n_null_pub} rows with published_at null (want >= 12)")
if n_vague < 3:
    err(f"{n_vague} vague rows (want a few)")

# =============================================================================
if ERRORS:
    print("\n".join(ERRORS))
    print(f"\nFAIL: {len(ERRORS)} problem(s)")
    sys.exit(1)

splits = {}
for c in cases:
    splits.setdefault(c["type"], {"dev": 0, "test": 0})[c["split"]] += 1
print(f"OK: {len(ARTS)} articles ({len(undated)} undated), {len(cases)} gold cases, {len(rows)} relative-date rows")
for t in TYPES:
    print(f"  {t:13s} dev {splits[t]['dev']:2d}  test {splits[t]['test']:2d}")
rs = {"dev": 0, "test": 0}
for r in rows:
    rs[r["split"]] += 1
print(f"  relative_dates dev {rs['dev']}  test {rs['test']}  (published_at null: {n_null_pub}, vague: {n_vague})")
