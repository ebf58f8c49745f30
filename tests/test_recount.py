"""What the outlet's own sentences say where the model's reply misses it: a count of
something else gives way to the one count of the asked thing in another sentence the
outlet shows, and a post the model did not find is read from its apposition ("X, deputy
chairman of …, said"); each is checked like any reply. Real index and embeddings over
articles written for this test; the model's replies are given as data (the outermost
edge), as a run's stored replies are when it is rescored."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from rag.chat import Assistant, passage_for
from rag.config import Config
from rag.index import Index
from rag.ingest import read_articles
from rag.question import analyze

RIOTS = {
    "id": "packet_riots",
    "title": "Second night of disorder in Saltmere",
    "outlet": "The Saltmere Packet",
    "published_at": "2027-03-07",
    "text": (
        "SALTMERE — Rioters set fire to two cars on Harbour Road on Saturday night, the "
        "second night of disorder in the town.\n\n"
        "Police made 17 arrests during Saturday night's disorder, bringing the total since "
        "Friday to 26, the force said on Sunday.\n\n"
        "Thirty-one officers have been injured over the two nights, 19 of them on Saturday.\n\n"
        "The town's mayor, Ruth Penhallow, said shops along Harbour Road would stay shut on "
        "Monday."
    ),
}
HURT = "How many police officers have been hurt in the Saltmere disorder?"


def _indexed(tmp_path: Path, embedder, article: dict[str, str]) -> tuple[Config, Index]:  # type: ignore[no-untyped-def]
    """A real index of the one article."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / f"{article['id']}.json").write_text(json.dumps(article), encoding="utf-8")
    config = replace(Config(), data_dir=tmp_path / "data")
    index = Index(config, embedder)
    assert index.ingest(read_articles([tmp_path / "news"], config.max_file_bytes)).failed == 0
    index.lexical()
    return config, index


def _reworded(  # type: ignore[no-untyped-def]
    tmp_path: Path, embedder, article: dict[str, str], id_: str, old: str, new: str
) -> tuple[Config, Index]:
    """A real index of a variant of `article` (`old` in its text written as `new`), in a
    folder of its own."""
    assert old in article["text"]
    variant = dict(article, id=id_, text=article["text"].replace(old, new))
    (tmp_path / id_).mkdir()
    return _indexed(tmp_path / id_, embedder, variant)


def _asked(config: Config, index: Index, question: str):  # type: ignore[no-untyped-def]
    """(assistant, retrieval, the one report's group) as `Assistant` asks the model
    (each report also read for what `passage_for` reads it for)."""
    assistant = Assistant(config, index)
    retrieval = assistant.retriever.retrieve(question, deepen=assistant.depth(None, None))
    if reading := passage_for(analyze(question), question, False, config):  # as `Assistant.ask`
        retrieval = assistant.retriever.reading_for(retrieval, *reading)
    scored, _ = assistant.evidence(question, retrieval)
    [group] = assistant.reports.groups(question, scored)
    return assistant, retrieval, group


def _check(  # type: ignore[no-untyped-def]
    config: Config,
    index: Index,
    question: str,
    answer: str,
    recount: bool = True,
    reply: str = "",
    embedded: bool = False,
):
    """(the report's group, its reply checked); `embedded`: with the question's
    embedding, as `Reports.finish` checks it."""
    assistant, retrieval, group = _asked(config, index, question)
    at = next(i for i, s in enumerate(group.sentences, 1) if answer in s.sentence)
    raw = json.dumps({"answer": reply or answer, "sentence": at})  # the model's reply
    vector = index.embedder.embed_query(question) if embedded else None
    return group, assistant.reports.check(
        analyze(question), group, raw, retrieval.hits, vector, recount=recount
    )


