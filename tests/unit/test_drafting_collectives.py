"""drafting.collectives: a statement in a collective's own voice (a coalition's protest, a
union's press statement with resolutions, a students' open letter): its demands under
their lead and its signatories are furniture, its own "we" sentences and the sentences that
tell no party's act are its views, filed under the assessment topic; a worry told by its
clause is a concern; a legislature's or a constitution's name alone is no entity; a day an
attack owns after its place is the attack's, not the sentence's occasion (issue 24,
heldout58, dev-s46). And the ordinary news the rules must leave alone. Every text is my own.
"""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.claims.cases.times import other_times
from defcoop_cli.curation.drafting.collectives.demands import demands_lead, roster_lead
from defcoop_cli.curation.drafting.collectives.voice import Collective
from defcoop_cli.curation.drafting.verbs import reported_verb
from defcoop_cli.factbase.loader import default_factbase_path, load

DOC = load(default_factbase_path()).doc


STATEMENT = """Harbour Workers' Alliance of Kochi
PRESS STATEMENT
Kochi, 7 May 2025

Rajnath Singh hosted Gen Nakatani in New Delhi on 5 May.
The two ministers agreed to build patrol boats together.
We are alarmed that the boats will be built abroad while our yards stand idle.
We heard what was said there only from a short release.
None of this has been put before Parliament.
We too condemn the storm damage that closed the port.

We therefore call on the Government of India:
1. to publish the terms of the boat deal;
2. to keep the work in Indian yards.

Signed by 9 unions:
Dockers' Union of Kochi
Shipwrights' Guild
"""


def _facts(text: str) -> dict[str, dict[str, Any]]:
    made = draft(text, "s", DOC, {}, "s.txt", "test")
    return {f["quote"]: f for f in made["facts"]}


def _names(text: str) -> list[str]:
    return [e["name"] for e in draft(text, "s", DOC, {}, "s.txt", "test")["entities"]]


def test_a_collectives_demands_and_its_signatories_are_furniture() -> None:
    quotes = " ".join(_facts(STATEMENT))
    assert "publish the terms" not in quotes and "keep the work" not in quotes
    assert "Dockers' Union" not in quotes and "Shipwrights" not in quotes
    assert "agreed to build patrol boats together" in quotes  # the ministers' act stays


@pytest.mark.parametrize(
    "lead",
    [
        "We therefore call on the Government of Japan:",
        "We demand that the Government:",
        "We therefore ask you:",
        "The Central Working Committee, meeting today, resolved to demand that the Government:",
    ],
)
def test_a_lead_of_demands_is_the_first_person_or_a_resolution(lead: str) -> None:
    assert demands_lead(lead)


@pytest.mark.parametrize(
    "lead",
    [
        "The two ministers agreed to:",  # a readout's list of what was agreed
        "The opposition demanded that the government:",  # another's demands a report tells
        "Japan's readout listed three outcomes:",
        "Officials asked about the deal said the following:",
        "We agreed on the following:",  # a minister's "we": what the talks did
    ],
)
def test_a_news_lists_lead_is_no_lead_of_demands(lead: str) -> None:
    assert not demands_lead(lead)


def test_a_readouts_numbered_list_keeps_its_items() -> None:
    readout = (
        "New Delhi, 5 May 2025\n\nRajnath Singh met Gen Nakatani in New Delhi.\n"
        "The two ministers agreed to:\n1. build patrol boats together;\n"
        "2. hold a joint drill next year.\n"
    )
    quotes = " ".join(_facts(readout))
    assert "build patrol boats together" in quotes and "hold a joint drill" in quotes


@pytest.mark.parametrize("lead", ["Signed by 17 organisations:", "Signed:", "Signatories:"])
def test_a_rosters_lead(lead: str) -> None:
    assert roster_lead(lead)


@pytest.mark.parametrize(
    "line",
    ["The two ministers signed three agreements:", "Signed in Kell on 2 June, the pact covers:"],
)
def test_a_news_line_about_signing_is_no_rosters_lead(line: str) -> None:
    assert not roster_lead(line)


