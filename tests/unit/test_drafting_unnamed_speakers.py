"""An unnamed speaker by a noun of persons alone, a speaker's own relative clause or aside,
and a sentence opening on a clause of time: the speaker the form gives (R6, R9, R18, R27 of
tests/fixtures/CONVENTIONS.md)."""

from __future__ import annotations

import pytest
from drafting_world import MENON_MATCHER, MENON_PEOPLE
from drafting_world import stance_and_speaker as said

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.verbs.voices.antecedents import Carried
from defcoop_cli.factbase.records import Entity, Role
from defcoop_cli.factbase.vocab import THE_SOURCE


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Several delegates voiced concern that the drill had slipped.", "unnamed delegates"),
        ("One attendee acknowledged that the port was late.", "unnamed attendee"),
        ("Some engineers said the bridge would open in June.", "unnamed engineers"),
        # a speech tag closing an event: the event as that source gives it (R6)
        ("The harbour talks ran late into the night, one delegate said.", "unnamed delegate"),
        ("The port reopened on Tuesday, a participant said.", "unnamed participant"),
        # a nation's mission, named as the ministry is (R6, R9)
        ("Ravi Menon is due to visit the port, the Beta embassy said.", "the beta embassy"),
        ("Ravi Menon is due to fly home, the embassy of Beta said.", "the embassy of beta"),
        ("Ravi Menon is due home, the Beta embassy in Oslo said.", "the beta embassy in oslo"),
    ],
)
def test_a_noun_of_persons_alone_is_an_unnamed_source(sentence: str, who: str) -> None:
    assert said(sentence)[1] == who


def test_a_title_alone_is_no_unnamed_source() -> None:  # a title stands for a person named
    assert said("A minister said the port would open.") == ("reported", THE_SOURCE)


def test_a_speakers_own_relative_clause_holds_no_verb_of_the_sentence() -> None:
    sentence = "A delegate who had been briefed by the Beta side said Ravi Menon conveyed thanks."
    assert said(sentence) == ("reported", "Ravi Menon")  # the doer's act, a channel told it


@pytest.mark.parametrize(
    "sentence",
    [
        "Ravi Menon, delegates were told, had underlined that the port would open.",
        "Ravi Menon, the audience was told, had underlined that the port would open.",
    ],
)
def test_the_writers_sourcing_in_commas_is_no_verb_of_the_sentence(sentence: str) -> None:
    assert said(sentence) == ("stressed", "Ravi Menon")


def test_a_speakers_aside_with_an_adverb_is_read_past() -> None:
    sentence = "A Beta embassy official, speaking separately, played down reports of a deal."
    assert said(sentence)[1] == "beta embassy official"


@pytest.mark.parametrize(
    "sentence",
    [
        "When Ravi Menon received the Beta envoy on Monday, the headlines wrote themselves.",
        "Since the two governments first spoke of a port a decade ago, not one ship has docked.",
    ],
)
def test_a_clause_of_time_gives_the_main_clause_no_speaker(sentence: str) -> None:
    r = reading(sentence, Speakers(MENON_MATCHER, MENON_PEOPLE))
    assert r.attribution == THE_SOURCE
    assert "no party named" in r.rule or r.rule == "no reporting verb"  # read, not given up


def test_a_quotation_opening_on_a_clause_of_time_is_still_its_speakers() -> None:
    sentence = '"Ten years after we spoke of a port, none is built," Ravi Menon told reporters.'
    assert said(sentence)[1] == "Ravi Menon"


def test_both_sides_signalling_their_concern_agree() -> None:  # R18 over the concern class
    assert said("Both sides signalled unease about moves at sea.")[0] == "agreed"
    assert said("Ravi Menon signalled unease about moves at sea.")[0] == "raised concern"
    # "They" with nobody named before: no parties to agree, the concern stays
    assert said("They signalled unease about moves at sea.") == ("raised concern", THE_SOURCE)


