"""`rag eval`: run the gold set through the real pipeline and write the report.

Registered on the `rag` command line through the `rag.commands` entry point; the
heavy imports happen inside the command so that `rag --help` stays instant.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from rag.cli import build_config, common_options, llm_options, retrieval_options

DEFAULT_DATASET = Path(__file__).parent / "data" / "seeds_gold.jsonl"
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "seeds"


@click.command("eval")
@click.option(
    "--dataset",
    type=click.Path(exists=True, path_type=Path),
    default=DEFAULT_DATASET,
    show_default="eval/data/seeds_gold.jsonl",
    help="Gold cases (JSONL).",
)
@click.option(
    "--corpus",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help="Articles the cases are about; ingested first (default: seeds/ for the seeds gold set).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("eval/runs/latest"),
    show_default=True,
    help="Folder for report.json, report.md, charts, cases.jsonl.",
)
@click.option("-k", "top_k", type=int, default=None, help="Passages per question (default 4).")
@click.option("--retrieval-only", is_flag=True, help="Skip the LLM: retrieval metrics only.")
@click.option("--dense-only", is_flag=True, help="No BM25 (dense retrieval alone).")
@click.option(
    "--no-mentions", is_flag=True, help="Do not search the outlets/dates a question names."
)
@click.option("--limit", type=int, default=None, help="Only the first N cases (a quick run).")
@click.option("--fresh", is_flag=True, help="Do not resume: run every case again.")
@click.option("--judge", is_flag=True, help="Also grade answers 1-5 with the LLM (not gated).")
@click.option(
    "--multihop",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Run MultiHop-RAG from this folder (../shared/data/multihop_rag) instead.",
)
@click.option(
    "--sample",
    "per_type",
    type=int,
    default=None,
    help="MultiHop: at most N queries per question type (fixed seed).",
)
@click.option(
    "--settings",
    "mh_settings",
    default="retrieval,gold,retrieved",
    show_default=True,
    help="MultiHop: which of retrieval, gold, retrieved to run.",
)
@click.option(
    "--models",
    "mh_models",
    default="local",
    show_default=True,
    help="MultiHop: comma-separated LLMs for the answer settings (local, small, ...).",
)
@click.option(
    "--compare",
    nargs=2,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Print what changed between two finished runs, case by case.",
)
@llm_options
@retrieval_options
@common_options
def eval_command(
    dataset: Path,
    corpus: Path | None,
    out: Path,
    retrieval_only: bool,
    dense_only: bool,
    no_mentions: bool,
    limit: int | None,
    fresh: bool,
    judge: bool,
    multihop: Path | None,
    per_type: int | None,
    mh_settings: str,
    mh_models: str,
    compare: tuple[Path, Path] | None,
    **opts: Any,
) -> None:
    """Score answers against the gold facts: retrieval, facts, citations, refusal.

    \b
    Example:
      rag eval --retrieval-only
      rag eval --dataset eval/data/seeds_gold.jsonl --out eval/runs/seeds
      rag eval --multihop ../shared/data/multihop_rag --sample 25 --models local,small
      rag eval --compare eval/runs/a eval/runs/b
    The index is built under OUT/index unless --data-dir is given.
    """
    if compare:
        from eval.compare import compare_runs

        click.echo(compare_runs(*compare))
        return
    opts |= {"hybrid": False if dense_only else None, "mentions": False if no_mentions else None}
    if multihop:
        _multihop(multihop, out, per_type, mh_settings, mh_models, opts)
        return
    from tqdm import tqdm

    from eval import dataset as ds
    from eval import report as rp
    from eval import runner
    from rag.chat import Assistant
    from rag.ingest import read_articles

    if opts.get("data_dir") is None:
        opts["data_dir"] = out / "index"
    config = build_config(**opts)
    cases = ds.load(dataset)[:limit]
    assistant = Assistant.open(config)
    corpus = corpus or (DEFAULT_CORPUS if dataset.resolve() == DEFAULT_DATASET.resolve() else None)
    if corpus is not None:
        report = assistant.index.ingest(
            read_articles([corpus], config.max_file_bytes, config.max_article_chars)
        )
        for problem in report.problems:
            click.secho(f"warning: {problem}", fg="yellow", err=True)
    if fresh:
        (out / "cases.jsonl").unlink(missing_ok=True)
    settings = runner.RunSettings(
        dataset=str(dataset),
        k=config.top_k,
        llm="hosted" if config.hosted else config.llm,
        retrieval_only=retrieval_only,
        hybrid=config.hybrid,
        rerank=config.rerank,
        min_relevance=config.min_relevance,
    )
    if not retrieval_only:
        assistant.warm(settings.llm)
    with tqdm(total=len(cases), unit="case", file=sys.stderr, disable=None) as bar:
        results = runner.run(assistant, cases, settings, out, progress=bar.update)
    summary = runner.summarize(cases, results, settings)
    if judge and not retrieval_only:
        from eval.judge import judge_all

        summary["judge"] = judge_all(
            assistant.llms.get(settings.llm), assistant.prompts, cases, summary["cases"]
        )
    for path in rp.write(summary, out):
        click.echo(f"wrote {path}")
    for section in ("retrieval", "answer", "latency", "judge"):
        figures = {
            k: rp.fmt(v) for k, v in summary.get(section, {}).items() if not isinstance(v, list)
        }
        if figures:
            click.echo(f"{section}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))


def _multihop(
    folder: Path, out: Path, per_type: int | None, settings: str, models: str, opts: dict[str, Any]
) -> None:
    import json

    from tqdm import tqdm

    from eval import multihop as mh
    from rag.chat import Assistant

    opts = {**opts, "data_dir": opts.get("data_dir") or out / "index-multihop"}
    config = build_config(**opts)
    queries = mh.load(folder)
    chosen = mh.sample(queries, per_type)
    assistant = Assistant.open(config)
    facts = mh.fact_articles(queries)
    assistant.index.ingest(facts, batch_size=256)
    assistant.index.lexical()
    report: dict[str, Any] = {
        "sample": f"{len(chosen)} of {len(queries)} queries"
        + (f" ({per_type} per type, seed 0)" if per_type else ""),
        "corpus_facts": len(facts),
    }
    wanted = set(settings.split(","))
    out.mkdir(parents=True, exist_ok=True)
    if "retrieval" in wanted:
        with tqdm(total=len(chosen), desc="retrieval", file=sys.stderr, disable=None) as bar:
            rows = mh.run_retrieval(assistant, chosen, bar.update)
        report["retrieval"] = mh.table(rows, list(mh.RETRIEVAL_KEYS))
    for setting, gold in (("gold_evidence", True), ("retrieved", False)):
        if ("gold" if gold else "retrieved") not in wanted:
            continue
        for model in models.split(","):
            with tqdm(
                total=len(chosen), desc=f"{setting} {model}", file=sys.stderr, disable=None
            ) as bar:
                rows = mh.run_answers(assistant, chosen, gold, model, bar.update)
            (out / f"multihop_{setting}_{model}.jsonl").write_text(
                "".join(json.dumps(r) + "\n" for r in rows)
            )
            report.setdefault(setting, {})[model] = mh.table(rows, ["paper", "strict"])
    (out / "multihop_report.json").write_text(json.dumps(report, indent=2))
    (out / "multihop_report.md").write_text(mh.markdown(report, folder))
    click.echo((out / "multihop_report.md").read_text())
