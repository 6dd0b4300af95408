"""drafting.claims.cases.times and what the claim finder makes of it, and of praise: sentences
written for this test (judged before the finder was run on them) that tell of another
event's time link no fact of the 5 May talks; the talks' own day, or the day of an event a
fact names, takes nothing away; a praise of something says what a fact doing no act says,
never a party's commitment or worry."""

from __future__ import annotations

from datetime import date

import pytest

from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.claims.cases.times import (
    Occasions,
    arrival_alone,
    other_times,
    without,
    without_count_spans,
    without_intervals,
    without_next_sessions,
)
from defcoop_cli.curation.drafting.claims.readings import word_units
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Event
from defcoop_cli.lookup.search.text import stem
from unit.test_drafting_claims_paraphrases import _finder  # one finder of the shipped base

TALKS = date(2025, 5, 5)


def test_a_past_month_and_year_mark_the_clause_before_them() -> None:
    text = "The pair last met in Canberra in March 2023, when talks stalled."
    (marked,) = other_times(text)
    assert (marked.year, marked.month, marked.day) == (2023, 3, None)
    assert text[marked.start : marked.end] == "The pair last met in Canberra in March 2023"
    assert not marked.is_of(TALKS)


def test_a_relative_clause_of_another_time_is_left_out_and_the_rest_kept() -> None:
    text = "It was their third meeting, which followed talks in Hanoi two years ago."
    assert without(text, other_times(text)).strip(" ,") == "It was their third meeting"


def test_a_time_owned_by_a_noun_dates_the_noun_not_the_sentence() -> None:
    assert other_times("Japan condemned last week's bombing of a market.") == []


def test_a_span_of_years_after_an_event_is_no_time_named() -> None:
    assert other_times("They agreed to meet again, two years after their first talks.") == []


def test_the_day_before_the_talks_may_be_their_day_in_another_time_zone() -> None:
    (marked,) = other_times("Officials met on 4 May to prepare the agenda.")
    assert marked.is_of(TALKS)
    (later,) = other_times("Officials met on 19 May to review the outcome.")
    assert not later.is_of(TALKS)


def test_a_day_of_an_act_of_violence_is_the_acts_not_the_sentences() -> None:
    assert other_times("She told them about the harbour bombing of 14 March.") == []
    assert other_times("The ambushes of 9 June were discussed at length.") == []
    (marked,) = other_times("Varga condemned the attack on 14 March.")  # the condemning's?
    assert marked.day == 14


def test_a_day_of_an_act_named_for_no_events_place_is_another_time() -> None:
    attack = Event("quay-attack", "attack", "Attack at Varna Quay", date(2025, 4, 2), place="Varna")
    occasions = Occasions([attack])
    (marked,) = other_times("Ito also recalled the Dunmore bombing of 3 June 2009.", occasions)
    assert (marked.month, marked.day) == (6, 3)
    (marked,) = other_times("She recalled the ambush in Dunmore on 3 June 2009.", occasions)
    assert marked.day == 3
    # the act at the event's place, or named for none: the act's day, right or wrong
    assert other_times("Ito briefed her on the Varna quay bombing of 4 April.", occasions) == []
    assert other_times("Ito briefed her on the ambush at Varna on 4 April.", occasions) == []
    assert other_times("She told them about the harbour bombing of 14 March.", occasions) == []
    assert other_times("Ito condemned the April bombing of 4 April.", occasions) == []


def test_a_relative_time_is_of_no_date() -> None:
    (marked,) = other_times("They signed the pact three years ago.")
    assert marked.relative and not marked.is_of(TALKS)


def test_another_time_is_found_in_linear_time_on_a_long_line() -> None:
    line = "in 2014, since May 3 " * 1000  # 21,000 characters, a marker every ten
    assert len(other_times(line)) == 2000


def linked(sentence: str, attribution: str, stance: str = "reported") -> str | None:
    finder, matcher = _finder()
    entities = list(dict.fromkeys(e for e, _, _ in matcher.find(sentence)))
    found = finder.claim(sentence, entities, attribution, "", "", stance)
    return None if found is None else str(found["fact"])


def of_the_talks(fact: str | None) -> bool:
    """Whether a fact tells of the 5 May talks (what happened or was said there)."""
    finder, _ = _finder()
    return any(f.id == fact and told for f, told in zip(finder.facts, finder.of_event, strict=True))


