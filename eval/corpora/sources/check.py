#!/usr/bin/env python3
"""Validate the sources corpus: articles/ and gold.jsonl.

Standard library only.  Run:  python3 check.py   (prints OK, or the problems and exit status 1)

ATTRIBUTIONS below is the hand-made list (the same as README.md) of every attribution phrase in
every article and the source it credits.  The checks:

- articles: exactly the keys id, title, text, outlet, published_at, url, author; id = file stem;
  published_at is YYYY-MM-DD; url is https://www.<host>.example/ with the date in its path;
  250-450 words; paragraphs separated by a blank line; 8 articles, 3 events, 5+ outlets;
  every listed attribution phrase occurs in its article; 3-6 credited sources per article;
  no real news agency or broadcaster is named.
- gold.jsonl: the fields of eval/dataset.py; ids, types and counts per group; the split rule
  (dev/test alternate inside each group in file order, first dev; 16 + 16); every evidence
  sentence occurs verbatim in its article; every alias of an answerable case occurs in one of
  its evidence sentences; a source question's answer is the source that an attribution phrase
  inside its evidence sentence credits; at least 6 source questions are traps (another source
  is credited in the same or the neighbouring sentence); every unanswerable fact is stated in
  a sentence with no attribution phrase, next to a sentence that has one; a value question's
  sentence carries an attribution but its answer is not a source.
- names: no place, outlet, body or person invented here occurs in the sibling corpora under
  eval/corpora/ or in seeds/ (whole-word, case-insensitive grep).
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.dirname(HERE)
SEEDS = os.path.join(os.path.dirname(os.path.dirname(CORPORA)), "seeds")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


# =============================================================================
# the attribution table: article -> [(exact phrase in the text, credited source)]
# =============================================================================
ATTRIBUTIONS = {
    "sr01_orlan_wire": [
        ("according to the Civil Protection Directorate", "Civil Protection Directorate"),
        ("the Dorrin Seismological Institute said", "Dorrin Seismological Institute"),
        ("Korrel Television reported, citing staff at the district hospital", "Korrel Television"),
        ("told the Pellam News Agency", "Pellam News Agency"),
        ("the Defence Ministry said", "Defence Ministry"),
        ("said in a televised address", "Ansel Voortman"),
    ],
    "sr02_garrowby_sentinel": [
        ("the Dorrin Regional Health Authority said", "Dorrin Regional Health Authority"),
        ("according to the Civil Protection Directorate", "Civil Protection Directorate"),
        ("The directorate said", "Civil Protection Directorate"),
        ("the Amber Cross Society estimated", "Amber Cross Society"),
        ("her uncle told Korrel Television", "Korrel Television"),
        ("in an interview with Radio Tamsel", "Radio Tamsel"),
        ("the Brelvany Evening Dispatch reported", "Brelvany Evening Dispatch"),
    ],
    "sr03_radio_tamsel": [
        ("The Civil Protection Directorate put the death toll", "Civil Protection Directorate"),
        ("the Dorrin Regional Health Authority said", "Dorrin Regional Health Authority"),
        ("told Radio Tamsel", "Radio Tamsel"),
        ("the Brelvany Evening Dispatch reported", "Brelvany Evening Dispatch"),
        ("The education ministry said", "education ministry"),
        ("the Pellam News Agency reported", "Pellam News Agency"),
    ],
    "sr04_ferrowby_examiner": [
        ("according to the mine's owner, Bellkirk Copper", "Bellkirk Copper"),
        ("the Grennet Mine Safety Watch, a monitoring group that tracks accidents in the "
         "country's mines, said", "Grennet Mine Safety Watch"),
        ("Radio Ellwen reported", "Radio Ellwen"),
        ("told the Pellam News Agency", "Pellam News Agency"),
        ("Bellkirk Copper said in a statement", "Bellkirk Copper"),
    ],
    "sr05_orlan_wire": [
        ("the Grennet Mine Safety Watch said", "Grennet Mine Safety Watch"),
        ("told Orlan Wire", "Orlan Wire"),
        ("the Brelvany Evening Dispatch reported, citing two members of the committee",
         "Brelvany Evening Dispatch"),
        ("The Salvek Miners' Federation, the main union at the mine, said", "Salvek Miners' Federation"),
        ("said in an interview with Korrel Television", "Korrel Television"),
    ],
    "sr06_cinder_bay_mail": [
        ("Radio Ellwen reported", "Radio Ellwen"),
        ("the Grennet Mine Safety Watch said", "Grennet Mine Safety Watch"),
        ("the Pellam News Agency quoted Dr. Rudi Perl", "Pellam News Agency"),
        ("told the Cinder Bay Mail", "The Cinder Bay Mail"),
        ("according to the Pirsk Tribune", "Pirsk Tribune"),
    ],
    "sr07_apogee_review": [
        ("according to the company", "Vaskel Orbital"),
        ("the Ellory Coast Guard said", "Ellory Coast Guard"),
        ("told Apogee Review", "Apogee Review"),
        ("Korrel Television noted", "Korrel Television"),
        ("the Brelvany Financial Mirror reported", "Brelvany Financial Mirror"),
        ("The State Space Office said in a statement", "State Space Office"),
    ],
    "sr08_garrowby_sentinel": [
        ("Orlan Wire reported on Tuesday, citing an engineer", "Orlan Wire"),
        ("The State Space Office said", "State Space Office"),
        ("According to the Brelvany Financial Mirror", "Brelvany Financial Mirror"),
        ("said in an interview with Radio Tamsel", "Radio Tamsel"),
        ("The Ellory Coast Guard told the Garrowby Sentinel", "Ellory Coast Guard"),
        ("The state weather service said", "state weather service"),
    ],
}
EVENTS = {  # event -> article ids
    "Dorrin Highlands earthquake": ["sr01_orlan_wire", "sr02_garrowby_sentinel", "sr03_radio_tamsel"],
    "Tazmerin copper mine flood": ["sr04_ferrowby_examiner", "sr05_orlan_wire", "sr06_cinder_bay_mail"],
    "Corvid-3 launch failure": ["sr07_apogee_review", "sr08_garrowby_sentinel"],
}
# Names invented for this corpus; none may occur in the sibling corpora or in seeds/.
OWN_NAMES = [
    # places
    "Dorrin", "Kalvesh", "Sorrendale", "Brelvany", "Aldmark", "Monument Street", "Tazmerin", "Salvek",
    "Pirsk", "Cape Ellory", "Port Ellory", "Ellory",
    # outlets (publishing and credited)
    "Orlan Wire", "Orlan", "Garrowby Sentinel", "Garrowby", "Radio Tamsel", "Tamsel",
    "Ferrowby Examiner", "Ferrowby", "Cinder Bay Mail", "Cinder Bay", "Apogee Review",
    "Pellam News Agency", "Pellam", "Korrel Television", "Korrel", "Radio Ellwen", "Ellwen",
    "Brelvany Evening Dispatch", "Brelvany Financial Mirror", "Pirsk Tribune",
    # bodies and companies
    "Civil Protection Directorate", "Dorrin Seismological Institute", "Dorrin Regional Health Authority",
    "Amber Cross Society", "Amber Cross", "Grennet Mine Safety Watch", "Grennet", "Salvek Miners' Federation",
    "Bellkirk Copper", "Bellkirk", "Vaskel Orbital", "Vaskel", "State Space Office", "Ellory Coast Guard",
    "Corvid-3", "Corvid", "Thalwen-2", "Thalwen", "Brelvany Polytechnic",
    # people
    "Ilsabet Wren", "Voortman", "Hedda Lohm", "Lohm", "Graylin", "Jorund Sveck", "Sveck", "Dovrin",
    "Tavik", "Ilka Dorn", "Vilmark", "Aurel Halm", "Ivensk", "Rudi Perl", "Ruisdal", "Rosalind Vethe",
    "Vethe", "Stian Sorne", "Marhold", "Dagny Orsel", "Orsel", "Corin Ashwell", "Oona Brekke", "Brekke",
    "Hanne Colquist", "Colquist", "Ewan Farquar", "Farquar", "Felix Aronow", "Aronow",
    # topics
    "earthquake", "copper mine", "miners", "rocket", "satellite",
]
REAL_OUTLETS = ["AFP", "Agence France", "Associated Press", "AP", "Reuters", "CNN", "BBC", "Bloomberg",
                "Xinhua", "TASS", "Al Jazeera", "Sky News", "NPR", "dpa", "ANSA", "EFE", "Kyodo",
                "Interfax", "Guardian", "New York Times", "Washington Post", "TF1"]

# =============================================================================
# articles
# =============================================================================
ARTICLE_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
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
    if not isinstance(a, dict) or set(a) != ARTICLE_KEYS:
        err(f"{fn}: keys {sorted(a) if isinstance(a, dict) else a!r} (want exactly {sorted(ARTICLE_KEYS)})")
        continue
    for k in ARTICLE_KEYS:
        if not isinstance(a[k], str) or not a[k].strip():
            err(f"{fn}: {k} is empty or not a string")
    if a["id"] != stem:
        err(f"{fn}: id {a['id']!r} != file stem")
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published_at"]):
            raise ValueError
        dt.date.fromisoformat(a["published_at"])
    except Exception:  # noqa: BLE001
        err(f"{fn}: published_at {a['published_at']!r} is not YYYY-MM-DD")
    if not re.match(r"^https://www\.[a-z0-9-]+\.example/", a["url"]):
        err(f"{fn}: url {a['url']!r} is not https://www.<host>.example/...")
    if a["published_at"].replace("-", "/") not in a["url"]:
        err(f"{fn}: url does not carry the publication date")
    words = len(a["text"].split())
    if not 250 <= words <= 450:
        err(f"{fn}: {words} words (want 250-450)")
    if "\n\n" not in a["text"] or "\n\n\n" in a["text"]:
        err(f"{fn}: paragraphs must be separated by exactly one blank line")
    for name in REAL_OUTLETS:
        if re.search(r"\b" + re.escape(name) + r"\b", a["text"] + " " + a["title"]):
            err(f"{fn}: names the real outlet {name!r}")
    ARTS[stem] = a

if len(ARTS) != 8:
    err(f"{len(ARTS)} articles (want 8)")
if len({a["outlet"] for a in ARTS.values()}) < 5:
    err(f"only {len({a['outlet'] for a in ARTS.values()})} outlets (want 5+)")
if sorted(i for ids in EVENTS.values() for i in ids) != sorted(ARTS):
    err("EVENTS does not list every article exactly once")
for ev_name, ids in EVENTS.items():
    dates = [ARTS[i]["published_at"] for i in ids if i in ARTS]
    if dates != sorted(dates):
        err(f"event {ev_name}: articles not in publication order")
if set(ATTRIBUTIONS) != set(ARTS):
    err("ATTRIBUTIONS does not cover exactly the articles")
for aid, items in ATTRIBUTIONS.items():
    text = ARTS.get(aid, {}).get("text", "")
    for phrase, source in items:
        if phrase not in text:
            err(f"{aid}: attribution phrase not in text: {phrase!r}")
    n = len({s for _, s in items})
    if not 3 <= n <= 6:
        err(f"{aid}: {n} credited sources (want 3-6)")


# =============================================================================
# sentences
# =============================================================================
def sentences(text):
    out = []
    for para in text.split("\n\n"):
        p = para.replace("Dr. ", "Dr\u2024 ")
        for s in re.split(r'(?<=[.!?])\s+(?=["A-Z0-9])|(?<=[.!?]")\s+(?=["A-Z0-9])', p):
            out.append(s.replace("Dr\u2024 ", "Dr. "))
    return out


SENTS = {aid: sentences(a["text"]) for aid, a in ARTS.items()}
for aid, ss in SENTS.items():
    if " ".join(ss).split() != ARTS[aid]["text"].split():
        err(f"{aid}: sentence splitter lost text")


def sentence_index(aid, sentence):
    """Indices of the article's sentences that the evidence sentence covers."""
    return [i for i, s in enumerate(SENTS.get(aid, [])) if s in sentence or sentence in s]


