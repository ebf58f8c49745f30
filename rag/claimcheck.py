"""A claim about a report that the answering model found nothing for, read by the
model's chance of "yes".

A yes/no question that makes claims about several reports ("Does the Sarnow Ledger
report X, while Radio Valecrest says Y?") is asked one claim at a time, each of its own
report (`question.parts`), and is yes only when every claim is (`answer.merge`). Asked
for the words that answer a claim, the model often finds none, for a false claim (its
report says another value, or nothing of the kind) and for a true one told in other
words; then the whole question had no verdict. Such a claim is read once more, in a
prompt of its own with the same sentences, headed by the report's outlet: "Answer from
the sentences only. Reply yes or no." The first token's chance of "yes" decides: a
claim the model finds likely (`Config.claim_yes_min`) is "yes"; one it finds unlikely
(below `Config.claim_no_max`: what a report says that its sentences do not say is not
what it says) is "no"; either stands on the report's most relevant sentence. In
between, the claim stays unanswered. A claim the model answered keeps its answer.
"""

from __future__ import annotations

from rag.extract import OutletSentences, numbered
from rag.llm import LLM, Message
from rag.prompts import Prompts
from rag.question import Question
from rag.types import Extraction

UNANSWERED = ("not_found", "off_topic", "ungrounded")  # what the model's reply left open


def reads(question: Question) -> bool:
    """Are the claims of `question` read again when unanswered? Those of a question
    that makes claims about several reports (`Question.claim`)."""
    return question.claim and question.kind == "yesno"


def open_claim(question: Question, found: Extraction, group: OutletSentences) -> bool:
    """Is `found` such a claim's reply that answered nothing, with sentences to read?"""
    return reads(question) and found.status in UNANSWERED and bool(group.sentences)


def claim_prompt(prompts: Prompts, question: str, group: OutletSentences) -> list[Message]:
    """The yes/no prompt: the report's numbered sentences, headed by its outlet (the
    claim names it: "Is it true that Radio Valecrest says …?"), and the claim."""
    heading = f"Sentences from {group.outlet}:" if group.outlet else "Sentences:"
    user = prompts.render(
        "claim_check_user", heading=heading, sentences=numbered(group), question=question
    )
    return [
        {"role": "system", "content": prompts.render("claim_check_system")},
        {"role": "user", "content": user},
    ]


def claim_chance(model: LLM, prompts: Prompts, question: str, group: OutletSentences) -> float:
    """How likely the model finds that the report's sentences say the claim."""
    return model.yes_chance(claim_prompt(prompts, question, group))


def verdict(chance: float, yes_min: float, no_max: float) -> str:
    """ "yes" for a claim the model finds likely, "no" for one it finds unlikely, ""
    (still unanswered) in between."""
    return "yes" if chance >= yes_min else "no" if chance < no_max else ""
