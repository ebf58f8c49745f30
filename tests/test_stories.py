"""Stories: articles about one event, grouped at ingest, listed and used as a filter.

The wire gold corpus (tests/wire.py: 14 events, four pairs of look-alike events, four
unrelated articles) in a real embedded index with the packaged embedding model; the
expected grouping is truth.jsonl's events. The command line runs through CliRunner.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import make_config
from wire import load_article, truth, wire_dir

from eval.syndication import load_gold, story_scores
from rag.cli import cli
from rag.index import Index
from rag.ingest import read_articles
from rag.stories import continues, names, overlap
from rag.types import Article
from rag.wires import Agencies

LOOK_ALIKES = [("E01", "E03"), ("E05", "E07"), ("E02", "E04"), ("E06", "E08")]  # README


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory, embedder) -> Path:  # type: ignore[no-untyped-def]
    return wire_dir(tmp_path_factory.getbasetemp(), embedder)


@pytest.fixture(scope="module")
def wire(data_dir: Path, embedder) -> Index:  # type: ignore[no-untyped-def]
    return Index(make_config(data_dir), embedder)


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_bcubed_meets_the_target(wire: Index) -> None:
    scores = story_scores({a.id: a for a in wire.list_articles()}, load_gold())
    for split in ("dev", "test", "all"):
        assert scores[split]["f1"] >= 0.85, (split, scores[split])


def test_look_alike_events_are_different_stories(wire: Index) -> None:
    gold = truth()
    story = {a.id: a.story for a in wire.list_articles()}
    for a, b in LOOK_ALIKES:
        left = {story[i] for i, t in gold.items() if t["event"] == a}
        right = {story[i] for i, t in gold.items() if t["event"] == b}
        assert not left & right, (a, b)


def test_story_records(wire: Index) -> None:
    infos = {a.id: a for a in wire.list_articles()}
    gold = truth()
    stories = wire.stories()
    assert sorted(i for s in stories for i in s.articles) == sorted(infos)  # each article once
    latest = [s.latest_published for s in stories]
    assert latest == sorted(latest, reverse=True)
    for s in stories:
        members = [infos[i] for i in s.articles]
        dates = sorted(a.published_at for a in members)
        assert (s.first_published, s.latest_published) == (dates[0], dates[-1])
        assert members[0].published_at == dates[0] and s.first_outlet == members[0].outlet
        assert s.title == members[0].title
        assert set(s.outlets) == {a.outlet for a in members} and len(set(s.outlets)) == len(
            s.outlets
        )
        assert s.label
        events = {gold[i]["event"] for i in s.articles}
        if len(events) == 1:  # the gold's count of independent sources for that event
            assert s.independent == len({gold[i]["derived_from"] or i for i in s.articles})
        if len(members) >= 3:  # a label of names most of its articles mention
            for name in s.label.split(" · "):
                mentioning = [a for a in members if name.lower() in load_article(a.id).text.lower()]
                assert len(mentioning) * 2 >= len(members), (s.id, name)


def test_names_and_overlap() -> None:
    gold = truth()
    first = next(i for i, t in gold.items() if t["event"] == "E01" and t["origin"] == "wire")
    other = next(i for i, t in gold.items() if t["event"] == "E01" and t["origin"] == "independent")
    far = next(i for i, t in gold.items() if t["event"] == "E14" and t["origin"] == "wire")
    a, b, c = (names(load_article(i)) for i in (first, other, far))
    assert "Halbrook Polymers" in a and "Halbrook Polymers" in b
    assert not any(n in ("Three", "The", "Crews") for n in a)  # sentence starts are not names
    assert overlap(a, b) > overlap(a, c)
    assert overlap(a, ()) == 0.0


def test_a_later_article_joins_its_story_and_a_look_alike_starts_one(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """The February rate hold (E05), its latest report added on its own, then the March
    rate cut (E07: same bank, governor, agency and reporter, six weeks later)."""
    gold = truth()
    hold = [i for i, t in gold.items() if t["event"] == "E05"]
    late = max(hold, key=lambda i: (load_article(i).published_at, i))
    cut = next(i for i, t in gold.items() if t["event"] == "E07" and t["origin"] == "wire")
    index = Index(make_config(tmp_path / "data"), embedder)
    index.upsert([load_article(i) for i in hold if i != late])
    [story] = index.stories()
    index.upsert([load_article(late)])
    index.upsert([load_article(cut)])
    stories = {s.id: s for s in index.stories()}
    assert set(stories[story.id].articles) == set(hold)
    assert len(stories) == 2 and cut in next(s.articles for s in stories.values() if s != story)


@pytest.mark.parametrize("first", ["sy21_pan_littoral", "sy79_kestlin_gazette"])
def test_a_second_storm_a_fortnight_later_starts_its_own_story(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
    first: str,
) -> None:
    """The first report of Storm Brisa, added on its own after Storm Aveline's story is
    stored, names Marrowby, Aveline and Kestlin as Aveline's reports do and one name of
    its own among the five it mentions most, "Storm Brisa": another storm, not a
    follow-up (`rag.stories._sibling`), so it starts a story of its own (it never writes
    "storm" in lower case: the name alone tells)."""
    gold = truth()
    assert gold[first]["event"] == "E08"  # Brisa
    aveline = [i for i, t in gold.items() if t["event"] == "E06"]
    index = Index(make_config(tmp_path / "data"), embedder)
    index.upsert([load_article(i) for i in aveline])
    aveline_stories = {a.story for a in index.list_articles()}  # the Mercury's apart
    index.upsert([load_article(first)])
    assert {a.id: a.story for a in index.list_articles()}[first] not in aveline_stories


CORPORA = Path(__file__).resolve().parents[1] / "eval" / "corpora"


def _corpus(name: str, *prefixes: str) -> list[Article]:
    found = read_articles([CORPORA / name / "articles"], max_bytes=1_000_000)
    return [a for a in found if isinstance(a, Article) and a.id.startswith(prefixes)]


@pytest.mark.parametrize(
    ("corpus", "prefixes", "late"),
    [
        # "outbreak declared over", 17 days after the last report of a death
        ("timeline", ("tl0",), "tl09_civic_ledger"),
        # the takeover signed ten days after the previous report of the saga
        ("chronicle", ("ch10", "ch11", "ch12", "ch13", "ch14", "ch15", "ch16", "ch17"),
         "ch17_ravensholt_advertiser"),
        # a weekly's review eleven days after the last report: the names it mentions
        # most (Orsington, the Guildhall, the council, the interim and the former chief)
        # are all the story's, but no one earlier report mentions them all
        ("annals", tuple(f"an0{n}" for n in range(1, 9)), "an08_halfpenny_review"),
        # the print worker charged 19 days after the last report, named for the first
        # time: one new name among the five the report mentions most
        ("sequels", ("sq01", "sq02", "sq03"), "sq03_schoolgate_weekly"),
    ],
)  # fmt: skip
def test_a_report_weeks_later_that_names_no_one_new_continues_its_story(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
    corpus: str,
    prefixes: tuple[str, ...],
    late: str,
) -> None:
    """Beyond `story_days`, a later report joins the story whose articles mention every
    name it mentions most (between them); the look-alike storms a fortnight apart (E06 / E08, above)
    stay apart because Brisa's reports name Brisa."""
    articles = _corpus(corpus, *prefixes)
    assert late in {a.id for a in articles} and len(articles) >= 3
    index = Index(make_config(tmp_path / "data"), embedder)
    index.upsert([a for a in articles if a.id != late])
    [story] = index.stories()
    index.upsert([a for a in articles if a.id == late])  # on its own: read from the store
    [joined] = index.stories()
    assert joined.id == story.id and late in joined.articles
    narrow = Index(make_config(tmp_path / "narrow", story_follow_days=0), embedder)
    narrow.upsert(articles)
    assert len(narrow.stories()) == 2  # the week's window alone leaves it out


