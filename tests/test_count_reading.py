"""A count question reads each report where it counts the asked thing: a report whose
passages read never count it is also read in its passage that does (`Retriever.reading_for`),
and among a report's sentences those that count the asked thing come first
(`Config.count_bonus`). Real index and embeddings over an article written for this test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from conftest import index_articles

from rag.chat import Assistant
from rag.config import Config
from rag.types import Chunk, Hit, Retrieval
from rag.verify import (
    asked_measures,
    asks_quantity,
    count_of_asked,
    holds_asked,
    holds_count,
    holds_measure,
    measured_away,
    measures_other,
)

BEDS = "How many beds does the new Ostrey Valley Hospital have?"


def _each(holds: Callable[[str], bool]) -> Callable[[str, str], bool]:
    """A test of one sentence, as `Retriever.reading_for` asks it (with the next one)."""
    return lambda sentence, _after: holds(sentence)


def _lede(  # type: ignore[no-untyped-def]
    tmp_path: Path, embedder, article: dict[str, str], question: str
) -> tuple[Config, Assistant, list[Chunk], Retrieval]:
    """`article` indexed, its passages in order, and a retrieval of its first passage
    alone (as a search that ranked the others low gives it)."""
    config, index = index_articles(tmp_path, embedder, [article])
    chunks = [chunk for chunk, _ in index.chunks_of(article["id"])]
    vector = index.embedder.embed_query(question)
    lede = Retrieval(question, (Hit(chunks[0], 1.0, 0.6),), 0.6, True, vector)
    return config, Assistant(config, index), chunks, lede


HOSPITAL = {
    "id": "courier_hospital",
    "title": "Ostrey Valley Hospital opening delayed again",
    "outlet": "The Ostrey Courier",
    "published_at": "2027-05-04",
    "text": (
        "OSTREY — The opening of the new Ostrey Valley Hospital has been put back to the "
        "autumn after inspectors found faults in its ventilation system, the regional "
        "health board said on Monday. The hospital had been due to take its first patients "
        "in June.\n\n"
        "Board chair Lotte Veerman said the delay was a disappointment for staff who had "
        "already packed up their wards at the old infirmary on Mill Lane. She said the "
        "contractor would pay for the repairs under the terms of its contract.\n\n"
        "Patients booked for operations at the infirmary in June and July will keep their "
        "appointments there, the board said. Nurses' representatives said many staff had "
        "moved to Ostrey for jobs that would now not start for months.\n\n"
        "Inspectors from the national building safety office found that dampers meant to "
        "stop smoke spreading through the ducts had been fitted the wrong way round on "
        "three floors. The board said every one of them would be checked again before "
        "the building is handed over.\n\n"
        "The 410-bed hospital, which replaces the Victorian infirmary, was built by Hallam "
        "Construction under a contract signed in 2023. It also houses a 24-bed maternity "
        "unit and the region's first dedicated burns ward.\n\n"
        "The board will publish the inspectors' full report next month, it said."
    ),
}


def test_a_count_is_a_number_written_with_the_asked_thing() -> None:
    assert holds_count(BEDS, "The 410-bed hospital, which replaces the infirmary, opens soon.")
    assert holds_count(BEDS, "When it opens it will have 410 beds.")
    # beds of another thing, and a number of something else
    assert not holds_count(BEDS, "It also houses a 24-bed maternity unit.")
    assert not holds_count(
        BEDS, "Inspectors found that 1,140 of the hospital's 2,600 dampers failed."
    )
    assert not holds_count(BEDS, "The hospital was built under a contract signed in 2023.")
    # a count the question asks by what happened, not by a noun
    hurt = "How many people were injured in the storm?"
    assert holds_count(hurt, "Nine people were treated for injuries, most of them cuts.")
    assert not holds_count(hurt, "About 2,000 people spent the night in the sports hall.")
    crew = "How many crew were aboard the trawler?"
    assert holds_count(crew, "The 28-metre vessel with 11 crew aboard made its last call.")
    assert not holds_count(crew, "Rescuers searched 7,500 square kilometres.")


def test_a_report_is_also_read_where_it_counts_the_asked_thing(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    _, assistant, chunks, lede = _lede(tmp_path, embedder, HOSPITAL, BEDS)
    assert len(chunks) >= 2 and [c.position for c in chunks] == sorted(c.position for c in chunks)
    counting = [c for c in chunks if "410-bed" in c.text]
    assert counting and "410-bed" not in chunks[0].text

    read = assistant.retriever.reading_for(lede, _each(partial(holds_count, BEDS)))

    assert read.hits[0] == lede.hits[0]  # the passage numbers already given stay
    assert [h.chunk.id for h in read.hits[1:]] == [counting[0].id]
    assert 0.0 < read.hits[1].relevance < 1.0
    # a report already read where it counts the beds is not read again; nor is one that
    # never counts them
    assert (
        assistant.retriever.reading_for(read, _each(partial(holds_count, BEDS))).hits == read.hits
    )
    nurses = "How many ambulances does the Ostrey Valley Hospital have?"
    assert (
        assistant.retriever.reading_for(lede, _each(partial(holds_count, nurses))).hits == lede.hits
    )


def test_sentences_that_count_the_asked_thing_come_first(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = index_articles(tmp_path, embedder, [HOSPITAL])
    hits = tuple(Hit(c, 1.0, 0.6) for c, _ in index.chunks_of(HOSPITAL["id"]))
    vector = index.embedder.embed_query(BEDS)

    def rank(bonus: float) -> int:
        assistant = Assistant(replace(config, count_bonus=bonus), index)
        scored = assistant.scored(BEDS, vector, hits)
        return next(i for i, s in enumerate(scored) if "410-bed" in s.sentence)

    assert rank(0.2) == 0
    assert rank(0.0) > 0  # the bonus is what moves it: the lede holds more of the words
    # a question that is not a count (nor who holds a post: `rag.posts`) is scored as before
    who = "Who built the new Ostrey Valley Hospital?"
    plain = Assistant(replace(config, count_bonus=0.0), index).scored(who, vector, hits)
    raised = Assistant(config, index).scored(who, vector, hits)
    assert [s.sentence for s in plain] == [s.sentence for s in raised]


def test_a_part_of_a_group_is_counted_by_its_verb_or_as_a_share() -> None:
    """ "How many of the dockers … backed the walkout": "81% backed a walkout" counts them
    (a share is an answer to how many of a group), a man's age before "died" does not."""
    part = "How many of the Harlow dockers who voted backed the walkout?"
    ballot = "Of the members who returned ballots, 81% backed a walkout, on a turnout of 64%."
    assert holds_count(f"{part} What was the turnout?", ballot)
    assert not holds_count(part, "The union has 1,200 members at the port of Harlow.")
    assert not holds_count(
        "How many people have died in the outbreak?",
        "A man aged 74 died on Saturday and a woman aged 58 died there on Monday.",
    )
    assert asked_measures(part) == {"count", "share"}
    assert measures_other(part, "81%", ballot) == ""
    assert measures_other("How many dockers work at the port?", "81%", ballot) == "share"


