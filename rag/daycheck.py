"""A second reading of a day the words of its sentence do not vouch for.

A reply to "On what date …?" stands on a sentence. When that sentence says no word of
the act asked, or less than a third of its words (`verify.tells_day_of`), its words
cannot tell the asked act's day from a neighbouring act's: "Dorian Keefe, 31, who was
arrested on 17 March, …" for when his trial begins; "Ossel Water lifted the boil-water
notice … on Friday, 25 August" for when its chief executive apologised. Other words
may still tell the act ("the Harrowmere Dam gave way early Tuesday" for when it
failed). So the model is asked once more, in a prompt of its own with only that
sentence, whether the sentence says the day is the answer; a day it finds unlikely
(`Config.day_check_min`) answers nothing.
"""

from __future__ import annotations

from rag.llm import LLM, Message
from rag.prompts import Prompts
from rag.question import Question
from rag.types import Extraction
from rag.verify import asks_day, tells_day_of


def checks(question: Question) -> bool:
    """Are the day answers to `question` read a second time? Those to a question asking
    on what day, which says itself what it asks: not a part read with the question it is
    part of ("…, and what day was it?"), which the model, given both, misreads."""
    return question.kind == "date" and asks_day(question.text) and not question.context


def unvouched(question: Question, found: Extraction) -> bool:
    """Is `found` a day answer to such a question, whose sentence says less than a
    third of the words of what the question asks the day of ("Harnock & Vaile reopened
    on Wednesday, 22 March, … after the replacement window was delivered late" says one
    of "thieves break the rear window")?"""
    return (
        checks(question)
        and found.answered
        and not tells_day_of(question.text, found.sentence, third=True)
    )


def check_prompt(prompts: Prompts, question: str, answer: str, sentence: str) -> list[Message]:
    """The yes/no prompt: does the sentence say that `answer` answers the question?"""
    user = prompts.render("day_check_user", sentence=sentence, question=question, answer=answer)
    return [
        {"role": "system", "content": prompts.render("day_check_system")},
        {"role": "user", "content": user},
    ]


def told_chance(model: LLM, prompts: Prompts, question: str, found: Extraction) -> float:
    """How likely the model finds that `found`'s sentence gives its day as the answer."""
    return model.yes_chance(check_prompt(prompts, question, found.answer, found.sentence))
