"""`rag eval`: run gold sets through the real pipeline, compare, rescore, gate.

A command group registered on the `rag` command line through the `rag.commands`
entry point: `run`, `compare`, `rescore`, `calibrate`, `gate`, `multihop`,
`syndication`. Heavy imports happen inside the commands, so `rag --help` stays instant.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from eval.dataset import SETS, resolve
from rag.cli import build_config, common_options, llm_options, retrieval_options


@click.group("eval")
def eval_command() -> None:
    """Score answers against gold facts: retrieval, facts, citations, refusal.

    \b
    Example:
      rag eval run --retrieval-only
      rag eval run --set newsroom --out eval/runs/newsroom
      rag eval compare eval/runs/a eval/runs/b
    """


@eval_command.command("run")
@click.option(
    "--set",
    "name",
    type=click.Choice(sorted(SETS)),
    default="seeds",
    show_default=True,
    help="A gold set shipped with news-chat (its corpus is ingested first).",
)
@click.option(
    "--dataset",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Your own gold cases (JSONL) instead of --set.",
)
@click.option(
    "--corpus",
    type=click.Path(exists=True, path_type=Path),
    default=None,
    help="Articles the cases are about, ingested first (default: the set's own corpus).",
)
@click.option(
    "--split", type=click.Choice(["dev", "test"]), default=None, help="Only this half of the set."
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("eval/runs/latest"),
    show_default=True,
    help="Folder for report.json, report.md, charts, cases.jsonl.",
)
@click.option(
    "-k",
    "top_k",
    type=int,
    default=None,
    help="Passages per question (default: as `rag ask` chooses: 4, more for time questions).",
)
@click.option("--retrieval-only", is_flag=True, help="Skip the LLM: retrieval metrics only.")
@click.option("--dense-only", is_flag=True, help="No BM25 (dense retrieval alone).")
@click.option(
    "--no-mentions", is_flag=True, help="Do not search the outlets/dates a question names."
)
@click.option("--limit", type=int, default=None, help="Only the first N cases (a quick run).")
@click.option("--fresh", is_flag=True, help="Do not resume: run every case again.")
@click.option("--judge", is_flag=True, help="Also grade answers 1-5 with the LLM (not gated).")
@llm_options
@retrieval_options
@common_options
def run_command(
    name: str,
    dataset: Path | None,
    corpus: Path | None,
    split: str | None,
    out: Path,
    retrieval_only: bool,
    dense_only: bool,
    no_mentions: bool,
    limit: int | None,
    fresh: bool,
    judge: bool,
    **opts: Any,
) -> None:
    """Run a gold set through the pipeline and write the report.

    \b
    Example:
      rag eval run --retrieval-only
      rag eval run --set conflicts --split dev --out eval/runs/conflicts-dev
      rag eval run --dataset my_gold.jsonl --corpus my_articles/ --model small
    The index is built under OUT/index unless --data-dir is given.
    """
    from tqdm import tqdm

    from eval import dataset as ds
    from eval import runner
    from rag.chat import Assistant
    from rag.ingest import read_articles

    opts |= {"hybrid": False if dense_only else None, "mentions": False if no_mentions else None}
    opts["data_dir"] = opts.get("data_dir") or out / "index"
    config = build_config(**opts)
    gold, corpus = resolve(name, dataset, corpus)
    cases = [c for c in ds.load(gold) if split in (None, c.split)][:limit]
    assistant = Assistant.open(config)
    if corpus is not None:
        report = assistant.index.ingest(
            read_articles([corpus], config.max_file_bytes, config.max_article_chars)
        )
        for problem in report.problems:
            click.secho(f"warning: {problem}", fg="yellow", err=True)
    if fresh:
        (out / "cases.jsonl").unlink(missing_ok=True)
    settings = runner.RunSettings(
        dataset=str(gold),
        k=opts.get("top_k"),  # None: the assistant's own choice, as a user gets it
        llm=config.default_llm,
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

        summary["judge"], grades = judge_all(
            assistant.llms.get(settings.llm), assistant.prompts, cases, results
        )
        for case, grade in zip(summary["cases"], grades):
            case["judge"] = grade
    _write(summary, out)


def _write(summary: dict[str, Any], out: Path) -> None:
    from eval import report as rp

    for path in rp.write(summary, out):
        click.echo(f"wrote {path}")
    for section in ("retrieval", "answer", "time", "latency", "judge"):
        figures = {
            k: rp.fmt(v) for k, v in summary.get(section, {}).items() if not isinstance(v, list)
        }
        if figures:
            click.echo(f"{section}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))


_RUN_DIR = click.Path(exists=True, file_okay=False, path_type=Path)


@eval_command.command("compare")
@click.argument("a", type=_RUN_DIR)
@click.argument("b", type=_RUN_DIR)
def compare_command(a: Path, b: Path) -> None:
    """Print what changed between two finished runs, figure by figure and case by case.

    \b
    Example:
      rag eval compare eval/runs/before eval/runs/after
    """
    from eval.compare import compare_runs

    click.echo(compare_runs(a, b))


@eval_command.command("rescore")
@click.argument("run", type=_RUN_DIR)
@click.argument("out", type=click.Path(path_type=Path))
@click.option(
    "--set",
    "assignments",
    multiple=True,
    metavar="FIELD=VALUE",
    help="A setting to rescore with (any Config field), e.g. --set min_answer_relevance=0.3.",
)
def rescore_command(run: Path, out: Path, assignments: tuple[str, ...]) -> None:
    """Re-score a finished run's stored model replies with the current code (no LLM).

    \b
    Example:
      rag eval rescore eval/runs/seeds /tmp/seeds-rescored --set claim_word_share=0.5
    """
    import shutil

    from eval import runner
    from eval.rescore import rescore
    from eval.rows import write
    from rag.chat import Assistant
    from rag.config import parse_assignments

    index = run / "index"
    refusal = click.ClickException(
        f"{index} holds no articles: rescore the run that answered "
        "(a rescored run's folder keeps no index)"
    )
    if not index.is_dir():  # opening it would create it in the run's folder
        raise refusal
    assistant = Assistant.open(build_config(data_dir=index, **parse_assignments(assignments)))
    if assistant.index.count_articles() == 0:  # its checks read whole articles from it
        raise refusal
    cases, rows, settings, kept = rescore(assistant, run)
    if kept:  # the current code would ask other reports: these stay as the run wrote them
        click.echo(f"not replayed (kept as run): {', '.join(kept)}", err=True)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(run / "run.json", out / "run.json")  # `rag eval show OUT` reads both
    write(out / "cases.jsonl", rows)
    _write(runner.summarize(cases, rows, settings), out)


@eval_command.command("calibrate")
@click.argument("runs", nargs=-1, required=True, type=_RUN_DIR)
@click.option("--field", required=True, help="The Config field to sweep.")
@click.option("--values", required=True, help="Comma-separated values to try.")
def calibrate_command(runs: tuple[Path, ...], field: str, values: str) -> None:
    """Sweep one answer-stage setting over finished runs (rescored, no LLM).

    \b
    Example:
      rag eval calibrate eval/runs/seeds eval/runs/conflicts-dev \\
          --field min_answer_relevance --values 0.15,0.2,0.25,0.3
    """
    from eval.calibrate import sweep, table
    from rag.config import parse_assignments

    parsed = [parse_assignments([f"{field}={v}"])[field] for v in values.split(",")]
    rows = sweep(build_config(), runs, field, parsed)
    click.echo("\n".join(table(field, rows)))


@eval_command.command("show")
@click.argument("run", type=_RUN_DIR)
@click.option("--wrong", is_flag=True, help="Only the cases the run got wrong.")
@click.option("--type", "kind", default=None, help="Only cases of this gold type.")
def show_command(run: Path, wrong: bool, kind: str | None) -> None:
    """Print a run's answers to read by hand (question, gold, each outlet, the answer).

    \b
    Example:
      rag eval show eval/runs/seeds --wrong
    """
    from eval.show import lines

    for line in lines(run, wrong, kind):
        click.echo(line)


@eval_command.command("gate")
@click.argument("report", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--floors",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Floors file (default eval/floors.json).",
)
def gate_command(report: Path, floors: Path | None) -> None:
    """Fail (exit 1) when a report's figures fall under the floors: the CI gate.

    \b
    Example:
      rag eval gate eval/runs/gate/report.json
    """
    from eval.gate import FLOORS, check

    lines = check(json.loads(report.read_text()), json.loads((floors or FLOORS).read_text()))
    click.echo("\n".join(lines))
    failed = [line for line in lines if line.startswith("FAIL")]
    click.echo(f"eval gate: {'FAILED' if failed else 'passed'} ({len(failed)} under the floor)")
    sys.exit(1 if failed else 0)


@eval_command.command("multihop")
@click.argument("folder", type=_RUN_DIR)
@click.option(
    "--sample",
    "per_type",
    type=int,
    default=None,
    help="At most N queries per question type (fixed seed).",
)
@click.option(
    "--split",
    "half",
    type=click.Choice(["all", "dev", "test"]),
    default="all",
    show_default=True,
    help="dev: the queries tuned on (the seed-0 sample of 50 per type); test: the rest.",
)
@click.option(
    "--settings",
    "wanted",
    default="retrieval,gold,retrieved",
    show_default=True,
    help="Which of retrieval, gold, retrieved to run.",
)
@click.option(
    "--models",
    default="local",
    show_default=True,
    help="Comma-separated LLMs for the answer settings (local, small, ...).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("eval/runs/multihop"),
    show_default=True,
    help="Folder for the report and the answer rows.",
)
@llm_options
@retrieval_options
@common_options
def multihop_command(
    folder: Path,
    per_type: int | None,
    half: str,
    wanted: str,
    models: str,
    out: Path,
    **opts: Any,
) -> None:
    """MultiHop-RAG (read in place from its folder): retrieval and answers.

    \b
    Example:
      rag eval multihop ../shared/data/multihop_rag --sample 50 --split test
    """
    from eval import multihop as mh

    opts["data_dir"] = opts.get("data_dir") or out / "index-multihop"
    config = build_config(**opts)
    report = mh.run_all(config, folder, out, per_type, set(wanted.split(",")), models, half)
    (out / "multihop_report.json").write_text(json.dumps(report, indent=2))
    (out / "multihop_report.md").write_text(mh.markdown(report, folder))
    click.echo((out / "multihop_report.md").read_text())


@eval_command.command("syndication")
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("eval/runs/syndication"),
    show_default=True,
    help="Folder for syndication_report.json / .md; the index is rebuilt under OUT/index.",
)
@click.option("-k", "top_k", type=int, default=12, show_default=True, help="Passages per question.")
@click.option(
    "--per-article",
    type=int,
    default=0,
    show_default=True,
    help="At most this many passages from one article (0: no limit).",
)
@click.option(
    "--set",
    "assignments",
    multiple=True,
    metavar="FIELD=VALUE",
    help="A setting to ingest and retrieve with (any Config field), e.g. "
    "--set story_similarity=0.6.",
)
@common_options
def syndication_command(
    top_k: int, per_article: int, out: Path, assignments: tuple[str, ...], **opts: Any
) -> None:
    """Wire copies, independent sources and stories on the wire gold set (no LLM).

    \b
    Example:
      rag eval syndication
      rag eval syndication --set near_duplicate=0.6 --out /tmp/syn
    Pair F1 (derived vs independent) and story B-cubed F1 per split, and how many
    questions get both their outlet and independent-source counts right.
    """
    from eval import syndication
    from rag.config import parse_assignments

    opts["data_dir"] = opts.get("data_dir") or out / "index"
    config = build_config(**opts, **parse_assignments(assignments))
    report = syndication.run(config, top_k, per_article)
    for path in syndication.write(report, out):
        click.echo(f"wrote {path}")
    click.echo(syndication.markdown(report))
