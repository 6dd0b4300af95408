"""Issue 24, first-topic misses by class (thirtieth session, s49-draft80): a speaker
described as a commentator anywhere in his own stretch of the subject ("X, an analyst at …",
"Professor X", "X of Kell University"), or making a case ("argued", "cautions"), gives a view
(R5, R27), filed first under the assessment topic. Each with a near sentence that keeps its
reading. Review 25a's class (s49-fixdraftx): only the speaker's own description counts,
never what he is said to say, a scene set before him or whom he met; and a party by office
(a minister, a senator, an envoy, in the sentence or before it) is no commentator by such
words. Invented people, bodies and sentences."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.factbase.records import Doc, Entity

MATCHER = EntityMatcher(
    [Entity("beta", "Beta", "country"), Entity("ravi-menon", "Ravi Menon", "person")]
)


def view(sentence: str) -> bool:
    return reading(sentence, Speakers(MATCHER, frozenset({"ravi-menon"}))).view


@pytest.mark.parametrize(
    "sentence",
    [
        "Lina Ortiz, an analyst at the Kell Forum, said the two sides had made such promises.",
        "Our guest, Lina Ortiz of the Institute for Maritime Studies, argues the talks mattered.",
        "Tomas Quill of Kell University has argued that Beta courts its neighbours.",
        "Professor Tomas Quill, who chaired the panel last year, told the club the deal was thin.",
    ],
)
def test_a_speaker_described_as_a_commentator_in_his_own_stretch_gives_a_view(
    sentence: str,
) -> None:
    assert view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anil Bose, the ministry's spokesperson, said the two sides would meet in Kell.",  # near
        "Ravi Menon argued that Beta must build its own ships.",  # a party making a case
        "Tomas Quill of Kell Shipyards has argued that Beta courts its neighbours.",  # no school
        "Tomas Quill, who flew in from Kell, told the club the deal was thin.",
    ],
)
def test_a_spokesperson_a_party_or_an_undescribed_speaker_gives_none(sentence: str) -> None:
    assert not view(sentence)


def view_in(article: str, sentence: str) -> bool:
    """Whether a draft of the article and the sentence after it reads the sentence as a
    commentator's view."""
    doc = Doc([], [], [Entity("beta", "Beta", "country")], [], [])
    made = draft(f"Kell notes\n\n{article}\n\n{sentence}\n", "k", doc, {}, "/k.txt", "9.9")
    fact = next(f for f in made["facts"] if sentence.startswith(f["quote"][:40]))
    return "a commentator's" in fact["rule"]


@pytest.mark.parametrize(
    "sentence",
    [
        # commentator's words in what he is said to say describe no speaker
        "Defence Minister Oskar Lind said the navy would fund a university chair in history.",
        "Senator Maria Holt said the lecturers' plan cost too much.",
        # a party by office, whatever else describes him
        "Oskar Lind, a former lecturer and now Alpha's defence minister, said the talks went well.",
        "Envoy Oskar Lind, who studies the sea lanes closely, said Beta must choose.",
    ],
)
def test_a_party_by_office_or_words_he_only_reports_give_no_view(sentence: str) -> None:
    assert not view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quill said the instructors would train teachers of navigation.",
        # a scene set before the name is no noun of his
        "Speaking to teachers in Kell, Quill, the harbour's pilot, said the channel was deep.",
        # whom he met or spoke to is not what he is
        "Quill, who met teachers in Kell last week, said the channel was deep.",
        "Quill, who spoke to students at Kell University, said the channel was deep.",
    ],
)
def test_words_around_a_speaker_that_are_not_his_description_give_no_view(sentence: str) -> None:
    assert not view_in("Tomas Quill guided the frigates into Kell.", sentence)


def test_an_office_the_article_gave_him_before_makes_him_a_party() -> None:
    article = "Defence Minister Oskar Lind met Beta's navy chief in Kell on Monday."
    said = "Lind, who teaches a class at Kell University on Tuesdays, said Beta would not yield."
    assert not view_in(article, said)
    assert not view_in(article, "Lind, the guest at a university dinner, said the talks helped.")
    # near cases: no office given, or a past one: the university still describes him
    assert view_in("Oskar Lind wrote a book on the navy.", said)
    assert view_in("Former Defence Minister Oskar Lind wrote a book on the navy.", said)


@pytest.mark.parametrize(
    "sentence",
    [
        "Oskar Lind, a former defence minister who now teaches at Kell University, said no.",
        '"The deal is thin," said Tomas Quill, who teaches law at Kell University.',
        "Our history teacher, Tomas Quill, said the talks were thin.",  # a noun before him
        "Tomas Quill, who teaches the sea's law to students at Kell, said the deal was thin.",
    ],
)
def test_a_commentator_out_of_office_or_named_after_the_verb_still_gives_a_view(
    sentence: str,
) -> None:
    assert view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # one who judges things and the past: a curator's, a historian's reading (R5, R44)
        '"A sword is given to honour a host, and this one came when Beta needed it," said '
        "Lina Ortiz, the museum's curator.",
        "Tomas Quill, a historian of the navy, said the gift meant more than the talks.",
        # a verb of the quotation's own ("came", "arrived"): the tag after it says who speaks
        '"This one arrived at a moment when Beta had few friends," said Lina Ortiz, the '
        "gallery's honorary curator.",
    ],
)
def test_a_curator_or_a_historian_gives_a_view(sentence: str) -> None:
    assert view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"This one arrived at a moment when Beta had few friends," said Lina Ortiz, the '
        "gallery's director.",  # near: no commentator's word
        '"The ships arrived on time," said Anil Bose, the ministry\'s spokesperson.',
    ],
)
def test_a_quotations_own_verb_with_no_commentator_in_its_tag_gives_none(sentence: str) -> None:
    assert not view(sentence)


@pytest.mark.parametrize(
    ("sentence", "seen"),
    [
        (
            '"The talks calm the freight market," said Lina Ortiz, head of research at Kell & Co.',
            True,
        ),
        ('"The talks calm the market," said Lina Ortiz, the firm\'s research director.', True),
        ('"The quay is ready," said Anil Bose, head of the Kell Port Trust.', False),  # a post
        ('"The quay is ready," said Anil Bose, director of the Kell Harbour Board.', False),
    ],
)
def test_a_firms_head_of_research_set_off_without_an_article_gives_a_view(
    sentence: str, seen: bool
) -> None:
    assert view(sentence) is seen  # R5, R54: her view of the talks; a port's head no commentator
