"""drafting.furniture: a document's word on its own text, its credits, a pool's doings, advice
to the reader and a post announcing itself."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.furniture import to_the_audience
from defcoop_cli.curation.drafting.furniture.apparatus.credits import about_itself
from defcoop_cli.curation.drafting.furniture.listings import signpost
from defcoop_cli.factbase.records import Doc, Entity


@pytest.mark.parametrize(
    "sentence",
    [
        "Not a verbatim transcript.",
        "Unofficial translation.",
        "Check against delivery.",
        "Please verify remarks against the recording before use.",
        "The text was prepared from the stream and might contain mistakes.",
        "Answers in Tamil were translated by the studio.",
        "More in the next update if the talks run late.",
        "Presented by Lena Ortiz.",
        "Written and edited by Ana Ruiz & Tomas Ek.",
        "Artwork: Mira Das.",
        'Theme music: "Harbour Lights" by Blue Reef.',
        "Quotes from the monitored press are summaries for subscribers.",  # its terms
        "Copyright rests with the original broadcasters.",
        "All sessions will be held under the Chatham House Rule.",
        "For internal research use under licence; redistribution prohibited.",  # its licence
        "Reproduction of this archive record in any form is not permitted.",
        "For the committee's use; not for publication.",  # its circulation
        "NOT FOR PUBLICATION",
        "Map data © Harbourlines contributors.",  # a map's or a chart's credits
        "Basemap: © Gull Tiles 2024.",
        "Cartography: Orme Mapping Unit.",
        "Chart: Lena Ortiz.",
        "Built with Pinboard.",
        "Made with Flourish.",
        "Created using Quaychart.",
    ],
)
def test_a_caveat_on_its_own_text_or_a_credit_is_furniture(sentence: str) -> None:
    assert about_itself(sentence) and to_the_audience(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The dinner was hosted by Alpha's minister.",  # a subject: news
        "Hosted by Beta, the talks ran for two hours.",  # a clause goes on
        "Alpha checked the figures against the record.",
        "The record was kept by Beta and may contain the full exchange.",
        "Music played as Alpha's ship docked.",
        "Ships in Beta were translated into targets.",
        "More troops arrived in the next week.",
        "The talks were held under the Chatham House Rule.",  # the talks': news
        "Alpha's remarks are a summary of its new doctrine.",
        "Reproduction of the missile is prohibited under the treaty.",  # not of the text
        "Alpha said resale of the jets is not permitted.",
        "The memo, marked not for publication, was seen by this paper.",  # a story's object
        "The figures are not for publication until the cabinet meets.",
        "The report was checked by Beta's auditors before the talks.",  # another's report
        # a party's reporting verb after it: the party's word on its own review, news
        "This report was reviewed by the two ministers before it went to the cabinet, Alpha said.",
        "This story was read by a Beta minister before it ran.",  # a party, not the staff
        "The map data was handed to Beta's navy in May.",  # a map's data in the news
        "Built with Alphan help, the corvette sails in June.",  # a ship built: news
        "Made in Beta, the engines reach Alpha next year.",
    ],
)
def test_a_statement_that_reads_alike_is_no_caveat(sentence: str) -> None:
    assert not about_itself(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Transcript prepared by the Institute from the audio recording and lightly edited.",
        "The transcript was made by the Centre from the stream.",
        "This is an edited transcript; some answers have been shortened.",
        "This transcript has not been checked by the speaker.",
        "Inaudible passages have been omitted.",
        "Content on this page is maintained by the Harbour Wing, Embassy of Alpha, Port Lys.",
        "This story was checked by our editors and by a teacher on our panel.",
        "This article has been reviewed by two of our science editors.",
    ],
)
def test_a_transcripts_note_on_its_own_making_is_furniture(sentence: str) -> None:
    assert about_itself(sentence)


@pytest.mark.parametrize(
    "sentence",
    [  # the reviewer's probes: a report's sentences, whose subject is no transcript
        "This is a record number of exercises for the two navies in a single year.",
        "It has not been approved by the cabinet yet, the official said.",
        "Sections have been removed from the draft text after objections from the Japanese side.",
        "A transcript made by the Indian side shows the ministers discussed submarine cooperation.",
        "The text has not been approved by parliament.",
        "Questions were removed from the agenda after protests.",
        "This page content is owned by the ministry, a spokesman said, refusing to comment on "
        "leaked figures.",
        "Transcript made by Beta's side says the ministers discussed the ferry.",
    ],
)
def test_a_reports_sentence_that_reads_like_a_transcripts_note_is_news(sentence: str) -> None:
    assert not about_itself(sentence) and not to_the_audience(sentence, transcript=True)


def test_a_bare_it_unchecked_is_a_transcripts_note_only_in_a_transcript() -> None:
    assert about_itself("It has not been checked by the speaker.", transcript=True)
    assert not about_itself("It has not been checked by the speaker.")
    assert not about_itself("It has not been approved by the speaker.", transcript=True)


def test_a_programmes_credits_leave_its_facts() -> None:
    doc = Doc(
        [], [], [Entity("alpha", "Alpha", "country"), Entity("beta", "Beta", "country")], [], []
    )
    body = "Alpha met Beta on Monday. Hosted by Lena Ortiz. Produced by Ravi Sen."
    made = draft(f"Headline\n{body}\n", "a", doc, {}, "/articles/a.txt", "9.9")
    assert [f["quote"] for f in made["facts"]] == ["Alpha met Beta on Monday"]


def test_a_posts_opening_emoji_are_furniture_its_sentence_a_fact() -> None:
    """A post opens on flags or pictographs ("🇯🇵🇮🇳 Minister … held talks"): no word of
    its sentence, which is quoted without them."""
    doc = Doc(
        [], [], [Entity("alpha", "Alpha", "country"), Entity("beta", "Beta", "country")], [], []
    )
    body = "🇯🇵🇮🇳 Alpha met Beta on Monday. (1/3)\n\n✅ Beta thanked Alpha.\n\n3 ships sailed."
    made = draft(f"Headline\n{body}\n", "a", doc, {}, "/articles/a.txt", "9.9")
    quotes = [f["quote"] for f in made["facts"]]
    assert quotes == ["Alpha met Beta on Monday", "Beta thanked Alpha", "3 ships sailed"]
    furniture = [f["text"] for f in made["sources"][0]["furniture"]]
    assert "🇯🇵🇮🇳" in furniture and "✅" in furniture


@pytest.mark.parametrize(
    "sentence",
    [
        "10:40 - Pool was taken to the hall for the photo opportunity.",
        "Your pooler asked whether the frigate deal was done.",
        "The pool waited outside for an hour.",
    ],
)
def test_a_pool_reports_word_on_the_pool_is_furniture(sentence: str) -> None:
    assert about_itself(sentence)


def test_a_pool_of_something_else_is_news() -> None:
    assert not about_itself("The pool of trained pilots was small.")
    assert not about_itself("Pooled funds were spent on drills.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Citizens are advised to verify messages before forwarding them.",
        "Readers are kindly requested not to share unverified clips.",
        "The Committee may wish to seek a briefing from the Navy on the drills.",
    ],
)
def test_advice_to_the_public_or_the_addressee_is_no_statement(sentence: str) -> None:
    assert to_the_audience(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Alpha may wish to expand the drills.",  # a party: news
        "Citizens were evacuated from the port.",
        "Alpha's citizens are advised to avoid the strait, Beta said.",
    ],
)
def test_a_partys_wish_or_the_publics_fate_is_news(sentence: str) -> None:
    assert not to_the_audience(sentence)


def test_a_post_announcing_itself_is_a_signpost() -> None:
    assert signpost("Some thoughts on this week's Alpha–Beta naval talks.")
    assert signpost("A few quick notes from the harbour summit:")
    assert not signpost("Some thoughts on the deal were shared by officials.")


@pytest.mark.parametrize(
    ("sentence", "furniture"),
    [  # issue 24, draft56: a readers' editor's column announcing its next part
        ("One more clarification belongs here.", True),
        ("A further correction is due.", True),
        ("Another point follows:", True),
        ("The talks were held on May 5, not May 6 as our report said.", False),
        ("One more clarification was issued by the ministry on Tuesday.", False),
        ("A correction is due from the ministry, its spokesman said.", False),
    ],
)
def test_a_column_announcing_its_next_part_is_a_signpost(sentence: str, furniture: bool) -> None:
    assert signpost(sentence) is furniture


@pytest.mark.parametrize(
    ("sentence", "furniture"),
    [
        # a letter's pointer to what it encloses (heldout49's letter to the Council)
        (
            "The outcomes of the talks are set out in the statement issued by the ministry"
            " on 5 May, which is annexed to the present letter (see annex).",
            True,
        ),
        ("A copy of the joint readout is attached to this note.", True),
        ("The list of projects is enclosed with this letter for your reference.", True),
        # ordinary news sentences the rule must leave alone
        ("Japan annexed the islands to its territory in 1905, the letter said.", False),
        ("Singh attached great importance to the talks, the statement said.", False),
        ("The statement, attached to this morning's release, condemned the attack.", False),
        ("Officials said a list of projects would be attached to the next agreement.", False),
        # a clause after "this note" is news, not a pointer (review 24)
        (
            "A copy of the readout is attached to this note, which the two ministries agreed"
            " to share with Parliament.",
            False,
        ),
        (
            "The draft roadmap is enclosed with this note, which the cabinet will weigh next week.",
            False,
        ),
        ("A map is attached to this letter, which the envoy handed to the minister.", False),
    ],
)
def test_a_letters_pointer_to_its_enclosure_is_furniture(sentence: str, furniture: bool) -> None:
    assert about_itself(sentence) is furniture


@pytest.mark.parametrize(
    ("sentence", "furniture"),
    [
        # what may not be done with the report's own material: its notes
        ("Clips from the briefing may not be rebroadcast without permission.", True),
        ("This report may not be shared outside the subscribing organisation.", True),
        # a pact's terms on equipment or documents are news, not the report's notes (review 24)
        (
            "Equipment supplied under the pact cannot be resold to third countries without"
            " Japan's consent.",
            False,
        ),
        (
            "Classified documents may not be shared outside the two ministries under the"
            " information security agreement.",
            False,
        ),
        ("Spare parts bought under the deal must not be redistributed to third parties.", False),
        (
            "Intelligence from the patrol flights should not be passed on beyond the two navies,"
            " the accord says.",
            False,
        ),
    ],
)
def test_what_may_not_be_done_with_the_reports_own_material_is_its_note(
    sentence: str, furniture: bool
) -> None:
    assert about_itself(sentence) is furniture


@pytest.mark.parametrize(
    ("sentence", "furniture"),
    [
        ("This release contains forward-looking statements based on current plans.", True),
        ("Forward-looking statements in this announcement speak only as of its date.", True),
        ("Actual results could differ materially from those the company expects.", True),
        ("For more information, visit www.harbourworks.example.", True),
        ("For further details, please contact the press office on 555 0142.", True),
        ("For more information on the yard, e-mail media@harbourworks.example.", True),
        ('To unsubscribe from these updates, reply with "stop".', True),
        # a news sentence that reads alike tells the talks
        ("The minister said he looked forward to statements of support from both navies.", False),
        ("For more than a decade, the two coast guards have trained together.", False),
        ("For more information on the pact, officials said, a briefing would follow.", False),
        ("The delegation will visit the shipyard in Kobe on Tuesday.", False),
        ("Results of the joint trials may differ from last year's, the admiral said.", False),
    ],
)
def test_a_releases_own_boilerplate_is_furniture(sentence: str, furniture: bool) -> None:
    assert about_itself(sentence) is furniture


@pytest.mark.parametrize(
    "line",
    [
        "Corrections: an earlier version of Map 3 put the port in the wrong bay.",
        "Correction: An earlier version of the chart gave the wrong year for the drill.",
        "An earlier version of this graphic misspelt Port Lys.",
    ],
)
def test_a_correction_of_a_map_or_a_chart_is_page_furniture(line: str) -> None:
    from defcoop_cli.curation.drafting.pages import is_furniture

    assert is_furniture(line)


def test_a_correction_in_the_news_is_no_page_furniture() -> None:
    from defcoop_cli.curation.drafting.pages import is_furniture

    # a sentence about a map in the news, and a correction told as news
    assert not is_furniture(
        "Beta said an earlier version of the map had shown the strait as its own."
    )
    assert not is_furniture(
        "The corrections to the treaty's maps were signed by both ministers on Monday."
    )


# Review 26a #10: a credit names a map's or a chart's tool (a product's name of one or two
# words) or its data's owner; an engine's maker or a donor's help is a spec line or news.
@pytest.mark.parametrize(
    "sentence",
    [
        "Powered by Rolls-Royce.",
        "Built with Japanese Assistance.",
        "Designed with Mitsubishi Heavy Industries.",
        "Powered by Orme Engines.",  # mine: a maker's trade
        "Built with Alphan Help.",
        "Made with Betan Steel.",
        "Built using Kell Shipbuilding.",
    ],
)
def test_an_engines_maker_or_a_donors_help_is_no_credit(sentence: str) -> None:
    assert not about_itself(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Powered by Gullmap.", "Made with Tide Charts.", "Created using Quaychart Studio."],
)
def test_a_tools_name_of_one_or_two_words_stays_a_credit(sentence: str) -> None:
    assert about_itself(sentence)
