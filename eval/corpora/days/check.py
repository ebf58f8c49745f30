#!/usr/bin/env python3
"""Validate the days corpus: articles/*.json and gold.jsonl (stdlib only).

Run from anywhere:  python3 check.py
Prints the counts and OK, or every problem found and exits non-zero.
"""

import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.jsonl")

ARTICLE_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
COMMON_KEYS = {"id", "question", "facts", "sources", "answerable", "type", "split", "event",
               "evidence"}
# required extra keys per type, and optional ones
EXTRA_KEYS = {
    "fact": {"days", "shape"},
    "multi": {"days"},
    "yesno": {"days"},
    "conflict": {"days", "relation", "slot", "values", "conflict_kind"},
    "lookalike": {"days", "relation", "slot", "values", "lookalike"},
    "unanswerable": {"distractors", "near_miss"},
    "followup": {"days", "history"},
}
OPTIONAL_KEYS = {
    "fact": {"distractors"},
    "multi": {"distractors", "shape"},
    "yesno": {"distractors", "shape"},
    "conflict": {"distractors", "shape"},
    "lookalike": {"distractors", "silent_articles", "shape"},
    "followup": {"distractors", "shape"},
    "unanswerable": set(),
}
COUNTS = {"fact": 26, "multi": 4, "yesno": 4, "conflict": 6, "lookalike": 8,
          "unanswerable": 8, "followup": 4}
# planted sentence shapes of the fact cases (README): the least each must be used
SHAPES = {"relative_clause": 4, "narrative": 2, "weekday": 5, "dateline": 2, "distractor": 5}
N_ARTICLES, N_EVENTS, OUTLETS_RANGE = 18, 6, (5, 7)
WORDS = (250, 600)
YEAR = 2034
WIRE = "(KPS)"  # the invented wire agency's credit; its copy must run in two or more outlets
REAL_CURRENCY = re.compile(
    r"\d[\d.,]*\s*(?:m\s+|million\s+|billion\s+)?(?:dollars?|euros?|pounds?|crowns?|marks?|"
    r"francs?|yen|rupees?|pesos?|kronor|kroner|lunets?)\b", re.I)

# Events: the last part of an article id names the event (dy03_sevenday_robbery -> robbery;
# a trailing _live / _explainer / _transcript is skipped).
EVENT_OF_KEY = {"robbery": "DY1", "goldbar": "DY2", "landslip": "DY3", "coyle": "DY4",
                "boilwater": "DY5", "pellbrook": "DY6"}
# Split is by event and fixed (README, written first): events 1, 3, 5 are dev; 2, 4, 6 are test.
SPLIT_OF_EVENT = {"DY1": "dev", "DY3": "dev", "DY5": "dev",
                  "DY2": "test", "DY4": "test", "DY6": "test"}
SPLIT_TOTALS = {"dev": 30, "test": 30}
CASES_PER_EVENT = 10
CONFLICT_KINDS = {"date": 6}
LOOKALIKE_RELATION = {"weekday_vs_date": "agree", "same_format": "agree", "updated": "changed",
                      "silent": "silent", "different_events": "none"}
LOOKALIKE_COUNTS = {"weekday_vs_date": 2, "same_format": 2, "updated": 2, "silent": 1,
                    "different_events": 1}
NEAR_MISS = {"vague": 5, "neighbour": 3}
YESNO = {"yes": 2, "no": 2}
PRONOUN = re.compile(r"\b(she|he|it|they|her|him|them|his|its|their)\b", re.I)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_RE = "|".join(MONTHS + [a[:-1] + r"\." for a in ABBR.values()])
WD_RE = "|".join(WEEKDAYS)

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    """Lower-case, squeeze spaces."""
    return re.sub(r"\s+", " ", s.lower()).strip()


def alias_in(alias, text):
    """The alias occurs as a whole token run (so "June 1" does not match "June 15")."""
    pat = r"(?<![0-9a-z])%s(?![0-9a-z])" % re.escape(norm(alias))
    return re.search(pat, norm(text)) is not None


