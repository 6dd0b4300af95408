"""A transcript's key: speakers' labels of initials that its head declares once ("KM is the
interviewer, TB the witness"), each resolved to the person it stands for; initials no key
declares stay no label."""

from __future__ import annotations

from defcoop_cli.curation.drafting import assembly
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.transcripts import transcript_labels, transcript_turns
from defcoop_cli.curation.drafting.transcripts.keys import speaker_key
from defcoop_cli.factbase.records import Doc, Entity

HEAD = (
    "HARBOUR ARCHIVE, PORT ALBA\n"
    "Witness: Tomasz Brel (retired harbour master)\n"
    "Interviewer: Dr Kalinda Moss\n"
    "Recorded: 2 March 2026\n"
)
BODY = (
    "KM: You watched the ships come in that week. What do you recall?\n"
    "TB: I recall the tugs were late, and the fog stayed until noon.\n"
    "KM: Did the ministers meet on the quay?\n"
    "TB: Minister Ode met Minister Ek on the quay, and they shook hands.\n"
)


def _speakers() -> Speakers:
    matcher = EntityMatcher(
        [Entity("ode", "Kenji Ode", "person"), Entity("ek", "Tomas Ek", "person")]
    )
    return Speakers(matcher, frozenset({"ode", "ek"}))


def _turns(text: str) -> list[tuple[str, str, bool]]:
    return [
        (text[t.start : t.start + 3], t.speaker, t.asks)
        for t in transcript_turns(_speakers(), text)
    ]


def test_a_key_naming_roles_resolves_each_through_the_heads_fields() -> None:
    text = HEAD + "Key: KM is the interviewer, TB the witness.\n\n" + BODY
    assert {k: (v.name, v.asks) for k, v in speaker_key(text).items()} == {
        "KM": ("Kalinda Moss", True),
        "TB": ("Tomasz Brel", False),
    }
    assert _turns(text) == [
        ("KM:", "Kalinda Moss", True),
        ("TB:", "Tomasz Brel", False),
        ("KM:", "Kalinda Moss", True),
        ("TB:", "Tomasz Brel", False),
    ]


def test_a_cast_list_with_initials_in_brackets_is_a_key() -> None:
    text = "Present: Kalinda Moss (KM), chair; Tomasz Brel (TB)\n\n" + BODY
    assert {k: v.name for k, v in speaker_key(text).items()} == {
        "KM": "Kalinda Moss",
        "TB": "Tomasz Brel",
    }


def test_a_key_pairing_initials_and_names() -> None:
    text = "Speakers: KM = Kalinda Moss; TB = Tomasz Brel.\n\n" + BODY
    assert [label for _, _, label in transcript_labels(text)] == ["KM", "TB", "KM", "TB"]


def test_a_header_naming_the_roles_keys_the_initials_of_their_names() -> None:
    assert {k: v.name for k, v in speaker_key(HEAD + "\n" + BODY).items()} == {
        "KM": "Kalinda Moss",
        "TB": "Tomasz Brel",
    }


def test_initials_no_key_declares_are_no_labels() -> None:
    text = "HARBOUR ARCHIVE\nRecorded: 2 March 2026\n\n" + BODY
    assert speaker_key(text) == {}
    assert transcript_labels(text) == []


def test_a_field_declares_no_one_a_key_of_things_no_dialogue() -> None:
    # "FROM: Lena Berg" is its own line, opening no line after it; "DG" stands for a drill
    text = "FROM: Lena Berg\nTO: Desk\nKEY: DG = Dawn Guard. RS = Ravi Sen.\nDG: it grows.\n"
    assert speaker_key(text) == {}


def test_a_heading_words_colon_is_no_speaker() -> None:
    # "NB:" opens a line as the keyed initials do, but no key declares it: no one's label
    text = HEAD + "Key: KM is the interviewer, TB the witness.\n\n" + BODY + "NB: Fog.\n"
    assert set(speaker_key(text)) == {"KM", "TB"}
    assert "NB" not in [label for _, _, label in transcript_labels(text)]


