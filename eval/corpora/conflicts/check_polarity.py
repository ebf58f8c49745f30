#!/usr/bin/env python3
"""Validate polarity.jsonl (yes/no questions) against the conflicts corpus.

Run from the repository root:  python eval/corpora/conflicts/check_polarity.py
Stdlib only. Exit 0 = pass; otherwise prints every error and exits 1.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "polarity.jsonl")
ARTICLES = os.path.join(HERE, "articles")

KEYS = {"id", "event", "question", "type", "facts", "polarity", "shape",
        "sources", "answerable", "evidence", "split"}
SHAPES = {"negated", "affirmed", "trap"}
POLARITIES = {"yes", "no"}
DEV = {"CA01", "CA03", "CA05", "CA07", "CB01", "CB03", "CB05", "CB07"}
TEST = {"CA02", "CA04", "CA06", "CA08", "CB02", "CB04", "CB06", "CB08"}
EVENTS = DEV | TEST
N_ROWS = 48
PER_EVENT = 3
MIN_NEGATED = 14


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def load_articles(errors):
    arts = {}
    for path in sorted(glob.glob(os.path.join(ARTICLES, "*.json"))):
        try:
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
        except (OSError, ValueError) as e:
            errors.append(f"{os.path.basename(path)}: cannot read article: {e}")
            continue
        if "id" not in d or "text" not in d:
            errors.append(f"{os.path.basename(path)}: article lacks 'id' or 'text'")
            continue
        arts[d["id"]] = collapse(d["text"])
    return arts


def nonempty_list(row, key, where, errors):
    """row[key] when it is a non-empty list, else [] (and the error is recorded)."""
    value = row.get(key)
    if not isinstance(value, list) or not value:
        errors.append(f"{where}: {key} must be a non-empty list")
        return []
    return value


def main():
    errors = []
    arts = load_articles(errors)
    if not arts:
        errors.append(f"no articles found in {ARTICLES}")

    rows = []
    try:
        with open(GOLD, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    errors.append(f"line {ln}: blank line")
                    continue
                try:
                    row = json.loads(line)
                except ValueError as e:
                    errors.append(f"line {ln}: invalid JSON: {e}")
                    continue
                if not isinstance(row, dict):
                    errors.append(f"line {ln}: not a JSON object")
                    continue
                rows.append((ln, row))
    except OSError as e:
        errors.append(f"cannot read {GOLD}: {e}")

    if len(rows) != N_ROWS:
        errors.append(f"expected {N_ROWS} rows, found {len(rows)}")

    ids = Counter()
    per_event = Counter()
    shapes = Counter()
    for ln, r in rows:
        rid = r.get("id", f"<line {ln}>")
        where = f"line {ln} ({rid})"
        keys = set(r)
        if keys != KEYS:
            missing, extra = KEYS - keys, keys - KEYS
            errors.append(f"{where}: keys differ (missing {sorted(missing)}, extra {sorted(extra)})")
        ids[rid] += 1

        ev = r.get("event")
        if ev not in EVENTS:
            errors.append(f"{where}: unknown event {ev!r}")
        per_event[ev] += 1
        if not (isinstance(rid, str) and isinstance(ev, str) and rid.startswith(f"pol-{ev}-")):
            errors.append(f"{where}: id does not start with 'pol-<event>-'")

        q = r.get("question")
        if not isinstance(q, str) or not q.strip().endswith("?"):
            errors.append(f"{where}: question must be a string ending in '?'")

        if r.get("type") != "yesno":
            errors.append(f"{where}: type must be 'yesno'")
        if r.get("answerable") is not True:
            errors.append(f"{where}: answerable must be true")

        pol = r.get("polarity")
        if pol not in POLARITIES:
            errors.append(f"{where}: polarity must be 'yes' or 'no', got {pol!r}")
        if r.get("facts") != [[pol]]:
            errors.append(f"{where}: facts must equal [[polarity]], got {r.get('facts')!r}")

        shape = r.get("shape")
        if shape not in SHAPES:
            errors.append(f"{where}: shape must be one of {sorted(SHAPES)}, got {shape!r}")
        shapes[shape] += 1
        if shape == "negated" and pol != "no":
            errors.append(f"{where}: a negated question must have polarity 'no'")
        if shape == "affirmed" and pol != "yes":
            errors.append(f"{where}: an affirmed question must have polarity 'yes'")

        want_split = "dev" if ev in DEV else "test" if ev in TEST else None
        if r.get("split") != want_split:
            errors.append(f"{where}: split must be {want_split!r} for {ev}, got {r.get('split')!r}")

        sources = nonempty_list(r, "sources", where, errors)
        for s in sources:
            if s not in arts:
                errors.append(f"{where}: source article {s!r} does not exist")
            if not (isinstance(s, str) and isinstance(ev, str) and s.startswith(ev)):
                errors.append(f"{where}: source article {s!r} does not start with {ev!r}")

        evidence = nonempty_list(r, "evidence", where, errors)
        for e in evidence:
            if not isinstance(e, dict) or set(e) != {"article", "sentence"}:
                errors.append(f"{where}: each evidence item needs exactly 'article' and 'sentence'")
                continue
            a, sent = e["article"], e["sentence"]
            if a not in sources:
                errors.append(f"{where}: evidence article {a!r} is not in sources")
            if a not in arts:
                errors.append(f"{where}: evidence article {a!r} does not exist")
                continue
            if not isinstance(sent, str) or not sent.strip():
                errors.append(f"{where}: empty evidence sentence")
                continue
            if collapse(sent) not in arts[a]:
                errors.append(f"{where}: evidence sentence not found verbatim in {a}: {sent!r}")

    for rid, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {rid!r} ({c} rows)")
    for ev in sorted(EVENTS):
        if per_event[ev] != PER_EVENT:
            errors.append(f"event {ev}: expected {PER_EVENT} rows, found {per_event[ev]}")
    for ev in sorted(k for k in per_event if k not in EVENTS):
        errors.append(f"unexpected event {ev!r} ({per_event[ev]} rows)")
    if shapes["negated"] < MIN_NEGATED:
        errors.append(f"need at least {MIN_NEGATED} 'negated' rows, found {shapes['negated']}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    counts = Counter((r["split"], r["shape"], r["polarity"]) for _, r in rows)
    print(f"OK: {len(rows)} rows, {len(per_event)} events, shapes {dict(sorted(shapes.items()))}")
    for split in ("dev", "test"):
        parts = ", ".join(f"{s}/{p}={counts[(split, s, p)]}"
                          for s in ("negated", "affirmed", "trap") for p in ("yes", "no")
                          if counts[(split, s, p)])
        print(f"  {split}: {parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
