"""The claim reading: seconds per claims question with the second reading against
without.

The claims set's dev questions (two claims about two named outlets' reports, asked one
claim at a time), over a real index of the conflicts articles, asked through
`Assistant.answer` with the same loaded models; each question asked once per side,
the order alternating from one question to the next. A side is `Config.claim_reading`
on (this stage) or off (the previous stage). The second model instance it reads with
is loaded before the first question (its load is reported apart, with the memory it
adds), so the ratios are of the per-question cost: one prompt of the report's
sentences for each claim the answering model left unanswered.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace

from bench.answer import indexed
from bench.common import ROOT, Section
from bench.daycheck import compare_reading

PLANS = {"full": ("local", 16), "quick": ("tiny", 2)}
CONFLICTS = ROOT / "eval" / "corpora" / "conflicts"


def run(quick: bool) -> Section:
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    model, count = PLANS["quick" if quick else "full"]
    section = Section(
        "claimcheck", "Claim reading: seconds per claims question, with it and without"
    )
    with indexed("bench-claimcheck-", model, CONFLICTS / "articles") as (config, index):
        off = replace(config, claim_reading=False)
        compare_reading(section, config, off, index, _questions(count), model, "the claim reading")
    section.notes += [
        f"model {model}; the first {count} dev questions of eval/corpora/conflicts/claims.jsonl, "
        "each asked once per side, sides alternating",
    ]
    return section


def _questions(count: int) -> list[str]:
    lines = (CONFLICTS / "claims.jsonl").open(encoding="utf-8")
    rows = [json.loads(line) for line in lines]
    return [r["question"] for r in rows if r["split"] == "dev"][:count]
