"""Verification and comparison, model-free: the checks every answer passes through.

The perturbation test builds claims from the gold sets' answers and evidence
sentences and swaps one name, number, date or place for another of the same article
(`eval.perturb`); the verifier must accept the gold claims and reject the swaps.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eval import dataset, perturb
from rag.compare import Rules, number_of, same_value, slot_label
from rag.config import Config
from rag.extract import parse
from rag.ingest import read_articles
from rag.types import Article, Extraction
from rag.verify import checkable, described, fits_kind, locate, missing_names

SHARE = Config().claim_word_share


def _claims() -> list[perturb.Claim]:
    out = []
    for name in ("seeds", "newsroom", "heldout", "conflicts", "timeline"):
        gold, corpus = dataset.SETS[name]
        if not gold.is_file():
            continue
        texts = {a.id: a.text for a in read_articles([corpus], 10**8) if isinstance(a, Article)}
        out += perturb.claims(dataset.load(gold), texts)
    return out


def test_verifier_rejects_swapped_names_numbers_dates_and_places() -> None:
    claims = _claims()
    gold = [c for c in claims if not c.perturbed]
    swapped = [c for c in claims if c.perturbed]
    assert len(swapped) >= 100 and len(gold) >= 100
    accepted = [c for c in gold if locate(c.text, [c.sentence], 0, SHARE) is not None]
    rejected = [c for c in swapped if locate(c.text, [c.sentence], 0, SHARE) is None]
    missed = [(c.case_id, c.swapped) for c in swapped if c not in rejected][:10]
    assert len(rejected) / len(swapped) >= 0.95, missed
    assert len(accepted) / len(gold) >= 0.95


@pytest.mark.parametrize(
    ("raw", "answer", "number"),
    [
        ('{"answer": "Fyodor Lukyanov", "sentence": 2}', "Fyodor Lukyanov", 2),
        ('{"answer": "NOT FOUND", "sentence": 0}', "", 0),
        ('{"answer": "12 civilians", "sent', "12 civilians", 0),  # cut short
        ("Lukyanov", "Lukyanov", 0),  # a hosted model that ignored the schema
        ('{"answer": "a\\nb", "sentence": "x"}', "a b", 0),
    ],
)
def test_parse_reads_replies_and_their_failures(raw: str, answer: str, number: int) -> None:
    assert parse(raw) == (answer, number)


@given(st.text(max_size=300))
def test_parse_never_raises(raw: str) -> None:
    answer, number = parse(raw)
    assert isinstance(answer, str) and isinstance(number, int) and "\n" not in answer


def test_checkable_items_are_names_numbers_and_dates() -> None:
    items = checkable("Russian analyst Fyodor Lukyanov said the fifth veto came on Oct. 8.")
    assert {"lukyanov", "5", "8"} <= items and "said" not in items


def test_answer_kinds() -> None:
    assert fits_kind("number", "a dozen") and fits_kind("number", "12 civilians")
    assert not fits_kind("number", "Arutz Sheva")
    assert fits_kind("date", "October 19") and fits_kind("date", "on Tuesday")
    assert not fits_kind("date", "Hollande")
    # "what time was it when she spotted it?": a time of day is a "when" answer
    assert fits_kind("date", "6 a.m.") and fits_kind("date", "14:20") and fits_kind("date", "7pm")
    assert not fits_kind("date", "6 apples") and not fits_kind("date", "3.5 metres")
    assert fits_kind("yesno", "Yes") and not fits_kind("yesno", "maybe")
    assert fits_kind("person", "Dr. Imogen Farrant") and fits_kind("person", "a 34-year-old man")
    assert not fits_kind("person", "Dr.") and not fits_kind("person", "the President")
    # a post is whose, not who: "Ostvale Health Board's chief negotiator"
    assert not fits_kind("person", "Ostvale Health Board's chief negotiator")
    assert fits_kind("person", "Clara Dunstable, the board's chief negotiator")
    assert fits_kind("person", "St. Aldric's Hospital")  # a name (here for "who treated them?")
    from rag.verify import names_the_asked

    side = "Who was leading the health board's side in the talks?"
    assert names_the_asked(side, "Ostvale Health Board")  # the board itself, not who led it
    assert not names_the_asked(side, "Clara Dunstable")
    assert not names_the_asked("Who treated the crew?", "Tarrowby Harbour Hospital")


def test_a_question_about_someone_the_passage_never_names_is_off_topic() -> None:
    passage = "Newsmax 2016-10-11 Putin cancels. Peskov said the events dropped out."
    assert missing_names("What did Angela Merkel say about it?", passage) == ["Angela Merkel"]
    assert missing_names("What did Peskov say, according to Newsmax?", passage) == []
    assert missing_names("According to CNN, what did Peskov say?", passage, ["CNN"]) == []
    # a title is no name: "Rep. Patrick McHenry" is named where "McHenry" is
    speaker = "Fortune 2023-10-20 McHenry himself has brushed off attempts to take the job."
    assert missing_names("Does the article say 'Rep. Patrick McHenry' wants it?", speaker) == []
    assert any("Ana Ruiz" in gone for gone in missing_names("Did Sen. Ana Ruiz vote?", speaker))
    # a country's short form names its people ("U.S." for "American"), and no more
    kerry = "echoing a similar call by U.S. Secretary of State John Kerry"
    assert missing_names("Did any American official make a similar call?", kerry) == []
    assert missing_names("Did a British minister reply?", "the U.K. minister said") == []
    assert missing_names("Did any American official call?", "the French minister told us") == [
        "American"
    ]
    # a name's possessive is no word of it: the "s" of "festival's" names no one
    role = "What is Maja Lindholt's role at the festival?"
    assert missing_names(role, "By Sunday the festival's stage was gone.") == ["Maja Lindholt's"]
    assert missing_names(role, "Maja Lindholt, the festival's head of safety, said.") == []
    # initials are no name of their own: "A.J. Dillon" is named where "Dillon" is
    dillon = "Did the article about A.J. Dillon's catch report a first down?"
    assert missing_names(dillon, "Love hits Dillon in the flat for a first down.") == []
    assert missing_names(dillon, "Love hits Jones in the flat for a first down.") == ["Dillon's"]
    # an abbreviation is no initials: "U.S." must still be named
    market = "Did the U.S. market grow?"
    assert missing_names(market, "The market grew, Japanese officials said.") == ["U.S"]
    # a title's stop ends no sentence: the surname after "Dr." is a name to check
    farrant = "What did Dr. Farrant say about the tower?"
    assert missing_names(farrant, "The agency said the tower was unsafe.") == ["Farrant"]
    assert missing_names(farrant, "Dr. Farrant said the tower was unsafe.") == []
    # a word many names share names the asked thing only as "the <word>": "Brackmire
    # Town Hall" is not "Orvelin Town Library", "the council" is "Vantry Coast Council"
    library = "Who is in charge of Orvelin Town Library now?"
    hall = "The meeting was held at Brackmire Town Hall. The acting chief executive spoke."
    assert missing_names(library, hall) == ["Orvelin Town Library"]
    assert missing_names(library, "The library reopened under its deputy director.") == []
    assert missing_names(library, "Orvelin's mayor said the theft was a blow.") == []
    council = "When will Vantry Coast Council hold its public meeting?"
    assert missing_names(council, "The council will hold a public meeting on Thursday.") == []
    assert missing_names(council, "Pellbrook Council will meet on Thursday.") == [
        "Vantry Coast Council"
    ]
    assert missing_names("Who runs Town Hall?", "Town Hall is run by a manager.") == []
    # … or standing as a name of its own: "City" for Manchester City, not "Rugby World Cup"
    city = "Is Manchester City leading the table?"
    assert missing_names(city, "City lead the table on 28 points.") == []
    assert missing_names(city, "Salford City Council met.") == ["Manchester City"]
    cup = "Is Australia's Davis Cup team aiming higher?"
    assert missing_names(cup, "England reach the Rugby World Cup semi-finals.") == [
        "Australia's Davis Cup"
    ]
    # an outlet's name is whose report it is, not a mention: "The Orvelin Gazette" over
    # a Brackmire court report does not name Orvelin Town Library
    court = "The Orvelin Gazette 2035-05-15 Brackmire trial. Warwick Thane was her manager."
    gazette = ["The Orvelin Gazette"]
    assert missing_names(library, court, gazette) == ["Orvelin Town Library"]
    assert missing_names(library, court) == []  # no outlet given: "Orvelin" is a word of it
    assert missing_names(library, f"{court} Orvelin's library reopened.", gazette) == []
    # … but a name made of an outlet's words may be that outlet: "the Gazette", "Orvelin"
    assert missing_names("What does the Gazette say about it?", court, gazette) == []
    assert missing_names("Who is Orvelin's mayor?", court, gazette) == []


def test_the_small_words_inside_a_name_name_nothing_and_an_as_of_month_is_no_subject() -> None:
    # "of" of "Pellingham Museum of Art" is in every passage: a parking report names
    # neither the museum nor its town
    museum = "How much will a family ticket to the Pellingham Museum of Art cost?"
    parking = "A day of parking in Tarrowmouth will cost 9 corvels, the council said."
    assert missing_names(museum, parking) == ["Pellingham Museum of Art"]
    assert missing_names(museum, "The museum will charge adults 12 corvels.") == []
    assert missing_names(museum, "Entry to Pellingham's gallery will cost 12 corvels.") == []
    assadq = "What did Bashar al-Assad say?"
    assert missing_names(assadq, "Al said nothing, the al-Hakim family added.") == [
        "Bashar al-Assad"
    ]
    assert missing_names(assadq, "Assad said the talks would go on.") == []
    # an as-of date says when the question is asked, not what about: a report of Sept. 2
    # need not write "September"; any other month named is still asked about
    toll = "Three more people died overnight, bringing the toll to 14."
    assert missing_names("As of Sept. 3, how many people had died?", toll) == []
    assert missing_names("How many had died in Harwick as of Sept. 3?", toll) == ["Harwick"]
    assert missing_names("How many had died as of Sept. 3?", toll) == []
    assert missing_names("How many had died by Sept. 3?", toll) == ["Sept"]
    assert missing_names("As of Monday, how many people had died?", toll) == []


def test_a_tv_interview_is_named_by_a_television_channel() -> None:
    # "TV" is a common noun's short form: "an interview on France's TMC television channel"
    # names it; a radio interview does not
    q = "On what day did Hollande give the TV interview in which he called it a war crime?"
    said = "Hollande said it during an interview on France's TMC television channel."
    assert missing_names(q, said) == []
    assert missing_names(q, said.replace("television", "radio")) == ["TV"]


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [
        ("date", "Oct. 19", "19 October"),
        ("date", "October 19", "Oct 19th"),
        ("number", "about 300,000", "300,000"),
        ("number", "nearly 60", "58"),
        ("number", "more than 1,000", "1,040"),
        ("number", "a dozen", "12"),
        ("number", "twelve", "12"),
        ("number", "$2.5 million", "2.5 million dollars"),
        # a rounded value holds the exact one that rounds to it
        ("number", "about 17 kilometres a second", "16.8 kilometres per second"),
        ("number", "about 120", "118"),
        ("number", "nearly $4.9 billion", "$4.87 billion"),
        ("number", "around 5,000", "4,800"),
        ("number", "more than 43", "45"),  # a bound, not a rounding
        ("person", "Dr. Mara Ilves", "Ilves"),
        ("person", "President Francois Hollande", "Hollande"),
        ("person", "M. Ilves", "Dr. Mara J. Ilves"),  # an initial, a middle initial
        ("person", "Transport Minister Oona Beddall", "Oona Beddall"),  # a post is no name
        ("person", "Chief Superintendent Quill", "Amara Quill"),
        ("place", "U.S.", "United States"),
        ("place", "US", "the United States"),
        ("place", "Greyfield Stadium", "the Greyfield Stadium"),
        ("entity", "finance director", "the finance director"),
    ],
)
def test_the_same_value_written_differently_agrees(kind: str, a: str, b: str) -> None:
    assert same_value(kind, a, b, Rules()) and same_value(kind, b, a, Rules())


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [
        ("date", "October 19", "October 18"),
        ("number", "12", "16"),
        ("number", "2.4 million", "3.8 million"),
        ("number", "about 17 metres", "18.5 metres"),  # 18.5 does not round to 17
        ("number", "about 1,850", "1,862"),
        ("person", "Harlan Voss", "Celia Marchetti"),
        ("person", "Morag Starkey", "Callum Starkey"),  # one surname, two first names
        ("person", "Skipper Callum Starkey", "Morag Starkey"),
        ("entity", "TF1", "TMC"),
        ("place", "Greyfield Stadium", "Corrin Park Arena"),
        ("entity", "deputy director", "finance director"),  # a post's title words count
    ],
)
def test_different_values_do_not_agree(kind: str, a: str, b: str) -> None:
    assert not same_value(kind, a, b, Rules())


def test_numbers_and_slot_labels() -> None:
    assert number_of("about 300,000") == (300000.0, True)
    # a hedge in the sentence rounds too: "a female, about 17 metres long"
    whale = "The animal is a fin whale, a female, about 17 metres long."
    assert not same_value("number", "17 metres", "18.5 metres", Rules(), whale, "")
    assert number_of("3.8 million") == (3800000.0, False)
    assert number_of("a dozen") == (12.0, False)
    label = slot_label("How many people were killed in Tuesday's airstrikes on Aleppo?")
    assert label == "number of people killed in Tuesday's airstrikes on Aleppo"
    assert slot_label("On which French TV channel did Hollande speak?") == "French TV channel"
    assert slot_label("And on which French TV channel did Hollande speak?") == "French TV channel"
    assert slot_label("And what did the Kremlin spokesman say?").startswith("what did the Kremlin")


@pytest.mark.parametrize(
    ("question", "label"),
    [  # an auxiliary after "what" is no noun: the whole question, or what it asks "what was"
        (
            "What did the exam council do after the maths questions were leaked online?",
            "what did the exam council do after the maths questions were leaked online",
        ),
        (
            "What would the French UN Security Council resolution that Russia vetoed have done?",
            "what would the French UN Security Council resolution that Russia vetoed have done",
        ),
        (
            "What was the Dunmarrow Legionnaires' death toll when the cooling tower was shut?",
            "the Dunmarrow Legionnaires' death toll when the cooling tower was shut",
        ),
        (
            "What is the name of the security guard who was on duty?",
            "the name of the security guard who was on duty",
        ),
        ("Which ship was carrying the potash?", "ship: carrying the potash"),
    ],
)
def test_a_slot_label_is_never_cut_at_an_auxiliary(question: str, label: str) -> None:
    assert slot_label(question) == label


def test_a_title_question_is_about_the_person_it_names() -> None:
    """ "Was X named player of the tournament?" stands on a sentence naming X: one that
    gives the title to someone else does not say yes (a yes/no question opening with
    "Was" names its subject first; other yes/no questions keep their wider reading)."""
    from rag.verify import subject_missing

    q = "Was Pennock's Tove Arnesen named player of the tournament at the Women's Cup?"
    dahl = "Dahl, who was later named player of the tournament, lifted the trophy."
    assert subject_missing(q, dahl) == "Pennock's Tove Arnesen"
    assert subject_missing(q, "Tove Arnesen was named player of the tournament.") == ""
    assert subject_missing("Has Mara Quist been appointed chief executive?", dahl) == "Mara Quist"
    # not a title question: "the Wrenna Strand whale" is what it asks about, not a speaker
    q = "Was the Wrenna Strand whale still alive after the first attempt to refloat her?"
    assert subject_missing(q, "Rescuers kept her wet and cool through the day.") == ""


_ANSELM = "What did Marguerite Anselm say when she accepted the Ostwick Prize?"
_SALES = (  # the Ostwick story's follow-up (eval/corpora/conflicts)
    'Sales of "The Salt Orchard" have jumped to 112,000 copies in the two weeks since '
    "Marguerite Anselm won the Ostwick Prize for Fiction, her publisher said on Tuesday."
)


@pytest.mark.parametrize(
    ("question", "sentence", "other"),
    [
        (_ANSELM, _SALES, "her publisher"),  # one of hers by a possessive: not her words
        (_ANSELM, '"It was a brave choice," jury chair Tom Reyes said.', "Tom Reyes"),
        (_ANSELM, '"This book is for anyone," Anselm said as she accepted the award.', ""),
        (_ANSELM, '"It had a leaking roof," she said.', ""),  # she may be Anselm
        (_ANSELM, "The shortlist was announced in March.", ""),  # no speaker named
        # a body speaks by its spokesman and by people the sentence names
        ("What did Nordvik Foods say?", "A valve failed, its spokeswoman said.", ""),
        ("What did Nordvik Foods say?", "A valve failed, Anna Berg said.", ""),
        ("What did the Kremlin say?", "Kremlin spokesman Dmitry Peskov said it was off.", ""),
        # the judge is asked, not Thornvik: the name after the verb is whom it was said to
        (
            "What did the judge tell Kasper Thornvik when passing sentence?",
            '"You betrayed every person in this country," Strand said as she passed sentence.',
            "",
        ),
    ],
)
def test_what_x_said_is_not_anothers_words(question: str, sentence: str, other: str) -> None:
    """ "What did X say?" is not answered by a sentence whose words someone else says."""
    from rag.verify import another_speaker

    assert another_speaker(question, sentence) == other


_HULVANE = "What legal action did Hulvane Print take after the council ended its contract?"
_SUSPENDED = (  # eval/corpora/sequels: what the council did to Hulvane Print
    "Following the arrest, the council moved the replacement mathematics paper from March 14 "
    "to March 21 and suspended its contract with Hulvane Print."
)


@pytest.mark.parametrize(
    ("question", "near", "doer"),
    [
        (_HULVANE, _SUSPENDED, "Hulvane Print"),  # named only as what was acted on
        (_HULVANE, "Hulvane Print said it would sue the council.", ""),
        (_HULVANE, "The council said the paper would be reset.", "Hulvane Print"),  # not named
        (
            "What did Mirabel Carrack do after a worker was arrested?",
            "The chief executive of the exam council, Mirabel Carrack, stood down last night.",
            "",
        ),
        ("What did the exam council do after the leak?", "The council cancelled it.", ""),
        # no deed of a named doer asked: a possessive, a place, what a firm does for a living
        ("What premium does Caldera's offer represent?", _SUSPENDED, ""),
        ("What did the students in the Haverleigh Library do?", "It was closed.", ""),
        ("What does Holloway Cold Storage do?", "The tower belongs to Holloway Cold Storage.", ""),
    ],
)
def test_what_x_did_is_not_what_was_done_to_x(question: str, near: str, doer: str) -> None:
    from rag.verify import doer_missing

    assert doer_missing(question, near) == doer


@pytest.mark.parametrize(
    ("answer", "sentence", "planned"),
    [
        (
            "take this to court",
            '"We will take this to court after Easter if we have to," he said.',
            True,
        ),
        ("sue the council", "Hulvane Print threatened to sue the council.", True),
        ("took the council to court", "Hulvane Print took the council to court on Monday.", False),
    ],
)
def test_a_deed_said_ahead_is_not_one_done(answer: str, sentence: str, planned: bool) -> None:
    from rag.verify import deed_planned

    assert deed_planned(_HULVANE, answer, sentence) is planned
    council = "What did the exam council do after the minister intervened?"
    assert deed_planned(council, answer, sentence) is planned
    # what someone was urged "to do" is ahead by its nature
    urged = "What did the foreign secretary urge campaigners to do?"
    assert not deed_planned(urged, "protest", "Campaigners will protest on Friday.")
    assert not deed_planned("What is Hulvane Print's legal action?", answer, sentence)


def test_a_thing_at_a_place_is_the_subject_not_the_place() -> None:
    """ "Why will the learner pool at Kelby Baths stay shut?": a sentence about the learner
    pool answers though it never names the baths (the passage's names are checked apart,
    `missing_names`); one about the main pool there does not (reasons dev rs-why-05)."""
    from rag.verify import subject_missing

    q = "Why will the learner pool at Kelby Baths stay shut after the main pool reopens?"
    learner = "The learner pool will stay shut until June because its tiles are cracked."
    main = "The main pool at Kelby Baths closed in May because of a leaking roof."
    assert subject_missing(q, learner) == ""
    assert subject_missing(q, main) == "the learner pool"
    # a person in a post at a place is still named by the place
    assert subject_missing("Why did the head coach at Pennock resign?", learner) == (
        "the head coach at Pennock"
    )
    assert subject_missing("Why did the head coach at Pennock resign?", "Pennock's coach") == ""


def test_a_plan_is_no_yes_to_whether_it_was_done() -> None:
    """ "Was the notice lifted on a Thursday?" is not answered yes by "it now expects to
    lift the notice … on Thursday, August 24" (days dev dy-yesno-03): a plan, not a deed."""
    from rag.verify import planned_only

    q = "Was the Kell boil-water notice lifted on a Thursday?"
    plan = "The water company said it now expects to lift the notice on Thursday, May 4."
    done = "The water company lifted the notice on Friday, May 5."
    assert planned_only(q, plan)
    assert not planned_only(q, done)
    assert not planned_only(q, f"{plan} It lifted it a day late.")  # told done as well
    assert planned_only("Has the council signed the contract?", "It will be signed in May.")
    # a question about what will be done, or one that names no act, is left alone
    assert not planned_only("Will the notice be lifted on Thursday?", plan)
    assert not planned_only("Was it a Thursday?", plan)


