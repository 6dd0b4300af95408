"""Segmentation: lines, furniture, datelines, bullets, sentences, candidates."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.segments import (
    Candidate,
    Candidates,
    Spans,
    candidates,
    is_furniture,
    lines,
)


def quotes(text: str) -> list[str]:
    return [text[c.start : c.end] for c in candidates(text)[0]]


def furniture(text: str) -> list[str]:
    return [text[a:b] for a, b in candidates(text)[1]]


def test_lines_are_trimmed_and_blank_ones_skipped() -> None:
    text = "  One line.  \n\n\t\nTwo"
    assert [(text[a:b], t) for a, b, t in lines(text)] == [
        ("One line.", "One line."),
        ("Two", "Two"),
    ]


class TestFurniture:
    @pytest.mark.parametrize(
        "line",
        [
            "Also Read: Epsilon Navy Commissions Two New Patrol Boats",
            "Main outcomes:",
            "(Coast Guard/Handout)",
            "By a staff reporter",
            "Reporting by Ana Ruiz; Editing by Tom Ek",
            "Photo: A patrol boat off the shoal.",
            "An earlier version of this story misspelt a name.",
            "This copy was auto-generated from a syndicated feed. Only the heading was changed.",
            "This article has not been edited by our desk.",
        ],
    )
    def test_labels_headings_and_credits_are_furniture(self, line: str) -> None:
        assert is_furniture(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Alpha and Beta met in Gamma City.",
            "Photo reconnaissance flights will also resume, officials said.",
            "Related to this, the ministers agreed to expand joint patrols.",
            "This report is the first to name the new commander.",
            "In March, this report was published by the ministry and it named three ports.",
        ],
    )
    def test_sentences_are_not(self, line: str) -> None:
        assert not is_furniture(line)

    def test_a_headline_may_be_longer_than_a_heading(self) -> None:
        headline = " ".join(["Word"] * 20)
        assert is_furniture(headline, first=True) and not is_furniture(headline)

    @pytest.mark.parametrize(
        "line",
        [
            "Alpha-Beta Naval Staff Talks (Summary)",
            "Except for the headline, this report is carried unedited from the Harbour Wire feed.",
        ],
    )
    def test_a_labelled_heading_and_a_copy_note_after_a_clause_are_furniture(
        self, line: str
    ) -> None:
        assert is_furniture(line)

    def test_a_numbered_section_heading_over_a_paragraph_is_furniture(self) -> None:
        text = (
            "Headline\nAlpha met Beta in Gamma City. The summary of the talks is as follows.\n"
            "1. Maritime matters\nThe two admirals reviewed the patrols.\n"
            "2. Others\nBeta invited Alpha to Delta.\n"
        )
        assert furniture(text)[1:] == [
            "The summary of the talks is as follows.",
            "1. Maritime matters",
            "2. Others",
        ]
        assert quotes(text) == [
            "Alpha met Beta in Gamma City",
            "The two admirals reviewed the patrols",
            "Beta invited Alpha to Delta",
        ]

    def test_a_lettered_item_s_letter_is_no_part_of_its_quote(self) -> None:
        text = "Headline\n2. EVENTS.\na. Alpha briefed Beta on the storm.\nb) Beta thanked Alpha.\n"
        assert quotes(text) == ["Alpha briefed Beta on the storm", "Beta thanked Alpha"]

    def test_a_paragraph_s_label_after_its_number_and_a_ref_line_are_furniture(self) -> None:
        text = (
            "Headline\nREF: A. Report No. 2 dated 4 May.\n"
            "1. GENERAL. Alpha met Beta in Gamma City. The talks ran long.\n"
        )
        assert furniture(text)[1:] == ["REF: A. Report No. 2 dated 4 May.", "1. GENERAL."]
        assert quotes(text) == ["Alpha met Beta in Gamma City", "The talks ran long"]

    def test_a_clause_s_number_is_no_part_of_its_quote_nor_its_label(self) -> None:
        text = (
            "Headline\nPART 2: CONTEXT\n"
            "2.1 On 3 March, Alpha held talks in Gamma City with Beta.\n\n"
            "2.2 Beta also invited Alpha to Delta.\n\n"
            "2.10.3 Note for suppliers: some reports called Beta an adviser.\n"
        )
        assert quotes(text) == [
            "On 3 March, Alpha held talks in Gamma City with Beta",
            "Beta also invited Alpha to Delta",
            "some reports called Beta an adviser",
        ]

    def test_a_decimal_opening_a_line_is_no_clause_number(self) -> None:
        text = "Headline\nAlpha met Beta.\n2.5 per cent of the fleet sailed with Beta.\n"
        assert quotes(text)[1] == "2.5 per cent of the fleet sailed with Beta"

    def test_numbered_phrases_in_a_run_are_points_not_headings(self) -> None:
        text = "Headline\nKey points:\n1. Coastal patrols\n2. Port visits\nAlpha met Beta.\n"
        assert quotes(text)[:2] == ["Coastal patrols", "Port visits"]

    def test_a_lead_that_agrees_as_follows_is_a_candidate(self) -> None:
        text = "Headline\nThe admirals agreed as follows:\n- joint patrols\n- port calls\n"
        assert quotes(text)[0] == "The admirals agreed as follows"

    def test_furniture_lines_make_no_candidates(self) -> None:
        text = "Alpha and Beta Agree\nBy a staff reporter\nAlpha met Beta.\n"
        assert furniture(text) == ["Alpha and Beta Agree", "By a staff reporter"]
        assert quotes(text) == ["Alpha met Beta"]


class TestLiveCoverage:
    def test_headlines_under_a_highlights_label_are_furniture(self) -> None:
        text = (
            "Harbour TV live\nTop highlights:\n- Alpha and Beta sign a patrol pact\n"
            "- Port Delta Visit Announced.\n\n2:15 pm\nAlpha met Beta in Gamma City.\n"
        )
        assert furniture(text)[1:] == [
            "Top highlights:",
            "- Alpha and Beta sign a patrol pact",
            "- Port Delta Visit Announced.",
            "2:15 pm",
        ]
        assert quotes(text) == ["Alpha met Beta in Gamma City"]

    def test_a_sentence_under_a_highlights_label_and_a_bullet_after_a_paragraph_stay(
        self,
    ) -> None:
        text = (
            "Harbour TV live\nKey highlights\n- The two navies will hold a drill in June.\n"
            "Alpha met Beta.\n- Coastal patrols resume in May.\n"
        )
        assert quotes(text) == [
            "The two navies will hold a drill in June",
            "Alpha met Beta",
            "Coastal patrols resume in May",
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            "That brings us to the end of our live coverage of the summit.",
            "Thank you for watching Harbour TV.",
            "Thanks for reading.",
            "Stay tuned for the latest updates from Gamma City.",
            "We will bring you more updates as the talks go on.",
            "Keep watching this space.",
        ],
    )
    def test_a_sentence_to_the_audience_about_the_coverage_is_furniture(
        self, sentence: str
    ) -> None:
        text = f"Headline\nAlpha met Beta in Gamma City. {sentence}\n"
        assert furniture(text)[1:] == [sentence]
        assert quotes(text) == ["Alpha met Beta in Gamma City"]

    @pytest.mark.parametrize(
        "sentence",
        [
            "We thank Beta for staying with us in hard times, Alpha said.",
            "Beta thanked Alpha for joining the drill.",
            '"Stay tuned for more updates," Alpha told reporters.',
            "We will follow the talks closely, the ministry said.",
            "Beta will stay with us in this fight, Alpha said.",
            "Our navies will keep watching the strait.",
        ],
    )
    def test_news_in_the_first_or_second_person_is_not(self, sentence: str) -> None:
        text = f"Headline\n{sentence}\n"
        assert quotes(text)[0] == sentence.rstrip(".")


class TestDatelines:
    @pytest.mark.parametrize(
        "dateline",
        [
            "GAMMA CITY: ",
            "TOKYO, March 12 (Harbour Wire) – ",
            "PORT BLAIR — ",
            "GAMMA CITY (Harbour Wire) -- ",
            "GAMMA CITY—",
        ],
    )
    def test_a_dateline_is_furniture_and_not_in_the_quote(self, dateline: str) -> None:
        text = f"Headline\n{dateline}Alpha met Beta on Monday.\n"
        assert furniture(text) == ["Headline", dateline]
        assert quotes(text) == ["Alpha met Beta on Monday"]

    @pytest.mark.parametrize(
        "line",
        [
            "NATO – the alliance said nothing.",  # no capital after the dash
            "US, Japan and India: Three nations agreed to expand the drills.",
        ],
    )
    def test_a_sentence_that_looks_like_one_is_not(self, line: str) -> None:
        assert furniture(f"Headline\n{line}\n") == ["Headline"]


class TestBullets:
    def test_a_bullet_is_drafted_without_its_marker_and_label(self) -> None:
        text = "Headline\n- Training: Alpha and Beta will train cadets.\n2. Beta briefed Alpha.\n"
        found, spans = candidates(text)
        assert [text[a:b] for a, b in spans] == ["Headline", "- Training: "]
        assert [(text[c.start : c.end], c.rule) for c in found] == [
            ("Alpha and Beta will train cadets", "bullet item"),
            ("Beta briefed Alpha", "bullet item"),
        ]

    def test_phrases_after_a_claim_ending_in_a_colon_are_its_items(self) -> None:
        text = "Headline\nThe ministers agreed to cooperate in these areas:\n- patrols\n- ports\n"
        found = candidates(text)[0]
        assert [(text[c.start : c.end], c.parent) for c in found] == [
            ("The ministers agreed to cooperate in these areas", None),
            ("patrols", 0),
            ("ports", 0),
        ]

    def test_a_colon_without_a_reporting_verb_stays_furniture(self) -> None:
        text = "Headline\nKey points:\n- Alpha met Beta.\n- They toured the port.\n"
        found, spans = candidates(text)
        assert "Key points:" in [text[a:b] for a, b in spans]
        assert all(c.parent is None for c in found)

    def test_a_group_label_over_sub_bullets_is_furniture(self) -> None:
        text = "Headline\nThe sides agreed on these outcomes:\n- Training\n  - more exchanges\n"
        found, spans = candidates(text)
        assert "- Training" in [text[a:b] for a, b in spans]
        assert [(text[c.start : c.end], c.parent) for c in found][-1] == ("more exchanges", 0)

    def test_long_items_joined_by_semicolons_are_the_sentences_items(self) -> None:
        long = "joint patrols of larger scale and greater complexity between the navies and"
        long += " the coast guards of both countries, such as Alpha Shield and Beta Anchor"
        text = f"Headline\nThe ministers agreed to work on these fields:\n(1) {long};\n(2) ports.\n"
        bullets = [c for c in candidates(text)[0] if c.rule == "bullet item"]
        assert [(text[c.start : c.end], c.parent) for c in bullets] == [(long, 0), ("ports", 0)]

    def test_long_items_not_joined_are_sentences_of_their_own(self) -> None:
        long = "joint patrols of larger scale and greater complexity between the navies and"
        long += " the coast guards of both countries, such as Alpha Shield and Beta Anchor"
        text = f"Headline\nThe ministers agreed to work on these fields:\n(1) {long}\n(2) ports\n"
        assert all(c.parent is None for c in candidates(text)[0] if c.rule == "bullet item")

    def test_the_joint_to_the_next_item_is_left_out(self) -> None:
        text = "Headline\nThey agreed on these:\n- ship repair; and\n- port security\n"
        assert quotes(text)[1:] == ["ship repair", "port security"]


def test_sentences_lose_their_final_full_stop_but_keep_a_closing_quote() -> None:
    text = 'Headline\nAlpha met Beta. "We agreed," Beta said. It ended...\n'
    assert quotes(text) == ["Alpha met Beta", '"We agreed," Beta said', "It ended..."]


def test_each_line_is_its_own_paragraph() -> None:
    text = "Headline\nAlpha met Beta. They talked.\nBeta left.\n"
    assert [c.paragraph for c in candidates(text)[0]] == [1, 1, 2]


def test_candidates_and_spans_kept_in_columns_read_back_as_they_were_made() -> None:
    made = [
        Candidate(0, 5, "sentence"),
        Candidate(6, 9, "sentence, clause", None, 1, "Beta "),
        Candidate(10, 12, "list item", 1, 1),
        Candidate(13, 20, "sentence", None, 2, "", (13, 40)),  # a quotation's first sentence
    ]
    kept = Candidates()
    for c in made:
        kept.append(c)
    assert list(kept) == made and len(kept) == 4
    assert (kept[-1], kept[1:]) == (made[-1], made[1:])
    with pytest.raises(IndexError):
        kept[4]
    spans = Spans()
    for span in [(0, 5), (9, 12)]:
        spans.append(span)
    assert (list(spans), spans[-1], spans[:1]) == ([(0, 5), (9, 12)], (9, 12), [(0, 5)])


class TestPageFurniture:
    """The furniture of news pages: notices, captions, calls to the outlet's channels, the
    headline block and the author's note."""

    @pytest.mark.parametrize(
        "line",
        [
            "Copyright 2026 Harbour Wire. All rights reserved.",
            "© 2026 Meridian Media Ltd",
            "Reproduction in whole or in part is prohibited. All rights reserved.",
            "The two admirals on the pier at Gamma City on Tuesday. (Staff Photo)",
            "Sailors of both navies at the drill. Photo: Handout",
            "The two ministers on Monday. Photograph: Ministry of Defence",
            "Follow Meridian Post on Telegram for the latest updates.",
            "Subscribe to our newsletter and never miss a story.",
            "Tags: Alpha Beta Navy",
            "Also Watch: Coast guard rescues six fishermen",
            "Edited by Tomas Ek",
            "The writer is a former ambassador to Beta.",
            "File photo of the Alpha frigate in Gamma City.",
            "Published on May 5, 2026.",
            "Updated - May 05, 2026 06:47 pm IST",
            "Image Source : Harbour Wire",
            "Curated by Tomas Ek.",
            "This article first appeared in the Meridian Post.",
            "A version of this story appeared in print on May 6, 2026.",
            "— With inputs from agencies.",
            "Click here for more defence news.",
            "For more news, follow us on X.",
            "Harbour Archive. For subscribers' use only; redistribution prohibited.",  # a licence
            "Coastal Clippings, licensed copy, any reproduction strictly prohibited.",
        ],
    )
    def test_notices_captions_and_calls_are_furniture(self, line: str) -> None:
        assert is_furniture(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Follow-up talks will be held in Gamma City in June.",
            "Join exercises with Beta's navy resumed in March, officials said.",
            "The copyright dispute between the two shipyards was settled in 2024.",
            "Updated on Monday, the plan calls for more drills.",
            "Like Alpha, Beta updates its fleet every decade.",  # "Like" is no call
            "Watch officers from both navies will sail together next year.",
            "Under the pact, resale of the boats is prohibited.",  # a rule the news tells
            "The navy said reproduction of the photos is strictly prohibited.",
            "Resale to third countries is prohibited under the deal, officials said.",
            "Beta's rules say re-export without a licence is prohibited.",
        ],
    )
    def test_sentences_like_them_are_not(self, line: str) -> None:
        assert not is_furniture(line)

    def test_the_head_may_hold_a_kicker_a_long_headline_and_a_standfirst(self) -> None:
        text = (
            "ANALYSIS\n"
            "From piers to shipyards: what Alpha and Beta now want from each other at sea\n"
            "Tuesday's talks hint at a partnership moving from the parade ground to the dock\n"
            "Alpha and Beta met in Gamma City.\n"
            "Both sides agreed to build patrol boats together and test them in the strait\n"
        )
        assert quotes(text) == [
            "Alpha and Beta met in Gamma City",
            "Both sides agreed to build patrol boats together and test them in the strait",
        ]

    def test_lines_above_a_byline_are_the_headline_block(self) -> None:
        text = (
            "Alpha and Beta to build boats\n"
            "The two navies will share a shipyard for the first time.\n"
            "By Rhea Castell\n"
            "Alpha and Beta met in Gamma City.\n"
            "Rhea Castell is the paper's defence correspondent.\n"
        )
        assert quotes(text) == ["Alpha and Beta met in Gamma City"]
        assert "Rhea Castell is the paper's defence correspondent." in furniture(text)

    def test_a_closing_line_about_a_journalist_is_the_authors_note(self) -> None:
        text = (
            "Headline\nAlpha and Beta met.\n"
            "Rhea Castell is the Meridian Post's Gamma City correspondent. She tweets.\n"
        )
        assert quotes(text) == ["Alpha and Beta met"]

    def test_a_line_naming_the_author_inside_the_body_is_news(self) -> None:
        text = "By Rhea Castell\nAlpha and Beta met.\nTomas Ek is the new fleet commander.\n"
        assert quotes(text) == ["Alpha and Beta met", "Tomas Ek is the new fleet commander"]

    def test_a_note_on_the_author_of_the_head_before_the_closing_furniture_is_furniture(
        self,
    ) -> None:
        note = "Rhea Castell is a Senior Fellow in the Sea Programme at AMS. She sailed."
        text = (
            "Rhea Castell, Senior Fellow, AMS\nAlpha and Beta met.\n"
            f"{note}\nThe views expressed are the author's own.\nTags: Alpha, Beta\n"
        )
        assert quotes(text) == ["Alpha and Beta met"]
        assert note in furniture(text)
        # named in the body too, or in no line before: the report's person, news
        body = text.replace("Alpha and Beta met.", "Alpha and Beta met, Rhea Castell said.")
        assert note.split(". ")[0] in quotes(body)
        unnamed = text.replace("Rhea Castell, Senior Fellow, AMS\n", "")
        assert note.split(". ")[0] in quotes(unnamed)