# sentences telling of another meeting: no claim of the talks
OTHER_EVENTS = [
    (
        "The two ministers had first held talks in Vientiane last November, on the margins "
        "of a regional forum.",
        "the article",
    ),
    ("Singh had visited Tokyo in September 2022 for talks with his counterpart.", "the article"),
    # another act than the fact base's, named for its place, on its own day
    ("Singh also recalled the Mumbai bombing of 12 March 1993.", "Rajnath Singh"),
    ("Singh told Nakatani about the attack in Mumbai on 26 November 2008.", "Rajnath Singh"),
    (
        "The two defence ministers sat down together in Laos two years ago to discuss "
        "maritime security.",
        "the article",
    ),
]


@pytest.mark.parametrize(("sentence", "attribution"), OTHER_EVENTS)
def test_a_sentence_of_another_meeting_links_no_fact_of_the_talks(
    sentence: str, attribution: str
) -> None:
    assert not of_the_talks(linked(sentence, attribution))


# sentences of the talks, or of the event a fact names, with a time: the claim still made
SAME_EVENT = [
    ("Singh and Nakatani met in New Delhi on 5 May.", "the article", "reported",
     {"meeting-held", "meeting-location"}),
    ("Japan condemned last month's massacre of tourists at Pahalgam.", "Japan", "condemned",
     {"pahalgam-condemned"}),
    ("Singh briefed Nakatani on the attack at Pahalgam on 22 April.", "Rajnath Singh",
     "briefed", {"pahalgam-briefing"}),
    # a day of the act, another than the fact base's (a date conflict, not another occasion)
    ("Then he briefed the visitors on the Pahalgam attack of 20 April.", "Rajnath Singh",
     "briefed", {"pahalgam-briefing"}),
    ("Singh told Nakatani about the Pahalgam terror attack of 24 April.", "Rajnath Singh",
     "briefed", {"pahalgam-briefing"}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "attribution", "stance", "claims"), SAME_EVENT)
def test_the_talks_own_day_or_a_named_events_day_keeps_the_claim(
    sentence: str, attribution: str, stance: str, claims: set[str]
) -> None:
    assert linked(sentence, attribution, stance) in claims


def test_praise_of_something_says_what_a_fact_doing_no_act_says() -> None:
    sentence = "Singh lauded India's growing self-reliance in making its own weapons."
    assert linked(sentence, "Rajnath Singh") == "self-reliance-highlighted"


def test_praise_hailing_a_country_as_a_partner_says_it_is_one() -> None:
    sentence = "Singh hailed Japan as a key strategic partner of India."
    assert linked(sentence, "Rajnath Singh") == "japan-key-partner"


def test_praise_is_no_commitment() -> None:
    sentence = (
        "Singh commended the two sides' resolve to co-develop and co-produce defence equipment."
    )
    assert linked(sentence, "Rajnath Singh") != "industry-co-development"


def test_praise_is_no_worry() -> None:
    sentence = "Both sides praised the free flow of trade along the sea routes of the region."
    assert linked(sentence, "India and Japan") != "unilateral-actions-concern"


def test_the_next_session_of_a_mechanism_is_left_out() -> None:
    text = "They will meet again at the coming round of talks in Tokyo."
    assert " ".join(without_next_sessions(text).split()) == "They will meet again at in Tokyo."


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "Much rides on the ferry deal before the yearly summit later this year.",
            "Much rides on the ferry deal before .",
        ),
        ("Beta hopes the harbour talks due next year go well.", "Beta hopes go well."),
        (
            "A decision may come at their summit scheduled for Tessel next spring.",
            "A decision may come at .",
        ),
        ("The envoys will prepare the dialogue later in the year.", "The envoys will prepare ."),
        ("Their meeting early next month should settle it.", "should settle it."),
        # a session held, or dated by a day or year: not a plan this rule reads
        ("The summit earlier this year went well.", "The summit earlier this year went well."),
        ("The talks on 5 May went well.", "The talks on 5 May went well."),
        ("Their talks last year were long.", "Their talks last year were long."),
    ],
)
def test_a_session_placed_later_is_left_out(text: str, left: str) -> None:
    assert " ".join(without_next_sessions(text).split()) == left


