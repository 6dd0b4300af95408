"""drafting.pitches: a pitch to journalists, its quotations under a line that gives them to
an expert, its summary under a heading naming its source, and its own words (offer,
biography, booking, terms) as furniture; and the news stories, readouts and papers' copy
those rules must leave alone."""

from __future__ import annotations

from defcoop_cli.curation.drafting import assembly
from defcoop_cli.curation.drafting.furniture.roundups import other_items
from defcoop_cli.curation.drafting.pitches.blocks import (
    Block,
    person_name,
    quote_blocks,
    titled_name,
)
from defcoop_cli.curation.drafting.pitches.furniture import Pitch
from defcoop_cli.curation.drafting.pitches.voices import Voices
from defcoop_cli.curation.drafting.segments import candidates, each_line
from defcoop_cli.factbase.records import Doc, Entity
from defcoop_cli.factbase.vocab import THE_SOURCE

DOC = Doc(
    [],
    [],
    [
        Entity("ode", "Kenji Ode", "person"),
        Entity("ek", "Tomas Ek", "person"),
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
    ],
    [],
    [],
)

PITCH = (
    "From: Rina Holt <rina@harbourpr.example>\n"
    "Subject: EXPERT AVAILABLE | Alpha-Beta naval talks | Dr. Mara Voss\n"
    "\n"
    "Hello,\n"
    "\n"
    "If you are covering today's naval talks, Dr. Mara Voss is available for phone "
    "interviews until 8 PM. She can speak in English and German.\n"
    "\n"
    "ABOUT THE EXPERT\n"
    "Dr. Mara Voss leads the sea power programme at the Gull Institute. She spent two years "
    "as a visiting scholar in Beta.\n"
    "\n"
    "THE TALKS (from the ministry's readout)\n"
    "- Navy Minister Kenji Ode and Tomas Ek of Beta held talks in Alpha City today.\n"
    "- The two ministers agreed to hold a joint harbour drill.\n"
    "\n"
    "QUOTES FOR YOUR STORY (attributable to Dr. Mara Voss)\n"
    '"Beta no longer wants to be only a customer; it wants a shipyard."\n'
    '"Ode got his drill, and Ek got his headline."\n'
    "\n"
    "To book an interview, reply to this e-mail or call me on +00 555 0100.\n"
)


def _drafted(text: str) -> dict[str, dict[str, object]]:
    facts = assembly.draft(text, "p", DOC, {}, "p.txt", "0")["facts"]
    return {f["quote"]: f for f in facts}


def _texts(text: str) -> list[str]:
    return [line for _, _, line in each_line(text)]


class TestQuoteBlocks:
    def test_a_heading_attributable_to_someone_gives_the_quotations_under_it(self) -> None:
        lines = _texts(PITCH)
        blocks = quote_blocks(lines)
        assert [(lines[b.first][:12], lines[b.last][:8], b.speaker) for b in blocks] == [
            ('"Beta no lon', '"Ode got', "Mara Voss")
        ]

    def test_a_cue_naming_no_one_takes_the_heading_s_name_and_a_surname_the_full_name(
        self,
    ) -> None:
        lines = [
            "EXPERT 1: Prof. Lena Varga, Department of History",
            "Comment from Prof. Varga:",
            '"The drill is the easy part."',
            "EXPERT 2: Dr. Ivo Brand, School of Law",
            "Available tomorrow for studio interviews.",
            "On the record:",
            '"The treaty text matters more."',
            '"Nobody mentioned the strait."',
        ]
        assert quote_blocks(lines) == [
            Block(1, 2, 2, "Lena Varga"),
            Block(5, 6, 7, "Ivo Brand"),
        ]

    def test_a_fellow_s_name_line_ending_in_a_colon_introduces_quotations(self) -> None:
        lines = ["Cmde (retd) Arun Pal, Distinguished Fellow:", "“Nobody lost face.”"]
        assert quote_blocks(lines) == [Block(0, 1, 1, "Arun Pal")]
        assert person_name("Ms Leena Ray") == "Leena Ray"
        assert person_name("Media Relations Office") is None

    def test_a_line_with_no_whole_quotation_under_it_makes_no_block(self) -> None:
        lines = ["Comment from Dr. Mara Voss:", 'She said "the drill is late" twice.']
        assert quote_blocks(lines) == []