def credits(aid, idx):
    """(phrase, source) pairs whose phrase lies in sentence idx of the article."""
    ss = SENTS.get(aid, [])
    if not 0 <= idx < len(ss):
        return []
    return [(p, s) for p, s in ATTRIBUTIONS.get(aid, []) if p in ss[idx]]


def low(s):
    return s.lower()


# =============================================================================
# gold.jsonl
# =============================================================================
GROUPS = {  # id prefix -> (type, number of cases)
    "src-fact": ("fact", 16),
    "src-follow": ("followup", 6),
    "src-unans": ("unanswerable", 6),
    "src-value": ("fact", 4),
}
REQUIRED = {"id", "question", "facts", "sources", "answerable", "type", "split"}
ALL_SOURCES = {low(s) for items in ATTRIBUTIONS.values() for _, s in items}
cases = []
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            cases.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            err(f"gold.jsonl line {n}: does not parse: {e}")

seen, per_group, traps = set(), {}, []
split_count = {"dev": 0, "test": 0}
for c in cases:
    cid = c.get("id", "?")
    if cid in seen:
        err(f"{cid}: duplicate id")
    seen.add(cid)
    missing = REQUIRED - set(c)
    if missing:
        err(f"{cid}: missing {sorted(missing)}")
        continue
    m = re.fullmatch(r"(src-[a-z]+)-(\d\d)", cid)
    if not m or m.group(1) not in GROUPS:
        err(f"{cid}: id is not src-fact-NN / src-follow-NN / src-unans-NN / src-value-NN")
        continue
    group = m.group(1)
    want_type, _ = GROUPS[group]
    if c["type"] != want_type:
        err(f"{cid}: type {c['type']!r} (want {want_type!r})")
    k = per_group.get(group, 0)
    per_group[group] = k + 1
    if int(m.group(2)) != k + 1:
        err(f"{cid}: ids of {group} not numbered 01, 02, ... in file order")
    want_split = "dev" if k % 2 == 0 else "test"
    if c["split"] != want_split:
        err(f"{cid}: split {c['split']!r} but the rule says {want_split}")
    if c["split"] in split_count:
        split_count[c["split"]] += 1
    if not isinstance(c["facts"], list) or not all(isinstance(f, list) for f in c["facts"]):
        err(f"{cid}: facts is not a list of alias lists")
        continue
    for s in c["sources"]:
        if s not in ARTS:
            err(f"{cid}: unknown source article {s}")
    for e in c.get("evidence") or []:
        a = ARTS.get(e.get("article"))
        if a is None:
            err(f"{cid}: evidence cites unknown article {e.get('article')}")
        elif not e.get("sentence") or e["sentence"] not in a["text"]:
            err(f"{cid}: evidence sentence not verbatim in {e['article']}: {e.get('sentence', '')[:60]!r}")
        if e.get("article") not in c["sources"]:
            err(f"{cid}: evidence article {e.get('article')} is not in sources")

    if group == "src-follow":
        h = c.get("history")
        if not isinstance(h, list) or not h or not all(isinstance(x, str) and x.strip() for x in h):
            err(f"{cid}: history must be a non-empty list of earlier questions")

    if group == "src-unans":
        if c["answerable"] is not False or c["facts"] or c["sources"]:
            err(f"{cid}: unanswerable cases need answerable false, facts [] and sources []")
        if c.get("evidence"):
            err(f"{cid}: unanswerable case carries evidence (use 'unattributed')")
        un = c.get("unattributed") or []
        if len(un) != 1:
            err(f"{cid}: needs exactly one 'unattributed' sentence")
            continue
        aid, sent = un[0].get("article"), un[0].get("sentence", "")
        if aid not in ARTS or not sent or sent not in ARTS[aid]["text"]:
            err(f"{cid}: unattributed sentence not verbatim in {aid}")
            continue
        idx = sentence_index(aid, sent)
        if len(idx) != 1:
            err(f"{cid}: unattributed sentence is not one sentence of {aid}")
            continue
        if credits(aid, idx[0]) or any(p in sent for p, _ in ATTRIBUTIONS[aid]):
            err(f"{cid}: the 'unattributed' sentence carries an attribution")
        if not (credits(aid, idx[0] - 1) or credits(aid, idx[0] + 1)):
            err(f"{cid}: no neighbouring sentence credits a source (no trap)")
        continue

    # answerable cases
    if c["answerable"] is not True:
        err(f"{cid}: answerable must be true")
    if len(c["facts"]) != 1 or not c["facts"][0]:
        err(f"{cid}: facts must be one non-empty alias list")
        continue
    if len(c["sources"]) != 1 or not c.get("evidence"):
        err(f"{cid}: needs one source article and evidence")
        continue
    aid = c["sources"][0]
    ev_sents = [e["sentence"] for e in c["evidence"]]
    for al in c["facts"][0]:
        if not any(low(al) in low(s) for s in ev_sents):
            err(f"{cid}: alias {al!r} occurs in none of its evidence sentences")
    idxs = sorted({i for s in ev_sents for i in sentence_index(aid, s)})
    if not idxs:
        err(f"{cid}: evidence sentence is not a sentence of {aid}")
        continue
    credited = {src for i in idxs for _, src in credits(aid, i)}
    answer = c["facts"][0][0]
    if group == "src-value":
        if not credited:
            err(f"{cid}: value question from a sentence without an attribution")
        if low(answer) in ALL_SOURCES or any(low(al) in low(s) for al in c["facts"][0] for s in credited):
            err(f"{cid}: a value question's answer must not be a source")
        continue
    if answer not in credited:
        err(f"{cid}: answer {answer!r} is not what its evidence sentence credits ({sorted(credited)})")
    if group == "src-fact":
        near = {src for i in idxs for j in (i - 1, i, i + 1) for _, src in credits(aid, j)}
        if near - {answer}:
            traps.append(cid)