def test_a_later_report_continues_only_when_it_names_no_one_new() -> None:
    earlier = ("Storm Aveline", "Marrowby", "Kestlin Power Networks", "Pellick Head")
    later = ("Marrowby", "Aveline", "Pellick", "Kestlin", "Storm Aveline", "Flintcroft Lane")
    assert continues(later, earlier, 5)  # the sixth name is not read
    assert not continues(("Storm Brisa", *later), earlier, 5)  # "Brisa" is new
    assert continues(("Marrowby", "Aveline", "Brisa"), earlier, 2)  # only the first two
    assert not continues(("Marrowby", "Aveline"), earlier, 5)  # too few names to tell
    assert not continues((), earlier, 5)


def test_a_later_report_may_name_one_new_name_but_not_another_of_a_kind() -> None:
    earlier = ("Storm Aveline", "Marrowby", "Kestlin Power Networks", "Pellick Head")
    later = ("Marrowby", "Aveline", "Pellick", "Kestlin", "Storm Aveline")
    charged = ("Marrowby", "Gwenda Tarrant", *later[1:4])  # a name first given now
    assert continues(charged, earlier, 5, new=1) and not continues(charged, earlier, 5)
    two = ("Marrowby", "Gwenda Tarrant", "Ottery Mill", *later[2:4])
    assert not continues(two, earlier, 5, new=1)
    brisa = ("Marrowby", "Aveline", "Storm Brisa", "Kestlin", "Pellick")
    assert not continues(brisa, earlier, 5, new=1)  # another storm
    corn = ("Marrowby", "Aveline", "Marrowby's Corn Exchange", "Kestlin", "Pellick")
    assert continues(corn, earlier, 5, new=1)  # a place of Marrowby's, no other Marrowby
    possessive = ("Marrowby's", "Aveline", "Pellick", "Kestlin", "Storm Aveline")
    assert continues(possessive, earlier, 5)  # "Marrowby's" is Marrowby


def test_rag_stories_lists_what_the_index_holds(data_dir: Path, wire: Index) -> None:
    result = run("stories", "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if not line.startswith("\t")]
    stories = wire.stories()
    assert [line.split("\t")[0] for line in lines] == [s.id for s in stories]
    for line, s in zip(lines, stories):
        assert f"{len(s.articles)} articles" in line and s.label in line
    several = run("stories", "--min-articles", "2", "--json", "--data-dir", data_dir)
    import json

    listed = json.loads(several.stdout)
    assert [s["id"] for s in listed] == [s.id for s in stories if len(s.articles) >= 2]
    assert all(len(s["articles"]) >= 2 for s in listed)


def test_ask_with_an_unknown_story_is_one_error_line(data_dir: Path) -> None:
    result = run("ask", "--story", "no-such-story", "--data-dir", data_dir, "Who was hurt?")
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and "no-such-story" in line and "rag stories" in line


def test_agency_keys() -> None:
    agencies = Agencies(["Kessary Newsline"])
    assert agencies.key("The Associated Press") == agencies.key("AP") == "AP"
    assert agencies.key("Itar-Tass") == agencies.key("TASS")
    assert agencies.key("Pan-Littoral News Agency") == agencies.key("PLNA")
    assert agencies.looks_like("Kessary Newsline") and agencies.looks_like("Eastreach Wire")
    assert not agencies.looks_like("National Food Standards Agency")
