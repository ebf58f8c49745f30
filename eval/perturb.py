"""Perturbed answers: gold claims with one name, number, date or place swapped.

For every gold case with an evidence sentence, two claims cite that sentence: the
gold fact itself (the alias the sentence contains: "Fyodor Lukyanov") and the whole
sentence. Each is perturbed by replacing one checkable item it holds (a name, a
number, a date or a place) with another item of the same type that occurs elsewhere
in the same article but not in the cited sentence: exactly the error a small model
makes when it takes the name from the neighbouring sentence. The verifier must accept
the gold claims and reject the perturbed ones (`rag.verify.supported`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from eval.dataset import Case
from rag.dates import MONTH
from rag.text import normalize, sentences

_DATE = re.compile(rf"\b(?:{MONTH})\.? \d{{1,2}}\b|\b\d{{1,2}} (?:{MONTH})\b", re.I)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*\d(?![\w])|(?<![\w.,])\d(?![\w.,])")
_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})*")


@dataclass(frozen=True)
class Claim:
    case_id: str
    text: str
    sentence: str  # the cited sentence
    question: str
    perturbed: bool
    swapped: str = ""  # "old → new"


def items(text: str) -> dict[str, list[str]]:
    """The dates, numbers and names (not sentence-initial) in `text`, by type."""
    dates = _DATE.findall(text)
    rest = _DATE.sub(" ", text)
    return {"date": dates, "number": _NUMBER.findall(rest), "name": _NAME.findall(rest)}


def _swap(text: str, sentence: str, article: str, rng: random.Random) -> tuple[str, str] | None:
    """`text` with one of its items replaced by one of the same type from `article`
    that the cited `sentence` does not hold."""
    mine, theirs = items(text), items(article)
    held = f" {normalize(sentence)} "
    options = [
        (kind, old, new)
        for kind, olds in mine.items()
        for old in olds
        for new in dict.fromkeys(theirs[kind])
        if f" {normalize(new)} " not in held and normalize(new) != normalize(old)
    ]
    if not options:
        return None
    kind, old, new = rng.choice(options)
    return text.replace(old, new, 1), f"{old} → {new}"


def claims(cases: Sequence[Case], articles: Mapping[str, str], seed: int = 0) -> list[Claim]:
    """Gold and perturbed claims for every case whose evidence sentence is in its article."""
    rng = random.Random(seed)
    out: list[Claim] = []
    for case in cases:
        for ev in case.evidence[:1]:
            article = articles.get(ev.article, "")
            sentence = next((s for s in sentences(article) if ev.sentence.strip() in s), "")
            if not sentence:
                continue
            gold = [
                a
                for fact in case.facts
                for a in fact[:3]
                if normalize(a) not in ("yes", "no") and normalize(a) in normalize(sentence)
            ]
            for text in [*gold[:1], sentence]:
                out.append(Claim(case.id, text, sentence, case.question, False))
                swapped = _swap(text, sentence, article, rng)
                if swapped:
                    out.append(
                        Claim(case.id, swapped[0], sentence, case.question, True, swapped[1])
                    )
    return out
