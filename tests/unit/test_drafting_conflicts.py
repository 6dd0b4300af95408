"""drafting.conflicts: another date, place or number than an existing fact of the same claim
or than a curator note about the same thing, and another office than a person's role."""

from __future__ import annotations

import datetime

import pytest

from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.claims import finder as claims
from defcoop_cli.curation.drafting.conflicts.offices import office_conflicts
from defcoop_cli.curation.drafting.conflicts.person_names import PersonNames
from defcoop_cli.curation.drafting.conflicts.values import Conflicts
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import CuratorNote, Doc, Entity, Event, Reference, Role
from unit.test_drafting_claims import ENTITIES, fact


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the Minister of Defense of Japan, Mr Beta", "Minister of Defense"),
        ("Minister of State for Defence and Beta", "Minister of State for Defence"),
        (
            "Minister of State for Economic Security of Beta",
            "Minister of State for Economic Security",
        ),
        ("the Minister for External Affairs and Beta", "Minister for External Affairs"),
    ],
)
def test_an_office_ends_before_a_function_word(text: str, found: str) -> None:
    from defcoop_cli.curation.drafting.conflicts.given_offices import OFFICE

    match = OFFICE.search(text)
    assert match is not None and match.group() == found


@pytest.mark.parametrize(
    "text", ["Beta briefed the minister of the April 22 attack", "the minister for his part"]
)
def test_minister_of_a_determiner_is_no_office(text: str) -> None:
    from defcoop_cli.curation.drafting.conflicts.given_offices import OFFICE

    assert OFFICE.search(text) is None


def test_another_office_is_a_conflict_with_both_sides() -> None:
    quote = "Gamma's Ferry Minister Alpha met Beta"
    people = {"alpha": ENTITIES[0]}
    found = EntityMatcher(ENTITIES).find(quote)
    assert office_conflicts(quote, people, found) == []  # "Ferry Minister" is no office we know
    quote = "Beta's Foreign Minister Alpha met Gamma"
    found = EntityMatcher(ENTITIES).find(quote)
    assert office_conflicts(quote, people, found) == [
        {
            "entity": "alpha",
            "field": "office",
            "this": "Foreign Minister",
            "others": [{"text": "Beta's Harbour Minister", "fact": "alpha-office"}],
        }
    ]


@pytest.mark.parametrize(
    "quote",
    [
        "Alpha met Gamma twice since returning to the post of defence minister last year",
        "Alpha, a former sailor, returned to the post of defence minister in May",
        "Gamma met Alpha for the first time since Alpha returned to the defence post in May",
    ],
)
def test_an_office_returned_to_is_a_present_office(quote: str) -> None:
    people = {"alpha": ENTITIES[0]}
    found = EntityMatcher(ENTITIES).find(quote)
    assert [c["entity"] for c in office_conflicts(quote, people, found)] == ["alpha"]


def test_a_participles_office_is_the_subjects_not_the_name_last_before_it() -> None:
    ilse = Entity("ilse", "Ilse Varga", "person", roles=(Role("Gamma's Foreign Minister", "i"),))
    people = {"alpha": ENTITIES[0], "ilse": ilse}
    quote = "Alpha has met Ilse Varga twice since returning to the post of defence minister"
    found = EntityMatcher([*ENTITIES, ilse]).find(quote)
    assert [c["entity"] for c in office_conflicts(quote, people, found)] == ["alpha"]


VALUE_DOC = Doc(
    sources=[],
    topics=[],
    entities=ENTITIES,
    facts=[
        fact(
            "talks-held",
            "Beta and Gamma held harbour talks in New Delhi on 5 May",
            "reported",
            ("beta", "gamma"),
            "Beta and Gamma",
        ),
        fact(
            "attack-toll",
            "Beta condemned the harbour attack that killed 28 people",
            "condemned",
            ("beta",),
            "Beta",
        ),
    ],
    curator_notes=[],
)
VALUES = ClaimFinder(VALUE_DOC, EntityMatcher(ENTITIES).find)
CONFLICTS = Conflicts(VALUE_DOC)


def value_conflicts(quote: str, entities: list[str], attribution: str) -> list:
    same = VALUES.match(quote, entities, attribution).same
    assert same is not None
    return CONFLICTS.values(quote, same)


def test_another_date_is_a_conflict_with_both_sides() -> None:
    said = "Beta and Gamma held harbour talks in New Delhi on 6 May"
    assert value_conflicts(said, ["beta", "gamma"], "Beta and Gamma") == [
        {"field": "date", "this": "6 May", "others": [{"fact": "talks-held", "text": "5 May"}]}
    ]


def test_another_place_is_a_conflict() -> None:
    said = "Beta and Gamma held harbour talks in Tokyo on 5 May"
    assert value_conflicts(said, ["beta", "gamma"], "Beta and Gamma") == [
        {
            "field": "place",
            "this": "Tokyo",
            "others": [{"fact": "talks-held", "text": "New Delhi"}],
        }
    ]


def test_a_place_in_a_clause_of_another_time_is_no_value_of_the_talks() -> None:
    said = "Beta and Gamma held harbour talks, after a first meeting in Tokyo in November"
    assert value_conflicts(said, ["beta", "gamma"], "Beta and Gamma") == []


