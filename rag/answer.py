"""Answer: the final `Answer`, written by our code around verified extractions.

The model only picks words (`rag.extract`); what the reader sees is composed here:
a direct answer line, then the sentence(s) it stands on, verbatim, each with its
outlet, date and [n] mark (the passage it comes from). When outlets disagree the
direct line names every value with its outlet; when they agree it says how many;
when a value changed between reports it gives the latest first and the earlier
ones with their dates. Nothing the model wrote reaches the reader unverified, and
no mark can be garbled: marks are written here, bound to the passage of the quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rag.attribution import credited
from rag.compare import lead
from rag.evidence import Scored
from rag.question import Question
from rag.relative import written
from rag.text import normalize
from rag.timeline import TimelineEvent
from rag.types import Answer, Citation, Comparison, Extraction, Hit, SentenceSupport

REFUSAL = "The sources do not say."
NO_PASSAGES = "The articles in the index do not cover this question."
MAX_QUOTES = 3  # quotes under an answer: enough to show agreement, never a wall of text
LONG_VALUE = 12  # words: a longer value is not repeated in the disagree line; its quote shows it
MAX_DIRECT_WORDS = 60  # a disagree line naming every value would be longer: it names the outlets


def citation(n: int, hit: Hit, quote: str) -> Citation:
    """The record for passage `n`; `quote` is the sentence of it that the claim stands on."""
    chunk = hit.chunk
    return Citation(
        n=n,
        chunk_id=chunk.id,
        article_id=chunk.article_id,
        outlet=chunk.outlet,
        title=chunk.title,
        published_at=chunk.published_at,
        url=chunk.url,
        passage=chunk.text,
        quote=quote,
    )


def compose(
    base: Answer, question: Question, found: Sequence[Extraction], comparison: Comparison | None
) -> Answer:
    """The final answer from each outlet's verified extraction (see the module docstring)."""
    answered = [e for e in found if e.answered]
    base = replace(base, extractions=tuple(found), kind=question.kind)
    if not answered:
        return refusal(base, "no outlet's sentences answer the question")
    if question.kind == "outlets":
        direct = _outlets_line(answered)
        quoted = answered
    elif comparison is not None and comparison.relation == "disagree":
        direct = _disagree_line(comparison)
        quoted = _one_per_value(answered, comparison)
    elif comparison is not None and comparison.relation == "changed":
        direct = _changed_line(comparison)
        quoted = _one_per_value(answered, comparison)[::-1]
    else:
        primary = lead(question, answered)
        agreeing = _agreeing(primary, comparison, answered)
        direct = _direct_line(question, primary, agreeing)
        quoted = agreeing
        if question.kind == "yesno":  # the reader weighs it: each outlet's best sentence too
            quoted = [primary, *_best_of_others(base, primary)]
        elif question.kind == "quote":  # each outlet's own words for what was said, when
            # they are not one statement told two ways (then they would be compared)
            others = (e for e in answered if e not in agreeing)
            quoted = [*agreeing, *sorted(others, key=lambda e: e.score, reverse=True)]
    if base.as_of:
        direct = replace(direct, text=f"As of {_day(base.as_of)}: {direct.text}")
    lines = [direct, *(_quote_line(e) for e in quoted[:MAX_QUOTES])]
    return replace(
        base,
        text="\n".join(_render(s) for s in lines),
        direct=direct.text,
        sentences=tuple(lines),
        citations=_citations(lines, base.passages, answered),
        comparisons=(comparison,) if comparison is not None else (),
    )


