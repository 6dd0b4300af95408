"""A speech as its office posts it (turns/speeches.py): the head names the speaker, the
first-person body is his turn, his addresses and thanks are furniture; and a timeline's
entry labels (furniture/listings.py). Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from drafting_world import PORT_LYS, PORT_LYS_MATCHER, PORT_LYS_PEOPLE

from defcoop_cli.curation.drafting import assembly
from defcoop_cli.curation.drafting.furniture.stamps import entry_label, timeline_entries
from defcoop_cli.curation.drafting.segments import each_line
from defcoop_cli.curation.drafting.turns.interviews import first_person_named
from defcoop_cli.curation.drafting.turns.speeches import speech_turns
from defcoop_cli.factbase.records import Doc

ENTITIES, MATCHER, PEOPLE = PORT_LYS, PORT_LYS_MATCHER, PORT_LYS_PEOPLE

SPEECH = (
    "Ministry of Maritime Affairs\n"
    "Keynote address by Navy Minister Tomas Ek at the Harbour Forum, Port Lys\n"
    "(As prepared for delivery)\n"
    "Distinguished guests, ladies and gentlemen,\n"
    "It is an honour to stand here with my colleague Minister Kenji Ode.\n"
    "Yesterday we agreed to hold a joint patrol in the strait every spring.\n"
    "Colleagues, I told the forum that our yards can build the patrol boats we need.\n"
    "Minister Ode described the new dredgers his country has ordered.\n"
    "Thank you.\n"
    "Tack så mycket. Arigato gozaimasu.\n"
)


def _turns(text: str) -> list[tuple[str, str]]:
    lines = list(each_line(text))
    turns = speech_turns(lines, lambda head: first_person_named(head, MATCHER, PEOPLE))
    return [(text[t.start : t.start + 12], t.speaker) for t in turns]


def _draft(text: str) -> dict[str, Any]:
    return assembly.draft(text, "s", Doc([], [], ENTITIES, [], []), {}, "s.txt", "0")


class TestSpeechTurns:
    def test_the_body_after_the_head_is_the_speaker_the_head_names(self) -> None:
        assert _turns(SPEECH) == [("(As prepared", "Tomas Ek")]

    @pytest.mark.parametrize(
        "head",
        [
            "Remarks by Minister Kenji Ode at the luncheon",
            "Text of the speech delivered by Kenji Ode",
            "Opening remarks of Kenji Ode, Minister of Velan",
            "SPEECH BY KENJI ODE",
        ],
    )
    def test_heads_of_other_forms_name_their_speaker(self, head: str) -> None:
        text = f"{head}\nI am glad to be here.\nWe agreed on a patrol in May and a drill after.\n"
        assert [who for _, who in _turns(text)] == ["Kenji Ode"]

    def test_a_statement_about_a_speech_in_the_third_person_is_no_speech(self) -> None:
        text = (
            "Speech by Navy Minister Tomas Ek at the Harbour Forum\n"
            "The Minister said that the two navies would patrol the strait together.\n"
            "He added that the yards of Velan would build the patrol boats.\n"
        )
        assert _turns(text) == []

    def test_a_long_address_to_the_audience_does_not_count_against_the_first_person(
        self,
    ) -> None:
        text = (
            "Remarks by Minister Kenji Ode at the luncheon\n"
            "Excellency Minister Tomas Ek, distinguished guests, ladies and gentlemen,\n"
            "It is a pleasure to welcome you all to the harbour city.\n"
            "We agreed this morning to hold a joint patrol in the strait.\n"
            "We will also train our cadets together from next spring.\n"
        )
        assert [who for _, who in _turns(text)] == ["Kenji Ode"]

    def test_a_head_naming_no_one_the_fact_base_knows_or_no_head_is_no_speech(self) -> None:
        assert _turns(SPEECH.replace("Tomas Ek", "Lena Berg")) == []
        assert _turns(SPEECH.replace("Keynote address by", "A day with")) == []

    def test_a_head_below_the_first_lines_is_no_speechs_head(self) -> None:
        assert _turns("Note.\n" * 12 + SPEECH) == []


class TestADraftedSpeech:
    def test_the_first_person_is_the_speakers_and_we_of_the_talks_both_ministers(self) -> None:
        found = {f["quote"]: f for f in _draft(SPEECH)["facts"]}
        said = "It is an honour to stand here with my colleague Minister Kenji Ode"
        assert found[said]["attribution"] == "Tomas Ek"
        agreed = "Yesterday we agreed to hold a joint patrol in the strait every spring"
        assert found[agreed]["attribution"] == "Tomas Ek and Kenji Ode"
        told = "I told the forum that our yards can build the patrol boats we need"
        assert found[told]["attribution"] == "Tomas Ek"  # "Colleagues, " is no part of it
        ode = "Minister Ode described the new dredgers his country has ordered"
        assert found[ode]["attribution"] == "Kenji Ode"  # another named doing: his

    def test_addresses_and_thanks_in_any_language_are_furniture(self) -> None:
        draft = _draft(SPEECH)
        quotes = [f["quote"] for f in draft["facts"]]
        assert not [q for q in quotes if "Thank" in q or "Arigato" in q or "gentlemen" in q]
        furniture = [f["text"] for f in draft["sources"][0]["furniture"]]
        assert "Distinguished guests, ladies and gentlemen," in furniture
        assert "Colleagues," in furniture

    def test_addresses_in_a_text_that_is_no_speech_stay_as_they_are(self) -> None:
        text = "Harbour news\nFriends, the two navies met in Port Lys on Monday.\n"
        quotes = [f["quote"] for f in _draft(text)["facts"]]
        assert quotes == ["Friends, the two navies met in Port Lys on Monday"]


class TestTimelineEntries:
    TIMELINE = (
        "2014 — Velan and Norland sign a port agreement.",
        "November 2018 — The two navies hold their first drill.",
        "5 May 2025, afternoon — Ek hosts Ode for lunch.",
        "What comes next — A second drill is due in June.",
    )

    def test_a_date_before_a_dash_opening_a_line_is_an_entry_label(self) -> None:
        assert timeline_entries(self.TIMELINE)
        labels = [m.group() if (m := entry_label(line, True)) else None for line in self.TIMELINE]
        assert labels == [
            "2014 — ",
            "November 2018 — ",
            "5 May 2025, afternoon — ",
            "What comes next — ",
        ]

    def test_a_heading_before_a_dash_is_a_label_only_in_a_timeline(self) -> None:
        line = "Velan and Norland — The two navies met again."
        assert entry_label(line, False) is None
        assert not timeline_entries(self.TIMELINE[:2])
        assert entry_label("In 2014 the ports opened — and grew.", True) is None

    def test_a_drafted_timelines_labels_are_furniture_and_its_sentences_facts(self) -> None:
        draft = _draft("Timeline: the navies\n" + "\n".join(self.TIMELINE) + "\n")
        quotes = [f["quote"] for f in draft["facts"]]
        assert "The two navies hold their first drill" in quotes
        assert not [q for q in quotes if q[:4].isdigit() or q.startswith(("November", "What"))]


@pytest.mark.parametrize("verb", ["once said,", "once remarked,"])
def test_an_author_the_speaker_quotes_is_cited_in_his_words(verb: str) -> None:
    line = f'Gurudev Anil Varma, who loved the sea, {verb} "No ship sails by standing still."'
    line += " I believe the sea joins our two nations more than it divides them.\n"
    facts = _draft(SPEECH.replace("Thank you.\n", line + "Thank you.\n"))["facts"]
    (fact,) = [f for f in facts if "Anil Varma" in f["quote"]]
    assert fact["attribution"] == "Tomas Ek"


def test_a_person_who_writes_in_the_speakers_words_without_a_quotation_is_himself() -> None:
    line = "Minister Ode wrote to me about the dredgers last spring. I thanked him for it.\n"
    facts = _draft(SPEECH.replace("Thank you.\n", line + "Thank you.\n"))["facts"]
    (fact,) = [f for f in facts if "wrote to me" in f["quote"]]
    assert fact["attribution"] != "Tomas Ek"


OPED = (
    "Opinion\n"
    "A strait we share\n"
    "By Tomas Ek\n"
    "Last week I hosted my colleague Kenji Ode in Port Lys for our second round of talks.\n"
    "We agreed to hold a joint patrol in the strait every spring from next year.\n"
    "I told him that our yards can build the patrol boats that both navies will need.\n"
    "The writer is Velan's Navy Minister\n"
)


class TestAnAuthorsFirstPerson:
    def test_a_byline_naming_a_person_of_the_fact_base_gives_the_body_to_him(self) -> None:
        assert _turns(OPED) == [("Last week I ", "Tomas Ek")]
        found = {f["quote"]: f["attribution"] for f in _draft(OPED)["facts"]}
        told = "I told him that our yards can build the patrol boats that both navies will need"
        assert found[told] == "Tomas Ek"
        agreed = "We agreed to hold a joint patrol in the strait every spring from next year"
        assert found[agreed] == "Tomas Ek and Kenji Ode"

    def test_a_pages_author_by_its_metadata_names_him_without_a_byline(self) -> None:
        lines = list(each_line(OPED.replace("By Tomas Ek\n", "")))
        named = lambda head: first_person_named(head, MATCHER, PEOPLE)  # noqa: E731
        assert [t.speaker for t in speech_turns(lines, named, "Tomas Ek")] == ["Tomas Ek"]
        assert speech_turns(lines, named, None) == []

    def test_a_journalists_byline_or_a_piece_in_the_third_person_is_no_ones_turn(
        self,
    ) -> None:
        assert _turns(OPED.replace("By Tomas Ek", "By Lena Berg")) == []
        third = (
            "By Tomas Ek\n"
            "The two navies will hold a joint patrol in the strait every spring from May.\n"
            "Velan's yards are to build the patrol boats that both navies will need.\n"
        )
        assert _turns(third) == []


STATEMENT = (
    "STATEMENT FOR THE RECORD\n"
    "DR. JANE ROSSER\n"
    "SENIOR FELLOW, HARBOUR INSTITUTE\n"
    "BEFORE THE COMMITTEE ON SEA LANES\n"
    "Chair Amundsen and members of the Committee:\n"
    "On 3 May Navy Minister Tomas Ek received Minister Kenji Ode in Port Lys for talks.\n"
    "Minister Ode condemned the raid on the ferry and offered his country's help.\n"
    "Velan and its neighbour have signalled that the next round will be held in the spring.\n"
    "In my assessment, the patrol plan matters more than any other result of the talks.\n"
    "Velan officials I spoke with hailed the patrol as a turning point for the strait.\n"
    "I recommend that the Committee fund a study of the strait's shipping lanes next year.\n"
    "Thank you. I look forward to your questions.\n"
)


class TestStatementForTheRecord:
    """A witness's statement (turns/forms.statement_speaker): the title alone on its line,
    the witness's name on the next, a person the fact base need not know."""

    def test_the_witness_under_the_title_speaks_its_body(self) -> None:
        assert [who for _, who in _turns(STATEMENT)] == ["Jane Rosser"]
        assert _turns(STATEMENT.replace("DR. JANE ROSSER", "HARBOUR INSTITUTE")) == []

    def test_her_own_words_are_hers_and_a_party_s_acts_the_party_s(self) -> None:
        facts = {f["quote"][:24]: f for f in _draft(STATEMENT)["facts"]}
        said = {q: (f["attribution"], f["stance"], f["kind"]) for q, f in facts.items()}
        assert said["On 3 May Navy Minister T"][0] == "Jane Rosser"
        assert said["Minister Ode condemned t"][:2] == ("Kenji Ode", "condemned")
        assert said["In my assessment, the pa"] == ("Jane Rosser", "reported", "assessment")
        # "I" inside the subject of the doer the sentence opens with is no speaker's
        assert said["Velan officials I spoke "][0] == "velan officials"
        assert said["I recommend that the Com"][:2] == ("Jane Rosser", "stressed")
        assert not any(q.startswith(("Thank you", "I look forward")) for q in facts)

    def test_a_title_on_the_last_line_names_no_one(self) -> None:
        for text in ("Statement for the record\n", "A note\nWritten testimony of\n"):
            assert _turns(text) == []

    def test_one_line_in_the_first_person_among_many_is_no_witness_s_statement(self) -> None:
        reported = "".join(
            f"Minister Ode met the envoy of the port number {n} to talk about the ferries.\n"
            for n in range(6)
        )
        text = "STATEMENT FOR THE RECORD\nDR. JANE ROSSER\n" + reported
        assert (
            _turns(text + "I thank the Committee for its kind invitation to appear today.\n") == []
        )