def test_a_sum_of_another_act_is_no_answer() -> None:
    """ "How much did Parkwell pay the board?" is not answered by "Ending it early would
    cost about 6 million corvels" (ledger dev lg-fact-09: the cost of ending the contract),
    nor "How much would it cost to end the contract early?" by "… paid the board 1.8
    million corvels" (lg-lookalike-05); two money deeds are two sides of one sum."""
    from rag.verify import sum_of_other_act

    paid = "How much did Parkwell Services pay the Tarrowmouth Health Board last year?"
    end = "How much would it cost the Tarrowmouth Health Board to end the contract early?"
    ending = "Ending it early would cost about 6 million corvels in compensation to Parkwell."
    valued = "A valuation put the cost of ending the contract early at 7.4 million corvels."
    payment = "Parkwell took 3.9 million corvels and paid the board 1.8 million corvels."
    assert sum_of_other_act(paid, "6 million corvels", ending) == "ending"
    assert sum_of_other_act(paid, "7.4 million corvels", valued) == "ending"
    assert sum_of_other_act(paid, "1.8 million corvels", payment) == ""
    assert sum_of_other_act(end, "1.8 million corvels", payment) == "pay"
    assert sum_of_other_act(end, "6 million corvels", ending) == ""
    assert sum_of_other_act(end, "7.4 million corvels", valued) == ""
    # a sentence that tells the asked act as well, or a deed against a deed, is left alone
    both = "Paying the board cost Parkwell 1.8 million corvels, as did ending the lease."
    assert sum_of_other_act(paid, "1.8 million corvels", both) == ""
    cup = "The Women's Cup pays $250,000 to the winners."
    assert sum_of_other_act("How much did Rovers receive for winning?", "$250,000", cup) == ""
    # "cost" nearer than "took" leaves only what the sentence gives the cost of: nothing
    job = "The council had it taken away, a job that took two days and cost 42,000 florins."
    assert sum_of_other_act("How much did the council spend removing it?", "42,000", job) == ""
    # a light verb is no act ("cost to take a car on it"); a question naming no act is left
    fare = "A foot passenger return costs 12.40 lunets and a car with driver 68 lunets."
    assert sum_of_other_act("What does it cost to take a car on it?", "68 lunets", fare) == ""
    assert sum_of_other_act("How much will the bridge cost?", "6 million corvels", ending) == ""


def test_a_yes_about_a_group_must_name_the_group() -> None:
    """ "Will under-18s still get into the museum free?" was answered "Yes" from "From
    November 1, the museum will charge for entry for the first time" (ledger dev
    lg-yesno-05: the model's sentence number was past the report's sentences, and the
    most relevant one says nothing of under-18s): the sentence that names them stands."""
    from rag.verify import ground, group_missing

    q = "Will under-18s still get into the Pellingham Museum of Art free once the charges start?"
    charge = "From November 1, the Pellingham Museum of Art will charge for entry for the first"
    free = "Under-18s will still get in free."
    charge += " time."
    assert group_missing(q, charge) == "under-18s"
    assert group_missing(q, free) == ""
    assert group_missing("Will the museum charge for entry?", charge) == ""  # "the …"
    assert group_missing("Will Anna Berg still be paid?", charge) == ""  # a name: elsewhere
    fare = "The single adult fare goes up to 3.40 corvels on March 1."
    assert group_missing("Will bus fares go up in March?", fare) == ""  # "bus fares", not "bus"
    assert group_missing("Was access to the pool restricted?", charge) == ""  # no plural
    museum = "The Pellingham Museum of Art will charge for entry."
    sentences, scores = [charge, free], [0.9, 0.6]
    args = (sentences, scores, [museum, museum], sentences, [], 0.5, 0.1)
    chosen = ground("yesno", q, "yes", 7, *args)  # a number past the report's sentences
    assert chosen.status == "answered" and chosen.index == 1, chosen
    alone = ground("yesno", q, "yes", 0, [charge], [0.9], [museum], [charge], [], 0.5, 0.1)
    assert alone.status == "off_topic" and "under-18s" in alone.reason, alone


def test_a_count_of_all_the_things_is_not_how_many_of_them() -> None:
    """ "How many of Orsington council's online services are working again now?" is not
    answered by "a whiteboard lists the council's 58 online services in three colours"
    nor by "The council runs 58 online services, …" (annals dev an-latest-04: 58 was an
    earlier value on the line of changes): 58 counts all of them."""
    from rag.verify import counts_all_of

    q = "How many of Orsington council's online services are working again now?"
    board = "A whiteboard lists the council's 58 online services in three colours."
    runs = "The council runs 58 online services, from council-tax payments to parking permits."
    assert counts_all_of(q, "58", board) == "Orsington council's online services"
    assert counts_all_of(q, "58", runs) == "Orsington council's online services"
    # a part written with its whole, a count whose clause says what is asked, and a count
    # that names no such things are left to the other checks
    part = "The council said 23 of its 58 online services were working again by yesterday."
    assert counts_all_of(q, "23", part) == ""
    assert counts_all_of(q, "58", part) == ""  # `part_of_whole` takes the part
    assert counts_all_of(q, "41", "41 online services were working again by Thursday.") == ""
    assert counts_all_of(q, "41", "By Thursday, 41 were green.") == ""
    assert counts_all_of("How many online services work again?", "58", board) == ""
    macaques = "How many of the escaped macaques are still at large?"
    assert counts_all_of(macaques, "Fifteen", "Fifteen Barbary macaques escaped.") == (
        "the escaped macaques"
    )
    assert counts_all_of(macaques, "Nine", "Nine macaques are still at large.") == ""
    pip = "One macaque, a young male known to keepers as Pip, is still at large."
    assert counts_all_of(macaques, "One", pip) == ""  # said after an aside


def test_the_subject_must_be_named_but_an_outlet_is_whose_report_it_is() -> None:
    from rag.verify import subject_missing

    outlets = ["The Washington Post", "Arutz Sheva", "Newsmax"]
    hollande = "Hollande said the bombing of Aleppo was a war crime."
    assert subject_missing("What did Merkel say about Aleppo?", hollande, outlets) == "Merkel"
    assert subject_missing("What did Hollande say about Aleppo?", hollande, outlets) == ""
    ceasefire = "The attacks expanded after the collapse of a cease-fire plan."
    assert (
        subject_missing("What does the Post say triggered the attacks?", ceasefire, outlets) == ""
    )
    assert subject_missing("What does the Post say triggered the attacks?", ceasefire) == "the Post"
    analyst = "It is a serious step reminiscent of the Cold War, he said."
    q = "How did the analyst quoted by Arutz Sheva place the cancellation in context?"
    assert subject_missing(q, analyst, outlets) == ""
    # the subject is the name before the verb, not a name later in the question
    q = "How did Bashar al-Assad respond to Hollande's war crime accusation?"
    assert subject_missing(q, hollande, outlets) == "Bashar al-Assad"
    q = "What did Rovers manager Lise Hammar say about the result?"
    assert subject_missing(q, "Hammar said the team was tired.", outlets) == ""
    # a name that says whose role it is: the role holder is the subject (the name of the
    # body itself is checked in the passage, `missing_names`)
    q = "What word did the Kremlin spokesman use for the time Putin would visit?"
    peskov = "But Dmitri Peskov, the president's spokesman, noted that Putin would visit."
    assert subject_missing(q, peskov, outlets) == ""
    assert subject_missing(q, "A French official said Putin would visit.", outlets) != ""
    assert subject_missing("What did the Kremlin say?", peskov, outlets) == "the Kremlin"


def test_who_reported_it_is_no_value_unless_asked() -> None:
    from rag.verify import attribution_only

    sources = ["Ambrey Newswire", "The Washington Post", "Stannard Press"]
    q = "Which firm carried out the audit of hospital waiting lists?"
    assert attribution_only("Ambrey Newswire", q, sources)
    assert attribution_only("Ambrey", q, sources)  # the wire without its suffix
    assert attribution_only("the Stannard Press", q, sources)
    assert not attribution_only("Lorne & Pask", q, sources)
    assert not attribution_only("Washington", "Where was the summit held?", sources)
    assert not attribution_only("Ambrey", "Which agency reported the audit?", sources)


def test_a_count_of_something_else_is_not_the_asked_count() -> None:
    from rag.verify import clause_after, counts_other, verb_before, window

    injured = "How many people were injured in the chairlift accident?"
    toll = "The death toll from the accident has risen to five, after two more skiers died."
    both = "Three skiers were killed and 23 other people were injured, nine seriously."
    assert counts_other(injured, window(toll, "five", 5)) == "dead"
    assert counts_other(injured, window(both, "23", 5)) == ""
    assert counts_other(injured, window("Seven chairs fell onto the slope.", "Seven", 5)) == ""
    crowd = "The festival, which 31,400 people attended this year, was cancelled."
    assert counts_other("How many were hurt in the storm?", window(crowd, "31,400", 5)) == "present"
    war = "A war that has claimed some 300,000 lives."
    assert counts_other("What is the war's death toll?", window(war, "300,000", 5)) == ""
    assert counts_other("How many chairs fell?", window(toll, "five", 5)) == ""  # asks none
    ill = "Four people have now died and 27 have been confirmed ill in the outbreak."
    died = "How many people had died in the outbreak?"
    assert counts_other(died, window(ill, "27", 5), clause_after(ill, "27")) == "ill"
    assert counts_other(died, window(ill, "Four", 5), clause_after(ill, "Four")) == ""
    assert counts_other(injured, window(both, "23", 5), clause_after(both, "23")) == ""
    assert counts_other(injured, window(toll, "five", 5), clause_after(toll, "five")) == "dead"
    # the verb right before the number says what it counts ("arrested six fans")
    fans = "Police arrested six fans after scuffles between rival supporters."
    arrested = "How many people were arrested after the final?"
    after = clause_after(fans, "six")
    assert counts_other(arrested, window(fans, "six", 5), after) == "present"
    assert counts_other(arrested, window(fans, "six", 5), after, verb_before(fans, "six")) == ""
    assert verb_before(toll, "five") == "to"
    staff = "It employs 410 people, and 32 employees were on the night shift."
    taken = "How many people were taken to hospital after the fire?"
    assert counts_other(taken, window(staff, "410", 5), "", verb_before(staff, "410")) == "employed"
    work = "How many people work for the company?"
    assert counts_other(work, window(staff, "410", 5), "", verb_before(staff, "410")) == ""
    stewards = "How many stewards were working at the festival on the night of the storm?"
    hurt = "Four people were hurt on the night of 1 August, none seriously."
    assert counts_other(stewards, window(hurt, "Four", 5), clause_after(hurt, "Four")) == "injured"
    working = "Some 40 stewards were working that night, and two were hurt."
    assert counts_other(stewards, window(working, "40", 5), clause_after(working, "40")) == ""


def test_a_dateline_date_is_the_report_not_the_event() -> None:
    from rag.verify import in_dateline

    s = "HALBROOK, Oct 23 (Ambrey) — Scientists recovered fragments of a meteorite."
    assert in_dateline("Oct 23", s)
    assert not in_dateline("Oct 21", "The fireball was seen at 9:14 p.m. on Wednesday, Oct. 21.")
    s2 = "VELSING — Viktor Ambersley resigned as health minister late on Monday, Sept. 7."
    assert not in_dateline("Sept. 7", s2)
    s3 = "MOSCOW, Oct 11 (Reuters) - The talks resume on Oct 11, officials said."
    assert not in_dateline("Oct 11", s3)  # also written in the text itself
    # a live blog's time stamp is when the entry was written, not when it happened
    assert in_dateline("07:05", "07:05 - We are getting reports of a whale stranded on the beach.")
    assert not in_dateline("6 a.m.", "07:05 - A woman found the whale shortly after 6 a.m.")
    assert not in_dateline("9:14", "The fireball was seen at 9:14 p.m. on Wednesday.")


def test_a_rank_is_not_a_count_but_the_fifth_time_is() -> None:
    from rag.verify import rank_not_count

    assert rank_not_count("3", "Brandvik finished third behind Vey and Penhallow.")
    assert rank_not_count("1", "Members stage the first day of a 72-hour strike.")
    assert not rank_not_count("5", "It was the fifth time that Russia used its veto.")
    assert not rank_not_count("3", "Three skiers were killed on the third day.")
    assert not rank_not_count("3", "3 riders crashed on the first climb.")
    assert not rank_not_count("98", "Only 98 riders finished.")
    # nor is the "one" of an idiom; a count of one said beside it still is
    back = "For a month the macaques have been coming back to her one by one."
    assert rank_not_count("1", back) and rank_not_count("one", "They left one at a time.")
    assert not rank_not_count("one", "One is still at large; the rest came back one by one.")


def test_a_quantity_of_another_measure_is_not_the_asked_one() -> None:
    from rag.verify import measures_other

    area = "How large an area did the search for the trawler cover?"
    wreck = "The wreck lies in 112 metres of water, six kilometres south of its last position."
    assert measures_other(area, "112", wreck) == "length"  # the unit follows the value
    assert measures_other(area, "28", "The 28-metre vessel sank.") == "length"
    assert (
        measures_other(area, "7,500 square kilometres", "It covered 7,500 square kilometres.") == ""
    )
    raised = "How much has the appeal for the families raised?"
    assert measures_other(raised, "31%", "Shares fell 31% on Monday.") == "share"
    assert measures_other(raised, "$213,500", "The appeal has raised $213,500.") == ""
    # a count of crew: 112 metres of water is no count
    assert measures_other("How many crew are missing?", "112", wreck) == "length"
    assert measures_other("How many crew are missing?", "six", "Six crew are missing.") == ""
    # "how long" asks a time or a length; "by how much … revenue" a sum, not a time
    toll = "How long has the company got to bring the car toll back down?"
    assert measures_other(toll, "50 percent rise", "The 50 percent rise was unlawful.") == "share"
    assert measures_other(toll, "28", "It must cut the toll within 28 days.") == ""
    whale = "How long was the whale that stranded on the beach?"
    assert measures_other(whale, "17 metres", "The whale was about 17 metres long.") == ""
    revenue = "By how much did Veyra overstate its revenue?"
    warned = "She warned managers more than 18 months before the disclosure."
    assert measures_other(revenue, "18 months", warned) == "time"
    assert measures_other(revenue, "$140 million", "It overstated revenue by $140 million.") == ""
    # a share of the (popular) vote is no count of seats
    vote = "What share of the popular vote did the Provincial Union receive?"
    assert measures_other(vote, "19 seats", "The Provincial Union won 19 seats.") == "a count"
    assert measures_other(vote, "41 percent", "It won 41 percent of the popular vote.") == ""


def test_the_count_of_the_asked_thing_is_found_in_the_same_sentence() -> None:
    from rag.verify import count_of_asked

    died = "How many people had died in the outbreak?"
    ill = "Four people have now died and 27 have been confirmed ill in the outbreak."
    assert count_of_asked(died, ill) == "Four"
    assert count_of_asked("How many have been confirmed ill?", ill) == "27"
    both = "Three skiers were killed and 23 other people were injured, nine seriously."
    assert count_of_asked("How many were injured?", both) == "23"
    assert count_of_asked("How many chairs fell?", ill) == ""  # a count of no known family
    hurt = "Thirty-one officers have been injured over the two nights, 19 of them on Saturday."
    assert count_of_asked("How many officers were hurt?", hurt) == "Thirty-one"  # one number
    two = "Two died on Monday and three more died on Tuesday."
    assert count_of_asked(died, two) == ""  # two numbers fit: the sentence does not say
    assert count_of_asked(died, "The third victim died on Sunday.") == ""  # a rank
    still = "How many patients are still in hospital?"
    assert count_of_asked(still, "Two patients remain in hospital, the agency said.") == "Two"
    assert count_of_asked(still, ill) == ""  # the dead and the ill are not in hospital


def test_the_first_word_of_every_sentence_of_a_question_is_no_name() -> None:
    from rag.verify import missing_names

    two = "Who won the vote?\n\nBetween the two reports, who lost it?"
    assert missing_names(two, "the vote was won and lost") == []
    assert missing_names("Did Merkel win?", "the vote was won") == ["Merkel"]


def test_a_count_of_another_thing_is_no_answer_to_how_many_things() -> None:
    from rag.verify import clause_after, counts_thing

    q = "How many hospitals are under investigation for removing patients from waiting lists?"
    for sentence, value, other in (
        ("According to the report, 312,000 patients were waiting for surgery.", "312,000", True),
        ("Nine hospitals are under investigation, officials said.", "Nine", False),
        ("The number has risen to 14, up from nine, the audit office said.", "14", False),
        ("Six remain under investigation.", "Six", False),  # a verb, not a thing
    ):
        assert bool(counts_thing(q, clause_after(sentence, value))) == other, sentence
    # past a magnitude: "96 million parcels" counts parcels, not letters
    letters = "How many letters did the Post deliver last year?"
    parcels = "The Post delivered 96 million parcels last year, up 14 percent."
    assert counts_thing(letters, clause_after(parcels, "96")) == "parcels"
    assert counts_thing(letters, clause_after(parcels.replace("parcels", "letters"), "96")) == ""
    # a count of people is `counts_other`'s business: skiers are people
    assert counts_thing("How many people died?", clause_after("Three skiers died.", "Three")) == ""
    # what is counted may stand after a possessive ("Legionnaires' patients")
    ward = "How many Dunmarrow Legionnaires' patients are still in hospital?"
    nine = "Nine patients remain in hospital."
    assert counts_thing(ward, clause_after(nine, "Nine")) == ""
    # people are what many things count: cases, crew (a rule that read "people" as another
    # thing lost "43 people have now been confirmed ill" for "how many confirmed cases")
    ill = clause_after("The agency said 43 people have now been confirmed ill.", "43")
    assert counts_thing("How many confirmed cases has the outbreak had so far?", ill) == ""
    crew = clause_after("All 11 crew remain missing.", "11")
    assert counts_thing("How many of the Belle's crew were still missing?", crew) == ""
    missing = clause_after("The search for the six missing crew ended.", "six")
    assert counts_thing("How many crew are still missing?", missing) == ""
    # a company's branches are its offices: "close 140 of its 610 branches" counts post
    # offices; parcels are still no post offices
    post = "How many post offices does Quellmark Post plan to shut?"
    close = "It will stop Saturday deliveries and close 140 of its 610 branches."
    assert counts_thing(post, clause_after(close, "140")) == ""
    assert counts_thing(post, clause_after(parcels, "96")) == "parcels"


