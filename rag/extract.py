"""Extract: each outlet's answer to the question, from its own best sentences.

For every outlet among the passages, its most relevant sentences (scored by
`rag.evidence`) are numbered S1..Sn, without the outlet's name, so that the
publishing outlet is never mistaken for the answer (a wire credited inside the
text, "told AFP", is still there to be asked about). The model replies under a JSON
schema, so its marks cannot be garbled: the shortest words that answer the question,
and the sentence they come from, or "NOT FOUND". What the words are checked against
is `rag.verify`'s business; how the answer is written, `rag.answer`'s.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from rag.evidence import Scored
from rag.llm import Message, Schema
from rag.prompts import Prompts
from rag.question import EARLIER, Question
from rag.text import normalize
from rag.verify import CHOSEN, speaks_on

NOT_FOUND = "NOT FOUND"
SCHEMA: Schema = {
    "type": "object",
    "properties": {"answer": {"type": "string"}, "sentence": {"type": "integer"}},
    "required": ["answer", "sentence"],
}


@dataclass(frozen=True)
class OutletSentences:
    """One article's evidence as the model sees it: S1..Sn in reading order (outlet ""
    and no article: several articles at once, each line labelled)."""

    outlet: str
    sentences: tuple[Scored, ...]
    article_id: str = ""


def by_article(
    scored: Sequence[Scored], per_article: int, min_score: float
) -> list[OutletSentences]:
    """Each article's `per_article` best sentences (each once: passages overlap), best
    first (a small model answers from the first lines most), each preceded by the
    sentence it leans on ("He told AFP …") and followed by the quote its speaker goes
    on with ('"…," he told AFP.'); articles in order of their best sentence;
    an article whose best sentence scores under `min_score` is not asked. One article
    is one report: an outlet's later report may give a newer value."""
    at = {(s.n, s.position): s for s in scored}
    groups: dict[str, list[Scored]] = {}
    for s in scored:  # best first
        group = groups.setdefault(_article(s), [])
        if len(group) < per_article and all(g.sentence != s.sentence for g in group):
            group.append(s)
    return [_read(group, at, scored) for group in groups.values() if group[0].score >= min_score]


def read_at(
    scored: Sequence[Scored],
    report: OutletSentences,
    shows: Callable[[str], bool],
    holds: Callable[[str, str], bool],
    adds: Callable[[str, str], bool],
    per_article: int,
    bonus: float,
) -> OutletSentences:
    """`report` with its sentences that `holds` (given the sentence after each, in its
    passage) favoured by `bonus`, as a count question's counts are; a report none of
    whose sentences holds it is read instead at its best sentence and then at its best
    sentences that do ("He is the only person charged over the robbery, which took
    place on Tuesday, March 17", sixth of its article's sentences by relevance), or as
    it is when none of its article's does. When its sentences `show` the kind asked
    (a day, for a question asking on what day) but none holds it (another act's day),
    the sentences it is read at must `add` more ("The force launched its appeal for
    witnesses on Wednesday" under the robbery's "on Tuesday morning")."""
    at = {(s.n, s.position): s for s in scored}

    def test(s: Scored, check: Callable[[str, str], bool]) -> bool:
        after = at.get((s.n, s.position + 1))
        return check(s.sentence, after.sentence if after else "")

    held = [test(s, holds) for s in report.sentences]
    if any(held):
        lifted = (
            replace(s, score=s.score + bonus) if h else s
            for s, h in zip(report.sentences, held, strict=True)
        )
        return replace(report, sentences=tuple(lifted))
    check = adds if any(shows(s.sentence) for s in report.sentences) else holds
    key = report.article_id or report.outlet
    own = [s for s in scored if _article(s) == key]
    found = [replace(s, score=s.score + bonus) for s in own if test(s, check)]
    if not found:
        return report
    picked: dict[str, Scored] = {}
    for s in (own[0], *found):  # each sentence once (passages overlap), best first
        picked.setdefault(s.sentence, s)
    return _read(list(picked.values())[:per_article], at, scored)


def _article(s: Scored) -> str:
    return s.article_id or s.outlet