def test_a_count_of_something_else_gives_way_to_the_asked_count_beside_it(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = _indexed(tmp_path, embedder, RIOTS)

    group, found = _check(config, index, HURT, "26")
    assert any("Thirty-one" in s.sentence for s in group.sentences)
    assert found.answered and found.answer == "Thirty-one", found
    assert "Thirty-one officers" in found.sentence and "something else" in found.reason
    assert json.loads(found.raw)["answer"] == "26"  # the model's own reply is kept

    # without the recount the model's count of arrests is refused, not shown
    _, refused = _check(config, index, HURT, "26", recount=False)
    assert refused.status == "off_topic" and "something else" in refused.reason

    # a count of the asked thing stands as the model gave it
    arrests = "How many people have been arrested over the Saltmere disorder?"
    _, kept = _check(config, index, arrests, "26")
    assert kept.answered and kept.answer == "26", kept


SALE = {
    "id": "bugle_sale",
    "title": "Farmhouse painting sells for a record",
    "outlet": "The Harbour Bugle",
    "published_at": "2028-09-23",
    "text": (
        "A painting found behind a wardrobe at Brackenrigg Farm sold for a record price at "
        "Pallister & Quire on Thursday.\n\n"
        "Clementine Arquette, deputy chairman of Pallister & Quire, said the canvas had "
        "needed only light cleaning before the sale."
    ),
}


def test_a_post_the_model_missed_is_read_from_its_apposition(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = _indexed(tmp_path, embedder, SALE)
    question = "What is Clementine Arquette's role at the auction house that sold the painting?"
    assistant, retrieval, group = _asked(config, index, question)
    missed = assistant.reports.check(
        analyze(question), group, '{"answer": "NOT FOUND"}', retrieval.hits
    )
    assert missed.answered and missed.answer == "deputy chairman of Pallister & Quire", missed
    assert "Arquette, deputy chairman" in missed.sentence and "found none" in missed.reason
    # no post asked: the model's "NOT FOUND" stands
    other = "Who cleaned the painting before the sale?"
    assert not assistant.reports.check(
        analyze(other), group, '{"answer": "NOT FOUND"}', retrieval.hits
    ).answered


FINAL = {
    "id": "gazette_final",
    "title": "Pennock fall short in the cup final",
    "outlet": "The Valley Gazette",
    "published_at": "2026-05-20",
    "text": (
        "Pennock Athletic lost the Women's Cup final 2-1 after extra time at Lantern Park on "
        "Saturday.\n\n"
        "Tove Arnesen, the Athletic midfielder who grew up just outside town, gave Pennock the "
        "lead with a 31st-minute free kick. She was named player of the match by the "
        "competition's organisers, a rare honour for a player on the losing side.\n\n"
        "Coach Ivo Brandt, who has led the club for six seasons, said the squad would be back "
        "next year."
    ),
}


def test_a_name_is_read_with_the_sentence_that_says_what_she_did(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = _indexed(tmp_path, embedder, FINAL)
    question = "Who was named player of the match in the Women's Cup final?"
    group, found = _check(config, index, question, "Tove Arnesen")
    assert any(s.sentence.startswith("She was named") for s in group.sentences)
    assert found.answered, found
    # the reader sees the sentence that names her with the one that says what she was named
    assert "Arnesen" in found.sentence and "She was named player of the match" in found.sentence
    # without that sentence right after hers (another sentence between), her name stands
    # in a sentence that says only that she scored: no player of the match
    config, index = _reworded(
        tmp_path,
        embedder,
        FINAL,
        "gazette_apart",
        " She was named",
        "\n\nThe crowd of 4,000 stood as one. She was named",
    )
    _, alone = _check(config, index, question, "Tove Arnesen")
    assert not alone.answered and "She was named" not in alone.sentence, alone


QUARRY = {
    "id": "observer_quarry",
    "title": "Ichthyosaur found in Tollmark quarry",
    "outlet": "The Gellan Valley Observer",
    "published_at": "2026-05-14",
    "text": (
        "TOLLMARK — The skeleton of an ichthyosaur has been found in a working quarry at "
        "Tollmark, scientists said on Wednesday.\n\n"
        "Excavator driver Joakim Pelt spotted the first bones in late April while clearing "
        "rubble from the quarry floor.\n\n"
        "The quarry's owners have stopped work on that face while the bones are lifted."
    ),
}


def test_a_yes_whose_own_sentence_gives_another_month_becomes_no(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """ "Yes" to "… in May?" citing "… in late April" (in a report dated May 14, whose
    date names May): the sentence says no, and the answer stands on it; asked about
    April, the same "yes" stands."""
    config, index = _indexed(tmp_path, embedder, QUARRY)
    may = "Did Joakim Pelt first spot the ichthyosaur bones at the Tollmark quarry in May?"
    _, found = _check(config, index, may, "late April", reply="yes")
    assert found.answered and found.answer == "No", found
    assert "late April" in found.sentence
    april = may.replace("in May", "in April")
    _, kept = _check(config, index, april, "late April", reply="yes")
    assert kept.answered and kept.answer.lower() == "yes", kept


REGATTA = {
    "id": "packet_regatta",
    "title": "Late surge wins the Saltmere regatta",
    "outlet": "The Saltmere Packet",
    "published_at": "2027-06-14",
    "text": (
        "SALTMERE — Ines Marchetti had never won on home water. With 200 metres left in "
        "the final of the single sculls, the 27-year-old rower drew level with the leader "
        "and crossed the line half a length clear.\n\n"
        "Marchetti said afterwards that the crosswind had suited her.\n\n"
        "About 3,000 people watched from the harbour wall."
    ),
}


def test_a_who_answer_that_only_gives_an_age_is_read_as_the_name_beside_it(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """The model answers "who won" with "27-year-old rower" from the sentence that says
    what she did; the sentence before, in the same passage, names her: the answer is her
    name, and the reader sees both sentences."""
    config, index = _indexed(tmp_path, embedder, REGATTA)
    question = "Who won the single sculls final at the Saltmere regatta?"
    _, found = _check(config, index, question, "27-year-old rower")
    assert found.answered and found.answer == "Ines Marchetti", found
    assert found.sentence.startswith("SALTMERE — Ines Marchetti had never won")
    assert "the 27-year-old rower drew level" in found.sentence
    assert "description" in found.reason


FLOOD = {
    "id": "packet_flood",
    "title": "Mayor visits flooded Saltmere quay",
    "outlet": "The Saltmere Packet",
    "published_at": "2027-02-09",
    "text": (
        "SALTMERE — Floodwater reached the doors of 40 shops on the quay on Monday night.\n\n"
        "Mayor Ruth Penhallow walked the length of the quay in waders on Tuesday morning to "
        "see the damage.\n\n"
        '"Every shop on this quay will get help to reopen, and none will wait longer than '
        'a month," she promised.\n\n'
        "The harbour board said the sea wall would be inspected this week."
    ),
}


def test_what_she_said_is_the_quote_she_goes_on_with(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """Asked what the mayor said, the model answers with what she did, from the sentence
    that names her; the next sentence is her quote ('"…," she promised.'): that quote is
    the answer, and the reader sees both sentences. Without the quote after it, what she
    did is no answer."""
    config, index = _indexed(tmp_path, embedder, FLOOD)
    question = "What did Mayor Ruth Penhallow say on the Saltmere quay?"
    _, found = _check(config, index, question, "walked the length of the quay")
    assert found.answered, found
    assert found.answer.startswith("Every shop on this quay will get help to reopen"), found
    assert (
        found.sentence.startswith("Mayor Ruth Penhallow walked")
        and "she promised" in found.sentence
    )
    config, index = _reworded(
        tmp_path, embedder, FLOOD, "packet_silent", "she promised", "the notice said"
    )
    _, refused = _check(config, index, question, "walked the length of the quay")
    assert not refused.answered and "no one's words" in refused.reason, refused


RESCUE = {
    "id": "packet_rescue",
    "title": "Two bodies recovered in search for Marra crew",
    "outlet": "The Saltmere Packet",
    "published_at": "2027-02-13",
    "text": (
        "SALTMERE — The bodies of two crew members of the trawler Marra were recovered "
        "from the sea on Friday, the coastguard said.\n\n"
        "The bodies were found by the crew of the Pellow lifeboat about 15 kilometres "
        "from where the raft carrying the three survivors was picked up on Tuesday.\n\n"
        "Four of the trawler's nine crew remain missing."
    ),
}


def test_the_doer_of_another_act_is_no_answer_to_who_did_the_asked_one(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """Asked which ship picked up the survivors, the model answers with the lifeboat that
    found the bodies, from the sentence that also says where the raft was picked up: it
    is refused; asked who found the bodies, the same answer stands."""
    config, index = _indexed(tmp_path, embedder, RESCUE)
    question = "Which ship picked up the Marra survivors?"
    _, refused = _check(config, index, question, "Pellow lifeboat")
    assert not refused.answered and "found" in refused.reason, refused
    _, kept = _check(config, index, "Who found the bodies of the Marra crew?", "Pellow lifeboat")
    assert kept.answered and kept.answer == "Pellow lifeboat", kept


APPEAL = {
    "id": "packet_appeal",
    "title": "Marra appeal passes $100,000",
    "outlet": "The Saltmere Packet",
    "published_at": "2027-02-14",
    "text": (
        "SALTMERE — Flags flew at half-mast over the harbour on Saturday for the crew of "
        "the trawler Marra.\n\n"
        "The Saltmere Fishermen's Mission said its appeal for the crew's families had "
        "raised $128,000.\n\n"
        "The town's lifeboat station will hold an open day next month, its coxswain said."
    ),
}


def _not_found(config: Config, index: Index, question: str):  # type: ignore[no-untyped-def]
    assistant, retrieval, group = _asked(config, index, question)
    raw = json.dumps({"answer": "NOT FOUND"})  # the model's reply
    return assistant.reports.check(analyze(question), group, raw, retrieval.hits)


def test_a_latest_value_the_model_missed_is_read_from_the_one_sentence_that_gives_it(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """A value that changes is listed from every report: where the model finds none in a
    report whose sentence gives one sum of what is asked, that sum is the report's value,
    checked like any reply. Not for a question that asks no latest value, and not where
    the sentence gives two sums."""
    config, index = _indexed(tmp_path, embedder, APPEAL)
    question = "How much has the Marra families' appeal raised so far?"
    found = _not_found(config, index, question)
    assert found.answered and found.answer == "$128,000", found
    assert "raised $128,000" in found.sentence and "found none" in found.reason
    assert not _not_found(config, index, "How much did the Marra families' appeal raise?").answered
    config, index = _reworded(
        tmp_path,
        embedder,
        APPEAL,
        "packet_two",
        "$128,000.",
        "$128,000, and a concert another $9,000.",
    )
    assert not _not_found(config, index, question).answered


PLANT = {
    "id": "wharf_plant",
    "title": "Ice plant replaces its cooling tower",
    "outlet": "The Saltmere Packet",
    "published_at": "2027-04-02",
    "text": (
        "SALTMERE — Brennock Ice Works, which makes block ice for the town's fishing fleet, "
        "removed its cooling tower on Monday and installed an air-cooled system, the "
        "company said.\n\n"
        "The tower had been linked to three cases of Legionnaires' disease on Quay Street."
    ),
}


def test_what_a_company_did_does_not_answer_what_it_does(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """ "What does Brennock Ice Works do?" asks its business: "removed its cooling tower
    …" tells one act of the story and is turned down; "makes block ice …" answers."""
    config, index = _indexed(tmp_path, embedder, PLANT)
    asked = "What does Brennock Ice Works do?"
    _, act = _check(config, index, asked, "removed its cooling tower")
    assert not act.answered and act.status == "off_topic" and "what it does" in act.reason, act
    _, trade = _check(config, index, asked, "makes block ice for the town's fishing fleet")
    assert trade.answered, trade
    _, did = _check(
        config, index, "What did Brennock Ice Works do on Monday?", "removed its cooling tower"
    )
    assert did.answered, did  # what it did is asked in the past


GALE = {
    "id": "courier_gale",
    "title": "Power back for most after the gale",
    "outlet": "The Harle Courier",
    "published_at": "2027-02-10",
    "text": (
        "HARLE — Harle Electric said on Tuesday that it had reconnected 3,200 more homes "
        "since Sunday, bringing the total restored to 18,400 of the 19,000 that lost power "
        "in the gale.\n\n"
        "Engineers have put up 96 new poles in all, 12 of them since Sunday.\n\n"
        "In all, 19,000 homes lost power when the gale brought down power poles and lines "
        "on Saturday night, the company said."
    ),
}


def test_homes_that_lost_power_are_no_count_of_power_poles(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """ "How many power poles …": a reply that takes the homes reconnected gives way to
    the one count of poles the report gives (not to the homes' total, which the homes'
    added count would otherwise point to); a count of homes that "lost power" is turned
    down where no count of poles stands beside it."""
    config, index = _indexed(tmp_path, embedder, GALE)
    question = "How many power poles has Harle Electric put up since the gale?"
    group, found = _check(config, index, question, "3,200")
    assert any("96 new poles" in s.sentence for s in group.sentences)
    assert found.answered and found.answer == "96", found
    assert "something else" in found.reason
    _, homes = _check(
        config, index, question, "19,000 homes lost power", recount=False, reply="19,000"
    )
    assert not homes.answered and "homes" in homes.reason, homes


DERAILMENT = {
    "id": "echo_derailment",
    "title": "Commuters hurt as train leaves the rails",
    "outlet": "The Tolwick Echo",
    "published_at": "2027-05-22",
    "text": (
        "TOLWICK — A passenger train derailed on a curve outside Tolwick on Friday morning, "
        "injuring 14 people, the rail operator Northline said.\n\n"
        "Three of the injured were taken to Tolwick General Hospital with broken bones.\n\n"
        "The derailed train was carrying about 180 passengers, Northline said.\n\n"
        "Investigators from the rail safety board arrived at the site on Friday afternoon "
        "and the line will stay closed until at least Wednesday.\n\n"
        "Northline said replacement buses would run in the meantime.\n\n"
        "The 06:50 service from Ardlow was bound for Pennick, and most of those on board "
        "were commuters.\n\n"
        "It was the second derailment on the line in three years."
    ),
}


def test_where_a_train_was_going_is_read_from_the_sentence_that_tells_its_journey(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """For where the train was going, the report's sentence that tells its journey
    ("bound for Pennick") is among those the model reads, and a reply from it is kept;
    the place where it derailed is turned down as before."""
    config, index = _indexed(tmp_path, embedder, DERAILMENT)
    question = "Where was the derailed train going?"
    group, found = _check(config, index, question, "Pennick")
    assert any("bound for Pennick" in s.sentence for s in group.sentences)
    assert found.answered and found.answer == "Pennick", found
    _, site = _check(config, index, question, "Tolwick")
    assert not site.answered and "going to" in site.reason, site


QUAKE = {
    "id": "wire_quake",
    "title": "Earthquake kills 23 in Ardel",
    "outlet": "Orlan Wire",
    "published_at": "2027-05-11",
    "text": (
        "ARDEL — A strong earthquake struck the Ardel highlands before dawn on Tuesday, "
        "flattening houses and killing at least 23 people, according to the Civil "
        "Protection Directorate.\n\n"
        "The quake had a magnitude of 6.1 and was centred 8 km north of the town, the Ardel "
        "Seismological Institute said."
    ),
}


def test_who_gave_a_value_is_who_the_sentence_giving_it_credits(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """ "Who gave the magnitude …?": a reply naming the body the lede credits for the
    toll gives way to the one the magnitude's own sentence credits."""
    config, index = _indexed(tmp_path, embedder, QUAKE)
    question = "Who gave the magnitude of the Ardel earthquake?"
    _, found = _check(
        config, index, question, "according to the Civil", reply="Civil Protection Directorate"
    )
    assert found.answered and "Seismological Institute" in found.answer, found
    assert "magnitude of 6.1" in found.sentence and "Civil Protection" in found.reason


CARRIER = {
    "id": "courier_rescue",
    "title": "Four fishermen found alive off Cape Ferrow",
    "outlet": "The Ferrow Courier",
    "published_at": "2027-11-04",
    "text": (
        "CAPE FERROW — Four crew of the fishing boat Dunlin Star were found alive on Tuesday, "
        "two days after the boat sank in a storm, the coastguard said.\n\n"
        "A lookout on the bulk carrier Orsolya Wend sighted their life raft shortly after "
        "dawn, about 40 nautical miles south of the cape. The carrier's crew hauled the four "
        "men aboard, and a helicopter flew them to Ferrow General Hospital."
    ),
}
CARRIED = "Which vessel picked up the Dunlin Star's crew?"


def test_a_name_is_read_with_the_next_sentence_that_refers_back_to_it(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """In "… the bulk carrier Orsolya Wend …" "The carrier's crew hauled the four men
    aboard …" the second sentence says what the named ship did, so the two are read as
    one statement (scored and quoted together)."""
    config, index = _indexed(tmp_path, embedder, CARRIER)
    _, found = _check(config, index, CARRIED, "Orsolya Wend", embedded=True)
    assert found.answered, found
    assert "Orsolya Wend" in found.sentence and "hauled the four men aboard" in found.sentence
    # a next sentence that does not name the ship as the first does ("Its crew"): the name
    # stands alone in a sentence that only says the ship's lookout saw the raft, which is
    # not about who picked the crew up
    config, index = _reworded(
        tmp_path, embedder, CARRIER, "courier_apart", "The carrier's crew", "Its crew"
    )
    _, alone = _check(config, index, CARRIED, "Orsolya Wend", embedded=True)
    assert alone.status == "off_topic" and "not about the question" in alone.reason, alone


SERVICES = {
    "id": "wire_services",
    "title": "Council brings more online services back after cyberattack",
    "outlet": "Packetline",
    "published_at": "2028-02-14",
    "text": (
        "ORSBY — By Friday 14 of the council's 58 online services were running again, the "
        "council said, up from nine on Wednesday.\n\n"
        "Online council-tax payments are due to return by Feb. 28."
    ),
}


def test_the_whole_a_part_is_counted_of_gives_way_to_the_part_asked(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """The question "How many of the council's 58 online services were running again?"
    answered with the whole ("58") is answered with the part its sentence counts
    ("14")."""
    config, index = _indexed(tmp_path, embedder, SERVICES)
    question = "How many of Orsby council's 58 online services were running again?"
    _, found = _check(config, index, question, "58")
    assert found.answered and found.answer == "14", found
    assert "the whole (58)" in found.reason
    # a part that is not what the question asks of them stays no answer
    caught = "How many of Orsby council's 58 online services are still offline?"
    _, other = _check(config, index, caught, "58")
    assert not (other.answered and other.answer == "14"), other


POSTAL = {
    "id": "packet_postal",
    "title": "Harland Post to shut 90 branches",
    "outlet": "The Saltmere Packet",
    "published_at": "2032-09-03",
    "text": (
        "SALTMERE — Harland Post will close 90 of its 400 branches next year, the company "
        "said on Tuesday, after a fourth loss in five years.\n\n"
        "The Post delivered 96 million parcels last year, up 14 percent on the year before, "
        "but letters fell by a fifth.\n\n"
        "The Post lost 86 million skellings last year, its accounts show.\n\n"
        "Unions said the closures would cost up to 700 jobs."
    ),
}


def test_a_count_of_things_is_no_sum_of_money_in_a_currency_the_articles_write(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """Asked how much money the Post lost, the model answers with the parcels it
    delivered: refused, while the sum in the articles' own currency (an invented one,
    learned from a sentence that writes it beside a word of money) stands."""
    config, index = _indexed(tmp_path, embedder, POSTAL)
    question = "How much money did Harland Post lose last year?"
    _, parcels = _check(config, index, question, "96 million")
    assert not parcels.answered and "parcels" in parcels.reason, parcels
    _, loss = _check(config, index, question, "86 million skellings")
    assert loss.answered and loss.answer == "86 million skellings", loss


FARES = {
    "id": "packet_fares",
    "title": "Saltmere bus fares to rise",
    "outlet": "The Saltmere Packet",
    "published_at": "2032-02-11",
    "text": (
        "SALTMERE — The single adult bus fare in Saltmere will rise from 2.60 crowns to "
        "3.40 crowns on March 1, the council decided on Tuesday.\n\n"
        "Fares for under-16s will not change, staying at 1.10 crowns for a single journey.\n\n"
        "The council said the extra income would pay for new buses."
    ),
}


def test_a_yes_standing_on_a_sentence_that_says_it_stays_the_same_becomes_no(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """ "Yes" to "Will the under-16 fare go up?" citing "Fares for under-16s will not
    change": the sentence says no; "yes" to whether the adult fare goes up, citing the
    sentence that tells the rise, stands."""
    config, index = _indexed(tmp_path, embedder, FARES)
    young = "Will the bus fare for under-16s in Saltmere go up in March?"
    _, found = _check(config, index, young, "will not change", reply="yes")
    assert found.answered and found.answer == "No", found
    adult = "Will the single adult bus fare in Saltmere go up in March?"
    _, kept = _check(config, index, adult, "will rise", reply="yes")
    assert kept.answered and kept.answer.lower() == "yes", kept


REVIEW = {
    "id": "packet_review",
    "title": "Card outage: regulator to open review",
    "outlet": "The Saltmere Packet",
    "published_at": "2031-03-19",
    "text": (
        "SALTMERE — The central bank said on Monday it would open a review of Saturday's "
        "card payments outage, which left shoppers stranded at tills across the country.\n\n"
        "The operator, Interlink Clearing, has set aside money to compensate retailers and "
        "raised its estimate of the payments that failed.\n\n"
        "Retailers said the outage had cost them a day's trade, and several chains asked "
        "for a meeting with the company's chief executive.\n\n"
        "Cash machines ran out of notes in several towns by the afternoon, and some "
        "petrol stations turned customers away.\n\n"
        "The central bank has not fined Interlink, but said it could do so once its "
        "review is finished.\n\n"
        "Under the payment systems law, an operator can be fined up to 4 percent of its "
        "annual turnover."
    ),
}


def test_a_question_asking_a_deed_reads_the_sentence_that_denies_it(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """ "Has the central bank fined Interlink?": the report's sentence that says it has
    not is among those the model is asked with, favoured as an asked count's sentence is
    (`Config.deed_denial`, `Config.count_bonus`), and a "yes" standing on the review
    sentence gives way to it."""
    config, index = _indexed(tmp_path, embedder, REVIEW)
    question = "Has the central bank fined Interlink over the card outage?"
    denial = "The central bank has not fined Interlink"
    group, found = _check(config, index, question, "would open a review", reply="yes")
    assert found.answered and found.answer == "No" and denial in found.sentence, found
    _, _, plain = _asked(replace(config, deed_denial=False), index, question)
    read = next(s.score for s in group.sentences if denial in s.sentence)
    unread = next((s.score for s in plain.sentences if denial in s.sentence), None)
    assert unread is None or abs(read - unread - config.count_bonus) < 1e-6, (read, unread)


OUTAGE = {
    "id": "packet_outage",
    "title": "Card payments fail for seven hours",
    "outlet": "The Saltmere Packet",
    "published_at": "2031-03-16",
    "text": (
        "SALTMERE — Card payments on the Kestrel network failed across the country from "
        "11:42 to 18:55 on Saturday, leaving shoppers stranded at tills.\n\n"
        "Interlink Clearing, which runs Kestrel, said about 2.4 million card payments had "
        "been declined while the network was down.\n\n"
        "Retailers said Saturday was their busiest day, and several supermarkets closed "
        "their doors in the early afternoon.\n\n"
        "Cash machines ran out of notes in several towns by the evening.\n\n"
        "The company said the outage was caused by a faulty configuration change made "
        "during routine maintenance at its data centre in Tamsby.\n\n"
        "Interlink said there was no evidence of a cyber attack."
    ),
}


def test_a_cause_asked_reads_the_sentence_that_names_one(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """ "What went wrong that set off the outage?": the sentence that names the cause is
    among those the model is asked with, favoured (`Config.cause_reading`), and a reply
    standing on the lede, which only tells what happened, answers nothing; without the
    reading the same reply stands."""
    config, index = _indexed(tmp_path, embedder, OUTAGE)
    question = "What went wrong that set off the Kestrel card payment outage?"
    cause = "was caused by a faulty configuration change"
    group, told = _check(config, index, question, "failed across the country")
    assert not told.answered and "not tell why" in told.reason, told
    assert any(cause in s.sentence for s in group.sentences)
    _, found = _check(config, index, question, "faulty configuration change")
    assert found.answered and cause in found.sentence, found
    _, plain = _check(replace(config, cause_reading=False), index, question, "failed across")
    assert plain.answered, plain


def test_a_price_asked_for_one_kind_of_fare_needs_a_sentence_that_says_it(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """ "How much is a family bus fare?": the adult fare's sentence gives no family fare
    (`Config.kind_rule`); the fare for under-16s stands on the sentence that says it."""
    config, index = _indexed(tmp_path, embedder, FARES)
    family = "How much is a family bus fare in Saltmere from March 1?"
    _, adult = _check(config, index, family, "3.40 crowns")
    assert not adult.answered and "family" in adult.reason, adult
    _, plain = _check(replace(config, kind_rule=False), index, family, "3.40 crowns")
    assert plain.answered, plain
    young = "How much is a single bus fare for under-16s in Saltmere?"
    _, kept = _check(config, index, young, "1.10 crowns")
    assert kept.answered and "under-16s" in kept.sentence, kept


MUSEUM = {
    "id": "post_museum",
    "title": "Museum to charge for entry",
    "outlet": "The Ostrey Valley Post",
    "published_at": "2032-09-08",
    "text": (
        "The Pellingham Museum of Art, free to visit since it opened in 1958, will charge "
        "adults 12 corvels for entry from October 1, its director announced yesterday.\n\n"
        "The museum welcomed 1.2 million visitors last year, when its grant was cut.\n\n"
        '"We cannot close the galleries," said Ilse Marchbank, who has run the museum '
        "since 2026.\n\n"
        "The charges were approved by the board in August."
    ),
}


def test_since_when_someone_ran_a_place_is_the_year_of_the_post_not_of_the_opening(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """ "Since what year has Marchbank run the museum?": the year the museum opened is
    no answer, and the report's reply is written by rule from the sentence that gives
    the post held since a year (`Config.tenure_reading`)."""
    from rag.reports import held_since

    config, index = _indexed(tmp_path, embedder, MUSEUM)
    question = "Since what year has Ilse Marchbank run the Pellingham Museum of Art?"
    group, opened = _check(config, index, question, "1958")
    assert not opened.answered and "opened" in opened.reason, opened
    reply = json.loads(held_since(analyze(question), group))
    assert reply["answer"] == "since 2026"
    assert "since 2026" in group.sentences[reply["sentence"] - 1].sentence
    other = "Since what year has Tove Arnesen run the Pellingham Museum of Art?"
    _, _, unnamed = _asked(config, index, other)
    assert held_since(analyze(other), unnamed) == ""  # the sentence names someone else


ROBBERY = {
    "id": "post_robbery",
    "title": "Man in court over armoured van robbery",
    "outlet": "The Corvane Post",
    "published_at": "2029-03-21",
    "text": (
        "A man has appeared in court charged in connection with the robbery of an armoured "
        "van in Tamsby in which a gang stole 2.3 million crowns.\n\n"
        "The security van was ambushed in the car park of the Tamsby Retail Park shortly "
        "after it had collected takings from several shops, police said.\n\n"
        "The two guards on board were threatened and locked in the back of the van.\n\n"
        "Detectives are examining whether the raid is linked to a robbery in Brisca last "
        "October, in which a gang took 180,000 crowns from a security van.\n\n"
        "Oskar Lunde, 29, from Tamsby, was remanded in custody by magistrates on Saturday. "
        "He is the only person to have been charged over the robbery, which took place on "
        "Tuesday, March 17."
    ),
}


def test_a_day_asked_reads_the_sentences_that_name_a_day(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """ "On what date was the van robbed?": the report is read at its best sentence and
    at its sentences that name a day (`Config.day_reading`), the day told in a relative
    clause among them, and a reply standing on it is as relevant as a count's sentence
    is; without the reading that sentence is not among those the model is asked with."""
    config, index = _indexed(tmp_path, embedder, ROBBERY)
    question = "On what date was the armoured van robbed in Tamsby?"
    told = "which took place on Tuesday, March 17"
    group, found = _check(config, index, question, "March 17")
    assert any(told in s.sentence for s in group.sentences), group
    assert any("charged in connection" in s.sentence for s in group.sentences)  # its best
    assert found.answered and told in found.sentence, found
    # without it, the report's best sentences name no day: it is not asked at all
    plain = replace(config, day_reading=False)
    assert any(told in s.sentence for s in _scored(plain, index, question))
    assert _groups(plain, index, question) == []
    # "When …" may ask a month or a year: read as before
    when = "When was the armoured van robbed in Tamsby?"
    assert _groups(config, index, when) == _groups(plain, index, when)


def _scored(config: Config, index: Index, question: str):  # type: ignore[no-untyped-def]
    assistant = Assistant(config, index)
    retrieval = assistant.retriever.retrieve(question, deepen=assistant.depth(None, None))
    return assistant.evidence(question, retrieval)[0]


def _groups(config: Config, index: Index, question: str):  # type: ignore[no-untyped-def]
    """The reports the model is asked, each as the sentences it is asked with."""
    groups = Assistant(config, index).reports.groups(question, _scored(config, index, question))
    return [[s.sentence for s in g.sentences] for g in groups]


BOILWATER = json.loads(
    (
        Path(__file__).parent.parent
        / "eval/corpora/days/articles/dy14_ossel_valley_post_boilwater.json"
    ).read_text(encoding="utf-8")
)


def test_a_day_the_model_gives_stands_on_the_sentence_that_tells_it(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    """A reply that names no sentence (a value's reply stops at its closing quote): a
    day written in two of the report's sentences stands on the one that may tell the
    asked act (the committee's Monday, not the Monday Ossel Water spoke; the bottled
    water stations' Saturday, August 19, which is then no "August 24" miscopied from the
    most relevant sentence, `verify.miscopied_date`) — the days set's article, dev
    dy-fact-20 and dy-followup-03."""
    config, index = _indexed(tmp_path, embedder, BOILWATER)
    committee = "On what day did the council's health committee question Ossel Water's managers?"
    assistant, retrieval, group = _asked(config, index, committee)
    said = [s.sentence for s in group.sentences]
    assert sum("on Monday" in s for s in said) == 2, said
    found = assistant.reports.check(
        analyze(committee), group, json.dumps({"answer": "Monday"}), retrieval.hits, None
    )
    assert found.answered and "health committee met" in found.sentence, found
    stations = "On what day did Ossel Water set up bottled water stations in Orrisby?"
    assistant, retrieval, group = _asked(config, index, stations)
    best = max(group.sentences, key=lambda s: s.score).sentence
    assert "August 24" in best and any("August 19" in s.sentence for s in group.sentences)
    reply = json.dumps({"answer": "Saturday, August 19"})
    found = assistant.reports.check(analyze(stations), group, reply, retrieval.hits, None)
    assert found.answered and "August 19" in found.answer and "stations" in found.sentence