def test_another_number_is_a_conflict() -> None:
    said = "Beta condemned the harbour attack, which killed 26 people"
    assert value_conflicts(said, ["beta"], "Beta") == [
        {
            "field": "number",
            "this": "26 people",
            "others": [{"fact": "attack-toll", "text": "28 people"}],
        }
    ]


def test_agreeing_values_give_no_conflict() -> None:
    said = "Beta and Gamma held harbour talks in New Delhi on May 5, 2025"
    assert value_conflicts(said, ["beta", "gamma"], "Beta and Gamma") == []
    said = "Beta condemned the harbour attack that killed twenty-eight people"
    assert value_conflicts(said, ["beta"], "Beta") == []


def test_values_of_different_kinds_give_no_conflict() -> None:
    said = "Beta condemned the harbour attack that killed 26 sailors"  # not the same noun
    assert value_conflicts(said, ["beta"], "Beta") == []
    said = "Beta and Gamma held harbour talks in India on 5 May"  # a country, not a city
    assert value_conflicts(said, ["beta", "gamma"], "Beta and Gamma") == []


def test_a_candidate_just_under_the_threshold_is_compared_when_its_parties_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = "Beta and Gamma held harbour talks in Tokyo on 5 May"
    score = VALUES.claim(said, ["beta", "gamma"], "Beta and Gamma")["score"]
    monkeypatch.setattr(claims, "CLAIM_THRESHOLD", score + 0.01)
    monkeypatch.setattr(claims, "NEAR", 0.3)  # Beta's alone scores 0.1 lower: near too
    near = VALUES.match(said, ["beta", "gamma"], "Beta and Gamma")
    assert near.claim is None and near.same is not None and near.same.id == "talks-held"
    other_parties = VALUES.match(said, ["beta", "gamma"], "Beta")
    assert other_parties.claim is None and other_parties.same is None
    monkeypatch.setattr(claims, "CLAIM_THRESHOLD", score + 0.5)
    assert VALUES.match(said, ["beta", "gamma"], "Beta and Gamma").same is None


REFERENCE = Reference(
    "Harbour Post", "Talks held", "https://example.org/talks", datetime.date(2031, 5, 5)
)
NOTES_DOC = VALUE_DOC._replace(
    entities=[*ENTITIES, Entity("harbour-attack", "harbour attack", "event")],
    facts=[
        VALUE_DOC.facts[0],
        VALUE_DOC.facts[1]._replace(entities=("beta", "harbour-attack")),
    ],
    curator_notes=[
        CuratorNote(
            "talks-date",
            "Dated reports put the harbour talks on 5 May 2031.",
            "outside the article",
            type="date",
            date=datetime.date(2031, 5, 5),
            facts=("talks-held",),
            references=(REFERENCE,),
        ),
        CuratorNote(
            "attack-toll-note",
            "The harbour attack killed 31 people, two reports say together.",
            "outside the article",
            entities=("harbour-attack",),
            references=(REFERENCE,),
        ),
        CuratorNote(  # the article's own remark: it cites no report, and is not compared
            "attack-remark",
            "The article counts 40 people.",
            "the article",
            entities=("harbour-attack",),
        ),
    ],
)
NOTES = Conflicts(NOTES_DOC)


def test_another_day_than_a_date_note_about_the_claim_is_a_conflict_with_the_note() -> None:
    said = "Beta and Gamma held harbour talks in New Delhi on 6 May"
    assert NOTES.with_notes(said, ["beta", "gamma"], ["talks-held"]) == [
        {"field": "date", "this": "6 May", "others": [{"note": "talks-date", "text": "5 May 2031"}]}
    ]
    # the same day, or a drafted fact making another claim, gives none
    assert NOTES.with_notes("talks on May 5, 2031", ["beta"], ["talks-held"]) == []
    assert NOTES.with_notes(said, ["beta", "gamma"], ["attack-toll"]) == []
    # another year is another date
    assert NOTES.with_notes("talks on 5 May 2030", ["beta"], ["talks-held"]) == [
        {
            "field": "date",
            "this": "5 May 2030",
            "others": [{"note": "talks-date", "text": "5 May 2031"}],
        }
    ]


def test_another_number_than_a_note_about_an_entity_named_is_a_conflict_with_the_note() -> None:
    said = "Beta condemned the harbour attack, which killed 26 people"
    assert NOTES.with_notes(said, ["beta", "harbour-attack"], []) == [
        {
            "field": "number",
            "this": "26 people",
            "others": [{"note": "attack-toll-note", "text": "31 people"}],
        }
    ]
    # the same number, another noun, or the attack not named: none
    assert NOTES.with_notes("killed 31 people", ["harbour-attack"], []) == []
    assert NOTES.with_notes("killed 26 sailors", ["harbour-attack"], []) == []
    assert NOTES.with_notes(said, ["beta"], []) == []
    # the attack not named, but by the fact whose claim the sentence makes
    assert NOTES.with_notes("the attack killed 26 people", [], ["attack-toll"]) == [
        {
            "field": "number",
            "this": "26 people",
            "others": [{"note": "attack-toll-note", "text": "31 people"}],
        }
    ]


