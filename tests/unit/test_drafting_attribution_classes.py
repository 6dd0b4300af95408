"""Issue 24, attribution misses by class: a common noun of persons before a name ("Reader X
Y") or a body after it ("X Y of Z University") no part of the speaker; a group named by
what it does ("members who track the ship") its own words, not a country the sentence
names; an unnamed person in a body ("an official in the transport ministry") named by his
words (R9, R27); a form's field label no speaker; an annotated bibliography's annotation
its entry's source's. Each with a near sentence that keeps its reading. Texts of my own."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.transcripts import transcript_labels
from defcoop_cli.factbase.records import Doc, Entity
from defcoop_cli.factbase.vocab import THE_SOURCE

ENTITIES = [
    Entity("alpha", "Alpha", "country"),
    Entity("beta", "Beta", "country"),
    Entity("ines-varga", "Ines Varga", "person"),
]
MATCHER = EntityMatcher(ENTITIES)


def said(sentence: str) -> str:
    return reading(sentence, Speakers(MATCHER, frozenset({"ines-varga"}))).attribution


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a common noun of persons before a name of two words: what he is, no part of it
        ("Reader Tomas Elling, who filmed the landing, said the jet was late.", "Tomas Elling"),
        ("Spotter Tomas Elling said the jet taxied to the far apron.", "Tomas Elling"),
        ("Tomas Elling said the jet taxied to the far apron.", "Tomas Elling"),  # near
        # a body's name that opens on such a noun keeps it whole
        ("Pilot Training Institute said the jet was late.", "Pilot Training Institute"),
        # a name and the body he is of: the person
        ("Mira Dahl of Ostport University has argued that Alpha courts Beta.", "Mira Dahl"),
        ("The Bank of Ostport said the port would reopen in May.", "Bank of Ostport"),  # near
    ],
)
def test_a_noun_before_a_name_or_a_body_after_it_is_no_part_of_the_speaker(
    sentence: str, who: str
) -> None:
    assert said(sentence) == who


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a group by what its members do, after what it reports: its own words (R27)
        ("The ferry is due to leave Kell for Beta's capital on Friday, members who track"
         " the ship said.", "members who track the ship"),
        ("The ferry is due to leave Kell for Beta's capital on Friday, officials said.",
         "unnamed officials"),  # near: a bare plural (R9)
        # an unnamed person in a body, in his words (R9, R27)
        ("The port will reopen in June, an official in the transport ministry said.",
         "official in the transport ministry"),
        ("An official in the transport ministry said the port would reopen.",
         "official in the transport ministry"),
        ("The port will reopen in June, an official said.", "unnamed official"),  # near
        ("The port will reopen in June, an official in Kell said.", "unnamed official"),
    ],
)  # fmt: skip
def test_an_unnamed_source_is_named_by_its_own_words(sentence: str, who: str) -> None:
    assert said(sentence) == who


FORM = (
    "HARBOUR RESEARCH TRUST\n"
    "Small grant - application form\n\n"
    "Application reference: HRT/2025/112\n"
    "Lead applicant: Dr. Mira Dahl, Lecturer, Ostport University\n"
    "Co-applicant: Dr. Tomas Elling\n"
    "Date of submission: 3 March 2025\n\n"
    "1. Background\n\n"
    "The port talks between Alpha and Beta in Kell were a turning point.\n"
    "No study has yet traced how the two navies share their charts.\n\n"
    "Signature of the lead applicant: (signed)\n"
)
SESSION = (
    "Chair: Welcome, everyone, to the harbour session.\n"
    "Lead applicant: Thank you. The port talks were a turning point.\n"
    "Chair: And what comes next?\n"
    "Lead applicant: A study of the charts.\n"
)


def test_a_forms_field_label_is_no_speaker() -> None:
    assert transcript_labels(FORM) == []
    text = FORM.replace("Date of submission", "Submitted on")  # near: no field named
    text = text.replace("Application reference", "Scheme")
    assert [label for _, _, label in transcript_labels(text)] != []
    labels = {label for _, _, label in transcript_labels(SESSION)}  # a session keeps its own
    assert labels == {"Chair", "Lead applicant"}


def test_a_forms_background_is_the_documents_own_voice() -> None:
    made = draft(FORM, "f", Doc([], [], ENTITIES, [], []), {}, "/f.txt", "9.9")
    by_quote = {f["quote"]: f["attribution"] for f in made["facts"]}
    assert by_quote["No study has yet traced how the two navies share their charts"] == (THE_SOURCE)


BIBLIOGRAPHY = (
    "HARBOUR STUDIES 301: READING LIST ON THE KELL TALKS\n\n"
    "Compiled by: Lena Ostrova, for the seminar\n\n"
    '1. Ministry of Foreign Affairs, Beta. 2025. "Beta-Alpha port talks." Summary, 2 March.\n\n'
    "Beta's summary of the talks. The summary welcomes Alpha's offer of pilots in Beta's"
    " name. It reports that Ines Varga agreed to share the charts.\n\n"
    '2. Dahl, Mira. 2025. "A harbour between friends." Quay Notes (blog), 9 March.\n\n'
    "Argues that the pilots mattered more than the charts. It also doubts that the charts"
    " will be shared this year.\n\n"
    '3. Elling, Tomas. 2025. "Kell talks end with chart deal." Ostport Courier, 3 March,'
    " 4.\n\n"
    "A short report on the talks, from the Alpha side. It also recalls that the two sides"
    " first met in Kell in 2019.\n\n"
    "4. Holt, Dana, and Kei Mori. 2024. Ports and Power. Ostport: Harbour Press.\n\n"
    "Chapters 2 and 5 explain why the chart talks stalled for a decade.\n"
)


def _attributions(text: str) -> dict[str, Any]:
    made = draft(text, "b", Doc([], [], ENTITIES, [], []), {}, "/b.txt", "9.9")
    return {f["quote"]: f["attribution"] for f in made["facts"]}


def test_an_annotation_speaking_of_its_source_is_the_entrys_source() -> None:
    found = _attributions(BIBLIOGRAPHY)
    # a ministry's document: its country's (R8)
    assert found["The summary welcomes Alpha's offer of pilots in Beta's name"] == "Beta"
    # what the source reports a party did stays the party's (R6)
    assert found["It reports that Ines Varga agreed to share the charts"] == "Ines Varga"
    # no subject: the author's, written as a reader names her
    assert found["Argues that the pilots mattered more than the charts"] == "Mira Dahl"
    assert found["It also doubts that the charts will be shared this year"] == "Mira Dahl"
    # a paper's article: the paper's, as "The Courier reported" is
    key = "It also recalls that the two sides first met in Kell in 2019"
    assert found[key] == "Ostport Courier"
    # a book's chapters: its two authors'
    key = "Chapters 2 and 5 explain why the chart talks stalled for a decade"
    assert found[key] == "Dana Holt and Kei Mori"
    # an opening that only says what the source is: the compiler's apparatus, no fact
    assert not any(q.startswith("A short report") for q in found)


def test_the_same_sentences_outside_a_bibliography_keep_their_reading() -> None:
    text = (
        "Ines Varga met Beta's minister in Kell on Monday.\n\n"
        "The Ostport Courier covered the talks. It also recalls that the two sides first"
        " met in Kell in 2019.\n"
    )
    found = _attributions(text)
    assert found["It also recalls that the two sides first met in Kell in 2019"] != "Ines Varga"
    assert "Dana Holt" not in found.values()