def test_the_collectives_own_sentences_are_its_views() -> None:
    facts = _facts(STATEMENT)
    alarmed = next(f for q, f in facts.items() if q.startswith("We are alarmed"))
    assert alarmed["attribution"] == "the article" and alarmed["stance"] == "raised concern"
    assert alarmed["topics"][0] == "article-assessment" and "claim_of" not in alarmed
    parliament = next(f for q, f in facts.items() if q.startswith("None of this"))
    assert parliament["topics"][0] == "article-assessment"
    condemn = next(f for q, f in facts.items() if q.startswith("We too condemn"))
    assert condemn["stance"] == "condemned" and condemn["kind"] != "assessment"
    heard = next(f for q, f in facts.items() if q.startswith("We heard"))
    assert heard["kind"] != "assessment"  # it tells of words said: the record, no view
    met = next(f for q, f in facts.items() if q.startswith("Rajnath Singh hosted"))
    assert met["kind"] != "assessment"  # the ministers' meeting names them: a fact


@pytest.mark.parametrize(
    "text",
    [
        # a wire report quoting a coalition: its "we" is in quotation marks
        'Kell, 3 June (Tern Wire): "We are alarmed," the alliance said. "We will march."\n'
        "Parliament will debate the boat deal next week.\n",
        # a minister's statement: "we" is the two sides, and no demands nor signatories
        "We agreed to build patrol boats together. We also discussed the storm season.\n"
        "The boats will be built in Kell.\n",
        # a paper's copy of a union's protest, in the third person
        "The dockers' union said on Tuesday it was alarmed that the work would go abroad.\n"
        "It called on the government to publish the terms.\n",
        # a readout with a numbered list of outcomes
        "The two ministers agreed to:\n1. build boats together;\n2. drill next year.\n"
        "We look forward to the next meeting. We thank our hosts.\n",
    ],
)
def test_ordinary_news_is_no_collectives_statement(text: str) -> None:
    assert not Collective(text).speaks


def test_a_paper_reporting_a_meeting_keeps_its_topics_and_kinds() -> None:
    copy = (
        "New Delhi, 5 May 2025\n\nRajnath Singh met Gen Nakatani in New Delhi on Monday.\n"
        "None of the deal has been put before Parliament, officials said.\n"
        "Critics are worried that the boats will be built abroad.\n"
    )
    kinds = {q: f["kind"] for q, f in _facts(copy).items()}
    assert "assessment" not in kinds.values()


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("We are alarmed that our government now sells arms.", "raised concern"),
        ("Officials are concerned that the deal may stall.", "raised concern"),
        ("The students are afraid that their laboratories will be asked.", "raised concern"),
        ("I am afraid that is all the time we have.", None),  # a courtesy, no worry
        ("As far as Tokyo is concerned, the talks went well.", None),
        ("The minister was not worried that the deal would stall.", None),
    ],
)
def test_a_worry_told_by_its_clause_is_a_concern(sentence: str, stance: str | None) -> None:
    hit = reported_verb(sentence)
    assert (hit.stance if hit is not None and hit.stance == "raised concern" else None) == stance


@pytest.mark.parametrize("name", ["Parliament", "Diet", "Constitution", "Senate"])
def test_a_legislatures_or_a_constitutions_name_alone_is_no_entity(name: str) -> None:
    text = f"Rajnath Singh met Gen Nakatani in New Delhi.\nThe {name} has not debated it.\n"
    assert name not in _names(text)


@pytest.mark.parametrize("name", ["Lok Sabha", "National Diet", "European Parliament"])
def test_a_legislatures_own_name_stays_an_entity(name: str) -> None:
    text = f"Rajnath Singh met Gen Nakatani in New Delhi.\nThe {name} has not debated it.\n"
    assert name in _names(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Singh briefed his counterpart on the attack at Pahalgam on 24 April.",
        "Singh briefed him on the killing of tourists at Pahalgam on 22 April.",
    ],
)
def test_a_day_an_attack_owns_after_its_place_is_no_other_time(sentence: str) -> None:
    assert other_times(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan condemned the attack on 23 April.",  # may be the condemnation's day
        "The two ministers held talks in Tokyo on 6 May.",  # a meeting's place and day
        "Troops staged a joint drill in Kell on 12 March.",
        "After the attack, Singh met Nakatani in Tokyo on 12 March.",
    ],
)
def test_a_day_after_a_meeting_or_an_attack_alone_still_marks_another_time(sentence: str) -> None:
    assert len(other_times(sentence)) == 1