def test_a_fact_about_two_date_notes_compares_no_day() -> None:
    other = NOTES_DOC.curator_notes[0]._replace(id="attack-date", facts=("attack-toll",))
    two = Conflicts(NOTES_DOC._replace(curator_notes=[*NOTES_DOC.curator_notes, other]))
    said = "talks on 6 May after the attack"
    assert two.with_notes(said, ["beta"], ["talks-held", "attack-toll"]) == []


OFFICERS = [
    Entity("ilse", "Ilse Varga", "person", roles=(Role("Beta's Sea Minister", "ilse-office"),)),
    Entity("omar", "Omar Quist", "person", roles=(Role("Foreign Minister", "omar-office"),)),
    Entity("beta", "Beta", "country"),
]


def _offices(quote: str, parties: tuple[str, ...] = ()) -> dict[str, str]:
    people = {e.id: e for e in OFFICERS if e.type == "person"}
    found = PersonNames(OFFICERS).add_to(quote, EntityMatcher(OFFICERS).find(quote))
    return {c["entity"]: c["this"] for c in office_conflicts(quote, people, found, parties)}


def test_a_name_in_another_order_is_found_inside_a_long_run_of_capitals() -> None:
    run = " ".join(["Alpha"] * 3000)  # every sub-run is tried only up to a name's length
    quote = f"{run} VARGA Ilse {run} spoke."
    found = PersonNames(OFFICERS).add_to(quote, [])
    assert [(e, quote[a:b]) for e, a, b in found] == [("ilse", "VARGA Ilse")]


@pytest.mark.parametrize(
    ("quote", "given"),
    [
        # before the name, with a place and a title between
        ("Omar Quist met the Defence Minister of Beta, Mr Ilse Varga, at noon", "Defence Minister"),
        # in apposition after the name
        (
            "Omar Quist hosted Ilse Varga, Beta's national security adviser, for talks",
            "national security adviser",
        ),
        # held: the person named last before "as"
        (
            "Ilse Varga, a sailor by training, served as defence minister until May",
            "defence minister",
        ),
        # the family name first, in capitals
        ("Minister of Defense VARGA Ilse held a meeting with Omar Quist", "Minister of Defense"),
        # a post by its head noun, with what it heads, in apposition
        (
            "The crew was led by Ilse Varga, chairwoman of the Blue Party's Panel on Ports, "
            "and two pilots",
            "chairwoman of the Blue Party's Panel on Ports",
        ),
        # a relative clause: who heads a ministry is its minister
        (
            "Omar Quist met Ilse Varga, who heads Beta's Ministry of Harbours, at noon",
            "heads Beta's Ministry of Harbours",
        ),
        # said of the name ("is the first …")
        ("Ilse Varga is the first Beta defence minister to sail the strait", "defence minister"),
        # an adverb before the predicate's office: a questioner's "is only a … now"
        ("I read that Ilse Varga is only a special adviser now", "special adviser"),
        # a title before the name whose office ends in a capitalised word: not the name's
        ("Minister of Defense Ilse Varga held talks with Omar Quist", "Minister of Defense"),
        # a relative clause after the name: "who is", a ministry by its adjective, a post
        # by its verb ("chairs", "sits on")
        (
            "Ilse Varga, who is Beta's Minister of Defense and a sailor, spoke",
            "Minister of Defense",
        ),
        (
            "Omar Quist met Ilse Varga, who heads Beta's Harbour Ministry, at noon",
            "heads Beta's Harbour Ministry",
        ),
        (
            "Ilse Varga, who also chairs the Blue Party's panel on ports, spoke",
            "chairs the Blue Party's panel on ports",
        ),
        (
            "Ilse Varga, who sits on Beta's Security Council, spoke",
            "sits on Beta's Security Council",
        ),
        # the name's own verb: "returns to head", "heads" a ministry (a present office)
        (
            "In March Ilse Varga returns to head Beta's defence ministry",
            "returns to head Beta's defence ministry",
        ),
        ("Ilse Varga heads the Ministry of Harbours", "heads the Ministry of Harbours"),
        # an appointment's verb, after an apposition of a past post or not (R11: "took over
        # the defence portfolio" is a present office)
        (
            "Ilse Varga, a former harbour pilot, took charge of Beta's defence ministry in May",
            "took charge of Beta's defence ministry",
        ),
        (  # no end told: a present office (R11; heldout72's "in October 2024" so judged)
            "Ilse Varga took over the Ministry of Harbours last year",
            "took over the Ministry of Harbours",
        ),
        # the press's "defence chief", before the name, in apposition to it, after it
        ("Omar Quist sat down with Beta's defence chief, Ilse Varga, on Friday", "defence chief"),
        ("Defence chief Ilse Varga toured the dockyard", "Defence chief"),
        ("Ilse Varga, Beta's defense chief, spoke first", "defense chief"),
        # "then": the office at the time the sentence tells (R11)
        (
            "Omar Quist hosted Ilse Varga, then Beta's Defence Minister, on 5 May 2031",
            "Defence Minister",
        ),
    ],
)
def test_an_office_is_given_to_the_name_it_stands_by(quote: str, given: str) -> None:
    assert _offices(quote) == {"ilse": given}


def test_a_then_office_in_a_year_told_is_history() -> None:
    assert _offices("In 2019 Omar Quist hosted Ilse Varga, then Beta's Defence Minister") == {}
    assert _offices("Omar Quist hosted Ilse Varga, then a lawmaker, in Tessel") == {}