def compose_timeline(
    base: Answer, events: Sequence[TimelineEvent], heading: str, limit: int
) -> Answer:
    """A cited timeline: one line per dated event, earliest first, each the verbatim
    sentence that dates it, with its outlet and [n] (and the other outlets that told it);
    an event dated after its report was written is marked as planned as of that day."""
    if not events:
        return refusal(base, "no passage dates an event of this story")
    shown = list(events)[:limit]
    lines = [SentenceSupport(heading, tuple(dict.fromkeys(e.n for e in shown)), 1.0, True)]
    for e in shown:
        also = f"; also {', '.join(e.also)}" if e.also else ""
        plan = f"; planned as of {written(e.published_at[:10])}" if _ahead(e) else ""
        quote = " ".join(e.sentence.split())
        when = (
            f"By {written(e.date)} (its report's day)"
            if e.by_report
            else written(e.date, e.end_date)
        )
        text = f"{when}: “{quote}” ({e.outlet}{also}{plan})"
        lines.append(SentenceSupport(text, (e.n, *e.also_n), 1.0, True))
    quotes = [_as_extraction(e) for e in shown]
    return _written(base, lines, quotes)


def compose_denial(base: Answer, event: str, denial: Extraction) -> Answer:
    """No answer to a question whose event the reports deny happened ("What did the exam
    council do after the education minister intervened?"): the refusal, with the
    sentence that denies it, cited."""
    direct = SentenceSupport(
        f"{REFUSAL} No report tells that {event}; one says otherwise:", (), 1.0, True
    )
    answer = _written(base, [direct, _quote_line(denial)], [denial])
    reason = f"the reports deny the question's event ({event})"
    return replace(answer, refused=True, refusal_reason=reason)


def _ahead(e: TimelineEvent) -> bool:
    """Is the event dated after its report was written (a plan, not yet an event)?"""
    return bool(e.published_at) and e.date > e.published_at[:10]


def compose_order(
    base: Answer, first: tuple[str, TimelineEvent], second: tuple[str, TimelineEvent]
) -> Answer:
    """Which of two events came first, from the dates of the sentences that report them."""
    (a_text, a), (b_text, b) = first, second
    if a.date == b.date:
        verdict = f"Both on {written(a.date)}: the reports do not say which came first"
    else:
        word = "Before" if a.date < b.date else "After"
        verdict = f"{word}: {a_text} on {written(a.date)}, {b_text} on {written(b.date)}"
    direct = SentenceSupport(verdict, (a.n, b.n), 1.0, True)
    lines = [direct, *(_quote_line(_as_extraction(e)) for e in (a, b))]
    return _written(base, lines, [_as_extraction(a), _as_extraction(b)])


def compose_report_order(base: Answer, before: bool, first: Scored, second: Scored) -> Answer:
    """ "Did A report X before (after) B reported Y?", from the two reports' publication
    dates (not from the dates of the events they tell)."""
    a, b = first.published_at[:10], second.published_at[:10]
    if a == b:
        verdict = f"Both reports are dated {written(a)}: their dates do not say which came first"
    else:
        yes = (a < b) == before
        word = "before" if a < b else "after"
        verdict = (
            f"{'Yes' if yes else 'No'} — {first.outlet} published its report on {written(a)}, "
            f"{word} {second.outlet} on {written(b)}"
        )
    found = [
        Extraction(
            s.outlet, "answered", written(s.published_at[:10]), s.n, s.sentence, s.published_at
        )
        for s in (first, second)
    ]
    direct = SentenceSupport(verdict, (first.n, second.n), 1.0, True)
    lines = [direct, *(_quote_line(e) for e in found)]
    return _written(base, lines, found)


def _written(base: Answer, lines: Sequence[SentenceSupport], found: Sequence[Extraction]) -> Answer:
    """The answer made of `lines` (the direct line first, then quotes), cited."""
    return replace(
        base,
        text="\n".join(_render(s) for s in lines),
        direct=lines[0].text,
        sentences=tuple(lines),
        citations=_citations(lines, base.passages, found),
    )


def _as_extraction(e: TimelineEvent) -> Extraction:
    return Extraction(e.outlet, "answered", written(e.date), e.n, e.sentence, e.published_at)


_ANOTHER = re.compile(r"\b(?:which|what)\s+one\b|\belse\b|\bother\b|\banother\b", re.I)


