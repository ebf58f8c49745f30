"""The answer stage without a model: evidence packing, question routing, the streamed
answer field, comparison of the outlets' values, and the composed answer.

Extractions here are records written by hand (what the model would have answered);
the pipeline's own code groups, verifies, compares and writes them.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest

from rag.answer import compose, compose_timeline
from rag.compare import Rules, compare
from rag.config import Config
from rag.evidence import Scored
from rag.extract import answer_text, asked, by_article, joint, messages, read_at
from rag.prompts import Prompts
from rag.question import analyze, as_of_in, kind_of, names_outlet
from rag.text import MARK
from rag.timeline import TimelineEvent
from rag.types import Answer, Chunk, Comparison, Extraction, Hit, SlotValue


def _scored(n: int, outlet: str, sentence: str, score: float, position: int) -> Scored:
    vector = np.ones(4, dtype=np.float32) / 2
    return Scored(n, outlet, sentence, score, vector, position, "2016-10-11", f"a{n}")


def test_by_article_keeps_best_sentences_in_reading_order_with_their_antecedent() -> None:
    scored = [
        _scored(1, "Arutz Sheva", "He told AFP it was an escalation.", 0.9, 3),
        _scored(1, "Arutz Sheva", "Lukyanov called it a serious step.", 0.5, 2),
        _scored(2, "Newsmax", "Putin cancelled the trip.", 0.6, 0),
        _scored(1, "Arutz Sheva", "The weather was fine.", 0.1, 7),
        _scored(3, "Blog", "Unrelated words.", 0.1, 0),
    ]
    groups = by_article(sorted(scored, key=lambda s: -s.score), per_article=1, min_score=0.25)
    assert [g.outlet for g in groups] == ["Arutz Sheva", "Newsmax"]  # Blog under min_score
    first = [s.sentence for s in groups[0].sentences]
    assert first == ["Lukyanov called it a serious step.", "He told AFP it was an escalation."]
    both = joint(groups, 2)
    assert both.outlet == "" and len(both.sentences) == 3


def test_a_sentence_opening_its_passage_leans_on_the_last_of_the_passage_before() -> None:
    """ "Her predecessor, …" opening the article's second passage is shown after the last
    sentence of its first passage, which names her; a passage of another article, or an
    opening sentence that leans on nothing, brings none."""
    from dataclasses import replace

    named = "Ms. Grunwald had been minister of state for hospitals since January 2025."
    her = "Her predecessor, Viktor Ambersley, resigned this week after the audit."
    scored = [
        replace(_scored(2, "Courant", her, 0.8, 0), article_id="courant", part=1),
        replace(
            _scored(1, "Courant", "Tessa Grunwald had a hard week.", 0.1, 0), article_id="courant"
        ),
        replace(_scored(1, "Courant", named, 0.2, 1), article_id="courant"),
        replace(_scored(3, "Post", "It was a shock.", 0.7, 0), article_id="post", part=2),
    ]
    groups = by_article(scored, per_article=1, min_score=0.25)
    assert [s.sentence for s in groups[0].sentences] == [named, her]
    assert [s.sentence for s in groups[1].sentences] == ["It was a shock."]  # part 1 unread
    # passages overlap: where the passage before holds the sentence too, the one before it
    overlapping = [*scored, replace(_scored(1, "Courant", her, 0.2, 2), article_id="courant")]
    group = by_article(overlapping, per_article=1, min_score=0.25)[0]
    assert [s.sentence for s in group.sentences] == [named, her]


def test_by_article_adds_the_quote_a_speaker_goes_on_with_as_relevant_as_his_words() -> None:
    said = "The step is reminiscent of the Cold War, said analyst Fyodor Lukyanov."
    told = '"This is part of a broader escalation," he told AFP.'
    scored = [
        _scored(1, "Arutz Sheva", said, 0.8, 2),
        _scored(1, "Arutz Sheva", "Johnson spoke in parliament.", 0.6, 5),
        _scored(1, "Arutz Sheva", told, 0.1, 3),
        _scored(1, "Arutz Sheva", "The talks were held on Monday.", 0.1, 6),
    ]
    group = by_article(scored, per_article=2, min_score=0.25)[0]
    assert [s.sentence for s in group.sentences] == [said, told, "Johnson spoke in parliament."]
    assert group.sentences[1].score == 0.8  # relevant as the words it goes on with
    # a sentence after a chosen one that is not its speaker's quote stays out
    assert "The talks were held on Monday." not in [s.sentence for s in group.sentences]


def test_read_at_reads_a_report_at_its_best_sentence_and_those_that_hold_the_asked() -> None:
    """A day asked: a report whose chosen sentences give none is read at its best
    sentence, then its best sentences that may give the asked day; those are favoured
    by the bonus, in every report; a report whose chosen sentences give one keeps them."""
    from functools import partial

    from rag.verify import names_day, tells_day_of

    holds = partial(tells_day_of, "On what date was the armoured van robbed?")
    most = partial(tells_day_of, "On what date was the armoured van robbed?", most=True)
    best = "A man has appeared in court over the robbery of an armoured van."
    court = "He was remanded in custody by magistrates on Saturday."
    day = "He is the only one charged over the robbery, which took place on March 17."
    scored = [
        replace(_scored(1, "Post", best, 0.6, 0), article_id="post"),
        replace(
            _scored(1, "Post", "The guards were locked in the back.", 0.5, 1), article_id="post"
        ),
        replace(
            _scored(1, "Post", "It took the takings of six shops.", 0.45, 2), article_id="post"
        ),
        replace(_scored(1, "Post", court, 0.3, 4), article_id="post"),
        replace(_scored(1, "Post", day, 0.2, 5), article_id="post"),
        replace(
            _scored(2, "Courier", "The van was robbed on Thursday, March 19.", 0.7, 0),
            article_id="c",
        ),
        replace(_scored(2, "Courier", "Police are looking for four men.", 0.4, 1), article_id="c"),
    ]
    [post, courier] = sorted(by_article(scored, 3, 0.25), key=lambda g: g.outlet, reverse=True)
    assert day not in [s.sentence for s in post.sentences]
    read = read_at(scored, post, names_day, holds, most, 3, 0.2)
    assert read.article_id == "post"
    # the court's day is another act's: shown only as the sentence "He …" leans on
    assert [(s.sentence, round(s.score, 2)) for s in read.sentences] == [
        (best, 0.6),
        (court, 0.3),
        (day, 0.4),
    ]
    kept = read_at(scored, courier, names_day, holds, most, 3, 0.2)
    assert [(s.sentence, round(s.score, 2)) for s in kept.sentences] == [
        ("The van was robbed on Thursday, March 19.", 0.9),
        ("Police are looking for four men.", 0.4),
    ]
    none = [replace(s, sentence=s.sentence.split(" on ")[0] + ".") for s in scored[:5]]
    assert read_at(none, post, names_day, holds, most, 3, 0.2) == post  # no day anywhere: as it was
    # its chosen sentences name another act's day (the court's Saturday): it is read
    # again only at a sentence that says most of what is asked
    chosen = [scored[0], replace(scored[3], score=0.55), *scored[1:3], scored[4]]
    [court_first] = [g for g in by_article(chosen, 3, 0.25) if g.outlet == "Post"]
    assert court in [s.sentence for s in court_first.sentences]
    assert read_at(chosen, court_first, names_day, holds, most, 3, 0.2) == court_first
    told = "The armoured van was robbed on March 17, the police said."
    plain = [*chosen, replace(_scored(1, "Post", told, 0.2, 6), article_id="post")]
    again = read_at(plain, court_first, names_day, holds, most, 3, 0.2)
    assert [s.sentence for s in again.sentences][0] == best and told in [
        s.sentence for s in again.sentences
    ]


def test_prompts_never_name_the_outlet_unless_several_are_weighed() -> None:
    prompts = Prompts(Config().prompts_dir)
    groups = by_article([_scored(1, "Newsmax", "CNN noted 16 dead.", 0.9, 0)], 4, 0.2)
    user = messages("Which broadcaster noted it?", groups[0], prompts)[1]["content"]
    assert "Newsmax" not in user and "S1: CNN noted 16 dead." in user
    labelled = messages("Did CNN note it?", joint(groups, 2), prompts)[1]["content"]
    assert "S1 (Newsmax, 2016-10-11): CNN noted 16 dead." in labelled


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many people were killed in Aleppo on Tuesday?", "number"),
        ("What is the reported death toll from the flooding?", "number"),
        ("On what date was Putin supposed to be in Paris?", "date"),
        ("When did the dam fail?", "date"),
        ("Which Russian analyst likened the trip to the Cold War?", "person"),
        ("Who is running the department?", "person"),
        ("Which city was Hollande speaking in?", "place"),
        ("Where were evacuees sheltered?", "place"),
        ("Which news agency did a Putin aide tell?", "entity"),
        ("What did the spokesman say happened to the events?", "quote"),
        ("Why did the United States halt talks with Russia?", "reason"),
        ("What went wrong that set off the card payment outage?", "reason"),
        ("What was blamed for the blackout in the valley?", "reason"),
        ("Who was blamed for the blackout in the valley?", "person"),
        ("Did Hollande put conditions on meeting Putin?", "yesno"),
        ("In the Aleppo talks, did Hollande put conditions on meeting Putin?", "yesno"),
        ("According to police, do the fragments belong to the landowner?", "yesno"),
        ("After the vote, which Provincial Union figure resigned?", "entity"),
        ("Who, according to police, did the fragments belong to?", "person"),
        ("Which outlets report that Hollande called it a war crime?", "outlets"),
        # a deed of a minister, not which person: "what" then an auxiliary names no noun
        ("What did the planning minister decide after the inquiry?", "entity"),
        ("Which minister resigned after the inquiry?", "person"),
        # the posts and parts people play in a story ask for a person too
        ("Which magistrate remanded the volunteer in custody?", "person"),
        ("Which councillor seconded the motion?", "person"),
        ("Which crew member held the lifeboat steady?", "person"),
        ("Which river burst its banks?", "entity"),
        # who did it, asked for a name (wordings dev wd-unanswerable-03, -05)
        ("What is the name of the person who chaired the talks?", "person"),
        ("What is the name of the ship that ran aground?", "entity"),
        ("On what night did thieves break into the museum?", "date"),  # wordings dev
        # a speed, a weight, a width, a heat: a measure every report is asked (conflicts
        # dev ca-07-07 and crowded dev cr-03-05 read one report only as "other")
        ("How fast was the meteoroid travelling when it entered the atmosphere?", "number"),
        ("How strong were the wind gusts at the festival site?", "number"),
        ("How wide is the crack in the girder?", "number"),
        ("How hot did it get during the marathon?", "number"),
        ("How strong is the case against him?", "other"),  # no wind: no measure
    ],
)
def test_questions_are_routed_by_what_they_ask(question: str, kind: str) -> None:
    assert kind_of(question) == kind


@pytest.mark.parametrize(
    ("question", "time"),
    [
        ("Walk me through how the board's pay offer changed, with dates.", "timeline"),
        ("Tell me how the death toll rose.", "timeline"),
        ("List the strike dates with dates of each vote.", "timeline"),
        ("How many shares changed hands?", ""),  # a count, not a story told in order
        ("How many homes fell into the river?", ""),
    ],
)  # fmt: skip
def test_questions_that_ask_for_a_story_in_order(question: str, time: str) -> None:
    assert analyze(question).time == time


@pytest.mark.parametrize(
    ("question", "kind", "anchor"),
    [
        # the value on the day of an event: "at the time B", and B opening the question
        ("What did the repairs cost at the time the mayor resigned?", "", "the mayor resigned"),
        ("When the pool was shut, on what date was it due to reopen?", "date", "the pool was shut"),
        ("When the strike began, how many nurses walked out?", "number", "the strike began"),
        # "when B" read so where the value stands over time: a toll, "still", an offer "on
        # the table"; not a fact of B itself (its reports come after its day)
        ("What offer was on the table when the dockers walked out?", "", "the dockers walked out"),
        ("How many passengers were on the tram when it derailed?", "", ""),
        # not an event: a participle with no subject, a "when" question, a second question
        ("When asked about the deal, what did the minister say?", "", ""),
        ("When did the pool reopen?", "date", ""),
        ("When was the plant fined, and how big was the fine?", "", ""),
        # "at the time of" a thing named in a description (MultiHop-RAG query 107)
        ("Which firm was the only option at the time of those talks, while facing a suit?", "", ""),
    ],
)  # fmt: skip
def test_the_value_asked_on_the_day_of_an_event(question: str, kind: str, anchor: str) -> None:
    asked = analyze(question)
    assert (asked.time, asked.anchor) == (("as_of_event", anchor) if anchor else ("", ""))
    assert not kind or asked.kind == kind  # asked by what follows the event's comma


def test_as_of_latest_and_named_outlets() -> None:
    assert as_of_in("As of Sept. 9, 2026, how many had died?") == (
        "2026-09-09",
        "How many had died?",
    )
    assert as_of_in("How many had died?") == (None, "How many had died?")
    # the date may close the question: "… as of DATE?", "… by DATE?" (with its year)
    assert as_of_in("How many macaques were still at large as of April 14, 2028?") == (
        "2028-04-14",
        "How many macaques were still at large?",
    )
    assert as_of_in("How many services were running again by Feb. 16, 2028?") == (
        "2028-02-16",
        "How many services were running again?",
    )
    # "by" of a plan or a deadline, or a day without its year, asks no date
    for plain in (
        "Which services will be restored by March 13, 2028?",
        "Was the park due to reopen by 29 April 2028?",
        "How many had died by Oct. 5?",
    ):
        assert as_of_in(plain) == (None, plain)
    assert analyze("How many people have died so far?").latest
    assert analyze("How much has the Fishermen's Mission appeal for the families raised?").latest
    assert not analyze("How many people were killed on Tuesday?").latest
    assert names_outlet("According to Newsmax, who spoke?", "Newsmax")
    assert names_outlet("What does the Washington Post say?", "The Washington Post")
    assert not names_outlet("What did the post office say?", "The Washington Post")
    outlets_q = analyze("Which outlets report that Hollande called it a war crime?")
    assert asked(outlets_q) == "Does the article report that Hollande called it a war crime?"


def test_only_the_answer_field_streams() -> None:
    deltas = ['{"an', 'swer": "Fyo', "dor Luk", 'yanov", "sent', 'ence": 2}']
    shown = "".join(visible for _, visible in answer_text(deltas))
    assert shown == "Fyodor Lukyanov"
    hidden = "".join(v for _, v in answer_text(['{"answer": "NOT', ' FOUND", "sentence": 0}']))
    assert hidden == ""


# --- comparison and composition ------------------------------------------------------


def _hit(n: int, outlet: str, text: str, date: str = "2016-10-11") -> Hit:
    return Hit(Chunk(f"a{n}#0", f"a{n}", text, 0, 0, len(text), "T", outlet, date), 1.0, 1.0)


def _found(n: int, outlet: str, answer: str, sentence: str, date: str = "2016-10-11") -> Extraction:
    return Extraction(outlet, "answered", answer, n, sentence, date, f"a{n}")


def _compare(question: str, found: list[Extraction], texts: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    vectors = {e.sentence: np.ones(4) / 2 for e in found}
    texts = texts or {e.outlet: e.sentence for e in found}
    return compare(analyze(question), found, vectors, texts, Rules())


def _disagrees(question: str, first: Extraction, value: str, sentence: str) -> bool:
    """Does a second outlet's `value` (from `sentence`) make a disagreement with `first`?"""
    comparison = _compare(question, [first, _found(2, "Echo", value, sentence)])
    return comparison is not None and comparison.relation == "disagree"