@pytest.mark.parametrize(
    ("quote", "given"),
    [
        (
            "Omar Quist met Ilse Varga, who has served as Minister of Harbours since May, at noon",
            "Minister of Harbours",
        ),
        (
            "Omar Quist met Ilse Varga, Minister of State for Economic Security, at noon",
            "Minister of State for Economic Security",
        ),
        (
            "Ilse Varga, who serves as Beta's State Minister of Harbours under the premier, spoke",
            "State Minister of Harbours",
        ),
        # a name after it is no word of it
        (
            "Minister of State for Defence Ilse Varga met Omar Quist",
            "Minister of State for Defence",
        ),
    ],
)
def test_an_office_ends_where_the_clause_goes_on(quote: str, given: str) -> None:
    """The office's words end before a word the clause goes on with ("since", "under"),
    and a portfolio in capitalised words is whole ("Economic Security"): never cut short."""
    assert _offices(quote) == {"ilse": given}


def test_a_title_cut_short_gives_no_office() -> None:
    assert _offices("Omar Quist met Ilse Varga, Minister of State for economic, at noon") == {}


def test_a_counterpart_holds_the_office_given_to_the_other() -> None:
    quote = "Defence Minister Omar Quist and his Beta counterpart Ilse Varga met"
    assert _offices(quote) == {"omar": "Defence Minister", "ilse": "Defence Minister"}


def test_a_title_standing_for_a_name_gives_no_office() -> None:
    assert _offices("The Defence Minister briefed Ilse Varga on the storm") == {}
    assert _offices("Ilse Varga thanked the Raksha Mantri for the visit") == {}
    # a post held by another person, not named in the fact base, gives none
    assert _offices("Ilse Varga met Harbour Secretary Anna Varga and Omar Quist") == {}
    assert _offices("Ilse Varga, who sailed with the chairman of the port, spoke") == {}
    assert _offices("Ilse Varga, who heads to Ostra on Tuesday, spoke") == {}
    assert _offices("Ilse Varga, who leads the delegation, spoke") == {}
    assert _offices("Ilse Varga, who chairs the meeting, spoke") == {}
    # charge taken of no ministry, or of a ministry's delegation: no office
    assert _offices("Ilse Varga, a former harbour pilot, took charge of the talks") == {}
    assert _offices("Ilse Varga took charge of the Harbour Ministry's delegation") == {}
    # the chiefs of the forces are no minister's office
    assert _offices("Ilse Varga met the defence chiefs of both navies") == {}


@pytest.mark.parametrize(
    "quote",
    [
        "Ilse Varga took charge of the Harbour Ministry in March 2009, serving until 2011.",
        "Ilse Varga took over the Ministry of Harbours in 2009 and moved to the foreign ministry"
        " in 2012.",
        "Ilse Varga took charge of Beta's defence ministry from 2009 to 2011, a term of reform.",
        "Ilse Varga went back to the Harbour Ministry in the 2009 reshuffle, before moving on.",
        "Ilse Varga, a former pilot, took over the Ministry of Harbours in 2009 and later quit.",
    ],
)
def test_an_appointment_whose_end_is_told_is_a_past_office(quote: str) -> None:
    """R11: an appointment the sentence ends ("serving until", "moved to … in 2012", "from
    2009 to 2011") is history, which denies no present office: no conflict."""
    assert _offices(quote) == {}


@pytest.mark.parametrize(
    ("quote", "given"),
    [
        # near cases: a date alone, a promise of service to come, another's end
        (
            "Ilse Varga took charge of Beta's defence ministry in October 2024 in a new cabinet",
            "took charge of Beta's defence ministry",
        ),
        (
            "Ilse Varga took over the Ministry of Harbours in May and vowed to serve until 2030",
            "took over the Ministry of Harbours",
        ),
        (
            "Ilse Varga took over the Ministry of Harbours; her rival left the cabinet in 2009",
            "took over the Ministry of Harbours",
        ),
    ],
)
def test_an_appointment_with_no_end_told_stays_a_present_office(quote: str, given: str) -> None:
    assert _offices(quote) == {"ilse": given}


def test_an_office_in_an_opening_as_phrase_is_the_speakers() -> None:
    people = {e.id: e for e in OFFICERS if e.type == "person"}

    def given(quote: str, speaker: str | None) -> dict[str, str]:
        found = EntityMatcher(OFFICERS).find(quote)
        conflicts = office_conflicts(quote, people, found, speaker=speaker)
        return {c["entity"]: c["this"] for c in conflicts}

    # "I" in a transcript turn, or in a quotation: the person the fact is attributed to
    # (by name)
    said = "As Beta's Minister of Harbours, I value the ferry link with Omar Quist's port."
    assert given(said, "Ilse Varga") == {"ilse": "Minister of Harbours"}
    assert given('"As defence minister I will sail first," she said.', "Ilse Varga") == {
        "ilse": "defence minister"
    }
    assert given("As defence minister, he opened the port.", "Ilse Varga") == {
        "ilse": "defence minister"
    }
    # nobody to give it to, or an "as" inside the sentence: none for the speaker
    assert given(said, None) == {}
    assert given("The ferry sailed late, as defence minister, I regret.", "Ilse Varga") == {}
    # "welcomed me as <office>": the speaker's too
    welcomed = "Omar Quist welcomed me as Beta's Minister of Harbours, and I thanked him."
    assert given(welcomed, "Ilse Varga") == {"ilse": "Minister of Harbours"}
    assert given("He introduced me as defence minister to the crews.", "Ilse Varga") == {
        "ilse": "defence minister"
    }
    assert given(welcomed, None) == {}
    assert given("Omar Quist named me as his guest of honour.", "Ilse Varga") == {}
    # "As <office>, <name>": the name's, as before
    assert given("As defence minister, Ilse Varga opened the port.", None) == {
        "ilse": "defence minister"
    }


