"""Furniture and junk entities by class (issue 24, s46-draft68): a marker's overall comment
heading a marked paper, a teacher's note, a form's declaration and its own plan, a
worksheet's tasks and a list of aims are no report's words; a credit's "Reader", an
aircraft's type code, a legislature's session and a person "of" a body are no entity's
name. Each rule beside a near sentence or a real name it must leave alone. All text here is
invented."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.names.several import person_of_body, split_at_and
from unit.test_drafting_boilerplate_and_names import DOC


def _drafted(text: str) -> dict[str, Any]:
    made: dict[str, Any] = draft(text, "r", DOC, {}, "/articles/r.txt", "9.9")
    return made


def _quotes(text: str) -> list[str]:
    return [f["quote"] for f in _drafted(text)["facts"]]


def _names(text: str) -> list[str]:
    return [e["name"] for e in _drafted(text)["entities"]]


_PAPER = """Department of Journalism, Tamura College
Module PR-210: Reporting the Harbour
Student: Lena Ostrova
Submitted: 3 June 2025
Marked by: Dr Oren Pike, 9 June 2025
Mark: 58/100 (C)

{heading}
A lively story, but the second paragraph has its date wrong. Check every figure against the release.

----- SUBMITTED COPY -----

Alpha and Beta agreed on Monday to hold a joint naval drill near Kell in August.