def repeated(answers: Sequence[Answer], asked: Sequence[Question]) -> list[Answer]:
    """A later part that asks for another one than the first ("…, and which one
    examined the body afterwards?", "who else …") answered only with what an earlier
    part's answer says ("MMRA" twice) answers nothing: refused, so the merged line
    shows no repeat as a second fact. A yes/no claim ("…, while another article says
    …") is a verdict, which two claims may share."""
    out = list(answers)
    for i in range(1, min(len(out), len(asked))):
        mine = _values(out[i])
        earlier = set().union(*(_values(a) for a in out[:i]))
        value = asked[i].kind != "yesno"
        if value and _ANOTHER.search(asked[i].text) and mine and mine <= earlier:
            out[i] = refusal(out[i], "it repeats the answer to an earlier part")
    return out


def _values(answer: Answer) -> set[str]:
    if answer.refused:
        return set()
    return {normalize(e.answer) for e in answer.extractions if e.answered}


def merge(answers: Sequence[Answer], asked: Sequence[Question] = ()) -> Answer:
    """The answers to a question's parts as one: their direct lines in one line, then
    their quotes (each sentence once, at most MAX_QUOTES + 1); refused only if all are.
    `asked`: the parts' questions (a part that repeats an earlier answer: `repeated`)."""
    if len(answers) == 1:
        return answers[0]
    answers = repeated(answers, asked)
    given = [a for a in answers if not a.refused]
    verdicts = [_verdict(a) for a in given]
    claims = all(a.kind == "yesno" for a in answers) and all(verdicts)
    if claims and "no" not in verdicts and len(given) < len(answers):
        given = []  # yes to one claim, nothing on another: no verdict on the whole
    if not given:  # every part's replies stay on the record (`rag eval rescore` replays them)
        unanswered = "the reports do not answer every part of the question"
        return replace(
            answers[0] if answers[0].refused else refusal(answers[0], unanswered),
            extractions=tuple(e for a in answers for e in a.extractions),
            raw="\n".join(a.raw for a in answers),
        )
    on, text = given, ""
    if claims:  # a yes/no over several claims: yes only when every claim's answer is
        no = [a for a, v in zip(given, verdicts) if v == "no"]
        on, text = no or given, "No" if no else "Yes"
        given = [*on, *(a for a in given if a not in on)]  # the claim it stands on first
    direct = SentenceSupport(
        text or _joined([_render(a.sentences[0]) for a in given]),
        tuple(dict.fromkeys(n for a in on for n in a.sentences[0].citations)),
        1.0,
        True,
    )
    quotes = list({s.text: s for a in given for s in a.sentences[1:]}.values())
    lines = [direct, *quotes[: MAX_QUOTES + 1]]
    cites = {c.n: c for a in reversed(given) for c in a.citations}
    return replace(
        given[0],
        text="\n".join(_render(s) for s in lines),
        direct=direct.text,
        sentences=tuple(lines),
        citations=tuple(cites[n] for n in sorted({n for s in lines for n in s.citations})),
        extractions=tuple(e for a in answers for e in a.extractions),
        comparisons=tuple(c for a in answers for c in a.comparisons),
        raw="\n".join(a.raw for a in answers),
    )


def _verdict(answer: Answer) -> str:
    """ "yes" or "no" for a yes/no answer's direct line, else "" (a value, or an option
    word such as "consistent")."""
    said = normalize(answer.direct).split()[:1]
    return said[0] if said in (["yes"], ["no"]) else ""


def _joined(parts: Sequence[str]) -> str:
    """The parts' direct lines, each with its own marks, as one line: short answers
    separated by semicolons ("5 [1]; vetoed [3]"), and as sentences when one of them
    is a sentence ("Sources disagree on …: … [3]. 300,000 [2].")."""
    if not any(p.rstrip().endswith((".", "!", "?")) for p in parts):
        return "; ".join(parts)
    return " ".join(p if p.rstrip().endswith((".", "!", "?")) else f"{p}." for p in parts)


def refusal(base: Answer, reason: str) -> Answer:
    return replace(base, text=REFUSAL, refused=True, refusal_reason=reason)


