"""Generated news: deterministic, realistic articles and questions about them.

Each article follows one of eight story frames (fire, council vote, storm, factory
closure, transit strike, court ruling, research finding, match report). A frame gives
the headline, the lede and the story's facts; shared templates add background,
reaction quotes, context and outlook sentences. Every slot is filled from lists of
first names, surnames, towns, organisations, weekdays, dates, counts, money and
percentages, so no two articles read alike. Paragraphs hold 1-3 sentences and the
body grows until it reaches a word count drawn from 250-600. `random.Random(seed)`
drives everything: the same seed gives the same corpus, byte for byte.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from rag.types import Article

HOW = (
    "Articles are generated from templates (bench/corpus.py): 8 story frames (fire, council "
    "vote, storm, factory closure, strike, court ruling, study, match) plus shared background, "
    "quote, context and outlook sentences, slots filled from lists of 60 first names, 60 "
    "surnames, 40 towns, 12 outlets, organisations, weekdays, ISO dates in 2023-2024, counts, "
    "money and percentages; 1-3 sentences a paragraph, 250-600 words each, seeded "
    "(random.Random(seed)) so every run sees the same text. Questions are written from each "
    "article's own facts (who/how many/when), a fifth of them naming the outlet."
)

FIRST = (
    "Maria James Aisha Daniel Sofia Liam Noor Ethan Elena Lucas Priya Omar Hannah Mateo "
    "Chloe Kwame Ingrid Tomasz Yuki Rafael Fatima Connor Leila Samuel Zara Viktor Amara "
    "Jonas Beatriz Henrik Mei Diego Olga Patrick Rania Stefan Thandiwe Marco Isabel Kofi "
    "Greta Anton Lucia Farid Nadia Oscar Camille Tariq Julia Felix Ines Arjun Helena Emeka "
    "Rosa Pavel Lena Bruno Sana Malik"
).split()
LAST = (
    "Okafor Lindqvist Moreau Haddad Kowalski Tanaka Fernandes Brennan Castillo Novak Mensah "
    "Richter Ahmed Duarte Ivanova Gallagher Petrov Nakamura Oyelaran Bianchi Holm Sato "
    "Reyes Albrecht Mwangi Laurent Kaur Dimitriou Varga Ortega Nilsen Hussain Schreiber "
    "Adeyemi Costa Berg Chen Marchetti Osei Larsen Romero Fischer Abbasi Kovac Delgado Lund "
    "Yilmaz Quinn Baptiste Sorensen Rossi Nkemelu Vidal Horvat Wolff Amato Eriksen Mbeki "
    "Santos Keller"
).split()
TOWNS = (
    "Ashford, Millbrook, Port Elsin, Carrow, Dunmore, Westhaven, Lindale, Brackwater, "
    "Oakridge, Fenwick, Harlow Bay, Stonebridge, Kestrel Falls, Marlow Green, Eastcliff, "
    "Redmere, Thornbury, Alder Vale, Cobham Wells, Norbury, Silverton, Greywick, Halden, "
    "Pinecrest, Rothley, Saltmarsh, Wrenfield, Ivybridge, Larkhill, Moorfield, Tamworth "
    "Cross, Brightwater, Elmstead, Corran, Vexley, Hollins Bay, Glenmoor, Farrowdale, "
    "Queensferry, Lowther"
).split(", ")
OUTLETS = (
    "The Harbor Gazette",
    "Northern Wire",
    "Coastline Daily",
    "The Valley Courier",
    "Metro Ledger",
    "The County Herald",
    "Riverside Times",
    "Capital Dispatch",
    "The Evening Post",
    "Westland Observer",
    "Daily Meridian",
    "The Civic Record",
)
ORGS = (
    "Northgate Logistics",
    "Helix Components",
    "Barrow & Sons",
    "Kestrel Foods",
    "Ardent Textiles",
    "Solway Paper Mill",
    "Mercer Plastics",
    "Tidewell Steel",
    "Orion Printworks",
    "Brightline Motors",
)
PLACES = ("warehouse", "apartment block", "bakery", "school gym", "print shop", "garage", "depot")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ROLES = ("mayor", "fire chief", "council leader", "union spokesperson", "police inspector")
SPORTS_TEAMS = ("Rovers", "United", "Athletic", "Wanderers", "City", "Harriers", "Rangers")


@dataclass(frozen=True)
class Story:
    """One article's facts, drawn before the text is written."""

    rng: random.Random
    town: str
    outlet: str
    day: date

    def name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(list(options))

    def n(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def money(self) -> str:
        return f"${self.rng.randint(2, 95)}.{self.rng.randint(0, 9)} million"


Frame = Callable[[Story], tuple[str, list[str], str]]  # -> title, story sentences, question


def _fire(s: Story) -> tuple[str, list[str], str]:
    place, hurt, crews, chief = s.pick(PLACES), s.n(2, 19), s.n(3, 14), s.name()
    weekday = s.pick(WEEKDAYS)
    return (
        f"Fire guts {place} in {s.town}, {hurt} hurt",
        [
            f"A fire tore through a {place} in {s.town} on {weekday} night, injuring {hurt} "
            f"people and forcing dozens of neighbours from their homes.",
            f"{crews} fire crews fought the blaze for more than {s.n(2, 9)} hours before "
            f"bringing it under control shortly after {s.n(1, 5)} a.m.",
            f'"Our crews did everything they could in very difficult conditions," said fire '
            f"chief {chief}, adding that the cause was still under investigation.",
            f"Of the injured, {s.n(1, 4)} were taken to {s.town} General Hospital with smoke "
            f"inhalation; the others were treated at the scene.",
        ],
        f"How many people were hurt in the {place} fire in {s.town}?",
    )


def _council(s: Story) -> tuple[str, list[str], str]:
    yes, no, budget, leader = s.n(9, 21), s.n(2, 8), s.money(), s.name()
    return (
        f"{s.town} council approves {budget} housing plan",
        [
            f"{s.town} city council voted {yes} to {no} on {s.pick(WEEKDAYS)} to approve a "
            f"{budget} plan to build {s.n(120, 900)} affordable homes by {s.day.year + 3}.",
            f'Council leader {leader} called the vote "a turning point for families who have '
            f'waited far too long", while opponents warned of rising debt.',
            f"The plan will be funded partly by a {s.n(2, 9)} percent increase in the local "
            f"property levy, which takes effect in {s.pick(('January', 'April', 'July'))}.",
        ],
        f"How did the {s.town} council vote on the housing plan?",
    )


def _storm(s: Story) -> tuple[str, list[str], str]:
    gust, homes, name = s.n(70, 160), s.n(800, 42_000), s.name()
    return (
        f"Storm leaves {homes:,} homes without power around {s.town}",
        [
            f"Winds gusting up to {gust} km/h swept across {s.town} overnight, bringing down "
            f"trees and leaving {homes:,} homes without electricity.",
            f"Engineers from the regional grid operator expected to restore supply to most "
            f"customers within {s.n(12, 72)} hours, a spokesperson said.",
            f'"We have not seen damage like this in a decade," said resident {name}, whose '
            f"street was blocked by a fallen oak.",
        ],
        f"How many homes lost power in the storm around {s.town}?",
    )


def _closure(s: Story) -> tuple[str, list[str], str]:
    org, jobs, union = s.pick(ORGS), s.n(60, 1_400), s.name()
    return (
        f"{org} to close {s.town} plant, cutting {jobs} jobs",
        [
            f"{org} said on {s.pick(WEEKDAYS)} it would close its {s.town} plant by the end of "
            f"the year, cutting {jobs} jobs.",
            f"The company blamed a {s.n(8, 40)} percent fall in orders and rising energy costs, "
            f"and said production would move to its larger site abroad.",
            f'Union representative {union} said workers were "devastated" and called on the '
            f"government to step in before the closure date.",
        ],
        f"How many jobs will be lost when {org} closes its {s.town} plant?",
    )


def _strike(s: Story) -> tuple[str, list[str], str]:
    days, raise_, spokesperson = s.n(2, 6), s.n(4, 15), s.name()
    return (
        f"{s.town} bus drivers begin {days}-day strike over pay",
        [
            f"Bus drivers in {s.town} walked out on {s.pick(WEEKDAYS)} at the start of a "
            f"{days}-day strike, halting {s.n(20, 90)} routes across the city.",
            f"The union is seeking a {raise_} percent pay rise; the operator has offered "
            f"{max(1, raise_ - s.n(2, 6))} percent.",
            f'"Nobody wants to strike, but our members cannot keep up with the cost of living," '
            f"said union spokesperson {spokesperson}.",
        ],
        f"What pay rise are the {s.town} bus drivers asking for?",
    )


def _court(s: Story) -> tuple[str, list[str], str]:
    defendant, judge, years = s.name(), s.name(), s.n(2, 14)
    return (
        f"{s.town} former official jailed for {years} years over fraud",
        [
            f"A former {s.town} finance officer, {defendant}, was sentenced to {years} years in "
            f"prison on {s.pick(WEEKDAYS)} for diverting {s.money()} of public funds.",
            f'Judge {judge} said the scheme had been "calculated and sustained" over '
            f"{s.n(3, 9)} years.",
            f"Prosecutors said the money paid for {s.n(2, 6)} properties and a yacht, which "
            f"will now be sold to repay the city.",
        ],
        f"How long was {defendant} sentenced to?",
    )


def _study(s: Story) -> tuple[str, list[str], str]:
    lead, share, people = s.name(), s.n(11, 48), s.n(900, 25_000)
    return (
        f"Study of {people:,} adults links daily walks to better sleep",
        [
            f"Researchers at the University of {s.town} followed {people:,} adults for "
            f"{s.n(2, 10)} years and found that daily walkers were {share} percent less likely "
            f"to report poor sleep.",
            f'"The effect held even after we accounted for age and income," said lead author '
            f"Dr. {lead}.",
            f"The findings were published on {s.day.strftime('%B')} {s.day.day} in the Journal "
            f"of Public Health.",
        ],
        f"Who led the {s.town} study on walking and sleep?",
    )


def _match(s: Story) -> tuple[str, list[str], str]:
    home, away = s.town, s.pick(TOWNS)
    team_a, team_b = s.pick(SPORTS_TEAMS), s.pick(SPORTS_TEAMS)
    goals_a, goals_b, scorer = s.n(2, 5), s.n(0, 1), s.name()
    return (
        f"{home} {team_a} beat {away} {team_b} {goals_a}-{goals_b}",
        [
            f"{home} {team_a} beat {away} {team_b} {goals_a}-{goals_b} on {s.pick(WEEKDAYS)} "
            f"in front of {s.n(3_000, 38_000):,} fans.",
            f"{scorer} scored twice, the second a header in the {s.n(60, 90)}th minute.",
            f'"The lads showed real character today," the {home} manager said afterwards.',
        ],
        f"What was the score when {home} {team_a} played {away} {team_b}?",
    )


FRAMES: tuple[Frame, ...] = (
    _fire,
    _council,
    _storm,
    _closure,
    _strike,
    _court,
    _study,
    _match,
)

FILLER = (
    "Officials in {town} said they would publish a full report within {n} weeks.",
    'Local resident {name} said: "People here are worried, and they want answers."',
    "The {role} of {town}, {name}, is expected to address the issue at a meeting on {weekday}.",
    "It is the {ordinal} such case in the region since {year}, according to public records.",
    "Similar events in {other} last year led to changes in the rules, {name} noted.",
    "A spokesperson for the regional government declined to comment on {weekday}.",
    "Around {n},000 people live in {town}, which sits about {km} kilometres from {other}.",
    "Critics argue that warnings raised as early as {year} were ignored by successive officials.",
    '"We will look carefully at what happened and learn from it," said {name}.',
    "Figures released on {weekday} showed a {pct} percent rise compared with {year}.",
    "Opposition politicians called for an independent inquiry into the events in {town}.",
    "The story was first reported by local radio on {weekday} morning.",
    "Further updates are expected later in the week, {name} told reporters.",
    "Businesses on the high street said trade had fallen by as much as {pct} percent.",
    "{name}, who has lived in {town} for {n} years, said the community would pull together.",
    "The regional authority has set aside {money} to deal with the consequences.",
    "In a statement, the {role} thanked volunteers who had helped through the night.",
    '{name}, a lecturer at {other} College, said the figures were "not surprising" given '
    "years of underinvestment.",
    "A petition started by residents had gathered more than {n},000 signatures by {weekday}.",
    "The last comparable episode, in {year}, cost the town an estimated {money}.",
    'Asked whether more could have been done, {name} said it was "too early to say".',
    "Schools in the area will open as normal on {weekday}, the education office confirmed.",
    "Police said {n} roads around the centre of {town} would stay closed until further notice.",
    "The national government has promised to review the case, according to a letter seen by "
    "this newspaper.",
    '{name}, {age}, told reporters she had "never seen anything like it" in {town}.',
    "Insurers said claims were likely to run into the millions.",
    "A public meeting has been called for {weekday} evening at the {town} community hall.",
    "Neighbouring {other} offered to send staff and equipment if they were needed.",
    "According to the latest census, {pct} percent of households in {town} rent their homes.",
    '"This is not the end of the matter," {name} warned in a post on social media.',
    "The {role} said a decision on next steps would be taken by the end of the month.",
    "Environmental groups in {other} welcomed the move but said it did not go far enough.",
    "Records show that spending on local services in {town} fell by {pct} percent after {year}.",
    "{name} of the {other} Chamber of Commerce said firms needed certainty above all.",
)
ORDINALS = ("second", "third", "fourth", "fifth")


def _filler(s: Story, template: str) -> str:
    return template.format(
        town=s.town,
        n=s.n(2, 40),
        name=s.name(),
        role=s.pick(ROLES),
        weekday=s.pick(WEEKDAYS),
        ordinal=s.pick(ORDINALS),
        year=s.day.year - s.n(1, 9),
        age=s.n(19, 84),
        other=s.pick(TOWNS),
        km=s.n(12, 240),
        pct=s.n(3, 35),
        money=s.money(),
    )


def _body(s: Story, story: list[str], words: int) -> str:
    """The story's sentences in order, background sentences between them, until the
    text reaches `words` (never more than 600 words)."""
    sentences, total = list(story), sum(len(x.split()) for x in story)
    templates = list(FILLER)
    s.rng.shuffle(templates)
    for template in templates * 2:
        if total >= words:
            break
        sentence = _filler(s, template)
        if total + len(sentence.split()) > 600:
            break
        sentences.insert(s.n(1, len(sentences)), sentence)
        total += len(sentence.split())
    paragraphs, i = [], 0
    while i < len(sentences):
        size = s.n(1, 3)
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
    return "\n\n".join(paragraphs)


@dataclass(frozen=True)
class Generated:
    article: Article
    question: str


def generate(count: int, seed: int = 0) -> list[Generated]:
    """`count` articles (and one question each), the same for the same seed."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    out = []
    for i in range(count):
        story = Story(
            rng, rng.choice(TOWNS), rng.choice(OUTLETS), start + timedelta(rng.randint(0, 729))
        )
        title, facts, question = FRAMES[i % len(FRAMES)](story)
        text = _body(story, facts, rng.randint(250, 600))
        if rng.random() < 0.2:
            question = f"{question.rstrip('?')}, according to {story.outlet}?"
        article = Article(
            id=f"gen{seed}_{i:06d}",
            title=title,
            text=text,
            outlet=story.outlet,
            published_at=story.day.isoformat(),
            url=f"https://news.example/{story.day:%Y/%m/%d}/{i:06d}",
            author=story.name(),
        )
        out.append(Generated(article, question))
    return out


def articles(count: int, seed: int = 0) -> list[Article]:
    return [g.article for g in generate(count, seed)]


def questions(count: int, seed: int = 0) -> list[str]:
    """`count` questions about the first articles of `generate(..., seed)`, shuffled."""
    chosen = [g.question for g in generate(count, seed)]
    random.Random(seed + 1).shuffle(chosen)
    return chosen
