"""Issue 24, stance misses by class (class D of s50-draft83's table, a speaker's turn): a
commitment a speaker's own words tell no one making (a passive with no doer, a participle
after its noun) is his report, not his agreement; "we agreed", "I signed", "It was agreed
that…" and the parties named agreeing keep it. Texts of my own."""

from __future__ import annotations

import pytest
from drafting_world import MATCHER, PEOPLE

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.speakers import Reading, Speakers
from defcoop_cli.curation.drafting.transcripts import Turn
from defcoop_cli.curation.drafting.turns.voices import in_turn

# A commentator the fact base does not know, answering at a forum.
ANSWER = Turn(0, "Lena Brandt", True, False)


def _speakers() -> Speakers:
    who = Speakers(MATCHER, PEOPLE)
    who.mentioned("Ines Varga", True)
    who.mentioned("Tomas Brel", True)
    return who


def in_answer(sentence: str) -> Reading:
    who = _speakers()
    return in_turn(ANSWER, sentence, reading(sentence, who), who)


class TestACommitmentNoOneMakesInATurn:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Harbour disputes will be decided by tonnage as much as by treaties.",
            "Frankly, I would be glad to see a ferry accord signed before the winter.",
            "Ferry quotas will be decided in the spring, not at a table in a hotel.",
            "A shipyard accord would be signed only once the yards are ready.",
        ],
    )
    def test_is_the_speakers_report(self, sentence: str) -> None:
        r = in_answer(sentence)
        assert (r.attribution, r.stance, r.kind) == ("Lena Brandt", "reported", "position")

    def test_we_agreeing_keeps_the_agreement(self) -> None:
        r = in_answer("We agreed to keep the hotline open through the winter.")
        assert (r.stance, r.kind) == ("agreed", "commitment")

    def test_i_signing_keeps_the_agreement(self) -> None:
        r = in_answer("Last spring I signed the ferry accord for my ministry.")
        assert r.stance == "agreed"

    def test_an_agreement_the_talks_reached_keeps_it(self) -> None:
        r = in_answer("It was agreed that the next round would be held in Oslo.")
        assert r.stance == "agreed"

    def test_a_party_named_agreeing_keeps_it(self) -> None:
        r = in_answer("Ines Varga and Tomas Brel agreed to widen the drills.")
        assert (r.stance, r.attribution) == ("agreed", "Ines Varga and Tomas Brel")

    def test_outside_a_turn_nothing_changes(self) -> None:
        sentence = "Harbour disputes will be decided by tonnage as much as by treaties."
        who = _speakers()
        assert in_turn(None, sentence, reading(sentence, who), who).stance == "agreed"
