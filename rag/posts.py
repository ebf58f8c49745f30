"""Posts: who holds a post, when a question asks who runs, leads or heads something.

"Who was running Veyra Logistics?" is answered by the sentence that names someone
taking or holding a post ("The board named chief operating officer Marguerite
Sandor as interim chief executive"), which shares few words with the question,
while the sentences that share most ("Sandor … has run its depot network since
2021") say something else; and a small model reading "Desmond Raikes … has been
replaced at the negotiating table by Clara Dunstable" names the one who left.

`asks_holder` tells such a question. `takings` finds the people a sentence tells
holding, taking or being given a post (led by X; X, who has run …; named X as …;
X replaced Y; X will lead …; Chief executive X; X, the board's chief negotiator),
each with the words that say which post; `leaving` those it tells leaving one (X
resigned; X has been replaced by …; took over from X; Y, whom she replaced).
`holder` is the one a report's sentence gives as the answer: told taking or holding
the asked post (`post_fits`), not told leaving one, not named by the question.
Model-free, and it explains itself: every name it gives stands in the sentence it
is cited to, in a pattern that says so. `rag.reports` answers a holder question by
it where a report's sentence tells one; `rag.verify` checks a model's answer with
`a_person`, `told_leaving` and `leads_other` (told leading something else by a verb).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.text import content_words

_HOLDING = (  # the verbs a question asks who holds a post with: "who is running X"
    r"run|runs|running|ran|lead|leads|leading|led|head|heads|heading|headed|manage|manages|"
    r"managing|managed|chair|chairs|chairing|chaired|oversee|oversees|overseeing|oversaw|"
    r"command|commands|commanding|commanded|in\s+charge|at\s+the\s+helm|in\s+command|"
    r"took\s+over|taken\s+over|take\s+over"
)
_LEADING_POSTS = (  # "who is the chief executive of X now?" asks who holds a post too
    r"chief\s+executive|ceo|head|leader|boss|director|manager|chair|chairman|chairwoman|"
    r"chief\s+negotiator|coach|commander"
)
_ASKS_HOLDER = re.compile(
    rf"^\s*(?:and\s+)?who\s+(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be|would\s+be)"
    rf"\s+)?(?:(?:now|currently|then|still)\s+)?(?:(?:will|would|is\s+to|was\s+to)\s+)?"
    rf"(?:{_HOLDING})\b"
    rf"|^\s*(?:and\s+)?who\s+(?:is|was|will\s+be)\s+(?:now\s+)?the\s+(?:(?:new|current|interim|"
    rf"acting|permanent)\s+)?(?P<post>{_LEADING_POSTS})\b",
    re.I,
)

_TITLE = (
    r"(?:Dr|Mr|Mrs|Ms|Prof|Capt|Captain|Cmdr|Commander|Gen|Col|Lt|Sgt|Insp|Supt|Rev|Sir|Dame|"
    r"Judge|Justice)\.?"
)
_WORD = r"[A-Z][a-z][\w'’-]*"
NAME_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")  # a word as a name or a sentence has it
# a person: a first name and a surname (a middle name or initial between), or a title and
# a surname; a run of four capitalised words is a body ("Marine Mammal Rescue Astrenne")
_NAME = (
    rf"(?:{_TITLE}\s+{_WORD}(?:\s+{_WORD}){{0,2}}"
    rf"|{_WORD}\s+(?:[A-Z]\.\s+)?(?:(?:de|van|von|al-)\s+)?{_WORD}(?:\s+{_WORD})?)"
    r"(?![\w'’-]|\s+[A-Z])"
)
BODY_WORDS = content_words(  # words that make a capitalised run a body, not a person
    "board council service agency company group institute federation union authority "
    "ministry department rescue storage logistics bank court police hospital university "
    "school college club league association society foundation trust commission "
    "committee office party corporation holdings partners securities news wire radio "
    "times post daily gazette herald ledger tribune street road river valley city "
    "water energy power gas rail railways airlines airways mining paints steel motors foods "
    "media capital insurance industries systems technologies works "
    "rovers athletic united wanderers albion rangers mutual cycling"  # clubs, insurers, teams
)
_TAKE_VERBS = (  # a verb whose agent, after "by", holds the post: "was led by X"
    r"led|headed|run|chaired|commanded|overseen|directed|coordinated|managed|replaced"
)
_HOLD_AFTER = (  # what a holder does, told after their name: "X will lead", "X, who has run"
    r"(?:will|would|is\s+to|was\s+to|is|was|has|had|has\s+been|had\s+been)?\s*"
    r"(?:lead|leads|leading|led|run|runs|running|ran|head|heads|heading|headed|chair|chairs|"
    r"chairing|chaired|command|commands|commanding|commanded|manage|manages|managing|managed|"
    r"oversee|oversees|overseeing|oversaw|replace|replaced|replaces|replacing|succeed|"
    r"succeeded|succeeds|take\s+over|took\s+over|takes\s+over|taken\s+over|taking\s+over|"
    r"step\s+in|stepped\s+in|steps\s+in|been\s+in\s+charge|in\s+charge)\b"
)
_PASSIVE = r"(?:has\s+been|had\s+been|was|is|were|are|will\s+be)\s+(?:replaced|succeeded)\b"
_GIVEN = (  # a post given to someone: "named X as", "X was appointed"
    r"named|appointed|chose|chosen|picked|installed|hired|elected|made|promoted|confirmed"
)
_HELD = (  # a post whose holder a title or an apposition names: "chief executive X"
    r"chief\s+executive|ceo|president|chairman|chairwoman|chair|managing\s+director|"
    r"director[-\s]general|general\s+manager|chief\s+negotiator|negotiator|leader|manager|"
    r"head\s+coach|coach"
)
_TAKINGS = (  # (pattern, where the words saying which post stand: "by", "after", "post")
    (  # "The inquiry is being led by chief inspector X", "replaced … by X"
        re.compile(
            rf"\b(?P<verb>{_TAKE_VERBS})\s+(?P<span>(?:\w+\s+){{0,6}}?)by\s+(?:the\s+)?"
            rf"(?:[a-z][\w'’-]*\s+){{0,4}}(?P<name>{_NAME})"
        ),
        "by",
    ),
    (  # "X, who has run the company …", "X will lead the inquiry", "X, the park's head
        re.compile(  # of animal care, will run the park"
            rf"(?P<name>{_NAME}),?\s+(?:(?:the|its|[A-Z][\w'’&.-]*['’]s)\s+[^,]{{0,50}},\s+)?"
            rf"(?:who\s+)?(?:now\s+|also\s+|currently\s+)?(?!{_PASSIVE})(?P<verb>{_HOLD_AFTER})"
            r"(?!\s+by\b)"
        ),
        "after",
    ),
    (  # "named chief operating officer X as interim chief executive"
        re.compile(
            rf"\b(?P<verb>{_GIVEN})\s+(?:the\s+)?(?:[a-z][\w'’-]*,?\s+){{0,4}}(?P<name>{_NAME}),?"
            rf"(?=\s+(?:as|to|the\s+|a\s+|its\s+|their\s+))"
        ),
        "after",
    ),
    (  # "X, a retired judge, was appointed to lead …"
        re.compile(
            rf"(?P<name>{_NAME}),?\s+(?:[^,]{{0,60}},\s+)?(?:was|has\s+been|had\s+been|is|will\s+be)"
            rf"\s+(?P<verb>{_GIVEN})\b"
        ),
        "after",
    ),
    (  # "Chief executive X said", "Vardell's chief executive, X, said"
        re.compile(rf"(?P<post>(?:[A-Z][\w'’&.-]*\s+){{0,3}}(?i:{_HELD})),?\s+(?P<name>{_NAME})"),
        "post",
    ),
    (  # "X, Merrowfield's chief executive, …", "X, the board's chief negotiator"
        re.compile(
            rf"(?P<name>{_NAME}),\s+(?P<post>(?:the\s+|its\s+|[A-Z][\w'’&.-]*['’]s\s+)"
            rf"(?:[a-z][\w'’-]*\s+){{0,2}}(?:{_HELD})\b(?:\s+of\s+[^,.;]{{1,40}})?)"
        ),
        "post",
    ),
)
AROUND = 60  # characters: the words saying which post stand this close to the name or verb


@dataclass(frozen=True)
class Taken:
    """A person a sentence tells taking or holding a post, with the words that say
    which post, and the verb it is told with ("" for a title or an apposition)."""

    name: str
    post: str
    verb: str


_LEAVING = re.compile(
    rf"(?P<left>{_NAME}),?\s+(?:[^,]{{0,80}},\s+)?(?:has\s+|had\s+|will\s+|is\s+to\s+|was\s+)?"
    rf"(?:resigned|resign|resigns|stepped\s+down|step\s+down|steps\s+down|stepped\s+aside|"
    rf"step\s+aside|quit|quits|retired|retire|retires|left|leave|leaves|been\s+replaced|"
    rf"replaced\s+by|was\s+replaced|been\s+dismissed|dismissed|was\s+sacked|sacked|was\s+fired|"
    rf"fired|ousted|removed)\b"
    rf"|\b(?:replaced|replacing|replaces|replace|succeeded|succeeding|succeeds|succeed|"
    rf"took\s+over\s+from|takes\s+over\s+from|taking\s+over\s+from|take\s+over\s+from)\s+"
    rf"(?:the\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}(?P<from>{_NAME})"
    rf"|(?P<whom>{_NAME}),\s+whom\s+\w+\s+(?:replaced|succeeded|replaces|succeeds)"
    rf"|\b(?:former|outgoing|ousted|previous)\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?P<former>{_NAME})",
)


def asks_holder(question: str) -> bool:
    """Does the question ask who runs, leads, heads or is in charge of something?"""
    return _ASKS_HOLDER.search(question) is not None


def taking(sentence: str) -> list[str]:
    """The people the sentence tells holding, taking or being given a post, in order."""
    return list(dict.fromkeys(t.name for t in takings(sentence)))


def takings(sentence: str) -> list[Taken]:
    """Each person the sentence tells holding, taking or being given a post, with the
    words that say which post: for "… led by X", what stands before the verb (up to its
    first "of": "An independent review of the project led by" leads a review) and after
    the name; for "X, who has run …", "named X as …", what follows; for a title or an
    apposition, the post it names."""
    found = []
    for pattern, where in _TAKINGS:
        for m in pattern.finditer(sentence):
            name = _whole_name(sentence, m.start("name"), m.group("name"))
            if not name:
                continue
            if where == "by":
                led = _led_before(sentence, m.start("verb"))
                post = " ".join((led, m.group("span"), _after(sentence, m.end("name"))))
            elif where == "after":
                post = _after(sentence, m.end())
            else:
                post = m.group("post")
            verb = m.group("verb") if "verb" in pattern.groupindex else ""
            found.append(Taken(name, post, verb))
    return sorted(found, key=lambda t: sentence.find(t.name))


def _after(sentence: str, at: int) -> str:
    return sentence[at : at + AROUND]


def _before(sentence: str, at: int) -> str:
    return sentence[max(0, at - AROUND) : at]


def _led_before(sentence: str, verb: int) -> str:
    """What a "<led> by X" sentence says was led: the words before the verb, up to the
    first "of" ("An independent review of the project led by" leads a review)."""
    return _before(sentence, verb).split(" of ")[0]


def leaving(sentence: str) -> list[str]:
    """The people the sentence tells leaving a post (resigned, replaced, "former")."""
    return _people(_LEAVING, sentence)


def _people(pattern: re.Pattern[str], sentence: str) -> list[str]:
    """The names `pattern` finds (`_whole_name`)."""
    found = []
    for m in pattern.finditer(sentence):
        key = next(k for k, g in m.groupdict().items() if g)
        if name := _whole_name(sentence, m.start(key), m.group(key)):
            found.append(name)
    return list(dict.fromkeys(found))


def _whole_name(sentence: str, start: int, name: str) -> str:
    """`name` as a person's: a whole capitalised run (not the tail of a body's name,
    "Mammal Rescue Astrenne"), without a capitalised first word of the sentence before
    it ("Since"), with no body's word in it ("Holloway Cold Storage"); "" otherwise."""
    before = sentence[:start].split()[-1:]
    whole = not before or not before[0][:1].isupper() or before[0][-1:] in ",;:"
    name = _FUNCTION_WORD.sub("", name)  # "Since Maren Holt replaced …"
    return name if whole and name and not content_words(name) & BODY_WORDS else ""