def test_outlets_that_give_different_values_disagree_and_both_are_named() -> None:
    q = "How many people were killed in Aleppo on Tuesday?"
    s12 = "On Tuesday, at least 12 civilians were killed in Aleppo, a monitoring group said."
    s16 = "Airstrikes on Aleppo killed at least 16 people on Tuesday, CNN noted."
    found = [_found(1, "Arutz Sheva", "12 civilians", s12), _found(2, "Newsmax", "16", s16)]
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "disagree"
    assert comparison.slot == "number of people killed in Aleppo on Tuesday"
    hits = (_hit(1, "Arutz Sheva", s12), _hit(2, "Newsmax", s16))
    answer = compose(Answer(q, "", hits), analyze(q), found, comparison)
    direct = answer.sentences[0]
    assert (
        "Arutz Sheva says 12 civilians [1]" in direct.text and "Newsmax says 16 [2]" in direct.text
    )
    assert direct.citations == (1, 2) and len(answer.sentences) == 3  # + one quote per value
    assert [c.quote for c in answer.citations] == [s12, s16]


def test_a_body_or_a_description_is_no_rival_to_a_persons_name() -> None:
    """For "who": "Orvelin Police" (who confirmed an arrest) and "The volunteer" (who is
    accused) answer other questions than the magistrate's name; two names
    are weighed as before, and a question asking who reported it keeps a body as its
    answer."""
    q = "Which magistrate remanded the volunteer in custody?"
    judge = _found(
        1, "Echo", "District Judge Ada Wex", "He appeared before District Judge Ada Wex."
    )
    police = _found(2, "QBN", "Orvelin Police", "Orvelin Police say he has been charged.")
    accused = _found(3, "Ledger", "The volunteer", "The volunteer was remanded in custody.")
    from dataclasses import replace

    from rag.compare import lead

    police = replace(police, score=0.9)  # more relevant, still no one's name
    assert _compare(q, [judge, police, accused]) is None  # one value left: nothing to weigh
    assert lead(analyze(q), [police, judge, accused]) == judge
    other = _found(4, "Post", "Judge Tom Roe", "He appeared before Judge Tom Roe.")
    three, two = _compare(q, [judge, other, police]), _compare(q, [judge, other])
    assert three is not None and two is not None
    assert (three.relation, three.values) == (two.relation, two.values)  # the names weighed
    reported = "Who reported that the volunteer was remanded?"
    wire = _found(2, "QBN", "Orvelin Wire", "He was remanded, the Orvelin Wire reported.")
    kept = _compare(reported, [wire, _found(1, "Echo", "Ada Wex", "Ada Wex reported it.")])
    assert kept is not None and len({v.value for v in kept.values}) == 2


_PORTER = "The theft was discovered on Sunday by the night porter, Aubrey Draycott."
_CLEANER = (
    "It was a cleaner, Nell Fenchurch, who discovered the empty case; she alerted "
    "the night porter, Aubrey Draycott, who telephoned the police."
)
_DEPUTY = "It was welcomed by the mayor of Vessby, Anton Greel, with his deputy, Petra Vossel."
_VOTE = (
    "The motion was proposed by Councillor Wynn Harbage and seconded by Councillor Maud Coverley."
)


@pytest.mark.parametrize(
    ("question", "first", "second", "clash"),
    [
        (
            "Who discovered that the codex had been stolen from the library?",
            ("Aubrey Draycott", _PORTER),
            ("Nell Fenchurch", _CLEANER),
            True,
        ),
        (
            "Who is the mayor of Vessby?",
            ("Anton Greel", _DEPUTY),
            ("Petra Vossel", "The meeting was chaired by the mayor of Vessby, Petra Vossel."),
            True,
        ),
        (  # the rival's sentence does not tell the act: its outlet's mention hides it
            "Which councillor seconded the motion to save the unit?",
            ("Maud Coverley", _VOTE),
            ("Wynn Harbage", "Her ally is Councillor Wynn Harbage, who proposed the motion."),
            False,
        ),
    ],
)
def test_an_outlet_naming_the_rival_person_as_someone_else_still_disagrees(
    question: str, first: tuple[str, str], second: tuple[str, str], clash: bool
) -> None:
    """Each report names its person as who did the asked act (or holds the asked post),
    and names the other report's person only as someone else (the porter the cleaner
    alerted; the mayor's deputy): a clash, both named. A rival whose own sentence does
    not tell the act ("who proposed the motion" for who seconded it) stays set aside
    where its outlet names the other person, as any mention did before."""
    found = [_found(1, "Ledger", *first), _found(2, "Echo", *second)]
    comparison = _compare(question, found)
    shown = comparison is not None and comparison.relation == "disagree"
    assert shown == clash
    if clash:
        assert comparison is not None
        assert {(v.outlet, v.value) for v in comparison.values} == {
            ("Ledger", first[0]),
            ("Echo", second[0]),
        }


def test_a_slot_is_named_in_the_question_s_words() -> None:
    from rag.compare import slot_label

    assert (
        slot_label("How many people were killed in Aleppo?") == "number of people killed in Aleppo"
    )
    assert slot_label("How much damage did the storm cause?") == "amount of damage"
    # no noun after "how much", or a subject after the verb: the indirect question
    paying = "How much is Caldera Retail Group paying for Merrowfield Foods?"
    assert slot_label(paying) == "how much is Caldera Retail Group paying for Merrowfield Foods"
    carrying = "How much fuel oil was the Aurelia Brant carrying?"
    assert slot_label(carrying) == "how much fuel oil was the Aurelia Brant carrying"


def test_outlets_giving_one_side_of_a_disagreement_are_named_together() -> None:
    q = "How many people were killed in Aleppo on Tuesday?"
    s12 = "On Tuesday, at least 12 civilians were killed in Aleppo, a monitoring group said."
    s16 = "Airstrikes on Aleppo killed at least 16 people on Tuesday, CNN noted."
    also = "At least 16 people were killed in Aleppo on Tuesday, officials said."
    found = [
        _found(1, "Arutz Sheva", "12", s12),
        _found(2, "Newsmax", "16", s16),
        _found(3, "Metro Wire", "16", also),
    ]
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "disagree"
    hits = (_hit(1, "Arutz Sheva", s12), _hit(2, "Newsmax", s16), _hit(3, "Metro Wire", also))
    direct = compose(Answer(q, "", hits), analyze(q), found, comparison).sentences[0]
    assert "Arutz Sheva says 12 [1]" in direct.text
    assert "Newsmax and Metro Wire say 16 [2][3]" in direct.text, direct.text
    assert direct.text.count("16") == 1


def test_an_outlet_that_reports_it_on_another_report_s_word_says_whose() -> None:
    q = "Which newspaper reported that only 3 of the 11 schools had been strengthened?"
    relayed = "Only 3 of the 11 schools had been strengthened, the Evening Dispatch reported."
    own = "Only three of the 11 schools had been strengthened, Mayor Ada Lind said."
    found = [_found(1, "Radio Tamsel", "yes", relayed), _found(2, "The Sentinel", "yes", own)]
    hits = (_hit(1, "Radio Tamsel", relayed), _hit(2, "The Sentinel", own))
    answer = compose(Answer(q, "", hits), analyze(q), found, None)
    assert answer.direct.startswith("Radio Tamsel [1] (citing the Evening Dispatch), ")
    assert "The Sentinel [2] report" in answer.direct  # a speaker is no report it cites