def month_num(name):
    for i, m in enumerate(MONTHS, 1):
        if name == m:
            return i
    for i, a in ABBR.items():
        if name.rstrip(".") + "." == a:
            return i
    return None


def month_day_forms(d):
    """The ways a day is written without its weekday: March 14, 14 March, Mar. 14 (+ year)."""
    m, n = MONTHS[d.month - 1], d.day
    forms = ["%s %d" % (m, n), "%d %s" % (n, m)]
    if d.month in ABBR:
        forms.append("%s %d" % (ABBR[d.month], n))
    return forms


def renderings(iso):
    """Every accepted way of writing one day (lower-case)."""
    d = date.fromisoformat(iso)
    w = WEEKDAYS[d.weekday()]
    out = {w}
    for f in month_day_forms(d):
        dated = [f]
        if f[0].isdigit():
            dated.append("%s %d" % (f, d.year))
        else:
            dated += ["%s, %d" % (f, d.year), "%s %d" % (f, d.year)]
        for x in dated:
            out |= {x, "%s, %s" % (w, x), "%s %s" % (w, x)}
    return {norm(x) for x in out}


def mentions_day(text, iso):
    """The text writes this day's month and day (in any form)."""
    d = date.fromisoformat(iso)
    return any(alias_in(f, text) for f in month_day_forms(d))


def weekday_in(s):
    return [w for w in WEEKDAYS if re.search(r"\b%s\b" % w, s)]


def explicit_days(text, year):
    """(weekday, date) for every 'Tuesday, March 14' / 'Tuesday 14 March' in a text."""
    found = []
    for m in re.finditer(r"\b(%s),? (%s) (\d{1,2})(?:,? (\d{4}))?\b" % (WD_RE, MON_RE), text):
        found.append((m.group(0), m.group(1), month_num(m.group(2)), int(m.group(3)),
                      int(m.group(4) or year)))
    for m in re.finditer(r"\b(%s),? (\d{1,2}) (%s)(?: (\d{4}))?\b" % (WD_RE, MON_RE), text):
        found.append((m.group(0), m.group(1), month_num(m.group(3)), int(m.group(2)),
                      int(m.group(4) or year)))
    out = []
    for raw, wd, mo, dy, yr in found:
        try:
            out.append((raw, wd, date(yr, mo, dy)))
        except ValueError:
            out.append((raw, wd, None))
    return out


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
    if not re.fullmatch(r"dy\d\d_[a-z0-9_]+", a["id"]):
        bad("%s: id should be dyNN_outlet_topic" % fn)
    if not re.fullmatch(r"%d-\d\d-\d\d" % YEAR, a["published_at"]):
        bad("%s: published_at %r is not a %d date" % (fn, a["published_at"], YEAR))
        continue
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
        bad("%s: a real (or another set's) currency name after a number: %r" % (fn, m.group(0)))
    # every written weekday + date must agree with the calendar (2034 unless a year is given)
    for raw, wd, d in explicit_days(a["title"] + "\n" + a["text"], YEAR):
        if d is None or WEEKDAYS[d.weekday()] != wd:
            bad("%s: %r is not a real weekday/date pair" % (fn, raw))
    # wire copy: dateline "PLACE, Kelvarra, Month D (KPS) - ", dated the day of or before publication
    if WIRE in a["text"]:
        m = re.match(r"([A-Z]+), Kelvarra, (%s) (\d{1,2}) \(KPS\) - " % MON_RE, a["text"])
        pub = date.fromisoformat(a["published_at"])
        if not m:
            bad("%s: KPS copy must open with a dateline 'PLACE, Kelvarra, Month D (KPS) - '" % fn)
        else:
            dl = date(YEAR, month_num(m.group(2)), int(m.group(3)))
            if dl not in (pub, pub - timedelta(days=1)):
                bad("%s: dateline %s is not the publication day or the day before" % (fn, dl))
    a["_date"] = date.fromisoformat(a["published_at"])
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
if len(by_event) != N_EVENTS:
    bad("want %d events, have %d" % (N_EVENTS, len(by_event)))