@pytest.mark.parametrize(
    ("question", "answer", "echo"),
    [
        ("Who has been charged over the Dunmore bank robbery?", "Dunmore", True),
        ("Who publishes the novel?", "its publisher", True),
        ("What nickname did miners give the Harrow fossil?", "Harrow", True),
        ("Who has been charged over the Dunmore bank robbery?", "Ivo Brandt", False),
        ("Who publishes the novel?", "Greenleaf Books", False),
        ("Which channel, TF1 or TMC, aired the interview?", "TMC", False),  # a choice
        ("What is Lina Stark's role at the festival?", "festival director", False),
        # the role asked, owned by a name: it says whose post it is, not who holds it
        ("Who is the board's chief negotiator?", "Ostvale Health Board's chief negotiator", True),
        ("Which hospital took them?", "St. Aldric's Hospital", False),  # a name with 's
    ],
)
def test_an_answer_that_only_repeats_the_question_is_no_answer(
    question: str, answer: str, echo: bool
) -> None:
    from rag.verify import echoes

    assert echoes(question, answer) == echo


@pytest.mark.parametrize(
    ("question", "answer", "sentence", "planned"),
    [
        ("When did the minister finally make her delayed visit to Orlen?", "May 4",
         "The minister had been due in Orlen on May 4, her office said.", True),
        ("When did the minister finally make her delayed visit to Orlen?", "last Friday",
         "The visit, postponed from May 4, went ahead last Friday.", False),
        ("When was the minister due in Orlen?", "May 4",
         "The minister had been due in Orlen on May 4, her office said.", False),
        ("When was the pool planning to reopen?", "May 4",
         "The pool is now due to reopen on May 4, the club said.", False),
        ("On what date did the dam fail?", "March 3",
         "The dam failed on March 3, three days after the alarm.", False),
        ("When were the tracks on the bend last replaced?", "summer",
         "The operator said the section was scheduled for replacement this summer.", True),
        ("When was the footbridge built?", "1994", "The footbridge was built in 1994.", False),
        # "March 2" is not the "March 2" of "March 20": the date must stand whole
        ("On what day did the dam fail?", "March 2",
         "Kastor is expected to be sworn in on March 20, a spokesperson said.", False),
    ],
)  # fmt: skip
def test_a_planned_date_is_no_answer_to_when_it_happened(
    question: str, answer: str, sentence: str, planned: bool
) -> None:
    from rag.verify import planned_not_done

    assert planned_not_done(question, answer, sentence) == planned


@pytest.mark.parametrize(
    ("question", "answer", "sentence", "missed"),
    [
        ("When was the pool planning to reopen?", "Today",
         "Today should have been the day the Harlow pool reopened.", True),
        ("When was the pool planning to reopen?", "Today should have been the day it reopened",
         "Today should have been the day the Harlow pool reopened.", True),
        ("When was the pool planning to reopen?", "June 5",
         "The pool should have reopened on June 5.", True),
        ("When will the pool reopen?", "Monday",
         "Monday had been the club's original target for reopening the pool.", True),
        # the day it is planned for now; the first plan when that is asked
        ("When was the pool planning to reopen?", "June 19",
         "The pool, which should have reopened on June 5, will now open on June 19.", False),
        ("When was the pool originally due to reopen?", "Today",
         "Today should have been the day the Harlow pool reopened.", False),
    ],
)  # fmt: skip
def test_a_day_that_should_have_been_is_no_answer(
    question: str, answer: str, sentence: str, missed: bool
) -> None:
    from rag.verify import missed_day

    assert missed_day(question, answer, sentence) == missed


def test_a_statement_stands_on_a_sentence_that_reports_words() -> None:
    from rag.verify import reports_words

    assert not reports_words("Singer Ana Roe took a microphone to the front of the stage.")
    assert reports_words('"We will be back," Roe told the crowd.')
    assert reports_words("Roe told the crowd the band would return next year.")
    # a verb of saying as the name of something says nothing; "According to" opens a report
    assert not reports_words("A court sentenced the former head of the Tavenor State Lottery.")
    assert not reports_words("The plan was brokered by Russia and the United States.")
    assert reports_words("According to the police, 1,260 sightings were reported.")
    # what a report says is asked by its name, or by the last word of it ("the Post")
    from rag.verify import asks_report_words

    outlets = ["The Washington Post", "Newsmax"]
    assert asks_report_words("What does the Post say triggered the attacks?", outlets)
    assert asks_report_words("What does Newsmax say about the visit?", outlets)
    assert not asks_report_words("What does the Kremlin say about the visit?", outlets)
    assert not asks_report_words("What did Hollande say on TF1?", outlets)
    assert reports_words("The minister called for calm outside the embassy.")


def test_an_answer_stitched_from_two_places_shows_its_verbatim_part() -> None:
    from rag.verify import span_in

    s = "Shelling killed at least 9 people in Orlen on Friday after four days of calm, AFP said."
    assert span_in("at least four days", s) == "four days"  # not "least 9 people … four days"
    assert span_in("killed 9 people", s) == "killed at least 9 people"  # one place, reworded


def test_a_decimal_is_not_its_whole_number() -> None:
    from rag.text import contains, normalize

    assert normalize("It weighs 3.2 kilograms.") == "it weighs 3.2 kilograms"
    assert locate("3", ["The pieces found so far weigh 3.2 kilograms."], 0, SHARE) is None
    assert locate("3.2 kilograms", ["The pieces found so far weigh 3.2 kilograms."], 0, SHARE) == 0
    assert not contains("a gang stole $2.3 million", "2")
    assert contains("a gang stole $2.3 million", "2.3 million")
    assert normalize("Oct. 19") == normalize("19 October")  # a full stop is still no decimal


def test_a_number_written_into_a_compound_counts_nothing_asked() -> None:
    from rag.verify import clause_after, counts_thing

    lift = "The Skyway, a detachable eight-seat gondola, runs 2 km up the valley."
    for value in ("eight", "8"):  # the model may write the number either way
        after = clause_after(lift, value)
        assert counts_thing("How many cabins does the Skyway have?", after) == "seat"
        assert counts_thing("How many people were on the Skyway?", after) == "seat"
        assert counts_thing("How many seats does each Skyway cabin have?", after) == ""
    festival = "The three-day festival drew 30,000 fans."
    days = clause_after(festival, "three")
    assert counts_thing("How many days did the festival last?", days) == ""
    # "4" is not the 4 of "34-year-old": the four robbers are
    robbery = "A 34-year-old man was charged after four masked men robbed the van."
    assert clause_after(robbery, "4") == "masked men robbed the van"


def test_a_time_is_no_place() -> None:
    for answer, ok in (
        ("Sunday afternoon", False),
        ("on Monday", False),
        ("last week", False),
        ("the steps of the town hall", True),
        ("Orchard Road", True),
        ("Paris", True),
    ):
        assert fits_kind("place", answer) == ok, answer


@pytest.mark.parametrize(
    ("question", "near", "missing"),
    [
        ("Who was named player of the match in the cup final?",
         "Ana Holm rose highest to head the winner in the 104th minute.", "player"),
        ("Who was named player of the match in the cup final?",
         "Goalkeeper Tove Lind was named player of the match.", ""),
        ("Who refereed the final?", "Ivo Lund scored the winner in the third period.", "refereed"),
        ("Who refereed the final?", "Referee Oona Berg disallowed a second goal.", ""),
        ("What is the name of the prosecutor handling the case?",
         "Defence lawyer Mira Sand said her client would plead not guilty.", "prosecutor"),
        ("Who is the city's mayor?", "Mayor Lena Voss opened the bridge.", ""),
        ("Who scored the winning goal?", "Ana Holm headed the winner.", ""),  # no role asked
        ("Who is Dana Orsolo?", "Dana Orsolo said her staff were at the lift.", ""),
        ("Which Russian foreign policy analyst likened the trip to the Cold War?",
         "But Dmitri Peskov, the president's spokesman, noted that Putin would visit.", "analyst"),
        ("Which Russian foreign policy analyst likened the trip to the Cold War?",
         "It was a serious step, said Russian foreign policy analyst Fyodor Lukyanov.", ""),
        ("Which news agency did he speak to?", "He told AFP on Monday.", ""),  # no role
        # "which player": the answer's type, not a post a sentence must name (MultiHop)
        ("Which player needs to average 153 yards a game?", "Tyreek Hill now needs 153.", ""),
        ("Which judge sentenced Kasper Thornvik?", "A court in Brisca sentenced him.", "judge"),
        # a judge is written by the title: "Justice Cormac Makepeace"
        ("Which judge decided the toll case?", "Justice Ada Ruhl said the ministry erred.", ""),
        ("Which judge decided the toll case?", "Transport Minister Ada Ruhl appealed.", "judge"),
        # a lawyer's post, said by any of its names ("which solicitor": people dev
        # pe-followup-01 set "the shipowner Ezra Solvane" against the defendant's solicitor)
        ("Which solicitor represented him in court?",
         "It was left to the library by the shipowner Ezra Solvane.", "solicitor"),
        ("Which solicitor represented him in court?", "His solicitor, Marcus Ystrad, said.", ""),
        ("Which lawyer represented him?", "His barrister, Margit Ashbury, said.", ""),
        ("Which barrister is defending Osric Pennard?", "Defence counsel Margit Ashbury.", ""),
        # "What is the name of the person who chaired …" asks who chaired (wordings dev)
        ("What is the name of the person who chaired the talks?",
         "Its chief executive, Mervyn Carrowby, called the walkout needless.", "chaired"),
        ("What is the name of the person who chaired the talks?",
         "The talks, chaired by Edda Wrayne, ended at dawn.", ""),
    ],
)  # fmt: skip
def test_who_holds_the_asked_role_must_be_said(question: str, near: str, missing: str) -> None:
    from rag.verify import role_missing

    assert role_missing(question, near) == missing


@pytest.mark.parametrize(
    ("question", "answer", "sentence", "role"),
    [
        # the role stands in the sentence, but as someone else's
        ("Who was the fourth official at the final?", "Brenner",
         "Brenner was furious and had to be calmed by the fourth official.", "official"),
        ("Who was the referee of the final?", "Gorm Aske",
         "The referee, Lina Dahl, booked Gorm Aske in the first half.", "referee"),
        # said of the answer: copula, apposition, title, "named"
        ("Who was the referee of the final?", "Lina Dahl",
         "The referee is Lina Dahl, in her first final.", ""),
        ("Who is the club's captain?", "Teo Marsh",
         "He met a corner from the Rovers captain, Teo Marsh, at the near post.", ""),
        ("Who was named player of the match?", "Vinter",
         "Vinter, 34, was named player of the match by the organisers.", ""),
        ("Who is the city's mayor?", "Lena Voss", "Mayor Lena Voss opened the bridge.", ""),
        # the role asked as a verb: "chaired by" says it, not "deputy chair" of another
        ("Who chairs the board?", "Lars Ebb",
         "The board is chaired by Lars Ebb, with Ida Thwaite as deputy chair.", ""),
        # no role noun asked, or the sentence never says it (`role_missing`'s business)
        ("Who scored the winning goal?", "Ana Holm", "Ana Holm headed the winner.", ""),
        ("Who was the referee?", "Oona Berg", "Oona Berg waved play on.", ""),
    ],
)  # fmt: skip
def test_an_asked_role_said_of_someone_else_is_not_the_answers(
    question: str, answer: str, sentence: str, role: str
) -> None:
    from rag.verify import role_elsewhere

    assert role_elsewhere(question, answer, sentence) == role


def test_a_name_after_for_is_whom_it_was_done_for() -> None:
    from rag.verify import acted_for

    speaking = "Speaking for Chief Superintendent Amara Quill, he said the arrest was a step."
    asked = "Who speaks for Orvelin Police about the theft?"
    assert acted_for(asked, "Chief Superintendent Amara Quill", speaking)
    assert acted_for(asked, "Spurrell", "A spokesperson for Spurrell said she would return.")
    # the name also stands as a doer; a question asking whom it was for
    assert not acted_for(asked, "Amara Quill", "Amara Quill spoke for the force on Monday.")
    assert not acted_for("Who does the spokesperson speak for?", "Amara Quill", speaking)
    assert not acted_for("For whom did he speak?", "Amara Quill", speaking)


def test_an_answer_in_lower_case_that_only_repeats_the_asked_act_is_an_echo() -> None:
    from rag.verify import echoes

    asked = "Who prosecuted Corin Aldmeyer at his Orvelin hearing?"
    assert echoes(asked, "prosecutor", loose=True)  # the doer of "prosecuted", named by nobody
    assert echoes(asked, "the prosecutor", loose=True)
    assert not echoes(asked, "prosecutor")  # only a "who" answer is read loosely
    assert not echoes(asked, "a barrister from Dunmere", loose=True)
    assert not echoes("Who built the bridge?", "Bridget Orme", loose=True)  # a name: exactly


def test_a_name_in_the_quoted_words_is_not_who_said_them() -> None:
    from rag.verify import quoted_only

    said = '"Ezra Palm gave it to the town so that children could see it," she told the Wire.'
    assert quoted_only("Who told the Wire that losing it was a blow?", "Ezra Palm", said)
    assert not quoted_only("Who gave the book to the town?", "Ezra Palm", said)  # no speaker asked
    named = '"It was a blow," Ida Lunde, the director, told the Wire of Ezra Palm\'s gift.'
    assert not quoted_only("Who told the Wire that it was a blow?", "Ida Lunde", named)
    assert not quoted_only("Who told the Wire it was a blow?", "Ezra Palm", named)  # not quoted


def test_a_quote_its_speaker_goes_on_with_is_theirs() -> None:
    from rag.verify import speaker_before

    passage = (
        'Ida Lunde, who has run the museum for ten years, said the loss was "a blow". '
        '"Ezra Palm gave it to the town so that children could see it," she told the Wire.'
    )
    quote = '"Ezra Palm gave it to the town so that children could see it," she told the Wire.'
    name, shown = speaker_before(quote, passage)
    assert name == "Ida Lunde" and shown.startswith("Ida Lunde") and shown.endswith("Wire.")
    assert speaker_before("Ezra Palm gave it to the town.", passage) == ("", "")  # no quote
    unsaid = 'The museum shut on Monday. "We are heartbroken," she told the Wire.'
    assert speaker_before('"We are heartbroken," she told the Wire.', unsaid) == ("", "")


@pytest.mark.parametrize(
    ("question", "sentence", "doer"),
    [
        ("Was it Sergeant Bo Lind who arrested the man?",
         "Inspector Mae Kerr arrested a man at a flat, with Sergeant Bo Lind present.",
         "Inspector Mae Kerr"),
        ("Was it Sergeant Bo Lind who arrested the man?",
         "Inspector Mae Kerr, who arrested him, sat beside Sergeant Bo Lind.",
         "Inspector Mae Kerr"),
        ("Was it Bo Lind who proposed the motion?",
         "The motion was proposed by Councillor Ada Penn and seconded by Bo Lind.",
         "Councillor Ada Penn"),
        ("Was it Councillor Ada Penn who proposed the motion?",
         "Her ally is Councillor Ada Penn, who proposed the motion.", ""),
        ("Was it Sergeant Bo Lind who arrested the man?", "Sergeant Bo Lind arrested him.", ""),
        ("Was the man arrested on Monday?", "Inspector Mae Kerr arrested him on Monday.", ""),
    ],
)  # fmt: skip
def test_was_it_x_who_did_it_reads_who_the_sentence_says_did_it(
    question: str, sentence: str, doer: str
) -> None:
    from rag.verify import done_by_another

    assert done_by_another(question, sentence) == doer


def test_gold_answers_to_who_questions_pass_the_name_checks() -> None:
    """Every gold name of every set's "who" questions, in its gold evidence sentence,
    passes the checks that a role, a quotation or a deed done for someone belongs to
    someone else."""
    from rag.question import analyze
    from rag.verify import acted_for, quoted_only, role_elsewhere

    checked, failed = 0, []
    for name, (gold, _corpus) in dataset.SETS.items():
        if name == "wire" or not gold.is_file():
            continue
        for case in dataset.load(gold):
            if not case.answerable or not case.facts or analyze(case.question).kind != "person":
                continue
            for ev in case.evidence:
                said = [a for a in case.facts[0] if a in ev.sentence]
                if said:
                    checked += 1
                    answer = max(said, key=len)
                    if (
                        role_elsewhere(case.question, answer, ev.sentence)
                        or quoted_only(case.question, answer, ev.sentence)
                        or acted_for(case.question, answer, ev.sentence)
                    ):
                        failed.append((name, case.id, answer))
                    break
    assert checked >= 80
    assert failed == []


def test_a_date_the_sentence_gives_another_event_is_no_answer() -> None:
    from rag.verify import dates_other_event

    crash = "The crash happened on March 2 on the Skyway, a gondola that links the two villages."
    assert dates_other_event("When was the Skyway gondola built?", "March 2", crash) == "crash"
    assert dates_other_event("When did the Skyway crash happen?", "March 2", crash) == ""
    theft = "He is the only person charged over the robbery, which took place on Friday, May 8."
    assert dates_other_event("On what date was the bank robbed?", "May 8", theft) == ""
    assert dates_other_event("When was the gondola built?", "1994", "It was built in 1994.") == ""


def test_a_day_the_sentence_gives_another_act_is_no_answer() -> None:
    """ "who was arrested on 17 March, appeared before magistrates on Monday": 17 March is
    the arrest's day, not the day he appeared in court (days dev dy-fact-02); a sentence
    that dates one act only may date the asked act in other words."""
    from rag.verify import dates_other_act

    court = (
        "Joss Arden, 29, who was arrested on 3 May, appeared before magistrates on Monday "
        "charged over the raid on 1 May and was remanded in custody."
    )
    appear = "On what day did Joss Arden first appear in court?"
    assert dates_other_act(appear, "3 May", court) == "arrested"
    assert dates_other_act(appear, "Monday", court) == ""
    assert dates_other_act("On what date was Joss Arden charged?", "3 May", court) == "arrested"
    assert dates_other_act("On what date was Joss Arden arrested?", "3 May", court) == ""
    raided = "Police said the shop was raided on 1 May."  # "robbed" told as "raided"
    assert dates_other_act("When was the shop robbed?", "1 May", raided) == ""


def test_a_sum_of_another_kind_is_no_answer() -> None:
    from rag.verify import sum_missing

    cash = "Four men held up the van on Thursday and escaped with $2.3 million in cash."
    assert sum_missing("How large a reward has been offered over the robbery?", cash) == "reward"
    offer = "Police have offered a reward of $100,000 for information."
    assert sum_missing("How large a reward has been offered over the robbery?", offer) == ""
    prize = "The winners take home prize money of $250,000."
    assert sum_missing("How much prize money did the club receive?", prize) == ""
    assert sum_missing("How much did the repairs cost?", cash) == ""  # no kind of sum named
    took = "The firm took 3.9 million crowns in charges and paid the board 1.8 million crowns."
    assert sum_missing("How much profit did the firm make last year?", took) == "profit"
    assert sum_missing("How much profit did it make?", "It made a profit of 2 million.") == ""


