"""A "what happened after Y?" question whose anchor no report dates is answered by the
reports that say, in their own words, that their event came after it ("… has postponed
the strike …, after Transport Minister … stepped into the dispute"). Real index and
embeddings over articles written for this test; no model is called."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import index_articles

from rag.chat import Assistant

STRIKE = [
    {
        "id": "times_vote",
        "outlet": "The Selvik Times",
        "published_at": "2027-04-12",
        "title": "Ferry crews vote for a five-day strike",
        "text": (
            "SELVIK — Ferry crews on the Selvik–Harlo route voted on Saturday for a five-day "
            "strike starting on April 26, the Maritime Crews' Union said.\n\n"
            "The union's secretary, Otto Brandvik, said the crews had written to Transport "
            'Minister Ilse Varga asking her to intervene. "We will strike after Easter if '
            'nothing changes," he said.'
        ),
    },
    {
        "id": "post_postponed",
        "outlet": "Harlo Post",
        "published_at": "2027-04-20",
        "title": "Ferry strike postponed after minister steps in",
        "text": (
            "HARLO — The Maritime Crews' Union has postponed its five-day ferry strike by a "
            "week, to May 3, after Transport Minister Ilse Varga stepped into the dispute.\n\n"
            "The ferry company said sailings would run as normal. The new vessel, named after "
            "a local fisherman, is due in service in June."
        ),
    },
]


def test_what_followed_an_undated_anchor_is_what_the_reports_say_followed_it(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = index_articles(tmp_path, embedder, STRIKE)
    assistant = Assistant(config, index)

    answer = assistant.answer(
        "What happened to the planned ferry strike after the transport minister got involved?"
    )

    assert not answer.refused
    lines = answer.text.splitlines()
    assert "After the transport minister got involved" in lines[0]
    told = [line for line in lines[1:] if "postponed its five-day ferry strike" in line]
    assert len(told) == 1 and told[0].startswith("May 3, 2027")  # the strike's new day
    cited = {answer.passages[c.n - 1].chunk.article_id for c in answer.citations}
    assert cited == {"post_postponed"}
    assert "Easter" not in answer.text  # a threat in a quotation is not what happened


def test_an_anchor_only_asked_for_is_still_not_dated(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = index_articles(tmp_path, embedder, STRIKE[:1])
    answer = Assistant(config, index).answer(
        "What happened to the planned ferry strike after the transport minister got involved?"
    )
    assert answer.refused


COUNCIL = [
    {
        "id": "echo_lease",
        "outlet": "Brannock Echo",
        "published_at": "2027-06-10",
        "title": "Planning chairman stands down over quarry lease",
        "text": (
            "BRANNOCK — It emerged on Tuesday that the brother of Councillor Edwin Marsh had "
            "leased a field to the Hollin Quarry company.\n\n"
            "Councillor Edwin Marsh stood down as chairman of the planning committee on "
            "Tuesday after it emerged that his brother had leased a field to the quarry "
            "company.\n\n"
            "The committee will meet again on June 24 to consider the quarry's extension."
        ),
    },
]


def test_what_followed_on_the_anchor_s_own_day_is_told_when_a_report_says_so(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """A dated anchor keeps only events after its day, the order within a day being
    unknown; a report saying in its own words that its event came after the anchor is
    kept though it is on the same day."""
    config, index = index_articles(tmp_path, embedder, COUNCIL)
    answer = Assistant(config, index).answer(
        "What happened to Edwin Marsh after it came out that his brother had leased land "
        "to the quarry?"
    )
    assert not answer.refused
    assert "(June 8, 2027)" in answer.text.splitlines()[0]  # the anchor's day, Tuesday
    told = [line for line in answer.text.splitlines() if "stood down as chairman" in line]
    assert len(told) == 1 and told[0].startswith("June 8, 2027")


LEAK = [
    {
        "id": "inkhorn_cancelled",
        "outlet": "Brisselford Inkhorn",
        "published_at": "2030-03-05",
        "title": "Maths exam cancelled after leak",
        "text": (
            "BRISSELFORD — The exam council cancelled its maths paper on Monday after the "
            "questions were shared online.\n\n"
            "Students will now sit a replacement paper on March 14, the council said."
        ),
    },
    {
        "id": "radio_arrest",
        "outlet": "Quennock Radio",
        "published_at": "2030-03-08",
        "title": "Print worker arrested over exam leak",
        "text": (
            "BRISSELFORD — A worker at Hulvane Print, the firm that prints the exam "
            "council's papers, was arrested on Thursday over the leak of the maths paper.\n\n"
            "Following the arrest, the council moved the replacement maths paper from March "
            "14 to March 21."
        ),
    },
]


def test_what_came_after_an_event_is_not_a_plan_a_report_written_before_it_gave(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """The replacement paper set for March 14 in a report written before the arrest is
    no consequence of the arrest; the paper's move to March 21, told after it, is."""
    config, index = index_articles(tmp_path, embedder, LEAK)
    asked = "What happened to the replacement maths paper after the worker was arrested?"
    heading, *entries = Assistant(config, index).answer(asked).text.splitlines()
    assert "After the worker was arrested (March 7, 2030)" in heading  # Thursday
    assert any("to March 21" in line for line in entries)
    assert not any("will now sit" in line for line in entries)


SEQUELS = Path(__file__).resolve().parents[1] / "eval" / "corpora" / "sequels" / "articles"


def test_a_report_that_tells_its_event_after_the_anchor_bounds_the_anchor_s_day(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """The wind farm story (sequels dev, story B): "Councillor Lionel Grayle stood down
    … on Tuesday after it emerged that his brother-in-law had leased land …" names the
    anchor in its own clause, closer to it than the approval meeting's sentence of April
    30 that is the closest whole sentence; the anchor happened by that Tuesday, May 28."""
    articles = [json.loads(p.read_text()) for p in sorted(SEQUELS.glob("sq0[456]_*.json"))]
    config, index = index_articles(tmp_path, embedder, articles)
    asked = (
        "What happened to Lionel Grayle after it came out that a relative of his had "
        "leased land to the wind farm developer?"
    )
    heading, *entries = Assistant(config, index).answer(asked).text.splitlines()
    assert "(by May 28, 2030)" in heading, heading
    assert any("stood down as chairman" in line for line in entries)
    assert not any(line.startswith(("April", "May 13", "May 21")) for line in entries)