def test_a_ministers_plural_gives_the_office_to_each_party() -> None:
    quote = "The two navies will sail together, the two countries' defence ministers said"
    assert _offices(quote, ("ilse", "omar")) == {
        "ilse": "defence ministers",
        "omar": "defence ministers",
    }
    assert _offices("Ilse Varga invited Omar Quist to the next defence ministers' talks") == {}
    # a gathering of the office's holders is the office of whoever meets, not the parties'
    later = "It was agreed that the next meeting of the Defence Ministers would be in Lorn"
    assert _offices(later, ("ilse", "omar")) == {}
    assert _offices("A dialogue of defence ministers will follow", ("ilse", "omar")) == {}
    both = "The meeting of the two defence ministers was held in Lorn"
    assert _offices(both, ("ilse", "omar")) == {
        "ilse": "defence ministers",
        "omar": "defence ministers",
    }


def test_an_event_named_for_its_place_is_named_by_the_place_and_a_word_of_violence() -> None:
    doc = NOTES_DOC._replace(
        entities=[
            *ENTITIES,
            Entity("lorn", "Lorn", "place"),
            Entity("lorn-attack", "Lorn harbour attack", "event"),
        ],
        curator_notes=[
            NOTES_DOC.curator_notes[0]._replace(
                id="lorn-date", facts=(), entities=("lorn-attack",), date=datetime.date(2031, 4, 2)
            )
        ],
    )
    notes = Conflicts(doc)
    said = "tension rose after the April 3 massacre of sailors near Lorn"
    assert notes.with_notes(said, ["lorn"], []) == [
        {
            "field": "date",
            "this": "April 3",
            "others": [{"note": "lorn-date", "text": "2 April 2031"}],
        }
    ]
    # the place alone is no event
    assert notes.with_notes("a ferry left Lorn on April 3", ["lorn"], []) == []
    # the day given to another thing than the event named: none
    said = "Ilse Varga sailed in on April 3, the Lorn massacre barely a week old"
    assert notes.with_notes(said, ["lorn"], []) == []


def test_a_countrys_ministers_are_its_people_who_hold_the_office() -> None:
    officers = [
        Entity(
            "ilse",
            "Ilse Varga",
            "person",
            roles=(Role("Defence Minister", "ilse-now"), Role("former Defence Minister", "was")),
        ),
        Entity("omar", "Omar Quist", "person", roles=(Role("Foreign Minister", "omar-office"),)),
    ]
    people = {e.id: e for e in officers}
    quote = "The two navies will sail together, the two countries' defence ministers said"
    nations = {"ilse": frozenset({"beta"}), "omar": frozenset({"gamma"})}
    found = office_conflicts(quote, people, [], ("beta", "gamma"), nations)
    assert [(c["entity"], c["this"], c["others"][0]["fact"]) for c in found] == [
        ("ilse", "defence ministers", "was")
    ]
    # without knowing whose country is whose, a country names no one
    assert office_conflicts(quote, people, [], ("beta", "gamma")) == []


def test_a_counterpart_of_a_person_given_no_office_holds_that_persons_office() -> None:
    # Omar Quist holds one office in the fact base: his counterpart holds it too
    assert _offices("Omar Quist and his Beta counterpart Ilse Varga met") == {
        "ilse": "Foreign Minister"
    }
    # whose the office is ("Beta's Sea Minister") is not the counterpart's
    assert _offices("Ilse Varga hosted her counterpart Omar Quist") == {"omar": "Sea Minister"}
    # no counterpart: no office
    assert _offices("Omar Quist met Ilse Varga") == {}


def test_a_counterpart_holds_the_others_office_not_the_others_country() -> None:
    """Issue 24's one reading: a counterpart of the head of Japan's ministry holds his own
    country's (the drafter's own reading, which dropped only India's and Japan's words,
    gave Beta's and Gamma's ministers each other's office)."""
    ministers = [
        Entity("ilse", "Ilse Varga", "person", roles=(Role("Beta's Defence Minister", "i"),)),
        Entity("omar", "Omar Quist", "person", roles=(Role("Gamma's Defence Minister", "o"),)),
    ]
    people = {e.id: e for e in ministers}
    quote = "Ilse Varga, who heads Beta's Ministry of Defense, hosted her counterpart Omar Quist"
    found = EntityMatcher(ministers).find(quote)
    assert office_conflicts(quote, people, found) == []


def _venue_doc(*events: Event) -> Doc:
    where = fact(
        "harbour-talks-place",
        "The harbour talks took place in Canberra",
        "reported",
        (),
        "the article",
    )
    return Doc([], [], ENTITIES, [where], [], list(events))