def _read(
    group: Sequence[Scored], at: dict[tuple[int, int], Scored], scored: Sequence[Scored]
) -> OutletSentences:
    """One article's chosen sentences in the order the model reads them, each with the
    sentence it leans on and the quote it goes on with (`by_article`)."""
    ordered: dict[str, Scored] = {}
    for s in group:
        before = _before(s, at, scored) if _leans_back(s.sentence) else None
        after = at.get((s.n, s.position + 1))
        if after and speaks_on(after.sentence):  # as relevant as the words it goes on
            after = replace(after, score=max(after.score, s.score))
        else:
            after = None
        for t in filter(None, (before, s, after)):
            ordered.setdefault(t.sentence, t)
    return OutletSentences(group[0].outlet, tuple(ordered.values()), group[0].article_id)


_LEANS_BACK = re.compile(
    r"^\W*(?:he|she|they|it|his|her|their|its|this|that|these|the\s+\w+\s+said)\b", re.I
)


def _leans_back(sentence: str) -> bool:
    """A sentence whose subject is in the one before it ("He told AFP ...", a quote)."""
    return bool(_LEANS_BACK.match(sentence)) or sentence.lstrip()[:1] in "\"“'‘"


def _before(
    s: Scored, at: dict[tuple[int, int], Scored], scored: Sequence[Scored]
) -> Scored | None:
    """The sentence before `s` in its article: in its passage, or, when `s` opens its
    passage, in the passage before ("Her predecessor, Viktor Ambersley, resigned …" after
    "Ms. Grunwald, …, told the National Assembly …"), where that one was read too
    (passages overlap: `s` may stand in it as well)."""
    if s.position > 0:
        return at.get((s.n, s.position - 1))
    if not s.article_id or s.part == 0:
        return None
    previous = sorted(
        (t for t in scored if t.article_id == s.article_id and t.part == s.part - 1),
        key=lambda t: t.position,
    )
    texts = [p.sentence for p in previous]
    if s.sentence in texts:
        i = texts.index(s.sentence)
        return previous[i - 1] if i > 0 else None
    return previous[-1] if previous else None


_OUTLETS_Q = re.compile(
    r"^\s*(?:which|what)\s+(?:news\s+)?(?:outlets?|media|newspapers?|papers?|publications?|"
    r"sources?|reports?|articles?)\s+(\w+)\s+(?:that\s+)?(.+?)\??\s*$",
    re.I,
)


def asked(question: Question) -> str:
    """The question put to one outlet's sentences: "Which outlets report that X?"
    becomes "Does the article report that X?" (each outlet answers yes or no)."""
    text = question.text
    if question.kind == "outlets" and (m := _OUTLETS_Q.match(question.text)):
        verb = re.sub(r"(?<=[^s])s$", "", m.group(1).lower())  # "reports" → "report"
        text = f"Does the article {verb} that {m.group(2)}?"
    return f"{text} ({EARLIER} {question.context})" if question.context else text


def joint(groups: Sequence[OutletSentences], per_outlet: int) -> OutletSentences:
    """All outlets' best sentences in one list (outlet "": each line names its outlet),
    for questions that weigh several reports at once (yes/no, "did A and B agree")."""
    sentences = [s for g in groups for s in g.sentences[:per_outlet]]
    return OutletSentences("", tuple(sentences))


START = '{"answer": "'  # every JSON reply begins so: read with the prompt, not generated
ANSWER_END = ('", "',)  # the answer's closing quote: the sentence number after it is not read


def reply_shape(form: str, kind: str, short: bool = True) -> tuple[str, tuple[str, ...]]:
    """(start, stop strings) of a reply. A short JSON reply begins in the prompt and
    ends after its answer unless the model's sentence number is needed (a yes/no stands
    on the sentence the model chose; any other answer is looked up in the sentences,
    `rag.verify.locate`)."""
    if form == "line":
        return "", ("\n",)
    if not short:
        return "", ()
    return START, () if kind in CHOSEN else ANSWER_END