def test_a_bare_number_where_nothing_is_written_as_money_is_no_sum() -> None:
    from rag.verify import sum_unwritten

    cost = "What did Orsington council estimate its recovery from the cyberattack would cost?"
    figure = "Last week the council put the figure at about 18,000, all of them council-tax payers."
    assert sum_unwritten(cost, "18,000", figure)
    assert sum_unwritten("How much did the repairs cost?", "18,000", figure)
    assert not sum_unwritten(cost, "$3.2 million", "The cost has risen to $3.2 million.")
    assert not sum_unwritten(cost, "3.2 million", "The cost has risen to 3.2 million.")
    assert not sum_unwritten(cost, "52 corvels", "A monthly pass will cost 52 corvels.")
    # a price written beside others that carry the currency
    prices = "Adults 5.80 lunets, children 3.10, a family ticket 15.50 and a swim 4.20 lunets."
    assert not sum_unwritten("What will a family ticket cost?", "15.50", prices)
    # "how many jobs could it cost" asks a count; "who" asks no sum
    jobs = "The union said the plan could cost up to 1,100, most of them in sorting offices."
    assert not sum_unwritten("How many jobs could the plan cost?", "1,100", jobs)
    assert not sum_unwritten("Who put the figure at 18,000?", "18,000", figure)


def test_another_of_a_numbered_series_is_not_the_asked_one() -> None:
    from rag.verify import other_numbered

    q = "Where was game six of the final played?"
    seven = "The Wolves lost 2-1 in game seven of the final at Foundry Arena on Saturday."
    assert other_numbered(q, seven) == "game 7"
    assert other_numbered("Where was game seven played?", seven) == ""
    both = "After losing game six at home, they won game seven at Foundry Arena."
    assert other_numbered(q, both) == ""  # it names the asked one too
    assert other_numbered("How many were hurt on the Line 4 tram?", "17 were hurt.") == ""
    assert other_numbered("Which stop does bus 12 serve?", "Bus 14 serves the harbour.") == "bus 14"


def test_another_place_in_a_series_is_not_the_asked_one() -> None:
    """ "the last of the eight new bridges" asks one place in a series: "The next three
    bridges … are due to open in 2031" gives the next ones', not the last one's."""
    from rag.verify import other_numbered

    q = "In what year is the last of the eight new bridges due to open?"
    nxt = "The next three bridges, at Holm and Ferrier, are due to open in 2031."
    assert other_numbered(q, nxt) == "the next three bridges"
    assert other_numbered(q, "The last bridge is due to open in 2036.") == ""
    both = "The next three bridges open in 2031 and the last of the bridges in 2036."
    assert other_numbered(q, both) == ""  # it names the asked one too
    assert other_numbered("When will the bridges open?", nxt) == ""  # none asked
    assert other_numbered(q, "The next three tunnels open in 2031.") == ""  # other things
    months = "Which firm plans no new measures in the next six months?"
    assert other_numbered(months, "In the last months it cut 300 jobs.") == ""  # a stretch
    first = "When did the first of the rescued miners reach the surface?"
    assert other_numbered(first, "The last miners reached the surface at 6:05 p.m.") == (
        "the last miners"
    )


def test_a_count_of_people_is_no_person() -> None:
    for answer, ok in (
        ("Five people", False),
        ("2 men", False),
        ("five", False),  # a bare count says how many too
        ("12", False),
        ("Dario Lunde", True),
        ("Three Russian diplomats", True),  # names whose diplomats
        ("the 31-year-old winger", True),
    ):
        assert fits_kind("person", answer) == ok, answer


def test_a_count_of_the_hurt_is_no_count_of_passengers() -> None:
    from rag.verify import clause_after, counts_other

    s = "Three commuters are dead and 17 people are hurt after a packed tram flipped on its side."
    after = clause_after(s, "17")
    assert counts_other("How many passengers were on the tram when it derailed?", s, after)
    assert counts_other("How many passengers were hurt?", s, after) == ""  # asked: the hurt
    assert counts_other("How many people were on the tram?", s, after) == ""  # "people": anyone
    aboard = "The tram was carrying 118 passengers, the operator said."
    assert counts_other("How many passengers were on the tram?", aboard, "passengers") == ""


def test_a_count_of_people_is_no_sum_and_a_population_no_crowd() -> None:
    from rag.verify import counts_residents, measures_other, rank_not_count

    storm = "The storm ripped the canopy from the stage, injuring nine people on Saturday."
    assert measures_other("How much damage did the storm do?", "nine people", storm) == "people"
    revised = "Organisers revised their estimate of the damage to $1.1 million."
    assert measures_other("How much damage did the storm do?", "$1.1 million", revised) == ""
    town = "The festival brings an estimated $5 million a year into the town of 4,000 people."
    assert counts_residents("How many people attended the festival?", "4,000", town)
    assert not counts_residents("How many people live in the town?", "4,000", town)
    crowd = "The festival, which 31,400 people attended, ended a day early."
    assert not counts_residents("How many people attended the festival?", "31,400", crowd)
    assert rank_not_count("22nd", "By Sunday the 22nd Saltreed Folk Festival was over.")
    assert not rank_not_count("5th", "It flooded for the 5th time this year.")


def test_when_was_it_done_needs_a_sentence_saying_it_was_done() -> None:
    from rag.verify import event_missing

    rails = "When were the rails on the curve where the tram derailed last replaced?"
    crash = "Three people were killed when the Line 4 tram derailed on April 14."
    assert event_missing(rails, crash) == "replaced"
    assert event_missing(rails, "The rails there were replaced in 2019, the operator said.") == ""
    founded = "In what year was the Kettleford Rovers women's team founded?"
    assert event_missing(founded, "The club turned professional only three seasons ago.")
    assert event_missing("When was the chairlift built?", "The lift, built in 1994, …") == ""
    assert event_missing("When was the van robbed?", "The robbery took place on Friday.") == ""
    assert event_missing("When was Putin supposed to be in Paris?", "on October 19") == ""
    # "before it failed" is a clause of its own: the asked thing is the inspection
    dam = "When was the dam last given a full structural inspection before it failed?"
    assert event_missing(dam, "It was last given a full structural inspection in 2019.") == ""
    # a light verb is said in other words: "beat the Wolves 2-1 in game seven on Saturday"
    assert event_missing("On what day was game seven played?", "They won on Saturday.") == ""
    # "was there a <thing>": the thing must be said
    fire = "In what year was there an earlier fire at the Corventa Paints plant?"
    assert event_missing(fire, "The Dunmerrow plant, which opened in 1991, is its largest.")
    assert event_missing(fire, "In 2024 a smaller fire at the plant forced evacuations.") == ""


def test_a_figure_of_an_earlier_year_s_event_answers_nothing_about_this_one() -> None:
    from rag.verify import earlier_year

    q = "How many people were injured in the Kessock valley derailment?"
    history = "The 2021 derailment at Ambury injured 40 people, and it took nearly a year."
    assert earlier_year(q, "40", history, "2030-05-17") == "2021"
    homes = "In 2024 a smaller fire at the plant forced the evacuation of 600 homes."
    assert earlier_year("How many homes were evacuated?", "600", homes, "2030-03-12") == "2024"
    # not: a year of another clause, a named thing, the answer itself, the question's year,
    # the report's own year, an undated report
    staff = "The plant opened in 1987 and employs 410 people."
    assert earlier_year("How many people does the plant employ?", "410", staff, "2030-03-13") == ""
    act = "Justice Makepeace said the ministry broke the 1996 Crossings Act."
    assert earlier_year("Which judge decided the case?", "Makepeace", act, "2029-01-05") == ""
    assert earlier_year("In what year was the earlier fire?", "2024", homes, "2030-03-12") == ""
    assert earlier_year("How many were hurt in 2021?", "40", history, "2030-05-17") == ""
    assert earlier_year(q, "40", history, "2021-05-17") == ""
    assert earlier_year(q, "40", history, "") == ""
    # a sentence that opens with its year: a later clause with no time of its own is that
    # year's too; one that names its own time is not
    cost = "How much had the search for the escaped macaques cost the park?"
    wallabies = (
        "In 2019 six wallabies got out of a farm park near Altonbridge; the last was caught "
        "after a month, and the search cost that park about $9,000."
    )
    assert earlier_year(cost, "$9,000", wallabies, "2028-04-26") == "2019"
    now = "In 2019 a search cost $9,000, but this week the search has cost the park $64,000."
    assert earlier_year(cost, "$64,000", now, "2028-04-26") == ""


def test_what_a_figure_was_before_it_changed_answers_nothing_about_now() -> None:
    from rag.verify import earlier_figure

    turnout = (
        "Turnout stood at 58.4 percent, according to official figures published on "
        "Monday, up from 52 percent at the last provincial election."
    )
    share = "What share of the popular vote did the Provincial Union receive?"
    assert earlier_figure(share, "52%", turnout)
    assert earlier_figure("What was voter turnout?", "52 percent", turnout)
    assert not earlier_figure("What was voter turnout?", "58.4 percent", turnout)
    fell = "The number of beds fell from 1,200 to 900 after the wing closed."
    assert earlier_figure("How many beds does the hospital have?", "1,200", fell)
    assert not earlier_figure("How many beds does the hospital have?", "900", fell)
    # a question that asks what it was before, or at another time, is answered by it
    fare = "Riders will pay 3.40 corvels for a single ride from next month, up from 2.60 corvels."
    assert earlier_figure("How much is a single fare?", "2.60 corvels", fare)
    for before in (
        "What was the single fare before the rise?",
        "What was the original single fare?",
        "What was turnout at the last provincial election?",
        "What was the single fare in 2029?",
    ):
        assert not earlier_figure(before, "2.60 corvels", fare), before
    # "from" alone is no change ("from next month"), nor a figure the change is not from
    assert not earlier_figure("How much is a single fare?", "3.40 corvels", fare)
    assert earlier_figure("What will a single fare cost from next month?", "2.60 corvels", fare)


def test_a_dateline_is_no_value_but_of_a_day() -> None:
    from rag.verify import in_dateline

    sentence = (
        "ALDERSHOLM, April 13 (Ambrey) — Novelist Marguerite Anselm won the Ostwick Prize "
        'for Fiction on Tuesday for "The Salt Orchard", the organisers said.'
    )
    assert in_dateline("ALDERSHOLM, April 13 (Ambrey)", sentence)
    assert not in_dateline("Marguerite Anselm", sentence)


def test_a_part_of_a_count_is_not_the_count_unless_the_part_is_asked() -> None:
    from rag.verify import whole_of_part

    ward = "How many Dunmarrow Legionnaires' patients are still in hospital?"
    sentence = "Nineteen people remain in hospital, seven of them in intensive care."
    assert whole_of_part(ward, sentence, "seven") == "Nineteen"
    six = "Six remain in hospital, two of them in intensive care."
    assert whole_of_part(ward, six, "2") == "Six"
    assert whole_of_part("How many are in intensive care?", sentence, "seven") == ""
    assert whole_of_part(ward, sentence, "Nineteen") == ""  # the whole itself
    assert whole_of_part(ward, "Seven of them are in intensive care.", "Seven") == ""  # no whole


def test_a_day_miscopied_from_its_sentence_is_the_sentence_s_day() -> None:
    from rag.verify import miscopied_date

    s = "VELSING, Sept 9 (Ambrey) — Minister Ada Lind resigned on Tuesday, 8 September, aides said."
    assert miscopied_date("2 September", s) == "8 September"
    assert miscopied_date("8 September", s) == ""  # it holds the answer
    assert miscopied_date("Sept. 8", s) == ""  # written another way
    assert miscopied_date("2 October", s) == ""  # another month: not a miscopy
    assert miscopied_date("Sept. 9", s) == ""  # the dateline's day is the report's
    moved = "The vote, due on Oct. 12, will now be held on Oct. 19."
    assert miscopied_date("Oct. 13", moved) == ""  # two days: which one is unknown
    assert miscopied_date("Monday", s) == ""


def test_a_count_of_the_whole_country_is_no_count_of_a_local_place() -> None:
    from rag.verify import wider_count

    county = "How many measles cases has the Brenholt County outbreak had so far?"
    nation = "Nationally, 61 measles cases have been confirmed since January, the service said."
    assert wider_count(county, nation) == "nationally"
    assert wider_count(county, "Five new cases were confirmed, bringing the total to 12.") == ""
    assert wider_count("How many cases have been confirmed nationally?", nation) == ""
    assert wider_count("How many measles cases have there been this year?", nation) == ""


def test_a_sum_keeps_its_currency_sign() -> None:
    from rag.verify import with_currency

    concert = "The fund reached $41,250, helped by a concert that raised $9,300."
    assert with_currency("9,300", concert) == "$9,300"
    assert with_currency("$9,300", concert) == "$9,300"
    assert with_currency("2.1 million", "She announced a £2.1 million fund.") == "£2.1 million"
    assert with_currency("41", concert) == "41"  # not a whole number of the sentence
    assert with_currency("12", "Twelve, or 12 people, were hurt.") == "12"
    assert with_currency("Oct. 9", concert) == "Oct. 9"


def test_what_happened_despite_it_is_no_cause() -> None:
    from rag.verify import in_spite_of

    died = (
        "The whale died on Sunday morning despite a rescue effort involving hundreds of "
        "volunteers, after the storm pushed it back onto the sand."
    )
    effort = "rescue effort involving hundreds of volunteers"
    assert in_spite_of("What killed the whale?", effort, died)
    assert in_spite_of("Why did the whale die?", effort, died)
    assert not in_spite_of("What killed the whale?", "the storm", died)  # no "despite"
    assert not in_spite_of("What did the volunteers take part in?", effort, died)  # no cause asked


def test_words_before_the_cause_its_sentence_gives_are_no_cause() -> None:
    """ "Storm Maren" of "… lost power during Storm Maren, and the blackout was caused by
    flooding at the substation" is when, not why (reasons dev rs-conflict-01, asked of
    every report); the cause after "caused by" or "because" is one."""
    from rag.verify import before_cause

    q = "What caused the blackout in the Kell valley?"
    storm = (
        "About 9,000 homes in the Kell valley lost power during Storm Arla on Friday, and the "
        "blackout was caused by flooding at the Dunmore substation, the company said."
    )
    assert before_cause(q, "Storm Arla", storm)
    assert not before_cause(q, "flooding at the Dunmore substation", storm)
    why = "Why was the Kell line suspended?"
    line = "The Kell line was suspended on Monday because of a signalling fault."
    assert not before_cause(why, "a signalling fault", line)
    assert before_cause(why, "Monday", line)
    # a cause named before its words ("led to", "was blamed on") is left alone, and a
    # question that asks no cause is not read
    assert not before_cause(q, "A falling tree", "A falling tree led to the blackout.")
    assert not before_cause("When was the line suspended?", "Monday", line)


def test_a_sentence_that_tells_only_what_happened_gives_no_cause() -> None:
    from rag.verify import asks_cause, gives_cause, tells_no_cause

    q = "What went wrong that set off the Kestrel card payment outage?"
    summary = "Card payments on the Kestrel network failed from 11:42 to 18:55 on Saturday."
    caused = "The company said the outage was caused by a faulty configuration change."
    assert asks_cause(q) and asks_cause("Why did the ferry crews walk out?")
    assert not asks_cause("What did the ferry crews do on Monday?")
    assert tells_no_cause(q, summary) and not gives_cause(q, summary)
    assert gives_cause(q, caused) and not tells_no_cause(q, caused)
    # a cause in other words may be there: only a sentence with none of them tells none
    crews = "Why did the ferry crews walk out?"
    assert not tells_no_cause(crews, "Crews walked out over pay on Monday.")
    assert not tells_no_cause("Why was the pool shut?", "The pool was shut for repairs.")
    assert not tells_no_cause(q, "Payments failed after a fault at the company.")
    assert not tells_no_cause("What did the company say?", summary)  # no cause asked
    # a sentence that says the cause is not known tells none
    generator = "Why did the back-up generator at the care home fail?"
    unsaid = "The generator had failed too, and neither the owners nor DPN have said why."
    assert tells_no_cause(generator, unsaid)
    assert tells_no_cause(generator, "The owners gave no reason for the failure.")
    assert not tells_no_cause(generator, "The generator failed because its fuel had run out.")
    # a cause of something else is no cause of what is asked
    assert not gives_cause(crews, "The fire was caused by a faulty heater.")


def test_a_day_is_read_where_its_sentence_or_the_next_one_tells_what_is_asked() -> None:
    from rag.verify import asks_day, names_day, tells_day_of

    robbed = "On what date was the armoured van robbed in Kessmoor?"
    assert asks_day(robbed) and asks_day("Which day did the strike begin?")
    assert not asks_day("When was the museum founded?")  # may ask a month or a year
    assert names_day("on Tuesday, March 17") and names_day("17 March")
    assert not names_day("until last month") and not names_day("in May 2031")
    told = "He is the only person charged over the robbery, which took place on Tuesday, March 17."
    assert tells_day_of(robbed, told)
    # another act's day, and a day-less sentence
    assert not tells_day_of(robbed, "Lunde was remanded in custody by magistrates on Saturday.")
    assert not tells_day_of(robbed, "The robbery stunned the town.")
    # a story told in order: the act in the next sentence, which names no day of its own
    find = "On what date did Hollis Brannagh find the Ravensgill gold hoard?"
    signal = "Then, on the evening of Saturday, May 31, his detector gave a strong signal."
    assert not tells_day_of(find, signal)
    assert tells_day_of(find, signal, "Thirty centimetres down he found a twisted gold bar.")
    assert not tells_day_of(find, signal, "On Sunday he went back for more gold.")
    # "gold" only qualifies the inquest asked: the find's day is not the inquest's
    inquest = "On what date is the coroner's treasure inquest into the Ravensgill gold due?"
    assert not tells_day_of(inquest, signal, "Thirty centimetres down he found a gold bar.")
    assert tells_day_of(inquest, "The coroner has opened an inquest, to be held on June 24.")
    # the scene must open with its day: not a day told further on, then another subject
    resigned = "The party chair, Bertram Quayle, resigned on Monday morning."
    failure = "Strategists said the failure of the Harrowmere Dam days before the vote hurt."
    assert not tells_day_of("On what day did the Harrowmere Dam fail?", resigned, failure)
    # "today" mostly means now
    assert not tells_day_of(
        "On what day was the war crime committed?",
        "They are today victims of war crimes.",
    )
    # names and the asking are no words of the act: "Aleppo", "day", "happened"
    interview = (
        "On what day did Hollande give the TV interview in which he called the Aleppo "
        "bombing a war crime?"
    )
    strikes = "Airstrikes on rebel-held areas in Aleppo killed at least 16 people on Tuesday."
    assert not tells_day_of(interview, strikes)
    assert tells_day_of(interview, 'He said in a TV interview on Monday: "Those who commit …"')
    assert not tells_day_of("On what day did the accident happen?", "It happened on Monday.")
    # a name's words say nothing ("the Ossel Health Board" is no health committee); a word
    # is said by its stem ("launched" for "launch"; not "appeared" for "appeal")
    committee = "On what day did the council's health committee question Ossel Water's managers?"
    board = "According to the Ossel Health Board, the first cases were reported on Sunday."
    met = "The council's health committee met on Monday to question the company's managers."
    assert not tells_day_of(committee, board) and tells_day_of(committee, met)
    appeal = "On what day did the police launch their appeal for witnesses?"
    assert tells_day_of(appeal, "The force launched its appeal for witnesses on Wednesday.")
    assert not tells_day_of(appeal, "Keefe appeared before magistrates on Monday.")
    # `most`: two or more of the words asked, and more than half
    assert tells_day_of(committee, met, most=True)
    assert tells_day_of(
        appeal, "The force launched its appeal for witnesses on Wednesday.", most=True
    )
    centre = "On what date will Tessingham Leisure Centre reopen?"
    line = "Valleylink said it expected the line to reopen on Monday March 14."
    assert tells_day_of(centre, line) and not tells_day_of(centre, line, most=True)
    cliff = "On what date did the cliff below the Cliff Road give way?"
    inspected = "Engineers last inspected the cliff on Thursday, September 28."
    assert not tells_day_of(cliff, inspected, most=True)


