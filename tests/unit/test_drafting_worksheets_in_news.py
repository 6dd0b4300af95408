"""A worksheet's or a form's furniture only where the text shows one (review 22a, items 4, 5,
9, 10, 11; s46-fixdraftp): a news story's list of aims, a question and answer with a speaker's
tag, a form's plan said by a speaker, a teacher's note with a speaker's tag stay the report's
words; a transcript's first unpunctuated turn after a header's field stays a speaker's. Each
beside the near text that is still furniture. All text here is invented."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture.apparatus.instructions import speakers_tag
from defcoop_cli.curation.drafting.transcripts import transcript_labels
from unit.test_drafting_worksheets_and_junk import _quotes


class TestAims:
    def test_aims_a_news_sentence_announces_are_the_news(self) -> None:
        text = (
            "Alpha and Beta on Friday set out the aims of their new port council.\n"
            "The council's charter named two goals:\n"
            "(a) To widen pilot training in the Kell strait;\n"
            "(b) To share tide charts between the two harbour boards.\n"
        )
        quotes = _quotes(text)
        assert any("widen pilot training" in q for q in quotes)
        assert any("share tide charts" in q for q in quotes)

    def test_numbered_aims_after_a_sentence_naming_the_list_are_the_news(self) -> None:
        text = (
            "The two harbour ministers signed a list of aims for the Kell pact on Monday.\n"
            "1. To double ferry crossings across the strait.\n"
            "2. To open a joint rescue centre at Ostport.\n"
        )
        assert len([q for q in _quotes(text) if "ferry" in q or "rescue centre" in q]) == 2

    @pytest.mark.parametrize("heading", ["OBJECTIVES", "Aims of the proposed study:"])
    def test_aims_under_a_heading_are_furniture(self, heading: str) -> None:
        text = (
            "Alpha and Beta agreed to hold a drill near Kell.\n\n"
            f"{heading}\n"
            "(a) To list every ferry crossing of the strait since 2001.\n"
            "(b) To map each harbour board's tide charts.\n"
        )
        assert _quotes(text) == ["Alpha and Beta agreed to hold a drill near Kell"]

    def test_announced_aims_in_a_form_are_furniture(self) -> None:
        text = (
            "Applicant: Dr Ines Varga, Ostport University\n"
            "The study has two objectives:\n"
            "(a) To list every ferry crossing of the strait since 2001.\n"
            "(b) To map each harbour board's tide charts.\n"
        )
        assert not [q for q in _quotes(text) if "ferry" in q or "tide charts" in q]


class TestQuestionAndAnswer:
    @pytest.mark.parametrize(
        "line",
        [
            "What will the pact bring? Open two ferry routes and share charts, according to"
            " the board.",
            "Will Beta buy the tugs? Expect a deal by spring, says harbour analyst Tomas Ek.",
            "Is the strait safe now? Ask any ferry captain in Kell, pilots say.",
        ],
    )
    def test_an_answer_with_a_speakers_tag_is_news(self, line: str) -> None:
        text = f"Alpha and Beta agreed to hold a drill near Kell.\n{line}\n"
        assert len(_quotes(text)) == 2

    def test_a_learners_task_is_still_furniture(self) -> None:
        text = (
            "Alpha and Beta agreed to hold a drill near Kell.\n"
            "Why do ports share charts? Read the story again, and say why in two lines.\n"
            "Who pays for the dredging? Ask your partner what the port board says.\n"
        )
        assert _quotes(text) == ["Alpha and Beta agreed to hold a drill near Kell"]

    @pytest.mark.parametrize(
        ("line", "tagged"),
        [
            ("The tugs will sail in May, according to the port board.", True),
            ("The tugs will sail in May, says Tomas Ek.", True),
            ("The tugs will sail in May, harbour pilots say.", True),
            ("The tugs will sail in May, Ek told the council.", True),
            ("Read the story, and say why the tugs sail.", False),
            ("Compare the two notes, which the mayor wrote in May.", False),
        ],
    )
    def test_a_speakers_tag_in_each_form(self, line: str, tagged: bool) -> None:
        assert speakers_tag(line) is tagged


class TestFormsPlan:
    _HEAD = (
        "The Kell port board has called for bids for a joint harbour study.\n"
        "Applicant: any shipyard registered in Alpha\n"
        "Project title: Quieter tugs for the Kell strait\n"
    )

    def test_a_plan_with_a_speakers_tag_is_news(self) -> None:
        text = self._HEAD + (
            "The proposed project will fit Beta engines to Alpha tugs, board chair Ines Varga "
            "told reporters.\n"
            "This project aims to launch a first tug by 2028, Varga said.\n"
        )
        quotes = _quotes(text)
        assert any(q.startswith("The proposed project will fit") for q in quotes)
        assert any(q.startswith("This project aims to launch") for q in quotes)

    def test_the_forms_own_plan_is_still_furniture(self) -> None:
        text = self._HEAD + "The proposed project will fit Beta engines to Alpha tugs.\n"
        assert not [q for q in _quotes(text) if q.startswith("The proposed project")]


class TestTeachersNote:
    def test_a_teachers_note_with_a_speakers_tag_is_news(self) -> None:
        text = (
            "Pupils in Kell watched the harbour ministers sign the pact.\n"
            "Teacher's note: pupils should map the new ferry route, Ek wrote to parents.\n"
        )
        assert any(q.startswith("Teacher's note") for q in _quotes(text))

    def test_a_teachers_note_with_no_tag_is_still_furniture(self) -> None:
        text = (
            "Pupils in Kell watched the harbour ministers sign the pact.\n"
            "Teacher's note: pupils should map the new ferry route.\n"
        )
        assert _quotes(text) == ["Pupils in Kell watched the harbour ministers sign the pact"]


class TestFieldBeforeATranscript:
    _TURNS = "VARGA: Thank you. The talks went well.\nLIND: Beta will send two tugs.\n"

    def test_a_speakers_unpunctuated_turn_after_a_field_stays_a_label(self) -> None:
        text = "Date of broadcast: 7 June 2025\nHOST: Good evening from Kell\n" + self._TURNS
        assert [label for _, _, label in transcript_labels(text)] == ["HOST", "VARGA", "LIND"]

    def test_a_header_of_fields_before_the_turns_is_still_fields(self) -> None:
        text = "Date of broadcast: 7 June 2025\nVenue: Kell town hall\n" + self._TURNS
        assert [label for _, _, label in transcript_labels(text)] == ["VARGA", "LIND"]
        text = "Date of broadcast: 7 June 2025\nHOST: Dr Ines Varga\n\n" + self._TURNS
        assert "HOST" not in [label for _, _, label in transcript_labels(text)]
