"""Choose the verification threshold from finished runs (no LLM needed).

`python -m eval.calibrate RUN_DIR [RUN_DIR ...]` re-reads every answer sentence the
model wrote in those runs, scores it against the run's passages with the current
`rag.verify` scoring, and labels it from the gold set: a sentence of an answerable
case that states a gold fact is a positive (it should be accepted); a non-refusal
sentence of an unanswerable case is a negative (whatever it claims, the corpus
does not answer the question, so it must not pass as supported). Each positive
also yields a contrast negative: the same sentence with its first number changed
(n → n + 7) or its first new proper name swapped for a name from another passage,
which the passages no longer support. It prints, for each threshold, how many
positives are accepted and negatives rejected; the chosen threshold and these
figures are in docs/answers.md.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from eval import dataset
from eval.metrics import has_alias
from eval.rescore import hits_of
from rag.config import Config, apply_runtime_env
from rag.embed import Embedder, SentenceVectors
from rag.verify import is_refusal, parse_markers, support_matrix


def labelled_scores(runs: list[Path], vectors: SentenceVectors) -> list[tuple[float, bool]]:
    out: list[tuple[float, bool]] = []
    for run in runs:
        settings = json.loads((run / "run.json").read_text())["settings"]
        cases = {c.id: c for c in dataset.load(Path(settings["dataset"]))}
        for line in (run / "cases.jsonl").read_text().splitlines():
            row = json.loads(line)
            case = cases.get(row["id"])
            if case is None or not row.get("raw"):
                continue
            hits = hits_of(row)
            marked, _ = parse_markers(row["raw"], len(hits))
            claims = [m.text for m in marked if not is_refusal(m.text)]
            question = row.get("standalone_question") or row["question"]
            matrix = support_matrix(claims, hits, vectors, question)
            positives = []
            for text, scores in zip(claims, matrix):
                best = float(scores.max()) if len(scores) else 0.0
                if not case.answerable:
                    out.append((best, False))
                elif any(has_alias(text, fact) for fact in case.facts):
                    out.append((best, True))
                    positives.append(text)
            text_of = " ".join(h.chunk.text for h in hits)
            names = sorted(set(re.findall(r"\b[A-Z][a-z]{3,}\b", text_of)))
            contrasts = [c for c in (contrast(t, question, names) for t in positives) if c]
            for scores in support_matrix(contrasts, hits, vectors, question):
                out.append((float(scores.max()) if len(scores) else 0.0, False))
    return out


def contrast(text: str, question: str, names: list[str]) -> str | None:
    """`text` with one checkable fact changed: a number, else a proper name."""
    number = re.search(r"\b\d[\d,]*\b", text)
    if number:
        value = int(number.group().replace(",", "")) + 7
        return text[: number.start()] + str(value) + text[number.end() :]
    asked = question.lower()
    for match in re.finditer(r"\b[A-Z][a-z]{3,}\b", text[1:]):
        word = match.group()
        if word.lower() in asked:
            continue
        others = [n for n in names if n not in text and n.lower() not in asked]
        if others:
            start = match.start() + 1
            return text[:start] + others[len(word) % len(others)] + text[start + len(word) :]
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path)
    args = parser.parse_args()
    apply_runtime_env()
    vectors = SentenceVectors(Embedder(Config().embed_model))
    scored = labelled_scores(args.runs, vectors)
    positives = sum(1 for _, label in scored if label)
    negatives = len(scored) - positives
    print(f"{positives} positive and {negatives} negative sentences from {len(args.runs)} run(s)")
    print("threshold  positives accepted  negatives rejected  balanced accuracy")
    for step in range(20, 71, 5):
        t = step / 100
        accepted = sum(1 for score, label in scored if label and score >= t)
        rejected = sum(1 for score, label in scored if not label and score < t)
        balanced = (accepted / max(positives, 1) + rejected / max(negatives, 1)) / 2
        row = f"{t:9.2f}  {accepted:7d} / {positives:<9d}  {rejected:7d} / {negatives:<9d}"
        print(f"{row}  {balanced:.3f}")


if __name__ == "__main__":
    main()
