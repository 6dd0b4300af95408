"""drafting: a channel that tells a party's act in a that-clause (s53-draft99, issue 24,
heldout81): "The ministry said that Tomas Ek briefed…" and "The ministry has informed
industry bodies that Tomas Ek briefed…" are Ek's act (R6), as "The ministry told reporters
Ek briefed…" is; a sentence sourced only by the writer's aside ("The yard will, we are told,
hold a fair in May.") is the source's own report (R6), no one named before; a signing
denied by its object ("have signed no contract") is reported, no agreement. Near cases keep
their reading: a party's own telling ("Ek informed Varga that Alpha would…"), a channel's
word with no party's act, a relative clause's verb before the main one, a signing, an
agreement on a clause. Every text is my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.verbs import reported_verb, told_that
from defcoop_cli.factbase.records import Doc, Entity
from defcoop_cli.factbase.vocab import THE_SOURCE

DOC = Doc(
    [],
    [],
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
        Entity("tomas-ek", "Tomas Ek", "person"),
    ],
    [],
    [],
)


def _read(text: str, sentence: str, before: str = "") -> tuple[str, str]:
    speakers = Speakers(EntityMatcher(DOC.entities), frozenset({"ines-varga", "tomas-ek"}))
    speakers.read(f"{before} {text}")
    if before:
        speakers.heard(reading(before, speakers))  # the party named before
    r = reading(sentence, speakers)
    return r.attribution, r.stance


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said that Tomas Ek briefed the Beta side on the attack.",
        "The ministry has informed industry bodies that Tomas Ek briefed the Beta side.",
        "The Ministry of Defence notified members that Tomas Ek briefed the Beta side.",
    ],
)
def test_a_channels_that_clause_tells_the_doers_act(sentence: str) -> None:
    assert _read(sentence, sentence) == ("Tomas Ek", "briefed")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry has informed the U.S. embassy that Tomas Ek briefed the Beta side.",
        "The ministry informed Mr. Ode that Tomas Ek briefed the Beta side.",
    ],
)
def test_one_told_by_a_name_with_a_dot_is_told_a_channels_that_clause(sentence: str) -> None:
    """s54-mend6: a channel's telling and told_that read one pattern, whose one told may have
    a dot in it (telling's did; informing's did not, and read the ministry's word here)."""
    assert _read(sentence, sentence) == ("Tomas Ek", "briefed")


def test_apprised_and_notified_are_read_past_the_one_told() -> None:
    """s54-mend6: what "apprised X that" and "notified X that" tell is the clause after
    "that", as it is "told X that"'s: the one told is no doer (was "Beta and Alpha")."""
    sentence = "The ministry notified Beta that Alpha and Beta agreed to hold drills."
    assert _read(sentence, sentence) == ("Alpha and Beta", "agreed")
    told = "Tomas Ek apprised Ines Varga that Alpha would respond."
    verb = reported_verb(told)
    assert verb is not None and told_that(told, verb.match) == "Alpha would respond."


def test_the_minutes_informed_that_names_no_one_told() -> None:  # near: no channel's telling
    sentence = "The ministry informed that Tomas Ek briefed the Beta side."
    assert _read(sentence, sentence)[0] == "the ministry"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Tomas Ek informed Ines Varga that Alpha would respond.", "Tomas Ek"),
        ("The ministry has informed industry bodies that the talks were cordial.", "the ministry"),
        ("The ministry informed reporters about the talks.", "the ministry"),
    ],
)
def test_a_telling_with_no_party_act_told_stays_the_tellers(sentence: str, who: str) -> None:
    assert _read(sentence, sentence)[0] == who


def test_a_writers_sourcing_aside_with_no_report_after_it_is_the_sources() -> None:
    before = "Tomas Ek invited firms from Beta to invest in Alpha."
    sentence = "The harbour board will, we are told, hold a trade fair in Porto in May."
    assert _read(sentence, sentence, before)[0] == THE_SOURCE


def test_a_report_after_a_relative_clause_stays_its_speakers() -> None:
    sentence = "Tomas Ek, who met Ines Varga on Monday, said Alpha would send a frigate."
    assert _read(sentence, sentence)[0] == "Tomas Ek"


def test_a_channels_said_that_tells_a_known_persons_act() -> None:
    """With the shipped fact base, where "the ministry" reads as a body of its own: the
    clause after "said that" is read as the clause after "said" is."""
    from defcoop_cli.factbase.loader import default_factbase_path, load

    doc = load(default_factbase_path()).doc
    for sentence in (
        "The ministry said that Rajnath Singh briefed the Japanese side on the drill.",
        "The ministry said Rajnath Singh briefed the Japanese side on the drill.",
    ):
        speakers = Speakers(EntityMatcher(doc.entities), frozenset())
        speakers.read(sentence)
        assert reading(sentence, speakers).attribution == "Rajnath Singh"


@pytest.mark.parametrize(
    "sentence",
    [
        "So far the two sides have signed no contract to build the frigates.",
        "Alpha and Beta concluded nothing on the frigates.",
    ],
)
def test_a_signing_denied_by_its_object_is_reported(sentence: str) -> None:
    assert _read(sentence, sentence)[1] == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Alpha and Beta signed a contract to build the frigates.",
        "Tomas Ek and Ines Varga agreed no further talks were needed.",
    ],
)
def test_a_signing_or_an_agreement_with_its_clause_stays_agreed(sentence: str) -> None:
    assert _read(sentence, sentence)[1] == "agreed"
