#!/usr/bin/env python3
"""Validate nearmiss.jsonl (near-miss unanswerable questions). Stdlib only.

Run from the repository root:  python eval/corpora/conflicts/check_nearmiss.py
(or from any directory: paths are resolved relative to this file). Exit 0 = pass.

Checks: 48 rows, 3 per event (CA01-CA08, CB01-CB08), unique ids, exactly the required keys,
answerable false / type unanswerable / empty facts and sources, near in a-f, split matches the
event rule, neighbour_article exists and starts with the row's event code, and the neighbour
sentence occurs verbatim (whitespace-collapsed) in that article's text.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEARMISS = HERE / "nearmiss.jsonl"
ARTICLES = HERE / "articles"

EVENTS = [f"CA0{i}" for i in range(1, 9)] + [f"CB0{i}" for i in range(1, 9)]
DEV = {"CA01", "CA03", "CA05", "CA07", "CB01", "CB03", "CB05", "CB07"}
KEYS = {"id", "event", "question", "facts", "sources", "answerable", "type", "near",
        "neighbour", "neighbour_article", "split"}
KINDS = set("abcdef")


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    articles = {}
    for p in sorted(ARTICLES.glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        articles[d["id"]] = collapse(d["text"])

    rows = []
    for n, line in enumerate(NEARMISS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON ({e})")

    if len(rows) != 48:
        errors.append(f"expected 48 rows, got {len(rows)}")

    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i} ({c}x)")

    per_event = Counter(r.get("event") for r in rows)
    for ev in EVENTS:
        if per_event.get(ev, 0) != 3:
            errors.append(f"event {ev}: expected 3 rows, got {per_event.get(ev, 0)}")
    for ev in per_event:
        if ev not in EVENTS:
            errors.append(f"unknown event {ev}")

    for r in rows:
        rid = r.get("id", "?")
        keys = set(r)
        if keys != KEYS:
            missing, extra = KEYS - keys, keys - KEYS
            errors.append(f"{rid}: keys wrong (missing {sorted(missing)}, extra {sorted(extra)})")
            continue
        ev = r["event"]
        if not re.fullmatch(rf"nm-{ev}-[1-3]", rid):
            errors.append(f"{rid}: id does not match nm-{ev}-<1..3>")
        if r["answerable"] is not False:
            errors.append(f"{rid}: answerable must be false")
        if r["type"] != "unanswerable":
            errors.append(f"{rid}: type must be 'unanswerable'")
        if r["facts"] != [] or r["sources"] != []:
            errors.append(f"{rid}: facts and sources must be empty lists")
        if r["near"] not in KINDS:
            errors.append(f"{rid}: near must be one of a-f, got {r['near']!r}")
        if not isinstance(r["question"], str) or not r["question"].strip().endswith("?"):
            errors.append(f"{rid}: question must be a non-empty string ending in '?'")
        want = "dev" if ev in DEV else "test"
        if r["split"] != want:
            errors.append(f"{rid}: split {r['split']!r}, expected {want!r} for {ev}")
        art = r["neighbour_article"]
        if not art.startswith(ev):
            errors.append(f"{rid}: neighbour_article {art} does not start with {ev}")
        if art not in articles:
            errors.append(f"{rid}: neighbour_article {art} not found in articles/")
        elif not r["neighbour"] or collapse(r["neighbour"]) not in articles[art]:
            errors.append(f"{rid}: neighbour sentence not found verbatim in {art}")

    kinds = Counter(r.get("near") for r in rows)
    splits = Counter(r.get("split") for r in rows)
    if errors:
        print("FAIL")
        for e in errors:
            print("  -", e)
        return 1
    print(f"OK: {len(rows)} rows, {len(per_event)} events x 3")
    print("  by kind :", ", ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
    print("  by split:", ", ".join(f"{k}={splits[k]}" for k in sorted(splits)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