class TestNewsletterFurniture:
    """A newsletter's contents, links, sponsored line and footer are furniture."""

    def test_bullets_that_read_as_furniture_are_whole_lines(self) -> None:
        text = (
            "THE HARBOUR WEEKLY\nIn this issue\n- Alpha and Beta plan a drill\n"
            "- Port fees rise again\n\nAlpha met Beta in Gamma City on Monday.\n\n"
            "- Read the full communique\n- Related: Omega Bay gets a new pier\n"
            "- Sponsored: Visit the Marine Expo in Delta\n"
        )
        assert quotes(text) == ["Alpha met Beta in Gamma City on Monday"]
        assert "- Sponsored: Visit the Marine Expo in Delta" in furniture(text)
        assert "- Alpha and Beta plan a drill" in furniture(text)

    def test_points_a_label_leads_and_joined_items_stay(self) -> None:
        text = "Alpha met Beta.\nMain outcomes:\n- Coastal patrols\n- Port visits\n"
        assert quotes(text)[1:] == ["Coastal patrols", "Port visits"]
        joined = "Alpha met Beta.\n- more port calls; and\n- a joint survey.\n"
        assert quotes(joined)[1:] == ["more port calls", "a joint survey"]

    def test_a_bullet_that_is_a_sentence_stays(self) -> None:
        text = "Alpha met Beta.\n- Beta will send two ships in June.\n"
        assert quotes(text) == ["Alpha met Beta", "Beta will send two ships in June"]

    def test_a_sentences_label_is_furniture(self) -> None:
        text = "Alpha met Beta on Monday. Our take: the drill is overdue.\n"
        assert quotes(text) == ["Alpha met Beta on Monday", "the drill is overdue"]
        assert furniture(text) == ["Our take:"]
        opening = "Our view: Beta will follow.\nBottom line: the talks went well.\n"
        assert quotes(opening) == ["Beta will follow", "Bottom line: the talks went well"]

    def test_a_clause_before_a_colon_is_no_label(self) -> None:
        text = "Alpha met Beta. The harbour attack came up: Beta condemned it.\n"
        assert quotes(text)[1] == "The harbour attack came up: Beta condemned it"

    @pytest.mark.parametrize(
        "line",
        [
            "You are receiving The Harbour Weekly because you subscribed at harbour.example.",
            "Because you signed up for alerts, we write to you each week.",
            "Unsubscribe | Update your preferences | Share this issue",
            "Sponsored: Meet two hundred shipbuilders at the Delta fair next month.",
            "From our archive: how the Omega Bay pier was built, in pictures.",
        ],
    )
    def test_a_subscription_footer_and_a_sponsored_line(self, line: str) -> None:
        assert is_furniture(line)