def test_a_live_blog_s_header_day_is_the_day_of_its_entries_only() -> None:
    from rag.verify import blog_day

    title = "Live: boil-water notice for Orrisby"
    header = f"{title} - Friday, August 18"
    text = (
        f"{header}\n\n07:50 - Ossel Water has told 9,000 homes to boil their tap water.\n\n"
        "16:05 - Ossel Water's chief executive has apologised to customers."
    )
    committee = "On what day did the council's health committee question Ossel Water's managers?"
    apology = "On what date did Ossel Water's chief executive apologise to customers?"
    assert blog_day(committee, "Friday, August 18", header, title, text)  # never told there
    assert not blog_day(apology, "Friday, August 18", header, title, text)  # an entry tells it
    # not a header: the title is not what the sentence opens with, or the day is elsewhere
    entry = "On Friday, August 18, the council's health committee met."
    assert not blog_day(committee, "Friday, August 18", entry, title, text)
    assert not blog_day(committee, "Friday, August 18", header, "", text)
    # a question that asks no day ("When …") is left alone
    assert not blog_day("When did the committee meet?", "Friday, August 18", header, title, text)
    # the blog's own day is no day of what it calls still to come, even when an entry tells
    # of it (days dev dy-unanswerable-04: "On what date will the Cliff Road … reopen?")
    told = f"{text}\n\n17:30 - Ossel Water says the notice will be lifted next week."
    lifted = "On what date will the boil-water notice for Orrisby be lifted?"
    assert blog_day(lifted, "Friday, August 18", header, title, told)
    assert blog_day("When will the notice be lifted?", "Friday, August 18", header, title, told)
    assert not blog_day(lifted, "Friday, August 18", entry, title, told)


def test_a_price_asked_for_one_kind_stands_on_a_sentence_that_says_that_kind() -> None:
    from rag.verify import kind_unsaid, kinds_asked

    adult = "The adult swim price rises to 5.80 lunets, and a family ticket will cost 15.50."
    family = "How much will a family ticket cost at the leisure centre?"
    assert kinds_asked(family) == ["family"] and kind_unsaid(family, adult) == ""
    assert kind_unsaid(family, "The adult swim price rises to 5.80 lunets.") == "family"
    young = "How much will a swim cost for a child under five?"
    assert kinds_asked(young) == ["child", "under five"]
    assert kind_unsaid(young, "Children pay 3.10 lunets.") == "under five"
    assert kind_unsaid(young, "Children under five swim free.") == ""
    tariff = "What is the rate per kilowatt-hour on Brightwell's single-rate tariff?"
    assert kind_unsaid(tariff, "Two-rate customers will pay the night rate of 0.16.")
    assert kind_unsaid("How much is a monthly bus pass?", "A monthly pass costs 52.") == ""
    # an adult's or a single, the price meant when none is named, need not be said
    assert kinds_asked("How much will an adult pay to enter the museum?") == []
    # no price asked: the words name no kind of ticket
    assert kinds_asked("Which bank raised rates as home prices boomed?") == []


def test_how_long_something_lasted_is_no_count() -> None:
    from rag.verify import measures_other

    homes = "About 23,000 homes in the valley lost power during the storm on Saturday night."
    dark = "How long were the worst-affected homes without power after the storm?"
    assert measures_other(dark, "23,000", homes) == "a count"
    assert measures_other(dark, "41 hours", "Some homes were without power for 41 hours.") == ""
    # a book is long in pages, and a whale that stranded is long in metres
    assert measures_other("How long is the novel?", "900 pages", "It runs to 900 pages.") == ""
    whale = "How long was the whale that stranded on the beach?"
    assert measures_other(whale, "3 calves", "It had 3 calves with it.") == ""


def test_the_year_a_place_opened_is_no_answer_to_since_when_someone_ran_it() -> None:
    from rag.verify import founding_year

    run = "Since what year has she run the museum?"
    opened = "The museum, free to visit since it opened in 1958, will charge adults 12 corvels."
    assert founding_year(run, "1958", opened)
    assert not founding_year(run, "2026", "Marchbank, who has run the museum since 2026, said so.")
    both = "The building opened in 1976 and has been run by Rosalind Keble since 2019."
    keble = "Since when has Rosalind Keble run the leisure centre?"
    assert founding_year(keble, "1976", both) and not founding_year(keble, "2019", both)
    # since when the place itself has been free: the year it opened answers that
    assert not founding_year("Since when has the museum been free to visit?", "1958", opened)


def test_a_post_held_since_a_year_gives_since_when_someone_ran_it() -> None:
    from rag.verify import gives_tenure, tenure_year

    she = "Since when has she been the director of the Pellingham Museum of Art?"
    held = '"We cannot close the galleries," said Marchbank, who has run the museum since 2026.'
    assert gives_tenure(she, held) and tenure_year(she, held) == "since 2026"
    opened = "The museum, free to visit since it opened in 1958, will charge for entry."
    assert not gives_tenure(she, opened) and tenure_year(she, opened) == ""
    keble = "Since when has Rosalind Keble run the leisure centre?"
    run = "The building opened in 1976 and has been run by Rosalind Keble since 2019."
    assert tenure_year(keble, run) == "since 2019"
    assert tenure_year("Since when has Osric Vane run the leisure centre?", run) == ""
    # how long, not since when: a duration is asked, no year is read
    assert not gives_tenure("How long has she been running it?", held)


def test_a_day_already_past_is_no_day_of_what_will_happen() -> None:
    from rag.verify import already_past

    hear = "On what date will the court hear the argument over refunds?"
    assert already_past(hear, "yesterday (Oct. 17, 2028)", "2028-10-18")
    assert not already_past(hear, "Nov. 3", "2028-10-18")  # still to come
    assert not already_past(hear, "Oct. 18", "2028-10-18")  # the report's own day
    assert not already_past("When did the court rule?", "yesterday (Oct. 17, 2028)", "2028-10-18")
    assert not already_past(hear, "Monday", "")  # an undated report: nothing to tell
    reopen = "When is the Kessock valley line expected to reopen?"  # "expected to": still to come
    assert already_past(reopen, "September 3, 2027", "2030-05-17")
    assert not already_past(reopen, "May 27", "2030-05-18")
    plan = "When were the nurses planning to begin their five-day strike?"  # a plan, past tense
    assert already_past(plan, "2004", "2027-03-04")  # "The last strike, in 2004, …"
    assert not already_past(plan, "March 22", "2027-03-10")
    assert not already_past("When is the hall due to open?", "2027", "2027-03-10")


def test_a_post_given_in_apposition_answers_what_is_someones_role() -> None:
    from rag.verify import role_of

    q = "What is Clementine Arquette's role at the auction house?"
    said = "Clementine Arquette, deputy chairman of Pallister & Quire, said the canvas was clean."
    assert role_of(q, said) == "deputy chairman of Pallister & Quire"
    took = '"It was rolled," said Clementine Arquette, head of Old Masters, who took the bid.'
    assert role_of(q, took) == "head of Old Masters"
    held = "Dr. Nadia Kovalenko-Frisk, head of palaeontology at the museum, said so."
    assert role_of("What position does Dr. Nadia Kovalenko-Frisk hold?", held)
    # an age, a clause, no apposition, or no post asked: nothing
    assert (
        role_of("What is Lysander Harlowe's job?", "Lysander Harlowe, 47, told the agency.") == ""
    )
    assert role_of(q, "Clementine Arquette, who took the bid, said so.") == ""
    assert role_of(q, "Clementine Arquette said the sale went well.") == ""
    assert role_of("Who sold the painting?", said) == ""


def test_a_count_whose_clause_names_another_subject_is_that_subject_s() -> None:
    from rag.verify import count_owner

    q = "How many stores does Hallam Outfitters run?"
    assert count_owner(q, "512", "Brack & Sons runs 512 stores nationwide.") == "Brack & Sons"
    rival = "Hallam runs 96 stores, while Ostler Retail operates about 300."
    assert count_owner(q, "300", rival) == "Ostler Retail"
    assert count_owner(q, "96", rival) == ""  # the asked one's own count
    own = "Ostler agreed to buy Hallam Outfitters, which runs 96 stores in the north."
    assert count_owner(q, "96", own) == ""  # "which runs" looks back at the asked one
    assert count_owner(q, "96", "The chain runs 96 stores.") == ""  # no name: may be it
    assert count_owner(q, "96", "Analysts said 96 stores would close.") == ""  # who says it
    assert count_owner(q, "96", "Rescuers found 96 people.") == ""  # a first word, no name
    assert count_owner("How many stores are there?", "512", "Brack runs 512 stores.") == ""
    nhs = "How many people does the National Health Service employ?"
    assert count_owner(nhs, "1.3 million", "The NHS employs 1.3 million people.") == ""
    assert count_owner(q, "one", "To have one store open is rare.") == ""


def test_another_title_of_the_same_kind_is_not_the_asked_one() -> None:
    from rag.verify import other_of

    q = "Who was named player of the match in the final?"
    assert other_of(q, "Lund, later named player of the tournament, lifted the cup.") == (
        "player of the tournament"
    )
    assert other_of(q, "She was named player of the match by the organisers.") == ""
    both = "Lund was player of the match and player of the tournament."
    assert other_of(q, both) == ""  # it names the asked one too
    assert (
        other_of(
            "Where was the largest fragment of the Tamsby meteorite found?",
            ("The largest fragment of the meteorite was found on a roof."),
        )
        == ""
    )  # a name follows: no title
    assert other_of("Who is one of the owners?", "He is one of the founders.") == ""


def test_a_part_counted_after_another_subject_is_that_subject_s() -> None:
    from rag.verify import count_owner

    q = "How many outlet stores does Hallam Outfitters run?"
    both = "Ostler runs 300 stores, including 40 outlet stores, from its base in Brack."
    assert count_owner(q, "40", both) == "Ostler"
    own = "Hallam runs 96 stores, including 12 outlet stores."
    assert count_owner(q, "12", own) == ""
    staff = "How many people does Hallam Outfitters employ?"
    joined = "Ostler, which was founded in 1952, runs 300 stores and employs 4,100 people."
    assert count_owner(staff, "4,100", joined) == "Ostler"  # its verbs share its subject
    assert count_owner("How many people does Ostler employ?", "4,100", joined) == ""
    said = "Ostler, the buyer, said on Monday that Hallam employs 900 people."
    assert count_owner(staff, "900", said) == ""


def test_another_kind_of_the_asked_things_is_no_count_of_them() -> None:
    from rag.verify import clause_after, counts_thing

    q = "How many garden centres does the chain operate?"
    depot = "The depot is one of four distribution centres run by the chain."
    assert counts_thing(q, clause_after(depot, "four")) == "distribution centres"
    assert counts_thing(q, clause_after("It runs 12 garden centres.", "12")) == ""
    assert counts_thing(q, clause_after("It runs 12 centres.", "12")) == ""  # no kind said
    staff = "How many people does the chain employ?"
    assert counts_thing(staff, clause_after("It supplies its 305 stores by road.", "305")) == (
        "stores"
    )
    assert counts_thing(staff, clause_after("It employs 305 staff.", "305")) == ""
    stewards = "How many stewards were working at the festival?"
    hall = clause_after("About 2,000 people spent the night in the hall.", "2,000")
    assert counts_thing(stewards, hall) == "people"  # people, not stewards
    own = clause_after("There were 200 stewards on duty.", "200")
    assert counts_thing(stewards, own) == ""
    poles = "How many power poles have crews replaced?"
    broken = clause_after("Crews have replaced 212 broken poles so far.", "212")
    assert counts_thing(poles, broken) == ""  # a state, not another kind of pole
    hurt = "How many police officers were hurt?"
    assert counts_thing(hurt, clause_after("There were 31 injured officers.", "31")) == ""
    assert counts_thing(hurt, clause_after("It named 31 new officers.", "31")) == ""


def test_a_population_is_said_of_the_asked_place() -> None:
    from rag.verify import population_missing

    q = "How many people live in Marrow Bridge?"
    shelter = "The leisure centre in Marrow Bridge housed 95."
    assert population_missing(q, "95", shelter, shelter) == "how many live there"
    other = "Callowmere, a town of 9,400 people, was the worst hit."
    before = "Marrow Bridge was spared. " + other
    assert population_missing(q, "9,400", other, before) == "that it is Marrow Bridge's population"
    own = "Marrow Bridge, a town of 2,100 people, was spared."
    assert population_missing(q, "2,100", own, own) == ""
    town = "The town of some 2,100 residents has flooded before."
    assert population_missing(q, "2,100", town, "Marrow Bridge was hit. " + town) == ""
    assert population_missing("How many homes were flooded?", "95", shelter, shelter) == ""


def test_where_it_ended_is_no_answer_to_where_it_started() -> None:
    from rag.verify import other_end

    q = "Where did the open-top bus parade start?"
    ended = "Crowds lined the streets for the parade, which ended on the steps of the town hall."
    assert other_end(q, "the steps of the town hall", ended) == "ended"
    began = "The parade began at the clubhouse on Orchard Road and ended at the town hall."
    assert other_end(q, "the clubhouse on Orchard Road", began) == ""
    assert other_end("Where did the parade end?", "the town hall", began) == ""
    assert other_end("Where did the parade end?", "the clubhouse on Orchard Road", began) == (
        "began"
    )


def test_called_off_says_no_to_went_ahead() -> None:
    from rag.verify import negates

    q = "Did the festival go ahead on its last day?"
    assert negates(q, "The storm forced organisers to cancel the last day.") == "cancel"
    assert negates(q, "The last day went ahead despite the storm.") == ""
    both = "The Saturday show went ahead but Sunday's was called off."
    assert negates(q, both) == ""  # it says the asked state too


def test_a_limit_is_no_value_of_what_happened_nor_the_reverse() -> None:
    from rag.verify import limit_mismatch

    limit = "The speed limit on that stretch is 120 km/h."
    went = "The train was travelling at about 95 km/h when it derailed."
    assert limit_mismatch("How fast was the train travelling?", "120 km/h", limit)
    assert limit_mismatch("What is the speed limit on the stretch?", "95 km/h", went)
    assert limit_mismatch("What is the speed limit on the stretch?", "120 km/h", limit) == ""
    assert limit_mismatch("How fast was the train travelling?", "95 km/h", went) == ""
    carry = "The four-carriage train can carry 260 passengers."
    assert limit_mismatch("How many passengers were on board?", "260", carry)
    ground = "Tannery Lane, which holds about 22,500, would open its gates."
    assert limit_mismatch("What is the capacity of Tannery Lane?", "22,500", ground) == ""
    able = "Which company has the capacity to fix app payments?"  # no figure: no limit
    assert limit_mismatch(able, "Google", "Google could solve this problem today.") == ""


def test_a_town_an_outlet_is_named_after_is_still_asked_of() -> None:
    from rag.verify import missing_names

    q = "How many people have been arrested over the Kessmoor armoured van robbery?"
    cup = "Radio Valecrest Police said 11 people had been arrested after the Women's Cup final."
    outlets = ["The Kessmoor Courier", "Radio Valecrest"]
    assert missing_names(q, cup, outlets) == ["Kessmoor"]
    # an outlet the question names whole is whose report it is, not what it asks of
    said = "According to the Kessmoor Courier, how many were arrested after the final?"
    assert missing_names(said, cup, outlets) == []
    # a name with a tagline is named by its head ("Cnbc | World Business News Leader")
    tagged = "Which exchange did CNBC and TechCrunch both call the largest?"
    assert missing_names(tagged, "FTX", ["Cnbc | World Business News Leader", "TechCrunch"]) == []


def test_a_quantity_of_another_kind_answers_no_count_sum_or_share() -> None:
    from rag.verify import (
        amount_unnamed,
        clause_after,
        counts_thing,
        limit_mismatch,
        measures_other,
        someones_age,
    )

    # an age in apposition is no count of votes; "how old" asks it
    mayor = "Halvorsen, 52, was the town's mayor for a decade."
    assert someones_age("How many votes did Ada Halvorsen win?", "52", mayor)
    assert not someones_age("How old is Ada Halvorsen?", "52", mayor)
    assert someones_age("How many seats did she win?", "61", "The driver, aged 61, was unhurt.")
    assert not someones_age("How many seats did it win?", "52", "It won 52, up from 40.")
    # one party's cap is not what the election cost (a limit); a price each is a price
    cap = "Parties may spend up to 2 million crowns each on their campaigns."
    assert limit_mismatch("How much did the election cost?", "2 million crowns", cap)
    sold = "Tickets cost $50 each and sold out in an hour."
    assert not limit_mismatch("How much did the tickets cost?", "$50", sold)
    # "64 of the 150 seats" counts seats, not votes nor women
    seats = "The party won 64 of the 150 seats in parliament, 12 short of a majority."
    assert counts_thing("How many votes did the party get?", clause_after(seats, "64")) == "seats"
    assert counts_thing("How many women were elected?", clause_after(seats, "64")) == "seats"
    assert counts_thing("How many seats did the party win?", clause_after(seats, "64")) == ""
    # a count of seats is no share of the vote; a share of the vote is no turnout
    share = "What share of the vote did the Farmers' Party win?"
    assert measures_other(share, "19 seats", "The Farmers' Party won 19 seats.") == "a count"
    assert measures_other(share, "22 percent", "It won 22 percent of the vote.") == ""
    vote = "The Greens won the election with 41.5 percent of the vote."
    assert measures_other("What was the turnout?", "41.5 percent", vote) == "a share of the vote"
    assert measures_other("What was the turnout?", "61 percent", "Turnout was 61 percent.") == ""
    # what a ship carried is not what leaked, unless the question asks what it carried
    load = "The tanker was carrying 900 tonnes of diesel when it struck the rocks."
    assert limit_mismatch("How much diesel leaked from the tanker?", "900 tonnes", load)
    assert not limit_mismatch("How much diesel was the tanker carrying?", "900 tonnes", load)
    # "how much oil" asks an amount of oil: oiled birds are counted, not oil
    birds = "Volunteers said 210 oiled gulls had been rescued by Friday."
    assert amount_unnamed("How much oil has leaked?", "210", birds) == "oil"
    slick = "About 300 tonnes has leaked so far, the coastguard said."
    assert amount_unnamed("How much oil has leaked?", "300 tonnes", slick) == ""
    prize = "The winner receives $50,000."
    assert amount_unnamed("How much prize money does the winner receive?", "$50,000", prize) == ""


