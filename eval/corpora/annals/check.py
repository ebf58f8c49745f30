#!/usr/bin/env python3
"""Validate the annals corpus: articles/ and gold.jsonl.

Standard library only.  Run:  python3 check.py   (exit status 0 = all checks pass)

What it checks (see README.md for the prose version):
  * every article parses, has exactly the expected keys, its id equals its file name, it has a
    dateline, 250-550 words, a .example URL carrying the publication date (dated articles);
  * the three stories: 8-9 articles each, >= 3 outlets, 3-6 weeks of dated reports, at most 2
    undated articles each;
  * a hand-written table of relative-day phrases (DATED_PHRASES): each phrase occurs in its
    article, its weekday matches the date, and the date lies where the phrase says; every weekday
    name in a dated article is covered by the table;
  * a hand-written table of every changing value (VALUES): each value is written in its article;
    every as_of answer is the newest value published on or before the as_of date; every latest
    answer is the newest value and its `earlier` list is exactly the earlier distinct values with
    the publication date of the first report of each; "value at the time of an event" and
    before/after answers agree with the dated phrases;
  * gold rows: schema per type, ids, split by story (A and B dev, C test), evidence sentences
    verbatim, every source cited by evidence, at least one alias of each answer in an evidence
    sentence and every alias in a source (allowing the spellings listed in alias_ok), timeline
    events sorted on distinct days and anchored in their articles, unanswerable cases really not
    answered by the corpus.
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
        return isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is not None and bool(D(s))
    except ValueError:
        return False


# =============================================================================
# stories and the split rule (fixed when the data was written, before any run)
# =============================================================================
STORIES = {  # story -> (article numbers, split)
    "A": (range(1, 10), "dev"),    # Orsington City Council ransomware attack, Feb.-March 2028
    "B": (range(10, 18), "dev"),   # Brisenholm Wildlife Park macaque escape, April-May 2028
    "C": (range(18, 27), "test"),  # Tallowmere chlorine leak, Sept.-Oct. 2028
}
ARTICLE_KEYS = {"id", "title", "text", "outlet", "published_at", "url", "author"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


def story_of(aid):
    m = re.match(r"an(\d{2})_", aid or "")
    if not m:
        return None
    n = int(m.group(1))
    for s, (nums, _) in STORIES.items():
        if n in nums:
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
    except Exception as e:  # noqa: BLE001
        err(f"articles/{fn}: does not parse: {e}")
        continue
    stem = fn[:-5]
    keys = set(a)
    if keys - ARTICLE_KEYS or (ARTICLE_KEYS - {"published_at"}) - keys:
        err(f"{fn}: keys {sorted(keys)}")
    if a.get("id") != stem:
        err(f"{fn}: id {a.get('id')!r} != file stem")
    if not re.fullmatch(r"an\d{2}_[a-z0-9_]+", stem):
        err(f"{fn}: id is not an<NN>_<outlet_slug>")
    if "published_at" in a and not is_iso(a["published_at"]):
        err(f"{fn}: bad published_at {a['published_at']!r} (an undated article has no published_at key)")
    url = a.get("url", "")
    if not re.match(r"^https://www\.[a-z0-9-]+\.example/", url):
        err(f"{fn}: url {url!r} is not https://www.<outlet>.example/...")
    if "published_at" in a and is_iso(a["published_at"]) and a["published_at"].replace("-", "/") not in url:
        err(f"{fn}: url does not carry the publication date")
    text = a.get("text", "")
    words = len(text.split())
    if not 250 <= words <= 550:
        err(f"{fn}: {words} words (want 250-550)")
    if "\n\n" not in text:
        err(f"{fn}: text has no paragraph breaks")
    if not re.match(r"^[A-Z]{3,}(, [A-Z][a-z]+\.? \d{1,2})?( \([A-Za-z]+\))? — ", text):
        err(f"{fn}: text does not open with a dateline 'TOWN — '")
    for k in ("title", "outlet", "author"):
        if not isinstance(a.get(k), str) or not a.get(k):
            err(f"{fn}: empty {k}")
    if story_of(stem) is None:
        err(f"{fn}: belongs to no story")
    ARTS[stem] = a


def pub(aid):
    p = ARTS.get(aid, {}).get("published_at")
    return D(p) if p and is_iso(p) else None


if not 24 <= len(ARTS) <= 27:
    err(f"{len(ARTS)} articles (want 24-27)")
undated = sorted(k for k, a in ARTS.items() if "published_at" not in a)
for s in STORIES:
    ids = sorted(k for k in ARTS if story_of(k) == s)
    if not 8 <= len(ids) <= 9:
        err(f"story {s}: {len(ids)} articles (want 8-9)")
    outlets = {ARTS[k]["outlet"] for k in ids}
    if len(outlets) < 3:
        err(f"story {s}: only {len(outlets)} outlets")
    und = [k for k in ids if k in undated]
    if len(und) > 2:
        err(f"story {s}: {len(und)} undated articles (want at most 2)")
    dates = [pub(k) for k in ids if pub(k)]
    span = (max(dates) - min(dates)).days if dates else 0
    if not 21 <= span <= 42:
        err(f"story {s}: dated reports span {span} days (want 3-6 weeks)")
    # dated ids are in publication order
    dated_ids = [k for k in ids if pub(k)]
    if [pub(k) for k in dated_ids] != sorted(pub(k) for k in dated_ids):
        err(f"story {s}: article numbers are not in publication order")

# =============================================================================
# relative days in the dated articles
# =============================================================================
# (article, phrase copied from its text, kind, the date it refers to)
#   past      a bare weekday, 0-6 days before publication
#   future    a bare weekday, 0-6 days after publication (sentence says will / would / due / planned)
#   last      "last <weekday>", 1-7 days before publication
#   next      "next <weekday>", 1-7 days after publication
#   yesterday / lastnight   publication - 1
#   today                  publication day
#   weekago                publication - 7
DATED_PHRASES = [
    # story A
    ("an01_orsington_herald", "the early hours of Thursday", "past", "2028-02-03"),
    ("an01_orsington_herald", "Guildhall yesterday afternoon", "yesterday", "2028-02-03"),
    ("an01_orsington_herald", "offline last night", "lastnight", "2028-02-03"),
    ("an01_orsington_herald", "responsibility by last night", "lastnight", "2028-02-03"),
    ("an01_orsington_herald", "certificates yesterday", "yesterday", "2028-02-03"),
    ("an01_orsington_herald", "weddings booked for today", "today", "2028-02-04"),
    ("an02_tidemark_press", "$3.1 million, the council said on Monday", "past", "2028-02-07"),
    ("an02_tidemark_press", "leak site on Sunday", "past", "2028-02-06"),
    ("an02_tidemark_press", "firm it hired on Thursday", "past", "2028-02-03"),
    ("an02_tidemark_press", "discovered early on Thursday", "past", "2028-02-03"),
    ("an02_tidemark_press", "restored on Saturday", "past", "2028-02-05"),
    ("an02_tidemark_press", "said on Friday that backup", "past", "2028-02-04"),
    ("an03_nrt_news", "leak site on Tuesday night", "past", "2028-02-08"),
    ("an03_nrt_news", "discovered early last Thursday", "last", "2028-02-03"),
    ("an03_nrt_news", "That's all from us today", "today", "2028-02-09"),
    ("an04_packetwise", "summary of the report on Friday", "past", "2028-02-11"),
    ("an04_packetwise", "Packetwise on Saturday", "past", "2028-02-12"),
    ("an04_packetwise", "will run out on Wednesday", "future", "2028-02-16"),
    ("an04_packetwise", "By Friday 14", "past", "2028-02-11"),
    ("an04_packetwise", "up from nine on Wednesday", "past", "2028-02-09"),
    ("an05_orsington_herald", "resigned on Thursday", "past", "2028-02-17"),
    ("an05_orsington_herald", "statement on Thursday evening", "past", "2028-02-17"),
    ("an05_orsington_herald", "ran out on Wednesday", "past", "2028-02-16"),
    ("an05_orsington_herald", "working again by yesterday", "yesterday", "2028-02-17"),
    ("an05_orsington_herald", "will meet on Tuesday", "future", "2028-02-22"),
    ("an06_daily_forum", "councillors were told on Tuesday", "past", "2028-02-22"),
    ("an07_tidemark_press", "the council said on Monday the leaked", "past", "2028-02-28"),
    ("an07_tidemark_press", "leak site on Saturday", "past", "2028-02-26"),
    ("an07_tidemark_press", "Monday had been the council's original target", "past", "2028-02-28"),
    ("an07_tidemark_press", "the council said on Monday that it", "past", "2028-02-28"),
    ("an07_tidemark_press", "said on Friday that it had opened", "past", "2028-02-25"),
    ("an08_halfpenny_review", "By Thursday, 41", "past", "2028-03-09"),
    ("an08_halfpenny_review", "published on Wednesday", "past", "2028-03-08"),
    ("an08_halfpenny_review", "On Thursday the council put back", "past", "2028-03-09"),
    # story B
    ("an10_brisenholm_gazette", "during Wednesday night's storm", "past", "2028-04-05"),
    ("an10_brisenholm_gazette", "Wednesday night's storm brought", "past", "2028-04-05"),
    ("an10_brisenholm_gazette", "7 a.m. yesterday", "yesterday", "2028-04-06"),
    ("an10_brisenholm_gazette", "By last night two", "lastnight", "2028-04-06"),
    ("an10_brisenholm_gazette", "hotline yesterday", "yesterday", "2028-04-06"),
    ("an10_brisenholm_gazette", "reported by last night", "lastnight", "2028-04-06"),
    ("an10_brisenholm_gazette", "breakfast time yesterday", "yesterday", "2028-04-06"),
    ("an11_nrt_news", "head count on Sunday", "past", "2028-04-09"),
    ("an11_nrt_news", "caught on Saturday", "past", "2028-04-08"),
    ("an11_nrt_news", "the park said on Monday", "past", "2028-04-10"),
    ("an11_nrt_news", "Two of Saturday's captures", "past", "2028-04-08"),
    ("an11_nrt_news", "filmed on Saturday morning", "past", "2028-04-08"),
    ("an12_tidemark_press", "it said on Wednesday", "past", "2028-04-12"),
    ("an12_tidemark_press", "caught on Tuesday", "past", "2028-04-11"),
    ("an12_tidemark_press", "The park said on Tuesday", "past", "2028-04-11"),
    ("an12_tidemark_press", "would visit the park on Friday", "future", "2028-04-14"),
    ("an13_nrt_news", "caught today", "today", "2028-04-15"),
    ("an13_nrt_news", "bypass on Thursday night", "past", "2028-04-13"),
    ("an13_nrt_news", "spent yesterday at the park", "yesterday", "2028-04-14"),
    ("an13_nrt_news", "Today should have been the day", "today", "2028-04-15"),
    ("an14_brisenholm_gazette", "trustees on Wednesday", "past", "2028-04-19"),
    ("an14_brisenholm_gazette", "caught on Monday", "past", "2028-04-17"),
    ("an15_daily_forum", "the park said on Tuesday", "past", "2028-04-25"),
    ("an15_daily_forum", "caught on Sunday", "past", "2028-04-23"),
    ("an15_daily_forum", "to the park on Monday", "past", "2028-04-24"),
    ("an16_halfpenny_review", "On Tuesday, a young female", "past", "2028-05-02"),
    ("an16_halfpenny_review", "resigned on Thursday", "past", "2028-05-04"),
    ("an16_halfpenny_review", "next Saturday, May 13", "next", "2028-05-13"),
    # story C
    ("an18_tidemark_press", "early on Wednesday", "past", "2028-09-13"),
    ("an18_tidemark_press", "will be closed on Thursday", "future", "2028-09-14"),
    ("an19_nrt_news", "until at least Monday, Sept. 18", "future", "2028-09-18"),
    ("an19_nrt_news", "since last night", "lastnight", "2028-09-13"),
    ("an19_nrt_news", "21:30 last night", "lastnight", "2028-09-13"),
    ("an20_tallowmere_times", "plant on Thursday evening", "past", "2028-09-14"),
    ("an20_tallowmere_times", "home on Friday afternoon", "past", "2028-09-15"),
    ("an20_tallowmere_times", "on their own on Thursday", "past", "2028-09-14"),
    ("an20_tallowmere_times", "will not reopen on Monday as hoped", "future", "2028-09-18"),
    ("an20_tallowmere_times", "The council said on Friday", "past", "2028-09-15"),
    ("an20_tallowmere_times", "will reopen on Monday", "future", "2028-09-18"),
    ("an20_tallowmere_times", "sofa since Wednesday", "past", "2028-09-13"),
    ("an21_daily_forum", "apologised on Monday", "past", "2028-09-18"),
    ("an21_daily_forum", "scheme that opened on Monday", "past", "2028-09-18"),
    ("an22_tallowmere_times", "soil tests on Thursday", "past", "2028-09-21"),
    ("an22_tallowmere_times", "had been due to reopen on Monday", "future", "2028-09-25"),
    ("an22_tallowmere_times", "2,400 a week ago", "weekago", "2028-09-16"),
    ("an22_tallowmere_times", "allowed back on Wednesday", "past", "2028-09-20"),
    ("an23_tidemark_press", "$6 million, it said on Wednesday", "past", "2028-09-27"),
    ("an23_tidemark_press", "resigned on Tuesday", "past", "2028-09-26"),
    ("an23_tidemark_press", "Agency said on Tuesday", "past", "2028-09-26"),
    ("an24_nrt_news", "the fire service said on Monday", "past", "2028-10-02"),
    ("an24_nrt_news", "allowed back on Sunday", "past", "2028-10-01"),
    ("an24_nrt_news", "the board said on Monday", "past", "2028-10-02"),
    ("an25_halfpenny_review", "On Thursday the company", "past", "2028-10-05"),
    ("an25_halfpenny_review", "On Friday the council", "past", "2028-10-06"),
]
PHRASE_DATE = {}
covered = {}
for aid, phrase, kind, date in DATED_PHRASES:
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
    if not is_iso(date):
        err(f"{aid}: bad date {date}")
        continue
    d = D(date)
    PHRASE_DATE[(aid, phrase)] = d
    wds = WD_RE.findall(phrase)
    if kind in ("past", "future", "last", "next"):
        if not wds:
            err(f"{aid}: phrase {phrase!r} names no weekday")
            continue
        if WEEKDAYS[d.weekday()] != wds[-1]:
            err(f"{aid}: {date} is a {WEEKDAYS[d.weekday()]}, not a {wds[-1]} ({phrase!r})")
        delta = (d - p).days if kind in ("future", "next") else (p - d).days
        lo, hi = (0, 6) if kind in ("past", "future") else (1, 7)
        if not lo <= delta <= hi:
            err(f"{aid}: {phrase!r} -> {date} is not {lo}-{hi} days {kind} of {p}")
    elif kind in ("yesterday", "lastnight"):
        if d != p - dt.timedelta(days=1):
            err(f"{aid}: {kind} phrase {phrase!r} -> {date} but pub is {p}")
    elif kind == "today":
        if d != p:
            err(f"{aid}: 'today' phrase {phrase!r} -> {date} but pub is {p}")
    elif kind == "weekago":
        if d != p - dt.timedelta(days=7):
            err(f"{aid}: 'a week ago' phrase {phrase!r} -> {date} but pub is {p}")
    else:
        err(f"{aid}: unknown kind {kind}")
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


def dates_in(aid):
    """Every date an article pins down: publication day and its dated phrases."""
    out = {d for (x, _), d in PHRASE_DATE.items() if x == aid}
    if pub(aid):
        out.add(pub(aid))
    return out


# =============================================================================
# alias matching
# =============================================================================
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
        80: "eighty", 90: "ninety"}


def num_word(n):
    if n < 20:
        return UNITS[n]
    if n < 100:
        t, u = n - n % 10, n % 10
        return TENS[t] + ("-" + UNITS[u] if u else "")
    return None


WORD_NUM = {num_word(n): n for n in range(100)}
MONTHS = {"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
          "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
          "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
          "november": 11, "dec": 12, "december": 12}
MD_RE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.? (\d{1,2})\b", re.I)


def month_days(text):
    return {(MONTHS[m.group(1).lower()], int(m.group(2))) for m in MD_RE.finditer(text)}


def canon(alias):
    """A comparable form of an answer alias."""
    s = alias.strip()
    m = re.fullmatch(r"\$?(\d+(?:\.\d+)?) ?(million|mln|m)", s, re.I)
    if m:
        return ("millions", float(m.group(1)))
    m = re.fullmatch(r"(\$?)(\d{1,3}(?:,\d{3})+|\d+)", s)
    if m:
        return ("money" if m.group(1) else "num", int(m.group(2).replace(",", "")))
    if s.lower() in WORD_NUM:
        return ("num", WORD_NUM[s.lower()])
    m = MD_RE.fullmatch(s)
    if m:
        return ("md", MONTHS[m.group(1).lower()], int(m.group(2)))
    return ("text", s.lower())


def number_in(n, text, dollar=False):
    forms = {str(n), f"{n:,}"}
    pre = r"\$" if dollar else r"(?<![\w.,])"
    for f in forms:
        if re.search(pre + re.escape(f) + r"(?![\w]|[.,]\d)", text):
            return True
    w = num_word(n) if not dollar and n < 100 else None
    return bool(w and re.search(r"\b" + w + r"\b", text, re.I))


def alias_ok(alias, texts, extra_dates=()):
    """True if the alias occurs in one of the texts, case-insensitively.

    Also accepted: a number with or without its thousands comma or as a number word ("41" /
    "forty-one", "18000" / "18,000"); an amount in millions written "$3.2 million", "3.2 million",
    "$3.2m" or "$3.2 mln"; another spelling of a month-day ("Sept. 13" / "September 13"); and a
    month-day that a dated phrase of the cited article resolves to (extra_dates)."""
    c = canon(alias)
    if c[0] == "millions":
        v = c[1]
        vs = {f"{v:g}", f"{v:.1f}"}
        pat = r"\$?(" + "|".join(re.escape(x) for x in vs) + r") ?(million|mln|m)\b"
        return any(re.search(pat, t, re.I) for t in texts)
    if c[0] in ("num", "money"):
        return any(number_in(c[1], t, dollar=c[0] == "money") for t in texts)
    if c[0] == "md":
        md = (c[1], c[2])
        if any(md in month_days(t) for t in texts):
            return True
        return any((d.month, d.day) == md for d in extra_dates)
    return any(alias.lower() in t.lower() for t in texts)


def same_value(a1, a2):
    return canon(a1) == canon(a2)


def texts_of(ids):
    return [ARTS[i]["text"] + "\n" + ARTS[i]["title"] for i in ids if i in ARTS]


# =============================================================================
# every changing value, hand-written: figure -> [(article, value, snippet of the article)]
# =============================================================================
VALUES = {
    # --- A: Orsington ransomware
    "a_data_stolen": [
        ("an03_nrt_news", "18,000", "personal details of about 18,000 residents"),
        ("an04_packetwise", "46,000", "were stolen to 46,000"),
        ("an05_orsington_herald", "46,000", "personal details of 46,000 residents"),
        ("an06_daily_forum", "46,000", "all 46,000 residents whose details were stolen"),
        ("an07_tidemark_press", "61,500", "leaked records covered 61,500 residents"),
        ("an08_halfpenny_review", "61,500", "the 61,500 residents whose details were leaked"),
    ],
    "a_services_restored": [
        ("an03_nrt_news", "9", "services restored to nine, out of 58"),
        ("an04_packetwise", "14", "By Friday 14 of the council's 58 online services were running again"),
        ("an05_orsington_herald", "23", "23 of its 58 online services were working again"),
        ("an08_halfpenny_review", "41", "By Thursday, 41 were green"),
    ],
    "a_payments_return": [
        ("an02_tidemark_press", "Feb. 28", "restore online council-tax payments by Feb. 28"),
        ("an04_packetwise", "Feb. 28", "online council-tax payments to return by Feb. 28"),
        ("an05_orsington_herald", "Feb. 28", "Online council-tax payments are still due to return by Feb. 28"),
        ("an06_daily_forum", "March 13", "council tax online until March 13"),
        ("an07_tidemark_press", "March 13", "put back last week to March 13"),
        ("an08_halfpenny_review", "March 27", "from March 13 to March 27"),
    ],
    "a_cost": [
        ("an03_nrt_news", "$1.8 million", "first estimate of the cost: $1.8 million"),
        ("an06_daily_forum", "$3.2 million", "has risen to $3.2 million"),
        ("an07_tidemark_press", "$3.2 million", "last put at $3.2 million"),
        ("an08_halfpenny_review", "$4.7 million", "put the bill at $4.7 million"),
    ],
    "a_cio": [
        ("an01_orsington_herald", "Emlyn Castellane", "Emlyn Castellane, the council's chief information officer"),
        ("an02_tidemark_press", "Emlyn Castellane", "Emlyn Castellane, the council's chief information officer"),
        ("an04_packetwise", "Emlyn Castellane", "Emlyn Castellane, the council's chief information officer"),
        ("an05_orsington_herald", "Ingrid Lindqvist", "has taken over as interim chief information officer"),
        ("an06_daily_forum", "Ingrid Lindqvist", "Ingrid Lindqvist, the interim chief information officer"),
        ("an07_tidemark_press", "Ingrid Lindqvist", "interim chief information officer Ingrid Lindqvist"),
        ("an08_halfpenny_review", "Ingrid Lindqvist", "Ingrid Lindqvist, who became interim chief information officer"),
    ],
    "a_ransom": [
        ("an02_tidemark_press", "$3.1 million", "is demanding $3.1 million"),
        ("an03_nrt_news", "$3.1 million", "Nightjar is demanding $3.1 million"),
        ("an04_packetwise", "$3.1 million", "will not pay the $3.1 million"),
        ("an07_tidemark_press", "$3.1 million", "$3.1 million ransom"),
        ("an08_halfpenny_review", "$3.1 million", "which demanded $3.1 million"),
    ],
    # --- B: Brisenholm macaques
    "b_escaped": [
        ("an10_brisenholm_gazette", "15", "Fifteen Barbary macaques escaped"),
        ("an11_nrt_news", "17", "Seventeen Barbary macaques escaped"),
        ("an12_tidemark_press", "17", "the escape of 17 Barbary macaques"),
        ("an13_nrt_news", "17", "Five of the 17 are still at large"),
        ("an14_brisenholm_gazette", "17", "13 of the 17 that escaped"),
        ("an15_daily_forum", "17", "since 17 Barbary macaques escaped"),
        ("an16_halfpenny_review", "17", "15 of the 17 that escaped"),
    ],
    "b_at_large": [
        ("an10_brisenholm_gazette", "13", "leaving 13 at large"),
        ("an11_nrt_news", "11", "That leaves 11 still at large"),
        ("an12_tidemark_press", "9", "Nine are still at large"),
        ("an13_nrt_news", "5", "Five of the 17 are still at large"),
        ("an14_brisenholm_gazette", "3", "Three are still at large"),
        ("an15_daily_forum", "2", "Two are still at large"),
        ("an16_halfpenny_review", "1", "That leaves one"),
    ],
    "b_recaptured": [
        ("an10_brisenholm_gazette", "2", "two of the monkeys had been caught"),
        ("an11_nrt_news", "6", "bringing the number recaptured to six"),
        ("an12_tidemark_press", "8", "bringing the number recaptured to eight"),
        ("an13_nrt_news", "11", "bringing the number recaptured to 11"),
        ("an14_brisenholm_gazette", "13", "bringing the number recaptured to 13"),
        ("an15_daily_forum", "14", "bringing the number recaptured to 14"),
        ("an16_halfpenny_review", "15", "bringing the number recaptured to 15"),
    ],
    "b_reopening": [
        ("an10_brisenholm_gazette", "April 15", "will stay closed until April 15"),
        ("an11_nrt_news", "April 15", "Its plan to reopen on April 15 is \"under review\""),
        ("an12_tidemark_press", "April 29", "from April 15 to April 29"),
        ("an14_brisenholm_gazette", "April 29", "still planned to reopen on April 29"),
        ("an15_daily_forum", "May 13", "will not reopen until May 13"),
        ("an16_halfpenny_review", "May 13", "reopen next Saturday, May 13"),
    ],
    "b_in_charge": [
        ("an10_brisenholm_gazette", "Oswin Tredgold", "park director Dr. Oswin Tredgold"),
        ("an11_nrt_news", "Oswin Tredgold", "Director Dr. Oswin Tredgold"),
        ("an12_tidemark_press", "Oswin Tredgold", "Park director Dr. Oswin Tredgold"),
        ("an14_brisenholm_gazette", "Imelda Sedgefield", "will run the park as acting director"),
        ("an15_daily_forum", "Imelda Sedgefield", "acting director Imelda Sedgefield"),
        ("an16_halfpenny_review", "Imelda Sedgefield", "remains acting director"),
    ],
    "b_search_cost": [
        ("an14_brisenholm_gazette", "$64,000", "The search has cost the park $64,000 so far"),
        ("an15_daily_forum", "$118,000", "nearly doubled in a week to $118,000"),
        ("an16_halfpenny_review", "$152,000", "The search bill now stands at $152,000"),
    ],
    # --- C: Tallowmere chlorine leak
    "c_out_of_homes": [
        ("an18_tidemark_press", "3,100", "About 3,100 people were evacuated"),
        ("an19_nrt_news", "8,900", "about 8,900 people have now been evacuated"),
        ("an20_tallowmere_times", "2,400", "about 2,400 people from some 1,050 homes"),
        ("an21_daily_forum", "2,400", "About 2,400 residents who live closest to the plant are still unable to return home"),
        ("an22_tallowmere_times", "640", "640 people from 270 homes nearest the plant are still out of their homes"),
        ("an23_tidemark_press", "640", "About 640 people living nearest the plant are still unable to return home"),
        ("an24_nrt_news", "85", "All but 85 of the people evacuated"),
        ("an25_halfpenny_review", "85", "one of the 85 residents still not home"),
    ],
    "c_treated": [
        ("an18_tidemark_press", "14", "Fourteen people were taken to Tallowmere General Hospital"),
        ("an19_nrt_news", "23", "bringing the total to 23"),
        ("an20_tallowmere_times", "31", "treated in hospital has risen to 31"),
        ("an21_daily_forum", "31", "Thirty-one people were treated in hospital"),
        ("an24_nrt_news", "34", "bringing the total treated to 34"),
        ("an25_halfpenny_review", "34", "In all, 34 people were treated"),
    ],
    "c_school_reopening": [
        ("an19_nrt_news", "Sept. 18", "stay closed until at least Monday, Sept. 18"),
        ("an20_tallowmere_times", "Sept. 25", "stay shut until Sept. 25"),
        ("an22_tallowmere_times", "Oct. 9", "will stay closed until Oct. 9"),
        ("an24_nrt_news", "Oct. 9", "still due to reopen on Oct. 9"),
        ("an25_halfpenny_review", "Oct. 16", "from Oct. 9 to Oct. 16"),
    ],
    "c_cost": [
        ("an21_daily_forum", "$6 million", "spend about $6 million"),
        ("an22_tallowmere_times", "$6 million", "unchanged at $6 million"),
        ("an23_tidemark_press", "$9.5 million", "to $9.5 million from $6 million"),
        ("an25_halfpenny_review", "$14 million", "for a second time, to $14 million"),
    ],
    "c_plant_manager": [
        ("an18_tidemark_press", "Maeve Barraclough", "Maeve Barraclough, the plant manager"),
        ("an21_daily_forum", "Maeve Barraclough", "Maeve Barraclough, the plant manager"),
        ("an23_tidemark_press", "Fergus Adeyemi", "will run the site as acting plant manager"),
        ("an24_nrt_news", "Fergus Adeyemi", "Fergus Adeyemi, the acting plant manager"),
        ("an25_halfpenny_review", "Fergus Adeyemi", "Her successor, Fergus Adeyemi"),
    ],
}
FIGURE_STORY = {}
for fig, rows in VALUES.items():
    for aid, val, snip in rows:
        a = ARTS.get(aid)
        if a is None:
            err(f"VALUES {fig}: unknown article {aid}")
            continue
        if pub(aid) is None:
            err(f"VALUES {fig}: {aid} is undated (undated articles give no as_of/latest value)")
        if snip not in a["text"]:
            err(f"VALUES {fig}: snippet not in {aid}: {snip!r}")
        elif canon(val)[0] == "text":
            if val not in a["text"]:  # a name: written in full somewhere in the article
                err(f"VALUES {fig}: name {val!r} not in {aid}")
        elif not alias_ok(val, [snip]):
            err(f"VALUES {fig}: value {val!r} not in its snippet {snip!r}")
        FIGURE_STORY.setdefault(fig, set()).add(story_of(aid))
    dates = [pub(a) for a, _, _ in rows if pub(a)]
    if dates != sorted(dates):
        err(f"VALUES {fig}: rows not in publication order")
for fig, st in FIGURE_STORY.items():
    if len(st) != 1:
        err(f"VALUES {fig}: rows from several stories")
for s in STORIES:
    changing = [f for f, rows in VALUES.items() if FIGURE_STORY.get(f) == {s}
                and len({canon(v) for _, v, _ in rows}) > 1]
    if len(changing) < 3:
        err(f"story {s}: only {len(changing)} values that change (want >= 3)")


def value_at(fig, day):
    """The newest value of fig published on or before day: (value, [articles]) or (None, [])."""
    rows = [(pub(a), v, a) for a, v, _ in VALUES[fig] if pub(a) and pub(a) <= day]
    if not rows:
        return None, []
    newest = max(r[0] for r in rows)
    vals = {canon(v) for d, v, _ in rows if d == newest}
    if len(vals) != 1:
        err(f"VALUES {fig}: two different values published on {newest}")
    v = [v for d, v, _ in rows if d == newest][0]
    arts = [a for d, vv, a in rows if same_value(vv, v)]
    return v, arts


def history(fig):
    """Distinct values in order of first report: [(value, first article, first date)]."""
    out = []
    for aid, v, _ in VALUES[fig]:
        if not out or not same_value(out[-1][0], v):
            if any(same_value(o[0], v) for o in out):
                err(f"VALUES {fig}: value {v} comes back after changing (history would be ambiguous)")
            out.append((v, aid, pub(aid)))
    return out


# which figure each as_of / latest case asks about
CASE_FIGURE = {
    "an-asof-01": "a_data_stolen", "an-asof-02": "a_services_restored", "an-asof-03": "a_cio",
    "an-asof-04": "a_payments_return", "an-asof-05": "a_cost", "an-asof-06": "a_ransom",
    "an-asof-07": "b_escaped", "an-asof-08": "b_at_large", "an-asof-09": "b_reopening",
    "an-asof-10": "b_search_cost", "an-asof-11": "b_search_cost",
    "an-asof-12": "c_out_of_homes", "an-asof-13": "c_out_of_homes", "an-asof-14": "c_school_reopening",
    "an-asof-15": "c_plant_manager", "an-asof-16": "c_cost", "an-asof-17": "c_cost",
    "an-latest-01": "a_data_stolen", "an-latest-02": "a_payments_return", "an-latest-03": "a_cost",
    "an-latest-04": "a_services_restored",
    "an-latest-06": "b_at_large", "an-latest-07": "b_reopening", "an-latest-08": "b_search_cost",
    "an-latest-09": "b_recaptured", "an-latest-10": "b_in_charge",
    "an-latest-11": "c_treated", "an-latest-12": "c_out_of_homes", "an-latest-13": "c_school_reopening",
    "an-latest-14": "c_cost",
}
# before/after cases: (subject event, other event, expected order of the subject); each event is
# (article, dated phrase).  The day fact of the case must name the subject event's day.
BA_ORDER = {
    "an-ba-01": (("an05_orsington_herald", "resigned on Thursday"),
                 ("an05_orsington_herald", "ran out on Wednesday"), "after"),
    "an-ba-02": (("an06_daily_forum", "councillors were told on Tuesday"),
                 ("an07_tidemark_press", "leak site on Saturday"), "before"),
    "an-ba-04": (("an14_brisenholm_gazette", "trustees on Wednesday"),
                 ("an15_daily_forum", "the park said on Tuesday"), "before"),
    "an-ba-06": (("an13_nrt_news", "bypass on Thursday night"),
                 ("an12_tidemark_press", "The park said on Tuesday"), "after"),
    "an-ba-07": (("an23_tidemark_press", "resigned on Tuesday"),
                 ("an22_tallowmere_times", "soil tests on Thursday"), "after"),
    "an-ba-09": (("an19_nrt_news", "21:30 last night"),
                 ("an20_tallowmere_times", "plant on Thursday evening"), "before"),
}
# "what was X when Y happened" cases: (figure, the event Y, the decision that set the next value).
# The answer is the newest value reported on or before Y's day, and the next value must have been
# decided (dated phrase of its report) after Y's day.
BA_VALUE = {
    "an-ba-03": ("a_cost", ("an05_orsington_herald", "resigned on Thursday"),
                 ("an06_daily_forum", "councillors were told on Tuesday")),
    "an-ba-05": ("b_reopening", ("an14_brisenholm_gazette", "trustees on Wednesday"),
                 ("an15_daily_forum", "the park said on Tuesday")),
    "an-ba-08": ("c_cost", ("an23_tidemark_press", "resigned on Tuesday"),
                 ("an23_tidemark_press", "$6 million, it said on Wednesday")),
}
# unanswerable cases: a regex that must match no article of the story (or, for an as_of case,
# no article published by then) - the corpus never gives the asked value
NEVER_GIVEN = {
    "an-asof-06": r"ransom[^.]*\$\d|\$\d[^.]*ransom|demand[^.]*\$\d",
    "an-latest-05": r"\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)"
                    r" (new |replacement )?(laptops|computers|machines)",
    "an-asof-11": r"search[^.]*\$\d|\$\d[^.]*search|cost[^.]*\$\d",
    "an-latest-15": r"paid[^.]*\$\d|\$\d[^.]*paid",
    "an-asof-17": r"\$\d",
}

# =============================================================================
# gold.jsonl
# =============================================================================
TYPES = {"as_of": "asof", "latest": "latest", "before_after": "ba", "timeline": "time", "fact": "fact"}
MIN_PER_STORY = {"as_of": 5, "latest": 4, "before_after": 3, "timeline": 1, "fact": 2}
ORDER_WORDS = {"before", "after"}
COMMON = {"id", "type", "split", "question", "facts", "sources", "answerable"}

cases = []
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            cases.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            err(f"gold.jsonl line {n}: does not parse: {e}")


def case_story(c):
    ids = set(c.get("sources", []))
    ids |= {e.get("article") for e in c.get("events", []) or []}
    ids |= {e.get("article") for e in c.get("earlier", []) or []}
    fig = CASE_FIGURE.get(c.get("id"))
    st = {story_of(i) for i in ids if i in ARTS}
    if fig:
        st |= FIGURE_STORY.get(fig, set())
    if not st:
        kw = {"A": ["Orsington", "Nightjar", "Castellane"], "B": ["Brisenholm", "macaque"],
              "C": ["Tallowmere", "Quillfern"]}
        st = {s for s, ws in kw.items() if any(w in c.get("question", "") for w in ws)}
    return st


seen = set()
numbers = {}
per_story_type = {}
unans = {}
for c in cases:
    cid = c.get("id", "?")
    if cid in seen:
        err(f"{cid}: duplicate id")
    seen.add(cid)
    missing = COMMON - set(c)
    if missing:
        err(f"{cid}: missing {sorted(missing)}")
        continue
    t = c["type"]
    if t not in TYPES:
        err(f"{cid}: unknown type {t}")
        continue
    m = re.fullmatch(r"an-" + TYPES[t] + r"-(\d{2})", cid)
    if not m:
        err(f"{cid}: id does not follow an-{TYPES[t]}-NN")
    else:
        numbers.setdefault(t, []).append(int(m.group(1)))
    st = case_story(c)
    if len(st) != 1:
        err(f"{cid}: cannot tell which single story the case is about ({sorted(map(str, st))})")
        continue
    story = st.pop()
    per_story_type.setdefault(story, {}).setdefault(t, 0)
    per_story_type[story][t] += 1
    if c["split"] != STORIES[story][1]:
        err(f"{cid}: split {c['split']!r} but story {story} is {STORIES[story][1]!r}")
    extra = set(c) - COMMON - {"evidence", "as_of", "earlier", "events"}
    if extra:
        err(f"{cid}: unexpected keys {sorted(extra)}")
    if ("as_of" in c) != (t == "as_of"):
        err(f"{cid}: as_of field present iff type as_of")
    if ("earlier" in c) != (t == "latest"):
        err(f"{cid}: earlier field present iff type latest")
    if ("events" in c) != (t == "timeline"):
        err(f"{cid}: events field present iff type timeline")
    for s in c["sources"]:
        if s not in ARTS:
            err(f"{cid}: unknown source {s}")
        elif story_of(s) != story:
            err(f"{cid}: source {s} is from another story")
    # ------------------------------------------------ unanswerable
    if not c["answerable"]:
        unans.setdefault(story, []).append(cid)
        if c["facts"] or c["sources"] or c.get("evidence") or c.get("earlier") or c.get("events"):
            err(f"{cid}: unanswerable case must have empty facts, sources and earlier, and no evidence")
        pat = NEVER_GIVEN.get(cid)
        if pat is None:
            err(f"{cid}: unanswerable case without a NEVER_GIVEN pattern")
        else:
            limit = D(c["as_of"]) if t == "as_of" and is_iso(c.get("as_of")) else None
            for aid in ARTS:
                if story_of(aid) != story:
                    continue
                if limit and (pub(aid) is None or pub(aid) > limit):
                    continue
                if re.search(pat, ARTS[aid]["text"] + "\n" + ARTS[aid]["title"], re.I):
                    err(f"{cid}: {aid} seems to give the value the case says is not given")
        if t == "as_of" and cid in CASE_FIGURE and is_iso(c.get("as_of")):
            v, _ = value_at(CASE_FIGURE[cid], D(c["as_of"]))
            if v is not None:
                err(f"{cid}: unanswerable as_of, but {CASE_FIGURE[cid]} = {v} was published by then")
            later = [pub(a) for a, _, _ in VALUES[CASE_FIGURE[cid]] if pub(a)]
            if not later:
                err(f"{cid}: its figure is never given at all")
        continue
    # ------------------------------------------------ answerable
    ev = c.get("evidence") or []
    if not ev:
        err(f"{cid}: answerable case without evidence")
    if not c["sources"]:
        err(f"{cid}: answerable case without sources")
    for e in ev:
        a = ARTS.get(e.get("article"))
        if a is None:
            err(f"{cid}: evidence cites unknown article {e.get('article')}")
            continue
        if e.get("sentence", "") not in a["text"]:
            err(f"{cid}: evidence sentence not verbatim in {e['article']}: {e.get('sentence', '')[:70]!r}")
        if e.get("article") not in c["sources"]:
            err(f"{cid}: evidence article {e.get('article')} not in sources")
    cited = {e.get("article") for e in ev}
    for s in c["sources"]:
        if s not in cited:
            err(f"{cid}: source {s} has no evidence sentence")
    if t != "timeline" and not c["facts"]:
        err(f"{cid}: no facts")
    src_texts = texts_of(c["sources"])
    src_dates = set().union(*[dates_in(s) for s in c["sources"]]) if c["sources"] else set()
    ev_sents = [e.get("sentence", "") for e in ev]
    ev_dates = set()
    for e in ev:
        for (aid, phrase), d in PHRASE_DATE.items():
            if aid == e.get("article") and phrase in e.get("sentence", ""):
                ev_dates.add(d)
    for fact in c["facts"]:
        if not isinstance(fact, list) or not fact or not all(isinstance(x, str) for x in fact):
            err(f"{cid}: fact {fact!r} is not a non-empty list of strings")
            continue
        if set(x.lower() for x in fact) <= ORDER_WORDS:
            continue
        if not any(alias_ok(al, ev_sents, ev_dates) for al in fact) and \
                not any(al in WEEKDAYS and any(al in s for s in ev_sents) for al in fact):
            err(f"{cid}: no alias of fact {fact!r} occurs in an evidence sentence")
        for al in fact:
            if not alias_ok(al, src_texts, src_dates):
                err(f"{cid}: alias {al!r} not found in any cited source")
    # ------------------------------------------------ as_of
    if t == "as_of":
        if not is_iso(c.get("as_of")):
            err(f"{cid}: as_of {c.get('as_of')!r} is not an ISO date")
            continue
        asof = D(c["as_of"])
        for s in c["sources"]:
            if pub(s) is None or pub(s) > asof:
                err(f"{cid}: source {s} ({pub(s)}) is not published on or before {asof}")
        fig = CASE_FIGURE.get(cid)
        if fig is None:
            err(f"{cid}: as_of case without a CASE_FIGURE entry")
        elif c["facts"]:
            v, arts = value_at(fig, asof)
            if v is None:
                err(f"{cid}: no value of {fig} published by {asof}")
            elif not any(same_value(al, v) for al in c["facts"][0]):
                err(f"{cid}: answer {c['facts'][0]} but the newest {fig} by {asof} is {v!r}")
            for s in c["sources"]:
                if s not in arts:
                    err(f"{cid}: source {s} does not state the as_of value {v!r} of {fig}")
    # ------------------------------------------------ latest
    if t == "latest":
        fig = CASE_FIGURE.get(cid)
        if len(c["facts"]) != 1:
            err(f"{cid}: a latest case holds only the newest value in facts")
        if fig is None:
            err(f"{cid}: latest case without a CASE_FIGURE entry")
            continue
        hist = history(fig)
        newest_v = hist[-1][0]
        if not any(same_value(al, newest_v) for al in c["facts"][0]):
            err(f"{cid}: answer {c['facts'][0]} but the newest {fig} is {newest_v!r}")
        _, arts = value_at(fig, dt.date(2100, 1, 1))
        for s in c["sources"]:
            if s not in arts:
                err(f"{cid}: source {s} does not state the newest value of {fig}")
        want = hist[:-1]
        got = c.get("earlier") or []
        if len(got) != len(want):
            err(f"{cid}: earlier has {len(got)} values, the figure had {len(want)} earlier values")
        for g, (v, aid, d) in zip(got, want):
            if not any(same_value(al, v) for al in g.get("aliases", [])):
                err(f"{cid}: earlier value {g.get('aliases')} should be {v!r}")
            if g.get("article") != aid:
                err(f"{cid}: earlier value {v!r} first reported in {aid}, not {g.get('article')}")
            if g.get("date") != (d.isoformat() if d else None):
                err(f"{cid}: earlier value {v!r} date {g.get('date')} != {d}")
            if ARTS.get(g.get("article"), {}).get("published_at") != g.get("date"):
                err(f"{cid}: earlier date {g.get('date')} is not the publication date of {g.get('article')}")
            newest_src = max((pub(s) for s in c["sources"] if pub(s)), default=None)
            if newest_src and is_iso(g.get("date")) and D(g["date"]) >= newest_src:
                err(f"{cid}: earlier value dated {g['date']} is not before the newest source ({newest_src})")
            for al in g.get("aliases", []):
                if not alias_ok(al, texts_of([g.get("article")])):
                    err(f"{cid}: earlier alias {al!r} not in {g.get('article')}")
        dates = [g.get("date") for g in got]
        if dates != sorted(dates):
            err(f"{cid}: earlier values not in date order")
    # ------------------------------------------------ before_after
    if t == "before_after":
        if cid in BA_ORDER:
            subj, other, want = BA_ORDER[cid]
            d1, d2 = PHRASE_DATE.get(subj), PHRASE_DATE.get(other)
            if d1 is None or d2 is None:
                err(f"{cid}: BA_ORDER phrase not in DATED_PHRASES")
            else:
                got = "before" if d1 < d2 else "after" if d1 > d2 else "same day"
                if got != want or [want] not in c["facts"]:
                    err(f"{cid}: subject on {d1}, other on {d2}: {got}, gold says {c['facts']}")
                day_fact = [f for f in c["facts"] if set(x.lower() for x in f) - ORDER_WORDS]
                if not day_fact:
                    err(f"{cid}: no fact naming the subject event's day")
                for f in day_fact:
                    for al in f:
                        cal = canon(al)
                        if cal[0] == "md" and (cal[1], cal[2]) != (d1.month, d1.day):
                            err(f"{cid}: day alias {al!r} is not {d1}")
                        if al in WEEKDAYS and al != WEEKDAYS[d1.weekday()]:
                            err(f"{cid}: day alias {al!r} is not {d1} ({WEEKDAYS[d1.weekday()]})")
                for s in (subj[0], other[0]):
                    if s not in c["sources"]:
                        err(f"{cid}: the article dating an event ({s}) is not a source")
        elif cid in BA_VALUE:
            fig, ev_phrase, next_phrase = BA_VALUE[cid]
            d, dn = PHRASE_DATE.get(ev_phrase), PHRASE_DATE.get(next_phrase)
            if d is None or dn is None:
                err(f"{cid}: BA_VALUE phrase not in DATED_PHRASES")
            else:
                v, _ = value_at(fig, d)
                if v is None or not any(same_value(al, v) for al in c["facts"][0]):
                    err(f"{cid}: value of {fig} on {d} is {v!r}, gold says {c['facts'][0]}")
                nxt = sorted((pub(a), vv, a) for a, vv, _ in VALUES[fig]
                             if pub(a) and pub(a) > d and not same_value(vv, v))
                if not nxt or nxt[0][2] != next_phrase[0]:
                    err(f"{cid}: BA_VALUE next-value article should be {nxt[0][2] if nxt else None}")
                if dn <= d:
                    err(f"{cid}: the next value of {fig} was decided on {dn}, not after the event ({d})")
                if ev_phrase[0] not in c["sources"]:
                    err(f"{cid}: the article dating the event ({ev_phrase[0]}) is not a source")
        else:
            err(f"{cid}: before_after case without a BA_ORDER or BA_VALUE entry")
    # ------------------------------------------------ timeline
    if t == "timeline":
        evs = c.get("events") or []
        if len(evs) < 4:
            err(f"{cid}: {len(evs)} events (want >= 4)")
        dates = [e.get("date") for e in evs]
        if not all(is_iso(d) for d in dates):
            err(f"{cid}: event date not ISO")
            continue
        if dates != sorted(dates):
            err(f"{cid}: events not in date order")
        if len(set(dates)) != len(dates):
            err(f"{cid}: two events on the same day")
        for e in evs:
            aid = e.get("article")
            if aid not in c["sources"]:
                err(f"{cid}: event article {aid} not in sources")
                continue
            if len(e.get("aliases", [])) < 2:
                err(f"{cid}: event {e['date']} has fewer than 2 aliases")
            own = 0
            for al in e.get("aliases", []):
                if not alias_ok(al, ev_sents):
                    err(f"{cid}: event alias {al!r} is not in any evidence sentence of the case")
                if not 1 <= len(al.split()) <= 4:
                    err(f"{cid}: event alias {al!r} is not 1-4 words")
                if alias_ok(al, texts_of([aid])):
                    own += 1
                elif not alias_ok(al, src_texts):
                    err(f"{cid}: event alias {al!r} not in {aid} nor in another source")
            if own == 0:
                err(f"{cid}: no alias of event {e['date']} occurs in its article {aid}")
            d = D(e["date"])
            anchored = (pub(aid) == d or d in dates_in(aid)
                        or (d.month, d.day) in month_days(ARTS[aid]["text"]))
            if not anchored:
                err(f"{cid}: event date {e['date']} is not anchored in {aid}")
            if pub(aid) and d > pub(aid):
                err(f"{cid}: event {e['date']} is after its article's publication ({pub(aid)})")
            # at least one evidence sentence of the event's article carries its day
            if not any(x.get("article") == aid and (
                    any(phrase in x.get("sentence", "") and dd == d for (aa, phrase), dd in PHRASE_DATE.items() if aa == aid)
                    or (d.month, d.day) in month_days(x.get("sentence", ""))) for x in ev):
                if pub(aid) != d:
                    err(f"{cid}: no evidence sentence of {aid} carries the day {e['date']}")

# numbering: each type numbered 01..N through the set
for t, nums in numbers.items():
    if sorted(nums) != list(range(1, len(nums) + 1)) or nums != sorted(nums):
        err(f"type {t}: ids are not numbered 01..{len(nums)} in file order")
for s in STORIES:
    got = per_story_type.get(s, {})
    for t, need in MIN_PER_STORY.items():
        if got.get(t, 0) < need:
            err(f"story {s}: {got.get(t, 0)} {t} cases (want >= {need})")
    if not 1 <= len(unans.get(s, [])) <= 2:
        err(f"story {s}: {len(unans.get(s, []))} unanswerable cases (want 1-2)")
if len(cases) < 48:
    err(f"{len(cases)} gold cases (want >= 48)")
for cid in NEVER_GIVEN:
    if cid not in seen:
        err(f"NEVER_GIVEN names unknown case {cid}")
for cid in CASE_FIGURE:
    if cid not in seen:
        err(f"CASE_FIGURE names unknown case {cid}")

# =============================================================================
if ERRORS:
    print("\n".join(ERRORS))
    print(f"\nFAIL: {len(ERRORS)} problem(s)")
    sys.exit(1)

splits = {}
for c in cases:
    splits.setdefault(c["type"], {"dev": 0, "test": 0})[c["split"]] += 1
tot = {"dev": 0, "test": 0}
n_un = sum(len(v) for v in unans.values())
print(f"OK: {len(ARTS)} articles ({len(undated)} undated: {', '.join(undated)}), {len(cases)} gold cases, "
      f"{n_un} unanswerable, {len(DATED_PHRASES)} dated phrases, {sum(len(v) for v in VALUES.values())} "
      f"value rows in {len(VALUES)} figures checked")
for t in TYPES:
    sp = splits.get(t, {"dev": 0, "test": 0})
    print(f"  {t:13s} dev {sp['dev']:2d}  test {sp['test']:2d}")
    for k in tot:
        tot[k] += sp[k]
print(f"  {'total':13s} dev {tot['dev']:2d}  test {tot['test']:2d}")
