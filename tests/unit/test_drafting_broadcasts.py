"""A broadcast's transcript (transcripts/, furniture/): timecoded speaker labels, in capitals
or not, with a rank and "(retd)"; its head (a title line, the host's and the panel's
fields), the host's links and the end marker as furniture; every line under a label its
speaker's, an act a minister did still his; the names only its labels, head and
addresses give no new entity, while the same name in a report's sentence is one.
Texts written for these tests."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting import assembly
from defcoop_cli.curation.drafting.furniture.proceedings import head_lines
from defcoop_cli.curation.drafting.names.titles import addressed
from defcoop_cli.curation.drafting.transcripts import transcript_labels
from defcoop_cli.factbase.records import Doc, Entity

ENTITIES = [
    Entity("ode", "Kenji Ode", "person", ("Ode",)),
    Entity("velan", "Velan", "country"),
]
SHOW = (
    "HARBOUR TV | THE NIGHT DESK\n"
    "Programme transcript (lightly edited; times from the studio log)\n"
    "Broadcast: Tuesday, 3 June, 22:00-22:30\n"
    "Host: Lena Berg\n"
    "Panel: Rear Adm Ravi Kaul (retd), former fleet commander; Dr Mira Sen, Ostra"
    " Institute of Sea Studies; Tomas Brenn, shipping analyst (from Port Lys)\n"
    "\n"
    "[22:04:10] LENA BERG: Welcome back to The Night Desk. The patrol pact with Velan is the"
    " first of its kind in the strait. Admiral Kaul, what changes at sea?\n"
    "\n"
    "[22:04:40] REAR ADM RAVI KAUL (RETD): The two navies will share their patrol charts"
    " every week. Minister Ode insisted on a hotline between the two fleets.\n"
    "\n"
    "[22:05:30] LENA BERG: Dr Sen, Velan will want more than charts from this pact. Tomas"
    " Brenn joins us from Port Lys.\n"
    "\n"
    "[22:05:50] TOMAS BRENN: Shipping firms in Port Lys expect lower insurance costs by"
    " the winter.\n"
    "\n"
    "[22:06:20] LENA BERG: We have to leave it there. Coming up after the break: the"
    " weather at sea.\n"
    "\n"
    "[END OF SEGMENT 1]\n"
    "(c) 2025 Harbour Media Ltd. Transcripts are made from the broadcast audio.\n"
)


def _draft(text: str) -> dict[str, Any]:
    return assembly.draft(text, "s", Doc([], [], ENTITIES, [], []), {}, "s.txt", "0")


def _furniture(draft: dict[str, Any], text: str) -> list[str]:
    return [text[slice(*x["span"])] for x in draft["sources"][0]["furniture"]]


class TestTimecodedLabels:
    def test_a_timecode_before_a_label_is_the_labels(self) -> None:
        found = [(SHOW[a:b].strip(), label) for a, b, label in transcript_labels(SHOW)]
        assert found[:2] == [
            ("[22:04:10] LENA BERG:", "LENA BERG"),
            ("[22:04:40] REAR ADM RAVI KAUL (RETD):", "REAR ADM RAVI KAUL"),
        ]

    def test_a_label_in_lower_case_after_a_time_too(self) -> None:
        text = "(21:02) Lena Berg: The pact is signed.\n(21:03) Ravi Kaul: It is.\n"
        assert [label for _, _, label in transcript_labels(text)] == ["Lena Berg", "Ravi Kaul"]

    def test_the_hosts_field_in_the_head_opens_no_turn(self) -> None:
        labels = [label for _, _, label in transcript_labels(SHOW)]
        assert "Host" not in labels
        assert labels[0] == "LENA BERG"

    def test_a_time_before_a_sentence_or_a_dateline_makes_no_label(self) -> None:
        assert transcript_labels("21:05 Velan and Ostra sign the pact.\n21:09 Ships sail.\n") == []
        dated = "PORT LYS: The minister said the patrols start in June.\nNote: Ships sail.\n"
        assert transcript_labels(dated) == []

    def test_a_logs_entry_labels_after_its_times_are_no_speakers(self) -> None:
        log = (
            "09:40  BREAKING: Minister Ode lands in Port Lys\n"
            "10:05  Ode meets the harbour master\n"
            "11:30  Velan and Ostra sign the patrol pact\n"
            "11:45  Ode calls the talks frank\n"
            "12:10  LIVE: Ships leave the harbour in a line\n"
        )
        assert transcript_labels(log) == []


class TestEveryLineIsItsSpeakers:
    def test_the_anchors_and_the_panellists_lines_are_theirs_by_name(self) -> None:
        said = {f["quote"]: f["attribution"] for f in _draft(SHOW)["facts"]}
        pact = "The patrol pact with Velan is the first of its kind in the strait"
        assert said[pact] == "the article"  # her lead after the welcome: the programme's (R62)
        assert said["Dr Sen, Velan will want more than charts from this pact"] == "Lena Berg"
        assert said["The two navies will share their patrol charts every week"] == "Ravi Kaul"
        firms = "Shipping firms in Port Lys expect lower insurance costs by the winter"
        assert said[firms] == "Tomas Brenn"

    def test_a_ministers_act_told_by_a_panellist_stays_the_ministers(self) -> None:
        said = {f["quote"]: f["attribution"] for f in _draft(SHOW)["facts"]}
        assert said["Minister Ode insisted on a hotline between the two fleets"] == "Kenji Ode"


class TestTheProgrammesFurniture:
    def test_the_head_labels_links_and_end_are_furniture(self) -> None:
        draft = _draft(SHOW)
        furniture = " | ".join(_furniture(draft, SHOW))
        for line in [
            "Programme transcript (lightly edited; times from the studio log)",
            "Host: Lena Berg",
            "Panel: Rear Adm Ravi Kaul (retd)",
            "[22:04:10] LENA BERG:",
            "[22:04:40] REAR ADM RAVI KAUL (RETD):",
            "Welcome back to The Night Desk",
            "Tomas Brenn joins us from Port Lys",
            "We have to leave it there",
            "Coming up after the break: the weather at sea",
            "(c) 2025 Harbour Media Ltd.",
        ]:
            assert line in furniture
        quotes = " ".join(f["quote"] for f in draft["facts"])
        assert "joins us" not in quotes and "Harbour Media" not in quotes

    def test_a_sentence_in_a_transcripts_head_is_no_furniture(self) -> None:
        lines = [
            "Transcript: harbour talks",
            "The minister spoke to the press after the talks.",
            "Guests: Lena Berg; Ravi Kaul",
        ]
        assert head_lines(lines, 3) == {0, 2}


class TestNamesOnlyInFurniture:
    def test_the_labelled_and_the_addressed_are_no_new_entity(self) -> None:
        made = {e["name"] for e in _draft(SHOW)["entities"]}
        assert made & {"Lena Berg", "Ravi Kaul", "Mira Sen", "Sen", "Tomas Brenn", "RETD"} == set()
        assert "Ostra Institute of Sea Studies" not in made
        assert "Harbour Media Ltd" not in made
        assert "Port Lys" in made  # a panellist's sentence names it

    def test_the_same_name_in_a_reports_sentence_is_one(self) -> None:
        report = (
            "Velan signs a patrol pact\n"
            "Lena Berg, a former envoy, said the patrol pact with Velan was overdue.\n"
        )
        assert "Lena Berg" in {e["name"] for e in _draft(report)["entities"]}

    def test_an_address_opens_a_sentence_a_list_or_an_apposition_does_not(self) -> None:
        def at(sentence: str, name: str) -> bool:
            start = sentence.index(name)
            return addressed(sentence, start, start + len(name))

        assert at("Ambassador Menon, Delhi will want results.", "Menon")
        assert at("Dr Iyer, you served in Ostra.", "Iyer")
        assert not at("General Kaul, Admiral Bose and the minister met.", "Kaul")
        assert not at("Ravi Menon, the analyst, said so.", "Ravi Menon")
        # an apposition, a possessive's or a noun phrase's, then the verb (issue 24)
        assert not at("Admiral Bose, Velan's Navy chief, will travel to Ostra in April.", "Bose")
        assert not at("Admiral Bose, Kell's guest of honour, arrived on Monday.", "Bose")
        assert not at("Admiral Bose, Fleet Commander, left on Monday.", "Bose")
        assert at("Ambassador Menon, Ostra will be watching, and Delhi too.", "Menon")
        assert at("Ambassador Menon, Velan's navy will sail, not ours.", "Menon")