def test_each_measure_is_read_from_its_unit_and_a_count_is_no_measure() -> None:
    from rag.verify import asked_measures, measure, measures_other

    assert measure("120 km/h") == "speed" and measure("17 kilometres a second") == "speed"
    assert measure("40 cubic metres") == "volume" and measure("2.5 million litres") == "volume"
    assert measure("900 tonnes") == "weight" and measure("31 degrees Celsius") == "temperature"
    assert measure("3.2 km") == "length" and measure("14 months") == "time"
    # a rate's time or a year named as when is no duration
    assert measure("52,000 vehicles a day") == "" and measure("22,000 last year") == ""
    assert asked_measures("How many workers will carry out the repairs?") == {"count"}
    assert asked_measures("How many kilometres does the diversion add?") == {"length"}
    assert asked_measures("How heavy was the load?") == {"weight"}
    assert asked_measures("What was the humidity at noon?") == {"share"}
    steel = "The repairs will need about 900 tonnes of new steel and 60 welders."
    assert measures_other("How many workers will carry out the repairs?", "900 tonnes", steel)
    assert measures_other("How many workers will carry out the repairs?", "60", steel) == ""
    heat = "Temperatures reached 31 degrees and humidity stood at 68 percent."
    assert measures_other("What was the humidity?", "31 degrees", heat) == "temperature"
    assert measures_other("What was the humidity?", "68 percent", heat) == ""
    assert measures_other("How hot did it get?", "68 percent", heat) == "share"
    # a question that names a share price asks no sum by that (the assistant checks a
    # non-count question's measure only when it asks no money and no count)
    premium = "What premium does the offer represent over the closing share price?"
    assert asked_measures(premium) == {"money"}
    went = "The meteoroid entered the atmosphere at 16.8 kilometres per second."
    assert measures_other("How fast was it travelling?", "16.8 kilometres per second", went) == ""


def test_a_count_is_read_with_the_noun_the_answer_carries() -> None:
    from rag.verify import clause_after, counted_words, counts_thing

    carried = "Before the closure the bridge carried 48,000 vehicles a day, the agency said."
    workers = "How many workers will repair the bridge?"
    assert counted_words("48,000 vehicles", carried) == "vehicles a day"
    assert counts_thing(workers, counted_words("48,000 vehicles", carried)) == "vehicles"
    # read after the answer alone, its own noun is missed
    assert counts_thing(workers, clause_after(carried, "48,000 vehicles")) == ""
    assert counts_thing(workers, counted_words("48,000", carried)) == "vehicles"
    vehicles = "How many vehicles did the bridge carry a day?"
    assert counts_thing(vehicles, counted_words("48,000 vehicles", carried)) == ""


def test_a_count_of_things_is_no_measure_and_a_distance_away_no_height() -> None:
    from rag.verify import measures_other

    rolls = "The hall was destroyed along with some 3,000 rolls of finished paper."
    assert measures_other("What weight of paper was destroyed?", "3,000", rolls) == "a count"
    assert measures_other("How tall is the arena?", "18,500 seats", "It has 18,500 seats.")
    assert measures_other("How tall is the arena?", "42 metres", "It stands 42 metres high.") == ""
    # a book is long in pages; a sum's currency word is not told from a thing
    pages = "At 592 pages, the novel is no light read."
    assert measures_other("How long is the novel?", "592 pages", pages) == ""
    assert measures_other("How much did it cost?", "600 dracs", "Tickets cost 600 dracs.") == ""
    seen = "The smoke plume, visible 30 kilometres away, closed the bypass."
    assert measures_other("How high did the smoke rise?", "30 kilometres", seen)
    assert measures_other("How far away could the smoke be seen?", "30 kilometres", seen) == ""


def test_another_dimension_of_a_thing_is_not_the_asked_one() -> None:
    from rag.verify import dimension_other, measures_other

    tall = "How tall is the Varnholt concert hall?"
    roof = "The roof, which spans 92 metres, rests on 30 concrete columns."
    assert measures_other(tall, "92 metres", roof) == "a width"
    wall = "The sea wall is 700 metres long and 11 metres high."
    assert dimension_other("How high is the sea wall?", "700 metres", wall) == "a length"
    assert dimension_other("How high is the sea wall?", "11 metres", wall) == ""
    assert dimension_other("How long is the sea wall?", "700 metres", wall) == ""
    assert (
        dimension_other("How deep is the dock?", "14 metres", "It lies 14 metres below the quay.")
        == ""
    )
    # the question names the dimension the sentence gives: a span's length is asked
    bridge = "The crossing has a main span of 310 metres."
    assert dimension_other("How long is the bridge's main span?", "310 metres", bridge) == ""
    assert dimension_other("How tall is the hall?", "40 metres", "The hall rises 40 metres.") == ""


def test_how_large_a_site_asks_an_area_that_a_count_of_seats_does_not_give() -> None:
    from rag.verify import asked_measures, measures_other

    site = "How large is the plot the new stadium is built on?"
    assert asked_measures(site) == {"area"}
    assert (
        measures_other(site, "24,000 seats", "The stadium has 24,000 seats and a roof.")
        == "a count"
    )
    assert measures_other(site, "6 hectares", "The plot covers 6 hectares.") == ""
    assert asked_measures("How large was the crowd at the final?") == set()


def _counts_other(question: str, sentence: str, value: str) -> str:
    """`counts_other` as a report's check reads a value: the words around it, its clause
    and the word right before it."""
    from rag.verify import clause_after, counts_other, verb_before, window

    return counts_other(
        question,
        window(sentence, value, 5),
        clause_after(sentence, value),
        verb_before(sentence, value),
    )


def test_responders_and_viewers_are_no_count_of_the_hurt_or_the_crowd() -> None:
    other = _counts_other
    hurt = "How many firefighters were injured fighting the warehouse fire?"
    fought = "Some 60 firefighters fought the blaze through the night."
    assert other(hurt, fought, "60") == "at work on it"
    injured = "Four firefighters fighting the blaze were injured by a falling beam."
    assert other(hurt, injured, "Four") == ""
    assert other("How many firefighters fought the blaze?", fought, "60") == ""
    tv = "How many people watched the cup final on television?"
    assert (
        other(tv, "The final was played in front of a crowd of 31,000.", "31,000") == "no audience"
    )
    assert other(tv, "About 200 people waited outside the club.", "About 200") == "no audience"
    assert other(tv, "The final drew 2.1 million television viewers.", "2.1 million") == ""


def test_a_crowd_present_is_counted_by_words_that_say_it_was_there() -> None:
    from rag.verify import count_of_asked, holds_count

    other = _counts_other
    attended = "How many people attended the Women's Cup final at Lantern Park?"
    waited = (
        "About a hundred people waited outside the clubhouse when the team bus arrived, a day "
        "after the Women's Cup final at Lantern Park."
    )
    assert other(attended, waited, "About a hundred") == "no audience"
    crowd = "Rovers won 2-1 after extra time in front of a crowd of 41,200."
    assert other(attended, crowd, "41,200") == ""
    for said, value in (
        ("Last year's festival drew 22,000 people over three days.", "22,000"),
        ("About 18,000 people came this year.", "About 18,000"),
        ("The final was played in front of 30,000 people.", "30,000"),
    ):
        assert other(attended, said, value) == "", said
    # fans who watched on screens elsewhere were not there, and are no count of the crowd
    pubs = (
        "Back home, hundreds of fans packed into pubs around the ground to watch on big "
        "screens, and car horns sounded across the town long after the final whistle."
    )
    assert count_of_asked(attended, pubs) == "" and not holds_count(attended, pubs)
    assert count_of_asked(attended, "A crowd of 38,500 saw Rovers come from behind.") == "38,500"
    screens = "Hundreds of fans watched on big screens in the town's pubs."
    assert other(attended, screens, "Hundreds") == "watching on screens"
    tv = "How many people watched the Women's Cup final on television?"
    assert other(tv, screens, "Hundreds") != ""  # no television audience either


def test_what_happened_to_some_of_the_things_is_no_count_of_all_of_them() -> None:
    from rag.verify import count_of_event, counted_words

    total = "How many cabins does the Moselund gondola have in total?"
    fell = "Three cabins fell onto the ski run below."
    assert count_of_event(total, counted_words("Three", fell)) == "fell"
    assert count_of_event(total, counted_words("48", "The gondola has 48 cabins.")) == ""
    assert count_of_event("How many cabins fell?", counted_words("Three", fell)) == ""
    fleet = "How many aircraft does Norrvik Air operate?"
    grounded = "Nine aircraft were grounded after the inspection."
    assert count_of_event(fleet, counted_words("Nine", grounded)) == "were grounded"


def test_a_quantity_of_a_part_alone_is_no_quantity_of_the_whole() -> None:
    from rag.verify import part_alone

    hoard = "How much does the Ravensgill gold hoard weigh altogether?"
    assert part_alone(hoard, "The torc alone weighs 412 grams.") == "torc"
    assert part_alone("How much does the torc weigh?", "The torc alone weighs 412 grams.") == ""
    offices = "How many post offices does Quellmark Post plan to shut?"
    counted = "She said she had counted 14 branches in the Saltmere district alone that met it."
    assert part_alone(offices, counted) == "district"
    # "alone" that says how, not which part
    assert part_alone(offices, "The man lived alone on Cooper's Row.") == ""
    assert part_alone(offices, "Brevik pulled clear and crossed the line alone.") == ""
    assert part_alone(hoard, "The hoard weighs 1.9 kilograms in all.") == ""


def test_a_day_in_an_after_phrase_is_that_events_not_the_asked_acts() -> None:
    from rag.verify import dates_adjunct

    robbed = "On what date was the armoured van robbed in Kessmoor?"
    raids = (
        "Police investigating last week's $2.3 million armoured-van robbery in Kessmoor have "
        "now arrested five people, after dawn raids on three homes in the city on Wednesday."
    )
    assert dates_adjunct(robbed, "Wednesday", raids) == "dawn raids"
    # the phrase tells the asked act in other words, sharing the question's words
    held_up = (
        "A man has been charged with robbery after four masked men held up an armoured van "
        "on the ring road on Thursday, March 19."
    )
    assert dates_adjunct(robbed, "Thursday, March 19", held_up) == ""
    took_place = "He was charged over the robbery, which took place on Tuesday, March 17."
    assert dates_adjunct(robbed, "Tuesday, March 17", took_place) == ""
    itself = "Two men were charged after the van was robbed on Thursday."
    assert dates_adjunct(robbed, "Thursday", itself) == ""
    # a sentence that never tells the asked act is other checks' business
    assert dates_adjunct(robbed, "Wednesday", "Five were held after dawn raids on Wednesday.") == ""
    # no verb form asked: nothing to tell apart
    assert dates_adjunct("When did the storm hit the festival?", "Wednesday", raids) == ""


def test_a_date_or_a_sum_of_another_event_is_no_answer() -> None:
    from rag.verify import other_event

    opened = "In what year did the Brannock quarry open?"
    bought = "Tarsel Stone, which bought the Brannock quarry in 2011, employs 90 people."
    assert other_event(opened, "2011", bought) == "bought"
    assert other_event(opened, "1964", "The Brannock quarry opened in 1964.") == ""
    setup = "The board, which was set up in 2019 by the mayor, meets monthly."
    assert other_event("When was the old library built?", "2019", setup) == "founded"
    cost = "How much did the rescue of the trawler crew cost?"
    repairs = "The owners said repairs to the damaged harbour wall would cost 2 million euros."
    assert other_event(cost, "2 million euros", repairs) == "repaired"
    build = "How much did the Hollin Bridge cost to build?"
    both = (
        "The bridge cost 30 million euros to build, and a further 4 million is being "
        "spent on repairing the approach roads."
    )
    assert other_event(build, "30 million euros", both) == ""
    assert other_event(build, "4 million", both) == "repaired"
    # a question naming no event, or asking neither a date nor a sum, is not read
    assert other_event("How much did the tickets cost?", "2011", bought) == ""
    assert other_event("Who bought the Brannock quarry?", "2011", bought) == ""


def test_a_count_of_another_role_is_no_count_of_the_asked_one() -> None:
    from rag.verify import counted_words, counts_thing

    hurt = "How many rescuers were injured during the rescue of the trapped miners?"
    brought = "Rescuers brought 17 copper miners to the surface alive on Thursday."
    assert counts_thing(hurt, counted_words("17", brought)) == "miners"
    workers = "Some 140 rescue workers from six teams took part."
    assert counts_thing(hurt, counted_words("140", workers)) == ""
    finished = "Only 98 of the 176 starters finished the race."
    assert counts_thing("How many riders finished the race?", counted_words("98", finished)) == ""
    members = "The strike by 2,000 members of the Dockers' Union ended."
    assert counts_thing("How many dockers went on strike?", counted_words("2,000", members)) == ""


def test_a_measure_with_no_unit_and_a_clock_time_are_no_length_or_temperature() -> None:
    from rag.verify import asked_measures, limit_mismatch, measures_other

    room = "The hall opened on Monday, and it has room for 1,200."
    assert measures_other("How long is the new hall?", "1,200", room) == "no unit"
    assert measures_other("How deep is the shaft?", "640m", "It reached 640m below ground.") == ""
    assert measures_other("How long is the hall?", "90", "The hall is 90 metres long.") == ""
    assert (
        measures_other("How long has she led the party?", "2019", "She has led it since 2019.")
        == ""
    )
    bells = "The bells rang out shortly after four o'clock on Thursday."
    assert measures_other("What was the temperature in the shaft?", "4 o'clock", bells) == "time"
    # "how long did it take" asks a time: a count of things is none
    assert asked_measures("How long did it take to build the hall?") == {"time"}
    walked = "850 pupils walked through the doors of the school."
    took = "How long did it take to build the school?"
    assert measures_other(took, "850 pupils walked", walked) == "a count"
    # a limit word that governs the next number is not the value's
    both = "The school cost 48 million euros to build and can take 1,200 pupils."
    assert limit_mismatch("How much did the school cost to build?", "48 million euros", both) == ""
    assert limit_mismatch("How many pupils started?", "1,200", both) != ""


def test_the_one_replaced_gives_way_to_the_one_who_replaced_them() -> None:
    from rag.verify import successor

    asked = "Who is leading the council's side in the talks?"
    moved = "Ada Vell, its finance director, has been replaced at the table by Ivo Marsh, it said."
    assert successor(asked, "Ada Vell", moved) == "Ivo Marsh"
    took = "Ivo Marsh, the deputy mayor, replaced Ada Vell on Friday."
    assert successor(asked, "Ada Vell", took) == "Ivo Marsh"
    assert successor(asked, "Ivo Marsh", took) == ""  # the one named already holds it
    assert successor("Who originally led the talks?", "Ada Vell", moved) == ""
    assert successor(asked, "Ada Vell", "Ada Vell met Ivo Marsh on Friday.") == ""
    part = "Ada Vellmann has been replaced by Ivo Marsh."  # "Vell" is no whole word of it
    assert successor(asked, "Vell", part) == ""


def test_a_thing_of_another_length_or_several_places_or_a_plan_is_not_the_asked_one() -> None:
    from rag.verify import other_length, planned_count, several_for_one

    five = "When does the five-day strike begin?"
    assert other_length(five, "Staff will walk out for 48 hours from Monday.") == "48-hour"
    assert other_length(five, "The 48-hour strike ends; the five-day strike begins May 2.") == ""
    assert other_length("When does the strike begin?", "They walk out for 48 hours.") == ""
    one = "How many nurses at Orrin Valley Hospital have walked out so far?"
    assert several_for_one(one, "900", "About 900 nurses walked out at three hospitals.") != ""
    both = "About 900 nurses walked out at Ansel General and Orrin Valley hospitals."
    assert several_for_one(one, "900", both) != ""
    assert several_for_one(one, "300", "About 300 nurses walked out at Orrin, one of three.") == ""
    assert several_for_one(one, "9", "Nine nurses walked out at two hospitals.") != ""
    assert several_for_one(one, "30", "About 300 nurses walked out at two hospitals.") == ""
    due = "About 900 nurses employed by the board are due to walk out on Monday."
    assert planned_count(one, "900", due)
    assert not planned_count(one, "900", "About 900 nurses walked out on Monday.")
    assert not planned_count("How many nurses will walk out?", "900", due)
    beds = "The 460-bed hospital will not take patients until next year."
    assert not planned_count("How many beds does the hospital have?", "460", beds)


def test_who_said_a_sentence_is_not_who_did_what_was_asked() -> None:
    from rag.verify import speaker_only

    q = "Who was leading the port authority's side in the talks with the dockers?"
    said = (
        "Dockers at Wendmoor voted to strike for the first time in a decade, "
        "the Harbour Workers' Guild said on Monday."
    )
    assert speaker_only("Harbour Workers' Guild", q, said)
    assert speaker_only("the Harbour Workers' Guild", q, said)
    # someone else in the sentence, or the speaker doing more than saying, is not only a speaker
    assert not speaker_only("Wendmoor", q, said)
    acted = "“You let this port down,” Mara Vell said as she walked out of the talks."
    assert not speaker_only("Mara Vell", "Who walked out of the talks?", acted)
    # who a quotation closes on is its speaker, an age or a post between them
    quoted = (
        '"We thought it was an old print someone had painted as a hobby," Ivo Brandt, 47, '
        "told the Lessing Press Agency."
    )
    found = "Who realised that the canvas at Holm Farm was a Vantongeren?"
    assert speaker_only("Ivo Brandt", found, quoted)
    assert speaker_only(
        "Ivo Brandt",
        found,
        '"It was filthy," said the valuer. "Not a print," Ivo Brandt said on Monday.',
    )
    # a closing credit's name after its description
    credit = "A train derailed near Fendlow on Friday, the national rail operator Valerail said."
    assert speaker_only("Valerail", "Who is leading the inquiry into the derailment?", credit)
    assert not speaker_only("Fendlow", "Who is leading the inquiry into the derailment?", credit)
    # … but not when the words between say what the question asks
    finder = '"It was filthy," Ivo Brandt, who realised it was a Vantongeren, said.'
    assert not speaker_only("Ivo Brandt", found, finder)
    # a question about a saying is answered by who said it
    assert not speaker_only("Harbour Workers' Guild", "Who announced the strike vote?", said)
    assert not speaker_only("Harbour Workers' Guild", "Which union reported the result?", said)


def test_when_something_was_due_is_said_by_the_sentence_that_moves_it() -> None:
    from rag.verify import event_missing

    q = "When was the dockers' strike due to start?"
    assert event_missing(q, "The guild postponed the strike, moving it from May 3 to May 10.") == ""
    assert event_missing(q, "The strike set for May 3 remains on, it said.") == ""
    assert event_missing(q, "The last dockers' strike, in 2009, lasted a day.") == "start"
    # a question about what was done still needs the deed
    assert event_missing("When was the crane replaced?", "The work was postponed.") == "replaced"


def test_a_sentence_that_gives_another_month_or_rank_says_no() -> None:
    from rag.verify import gives_otherwise

    may = "Did Joakim Pelt first spot the bones at the quarry in May?"
    assert gives_otherwise(may, "Joakim Pelt spotted the first bones in late April.") == "April"
    assert gives_otherwise(may, "Pelt spotted them on May 3, after April rain.") == ""
    assert gives_otherwise(may, "Pelt may have spotted them first.") == ""  # no month
    top = "Did the Gellan Wolves finish top of the regular season?"
    assert gives_otherwise(top, "Gellan, who finished sixth in the regular season, led.") == "sixth"
    assert gives_otherwise(top, "Gellan finished first in the regular season.") == ""
    # the days a question dates its reports by ask nothing
    change = (
        "Between the report published on October 12, 2023, and the report published on "
        "December 6, 2023, was there a change in their relationship status?"
    )
    assert gives_otherwise(change, "In July, he invited her to a game.") == ""


