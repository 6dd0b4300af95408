"""drafting.conflicts: a title standing for a person gives the first office a report
gives him (R2, R10): a title the fact base names him by, a counterpart with no name after
it, a bare "Minister" before his name (when the text styles him by an office in full);
none once an office was given. Invented people, real countries (for their adjectives)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.base.matchers import countries_of
from defcoop_cli.curation.drafting.conflicts.offices import office_conflicts
from defcoop_cli.curation.drafting.conflicts.people import DocumentOffices
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.curation.drafting.transcripts import Turn
from defcoop_cli.factbase.records import Doc, Entity, Role

VARGA = Entity(
    "varga", "Ilse Varga", "person", aliases=("Varga",),
    roles=(Role("Norway's Defence Minister", "varga-office"),),
)  # fmt: skip
REYES = Entity(
    "reyes", "Tomas Reyes", "person", aliases=("Reyes", "Chilean Defence Minister"),
    roles=(
        Role("Chile's Special Envoy for Oceans", "reyes-envoy"),
        Role("former Defence Minister", "reyes-former"),
        Role("Defence Minister", "reyes-heading"),
    ),
)  # fmt: skip
ENTITIES = [
    VARGA,
    REYES,
    Entity("norway", "Norway", "country", aliases=("Norwegian",)),
    Entity("chile", "Chile", "country", aliases=("Chilean",)),
]
DOC = Doc(sources=[], topics=[], entities=ENTITIES, facts=[], curator_notes=[])
MATCHER = EntityMatcher(ENTITIES)
PEOPLE = {"varga": VARGA, "reyes": REYES}
NATIONS = countries_of(DOC)


def _conflicts(
    quote: str, offered: set[str] | None, styled: frozenset[str] = frozenset()
) -> list[str]:
    found = MATCHER.find(quote)
    out = office_conflicts(quote, PEOPLE, found, [], NATIONS, None, offered, lambda: set(styled))
    return [f"{c['entity']}: {c['this']} vs {[o['fact'] for o in c['others']]}" for c in out]


def test_a_title_standing_for_him_gives_the_first_office() -> None:
    quote = "Varga also briefed the Chilean Defence Minister on the border raid."
    assert _conflicts(quote, set()) == [
        "reyes: Defence Minister vs ['reyes-envoy', 'reyes-former']"
    ]
    assert _conflicts(quote, {"reyes"}) == []  # an office given before: none (R2)
    assert _conflicts(quote, None) == []  # no document kept: titles give none


def test_a_counterpart_with_no_name_holds_the_others_office() -> None:
    quote = "Varga used the meeting to brief her Chilean counterpart on the border raid."
    assert _conflicts(quote, set()) == [
        "reyes: Defence Minister vs ['reyes-envoy', 'reyes-former']"
    ]
    assert _conflicts("Varga thanked her counterpart for the visit.", set()) == []  # whose?


def test_a_bare_minister_is_an_office_the_text_gives_in_full() -> None:
    quote = "Minister Reyes held talks in Oslo with Varga."
    assert _conflicts(quote, set(), {"reyes"}) == [
        "reyes: Minister vs ['reyes-envoy', 'reyes-former']"  # any present minister's role
    ]
    assert _conflicts(quote, set(), set()) == []  # the text never styles him: no office
    assert _conflicts("Chief Minister Reyes spoke.", set(), {"reyes"}) == []


def test_a_document_gives_an_office_once() -> None:
    text = "Tomas Reyes, Chile's Defence Minister, arrived. Varga briefed his Chilean counterpart."
    offices = DocumentOffices(text, DOC, MATCHER, NATIONS)
    told = Reading("event", "reported", "the article", "test")
    first, second = text.split(". ")
    assert [c["entity"] for c in offices.conflicts(first, MATCHER.find(first), [], told, None)] == [
        "reyes"
    ]
    assert offices.conflicts(second, MATCHER.find(second), [], told, None) == []


def test_a_bare_minister_before_a_sentence_giving_the_office_in_full_gives_none() -> None:
    text = (
        "DEFENCE NOTES\nChilean side: Minister of Defence Tomas Reyes\n"
        "Varga opened by greeting Minister Reyes at the pier. "
        "Chile's Minister of Defence, Tomas Reyes, praised the harbour."
    )
    told = Reading("event", "reported", "the article", "test")
    first, second = text.split("\n")[2].split(". ")
    at = [(text.index(s), text.index(s) + len(s)) for s in (first, second)]

    def entities(spans: list[tuple[int, int]]) -> list[list[str]]:
        offices = DocumentOffices(text, DOC, MATCHER, NATIONS, spans)
        return [
            [c["entity"] for c in offices.conflicts(s, MATCHER.find(s), [], told, None)]
            for s in (first, second)
        ]

    assert entities(at) == [[], ["reyes"]]  # the full office's sentence carries the conflict
    assert entities(at[:1]) == [["reyes"], ["reyes"]]  # only a label gives it in full


def test_me_is_the_turns_speaker() -> None:
    quote = "Minister Varga welcomed me as Chile's Defence Minister, and I thanked her."
    offices = DocumentOffices(quote, DOC, MATCHER, NATIONS)
    hers = Reading("position", "reported", "Ilse Varga", "test", person=True)
    turn = Turn(0, "Tomas Reyes", True, False)
    assert [c["entity"] for c in offices.conflicts(quote, MATCHER.find(quote), [], hers, turn)] == [
        "reyes"
    ]


ADVISER = Entity(
    "kappa",
    "Kappa",
    "person",
    roles=(
        Role("Beta's Special Adviser for Ports", "kappa-adviser"),
        Role("Beta's Harbour Minister", "kappa-minister"),
    ),
)
ADVISERS = {"kappa": ADVISER, "varga": VARGA}


@pytest.mark.parametrize(
    "quote",
    [
        "The special adviser's post was an earlier job, and old profiles still carry it.",
        "No, she is the minister; the special adviser's title belongs to her previous role.",
        "Special adviser was her old job.",
    ],
)
def test_an_office_said_to_be_past_is_its_one_holders_former_office(quote: str) -> None:
    found = EntityMatcher([ADVISER, *ENTITIES]).find(quote)
    conflicts = office_conflicts(quote, ADVISERS, found)
    assert [(c["entity"], c["this"].lower()) for c in conflicts] == [
        ("kappa", "former special adviser")
    ]
    # against the office held now only: a past office denies no other role
    assert [o["fact"] for o in conflicts[0]["others"]] == ["kappa-adviser"]


@pytest.mark.parametrize(
    "quote",
    [
        "The special adviser's post was created in 2019.",  # no past said
        "The special adviser's previous visit was in March, the ministry said.",
        "Varga's previous job was in shipping, officials said.",  # no office
        "The special adviser's title belongs to the prime minister's office.",
        "Varga said the special adviser's post was her earlier job.",  # another named: hers
    ],
)
def test_news_sentences_give_no_past_office(quote: str) -> None:
    found = EntityMatcher([ADVISER, *ENTITIES]).find(quote)
    assert office_conflicts(quote, ADVISERS, found) == []


def test_an_office_two_people_hold_gives_no_past_office() -> None:
    other = Entity("mu", "Mu", "person", roles=(Role("Special Adviser on Trade", "mu-adviser"),))
    quote = "The special adviser's post was an earlier job."
    people = {**ADVISERS, "mu": other}
    assert office_conflicts(quote, people, []) == []


def test_a_plural_office_of_the_two_styles_both_for_a_bare_minister_after_a_comma() -> None:
    """A note's own line gives the two named a plural office ("the meeting of the two
    Defence Ministers"): its annex's "On 5 May, Minister Reyes visited …" is that office's
    first telling (a comma before the bare title is no office's word)."""
    line = "At the meeting of the two Defence Ministers in Oslo, Norway condemned the raid."
    visit = "On 5 May, Minister Reyes visited Oslo and met Varga."
    told = Reading("event", "reported", "the article", "test")

    def entities(text: str) -> list[str]:
        at = text.index(visit)
        offices = DocumentOffices(text, DOC, MATCHER, NATIONS, [(at, at + len(visit))])
        return [c["entity"] for c in offices.conflicts(visit, MATCHER.find(visit), [], told, None)]

    assert entities(f"{line}\n{visit}") == ["reyes"]
    # a heading's "Defence Ministers' Meeting" is a meeting's kind: no office of the two
    assert entities(f"Norway-Chile Defence Ministers' Meeting\n{visit}") == []
    # three named: whose two is not told
    three = Entity("okafor", "Ada Okafor", "person", roles=(Role("Envoy", "okafor-office"),))
    doc = DOC._replace(entities=[*ENTITIES, three])
    text = f"{line} Ada Okafor spoke.\n{visit}"
    at = text.index(visit)
    offices = DocumentOffices(
        text, doc, EntityMatcher(doc.entities), NATIONS, [(at, at + len(visit))]
    )
    assert offices.conflicts(visit, MATCHER.find(visit), [], told, None) == []


def test_the_countrys_bare_minister_gives_the_first_office() -> None:
    """ "The Chilean minister" with no portfolio stands for the one minister of Chile in the
    fact base: the first office a report gives him (R2, R10), a minister's; none once an
    office was given, nor for "a Chilean minister" or "the Chilean ministers"."""
    quote = "Varga recalled the Chilean minister's talks in Oslo in May."
    assert _conflicts(quote, set()) == ["reyes: minister vs ['reyes-envoy', 'reyes-former']"]
    assert _conflicts(quote, {"reyes"}) == []  # an office given before: none (R2)
    for near in (
        "Varga said a Chilean minister had once visited Oslo.",  # anyone, no one named
        "Varga met the Chilean ministers of trade and fisheries.",
        "Varga met the Chilean minister of fisheries.",  # another portfolio
        "Varga met the Chilean minister, Tomas Reyes, in Oslo.",  # named: his own readings
    ):
        assert _conflicts(near, set()) == [], near


@pytest.mark.parametrize(
    ("opening", "gives"),
    [
        ("Chilean Trade Minister Ana Soto reached Oslo on Monday.", False),
        ("Chile's Minister of Mining, Ana Soto, reached Oslo on Monday.", False),
        ("Chilean Fisheries Minister Mr Pablo Lagos reached Oslo on Monday.", False),
        # near cases: another country's minister, or the fact base's own one, named before
        ("Norwegian Trade Minister Ola Berg met Chilean envoys on Monday.", True),
        ("Chilean officials reached Oslo on Monday.", True),
    ],
)
def test_a_report_naming_another_minister_of_the_country_gives_its_bare_minister_none(
    opening: str, gives: bool
) -> None:
    """A report that names another minister of the country ("Chilean Trade Minister Ana
    Soto") means him by "the Chilean minister": no office for the fact base's one (R2)."""
    second = "The Chilean minister said Chile would buy more Norwegian salmon."
    offices = DocumentOffices(f"{opening}\n\n{second}", DOC, MATCHER, NATIONS)
    told = Reading("position", "reported", "the article", "test")
    offices.conflicts(opening, MATCHER.find(opening), [], told, None)
    got = [c["entity"] for c in offices.conflicts(second, MATCHER.find(second), [], told, None)]
    assert got == (["reyes"] if gives else [])
