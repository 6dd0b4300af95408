"""drafting.claims: a sentence telling what another party did makes that party's claim
(claims.cases.told), and the round's paraphrases (self-reliance made at home, a push as efforts,
a real milestone or a significant step). Sentences written for this test about fictional
Beta and Gamma, each judged before the finder was run on them."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.claims.readings import BOTH, told_subject
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc, Entity, Role
from unit.test_drafting_claims import fact

ENTITIES = [
    Entity("beta", "Beta", "country"),
    Entity("gamma", "Gamma", "country", aliases=("Gamman",)),  # its delegation's country
    Entity("delta", "Delta", "country"),
    Entity("ilse", "Ilse Varga", "person", roles=(Role("Beta's Sea Minister", "ilse-office"),)),
    Entity("omar", "Omar Quist", "person", roles=(Role("Gamma's Sea Minister", "omar-office"),)),
    Entity("gamman-delegation", "Gamman delegation", "group", aliases=("Gamman side",)),
]
FACTS = [
    fact(
        "solidarity",
        "expressed full solidarity with Beta's fight against piracy",
        "reported",
        ("gamman-delegation", "gamma", "beta"),
        "Gamman delegation",
    ),
    fact(
        "patrols-agreed",
        "Beta and Gamma agreed to run joint coastal patrols",
        "agreed",
        ("beta", "gamma"),
        "Beta and Gamma",
    ),
    fact("attack-condemned", "Beta condemned the harbour attack", "condemned", ("beta",), "Beta"),
    fact(
        "self-reliance",
        "Ilse Varga highlighted Beta's efforts to increase self-reliance in ferry building",
        "highlighted",
        ("ilse", "beta"),
        "Ilse Varga",
    ),
    fact(
        "milestone",
        "The meeting between Ilse Varga and Omar Quist is a significant milestone in the "
        "Beta-Gamma partnership",
        "reported",
        ("ilse", "omar", "beta", "gamma"),
        "the article",
    )._replace(kind="assessment"),
]
FINDER = ClaimFinder(
    Doc(sources=[], topics=[], entities=ENTITIES, facts=FACTS, curator_notes=[]),
    EntityMatcher(ENTITIES).find,
)

# sentence, attribution, stance, kind, the claim it makes (None: none)
TOLD = [
    (
        "Ilse Varga told reporters that Gamma had stood by Beta in its fight against piracy",
        "Ilse Varga",
        "reported",
        "position",
        "solidarity",
    ),
    (
        "Gamma has stood with us in our fight against piracy",
        "Ilse Varga",
        "reported",
        "position",
        "solidarity",
    ),
    (
        "According to him, both sides had agreed to run joint coastal patrols",
        "Kurt Nemo",
        "reported",
        "position",
        "patrols-agreed",
    ),
    (
        "I am told both sides agreed to run joint coastal patrols",
        "Kurt Nemo",
        "agreed",
        "position",
        "patrols-agreed",
    ),
    (
        "Ilse Varga told the press that Gamma had agreed to run joint coastal patrols",
        "Ilse Varga",
        "reported",
        "position",
        "patrols-agreed",
    ),
    (
        "Beta condemned the harbour attack, Kurt Nemo said",
        "Kurt Nemo",
        "reported",
        "position",
        "attack-condemned",
    ),
    # another party's act, or the teller's own, or a pair one of whom is the teller
    (
        "Kurt Nemo said that Delta had agreed to run joint coastal patrols",
        "Kurt Nemo",
        "reported",
        "position",
        None,
    ),
    ("Kurt Nemo agreed to run joint coastal patrols", "Kurt Nemo", "agreed", "position", None),
    ("Kurt Nemo condemned the harbour attack", "Kurt Nemo", "condemned", "position", None),
    (
        "The harbour attack was condemned in the strongest terms, Kurt Nemo said",
        "Kurt Nemo",
        "reported",
        "position",
        None,
    ),
    (
        "The two ministers agreed to run joint coastal patrols",
        "Ilse Varga and Rhea Castell",
        "agreed",
        "position",
        None,
    ),
    # made at home, a push, aatmanirbharta (not a programme's name)
    (
        "Ilse Varga underlined Beta's push to build more of its ferries at home",
        "Ilse Varga",
        "stressed",
        "position",
        "self-reliance",
    ),
    (
        "Ilse Varga said Beta had made big strides towards aatmanirbharta in ferry building",
        "Ilse Varga",
        "reported",
        "position",
        "self-reliance",
    ),
    (
        "Ilse Varga said Beta's yards now build their ferries domestically",
        "Ilse Varga",
        "reported",
        "position",
        "self-reliance",
    ),
    ("Ilse Varga praised the Aatmanirbhar Ferry programme", "Ilse Varga", "reported", "", None),
    (
        "Ilse Varga voiced concern over Gamma's push for new fishing grounds",
        "Ilse Varga",
        "raised concern",
        "concern",
        None,
    ),
    # a real milestone, a significant step; not a step towards something else
    (
        "The meeting between Ilse Varga and Omar Quist marks a real milestone for the partnership",
        "the article",
        "reported",
        "assessment",
        "milestone",
    ),
    (
        "The meeting of Ilse Varga and Omar Quist was a significant step in the partnership "
        "between Beta and Gamma",
        "the article",
        "reported",
        "assessment",
        "milestone",
    ),
    pytest.param(
        "The meeting of Ilse Varga and Omar Quist was a step towards a ferry treaty",
        "the article",
        "reported",
        "assessment",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="the meeting and its two people say most of the milestone's fact alone",
        ),
    ),
    ("The crews took a big step back from the pier", "the article", "reported", "", None),
]


@pytest.mark.parametrize(("text", "attribution", "stance", "kind", "claim"), TOLD)
def test_a_told_act_and_the_rounds_paraphrases(
    text: str, attribution: str, stance: str, kind: str, claim: str | None
) -> None:
    entities = [eid for eid, _, _ in FINDER.find(text)]
    found = FINDER.claim(text, entities, attribution, "", kind, stance)
    assert (found and found["fact"]) == claim


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("He added that the Sea Minister had also stressed the drills", "the Sea Minister"),
        ("It was conveyed to the Gamman side that Beta hoped to sail", "Beta"),
        ("According to her, both ministers had agreed on patrols", BOTH),
        ("Gamma has stood with us", "Gamma"),
        ("The crews sailed at dawn", None),
        ("the harbour attack was condemned", None),
    ],
)
def test_the_subject_a_sentence_tells_acted(text: str, subject: str | None) -> None:
    assert told_subject(text) == subject


@pytest.mark.long  # the finder reading four 20,000-character lines: about a second
def test_a_long_line_is_read_at_once() -> None:
    import time

    for line in ("that " * 4000, "The A " * 3300, "both sides " * 1800, "a big step " * 1800):
        started = time.process_time()
        told_subject(line)
        FINDER.claim(line, [], "Kurt Nemo")
        assert time.process_time() - started < 5  # generous: only catches backtracking


# What a meeting aimed to do, told in the article's voice, is what its parties did there:
# a party's sentence telling it is not scored lower for the voice (readings.voices).
AIMS = [
    fact(
        "aim-review",
        "The meeting aimed to review the existing harbour partnership",
        "reported",
        ("beta", "gamma"),
        "the article",
    )._replace(kind="event"),
    fact(
        "talks-focus",
        "The talks focused on harbour cooperation",
        "discussed",
        ("beta", "gamma"),
        "Ilse Varga and Omar Quist",
    )._replace(kind="event"),
]
AIMS_FINDER = ClaimFinder(
    Doc(sources=[], topics=[], entities=ENTITIES, facts=AIMS, curator_notes=[]),
    EntityMatcher(ENTITIES).find,
)


@pytest.mark.parametrize(
    ("text", "attribution", "stance", "claim"),
    [
        pytest.param(
            "The two ministers reviewed the progress of the harbour partnership",
            "Ilse Varga and Omar Quist",
            "discussed",
            "aim-review",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'reviewed' is read as the class discussed and as talking a matter "
                "over, which the focus fact's stance and talks say, with its parties' bonus; "
                "'progress' weighs against the aim",
            ),
        ),
        (
            "Ilse Varga and Omar Quist took stock of the existing harbour partnership",
            "Ilse Varga and Omar Quist",
            "discussed",
            "aim-review",
        ),
        (
            "The meeting aimed to review the harbour partnership",
            "the article",
            "reported",
            "aim-review",
        ),
        (
            "The talks focused on harbour cooperation",
            "Ilse Varga and Omar Quist",
            "discussed",
            "talks-focus",
        ),
        (
            "The ministers discussed harbour cooperation at length",
            "Ilse Varga and Omar Quist",
            "discussed",
            "talks-focus",
        ),
    ],
)
def test_what_a_meeting_aimed_to_do_is_its_parties_act(
    text: str, attribution: str, stance: str, claim: str
) -> None:
    found = AIMS_FINDER.claim(text, ["beta", "gamma"], attribution, "", "event", stance)
    assert found is not None and found["fact"] == claim


# A fact telling of two people (who met whom) scores more for a sentence naming them both
# (finder.PEOPLE) than a list's item its other words say ("annual … talks": annual summits).
MEETINGS = [
    fact(
        "talks-held", "Ilse Varga met Omar Quist in Port Lem", "reported", ("ilse", "omar"), "x"
    )._replace(kind="event", attribution="the article"),
    fact(
        "dialogue-regular",
        "The meeting was part of the regular dialogue between Beta and Gamma",
        "reported",
        ("beta", "gamma"),
        "the article",
    )._replace(kind="background"),
    fact(
        "dialogue-summits", "annual summits", "reported", ("beta", "gamma"), "the article"
    )._replace(kind="background", part_of="dialogue-regular"),
]
MEETINGS_FINDER = ClaimFinder(
    Doc(sources=[], topics=[], entities=ENTITIES, facts=MEETINGS, curator_notes=[]),
    EntityMatcher(ENTITIES).find,
)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Ilse Varga and Omar Quist held their annual harbour talks on Monday", "talks-held"),
        ("Ilse Varga hosted Omar Quist for the annual round of talks", "talks-held"),
        ("Beta and Gamma hold annual summits", "dialogue-summits"),
        pytest.param(
            "Omar Quist met the Beta navy chief",
            None,
            marks=pytest.mark.xfail(
                strict=True,
                reason="another meeting is read as the item 'annual summits' (a summit is a "
                "meeting, Beta is named): who a summit is between is not checked",
            ),
        ),
    ],
)
def test_a_sentence_naming_both_people_tells_who_met_whom(text: str, claim: str | None) -> None:
    entities = [eid for eid, _, _ in MEETINGS_FINDER.find(text)]
    found = MEETINGS_FINDER.claim(text, entities, "the article", "", "event", "reported")
    assert (found and found["fact"]) == claim
