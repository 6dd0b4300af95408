"""Issue 24, first topics by class: the writer's marked views (thirty-first session,
s50-draft84). Each rule with a near case that keeps its old reading. Invented people,
bodies and sentences.

A sentence after a label of the writer's conclusion ("My read: …", "Our take: …"), which
segments cuts off as furniture, is the writer's own view, read as "I think …" is: filed first
under the assessment topic whatever its words name (R5, R44). "In our estimate", "in my
judgement" mark the writer's view as "in our view" does.
"""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.curation.drafting.verbs.voices.views import labelled_view, own_view
from defcoop_cli.factbase.loader import default_factbase_path, load
from defcoop_cli.factbase.vocab import THE_SOURCE

BACKGROUND = Reading("background", "reported", THE_SOURCE, "no reporting verb")


def _labelled(text: str, sentence: str) -> Reading:
    return labelled_view(text, text.index(sentence), BACKGROUND)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("My read: Beta is moving slowly on ships.", "Beta is moving"),
        ("The two sides met. Our take: the words are old, but the money is new.", "the words"),
        ("Kell hosted the talks.\nOur view: the port gained most.", "the port"),
    ],
)
def test_a_sentence_after_the_writers_label_is_the_writers_view(text: str, sentence: str) -> None:
    assert _labelled(text, sentence).kind == "assessment"  # as "I think …" reads


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Their take: Beta is moving slowly on ships.", "Beta is moving"),  # not the writer's
        ("Our correspondent: the port gained most.", "the port"),  # no label of a view
        ("Our take was that Beta gained. The port gained most.", "The port"),  # no label
    ],
)
def test_another_label_or_none_keeps_the_reading(text: str, sentence: str) -> None:
    assert _labelled(text, sentence) == BACKGROUND


def test_a_labelled_sentence_someone_else_says_stays_theirs() -> None:
    text = "Our take: Beta will build ships, the minister said."
    said = Reading("position", "reported", "Oskar Lind", "'said' by Oskar Lind", True)
    assert labelled_view(text, text.index("Beta"), said) == said


@pytest.mark.parametrize(("label", "first"), [("My read: ", True), ("", False)])
def test_the_label_files_the_sentence_under_the_assessment_topic(label: str, first: bool) -> None:
    article = "Kell notes\n\nJapan's defence minister visited New Delhi on Monday. "
    article += f"{label}Japan is moving carefully on co-production, and Indian shipyards will "
    article += "have to be patient.\n"
    made = draft(article, "k", load(default_factbase_path()).doc, {}, "/k.txt", "9.9")
    fact = next(f for f in made["facts"] if f["quote"].startswith("Japan is moving"))
    assert (fact["topics"][:1] == ["article-assessment"]) is first


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("Any joint yard is unlikely to turn a profit before 2029, in our estimate.", True),
        ("In our judgement, Beta will wait for the next round before it buys.", True),
        ("The estimate in our last note put the order at two ships.", False),  # no view marked
        ("Our reading room in Kell stays open during the talks.", False),
    ],
)
def test_in_our_estimate_marks_the_writers_view(sentence: str, own: bool) -> None:
    assert own_view(sentence) is own
