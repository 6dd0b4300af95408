"""R63: a subject "high on the agenda" (at the top of it, topping it) told as the
sentence's own act is what the talks' two parties discussed; after a verb telling the
meeting it is that sentence's framing, and a view of the agenda stays the teller's."""

from __future__ import annotations

import pytest
from drafting_world import BRIEFED as DOC

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.verbs import reported_verb


def _read(sentence: str) -> dict[str, str]:
    text = f"Talks in Alpha City\n\nRavi Menon met Kenji Ode in Alpha City on Monday. {sentence}\n"
    made = draft(text, "a", DOC, {}, "/articles/a.txt", "9.9")
    return {f["quote"]: f for f in made["facts"]}[sentence.rstrip(".")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Piracy was high on the agenda, barely a month after the raid on the port.",
        "Officials say the raid on the border post was high on the agenda.",
        "Kenji Ode is in Alpha City today, and piracy was high on the agenda.",
        "Maritime patrols topped the agenda.",
        "Joint production of drones was at the top of the agenda.",
        # heldout85's class: plainly on the agenda, an apposition before (R63's reason)
        "Sea Shield, the yearly drill between the two navies, was also on the agenda.",
        "Port calls were on the agenda.",
    ],
)
def test_a_subject_high_on_the_agenda_was_discussed_by_the_two(sentence: str) -> None:
    said = _read(sentence)
    assert (said["stance"], said["attribution"]) == ("discussed", "Ravi Menon and Kenji Ode")


@pytest.mark.parametrize(
    "sentence",
    [
        # after the verb that tells the meeting: the meeting's (R15)
        "Ravi Menon held talks with Kenji Ode on Monday, with piracy high on the agenda.",
        "The agenda had a familiar ring to it.",  # a view of the agenda
        "Tariffs were high on the agenda of the chamber of commerce.",  # another's agenda
        "Tariffs were on the agenda of the chamber of commerce.",
        "Port calls were on the agenda for the next round in June.",  # an agenda to come
    ],
)
def test_the_agenda_after_the_meeting_or_as_a_view_is_no_discussion(sentence: str) -> None:
    hit = reported_verb(sentence)
    assert hit is None or hit.stance != "discussed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Joint work on undersea cables was also on the table.",
        "Cooperation in drones, satellites and radar is on the table.",
    ],
)
def test_a_subject_on_the_table_was_discussed_by_the_two(sentence: str) -> None:
    said = _read(sentence)
    assert (said["stance"], said["attribution"]) == ("discussed", "Ravi Menon and Kenji Ode")


@pytest.mark.parametrize(
    "sentence",
    [
        "An offer was also on the table.",  # an offer on it is put forward (R37), no discussion
        "The lease of a submarine is off the table.",
        "Ravi Menon put his cards on the table.",
    ],
)
def test_an_offer_on_the_table_or_one_taken_off_it_is_no_discussion(sentence: str) -> None:
    hit = reported_verb(sentence)
    assert hit is None or hit.stance != "discussed"
