"""drafting.furniture.apparatus.instructions: a guide's search tips, entries and usage notes (a
research guide, a course's week page, a style desk's entry; issue 24, dev-s24) are furniture, beside
ordinary news sentences the rules must leave alone. Texts written for these tests."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture import to_the_audience
from defcoop_cli.curation.drafting.furniture.apparatus.instructions import (
    instructs,
    reference_entry,
)
from defcoop_cli.curation.drafting.pages import is_furniture


class TestAGuidesTipsAreFurniture:
    @pytest.mark.parametrize(
        "sentence",
        [
            'Search "Kenji Ode" as a phrase in the catalogue.',  # a term in quotes
            'Try "Ode Kenji" as well.',
            "Do not call him Admiral Ode: Kenji is his given name.",  # in the negative
            'Never shorten the ministry to "MoD" in a headline.',
            "Read both statements before the seminar.",  # "both" its object
            'Ode AND Menon AND "Port Lys", from March 2025 on.',  # a search string
            'try Menon OR "Ravi Menon", limited to 2025.',
            "Betan sources often give the family name first.",  # how sources write a name
            'Alphan releases call Menon "Raksha Mantri" or "RM", so search for both.',
            'Betan government English uses "harbor".',
            "For background, see the Country Profiles tab.",  # the guide's own parts
            "Paper copies are in the reading room at the Orme Library.",
            "This page gathers what the papers said about one visit.",
            "Swipe through the slides to see who said what.",  # how to work the page
            "Click on any photo to open it full size.",
            "Scroll down for the full text of the statement.",
            "Tap the map to zoom in on the port.",
            "Scroll to begin. Pinch to zoom.",  # a story map's reading instructions
            "Swipe to continue.",
            "Tap a pin for the port's story.",
            "This week we read the two navies' accounts of one exercise.",  # an agenda
            "In this explainer we look at what each capital chose to stress.",
            "In today's newsletter we compare the two readouts line by line.",
        ],
    )
    def test_a_tip_a_usage_note_or_a_pointer_is_to_the_reader(self, sentence: str) -> None:
        assert to_the_audience(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            'Call it "a turning point", Menon said.',  # a speaker's words, tagged
            "Do not expect a deal this year, the official warned.",
            'Betan state media call the drills "reckless".',  # one term: a view
            "Alphan officials often give interviews in English.",
            "Never before had the two navies sailed together.",
            "It has not been approved by the cabinet yet, the official said.",
            "ALPHA AND BETA AGREE TO PATROL TOGETHER.",  # a headline in capitals
            "Copies of the pact were exchanged at the ceremony.",
            "This week the two navies begin a joint patrol off Port Lys.",
            "Tap water was restored to the naval base on Tuesday.",  # not how to work a page
            "Scroll to the right of the port and the cranes stand idle, Menon wrote.",
            "Click to Pay, the bank's card scheme, reached Beta in May.",
            "Scroll of honour: the names of the fallen sailors were read out.",
            "Clicks on the ministry's posts doubled after the visit.",
            "This week we signed two agreements with Beta.",  # not an agenda
            "This week we read in the papers that Beta will sell frigates.",
            "In this report we found no sign of a deal, the auditors wrote.",
            "This week we discussed the patrols with our Betan partners.",
            "This week we unpack the navy chiefs' talks in Port Lys on 12 March.",  # names them
        ],
    )
    def test_news_sentences_are_left_alone(self, sentence: str) -> None:
        assert not instructs(sentence)
        assert not to_the_audience(sentence)


class TestAGuidesEntriesAreFurniture:
    @pytest.mark.parametrize(
        "line",
        [
            "Harbour Archive: ministry releases, searchable by date and port.",
            "First mention: Kenji Ode, Beta's navy minister.",
            "Later mentions: Ode.",
            "Coastal Press Digest: English summaries of the Betan dailies. Login required.",
            "Port Lys Gazette, back issues: scans of the print edition, in Betan only.",
        ],
    )
    def test_a_label_and_a_phrase_without_a_verb_is_an_entry(self, line: str) -> None:
        assert reference_entry(line)
        assert is_furniture(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Frankly, the gap is in industry: the yards are wary of the rules.",
            "Talks in Port Lys: Alpha and Beta agree to patrol together.",
            "Minister: Good evening.",  # a speaker's turn
            "ANCHOR: Good evening and welcome.",
            "Mira Das - Harbour Capital: Sir, thanks for taking my question.",  # a call's turn
            "Lena Berg (Coastal Times): Thank you, Minister.",
            "Point 2: Venue of the talks.",  # a numbered item's label: the item's text
            "Drills got a hearing too: the spring exercise and the naval review.",
            "My take: Beta is moving slowly, and Alpha must be patient.",
            "Key outcome: the two navies will patrol together from June.",
        ],
    )
    def test_news_lines_with_a_label_are_left_alone(self, line: str) -> None:
        assert not reference_entry(line)


class TestNewsTheGuideRulesLeaveAlone:
    """The review's findings (issue 24): ordinary news sentences each guide rule took."""

    @pytest.mark.parametrize(
        "sentence",
        [
            '"Alpha will NOT be cowed by threats," Menon said.',  # a capital of emphasis
            "Menon said Alpha would NOT give way on technology transfer.",
            "The navy will NOT wait for the cabinet's approval before it sails.",
            '"We will NOT sign, AND we will not be rushed," the envoy told reporters.',
        ],
    )
    def test_a_capital_of_emphasis_is_no_search_string(self, sentence: str) -> None:
        assert not instructs(sentence)
        assert not to_the_audience(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "The two navies agreed to use the new hotline link to settle incidents at sea.",
            "Inspectors from Beta will visit the shipyard section in Port Lys next week.",
            "Officials plan to consult the legal section before the pact is signed.",
            "Copies of the signed memorandum are held at the ministry's archive in Port Lys.",
            "Recordings of the talks are kept at the navy's headquarters.",
            "Copies of the pact are on the desk of each minister.",
        ],
    )
    def test_a_partys_act_or_a_documents_copies_point_no_reader(self, sentence: str) -> None:
        assert not instructs(sentence)
        assert not to_the_audience(sentence)

    @pytest.mark.parametrize(
        "line",
        [
            "Outcome of the talks: an agreement to hold a two-plus-two dialogue in Port Lys.",
            "The bottom line: no frigate deal, and no date for one.",
            "Sticking point: the price of the new frigates.",
            "The upshot: a drone pact, but no word on the frigates.",
        ],
    )
    def test_a_news_run_in_keeps_its_articles_and_is_no_entry(self, line: str) -> None:
        assert not reference_entry(line)
        assert not is_furniture(line)

    @pytest.mark.parametrize(
        "sentence",
        [
            'Betan state media call Alpha "militarist" or "revanchist".',
            'Opposition papers call Menon "weak" or "naive".',
            'Betan state media use "aggression" to describe the drills.',
        ],
    )
    def test_epithets_a_medium_uses_are_a_reported_view(self, sentence: str) -> None:
        assert not instructs(sentence)
        assert not to_the_audience(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Do not expect a breakthrough on the frigates this year.",
            "Never rule out a late deal on the engines.",
            "Do not count on Beta to sign before June.",
        ],
    )
    def test_a_columnists_advice_is_no_style_rule(self, sentence: str) -> None:
        assert not instructs(sentence)
        assert not to_the_audience(sentence)


