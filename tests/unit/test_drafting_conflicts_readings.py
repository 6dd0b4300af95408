"""drafting.conflicts, issue 24's readings: a day's clause that a name with "and" in it
does not end, and the ordinary sentences that must propose no conflict."""

from __future__ import annotations

import datetime

from defcoop_cli.curation.drafting.conflicts.values import Conflicts
from defcoop_cli.factbase.records import CuratorNote, Entity
from unit.test_drafting_conflicts import NOTES_DOC, REFERENCE

ATTACK_DOC = NOTES_DOC._replace(
    entities=[*NOTES_DOC.entities, Entity("lorn-vale", "Lorn and Vale", "place")],
    curator_notes=[
        CuratorNote(
            "attack-date",
            "The harbour attack was on 2 April 2031, two reports say together.",
            "outside the article",
            type="date",
            date=datetime.date(2031, 4, 2),
            entities=("harbour-attack",),
            references=(REFERENCE,),
        )
    ],
)
ATTACK = Conflicts(ATTACK_DOC)


def test_a_days_clause_goes_on_over_the_and_of_a_places_name() -> None:
    said = "Alpha told Beta of the harbour attack that happened in Lorn and Vale on 3 April"
    assert ATTACK.with_notes(said, ["alpha", "harbour-attack", "lorn-vale"], []) == [
        {
            "field": "date",
            "this": "3 April",
            "others": [{"note": "attack-date", "text": "2 April 2031"}],
        }
    ]


def test_a_day_of_another_clause_than_the_attacks_is_still_no_conflict() -> None:
    # the attack's own day agrees; a day given to a visit, the attack named in another clause
    agrees = "Alpha told Beta of the harbour attack that happened in Lorn and Vale on 2 April"
    assert ATTACK.with_notes(agrees, ["alpha", "harbour-attack", "lorn-vale"], []) == []
    visit = "Alpha toured Lorn and Vale on 3 April, and spoke of the harbour attack"
    assert ATTACK.with_notes(visit, ["alpha", "harbour-attack", "lorn-vale"], []) == []
