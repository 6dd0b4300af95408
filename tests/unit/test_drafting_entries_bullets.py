"""drafting.turns.entries.bullets: in a note-taker's run of bullets, a subjectless bullet ("- Asked
the importers to…") is the doer's the last bullet with a subject opened with (a name, a
legend's short form, "Both sides"). And what the rule must leave alone: a bullet with its
own subject or its own source, a run no bullet of which gave a doer, a subjectless line
that is no bullet, a wire's and a paper's ordinary sentences. Every text is my own."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.factbase.loader import default_factbase_path, load
from tests.unit.test_drafting_entries_diaries import DOC  # Ravi Menon's and Ana Costa's

NOTES = """\
Readout (background):
- Menon pressed for lower duties on olives.
- Invited Veloria's importers to open offices in Norland.
- Costa briefed on the port strike.
- Condemned the looting of the customs sheds.
- Both sides reviewed the customs pact.
- Discussed the fishing quota.
"""


def _facts(text: str) -> dict[str, dict[str, Any]]:
    drafted = draft(text, "a", DOC, {}, "/articles/a.txt", "9.9")
    return {f["quote"]: f for f in drafted["facts"]}


def test_a_subjectless_bullet_is_the_doer_s_of_the_bullet_before() -> None:
    facts = _facts(NOTES)
    invited = facts["Invited Veloria's importers to open offices in Norland"]
    assert (invited["attribution"], invited["stance"]) == ("Ravi Menon", "invited")
    condemned = facts["Condemned the looting of the customs sheds"]
    assert (condemned["attribution"], condemned["stance"]) == ("Ana Costa", "condemned")
    discussed = facts["Discussed the fishing quota"]
    assert discussed["attribution"] == facts["Both sides reviewed the customs pact"]["attribution"]
    assert discussed["attribution"] != "the article"


# What the rule must leave alone.
OWN_SOURCE = """\
- Menon pressed for lower duties on olives.
- It has not been approved by the cabinet yet, the official said.
"""
NO_DOER = """\
Market notes:
- Olive prices rose three per cent in May.
- Expected to fall again in June.
"""
NOT_BULLETS = """\
Menon pressed for lower duties on olives at the talks in Lisbon.
Invited to the summit next year, Costa said she would attend.
"""
WIRE = """\
LISBON, June 3 (Harbour Wire) - Ravi Menon met Ana Costa on Tuesday.
Described as cordial, the talks ran for two hours, officials said.
"""


def test_a_bullet_with_its_own_source_keeps_it() -> None:
    said = _facts(OWN_SOURCE)["It has not been approved by the cabinet yet, the official said"]
    assert said["attribution"] != "Ravi Menon"


def test_a_run_with_no_doer_and_lines_that_are_no_bullets_stay_as_they_read() -> None:
    assert _facts(NO_DOER)["Expected to fall again in June"]["attribution"] == "the article"
    invited = _facts(NOT_BULLETS)["Invited to the summit next year, Costa said she would attend"]
    assert invited["attribution"] != "Ravi Menon"  # a participle's phrase, not his bullet
    talks = _facts(WIRE)["Described as cordial, the talks ran for two hours, officials said"]
    assert talks["attribution"] != "Ravi Menon"


HEADED = """\
1. EVENTS.
a. Both sides reviewed the customs pact.

2. REMARKS BY THE VELORIAN MINISTER.
b. Welcomed the new customs desk.
"""


def test_a_heading_between_bullets_ends_the_run() -> None:
    welcomed = _facts(HEADED)["Welcomed the new customs desk"]
    assert (
        welcomed["attribution"]
        != _facts(HEADED)["Both sides reviewed the customs pact"]["attribution"]
    )


PROMOTION_LIKE = """\
Readout (background):
- Both sides reviewed the partnership.
- Discussed the region; reaffirmed a free and open Indo-Pacific under international law.
"""
PROMOTION = """\
Our founder's gifts to the world:
- Guided millions to true spiritual knowledge and a fearless society.
- Showed the way to real peace and global harmony.
"""


def test_a_subjectless_bullet_with_a_doer_is_his_act_not_promotion() -> None:
    doc = load(default_factbase_path()).doc._replace(facts=[])
    drafted = draft(PROMOTION_LIKE, "a", doc, {}, "/articles/a.txt", "9.9")
    facts = {f["quote"]: f for f in drafted["facts"]}
    reaffirmed = next(f for q, f in facts.items() if q.startswith("Discussed the region"))
    assert reaffirmed["attribution"] == facts["Both sides reviewed the partnership"]["attribution"]
    assert "editorial" not in reaffirmed["topics"]


def test_a_promotion_s_bullets_with_no_doer_stay_as_they_read() -> None:
    doc = load(default_factbase_path()).doc._replace(facts=[])
    drafted = draft(PROMOTION, "a", doc, {}, "/articles/a.txt", "9.9")
    assert all(f["attribution"] == "the article" for f in drafted["facts"])


# A passive bullet after a bullet with a doer: its agent after "by", or hearsay, no act of his.
PASSIVES = """\
Readout (background):
- Ravi Menon said Norland would consider lower duties on olives.
- Denied by Velorian officials later in the day.
- Ana Costa condemned the looting of the customs sheds.
- Welcomed by the port unions as a sign of support.
- Menon and Costa reviewed the customs pact.
- Described by aides as the most useful round in years.
- Reported to be close to a deal on the fishing quota.
- Said to have asked for a second round in July.
"""


def test_a_passive_bullet_is_no_act_of_the_doer_before() -> None:
    facts = _facts(PASSIVES)
    for quote in (
        "Denied by Velorian officials later in the day",
        "Welcomed by the port unions as a sign of support",
        "Described by aides as the most useful round in years",
        "Reported to be close to a deal on the fishing quota",
        "Said to have asked for a second round in July",
    ):
        fact = next(f for q, f in facts.items() if q.startswith(quote))
        assert fact["attribution"] not in ("Ravi Menon", "Ana Costa", "Ravi Menon and Ana Costa")
