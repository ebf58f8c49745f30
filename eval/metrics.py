"""Metrics: each a small function of (case, row), and their aggregation.

`row` is the typed record the runner stores per case (`eval.rows.Row`: the
pipeline's own `Answer`, or the retrieved hits of a retrieval-only run).
A metric returns a number, a bool, or None when it does not apply to the case
(e.g. fact accuracy of an unanswerable question); aggregates average what applies.
Fact matching uses `rag.text.normalize`: case, punctuation, number words,
thousands separators and date forms are folded before comparing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from statistics import median
from typing import Any

from eval.dataset import Case
from eval.rows import Row
from rag.text import MARK, marks_in, normalize


def has_alias(text: str, aliases: Sequence[str]) -> bool:
    """Is one of the aliases in the text, its [n] marks aside (a mark "[2]" is no "2")?"""
    hay = f" {normalize(MARK.sub(' ', text))} "
    return any(f" {normalize(a)} " in hay for a in aliases if normalize(a))


def facts_found(case: Case, row: Row) -> list[bool]:
    return [has_alias(row.text, fact) for fact in case.facts]


# --- retrieval ----------------------------------------------------------------------


def _source_ranks(case: Case, row: Row) -> list[int]:
    return [i for i, h in enumerate(row.retrieved, 1) if h.chunk.article_id in case.sources]


def hit_at_k(case: Case, row: Row) -> bool | None:
    return bool(_source_ranks(case, row)) if case.answerable and case.sources else None


def mrr(case: Case, row: Row) -> float | None:
    if not (case.answerable and case.sources):
        return None
    ranks = _source_ranks(case, row)
    return 1.0 / ranks[0] if ranks else 0.0


def evidence_recall(case: Case, row: Row) -> float | None:
    """Share of the gold evidence sentences found inside a retrieved passage."""
    if not case.evidence:
        return None
    texts = [" ".join(h.chunk.text.split()) for h in row.retrieved]
    found = [any(" ".join(e.sentence.split()) in t for t in texts) for e in case.evidence]
    return sum(found) / len(found)


def source_recall(case: Case, row: Row) -> float | None:
    """Share of the gold source articles among the retrieved passages."""
    if not case.sources:
        return None
    got = {h.chunk.article_id for h in row.retrieved}
    return len(got & set(case.sources)) / len(set(case.sources))


# --- answers ------------------------------------------------------------------------


def fact_correct(case: Case, row: Row) -> bool | None:
    """Every gold fact in the answer; for a latest value, the first one as the newest
    value the answer gives (`newest_given`), not as an earlier one it lists."""
    if not case.answerable or row.answer is None:
        return None
    newest = newest_given(case, row) if case.type == "latest" else None
    return all(facts_found(case, row)) and newest is not False


def newest_given(case: Case, row: Row) -> bool | None:
    """For a latest-value case whose answer lists values as changed over time: is the
    first gold fact the latest of them? None when it lists none (or there is no answer)."""
    if not case.facts or row.answer is None:
        return None
    changed = [c for c in row.answer.comparisons if c.relation == "changed" and c.values]
    if not changed:
        return None
    return any(has_alias(c.values[-1].value, case.facts[0]) for c in changed)


def direct_correct(case: Case, row: Row) -> bool | None:
    """Every gold fact in the direct answer line alone (without the quotes under it)."""
    if not case.answerable or row.answer is None:
        return None
    return all(has_alias(row.answer.direct, fact) for fact in case.facts)


def refusal_correct(case: Case, row: Row) -> bool | None:
    return None if row.answer is None else row.refused == (not case.answerable)


def citation_validity(case: Case, row: Row) -> tuple[int, int] | None:
    """(resolving marks, marks) in the final text: mark [n] must name a citation record
    bound to passage n's own chunk."""
    if row.answer is None:
        return None
    cited = {c.n: c.chunk_id for c in row.answer.citations}
    passages = {n: h.chunk.id for n, h in enumerate(row.answer.passages, 1)}
    marks = marks_in(row.answer.text)
    good = sum(1 for n in marks if n in cited and cited[n] == passages.get(n))
    return good, len(marks)