_FUNCTION_WORD = re.compile(  # a sentence's first word, capitalised before a name
    r"^(?:(?:Since|After|Before|When|While|Until|As|But|And|The|Then|Now|Yesterday|Today|"
    r"Meanwhile|Earlier|Later|Last|On|In|At|By|With|Under|If|Although|Though)\s+)+"
)


def holder(question: str, sentence: str) -> str:
    """The person `sentence` gives as holding the post a holder question asks about:
    told taking or holding one, that post the asked one (`post_fits`), not told leaving
    one, not named by the question; "" when it gives no one."""
    gone = {_surname(n) for n in leaving(sentence)}
    asked = content_words(question)
    for taken in takings(sentence):
        if _surname(taken.name) in gone or content_words(taken.name) <= asked:
            continue
        if post_fits(question, taken):
            return taken.name
    return ""


_TOP_POST = re.compile(  # the post of whoever runs a body: "interim chief executive"
    r"\b(?:chief\s+executive|ceo|president|chairman|chairwoman|chair|managing\s+director|"
    r"director[-\s]general|general\s+manager|(?:head\s+|caretaker\s+|interim\s+)?coach|"
    r"(?:caretaker|interim|acting)\s+(?:manager|director)|manager)\b",
    re.I,
)
_ALIKE = (  # words news text uses for one thing a post is held over
    content_words("talks negotiations negotiating negotiator negotiators"),
    content_words("inquiry investigation probe review"),
    content_words("rescue search"),
    content_words("post-mortem necropsy autopsy"),
)
_OBJECT = re.compile(  # what a holder question asks who leads: up to its first qualifier
    r"^\s*(?P<what>.*?)(?=\s+(?:into|of|at|over|between|after|before|for|on|with|when|while|"
    r"now|currently|then|today|this|that|which)\b|[,?]|$)",
    re.I,
)
_SIDE = re.compile(r"(?:side|team|delegation|camp)$", re.I)  # "the board's side in the talks"
_BODY = re.compile(  # a body whoever runs holds its top post: "Veyra Logistics", "the club"
    r"^(?:the\s+)?(?:[A-Z][\w'’&.-]*\s*)+$|\b(?:company|firm|business|group|club|utility|"
    r"bank|agency|charity|airline|carrier|operator|side)$",
)