for ev, arts in sorted(by_event.items()):
    if len(arts) != 3:
        bad("event %s: %d articles (want 3)" % (ev, len(arts)))
    days = sorted(a["_date"] for a in arts)
    if len(set(days)) != len(days):
        bad("event %s: two articles share a publication day" % ev)
    if (days[-1] - days[0]).days > 10:
        bad("event %s: articles span more than 10 days" % ev)
    if len(set(a["outlet"] for a in arts)) != len(arts):
        bad("event %s: two articles from the same outlet" % ev)

# all explicitly dated weekdays per event (for the bare-weekday alias rule)
event_weekday_days = defaultdict(set)
for ev, arts in by_event.items():
    for a in arts:
        for _raw, wd, d in explicit_days(a["text"], YEAR):
            if d is not None:
                event_weekday_days[ev].add(d)

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

yesno, kinds, traps, near, shapes = Counter(), Counter(), Counter(), Counter(), Counter()
numbers = defaultdict(list)
cited = set()


def check_sentences(cid, items, sources, what, need_in_sources, keys):
    text = ""
    for e in items:
        if set(e) != keys:
            bad("%s: a %s needs exactly %s" % (cid, what, sorted(keys)))
            continue
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


def check_day_aliases(cid, aliases, iso, texts, ev, where, answer=True):
    """Each alias is written in the texts or is a rendering of the day; weekdays agree.
    An answer alias may be a bare weekday only if no other dated day of the event shares it
    (a grader matching "Friday" would otherwise accept the other Friday)."""
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        bad("%s: %s: day %r is not YYYY-MM-DD" % (cid, where, iso))
        return
    rend = renderings(iso)
    wd = WEEKDAYS[d.weekday()]
    if not any(norm(al) in rend for al in aliases):
        bad("%s: %s: no alias of %s is a way of writing %s" % (cid, where, aliases, iso))
    for al in aliases:
        if not (norm(al) in rend or any(alias_in(al, t) for t in texts)):
            bad("%s: %s: alias %r is neither in the sources nor a form of %s" % (cid, where, al, iso))
        for w in weekday_in(al):
            if w != wd:
                bad("%s: %s: alias %r names %s but %s is a %s" % (cid, where, al, w, iso, wd))
        if answer and norm(al) == norm(wd):
            clash = [x for x in event_weekday_days[ev] if x != d and x.weekday() == d.weekday()]
            if clash:
                bad("%s: %s: bare weekday alias %r, but the event also dates %s"
                    % (cid, where, al, clash[0]))