def citation_precision(case: Case, row: Row) -> tuple[int, int] | None:
    """(citations into a gold source, citations), answerable cases."""
    if not case.answerable or row.answer is None or not case.sources:
        return None
    cites = row.answer.citations
    return sum(1 for c in cites if c.article_id in case.sources), len(cites)


def citation_recall(case: Case, row: Row) -> float | None:
    if not case.answerable or row.answer is None or row.refused or not case.sources:
        return None
    cited = {c.article_id for c in row.answer.citations}
    return len(cited & set(case.sources)) / len(set(case.sources))


def supported_share(case: Case, row: Row) -> tuple[int, int] | None:
    """(supported sentences, sentences) of answers the model gave."""
    if row.answer is None or row.refused:
        return None
    sentences = row.answer.sentences
    return sum(1 for s in sentences if s.supported), len(sentences)


def conflict_coverage(case: Case, row: Row) -> bool | None:
    """Every conflicting value present, in a sentence citing that value's article."""
    if case.type != "conflict" or not case.values or row.answer is None:
        return None
    article_of = {c.n: c.article_id for c in row.answer.citations}
    for value in case.values:
        covered = any(
            has_alias(s.text, value.aliases)
            and any(article_of.get(n) == value.article for n in s.citations)
            for s in row.answer.sentences
        )
        if not covered:
            return False
    return True


def disagreement_detected(case: Case, row: Row) -> bool | None:
    """For conflict cases: did the pipeline raise a Disagreement record?"""
    if case.type != "conflict" or row.answer is None:
        return None
    return bool(row.answer.disagreements)


def false_disagreement(case: Case, row: Row) -> bool | None:
    """For answerable non-conflict cases: a Disagreement raised where gold has none."""
    if case.type == "conflict" or not case.answerable or row.answer is None:
        return None
    return bool(row.answer.disagreements)


def _relation_case(case: Case, row: Row, relation: str) -> bool | None:
    """For cases whose gold relation is `relation`: did the answer find that relation?"""
    if case.relation != relation or row.answer is None:
        return None
    return any(c.relation == relation for c in row.answer.comparisons)


def changed_detected(case: Case, row: Row) -> bool | None:
    """A value updated between reports is told as changed over time (not a disagreement)."""
    if case.relation != "changed" or row.answer is None:
        return None
    told = any(c.relation == "changed" for c in row.answer.comparisons)
    return told and not row.answer.disagreements


def agreement_detected(case: Case, row: Row) -> bool | None:
    """Outlets giving the same value (however written) are shown as agreeing."""
    return _relation_case(case, row, "agree")


# --- aggregation --------------------------------------------------------------------

Metric = Callable[[Case, Row], Any]


def mean_of(metric: Metric, pairs: Sequence[tuple[Case, Row]]) -> float | None:
    """Average of what applies; (num, den) pairs are pooled as a ratio of sums."""
    values = [v for v in (metric(c, r) for c, r in pairs) if v is not None]
    if not values:
        return None
    if isinstance(values[0], tuple):
        num, den = sum(v[0] for v in values), sum(v[1] for v in values)
        return num / den if den else None
    return sum(float(v) for v in values) / len(values)


def refusal_precision_recall(
    pairs: Sequence[tuple[Case, Row]],
) -> tuple[float | None, float | None]:
    answered = [(c, r) for c, r in pairs if r.answer is not None]
    refused = [c for c, r in answered if r.refused]
    unanswerable = [r for c, r in answered if not c.answerable]
    precision = sum(1 for c in refused if not c.answerable) / len(refused) if refused else None
    recall = sum(1 for r in unanswerable if r.refused) / len(unanswerable) if unanswerable else None
    return precision, recall


def percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def latency(rows: Sequence[Row]) -> dict[str, float | None]:
    totals = [r.timings.total_s for r in rows]
    firsts = [r.timings.first_token_s for r in rows if r.timings.first_token_s]
    return {
        "p50_s": median(totals) if totals else None,
        "p95_s": percentile(totals, 0.95),
        "ttft_p50_s": median(firsts) if firsts else None,
        "ttft_p95_s": percentile(firsts, 0.95),
    }