class TestDraftedPitch:
    def test_the_quotations_are_the_expert_s_view_whatever_they_name(self) -> None:
        found = _drafted(PITCH)
        for quote in (
            '"Beta no longer wants to be only a customer; it wants a shipyard."',
            '"Ode got his drill, and Ek got his headline."',
        ):
            assert found[quote]["attribution"] == "Mara Voss"
            assert found[quote]["kind"] == "assessment"  # a view, no party's claim (R5)

    def test_the_summary_under_a_heading_naming_its_source_is_the_source_s(self) -> None:
        found = _drafted(PITCH)
        held = "Navy Minister Kenji Ode and Tomas Ek of Beta held talks in Alpha City today"
        assert found[held]["attribution"] == "the ministry's readout"
        agreed = "The two ministers agreed to hold a joint harbour drill"
        assert found[agreed]["attribution"] == "Kenji Ode and Tomas Ek"  # a party's act

    def test_the_offer_the_biography_and_the_booking_are_furniture(self) -> None:
        quotes = " ".join(_drafted(PITCH))
        for words in (
            "is available for",
            "can speak in",
            "leads the sea power",
            "visiting",
            "book",
        ):
            assert words not in quotes


# A ministry's release: its minister's words under a cue giving his titles, the other
# side's, a leader of no fact base's, a capital's "reaction" and a service's quotes.
RELEASE = (
    "Ministry of Navy, Alpha City, 5 May\n"
    "\n"
    "Kenji Ode hosted Tomas Ek of Beta for talks on harbour drills today.\n"
    "\n"
    "Quotes attributable to Defence Minister Kenji Ode:\n"
    '"Our fleets will train side by side."\n'
    '"The harbour is open to our friends."\n'
    "\n"
    "Comments from Beta's Defence Minister Tomas Ek:\n"
    '"Beta welcomes the offer of a berth."\n'
    "\n"
    "Remarks by Prime Minister Sol Park:\n"
    '"Two navies, one calm sea."\n'
    "\n"
    "Reaction from Beijing:\n"
    '"Gamma objects to drills near its shipping lanes."\n'
    "\n"
    "Quotes from the Alpha Navy:\n"
    '"Our crews are ready for the spring."\n'
)


class TestBlockSpeakers:
    def test_a_cue_s_titles_and_a_country_s_possessive_are_no_part_of_the_name(self) -> None:
        assert titled_name("Defence Minister Kenji Ode") == ("Kenji Ode", True)
        assert titled_name("Beta's Defense Minister Gen Tomas Ek") == ("Tomas Ek", True)
        assert titled_name("Prime Minister Sol Park") == ("Sol Park", True)
        assert titled_name("Dr. Mara Voss") == ("Mara Voss", False)  # no office: an expert
        assert person_name("Beta's Gull Institute") is None

    def test_a_minister_under_a_titled_cue_speaks_in_his_own_voice(self) -> None:
        found = _drafted(RELEASE)
        for quote, who in (
            ('"Our fleets will train side by side."', "Kenji Ode"),
            ('"The harbour is open to our friends."', "Kenji Ode"),
            ('"Beta welcomes the offer of a berth."', "Tomas Ek"),
            ('"Two navies, one calm sea."', "Sol Park"),  # an office's holder, no expert
        ):
            assert (found[quote]["attribution"], found[quote]["kind"]) == (who, "position")

    def test_a_place_is_no_person_and_a_new_cue_ends_a_quotation_run(self) -> None:
        assert person_name("Beijing") is None
        assert quote_blocks(["Reaction from Beijing:", '"Gamma objects to the drills."']) == []
        found = _drafted(RELEASE)
        for quote in (
            '"Gamma objects to drills near its shipping lanes."',
            '"Our crews are ready for the spring."',
        ):
            assert found[quote]["attribution"] not in ("Beijing", "Sol Park")
            assert found[quote]["kind"] != "assessment"

    def test_the_minister_of_a_release_is_never_the_guest_named_last(self) -> None:
        text = (
            "Ministry of Navy, Alpha City, 5 May\n"
            "\n"
            "Kenji Ode held talks with Tomas Ek of Beta today.\n"
            "\n"
            "Quotes attributable to the Minister:\n"
            '"Alpha and Beta share one sea."\n'
            '"We will build ships together."\n'
        )
        found = _drafted(text)
        for quote in ('"Alpha and Beta share one sea."', '"We will build ships together."'):
            assert found[quote]["attribution"] != "Tomas Ek"

    def test_a_minister_s_name_line_and_an_expert_s_cue_stay_as_they_were(self) -> None:
        text = (
            "Kenji Ode, Navy Minister of Alpha:\n"
            '"We sail in spring."\n'
            "\n"
            "Comment from Dr. Mara Voss:\n"
            '"Ode wants the drill more than Ek does."\n'
        )
        found = _drafted(text)
        assert found['"We sail in spring."']["attribution"] == "Kenji Ode"
        view = found['"Ode wants the drill more than Ek does."']
        assert (view["attribution"], view["kind"]) == ("Mara Voss", "assessment")