def post_fits(question: str, taken: Taken) -> bool:
    """Is the post a sentence tells `taken` holding the one asked? Its words name what
    the question asks who leads, as the question names it ("the firefighting
    operation"; "the negotiating table" for "the pay talks"; not the event's other
    words: "the state mine rescue service" is not "the government inquiry into the mine
    flood"; "An independent review of the project" is no project), or, for who runs a
    body, they name the post of whoever runs one ("interim chief executive" for "who was
    running Veyra Logistics?"); and a chair is asked for by "who chairs" only ("the
    board of trustees, chaired by X" does not lead the review it announced)."""
    m = _ASKS_HOLDER.search(question)
    if m is None:
        return False
    if taken.verb and bool(_CHAIR.match(taken.verb)) != bool(_CHAIR.search(m.group())):
        return False
    what = _asked_post(question[m.end() :])
    if m.group("post"):  # "who is the chief executive of X?": that post, no other
        said = _CEO.sub("chief executive", taken.post.lower())
        if _CEO.sub("chief executive", m.group("post").lower()) not in said:
            return False
    of = _POST_OF.search(taken.post)  # "the chair of the trustees" runs no park
    if of and not content_words(of.group(1)) & _alike(content_words(what)):
        return False
    if _BODY.search(what) and _TOP_POST.search(taken.post):
        # the post is the asked body's, not another's ("Westvale Trust chief executive X")
        named = content_words(" ".join(_CAPITALISED.findall(taken.post))) - _POST_WORDS
        return named <= content_words(what)
    asked = content_words(what) - content_words("now current side team new")
    return bool(_alike(asked) & content_words(taken.post))