class TestTimesAndCaptions:
    """A clock time opening a line (furniture/stamps.py) and a caption sheet's captions
    (furniture/captions.py)."""

    def test_a_time_opening_a_line_is_furniture_and_its_words_the_report(self) -> None:
        text = (
            "21:30 - Ode lands at the naval air station.\n"
            "[00:16] First, I told Minister Ek that we condemn the raid.\n"
            "(10:58) The motorcade arrived.\n"
            "11:42 IST: Talks begin.\n"
        )
        assert quotes(text) == [
            "Ode lands at the naval air station",
            "First, I told Minister Ek that we condemn the raid",
            "The motorcade arrived",
            "Talks begin",
        ]
        assert furniture(text) == ["21:30 - ", "[00:16] ", "(10:58) ", "11:42 IST: "]

    def test_a_time_inside_a_sentence_or_a_score_is_no_stamp(self) -> None:
        assert quotes("The talks ran from 10:30 to 12:00 in the hall.\n") == [
            "The talks ran from 10:30 to 12:00 in the hall"
        ]
        assert furniture("3:2 was the final score.\n") == []

    def test_a_captions_bare_time_code_and_its_cues_are_furniture(self) -> None:
        """A video's transcript: a time code with no separator, a speaker change, a
        bracketed sound or interpreting cue; a bulleted caption's as well."""
        text = (
            "0:38 The minister arrived at the naval base before noon.\n"
            "01:02:15 [Interpreter] I told Minister Ek that we condemn the raid.\n"
            ">> (through an interpreter) Alpha stands with Velan.\n"
            "- 2:41 [Applause] We agreed to sail together in May.\n"
            "00:00 [Music]\n"
        )
        assert quotes(text) == [
            "The minister arrived at the naval base before noon",
            "I told Minister Ek that we condemn the raid",
            "Alpha stands with Velan",
            "We agreed to sail together in May",
        ]
        assert furniture(text) == [
            "0:38 ",
            "01:02:15 [Interpreter] ",
            ">> (through an interpreter) ",
            "- 2:41 [Applause] ",
            "00:00 [Music]",
        ]

    @pytest.mark.parametrize(
        "line",
        [
            "[The navy] will sail in May, the minister said.",  # an editor's insertion
            "10:30 was when the talks began, an aide said.",  # a time as the subject
            "(In the minister's words) the drills are a signal to the region.",
            "Music and dance opened the naval festival, organisers said.",
            "- Interpreters worked through the night, officials said.",
        ],
    )
    def test_ordinary_news_opening_like_a_caption_keeps_its_words(self, line: str) -> None:
        assert furniture(line + "\n") in ([], ["- "])
        assert "".join(quotes(line + "\n")) in line

    def test_a_page_note_on_its_clock_or_its_making_is_furniture(self) -> None:
        assert is_furniture("This timeline is compiled from statements. Times are Alpha Time.")
        assert is_furniture("All times IST")
        assert not is_furniture("Times are hard for the fleet this time, the minister said.")

    SHEET = (
        "PHOTO AGENCY - CAPTIONS\n"
        "PHOTO 1 of 2\n"
        "PORT ALPHA, ALPHA - JUNE 5: Navy Minister Kenji Ode (R) greets Tomas Ek. The two "
        "met for an hour. (Photo by A. Berg/Agency)\n"
        "PHOTO 2 of 2\n"
        "PORT ALPHA, ALPHA - JUNE 5: Ode inspects the fleet. (Photo by A. Berg/Agency)\n"
    )

    def test_a_caption_sheets_captions_are_its_story_without_head_and_credit(self) -> None:
        assert quotes(self.SHEET) == [
            "Navy Minister Kenji Ode (R) greets Tomas Ek",
            "The two met for an hour",
            "Ode inspects the fleet",
        ]
        assert furniture(self.SHEET)[2:4] == [
            "PORT ALPHA, ALPHA - JUNE 5: ",
            "(Photo by A. Berg/Agency)",
        ]

    def test_a_captions_number_is_furniture_as_its_head_is(self) -> None:
        sheet = (
            "Photo 1: Navy Minister Kenji Ode greets Tomas Ek. (Photo by A. Berg/Agency)\n"
            "Picture 2 - Ode inspects the fleet. (Photo by A. Berg/Agency)\n"
        )
        assert quotes(sheet) == [
            "Navy Minister Kenji Ode greets Tomas Ek",
            "Ode inspects the fleet",
        ]
        assert "Photo 1: " in furniture(sheet) and "Picture 2 - " in furniture(sheet)

    def test_a_caption_in_a_page_with_a_story_stays_furniture(self) -> None:
        page = "Ode met Ek in Port Alpha on Monday for talks.\n" + self.SHEET
        assert "Ode inspects the fleet" not in quotes(page)
