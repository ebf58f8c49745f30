"""The eval suite itself: dataset validation, metrics, the runner, reports, the gate.

Metrics are checked on hand-made result records (their inputs are data, not a double
of anything); the runner runs retrieval-only over the real seeds index; the full
answer path with the default model is exercised in tests/test_answer_e2e.py and in
CI's eval gate.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from eval import dataset, gate, metrics, multihop, report, runner
from eval.compare import compare_runs
from rag.errors import InputError

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


def _result(**fields: object) -> dict[str, object]:
    return {
        "answer": "",
        "refused": False,
        "citations": [],
        "retrieved": [],
        "sentences": [],
        "disagreements": [],
        **fields,
    }


# --- datasets -----------------------------------------------------------------------


def test_gold_sets_load_and_their_evidence_is_verbatim() -> None:
    from rag.ingest import read_articles

    for gold, corpus in ((GOLD, SEEDS), (NEWSROOM / "gold.jsonl", NEWSROOM / "articles")):
        cases = dataset.load(gold)
        texts = {a.id: a.text for a in read_articles([corpus], 10**8) if hasattr(a, "text")}
        assert {c.type for c in cases} == set(dataset.TYPES)
        for case in cases:
            assert set(case.sources) <= set(texts), case.id
            for ev in case.evidence:
                assert " ".join(ev.sentence.split()) in " ".join(texts[ev.article].split()), case.id
            if case.type == "conflict":
                assert len({v.article for v in case.values}) >= 2, case.id
    assert len(dataset.load(GOLD)) >= 60
    assert len(dataset.load(NEWSROOM / "gold.jsonl")) >= 30


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
    assert metrics.fact_correct(case, _result(answer="Twelve died on 19 October [1]."))
    assert not metrics.fact_correct(case, _result(answer="12 died on October 18."))
    assert metrics.fact_correct(_case(answerable=False, facts=[]), _result()) is None


def test_refusal_and_citation_metrics() -> None:
    answerable, unanswerable = (
        _case(),
        _case(answerable=False, facts=[], sources=[], type="unanswerable"),
    )
    assert metrics.refusal_correct(unanswerable, _result(refused=True)) is True
    assert metrics.refusal_correct(answerable, _result(refused=True)) is False
    retrieved = [
        {"n": 1, "chunk_id": "a1#0", "article_id": "a1", "text": "x"},
        {"n": 2, "chunk_id": "b1#0", "article_id": "b1", "text": "y"},
    ]
    cites = [
        {"n": 1, "chunk_id": "a1#0", "article_id": "a1"},
        {"n": 2, "chunk_id": "b1#0", "article_id": "b1"},
    ]
    res = _result(answer="A [1]. B [2]. C [3].", citations=cites, retrieved=retrieved)
    assert metrics.citation_validity(answerable, res) == (2, 3)  # [3] resolves to nothing
    swapped = [{**cites[0], "chunk_id": "b1#0"}, {**cites[1], "chunk_id": "a1#0"}]
    res_swapped = _result(answer="A [1]. B [2].", citations=swapped, retrieved=retrieved)
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
    cites = [{"n": 1, "article_id": "a1"}, {"n": 2, "article_id": "b1"}]
    good = [{"text": "A says 12", "citations": [1]}, {"text": "B says 16", "citations": [2]}]
    swapped = [{"text": "A says 16", "citations": [1]}, {"text": "B says 12", "citations": [2]}]
    assert metrics.conflict_coverage(case, _result(citations=cites, sentences=good)) is True
    assert metrics.conflict_coverage(case, _result(citations=cites, sentences=swapped)) is False


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


def test_multihop_answer_rows_keep_the_raw_reply_and_score_both_settings(tiny_assistant) -> None:  # type: ignore[no-untyped-def]
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
    assert [r["id"] for r in gold] == ["7"]  # null queries have no gold evidence
    retrieved = multihop.run_answers(tiny_assistant, [answerable, null], False, llm="tiny")
    assert [r["id"] for r in retrieved] == ["7", "8"]
    for row in gold + retrieved:
        assert isinstance(row["paper"], bool) and isinstance(row["strict"], bool)
        assert isinstance(row["raw"], str) and row["total_s"] > 0
        if row["fallback"]:
            assert row["refused"] and row["answer"] != row["raw"]
    assert retrieved[1]["paper"] == retrieved[1]["refused"]  # a null query counts when refused


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
    assert gate.main([str(good), "--floors", str(floors)]) == 0
    assert gate.main([str(bad), "--floors", str(floors)]) == 1
    empty = tmp_path / "empty.json"
    empty.write_text("{}")
    assert gate.main([str(empty), "--floors", str(floors)]) == 1  # a missing figure fails


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


def test_rag_eval_cli_retrieval_only(tmp_path: Path) -> None:
    from rag.cli import _register_plugins, cli

    _register_plugins()
    result = CliRunner().invoke(
        cli, ["eval", "--retrieval-only", "--limit", "5", "--out", str(tmp_path / "run")]
    )
    assert result.exit_code == 0, result.output
    assert "hit_at_k=" in result.output and (tmp_path / "run" / "report.md").is_file()
