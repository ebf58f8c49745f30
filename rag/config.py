"""Configuration: one frozen record, built at the edges and passed down.

`Config` holds every setting the pipeline reads, each default with a short reason.
`Config.from_env()` overlays `RAG_*` environment variables; the CLI overlays its flags
on top of that with `dataclasses.replace`. Nothing in the library reads the environment
or keeps module-level settings: a stage receives the `Config` (or the fields it needs).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.errors import ConfigError

if TYPE_CHECKING:
    from rag.compare import Rules

REPO_ROOT = Path(__file__).resolve().parent.parent

# Offline environment every entry point sets before heavy imports (see README).
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


# OpenMP threads that spin while idle collapse llama.cpp on 2 cores beside any busy
# process (bench/threads.py). libgomp reads this once, when the first library that
# uses it loads, and torch (the embedding model) loads it before llama.cpp does, so
# it must be set before either is imported.
THREAD_ENV = {"OMP_WAIT_POLICY": "PASSIVE"}


def packaged_prompts() -> Path:
    """The prompt templates: prompts/ in a checkout, installed as `rag.templates`."""
    from importlib.resources import files

    return Path(str(files("rag.templates")))


def apply_runtime_env() -> None:
    """Set the offline, no-telemetry and thread variables unless the user set them."""
    for key, value in {**OFFLINE_ENV, **THREAD_ENV}.items():
        os.environ.setdefault(key, value)


@dataclass(frozen=True)
class Config:
    # --- storage -----------------------------------------------------------
    data_dir: Path = Path("data")  # index, catalog and BM25 live here (git-ignored)
    chroma_url: str | None = None  # http://host:port → Chroma server instead of embedded
    collection: str = "news"  # Chroma collection name

    # --- embedding and chunking (written beside the index; a mismatch refuses) ---
    embed_model: str = "packaged:all-MiniLM-L6-v2"  # or any sentence-transformers path
    chunk_size: int = 128  # tokens: 2-3 news paragraphs; 4 chunks keep prompts < ~700 tokens
    chunk_overlap: int = 16  # tokens shared by neighbouring chunks
    embed_batch_size: int = 32  # measured: larger batches gain nothing on 2 cores
    embed_threads: int = 1  # query-time torch threads; 1 holds up under load

    # --- retrieval ---------------------------------------------------------
    top_k: int = 4  # passages handed to the LLM; ~4 keep the prompt near 700 tokens
    candidates: int = 20  # per retriever, before fusion and the second stage
    hybrid: bool = True  # BM25 + dense fused by reciprocal rank
    mentions: bool = True  # also search within the outlets / dates a question names
    rerank: str = "none"  # or "sentence", or a CrossEncoder path: none helped (docs/retrieval.md)
    max_per_article: int = 2  # outlet diversity: at most this many chunks per article
    report_passages: int = 2  # no k asked: each report among top_k read in this many passages
    latest_passages: int = 2  # the same for latest / as-of values (8 reports) with deepen_latest
    deepen_latest: bool = True  # latest / as-of values: each report read that deep (timeline dev)
    min_relevance: float = 0.30  # refusal gate on the best dense cosine (eval/README.md)
    passage_duplicate: float = 0.5  # word-shingle Jaccard from which two passages are one text
    passage_carried: float = 0.5  # share of the answering sentence's shingles a copy must hold

    # --- who reported what: copies, wire credits, stories (marked at ingest; docs/corpus.md) ---
    syndication: bool = True  # mark near-duplicate groups, credited wires and stories at ingest
    shingle_words: int = 3  # words per shingle; wire copies ≥ 0.70 Jaccard, all else ≤ 0.11 (dev)
    minhash_perms: int = 128  # MinHash permutations: an estimated Jaccard is within ~±0.04
    lsh_bands: int = 32  # 32 bands of 4 rows: datasketch's optimum for a 0.4 candidate threshold
    near_duplicate: float = 0.5  # estimated Jaccard from which an article copies another
    story_days: int = 7  # a story's articles lie within this many days of one another
    story_follow_days: int = 30  # … or this many, when the later names no one the earlier does
    story_follow_names: int = 5  # not (its most-mentioned names: `rag.stories.continues`)
    story_follow_new: int = 1  # … but this many, none another of a kind ("Storm Brisa")
    story_similarity: float = 0.7  # cosine + weighted name overlap needed to join a story
    story_name_weight: float = 0.3  # weight of the shared names (people, places) in that score
    story_neighbours: int = 20  # stored articles a new one is compared with
    wire_agencies: str = ""  # more agency names, comma-separated (AP, Reuters, AFP, ... built in)

    # --- answering: per-outlet extraction, verification, comparison (docs/answers.md) ---
    sentence_word_weight: float = 0.3  # a sentence's score: this much word overlap, the rest cosine
    rare_words: bool = False  # the overlap weighs each question word by its rarity (evidence.py)
    evidence_per_outlet: int = 3  # sentences a report's extraction sees (4: +19% time, same facts)
    joint_per_outlet: int = 3  # per outlet, when one call weighs all outlets (yes/no)
    latest_top_k: int = 8  # reports (one passage each) for values that change over time
    timeline_top_k: int = 12  # passages for a timeline (two per report at most)
    story_top_k: int = 40  # then passages of the story those are about, for its timeline
    story_margin: float = 0.1  # a timeline's story: best sentence this close to the best of all;
    # a value question's more reports: also from the stories of passages this close to the best
    timeline_entries: int = 14  # a timeline's lines at most, earliest first (timeline dev)
    timeline_diversity: float = 0.5  # relevance given up per cosine to events already chosen
    timeline_min_relevance: float = 0.25  # a dated sentence must be this relevant to the question
    story_min_relevance: float = 0.10  # … once the timeline keeps to one story (timeline dev)
    anchor_similarity: float = 0.35  # the event a question hangs on: cosine to its sentence
    story_reports: int = 2  # a value question: up to this many more reports of its story read
    # (their best passage), where the search left them out (`Retriever.story_reports`)
    holder_rule: bool = True  # "who runs/leads/heads X?": each report's holder read by rule
    # (`rag.posts`; the model asked where no sentence tells one), its sentence read and
    # favoured as an asked count's is (count_passages, count_bonus)
    count_passages: bool = True  # a count or measure question: each report also read where
    # it gives the asked quantity, when no passage read of it does (`Retriever.reading_for`)
    count_bonus: float = 0.2  # … and its sentences that give the asked quantity score this
    # much more (0.2: most gold sentences shown on the dev halves, model-free probe)
    deed_denial: bool = True  # "Has X been charged?": each report also read where a sentence
    # denies the deed asked (`verify.denies_deed`), that sentence favoured by count_bonus
    cause_reading: bool = True  # "Why …?", "What went wrong …?": each report also read where
    # a sentence names a cause (`verify.gives_cause`), that sentence favoured by count_bonus,
    # and a reply whose sentence could tell no cause answers nothing (`verify.tells_no_cause`)
    tenure_reading: bool = True  # "Since when has she run the museum?": each report also
    # read where a sentence gives a post held since a year (`verify.gives_tenure`), favoured,
    # and its reply written by rule from it ("since 2026"; `reports.held_since`)
    day_reading: bool = True  # "On what date was the van robbed?": each report's sentences
    # that may give the asked day (`verify.tells_day_of`) favoured by count_bonus; a report
    # whose best sentences give none read at its best ones that may (that say two or more
    # of what is asked, and most of it, when its best name another act's day;
    # `extract.read_at`), or in its first other passage with such a sentence
    # (`chat.passage_for`, `Retriever.reading_for`); a day the model gives stands on the
    # sentence that may tell it (`reports._telling`)
    person_reading: bool = True  # "Which resident saw a man with a holdall?": each report's
    # sentences that name a person and say the asked act (`verify.tells_who_of`) favoured
    # by count_bonus; a report whose best sentences have none read at its best ones that do,
    # or in its first other passage with one (`chat.passage_for`, `Retriever.reading_for`)
    day_check: bool = True  # a day answer whose sentence says less than a third of the words
    # of the asked act (`verify.tells_day_of`) stands only if the model, asked in a prompt
    # of its own whether the sentence gives that day as the answer, finds it likely
    # (`rag.daycheck`)
    day_check_min: float = 0.35  # … its chance of "yes" at least this (days, seeds and the
    # dev halves' day answers that no word vouches for: 0.35 keeps every right one)
    claim_reading: bool = True  # a claim of a question that makes claims about several
    # reports ("Does A report X, while B says Y?") that the model's reply left unanswered
    # is read again: yes when the model, asked in a prompt of its own whether the report's
    # sentences say it, finds it likely, no when unlikely (`rag.claimcheck`)
    claim_yes_min: float = 0.5  # … yes at a chance of "yes" at least this, no below
    claim_no_max: float = 0.25  # this, else unanswered (MultiHop-RAG and claims dev)
    kind_rule: bool = True  # a price asked for one kind of ticket, fare or rate ("a family
    # ticket") stands only on a sentence that says that kind (`verify.kind_unsaid`)
    min_outlet_relevance: float = 0.25  # an outlet whose best sentence scores less is not asked
    min_answer_relevance: float = 0.25  # the sentence an answer stands in must score this
    vouch_similarity: float = 0.8  # one story's sentences this close: one statement (conflicts dev)
    negation_check: bool = True  # a yes where a sentence read denies the claim → no (polarity dev)
    claim_word_share: float = 0.6  # a paraphrased answer: share of its words in the sentence
    max_extract_tokens: int = 60  # one short answer
    answer_format: str = "json"  # the model's reply: "json" (answer + sentence) or "line" (answer)
    short_reply: bool = True  # JSON reply: its '{"answer": "' read with the prompt, and it stops
    # after the answer (False: the model writes the whole {"answer", "sentence"} object)
    constrained: bool = False  # enforce the JSON schema with a grammar: +41% time a call here
    pair_similarity: float = 0.30  # two outlets' sentences about one thing (cosine)
    number_tolerance: float = 0.10  # approximate numbers this close agree ("about 300,000")
    quote_similarity: float = 0.50  # two quotes sharing no word: one statement if this close
    value_window: int = 5  # words each side of a value that say what it is a value of
    min_value_fit: float = 0.0  # those words' cosine to the question, or the value is off-topic
    compare_fit: float = 0.0  # values compared across outlets must fit the question this well
    count_ratio: float = 10.0  # two counts further apart count two things (conflicts dev half)
    rival_relevance: float = 0.36  # a disagreement: both sentences this relevant (dev sets)
    timeline_merge_similarity: float = 0.70  # same-day reports of one event (cosine): the
    # lowest value keeping every gold event the timeline dev half finds (rag/timeline.py)

    # --- generation --------------------------------------------------------
    llm: str = "local"  # "local" (1.5B), "small" (0.5B), "tiny" (SmolLM2), a .gguf path
    llm_base_url: str | None = None  # OpenAI-compatible endpoint → hosted backend
    llm_model: str | None = None  # model name on the hosted endpoint
    llm_api_key: str | None = None  # hosted API key ("x" works for local servers)
    llm_timeout: float = 60.0  # seconds before a hosted call is abandoned
    n_ctx: int = 2048  # llama.cpp context; prompts stay well under it
    n_threads: int = 2  # llama.cpp threads (bench/ chose 2 with OMP PASSIVE)
    max_answer_tokens: int = 220  # short, cited answers
    temperature: float = 0.0  # deterministic answers, repeatable evals
    repeat_penalty: float = 1.05  # mild: stops loops without bending copied names
    hosted_context_window: int = 4096  # what llama-index assumes of a hosted model's window
    condense_turns: int = 3  # earlier questions a follow-up is rewritten with
    condense_max_tokens: int = 60  # a standalone question is one line
    model_dir: Path = Path.home() / ".cache" / "news-chat" / "models"  # joined GGUFs

    # --- files -------------------------------------------------------------
    prompts_dir: Path = field(default_factory=lambda: packaged_prompts())  # prompts/ shipped
    max_file_bytes: int = 60_000_000  # bigger files are refused with a message (a feed may be big)
    max_article_chars: int = 1_000_000  # one story's text; ~200k words, far past any news story
    max_question_chars: int = 2_000  # longer questions are refused with a message

    @property
    def hosted(self) -> bool:
        return self.llm_base_url is not None

    @property
    def comparison_rules(self) -> Rules:
        from rag.compare import Rules

        return Rules(
            self.pair_similarity,
            self.number_tolerance,
            self.quote_similarity,
            self.compare_fit,
            self.count_ratio,
            self.rival_relevance,
        )

    @property
    def default_llm(self) -> str:
        """The model a question uses unless it names one: the hosted endpoint when
        one is configured, else `llm`."""
        return "hosted" if self.hosted else self.llm

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Config:
        """Defaults, then `RAG_<FIELD>` variables, then explicit keyword overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for spec in dataclasses.fields(cls):
            raw = env.get(f"RAG_{spec.name.upper()}")
            if raw is not None and raw != "":
                values[spec.name] = _parse(spec.name, spec.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def parse_assignments(items: Sequence[str]) -> dict[str, Any]:
    """`FIELD=VALUE` strings (command-line overrides) as typed Config values."""
    fields = {f.name: f for f in dataclasses.fields(Config)}
    out: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        if not sep or name not in fields:
            raise ConfigError(f"expected FIELD=VALUE with a Config field, got {item!r}")
        out[name] = _parse(name, fields[name].type, raw)
    return out


def _parse(name: str, kind: Any, raw: str) -> Any:
    kind = str(kind)
    try:
        if kind == "bool":
            if raw.lower() in {"1", "true", "yes", "on"}:
                return True
            if raw.lower() in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "Path":
            return Path(raw).expanduser()
    except ValueError:
        raise ConfigError(f"RAG_{name.upper()}: expected {kind}, got {raw!r}") from None
    return raw