for c in cases:
    cid, t = c.get("id"), c.get("type")
    if t not in COUNTS:
        bad("%s: unknown type %r" % (cid, t))
        continue
    m = re.fullmatch(r"dy-([a-z]+)-(\d\d)", str(cid))
    if not m or m.group(1) != t:
        bad("%s: id should be dy-%s-NN" % (cid, t))
    else:
        numbers[t].append(int(m.group(2)))
    required = COMMON_KEYS | EXTRA_KEYS[t]
    allowed = required | OPTIONAL_KEYS[t]
    if not required <= set(c) <= allowed:
        bad("%s: keys %s; required %s, optional %s"
            % (cid, sorted(c), sorted(required), sorted(OPTIONAL_KEYS[t])))
        continue
    q = c["question"]
    if not isinstance(q, str) or not q.strip().endswith("?"):
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
                if d.get("article") in articles and event_of(d["article"]) != ev:
                    bad("%s: distractor %s is from another event" % (cid, d["article"]))
                if not d.get("about"):
                    bad("%s: a distractor needs an 'about'" % cid)
            check_sentences(cid, ds, sources, "distractor", False, {"article", "sentence", "about"})

    if t == "unanswerable":
        if c["answerable"] is not False or facts or sources or evidence:
            bad("%s: unanswerable needs answerable=false and empty facts/sources/evidence" % cid)
        if c["near_miss"] not in NEAR_MISS:
            bad("%s: near_miss must be one of %s" % (cid, sorted(NEAR_MISS)))
        near[c["near_miss"]] += 1
        if not re.search(r"\b(when|what date|what day|which day)\b", q, re.I):
            bad("%s: should ask for a day" % cid)
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
    ev_text = check_sentences(cid, evidence, sources, "evidence", True, {"article", "sentence"})
    ev_arts = [articles[e["article"]] for e in evidence if e.get("article") in articles]
    days = c["days"]
    if not isinstance(days, list) or not all(isinstance(x, str) for x in days):
        bad("%s: days must be a list of YYYY-MM-DD strings" % cid)
        continue

    if t == "yesno":
        if facts not in ([["yes"]], [["no"]]) or len(days) != 1:
            bad('%s: yesno facts must be [["yes"]] or [["no"]] with one day' % cid)
            continue
        yesno[facts[0][0]] += 1
        asked = weekday_in(q)
        d = date.fromisoformat(days[0])
        if len(asked) != 1:
            bad("%s: a yes/no case asks whether a day was a given weekday" % cid)
        elif (asked[0] == WEEKDAYS[d.weekday()]) != (facts[0][0] == "yes"):
            bad("%s: answer %s is wrong: %s is a %s" % (cid, facts[0][0], days[0],
                                                       WEEKDAYS[d.weekday()]))
        if not mentions_day(ev_text, days[0]):
            bad("%s: the evidence should write the day %s" % (cid, days[0]))
        continue

    if len(days) != len(facts):
        bad("%s: days must give one YYYY-MM-DD per fact" % cid)
        continue
    if t == "multi" and len(facts) != 2:
        bad("%s: multi needs exactly 2 facts" % cid)
    if t in ("fact", "multi", "followup") and not re.search(
            r"\b(when|what date|what day|which day|what dates|by what date|until what date|"
            r"from what date)\b", q, re.I):
        bad("%s: should ask for a day" % cid)
    if t == "followup":
        h = c["history"]
        if not isinstance(h, list) or not h or not all(isinstance(x, str) and x for x in h):
            bad("%s: followup needs a non-empty history list of strings" % cid)
        if not PRONOUN.search(q):
            bad("%s: a follow-up should use a pronoun" % cid)

    src_text = [articles[s]["title"] + "\n" + articles[s]["text"] for s in sources if s in articles]
    shape = c.get("shape", "")
    for f, iso in zip(facts, days):
        check_day_aliases(cid, f, iso, src_text, ev, "fact")
        if shape == "weekday":
            continue  # checked below: the evidence gives only the weekday
        if not any(alias_in(al, ev_text) for al in f):
            bad("%s: no alias of fact %r appears in the evidence sentences" % (cid, f))

    if t == "fact":
        if shape not in SHAPES:
            bad("%s: shape must be one of %s" % (cid, sorted(SHAPES)))
        shapes[shape] += 1
        iso = days[0]
        d = date.fromisoformat(iso)
        if shape == "weekday":
            wd = WEEKDAYS[d.weekday()]
            if not re.search(r"\b%s\b" % wd, ev_text):
                bad("%s: weekday case, but the evidence does not say %s" % (cid, wd))
            if mentions_day(ev_text, iso):
                bad("%s: weekday case, but the evidence writes the date itself" % cid)
            if not any(abs((a["_date"] - d).days) <= 7 and re.search(r"\b%s\b" % wd, a["text"])
                       for a in ev_arts):
                bad("%s: %s is not within a week of the article that says %s" % (cid, iso, wd))
        elif shape == "dateline":
            if not any(a["text"].startswith(e["sentence"]) for e, a in
                       zip([e for e in evidence if e.get("article") in articles], ev_arts)):
                bad("%s: dateline case needs an article's opening line as evidence" % cid)
            if not any(norm(e["sentence"]) and not any(alias_in(al, e["sentence"]) for al in facts[0])
                       for e in evidence):
                bad("%s: dateline case needs an event sentence that does not write the day" % cid)
        elif shape == "relative_clause":
            if not any(re.search(r"\b(which|where|whose|who)\b", e["sentence"])
                       and any(alias_in(al, e["sentence"]) for al in facts[0]) for e in evidence):
                bad("%s: relative-clause case needs a which/where/whose sentence with the day" % cid)
        elif shape == "narrative":
            per_art = Counter(e["article"] for e in evidence)
            if max(per_art.values()) < 2:
                bad("%s: narrative case needs the date sentence and the next one" % cid)

    if t in ("conflict", "lookalike"):
        vals = c["values"]
        if not isinstance(vals, list) or not vals:
            bad("%s: values must be a non-empty list" % cid)
            continue
        ok = True
        for v in vals:
            if set(v) != {"aliases", "article", "date", "day"}:
                bad("%s: value keys %s (want aliases, article, date, day)" % (cid, sorted(v)))
                ok = False
                continue
            art = articles.get(v["article"])
            if art is None or v["article"] not in sources:
                bad("%s: value article %s missing or not a source" % (cid, v["article"]))
                ok = False
                continue
            if v["date"] != art["published_at"]:
                bad("%s: value date %s != %s published_at %s"
                    % (cid, v["date"], v["article"], art["published_at"]))
            at = art["title"] + "\n" + art["text"]
            check_day_aliases(cid, v["aliases"], v["day"], [at], ev, "value from " + v["article"],
                              answer=False)
            if not any(alias_in(al, at) for al in v["aliases"]):
                bad("%s: no alias of the value from %s is written in it" % (cid, v["article"]))
        if not ok:
            continue
        if not c.get("slot"):
            bad("%s: empty slot" % cid)
        v_outlets = set(articles[v["article"]]["outlet"] for v in vals)

    if t == "conflict":
        kinds[c["conflict_kind"]] += 1
        if c["relation"] != "disagree":
            bad("%s: relation must be 'disagree'" % cid)
        distinct = []
        for v in vals:
            if v["aliases"] not in facts:
                bad("%s: value aliases %s are not one of the facts" % (cid, v["aliases"]))
            elif days[facts.index(v["aliases"])] != v["day"]:
                bad("%s: value day %s does not match its fact's day" % (cid, v["day"]))
            if v["day"] not in distinct:
                distinct.append(v["day"])
        if len(distinct) < 2 or len(set(days)) != len(days):
            bad("%s: a conflict needs 2+ distinct days, one per fact" % cid)
        if set(v["article"] for v in vals) != set(sources):
            bad("%s: values articles != sources" % cid)
        if set(e["article"] for e in evidence) != set(sources):
            bad("%s: evidence should cover every source" % cid)
        if len(v_outlets) < 2:
            bad("%s: a disagreement needs two outlets" % cid)

    if t == "lookalike":
        trap = c["lookalike"]
        traps[trap] += 1
        if LOOKALIKE_RELATION.get(trap) != c["relation"]:
            bad("%s: lookalike %r wants relation %r, has %r"
                % (cid, trap, LOOKALIKE_RELATION.get(trap), c["relation"]))
        vdays = set(v["day"] for v in vals)
        if trap in ("weekday_vs_date", "same_format", "different_events"):
            if vdays != {days[0]} or len(days) != 1:
                bad("%s: every value should be the answer's day %s" % (cid, days[0]))
            if len(v_outlets) < 2:
                bad("%s: a %s look-alike needs values from two outlets" % (cid, trap))
        if trap == "weekday_vs_date":
            d = date.fromisoformat(days[0])
            wk = [v for v in vals if not mentions_day(articles[v["article"]]["text"], v["day"])
                  and re.search(r"\b%s\b" % WEEKDAYS[d.weekday()], articles[v["article"]]["text"])]
            dt = [v for v in vals if mentions_day(articles[v["article"]]["text"], v["day"])]
            if not wk or not dt:
                bad("%s: needs one outlet giving only the weekday and one giving the date" % cid)
        if trap == "same_format":
            d = date.fromisoformat(days[0])
            us = "%s %d" % (MONTHS[d.month - 1], d.day)
            uk = "%d %s" % (d.day, MONTHS[d.month - 1])
            arts_v = [articles[v["article"]]["text"] for v in vals]
            if not (any(alias_in(us, x) for x in arts_v) and any(alias_in(uk, x) for x in arts_v)):
                bad("%s: same_format needs the day written '%s' and '%s'" % (cid, us, uk))
        if trap == "updated":
            latest = max(vals, key=lambda v: v["date"])
            earliest = min(vals, key=lambda v: v["date"])
            if latest["date"] == earliest["date"] or latest["day"] == earliest["day"]:
                bad("%s: an updated day needs an earlier and a later, different day" % cid)
            if facts != [latest["aliases"]] or days != [latest["day"]]:
                bad("%s: facts should be the latest value %s" % (cid, latest["aliases"]))
            if len(v_outlets) < 2:
                bad("%s: an updated look-alike needs values from two outlets" % cid)
        if trap == "different_events" and not c.get("distractors"):
            bad("%s: different_events needs a distractor naming the other event's day" % cid)
        if trap == "silent":
            silent = c.get("silent_articles") or []
            if not silent:
                bad("%s: silent look-alike needs silent_articles" % cid)
            for s in silent:
                if s not in articles or event_of(s) != ev or s in sources:
                    bad("%s: silent article %s must exist, be in the event, not a source" % (cid, s))
                elif mentions_day(articles[s]["text"], days[0]):
                    bad("%s: silent article %s does give the day" % (cid, s))
                else:
                    cited.add(s)