def test_a_meeting_held_elsewhere_than_the_fact_bases_meeting_is_a_place_conflict() -> None:
    talks = Event("harbour-talks", "meeting", "Harbour talks", None, place="Canberra")
    found = Conflicts(_venue_doc(talks)).venue("The talks were held in Perth on a calm day")
    assert found == [
        {
            "field": "place",
            "this": "Perth",
            "others": [{"fact": "harbour-talks-place", "text": "Canberra"}],
        }
    ]
    venue = Conflicts(_venue_doc(talks)).venue
    assert venue("The meeting was held in Canberra in a warm atmosphere") == []  # the same
    assert venue("The meeting was held in Australia") == []  # its country
    assert venue("The meeting was held in Quorra Hall") == []  # no place of places.tsv
    assert venue("They agreed to hold the next meeting in Perth") == []  # a plan
    # two meetings in the fact base: which one the fact means is not told
    other = Event("reef-talks", "meeting", "Reef talks", None, place="Canberra")
    assert Conflicts(_venue_doc(talks, other)).venue("The talks were held in Perth") == []


def test_a_meeting_two_facts_place_is_still_one_meeting() -> None:
    # two sources' facts say where the one meeting was held: it is still one meeting
    talks = Event("harbour-talks", "meeting", "Harbour talks", None, place="Canberra")
    doc = _venue_doc(talks)
    again = fact("harbour-talks-held", "The talks were held in Canberra", "reported", (), "x")
    found = Conflicts(doc._replace(facts=[*doc.facts, again])).venue("It was held in Perth")
    assert found == []  # no meeting named: not the meeting's place
    found = Conflicts(doc._replace(facts=[*doc.facts, again])).venue("The talks were held in Perth")
    assert found == [
        {
            "field": "place",
            "this": "Perth",
            "others": [
                {"fact": "harbour-talks-place", "text": "Canberra"},
                {"fact": "harbour-talks-held", "text": "Canberra"},
            ],
        }
    ]


def test_a_long_quote_of_many_people_costs_work_in_proportion() -> None:
    """Four times the names is about four times the work: each name's counterpart test
    searched the whole quote before it (quadratic: a 150 KB sentence took 6 s)."""
    from conftest import work_of

    from defcoop_cli.curation.drafting.conflicts import given_offices, offices

    people = {e.id: e for e in OFFICERS if e.type == "person"}

    def work(times: int) -> int:
        quote = "Omar Quist and his counterpart Ilse Varga met, " * times
        found = EntityMatcher(OFFICERS).find(quote)
        return work_of(lambda: office_conflicts(quote, people, found), [offices, given_offices])

    work(1)
    small, large = work(50), work(200)
    assert large < 4.6 * small, (small, large)
    # the counterpart still holds the office the other holds (one each: no conflict here)
    assert _offices("Omar Quist and his counterpart,  Ilse Varga met") == {
        "ilse": "Foreign Minister"
    }


def test_many_names_in_one_run_of_capitals_cost_work_in_proportion() -> None:
    """Four times the names is about four times the work: each name a run of capitals has
    was tested against every name found before it (quadratic: a 300 KB article of such
    runs took 25 s)."""
    from conftest import work_of

    from defcoop_cli.curation.drafting.conflicts import person_names

    names = PersonNames(OFFICERS)

    def work(times: int) -> int:
        quote = "VARGA Ilse Alpha QUIST Omar Alpha " * times + "spoke."
        found = EntityMatcher(OFFICERS).find(quote)
        return work_of(lambda: names.add_to(quote, found), [person_names])

    work(1)
    small, large = work(50), work(200)
    assert large < 4.6 * small, (small, large)
    quote = "Omar Quist met VARGA Ilse Alpha QUIST Omar Ilse Varga and VARGA Ilse."
    found = names.add_to(quote, EntityMatcher(OFFICERS).find(quote))
    assert [(e, quote[a:b]) for e, a, b in found] == [
        ("omar", "Omar Quist"),
        ("ilse", "VARGA Ilse"),
        ("omar", "QUIST Omar"),
        ("ilse", "Ilse Varga"),
        ("ilse", "VARGA Ilse"),
    ]


def test_many_offices_in_one_quote_cost_work_in_proportion() -> None:
    """Four times the offices and names is about four times the work: each office looked
    for the names after and before it among all of them, and read the whole quote before it
    for "as" (quadratic)."""
    from conftest import work_of

    from defcoop_cli.curation.drafting.conflicts import given_offices, offices

    people = {e.id: e for e in OFFICERS if e.type == "person"}
    said = "Defence Minister Ilse Varga met Omar Quist, the Finance Minister, as Home Minister "

    def work(times: int) -> int:
        quote = said * times + "and his counterpart Omar Quist."
        found = EntityMatcher(OFFICERS).find(quote)
        return work_of(lambda: office_conflicts(quote, people, found), [offices, given_offices])

    work(1)
    small, large = work(50), work(200)
    assert large < 4.6 * small, (small, large)
    assert _offices(said * 3 + "and his counterpart Omar Quist.") == {
        "ilse": "Defence Minister",
        "omar": "Finance Minister",
    }