def test_a_session_placed_later_claims_not_the_mechanism() -> None:
    sentence = (
        "Officials say a harbour deal must be struck before the annual summit later this year."
    )
    assert linked(sentence, "the article") != "dialogue-annual-summits"


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "It was the fourth time the two envoys had met within the past year.",
            "It was the fourth time the two envoys had met .",
        ),
        ("Their 3rd meeting in a year went well.", "Their 3rd meeting went well."),
        ("The pair have now met twice in one year.", "The pair have now met twice ."),
        # the meeting itself counted, its noun not said again; a span of a little over a year
        (
            "The visit was the second between the two envoys in a little over a year.",
            "The visit was the second between the two envoys .",
        ),
        ("The talks were the third in less than a year.", "The talks were the third ."),
        (
            "The talks were held in a little over a year.",
            "The talks were held in a little over a year.",
        ),
        # no count of meetings: a year's span or a frequency stays
        ("The envoys meet once a year.", "The envoys meet once a year."),
        ("The harbour was rebuilt in a year.", "The harbour was rebuilt in a year."),
    ],
)
def test_the_span_of_a_count_of_meetings_is_left_out(text: str, left: str) -> None:
    assert " ".join(without_count_spans(text).split()) == left


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the fourth time the two defence ministers had met within the past year.",
        "Singh and Nakatani have now met twice in a year.",
    ],
)
def test_a_count_of_meetings_in_a_year_claims_no_annual_summit(sentence: str) -> None:
    assert linked(sentence, "the article") != "dialogue-annual-summits"


def test_a_yearly_meeting_still_claims_the_annual_summit() -> None:
    sentence = "The prime ministers of India and Japan meet once a year at their summit."
    assert linked(sentence, "the article") == "dialogue-annual-summits"


@pytest.mark.parametrize(
    "sentence",
    [
        # the meeting told in a clause of time closing the sentence, whatever the main
        # clause tells (R67's reason): what that clause says, as an opening one's
        "Road works and closures slowed buses and taxis across the central districts for most "
        "of the morning as Gen Nakatani held talks with Rajnath Singh at South Block.",
        "Mr Singh welcomed his guest with a band before the two ministers held talks for about "
        "an hour.",
        # "met" tells the meeting as "held talks" does (R50)
        "A carved lacquer box was handed to Rajnath Singh by Gen Nakatani when the two "
        "ministers met.",
    ],
)
def test_the_meeting_in_a_closing_clause_of_time_claims_it(sentence: str) -> None:
    assert linked(sentence, "the article") == "meeting-held"


def test_a_closing_clause_of_time_of_something_else_claims_no_meeting() -> None:
    sentence = "Traffic was slow in central Delhi on Monday as crowds gathered for a festival."
    assert linked(sentence, "the article") is None


def test_a_plan_for_the_next_session_claims_not_the_mechanism() -> None:
    sentence = "The ministers agreed to hold the next annual summit in Tokyo."
    assert linked(sentence, "India and Japan", "agreed") != "dialogue-annual-summits"


def test_the_mechanism_named_as_standing_is_still_claimed() -> None:
    sentence = "India and Japan hold annual summits and 2+2 ministerial dialogues every year."
    claims = {"meeting-part-of-dialogue", "dialogue-annual-summits", "dialogue-two-plus-two"}
    assert linked(sentence, "the article") in claims


@pytest.mark.parametrize(
    "sentence",
    [
        # a reference page's summary of the mechanisms, one of them the list's item by name:
        # that item's claim, not the list's its other words say (R28; s34-draft25's class)
        "Japan and India talk through an annual ministerial dialogue, the 2+2 meeting of "
        "foreign and defence ministers and staff talks.",
        "Ties between the two sides are managed through the yearly summit of defence "
        "ministers, the 2+2 ministerial dialogue and talks of defence secretaries.",
    ],
)
def test_a_summary_of_mechanisms_claims_the_one_it_names(sentence: str) -> None:
    assert linked(sentence, "the article") == "dialogue-two-plus-two"


def test_how_often_and_a_months_part_are_no_claims_meaning() -> None:
    units = word_units("The drill ran from late February to early March every year.", {})
    assert [u[0] for u in units] == [stem("drill"), stem("ran")]


def test_the_set_phrase_for_unilateral_action_says_it() -> None:
    sentence = "Japan voiced worry about efforts to alter the status quo through coercion."
    assert linked(sentence, "Japan", "raised concern") == "unilateral-actions-concern"


def test_a_yearly_drill_named_with_its_armies_says_who_takes_part() -> None:
    sentence = (
        "The Indian Army and Japan's Ground Self-Defense Force stage Dharma Guardian each year."
    )
    assert linked(sentence, "the article") == "exercise-dharma-guardian-participants"


