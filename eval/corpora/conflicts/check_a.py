#!/usr/bin/env python3
"""Validate writer A's half of the conflicts corpus (CA* articles, gold_a.jsonl). Stdlib only.

Usage: python3 check_a.py   (exit code 0 = all checks passed)
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold_a.jsonl")

SPLIT = {"CA01": "dev", "CA02": "test", "CA03": "dev", "CA04": "test",
         "CA05": "dev", "CA06": "test", "CA07": "dev", "CA08": "test"}
CONFLICT_KINDS = ["number", "date", "name", "place", "title", "quote"]
LOOKALIKE_REL = {"same_value": "agree", "rounding": "agree", "different_facts": "none",
                 "attribution": "agree", "updated": "changed", "silent": "silent"}
ART_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
NUMWORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
            "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
            "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "a dozen": 12, "dozen": 12}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = ["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
HINT_WORDS = re.compile(r"\b(disagree\w*|conflict\w*|contradict\w*|differ\w*|discrepan\w*|outlets?|sources?|reports? say)\b", re.I)

errors = []
def err(msg):
    errors.append(msg)

def month_index(tok):
    tok = tok.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if tok == m or tok == MON_ABBR[i] or (len(tok) >= 3 and m.startswith(tok)):
            return i
    return None

def date_key(alias):
    """('Aug. 3' | 'August 3' | '3 August') -> (month, day) or None."""
    a = alias.strip()
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2})", a)
    if m and month_index(m.group(1)) is not None:
        return (month_index(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+)\.?", a)
    if m and month_index(m.group(2)) is not None:
        return (month_index(m.group(2)), int(m.group(1)))
    return None

def date_forms(key):
    mi, d = key
    names = {MONTHS[mi], MON_ABBR[mi], MON_ABBR[mi] + "."}
    forms = []
    for n in names:
        forms.append(re.compile(r"\b" + re.escape(n) + r" " + str(d) + r"(?!\d)", re.I))
        forms.append(re.compile(r"(?<!\d)" + str(d) + r" " + re.escape(n) + r"(?![a-z])", re.I))
    return forms

def alias_in(alias, blob):
    """Exact case-insensitive substring, or allowed number-word / date-format variant."""
    low = blob.lower()
    if alias.lower() in low:
        return True
    a = alias.lower().strip()
    # exception 1: digit form of a number word written in the text (or the reverse)
    if a.isdigit():
        for w, v in NUMWORDS.items():
            if v == int(a) and re.search(r"\b" + w + r"\b", low):
                return True
    # digits written without thousands separators ("41200" for "41,200")
    if re.fullmatch(r"\d{4,}", a):
        withsep = "{:,}".format(int(a))
        if re.search(r"(?<![\d,.])" + re.escape(withsep) + r"(?![\d])", low):
            return True
    if a in NUMWORDS:
        if re.search(r"(?<![\d,.])" + str(NUMWORDS[a]) + r"(?![\d,])", low):
            return True
    # ... also inside a phrase ("5 years" for "five years", "seven chairs" for "7 chairs")
    toks = a.split(" ")
    if len(toks) > 1:
        for i, t in enumerate(toks):
            alts = []
            if t.isdigit():
                alts = [w for w, v in NUMWORDS.items() if v == int(t) and " " not in w]
            elif t in NUMWORDS:
                alts = [str(NUMWORDS[t])]
            for alt in alts:
                if " ".join(toks[:i] + [alt] + toks[i + 1:]) in low:
                    return True
    # exception 2: "and" written for "&" in a name ("Lorne and Pask" for "Lorne & Pask")
    if " and " in a and a.replace(" and ", " & ") in low:
        return True
    # exception 3: another written form of the same calendar date
    k = date_key(alias)
    if k and any(f.search(blob) for f in date_forms(k)):
        return True
    return False

# ---------- articles ----------
articles = {}
for fn in sorted(os.listdir(ART)):
    if not fn.startswith("CA"):
        continue
    path = os.path.join(ART, fn)
    stem, ext = os.path.splitext(fn)
    if ext != ".json":
        err(f"{fn}: not a .json file")
        continue
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        err(f"{fn}: does not parse: {e}")
        continue
    keys = set(d)
    if keys != ART_KEYS:
        err(f"{fn}: keys {sorted(keys)} != {sorted(ART_KEYS)}")
    if d.get("id") != stem:
        err(f"{fn}: id {d.get('id')!r} != file stem")
    if not re.fullmatch(r"CA0[1-8]_[a-z0-9_]+", stem):
        err(f"{fn}: bad file name")
    if not re.fullmatch(r"20(25|26|27)-\d\d-\d\d", d.get("published_at", "")):
        err(f"{fn}: bad published_at {d.get('published_at')!r}")
    if not re.match(r"https://www\.[a-z0-9-]+\.example/", d.get("url", "")):
        err(f"{fn}: url must be https://www.<outlet>.example/...")
    elif d.get("published_at") and d["published_at"].replace("-", "/") not in d["url"]:
        err(f"{fn}: url does not carry the publication date")
    n = len(d.get("text", "").split())
    if not 180 <= n <= 350:
        err(f"{fn}: {n} words, want 180-350")
    if "\n\n" not in d.get("text", "") or "\n\n\n" in d.get("text", ""):
        err(f"{fn}: paragraphs must be separated by exactly one blank line")
    articles[stem] = d

events_outlets = collections.defaultdict(set)
for a, d in articles.items():
    events_outlets[a[:4]].add(d["outlet"])
for e in SPLIT:
    if not 2 <= len(events_outlets.get(e, ())) <= 4:
        err(f"{e}: has {len(events_outlets.get(e, ()))} outlets, want 2-4")

# ---------- gold ----------
cases, ids = [], set()
with open(GOLD, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"gold line {ln}: blank line")
            continue
        try:
            c = json.loads(line)
        except Exception as e:
            err(f"gold line {ln}: does not parse: {e}")
            continue
        cases.append(c)

used_articles = set()
for c in cases:
    cid = c.get("id", "?")
    if cid in ids:
        err(f"{cid}: duplicate id")
    ids.add(cid)
    if not str(cid).startswith("ca-"):
        err(f"{cid}: id must start with ca-")
    for k in ["id", "event", "question", "type", "relation", "facts", "sources", "answerable", "split", "evidence", "slot"]:
        if k not in c:
            err(f"{cid}: missing {k}")
    ev_ = c.get("event")
    if ev_ not in SPLIT:
        err(f"{cid}: unknown event {ev_}")
        continue
    if c.get("split") != SPLIT[ev_]:
        err(f"{cid}: split {c.get('split')} but event {ev_} is {SPLIT[ev_]}")
    if c.get("answerable") is not True:
        err(f"{cid}: every case in this half must be answerable")
    if HINT_WORDS.search(c.get("question", "")):
        err(f"{cid}: question hints at a conflict: {c['question']!r}")
    srcs = c.get("sources", [])
    if len(srcs) < 2:
        err(f"{cid}: needs at least two source articles")
    for s in srcs:
        if s not in articles:
            err(f"{cid}: source {s} missing")
        elif not s.startswith(ev_):
            err(f"{cid}: source {s} is not an article of {ev_}")
        used_articles.add(s)
    blob = " \n ".join(articles[s]["title"] + " \n " + articles[s]["text"] for s in srcs if s in articles)
    # evidence verbatim
    if not c.get("evidence"):
        err(f"{cid}: no evidence")
    for e in c.get("evidence", []) + c.get("distractors", []):
        a = e.get("article")
        if a not in srcs:
            err(f"{cid}: evidence/distractor article {a} not in sources")
        if a not in articles:
            continue
        if e.get("sentence", "") not in articles[a]["text"]:
            err(f"{cid}: sentence not verbatim in {a}: {e.get('sentence','')[:70]!r}")
    # facts aliases
    facts = c.get("facts", [])
    if not facts or any(not isinstance(f, list) or not f for f in facts):
        err(f"{cid}: facts must be a non-empty list of non-empty alias lists")
    for f in facts:
        for al in f:
            if not alias_in(al, blob):
                err(f"{cid}: alias {al!r} not found in cited sources")
    # values
    vals = c.get("values", [])
    for v in vals:
        a = v.get("article")
        if a not in srcs:
            err(f"{cid}: value article {a} not in sources")
            continue
        if a not in articles:
            continue
        one = articles[a]["title"] + " \n " + articles[a]["text"]
        if not any(alias_in(al, one) for al in v.get("aliases", [])):
            err(f"{cid}: no alias of value {v.get('aliases')} found in {a}")
        if "date" in v and v["date"] != articles[a].get("published_at"):
            err(f"{cid}: value date {v['date']} != published_at of {a}")
        # each value's article must carry evidence (the reader must be able to see the value)
    ev_articles = {e["article"] for e in c.get("evidence", [])}
    typ = c.get("type")
    if typ == "conflict":
        if c.get("relation") != "disagree":
            err(f"{cid}: conflict needs relation disagree")
        if c.get("conflict_kind") not in CONFLICT_KINDS:
            err(f"{cid}: bad conflict_kind {c.get('conflict_kind')}")
        if len(facts) < 2:
            err(f"{cid}: conflict needs >= 2 facts (one per value)")
        if len({v['article'] for v in vals}) < 2:
            err(f"{cid}: conflict needs values from >= 2 articles")
        # each distinct value must be one of the facts
        fset = [set(x.lower() for x in f) for f in facts]
        for v in vals:
            if not any(set(x.lower() for x in v["aliases"]) <= fs for fs in fset):
                err(f"{cid}: value {v['aliases']} is not one of the facts")
        # aliases of different facts must not contain each other
        for i in range(len(facts)):
            for j in range(len(facts)):
                if i != j:
                    for x in facts[i]:
                        for y in facts[j]:
                            if x.lower() in y.lower():
                                err(f"{cid}: alias {x!r} of one value is inside {y!r} of another")
        # same-time rule for numbers (which can change over time): at least one publication
        # date must carry two different values, so the clash cannot be read as an update
        if c.get("conflict_kind") == "number":
            by_date = collections.defaultdict(set)
            for v in vals:
                if v["article"] in articles:
                    by_date[articles[v["article"]]["published_at"]].add(v["aliases"][0].lower())
            if not any(len(x) > 1 for x in by_date.values()):
                err(f"{cid}: number conflict has no two differing values published the same day")
        for v in vals:
            if v["article"] not in ev_articles:
                err(f"{cid}: no evidence sentence from value article {v['article']}")
    elif typ == "lookalike":
        lk = c.get("lookalike")
        if lk not in LOOKALIKE_REL:
            err(f"{cid}: bad lookalike {lk}")
            continue
        if c.get("relation") != LOOKALIKE_REL[lk]:
            err(f"{cid}: lookalike {lk} needs relation {LOOKALIKE_REL[lk]}, has {c.get('relation')}")
        if len(facts) != 1:
            err(f"{cid}: lookalike must have exactly one fact")
        if lk in ("same_value", "rounding", "attribution", "updated") and len({v['article'] for v in vals}) < 2:
            err(f"{cid}: {lk} needs values from >= 2 articles")
        if lk in ("same_value", "rounding", "attribution"):
            for v in vals:
                if not any(alias_in(x, "\n".join(facts[0])) or x in facts[0] for x in v["aliases"]):
                    err(f"{cid}: value {v['aliases']} not among the fact's aliases")
        if lk == "attribution":
            cred = {v.get("credited_to") for v in vals}
            if len(cred) < 2 or None in cred:
                err(f"{cid}: attribution values need differing credited_to")
        if lk == "updated":
            dated = [(v.get("date", ""), v) for v in vals]
            if any(not d for d, _ in dated):
                err(f"{cid}: updated values need dates")
            else:
                latest = max(d for d, _ in dated)
                earliest = min(d for d, _ in dated)
                if latest == earliest:
                    err(f"{cid}: updated values all have the same date")
                lat = [v for d, v in dated if d == latest]
                for v in lat:
                    if set(a.lower() for a in v["aliases"]) != set(a.lower() for a in facts[0]):
                        err(f"{cid}: facts must be the latest value {v['aliases']}")
                early = [v for d, v in dated if d != latest]
                for v in early:
                    if set(a.lower() for a in v["aliases"]) & set(a.lower() for a in facts[0]):
                        err(f"{cid}: earlier value {v['aliases']} equals the latest one")
        if lk == "silent":
            giving = [s for s in srcs if any(alias_in(al, articles[s]["title"] + "\n" + articles[s]["text"]) for al in facts[0])]
            quiet = [s for s in srcs if s not in giving]
            if not giving or not quiet:
                err(f"{cid}: silent needs one source that gives the value and one that does not (giving={giving})")
        if lk == "different_facts" and not c.get("distractors"):
            err(f"{cid}: different_facts should name its distractor sentence")
        if lk in ("same_value", "rounding", "attribution", "updated"):
            for v in vals:
                if v["article"] not in ev_articles and lk != "updated":
                    err(f"{cid}: no evidence sentence from value article {v['article']}")
    else:
        err(f"{cid}: bad type {typ}")

for a in articles:
    if a not in used_articles:
        err(f"article {a} is used by no case")

# ---------- counts ----------
cnt = collections.Counter()
for c in cases:
    sp = c.get("split")
    if c.get("type") == "conflict":
        cnt[("conflict", sp)] += 1
        cnt[("ck", c.get("conflict_kind"), sp)] += 1
    elif c.get("type") == "lookalike":
        cnt[("lookalike", sp)] += 1
        cnt[("lk", c.get("lookalike"), sp)] += 1
tot = lambda *k: cnt[k + ("dev",)] + cnt[k + ("test",)]
if tot("conflict") < 22:
    err(f"only {tot('conflict')} conflicts, want >= 22")
if tot("lookalike") < 33:
    err(f"only {tot('lookalike')} lookalikes, want >= 33")
for k in CONFLICT_KINDS:
    if tot("ck", k) < 3:
        err(f"conflict kind {k}: {tot('ck', k)} < 3")
for k in LOOKALIKE_REL:
    if tot("lk", k) < 5:
        err(f"lookalike kind {k}: {tot('lk', k)} < 5")
for sp in ("dev", "test"):
    if cnt[("conflict", sp)] < 11:
        err(f"{sp}: {cnt[('conflict', sp)]} conflicts < 11")
    if cnt[("lookalike", sp)] < 16:
        err(f"{sp}: {cnt[('lookalike', sp)]} lookalikes < 16")
    for k in CONFLICT_KINDS:
        if cnt[("ck", k, sp)] < 1:
            err(f"{sp}: no conflict of kind {k}")
    for k in LOOKALIKE_REL:
        if cnt[("lk", k, sp)] < 1:
            err(f"{sp}: no lookalike of kind {k}")

print(f"articles: {len(articles)}  cases: {len(cases)}")
print(f"{'':18}{'dev':>5}{'test':>6}{'all':>6}")
print(f"{'conflict':18}{cnt[('conflict','dev')]:>5}{cnt[('conflict','test')]:>6}{tot('conflict'):>6}")
for k in CONFLICT_KINDS:
    print(f"{'  ' + k:18}{cnt[('ck',k,'dev')]:>5}{cnt[('ck',k,'test')]:>6}{tot('ck',k):>6}")
print(f"{'lookalike':18}{cnt[('lookalike','dev')]:>5}{cnt[('lookalike','test')]:>6}{tot('lookalike'):>6}")
for k in LOOKALIKE_REL:
    print(f"{'  ' + k:18}{cnt[('lk',k,'dev')]:>5}{cnt[('lk',k,'test')]:>6}{tot('lk',k):>6}")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