_CHAIR = re.compile(r"\bchair", re.I)
_POST_OF = re.compile(r"\bof\s+(?:the\s+)?([^,.;]+)$", re.I)
_CEO = re.compile(r"\bceo\b|\bchief\s+executive\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’&.-]*")
_POST_WORDS = content_words(re.sub(r"\\s\+|[|()?:\[\]-]", " ", _HELD))


def _asked_post(rest: str) -> str:
    """The words naming what a holder question asks who leads ("the government
    inquiry" of "the government inquiry into the Tazmerin mine flood"); a side is read
    with the talks it is a side in."""
    what = _OBJECT.match(rest)
    head = re.sub(r"^(?:of|in|at|on|for)\s+", "", what.group("what").strip() if what else rest)
    if _SIDE.search(head):
        more = _OBJECT.match(rest[len(what.group(0)) if what else 0 :].lstrip(" ,"))
        tail = (
            re.sub(r"^(?:in|at|on|of|for)\s+", "", more.group(0).strip(), flags=re.I)
            if more
            else ""
        )
        head = f"{head} {tail}".strip()
    return head


def _alike(words: set[str]) -> set[str]:
    return words.union(*(group for group in _ALIKE if group & words))


def gives_holder(question: str, sentence: str) -> bool:
    """Does `sentence` give who holds the post the question asks about (`holder`)?"""
    return bool(holder(question, sentence))


