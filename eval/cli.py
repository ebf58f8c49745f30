"""`rag eval`: run the gold set through the real pipeline and write the report.

Registered on the `rag` command line through the `rag.commands` entry point; the
heavy imports happen inside the command so that `rag --help` stays instant.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from rag.cli import build_config, common_options, llm_options

DEFAULT_DATASET = Path(__file__).parent / "data" / "seeds_gold.jsonl"
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "seeds"


@click.command("eval")
@click.option("--dataset", type=click.Path(exists=True, path_type=Path), default=DEFAULT_DATASET,
              show_default=True, help="Gold cases (JSONL).")
@click.option("--corpus", type=click.Path(exists=True, path_type=Path), default=None,
              help="Articles the cases are about; ingested first (default: seeds/ for the "
                   "seeds gold set).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("eval/runs/latest"),
              show_default=True, help="Folder for report.json, report.md, charts, cases.jsonl.")
@click.option("-k", "top_k", type=int, default=None, help="Passages per question (default 4).")
@click.option("--retrieval-only", is_flag=True, help="Skip the LLM: retrieval metrics only.")
@click.option("--dense-only", is_flag=True, help="No BM25 (dense retrieval alone).")
@click.option("--rerank", default=None, help="Second stage: sentence, none, or a CrossEncoder path.")
@click.option("--limit", type=int, default=None, help="Only the first N cases (a quick run).")
@click.option("--fresh", is_flag=True, help="Do not resume: run every case again.")
@llm_options
@common_options
def eval_command(dataset: Path, corpus: Path | None, out: Path, retrieval_only: bool,
                 dense_only: bool, limit: int | None, fresh: bool, **opts: Any) -> None:  # fmt: skip
    """Score answers against the gold facts: retrieval, facts, citations, refusal.

    \b
    Example:
      rag eval --retrieval-only
      rag eval --dataset eval/data/seeds_gold.jsonl --out eval/runs/seeds
    The index is built under OUT/index unless --data-dir is given.
    """
    from tqdm import tqdm

    from eval import dataset as ds
    from eval import report as rp
    from eval import runner
    from rag.chat import Assistant
    from rag.ingest import read_articles

    if opts.get("data_dir") is None:
        opts["data_dir"] = out / "index"
    config = build_config(hybrid=False if dense_only else None, **opts)
    cases = ds.load(dataset)[:limit]
    assistant = Assistant.open(config)
    corpus = corpus or (DEFAULT_CORPUS if dataset.resolve() == DEFAULT_DATASET.resolve() else None)
    if corpus is not None:
        report = assistant.index.ingest(read_articles([corpus], config.max_file_bytes))
        for problem in report.problems:
            click.secho(f"warning: {problem}", fg="yellow", err=True)
    if fresh:
        (out / "cases.jsonl").unlink(missing_ok=True)
    settings = runner.RunSettings(
        dataset=str(dataset), k=config.top_k, llm="hosted" if config.hosted else config.llm,
        retrieval_only=retrieval_only, hybrid=config.hybrid, rerank=config.rerank,
        min_relevance=config.min_relevance,
    )  # fmt: skip
    with tqdm(total=len(cases), unit="case", file=sys.stderr, disable=None) as bar:
        results = runner.run(assistant, cases, settings, out, progress=bar.update)
    summary = runner.summarize(cases, results, settings)
    for path in rp.write(summary, out):
        click.echo(f"wrote {path}")
    for section in ("retrieval", "answer", "latency"):
        figures = {k: rp.fmt(v) for k, v in summary.get(section, {}).items() if not isinstance(v, list)}
        if figures:
            click.echo(f"{section}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))