def test_a_counterpart_named_again_and_again_costs_work_in_proportion() -> None:
    """The person each counterpart is of was looked for among every name before it, past
    the counterpart's own (quadratic when one counterpart is named again and again)."""
    from conftest import work_of

    from defcoop_cli.curation.drafting.conflicts import given_offices, offices

    people = {e.id: e for e in OFFICERS if e.type == "person"}

    def work(times: int) -> int:
        quote = "Omar Quist met " + "his counterpart Ilse Varga, " * times + "at noon."
        found = EntityMatcher(OFFICERS).find(quote)
        return work_of(lambda: office_conflicts(quote, people, found), [offices, given_offices])

    work(1)
    small, large = work(50), work(200)
    assert large < 4.6 * small, (small, large)
    assert _offices("Omar Quist met " + "his counterpart Ilse Varga, " * 3 + "at noon.") == {
        "ilse": "Foreign Minister"
    }


def test_a_post_named_by_its_head_noun_ends_before_its_clauses_verb() -> None:
    from defcoop_cli.curation.drafting.conflicts.office_phrases import office_spans

    text = "A spokesperson for the Japanese embassy described the talks as frank and warm."
    assert [text[a:b] for a, b in office_spans(text)] == ["spokesperson for the Japanese embassy"]
    text = "A director of the Centre for Sea Studies said the drills mattered."
    (span,) = office_spans(text)
    assert text[span[1] :] == " said the drills mattered."


@pytest.mark.parametrize(
    "quote",
    [
        "Ilse Varga heads to Beta's defence ministry for talks",  # a journey, no post
        "Ilse Varga leads the Harbour Ministry's delegation",  # the ministry's, not its head
        "Ilse Varga heads the Harbour Ministry and the Port Board",  # not the ministry alone
    ],
)
def test_a_name_heading_elsewhere_or_something_else_holds_no_ministry(quote: str) -> None:
    assert _offices(quote) == {}


# The fact base's one meeting with a place (an event, and the fact saying where it was
# held), and a date note about that fact: a day given to "the meeting" right after naming
# it, or spelled as an ordinal, is compared with the note's (eleventh session).
MEETING_DOC = NOTES_DOC._replace(
    facts=[
        *NOTES_DOC.facts,
        fact("talks-place", "The meeting took place in Port Lem", "reported", (), "the article"),
    ],
    events=[Event("harbour-talks", "meeting", "Harbour talks", None, place="Port Lem")],
    curator_notes=[
        NOTES_DOC.curator_notes[0]._replace(facts=("talks-held", "talks-place")),
        *NOTES_DOC.curator_notes[1:],
    ],
)
MEETING = Conflicts(MEETING_DOC)


@pytest.mark.parametrize(
    ("quote", "claims", "this"),
    [
        ("The meeting, on Tuesday, 6 May, was their second in a year", [], "6 May"),
        ("Their talks on 7 May ran long", [], "7 May"),
        (
            "Ilse Varga was in Port Lem on Tuesday, the sixth of May",
            ["talks-held"],
            "the sixth of May",
        ),
        ("The ferry sailed on 6 May", [], None),  # no meeting named
        ("Their first meeting, in Laos, came after the storm of 6 May", [], None),  # not its day
        ("The meeting, on Monday, 5 May, was their second", [], None),  # the same day
        ("Ilse Varga arrived on the fifth of May", ["talks-held"], None),  # the same day
    ],
)
def test_a_day_given_to_the_meeting_or_spelled_is_compared_with_its_note(
    quote: str, claims: list[str], this: str | None
) -> None:
    found = MEETING.with_notes(quote, [], claims)
    assert [c["this"] for c in found] == ([this] if this else [])


def test_a_spelled_day_is_a_date_only_with_its_month_capitalised_and_real() -> None:
    from defcoop_cli.curation.drafting.conflicts.days import spelled_days

    assert spelled_days("on the sixth of May, 2025") == [("the sixth of May, 2025", 5, 6, 2025)]
    assert spelled_days("the thirty-first of February") == []  # no such day
    assert spelled_days("the first of may we hope for") == []  # "may", no month


@pytest.mark.parametrize(
    "said",
    [
        # an earlier session told as first, last or previous, no month named (heldout31's
        # loop: "barely six months after we first met in Vientiane" against New Delhi)
        "Beta and Gamma held harbour talks, barely a year after they first met in Tokyo",
        "Beta and Gamma held harbour talks since their last meeting in Tokyo",
        # the next session's place is a plan (dev-s9's loop: "the next meeting of the two
        # ministers will be held in Tokyo", a report's fact, against New Delhi)
        "Beta and Gamma held harbour talks and agreed that the next meeting will be in Tokyo",
    ],
)
def test_a_place_of_an_earlier_or_the_next_session_is_no_value_of_the_talks(said: str) -> None:
    assert value_conflicts(said, ["beta", "gamma"], "Beta and Gamma") == []
    # the talks' own place is still read beside it
    here = said.replace("harbour talks", "harbour talks in Tokyo on 5 May")
    assert [c["this"] for c in value_conflicts(here, ["beta", "gamma"], "Beta and Gamma")] == [
        "Tokyo"
    ]


def test_a_place_before_the_first_talks_is_the_talks_own() -> None:
    said = "Beta and Gamma met, hours before the first talks in Tokyo on Monday"
    assert [c["this"] for c in value_conflicts(said, ["beta", "gamma"], "Beta and Gamma")] == [
        "Tokyo"
    ]


