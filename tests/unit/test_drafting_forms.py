"""A speaker the document's form names once (turns/forms.py): a header's or a form's field,
a note of who read it for whom, a letter's signature; whom it is written to; a form's
fields that are no transcript's labels; a letter's and a message's form lines that are
furniture. Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting import assembly, transcripts
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.segments import each_line
from defcoop_cli.curation.drafting.transcripts import transcript_labels
from defcoop_cli.curation.drafting.turns import forms
from defcoop_cli.curation.drafting.turns.interviews import first_person_named
from defcoop_cli.curation.drafting.turns.speeches import speech_turns
from defcoop_cli.factbase.records import Doc, Entity

ENTITIES = [
    Entity("ode", "Kenji Ode", "person", ("Ode",)),  # as the fact base gives a surname
    Entity("ek", "Tomas Ek", "person"),
    Entity("velan", "Velan", "country"),
]
MATCHER = EntityMatcher(ENTITIES)
PEOPLE = frozenset({"ode", "ek"})

BODY = (
    "I held talks with Minister Kenji Ode in Port Lys on Monday about our navies.\n"
    "Minister Ode briefed me on the storm damage to the harbour at Port Lys.\n"
    "We agreed to hold a joint patrol in the strait every spring from next year.\n"
    "I told him that our yards can build the patrol boats that both navies will need.\n"
)
LETTER = "Dear Minister Ode,\n" + BODY.replace("with Minister Kenji Ode", "with you")


def _speaker(text: str) -> list[tuple[str, str]]:
    lines = list(each_line(text))
    turns = speech_turns(lines, lambda head: first_person_named(head, MATCHER, PEOPLE))
    return [(t.speaker, t.addressee) for t in turns]


def _draft(text: str) -> dict[str, Any]:
    return assembly.draft(text, "s", Doc([], [], ENTITIES, [], []), {}, "s.txt", "0")


class TestTheFormNamesTheSpeaker:
    @pytest.mark.parametrize(
        "head",
        [
            "From: Tomas Ek <t.ek@navy.example>\nTo: Fleet Office\nSubject: Port Lys\n",
            "MEMORANDUM\nFROM: Tomas Ek, Navy Minister\nCC: Fleet Office\n",
            "PRESS RELEASE\nIssued by: Tomas Ek, Member of Parliament\n",
            "Session 2\nDate: 5 May\nChair: Dr Lena Berg\nSpeaker: Tomas Ek, Navy Minister\n",
            "The following statement was read out by Ms Lena Berg, Spokesperson, on behalf of"
            " Navy Minister Tomas Ek at a briefing.\n",
        ],
    )
    def test_a_field_or_a_note_in_the_head_names_him(self, head: str) -> None:
        assert _speaker(head + BODY) == [("Tomas Ek", "")]

    @pytest.mark.parametrize("closing", ["Yours sincerely,", "With warm regards,", "Regards"])
    def test_a_signature_after_a_letters_closing_names_him(self, closing: str) -> None:
        text = BODY + f"{closing}\nTomas Ek\nNavy Minister\n"
        assert _speaker(text) == [("Tomas Ek", "")]

    @pytest.mark.parametrize(
        "form",
        [
            "To: Tomas Ek\nSubject: Port Lys\n" + BODY,  # a recipient
            "From: Fleet Office\nCc: Tomas Ek\n" + BODY,  # a copy
            BODY + "Media contact:\nTomas Ek, Press Secretary\n",  # a contact
            "Drafted by: Tomas Ek, First Secretary\n" + BODY,  # a drafter
            "Date: 5 May\nChair: Tomas Ek\nRapporteur: Kenji Ode\n" + BODY,  # chair, rapporteur
            "English translation by Tomas Ek\n" + BODY,  # a translator
            BODY + "Tomas Ek\nNavy Minister\n",  # a name at the close without a closing
        ],
    )
    def test_whom_the_form_names_otherwise_is_no_speaker(self, form: str) -> None:
        assert _speaker(form) == []

    def test_the_one_he_reads_for_not_the_reader_and_not_a_body_sentences(self) -> None:
        note = "The following statement was read out by Tomas Ek on behalf of Kenji Ode.\n"
        assert [s for s, _ in _speaker(note + BODY.replace("Kenji Ode", "Lena Berg"))] == [
            "Kenji Ode"
        ]
        body = "On behalf of the people of Velan, I thank Minister Tomas Ek for his visit.\n"
        assert _speaker(body + BODY) == []

    def test_a_third_person_text_under_a_from_line_is_no_ones_turn(self) -> None:
        third = (
            "From: Tomas Ek\n"
            "The two navies will hold a joint patrol in the strait every spring from May.\n"
            "Velan's yards are to build the patrol boats that both navies will need.\n"
        )
        assert _speaker(third) == []


class TestWhomItIsWrittenTo:
    def test_a_salutation_or_a_to_field_names_the_addressee(self) -> None:
        signed = LETTER + "Yours sincerely,\nTomas Ek\n"
        assert _speaker(signed) == [("Tomas Ek", "Kenji Ode")]
        mail = "From: Tomas Ek\nTo: Kenji Ode <k.ode@example>\n" + BODY
        assert _speaker(mail) == [("Tomas Ek", "Kenji Ode")]

    def test_you_doing_an_act_and_we_of_the_talks_are_the_addressee_and_both(self) -> None:
        text = (
            "Dear Minister Ode,\n"
            "You briefed me on the storm damage to the harbour at Port Lys on Monday.\n"
            "We agreed to hold a joint patrol in the strait every spring from next year.\n"
            "I told the forum that our yards can build the patrol boats that both navies need.\n"
            "Yours sincerely,\nTomas Ek\n"
        )
        found = {f["quote"][:12]: f["attribution"] for f in _draft(text)["facts"]}
        assert found["You briefed "] == "Kenji Ode"
        assert found["We agreed to"] == "Tomas Ek and Kenji Ode"
        assert found["I told the f"] == "Tomas Ek"


def test_his_own_country_doing_an_act_in_his_turn_is_his_word_another_countrys_its_own() -> None:
    ek = Entity("ek", "Tomas Ek", "person", ("Velan's navy minister",))
    others = [e for e in ENTITIES if e.id != "ek"]
    doc = Doc([], [], [*others, ek, Entity("kastania", "Kastania", "country")], [], [])
    text = (
        "From: Tomas Ek\n"
        "I held talks with Minister Kenji Ode in Port Lys on Monday about our two navies.\n"
        "Velan expresses its full solidarity with Kastania after the storm on the coast.\n"
        "Kastania thanked the crews of the patrol boats for their help in the first hours.\n"
        "I told him that our yards can build the patrol boats that both navies will need.\n"
        "We agreed to hold a joint patrol in the strait every spring from next year.\n"
    )
    draft = assembly.draft(text, "s", doc, {}, "s.txt", "0")
    found = {f["quote"][:8]: f["attribution"] for f in draft["facts"]}
    assert found["Velan ex"] == "Tomas Ek"
    assert found["Kastania"] == "Kastania"


def test_a_forms_fields_are_no_transcripts_labels() -> None:
    page = "Session 2\nDate: 5 May\nVenue: Port Lys\nChair: Dr Lena Berg\nSpeaker: Tomas Ek\n"
    assert transcript_labels(page + BODY) == []
    talk = "Chair: Welcome to the forum.\nSpeaker: Thank you for having me here.\n"
    assert [label for *_, label in transcript_labels(talk)] == ["Chair", "Speaker"]


def test_a_delivery_note_a_courtesy_and_a_confidentiality_footer_are_furniture() -> None:
    lines = [
        "The following statement was read out by Ms Lena Berg on behalf of Minister Tomas Ek.",
        *BODY.splitlines(),
        "Please accept, Excellency, the assurances of my highest consideration.",
        "This e-mail and any attachments are confidential.",
    ]
    assert forms.form_lines(lines) == {0, 5, 6}
    assert forms.form_lines(BODY.splitlines()) == set()


@pytest.mark.parametrize(
    "footer",
    [
        "This alert is confidential and intended for subscribers of Harbour Risk only.",
        "This Research Note is prepared for the use of Members and is not an official paper.",
        "The briefing has been produced for the information of the Committee alone.",
    ],
)
def test_a_publications_confidentiality_or_use_footer_is_furniture(footer: str) -> None:
    assert forms.form_lines([*BODY.splitlines(), footer]) == {len(BODY.splitlines())}
    # a sentence of the report about a document is none
    said = "The note is prepared by the two ministries and will be published in June."
    assert forms.form_lines([*BODY.splitlines(), said]) == set()


def test_a_clip_cued_in_a_correspondents_turn_is_the_speakers_own_turn() -> None:
    text = (
        "PRESENTER: Kenji Ode and Tomas Ek held talks in Port Lys today. What happened there?\n"
        "CORRESPONDENT: The talks ran long. Here is Mr Ek speaking afterwards.\n"
        "CLIP – Tomas Ek: We agreed to hold a joint patrol in the strait every spring.\n"
        "CORRESPONDENT: Minister Ode left for home in the evening.\n"
    )
    found = {f["quote"][:9]: f["attribution"] for f in _draft(text)["facts"]}
    assert found["We agreed"] == "Tomas Ek and Kenji Ode"
    assert found["Minister "] != "Tomas Ek"  # the correspondent's again after the clip
    assert transcripts.inner_turn(None, None) is None
    label, bite = (
        transcripts.Turn(0, "CORRESPONDENT", False, True),
        transcripts.Turn(9, "Tomas Ek", True, False),
    )
    assert transcripts.inner_turn(label, bite) == bite
    assert transcripts.inner_turn(
        bite._replace(start=0), label._replace(start=9)
    ) == label._replace(start=9)
    assert transcripts.inner_turn(label, bite._replace(speaker="")) == label  # after the bite


@pytest.mark.parametrize(
    ("html", "owner"),
    [
        ("<title>Talks with Velan | Tomas Ek</title>", "Tomas Ek"),
        (
            "<html><head><title>\n  Port Lys forum &amp; more — Office of Tomas Ek </title>",
            "Office of Tomas Ek",
        ),
        ("<title>Velan and Lys hold talks - The Harbour Times</title>", "The Harbour Times"),
        ("<title>A title with no bar</title>", None),
        ("<title>co-operation at sea</title>", None),  # a hyphen inside a word is no bar
        ("<title>Talks | a site whose name runs on far too many words to be one</title>", None),
        ("<p>no title at all</p>", None),
        ("<title>Activity Report: Port Lys | SOLBERG Ana Official Website</title>", "SOLBERG Ana"),
        ("<title>Port Lys - Official Site of Ana Solberg</title>", "Ana Solberg"),
        ("<title>Port Lys | Ana Solberg's Official Homepage</title>", "Ana Solberg"),
    ],
)
def test_a_pages_title_names_its_site_after_its_last_bar(html: str, owner: str | None) -> None:
    footer = f"<footer>{owner}</footer>" if owner else ""
    assert forms.site_owner(html + footer) == owner
    assert forms.site_owner(html) is None  # named by its title alone: no site's own name


def test_a_name_in_the_story_alone_is_no_sites() -> None:
    story = "<title>Interview | Tomas Ek</title><article><p>Tomas Ek: I agreed.</p></article>"
    assert forms.site_owner(story) is None
    page = "<title>Talks – | Tomas Ek – </title><header>Tomas Ek</header><article>…</article>"
    assert forms.site_owner(page) == "Tomas Ek"  # a bar at the end is no part of the name


class TestAnArchivesRecord:
    RECORD = (
        "HD  Ships to sail, Tomas Ek tells Beta\nBY  By Ana Ruiz\nPD  6 May 2025\n\n"
        "LP  OSLO, May 5: Tomas Ek agreed to send ships to Beta on Monday.\n\n"
        "TD  The ships leave in June.\n\n"
        "NS  DEF01 : Defence | DIP02 : Diplomacy\nRE  NOR : Norway | BET : Beta\n"
    )

    def test_a_fields_code_is_furniture_its_prose_the_report(self) -> None:
        doc = _draft(self.RECORD)
        assert [f["quote"] for f in doc["facts"]] == [
            "Tomas Ek agreed to send ships to Beta on Monday",
            "The ships leave in June",
        ]
        assert doc["facts"][0]["attribution"] == "Tomas Ek"

    def test_a_field_of_codes_is_furniture_whole_and_no_entity(self) -> None:
        doc = _draft(self.RECORD)
        assert not {e["name"] for e in doc["entities"]} & {"DEF01", "NOR", "RE NOR", "NS DEF01"}
        furniture = [f["text"] for f in doc["sources"][0]["furniture"]]
        assert "LP  OSLO, May 5: " in furniture and any(f.startswith("NS  ") for f in furniture)