def test_a_speakers_own_clause_is_read_past_only_up_to_a_comma() -> None:
    sentence = "Delegates who said the port would open were overruled by Ravi Menon, who insisted."
    assert said(sentence)[1] != "unnamed delegates"  # not given the later clause's verb


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Chronicle reported that Ravi Menon briefed the Beta envoy.",
        "The paper said Ravi Menon briefed the Beta envoy.",
        "The business daily wrote that Ravi Menon briefed the Beta envoy.",
    ],
)
def test_a_newspaper_tells_a_partys_act_as_a_channel(sentence: str) -> None:
    assert said(sentence) == ("briefed", "Ravi Menon")  # R6: the doer's, the paper told it


def test_a_newspapers_own_view_stays_the_papers() -> None:
    assert said("The Harbour Chronicle lauded the port as a model.")[1] == "Harbour Chronicle"
    # its own report of what is to be: the paper's, not the country its masthead names
    assert said("The Times of Alpha reported that the drill would go ahead.") == (
        "reported",
        "Times of Alpha",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "That matters more than it seems, because Beta has not always spoken so plainly.",
        "The visit is significant because Alpha has rarely condemned such attacks.",
    ],
)
def test_a_verb_in_a_clause_of_reason_is_the_writers_reason(sentence: str) -> None:
    assert said(sentence) == ("reported", THE_SOURCE)


# A column's insiders (dev-s22, heldout46): an office alone after "one" (R9, as "one
# official"), a hyphenated office, a gesture before the verb of saying, a source known by
# what it knows after "according to" (R6, R27).
COLUMN_SOURCES = [
    (
        "One joint secretary lauded the Beta delegation for arriving early.",
        "unnamed joint secretary",
    ),
    (
        "One deputy director-general we spoke to described the Beta side as cautious.",
        "unnamed deputy director-general",
    ),
    (
        "A Beta official at the embassy smiled and said only that these things take time.",
        "beta official at the embassy",
    ),
    (
        "The talks overran by an hour, according to a person briefed on the meeting.",
        "person briefed on the meeting",
    ),
]
# Ordinary news the same readings leave alone: a rank with a body or a people's word kept as
# written, a party's act told through a channel the doer's, a gesture with no verb of saying
# after it no source, "according to" a party its doer's.
ORDINARY_SOURCES = [
    ("A senior Beta official said the port would open in June.", "senior beta official"),
    (
        "A deputy defence ministry spokesperson said the port would open.",
        "deputy defence ministry spokesperson",
    ),
    ("People close to him say Ravi Menon invited Beta firms to invest.", "Ravi Menon"),
    ("Ravi Menon smiled and condemned the attack.", "Ravi Menon"),
    ("Ravi Menon invited Beta firms to invest, according to people close to him.", "Ravi Menon"),
    ("The port will reopen next month, according to one official.", "unnamed official"),
]


@pytest.mark.parametrize(("ordinary", "its"), ORDINARY_SOURCES)
def test_a_columns_insiders_are_named_as_r9_names_them(ordinary: str, its: str) -> None:
    for sentence, who in COLUMN_SOURCES:  # the readings (each fails without them)
        assert said(sentence)[1] == who, sentence
    assert said(ordinary)[1] == its  # and ordinary news as it was


def view(sentence: str) -> tuple[str, bool]:
    r = reading(sentence, Speakers(MENON_MATCHER, MENON_PEOPLE))
    return r.attribution, r.view


# Ordinary news a source out of office leaves alone: a party's act he tells (the doer's, R6),
# a party named with a past office in apposition, a definite title (no unnamed source).
@pytest.mark.parametrize(
    ("ordinary", "its"),
    [
        ("A former Beta official said Ravi Menon had briefed his guest.", ("Ravi Menon", False)),
        ("Ravi Menon, a former general, said the port would open.", ("Ravi Menon", False)),
        ("The former minister said the port would open.", (THE_SOURCE, False)),
        ("A Beta official said the talks were overdue.", ("beta official", False)),
    ],
)
def test_an_unnamed_source_out_of_office_gives_a_commentators_view(
    ordinary: str, its: tuple[str, bool]
) -> None:  # R5: every judged 'retired' or 'former' source's view is an assessment
    assert view("A retired vice chief we spoke to hailed the visit as businesslike.") == (
        "retired vice chief",
        True,
    )
    assert view("One former ambassador said the talks were overdue.") == ("former ambassador", True)
    assert view(ordinary) == its