DECK = (
    "[Text export of presentation: strait-briefing.pptx]\n"
    "==== Slide 1 ====\n"
    "The Strait After the Port Lys Talks\n"
    "Presenter: Dr Jane Rosser, Senior Fellow, Harbour Institute\n"
    "Speaker notes:\n"
    "(Welcome; twenty minutes, then questions.)\n"
    "==== Slide 2 ====\n"
    "- The talks in brief\n"
    "Speaker notes:\n"
    "On 3 May Navy Minister Tomas Ek received Minister Kenji Ode in Port Lys for talks.\n"
    "Minister Ode condemned the raid on the ferry and offered his country's help.\n"
    "My own reading is that the patrol plan matters more than any other result.\n"
    "A senior Velan official I spoke with hailed the patrol as a turning point.\n"
)


def test_a_decks_speaker_notes_are_its_presenters_and_a_partys_acts_the_partys() -> None:
    """A slide deck exported with its speaker notes (R35: delivered in person): the
    presenter its field names, new to the fact base, says them, though most are in the
    third person; the acts they report stay their doers', a source she spoke with hers."""
    assert [who for _, who in _turns(DECK)] == ["Jane Rosser"]
    facts = {f["quote"][:24]: f for f in _draft(DECK)["facts"]}
    said = {q: f["attribution"] for q, f in facts.items()}
    assert said["On 3 May Navy Minister T"] == "Jane Rosser"
    assert said["Minister Ode condemned t"] == "Kenji Ode"
    assert said["My own reading is that t"] == "Jane Rosser"
    assert said["A senior Velan official "] == "senior velan official"
    # without its notes' labels the "Presenter:" field still names who delivers it (a
    # talk's form, turns/talks.py), where a third of its lines are in her first person;
    # in the third person throughout it is no one's
    bare = DECK.replace("Speaker notes:\n", "")
    assert [who for _, who in _turns(bare)] == ["Jane Rosser"]
    third = "".join(line + "\n" for line in bare.splitlines() if " I " not in line)
    assert _turns(third.replace("My own reading is that t", "T")) == []