def told_leaving(sentence: str, answer: str) -> bool:
    """Does the sentence tell the answer's person leaving a post (and not taking one)?"""
    surname = _surname(answer)
    if not surname:
        return False
    gone = {_surname(n) for n in leaving(sentence)}
    taken = {_surname(n) for n in taking(sentence)}
    return surname in gone and surname not in taken


def leads_other(question: str, answer: str, sentence: str) -> bool:
    """For a holder question: does `sentence` tell the answer's person leading, chairing
    or running something by a verb ("The meeting, in a packed Guildhall, was chaired by
    the mayor of Vessby, Petra Vossel") and is that something not what the question asks
    who leads (`post_fits`: a meeting is no health board)? A sentence that also tells
    them holding the asked post ("… led by X, who has run the board since 2030") is not."""
    surname = _surname(answer)
    parts = [p for p in re.split(r",?\s+and\s+(?=who\b)", question) if asks_holder(p)]
    if not surname or not parts:
        return False
    led = [
        Taken(answer, f"{_led_before(sentence, m.start())} {m.group('span')}", m.group("verb"))
        for m in _LED_BY.finditer(sentence)
        if surname in {w.lower() for w in NAME_TOKEN.findall(m.group("span"))}
        and not _SAYS_WHICH.search(_before(sentence, m.start()))
    ]
    held = [t for t in takings(sentence) if _surname(t.name) == surname]
    return bool(led) and not any(post_fits(p, t) for p in parts for t in (*led, *held))


_SAYS_WHICH = re.compile(  # "The group is run by": a word for what was named before, any
    r"\b(?:the|this|that|its|their)\s+(?:group|body|organi[sz]ation|team|company|firm)\s+"
    r"(?:is|was|are|were|will\s+be|has\s+been|had\s+been)\s*$|\bit\s+"
    r"(?:is|was|will\s+be|has\s+been)\s*$",
    re.I,
)
_LED_BY = re.compile(  # "was chaired by the mayor of Vessby, Petra Vossel": by and 8 words
    rf"\b(?P<verb>{_TAKE_VERBS})\s+by\s+(?P<span>(?:[\w'’.-]+,?\s+){{0,7}}[\w'’.-]+)"
)