@pytest.mark.parametrize(  # review, should-fix: "A retired Indian admiral said…" (r21)
    ("sentence", "who"),
    [
        ("A retired Beta admiral said the frigate deal mattered less.", "retired beta admiral"),
        ("A former Alpha diplomat said the talks were overdue.", "former alpha diplomat"),
        ("One retired Beta general told us the drill was too short.", "retired beta general"),
    ],
)
def test_a_source_out_of_office_of_a_country_named_gives_a_commentators_view(
    sentence: str, who: str
) -> None:
    assert view(sentence) == (who, True)


# Ordinary sentences the view of a clause and the closing speech tag leave as they were: a
# passive "It was thought that", "thought about", "believed in" (no clause), a party's own
# hope (his, whoever tells it), a party's act told through a channel (the doer's, R6).
@pytest.mark.parametrize(
    ("ordinary", "its"),
    [
        ("It was thought that the talks would run late.", THE_SOURCE),
        ("Beta thought about sending a frigate.", THE_SOURCE),
        ("Ravi Menon believed in the partnership.", THE_SOURCE),
        ("Ravi Menon hoped a deal was close, a Beta official said.", "Ravi Menon"),
        ("Beta is keen on the deal, the ministry said.", "Beta"),
    ],
)
def test_a_view_of_a_clause_and_a_closing_speech_tag_give_the_source(
    ordinary: str, its: str
) -> None:
    assert view("A retired admiral at the lunch thought the talks ran long.") == (
        "retired admiral at the lunch",
        True,
    )  # a commentator's view (R5), by its verb of thinking
    assert said("Many hoped a deal was close, a Beta official said.")[1] == "beta official"
    assert said(ordinary)[1] == its


# "have since" between a subject and its verb is an adverb, as "also" is (R27: the group in
# its own words); ordinary sentences with "since" elsewhere, or a party's, as they were.
@pytest.mark.parametrize(
    ("ordinary", "its"),
    [
        ("Since the talks, Beta has condemned the attack.", "Beta"),
        ("Beta has condemned the attack since Monday.", "Beta"),
        ("Ravi Menon has since agreed to visit the port.", "Ravi Menon"),
        ("Beta has since condemned the attack.", "Beta"),
    ],
)
def test_have_since_is_read_past_to_the_subject(ordinary: str, its: str) -> None:
    signalled = "Officials in Beta have since signalled that Ravi Menon hopes to visit."
    assert said(signalled)[1] == "officials in beta"
    assert said("Analysts in Beta have since said the talks went well.")[1] == "analysts in beta"
    assert said(ordinary)[1] == its


def _in_turn(*sentences: str) -> list[str]:
    """Each sentence's attribution, read one after another as a report's are."""
    who, out = Speakers(MENON_MATCHER, MENON_PEOPLE), []
    for sentence in sentences:
        r = reading(sentence, who)
        who.heard(r)
        out.append(r.attribution)
    return out


@pytest.mark.parametrize(
    ("introducing", "later", "who"),
    [
        # an unnamed source by its body, whose words a party's act then took (a channel)
        (
            "A coast guard spokesperson said Ravi Menon had agreed to a joint patrol.",
            "The spokesperson described the patrol as routine.",
            "coast guard spokesperson",
        ),
        # a body's initials in its place
        (
            "The talks ran late, an NCG official said.",
            "The talks were held in a calm mood, the official added.",
            "ncg official",
        ),
        # the noun before a new name, at a headline's end
        (
            "Ravi Menon meets the Betan envoy - ministry spokesperson Lina Marsh",
            "The talks were held in a calm mood, the spokesperson said.",
            "Lina Marsh",
        ),
        # a title set off before a name, with its honours
        (
            "The Chair, Prof. (retd) Omar Velt, welcomed the speakers.",
            "The Chair concluded that the harbour accord had aged well.",
            "Omar Velt",
        ),
    ],
)
def test_a_definite_noun_points_back_to_the_source_introduced_by_it(
    introducing: str, later: str, who: str
) -> None:
    between = "Ravi Menon said the patrols would resume in May."  # another party since
    assert _in_turn(introducing, between, later)[-1] == who


