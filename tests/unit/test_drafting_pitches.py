"""drafting.pitches: a pitch to journalists, its quotations under a line that gives them to
an expert, its summary under a heading naming its source, and its own words (offer,
biography, booking, terms) as furniture; and the news stories, readouts and papers' copy
those rules must leave alone."""

from __future__ import annotations

from defcoop_cli.curation.drafting import assembly
from defcoop_cli.curation.drafting.furniture.roundups import other_items
from defcoop_cli.curation.drafting.pitches.blocks import Block, person_name, quote_blocks
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