# ---------------------------------------------------------------- counts
by_type = Counter(c.get("type") for c in cases)
for t, m in COUNTS.items():
    if by_type[t] != m:
        bad("type %s: %d cases, want %d" % (t, by_type[t], m))
for t, nums in numbers.items():
    if sorted(nums) != list(range(1, len(nums) + 1)):
        bad("ids dy-%s-NN are not numbered 01..%02d without gaps" % (t, len(nums)))
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
if dict(near) != NEAR_MISS:
    bad("unanswerable near misses %s, want %s" % (dict(near), NEAR_MISS))
for s, least in SHAPES.items():
    if shapes[s] < least:
        bad("fact shape %s: %d cases, want at least %d" % (s, shapes[s], least))
per_event = Counter(c.get("event") for c in cases)
for ev in SPLIT_OF_EVENT:
    if per_event[ev] != CASES_PER_EVENT:
        bad("event %s: %d cases, want %d" % (ev, per_event[ev], CASES_PER_EVENT))
    evc = [c for c in cases if c.get("event") == ev]
    for t in ("conflict", "lookalike", "unanswerable"):
        if not any(c.get("type") == t for c in evc):
            bad("event %s has no %s case" % (ev, t))
    if sum(c.get("type") == "fact" for c in evc) < 3:
        bad("event %s has fewer than 3 fact cases" % ev)
    if len(set(c.get("shape") for c in evc if c.get("shape"))) < 3:
        bad("event %s: its cases test fewer than 3 planted shapes" % ev)
for aid in articles:
    if aid not in cited:
        bad("article %s is not cited by any case" % aid)

shape_split = {s: dict(Counter(c.get("split") for c in cases
                               if c.get("type") == "fact" and c.get("shape") == s))
               for s in SHAPES}
print("articles: %d from %d outlets %s" % (len(articles), len(outlets), dict(outlets)))
print("wire copy %s in: %s" % (WIRE, sorted(wire_outlets)))
print("events: %s" % {ev: len(a) for ev, a in sorted(by_event.items())})
print("cases: %d  by type: %s" % (len(cases), dict(sorted(by_type.items()))))
print("fact cases by shape: %s" % shape_split)
print("cases per event: %s" % dict(sorted(per_event.items())))
print("split: %s" % dict(splits))
print("split by type: %s" % {t: dict(sc) for t, sc in split_by_type.items()})
print("yesno: %s  conflict kinds: %s" % (dict(yesno), dict(kinds)))
print("look-alike traps: %s" % dict(traps))
print("unanswerable near misses: %s" % dict(near))
if problems:
    print("\nFAILED (%d problems):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