def _agreeing(
    primary: Extraction, comparison: Comparison | None, answered: Sequence[Extraction]
) -> list[Extraction]:
    """The primary extraction and the others that give the same value (an agreement)."""
    same = {(v.outlet, v.n) for v in comparison.values} if comparison else set()
    if (
        comparison is None
        or comparison.relation != "agree"
        or (primary.outlet, primary.n) not in same
    ):
        return [primary]  # (an agreement on a value the answer does not lead with: not its)
    return [primary, *(e for e in answered if e is not primary and (e.outlet, e.n) in same)]


def _direct_line(
    question: Question, primary: Extraction, agreeing: Sequence[Extraction]
) -> SentenceSupport:
    marks = tuple(dict.fromkeys(e.n for e in agreeing))
    answer = primary.answer
    if question.kind == "yesno":
        yes = normalize(answer).startswith("yes")
        answer = "Yes" if yes else "No"
        if question.options:  # "… consistent or inconsistent?": the word it offered
            answer = question.options[0 if yes else 1]
    text = answer[:1].upper() + answer[1:]
    outlets = list(dict.fromkeys(e.outlet for e in agreeing))
    if len(outlets) > 1:
        text += f" ({len(outlets)} outlets agree: {', '.join(outlets)})"
    return SentenceSupport(text=text, citations=marks, score=1.0, supported=True)


def _disagree_line(comparison: Comparison) -> SentenceSupport:
    """ "Sources disagree on <slot>: A says X [1]; B says Y [2]." — each side once, its
    outlets together ("A and B say X [1][3]", or "A says X [1] and B says X' [3]" for
    one value written two ways) — or, when a value is a long stretch of its sentence,
    the outlets only: their quotes follow on their own lines."""
    told = "; ".join(
        _and(
            [
                f"{_and(outlets)} {'say' if len(outlets) > 1 else 'says'} {value} "
                f"{''.join(f'[{n}]' for n in marks)}"
                for value, outlets, marks in side
            ]
        )
        for side in _sides(comparison)
    )
    text = f"Sources disagree on {comparison.slot}: {told}."
    long = any(len(v.value.split()) > LONG_VALUE for v in comparison.values)
    if long or len(text.split()) > MAX_DIRECT_WORDS:
        told = "; ".join(f"{v.outlet} [{v.n}]" for v in comparison.values)
        text = f"Sources disagree on {comparison.slot} (their words below): {told}."
    marks = tuple(dict.fromkeys(v.n for v in comparison.values))
    return SentenceSupport(text=text, citations=marks, score=1.0, supported=True)


def _sides(comparison: Comparison) -> list[list[tuple[str, list[str], list[int]]]]:
    """The sides of a disagreement (the values the comparison counts as one; without
    sides told, every value its own), each a list of its values as first written, with
    the outlets that write it so and their passages ("Radio Pradenne and Kestrel Wire
    say 12,000 [1][3]")."""
    side = {(v.outlet, normalize(v.value)): v.side for v in comparison.values}
    sides: dict[object, dict[str, tuple[str, list[str], list[int]]]] = {}
    for (outlet, value), marks in _by_outlet_value(comparison).items():
        key = side.get((outlet, normalize(value))) or normalize(value)
        _, outlets, all_marks = sides.setdefault(key, {}).setdefault(
            normalize(value), (value, [], [])
        )
        outlets.append(outlet)
        all_marks.extend(n for n in marks if n not in all_marks)
    return [list(values.values()) for values in sides.values()]