def test_the_same_value_written_differently_is_an_agreement() -> None:
    q = "On what date was Putin due in Paris?"
    found = [
        _found(1, "Arutz Sheva", "October 19", "Putin had been due in Paris on October 19."),
        _found(2, "Reuters", "Oct. 19", "He was to visit on Oct. 19, officials said."),
    ]
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "agree"
    hits = (_hit(1, "Arutz Sheva", found[0].sentence), _hit(2, "Reuters", found[1].sentence))
    answer = compose(Answer(q, "", hits), analyze(q), found, comparison)
    assert "2 outlets agree" in answer.direct and answer.sentences[0].citations == (1, 2)


def test_an_age_in_years_and_the_years_bc_it_comes_to_agree() -> None:
    """ "about 3,200 years old" and "made between 1250 and 1150 BC", both written in 2031,
    are one age (3,181 to 3,281 years): an agreement; 2,900 years is not that age."""
    q = "Roughly how old is the Bronze Age gold hoard from Ravensgill?"
    age = _found(
        1, "Courier", "3,200 years old", "The hoard is about 3,200 years old.", "2031-06-11"
    )
    era = "The objects were made between 1250 and 1150 BC, the board said."
    bc = _found(2, "Lantern", "1250 and 1150 BC", era, "2031-06-15")
    comparison = _compare(q, [age, bc])
    assert comparison is not None and comparison.relation == "agree"
    younger = _found(1, "Courier", "2,900 years old", "It is about 2,900 years old.", "2031-06-11")
    comparison = _compare(q, [younger, bc])
    assert comparison is not None and comparison.relation == "disagree"


def test_outlets_that_give_different_causes_disagree_and_one_cause_in_other_words_agrees() -> None:
    """A cause is compared across reports (reasons dev rs-conflict-01, -05): "a signalling
    fault" and "not enough drivers" are two causes; "a signalling fault" and "the fault in
    the signalling" one. The reason someone gave is not compared: one answer will do."""
    q = "Why was the Kell Valley line suspended?"
    fault = _found(
        1, "Courier", "a signalling fault", "The line was suspended because of a signalling fault."
    )
    drivers = _found(
        2,
        "Radio",
        "not enough drivers",
        "The line was suspended because there are not enough drivers.",
    )
    same = _found(
        3,
        "Gazette",
        "the fault in the signalling",
        "It shut until the fault in the signalling is fixed.",
    )
    assert analyze(q).slot
    comparison = _compare(q, [fault, drivers])
    assert comparison is not None and comparison.relation == "disagree"
    assert {v.outlet for v in comparison.values} == {"Courier", "Radio"}
    comparison = _compare(q, [fault, same])
    assert comparison is not None and comparison.relation == "agree"
    # a cause only hinted at ("since …", "urged … to") is no side of a disagreement
    # (chronicle dev ch-fact-02: "union to call off the walkout" / "Raikes stepped aside")
    hinted = _found(
        2, "Radio", "the drivers stepped aside", "It has not run since the drivers stepped aside."
    )
    comparison = _compare(q, [fault, hinted])
    assert comparison is None or comparison.relation != "disagree"
    for other in (
        "What reason did she give for stopping the trains?",
        "Why did he say customers would not be paid?",
        "Why did talks stop, according to the Courier?",
        "How did the council respond?",
    ):
        assert analyze(other).kind == "reason" and not analyze(other).slot, other
        assert _compare(other, [fault, drivers]) is None


def test_a_report_none_of_whose_sentences_could_tell_why_is_not_asked() -> None:
    """Every report is asked a cause, to be compared; one whose sentences only tell what
    happened (no "because", "caused", "over", "after" …) is not: its reply would be
    turned down by the check of its sentence (`verify.tells_no_cause`)."""
    from rag.extract import OutletSentences
    from rag.reports import Reports

    reports = Reports(Config(), None, None, None)  # type: ignore[arg-type]
    q = analyze("Why was the Kell Valley line suspended?")
    told = _scored(1, "Courier", "The line was suspended because of a signalling fault.", 0.8, 0)
    only = _scored(2, "Radio", "The Kell Valley line was suspended on Monday.", 0.7, 0)
    assert reports._cannot_tell_why(q, OutletSentences("Radio", (only,)))
    assert not reports._cannot_tell_why(q, OutletSentences("Courier", (told, only)))
    # a question that asks no cause is asked of every report
    how = analyze("How was the Kell Valley line suspended?")
    assert not reports._cannot_tell_why(how, OutletSentences("Radio", (only,)))


def test_an_outlet_that_gives_both_values_is_not_contradicting() -> None:
    q = "How many people were killed?"
    found = [
        _found(1, "A", "12", "Twelve were killed in Aleppo."),
        _found(2, "B", "7", "Seven were killed in Idlib."),
    ]
    texts = {"A": "Twelve were killed in Aleppo.", "B": "Seven were killed in Idlib; 12 in Aleppo."}
    assert _compare(q, found, texts) is None


def test_a_clock_time_or_a_day_of_the_month_gives_no_count() -> None:
    """ "struck the reef at about 23:50" or "on June 23" does not give the 23 people
    another outlet says were airlifted: the outlet saying 22 still contradicts it. A
    count written out (and a sum with cents) still gives it."""
    q = "How many people were airlifted off the Aurelia Brant?"
    found = [
        _found(1, "Radio", "22", "Helicopters lifted all 22 people on board to safety."),
        _found(2, "Courier", "23", "The 23 people who were airlifted have been interviewed."),
    ]
    for aside in ("It struck the reef at about 23:50 on Tuesday.", "It ran aground on June 23."):
        texts = {"Radio": f"{found[0].sentence} {aside}", "Courier": found[1].sentence}
        comparison = _compare(q, found, texts)
        assert comparison is not None and comparison.relation == "disagree"
    counted = {"Radio": f"{found[0].sentence} Later 23 were counted.", "Courier": found[1].sentence}
    assert _compare(q, found, counted) is None


def test_what_one_side_asks_for_or_offers_is_no_rival_of_what_was_agreed() -> None:
    """ "The union is asking for a rise of 9 per cent" does not contradict "The deal gives
    staff a rise of 6 per cent" (wordings dev wd-fact-10); two offers, or a value told as
    it stands for a question that asks what was offered, still clash."""
    q = "What pay rise does the agreement give staff?"
    deal = _found(
        1, "TVN", "6 per cent", "The deal gives staff a rise of 6 per cent over two years."
    )
    asked = "The union is asking for a rise of 9 per cent over two years."
    for sentence in (asked, "The company has offered 9 per cent, tied to new rosters."):
        assert _compare(q, [deal, _found(2, "Standard", "9 per cent", sentence)]) is None
    told = _found(
        2, "Standard", "9 per cent", "The agreement gives staff 9 per cent over two years."
    )
    clash = _compare(q, [deal, told])
    assert clash is not None and clash.relation == "disagree"
    reward = "How much reward have the police offered?"
    offered = _found(1, "A", "20,000", "Police have offered a reward of 20,000 for information.")
    put_up = _found(2, "B", "25,000", "A reward of 25,000 for information is on the table.")
    clash = _compare(reward, [offered, put_up])
    assert clash is not None and clash.relation == "disagree"
    # only amounts: what a resolution was "calling for" is what it would have done (seeds
    # conflict-05)
    done = "What would the resolution have done?"
    imposed = _found(1, "Post", "imposed a no-fly zone", "It would have imposed a no-fly zone.")
    called = "Russia blocked a resolution calling for an end to the air strikes."
    ended = _found(2, "Sheva", "an end to the air strikes", called)
    clash = _compare(done, [imposed, ended])
    assert clash is not None and clash.relation == "disagree"


def test_a_sum_given_in_other_words_by_the_other_outlet_is_not_contradicting() -> None:
    """ "about $210 million" for a question routed as a thing ("What was the estimate …?"):
    the other outlet's article gives "the $210 million" too, so it contradicts neither."""
    q = "What was Tessaly's estimate of the revenue overstatement?"
    found = [
        _found(1, "A", "about $210 million", "Its estimate remained about $210 million."),
        _found(2, "B", "$265 million", "Tessaly overstated revenue by $265 million."),
    ]
    gives_both = "Tessaly overstated revenue by $265 million, above the $210 million it gave."
    assert analyze(q).kind != "number"
    assert _compare(q, found, {"A": found[0].sentence, "B": gives_both}) is None
    disagree = _compare(q, found)
    assert disagree is not None and disagree.relation == "disagree"


def test_a_later_report_bringing_the_count_up_is_a_change() -> None:
    q = "What is the total number of police officers hurt in the riots?"
    found = [
        _found(1, "Packet", "31", "Thirty-one officers have been injured.", "2027-03-07"),
        _found(
            2,
            "Register",
            "33",
            "Two more officers have since reported injuries, bringing the number hurt to 33.",
            "2027-03-09",
        ),
    ]
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "changed"


def test_another_subject_s_count_is_not_the_other_value_given_too() -> None:
    q = "How many depots does Hallam Outfitters run?"
    found = [
        _found(1, "A", "three", "It supplies the shops from three depots."),
        _found(2, "B", "four", "The yard is one of four depots run by Hallam."),
    ]
    rival = "The yard is one of four depots run by Hallam. It has 11 shops, while Ostler has three."
    texts = {"A": found[0].sentence, "B": rival}
    comparison = _compare(q, found, texts)  # B's "three" is Ostler's, not Hallam's
    assert comparison is not None and comparison.relation == "disagree"
    own = "The yard is one of four depots run by Hallam, three of them in the north."
    assert _compare(q, found, {"A": found[0].sentence, "B": own}) is None


def test_a_later_report_with_a_new_figure_is_a_change_not_a_disagreement() -> None:
    q = "How many people have died in the outbreak?"
    found = [
        _found(1, "Daily Ledger", "12", "Twelve people have died.", "2026-10-03"),
        _found(2, "Metro Wire", "19", "The death toll rose to 19.", "2026-10-05"),
    ]
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "changed"
    assert [v.value for v in comparison.values] == ["12", "19"]  # oldest first
    hits = (_hit(1, "Daily Ledger", "x", "2026-10-03"), _hit(2, "Metro Wire", "y", "2026-10-05"))
    answer = compose(Answer(q, "", hits), analyze(q), found, comparison)
    assert answer.direct.startswith("19 as of Oct. 5, 2026 (Metro Wire)")
    assert "12 on Oct. 3, 2026 (Daily Ledger)" in answer.direct and not answer.disagreements


def test_silent_outlets_are_listed_and_nothing_answered_is_a_refusal() -> None:
    q = "How many people were killed?"
    found = [
        _found(1, "A", "12", "Twelve were killed."),
        _found(2, "B", "12", "12 people were killed."),
        Extraction("C", "not_found"),
    ]
    comparison = _compare(q, found)
    assert comparison is not None and comparison.silent == ("C",)
    refused = compose(Answer(q, "", ()), analyze(q), [Extraction("C", "not_found")], None)
    assert refused.refused and refused.text == "The sources do not say."


# --- no broken sentence once the marks are stripped -------------------------------------