ATTACK_TOLD = fact(
    "attack-told",
    "Gamma opened the talks by telling Beta of the harbour attack on 22 April, which killed 28",
    "briefed",
    ("gamma", "beta"),
    "Gamma",
)


@pytest.mark.parametrize(
    ("quote", "this"),
    [
        # another kind of thing dated (heldout49's loop: a letter's pointer to a statement
        # "issued … on 5 May 2025" against the attack's 22 April, both order-dependent strays)
        ("The outcomes are set out in the statement issued by Gamma on 5 May", None),
        ("Statement issued by the Ministry of Beta, New Delhi, 5 May", None),
        ("In a letter dated 24 April, Gamma told the council of the harbour attack", None),
        ("Beta and Gamma met in New Delhi on 5 May to talk about the harbour attack", None),
        # ordinary news copy the rule must leave alone: the same kind, or no kind told
        ("Gamma told Beta that the harbour attack on 23 April had been planned abroad", "23 April"),
        ("The harbour attack, which killed 28 people on 21 April, was condemned", "21 April"),
        ("A statement from Gamma's office said the attack took place on 20 April", "20 April"),
        ("Officials recalled that on 24 April gunmen opened fire at the harbour", "24 April"),
    ],
)
def test_days_of_two_kinds_of_thing_are_no_date_conflict(quote: str, this: str | None) -> None:
    found = [c["this"] for c in CONFLICTS.values(quote, ATTACK_TOLD) if c["field"] == "date"]
    assert found == ([this] if this else [])


@pytest.mark.parametrize(
    ("quote", "this"),
    [
        ("Beta and Gamma met in New Delhi on 6 May, the ministry said in a statement", "6 May"),
        ("The statement issued after the talks said the two met on 6 May", "6 May"),
        ("Officials said the talks, held on Tuesday, 6 May, ran late", "6 May"),
        ("Beta and Gamma held harbour talks in New Delhi on 6 May", "6 May"),
        ("Beta wrote to Gamma in a letter dated 6 May about the harbour talks", None),
    ],
)
def test_a_meetings_other_day_is_still_a_conflict_beside_a_documents(
    quote: str, this: str | None
) -> None:
    same = VALUE_DOC.facts[0]  # "… held harbour talks in New Delhi on 5 May"
    found = [c["this"] for c in CONFLICTS.values(quote, same) if c["field"] == "date"]
    assert found == ([this] if this else [])


def test_a_documents_day_is_no_date_of_the_thing_a_note_dates() -> None:
    dated = NOTES_DOC.curator_notes[1]._replace(
        id="attack-date", type="date", date=datetime.date(2031, 4, 22)
    )
    notes = Conflicts(NOTES_DOC._replace(curator_notes=[dated]))
    said = "Beta wrote to the council about the harbour attack in a letter dated 24 April"
    assert notes.with_notes(said, ["beta", "harbour-attack"], []) == []
    said = "Beta told the council about the harbour attack on 24 April"
    assert [c["this"] for c in notes.with_notes(said, ["beta", "harbour-attack"], [])] == [
        "24 April"
    ]


# A paper's own report dated (heldout50's readers' editor: "Our page-one report of May 6 on
# the talks …", the report's day, not the talks'), beside ordinary news copy the rule must
# leave alone: a report's word on the talks' day.
PAPERS_DAYS = [
    "Our report of 6 May on the harbour talks between Beta and Gamma gave a wrong title",
    "The story of 6 May on the harbour talks misspelt Gamma's name",
    "In the edition of 6 May, a caption on the harbour talks named Beta wrongly",
    "Our page-one article of 6 May on the harbour talks quoted Beta wrongly",
]
TALKS_DAYS = [
    "A news report said Beta and Gamma held harbour talks in New Delhi on 6 May",
    "According to the report, the harbour talks were held on 6 May",
    "Beta and Gamma held harbour talks on 6 May, the story in the gazette said",
    "Reporters saw Beta and Gamma meet for harbour talks on 6 May",
]


@pytest.mark.parametrize(("paper", "news"), list(zip(PAPERS_DAYS, TALKS_DAYS, strict=True)))
def test_a_papers_report_dated_is_a_document_not_the_talks(paper: str, news: str) -> None:
    same = VALUE_DOC.facts[0]  # "… held harbour talks in New Delhi on 5 May"
    dates = [
        c["this"] for q in (paper, news) for c in CONFLICTS.values(q, same) if c["field"] == "date"
    ]
    assert dates == ["6 May"]  # the news's day alone


# A paper's report on the talks named by their day (review14a item 6): the day names the
# talks, whatever precedes it ("report", "story", "article"), and still conflicts.
DAYS_NAMING_TALKS = [
    "A wire report on the 6 May harbour talks said Beta and Gamma agreed to share data",
    "The gazette's story about the 6 May meeting said Beta pledged two patrol boats",
    "An article on 6 May harbour talks in the evening paper said Gamma raised the strait",
]


@pytest.mark.parametrize("news", DAYS_NAMING_TALKS)
def test_a_day_naming_the_talks_after_a_papers_report_still_conflicts(news: str) -> None:
    same = VALUE_DOC.facts[0]  # "… held harbour talks in New Delhi on 5 May"
    assert [c["this"] for c in CONFLICTS.values(news, same) if c["field"] == "date"] == ["6 May"]