def test_a_count_named_before_it_counts_the_asked_thing() -> None:
    """ "A crowd of 38,500": the noun before "of" says what the number counts."""
    attend = "How many people attended the Harlow Cup final?"
    assert holds_count(attend, "A crowd of 38,500 saw Rovers come from behind.")
    assert count_of_asked(attend, "It was played before a crowd of about 41,200.") == "41,200"
    assert not holds_count(attend, "The cost of 38,500 seats was met by the club.")


SEARCH = "How large an area did the search for the trawler Marra cover, going by the latest report?"

HARBOUR = {
    "id": "gazette_trawler",
    "title": "Search launched for missing Pellow trawler Marra",
    "outlet": "The Pellow Gazette",
    "published_at": "2027-02-08",
    "text": (
        "PELLOW — A search was launched this morning for the Pellow trawler Marra, which "
        "has not been heard from since it was fishing in a storm off Carrick Head last "
        "night. The 24-metre vessel has nine crew aboard.\n\n"
        "Relatives gathered at the harbour office on Quay Street as the news spread. "
        "Harbour master Elin Drost said the town was holding its breath. The Marra left "
        "Pellow on Friday for a six-day trip.\n\n"
        "Two helicopters, the Pellow lifeboat and three fishing boats were searching an "
        "area of about 1,500 square kilometres west of Carrick Head this afternoon, the "
        "coastguard said.\n\n"
        "The owner, Carrick Fishing Co., said it was in contact with all nine families."
    ),
}