_DANGLING = re.compile(
    r"\b(?:and|or|but|both|of|in|on|at|to|by|with|from|the|a|an|that|says|said)\s*[.;:,]?\s*$",
    re.I,
)


def _broken(line: str) -> str:
    """Why `line`, its [n] marks stripped, reads as broken text ("" when it does not)."""
    text = " ".join(MARK.sub("", line).split())
    text = re.sub(r"\s+([.,;:!?)])", r"\1", text)
    if not text:
        return "empty"
    if _DANGLING.search(text):
        return "ends on a word that needs a continuation"
    if text[0].islower() or re.match(r"(?:states|says|notes|adds)\b", text, re.I):
        return "starts mid-sentence"
    if re.search(r"[;:,]\s*[.;]|\(\s*\)|“\s*”", text):
        return "empty clause left by a mark"
    return ""


def test_the_broken_shapes_of_the_old_answers_are_caught() -> None:
    assert _broken("Hollande's remarks are mentioned in both [1] and [2].")
    assert _broken("states that Putin cancelled the trip [1].")
    assert _broken("Sources disagree: [1]; [2].")
    assert not _broken("Putin cancelled the trip [1].")


def test_no_composed_line_is_broken_once_its_marks_are_stripped() -> None:
    s12 = "On Tuesday, at least 12 civilians were killed in Aleppo, a monitoring group said."
    s16 = "Airstrikes on Aleppo killed at least 16 people on Tuesday, CNN noted."
    toll = [
        _found(1, "Daily Ledger", "12", "Twelve people have died.", "2026-10-03"),
        _found(2, "Metro Wire", "19", "The death toll rose to 19.", "2026-10-05"),
    ]
    shapes = [
        ("How many people were killed in Aleppo on Tuesday?",
         [_found(1, "Arutz Sheva", "12 civilians", s12), _found(2, "Newsmax", "16", s16)]),
        ("On what date was Putin due in Paris?",
         [_found(1, "Arutz Sheva", "October 19", "Putin had been due in Paris on October 19."),
          _found(2, "Reuters", "Oct. 19", "He was to visit on Oct. 19, officials said.")]),
        ("How many people have died in the outbreak?", toll),
        ("Did Putin cancel his visit to Paris?",
         [_found(1, "Newsmax", "yes", "Vladimir Putin canceled his trip to France on Tuesday.")]),
        ("Why did Putin cancel his visit?",
         [_found(1, "Newsmax", "Hollande suggested Moscow was guilty of war crimes in Syria",
                 "Putin canceled his trip after Hollande suggested Moscow was guilty of war "
                 "crimes in Syria.")]),
    ]  # fmt: skip
    for question, found in shapes:
        hits = tuple(_hit(e.n, e.outlet, e.sentence, e.published_at) for e in found)
        answer = compose(
            Answer(question, "", hits), analyze(question), found, _compare(question, found)
        )
        lines = [line for line in answer.text.splitlines() if line.strip()]
        assert lines and all(MARK.search(line) for line in lines), question  # every line cited
        for line in lines:
            assert not _broken(line), (question, line, _broken(line))


def test_a_multi_part_answer_keeps_every_part_cited_and_unbroken() -> None:
    from rag.answer import merge

    s12 = "On Tuesday, at least 12 civilians were killed in Aleppo, a monitoring group said."
    s16 = "Airstrikes on Aleppo killed at least 16 people on Tuesday, CNN noted."
    s300 = "The war has claimed some 300,000 lives."
    q1, q2 = "How many people were killed in Aleppo on Tuesday?", "What is the war's death toll?"
    killed = [_found(1, "Arutz Sheva", "12 civilians", s12), _found(2, "Newsmax", "16", s16)]
    toll = [_found(3, "Arutz Sheva", "300,000", s300)]
    hits = (_hit(1, "Arutz Sheva", s12), _hit(2, "Newsmax", s16), _hit(3, "Arutz Sheva", s300))
    parts = [
        compose(Answer(q1, "", hits), analyze(q1), killed, _compare(q1, killed)),
        compose(Answer(q2, "", hits), analyze(q2), toll, None),
    ]
    for answers in (parts, parts[::-1], [parts[1], parts[1]]):
        merged = merge(answers)
        direct = merged.text.splitlines()[0]
        assert "300,000 [3]" in direct  # the short part keeps its own mark
        assert not _broken(direct) and ".;" not in direct, direct
        assert {c.n for c in merged.citations} >= set(merged.sentences[0].citations)


def test_a_part_asking_for_another_one_is_no_answer_when_it_repeats_an_earlier_part() -> None:
    from rag.answer import merge

    led = "MMRA says the rescue attempt has failed: the whale could not be moved."
    q1 = "Which organisation led the attempt to save the whale?"
    q2, q3 = "Which one examined the body afterwards?", "What did it say about the attempt?"
    hits = (_hit(1, "Radio Corvel", led),)
    mmra = [_found(1, "Radio Corvel", "MMRA", led)]
    first = compose(Answer(q1, "", hits), analyze(q1), mmra, None)
    again = compose(Answer(q2, "", hits), analyze(q2), mmra, None)
    merged = merge([first, again], [analyze(q1), analyze(q2)])
    assert merged.direct.count("MMRA") == 1, merged.direct
    assert not merged.refused
    # a part that does not ask for another one may give the same name
    said = compose(Answer(q3, "", hits), analyze(q3), mmra, None)
    assert merge([first, said], [analyze(q1), analyze(q3)]).direct.count("MMRA") == 2
    # without the parts' questions, nothing is dropped
    assert merge([first, again]).direct.count("MMRA") == 2
    # two claims may share their verdict: "…, while another article says …" stays yes
    c1 = "Does the Radio Corvel report say the rescue attempt failed?"
    c2 = "Is it true that another report says the whale could not be moved?"
    yes = [_found(1, "Radio Corvel", "Yes", led)]
    claims = [compose(Answer(c, "", hits), analyze(c), yes, None) for c in (c1, c2)]
    both = merge(claims, [analyze(c1), analyze(c2)])
    assert not both.refused and both.direct.startswith("Yes"), both.direct


def test_a_disagreement_between_long_values_names_the_outlets_and_quotes_each() -> None:
    q = "What did the Kremlin say about the Paris events?"
    wp = (
        "The Kremlin confirmed that an Oct. 18 visit to Paris had been canceled, ostensibly "
        "because the opening of a Russian cultural and spiritual center had been delayed."
    )
    ar = (
        "Putin had been due in Paris on October 19 to inaugurate a spiritual center at a new "
        "Russian Orthodox church near the Eiffel Tower, but Hollande had insisted on talks."
    )
    found = [_found(1, "The Washington Post", wp, wp), _found(2, "Arutz Sheva", ar, ar)]
    hits = (_hit(1, "The Washington Post", wp), _hit(2, "Arutz Sheva", ar))
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "disagree"
    answer = compose(Answer(q, "", hits), analyze(q), found, comparison)
    direct, *quotes = answer.text.splitlines()
    assert len(MARK.sub("", direct).split()) <= 30 and not _broken(direct)
    assert "[1]" in direct and "[2]" in direct
    assert any(wp in line for line in quotes) and any(ar in line for line in quotes)


def test_a_duration_and_a_calendar_date_are_not_a_disagreement() -> None:
    q = "Since when has Russia been carrying out airstrikes in Syria?"
    found = [
        _found(1, "Newsmax", "September of 2015", "Russia has carried out airstrikes in "
               "Syria since September of 2015."),
        _found(2, "Arutz Sheva", "more than a year", "Russia has been waging a bombing "
               "campaign in Syria for more than a year."),
    ]  # fmt: skip
    assert _compare(q, found) is None
    clash = [found[0], _found(2, "Arutz Sheva", "March 2016", "Russia has bombed Syria "
                              "since March 2016.")]  # fmt: skip
    comparison = _compare(q, clash)
    assert comparison is not None and comparison.relation == "disagree"


def test_only_counts_and_latest_values_change_over_time() -> None:
    q = "Which hospital were the injured taken to?"
    found = [
        _found(1, "Sarnow Ledger", "St. Aldric's Hospital", "The injured were flown to "
               "St. Aldric's Hospital.", "2026-02-14"),
        _found(2, "Radio Valecrest", "Keld General Hospital", "The toll has risen; the "
               "injured are at Keld General Hospital.", "2026-02-16"),
    ]  # fmt: skip
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "disagree"
    latest = _compare("Which hospital are the injured in now?", found)
    assert latest is not None and latest.relation == "changed"


def test_an_outlet_that_revises_its_own_figure_is_a_change() -> None:
    q = "By how much did Veyra overstate its revenue, according to the latest figure?"
    found = [
        _found(1, "Exchange Line", "$140 million", "Revenue was overstated by about $140 "
               "million.", "2026-10-12"),
        _found(2, "Civic Ledger", "$140 million", "It overstated revenue by about $140 "
               "million.", "2026-10-17"),
        _found(3, "Exchange Line", "$210 million", "Revenue appears to have been overstated "
               "by about $210 million.", "2026-10-20"),
        _found(4, "Civic Ledger", "$265 million", "Revenue was overstated by $265 million.",
               "2026-11-02"),
    ]  # fmt: skip
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "changed"
    assert comparison.values[-1].value == "$265 million"  # the newest last
    same_day = [replace(e, published_at="2026-10-12") for e in found]
    clash = _compare(q, same_day)
    assert clash is not None and clash.relation == "disagree"


@pytest.mark.parametrize(
    ("question", "answer", "sentence", "expected"),
    [
        (
            "As of Oct. 25, when was the annual general meeting due to be held?",
            "Nov. 12",
            "The meeting, which had been due on Nov. 12, will now be held on Dec. 3.",
            "Dec. 3",
        ),
        (
            "When was the fair held?",
            "Sept. 19",
            "The fair, postponed from Sept. 19, went ahead last Saturday.",
            "last Saturday",
        ),
        # the former date asked for, a date never moved, or the answer already the new one
        (
            "When was the meeting originally due?",
            "Nov. 12",
            "The meeting, which had been due on Nov. 12, will now be held on Dec. 3.",
            "",
        ),
        (
            "When is the meeting?",
            "Dec. 3",
            "The meeting, which had been due on Nov. 12, will now be held on Dec. 3.",
            "",
        ),
        (
            "When was Putin due in Paris?",
            "October 19",
            "Putin had been due in Paris on October 19 to open a centre near the Eiffel Tower.",
            "",
        ),
    ],
)
def test_a_date_the_sentence_moves_is_replaced_by_the_new_one(
    question: str, answer: str, sentence: str, expected: str
) -> None:
    from rag.verify import superseded_date

    assert superseded_date(question, answer, sentence, "2026-10-20") == expected


def test_last_years_figure_is_no_answer_for_this_years() -> None:
    from rag.verify import last_years

    q = "How large is the Pellingham Museum of Art's government grant this year?"
    then = "The museum welcomed 1.2 million visitors last year, when its grant was 9.5 million."
    assert last_years(q, "9.5 million", then)
    both = "The grant fell from 9.5 million corvels last year to 6 million corvels this year."
    assert not last_years(q, "6 million corvels", both)  # the sentence tells this year's too
    assert not last_years(q, "6 million", "This year the grant has been cut to 6 million.")
    goals = "He scored 27 goals, compared with 19 last season."  # last season after the value
    assert not last_years("How many goals did he score this season?", "27", goals)
    assert not last_years("How large was the grant last year?", "9.5 million", then)
    # the answer stage reads it as a figure of an earlier year, as "In 2024 …"
    from rag.verify import earlier_year

    assert earlier_year(q, "9.5 million", then, "2032-09-08") == "last year"
    assert earlier_year(q, "6 million", both, "2032-09-12") == ""