def test_the_interviewers_statement_is_hers_the_witnesss_testimony_his() -> None:
    text = HEAD + "Key: KM is the interviewer, TB the witness.\n\n" + BODY
    doc = Doc(
        [Entity("ode", "Kenji Ode", "person"), Entity("ek", "Tomas Ek", "person")], [], [], [], []
    )
    facts = assembly.draft(text, "h", doc, {}, "h.txt", "0")["facts"]
    said = {f["quote"][:24]: f["attribution"] for f in facts}
    assert said["You watched the ships co"] == "Kalinda Moss"
    assert said["I recall the tugs were l"] == "Tomasz Brel"


KEYED = HEAD + "Key: KM is the interviewer, TB the witness.\n\n"
FLEET = Doc(
    [Entity("ode", "Kenji Ode", "person"), Entity("ek", "Tomas Ek", "person")], [], [], [], []
)


def _draft(text: str) -> tuple[dict[str, str], list[str]]:
    """Each drafted quote's first words and attribution; the furniture's texts."""
    draft = assembly.draft(text, "h", FLEET, {}, "h.txt", "0")
    said = {f["quote"][:24]: f["attribution"] for f in draft["facts"]}
    return said, [text[a:b] for a, b in (x["span"] for x in draft["sources"][0]["furniture"])]


class TestApparatus:
    def test_a_transcripts_access_transcriber_and_key_lines_are_furniture(self) -> None:
        head = (
            "Access: Closed until 2030. Quotation permitted with leave.\n"
            "Transcribed by: L. Ostrova. Checked against the tape by: K. Moss.\n"
        )
        said, furniture = _draft(KEYED + head + "\n" + BODY)
        assert not [q for q in said if q.startswith(("Access", "Quotation", "Transcribed", "Key"))]
        assert "Key: KM is the interviewer, TB the witness." in furniture

    def test_the_record_speaking_of_itself_and_its_citation_are_furniture(self) -> None:
        foot = (
            "\n[END OF TAPE]\n"
            "This transcript was reviewed and corrected by the witness.\n"
            "Cite as: Tomasz Brel, interview by Kalinda Moss, 2 March 2026.\n"
        )
        said, _ = _draft(KEYED + BODY + foot)
        assert not [q for q in said if q.startswith(("This transcript", "Cite as"))]

    def test_an_excerpts_end_ends_the_excerpt_not_the_piece(self) -> None:
        """The lines after "[END OF EXCERPT]" are the host's, unless another rule makes
        them notes; a transcript's own end still takes the few lines after it."""
        tail = "The two fleets will meet again off Kobe next spring.\n"
        for marker in ("[END OF EXCERPT]", "[End of extract]"):
            foot = f"\n{marker}\nThis transcript has been read and approved by the witness.\n"
            said, furniture = _draft(KEYED + BODY + foot + tail)
            assert "The two fleets will meet" in said, marker
            assert marker in furniture
            assert not [q for q in said if q.startswith("This transcript")]
        said, _ = _draft(KEYED + BODY + "\n[END OF TRANSCRIPT]\n" + tail)
        assert "The two fleets will meet" not in said  # the piece's end: a note after it

    def test_a_sentence_naming_the_record_that_tells_the_talks_is_drafted(self) -> None:
        text = KEYED + BODY + "KM: The transcript of the talks shows that Ode agreed.\n"
        said, _ = _draft(text)
        assert "The transcript of the ta" in said

    def test_a_stage_cue_after_a_label_is_furniture_the_words_after_it_the_speakers(self) -> None:
        text = KEYED + BODY.replace("TB: I recall", "TB: [laughs] I recall")
        said, furniture = _draft(text)
        assert said["I recall the tugs were l"] == "Tomasz Brel"
        assert "[laughs]" in furniture

    def test_a_cue_inside_a_sentence_is_left_in_it(self) -> None:
        text = KEYED + BODY.replace("and the fog", "and [pause] the fog")
        said, _ = _draft(text)
        assert "I recall the tugs were l" in said

    def test_an_editors_note_is_the_records_own_voice_its_mark_furniture(self) -> None:
        note = "[Ed.: The ministers met on the quay on 3 March.]\n"
        text = KEYED + BODY.replace("KM: Did", note + "KM: Did")
        said, furniture = _draft(text)
        assert said["The ministers met on the"] == "the article"
        assert said["I recall the tugs were l"] == "Tomasz Brel"
        assert said["Minister Ode met Ministe"] != "the article"  # the next label's again
        assert "[Ed.: " in furniture

    def test_a_correction_notice_is_furniture_wherever_it_stands(self) -> None:
        """The publisher's word on its own text is no fact, in a transcript or a news page
        quoting labelled lines; a gloss on the talks in the same form still is one."""
        news = "Oslo, 2 May (Wire): Ships came in.\n\nFLEET: Two tugs are out.\n\n{}\n"
        for notice in (
            "[Editor's note: An earlier version of this story gave the wrong number of tugs.]",
            "[Ed.: This article has been updated to correct the date of the talks.]",
            "[Editor's note: Corrects the number of tugs in the second paragraph.]",
        ):
            for text in (
                news.format(notice),
                KEYED + BODY.replace("KM: Did", notice + "\nKM: Did"),
            ):
                said, furniture = _draft(text)
                words = notice.split(": ", 1)[1][:24]
                assert words not in said, text
                assert notice in furniture, text
        gloss = "[Ed.: The earlier version of the plan was signed on 3 March.]\n"
        said, _ = _draft(KEYED + BODY.replace("KM: Did", gloss + "KM: Did"))
        assert said["The earlier version of t"] == "the article"

    def test_an_editors_note_outside_a_transcript_stays_a_note(self) -> None:
        text = "Ships came in.\n[Ed.: The ministers met on the quay on 3 March.]\nFog lifted.\n"
        said, _ = _draft(text)
        assert "The ministers met on the" not in said


