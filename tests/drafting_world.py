"""What the drafting's tests share: a world of two countries and two people of their own
(Alpha, Beta; Ines Varga, Tomas Brel) and a sentence read after the ones before it, as a
report's are; a fact base of two countries and two people (Kenji Ode, Mira Vale) and a text
drafted over it, its statements with their attribution and its furniture; Ravi Menon's
world (Alpha, Beta; Ravi Menon) and a sentence's stance and speaker read in it; a briefing's
fact base (its world and Kenji Ode); three shipbuilding facts' topic votes."""

from __future__ import annotations

from defcoop_cli.curation.drafting.about.topics import topic_votes
from defcoop_cli.curation.drafting.about.votes import TopicVotes
from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Reading, Speakers
from defcoop_cli.factbase.records import Doc, Entity, Fact, Topic

MATCHER = EntityMatcher(
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
        Entity("tomas-brel", "Tomas Brel", "person"),
    ]
)
PEOPLE = frozenset({"ines-varga", "tomas-brel"})


def said(sentence: str) -> str:
    """Who says a sentence read alone."""
    return reading(sentence, Speakers(MATCHER, PEOPLE)).attribution


def read(*sentences: str) -> Reading:
    """The last sentence's reading, the ones before it read first (who was named)."""
    speakers = Speakers(MATCHER, PEOPLE)
    r = None
    for sentence in sentences:
        speakers.read(sentence)
        r = reading(sentence, speakers)
        speakers.heard(r)
    assert r is not None
    return r


DOC = Doc(
    sources=[],
    topics=[],
    entities=[
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ode", "Kenji Ode", "person", aliases=("Ode",)),
        Entity("vale", "Mira Vale", "person", aliases=("Vale",)),
    ],
    facts=[],
    curator_notes=[],
)


def drafted_sentences(text: str) -> tuple[dict[str, str], list[str]]:
    """The text drafted over DOC: each statement's attribution, and the furniture's lines."""
    made = draft(text, "x", DOC, {}, "a.txt", "test")
    said = {f["statement"]: f["attribution"] for f in made["facts"]}
    return said, [x["text"] for x in made["sources"][0]["furniture"]]


# Ravi Menon's world: two countries and a person of their own; the unnamed speakers' tests
# read sentences in it, and the drafting tests' fact bases start from it.
MENON_WORLD = (
    Entity("alpha", "Alpha", "country"),
    Entity("beta", "Beta", "country"),
    Entity("ravi-menon", "Ravi Menon", "person"),
)
MENON_MATCHER = EntityMatcher(MENON_WORLD)
MENON_PEOPLE = frozenset({"ravi-menon"})
# The same world with a second person, Lena Ortiz, whom Ravi Menon meets.
ORTIZ = Entity("lena-ortiz", "Lena Ortiz", "person")
ORTIZ_MATCHER = EntityMatcher([*MENON_WORLD, ORTIZ])
ORTIZ_PEOPLE = frozenset({"ravi-menon", "lena-ortiz"})


def stance_and_speaker(sentence: str) -> tuple[str, str]:
    """A sentence read alone in Ravi Menon's world: its stance and who says it."""
    r = reading(sentence, Speakers(MENON_MATCHER, MENON_PEOPLE))
    return r.stance, r.attribution


BRIEFED = Doc(
    sources=[],
    topics=[],
    entities=[*MENON_WORLD, Entity("ode", "Kenji Ode", "person")],
    facts=[],
    curator_notes=[],
)

TOPICS = [
    Topic("talks", "The meeting", "", "meeting", ("talks",), "the meeting"),
    Topic("yards", "Shipbuilding", "", "cooperation", ("shipyards",)),
    Topic("verdicts", "Assessments", "", "assessment", ()),
]


def yard_votes(*keywords: str) -> TopicVotes:
    """TOPICS' votes where the keywords are three shipbuilding facts' only."""
    yard = Entity("kell-yard", "Kell Yard", "organisation")
    facts = [
        Fact(
            f"f{n}",
            "S.",
            "background",
            "x",
            "reported",
            ("yards",),
            ("kell-yard",),
            keywords,
            "q",
            "s",
            (0, 1),
        )
        for n in range(3)
    ]
    return topic_votes(Doc([], TOPICS, [yard], facts, []))


# Port Lys's world: two ministers (Kenji Ode, Tomas Ek) and a country, Velan; the speeches'
# and the delegates' tests draft their reports over it.
PORT_LYS = [
    Entity("ode", "Kenji Ode", "person"),
    Entity("ek", "Tomas Ek", "person"),
    Entity("velan", "Velan", "country"),
]
PORT_LYS_MATCHER = EntityMatcher(PORT_LYS)
PORT_LYS_PEOPLE = frozenset({"ode", "ek"})