def test_a_year_the_question_pins_must_be_said_unless_it_is_the_reports_own() -> None:
    from rag.verify import other_year

    q = "Where did the country's previous recovered meteorite fall, the one in 1987, come down?"
    this_one = "The largest fragment was found on the roof of a cattle shed at Holloway Farm."
    assert other_year(q, this_one, "2026-10-24") == "1987"
    assert other_year(q, "The 1987 fall came down near Ostrey. It was found.", "2026-10-24") == ""
    # the report's own year goes without saying ("the 2027 Fenwold Classic" in a 2027 report)
    started = "174 riders roll out of Brennock's Market Square under grey skies."
    assert (
        other_year("How many riders started the 2027 Fenwold Classic?", started, "2027-05-09") == ""
    )
    assert other_year(q, this_one, "") == ""  # an undated report: nothing to tell
    # a year named relative to the report's date ("last year" in a 2032 report: 2031)
    lost = "How much money did the bus company lose in 2031?"
    assert other_year(lost, "It lost 23 million crowns last year.", "2032-02-13") == ""
    assert other_year(lost, "It lost 23 million crowns last year.", "2033-02-13") == "2031"


def test_a_count_of_those_who_left_the_asked_state_is_no_count_of_it() -> None:
    from rag.verify import clause_after, left_state

    q = "How many crew members of the Corran Belle are still missing?"
    rescued = (
        "Three crew members of the missing trawler Corran Belle were rescued from a life "
        "raft early on Wednesday."
    )
    assert left_state(q, clause_after(rescued, "Three", 12)) == "rescued"
    assert (
        left_state(q, clause_after("Six of the vessel's 11 crew remain missing.", "Six", 12)) == ""
    )
    ward = "Four patients were discharged on Monday."
    assert left_state("How many patients are still in hospital?", clause_after(ward, "Four", 12))
    assert not left_state("How many patients have been treated?", clause_after(ward, "Four", 12))
    # homes still without power, or that lost it, are no homes whose power is back
    restored = "How many homes have had their electricity restored since the ice storm?"
    update = (
        "The company has now reconnected 26,900 homes cut off by the storm, but about 21,000 "
        "homes are still without electricity."
    )
    assert left_state(restored, clause_after(update, "21,000", 12)) == "still without"
    assert left_state(restored, clause_after(update, "26,900", 12)) == ""
    lost = "In all, 41,200 homes lost power on Sunday."
    assert left_state(restored, clause_after(lost, "41,200", 12)) == "lost power"
    assert (
        left_state("How many homes lost power in the storm?", clause_after(lost, "41,200", 12))
        == ""
    )
    # the clause ends at the next number: "26,900 of the 41,200 that lost power" is restored
    back = "Power was restored to 26,900 of the 41,200 homes that lost power."
    assert left_state(restored, clause_after(back, "26,900", 12)) == ""
    # the count that is in the asked state, from the same sentence
    from rag.verify import count_in_state

    assert count_in_state(restored, update) == "26,900"
    assert count_in_state(q, "Three crew members were rescued, and six remain missing.") == "six"
    assert count_in_state(restored, lost) == ""  # none was restored
    dark = "How many homes are still without power?"
    monday = "By Monday 4,300 homes had been reconnected."
    assert left_state(dark, clause_after(monday, "4,300", 12)) == "reconnected"
    assert left_state(dark, clause_after(update, "21,000", 12)) == ""


def test_what_was_added_is_no_total() -> None:
    from rag.verify import added_not_total, total_beside

    so_far = "How many confirmed cases has the outbreak had so far?"
    both = "Four new cases were confirmed over the weekend, bringing the total to seven."
    assert added_not_total(so_far, "Four", both) and total_beside(both, "Four") == "seven"
    assert not added_not_total(so_far, "seven", both)  # the total itself
    alone = "Four more cases were confirmed on Wednesday."
    assert added_not_total(so_far, "4", alone) and total_beside(alone, "4") == ""
    assert added_not_total("As of Feb. 18, 2027, how many cases had been confirmed?", "4", alone)
    money = "The fund has grown by a further $5,600 since Monday."
    assert added_not_total("How much has the fund raised?", "$5,600", money)
    assert added_not_total("How much has the fund raised?", "5,600", money)
    cut = (
        "Another 6,700 homes lost power overnight, bringing the number cut off since "
        "Saturday to 47,900."
    )
    assert total_beside(cut, "6,700") == "47,900"
    # the question asks what was added, or one day's count: the increment is the answer
    assert not added_not_total("How many new cases were confirmed on Tuesday?", "Four", both)
    assert not added_not_total("How many cases were confirmed on Wednesday?", "4", alone)
    assert not added_not_total(so_far, "4", "Four cases were confirmed on Wednesday.")


def test_a_total_counts_what_it_adds_up() -> None:
    from rag.verify import counts_other, total_of, window

    packet = (
        "Police made 17 arrests during Saturday night's disorder, bringing the total "
        "since Friday to 26, Westfold Police said."
    )
    adds_up = total_of(packet, "26")
    assert "17 arrests" in adds_up and total_of(packet, "17") == ""
    hurt = "How many police officers have been hurt in the riots?"
    assert counts_other(hurt, f"{adds_up} {window(packet, '26', 5)}") == "held"
    assert counts_other(hurt, window(packet, "26", 5)) == ""  # without it: nothing to tell
    charged = "How many people had been charged over the disorder?"
    assert counts_other(charged, f"{adds_up} {window(packet, '26', 5)}") == "held"
    # a number of things said to have risen to the answer counts those things
    risen = (
        "The number of people injured in Sunday's ferry collision at Brackwater has risen "
        "to 19, the port authority said on Tuesday."
    )
    injured = total_of(risen, "19")
    assert injured.startswith("The number of people injured") and total_of(risen, "Sunday") == ""
    killed = "How many people were killed in the Brackwater ferry collision?"
    assert counts_other(killed, f"{injured} {window(risen, '19', 5)}") == "injured"
    assert counts_other(killed, window(risen, "19", 5)) == ""  # without it: nothing to tell
    hurt = "How many people were injured in the Brackwater ferry collision?"
    assert counts_other(hurt, f"{injured} {window(risen, '19', 5)}") == ""


def test_a_day_the_question_names_must_be_the_sentence_s() -> None:
    from rag.verify import missing_names, other_day

    q = "How many homes did crews reconnect in Whitmoor on Tuesday, Jan. 12, 2027?"
    tuesday = "Crews reconnected a further 6,100 homes in Whitmoor on Tuesday, Ridgeway said."
    assert other_day(q, tuesday, "2027-01-13") == ""  # Tuesday in a Jan. 13 report
    assert other_day(q, "Crews reconnected 5,800 homes on Thursday.", "2027-01-15") == "Jan. 12"
    assert other_day(q, "Crews reconnected 5,800 homes on Jan. 12.", "") == ""
    as_of = "As of Jan. 16, 2027, how many homes had been reconnected?"
    assert other_day(as_of, "Crews reconnected 5,800 homes on Thursday.", "2027-01-15") == ""
    # a month written short in the question is the month a resolved day names
    from rag.relative import annotate

    assert missing_names(q, annotate(tuesday, "2027-01-13")) == []
    assert missing_names(q, tuesday) == ["Jan"]  # the day unresolved: never named


def test_a_noun_after_an_adjective_is_what_a_number_counts() -> None:
    from rag.compare import _unit

    found = [
        _found(1, "Argus", "212", "Crews have replaced 212 broken poles so far."),
        _found(2, "Register", "431", "Crews have replaced 431 poles in all."),
        _found(3, "Post", "five", "Five new cases were confirmed on Tuesday."),
    ]
    assert [_unit(e) for e in found] == ["pole", "pole", "case"]
    assert _unit(_found(4, "Post", "Six", "Six remain in hospital.")) == ""


def test_a_number_written_into_its_noun_counts_that_noun() -> None:
    """ "a 45-day consultation" and "60 days" measure one thing (days); "a 36-bed stroke
    unit" and "the 460-bed hospital" count the beds of two things."""
    from rag.compare import _units_differ

    days = [
        _found(
            1, "Daily", "45-day", "Kessel said it would begin a 45-day consultation.", "2028-06-06"
        ),
        _found(
            2,
            "Almanac",
            "60 days",
            "Kessel agreed to extend it from 45 days to 60 days.",
            "2028-06-11",
        ),
    ]
    assert not _units_differ(*days)
    changed = _compare("How long is the consultation now?", days)
    assert changed is not None and changed.relation == "changed", changed
    assert [v.value for v in changed.values] == ["45-day", "60 days"]  # oldest report first
    beds = [
        _found(3, "Wire", "36", "The new building has a 36-bed stroke unit."),
        _found(4, "Bugle", "460", "The board said the 460-bed hospital will not open yet."),
        _found(5, "Radio", "480", "The 480-bed hospital will replace the infirmary."),
    ]
    assert _units_differ(beds[0], beds[1]) and not _units_differ(beds[1], beds[2])


def test_a_sum_of_money_is_no_earlier_value_of_a_duration() -> None:
    """ "$140 million" (however hedged: "about $140 million") and "300 euros" are sums;
    "18 months" on the same story is no earlier report of how much was overstated."""
    from rag.compare import MONEY, _unit

    found = [
        _found(
            1, "Ledger", "$265 million", "Veyra overstated revenue by $265 million.", "2026-11-05"
        ),
        _found(
            2,
            "Wire",
            "about $140 million",
            "Revenue had been overstated by about $140 million over the past two years.",
            "2026-10-12",
        ),
        _found(
            3,
            "Gazette",
            "18 months",
            "She warned managers more than 18 months before the "
            "company disclosed that revenue had been overstated.",
            "2026-10-23",
        ),
    ]
    assert [_unit(e) for e in found] == [MONEY, MONEY, "month"]
    assert _unit(_found(4, "Post", "300", "They paid 300 euros each.")) == MONEY
    changed = _compare(
        "By how much did Veyra overstate its revenue, going by the latest figure?", found
    )
    assert changed is not None and changed.relation == "changed", changed
    assert [v.value for v in changed.values] == ["about $140 million", "$265 million"]


def test_outlets_sharing_the_lead_value_agree_though_another_answers_something_else() -> None:
    """A third report's value of another kind ("50 percent rise" for "how long") is no
    rival: the two reports giving the value the answer leads with still agree. When the
    value the answer leads with is one outlet's, the others' shared value is no
    agreement of the answer's."""
    q = "How long has the company got to bring the car toll back down?"
    crier = replace(
        _found(1, "Crier", "28 days", "It must cut the toll within 28 days."), score=0.77
    )
    radio = replace(
        _found(2, "Radio", "28 days", "The toll must go back down within 28 days."), score=0.56
    )
    press = replace(
        _found(3, "Press", "50 percent rise", "The 50 percent rise was unlawful, the judge said."),
        score=0.64,
    )
    agreed = _compare(q, [crier, press, radio])
    assert agreed is not None and agreed.relation == "agree", agreed
    assert {v.outlet for v in agreed.values} == {"Crier", "Radio"}
    # the answer leads with the outlet the question names: the others' value is not its
    named = "According to Press, how long has the company got to bring the car toll back down?"
    assert _compare(named, [crier, press, radio]) is None
    homes = "How many homes were evacuated in Hethersedge?"
    lead = replace(_found(1, "RON", "430", "Police there cleared 430 homes."), score=0.8)
    others = [
        replace(
            _found(n, outlet, "1,260", "About 1,260 people were moved to rest centres."), score=0.5
        )
        for n, outlet in ((2, "CPA"), (3, "Echo"))
    ]
    assert _compare(homes, [lead, *others]) is None


