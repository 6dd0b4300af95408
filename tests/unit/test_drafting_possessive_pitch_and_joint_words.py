"""Two stance classes (issue 24, s55-draft108): an invitation repeated after a name's
possessive ("repeated Alpha's invitation to Beta's firms") is invited, as after "his"
(R55); and a joint subject before "confirmed" is a word of its own: "The visit was
confirmed" holds no "it was", so the visit's confirming is reported, not reaffirmed. Each
beside a near sentence keeping its reading; and a thing "raised … as a possible joint
project" is put forward (R37), reported. All text here is invented."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.verbs.finding import first_verb


def _stance(sentence: str) -> str | None:
    hit = first_verb(sentence)
    return None if hit is None else hit.stance


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        (
            "Ode repeated Alpha's invitation to Beta's firms to build frigates in Kell.",
            "invited",
        ),
        ("Ode renewed Alpha’s invitation to foreign firms to open plants in Kell.", "invited"),
        ("Ode repeated his invitation to Beta's firms to build frigates in Kell.", "invited"),
        # near: a commitment after the possessive stays reaffirmed (R55)
        ("Ode renewed Alpha's commitment to Beta's firms.", "reaffirmed"),
    ],
)
def test_an_invitation_after_a_possessive_name(sentence: str, stance: str) -> None:
    assert _stance(sentence) == stance


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The visit was confirmed only a week before the admiral landed.", "reported"),
        ("The summit was confirmed on Friday.", "reported"),
        # near: the joint subjects themselves keep their reading
        ("It was confirmed the importance of the drill.", "reaffirmed"),
        ("Both sides confirmed the importance of the drill.", "reaffirmed"),
        ("The two ministers also confirmed their shared view of the strait.", "reaffirmed"),
    ],
)
def test_a_joint_subject_is_a_word_of_its_own(sentence: str, stance: str) -> None:
    assert _stance(sentence) == stance


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Ode, for her part, raised the K-9 howitzer as a possible joint project.", "reported"),
        ("Ode raised a coastal radar as a candidate for joint work.", "reported"),
        # near: concern raised keeps its reading; a raising with no project is no verb here
        ("Ode raised the issue of the strait.", "raised concern"),
        ("The navy raised the K-9 budget by a fifth.", None),
    ],
)
def test_a_thing_raised_as_a_project_to_come_is_put_forward(
    sentence: str, stance: str | None
) -> None:
    assert _stance(sentence) == stance