class TestANoticesInstructionToItsReaders:
    """A notice's instruction to its readers to apply, contact or register, whatever the
    event (issue 24, heldout70's exhibitor news), is furniture; a party's people told so,
    or a rule reported, is the news."""

    @pytest.mark.parametrize(
        "sentence",
        [
            "Exhibitors who want a stand in the Betan hall should contact the Stands team "
            "before 1 March.",
            "Applicants must register on the portal by 30 September.",
            "Interested firms may write to the secretariat for the tender papers.",
            "Delegates wishing to attend the gala dinner are requested to register at the desk.",
            "Those keen to speak at the forum should send a short abstract to the organisers.",
            "Visitors can book a guided tour of the Alphan pavilion online.",
            # the near texts of the misfires below: no fact carried, no market's rule
            "Firms can apply for grants under the Kessel scheme.",
            "Students can apply for the Lys summer exchange before 1 May.",
            "Readers can register for the webinar on the institute's website.",
        ],
    )
    def test_readers_told_to_apply_contact_or_register_is_furniture(self, sentence: str) -> None:
        assert instructs(sentence)
        assert to_the_audience(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Betan firms that want to invest should contact the Alphan embassy.",  # a party's
            "Bidders must register with the navy, which will open the tender in June.",  # a rule
            "Foreign vendors must register with the ministry, officials said.",
            "Exhibitors from Beta should contact the ministry first, Menon said.",
            "Exhibitors reported brisk business on the first day of the show.",
            "Companies should invest in the corridor, the minister urged.",
            "Members of the delegation called on the navy chief in Port Lys.",
            # a fact carried in a relative clause (issue 24's review): the news
            "Firms can apply for grants under the Kessel scheme, which pays up to a third of "
            "the cost of shipping to Beta.",
            "Students can apply for the Lys exchange, under which 40 Betan cadets will study "
            "in Alpha each year.",
            # a rule with its deadline binding the market's parties: the news
            "Vendors must register on the new defence tender portal by 1 June.",
        ],
    )
    def test_a_partys_people_or_a_rule_reported_is_the_news(self, sentence: str) -> None:
        assert not instructs(sentence)