def test_a_value_two_reports_share_about_something_else_hides_no_clash() -> None:
    """Two reports' figure for another thing (the fire engines sent) is the biggest group
    and clashes with nothing; the two outlets that count the asked homes
    differently still disagree. Without the clash, the shared figure stays no rival."""
    q = "How many homes were evacuated in Hethersedge?"
    engines = "Crews from 40 fire engines fought the blaze in Hethersedge."
    found = [
        replace(_found(1, "Courier", "1,200", "Police evacuated 1,200 homes in Hethersedge."),
                score=0.8),
        replace(_found(2, "Echo", "1,800", "Some 1,800 homes in Hethersedge were evacuated."),
                score=0.7),
        replace(_found(3, "Wire", "40 fire engines", engines), score=0.6),
        replace(_found(4, "Radio", "40 fire engines", engines), score=0.6),
    ]  # fmt: skip
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "disagree", comparison
    assert {v.value for v in comparison.values} == {"1,200", "1,800"}
    assert {v.outlet for v in comparison.values} == {"Courier", "Echo"}
    agreed = [*found[:1], replace(found[1], answer="1,200"), *found[2:]]
    comparison = _compare(q, agreed)
    assert comparison is not None and comparison.relation == "agree", comparison
    assert {v.outlet for v in comparison.values} == {"Courier", "Echo"}


def test_a_count_across_a_whole_province_is_no_rival_of_one_event_s() -> None:
    q = "How many firefighters fought the fire at the Corventa Paints plant?"
    found = [
        _found(1, "Tribune", "140", "About 140 firefighters fought the blaze."),
        _found(2, "Wire", "140", "Some 140 firefighters were at the scene."),
        _found(3, "Gazette", "900", "The service has 900 firefighters across the province."),
    ]
    agreed = _compare(q, found)
    assert agreed is not None and agreed.relation == "agree", agreed
    assert {v.outlet for v in agreed.values} == {"Tribune", "Wire"}
    local = replace(found[2], sentence="Some 900 firefighters fought the blaze.")
    clash = _compare(q, [*found[:2], local])
    assert clash is not None and clash.relation == "disagree", clash


def test_what_is_the_total_number_asks_for_a_number() -> None:
    assert kind_of("What was the total number of arrests linked to the disorder?") == "number"
    assert kind_of("What is the total number of police officers hurt?") == "number"
    assert kind_of("What was the name of the ship?") != "number"
    assert kind_of("After the vote, which Provincial Union figure resigned?") != "number"


def test_a_chief_executive_is_no_other_chief() -> None:
    from rag.verify import role_missing

    q = "Who is the chief executive of the payroll software company?"
    other = "Quillon Systems' chief information security officer, Renata Szabo, has resigned."
    assert role_missing(q, other) == "chief executive"
    assert role_missing(q, "In the memo, Chief Executive Anika Rowe told employees.") == ""
    # "heads" is the verb: who holds the company's top post, however the sentence names it
    heads = "Who heads Interlink Clearing, the company that runs the Kestrel network?"
    assert role_missing(heads, "Interlink's chief executive, Marguerite Olander, said.") == ""
    assert role_missing("Who is the head of Interlink?", "Olander said.") == "head of"


def test_a_clash_needs_both_sentences_about_the_question() -> None:
    q = "What does Russia accuse the West of doing?"
    found = [
        replace(_found(1, "Post", "using terrorist groups", "Russia has accused the West of "
                "using terrorist groups to topple Assad."), score=0.57),
        replace(_found(2, "Sheva", "targeting moderate rebels", "Russia insists the air "
                "strikes are targeting the Islamic State, but the West says it is targeting "
                "moderate rebels."), score=0.35),
    ]  # fmt: skip
    vectors = {e.sentence: np.ones(4) / 2 for e in found}
    texts = {e.outlet: e.sentence for e in found}
    rules = Rules(min_relevance=0.36)
    assert compare(analyze(q), found, vectors, texts, rules) is None  # no false block
    both = [found[0], replace(found[1], score=0.40)]
    clash = compare(analyze(q), both, vectors, texts, rules)
    assert clash is not None and clash.relation == "disagree"
    # an update is no clash: a later report's value is listed however it is worded
    q = "How many people have died so far?"
    dated = [
        replace(_found(1, "Post", "1", "One of them has died.", "2026-09-07"), score=0.30),
        replace(_found(2, "FBS", "six", "The death toll rose to six.", "2026-09-15"), score=0.6),
    ]
    changed = compare(analyze(q), dated, {e.sentence: np.ones(4) / 2 for e in dated},
                      {e.outlet: e.sentence for e in dated}, rules)  # fmt: skip
    assert changed is not None and changed.relation == "changed"


def test_a_reworded_update_of_the_same_story_is_a_change() -> None:
    # the first day's sentence and a later report's share few words: their vectors are
    # far apart, which between two stories means two different things
    q = "How many people have died in the outbreak?"
    found = [
        _found(1, "Evening Post", "1", "One of them, a 78-year-old man, has died.", "2026-09-07"),
        _found(2, "FBS News", "six", "Two more people have died, raising the death toll to "
               "six.", "2026-09-15"),
        _found(3, "Civic Ledger", "six", "The outbreak has killed six people.", "2026-09-16"),
    ]  # fmt: skip
    first, later = np.array([1.0, 0, 0, 0]), np.array([0.2, 0.98, 0, 0])  # cosine 0.2
    far = {found[0].sentence: first, found[1].sentence: later, found[2].sentence: later}
    texts = {e.outlet: e.sentence for e in found}
    one = {"a1": "s1", "a2": "s1", "a3": "s1"}
    changed = compare(analyze(q), found, far, texts, Rules(), one)
    assert changed is not None and changed.relation == "changed"
    assert [v.value for v in changed.values] == ["1", "six"]
    for stories in ({}, {"a1": "s0", "a2": "s1", "a3": "s1"}):  # unmarked, or two stories
        assert compare(analyze(q), found, far, texts, Rules(), stories) is None  # no rival


def test_a_relative_date_and_its_calendar_day_compare_as_that_day() -> None:
    from rag.compare import same_value

    assert same_value("date", "last Saturday (Oct. 3, 2026)", "Oct. 3", Rules())
    assert not same_value("date", "last Saturday (Oct. 3, 2026)", "Sept. 19", Rules())
    q = "If Putin still goes to Berlin, on what date?"
    found = [
        _found(1, "A", "October 19", "Putin will visit Berlin on October 19."),
        _found(2, "B", "next week (Oct. 17–23, 2016)", "Putin will go to Berlin next week."),
    ]
    # next week holds Oct. 19: no clash, and no corroboration either ("2 outlets agree")
    assert _compare(q, found) is None


@pytest.mark.parametrize(
    ("question", "reports", "options"),
    [
        ("Between the report from The Verge published on September 26, 2023, and the "
         "TechCrunch report published on December 15, 2023, was there consistency in the "
         "portrayal of Google?", True, ()),
        ("Between the report from 'The Guardian' on October 28 and the coverage by "
         "'Sporting News' on October 30, was the information consistent or inconsistent?",
         True, ("consistent", "inconsistent")),
        ("According to Fortune, has the perspective on housing changed between the article "
         "published on October 6, 2023, and the one on October 20?", True, ()),
        ("Which company, as reported by both TechCrunch and The Verge, has spent billions "
         "to maintain its default search engine status?", False, ()),
        ("How many people have died so far?", False, ()),
        ("Did the two outlets agree on the death toll or not?", False, ()),
    ],
)  # fmt: skip
def test_questions_about_the_reports_themselves(
    question: str, reports: bool, options: tuple[str, ...]
) -> None:
    asked = analyze(question)
    assert asked.reports is reports
    assert asked.options == options
    if reports:
        assert asked.kind == "yesno" and asked.time == ""  # never a timeline of events


def test_a_closed_question_is_answered_with_the_word_it_offered() -> None:
    from rag.extract import polarity

    q = "Between the two reports, was the information consistent or inconsistent?"
    asked = analyze(q)
    assert polarity("Inconsistent", asked.options) == "no"
    assert polarity("consistent.", asked.options) == "yes"
    assert polarity("yes", asked.options) == "yes"
    found = [_found(1, "A", polarity("inconsistent", asked.options), "Pfaadt starts Game 3.")]
    answer = compose(Answer(q, "", (_hit(1, "A", "Pfaadt starts Game 3."),)), asked, found, None)
    assert answer.direct.startswith("Inconsistent")


def test_which_outlet_reported_first_is_read_from_the_reports_dates() -> None:
    from rag.answer import compose_report_order

    q = (
        "Did Engadget report a discount on the MacBook Air before The Verge reported a "
        "discount on the Galaxy Buds?"
    )
    asked = analyze(q)
    assert asked.time == "reported_before"
    assert "Engadget" in asked.anchor and "The Verge" in asked.other
    events = analyze("Was the launch before or after the vote?")
    assert events.time == "order"  # events, not reports
    failed = "Did the Post fail to report the vote before the Herald reported the result?"
    assert analyze(failed).time == "reported_after"  # yes when the Post's report came after
    hits = (
        _hit(1, "Engadget", "The MacBook Air is $200 off.", "2023-11-24"),
        _hit(2, "The Verge", "The Galaxy Buds 2 are $60 off.", "2023-11-25"),
    )
    a = Scored(
        1, "Engadget", "The MacBook Air is $200 off.", 1.0, np.ones(4), 0, "2023-11-24", "a1"
    )
    b = Scored(
        2, "The Verge", "The Galaxy Buds 2 are $60 off.", 1.0, np.ones(4), 0, "2023-11-25", "a2"
    )
    answer = compose_report_order(Answer(q, "", hits), True, a, b)
    assert answer.direct.startswith("Yes") and "Nov. 24, 2023" in answer.direct
    assert [c.n for c in answer.citations] == [1, 2]
    assert compose_report_order(Answer(q, "", hits), True, b, a).direct.startswith("No")
    same = compose_report_order(Answer(q, "", hits), True, a, replace(b, published_at="2023-11-24"))
    assert not same.direct.startswith(("Yes", "No"))  # one day: the dates do not tell


def test_a_closed_question_offers_a_word_and_its_opposite_anywhere() -> None:
    q = (
        "After Polygon reported on October 18th that the seeds change the levels, did "
        "Engadget's review on October 20th agree or disagree on the change in gameplay?"
    )
    assert analyze(q).options == ("agree", "disagree")
    assert analyze("Did the two outlets agree or not?").options == ()


