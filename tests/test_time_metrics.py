"""Time metrics on hand-made rows: as-of citations, latest value, earlier values with
their dates, and timelines (order, coverage, day, citation). Their inputs are data, the
pipeline's own `Answer` records; no model runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from eval import dataset, metrics
from eval import time_metrics as tm
from eval.rows import Row
from rag.types import Answer, Chunk, Citation, Hit

DEATHS = [
    {"aliases": ["1", "one"], "date": "2026-09-07", "article": "tl01"},
    {"aliases": ["2", "two"], "date": "2026-09-08", "article": "tl02"},
    {"aliases": ["4", "four"], "date": "2026-09-11", "article": "tl03"},
    {"aliases": ["6", "six"], "date": "2026-09-15", "article": "tl05"},
]


def _case(**fields: Any) -> dataset.Case:
    row = {
        "id": "c1",
        "question": "How many have died?",
        "facts": [["7", "seven"]],
        "sources": ["tl08"],
        "answerable": True,
        "type": "latest",
        **fields,
    }
    return dataset.parse(row)


def _cite(n: int, published_at: str, passage: str = "x", outlet: str = "") -> Citation:
    article = f"a{n}"
    outlet = outlet or f"Outlet {n}"
    return Citation(n, f"{article}#0", article, outlet, "T", published_at, "", passage, passage)


def _row(text: str = "", direct: str = "", citations: tuple[Citation, ...] = ()) -> Row:
    hits = tuple(
        Hit(Chunk(c.chunk_id, c.article_id, c.passage, 0, 0, 1, published_at=c.published_at), 1, 1)
        for c in citations
    )
    answer = Answer("q?", text, hits, citations=citations, direct=direct)
    return Row("c1", "h", "latest", "q?", retrieved=hits, answer=answer)


NO_ANSWER = Row("c1", "h", "latest", "q?")


# --- as of, latest, earlier ---------------------------------------------------------------


def test_as_of_counts_cited_passages_published_by_the_date() -> None:
    case = _case(type="as_of", as_of="2026-09-09")
    cites = (
        _cite(1, "2026-09-08"),
        _cite(2, "2026-09-09"),  # the day itself counts
        _cite(3, "2026-09-11"),
        _cite(4, ""),  # an undated article is not known to be
    )
    assert tm.as_of_cited(case, _row("Two had died [1][2][3][4].", citations=cites)) == (2, 4)
    assert tm.as_of_cited(_case(), _row(citations=cites)) is None
    assert tm.as_of_cited(case, NO_ANSWER) is None


def test_latest_value_is_read_from_the_direct_answer() -> None:
    case = _case()
    assert tm.latest_correct(case, _row("...", direct="Seven people have died [1].")) is True
    assert tm.latest_correct(case, _row("7 by Sept. 22; 6 earlier.", direct="Six died.")) is False
    assert tm.latest_correct(_case(type="fact"), _row(direct="7")) is None
    assert tm.latest_correct(case, NO_ANSWER) is None


def test_the_latest_value_is_the_newest_one_the_answer_lists_not_an_earlier_one() -> None:
    from dataclasses import replace

    from rag.types import Comparison, SlotValue

    case = _case()
    line = "Eight as of Sept. 24 (Outlet 2) [2], changed over time; earlier reports: 7 on Sept. 22."
    row = _row(line, direct=line)

    def listed(*values: str) -> Row:
        told = tuple(
            SlotValue(v, f"Outlet {i}", i, f"{v} died.", f"2026-09-2{i}")
            for i, v in enumerate(values, 1)
        )  # oldest first, as `rag.answer` lists a value that changed
        answer = replace(row.answer, comparisons=(Comparison("deaths", "number", "changed", told),))
        return replace(row, answer=answer)

    assert tm.latest_correct(case, listed("7", "Eight")) is False  # 7 is only an earlier value
    assert tm.latest_correct(case, listed("six", "seven")) is True
    # nor does the fact count as found: the answer gives it as an earlier value
    assert metrics.fact_correct(case, listed("7", "Eight")) is False
    assert metrics.fact_correct(case, listed("six", "seven")) is True


def test_earlier_values_need_their_own_date_beside_them() -> None:
    case = _case(earlier=DEATHS)
    text = (
        "Seven have died by Sept. 22 [1].\n"
        "Earlier reports: 1 on Sept. 7 (Evening Post); two on 8 September (FBS News) [2]; "
        "4 reported 2026-09-11; 6 by Sept. 16."  # the last is dated wrongly
    )
    assert tm.earlier_listed(case, _row(text)) == 0.75


def test_a_value_listed_as_changed_must_be_a_gold_value() -> None:
    from dataclasses import replace

    from rag.types import Comparison, SlotValue

    case = _case(earlier=DEATHS)
    values = tuple(
        SlotValue(v, f"Outlet {i}", i, f"{v} died.", day)
        for i, (v, day) in enumerate(
            [("one", "2026-09-07"), ("3", "2026-09-10"), ("six", "2026-09-15"), ("7", "2026-09-22")]
        )
    )  # "3": three *more* deaths that day, listed as if it were the toll
    row = _row("7 by Sept. 22 [4].")
    answer = replace(row.answer, comparisons=(Comparison("deaths", "number", "changed", values),))
    assert tm.values_gold(case, replace(row, answer=answer)) == (3, 4)
    assert tm.values_gold(case, row) is None  # nothing listed as changed
    assert tm.values_gold(_case(type="fact", earlier=DEATHS), replace(row, answer=answer)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll rose from 1 on Sept. 7 to 2 on Sept. 8.", 1.0),
        ("The toll rose from 1 on Sept. 8 to 2 on Sept. 7.", 0.0),  # dates swapped
        ("One had died. That was on Sept. 7.", 0.0),  # not in one sentence
        ("Cases were first reported on Sept. 7, and 2 more came on 2026-09-08.", 0.5),
    ],
)
def test_each_value_is_paired_with_the_date_nearest_it(text: str, expected: float) -> None:
    case = _case(earlier=DEATHS[:2])
    assert tm.earlier_listed(case, _row(text)) == expected  # "7" of "Sept. 7" is no value


def test_an_earlier_value_may_itself_be_a_date() -> None:
    fair = [{"aliases": ["Sept. 19", "September 19"], "date": "2026-09-08", "article": "tl02"}]
    case = _case(earlier=fair, facts=[["Oct. 3"]])
    assert tm.earlier_listed(case, _row("It was first set for September 19 (FBS, Sept. 8).")) == 1
    assert tm.earlier_listed(case, _row("It was first set for Sept. 19.")) == 0
    assert tm.earlier_listed(_case(), _row("anything")) is None  # no earlier values


# --- timelines ------------------------------------------------------------------------------

EVENTS = [
    {"aliases": ["declared an outbreak"], "date": "2026-09-07", "article": "a1"},
    {"aliases": ["postpone"], "date": "2026-09-10", "article": "a2"},
    {"aliases": ["Holloway", "shut down"], "date": "2026-09-11", "article": "a3"},
]
P1 = "Provincial health officials on Monday declared an outbreak of Legionnaires' disease."
P2 = "The council voted on Thursday evening to postpone the Eastgate Harvest Fair."
P3 = "Health inspectors yesterday ordered a cooling tower shut down at Holloway Cold Storage."
CITES = (
    _cite(1, "2026-09-07", f"DUNMARROW — {P1} Nine are ill.", "Evening Post"),
    _cite(2, "2026-09-11", f"{P2} It was due on Sept. 19.", "Civic Ledger"),
    _cite(3, "2026-09-12", P3, "Evening Post"),
)
TIMELINE = (
    f"- Sept. 7, 2026: {P1} [1]\n"
    f"- Sept. 10: {P2} (Civic Ledger) [2]\n"
    "- Sept. 11: Health inspectors yesterday [Sept. 11, 2026] ordered a cooling tower shut "
    "down at Holloway Cold Storage [3]."
)


def _timeline_case() -> dataset.Case:
    return _case(type="timeline", facts=[], events=EVENTS)


def test_a_quoted_cited_timeline_in_order_scores_full_marks() -> None:
    case, row = _timeline_case(), _row(TIMELINE, citations=CITES)
    assert [e.date for e in tm.entries(row.answer)] == ["2026-09-07", "2026-09-10", "2026-09-11"]  # type: ignore[arg-type]
    assert tm.timeline_order(case, row) is True
    assert tm.timeline_coverage(case, row) == 1.0
    assert tm.timeline_dated(case, row) == 1.0
    assert tm.timeline_cited(case, row) == (3, 3)


def test_timeline_order_and_day() -> None:
    lines = TIMELINE.splitlines()
    swapped = _row("\n".join([lines[1], lines[0], lines[2]]), citations=CITES)
    assert tm.timeline_order(_timeline_case(), swapped) is False
    wrong_day = _row(TIMELINE.replace("Sept. 10:", "Sept. 9:"), citations=CITES)
    assert tm.timeline_order(_timeline_case(), wrong_day) is True
    assert tm.timeline_dated(_timeline_case(), wrong_day) == pytest.approx(2 / 3)
    assert tm.timeline_order(_timeline_case(), _row("Nothing is dated here.")) is None


def test_a_date_without_a_year_takes_the_year_nearest_the_entry_before() -> None:
    cites = (_cite(1, "2026-11-05"),)
    forward = _row("Timeline:\nDec. 3: moved [1].\nJan. 14: moved again [1].", citations=cites)
    backward = _row("Jan. 14: moved again [1].\nDec. 3: moved [1].", citations=cites)
    assert [e.date for e in tm.entries(forward.answer)] == ["2026-12-03", "2027-01-14"]  # type: ignore[arg-type]
    assert tm.timeline_order(_timeline_case(), forward) is True
    assert tm.timeline_order(_timeline_case(), backward) is False


def test_coverage_counts_gold_events_named() -> None:
    row = _row("Sept. 7: an outbreak was declared. Sept. 11: Holloway was shut [3].")
    assert tm.timeline_coverage(_timeline_case(), row) == pytest.approx(1 / 3)  # "Holloway"
    assert tm.timeline_coverage(_case(), row) is None


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        (f"Sept. 7, 2026 — {P1} [1]", True),
        (f"On Sept. 7, 2026, {P1[0].lower()}{P1[1:]} [1]", True),
        (f"Sept. 7, 2026: {P1} [2]", False),  # cites a passage that does not say it
        (f"Sept. 7, 2026: {P1}", False),  # cites nothing
        ("Sept. 7, 2026: Officials declared an outbreak [1].", False),  # not the sentence
        ("Sept. 7, 2026: [1]", False),  # nothing but a date
    ],
)
def test_a_timeline_entry_must_stand_in_a_sentence_it_cites(line: str, quoted: bool) -> None:
    row = _row(f"{line}\n- Sept. 10: {P2} [2]", citations=CITES)
    assert tm.timeline_cited(_timeline_case(), row) == (int(quoted) + 1, 2)


def test_summary_averages_what_applies() -> None:
    pairs = [
        (_timeline_case(), _row(TIMELINE, citations=CITES)),
        (_case(earlier=DEATHS), _row("Seven [1]. 1 on Sept. 7.", direct="Seven [1].")),
    ]
    summary = tm.summarize(pairs)
    assert set(summary) == set(tm.TIME_METRICS)
    assert summary["as_of_cited"] is None
    assert summary["latest_correct"] == 1.0
    assert summary["earlier_listed"] == 0.25
    assert summary["timeline_cited"] == 1.0


def test_an_entry_dated_by_a_span_and_a_heading_with_marks_are_read_as_written() -> None:
    text = (
        f"After the outbreak was declared (Sept. 7, 2026), earliest first: [1][2]\n"
        f"Sept. 7–13, 2026: {P1} [1]\n- Sept. 10: {P2} [2]"
    )
    row = _row(text, citations=CITES)
    assert [e.date for e in tm.entries(row.answer)] == ["2026-09-07", "2026-09-10"]  # type: ignore[arg-type]
    assert tm.timeline_cited(_timeline_case(), row) == (2, 2)
