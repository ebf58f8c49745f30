#!/usr/bin/env python3
"""Validate the wordings corpus: articles/*.json and gold.jsonl (stdlib only).

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
YEAR = 2035
WORDS = (250, 500)
N_ARTICLES, ARTICLES_PER_EVENT, MIN_OUTLETS = 18, 3, 7
WIRE, WIRE_NAME = "(TNA)", "Torvessa News Agency"
REAL_CURRENCY = re.compile(
    r"\d[\d.,]*\s*(?:m\s+|million\s+|billion\s+)?(?:dollars?|euros?|pounds?|crowns?|marks?|"
    r"francs?|yen|rupees?|pesos?|kronor|kroner|vells?|lunets?)\b", re.I)

# the topic word in an article id names its event (wd03_weekfold_silver -> silver -> WD1)
EVENT_OF_TOPIC = {"silver": "WD1", "ferry": "WD2", "strike": "WD3", "cupfinal": "WD4",
                  "tour": "WD5", "lido": "WD6"}
# Split is by event, fixed before anything was written (README): 1, 3, 5 dev; 2, 4, 6 test.
SPLIT_OF_EVENT = {"WD1": "dev", "WD3": "dev", "WD5": "dev",
                  "WD2": "test", "WD4": "test", "WD6": "test"}

TYPES = ("fact", "multi", "yesno", "conflict", "lookalike", "unanswerable", "followup")
COUNTS = {"fact": 20, "multi": 4, "yesno": 4, "conflict": 12, "lookalike": 10,
          "unanswerable": 6, "followup": 4}
SPLIT_TOTALS = {"dev": 30, "test": 30}
CASES_PER_EVENT = 10
RELATIONS = ("disagree", "agree", "changed", "silent", "none")
SHAPES = (1, 2, 3, 4, 5, "other")
# least number of cases per planted shape over the whole set (README)
SHAPE_LEAST = {1: 10, 2: 12, 3: 6, 4: 6, 5: 8}
ANSWER_KINDS = {"number", "date", "person", "place", "entity", "quote", "yesno"}
COMMON_KEYS = {"id", "question", "facts", "sources", "answerable", "type", "split", "event",
               "evidence", "shape"}
EXTRA_KEYS = {
    "fact": {"answer_kind"},
    "multi": {"answer_kind"},
    "yesno": {"answer_kind"},
    "conflict": {"answer_kind", "relation", "slot", "values", "conflict_kind"},
    "lookalike": {"answer_kind", "relation", "slot", "values", "lookalike"},
    "unanswerable": {"near_miss", "distractors"},
    "followup": {"answer_kind", "history"},
}
OPTIONAL_KEYS = {"days", "distractors", "digit_trap"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_RE = "|".join(MONTHS + [re.escape(a) for a in ABBR])
WD_RE = "|".join(WEEKDAYS)

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def alias_in(alias, text):
    """The alias occurs as a whole token run, case-insensitively ("14" not in "142")."""
    pat = r"(?<![0-9a-z])%s(?![0-9a-z])" % re.escape(norm(alias))
    return re.search(pat, norm(text)) is not None


def month_num(name):
    if name in MONTHS:
        return MONTHS.index(name) + 1
    return ABBR.get(name)


def weekday_dates(text):
    """(raw, weekday, date) for 'Tuesday, March 14' / 'Tuesday 14 March' in a text."""
    out = []
    for m in re.finditer(r"\b(%s),? (%s) (\d{1,2})\b" % (WD_RE, MON_RE), text):
        out.append((m.group(0), m.group(1), month_num(m.group(2)), int(m.group(3))))
    for m in re.finditer(r"\b(%s),? (\d{1,2}) (%s)" % (WD_RE, MON_RE), text):
        out.append((m.group(0), m.group(1), month_num(m.group(3)), int(m.group(2))))
    return out


def words(s):
    return re.findall(r"[a-z0-9']+", s.lower())


def shared_run(question, sentence, n=5):
    """A run of n words the question copies from the sentence, if any."""
    q, s = words(question), words(sentence)
    grams = {tuple(s[i:i + n]) for i in range(len(s) - n + 1)}
    for i in range(len(q) - n + 1):
        if tuple(q[i:i + n]) in grams:
            return " ".join(q[i:i + n])
    return None


# ---------------------------------------------------------------- articles
articles, event_of = {}, {}
for fn in sorted(f for f in os.listdir(ART_DIR) if f.endswith(".json")):
    try:
        with open(os.path.join(ART_DIR, fn), encoding="utf-8") as fh:
            a = json.load(fh)
    except Exception as err:  # noqa: BLE001
        bad("%s: not valid JSON (%s)" % (fn, err))
        continue
    if set(a) != ARTICLE_KEYS:
        bad("%s: keys %s != %s" % (fn, sorted(a), sorted(ARTICLE_KEYS)))
        continue
    aid = a["id"]
    if aid != fn[:-5]:
        bad("%s: id %r does not match the file name" % (fn, aid))
    if not re.fullmatch(r"wd\d\d_[a-z0-9_]+", aid):
        bad("%s: id should be wdNN_outlet_topic" % fn)
    topics = [t for t in EVENT_OF_TOPIC if re.search(r"_%s(_|$)" % t, aid)]
    if len(topics) != 1:
        bad("%s: cannot tell the event from the id" % fn)
        continue
    event_of[aid] = EVENT_OF_TOPIC[topics[0]]
    if not re.fullmatch(r"%d-\d\d-\d\d" % YEAR, a["published_at"]):
        bad("%s: published_at %r is not a %d date" % (fn, a["published_at"], YEAR))
        continue
    pub = date.fromisoformat(a["published_at"])
    if not re.fullmatch(r"https://[a-z0-9-]+\.example/.+", a["url"]):
        bad("%s: url must be https://<outlet>.example/..." % fn)
    host = re.sub(r"[^a-z]", "", a["outlet"].lower().replace("the ", ""))
    if not a["url"].startswith("https://%s.example/" % host):
        bad("%s: url host should be %s.example" % (fn, host))
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
        bad("%s: a real (or another set's) currency after a number: %r" % (fn, m.group(0)))
    for raw, wd, mo, dy in weekday_dates(a["title"] + "\n" + a["text"]):
        try:
            ok = WEEKDAYS[date(YEAR, mo, dy).weekday()] == wd
        except ValueError:
            ok = False
        if not ok:
            bad("%s: %r is not a real weekday/date pair in %d" % (fn, raw, YEAR))
    if a["outlet"] == WIRE_NAME:
        bad("%s: the wire agency publishes nothing itself; its copy runs in outlets" % fn)
    if WIRE in a["text"]:
        m = re.match(r"([A-Z]+), Torvessa, (%s) (\d{1,2}) \(TNA\) - " % MON_RE, a["text"])
        if not m:
            bad("%s: wire copy must open 'PLACE, Torvessa, Month D (TNA) - '" % fn)
        else:
            dl = date(YEAR, month_num(m.group(2)), int(m.group(3)))
            if not 0 <= (pub - dl).days <= 2:
                bad("%s: dateline %s is not the day of or just before publication" % (fn, dl))
        if a["author"] != WIRE_NAME:
            bad("%s: wire copy should be credited to %s" % (fn, WIRE_NAME))
    # live blogs: every timestamp HH:MM is a real clock time
    for hh, mm in re.findall(r"\b(\d\d):(\d\d)\b", a["text"]):
        if int(hh) > 23 or int(mm) > 59:
            bad("%s: %s:%s is not a clock time" % (fn, hh, mm))
    articles[aid] = a

if len(articles) != N_ARTICLES:
    bad("%d articles, want %d" % (len(articles), N_ARTICLES))
outlets = Counter(a["outlet"] for a in articles.values())
if len(outlets) < MIN_OUTLETS:
    bad("%d outlets, want at least %d" % (len(outlets), MIN_OUTLETS))
wire_outlets = {a["outlet"] for a in articles.values() if WIRE in a["text"]}
if len(wire_outlets) < 2:
    bad("wire copy runs in %d outlets, want 2 or more" % len(wire_outlets))
by_event = defaultdict(list)
for aid, ev in event_of.items():
    if aid in articles:
        by_event[ev].append(articles[aid])
for ev in SPLIT_OF_EVENT:
    arts = by_event.get(ev, [])
    if len(arts) != ARTICLES_PER_EVENT:
        bad("event %s: %d articles, want %d" % (ev, len(arts), ARTICLES_PER_EVENT))
    if len({a["outlet"] for a in arts}) != len(arts):
        bad("event %s: two articles from the same outlet" % ev)
    if not 2 <= len({a["published_at"] for a in arts}) <= 3:
        bad("event %s: articles should be published on 2-3 different days" % ev)

# ---------------------------------------------------------------- gold
cases = []
with open(GOLD, encoding="utf-8") as fh:
    for no, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as err:
            bad("gold.jsonl:%d: malformed JSON (%s)" % (no, err.msg))

seen, numbers, cited = set(), defaultdict(list), set()
shapes = Counter()
shape_split = defaultdict(Counter)
yesno = Counter()
for c in cases:
    cid = c.get("id", "?")
    t = c.get("type")
    if cid in seen:
        bad("%s: duplicate id" % cid)
    seen.add(cid)
    if t not in TYPES:
        bad("%s: unknown type %r" % (cid, t))
        continue
    m = re.fullmatch(r"wd-([a-z]+)-(\d\d)", cid)
    if not m or m.group(1) != t:
        bad("%s: id should be wd-%s-NN" % (cid, t))
    else:
        numbers[t].append(int(m.group(2)))
    keys = set(c)
    need = COMMON_KEYS | EXTRA_KEYS[t]
    if need - keys:
        bad("%s: missing %s" % (cid, sorted(need - keys)))
    if keys - need - OPTIONAL_KEYS:
        bad("%s: unexpected keys %s" % (cid, sorted(keys - need - OPTIONAL_KEYS)))
    ev = c.get("event")
    if ev not in SPLIT_OF_EVENT:
        bad("%s: unknown event %r" % (cid, ev))
        continue
    if c.get("split") != SPLIT_OF_EVENT[ev]:
        bad("%s: split %r but event %s is %s" % (cid, c.get("split"), ev, SPLIT_OF_EVENT[ev]))
    shape = c.get("shape")
    if shape not in SHAPES:
        bad("%s: shape %r not one of %s" % (cid, shape, SHAPES))
    shapes[shape] += 1
    shape_split[shape][c.get("split")] += 1
    if t != "unanswerable" and c.get("answer_kind") not in ANSWER_KINDS:
        bad("%s: answer_kind %r" % (cid, c.get("answer_kind")))
    facts = c.get("facts")
    if not isinstance(facts, list) or not all(isinstance(f, list) and all(isinstance(x, str) and x
                                                                          for x in f) for f in facts):
        bad("%s: facts must be a list of non-empty alias lists" % cid)
        continue
    sources = c.get("sources") or []
    for s in sources:
        if s not in articles:
            bad("%s: unknown source %s" % (cid, s))
        elif event_of[s] != ev:
            bad("%s: source %s is not in event %s" % (cid, s, ev))
        else:
            cited.add(s)

    # evidence: verbatim sentences of the case's own sources
    ev_sents = []
    for item in c.get("evidence") or []:
        art, sent = item.get("article"), item.get("sentence", "")
        if art not in articles:
            bad("%s: evidence article %s does not exist" % (cid, art))
            continue
        if sent not in articles[art]["text"]:
            bad("%s: evidence sentence not verbatim in %s: %r" % (cid, art, sent[:70]))
        if art not in sources:
            bad("%s: evidence article %s is not among the sources" % (cid, art))
        ev_sents.append((art, sent))
    for key in ("distractors", "digit_trap"):
        for item in c.get(key) or []:
            art, sent = item.get("article"), item.get("sentence", "")
            if art not in articles or sent not in articles[art]["text"]:
                bad("%s: %s sentence not verbatim in %s: %r" % (cid, key, art, sent[:70]))
            elif event_of[art] != ev:
                bad("%s: %s article %s is not in event %s" % (cid, key, art, ev))
            else:
                cited.add(art)
            if not item.get("about"):
                bad("%s: %s item without 'about'" % (cid, key))

    # every alias occurs in at least one evidence sentence
    if t == "yesno":
        if facts not in ([["yes"]], [["no"]]):
            bad("%s: yes/no facts must be [['yes']] or [['no']]" % cid)
        else:
            yesno[facts[0][0]] += 1
    else:
        for fact in facts:
            for alias in fact:
                if not any(alias_in(alias, s) for _, s in ev_sents):
                    bad("%s: alias %r is in none of the evidence sentences" % (cid, alias))
    for i, dd in enumerate(c.get("days") or []):
        if dd is not None:
            try:
                date.fromisoformat(dd)
            except ValueError:
                bad("%s: days[%d] %r is not YYYY-MM-DD" % (cid, i, dd))

    if t == "unanswerable":
        if c.get("answerable") is not False or facts or sources or c.get("evidence"):
            bad("%s: unanswerable needs answerable false and no facts/sources/evidence" % cid)
        if not c.get("distractors"):
            bad("%s: unanswerable needs distractors" % cid)
        for item in c.get("distractors") or []:
            cited.add(item.get("article"))
    else:
        if c.get("answerable") is not True or not facts or not sources or not ev_sents:
            bad("%s: answerable case needs facts, sources and evidence" % cid)
    if t == "multi" and len(facts) < 2:
        bad("%s: multi needs two facts" % cid)
    if t == "multi" and " and " not in c["question"]:
        bad("%s: a multi question joins two questions with 'and'" % cid)
    if t == "followup" and not c.get("history"):
        bad("%s: follow-up needs history" % cid)

    # conflict / look-alike values
    if t in ("conflict", "lookalike"):
        rel = c.get("relation")
        if rel not in RELATIONS:
            bad("%s: relation %r" % (cid, rel))
        if t == "conflict" and rel != "disagree":
            bad("%s: a conflict here is a real disagreement" % cid)
        if t == "lookalike" and rel not in ("agree", "none"):
            bad("%s: look-alike relation should be agree or none" % cid)
        vals = c.get("values") or []
        for val in vals:
            art = val.get("article")
            if art not in sources:
                bad("%s: value article %s is not a source" % (cid, art))
                continue
            if val.get("date") != articles[art]["published_at"]:
                bad("%s: value date %r is not %s's publication date" % (cid, val.get("date"), art))
            own = [s for a_, s in ev_sents if a_ == art]
            for alias in val.get("aliases") or []:
                if not alias_in(alias, articles[art]["text"]):
                    bad("%s: value alias %r not in its article %s" % (cid, alias, art))
                elif not any(alias_in(alias, s) for s in own):
                    bad("%s: value alias %r not in an evidence sentence of %s" % (cid, alias, art))
        if t == "conflict":
            outs = {articles[v_["article"]]["outlet"] for v_ in vals if v_.get("article") in articles}
            if len(vals) < 2 or len(outs) < 2:
                bad("%s: a conflict needs values from two outlets" % cid)
            al = [set(map(norm, v_["aliases"])) for v_ in vals]
            if len(al) >= 2 and al[0] & al[1]:
                bad("%s: conflicting values share an alias" % cid)
            if sorted(map(tuple, facts)) != sorted(tuple(v_["aliases"]) for v_ in vals):
                bad("%s: conflict facts should be the values' alias lists" % cid)
            if not c.get("conflict_kind"):
                bad("%s: conflict_kind missing" % cid)
        if t == "lookalike" and not c.get("lookalike"):
            bad("%s: look-alike needs the trap described" % cid)

    # shape 3: the digit trap really writes a value's digits as a clock time or a day of a month
    if shape == 3:
        traps = c.get("digit_trap") or []
        if not traps:
            bad("%s: shape 3 needs a digit_trap" % cid)
        digits = set()
        for fact in facts:
            for alias in fact:
                digits |= set(re.findall(r"\d+", alias))
        for item in traps:
            sent = item.get("sentence", "")
            as_time = set(re.findall(r"\b(\d{1,2}):\d\d\b", sent)) | set(
                re.findall(r"\b\d{1,2}:(\d\d)\b", sent))
            as_day = set(re.findall(r"\b(\d{1,2}) (?:%s)" % MON_RE, sent)) | set(
                re.findall(r"(?:%s) (\d{1,2})\b" % MON_RE, sent))
            hit = bool({x.lstrip("0") for x in as_time | as_day}
                       & {x.lstrip("0") for x in digits})
            # or the reverse: the answer is a clock time whose hour stands as a count elsewhere
            hours = {h for fact in facts for alias in fact
                     for h in re.findall(r"\b(\d{1,2}):\d\d\b", alias)}
            bare = set(re.findall(r"(?<![\d:,.])(\d{1,3})(?![\d:,.])", sent)) - as_day
            if hours & bare:
                hit = True
            if not hit:
                bad("%s: digit_trap sentence does not write the count's digits as a time or day" % cid)

    # questions must not copy wording from the evidence (5-word runs)
    for _, s in ev_sents:
        run = shared_run(c["question"], s)
        if run:
            bad("%s: question copies %r from its evidence" % (cid, run))

# ---------------------------------------------------------------- counts
by_type = Counter(c.get("type") for c in cases)
for t, want in COUNTS.items():
    if by_type[t] != want:
        bad("type %s: %d cases, want %d" % (t, by_type[t], want))
for t, nums in numbers.items():
    if sorted(nums) != list(range(1, len(nums) + 1)):
        bad("ids wd-%s-NN are not numbered 01..%02d without gaps" % (t, len(nums)))
splits = Counter(c.get("split") for c in cases)
if dict(splits) != SPLIT_TOTALS:
    bad("split totals %s, want %s" % (dict(splits), SPLIT_TOTALS))
split_by_type = {t: Counter(c.get("split") for c in cases if c.get("type") == t) for t in TYPES}
for t, sc in split_by_type.items():
    if sc["dev"] != sc["test"]:
        bad("type %s is unbalanced across the split: %s" % (t, dict(sc)))
per_event = Counter(c.get("event") for c in cases)
for ev in SPLIT_OF_EVENT:
    if per_event[ev] != CASES_PER_EVENT:
        bad("event %s: %d cases, want %d" % (ev, per_event[ev], CASES_PER_EVENT))
for s, least in SHAPE_LEAST.items():
    if shapes[s] < least:
        bad("shape %s: %d cases, want at least %d" % (s, shapes[s], least))
    if abs(shape_split[s]["dev"] - shape_split[s]["test"]) > 1:
        bad("shape %s unbalanced across the split: %s" % (s, dict(shape_split[s])))
n_conflicts = sum(1 for c in cases if c.get("relation") == "disagree")
n_lookalikes = sum(1 for c in cases if c.get("shape") == 2 or c.get("type") == "lookalike")
if n_conflicts < 12:
    bad("%d real conflicts, want at least 12" % n_conflicts)
if n_lookalikes < 12:
    bad("%d look-alike cases, want at least 12" % n_lookalikes)
if yesno["yes"] != yesno["no"]:
    bad("yes/no answers unbalanced: %s" % dict(yesno))
for aid in articles:
    if aid not in cited:
        bad("article %s is not cited by any case" % aid)

print("articles: %d from %d outlets %s" % (len(articles), len(outlets), dict(sorted(outlets.items()))))
print("wire copy %s runs in: %s" % (WIRE, sorted(wire_outlets)))
print("events: %s" % {ev: len(a) for ev, a in sorted(by_event.items())})
print("words per article: %d-%d" % (min(len(a["text"].split()) for a in articles.values()),
                                    max(len(a["text"].split()) for a in articles.values())))
print("cases: %d  by type: %s" % (len(cases), {t: by_type[t] for t in TYPES}))
print("split: %s" % dict(sorted(splits.items())))
print("split by type: %s" % {t: dict(sorted(sc.items())) for t, sc in split_by_type.items()})
print("cases per event: %s" % dict(sorted(per_event.items())))
print("shapes: %s" % {s: dict(sorted(shape_split[s].items())) for s in SHAPES})
print("real conflicts: %d  look-alike cases (type lookalike or shape 2): %d  yes/no: %s"
      % (n_conflicts, n_lookalikes, dict(yesno)))
print("conflict kinds: %s" % dict(Counter(c.get("conflict_kind") for c in cases
                                          if c.get("type") == "conflict")))
print("look-alike relations: %s" % dict(Counter(c.get("relation") for c in cases
                                                if c.get("type") == "lookalike")))
print("answer kinds: %s" % dict(Counter(c.get("answer_kind") for c in cases if c.get("answer_kind"))))
print("unanswerable near misses: %s" % dict(Counter(c.get("near_miss") for c in cases
                                                    if c.get("type") == "unanswerable")))
if problems:
    print("\nFAILED (%d problems):" % len(problems))
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
