#!/usr/bin/env python3
"""Validate the chronicle corpus: articles/ and gold.jsonl.

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


def is_iso(s):
    try:
        return isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) and D(s)
    except ValueError:
        return False


# =============================================================================
# stories and the split rule (fixed before any run: split by story)
# =============================================================================
STORIES = {  # story -> (article id prefixes, split, keywords that identify it in a question)
    "calvaston": ([f"ch{i:02d}_" for i in range(1, 10)], "dev",
                  ["Calvaston", "Tibberly", "Ostvale", "Raikes", "Dunstable"]),
    "ravensholt": ([f"ch{i:02d}_" for i in range(10, 19)], "test",
                   ["Ravensholt", "Greyfold", "Corvina"]),
    "crosslink": ([f"ch{i:02d}_" for i in range(19, 28)], "test",
                  ["Crosslink", "Garnet Street", "Annerby", "Birgitta", "Askwith"]),
}
ARTICLE_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


def story_of(aid):
    for s, (prefixes, _, _) in STORIES.items():
        if any(aid.startswith(p) for p in prefixes):
            return s
    return None


# =============================================================================
# articles
# =============================================================================
ARTS = {}
adir = os.path.join(HERE, "articles")
for fn in sorted(os.listdir(adir)):
    if not fn.endswith(".json"):
        err(f"articles/{fn}: not a .json file")
        continue
    try:
        with open(os.path.join(adir, fn), encoding="utf-8") as fh:
            a = json.load(fh)
    except Exception as e:  # noqa
        err(f"articles/{fn}: does not parse: {e}")
        continue
    stem = fn[:-5]
    keys = set(a)
    if keys - ARTICLE_KEYS or (ARTICLE_KEYS - {"published_at"}) - keys:
        err(f"{fn}: keys {sorted(keys)}")
    if a.get("id") != stem:
        err(f"{fn}: id {a.get('id')!r} != file stem")
    if not re.fullmatch(r"ch\d{2}_[a-z0-9_]+", stem):
        err(f"{fn}: id is not ch<NN>_<outlet_slug>")
    if "published_at" in a and not is_iso(a["published_at"]):
        err(f"{fn}: bad published_at {a['published_at']!r}")
    if not re.match(r"^https://www\.[a-z0-9-]+\.example/", a.get("url", "")):
        err(f"{fn}: url {a.get('url')!r} is not https://www.<outlet>.example/...")
    if "published_at" in a and a["published_at"].replace("-", "/") not in a["url"]:
        err(f"{fn}: url does not carry the publication date")
    words = len(a.get("text", "").split())
    if not 250 <= words <= 500:
        err(f"{fn}: {words} words (want 250-500)")
    if "\n\n" not in a.get("text", ""):
        err(f"{fn}: text has no paragraph breaks")
    if not re.match(r"^[A-Z]{3,}( \([A-Z]+\))? — ", a.get("text", "")):
        err(f"{fn}: text does not open with a dateline 'TOWN — '")
    if story_of(stem) is None:
        err(f"{fn}: belongs to no story")
    ARTS[stem] = a

if not 24 <= len(ARTS) <= 27:
    err(f"{len(ARTS)} articles (want 24-27)")
undated = sorted(k for k, a in ARTS.items() if "published_at" not in a)
if len(undated) != 2:
    err(f"{len(undated)} undated articles (want 2)")
for s in STORIES:
    ids = [k for k in ARTS if story_of(k) == s]
    if not 8 <= len(ids) <= 9:
        err(f"story {s}: {len(ids)} articles (want 8-9)")
    outlets = {ARTS[k]["outlet"] for k in ids}
    dates = sorted(ARTS[k]["published_at"] for k in ids if "published_at" in ARTS[k])
    if len(outlets) < 3:
        err(f"story {s}: only {len(outlets)} outlets")
    if not dates or (D(dates[-1]) - D(dates[0])).days < 10:
        err(f"story {s}: spans only {dates[:1]}..{dates[-1:]}")


def pub(aid):
    p = ARTS.get(aid, {}).get("published_at")
    return D(p) if p else None


# =============================================================================
# relative dates in the dated articles
# =============================================================================
# (article, phrase copied from its text, direction, the date it refers to)
# "past": the named weekday is 0-6 days before publication; "future": 0-6 days after.
# Every weekday name in a dated article must lie inside one of these phrases.
# "yesterday" phrases must be pub - 1; "today"/"this morning" phrases must be pub.
DATED_PHRASES = [
    ("ch01_calvaston_sentinel", "Federation said on Wednesday", "past", "2027-03-03"),
    ("ch01_calvaston_sentinel", "7 a.m. on Monday, March 8", "future", "2027-03-08"),
    ("ch01_calvaston_sentinel", "due to resume on Friday", "future", "2027-03-05"),
    ("ch02_vbn_news", "broke up without agreement on Friday", "past", "2027-03-05"),
    ("ch02_vbn_news", "almost six hours on Friday", "past", "2027-03-05"),
    ("ch02_vbn_news", "return to work at 7 a.m. on Wednesday", "future", "2027-03-10"),
    ("ch02_vbn_news", "Thackery said on Sunday", "past", "2027-03-07"),
    ("ch02_vbn_news", "walked out at two hospitals in Calvaston this morning", "today", "2027-03-08"),
    ("ch03_national_courier", "to 4.2% on Tuesday afternoon", "past", "2027-03-09"),
    ("ch03_national_courier", "On Tuesday evening, hours after the new offer", "past", "2027-03-09"),
    ("ch03_national_courier", "it had estimated on Monday", "past", "2027-03-08"),
    ("ch03_national_courier", "returned to work at 7 a.m. today", "today", "2027-03-10"),
    ("ch04_calvaston_sentinel", "stepped aside on Friday", "past", "2027-03-12"),
    ("ch04_calvaston_sentinel", "in a statement on Friday evening", "past", "2027-03-12"),
    ("ch04_calvaston_sentinel", "website on Thursday night", "past", "2027-03-11"),
    ("ch04_calvaston_sentinel", "federation announced on Thursday", "past", "2027-03-11"),
    ("ch04_calvaston_sentinel", "The board said yesterday", "yesterday", "2027-03-12"),
    ("ch05_vbn_news", "at a meeting on Tuesday night", "past", "2027-03-16"),
    ("ch05_vbn_news", "Calvaston General Hospital on Tuesday", "past", "2027-03-16"),
    ("ch05_vbn_news", "due to begin on Thursday", "future", "2027-03-18"),
    ("ch05_vbn_news", "their branch said on Monday", "past", "2027-03-15"),
    ("ch06_national_courier", "late into Saturday night", "past", "2027-03-20"),
    ("ch06_national_courier", "The new offer, made on Saturday", "past", "2027-03-20"),
    ("ch06_national_courier", "The union said on Sunday", "past", "2027-03-21"),
    ("ch06_national_courier", "The board said today", "today", "2027-03-22"),
    ("ch07_calvaston_sentinel", "for a second time on Thursday", "past", "2027-03-25"),
    ("ch07_calvaston_sentinel", "executive met on Wednesday", "past", "2027-03-24"),
    ("ch07_calvaston_sentinel", "Wednesday and Thursday", "past", "2027-03-25"),
    ("ch07_calvaston_sentinel", "sent to the union on Wednesday", "past", "2027-03-24"),
    ("ch07_calvaston_sentinel", "conciliation service on Monday", "future", "2027-03-29"),
    ("ch07_calvaston_sentinel", "on Wednesday evening for a colleague", "past", "2027-03-24"),
    ("ch07_calvaston_sentinel", "confirmed on Tuesday", "past", "2027-03-23"),
    ("ch08_vbn_news", "a provisional deal on Wednesday night", "past", "2027-03-31"),
    ("ch10_ravensholt_advertiser", "confirmed on Sunday", "past", "2027-04-04"),
    ("ch10_ravensholt_advertiser", "Harnmouth Athletic on Saturday", "past", "2027-04-03"),
    ("ch10_ravensholt_advertiser", "after Saturday's defeat", "past", "2027-04-03"),
    ("ch11_matchline", "Declan Shorrock on Wednesday", "past", "2027-04-07"),
    ("ch11_matchline", "at Cressford on Tuesday night", "past", "2027-04-06"),
    ("ch11_matchline", "visit Millbank Road on Saturday", "future", "2027-04-10"),
    ("ch12_vbn_news", "$20 million offer on Sunday", "past", "2027-04-11"),
    ("ch12_vbn_news", "On Monday the Federation League board", "past", "2027-04-12"),
    ("ch12_vbn_news", "Millbank Road on Monday evening", "past", "2027-04-12"),
    ("ch12_vbn_news", "Dunholm City on Saturday", "past", "2027-04-10"),
    ("ch13_ravensholt_advertiser", "went into administration yesterday", "yesterday", "2027-04-16"),
    ("ch13_ravensholt_advertiser", "administrators on Friday afternoon", "past", "2027-04-16"),
    ("ch13_ravensholt_advertiser", "confirmed its offer on Thursday", "past", "2027-04-15"),
    ("ch13_ravensholt_advertiser", "at Millbank Road on Friday", "past", "2027-04-16"),
    ("ch13_ravensholt_advertiser", "told on Friday morning", "past", "2027-04-16"),
    ("ch14_matchline", "Federation League board on Monday", "past", "2027-04-19"),
    ("ch14_matchline", "before Saturday's 2-2 draw", "past", "2027-04-17"),
    ("ch14_matchline", "Boothroyd Kell said on Monday", "past", "2027-04-19"),
    ("ch15_vbn_news", "from $26 million on Thursday", "past", "2027-04-22"),
    ("ch15_vbn_news", "published on Wednesday", "past", "2027-04-21"),
    ("ch15_vbn_news", "will play at Portmere United on Saturday", "future", "2027-04-24"),
    ("ch16_national_courier", "pay its way on Thursday", "past", "2027-04-29"),
    ("ch16_national_courier", "preferred bidder on Tuesday", "past", "2027-04-27"),
    ("ch16_national_courier", "lost 3-1 at Portmere United on Saturday", "past", "2027-04-24"),
    ("ch16_national_courier", "due to expire today", "today", "2027-04-30"),
    ("ch17_ravensholt_advertiser", "$29.5 million on Friday", "past", "2027-05-07"),
    ("ch17_ravensholt_advertiser", "beat Cressford 2-0 on Saturday", "past", "2027-05-08"),
    ("ch18_matchline", "Ravensholt Town on Thursday", "past", "2027-05-13"),
    ("ch18_matchline", "final game on Saturday", "future", "2027-05-15"),
    ("ch18_matchline", "available \"from Monday\"", "future", "2027-05-17"),
    ("ch18_matchline", "new owners yesterday evening", "yesterday", "2027-05-13"),
    ("ch18_matchline", "This morning Reyhall named Ivo Linwood", "today", "2027-05-14"),
    ("ch19_annerby_standard", "Garnet Street early on Tuesday", "past", "2027-06-01"),
    ("ch19_annerby_standard", "Garnet Street on Sunday", "past", "2027-05-30"),
    ("ch19_annerby_standard", "stopped on Tuesday morning", "past", "2027-06-01"),
    ("ch19_annerby_standard", "spent Tuesday night", "past", "2027-06-01"),
    ("ch19_annerby_standard", "Askwith said yesterday", "yesterday", "2027-06-01"),
    ("ch20_railscope", "widened on Thursday", "past", "2027-06-03"),
    ("ch20_railscope", "concrete on Wednesday", "past", "2027-06-02"),
    ("ch21_vbn_news", "(ATA) said on Monday", "past", "2027-06-07"),
    ("ch21_vbn_news", "rose to 31 on Saturday", "past", "2027-06-05"),
    ("ch21_vbn_news", "hotel on Saturday evening", "past", "2027-06-05"),
    ("ch22_national_courier", "city councillors on Wednesday", "past", "2027-06-09"),
    ("ch23_annerby_standard", "light-rail project on Friday", "past", "2027-06-11"),
    ("ch23_annerby_standard", "On Saturday, 19 of the 31", "past", "2027-06-12"),
    ("ch23_annerby_standard", "Methodist hall on Sunday evening", "past", "2027-06-13"),
    ("ch24_railscope", "light-rail project on Tuesday", "past", "2027-06-15"),
    ("ch24_railscope", "will restart on Monday", "future", "2027-06-21"),
    ("ch25_vbn_news", "restarted on Monday", "past", "2027-06-21"),
    ("ch25_vbn_news", "On Sunday, four more households", "past", "2027-06-20"),
    ("ch26_national_courier", "(ATA) confirmed on Monday", "past", "2027-06-28"),
]

covered = {}
for aid, phrase, direction, date in DATED_PHRASES:
    a = ARTS.get(aid)
    if a is None:
        err(f"dated phrase: unknown article {aid}")
        continue
    p = pub(aid)
    if p is None:
        err(f"dated phrase in undated article {aid}")
        continue
    text = a["text"]
    if phrase not in text:
        err(f"{aid}: dated phrase {phrase!r} not in text")
        continue
    d = D(date)
    wds = WD_RE.findall(phrase)
    if direction in ("past", "future"):
        if not wds:
            err(f"{aid}: phrase {phrase!r} names no weekday")
            continue
        if WEEKDAYS[d.weekday()] != wds[-1]:
            err(f"{aid}: {date} is a {WEEKDAYS[d.weekday()]}, not a {wds[-1]} ({phrase!r})")
        delta = (d - p).days if direction == "future" else (p - d).days
        if not 0 <= delta <= 6:
            err(f"{aid}: {phrase!r} -> {date} is not within 0-6 days {direction} of {p}")
    elif direction == "yesterday":
        if d != p - dt.timedelta(days=1):
            err(f"{aid}: 'yesterday' phrase {phrase!r} -> {date} but pub is {p}")
    elif direction == "today":
        if d != p:
            err(f"{aid}: 'today' phrase {phrase!r} -> {date} but pub is {p}")
    else:
        err(f"{aid}: unknown direction {direction}")
    for m in re.finditer(re.escape(phrase), text):
        for w in WD_RE.finditer(phrase):
            covered.setdefault(aid, set()).add(m.start() + w.start())

for aid, a in ARTS.items():
    if "published_at" not in a:
        continue
    for m in WD_RE.finditer(a["text"]):
        if m.start() not in covered.get(aid, set()):
            ctx = a["text"][max(0, m.start() - 30):m.end() + 10].replace("\n", " ")
            err(f"{aid}: weekday {m.group(0)!r} not covered by DATED_PHRASES: ...{ctx}...")

# each story has >= 7 distinct days on which dated events happened
for s in STORIES:
    days = {date for aid, _, dirn, date in DATED_PHRASES if story_of(aid) == s and dirn != "future"}
    if len(days) < 7:
        err(f"story {s}: only {len(days)} distinct event days")

# =============================================================================
# alias matching
# =============================================================================
NUMWORDS = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
            8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
            14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
            19: "nineteen", 20: "twenty", 31: "thirty-one"}
WORDNUMS = {v: k for k, v in NUMWORDS.items()}
MONTHS = {"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
          "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
          "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
          "dec": 12, "december": 12}
MD_RE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.? (\d{1,2})\b", re.I)


def month_days(text):
    return {(MONTHS[m.group(1).lower()], int(m.group(2))) for m in MD_RE.finditer(text)}


def numeric_in(alias, text):
    pat = r"(?<![\w.,])" + re.escape(alias) + r"(?![\w]|[.,]\d)"
    return re.search(pat, text) is not None


def alias_ok(alias, texts):
    """True if the alias occurs (case-insensitively) in one of the texts.

    Also accepted: digits for a number word and the reverse ("8" for "eight"), a number with
    or without its thousands comma ("1480" for "1,480"), and another spelling of a month-day
    date written in the text ("April 6" for "Apr. 6")."""
    low = alias.lower()
    bare = alias.lstrip("$")
    if re.fullmatch(r"[\d,.]+%?", bare):
        if any(numeric_in(alias, t) for t in texts):
            return True
        n = bare.replace(",", "").rstrip("%")
        if re.fullmatch(r"\d{4,}", n):
            with_comma = f"{int(n):,}"
            if any(numeric_in(alias.replace(bare, with_comma), t) for t in texts):
                return True
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
TYPES = {"as_of": 12, "latest": 12, "timeline": 6, "before_after": 9, "fact": 6}
DEV_MIN = {"latest": 4, "as_of": 4, "timeline": 2, "before_after": 3}   # story A (dev) alone
ORDER_WORDS = {"before", "after", "earlier", "later", "first"}  # answers derived from two dates
COMMON = {"id", "question", "facts", "sources", "answerable", "type", "split"}
# Unanswerable cases: what the corpus must never give (regex over every article of the story).
NEVER_GIVEN = {
    "ch-latest-05": r"Tibberly[^.]*\d[\d,]* nurses|\d[\d,]* nurses[^.]*Tibberly",
    "ch-asof-11": r"season[- ]ticket",
    "ch-asof-17": r"\d[\d,.]* cubic metres of (sand|soil|ground|earth|water)",
    "ch-latest-16": r"compensation[^.]*\$\d|\$\d[^.]*compensation",
}

cases = []
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            cases.append(json.loads(line))
        except Exception as e:  # noqa
            err(f"gold.jsonl line {n}: does not parse: {e}")


def case_story(c):
    ids = set(c.get("sources", []))
    ids |= {e["article"] for e in c.get("events", []) or []}
    ids |= {e["article"] for e in c.get("earlier", []) or []}
    st = {story_of(i) for i in ids if i in ARTS}
    if not ids:
        st = {s for s, (_, _, kw) in STORIES.items() if any(k in c["question"] for k in kw)}
    return st


seen_ids = set()
per_type = {}
per_story_type = {}
n_unans = {}
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
    per_type[t] = per_type.get(t, 0) + 1
    st = case_story(c)
    if len(st) != 1:
        err(f"{cid}: cannot tell which single story the case is about ({sorted(map(str, st))})")
        continue
    story = st.pop()
    per_story_type.setdefault(story, {}).setdefault(t, 0)
    per_story_type[story][t] += 1
    if c["split"] != STORIES[story][1]:
        err(f"{cid}: split {c['split']} but story {story} is {STORIES[story][1]}")
    extra_keys = set(c) - COMMON - {"evidence", "as_of", "earlier", "events"}
    if extra_keys:
        err(f"{cid}: unexpected keys {sorted(extra_keys)}")
    if ("as_of" in c) != (t == "as_of"):
        err(f"{cid}: as_of field present iff type as_of")
    if ("earlier" in c) != (t == "latest"):
        err(f"{cid}: earlier field present iff type latest")
    if ("events" in c) != (t == "timeline"):
        err(f"{cid}: events field present iff type timeline")
    for s in c["sources"]:
        if s not in ARTS:
            err(f"{cid}: unknown source {s}")
    if not c["answerable"]:
        n_unans[t] = n_unans.get(t, 0) + 1
        if c["facts"] or c["sources"] or c.get("evidence") or c.get("earlier") or c.get("events"):
            err(f"{cid}: unanswerable case must have empty facts/sources/earlier and no evidence")
        pat = NEVER_GIVEN.get(cid)
        if pat is None:
            err(f"{cid}: unanswerable case without a NEVER_GIVEN pattern")
        else:
            for aid in ARTS:
                if story_of(aid) == story and re.search(pat, ARTS[aid]["text"] + " " + ARTS[aid]["title"], re.I):
                    err(f"{cid}: {aid} seems to give the value the case says is never given")
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
                err(f"{cid}: evidence sentence not verbatim in {e['article']}: {e.get('sentence', '')[:60]!r}")
            if e.get("article") not in c["sources"]:
                err(f"{cid}: evidence article {e.get('article')} not in sources")
        cited = {e.get("article") for e in c.get("evidence", [])}
        for s in c["sources"]:
            if s not in cited:
                err(f"{cid}: source {s} has no evidence sentence")
        if t != "timeline" and not c["facts"]:
            err(f"{cid}: no facts")
    src_texts = texts_of(c["sources"])
    ev_sents = [x.get("sentence", "") for x in c.get("evidence", [])]
    for fact in c["facts"]:
        if not isinstance(fact, list) or not fact:
            err(f"{cid}: fact {fact!r} is not a non-empty list")
            continue
        if not set(a.lower() for a in fact) <= ORDER_WORDS and not any(alias_ok(al, ev_sents) for al in fact):
            err(f"{cid}: no alias of fact {fact!r} occurs in an evidence sentence")
        for al in fact:
            if not alias_ok(al, src_texts):
                err(f"{cid}: alias {al!r} not found in any cited source")

    if t == "as_of":
        if not is_iso(c.get("as_of")):
            err(f"{cid}: as_of {c.get('as_of')!r} is not an ISO date")
            continue
        asof = D(c["as_of"])
        for s in c["sources"]:
            p = pub(s)
            if p is None or p > asof:
                err(f"{cid}: source {s} ({p}) is not published on or before {asof}")
        if c["answerable"] and not any(pub(k) and pub(k) <= asof for k in ARTS if story_of(k) == story):
            err(f"{cid}: no article of the story is published by {asof}")
    if t == "latest" and c["answerable"]:
        if len(c["facts"]) != 1:
            err(f"{cid}: latest case should hold only the newest value in facts")
        earlier = c.get("earlier")
        if not earlier:
            err(f"{cid}: latest case without earlier values")
            continue
        dated_src = [pub(s) for s in c["sources"] if pub(s)]
        if not dated_src:
            err(f"{cid}: latest case without a dated source")
            continue
        newest = max(dated_src)
        prev = None
        for e in earlier:
            a = ARTS.get(e.get("article"))
            if a is None:
                err(f"{cid}: earlier cites unknown article {e.get('article')}")
                continue
            if not is_iso(e.get("date")) or a.get("published_at") != e["date"]:
                err(f"{cid}: earlier date {e.get('date')} != publication date of {e['article']}")
                continue
            if story_of(e["article"]) != story:
                err(f"{cid}: earlier value from another story")
            if prev and e["date"] < prev:
                err(f"{cid}: earlier values out of date order")
            prev = e["date"]
            if D(e["date"]) >= newest:
                err(f"{cid}: earlier value dated {e['date']}, not before the newest source ({newest})")
            for al in e["aliases"]:
                if not alias_ok(al, texts_of([e["article"]])):
                    err(f"{cid}: earlier alias {al!r} not in {e['article']}")
            if set(x.lower() for x in e["aliases"]) & set(x.lower() for x in c["facts"][0]):
                err(f"{cid}: earlier value repeats the latest value")
    if t == "timeline":
        evs = c.get("events") or []
        if len(evs) < 6:
            err(f"{cid}: {len(evs)} events (want >= 6)")
        dates = [e.get("date") for e in evs]
        if not all(is_iso(d) for d in dates):
            err(f"{cid}: event date not ISO")
            continue
        if dates != sorted(dates):
            err(f"{cid}: events not in date order")
        if len(set(dates)) != len(dates):
            err(f"{cid}: two events on the same day")
        for e in evs:
            aid = e["article"]
            if aid not in c["sources"]:
                err(f"{cid}: event article {aid} not in sources")
            if len(e["aliases"]) < 2:
                err(f"{cid}: event {e['date']} has fewer than 2 aliases")
            own = 0
            ev_texts = [x.get("sentence", "") for x in c.get("evidence", [])]
            for al in e["aliases"]:
                if not alias_ok(al, ev_texts):
                    err(f"{cid}: event alias {al!r} is not in any evidence sentence of the case")
                if not 1 <= len(al.split()) <= 4:
                    err(f"{cid}: event alias {al!r} is not 1-4 words")
                if alias_ok(al, texts_of([aid])):
                    own += 1
                elif not alias_ok(al, texts_of(c["sources"])):
                    err(f"{cid}: event alias {al!r} not in {aid} nor in another source of the case")
            if own == 0:
                err(f"{cid}: no alias of event {e['date']} occurs in its article {aid}")
            # the event day must be anchored in its article: publication day, a DATED_PHRASES
            # entry, or a month-day written in the article
            d = D(e["date"])
            anchored = (pub(aid) == d
                        or any(x[0] == aid and x[3] == e["date"] for x in DATED_PHRASES)
                        or (d.month, d.day) in month_days(ARTS[aid]["text"]))
            if not anchored:
                err(f"{cid}: event date {e['date']} is not anchored in {aid}")
            if pub(aid) and d > pub(aid):
                err(f"{cid}: event {e['date']} is after its article's publication ({pub(aid)})")

for t, need in TYPES.items():
    if per_type.get(t, 0) < need:
        err(f"type {t}: {per_type.get(t, 0)} cases (want >= {need})")
if len(cases) < 48:
    err(f"{len(cases)} gold cases (want >= 48)")
if sum(n_unans.values()) < 3:
    err(f"{sum(n_unans.values())} unanswerable cases (want >= 3)")
if len(n_unans) < 2:
    err("unanswerable cases should be spread over at least 2 types")
dev_story = [s for s, v in STORIES.items() if v[1] == "dev"][0]
for t, need in DEV_MIN.items():
    got = per_story_type.get(dev_story, {}).get(t, 0)
    if got < need:
        err(f"dev story {dev_story}: {got} {t} cases (want >= {need})")

# =============================================================================
if ERRORS:
    print("\n".join(ERRORS))
    print(f"\nFAIL: {len(ERRORS)} problem(s)")
    sys.exit(1)

splits = {}
for c in cases:
    splits.setdefault(c["type"], {"dev": 0, "test": 0})[c["split"]] += 1
tot = {"dev": 0, "test": 0}
print(f"OK: {len(ARTS)} articles ({len(undated)} undated: {', '.join(undated)}), {len(cases)} gold cases, "
      f"{sum(n_unans.values())} unanswerable, {len(DATED_PHRASES)} dated phrases checked")
for t in TYPES:
    print(f"  {t:13s} dev {splits[t]['dev']:2d}  test {splits[t]['test']:2d}")
    for k in tot:
        tot[k] += splits[t][k]
print(f"  {'total':13s} dev {tot['dev']:2d}  test {tot['test']:2d}")
