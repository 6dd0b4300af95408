"""drafting: a political party's own press release (issue 24, heldout78's class): the party
speaks of itself in the third person ("The Party notes …") and in its own first person ("Our
party …"), both its own voice, "the article" (R35, R39, R64); its numbered demands under
"The Party therefore calls upon the Government:" are furniture (R39). And the news the rules
must leave alone: a party another's report names stays the party's. Every text is my own.
"""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.collectives.demands import demands_lead
from defcoop_cli.curation.drafting.collectives.voice import Collective
from defcoop_cli.factbase.loader import default_factbase_path, load

DOC = load(default_factbase_path()).doc

RELEASE = """Lok Ekta Manch hails defence talks, asks Centre for a white paper
Lucknow, 7 May 2025: The Lok Ekta Manch Party welcomes Gen Nakatani's talks with Rajnath Singh.
Mr Singh invited Japanese firms to build drones in India.
Our party has always backed a strong navy, whoever governs.
The Party has long held that new yards must come up in the eastern states.
The Party notes that the government has not said how many orders have been placed so far.
"Tokyo is welcome, but jobs must follow," said the party's general secretary, Kavita Menon.
"Our youth cannot eat communiques," she added.
"We will build ships together," Rajnath Singh said.
The Party therefore calls upon the Government of India:
1. to publish the orders placed with Japanese firms;
2. to build the new yards in the eastern states.
Issued by: Press Cell, Lok Ekta Manch Party
"""

NEWS = """Lucknow, 7 May 2025 (Tern Wire)
Rajnath Singh met Gen Nakatani in New Delhi on Monday.
The party has long argued that new yards must come up in the eastern states.
The Party notes that the government has not said how many orders have been placed so far.
"Our party will march," said one of its members.
"""


def _facts(text: str) -> dict[str, dict[str, Any]]:
    made = draft(text, "s", DOC, {}, "s.txt", "test")
    return {f["quote"]: f for f in made["facts"]}


def _fact(facts: dict[str, dict[str, Any]], start: str) -> dict[str, Any]:
    return next(f for q, f in facts.items() if q.startswith(start))


def test_a_partys_release_speaks_in_its_own_voice() -> None:
    assert Collective(RELEASE).speaks


def test_the_partys_name_for_itself_is_the_release_own_voice() -> None:
    facts = _facts(RELEASE)
    held = _fact(facts, "The Party has long held")
    assert held["attribution"] == "the article" and held["topics"][0] == "article-assessment"
    notes = _fact(facts, "The Party notes")
    assert notes["attribution"] == "the article" and notes["stance"] == "reported"
    assert notes["topics"][0] == "article-assessment" and "claim_of" not in notes
    ours = _fact(facts, "Our party has always")
    assert ours["attribution"] == "the article" and ours["topics"][0] == "article-assessment"
    invited = _fact(facts, "Mr Singh invited")  # the minister's act it retells stays his (R6)
    assert invited["attribution"] == "Rajnath Singh" and invited["stance"] == "invited"


def test_a_partys_numbered_demands_under_its_lead_are_furniture() -> None:
    quotes = " ".join(_facts(RELEASE))
    assert "publish the orders" not in quotes and "build the new yards" not in quotes
    assert "calls upon" not in quotes


@pytest.mark.parametrize(
    "lead",
    [
        "The Party therefore calls upon the Union Government:",
        "The Federation demands that the ministry:",
    ],
)
def test_a_lead_in_the_bodys_own_name_is_a_lead_of_demands(lead: str) -> None:
    assert demands_lead(lead)


@pytest.mark.parametrize(
    "lead",
    [
        "The party therefore called on the government:",  # a report's, lower case and past
        "The two ministers agreed to:",
        "Sources in the Party said the following:",
    ],
)
def test_a_reports_line_is_no_lead_in_the_bodys_own_name(lead: str) -> None:
    assert not demands_lead(lead)


def test_a_party_named_in_anothers_report_stays_the_partys() -> None:
    assert not Collective(NEWS).speaks
    facts = _facts(NEWS)
    notes = _fact(facts, "The Party notes")
    assert notes["attribution"] == "the party" and notes["kind"] != "assessment"


def test_the_partys_own_speaker_gives_its_view_in_its_release() -> None:
    """Its spokesperson's or secretary's quotation in its own release is the body's view in
    her mouth (R39, R5, R44): hers, filed first under the assessment topic; a minister's
    quotation there stays his, filed by its subject (R46)."""
    facts = _facts(RELEASE)
    said = _fact(facts, '"Tokyo is welcome')
    assert said["attribution"] == "Kavita Menon" and said["topics"][0] == "article-assessment"
    assert _fact(facts, '"Our youth')["topics"][0] == "article-assessment"
    minister = _fact(facts, '"We will build ships')
    assert minister["attribution"] == "Rajnath Singh"
    assert minister["topics"][0] != "article-assessment"


def test_a_speaker_quoted_in_a_news_report_keeps_the_topic_of_her_words() -> None:
    news = (
        "Lucknow, 7 May 2025 (Tern Wire)\nRajnath Singh met Gen Nakatani in New Delhi.\n"
        '"The talks went well," said the ministry\'s spokesperson, Arvind Rao.\n'
    )
    said = _fact(_facts(news), '"The talks went well')
    assert said["attribution"] == "Arvind Rao" and said["kind"] != "assessment"


WIRE = """Patna, 3 May 2025 (Tern Wire): The Union Government on Monday approved six patrol boats.
The Union Cabinet also cleared a joint drill with Japan.
Our party backs every step that builds the navy, the opposition leader Meera Das said at a rally.
The Party has long argued for closer ties with Tokyo, she added.
The Union Government notes that the boats will be built in Kochi.
"""


def test_a_wire_storys_unquoted_speech_and_the_union_government_are_no_release() -> None:
    """A wire story giving a party's words without quotation marks ("Our party …, the
    opposition leader said") and naming "the Union Government" or "the Union Cabinet"
    (India's central government, no body naming itself) is no party's release (R39)."""
    assert not Collective(WIRE).speaks
    facts = _facts(WIRE)
    assert _fact(facts, "The Union Cabinet also")["kind"] != "assessment"
    assert _fact(facts, "The Party has long argued")["attribution"] != "the article"
    # near cases: the release's own "Our party" and "The Party notes" with no reporting
    # clause still speak in its voice; a release's "The Union demands" is its own lead
    own = WIRE.replace(", the opposition leader Meera Das said at a rally", "")
    own = own.replace(", she added", "")
    assert Collective(own).speaks
    assert demands_lead("The Union therefore demands that the Government:")
    assert not demands_lead("The Union Government demands that:")