NEWS = [
    # a wire story: a professor quoted in its sentences, not under a line of her own
    (
        "ALPHA CITY, May 5 (Gull Wire) - Alpha and Beta agreed on Monday to hold a joint "
        "harbour drill.\n"
        '"This is the first real step," said Prof. Lena Varga, who heads the Gull '
        "Institute.\n"
        "She was a visiting fellow in Beta from 2019 to 2021.\n"
        "It has not been approved by the cabinet yet, the official said.\n"
    ),
    # a ministry's readout: the minister's words on a line of their own after his name
    (
        "Navy Minister Kenji Ode met Tomas Ek in Alpha City today.\n"
        "Minister Ode said:\n"
        '"We agreed to sail together next spring."\n'
        "The spokesperson was available to reporters after the meeting.\n"
    ),
    # a paper's copy: a heading over a background box, and a minister not available
    (
        "BACKGROUND (from agency reports)\n"
        "The two navies last drilled together in 2019.\n"
        "\n"
        "Ek was not available for comment on Tuesday. Below are the figures the ministry gave.\n"
    ),
    # a news page's readers' comments under their label
    (
        "Alpha and Beta held naval talks on Monday.\n"
        "Comments from readers:\n"
        '"About time."\n'
        '"The drill will be late again."\n'
    ),
]


class TestNewsLeftAlone:
    def test_no_news_text_has_a_quote_block_or_pitch_furniture(self) -> None:
        for text in NEWS:
            lines = _texts(text)
            assert quote_blocks(lines) == []
            pitch = Pitch(lines)
            assert not any(pitch.said(line) for line in lines)
            assert Voices(list(each_line(text)), text, lambda _: None).sections == []

    def test_no_news_sentence_is_read_by_a_pitch_rule_or_made_furniture(self) -> None:
        for text in NEWS:
            for fact in _drafted(text).values():
                assert "a quotation under" not in str(fact["rule"])
                assert "the heading's source" not in str(fact["rule"])
        wire, paper = _drafted(NEWS[0]), _drafted(NEWS[2])
        assert "It has not been approved by the cabinet yet, the official said" in wire
        assert "She was a visiting fellow in Beta from 2019 to 2021" in wire
        assert "Ek was not available for comment on Tuesday" in paper
        box = paper["The two navies last drilled together in 2019"]
        assert box["attribution"] == THE_SOURCE


def test_numbered_experts_are_no_roundup_s_other_items() -> None:
    lines = [
        "EXPERT 1: Dr. Ivo Brand, School of Law",
        "Comment from Dr. Brand:",
        '"The treaty text matters more than the drill."',
        "EXPERT 2: Prof. Lena Varga, Department of History",
        '"Nobody mentioned the strait."',
    ]
    assert other_items(lines) == set()
    text = "\n".join(lines)
    found = [text[c.start : c.end] for c in candidates(text)[0]]
    assert any("treaty text" in quote for quote in found)