The drill will involve four ships from each navy, the Alpha navy said.
"""


class TestMarkersComment:
    @pytest.mark.parametrize("heading", ["OVERALL COMMENT", "General feedback:"])
    def test_a_comment_heading_the_marked_paper_is_furniture(self, heading: str) -> None:
        quotes = _quotes(_PAPER.format(heading=heading))
        assert not [q for q in quotes if "lively" in q or "figure" in q or "date wrong" in q]
        assert any(q.startswith("Alpha and Beta agreed on Monday") for q in quotes)
        assert any(q.startswith("The drill will involve four ships") for q in quotes)

    def test_a_news_story_quoting_a_tutors_comment_is_still_drafted(self) -> None:
        text = (
            "Tamura College suspended its harbour reporting module on Friday.\n\n"
            "The tutor's overall comment on the last paper called the story careless, "
            "the college said.\n"
        )
        quotes = _quotes(text)
        assert any(q.startswith("The tutor's overall comment") for q in quotes)

    def test_an_overall_comment_heading_outside_a_marked_paper_heads_news(self) -> None:
        text = "OVERALL COMMENT\nAlpha and Beta agreed on Monday to hold a drill near Kell.\n"
        assert any(q.startswith("Alpha and Beta agreed") for q in _quotes(text))


class TestNotesAndDeclarations:
    def test_a_teachers_note_under_its_label_is_furniture(self) -> None:
        text = (
            "Alpha and Beta agreed to hold a drill near Kell.\n"
            "Teacher's note: this story is shortened from news reports for learners.\n"
            "Note for teachers: use the map on page 4.\n"
        )
        quotes = _quotes(text)
        assert quotes == ["Alpha and Beta agreed to hold a drill near Kell"]

    def test_a_teachers_note_told_in_a_news_sentence_stays(self) -> None:
        text = "A teacher's note sent home on Friday asked parents in Kell to keep pupils indoors."
        assert len(_quotes(text)) == 1

    def test_a_forms_declaration_is_furniture_a_ministrys_certifying_is_news(self) -> None:
        text = (
            "Alpha and Beta agreed to hold a drill near Kell.\n"
            "Declaration: I certify that the information given in this application is true "
            "to the best of my knowledge.\n"
        )
        assert _quotes(text) == ["Alpha and Beta agreed to hold a drill near Kell"]
        text = (
            "We certify that the information in this return is correct, the Alpha ministry "
            "said on Friday.\n"
        )
        assert len(_quotes(text)) == 1


class TestWorksheetsAndForms:
    def test_a_question_and_the_learners_task_are_furniture(self) -> None:
        text = (
            "Alpha and Beta agreed to hold a drill near Kell.\n"
            "What does a navy do? Talk with a partner for two minutes.\n"
            "Why do countries train together? Write three sentences.\n"
        )
        assert _quotes(text) == ["Alpha and Beta agreed to hold a drill near Kell"]

    def test_a_statement_after_a_question_stays(self) -> None:
        text = "Will the frigates sail? Officials in Kell expect them to leave in June.\n"
        assert any(q.startswith("Officials in Kell expect") for q in _quotes(text))

    def test_a_list_of_aims_is_furniture(self) -> None:
        text = (
            "Alpha and Beta agreed to hold a drill near Kell.\n"
            "(a) To compile a list of every drill the two navies held since 2010.\n"
            "(b) To code each drill for its ships, and to trace which were repeated.\n"
        )
        assert _quotes(text) == ["Alpha and Beta agreed to hold a drill near Kell"]

    def test_items_with_a_clause_of_their_own_stay(self) -> None:
        text = (
            "(a) To deepen ties, the two navies will hold a drill near Kell.\n"
            "(b) To cut costs, Alpha will share its tankers with Beta.\n"
        )
        assert len(_quotes(text)) == 2

    def test_an_applications_own_plan_is_furniture_a_news_projects_is_not(self) -> None:
        plan = "The proposed project will trace every drill the two navies held near Kell."
        form = f"Principal investigator: Dr Lena Ostrova\n{plan}\n"
        assert not [q for q in _quotes(form) if q.startswith("The proposed project")]
        news = "The proposed project will cost Alpha 40 million, officials in Kell said.\n"
        assert any(q.startswith("The proposed project") for q in _quotes(news))


class TestJunkNames:
    def test_a_readers_credit_word_is_no_part_of_his_name(self) -> None:
        names = _names("Reader Tomas Halden, who filmed the ships at Kell, said they left at dawn.")
        assert "Tomas Halden" in names
        assert not [n for n in names if n.startswith("Reader")]

    def test_an_aircrafts_type_code_is_cut_from_the_body_that_flies_it(self) -> None:
        names = _names("A Beta Air Force Q-7 transport landed at Kell on Sunday.")
        assert "Beta Air Force" in names
        assert not [n for n in names if "Q-7" in n]
        assert "Beta Air Force" in _names("The Beta Air Force sent two jets to Kell.")
        names = _names("Alpha will buy four Tamura US-9 flying boats, Ines Varga said.")
        assert "Tamura US-9" in names  # after its maker's name, the aircraft's own

    def test_a_legislatures_session_is_no_entity_a_sessions_court_is(self) -> None:
        names = _names("Ines Varga said Alpha's parliament would debate it in the Monsoon Session.")
        assert "Monsoon Session" not in names
        names = _names("Ines Varga appeared before the Tamura Sessions Court in Kell on Friday.")
        assert "Tamura Sessions Court" in names

    def test_a_person_of_a_body_is_two_names(self) -> None:
        text = "Kenji Morita of Tamura University said Alpha now treats Beta as a partner."
        names = _names(text)
        assert "Kenji Morita" in names and "Tamura University" in names

    @pytest.mark.parametrize(
        "found",
        [
            "Institute of Marine Studies",
            "Bank of Tamura",
            "Annual Report of Tamura University",
            "Ministry of Defence",
            "Gateway of Kell",
        ],
    )
    def test_a_body_of_something_stays_one_name(self, found: str) -> None:
        head, _, rest = found.partition(" of ")
        assert not person_of_body(head, rest)

    def test_split_at_and_cuts_a_person_from_his_body(self) -> None:
        found = "Professor Kenji Morita of Tamura University"
        spans = split_at_and(0, found)
        assert [found[a:b] for a, b in spans] == ["Professor Kenji Morita", "Tamura University"]

    @pytest.mark.parametrize(
        "text",
        [
            "Ines Varga warned of coercion at sea, stopping short of naming Kastania.",
            "Ines Varga declined to name Kastania, but warned of coercion near Kell.",
            "Ines Varga spoke of pressure on the shipping lanes without naming Kastania.",
        ],
    )
    def test_a_name_said_to_be_left_unnamed_is_no_entity(self, text: str) -> None:
        assert "Kastania" not in _names(text)

    def test_a_name_named_is_an_entity(self) -> None:
        assert "Kastania" in _names("Ines Varga named Kastania as the source of the pressure.")

    def test_a_bases_place_said_alone_is_the_base_a_towns_name_is_the_town(self) -> None:
        text = (
            "A Beta jet landed at Air Force Station Tarapur on Sunday. Such jets are a rare "
            "sight at Tarapur, Ines Varga said."
        )
        assert _names(text) == ["Air Force Station Tarapur"]
        text = (
            "A Beta jet landed at Air Force Station Jaisalmer on Sunday. Ines Varga later "
            "toured Jaisalmer."
        )
        assert "Jaisalmer" in _names(text)
