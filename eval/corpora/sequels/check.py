#!/usr/bin/env python3
"""Validate the sequels corpus: articles/ and gold.jsonl.  Standard library only.

Run:  python3 check.py   (exit status 0 = all checks pass)

Checks: every article parses, has exactly the keys id, title, text, outlet, published_at
(ISO date), url (.example), author, and id = file stem (sq<NN>_<outlet_slug>); 250-450 words;
dateline; gold ids unique and sq-<story>-NN; split by story (A, B dev; C, D test) and every
source of a row belongs to the row's story; every evidence sentence occurs verbatim in its
article and its article is a source; every source is cited by evidence; for answerable rows
every fact alternative list has at least one alternative (case-insensitive) in the evidence
sentences; unanswerable rows have facts [], sources [] and no evidence; and the phrase each
unanswerable row's anchor would need (NEVER_HAPPENED) is not told as done in the story.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = []
err = ERRORS.append

# story -> (article numbers, split); fixed when the set was written, before any run
STORIES = {
    "a": (range(1, 4), "dev"),     # Quennock maths exam leak, March 2030
    "b": (range(4, 7), "dev"),     # Skelda Moor wind farm, May 2030
    "c": (range(7, 10), "test"),   # St Brannoc's children's heart unit, Sept. 2030
    "d": (range(10, 13), "test"),  # University of Tolvern languages school, Nov. 2030
}
KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}

# unanswerable rows: a pattern that must NOT match any article of the story (the anchor never
# happened there as a done thing), and one that must match (the threat / plan / denial / future
# event that stands in its place)
NEVER_HAPPENED = {
    "sq-a-07": (r"Pennick (intervened|stepped in)|minister (intervened|stepped in)", r"would not intervene"),
    "sq-a-08": (r"Hulvane Print (has )?(sued|took|taken|went|filed|launched)", r"We will take this to court after Easter"),
    "sq-b-07": (r"(took|taken|went) the council to court|(court|judge) (ruled|quashed|overturned)", r"We will go to the courts after"),
    "sq-b-08": (r"inquiry (found|concluded|recommended|ended|closed)|minister (decided|approved|refused|rejected)", r"will open on Sept\. 17"),
    "sq-c-07": (r"inquiry (reported|found|concluded|published its report)", r"due to report by the end of March"),
    "sq-c-08": (r"(?<!if the unit )was closed for good|has been closed for good|closed permanently|shut for good", r"if the unit was closed for good"),
    "sq-d-07": (r"court (ordered|granted|refused|ruled)|(?<!never )sought a court order|(obtained|was granted) a court order", r"never sought a court order"),
    "sq-d-08": (r"accountants(') review (found|concluded|showed|was published)|council (decided|voted) (to keep|to close|in February)", r"which is due in February"),
}


def story_of_article(aid):
    m = re.match(r"sq(\d{2})_", aid or "")
    if not m:
        return None
    n = int(m.group(1))
    return next((s for s, (nums, _) in STORIES.items() if n in nums), None)


# ---------------------------------------------------------------- articles
ARTS = {}
adir = os.path.join(HERE, "articles")
for fn in sorted(os.listdir(adir)):
    if not fn.endswith(".json"):
        err(f"articles/{fn}: not a .json file")
        continue
    try:
        with open(os.path.join(adir, fn), encoding="utf-8") as fh:
            a = json.load(fh)
    except Exception as e:  # noqa: BLE001
        err(f"articles/{fn}: does not parse: {e}")
        continue
    stem = fn[:-5]
    if set(a) != KEYS:
        err(f"{fn}: keys {sorted(a)} != {sorted(KEYS)}")
    for k in KEYS:
        if not isinstance(a.get(k), str) or not a.get(k):
            err(f"{fn}: empty or non-string {k}")
    if a.get("id") != stem:
        err(f"{fn}: id {a.get('id')!r} != file stem")
    if not re.fullmatch(r"sq\d{2}_[a-z0-9_]+", stem):
        err(f"{fn}: id is not sq<NN>_<outlet_slug>")
    try:
        dt.date.fromisoformat(a.get("published_at", ""))
    except (TypeError, ValueError):
        err(f"{fn}: published_at {a.get('published_at')!r} is not an ISO date")
    if not re.match(r"^https://www\.[a-z0-9-]+\.example/", a.get("url", "")):
        err(f"{fn}: url is not https://www.<outlet>.example/...")
    text = a.get("text", "")
    if not 250 <= len(text.split()) <= 450:
        err(f"{fn}: {len(text.split())} words (want 250-450)")
    if not re.match(r"^[A-Z]{3,} — ", text):
        err(f"{fn}: text does not open with a dateline 'TOWN — '")
    if story_of_article(stem) is None:
        err(f"{fn}: belongs to no story")
    ARTS[stem] = a
if len(ARTS) != 12:
    err(f"{len(ARTS)} articles (want 12)")
for s, (nums, _) in STORIES.items():
    ids = [k for k in ARTS if story_of_article(k) == s]
    outlets = {ARTS[k]["outlet"] for k in ids}
    if len(ids) != 3 or not 2 <= len(outlets) <= 4:
        err(f"story {s}: {len(ids)} articles, {len(outlets)} outlets (want 3 and 2-4)")

# ---------------------------------------------------------------- gold
rows, seen = [], set()
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as fh:
    for i, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"gold.jsonl line {i}: {e}")
count = {}
for r in rows:
    cid = r.get("id")
    if cid in seen:
        err(f"duplicate id {cid}")
    seen.add(cid)
    m = re.fullmatch(r"sq-([a-d])-(\d{2})", cid or "")
    if not m:
        err(f"{cid}: id is not sq-<story>-NN")
        continue
    story = m.group(1)
    count.setdefault(story, {"n": 0, "un": 0})["n"] += 1
    want = {"id", "type", "split", "question", "facts", "sources", "answerable"}
    if r.get("answerable"):
        want = want | {"evidence"}
    if set(r) != want:
        err(f"{cid}: keys {sorted(r)} != {sorted(want)}")
    if r.get("type") != "before_after":
        err(f"{cid}: type {r.get('type')!r}")
    if r.get("split") != STORIES[story][1]:
        err(f"{cid}: split {r.get('split')!r}, story {story} is {STORIES[story][1]}")
    if not isinstance(r.get("question"), str) or not r["question"].endswith("?"):
        err(f"{cid}: question is not a question")
    srcs = r.get("sources", [])
    for s in srcs:
        if s not in ARTS:
            err(f"{cid}: unknown source {s}")
        elif story_of_article(s) != story:
            err(f"{cid}: source {s} is not an article of story {story}")
    if not r.get("answerable"):
        count[story]["un"] += 1
        if r.get("facts") != [] or srcs != []:
            err(f"{cid}: unanswerable row must have facts [] and sources []")
        if cid not in NEVER_HAPPENED:
            err(f"{cid}: unanswerable row without a NEVER_HAPPENED entry")
        else:
            bad, stand_in = NEVER_HAPPENED[cid]
            story_text = "\n".join(a["text"] for k, a in ARTS.items() if story_of_article(k) == story)
            if re.search(bad, story_text):
                err(f"{cid}: the anchor is told as done in story {story}: {re.search(bad, story_text).group(0)!r}")
            if not re.search(stand_in, story_text):
                err(f"{cid}: the threat / plan / denial {stand_in!r} is not in story {story}")
        continue
    facts, ev = r.get("facts"), r.get("evidence")
    if not isinstance(facts, list) or not 1 <= len(facts) <= 3 or not all(isinstance(f, list) and f for f in facts):
        err(f"{cid}: facts must be 1-3 non-empty alternative lists")
        facts = []
    if not isinstance(ev, list) or not ev:
        err(f"{cid}: answerable row without evidence")
        ev = []
    sents = []
    for x in ev:
        aid, sent = x.get("article"), x.get("sentence", "")
        if set(x) != {"article", "sentence"}:
            err(f"{cid}: evidence keys {sorted(x)}")
        if aid not in srcs:
            err(f"{cid}: evidence article {aid} not in sources")
        if aid not in ARTS or sent not in ARTS[aid]["text"]:
            err(f"{cid}: evidence sentence not verbatim in {aid}: {sent[:70]!r}")
        sents.append(sent.lower())
    for s in srcs:
        if not any(x.get("article") == s for x in ev):
            err(f"{cid}: source {s} cited by no evidence sentence")
    for f in facts:
        if not any(alt.lower() in s for alt in f for s in sents):
            err(f"{cid}: no alternative of fact {f} occurs in the evidence")
for s in STORIES:
    c = count.get(s, {"n": 0, "un": 0})
    if not 7 <= c["n"] <= 9 or not 1 <= c["un"] <= 3:
        err(f"story {s}: {c['n']} questions, {c['un']} unanswerable (want 7-9, about 2)")
for cid in NEVER_HAPPENED:
    if cid not in seen:
        err(f"NEVER_HAPPENED names unknown case {cid}")

if ERRORS:
    print("\n".join(ERRORS))
    print(f"\nFAIL: {len(ERRORS)} problem(s)")
    sys.exit(1)
tot = {"dev": [0, 0], "test": [0, 0]}
for s, (_, sp) in STORIES.items():
    tot[sp][0] += count[s]["n"]
    tot[sp][1] += count[s]["un"]
print(f"OK: {len(ARTS)} articles, {len(rows)} gold cases "
      f"({sum(c['un'] for c in count.values())} unanswerable)")
for sp, (n, un) in tot.items():
    print(f"  {sp:4s} {n:2d} cases ({n - un} answerable, {un} unanswerable)")