for g, (_, need) in GROUPS.items():
    if per_group.get(g, 0) != need:
        err(f"{g}: {per_group.get(g, 0)} cases (want {need})")
if split_count != {"dev": 16, "test": 16}:
    err(f"split {split_count} (want 16 dev, 16 test)")
if len(traps) < 6:
    err(f"only {len(traps)} trap source questions (want 6+): {traps}")

# =============================================================================
# names must not occur in the sibling corpora or seeds/
# =============================================================================
roots = [os.path.join(CORPORA, d) for d in sorted(os.listdir(CORPORA))
         if d != os.path.basename(HERE) and os.path.isdir(os.path.join(CORPORA, d))]
if os.path.isdir(SEEDS):
    roots.append(SEEDS)
else:
    err(f"seeds directory not found at {SEEDS}")
patterns = [(n, re.compile(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", re.I)) for n in OWN_NAMES]
for root in roots:
    for dirpath, _, files in os.walk(root):
        for f in files:
            path = os.path.join(dirpath, f)
            try:
                with open(path, encoding="utf-8") as fh:
                    txt = fh.read()
            except Exception:  # noqa: BLE001
                continue
            for name, pat in patterns:
                if pat.search(txt):
                    err(f"name {name!r} also occurs in {os.path.relpath(path, os.path.dirname(CORPORA))}")
for a in ARTS.values():
    for field in ("outlet",):
        if a[field] not in " ".join(OWN_NAMES) and a[field].replace("The ", "") not in OWN_NAMES:
            err(f"{a['id']}: outlet {a[field]!r} is not in OWN_NAMES (so it is not grepped)")

# =============================================================================
if ERRORS:
    print("\n".join(ERRORS))
    print(f"\nFAIL: {len(ERRORS)} problem(s)")
    sys.exit(1)
counts = {}
for c in cases:
    counts.setdefault(c["id"].rsplit("-", 1)[0], {"dev": 0, "test": 0})[c["split"]] += 1
print(f"OK: {len(ARTS)} articles, {len({a['outlet'] for a in ARTS.values()})} outlets, "
      f"{len(cases)} gold cases ({split_count['dev']} dev, {split_count['test']} test), "
      f"{len(traps)} trap source questions")
for g in GROUPS:
    print(f"  {g:10s} ({GROUPS[g][0]:12s}) dev {counts[g]['dev']:2d}  test {counts[g]['test']:2d}")
