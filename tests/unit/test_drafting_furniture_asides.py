"""drafting.furniture.asides: what a piece says beside its report, by the kind of piece."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.furniture.asides import Asides, courtesy, notes
from defcoop_cli.curation.drafting.furniture.sections import listed_items, newsletter_items
from defcoop_cli.curation.drafting.segments import candidates
from defcoop_cli.factbase.records import Doc

TRANSCRIPT = """HARBOUR HOUR
Episode 9: Are the straits safer?

ANNIKA VOLKOVA: Welcome to Harbour Hour. Alpha and Beta signed a charting pact on \
Friday. Admiral, thanks for joining us. Let's begin with the pact: what does it change?

PIETER DAMMEN: Thank you for having me. The two navies agreed to share charts of the \
northern straits. In my view the pact is overdue.

ANNIKA VOLKOVA: And the coast guards? Who leads them?

PIETER DAMMEN: Beta's coast guard will lead the first survey, its chief told me.

ANNIKA VOLKOVA: Pieter Dammen, thank you.

PIETER DAMMEN: My pleasure.

[END OF TRANSCRIPT]
Harbour Hour is made by volunteers.
"""


def _drafted(text: str) -> list[str]:
    found, _ = candidates(text)
    return [text[c.start : c.end] for c in found]


def test_an_interview_keeps_what_is_asserted_and_drops_its_asking_and_courtesies() -> None:
    drafted = _drafted(TRANSCRIPT)
    assert drafted == [
        "Alpha and Beta signed a charting pact on Friday",
        "The two navies agreed to share charts of the northern straits",
        "In my view the pact is overdue",
        "Beta's coast guard will lead the first survey, its chief told me",
    ]


def test_the_interviewer_is_the_label_that_asks_most_whatever_its_words() -> None:
    asides = Asides(TRANSCRIPT, TRANSCRIPT.splitlines())
    steer = TRANSCRIPT.index("Let's begin")
    assert asides.said(steer, "Let's begin with the pact: what does it change")
    answer = TRANSCRIPT.index("In my view")
    assert not asides.said(answer, "Let us hope the pact holds.")  # the guest's wish


def test_a_courtesy_after_a_short_label_is_furniture_apart_from_the_label() -> None:
    text = "ANNA VOLK: Welcome to the show. Did Beta sign?\nPIET DAMM: Good to be here. It did.\n"
    made = draft(text, "t", Doc([], [], [], [], []), {}, "/t.txt", "9.9")
    furniture = [f["text"] for f in made["sources"][0]["furniture"]]
    assert {"ANNA VOLK:", "Welcome to the show.", "PIET DAMM:", "Good to be here."} <= {*furniture}
    assert [f["quote"] for f in made["facts"]] == ["It did"]


def test_a_courtesy_outside_a_transcript_is_a_statement() -> None:
    text = "Alpha thanked Beta for the charts. Thank you for the charts, said Alpha.\n"
    assert not Asides(text, [text]).said(0, "Thank you for the charts.")
    assert Asides(text, [text]).said(0, "Closer at sea?")  # a question, whatever its form


TRANSLATION = [
    "ENGLISH TRANSLATION (unofficial)",
    "Source: Gull Daily, 3 May, page 2",
    "Translated from the Vellish by Ola Brandt",
    "Names are given as in the original.",
    "Beta and Alpha agree on a charting pact",
    "The two ministers agreed to share charts of the straits.",
    "[Translator's note: the original's word for charts also means maps.]",
    "Beta will lead the first survey.",
    "(End of article. Photo caption (left to right) not reproduced.)",
    "-- Brandt Language Desk | Ref. 22 | 1 page",
]


def test_a_translations_head_its_notes_and_what_follows_its_end_are_notes() -> None:
    assert notes(TRANSLATION) == {0, 1, 2, 3, 6, 8, 9}


def test_one_items_end_among_several_ends_nothing() -> None:
    lines = [
        "Alpha and Beta met.",
        "[END STORY 1]",
        "Gamma's harvest was late.",
        "More.",
        "A.",
        "B.",
    ]
    assert notes(lines) == {1}


NEWSLETTER = [
    "Alpha and Beta chart the straits together",
    "Alpha's minister Ola Brandt hosted Beta's minister Piet Damm in Gamma City.",
    "Brandt and Damm agreed to share charts, and Beta's navy will survey the straits.",
    "Damm praised Alpha's hydrographers, Brandt said.",
    "Delta buys a tug",
    "The Deltan port authority has ordered a harbour tug from a Zeta yard.",
    "Beta's budget",
    "Beta's parliament passed the budget.",
    "Forwarded this email? Subscribe here.",
]


def test_a_newsletters_items_naming_none_of_the_reports_parties_are_other_news() -> None:
    assert newsletter_items(NEWSLETTER) == {4, 5}
    assert newsletter_items(NEWSLETTER[:-1]) == set()  # no newsletter: sections are the report's


# A monitoring service's digest: its clips numbered between rules, two of the talks (each
# naming the parties), one of other news (a car maker's sales).
DIGEST = [
    "GAMMA MONITORING | Daily clips",
    "Total clips: 3",
    "==== CLIP 01 ====",
    "Station: Coast Radio",
    "Minister Brandt held talks with Minister Damm in Gamma City on Monday.",
    "Brandt said the two navies would chart the straits together.",
    "==== CLIP 02 ====",
    "Station: Harbour TV",
    "Damm told reporters Beta would send a survey ship, Brandt said.",
    "==== CLIP 03 ====",
    "Station: Lake FM",
    "A report on April sales mentions Zeta Motors among makers with more dispatches.",
    "Prepared by the Gamma clips desk.",
]


def test_a_digests_numbered_clips_of_other_news_are_furniture_its_clips_of_the_talks_not() -> None:
    assert newsletter_items(DIGEST) == {9, 10, 11, 12}
    text = "\n".join(DIGEST)
    quotes = [text[c.start : c.end] for c in candidates(text)[0]]
    assert any("Beta would send a survey ship" in quote for quote in quotes)
    unruled = [line.strip("= ") for line in DIGEST]  # "CLIP 02": no digest's markers
    assert newsletter_items(unruled) == set()


def test_a_houses_presiding_officer_only_runs_the_sitting() -> None:
    text = (
        "Madam Speaker: The Minister of Ports will now make a statement.\n"
        "Minister of Ports (Dr Kenji Ode): Ostra and Velan agreed to dredge the strait.\n"
        "Madam Speaker: Members may put short questions. Ms Ana Vera.\n"
    )
    asides = Asides(text, text.splitlines())
    chair = text.index("Members may")
    assert asides.said(chair, "Members may put short questions.")
    assert asides.said(
        text.index("The Minister"), "The Minister of Ports will now make a statement."
    )
    minister = text.index("Ostra and")
    assert not asides.said(minister, "Ostra and Velan agreed to dredge the strait.")


def test_a_broadcast_hosts_links_are_furniture_the_guests_words_are_not() -> None:
    text = (
        "PRESENTER: Good evening and welcome to Harbour Watch.\n"
        "PRESENTER: Our correspondent Lena Berg was following the talks in Port Lys.\n"
        "CORRESPONDENT: Ostra and Velan agreed to dredge the strait. Here is Mr Ode speaking"
        " after the talks.\n"
        "PRESENTER: With me in the studio is Dr Ana Vera, who studies the strait's shipping.\n"
        "ANA VERA: Here is what the dredging means for the ports of Velan.\n"
        "PRESENTER: After the break, we turn to the weather on the coast.\n"
    )
    asides = Asides(text, text.splitlines())
    for link in (
        "Good evening and welcome to Harbour Watch.",
        "Our correspondent Lena Berg was following the talks in Port Lys.",
        "Here is Mr Ode speaking after the talks.",
        "With me in the studio is Dr Ana Vera, who studies the strait's shipping.",
        "After the break, we turn to the weather on the coast.",
    ):
        assert asides.said(text.index(link), link), link
    news = "Ostra and Velan agreed to dredge the strait."
    assert not asides.said(text.index(news), news)


def test_thanking_the_house_or_the_room_is_a_courtesy_thanking_a_party_is_not() -> None:
    assert courtesy("Sir, I thank the hon. Members.")
    assert courtesy("Madam, we thank all the members.")
    assert courtesy("I would like to thank everyone.")
    assert not courtesy("I thank Alpha for its help with the charts.")


class TestSpeeches:
    """A speech without labels ("Excellencies, …,", "(As delivered)"): its courtesies are
    furniture, as a transcript's are; a sitting's procedure and an acknowledgment too."""

    SPEECH = (
        "Remarks by the Ambassador of Beta\n"
        "(As delivered)\n"
        "Excellencies, ladies and gentlemen,\n"
        "Good evening, and thank you all for coming.\n"
        "Let me first say a word about Port Alpha.\n"
        "Yesterday the two navies agreed to chart the straits together.\n"
        "Please enjoy the evening.\n"
    )

    def test_a_speechs_courtesies_are_furniture_its_news_is_not(self) -> None:
        found, spans = candidates(self.SPEECH)
        quotes = [self.SPEECH[c.start : c.end] for c in found]
        assert quotes == ["Yesterday the two navies agreed to chart the straits together"]
        caught = [self.SPEECH[a:b] for a, b in spans]
        assert "Let me first say a word about Port Alpha." in caught

    def test_without_a_salutation_the_same_sentences_are_a_reports(self) -> None:
        plain = self.SPEECH.replace("(As delivered)\n", "")
        plain = plain.replace("Excellencies, ladies and gentlemen,\n", "")
        quotes = [plain[c.start : c.end] for c in candidates(plain)[0]]
        assert "Good evening, and thank you all for coming" in quotes

    def test_a_sittings_procedure_and_an_acknowledgment_are_courtesies(self) -> None:
        assert courtesy("The meeting is called to order at 9:00 a.m.")
        assert courtesy("The House stands adjourned.")
        assert courtesy("Yes.") and courtesy("I understand.")
        assert not courtesy("The committee was adjourned after the minister refused to answer.")


# A column of headed items in its writer's own channel ("we are told"), one item of no
# bearing on the talks (a canteen) among the talks' items; the last names a party the
# longest item gives once only, and the item before it gives twice.
COLUMN = [
    "Harbour talk",
    "Brandt hosted Damm in Gamma City on Monday, we are told, and Brandt walked his guest"
    " through the new port plan before lunch.",
    "Charts",
    "Damm, we hear, pressed Brandt for a joint survey of the straits.",
    "Damm's aides want it done by June.",
    "Canteen watch",
    "The Omega Tower canteen ran out of soup by noon.",
    "Staff blame the interns.",
    "Parting words",
    "A retired admiral we spoke to said Damm left in good spirits.",
]


def test_a_columns_items_of_no_bearing_on_its_report_are_other_news() -> None:
    assert newsletter_items(COLUMN) == {5, 6, 7}


# Ordinary news that the column's reading leaves alone: a paper's copy under subheads whose
# reaction section names none of the story's names, a readout's headed points, a wire story
# quoting a minister's "we understand", and a newsletter item naming its party once.
ORDINARY = [
    [  # a paper's copy with subheads and its own source: no writer's channel, no column
        "Alpha and Beta sign survey deal",
        "Alpha's minister Ola Brandt and Beta's minister Piet Damm agreed on Monday to survey"
        " the straits.",
        "Costs",
        "Brandt said Alpha would pay half, an official told this newspaper.",
        "Reaction",
        "Opposition lawmaker Kei Soma called it a waste of money.",
    ],
    [  # a readout's headed points
        "Joint readout",
        "Terrorism",
        "Minister Brandt briefed Minister Damm on the attack in Kappa.",
        "Maritime",
        "The two Ministers agreed to survey the straits.",
        "Next steps",
        "The next round will be held in Omega City later this year.",
    ],
    [  # a wire story: the minister's own "we understand", its reaction section of the talks
        "Beta backs Alpha on the straits",
        '"We understand Alpha\'s concerns," Damm told reporters after meeting Brandt.',
        "Survey",
        "Brandt and Damm agreed to chart the straits together, officials said.",
        "Industry",
        "Damm invited Alpha's shipyards to bid for Beta's survey vessels.",
        "Reaction",
        "Kei Soma of the Omega Institute said the talks were overdue.",
    ],
    [  # a newsletter item whose sections each name the story's parties
        "Alpha and Beta chart the straits",
        "Alpha's minister Ola Brandt hosted Beta's minister Piet Damm in Gamma City.",
        "Brandt and Damm agreed to share charts.",
        "Beta's survey",
        "Beta's navy will survey the straits from June, Damm said.",
        "Forwarded this email? Subscribe here.",
    ],
]


# Analysis and features under subheads whose writer speaks through their own channel once
# (review finding 2: "We understand the drone agreement will be followed by…" cut an analysis
# to one section): no column.
ANALYSIS = [
    "Analysis: what the straits deal means for the region",
    "Alpha and Beta drew closer on Monday when Ola Brandt and Piet Damm agreed to chart the"
    " straits together.",
    "What was agreed",
    "Brandt and Damm signed a survey memorandum. We understand a second pact on buoys will"
    " follow in July.",
    "Why it matters",
    "It is the first time Beta has agreed to share charts with Alpha, Brandt said.",
    "The view from Gamma",
    "Gamma's foreign minister Kei Soma said small states want such deals too.",
]
ANALYSES = [
    ANALYSIS,
    [line.replace("We understand", "We learn that") for line in ANALYSIS],
    [  # a feature, its one source "tells us"
        "Inside the straits survey",
        "Alpha's navy will chart the straits from June, a captain on the project tells us.",
        "The ships",
        "Two survey vessels from Beta will join Alpha's in Port Lys.",
        "The money",
        "Brandt has asked parliament for funds, and Damm has promised Beta's share.",
        "The critics",
        "Opposition lawmaker Kei Soma called the survey a waste of money.",
    ],
]


@pytest.mark.parametrize("lines", ANALYSES, ids=["we-understand", "we-learn", "tells-us"])
def test_a_writers_channel_once_under_subheads_makes_no_column(lines: list[str]) -> None:
    assert newsletter_items(COLUMN) == {5, 6, 7}  # the reading is there (it fails without it)
    assert newsletter_items(lines) == set()


@pytest.mark.parametrize("lines", ORDINARY, ids=["copy", "readout", "wire", "newsletter"])
def test_the_columns_reading_leaves_ordinary_news_alone(lines: list[str]) -> None:
    assert newsletter_items(COLUMN) == {5, 6, 7}  # the reading is there (it fails without it)
    assert newsletter_items(lines) == set()


def test_a_pair_of_names_joined_by_a_hyphen_names_each_party() -> None:
    view = ["Opinion", "Alpha-Beta naval ties have outgrown the summit-day announcement."]
    assert newsletter_items([*NEWSLETTER[:-1], *view, NEWSLETTER[-1]]) == {4, 5}
    other = ["Opinion", "Delta-Zeta ferry talks stalled again in Omega City."]
    assert newsletter_items([*NEWSLETTER[:-1], *other, NEWSLETTER[-1]]) == {4, 5, 8, 9, 10}
    assert newsletter_items([*ORDINARY[3][:-1], *view, ORDINARY[3][-1]]) == set()


# A clips sheet under sections: the talks' items, and other news that shares no party's
# name with them (a people's word, or no name at all).
CLIPS = [
    "DEFENCE",
    "- Ola Brandt of India holds talks with Piet Damm of Japan in Gamma City. (Coast Daily)",
    "- Brandt asks Japanese firms to build ships in India. (Harbour Wire)",
    "MARKETS",
    "- The rupee closes a little higher on foreign inflows. (Harbour Ledger)",
    "SPORT",
    "- Indian sprinter Kavya Rao wins the Lumen Games final in Oslo. (Track Daily)",
    "TALKS",
    "- The two sides also discussed car manufacturing. (Coast Daily)",
    "MINISTRY",
    "- Japan's Ministry of Defence publishes the joint statement. (Harbour Wire)",
    "MORE",
    "- Damm lays a wreath at the memorial before the talks. (Lake Post)",
]

# A day's portal page: items closed by their sources' names, grouped under topics.
PORTAL = [
    "Business",
    "- Zeta Yards, a shipbuilder listed in Omega, reports a rise in profit. (Harbour Ledger)",
    "Relations",
    "- Alpha and Beta",
    "- Ola Brandt of Alpha holds talks with Piet Damm of Beta in Gamma City. (Coast Daily)",
    "- Brandt briefs Damm on the raid in Kappa. (Harbour Wire)",
    "- Both sides voice concern over the closure of the North Strait. (Coast Daily)",
    "- Delta and Epsilon",
    "- Delta and Epsilon open talks on fishing quotas. (Lake Post)",
]


class TestListedItems:
    def test_a_listings_groups_naming_none_of_the_storys_names_are_other_news(self) -> None:
        assert listed_items(PORTAL) == {1, 8}
        text = "\n".join(PORTAL)
        quotes = [text[c.start : c.end] for c in candidates(text)[0]]
        assert any("North Strait" in quote for quote in quotes)
        assert not any("profit" in quote or "quotas" in quote for quote in quotes)

    def test_an_item_sharing_only_a_peoples_word_or_naming_nothing_is_other_news(self) -> None:
        # issue 24, draft56: an Indian sprinter's win, the rupee's close; the talks' items stay
        assert listed_items(CLIPS) == {4, 6}
        text = "\n".join(CLIPS)
        quotes = [text[c.start : c.end] for c in candidates(text)[0]]
        for kept in ("also discussed car", "Ministry of Defence publishes", "lays a wreath"):
            assert any(kept in quote for quote in quotes), kept

    def test_ordinary_pieces_are_no_listings(self) -> None:
        for piece in [
            [  # a speech's transcript: the audience's response after its paragraphs
                "Alpha and Beta will chart the straits together. (Applause)",
                "Our navies will share what they find. (Applause)",
                "Delta's ships are welcome to join us. (Laughter)",
            ],
            [  # a release whose paragraphs each close with its issuer
                "Minister Brandt met Minister Damm in Gamma City. (Ministry of Ports)",
                "They agreed to survey the straits. (Ministry of Ports)",
                "Delta's port authority ordered a tug. (Ministry of Ports)",
            ],
            [  # a wire story with one credit at its end
                "Alpha and Beta agreed on Friday to chart the straits.",
                "Delta's port authority, which is not party to the deal, ordered a new tug.",
                "The survey starts in June, officials said. (Coast Wire)",
            ],
            [  # a paper's copy with its asides inside its sentences
                "Brandt (Alpha's minister) met Damm in Gamma City on Monday.",
                "Delta (which is not party to the deal) ordered a tug.",
                "The survey (the first since 2019) starts in June.",
            ],
            PORTAL[2:8],  # every item the story's
        ]:
            assert listed_items(piece) == set(), piece[0]


def test_an_item_telling_the_talks_by_their_subject_stays_beside_a_name_of_its_own() -> None:
    # issue 24, review18a: the countries and the talks' subject ("defence ties", a ministry's
    # spokesman) beside a new name are the story's, in a listing as in a ruled digest
    told = "- India and Japan to widen defence ties, says ministry aide Kiran Bose. (Tide Post)"
    listing = [*CLIPS[:7], "RELATIONS", told, *CLIPS[7:]]
    assert listed_items(listing) == {4, 6}
    sport = "- Indian sprinter Meera Das and a Japanese coach win a relay in Oslo. (Track Daily)"
    assert listed_items([*CLIPS[:7], "RELATIONS", sport, *CLIPS[7:]]) == {4, 6, 8}
    digest = [
        "COAST MONITORING, 6 May",
        "==== CLIP 01 ====",
        "Outlet: Coast Radio",
        "Ola Brandt hosted Piet Damm for talks in Gamma City on Monday, and the two agreed to "
        "build ships together. Damm said Japan would send engineers later this year.",
        "==== CLIP 02 ====",
        "Outlet: Tide Post",
        "India and Japan to widen defence ties, says ministry spokesman Kiran Bose.",
        "Bose said a supply-chain panel would meet within a month.",
        "==== CLIP 03 ====",
        "Outlet: Lake FM",
        "Copper rose for a second day as two mines cut output.",
    ]
    assert newsletter_items(digest) == {8, 9, 10}


def test_a_rule_numbers_a_digests_clips_only_under_a_clips_cue_word() -> None:
    # issue 24, review18a: "==== DAY 2 ====" numbers a diary's days, all of the one visit
    diary = [line.replace("CLIP", "DAY").replace("Station: ", "") for line in DIGEST]
    assert newsletter_items(diary) == set()
    assert newsletter_items([line.replace("CLIP", "STORY") for line in DIGEST]) == {9, 10, 11, 12}