def test_a_measure_is_a_quantity_with_its_unit_among_the_question_s_words() -> None:
    """ "How large an area", "what is the share price": a quantity whose unit is the asked
    measure, written among words of the question (not only its "how large")."""
    assert holds_measure(SEARCH, "Boats were searching an area of about 1,500 square kilometres.")
    assert not holds_measure(SEARCH, "The wreck lies in 112 metres of water.")  # a length
    assert not holds_measure(SEARCH, "The 24-metre vessel has nine crew aboard.")
    price = "What is Tessaly Foods' share price, going by the latest report?"
    assert holds_measure(price, "The shares fell 2% to $8.21.")
    assert not holds_measure(price, "It must waive a breach of its $900 million credit line.")
    whale = "How long was the whale, and how long did the rescue take?"
    assert not holds_measure(whale, "The tanker is 180 metres long and sailed at noon.")
    assert holds_asked(SEARCH, "Boats were searching an area of about 1,500 square kilometres.")
    assert asks_quantity(price, "entity") and not asks_quantity("Who is the skipper?", "person")


def test_a_report_is_also_read_where_it_gives_the_asked_measure(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    _, assistant, chunks, lede = _lede(tmp_path, embedder, HARBOUR, SEARCH)
    measuring = [c for c in chunks if "1,500 square" in c.text]
    assert measuring and "1,500" not in chunks[0].text

    read = assistant.retriever.reading_for(lede, _each(partial(holds_asked, SEARCH)))

    assert [h.chunk.id for h in read.hits] == [chunks[0].id, measuring[0].id]
    assert (
        assistant.retriever.reading_for(lede, _each(partial(holds_count, SEARCH))).hits == lede.hits
    )


def test_those_aboard_are_no_count_of_the_dead_but_of_the_missing() -> None:
    """ "with 11 crew aboard" counts those on the vessel: not the bodies recovered, but,
    the vessel lost, its missing."""
    from rag.verify import clause_after, counts_other, window

    aboard = "The coastguard said the 24-metre Marra, with nine crew aboard, last called at 9 p.m."

    def other(question: str) -> str:
        return counts_other(question, window(aboard, "nine", 5), clause_after(aboard, "nine", 12))

    assert other("How many bodies have been recovered from the Marra?") == "aboard"
    assert other("How many of the Marra's crew were missing?") == ""
    assert other("How many crew were still missing after two bodies were recovered?") == ""
    assert other("How many people were aboard the Marra?") == ""


def test_a_sum_is_told_from_a_count_of_things_by_the_currencies_the_articles_write() -> None:
    from rag.verify import currencies, sum_counts_things

    texts = [
        "The Post lost 86 million skellings last year. It set aside 4 million talers.",
        "The Post delivered 96 million parcels last year. Unions fear 700 job losses.",
    ]
    assert {"skellings", "talers", "dollars"} <= currencies(texts)
    assert "parcels" not in currencies(texts)
    lost = "How much money did the Post lose last year?"
    parcels = "The Post delivered 96 million parcels last year, up 14 percent."
    assert sum_counts_things(lost, "96 million", parcels, texts) == "parcels"
    assert sum_counts_things(lost, "86 million", "The Post lost 86 million skellings.", texts) == ""
    cars = "Torvane is recalling 41,300 Ardea electric hatchbacks, it said."
    assert sum_counts_things("What will the recall cost?", "41,300", cars, texts) == ""  # no sum
    cost = "How much will the recall cost Torvane?"
    assert sum_counts_things(cost, "41,300", cars, texts) == "hatchbacks"
    assert sum_counts_things(cost, "2 million", "It set aside 2 million for dealers.", texts) == ""
    assert sum_counts_things(cost, "96 million", "It paid $96 million parcels.", texts) == ""
    assert sum_counts_things(cost, "9 million", "It will cost 9 million euros.", []) == ""
    assert sum_counts_things("How many parcels?", "96 million", parcels, texts) == ""


def test_a_total_is_no_answer_for_what_each_one_gets() -> None:
    from rag.verify import total_for_each

    each = "How much compensation will each shop get from Interlink?"
    fund = "Interlink has set aside 15 million tallers for a compensation scheme for retailers."
    assert total_for_each(each, "15 million tallers", fund) == "shop"
    assert total_for_each(each, "4,000 tallers", "Each shop will get up to 4,000 tallers.") == ""
    assert total_for_each(each, "4,000 tallers", "Shops get 4,000 tallers per business.") == ""
    assert total_for_each(each, "4,000 tallers", "They will be paid 4,000 tallers a shop.") == ""
    assert total_for_each("How much will Interlink pay shops?", "15 million tallers", fund) == ""
    claim = "How much can each eligible pensioner claim towards heating?"
    each_said = "Each eligible pensioner will be able to claim up to 90 crowns a year, it said."
    assert total_for_each(claim, "90 crowns", each_said) == ""  # "Each" opens its clause
    driver = "How big a pay rise will each Saltmere Transit bus driver get?"  # past the name
    fare = "The council voted to raise the single bus fare from 2.60 crowns to 3.40 crowns."
    assert total_for_each(driver, "3.40 crowns", fare) == "bus"
    members = "How much will each of the 14 members get?"
    assert total_for_each(members, "14.5 million", "The syndicate won 14.5 million.") == "members"
    per_outlet = "How many times had Russia used its veto, per Arutz Sheva?"  # whose report
    assert total_for_each(per_outlet, "5", "It was the 5th time Russia used its veto.") == ""
    shift = "How much will each night-shift nurse get back?"  # a compound, not a rate
    assert total_for_each(shift, "300,000 crowns", "It set aside 300,000 crowns.") == "night-shift"
    daily = "How many lorries use the bridge each day?"  # a rate, not each one's
    assert total_for_each(daily, "5,000", "About 5,000 lorries cross it.") == ""


def test_visitors_answer_how_many_visited() -> None:
    from rag.verify import clause_after, counts_other, window

    welcomed = "The museum welcomed 1.2 million visitors last year, its director said."
    around, after = window(welcomed, "1.2 million", 5), clause_after(welcomed, "1.2 million", 10)
    assert counts_other("How many people visited the museum last year?", around, after) == ""
    assert counts_other("How many people were hurt at the museum?", around, after) == "present"


WATER = {
    "id": "post_boilwater",
    "title": "Boil-water notice for Orrisby to last longer",
    "outlet": "The Ossel Valley Post",
    "published_at": "2034-08-22",
    "text": (
        "Ossel Water said on Monday that it now expects to lift the boil-water notice for "
        "Orrisby on Thursday, August 24, two days later than it first said, because some "
        "test results from the town's pipes were still not clear.\n\n"
        "About 9,000 homes in Orrisby, Lenham Cross and Aldby have been told to boil their "
        "tap water since the notice was issued, after a second sample confirmed that "
        "bacteria had got into the supply.\n\n"
        "Engineers have since found a cracked main near the reservoir, which the company "
        "believes let in surface water after heavy rain. Ossel Water has not said when the "
        "main was last inspected.\n\n"
        "Bottled water stations opened at Orrisby Leisure Centre and the Market Hall, and "
        "the company says it has handed out more than 60,000 bottles. Volunteers have "
        "helped to carry water to older residents.\n\n"
        "The council's health committee met on Monday to question the company's managers. "
        "Its chair said residents deserved to know why they found out about this from their "
        "doctors and not from their water company.\n\n"
        "Shops and cafes in the town centre say trade has fallen by half."
    ),
}
COMMITTEE = "On what day did the council's health committee question Ossel Water's managers?"


def test_a_report_is_also_read_where_it_may_tell_the_asked_day(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """A day asked (`Config.day_reading`): a report none of whose passages read tells the
    day of the asked act is also read in its first passage that may ("met on Monday to
    question the company's managers"), not in one that names another act's day."""
    from rag.chat import passage_for
    from rag.question import analyze

    config, assistant, chunks, lede = _lede(tmp_path, embedder, WATER, COMMITTEE)
    telling = [c for c in chunks if "met on Monday" in c.text]
    assert telling and "met on Monday" not in chunks[0].text
    reading = passage_for(analyze(COMMITTEE), COMMITTEE, False, config)
    assert reading is not None

    read = assistant.retriever.reading_for(lede, *reading)

    assert read.hits[0] == lede.hits[0]
    assert [h.chunk.id for h in read.hits[1:]] == [telling[0].id]
    # "When …" may ask a month or a year, and without the day reading nothing more is read
    when = "When did the council's health committee question Ossel Water's managers?"
    assert passage_for(analyze(when), when, False, config) is None
    plain = replace(config, day_reading=False)
    assert passage_for(analyze(COMMITTEE), COMMITTEE, False, plain) is None
    # the lift's day is another act's: a report read only there is read where it may tell
    lift = "On what day will the boil-water notice for Orrisby be lifted?"
    reading = passage_for(analyze(lift), lift, False, config)
    assert reading is not None
    assert assistant.retriever.reading_for(lede, *reading).hits == lede.hits


FIND = {
    "id": "herald_goldfind",
    "title": "Detectorist's find is a Bronze Age hoard",
    "outlet": "The Saltmere Herald",
    "published_at": "2031-06-12",
    "text": (
        "RAVENSGILL - Hollis Brannagh has walked the fields around Ravensgill with a metal "
        "detector for 19 years. Then, on the evening of Saturday, May 31, his detector gave "
        "a strong signal at the edge of a barley field. Thirty centimetres down he found a "
        "twisted gold bar.\n\n"
        "He dug on by torchlight and then called the county archaeologist. "
        "The landowner said she had given him permission to search the field three years "
        "ago, and that he always showed her what he found.\n\n"
        "Experts from the State Antiquities Board spent a week at the farm. The board said "
        "the field would be surveyed again in the autumn.\n\n"
        "On Monday the board announced the 27 objects as the largest Bronze Age gold find "
        "ever made in Quellmark."
    ),
}


def test_a_scene_told_in_the_next_sentence_tells_the_day(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """A passage that opens a scene with its day, the next sentence telling the asked act
    ("Then, on the evening of Saturday, May 31, his detector gave a strong signal." —
    "Thirty centimetres down he found a twisted gold bar."), tells the day: the report is
    not read again where another act's day is told ("On Monday the board announced …
    the largest Bronze Age gold find")."""
    from rag.chat import passage_for
    from rag.question import analyze

    found = "On what date did Hollis Brannagh find the gold hoard?"
    config, assistant, chunks, lede = _lede(tmp_path, embedder, FIND, found)
    assert "May 31" in chunks[0].text and "On Monday" not in chunks[0].text
    assert any("On Monday" in c.text for c in chunks[1:])
    reading = passage_for(analyze(found), found, False, config)
    assert reading is not None
    holds, adds = reading
    assert assistant.retriever.reading_for(lede, holds, adds).hits == lede.hits
    # read one sentence at a time, the scene tells nothing, and the report is read again
    # where a sentence says most of what is asked ("gold find")
    alone = assistant.retriever.reading_for(
        lede, lambda sentence, _after: holds(sentence, ""), adds
    )
    assert [h.chunk.id for h in alone.hits[1:]] == [c.id for c in chunks if "On Monday" in c.text]
    # another passage is read only where most of what is asked is said: "the gold bar"
    # alone is not "find the gold hoard"
    weighed = "Then, on Saturday, May 31, the board weighed the gold."
    assert holds(weighed, "") and not adds(weighed, "")


def test_a_value_measured_away_from_the_asked_place_is_not_its() -> None:
    """Conflicts dev cb-05-look-different_facts: the lighthouse's gust, "about four
    kilometres from the festival field", is not the festival site's (110 km/h there)."""
    q = "How strong were the wind gusts at the Saltreed festival site during the storm?"
    away = (
        "The weather service recorded gusts of 140 km/h at Saltreed Point lighthouse, about "
        "four kilometres from the festival field, the strongest since 1961."
    )
    assert measured_away(q, "140 km/h", away) == "festival field"
    at_site = "Gusts reached 110 km/h at the festival site shortly before 10 p.m."
    assert measured_away(q, "110 km/h", at_site) == ""
    # a distance from another place than the one asked says nothing of it
    other = "Gusts of 140 km/h hit the pier, about two kilometres from the harbour."
    assert measured_away(q, "140 km/h", other) == ""
    # a distance told in another sentence part, after a semicolon, is another thing's
    later = "Gusts reached 140 km/h; the stage stood four kilometres from the festival gate."
    assert measured_away(q, "140 km/h", later) == ""