def test_an_age_description_is_read_as_the_name_the_sentence_beside_it_gives() -> None:
    passage = (
        "KESSMOOR — Tomas Ekberg has waited his whole career for a moment like this. With "
        "three minutes left in game seven, the 31-year-old winger lifted the puck over the "
        "goaltender.\n\nEkberg signed for the Ironclads in 2019."
    )
    winger = passage.split(". ", 1)[1].split("\n")[0]
    name, both = described("31-year-old winger", winger, passage, passage)
    assert name == "Tomas Ekberg"
    assert both.startswith("KESSMOOR — Tomas Ekberg has waited") and both.endswith("goaltender.")
    # an indefinite one is named by the sentence after it
    charged = (
        "A 34-year-old man has been charged with robbery.\n\nViktor Halme, of no fixed "
        "address, appeared before magistrates. Halme was remanded in custody."
    )
    first = "A 34-year-old man has been charged with robbery."
    assert described("A 34-year-old man", first, charged, charged)[0] == "Viktor Halme"
    # a name the article never uses alone is no person's ("Storm Aveline", an agency)
    storm = "Storm Aveline battered the coast overnight. The 58-year-old man was killed."
    last = "The 58-year-old man was killed."
    assert described("The 58-year-old man", last, storm, storm) == ("", "")
    # not the sentence's subject, a thing, a name, or a description with no name beside it
    judged = "Anna Strand sat in court. Judge Beck told the 44-year-old former chief he lied."
    told = "Judge Beck told the 44-year-old former chief he lied."
    assert described("the 44-year-old former chief", told, judged, judged + " Strand.") == ("", "")
    assert described("a 40-year-old structure", first, charged, charged) == ("", "")
    assert described("Viktor Halme", first, charged, charged) == ("", "")
    alone = "A 34-year-old man has been charged with robbery. Police said more arrests may follow."
    assert described("A 34-year-old man", first, alone, alone) == ("", "")


def test_where_something_was_going_or_near_is_said_by_its_preposition() -> None:
    from rag.verify import place_relation_missing as missing

    q = "Where was the stranded ferry going?"
    aground = "The ferry ran aground in Skerry Sound on Friday."
    assert missing(q, "Skerry Sound", aground) == "going to"
    assert missing(q, "Vallen", "The 07:40 sailing from Orm to Vallen ran aground.") == ""
    assert missing(q, "Vallen", "The ferry, bound for Vallen, ran aground.") == ""
    assert missing(q, "Orm", "The 07:40 sailing from Orm to Vallen ran aground.") == "going to"
    near = "Near which place did the ferry run aground?"
    assert missing(near, "Skerry Sound", aground) == "near"
    assert missing(near, "Tollby", "It ran aground near the village of Tollby.") == ""
    # where it happened is asked as before
    assert missing("Where did the ferry run aground?", "Skerry Sound", aground) == ""


def test_a_journey_tells_where_something_was_going_and_its_end_is_the_answer() -> None:
    """What each report is read for, for where something was going: a sentence that tells
    a journey ("from Orm to Vallen", "bound for Vallen"), not any "to" before a name
    ("taken to Tollby hospital"); a reply giving the whole journey gives its end."""
    from rag.verify import asks_place_relation, gives_place_relation, journey_end

    q = "Where was the stranded ferry going?"
    assert asks_place_relation(q) and not asks_place_relation("Where did the ferry run aground?")
    for sentence, told in (
        ("The 07:40 sailing from Orm to Vallen ran aground.", True),
        ("The ferry, bound for Vallen, ran aground in Skerry Sound.", True),
        ("It had been heading for the Isle of Carra when its engine failed.", True),
        ("Twelve passengers were taken to Tollby hospital.", False),
        ("The ferry ran aground in Skerry Sound on Friday.", False),
    ):
        assert gives_place_relation(q, sentence) == told, sentence
    near = "Near which place did the ferry run aground?"
    assert gives_place_relation(near, "It ran aground near the village of Tollby.")
    assert not gives_place_relation(near, "It ran aground in Skerry Sound.")
    sailing = "The 07:40 sailing from Orm to Vallen ran aground."
    assert journey_end(q, "Orm to Vallen", sailing) == "Vallen"
    assert journey_end(q, "from Orm to Vallen", sailing) == "Vallen"
    assert journey_end(q, "Vallen", sailing) == ""  # no journey given
    assert journey_end("Where did the ferry run aground?", "Orm to Vallen", sailing) == ""
    assert journey_end(q, "Orm to Vallen", "A ferry ran aground off Orm; Vallen sent a tug.") == ""


def test_what_only_qualifies_the_asked_noun_does_not_make_a_count_of_it() -> None:
    """ "How many power poles …": "power" only says which poles, so "41,200 homes lost
    power" counts homes; a verb the question asks still fits ("98 of the 176 starters
    finished" for how many riders finished). The one count of the asked thing in a
    sentence is read where the model took another ("431 poles", "212 broken poles")."""
    from rag.verify import clause_after, count_of_asked, counts_thing, holds_count

    q = "How many power poles has Harle Electric replaced since the ice storm?"
    homes = "In all, 41,200 homes lost power between Saturday evening and Sunday morning."
    assert counts_thing(q, clause_after(homes, "41,200")) == "homes"
    more = "It said it had reconnected 5,750 more homes since Monday."
    assert counts_thing(q, clause_after(more, "5,750")) == "homes"
    poles = "Crews have replaced 431 poles in all, 43 of them since Monday."
    assert counts_thing(q, clause_after(poles, "431")) == ""
    assert count_of_asked(q, poles) == "431" and holds_count(q, poles)
    assert count_of_asked(q, "Crews have replaced 212 broken poles so far.") == "212"
    total = "That brings the total restored to 47,100 of the 47,900 that lost power."
    assert count_of_asked(q, total) == "" and not holds_count(q, total)
    assert not holds_count(q, homes)
    two = "Crews replaced 40 poles on Monday and 52 poles on Tuesday."
    assert count_of_asked(q, two) == ""  # two counts fit: the sentence does not say
    assert count_of_asked("How many people died?", poles) == ""  # a family is read as before
    finished = "Only 98 of the 176 starters finished the race."
    riders = "How many riders finished the race?"
    assert counts_thing(riders, clause_after(finished, "98")) == ""
    assert count_of_asked(riders, finished) == ""  # "176 starters finished": not riders
    either = "How many families or households were displaced?"
    assert counts_thing(either, clause_after("It displaced 60 households.", "60")) == ""
    assert counts_thing(either, "families from their homes") == ""  # either noun is asked
    nurses = "How many nurses have taken part in the strike so far?"
    said = '"Nobody is wavering now," said one nurse at Tibberly Community Hospital.'
    assert count_of_asked(nurses, said) == ""  # "said one nurse" names who spoke
    held = "How many people have been arrested over the robbery?"
    assert count_of_asked(held, "Police said two people had been arrested.") == "two"
    walked = "About 300 nurses have taken part in the strike, said one nurse."
    assert count_of_asked(nurses, walked) == "300"
    # the count's own clause must say what the question asks of them
    crash = "A crash, 105 km from the finish, brought down a dozen riders, and one abandoned."
    assert count_of_asked(riders, crash) == ""
    assert count_of_asked(riders, "In the end 98 riders finished the race.") == "98"
    # the words of the counted phrase ("league games") and of when ("this season") are
    # not what is done to them
    won = "How many league games did Pellham Albion win this season?"
    lost = "Albion finish with 81 points from 25 wins, and lost only five league games."
    assert count_of_asked(won, lost) == ""
    # a report may count the same things by another noun
    fans = clause_after("Around 5,000 Pennock fans had travelled to the final.", "5,000")
    assert counts_thing("How many Pennock Athletic supporters travelled?", fans) == ""


def test_the_doer_of_another_act_does_not_answer_who_did_the_asked_one() -> None:
    """ "The bodies were found by the crew of the Pellow lifeboat … where the raft was
    picked up": the lifeboat found, it did not pick up. A sentence that never tells the
    asked act keeps its "by" doer (another verb may say the same thing)."""
    from rag.verify import done_by_other

    q = "Which ship picked up the survivors of the trawler Marra?"
    found = (
        "The bodies were found by the crew of the Pellow lifeboat about 15 kilometres from "
        "where the raft carrying the survivors was picked up on Tuesday."
    )
    assert done_by_other(q, "Pellow lifeboat", found) == "found"
    assert done_by_other(q, "the Pellow lifeboat", found) == "found"
    assert (
        done_by_other(q, "Cape Ardent", "The raft was picked up by the tanker Cape Ardent.") == ""
    )
    assert (
        done_by_other(q, "Cape Ardent", "The men were rescued by the crew of the Cape Ardent.")
        == ""
    )
    assert done_by_other("Who scored the winner?", "Ada Rook", "It was scored by Ada Rook.") == ""


def test_one_act_does_not_answer_what_a_subject_does() -> None:
    from rag.verify import tells_one_act

    asked = "What does Holloway Cold Storage do?"
    assert tells_one_act(asked, "removed the tower and installed an air-cooled system")
    assert tells_one_act(asked, "has sold its Tanner Road warehouse")
    assert not tells_one_act(asked, "stores frozen food for supermarkets")
    assert not tells_one_act(asked, "Feeds the city's supermarkets")
    assert not tells_one_act("What did Holloway Cold Storage do?", "removed the tower")
    assert not tells_one_act("What does Holloway Cold Storage sell?", "frozen food")


def test_a_country_wide_count_is_not_read_for_a_local_one() -> None:
    """What each report is read for, for a local count: not "Nationally, 61 measles cases
    …" (the report's own total is read instead)."""
    from rag.verify import holds_count

    county = "How many measles cases has the Thornaby County outbreak had so far?"
    national = "Nationally, 61 measles cases have been confirmed since January."
    assert not holds_count(county, national)
    assert holds_count(county, "Four more measles cases have been confirmed in the county.")
    assert holds_count("How many measles cases have there been nationally?", national)


def test_a_number_joined_to_another_numbers_unit_is_not_given_by_its_sentence() -> None:
    """ "300 hours" from "Over the next thirty hours, more than 300 people came": the
    sentence writes 300, never with hours. A unit written another way, or a number with
    no unit, is left to the other checks."""
    from rag.verify import unit_unsaid

    crowd = "Over the next thirty hours, more than 300 people came to Wrenna Strand to help."
    assert unit_unsaid("300 hours", crowd) == "300 hours"
    assert unit_unsaid("about 300 hours", crowd) == "300 hours"
    assert unit_unsaid("300 people", crowd) == ""  # no unit: a count
    assert unit_unsaid("300", crowd) == ""
    assert unit_unsaid("48 hours", "Nurses began a 48-hour strike on Monday.") == ""
    assert unit_unsaid("17 km", "The slick was about 17 kilometres long.") == ""
    assert unit_unsaid("17 hours", "The slick was about 17 kilometres long.") == "17 hours"
    assert unit_unsaid("40 tonnes", "Forty tonnes of fish were lost.") == ""  # not written so


def test_a_bare_count_whose_sentence_never_names_the_asked_things_is_not_theirs() -> None:
    """ "membership had more than doubled …, to 2,400" for how many season-ticket
    holders: the number has no noun of its own, and neither its sentence nor the one
    before names holders. Where the one before names them, or the number's own noun
    speaks (the other count checks read that), or people are asked, it stands."""
    from rag.verify import count_unnamed

    q = "How many season-ticket holders did Ravensholt Town have?"
    trust = "The supporters' trust said its membership had more than doubled, to 2,400."
    assert count_unnamed(q, "2,400", trust) == "holders"
    before = "The club had 3,100 season-ticket holders last year. That rose to 3,400."
    assert count_unnamed(q, "3,400", before) == ""
    assert count_unnamed(q, "400", "It sold 400 scarves.") == ""  # its own noun: not this check
    total = "One new case was confirmed on Friday, bringing the total to 24."
    assert count_unnamed("How many measles cases have there been so far?", "24", total) == ""
    assert count_unnamed("How many people died?", "41", "The toll rose to 41.") == ""
    games = "Albion won 26 of their league games, two clear of Tiverne Vale, who won 24."
    assert count_unnamed("How many league matches did Tiverne Vale win?", "24", games) == ""
    # a count of people asked by another noun: cases, the displaced, people's records
    ill = "Nine people have been confirmed ill."
    assert count_unnamed("How many confirmed cases had there been?", "Nine", ill) == ""
    either = "How many families or households were displaced?"
    assert count_unnamed(either, "dozens", "It drove dozens of families from their homes.") == ""
    data = "As many as 3.8 million people may have had their data exposed."
    assert count_unnamed("How many people's records were exposed?", "3.8 million", data) == ""


def test_a_group_that_numbers_n_gives_the_count_of_its_members() -> None:
    """ "The herd numbered 64 before the flood" for how many ponies were in the herd: the
    number is the size of the group the question counts in, though the sentence never
    says "ponies". A group the question does not name, or a number not given as a size
    ("lost 64"), still names no ponies."""
    from rag.verify import count_unnamed, numbers_group

    q = "How many ponies were in the Tarnby herd before the flood?"
    herd = "The herd numbered 64 before the flood."
    assert numbers_group(q, "64", herd) and count_unnamed(q, "64", herd) == ""
    assert count_unnamed(q, "about 64", "The Tarnby herd numbered about 64.") == ""
    village = "The village numbered 640 before the flood."
    assert not numbers_group(q, "640", village) and count_unnamed(q, "640", village) == "ponies"
    lost = "The herd lost 64 in the flood."
    assert not numbers_group(q, "64", lost) and count_unnamed(q, "64", lost) == "ponies"
    assert not numbers_group("How many ponies drowned?", "64", herd)  # no group asked


def test_a_role_question_reads_each_report_for_the_sentence_giving_the_post() -> None:
    """What each report is read for (`chat.read_for`), for someone's role: a sentence
    that gives her post after her name ("said Clementine Arquette, head of Old Masters
    at …"), not one that only names her."""
    from rag.chat import read_for
    from rag.config import Config
    from rag.question import analyze
    from rag.verify import asks_role, gives_role

    q = "What is Clementine Arquette's role at the auction house that sold the painting?"
    assert asks_role(q) and not asks_role("Who sold the painting?")
    said = '"It matters," said Clementine Arquette, head of Old Masters at Pallister, who bid.'
    named = "Clementine Arquette took the telephone bid on Thursday night."
    assert gives_role(q, said) and not gives_role(q, named)
    holds = read_for(analyze(q), q, False, Config())
    assert holds is not None and holds(said) and not holds(named)
    yesno = "Did the Gazette describe Clementine Arquette's role as decisive?"
    assert read_for(analyze(yesno), yesno, False, Config()) is None  # no role asked


def test_an_age_question_reads_each_report_for_the_sentence_giving_the_age() -> None:
    """For "how old is the architect …?" a report is read (`chat.read_for`) for the
    sentence that gives someone the question names an age, which may share little else
    with the question ("The architect, Yrsa Vinterby, 47, said …")."""
    from rag.chat import read_for
    from rag.config import Config
    from rag.question import analyze

    q = "How old is the architect of the Corbell Arena?"
    given = "The architect, Yrsa Vinterby, 47, said the design had been shaped by the winters."
    holds = read_for(analyze(q), q, False, Config())
    assert holds is not None and holds(given)
    assert holds("The 27-year-old architect said the roof was the hardest part.")
    assert not holds("Guard Rasmo Halvenne, 24, scored 31 points.")  # someone else's age
    assert not holds("The architect said the design had been shaped by the winters.")  # none
    count = "How many seats does the Corbell Arena have?"
    counts = read_for(analyze(count), count, False, Config())
    assert counts is not None and not counts(given) and counts("The arena has 18,500 seats.")


def test_an_answer_that_names_what_another_describes_leads() -> None:
    """Of "picked up by a passing tanker" and "the product tanker Helder Crest" the second
    tells the same ship by its name, and leads the answer even where the first report's
    sentence scores higher; a description no other report names stays the lead."""
    from rag.compare import lead, names_described
    from rag.question import analyze
    from rag.types import Extraction

    vague = Extraction(
        "The Civic Ledger",
        "answered",
        "passing tanker",
        sentence="Three crew members survived before they were picked up by a passing tanker.",
        score=0.32,
    )
    named = Extraction(
        "Maritime Dispatch",
        "answered",
        "Helder Crest",
        sentence="The raft was spotted by a lookout aboard the product tanker Helder Crest.",
        score=0.22,
    )
    other = Extraction(
        "Skerrow Radio",
        "answered",
        "Fennick Point",
        sentence="The lifeboat from Fennick Point found the bodies.",
        score=0.2,
    )
    q = analyze("Which ship picked up the Corran Belle survivors?")
    assert names_described(vague, named) and not names_described(named, vague)
    assert lead(q, [vague, named]) is named
    assert lead(q, [vague, other]) is vague  # "lifeboat" is no tanker
    the = Extraction("X", "answered", "tanker", sentence="They were picked up by the tanker.")
    assert not names_described(the, named)  # "the tanker" points at one already named


def _said(outlet: str, value: str, sentence: str, score: float, day: str = "") -> Extraction:
    """An outlet's answered extraction, as `rag.reports` builds it, for compare's tests."""
    return Extraction(
        outlet, "answered", value, sentence=sentence, score=score, published_at=day, fit=1.0
    )


def test_a_count_asked_before_an_event_is_the_one_a_report_gives_before_it() -> None:
    """ "How many ponies were in the Tarnby herd before the flood?": the counts of the
    story after the flood (30 drowned, 34 moved to higher ground) answer another time;
    the report that gives the count "before the flood" leads alone, with no "changed"
    between it and the later counts. Without such a report, or for a question asking no
    time before an event, the comparison is as before."""
    from dataclasses import replace

    from rag.compare import Rules, compare, lead, told_at_asked_time
    from rag.question import analyze

    q = analyze("How many ponies were in the Tarnby herd before the flood?")
    drowned = _said(
        "Fen Post", "30", "Thirty ponies of the Tarnby herd drowned.", 0.7, "2031-03-02"
    )
    moved = _said("Fen Post", "34", "The other 34 ponies were moved uphill.", 0.6, "2031-03-04")
    before = _said("Dale Echo", "64", "The herd numbered 64 before the flood.", 0.4, "2031-03-01")
    assert told_at_asked_time(q, before.sentence) and not told_at_asked_time(q, drowned.sentence)
    assert told_at_asked_time(q, "It had 64 ponies before Sunday's flood.")
    assert lead(q, [drowned, moved, before]) is before
    rules = Rules()
    assert compare(q, [drowned, moved, before], {}, {}, rules) is None  # one report gives it
    # no report gives a count before the flood: the others are compared as before
    plain = analyze("How many ponies were in the Tarnby herd?")
    pinned, unpinned = (compare(x, [drowned, moved], {}, {}, rules) for x in (q, plain))
    assert pinned is not None and unpinned is not None
    assert replace(pinned, slot="") == replace(unpinned, slot="")
    assert lead(q, [drowned, moved]) is drowned
    after = analyze("How many ponies were in the Tarnby herd after the flood?")
    assert not told_at_asked_time(after, before.sentence)
    when = analyze("When did the herd number 64 before the flood?")
    assert not told_at_asked_time(when, before.sentence)  # a date is asked: not a count


def test_a_deed_asked_after_an_event_is_the_one_a_report_tells_after_it() -> None:
    """ "What did the developer change after the airfield objected?" (eval/corpora/sequels):
    the deed a report tells "after" the event leads alone; a deed told after another
    event (the minister's call-in) is of another time, no rival value. No report telling
    a deed after the event: the deeds are compared as before."""
    from rag.compare import Rules, compare, lead, told_at_asked_time
    from rag.question import analyze

    q = analyze("What did the developer change after the airfield objected to the wind farm?")
    stopped = _said(
        "Greenline Energy Report",
        "stopped all preparatory work",
        "Sundhollow Renewables has stopped all preparatory work on its Skelda Moor wind farm "
        "after Planning Minister Lavinia Okonedo called in the project on Monday.",
        0.6,
        "2030-05-14",
    )
    lowered = _said(
        "The Wexcombe Informer",
        "lowered the turbines from 200 metres",
        "Sundhollow moved two turbines away from the Skelda Beck after a survey of bats, and "
        "lowered the turbines from 200 metres after objections from the nearby Hessock Airfield.",
        0.5,
        "2030-05-02",
    )
    assert told_at_asked_time(q, lowered.sentence) and not told_at_asked_time(q, stopped.sentence)
    assert lead(q, [stopped, lowered]) is lowered
    assert compare(q, [stopped, lowered], {}, {}, Rules()) is None  # one report tells it
    plain = analyze("What did the developer change?")
    assert not told_at_asked_time(plain, lowered.sentence)
    assert lead(plain, [stopped, lowered]) is stopped