def a_person(answer: str, sentence: str) -> bool:
    """Is the answer a person the sentence names ("Sandor" of "Marguerite Sandor"), not
    a body ("Valerail", "Ostvale Health Board") or a word ("Police")?"""
    wanted = content_words(answer)
    return bool(wanted) and any(
        wanted <= content_words(m.group()) and not content_words(m.group()) & BODY_WORDS
        for m in re.finditer(_NAME, sentence)
    )


def people_named(sentence: str, question: str = "") -> list[str]:
    """The people a sentence names (a first name and a surname, or a title and a
    surname; no body: "Ostvale Health Board"), but those the question names ("Councillor
    Maud Coverley", not "Corin Aldmeyer" for "Which magistrate remanded Corin Aldmeyer?")."""
    return [m.group() for m in people_at(sentence, question)]


def people_at(sentence: str, question: str = "") -> list[re.Match[str]]:
    """`people_named`, each with where the sentence names it."""
    asked = content_words(" ".join(_CAPITALISED.findall(question)))
    return [
        m
        for m in re.finditer(_NAME, sentence)
        if not (found := content_words(m.group())) & BODY_WORDS and not found <= asked
    ]


def names_someone(value: str) -> bool:
    """Does the value name a person, not a body ("Orvelin Police", "Vessby Town Council")
    or a description ("The volunteer", "the president of the federation")? A title alone
    ("Mayor") names no one."""
    named = [w for w in re.findall(r"[A-Z][\w'’-]*", value) if w.lower() not in _NO_NAME]
    return bool(named) and not content_words(value) & BODY_WORDS


# the words written before a person's name that are no part of it ("District Judge Averil
# Wexley", "Detective Sergeant Bram Lowrie"), normalised
TITLE_WORDS = frozenset(
    "the dr mr mrs ms sir dame judge district inspector detective sergeant councillor "
    "professor chief".split()
)
# …and, for whether a value names anyone, an article or a post that stands alone ("Mayor")
_NO_NAME = TITLE_WORDS | {"a", "an", "mayor", "president", "minister", "prime"}


def tells_post(text: str) -> bool:
    """Does the text speak of a post or of leading anything at all ("will run the park
    as acting director", "chief executive X", "was named …")? A sentence that does not
    ("Every morning Kit Bracewell drives to the edge of Copley Woods") cannot tell who
    holds one."""
    return _POST_WORDS_RE.search(text) is not None


_POST_WORDS_RE = re.compile(
    rf"\b(?:{_TAKE_VERBS}|{_GIVEN}|{_HELD}|lead|leads|leading|run|runs|running|ran|head|"
    r"heads|heading|chair|chairs|chairing|manage|manages|managing|oversee|oversees|"
    r"overseeing|oversaw|command|commands|commanding|succeed|succeeded|succeeds|take\s+over|"
    r"took\s+over|takes\s+over|taken\s+over|taking\s+over|in\s+charge|acting|interim|"
    r"caretaker|boss|director|chief|officer|secretary|minister|governor|mayor|captain|"
    r"superintendent|inspector|commissioner|principal|owner|founder|at\s+the\s+helm|post|"
    r"posts|role|roles|position|job)\b",
    re.I,
)


def given_name(name: str) -> str:
    """The name a person is given before their surname ("mara" of "Dr. Mara J. Ilves",
    "oona" of "Transport Minister Oona Beddall"), lower case; "" when only a surname,
    initials, titles or posts stand before it ("Superintendent Quill", "M. Ilves")."""
    words = NAME_TOKEN.findall(name)[:-1]
    given = [
        w
        for w in words
        if len(w) > 1
        and w.lower() not in TITLE_WORDS | _NO_NAME
        and not re.fullmatch(_TITLE, w)
        and not _POST_WORDS_RE.fullmatch(w)
    ]
    return given[-1].lower() if given else ""


def _surname(name: str) -> str:
    words = NAME_TOKEN.findall(name)
    return words[-1].lower() if words else ""