def test_a_definite_noun_no_source_was_introduced_by_stays_as_before() -> None:
    first = _in_turn("A coast guard spokesperson said the patrol was routine.")[0]
    later = _in_turn(
        "A coast guard spokesperson said the patrol was routine.",
        "The official described the patrol as late.",  # no official introduced
    )[-1]
    assert first == "coast guard spokesperson" and later != first


def test_a_source_introduced_with_words_after_it_is_named_by_its_phrase() -> None:
    said = _in_turn("Five boats left the port, per an NCG official outside the hall.")
    assert said == ["ncg official"]  # not the article: the source's own words (R6)


def test_he_with_no_person_heard_before_is_the_name_a_title_introduced() -> None:
    said = _in_turn(
        "The Chair, Dr. (retd) Omar Velt, opened the session by recalling the accord.",
        "He observed that the port had grown since.",
    )
    assert said[-1] == "Omar Velt"


# Another nation's body spoken of since ends the reach back to an unnamed source (review
# 19a): "the official" after it is nobody's; a body of the source's own nation does not.
@pytest.mark.parametrize(
    ("body", "who"), [("Alpha's embassy", THE_SOURCE), ("Beta's embassy", "beta navy official")]
)
def test_another_nations_body_since_ends_the_reach_back(body: str, who: str) -> None:
    said = _in_turn(
        "Ravi Menon toured the port on Tuesday, a Beta navy official said.",
        "The official said the tour had covered the docks.",
        f"Separately, {body} said its envoy would host a dinner.",
        "The official said the dinner would be on Friday.",
    )
    assert said[1] == "beta navy official" and said[-1] == who


_MINISTERS = EntityMatcher(
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ravi-menon", "Ravi Menon", "person", (), (Role("Alpha's Trade Minister", "r"),)),
        Entity("ana-costa", "Ana Costa", "person", (), (Role("Beta's Trade Minister", "a"),)),
    ]
)


@pytest.mark.parametrize(
    ("named", "who"),
    [
        # officials of a later meeting named first, the two ministers after them (R7)
        (["Lio Brant", "Omar Velt", "Ravi Menon", "Ana Costa"], "Ravi Menon and Ana Costa"),
        # no two of the fact base's ministers named: the first two people named, as before
        (["Lio Brant", "Omar Velt", "Ravi Menon"], "Lio Brant and Omar Velt"),
    ],
)
def test_the_two_ministers_are_the_two_named_who_hold_the_office(
    named: list[str], who: str
) -> None:
    speakers = Speakers(_MINISTERS, frozenset({"ravi-menon", "ana-costa"}))
    for name in named:
        speakers.mentioned(name, True)
    r = reading("At that meeting the two ministers agreed to open a customs desk.", speakers)
    assert r.attribution == who


# An office's noun after a new name ("Beta's fisheries minister Lio Brant") is first the
# holder of the office the report spoke of (review 19a); with no holder of the fact base's
# spoken of, the name it introduced.
@pytest.mark.parametrize(
    ("opening", "who"),
    [
        ("Trade Minister Ravi Menon held talks with Omar Velt on Tuesday.", "Ravi Menon"),
        ("Omar Velt held talks with Tia Lund on Tuesday.", "Lio Brant"),
    ],
)
def test_an_offices_noun_is_its_holder_before_a_name_it_introduced(opening: str, who: str) -> None:
    speakers, out = Speakers(_MINISTERS, frozenset({"ravi-menon", "ana-costa"})), []
    for sentence in (
        opening,
        "Also present was Beta's fisheries minister Lio Brant.",
        "The minister said Alpha would build two ferries.",
    ):
        r = reading(sentence, speakers)
        speakers.heard(r)
        for eid, _, _ in _MINISTERS.find(sentence):  # the fact base's people, as a draft's
            if eid in speakers.people:
                speakers.mentioned(_MINISTERS.entities[eid].name, True)
        out.append(r.attribution)
    assert out[-1] == who