def test_a_when_answer_leads_with_the_sentence_that_tells_the_act_asked() -> None:
    """ "When did the intruders first log in to the Brackwater network?": the sentence that
    says when staff discovered the attack shares more words with the question (Brackwater,
    network) and so scores higher, but only "first logged in on Jan. 25" tells the act."""
    from dataclasses import replace

    from rag.compare import lead, telling_act
    from rag.question import analyze
    from rag.types import Extraction

    discovered = Extraction(
        "The Brackwater Post",
        "answered",
        "early on Thursday",
        sentence="Brackwater shut its network after staff discovered an attack early on Thursday.",
        score=0.59,
    )
    logged = Extraction(
        "Netwatch",
        "answered",
        "Jan. 25",
        sentence="The intruders first logged in on Jan. 25 with a contractor's password.",
        score=0.41,
    )
    q = analyze("When did the intruders first log in to the Brackwater network?")
    assert telling_act(q.text, [discovered, logged]) == [logged]
    assert lead(q, [discovered, logged]) is logged
    # the act in the question's own words ("was … discovered"), over a closer sentence
    found = analyze("When was the attack on the Brackwater network discovered?")
    assert lead(found, [discovered, replace(logged, score=0.7)]) is discovered
    # no sentence tells it
    nothing = analyze("When did the intruders strike?")
    assert telling_act(nothing.text, [discovered, logged]) == []
    assert lead(nothing, [discovered, logged]) is discovered  # the closer sentence, as before
    # only a question asking a day: who logged in is no question of when
    who = analyze("Who first logged in to the Brackwater network?")
    assert lead(who, [discovered, logged]) is discovered


def test_a_when_answer_for_a_planned_act_leads_with_the_sentence_that_tells_that_act() -> None:
    """ "What time was the ferry scheduled to leave Orrick?": "scheduled" stands in both
    sentences ("its scheduled crossing …, docking at Vell at 10:05"), so the act asked is
    the verb the plan is for, "leave", which only "was scheduled to leave Orrick at 9:15"
    tells."""
    from rag.compare import lead, telling_act
    from rag.question import analyze

    crossing = "The ferry was halfway into its scheduled crossing from Orrick when a fire broke out"
    docking = _said(
        "Vell Courier", "10:05 a.m.", f"{crossing}, docking at Vell at 10:05 a.m.", 0.78
    )
    leaving = _said(
        "Orrick Times", "9:15 a.m.", "The ferry was scheduled to leave Orrick at 9:15 a.m.", 0.65
    )
    q = analyze("What time was the ferry scheduled to leave Orrick?")
    assert telling_act(q.text, [docking, leaving]) == [leaving]
    assert lead(q, [docking, leaving]) is leaving
    due = analyze("When was the ferry due to dock at Vell?")
    assert lead(due, [docking, leaving]) is docking  # "docking" tells the act asked
    # the plan's act told by no sentence: the closer sentence, as before
    arrive = analyze("When was the ferry scheduled to arrive?")
    assert telling_act(arrive.text, [docking, leaving]) == []
    assert lead(arrive, [docking, leaving]) is docking


def test_a_missing_name_is_shown_without_the_question_word_before_it() -> None:
    """ "Which British …", "Has Lindgard Lifts …": the capitalised first word runs into
    the name; the reason names the name alone (the verdict is the same: the first word
    is a common one)."""
    officials = "Which British and American officials took aim at Russia?"
    french = "French officials want the prosecutor to open an investigation."
    assert missing_names(officials, french) == ["British", "American", "Russia"]
    lifts = "Has Lindgard Lifts made any public statement?"
    assert missing_names(lifts, "The lift has been closed since the accident.") == [
        "Lindgard Lifts"
    ]
    assert missing_names(lifts, "Lindgard Lifts said nothing.") == []


def test_a_sentence_saying_it_stays_the_same_denies_a_change() -> None:
    from rag.verify import said_unchanged

    rise = "Will the bus fare for under-16s go up in March?"
    same = "Fares for under-16s will not change, staying at 1.10 crowns."
    assert said_unchanged(rise, same) == "will not change"
    assert said_unchanged(rise, "Under-16 fares remain unchanged.") == "remain unchanged"
    both = "Adult fares will rise to 3.40 crowns, while under-16 fares stay at 1.10."
    assert said_unchanged(rise, both) == ""  # it also tells a change
    assert said_unchanged("Will the museum open in March?", same) == ""  # no change asked


def test_a_yes_no_question_asks_a_deed_and_a_sentence_may_deny_it() -> None:
    from rag.verify import asked_deed, denies_deed

    charged = "Has the driver of the tram that derailed in Orvelle been charged with an offence?"
    assert asked_deed(charged) == "charged"  # not "derailed": a clause of its own
    fined = "Has the National Bank fined Interlink over the outage?"
    assert asked_deed(fined) == "fined"
    assert asked_deed("Were children included in the vaccine trial?") == "included"
    assert asked_deed("Can fishing boats still use the harbour?") == ""  # no deed asked done
    assert denies_deed(fined, "The National Bank has not fined Interlink, but it could.")
    assert not denies_deed(fined, "The bank said it would open a review on Monday.")
    # a negator before another word of the question is no denial of the deed
    recovered = "Was the astrolabe recovered when police arrested two men?"
    assert not denies_deed(recovered, "No arrests have been made.")


def test_the_person_named_for_the_asked_act_or_post() -> None:
    """Who a sentence names as doing the asked act: after the verb with "by" between,
    else the last named before it, never the act's object; for a post, the name nearest
    its word on either side; [] when the sentence does not say the act; None for a
    question asking who said something."""
    from rag.verify import named_for_asked

    found = "Who discovered that the codex had been stolen?"
    assert named_for_asked(
        found, "It was discovered on Sunday by the night porter, Aubrey Draycott."
    ) == ["Aubrey Draycott"]
    told = (
        "It was a cleaner, Nell Fenchurch, who discovered the empty case; she alerted "
        "the night porter, Aubrey Draycott, who telephoned the police."
    )
    assert named_for_asked(found, told) == ["Nell Fenchurch"]
    pulled = "Who pulled the skipper out of the sea?"
    assert named_for_asked(pulled, "She pulled the skipper, Callum Starkey, from the sea.") == []
    helm = "Its helm, Greta Hallorhan, who pulled the skipper, Callum Starkey, out of the water."
    assert named_for_asked(pulled, helm) == ["Greta Hallorhan"]
    assert named_for_asked(pulled, "Greta Hallorhan steered the lifeboat.") == []
    mayor = "Who is the mayor of Vessby?"
    both = "It was welcomed by the mayor of Vessby, Anton Greel, with his deputy, Petra Vossel."
    assert named_for_asked(mayor, both) == ["Anton Greel"]
    assert named_for_asked("Who said the unit would close?", "Anton Greel said so.") is None


def test_a_question_asking_a_name_is_not_answered_by_a_description() -> None:
    """ "What is the name of the person who presented the trophy?" is not answered by "the
    mayor of Osgrave" or "the head of the conciliation service" (wordings dev
    wd-unanswerable-03): the question asks a name, and a description names no one (the
    capitals after "of" name a place). "Who presented the trophy?" may be answered so."""
    from rag.verify import ground

    def verdict(question: str, answer: str, sentence: str) -> str:
        one = [sentence]
        return ground("person", question, answer, 0, one, [0.9], one, one, [], 0.5, 0.1).status

    asks = "What is the name of the person who presented the trophy?"
    told = "The trophy was presented by the mayor of Osgrave."
    assert verdict(asks, "the mayor of Osgrave", told) == "ungrounded"
    assert verdict("Who presented the trophy?", "the mayor of Osgrave", told) == "answered"
    named = "The trophy was presented by the race director, Idonea Gaunt."
    assert verdict(asks, "race director Idonea Gaunt", named) == "answered"
    assert verdict(asks, "the head of the conciliation service", told) == "ungrounded"


def test_a_distance_measured_off_a_place_the_question_never_names_is_no_answer() -> None:
    """ "ran aground on the Sentry Skerries, three kilometres off Abbenport" gives where
    the ship lies, not within what distance of the wreck fishing is banned (measures dev
    ms-01-10, shown as a third side once a clock time no longer hid it); a question
    asking how far off that place is answered by it."""
    from rag.verify import placed_off

    aground = "The ship ran aground on the Sentry Skerries, three kilometres off Abbenport."
    ban = "Within what distance of the wrecked tanker has fishing been banned?"
    assert placed_off(ban, "three kilometres", aground) == "Abbenport"
    assert (
        placed_off("How far off Abbenport did the ship run aground?", "three kilometres", aground)
        == ""
    )
    assert (
        placed_off(ban, "8 kilometres", "Fishing is banned within 8 kilometres of the wreck.") == ""
    )
    assert placed_off(ban, "19", "Helicopters lifted 19 crew off Abbenport.") == ""  # no distance
    # a question asking how far (out) something lies is answered by where it lies
    sank = "She sank 12 miles off Dunmore Head."
    assert placed_off("How far out did the trawler sink?", "12 miles", sank) == ""


@pytest.mark.parametrize(
    ("question", "answer", "sentence", "act"),
    [
        # a body or a description from a sentence that never says the asked act
        ("Who discovered that silver had been stolen from the museum?", "Velmont Mutual",
         "In it the museum's insurer, Velmont Mutual, put the value of the stolen pieces at "
         "4.7 million skerrins.", "discovered"),
        ("Who discovered that the codex had been stolen?", "Orvelin Police",
         "Orvelin Police have confirmed an arrest overnight.", "discovered"),
        ("Who discovered the theft?", "a retired jeweller",
         "Another caller, a retired jeweller, said silver was usually melted down.",
         "discovered"),
        ("Which Sarrat Rovers player was sent off in the final?", "Marsk Athletic",
         "Marsk Athletic beat Sarrat Rovers 2-1 in the final.", "sent"),
        # a person's name may be said with the act in other words
        ("Who discovered the theft?", "Sabeth Mabry",
         "The empty cases were spotted by a volunteer, Sabeth Mabry.", ""),
        # the sentence says the act of the body
        ("Who hired Kittiwake Salvage?", "Tessaly Bulk Shipping",
         "Tessaly Bulk Shipping hired Kittiwake Salvage to pump the fuel.", ""),
        ("Who was the source of that figure?", "a monitoring group",  # no act asked
         "At least 12 civilians were killed, a monitoring group said.", ""),
        ("Who gave that figure?", "the Dorrin Seismological Institute",  # a source's telling
         "The quake had a magnitude of 6.1, the Dorrin Seismological Institute said.", ""),
    ],
)  # fmt: skip
def test_a_body_or_a_description_must_be_said_to_have_done_the_asked_act(
    question: str, answer: str, sentence: str, act: str
) -> None:
    """Wordings dev wd-fact-02 (three outlets: "Velmont Mutual", "thieves", "retired
    jeweller" for who discovered the theft), people dev pe-conflict-01 ("Orvelin
    Police")."""
    from rag.verify import body_not_doer

    assert body_not_doer(question, answer, sentence) == act


def test_a_club_or_an_insurer_names_no_one() -> None:
    from rag.posts import names_someone

    for body in ("Vessby Rovers", "Marsk Athletic", "Velmont Mutual", "Velmont Cycling"):
        assert not names_someone(body), body
    assert names_someone("Sabeth Mabry")


def test_what_the_answer_did_the_asked_act_to_must_be_what_the_question_names() -> None:
    """ "…, while the race director, Idonea Gaunt, presented the team prize to Velmont
    Cycling" does not say who presented the winner with the yellow jersey (wordings dev
    wd-unanswerable-05)."""
    from rag.verify import acted_on_other

    podium = (
        "The yellow jersey was handed to Quistgaard on the podium by the mayor of Osgrave, "
        "while the race director, Idonea Gaunt, presented the team prize to Velmont Cycling."
    )
    asks = "What is the name of the person who presented Lennart Quistgaard with the yellow jersey?"
    assert acted_on_other(asks, "Idonea Gaunt", podium) == "the team prize to Velmont Cycling"
    assert acted_on_other("Who presented the team prize?", "Idonea Gaunt", podium) == ""
    # a word of the question within the sentence's ("boat" in "lifeboat")
    held = "Tam Ostrowe held the boat and I reached."
    assert acted_on_other("Which crew member held the lifeboat steady?", "Tam Ostrowe", held) == ""
    hired = "Tessaly Bulk Shipping hired Kittiwake Salvage to pump the remaining fuel."
    assert acted_on_other("And who hired it?", "Tessaly Bulk Shipping", hired) == ""  # "it"
    # the act not written after the answer: nothing to compare
    by = "The trophy was presented by the president of the federation."
    assert acted_on_other("Who presented the cup?", "the president of the federation", by) == ""


def test_a_smaller_part_of_the_whole_says_not_every_one_did() -> None:
    """Wordings dev wd-yesno-03: "Of the 168 riders who started in Kestlow on 4 August,
    141 reached the finish" says no to "Did every rider who started … reach the
    finish?"."""
    from rag.verify import short_of_all

    every = "Did every rider who started the Tour of Ammervale reach the finish?"
    told = "Of the 168 riders who started in Kestlow on 4 August, 141 reached the finish."
    assert short_of_all(every, told) == "141 of 168"
    assert short_of_all(every, "141 of the 168 riders reached the finish.") == "141 of 168"
    rescued = "Were all the passengers rescued?"
    assert short_of_all(rescued, "Nine of the 12 passengers were rescued.") == "Nine of 12"
    assert short_of_all(rescued, "All 12 passengers were rescued.") == ""
    assert short_of_all(rescued, "Nine of the 12 crew were rescued.") == ""  # other things
    assert short_of_all("Did every rider finish?", "Of the 168 riders, 168 finished.") == ""
    assert short_of_all("Were the passengers rescued?", "Nine of the 12 passengers were.") == ""
    # a count written with thousands, and a number that is no count, read without error
    assert short_of_all(rescued, "Some 2,480 of the 2,600 passengers were rescued.") == (
        "2,480 of 2,600"
    )
    assert short_of_all(rescued, "Some 1,20 of the 168 passengers were rescued.") == ""


def test_a_dateline_s_region_is_no_town() -> None:
    from rag.verify import dateline_region

    filed = "OSGRAVE, Torvessa, Aug. 12 (TNA) - Lennart Quistgaard won the Tour of Ammervale."
    assert dateline_region("Torvessa", filed)
    assert not dateline_region("Osgrave", filed)  # the city may be where it happened
    assert not dateline_region("Torvessa", "OSGRAVE, Torvessa (TNA) - He grew up in Torvessa.")
    assert not dateline_region("Kestlow", "Of the 168 riders who started in Kestlow, 141 finished.")


def test_a_name_followed_by_who_is_someone_not_a_place() -> None:
    """Wordings dev wd-conflict-10: "Zoltan Harwin" for where the big crash happened."""
    from rag.verify import someone_not_somewhere

    went = "The stage went to Zoltan Harwin, who jumped from the slipstream of his teammate."
    assert someone_not_somewhere("Zoltan Harwin", went)
    assert not someone_not_somewhere(
        "Hestle", "Big crash on the descent into Hestle, which is steep."
    )
    assert not someone_not_somewhere("Hestle", "Riders in Hestle who crashed were treated.")


def test_a_day_before_the_asked_act_s_own_clause_dates_the_act_before_it() -> None:
    """Wordings dev wd-unanswerable-01: "9 March" is the day Cobbe was arrested, not the
    day he was released (which the report never gives)."""
    from rag.verify import dated_before_asked

    asks = "On what date was Jarek Cobbe released without charge in the museum inquiry?"
    told = (
        "The crime reporter said that police had also arrested Ketchell's brother-in-law, "
        "Jarek Cobbe, on 9 March, and that Cobbe has since been released without charge."
    )
    assert dated_before_asked(asks, "9 March", told) == "arrested"
    assert dated_before_asked(asks, "9 March", "Cobbe was released on 9 March, police said.") == ""
    later = "Cobbe, who was arrested on 2 March, was released on 9 March."
    assert dated_before_asked(asks, "9 March", later) == ""  # the asked act before its day
    both = "Cobbe was arrested on 2 March and released on 9 March."
    assert dated_before_asked(asks, "2 March", both) == "arrested"
    assert dated_before_asked(asks, "9 March", both) == ""


def test_the_day_a_sentence_gives_the_asked_act_replaces_another_act_s_day() -> None:
    """Days dev dy-fact-02 and wordings dev wd-multi-01: the model took the arrest's day
    from "…, who was arrested on 9 March, appeared before Pellgate magistrates on Monday";
    the same sentence dates the appearance. A day after a thing the act was about ("charged
    over the raid on 14 March") is that thing's (days dev dy-multi-01)."""
    from rag.verify import day_of_asked_act

    told = (
        "Garron Ketchell, 44, who was arrested on 9 March, appeared before Pellgate "
        "magistrates on Monday charged with burglary and was granted bail."
    )
    appear = "On what day did Garron Ketchell appear before magistrates?"
    assert day_of_asked_act(appear, "9 March", told) == "Monday"
    assert day_of_asked_act(appear, "Monday", told) == ""  # already the asked act's day
    assert day_of_asked_act("On what date was he arrested?", "9 March", told) == ""
    raid = (
        "Dorian Keefe, 31, who was arrested on 17 March, appeared before magistrates on "
        "Monday charged over the raid on 14 March and was remanded in custody."
    )
    assert day_of_asked_act("On what date was Dorian Keefe charged?", "17 March", raid) == ""


def test_a_player_the_sentence_puts_on_the_other_side_is_not_the_asked_side_s() -> None:
    """People dev pe-lookalike-04: "Teodor Vass", "the Rovers captain", for which Dunmere
    Athletic player was sent off."""
    from rag.verify import ground, on_other_side

    told = (
        "The winner came from Pim Arkenfold, who met a corner from the Rovers captain, "
        "Teodor Vass, at the near post and flicked it past the Athletic goalkeeper, "
        "Stellan Moberg."
    )
    asks = "Which Dunmere Athletic player was sent off in the Quenmark Cup final?"
    assert on_other_side(asks, "Teodor Vass", told) == "Rovers"
    assert on_other_side(asks, "Stellan Moberg", told) == ""  # the asked side
    assert on_other_side("Who was sent off?", "Teodor Vass", told) == ""  # no side asked
    winger = "It came from the Ironclads' winger, Tomas Ekberg, late on."
    assert on_other_side("Which Kessmoor Ironclads player scored?", "Tomas Ekberg", winger) == ""
    one = "One resident, Odette Crake, who lives opposite, told officers she saw a man."
    assert on_other_side("Which Orvelin resident saw a man?", "Odette Crake", one) == ""
    final = f"{told} It was the Quenmark Cup final."  # the passage names what is asked
    verdict = ground("person", asks, "Teodor Vass", 0, [told], [0.9], [final], [told], [], 0.5, 0.1)
    assert verdict.status == "off_topic" and "Rovers" in verdict.reason