# review 18b: the parties' own "we", and a roster in a readout (texts my own)
PARTIES_TRANSCRIPT = """Press conference, New Delhi, 5 May 2025

Rajnath Singh: We are alarmed by the attack on the pilgrims. We have shared what we know.
Rajnath Singh: We call on all countries to:
1. stop the funding of armed groups;
2. hand over those who planned the attack.
"""
PARTIES_JOINT = """Joint Statement of the Defence Ministers of India and Japan

We are concerned about unilateral actions that raise tensions at sea.
We will deepen cooperation in cybersecurity and space.
We call upon all states to:
(a) respect freedom of navigation;
(b) settle disputes by peaceful means.

Signed:
Rajnath Singh
Gen Nakatani
"""
READOUT_SIGNED = """New Delhi, 5 May 2025

Rajnath Singh met Gen Nakatani in New Delhi on Monday for the annual defence dialogue.
Signed by the two ministers:
- a memorandum on building patrol boats together;
- an agreement on exchanging cybersecurity know-how.
Officials said the next dialogue would be held in Tokyo.
"""


@pytest.mark.parametrize("text", [PARTIES_TRANSCRIPT, PARTIES_JOINT])
def test_the_parties_own_we_is_no_collectives(text: str) -> None:
    assert not Collective(text, DOC.entities).speaks
    facts = _facts(text)
    quotes = " ".join(facts)
    assert "funding of armed groups" in quotes or "freedom of navigation" in quotes
    assert all(f["kind"] != "assessment" for q, f in facts.items() if q.startswith("We "))


def test_a_readouts_roster_of_what_was_signed_keeps_its_items() -> None:
    quotes = " ".join(_facts(READOUT_SIGNED))
    assert "memorandum on building patrol boats" in quotes
    assert "next dialogue would be held in Tokyo" in quotes


def test_a_collectives_own_resolution_is_furniture() -> None:
    """Its own programme ("The Council further resolved to hold a march …"), no happening of
    the talks; the ministers' resolve in a readout, or a collective's report of another body's
    resolution, stays."""
    text = STATEMENT + (
        "\nThe General Council further resolved to hold a march at every yard on 20 June.\n"
        "We have also resolved to write to every member of Parliament.\n"
        "The Port Trust Authority resolved to study the deal.\n"
    )
    quotes = " ".join(_facts(text))
    assert "hold a march" not in quotes and "write to every member" not in quotes
    assert "study the deal" in quotes  # a named body's act the statement reports
    readout = (
        "New Delhi, 5 May 2025\n\nRajnath Singh met Gen Nakatani in New Delhi.\n"
        "The two ministers resolved to build patrol boats together.\n"
    )
    assert "resolved to build patrol boats" in " ".join(_facts(readout))


def test_a_governments_or_a_named_bodys_resolve_a_collective_reports_stays() -> None:
    """Only the collective's own ("We", "This Council", its organ) resolving is furniture;
    the Government's, a ministry's or a named committee's resolve is news it reports."""
    text = STATEMENT + (
        "\nThe Government has resolved to open the yards to foreign builders.\n"
        "The Indian Government has resolved to buy two patrol boats.\n"
        "The Parliamentary Standing Committee resolved to hear the yards' owners.\n"
        "This Council resolved to meet again on 1 June.\n"
    )
    quotes = " ".join(_facts(text))
    assert "open the yards" in quotes and "buy two patrol boats" in quotes
    assert "hear the yards' owners" in quotes
    assert "meet again on 1 June" not in quotes
