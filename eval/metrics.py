"""Metrics: each a small function of (case, result), and their aggregation.

`result` is the JSON-ready record the runner writes per case (see `eval.runner`).
A metric returns a number, a bool, or None when it does not apply to the case
(e.g. fact accuracy of an unanswerable question); aggregates average what applies.
Fact matching uses `rag.text.normalize`: case, punctuation, number words,
thousands separators and date forms are folded before comparing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from statistics import median
from typing import Any

from eval.dataset import Case
from rag.text import normalize

Result = dict[str, Any]
_MARK = re.compile(r"\[(\d+)\]")


def has_alias(text: str, aliases: Sequence[str]) -> bool:
    hay = f" {normalize(text)} "
    return any(f" {normalize(a)} " in hay for a in aliases if normalize(a))


def facts_found(case: Case, result: Result) -> list[bool]:
    return [has_alias(result["answer"], fact) for fact in case.facts]


# --- retrieval ----------------------------------------------------------------------


def _source_ranks(case: Case, result: Result) -> list[int]:
    return [i for i, p in enumerate(result["retrieved"], 1) if p["article_id"] in case.sources]


def hit_at_k(case: Case, result: Result) -> bool | None:
    return bool(_source_ranks(case, result)) if case.answerable and case.sources else None


def mrr(case: Case, result: Result) -> float | None:
    if not (case.answerable and case.sources):
        return None
    ranks = _source_ranks(case, result)
    return 1.0 / ranks[0] if ranks else 0.0


def evidence_recall(case: Case, result: Result) -> float | None:
    """Share of the gold evidence sentences found inside a retrieved passage."""
    if not case.evidence:
        return None
    texts = [" ".join(p["text"].split()) for p in result["retrieved"]]
    found = [any(" ".join(e.sentence.split()) in t for t in texts) for e in case.evidence]
    return sum(found) / len(found)


def source_recall(case: Case, result: Result) -> float | None:
    """Share of the gold source articles among the retrieved passages."""
    if not case.sources:
        return None
    got = {p["article_id"] for p in result["retrieved"]}
    return len(got & set(case.sources)) / len(set(case.sources))


# --- answers ------------------------------------------------------------------------


def fact_correct(case: Case, result: Result) -> bool | None:
    if not case.answerable or "answer" not in result:
        return None
    return all(facts_found(case, result))


def refusal_correct(case: Case, result: Result) -> bool | None:
    return None if "answer" not in result else result["refused"] == (not case.answerable)


def citation_validity(case: Case, result: Result) -> tuple[int, int] | None:
    """(resolving marks, marks) in the final text: mark [n] must name a citation record
    bound to passage n's own chunk."""
    if "answer" not in result:
        return None
    cited = {c["n"]: c for c in result["citations"]}
    passages = {p["n"]: p["chunk_id"] for p in result["retrieved"]}
    marks = [int(m) for m in _MARK.findall(result["answer"])]
    good = sum(1 for n in marks if n in cited and cited[n]["chunk_id"] == passages.get(n))
    return good, len(marks)


def citation_precision(case: Case, result: Result) -> tuple[int, int] | None:
    """(citations into a gold source, citations), answerable cases."""
    if not case.answerable or "answer" not in result or not case.sources:
        return None
    cites = result["citations"]
    return sum(1 for c in cites if c["article_id"] in case.sources), len(cites)


def citation_recall(case: Case, result: Result) -> float | None:
    if not case.answerable or "answer" not in result or result["refused"] or not case.sources:
        return None
    cited = {c["article_id"] for c in result["citations"]}
    return len(cited & set(case.sources)) / len(set(case.sources))


def supported_share(case: Case, result: Result) -> tuple[int, int] | None:
    """(supported sentences, sentences) of answers the model gave."""
    if "answer" not in result or result["refused"]:
        return None
    sentences = result["sentences"]
    return sum(1 for s in sentences if s["supported"]), len(sentences)


def conflict_coverage(case: Case, result: Result) -> bool | None:
    """Every conflicting value present, in a sentence citing that value's article."""
    if case.type != "conflict" or not case.values or "answer" not in result:
        return None
    article_of = {c["n"]: c["article_id"] for c in result["citations"]}
    for value in case.values:
        covered = any(
            has_alias(s["text"], value.aliases)
            and any(article_of.get(n) == value.article for n in s["citations"])
            for s in result["sentences"]
        )
        if not covered:
            return False
    return True


def disagreement_detected(case: Case, result: Result) -> bool | None:
    """For conflict cases: did the pipeline raise a Disagreement record?"""
    if case.type != "conflict" or "answer" not in result:
        return None
    return bool(result["disagreements"])


def false_disagreement(case: Case, result: Result) -> bool | None:
    """For answerable non-conflict cases: a Disagreement raised where gold has none."""
    if case.type == "conflict" or not case.answerable or "answer" not in result:
        return None
    return bool(result["disagreements"])


# --- aggregation --------------------------------------------------------------------

Metric = Callable[[Case, Result], Any]


def mean_of(metric: Metric, pairs: Sequence[tuple[Case, Result]]) -> float | None:
    """Average of what applies; (num, den) pairs are pooled as a ratio of sums."""
    values = [v for v in (metric(c, r) for c, r in pairs) if v is not None]
    if not values:
        return None
    if isinstance(values[0], tuple):
        num, den = sum(v[0] for v in values), sum(v[1] for v in values)
        return num / den if den else None
    return sum(float(v) for v in values) / len(values)


def refusal_precision_recall(
    pairs: Sequence[tuple[Case, Result]],
) -> tuple[float | None, float | None]:  # noqa: E501
    answered = [(c, r) for c, r in pairs if "answer" in r]
    refused = [c for c, r in answered if r["refused"]]
    unanswerable = [r for c, r in answered if not c.answerable]
    precision = sum(1 for c in refused if not c.answerable) / len(refused) if refused else None
    recall = (
        sum(1 for r in unanswerable if r["refused"]) / len(unanswerable) if unanswerable else None
    )
    return precision, recall


def percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def latency(results: Sequence[Result]) -> dict[str, float | None]:
    totals = [r["timings"]["total_s"] for r in results if "timings" in r]
    firsts = [
        r["timings"]["first_token_s"]
        for r in results
        if "timings" in r and r["timings"]["first_token_s"]
    ]
    return {
        "p50_s": median(totals) if totals else None,
        "p95_s": percentile(totals, 0.95),
        "ttft_p50_s": median(firsts) if firsts else None,
        "ttft_p95_s": percentile(firsts, 0.95),
    }
