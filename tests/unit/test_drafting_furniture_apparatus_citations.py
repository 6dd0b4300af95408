"""drafting.furniture.apparatus.citations: a page's citation markers and lists of sources, a
script's cues, a chair's procedural lines; and a body's name of several subjects kept whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop_cli.curation.drafting import assembly
from defcoop_cli.curation.drafting.furniture import to_the_audience
from defcoop_cli.curation.drafting.furniture.apparatus.citations import (
    cited_parts,
    is_citation,
    record_lines,
    reference_lines,
    script_cue,
    trim_markers,
    without_markers,
)
from defcoop_cli.curation.drafting.furniture.proceedings import presides
from defcoop_cli.curation.drafting.new_entities import capitalised_names
from defcoop_cli.curation.drafting.segments import candidates
from defcoop_cli.factbase.loader import load_layers

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini" / "facts.json"


def _quotes(text: str) -> list[str]:
    found, _ = candidates(text)
    return [text[c.start : c.end] for c in found]


class TestMarkers:
    @pytest.mark.parametrize(
        "text",
        [
            "Alpha and Beta held naval talks in 2021.[3] Their fleets train together.[4][5]",
            "Alpha and Beta held naval talks in 2021.¹ Their fleets train together.²³",
            "Alpha and Beta held naval talks in 2021.[a] Their fleets train together.[b]",
        ],
    )
    def test_a_marker_after_a_stop_is_in_no_quote(self, text: str) -> None:
        assert _quotes(text) == [
            "Alpha and Beta held naval talks in 2021",
            "Their fleets train together",
        ]

    def test_a_statement_never_holds_a_marker(self) -> None:
        text = "Gamma said on Monday,[12] that the harbour would reopen in June.[13]"
        draft = assembly.draft(text, "t", load_layers([MINI]).doc, {}, "a", "0")
        statements = [f["statement"] for f in draft["facts"]]
        assert statements and not any("[" in s for s in statements)
        assert without_markers("opened in May,[7] and closed.^4") == "opened in May, and closed."

    def test_a_marker_between_two_clauses_cuts_them_apart(self) -> None:
        """Each clause cites its own source (issue 24, heldout26's encyclopedia page): the
        marker is in neither quote; a clause the first opens is left whole."""
        text = (
            "Gamma briefed Delta on the raid near Port Lys on 2 May,[7] and the Betan side "
            "condemned the raid.[8] Gamma said on Monday,[9] that the port would reopen.[10]"
        )
        assert _quotes(text)[:2] == [
            "Gamma briefed Delta on the raid near Port Lys on 2 May",
            "and the Betan side condemned the raid",
        ]
        assert "Gamma said on Monday,[9] that the port would reopen" in _quotes(text)
        short = "the talks,[3] and closed"  # a clause of two words: no cut
        assert cited_parts(short, 0, len(short)) == [(0, len(short))]

    @pytest.mark.parametrize(
        "text",
        [
            "The spring drill drew the fleets of Alpha,[3] Beta[4] and Gamma[5] to the strait.",
            "Analysts said the pact,[7] and the patrols,[8] and the talks would matter.",
        ],
    )
    def test_a_marker_after_a_lists_member_cuts_nothing(self, text: str) -> None:
        """Markers after a list's members (issue 24): no clause of its own on each side, the
        sentence kept whole, its statement without them."""
        assert cited_parts(text, 0, len(text)) == [(0, len(text))]
        assert _quotes(text) == [text.rstrip(".")]

    def test_a_marker_before_a_clause_with_its_own_verb_still_cuts(self) -> None:
        text = "The drill was first held between Alpha and Beta,[6] and Gamma became a member."
        assert _quotes(text) == [
            "The drill was first held between Alpha and Beta",
            "and Gamma became a member",
        ]


class TestListsOfSources:
    NOTES = (
        "The two navies met off Gamma in 2019 and again in 2022.",
        "Notes",
        '1. ^ Halvorsen, Ida (2018). "Harbours of the north". Fjord Review. p. 41.',
        "2. ^ Lund, P. (ed.) Naval Cooperation in the Baltic. Nordhavn University Press, 2020.",
    )
    BIBLIOGRAPHY = (
        "Bibliography",
        "- Okafor, Chidi. The Long Coast: Navies of West Africa. Lagos: Harmattan Press, 2015.",
        "- Brandt, Elke (2011). Allies at Sea. ISBN 978-0-00-000000-0.",
        "Beta's navy is the larger of the two.",
    )

    def test_the_entries_under_a_notes_heading_are_furniture(self) -> None:
        text = "\n".join(self.NOTES)
        assert reference_lines(self.NOTES) == {1, 2, 3}
        assert _quotes(text) == ["The two navies met off Gamma in 2019 and again in 2022"]

    def test_a_bibliography_ends_at_a_line_that_is_no_entry(self) -> None:
        assert reference_lines(self.BIBLIOGRAPHY) == {0, 1, 2}

    def test_a_cited_line_elsewhere_is_an_entry_a_bullet_with_a_quoted_title_is_not(self) -> None:
        assert is_citation('[4] "Ferry link for the islands". Sound Courier. 3 June 2023.')
        assert not is_citation('- The ministers signed the "Harbour Accord" on Monday.')
        assert reference_lines(["Sources:", "The harbour reopened, officials said."]) == {0}

    def test_no_name_in_a_list_of_sources_is_a_new_entity(self) -> None:
        text = "\n".join(self.NOTES)
        draft = assembly.draft(text, "t", load_layers([MINI]).doc, {}, "a", "0")
        names = {e["name"] for e in draft["entities"]}
        assert not names & {"Halvorsen", "Ida", "Fjord Review", "Nordhavn University Press"}


class TestARecordsFields:
    RECORD = (
        "HARBOUR STUDIES CENTRE\n"
        "Record ID: VL-2031-004\n"
        "Pair: Velan - Lys\n"
        "Venue: Port Lys, Lys\n"
        "Result level: 3 (a signed memorandum, a joint patrol plan announced)\n"
        "SUMMARY\n"
        "Velan's navy minister met his Lys counterpart at the harbour on Tuesday.\n"
        "The two agreed to hold a joint patrol every spring, officials said.\n"
        "Entered by: A. Moss | Checked by: B. Lund | Last changed: 2031-06-02\n"
        "Suggested citation: Harbour Studies Centre, record VL-2031-004.\n"
    )

    def test_a_run_of_fields_a_row_of_them_and_how_to_cite_are_furniture(self) -> None:
        assert record_lines(self.RECORD.splitlines()) == {1, 2, 3, 4, 8, 9}
        assert _quotes(self.RECORD) == [
            "Velan's navy minister met his Lys counterpart at the harbour on Tuesday",
            "The two agreed to hold a joint patrol every spring, officials said",
        ]

    def test_a_line_of_the_sources_consulted_is_furniture(self) -> None:
        lines = [
            "The two ministers met at the harbour on Tuesday.",
            "Sources consulted: Ministry of the Sea press release; media reports of 2-3 June.",
        ]
        assert record_lines(lines) == {1}
        assert record_lines(["Sources said the two ministers met at the harbour."]) == set()

    def test_two_fields_are_no_run_and_turns_ending_in_a_stop_are_no_fields(self) -> None:
        assert record_lines(["Venue: Port Lys", "Date: 2 June", "The talks went well."]) == set()
        turns = ["Ek: We agreed on a patrol.", "Ode: And on the boats.", "Ek: Indeed we did."]
        assert record_lines(turns) == set()

    def test_a_long_line_of_bars_and_colons_is_read_in_linear_time(self) -> None:
        assert record_lines(["Ab cd: ef | " * 2000, "Ab: " + "x " * 10000]) == set()


class TestScriptCues:
    @pytest.mark.parametrize(
        ("line", "spoken"),
        [
            ("GFX (MAP: NORTHERN STRAIT, BASES): The strait is forty miles wide.", "The strait"),
            ("B-ROLL (ARCHIVE: 2019 DRILL): The first drill was held in 2019.", "The first"),
            ("NATS (SHOT: SHIPS LEAVING PORT): Six ships left port at dawn.", "Six ships"),
            ("VO: The frigates sailed at noon.", "The frigates"),  # a voice-over's cue alone
            ("V/O: Six ships left port at dawn.", "Six ships"),
        ],
    )
    def test_a_cue_and_its_shot_are_no_part_of_the_words(self, line: str, spoken: str) -> None:
        cue = script_cue(line)
        assert cue is not None and line[cue.end() :].startswith(spoken)
        assert _quotes(line)[0].startswith(spoken)

    def test_a_speakers_label_with_a_direction_is_no_cue(self) -> None:
        assert script_cue("REPORTER (V/O): The ships left port.") is None
        assert script_cue("SOT (LINDQVIST, IN SWEDISH): We will train together.") is None

    @pytest.mark.parametrize(
        "sentence",
        [
            "Our harbour correspondent Lena Ek reports.",
            "Lena Ek, Channel 9, Gamma City.",
        ],
    )
    def test_a_hand_over_and_a_sign_off_are_the_newsrooms(self, sentence: str) -> None:
        assert to_the_audience(sentence)
        assert not to_the_audience("Our correspondent Lena Ek reports that the port is shut.")

    @pytest.mark.parametrize(
        "sentence",
        [
            "This interview has been lightly edited for length.",
            "The conversation was condensed and translated from Swedish.",
        ],
    )
    def test_the_note_on_how_a_piece_was_edited_is_the_newsrooms(self, sentence: str) -> None:
        assert to_the_audience(sentence)
        assert not to_the_audience("The text was edited by the ministry to remove two names.")


class TestPresiding:
    def test_a_chairs_lines_are_procedure(self) -> None:
        assert presides("MADAM SPEAKER: Order, order. The honourable member for Gamma.")
        assert presides("THE DEPUTY CHAIRMAN (SHRI P. OKORO): We move to the next item.")
        assert not presides("SHRI P. OKORO (GAMMA): Madam Speaker, the harbour is shut.")
        text = "MR. SPEAKER: Question time is over.\nTHE MINISTER: We signed the accord."
        assert _quotes(text) == ["We signed the accord"]


class TestBodiesOfSeveralSubjects:
    @pytest.mark.parametrize(
        "name",
        [
            "Joint Commission on Fisheries and Coastal Trade",
            "Standing Committee on Harbours and Inland Waterways",
        ],
    )
    def test_a_body_that_takes_on_keeps_its_and(self, name: str) -> None:
        text = f"The {name} will meet in May."
        assert capitalised_names(text, []) == [(4, 4 + len(name))]

    def test_two_places_joined_by_and_are_two(self) -> None:
        text = "Ships called at Gamma and Delta."
        assert capitalised_names(text, []) == [(16, 21), (26, 31)]


def test_a_run_of_superscript_figures_is_trimmed_and_read_in_linear_time() -> None:
    """A run of superscripts is one run of markers: trimmed at a span's end, taken out of
    a statement; before a word it backtracked over every way of cutting the run (2^n: 40
    figures never returned)."""
    text = "The drill ended in May.¹²³"
    assert trim_markers(text, 0, len(text)) == text.index("¹")
    assert without_markers("ended¹²³ in May.⁴⁵") == "ended in May."
    run = "¹²³⁴⁵⁶⁷⁸⁹⁰" * 4 + " and more"
    assert trim_markers(run, 0, len(run)) == len(run)


def test_a_units_power_is_no_marker() -> None:
    """ "km²", "m³": the figure is the unit's power, the fact's own words, kept in its
    statement and its quote; a footnote figure after a word still goes."""
    said = "The navies patrol 5,000 km² of sea and 40,000 m³ of water.¹"
    assert without_markers(said) == "The navies patrol 5,000 km² of sea and 40,000 m³ of water."
    text = "The zone covers 900 km²."
    assert trim_markers(text, 0, len(text) - 1) == len(text) - 1


def test_a_quoted_title_is_found_once_among_many_opening_marks() -> None:
    # an open quote after an open quote: the title's search starts again at the next one
    assert not is_citation("^ " + "“" * 50)
    assert is_citation('^ Sato, K. "Two-plus-two diplomacy in Asia". Kanto Press.')


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # a document's heading with its place and day (heldout49's annexed statement)
        ("Statement issued by the Ministry of Defence of Beta, Port Lem, 5 May 2031", True),
        ("Joint statement of the two ministers, Tokyo, June 12, 2024", True),
        ("Remarks by the Minister at the opening of the dialogue, New Delhi, 5 May 2025.", True),
        # ordinary news lines the rule must leave alone
        ("The two ministers met in New Delhi on 5 May 2025 and agreed to meet again.", False),
        ("Singh and Nakatani held talks in New Delhi on 5 May 2025, the ministry said", False),
        ("The ministers met in New Delhi, 5 May 2025, and agreed to meet again next year.", False),
        ("Both sides agreed to hold the next dialogue in Tokyo in the first half of 2026", False),
        ("India and Japan agreed to deepen ties at talks in Delhi on Monday, 5 May 2025", False),
        # a photo's caption or a sentence ending in a place and a day names no document: the
        # sentence's day is not the page's (R36; review 24)
        ("Gen Nakatani with Rajnath Singh at South Block, New Delhi, 5 May 2025.", False),
        ("The two ministers then flew to the eastern port city, Visakhapatnam, 6 May 2025.", False),
        ("Sailors of both navies on the deck of a frigate, Port Lem, 4 June 2031.", False),
        ("The chiefs later toured the dockyard at its new site, Mumbai, May 7, 2025", False),
    ],
)
def test_a_documents_heading_with_its_place_and_day_is_furniture(line: str, heading: bool) -> None:
    from defcoop_cli.curation.drafting.pages import is_furniture

    assert is_furniture(line) is heading


# A repository's paper page (s53-draft99, heldout81): its heading over how to cite it and the
# citation under it, and its version history's entries, are the page's apparatus. Near
# cases: a sentence telling of a version of a text, and one opening with a year in brackets,
# stay sentences.
def test_a_papers_citation_heading_and_its_entry_are_apparatus() -> None:
    lines = [
        "We find that the two navies now train each month.",
        "Cite this paper",
        "Park, L. and Sen, M. (2024). Harbours and Ships. Coastal Papers 2024/7, version 3.",
        "The two navies will meet again in June.",
    ]
    assert reference_lines(lines) == {1, 2}


@pytest.mark.parametrize(
    "entry",
    [
        "- v3 (4 March 2024): added a table of the drills.",
        "v1 (12 Feb 2024): first posted.",
        "Version 2.1 (June 2024): corrected a date in the summary.",
    ],
)
def test_a_version_historys_entry_is_apparatus(entry: str) -> None:
    assert reference_lines(["Minister Alves met Minister Berg in Porto.", entry]) == {1}


@pytest.mark.parametrize(
    "sentence",
    [
        "Version 2 of the treaty (signed in 2024) widened the drills.",
        "The 2019 text (its second version) was signed in Porto.",
    ],
)
def test_a_sentence_telling_of_a_version_stays(sentence: str) -> None:
    assert reference_lines([sentence]) == set()
