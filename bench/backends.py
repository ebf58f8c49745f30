"""Embedding backends: is there a faster way to run the packaged all-MiniLM-L6-v2 here?

Candidates, all from the same packaged weights, with the same tokenizer, mean pooling
and normalisation: sentence-transformers fp32 (what `rag` uses), the bare torch
model, torch dynamic int8 (`quantize_dynamic` on the Linear layers), and ONNX Runtime
fp32 / int8 on a model exported locally with `torch.onnx.export` (int8 by
`onnxruntime.quantization.quantize_dynamic`). The export needs the `onnx` package,
which the app does not: without it the two ONNX rows are skipped with a note.

Measured: chunks/s on generated news chunks (batch 32, torch's thread count for
ingest), alternating the order between repeats; how close each backend's vectors are
to fp32 (cosine); and dense evidence recall@4 on the seeds and newsroom gold sets (the
gold evidence sentence inside one of the 4 nearest chunks). A backend is worth
adopting only if it is clearly faster and the recall does not drop; a backend whose
vectors differ from fp32 also moves every cosine threshold calibrated on fp32 (the
relevance gate, verification, disagreement) and needs existing indexes re-embedded.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench import corpus
from bench.common import ROOT, Measure, Section, Stopwatch, Table, log
from rag.chunk import chunk_article
from rag.config import Config
from rag.ingest import read_articles
from rag.models import embed_model_path
from rag.text import normalize
from rag.types import Article

Encode = Callable[[Sequence[str]], np.ndarray]
OURS = "sentence-transformers fp32 (rag)"
GOLD = (
    ("seeds", ROOT / "seeds", ROOT / "eval/data/seeds_gold.jsonl"),
    (
        "newsroom",
        ROOT / "eval/corpora/newsroom/articles",
        ROOT / "eval/corpora/newsroom/gold.jsonl",
    ),
)
PLANS = {"full": (120, 5), "quick": (8, 2)}  # (generated articles, repeats)
BATCH = 32


def run(quick: bool) -> Section:
    section = Section("backends", "Embedding backends: speed and retrieval quality")
    config = Config.from_env()
    n_articles, repeats = PLANS["quick" if quick else "full"]
    backends, skipped = _backends(embed_model_path(config.embed_model), config)
    chunks = [
        c.text
        for a in corpus.articles(n_articles, seed=3)
        for c in chunk_article(a, config.chunk_size, config.chunk_overlap)
    ]
    group = f"{len(chunks)} chunks"
    reference = backends[OURS](chunks)
    closeness = {}
    times: dict[str, list[float]] = {name: [] for name in backends}
    for repeat in range(repeats):
        order = list(backends.items())
        for name, encode in order if repeat % 2 == 0 else reversed(order):
            watch = Stopwatch()
            vectors = encode(chunks)
            times[name].append(len(chunks) / watch())
            if repeat == 0:
                cos = (vectors * reference).sum(axis=1)
                closeness[name] = (float(cos.mean()), float(cos.min()))
        log(f"backends: repeat {repeat + 1}/{repeats} done")
    for name, values in times.items():
        baseline = None if name == OURS else OURS
        section.add(Measure(name, "chunks/s", values, baseline, True, group))
    recall = {name: _recall(encode, config) for name, encode in backends.items()}
    section.tables.append(_quality_table(closeness, recall))
    section.notes += [
        f"Chunks: {len(chunks)} chunks of {n_articles} generated articles (bench/corpus.py, "
        f"seed 3), chunked as `rag ingest` does; batch {BATCH}; {repeats} repeats.",
        "Ratio: each backend's chunks/s over sentence-transformers fp32 (higher is faster).",
        *skipped,
    ]
    section.verdicts += _verdicts(section, recall)
    return section


def _backends(path: str, config: Config) -> tuple[dict[str, Encode], list[str]]:
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(path, device="cpu", local_files_only=True)
    bert: Any = model[0].auto_model  # a transformers model; torch types it as Module | Tensor
    tokenizer, bert = model.tokenizer, bert.eval()

    def ours(texts: Sequence[str]) -> np.ndarray:
        return np.asarray(
            model.encode(
                list(texts),
                batch_size=BATCH,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        )

    int8 = torch.ao.quantization.quantize_dynamic(bert, {torch.nn.Linear}, dtype=torch.qint8)
    backends: dict[str, Encode] = {
        OURS: ours,
        "torch fp32, bare": _torch_encoder(tokenizer, bert),
        "torch int8 (quantize_dynamic)": _torch_encoder(tokenizer, int8),
    }
    try:
        import onnx  # noqa: F401  (torch.onnx.export needs it)
    except ImportError:
        return backends, ["ONNX rows skipped: `pip install onnx` to export the model."]
    folder = Path(tempfile.mkdtemp(prefix="bench-onnx-"))
    fp32, q8 = _export_onnx(tokenizer, bert, folder)
    backends["onnxruntime fp32"] = _onnx_encoder(tokenizer, fp32)
    backends["onnxruntime int8"] = _onnx_encoder(tokenizer, q8)
    return backends, []


def _pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    weights = mask[..., None].astype(np.float32)
    summed = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    return summed / np.linalg.norm(summed, axis=1, keepdims=True)


def _batches(tokenizer: Any, texts: Sequence[str], tensors: str) -> Iterator[Any]:
    """Tokenised batches of BATCH texts, as sentence-transformers makes them."""
    for i in range(0, len(texts), BATCH):
        yield tokenizer(
            list(texts[i : i + BATCH]),
            padding=True,
            truncation=True,
            max_length=256,
            return_tensors=tensors,
        )


def _torch_encoder(tokenizer: Any, model: Any) -> Encode:
    import torch

    def encode(texts: Sequence[str]) -> np.ndarray:
        out = []
        with torch.inference_mode():
            for batch in _batches(tokenizer, texts, "pt"):
                hidden = model(**batch).last_hidden_state.numpy()
                out.append(_pool(hidden, batch["attention_mask"].numpy()))
        return np.vstack(out)

    return encode


def _export_onnx(tokenizer: Any, bert: Any, folder: Path) -> tuple[Path, Path]:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class Hidden(torch.nn.Module):  # keyword arguments: BertModel's positional order moved
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    dummy = tokenizer(["a short example"], return_tensors="pt")
    fp32, q8 = folder / "model.onnx", folder / "model.int8.onnx"
    torch.onnx.export(
        Hidden(bert),
        tuple(dummy[n] for n in names),
        str(fp32),
        input_names=names,
        output_names=["last_hidden_state"],
        dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(fp32), str(q8), weight_type=QuantType.QInt8)
    return fp32, q8


def _onnx_encoder(tokenizer: Any, path: Path) -> Encode:
    import onnxruntime as ort
    import torch

    options = ort.SessionOptions()
    options.intra_op_num_threads = torch.get_num_threads()
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def encode(texts: Sequence[str]) -> np.ndarray:
        out = []
        for batch in _batches(tokenizer, texts, "np"):
            feed = {
                k: batch[k].astype(np.int64)
                for k in ("input_ids", "attention_mask", "token_type_ids")
            }
            out.append(_pool(session.run(None, feed)[0], batch["attention_mask"]))
        return np.vstack(out)

    return encode


def _recall(encode: Encode, config: Config) -> dict[str, tuple[int, int]]:
    """Per gold set: (evidence sentences inside the 4 nearest chunks, evidence sentences)."""
    found: dict[str, tuple[int, int]] = {}
    for name, folder, gold in GOLD:
        articles = [a for a in read_articles([folder], 10**8) if isinstance(a, Article)]
        chunks = [
            c for a in articles for c in chunk_article(a, config.chunk_size, config.chunk_overlap)
        ]
        cases = [json.loads(line) for line in gold.read_text().splitlines() if line.strip()]
        cases = [c for c in cases if c.get("evidence") and not c.get("history")]
        chunk_vectors = encode([c.text for c in chunks])
        question_vectors = encode([c["question"] for c in cases])
        hit = total = 0
        for vector, case in zip(question_vectors, cases):
            top = np.argsort(-(chunk_vectors @ vector))[:4]
            texts = [normalize(chunks[i].text) for i in top]
            for evidence in case["evidence"]:
                total += 1
                hit += any(normalize(evidence["sentence"])[:80] in t for t in texts)
        found[name] = (hit, total)
    return found


def _quality_table(
    closeness: dict[str, tuple[float, float]], recall: dict[str, dict[str, tuple[int, int]]]
) -> Table:
    names = [name for name, _, _ in GOLD]
    rows = []
    for backend, (mean, low) in closeness.items():
        cells = [f"{h / t:.3f} ({h}/{t})" for h, t in (recall[backend][n] for n in names)]
        rows.append([backend, f"{mean:.4f}", f"{low:.4f}", *cells])
    headers = ["backend", "mean cos to fp32", "min cos", *(f"{n} evidence recall@4" for n in names)]
    return Table("Vectors and dense retrieval quality", headers, rows)


def _verdicts(section: Section, recall: dict[str, dict[str, tuple[int, int]]]) -> list[str]:
    """Facts for the decision (docs/benchmarks.md makes it): speed, recall, per backend."""
    ours = recall[OURS]
    out = []
    for m in section.measures:
        ratio = section.ratio(m)
        if ratio is None:
            continue
        lower = [n for n in ours if recall[m.label][n][0] < ours[n][0]]
        out.append(
            f"{m.label}: {ratio:.2f}× the chunks/s of fp32; dense recall "
            + (f"lower on {', '.join(lower)}" if lower else "not lower on any gold set")
        )
    return out