def _and(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _by_outlet_value(comparison: Comparison) -> dict[tuple[str, str], list[int]]:
    """Each (outlet, value) once, as first written, with the passages of every report
    of it (an outlet that ran the value in two reports is one voice, not two)."""
    told: dict[tuple[str, str], tuple[str, list[int]]] = {}
    for v in comparison.values:
        value, marks = told.setdefault((v.outlet, normalize(v.value)), (v.value, []))
        if v.n not in marks:
            marks.append(v.n)
    return {(outlet, value): marks for (outlet, _), (value, marks) in told.items()}


def _changed_line(comparison: Comparison) -> SentenceSupport:
    *earlier, latest = comparison.values
    before = "; ".join(
        f"{v.value} on {_day(v.published_at)} ({v.outlet}) [{v.n}]" for v in reversed(earlier)
    )
    text = (
        f"{latest.value} as of {_day(latest.published_at)} ({latest.outlet}) [{latest.n}], "
        f"changed over time; earlier reports: {before}."
    )
    marks = tuple(dict.fromkeys(v.n for v in comparison.values))
    return SentenceSupport(text=text, citations=marks, score=1.0, supported=True)


def _outlets_line(answered: Sequence[Extraction]) -> SentenceSupport:
    yes = [e for e in answered if normalize(e.answer).startswith("yes")]
    if not yes:
        text = "None of the outlets among the passages reports it."
        return SentenceSupport(text=text, citations=(), score=1.0, supported=True)
    names = ", ".join(f"{e.outlet} [{e.n}]{_citing(e)}" for e in yes)
    return SentenceSupport(
        text=f"{names} report it.", citations=tuple(e.n for e in yes), score=1.0, supported=True
    )


def _citing(e: Extraction) -> str:
    """Whose word an outlet reports it on, when its sentence credits another source (a
    newspaper, a wire, a broadcaster) rather than a speaker: " (citing the Brelvany
    Evening Dispatch)"."""
    source = credited(e.sentence, [e.outlet], speakers=False)
    return f" (citing {source})" if source else ""


def _best_of_others(base: Answer, primary: Extraction) -> list[Extraction]:
    """Each other outlet's most relevant sentence, as quotable evidence."""
    out = []
    for e in base.outlets:
        if e.outlet != primary.outlet and e.sentence != primary.sentence:
            chunk = base.passages[e.n - 1].chunk
            out.append(Extraction(e.outlet, "answered", "", e.n, e.sentence, chunk.published_at))
    return out


def _one_per_value(answered: Sequence[Extraction], comparison: Comparison) -> list[Extraction]:
    keys = [(v.outlet, v.n) for v in comparison.values]
    by_key = {(e.outlet, e.n): e for e in answered}
    return [by_key[k] for k in dict.fromkeys(keys) if k in by_key]


def _day(iso: str) -> str:
    """An ISO date as a reader writes it ("Oct. 5, 2026"); "undated" when unknown."""
    return written(iso) if iso else "undated"


def _quote_line(e: Extraction) -> SentenceSupport:
    when = f", {_day(e.published_at)}" if e.published_at else ""
    text = f"{e.outlet}{when}: “{' '.join(e.sentence.split())}”"
    return SentenceSupport(text=text, citations=(e.n,), score=1.0, supported=True)


def _render(s: SentenceSupport) -> str:
    """A line with its marks after it, unless it already carries them inline."""
    if "[" in s.text and any(f"[{n}]" in s.text for n in s.citations):
        return s.text
    return f"{s.text} " + "".join(f"[{n}]" for n in s.citations) if s.citations else s.text


def _citations(
    lines: Sequence[SentenceSupport], hits: Sequence[Hit], answered: Sequence[Extraction]
) -> tuple[Citation, ...]:
    """One citation per passage the lines cite; its quote is the sentence an outlet's
    answer stands in (the claim's own evidence)."""
    quote_of = {e.n: e.sentence for e in reversed(answered)}
    cited = sorted({n for s in lines for n in s.citations})
    return tuple(citation(n, hits[n - 1], quote_of.get(n, "")) for n in cited)


def fallback(base: Answer, reason: str) -> Answer:
    """The per-outlet evidence as the answer (the model is unavailable)."""
    if not base.outlets:
        return replace(base, text=REFUSAL, refused=True, refusal_reason=reason, fallback=True)
    lines = [
        SentenceSupport(f"{e.outlet}: “{e.sentence}”", (e.n,), e.score, True) for e in base.outlets
    ]
    text = "I could not give a verified answer; what each outlet says:\n" + "\n".join(
        f"- {_render(s)}" for s in lines
    )
    cites = {e.n: citation(e.n, base.passages[e.n - 1], e.sentence) for e in base.outlets}
    return replace(
        base,
        text=text,
        citations=tuple(cites[n] for n in sorted(cites)),
        sentences=tuple(lines),
        refused=True,
        refusal_reason=reason,
        fallback=True,
    )