# The two ministers are not two holders named only in a background clause, a meeting
# before the story (review 19a): the story's own two are.
@pytest.mark.parametrize(
    ("before", "who"),
    [
        (
            "The visit follows Ravi Menon's talks with Ana Costa in Kell last year.",
            "Lio Brant and Omar Velt",
        ),
        ("Ravi Menon held talks with Ana Costa in Kell.", "Ravi Menon and Ana Costa"),
    ],
)
def test_two_ministers_named_only_in_a_background_clause_are_not_the_two(
    before: str, who: str
) -> None:
    speakers = Speakers(_MINISTERS, frozenset({"ravi-menon", "ana-costa"}))
    reading("Lio Brant met Omar Velt in Kell on Tuesday.", speakers)
    for name in ("Lio Brant", "Omar Velt"):
        speakers.mentioned(name, True)
    reading(before, speakers)
    for name in ("Ravi Menon", "Ana Costa"):
        speakers.mentioned(name, True)
    r = reading("The two ministers agreed to open a customs desk.", speakers)
    assert r.attribution == who


# An unnamed source's own qualifier is part of its name (R27, issue 24's heldout64 class): a
# participle phrase after a nation's official, a place after "according to" a group's noun,
# a place after a group's restrictive clause; without one, the name as R9 gives it.
@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The port reopened on Tuesday, a Beta official travelling with the envoy said.",
            "beta official travelling with the envoy",
        ),
        ("The port reopened on Tuesday, a Beta official said.", "beta official"),
        (
            "An Alpha diplomat attending the talks said the port would reopen.",
            "alpha diplomat attending the talks",
        ),
        ("The deal will be signed in May, according to analysts in Kell.", "analysts in kell"),
        ("The deal will be signed in May, according to analysts.", "unnamed analysts"),
        (
            "Officials we spoke to in Kell underlined that the deal was close.",
            "officials we spoke to in kell",
        ),
        ("Officials we spoke to underlined that the deal was close.", "officials we spoke to"),
    ],
)
def test_an_unnamed_sources_own_qualifier_is_part_of_its_name(sentence: str, who: str) -> None:
    assert said(sentence)[1] == who


# "They" after an unnamed source of the talks ("officials on both sides said …") doing the
# talks' own act (agreed, discussed, reaffirmed) is the talks' two parties, not the source
# that told it; after a commentators' group, in another act, or after the officials' own
# talks, the group as before.
@pytest.mark.parametrize(
    ("source", "then", "who"),
    [
        (
            "Officials on both sides said the talks went well.",
            "They also agreed that the drill should grow.",
            "Ravi Menon and Ana Costa",
        ),
        (
            "Officials at the meeting said the mood was warm.",
            "They also discussed the customs desk.",
            "Ravi Menon and Ana Costa",
        ),
        (
            "Analysts in Kell said the talks went well.",
            "They also discussed the customs desk.",
            "analysts in kell",
        ),
        (
            "Officials on both sides said the talks went well.",
            "They said the mood was warm.",
            "officials on both sides",
        ),
        # review 21a: what they told has a group of its own as subject, whom "They" may
        # mean: not the ministers; no group told of: the ministers
        (
            "Officials said the two coast guards met in Kell.",
            "They agreed to hold a joint drill in June.",
            "unnamed officials",
        ),
        (
            "Officials on both sides said that the dock workers met on Monday.",
            "They also agreed on a timetable for port calls.",
            "officials on both sides",
        ),
        (
            "Officials said the talks in Kell went well.",
            "They agreed to hold a joint drill in June.",
            "Ravi Menon and Ana Costa",
        ),
        # the officials' own talks, not told of the ministers': theirs
        (
            "Officials on both sides discussed the customs desk.",
            "They also agreed on a timetable for port calls.",
            "officials on both sides",
        ),
    ],
)
def test_they_after_a_source_of_the_talks_doing_the_talks_act_is_the_two_parties(
    source: str, then: str, who: str
) -> None:
    speakers = Speakers(_MINISTERS, frozenset({"ravi-menon", "ana-costa"}))
    speakers.heard(reading("Ravi Menon met Ana Costa in Kell on Tuesday.", speakers))
    for name in ("Ravi Menon", "Ana Costa"):
        speakers.mentioned(name, True)
    speakers.heard(reading(source, speakers))
    Carried().after(source, speakers)  # as the assembly reads each sentence
    assert reading(then, speakers).attribution == who
