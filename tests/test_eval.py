"""The eval suite itself: dataset validation, metrics, the runner, reports, the gate.

Metrics are checked on hand-made result records (their inputs are data, not a double
of anything); the runner runs retrieval-only over the real seeds index; the full
answer path with the default model is exercised in tests/test_answer_e2e.py and in
CI's eval gate.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from eval import dataset, metrics, multihop, report, runner
from eval.compare import compare_runs
from eval.rows import Row
from rag.errors import InputError
from rag.retrieve import Retriever
from rag.types import (
    Answer,
    Chunk,
    Citation,
    Comparison,
    Hit,
    SentenceSupport,
    SlotValue,
    Timings,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "data" / "seeds_gold.jsonl"
NEWSROOM = ROOT / "eval" / "corpora" / "newsroom"


def _case(**fields: object) -> dataset.Case:
    row = {
        "id": "c1",
        "question": "How many?",
        "facts": [["12", "twelve"]],
        "sources": ["a1"],
        "answerable": True,
        "type": "fact",
        **fields,
    }
    return dataset.parse(row)


def _hit(n: int, article: str, text: str = "x") -> Hit:
    chunk = Chunk(f"{article}#0", article, text, 0, 0, len(text), title=f"T{n}", outlet=article)
    return Hit(chunk, 1.0, 1.0)


def _row(text: str = "", refused: bool = False, **fields: object) -> Row:
    """A row holding an `Answer` built from `text` and the given record fields."""
    fields.setdefault("passages", ())
    answer = Answer(question="q?", text=text, refused=refused, **fields)  # type: ignore[arg-type]
    return Row("c1", "h", "fact", "q?", retrieved=answer.passages, answer=answer)


def _cite(n: int, hit: Hit) -> Citation:
    c = hit.chunk
    return Citation(n, c.id, c.article_id, c.outlet, c.title, "", "", c.text, c.text)


# --- datasets -----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(dataset.SETS))
def test_gold_sets_load_and_their_evidence_is_verbatim(name: str) -> None:
    from rag.ingest import read_articles

    gold, corpus = dataset.SETS[name]
    if not gold.is_file():
        pytest.skip(f"{name}: no gold file yet")
    cases = dataset.load(gold)
    texts = {a.id: a.text for a in read_articles([corpus], 10**8) if hasattr(a, "text")}
    for case in cases:
        assert set(case.sources) <= set(texts), case.id
        for ev in case.evidence:
            assert " ".join(ev.sentence.split()) in " ".join(texts[ev.article].split()), case.id
        for value in (*case.values, *case.earlier, *case.events):
            assert not value.article or value.article in texts, case.id
        if case.type == "conflict":
            assert len({v.article for v in case.values}) >= 2, case.id
        assert case.answerable == bool(case.facts or case.events), case.id
    splits = {c.split for c in cases}
    # seeds and newsroom predate splits: each whole set has one role (eval/README.md)
    assert len(cases) >= 28 and (splits <= {"dev", "test"} or splits == {""})  # running: 28


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x"}', "expected field 'question'"),
        (
            '{"id": "x", "question": "q", "facts": [], "sources": [], "answerable": true, '
            '"type": "opinion"}',
            "type: expected one of",
        ),
        ("{not json", "malformed JSON"),
    ],
)
def test_a_bad_dataset_line_is_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(GOLD.read_text().splitlines()[0] + "\n" + line + "\n")
    with pytest.raises(InputError) as err:
        dataset.load(path)
    assert f"{path}:2" in str(err.value) and message in str(err.value)


# --- metrics ------------------------------------------------------------------------


def test_fact_matching_normalises_numbers_dates_and_case() -> None:
    case = _case(facts=[["12"], ["October 19", "Oct. 19"]])
    assert metrics.fact_correct(case, _row("Twelve died on 19 October [1]."))
    assert not metrics.fact_correct(case, _row("12 died on October 18."))
    assert metrics.fact_correct(_case(answerable=False, facts=[]), _row()) is None


def test_refusal_and_citation_metrics() -> None:
    answerable, unanswerable = (
        _case(),
        _case(answerable=False, facts=[], sources=[], type="unanswerable"),
    )
    assert metrics.refusal_correct(unanswerable, _row(refused=True)) is True
    assert metrics.refusal_correct(answerable, _row(refused=True)) is False
    hits = (_hit(1, "a1"), _hit(2, "b1"))
    cites = (_cite(1, hits[0]), _cite(2, hits[1]))
    res = _row("A [1]. B [2]. C [3].", citations=cites, passages=hits)
    assert metrics.citation_validity(answerable, res) == (2, 3)  # [3] resolves to nothing
    swapped = (replace(cites[0], chunk_id="b1#0"), replace(cites[1], chunk_id="a1#0"))
    res_swapped = _row("A [1]. B [2].", citations=swapped, passages=hits)
    assert metrics.citation_validity(answerable, res_swapped) == (0, 2)  # bound to the wrong chunk
    assert metrics.citation_precision(answerable, res) == (1, 2)
    assert metrics.citation_recall(answerable, res) == 1.0
    assert metrics.mean_of(metrics.citation_validity, [(answerable, res)]) == pytest.approx(2 / 3)


def test_conflict_coverage_needs_each_value_cited_to_its_outlet() -> None:
    case = _case(
        type="conflict",
        facts=[["12"], ["16"]],
        sources=["a1", "b1"],
        values=[{"aliases": ["12"], "article": "a1"}, {"aliases": ["16"], "article": "b1"}],
    )
    hits = (_hit(1, "a1"), _hit(2, "b1"))
    cites = (_cite(1, hits[0]), _cite(2, hits[1]))
    good = (
        SentenceSupport("A says 12", (1,), 1, True),
        SentenceSupport("B says 16", (2,), 1, True),
    )
    swapped = (
        SentenceSupport("A says 16", (1,), 1, True),
        SentenceSupport("B says 12", (2,), 1, True),
    )
    assert metrics.conflict_coverage(case, _row(citations=cites, sentences=good)) is True
    assert metrics.conflict_coverage(case, _row(citations=cites, sentences=swapped)) is False


def test_rows_round_trip_losslessly(seeded_index) -> None:  # type: ignore[no-untyped-def]
    """What a run stores is what production verified: dump → load gives equal records,
    passages with their title, outlet and date included."""
    from eval.rows import dump, load

    found = Retriever(seeded_index, seeded_index.config).retrieve("Why did Putin cancel?")
    hits = found.hits
    answer = Answer(
        question="Why did Putin cancel?",
        text="Because of Aleppo [1].",
        passages=hits,
        citations=(_cite(1, hits[0]),),
        sentences=(SentenceSupport("Because of Aleppo.", (1,), 0.8, True),),
        comparisons=(Comparison("date", "date", "disagree", (SlotValue("Oct. 19", "X", 1, "q"),)),),
        timings=Timings(0.1, 1.0, 2.0),
    )
    row = Row("c1", "h", "fact", "q", ("earlier?",), True, hits, answer, 0.7, False)
    again = load(dump(row))
    assert again == row
    assert again.answer is not None and again.answer.passages[0].chunk.title
    assert again.answer.passages[0].chunk.published_at == hits[0].chunk.published_at


def test_multihop_scoring_rules() -> None:
    assert multihop.paper_correct("The answer is Sam Altman.", "Sam Altman")
    # the authors' qa_evaluate.py splits on white space only: "No." shares no word with "no"
    assert multihop.paper_correct("no it did not", "No") and not multihop.paper_correct("No.", "no")
    assert multihop.strict_correct("No, it did not.", "no")
    assert not multihop.strict_correct("It did not say no.", "no")  # must start with it
    assert multihop.strict_correct("It was Sam Altman [1].", "Sam Altman")
    query = multihop.Query(
        "1", "q", "inference_query", "x", ({"fact": "Fact one."}, {"fact": "Fact two."})
    )
    got = multihop.retrieval_scores(query, ["other", "a Fact two. b", "x", "y", "Fact one."])
    assert got["hits@4"] == 1.0 and got["mrr@10"] == 0.5 and got["all@10"] == 1.0
    assert multihop.retrieval_scores(query, ["Fact one."] + ["z"] * 9)["recall@10"] == 0.5


def test_multihop_dev_is_the_seed_zero_sample_and_test_is_every_other_query() -> None:
    queries = [
        multihop.Query(str(i), f"q{i}", kind, "yes", ())
        for kind in multihop.TYPES
        for i in range(len(multihop.TYPES) * 100)
        if i % len(multihop.TYPES) == multihop.TYPES.index(kind)
    ]
    dev, test = multihop.split(queries, "dev"), multihop.split(queries, "test")
    assert [q.id for q in dev] == [q.id for q in multihop.sample(queries, multihop.DEV_PER_TYPE)]
    assert {q.id for q in dev}.isdisjoint(q.id for q in test)
    assert len(dev) + len(test) == len(queries) == len(multihop.split(queries, "all"))
    # a sample of the test half never draws a dev query
    assert {q.id for q in multihop.sample(test, 30)}.isdisjoint(q.id for q in dev)


def test_multihop_answer_rows_keep_the_answer_and_score_both_settings(tiny_assistant) -> None:  # type: ignore[no-untyped-def]
    fact = {
        "fact": "Hollande told TF1 that Russia could face war crimes charges over Aleppo.",
        "source": "Reuters",
        "published_at": "2016-10-11T00:00:00+00:00",
        "title": "Hollande on Aleppo",
    }
    answerable = multihop.Query(
        "7", "What did Hollande tell TF1?", "inference_query", "Aleppo", (fact,)
    )
    null = multihop.Query("8", "Who won the 1930 chess olympiad?", "null_query", "", ())
    gold = multihop.run_answers(tiny_assistant, [answerable, null], gold_evidence=True, llm="tiny")
    assert [r.id for r in gold] == ["7"]  # null queries have no gold evidence
    retrieved = multihop.run_answers(tiny_assistant, [answerable, null], False, llm="tiny")
    assert [r.id for r in retrieved] == ["7", "8"]
    for row in gold + retrieved:
        assert isinstance(row.paper, bool) and isinstance(row.strict, bool)
        assert row.answer.timings.total_s > 0
        if row.answer.fallback:
            assert row.answer.refused and row.answer.text != row.answer.raw
    assert retrieved[1].paper == retrieved[1].answer.refused  # a null query counts when refused
    assert multihop.load_rows(multihop.dump_rows(gold + retrieved)) == gold + retrieved


# --- runner, report, gate, compare ----------------------------------------------------


def test_retrieval_only_run_writes_a_report_and_resumes(seeded_index, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from rag.chat import Assistant

    assistant = Assistant(seeded_index.config, seeded_index)
    cases = dataset.load(GOLD)[:6]
    c = seeded_index.config
    settings = runner.RunSettings(str(GOLD), 4, c.llm, True, c.hybrid, c.rerank, c.min_relevance)
    results = runner.run(assistant, cases, settings, tmp_path)
    summary = runner.summarize(cases, results, settings)
    files = report.write(summary, tmp_path)
    assert {p.name for p in files} >= {"report.json", "report.md", "accuracy_by_type.png"}
    data = json.loads((tmp_path / "report.json").read_text())
    assert 0 <= data["retrieval"]["hit_at_k"] <= 1 and data["retrieval"]["mrr"] > 0
    assert data["by_type"]["fact"]["n"] == 6 and len(data["cases"]) == 6
    seen: list[int] = []  # a second run with the same settings redoes nothing
    runner.run(assistant, cases, settings, tmp_path, progress=seen.append)
    assert seen == [6]
    assert len((tmp_path / "cases.jsonl").read_text().splitlines()) == 6


def test_gate_passes_and_fails_on_floors(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"answer.fact_accuracy": 0.5, "answer.citation_validity": 1.0}))
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"answer": {"fact_accuracy": 0.6, "citation_validity": 1.0}}))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"answer": {"fact_accuracy": 0.6, "citation_validity": 0.97}}))
    empty = tmp_path / "empty.json"
    empty.write_text("{}")
    for report_file, code in ((good, 0), (bad, 1), (empty, 1)):  # a missing figure fails
        result = _rag(["eval", "gate", str(report_file), "--floors", str(floors)])
        assert result.exit_code == code, result.output
    assert (
        "eval gate: FAILED (1 under the floor)"
        in _rag(["eval", "gate", str(bad), "--floors", str(floors)]).output
    )


def test_compare_lists_cases_that_changed(tmp_path: Path) -> None:
    def run(name: str, ok: bool, acc: float) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        case = {"id": "c1", "question": "q?", "verdicts": {"fact_correct": ok}}
        folder.joinpath("report.json").write_text(
            json.dumps({"answer": {"fact_accuracy": acc}, "cases": [case]})
        )
        return folder

    text = compare_runs(run("a", False, 0.4), run("b", True, 0.5))
    assert "answer.fact_accuracy" in text and "+0.100" in text
    assert "better in B (1)" in text and "c1" in text and "worse in B (0)" in text


def _rag(args: list[str]):  # type: ignore[no-untyped-def]
    from rag.cli import _register_plugins, cli

    _register_plugins()
    return CliRunner().invoke(cli, args)


def test_rag_eval_cli_retrieval_only(tmp_path: Path) -> None:
    result = _rag(
        ["eval", "run", "--retrieval-only", "--limit", "5", "--out", str(tmp_path / "run")]
    )
    assert result.exit_code == 0, result.output
    assert "hit_at_k=" in result.output and (tmp_path / "run" / "report.md").is_file()
    run = json.loads((tmp_path / "run" / "run.json").read_text())
    assert run["settings"]["k"] is None  # no -k: each question gets what `rag ask` gives it
    again = _rag(["eval", "rescore", str(tmp_path / "run"), str(tmp_path / "again")])
    assert again.exit_code == 0, again.output
    # a rescored run keeps no index: rescoring it would check answers against nothing
    twice = _rag(["eval", "rescore", str(tmp_path / "again"), str(tmp_path / "twice")])
    assert twice.exit_code != 0 and "holds no articles" in twice.output


def test_rescoring_a_run_with_unchanged_code_reproduces_it(tiny_assistant, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from eval.rescore import redated, rescore

    wanted = {
        "fact-01",
        "fact-02",
        "multi-02",
        "multi-04",
        "conflict-01",
        "unans-01",
        "followup-02",
    }
    cases = [c for c in dataset.load(GOLD) if c.id in wanted]
    assert len(cases) == len(wanted)
    c = tiny_assistant.config
    settings = runner.RunSettings(
        str(GOLD), None, "tiny", False, c.hybrid, c.rerank, c.min_relevance
    )
    stored = runner.run(tiny_assistant, cases, settings, tmp_path)
    by_id = {r.id: r for r in stored}
    # as `rag ask` asks: "still" asks a value now, one passage from each report first, then
    # each report read in its next passage; any other question: top_k passages, then the
    # next passage of their reports (no new report)
    for case_id in ("multi-02", "fact-01"):
        read = [h.chunk.article_id for h in by_id[case_id].retrieved]
        reports = len(set(read))
        assert len(set(read[:reports])) == reports, case_id  # every report before any repeat
        assert all(read.count(a) <= c.report_passages for a in read), case_id
    assert len(set(h.chunk.article_id for h in by_id["multi-02"].retrieved)) == 3  # the seeds
    fact = [h.chunk.article_id for h in by_id["fact-01"].retrieved]
    assert c.top_k < len(fact) <= c.top_k * c.report_passages
    assert set(fact[c.top_k :]) <= set(fact[: c.top_k])
    done, rows, _, kept = rescore(tiny_assistant, tmp_path)
    assert [c.id for c in done] == [r.id for r in stored]
    assert not kept  # every answer with replies was replayed
    for before, after in zip(stored, rows, strict=True):
        assert after.answer == before.answer, before.id
    timeline = tiny_assistant.answer("Give me a timeline of the row over Putin's Paris visit.")
    assert timeline.sentences and not timeline.extractions  # model-free: nothing to replay
    assert redated(tiny_assistant, timeline) == timeline  # so it is made again instead


def test_a_rescored_reason_is_asked_of_one_report_as_the_assistant_asks_it(seeded_index) -> None:  # type: ignore[no-untyped-def]
    """A reason someone gave ("what reason did … give") is asked report by report until
    one gives it (a cause, "why did …", is asked of every report, to be compared); the
    replay of a stored run stops there too, so the next part's replies stay the next
    part's."""
    import re

    from eval.rescore import reanswered
    from rag.answer import merge
    from rag.chat import Assistant
    from rag.question import analyze
    from rag.types import Answer, Extraction

    assistant = Assistant(seeded_index.config, seeded_index)
    q = (
        "What reason did the Kremlin give for Putin cancelling his visit to Paris, "
        "and when was the visit planned?"
    )
    retrieval = assistant.retriever.retrieve(q, deepen=assistant.depth(None, None))
    scored, _ = assistant.evidence(q, retrieval)
    base = replace(Answer(q, "", ()), passages=retrieval.hits, standalone_question=q)
    (why, why_groups), (when, when_groups) = list(assistant.asked_parts(analyze(q), scored, base))
    assert why.kind == "reason" and not why.slot and len(why_groups) > 1
    # the live run: the first report gives the reason (its first sentence that the
    # checks accept as one) …
    first = why_groups[0]
    replies = (
        json.dumps({"answer": s.sentence, "sentence": i}) for i, s in enumerate(first.sentences, 1)
    )
    check = assistant.reports.check
    reason = next(r for r in replies if check(why, first, r, base.passages).answered)
    # … then each report is asked the date: its own day of October where it gives one
    day = re.compile(r"\b(?:Oct\.|October) \d{1,2}\b")
    dates = []
    for g in when_groups:
        at = next((i for i, s in enumerate(g.sentences, 1) if day.search(s.sentence)), 0)
        found = day.search(g.sentences[at - 1].sentence).group() if at else ""
        dates.append(json.dumps({"answer": found or "NOT FOUND", "sentence": at}))
    assert any("Oct" in d for d in dates)
    live = merge(
        [
            assistant.reports.finish(base, why, [first], [reason]),
            assistant.reports.finish(base, when, when_groups, dates),
        ],
        [why, when],
    )
    stored = [
        Extraction(g.outlet, "answered", "", article_id=g.article_id, raw=raw)
        for g, raw in [(first, reason), *zip(when_groups, dates)]
    ]
    again = reanswered(assistant, replace(live, extractions=tuple(stored)))
    assert again is not None
    assert again.direct == live.direct and again.text == live.text
    assert [e.answer for e in again.extractions] == [e.answer for e in live.extractions]