def test_a_disagreement_line_never_runs_past_sixty_words() -> None:
    q = "What did the new chief executive promise the staff on his first day in the job?"
    said = [
        "you will hear it from us before you read it anywhere",
        "a line under what happened and under how it happened",
        "an open door to every employee who wants to talk to him",
        "that no depot would close before the review of the accounts is done",
    ]
    outlets = ["Port Sallow Gazette", "Exchange Line", "The Civic Ledger", "Capital Desk"]
    found = [_found(i, o, v, f"He promised {v}.") for i, (o, v) in enumerate(zip(outlets, said), 1)]
    hits = tuple(_hit(i, o, f"He promised {v}.") for i, (o, v) in enumerate(zip(outlets, said), 1))
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "disagree"
    answer = compose(Answer(q, "", hits), analyze(q), found, comparison)
    direct = answer.text.splitlines()[0]
    assert len(MARK.sub("", direct).split()) <= 60 and not _broken(direct)
    assert all(f"[{i}]" in direct for i in range(1, 5))  # every outlet still named and cited


def test_an_outlet_giving_one_value_in_two_reports_is_named_once() -> None:
    q = "What was Veyra's estimate of the revenue overstatement?"
    s1 = "Veyra said the overstatement was about $210 million."
    s3 = "Its estimate remained about $210 million, Veyra said."
    s2 = "Veyra overstated revenue by $265 million, the review found."
    found = [
        _found(1, "Exchange Line", "about $210 million", s1),
        _found(2, "The Civic Ledger", "$265 million", s2),
        _found(3, "Exchange Line", "about $210 million", s3),
    ]
    values = tuple(SlotValue(e.answer, e.outlet, e.n, e.sentence) for e in found)
    comparison = Comparison("revenue overstatement", "number", "disagree", values)
    hits = tuple(_hit(e.n, e.outlet, e.sentence) for e in found)
    answer = compose(Answer(q, "", hits), analyze(q), found, comparison)
    direct = answer.sentences[0].text
    assert direct.count("Exchange Line") == 1 and "about $210 million [1][3]" in direct
    assert "The Civic Ledger says $265 million [2]" in direct
    assert answer.sentences[0].citations == (1, 2, 3)


def test_values_the_comparison_counts_as_one_are_one_side_of_the_disagreement() -> None:
    """Two outlets that give one day written two ways ("Saturday (May 23, 2026)" and
    "Saturday, May 23") stand together against the third, as the comparison grouped
    them, not as three sides; each keeps its own words (none is said to write the
    other's)."""
    q = "On what day was game seven of the Tavenor Cup final played?"
    s1 = "The Ironclads won game seven of the Tavenor Cup final on Saturday."
    s2 = "A crowd of 11,480 saw the deciding game on Saturday, May 23."
    s3 = "Jonah Ilunga scored the winner in the deciding game played on May 22."
    found = [
        _found(1, "The Lindqvar Chronicle", "Saturday (May 23, 2026)", s1, "2026-05-24"),
        _found(2, "Courtside & Pitch", "Saturday, May 23 (May 23, 2026)", s2, "2026-05-24"),
        _found(3, "The Gellan Valley Observer", "May 22", s3, "2026-05-24"),
    ]
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "disagree", comparison
    assert len({v.side for v in comparison.values}) == 2
    hits = tuple(_hit(e.n, e.outlet, e.sentence) for e in found)
    direct = compose(Answer(q, "", hits), analyze(q), found, comparison).sentences[0].text
    # one side, each outlet with its own words; the other side after the semicolon
    assert (
        "The Lindqvar Chronicle says Saturday (May 23, 2026) [1] and Courtside & Pitch says "
        "Saturday, May 23 (May 23, 2026) [2]; The Gellan Valley Observer says May 22 [3]"
    ) in direct, direct


def test_what_was_said_shows_each_outlets_own_words() -> None:
    """Two outlets quote one speaker at one press conference in words too different to
    be compared as one statement: the answer leads with one quote and shows each
    outlet's sentence, so the reader sees both versions."""
    q = "What did Dr. Ines Varga say about the meteorite at the press conference?"
    s1 = 'Dr. Ines Varga told the press conference: "We see a fall like this once in fifty years."'
    s2 = '"It is a once-in-a-generation find," Dr. Ines Varga said at the press conference.'
    found = [
        _found(1, "The Tamsby Echo", "We see a fall like this once in fifty years", s1),
        _found(2, "Halbrook Monitor", "It is a once-in-a-generation find", s2),
    ]
    found[1] = replace(found[1], score=0.4)
    found[0] = replace(found[0], score=0.6)
    hits = tuple(_hit(e.n, e.outlet, e.sentence) for e in found)
    answer = compose(Answer(q, "", hits), analyze(q), found, None)  # (nothing compared)
    lines = answer.text.splitlines()
    assert lines[0].startswith("We see a fall like this") and len(lines) == 3, lines
    assert lines[1].startswith("The Tamsby Echo") and lines[2].startswith("Halbrook Monitor")
    assert [c.n for c in answer.citations] == [1, 2]


def test_a_yes_no_over_claims_about_several_reports_asks_one_question_per_claim() -> None:
    from rag.question import parts

    q = (
        "Does the Wired article suggest that Sony headphones do not offer the best value, "
        "while the Fortune article indicates that shippers must act irresponsibly?"
    )
    first, second = parts(q)
    assert first.startswith("Does the Wired article") and "Fortune" not in first
    assert second.startswith("Is it true that the Fortune article indicates")
    assert "Wired" not in second
    assert analyze(first).kind == analyze(second).kind == "yesno"
    for whole in (  # a "while" that joins no claims about reports, or no yes/no question
        "Was the storm reported by AP while it hit the coast?",
        "Who was injured while the Post reporter watched the article's subject?",
        "Did the two reports agree on the toll, while the Post article said 12?",
        # "and" going on with the same clause: one question
        "Which broadcaster reported that the gallery had been sealed off and was being reopened?",
        "Who reported that the bridge had cracked and is being repaired?",
    ):
        assert parts(whole) == [whole], whole
    two = "If Putin still goes to Berlin, on what date, and who else would be at the talks?"
    assert len(parts(two)) == 2
    assert len(parts("How many died, and was the mayor injured?")) == 2
    # a part that opens with a preposition ("…, and on which street …?")
    assert parts("What does Pellow Cold Storage do, and on which street is its warehouse?") == [
        "What does Pellow Cold Storage do?",
        "On which street is its warehouse?",
    ]
    relative = "Was the bridge, which opened in 2019 and in which two men died, closed?"
    assert parts(relative) == [relative]


def test_a_yes_no_over_several_claims_is_yes_only_when_every_claim_is() -> None:
    from rag.answer import merge

    wired = "With this sale, they offer some of the best value in their class."
    fortune = "Each actor will have to be responsible to keep the market reasonable."
    hits = (_hit(1, "Wired", wired), _hit(2, "Fortune", fortune))
    q1 = "Does the Wired article say Sony headphones offer good value?"
    q2 = "Is it true that the Fortune article says shippers must act irresponsibly?"

    def claim(q: str, n: int, outlet: str, said: str, sentence: str) -> Answer:
        found = [_found(n, outlet, said, sentence)]
        return compose(Answer(q, "", hits), analyze(q), found, None)

    yes1, yes2 = claim(q1, 1, "Wired", "yes", wired), claim(q2, 2, "Fortune", "yes", fortune)
    no2 = claim(q2, 2, "Fortune", "no", fortune)
    unsaid = compose(Answer(q2, "", hits), analyze(q2), [], None)
    both = merge([yes1, yes2])
    assert both.text.splitlines()[0] == "Yes [1][2]" and not both.refused
    one_no = merge([yes1, no2])
    assert one_no.text.splitlines()[0] == "No [2]"  # it stands on the claim that fails
    assert {c.n for c in one_no.citations} == {1, 2}  # both claims' sentences are quoted
    assert "Yes" not in one_no.text.splitlines()[0]
    half = merge([yes1, unsaid])  # yes to one claim and nothing on the other: no verdict
    assert half.refused and "Yes" not in half.text and len(half.extractions) == 1
    assert merge([no2, unsaid]).text.startswith("No [2]")  # one failed claim settles it


def test_a_count_written_in_words_is_the_same_count() -> None:
    from rag.compare import number_of

    assert number_of("a quarter of a million dollars") == (250_000.0, False)
    assert number_of("half a million") == (500_000.0, False)
    q = "How much prize money did the club receive for winning the cup?"
    win = "The win is worth $250,000 in prize money to the club."
    gazette = (
        "The cup pays a quarter of a million dollars to the winners and $100,000 to the runners-up."
    )
    found = [_found(1, "Fieldhouse", "250,000", win), _found(2, "Gazette", "100,000", gazette)]
    comparison = _compare(q, found)  # the Gazette gives 250,000 too: it contradicts neither
    assert comparison is None or comparison.relation != "disagree"
    alone = "The cup pays $100,000 to the runners-up."
    found = [_found(1, "Fieldhouse", "250,000", win), _found(2, "Gazette", "100,000", alone)]
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "disagree"


def test_money_asked_as_a_thing_compares_as_a_number() -> None:
    q = "What were Veldra Foods' annual sales?"  # routed as an entity, answered by a sum
    found = [
        _found(1, "Wire", "nearly $3.2 billion", "Veldra Foods had annual sales of nearly "
               "$3.2 billion last year."),
        _found(2, "Daily", "3.17 billion", "Veldra Foods reported revenue of $3.17 billion "
               "in the year to June."),
    ]  # fmt: skip
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "agree"
    found[1] = _found(2, "Daily", "2.4 billion", "Veldra Foods reported revenue of $2.4 "
                      "billion in the year to June.")  # fmt: skip
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "disagree"


def test_a_far_value_whose_words_alone_name_the_asked_count_is_shown() -> None:
    q = "How many people attended the concert in Orlen?"  # the reader sees both
    found = [
        _found(1, "Herald", "About a hundred", "About a hundred people waited at the stage "
               "door after the concert in Orlen."),
        _found(2, "Wire", "12,000", "The concert in Orlen drew a crowd of 12,000."),
    ]  # fmt: skip
    comparison = _compare(q, found)
    assert comparison is not None and comparison.relation == "disagree"


_LARGEST = (
    "How much does the largest fragment of the meteorite weigh?",
    "1.4 kilograms",
    "The largest fragment weighs 1.4 kilograms.",
)
_BRIDGE = (
    "How long is the new bridge over the Arven?",
    "640 metres",
    "At 640 metres, the bridge is the longest in the province.",
)
_GYM = (
    "How many people sheltered in the Orlen school gym after the flood?",
    "About 900",
    "About 900 people sheltered in the Orlen school gym.",
)


@pytest.mark.parametrize(
    ("first", "value", "sentence", "clash"),
    [  # a superlative picks the thing: a total is another thing
        (_LARGEST, "3.2 kilograms", "The fragments recovered so far weigh 3.2 kilograms in "
         "total.", False),
        (_LARGEST, "2.1 kilograms", "Its largest fragment weighs 2.1 kilograms, the museum "
         "said.", True),
        # a unit in the value itself counts
        (_BRIDGE, "3 years", "The bridge took 3 years to build, the council said.", False),
        (_BRIDGE, "2.1 million visitors", "It expects 2.1 million visitors, the council "
         "said.", False),
        (_BRIDGE, "610 metres", "The bridge, 610 metres long, opens on Monday.", True),
        # counts an order of magnitude apart count two things
        (_GYM, "24,000", "The flood forced 24,000 residents of Orlen from their homes.", False),
        (_GYM, "1,100", "Some 1,100 people slept in the Orlen school gym, officials said.", True),
    ],
)  # fmt: skip
def test_a_second_value_is_a_rival_only_when_it_values_the_same_thing(
    first: tuple[str, str, str], value: str, sentence: str, clash: bool
) -> None:
    question, answer, said = first
    assert _disagrees(question, _found(1, "Herald", answer, said), value, sentence) == clash