FORMATS = ("line", "json")  # the answer alone on one line, or JSON {"answer", "sentence"}


def numbered(evidence: OutletSentences) -> str:
    """The sentences as the model reads them, "S1: …" (each labelled with its outlet
    and date when several outlets' are weighed at once)."""

    def line(i: int, s: Scored) -> str:
        label = (
            "" if evidence.outlet else f" ({', '.join(filter(None, (s.outlet, s.published_at)))})"
        )
        return f"S{i}{label}: {' '.join(s.sentence.split())}"

    return "\n".join(line(i, s) for i, s in enumerate(evidence.sentences, 1))


def messages(
    question: str, evidence: OutletSentences, prompts: Prompts, form: str = "json"
) -> list[Message]:
    sentences = numbered(evidence)
    return [
        {"role": "system", "content": prompts.render(_SYSTEM[form])},
        {
            "role": "user",
            "content": prompts.render("extract_user", sentences=sentences, question=question),
        },
    ]


_SYSTEM = {"line": "extract_line_system", "json": "extract_system"}


def parse(raw: str) -> tuple[str, int]:
    """(answer, sentence number: 0 when not given) from the reply; ("", 0) for "NOT
    FOUND". JSON is read as JSON (cut short: its answer so far); anything else as the
    answer on its first line (a hosted model may ignore the format)."""
    if not raw.lstrip().startswith("{"):
        line = raw.strip().splitlines()[0] if raw.strip() else ""
        return _clean(re.sub(r"^\s*answer\s*:\s*", "", line, flags=re.I)), 0
    answer, number = raw.strip(), 0
    try:
        data = json.loads(raw, strict=False)
    except ValueError:  # cut short, or not JSON at all
        if re.search(r'"answer"\s*:\s*"', raw):
            answer = _partial_answer(raw)
        sid = re.search(r'"sentence"\s*:\s*(\d+)', raw)
        number = int(sid.group(1)) if sid else 0
    else:
        if isinstance(data, dict):
            answer = str(data.get("answer", "")).strip()
            value = data.get("sentence", 0)
            number = value if isinstance(value, int) else 0
    return _clean(answer), number if _clean(answer) else 0


def polarity(answer: str, options: tuple[str, ...]) -> str:
    """A reply naming one of the two answers a question offers ("consistent" for "…
    consistent or inconsistent?") as yes (the first) or no (the second)."""
    said = normalize(answer).split()[:1]
    if options and said == [options[0]]:
        return "yes"
    if options and said == [options[1]]:
        return "no"
    return answer


def _clean(answer: str) -> str:
    answer = " ".join(answer.split()).strip(" \"'“”‘’")
    if answer.endswith(".") and not re.search(r"\b(?:[A-Z]|[a-z]{1,3})\.$", answer):
        answer = answer[:-1]  # a full stop, not "U.S." or "Oct."
    if not answer or answer.upper() in (NOT_FOUND, "NONE", "N/A", "UNKNOWN"):
        return ""
    return answer


def answer_text(deltas: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(delta, visible) pairs: every delta of the raw reply, and the part of it that
    belongs to the "answer" field's value (what a reader can be shown while it streams)."""
    raw, shown = "", 0
    for delta in deltas:
        raw += delta
        value = _partial_answer(raw)
        visible, shown = value[shown:], max(shown, len(value))
        yield delta, visible


def _partial_answer(raw: str) -> str:
    if not raw.lstrip().startswith("{"):  # a line reply: all of it, bar "Answer:" and NOT FOUND
        text = re.sub(r"^\s*answer\s*:\s*", "", raw.split("\n")[0], flags=re.I)
        return "" if NOT_FOUND.startswith(text.upper().strip()) else text
    m = re.search(r'"answer"\s*:\s*"', raw)
    if m is None:
        return ""
    out, escaped = [], False
    for char in raw[m.end() :]:
        if escaped:
            out.append({"n": " ", "t": " "}.get(char, char))
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            break
        else:
            out.append(char)
    text = "".join(out)
    return "" if NOT_FOUND.startswith(text.upper()[: len(NOT_FOUND)]) and text else text