def test_a_praise_is_a_view_and_may_say_the_writers_view() -> None:
    sentence = "Nakatani hailed the meeting as another milestone in Japan-India defence ties."
    assert linked(sentence, "Gen Nakatani") == "meeting-milestone"


def _two_events() -> ClaimFinder:
    """A fact base of two meetings of the same parties: a fact of each, in the same words."""
    from defcoop_cli.factbase.records import Doc, Entity, Event, Fact

    entities = [Entity("alpha", "Alpha", "person"), Entity("beta", "Beta", "country")]
    events = [
        Event("spring-talks", "meeting", "Alpha in Beta", date(2023, 3, 10)),
        Event("summer-talks", "meeting", "Alpha in Beta again", date(2025, 6, 2)),
    ]
    facts = [
        Fact(
            id=f"harbour-{event.id}",
            statement="Alpha and Beta agreed to open a new harbour.",
            kind="commitment",
            attribution="Alpha",
            stance="agreed",
            topics=("t",),
            entities=("alpha", "beta"),
            keywords=(),
            quote="Alpha and Beta agreed to open a new harbour",
            source="old",
            span=(0, 43),
            event=event.id,
        )
        for event in events
    ]
    doc = Doc(sources=[], topics=[], entities=entities, facts=facts, curator_notes=[])
    doc = doc._replace(events=events)
    return ClaimFinder(doc, EntityMatcher(entities).find)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("On 2 June Alpha and Beta agreed to open a new harbour.", "harbour-summer-talks"),
        ("In March 2023 Alpha and Beta agreed to open a new harbour.", "harbour-spring-talks"),
    ],
)
def test_a_sentence_dated_to_one_meeting_links_that_meetings_fact(
    sentence: str, claim: str
) -> None:
    found = _two_events().claim(sentence, ["alpha", "beta"], "Alpha", "", "", "agreed")
    assert found is not None and found["fact"] == claim


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "The envoys met on Friday, two weeks after the storm at Port Vale in which nine "
            "boats were lost.",
            "The envoys met on Friday",
        ),
        ("The talks were held, just days before the monsoon.", "The talks were held"),
        ("The two sides sat down, a few months after the election.", "The two sides sat down"),
        # an interval after another act may tell why it came; inside a sentence, or with no
        # comma before it, it stays
        (
            "Piracy was high on the agenda, barely a month after the raid on the port.",
            "Piracy was high on the agenda, barely a month after the raid on the port.",
        ),
        (
            "Two weeks after the storm, the envoys met.",
            "Two weeks after the storm, the envoys met.",
        ),
        ("The envoys met two weeks after the storm.", "The envoys met two weeks after the storm."),
    ],
)
def test_an_interval_from_another_event_closing_a_meeting_is_left_out(text: str, left: str) -> None:
    assert without_intervals(text) == left


def test_the_talks_held_on_their_day_after_an_interval_claim_the_meeting() -> None:
    sentence = (
        "The talks were held on Monday, 5 May 2025, some three weeks after a storm in the "
        "harbour in which many boats were lost."
    )
    assert linked(sentence, "the article") == "meeting-held"


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("The envoy landed in Kell late on Sunday for a three-day visit.", True),
        ("The delegation had arrived at the airbase the previous evening.", True),
        ("The minister flew into Kell on his first visit since taking office.", True),
        # the talks named too: the arrival is for them
        ("The envoy arrived in Kell for talks with the minister.", False),
        ("The envoy landed in Kell and met the minister an hour later.", False),
        ("The envoy met the minister in Kell.", False),  # no arrival
    ],
)
def test_an_arrival_naming_no_talks_is_alone(text: str, alone: bool) -> None:
    assert arrival_alone(text) is alone


@pytest.mark.parametrize(
    "sentence",
    [
        "Gen Nakatani touched down in New Delhi on Sunday night for a two-day visit.",
        "Gen Nakatani had landed in New Delhi the evening before.",
    ],
)
def test_an_arrival_claims_no_fact_of_the_talks(sentence: str) -> None:
    assert linked(sentence, "the article") is None


def test_an_arrival_for_the_talks_still_claims_the_meeting() -> None:
    sentence = "Gen Nakatani arrived in New Delhi for talks with Rajnath Singh."
    assert linked(sentence, "the article") in {"meeting-held", "meeting-location"}
