"""A talk's transcript (turns/talks.py): the speaker the form alone names speaks its body in
the first person (R35); questions from the floor are their questioners' (R9, R25); the
chair's lines and the transcriber's notes are furniture."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.segments import each_line
from defcoop_cli.curation.drafting.transcripts import floor_label, label_kind
from defcoop_cli.curation.drafting.turns.talks import (
    from_the_floor,
    questioner,
    speaking_noun,
    talk_speaker,
)
from tests.unit.test_drafting_speeches import _draft, _turns  # one fact base, Ode's and Ek's

LECTURE = (
    "Harbour Institute, Port Lys\n"
    "Public Lecture Series | Lecture 2\n"
    "Lecturer: Professor Ana Brandt, Visiting Fellow\n"
    "Transcript prepared by the Institute from the audio recording and lightly edited.\n"
    "Good evening, and welcome to the second lecture of the series. "
    "Please welcome Professor Ana Brandt.\n"
    "[applause]\n"
    "Thank you, and thank you all for coming out tonight.\n"
    "Tonight I want to argue that the Port Lys talks mattered more than the readouts say.\n"
    "Minister Ode condemned the raid on the ferry during the talks with Tomas Ek.\n"
    "In my reading, the patrol plan matters more than anything said about the dredgers.\n"
    "Let me stop there.\n"
    "QUESTIONS FROM THE FLOOR\n"
    "Q: Thank you, Professor. I read that Ode is only a special adviser now, not a minister.\n"
    "He came to Port Lys as the minister, and I would trust both readouts on that.\n"
)


def _said(draft: dict[str, Any]) -> dict[str, str]:
    return {f["quote"][:24]: f["attribution"] for f in draft["facts"]}


@pytest.mark.parametrize(
    ("head", "who"),
    [
        ("Lecturer: Professor Ana Brandt, Visiting Fellow", "Ana Brandt"),
        ("Keynote speaker: Ana Brandt, Senior Fellow", "Ana Brandt"),
        ("Discussant: Dr Ana Brandt (Harbour Institute)", "Ana Brandt"),
        ("Keynote by Ambassador Ana Brandt, followed by questions. Chair: Lee Moss.", "Ana Brandt"),
        ("Good evening. Please welcome Professor Ana Brandt.", "Ana Brandt"),
        ("Good evening. Ambassador Ana Brandt, the floor is yours.", "Ana Brandt"),
    ],
)
def test_the_form_names_the_talks_speaker_new_to_the_fact_base(head: str, who: str) -> None:
    lines = list(each_line(f"Harbour Institute\n{head}\nTonight I speak of the strait.\n"))
    assert (talk_speaker(lines) or (0, "", False))[1] == who


@pytest.mark.parametrize(
    "head",
    [
        "Chair: Dr Lee Moss, Director",  # the chair names no speaker
        "Moderator: Lee Moss",
        "Rapporteur: Dr Lee Moss",
        "Author: Dr Lee Moss",  # a column's writer: the article (R35)
        "Translator: Lee Moss",
        "Speaker: the Director of the Institute",  # no person's name
    ],
)
def test_a_field_of_another_role_or_without_a_name_names_no_speaker(head: str) -> None:
    assert talk_speaker(list(each_line(f"Harbour Institute\n{head}\nI speak.\n"))) is None


@pytest.mark.parametrize(
    "line",
    [
        "Japan will invite Anand Varkey to Tokyo next month, a ministry official said.",
        "The ministry will request Harbour Coast Guard help for the survey.",
        "The council will call on Tomas Ek to explain the delay.",
        '"Please welcome Professor Anand Varkey," the director said, opening the lecture.',
        "Good evening. He said “please welcome Professor Anand Varkey” and sat down.",
    ],
)
def test_news_or_a_quoted_welcome_is_no_chairs_hand_over(line: str) -> None:
    lines = list(each_line(f"Scholar warns of strains\n{line}\nThe two sides met.\n"))
    assert talk_speaker(lines) is None


@pytest.mark.parametrize(
    ("noun", "speaks"),
    [
        ("Lecturer", True),
        ("Discussant", True),
        ("Orator", True),
        ("Presenter", True),
        ("Keynote speaker", True),
        ("Panellist", True),
        ("Moderator", False),
        ("Chair", False),
        ("Reporter", False),
        ("Questioner", False),
        ("Translator", False),
        ("Author", False),
        # persons named by a verb of saying, who deliver no talk
        ("Interviewer", False),
        ("Contact", False),
        ("Adviser", False),
        ("Counsel", False),
        ("Negotiator", False),
        ("Broadcaster", False),
        ("Voice", False),
        ("Signer", False),
    ],
)
def test_a_talks_giver_is_named_by_a_noun_of_the_closed_list(noun: str, speaks: bool) -> None:
    assert speaking_noun(noun) is speaks


@pytest.mark.parametrize(
    "head",
    [
        "Interviewer: Rahul Sen\nGuest: Admiral Meera Iyer",  # the interviewer asks
        "Contact: Ravi Sen, +91 11 2301 0000",  # a press release's contact says nothing
    ],
)
def test_a_field_of_one_who_asks_or_is_contacted_names_no_talks_speaker(head: str) -> None:
    assert talk_speaker(list(each_line(f"Harbour Institute\n{head}\nWe will sail.\n"))) is None


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Q", "unnamed questioner"),
        ("Questioner (online)", "unnamed questioner"),
        ("Audience member", "audience member"),
        ("Member of the audience", "member of the audience"),
        ("A question from the floor", "unnamed questioner"),
        ("Reporter (Harbour Times)", "the reporter"),
        ("Q (a retired naval officer)", "retired naval officer"),  # his kind in brackets
        ("Q (a member of the audience)", "member of the audience"),
    ],
)
def test_a_questioner_is_named_by_the_labels_own_words(label: str, name: str) -> None:
    assert from_the_floor(label)
    assert questioner(label) == name


@pytest.mark.parametrize(
    "label",
    [
        "Also read",
        "Fact check",
        "Date of event",
        "Participants",
        "The big question for the navy",  # a sentence's lead, no one's label
        "Senior official",  # a kind of person, who answers
        "Defence ministry source",
    ],
)
def test_other_labels_in_lower_case_are_no_ones_from_the_floor(label: str) -> None:
    assert not from_the_floor(label)
    assert not floor_label(label)


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Senior official", "answers"),  # an unnamed kind of person answers
        ("Defence ministry source", "answers"),
        ("The big question for the navy", None),  # a sentence's lead: no label
        ("Audience member", "asks"),
    ],
)
def test_a_kind_of_person_answers_only_the_audience_asks(label: str, kind: str | None) -> None:
    assert label_kind(label) == kind


def test_a_lectures_body_is_the_lecturers_a_question_from_the_floor_the_questioners() -> None:
    assert [who for _, who in _turns(LECTURE)] == ["Ana Brandt", "unnamed questioner", "Ana Brandt"]
    draft = _draft(LECTURE)
    said = _said(draft)
    assert said["Tonight I want to argue "] == "Ana Brandt"
    assert said["Minister Ode condemned t"] == "Kenji Ode"
    assert said["In my reading, the patro"] == "Ana Brandt"
    assert said["I read that Ode is only "] == "unnamed questioner"
    assert said["He came to Port Lys as t"] == "Ana Brandt"
    furniture = {f["text"] for f in draft["sources"][0]["furniture"]}
    assert {
        "Transcript prepared by the Institute from the audio recording and lightly edited.",
        "Good evening, and welcome to the second lecture of the series.",
        "Please welcome Professor Ana Brandt.",
        "Thank you, and thank you all for coming out tonight.",
        "Let me stop there.",
        "Q: Thank you, Professor.",
    } <= furniture


def test_an_answers_label_after_a_question_is_the_lecturers() -> None:
    answer = "A: I would trust both readouts on his title, whatever the early reports said.\n"
    lecture = LECTURE.replace("[applause]\n", "").rpartition("He came")[0]
    said = _said(_draft(lecture + answer))
    assert said["I would trust both reado"] == "Ana Brandt"  # "A:": no one else's, hers


def test_the_same_body_in_the_third_person_is_no_talk() -> None:
    third = "".join(line + "\n" for line in LECTURE.splitlines() if " I " not in line)
    assert _turns(third.replace("In my reading, t", "T")) == []


WEBINAR = (
    "EVENT TRANSCRIPT\n"
    "Keynote by Ambassador Ana Brandt, followed by questions. Chair: Lee Moss.\n"
    "Chair: Good afternoon and welcome. Our speaker served in Velan for years. "
    "Ambassador, the floor is yours.\n"
    "When Tomas Ek met Minister Ode in Port Lys, it was their second meeting this year.\n"
    "I have rarely seen a Velan minister speak so plainly about the ferry raid.\n"
    "[Applause]\n"
    "Chair: We have a few minutes for questions.\n"
    "Audience member: The press keeps calling Ode a special adviser. Is he still one?\n"
    "Ambassador Brandt: No, and I would read the two readouts rather than old profiles.\n"
    "Chair: Please join me in thanking Ambassador Brandt.\n"
)


def test_a_webinars_chair_hands_over_and_the_floor_and_the_speaker_answer() -> None:
    draft = _draft(WEBINAR)
    said = _said(draft)
    assert said["When Tomas Ek met Minist"] == "Ana Brandt"
    assert said["I have rarely seen a Vel"] == "Ana Brandt"
    assert said["The press keeps calling "] == "audience member"
    assert said["No, and I would read the"] == "Ana Brandt"
    furniture = " ".join(f["text"] for f in draft["sources"][0]["furniture"])
    assert "Our speaker served in Velan for years." in furniture  # the chair's
    assert "Keynote by Ambassador Ana Brandt" in furniture  # the form's own line


HEADED = (
    "Speaker: Ambassador Ana Brandt\n"
    "Event: Autumn lecture on the strait, Harbour Institute, 4 October 2026\n"
    "Our two coast guards have never patrolled so closely together.\n"
    "We will sail four joint patrols before the spring.\n"
    "Q (a retired harbour pilot): Will Velan pay for the new cutters?\n"
    "A: It will, but the price is still the obstacle.\n"
)


@pytest.mark.parametrize("answer", ["A:", "BRANDT:"])
def test_the_body_after_a_speaker_field_before_the_first_label_is_the_speakers(
    answer: str,
) -> None:
    said = _said(_draft(HEADED.replace("A:", answer)))
    assert said["Our two coast guards hav"] == "Ana Brandt"  # no label before: the form's
    assert said["We will sail four joint "] == "Ana Brandt"
    assert said["It will, but the price i"] == "Ana Brandt"


def test_a_chairs_field_beside_the_speakers_opens_no_turn_of_the_chairs() -> None:
    headed = HEADED.replace("Event:", "Moderator: Lee Moss\nEvent:")
    said = _said(_draft(headed))
    assert said["Our two coast guards hav"] == "Ana Brandt"  # not the moderator's
    assert "Lee Moss" not in said.values()