def test_a_yes_to_a_sentence_that_says_no_becomes_no(seeded_index) -> None:  # type: ignore[no-untyped-def]
    """The model's "yes", replayed over the real seeds index: the sentence the reports
    give ("A Russian counter-proposal, also vetoed, would not have halted airstrikes in
    Aleppo.") denies it, so the answer is "No", standing on that sentence."""
    from rag.chat import Assistant

    question = "Would the Russian counter-proposal have halted airstrikes in Aleppo?"
    for check, direct in ((True, "no"), (False, "yes")):
        config = replace(seeded_index.config, negation_check=check)
        assistant = Assistant(config, seeded_index)
        retrieval = assistant.retriever.retrieve(question)
        scored, outlets = assistant.evidence(question, retrieval)
        groups = assistant.reports.groups(question, scored)
        base = Answer(question, "", retrieval.hits, outlets=outlets, standalone_question=question)
        replies = ['{"answer": "yes", "sentence": 1}'] * len(groups)
        answer = assistant.reports.finish(base, analyze(question), groups, replies)
        assert answer.direct.lower().startswith(direct), answer.direct
        if check:
            assert "would not have halted airstrikes" in answer.text
            assert all(c.quote in c.passage for c in answer.citations)


def test_negation_of_the_asked_claim() -> None:
    from rag.verify import negates

    q = "Had the vaccine results been published in a peer-reviewed journal?"
    assert negates(q, "The results have not yet been published in a peer-reviewed journal.")
    assert negates("Were any arrests made?", "Police said there had been no arrests.")
    # a negation of something else, or the claim said plainly elsewhere: no denial
    assert not negates("Was Dallow arrested?", "Dallow was arrested, but police did not say where.")
    fraud = (
        "The prosecution said he knowingly committed fraud, while the defense said he never "
        "meant to commit fraud."
    )
    assert not negates("Was he accused of committing fraud?", fraud)
    # the question's own negation ("non-competitive") is its claim, not a denial
    assert not negates("Did they set non-competitive prices?", "prices that aren't competitive")
    # the opposite state: staying open denies shutting, unless the sentence shuts something
    shop = "Will the factory shop in Eddisford shut along with the factory?"
    stays = "The visitor centre and shop would not be affected by the closure and would stay open."
    assert negates(shop, stays) == "stay open"
    assert not negates(shop, "The factory shuts in March but the shop will stay open.")
    assert not negates("Will the shop stay open?", "Kessel Group will close the factory.")


def test_a_question_about_him_is_a_follow_up() -> None:
    from rag.chat import _needs_context

    assert _needs_context("Which news agency quoted him?")
    assert _needs_context("Which news agency did she speak to on Monday?")
    assert not _needs_context("Which news agency quoted the hospital director on Monday?")


def test_a_timeline_marks_an_event_dated_after_its_report_as_planned() -> None:
    held = "The meeting was held on Monday."
    moved = "The meeting will now be held on Dec. 3."
    hits = (_hit(1, "A", held, "2026-10-13"), _hit(2, "B", moved, "2026-10-20"))
    events = [
        TimelineEvent("2026-10-12", "2026-10-12", held, 1, "A", "2026-10-13"),
        TimelineEvent("2026-12-03", "2026-12-03", moved, 2, "B", "2026-10-20"),
    ]
    answer = compose_timeline(Answer("Timeline?", "", hits), events, "Timeline:", 10)
    done, planned = (s.text for s in answer.sentences[1:3])
    assert "planned" not in done and held in done
    assert "planned as of Oct. 20, 2026" in planned and moved in planned
    assert [c.n for c in answer.citations] == [1, 2]


def test_a_later_report_that_says_its_value_is_what_it_was_changed_to_is_a_change() -> None:
    offer = [
        _found(
            1, "Courier", "4.8%", "The board's new offer of 4.8% was put to members.", "2027-03-22"
        ),
        _found(
            2, "Radio", "5.1%", "A deal on Wednesday raises the pay offer to 5.1%.", "2027-04-01"
        ),
    ]
    changed = _compare("What pay rise have the nurses been offered?", offer)
    assert changed is not None and changed.relation == "changed", changed
    assert [v.value for v in changed.values] == ["4.8%", "5.1%"]
    # the same two values with no word of a change, on the same footing: a disagreement
    rival = [offer[0], replace(offer[1], sentence="The board's offer of 5.1% was put to members.")]
    disagree = _compare("What pay rise have the nurses been offered?", rival)
    assert disagree is not None and disagree.relation == "disagree", disagree
    # what changed is another thing than the one asked: the offer, not the union's ask
    asks = [
        _found(1, "Wire", "9%", "The union is seeking a 9% pay rise.", "2027-02-08"),
        _found(2, "Echo", "5.5%", "The company raised its offer to 5.5%.", "2027-02-12"),
    ]
    other = _compare("What pay rise is the union asking for?", asks)
    assert other is None or other.relation != "changed", other


def test_a_change_told_after_a_long_name_of_the_thing_is_still_a_change() -> None:
    """ "has postponed a five-day strike at the port's two terminals by a week, to May 10":
    ten words between the verb and the value still name what was moved."""
    due = [
        _found(
            1, "Courier", "May 3", "Dockers would stage a five-day strike from May 3.", "2027-04-20"
        ),
        _found(
            2,
            "Radio",
            "May 10",
            "The guild has postponed a five-day strike at the port's two terminals by a week, "
            "to May 10.",
            "2027-04-28",
        ),
    ]
    changed = _compare("When was the dockers' five-day strike due to start?", due)
    assert changed is not None and changed.relation == "changed", changed
    assert [v.value for v in changed.values] == ["May 3", "May 10"]


def test_a_day_done_later_than_an_earlier_report_said_it_would_be_is_a_change() -> None:
    """ "lifted … on Friday, 25 August, a day later than it had promised" after "expects
    to lift … on Thursday, August 24": the same act, a day moved; a later report's day
    of another act ("a routine sample taken …") is no earlier value of it."""
    expected = (
        "Ossel Water expects to lift the boil-water notice for Orrisby on Thursday, August 24."
    )
    lifted = (
        "Ossel Water lifted the boil-water notice for Orrisby on Friday, 25 August, a day "
        "later than it had promised."
    )
    days = [
        _found(1, "Post", "Thursday, August 24", expected, "2034-08-22"),
        _found(2, "Sevenday", "Friday, 25 August", lifted, "2034-08-26"),
    ]
    question = "When was the boil-water notice for Orrisby lifted?"
    changed = _compare(question, days)
    assert changed is not None and changed.relation == "changed", changed
    assert [v.value for v in changed.values] == ["Thursday, August 24", "Friday, 25 August"]
    sample = "The contamination was first found in a routine sample taken on Thursday, August 24."
    other = _compare(question, [replace(days[0], sentence=sample), days[1]])
    assert other is None or other.relation != "changed", other
    # without "later than it had promised", the two days are not a change
    plain = replace(days[1], sentence="Ossel Water lifted the notice on Friday, 25 August.")
    kept = _compare(question, [days[0], plain])
    assert kept is None or kept.relation != "changed", kept


def test_an_answer_read_with_its_neighbour_is_compared_as_its_own_sentence() -> None:
    """The comparison's sentence embeddings: an answer whose sentence was joined to the
    one naming the person is looked up as the most relevant shown sentence it holds
    (not missing, which would pass every closeness check)."""
    from rag.evidence import Scored
    from rag.extract import OutletSentences
    from rag.reports import _vectors

    named = "Tomas Ekberg has waited his whole career for this."
    scored = "With three minutes left, the 31-year-old winger scored."
    shown = (
        Scored(1, "Courtside", named, 0.3, np.array([1.0, 0.0])),
        Scored(1, "Courtside", scored, 0.8, np.array([0.0, 1.0])),
    )
    joined = _found(1, "Courtside", "Tomas Ekberg", f"{named} {scored}")
    vectors = _vectors([OutletSentences("Courtside", shown)], [joined])
    assert list(vectors[joined.sentence]) == [0.0, 1.0]
    assert list(vectors[named]) == [1.0, 0.0]


def test_a_deed_asked_names_who_acted_and_after_what() -> None:
    from rag.question import Deed, deed_asked

    asked = deed_asked("What legal action did Hulvane Print take after the council ended it?")
    assert asked == Deed("Hulvane Print", "take", "the council ended it")
    assert deed_asked("What did the exam council do?") == Deed("the exam council", "do", "")
    assert deed_asked("What did the minister urge campaigners to do?") is None  # urged "to do"
    assert deed_asked("What does Holloway Cold Storage do?") is None  # a trade, not a deed


def test_a_later_figure_above_whose_earlier_estimate_is_a_change() -> None:
    """ "… at 7.4 million corvels, well above the board's own earlier estimate" (ledger
    dev lg-lookalike-05): the earlier report's 6 million, which its sentence gives as the
    board's, is the estimate it revises; set against no one's named estimate, or against
    that of someone the earlier sentence never names, the two still disagree."""
    early = _found(
        1,
        "Mercury",
        "6 million corvels",
        "Ending it early would cost about 6 million corvels, the board's finance director said.",
        "2032-05-11",
    )
    late = _found(
        2,
        "Sundial",
        "7.4 million corvels",
        "A valuation put the cost of ending it early at 7.4 million corvels, well above the "
        "board's own earlier estimate.",
        "2032-05-20",
    )
    question = "How much would it cost to end the contract early?"
    changed = _compare(question, [early, late])
    assert changed is not None and changed.relation == "changed", changed
    assert [v.value for v in changed.values] == ["6 million corvels", "7.4 million corvels"]
    for words in ("its own earlier estimate", "the operator's own earlier estimate"):
        other = replace(late, sentence=late.sentence.replace("board's own earlier estimate", words))
        rival = _compare(question, [early, other])
        assert rival is not None and rival.relation == "disagree", (words, rival)


def test_a_later_count_that_calls_the_first_an_estimate_is_a_change() -> None:
    """ "final count … well above the 2.4 million it estimated on Sunday": the later report
    says its figure revises the first, which it names; the same two figures on no such
    words, or on such words that name no figure, disagree."""
    counts = [
        _found(
            1,
            "Courier",
            "2.4 million",
            "About 2.4 million card payments had been declined, the operator said.",
            "2031-03-16",
        ),
        _found(
            2,
            "Review",
            "3.1 million",
            "Its final count put the number of failed card payments at 3.1 million, well "
            "above the 2.4 million it estimated on Sunday.",
            "2031-03-19",
        ),
    ]
    question = "How many card payments failed during the outage?"
    changed = _compare(question, counts)
    assert changed is not None and changed.relation == "changed", changed
    rival = [counts[0], replace(counts[1], sentence="It said 3.1 million card payments failed.")]
    other = _compare(question, rival)
    assert other is not None and other.relation == "disagree", other
    # "well above its own earlier estimate" names no figure: which one it revises is unsaid
    unnamed = "Its final count put failed card payments at 3.1 million, above its earlier estimate."
    vague = _compare(question, [counts[0], replace(counts[1], sentence=unnamed)])
    assert vague is not None and vague.relation == "disagree", vague
