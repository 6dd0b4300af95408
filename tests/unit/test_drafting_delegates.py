"""A delegation's member reporting the visit on his own site (turns/delegates.py): his
first person and the events he tells are his by name; a journalist's first person, or a
piece signed by an organisation, stays "the article". Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from drafting_world import PORT_LYS, PORT_LYS_MATCHER, PORT_LYS_PEOPLE

from defcoop_cli.curation.drafting.assembly import Draft
from defcoop_cli.curation.drafting.segments import each_line
from defcoop_cli.curation.drafting.turns.delegates import delegation_writer
from defcoop_cli.curation.drafting.turns.interviews import first_person_named
from defcoop_cli.curation.drafting.turns.speeches import speech_turns
from defcoop_cli.factbase.loader import default_factbase_path, load
from defcoop_cli.factbase.records import Doc

ENTITIES, MATCHER, PEOPLE = PORT_LYS, PORT_LYS_MATCHER, PORT_LYS_PEOPLE

REPORT = (
    "Travelling with Minister Ek to Port Lys\n"
    "Over three days in June I accompanied Navy Minister Tomas Ek to Port Lys, as one of his "
    "advisers.\n"
    "On the 2nd, the Minister held talks with Minister Kenji Ode at the harbour office.\n"
    "Minister Ode opened with the ferry raid, and our Minister offered Velan's full support.\n"
    "On the 3rd, before flying home, our delegation met the owners of the small shipyards.\n"
    "I came away convinced that the yards on both sides can work together within a few years.\n"
)
JOURNALIST = (
    "Travelling with Minister Ek to Port Lys\n"
    "Over three days in June I travelled with Navy Minister Tomas Ek to Port Lys for this "
    "paper.\n"
    "On the 2nd, the Minister held talks with Minister Kenji Ode at the harbour office.\n"
    "Minister Ode opened with the ferry raid, and the Minister offered Velan's full support.\n"
    "On the 3rd, before flying home, the delegation met the owners of the small shipyards.\n"
    "I came away convinced that the yards on both sides can work together within a few years.\n"
)


def _lines(text: str) -> list[str]:
    return [t for _, _, t in each_line(text)]


def _by_sentence(text: str, author: str) -> dict[str, str]:
    made = Draft(text, "s", Doc([], [], ENTITIES, [], []), {}, "s.html", "0", (), author)
    facts: list[dict[str, Any]] = list(made.facts())
    return {f["quote"][:20]: f["attribution"] for f in facts}


class TestDelegationWriter:
    def test_a_person_writing_as_one_of_a_delegation_is_its_writer(self) -> None:
        assert delegation_writer("SOLBERG Ana", _lines(REPORT))
        assert delegation_writer("Ana Solberg", _lines(REPORT))

    def test_a_journalists_first_person_without_a_members_our_is_none(self) -> None:
        assert not delegation_writer("Ana Solberg", _lines(JOURNALIST))

    @pytest.mark.parametrize(
        "author", [None, "Harbour Times", "Office of Ana Solberg", "Solberg", "Lotus Gate Books"]
    )
    def test_a_site_or_an_organisation_or_one_word_is_no_member(self, author: str | None) -> None:
        assert not delegation_writer(author, _lines(REPORT))

    def test_his_body_is_his_turn_from_the_first_line(self) -> None:
        named = lambda head: first_person_named(head, MATCHER, PEOPLE)  # noqa: E731
        turns = speech_turns(list(each_line(REPORT)), named, "SOLBERG Ana")
        assert [(t.start, t.speaker) for t in turns] == [(0, "SOLBERG Ana")]
        assert speech_turns(list(each_line(JOURNALIST)), named, "Ana Solberg") == []


def test_his_first_person_and_the_events_he_tells_are_his_by_name() -> None:
    found = _by_sentence(REPORT, "SOLBERG Ana")
    assert found["Over three days in J"] == "SOLBERG Ana"
    assert found["On the 2nd, the Mini"] == "SOLBERG Ana"  # an event in his words (R64)
    assert found["On the 3rd, before f"] == "SOLBERG Ana"
    assert found["I came away convince"] == "SOLBERG Ana"


def test_a_journalists_report_of_the_same_visit_stays_the_articles() -> None:
    found = _by_sentence(JOURNALIST, "Ana Solberg")
    assert found["Over three days in J"] == "the article"
    assert found["On the 2nd, the Mini"] == "the article"
    assert found["I came away convince"] == "the article"


MEMBER_PAGE = (
    "Travelling with the Minister to New Delhi\n"
    "Over three days in May I accompanied Defense Minister Gen Nakatani to New Delhi, as one of "
    "his advisers.\n"
    "On the second day, our Minister held talks with Rajnath Singh at the Ministry of Defence.\n"
    "I came away convinced that Japanese yards could build ships with Indian partners within a "
    "few years.\n"
)


def _topics(text: str, author: str) -> dict[str, list[str]]:
    doc = load(default_factbase_path()).doc
    made = Draft(text, "s", doc, {}, "s.html", "0", (), author)
    return {f["quote"][:20]: f["topics"] for f in made.facts()}


def test_his_verdict_is_filed_by_its_subject_not_as_the_articles_assessment() -> None:
    verdict = "I came away convince"  # its first 20 characters
    assert _topics(MEMBER_PAGE, "SOLBERG Ana")[verdict][0] != "article-assessment"  # R46
    journalist = MEMBER_PAGE.replace("as one of his advisers", "for this paper")
    journalist = journalist.replace("our Minister", "the Minister")
    assert _topics(journalist, "Ana Solberg")[verdict][0] == "article-assessment"
