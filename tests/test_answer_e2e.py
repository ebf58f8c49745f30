"""End to end on the real pipeline: seeds index, real retrieval, real llama.cpp.

The default model (Qwen2.5-Coder 1.5B) must answer the seed questions with verified
citations into the seeds and show the outlets' disagreement; SmolLM2 (fast, weak)
checks the event stream's structure. Facts and structure are asserted, never wording.
"""

from __future__ import annotations

import pytest

from rag.types import Done, Evidence, Token

SEED_IDS = {"000_09ce886c40ddfbf1", "002_85f1f65a0c21d376", "004_af0b6deb40d81af6"}


def assert_citations_resolve(answer) -> None:  # type: ignore[no-untyped-def]
    passages = {n: h.chunk for n, h in enumerate(answer.passages, 1)}
    for c in answer.citations:
        assert c.n in passages and passages[c.n].id == c.chunk_id, c
        assert c.article_id in SEED_IDS and c.quote in passages[c.n].text
    for s in answer.sentences:
        assert all(n in passages for n in s.citations), s


def test_event_stream_structure_with_tiny_model(tiny_assistant) -> None:  # type: ignore[no-untyped-def]
    events = list(tiny_assistant.ask("Why did Putin cancel his visit to Paris?"))
    assert isinstance(events[0], Evidence) and events[0].relevant
    assert events[0].outlets, "what each outlet says is ready before the model's first token"
    assert all(isinstance(e, Token) for e in events[1:-1])
    assert isinstance(events[-1], Done)
    answer = events[-1].answer
    assert answer.extractions and answer.raw == "\n".join(e.raw for e in answer.extractions)
    asked = {e.outlet for e in answer.extractions}  # one model call per outlet with evidence
    assert asked <= {o.outlet for o in events[0].outlets}
    assert_citations_resolve(answer)
    assert (
        answer.timings.first_token_s > 0 and answer.timings.total_s >= answer.timings.first_token_s
    )


def test_replies_begin_in_the_prompt_and_end_after_the_answer(tiny_assistant, llm_pool) -> None:  # type: ignore[no-untyped-def]
    """The words every JSON reply begins with are read with the prompt, not generated;
    a value's reply stops after the answer (its sentence is looked up, not asked)."""
    answer = tiny_assistant.answer("How many people were killed in Aleppo on Tuesday?")
    assert answer.kind == "number" and answer.extractions
    for e in answer.extractions:
        assert e.raw.startswith('{"answer": "') and '", "sentence"' not in e.raw
    model = llm_pool.get("tiny")
    parts = list(model.stream([{"role": "user", "content": "Say yes."}], 3, start="Yes,"))
    assert parts[0] == "Yes," and len(parts) > 1


def test_off_corpus_question_is_refused_without_the_model(tiny_assistant) -> None:  # type: ignore[no-untyped-def]
    events = list(tiny_assistant.ask("What is the capital of Australia?"))
    assert not any(isinstance(e, Token) for e in events)  # the gate refused: no model call
    answer = events[-1].answer
    assert answer.refused and "relevant" in answer.refusal_reason and not answer.citations


@pytest.mark.slow
def test_default_model_answers_why_with_verified_citations(local_assistant) -> None:  # type: ignore[no-untyped-def]
    answer = local_assistant.answer("Why did Putin cancel his visit to Paris?")
    assert not answer.refused and not answer.fallback, answer.refusal_reason
    assert answer.direct and answer.sentences[0].citations
    assert_citations_resolve(answer)
    text = answer.text.lower()
    assert any(word in text for word in ("war crime", "syria", "aleppo", "hollande"))
    for e in answer.extractions:  # every answer shown stands in the sentence it cites
        if e.answered and e.answer.lower() not in ("yes", "no"):
            assert e.sentence in answer.passages[e.n - 1].chunk.text


@pytest.mark.slow
def test_default_model_shows_both_casualty_figures(local_assistant) -> None:  # type: ignore[no-untyped-def]
    answer = local_assistant.answer("How many people were killed in Aleppo on Tuesday?")
    [disagreement] = answer.disagreements
    values = {v.outlet: v.value for v in disagreement.values}
    assert "12" in values["Arutz Sheva"] and "16" in values["Newsmax"], values
    cited = {c.n: c.article_id for c in answer.citations}
    for value, article in (("12", "000_09ce886c40ddfbf1"), ("16", "002_85f1f65a0c21d376")):
        assert any(
            value in s.text and any(cited.get(n) == article for n in s.citations)
            for s in answer.sentences
        ), (value, answer.text)
    assert_citations_resolve(answer)


@pytest.mark.slow
def test_default_model_follow_up_uses_the_conversation(local_assistant) -> None:  # type: ignore[no-untyped-def]
    answer = local_assistant.answer(
        "And what did the Kremlin spokesman say?",
        history=["Why did Putin cancel his visit to Paris?"],
    )
    assert answer.standalone_question != answer.question  # condensed before retrieval
    assert "peskov" in " ".join(h.chunk.text.lower() for h in answer.passages)
    assert_citations_resolve(answer)