def test_turns_opening_with_capitalised_words_declare_no_key() -> None:
    text = "AB: The Minister Spoke first, and briefly.\nCD: The Envoy Agreed with him.\n" * 2
    assert speaker_key(text) == {}
    cast = "Cast:\nAB: Asha Bhat, interviewer\nCD: Chetan Desai\n\n" + text
    assert {k: v.name for k, v in speaker_key(cast).items()} == {
        "AB": "Asha Bhat",
        "CD": "Chetan Desai",
    }


MINUTES = (
    "PM: Opened the session on the new tugs.\n\n"
    "FM: Noted that the quay at Port Alba is ready.\n\n"
    "The session closed at noon.\n"
)


def test_a_name_the_key_declares_wins_over_a_titles_initials() -> None:
    """ "PM", "FM" that the head declares as a person's initials are that person's, not a
    prime or foreign minister's (R54)."""
    text = "Present: Priya Mehra (PM), Farid Malik (FM)\n\n" + MINUTES
    assert [who for _, who, _ in _turns(text)[:2]] == ["Priya Mehra", "Farid Malik"]
    titled = "Present: Gen Saito (GS), Dr Nandita Sehgal (NS)\n\nGS: Hello.\n\nNS: Hi.\n"
    assert {k: v.name for k, v in speaker_key(titled).items()} == {
        "GS": "Gen Saito",  # the initials count "Gen": his name
        "NS": "Nandita Sehgal",  # "Dr" counted by none: a title
    }


def test_a_paragraph_no_label_opens_in_minutes_is_the_records_own() -> None:
    text = (
        "Minutes of the harbour board, 2 March\n\nPresent: Priya Mehra (PM), Farid Malik (FM)\n\n"
    )
    turns = _turns(text + MINUTES)
    assert [(opening, who) for opening, who, _ in turns] == [
        ("PM:", "Priya Mehra"),
        ("FM:", "Farid Malik"),
        ("The", ""),
    ]
    # near case: an interview, no minutes' head: the paragraph goes on the last turn
    interview = HEAD + "Key: KM is the interviewer, TB the witness.\n\n" + BODY
    assert len(_turns(interview + "\nAnd the fog lifted at noon.\n")) == 4
