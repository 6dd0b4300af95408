"""drafting.furniture.roundups: a roundup's or a newsletter's other items are furniture."""

from __future__ import annotations

from defcoop_cli.curation.drafting.furniture.roundups import (
    cut_short,
    labelled_texts,
    other_items,
    summarised_items,
)
from defcoop_cli.curation.drafting.segments import candidates

ROUNDUP = [
    "GULL COAST WIRE",
    "In this roundup: Harbour | Ferries | Tides",
    "HARBOUR",
    "Alpha and Beta agreed on Friday to hold a joint harbour drill next spring.",
    "Officials said the drill would involve four ships and two aircraft.",
    "FERRIES",
    "Ferry fares to rise: The ferry board will raise fares by five per cent.",
    "TIDES",
    "Spring tides expected: High tides are expected along the coast on Sunday.",
]

NEWSLETTER = [
    "QUAY INSTITUTE NEWSLETTER",
    "In this issue",
    "- Guest lecture on river trade",
    "- Alpha and Beta hold naval talks",
    "Guest lecture on river trade",
    "Dr Ines Varga of Lakeside College will speak on river trade in May.",
    "Alpha and Beta hold naval talks",
    "The naval chiefs of Alpha and Beta met in Gamma City on Monday and agreed to share",
    "charts of the northern straits. They also discussed a joint coastal survey, the",
    "institute's director said in a talk to members this week.",
]


def test_the_items_beside_the_longest_are_other_news() -> None:
    assert other_items(ROUNDUP) == {5, 6, 7, 8}


def test_a_bulleted_contents_list_names_the_items_and_the_drafted_one_may_come_last() -> None:
    assert other_items(NEWSLETTER) == {4, 5}


def test_a_piece_without_contents_or_with_one_item_found_keeps_every_line() -> None:
    assert other_items(ROUNDUP[:1] + ROUNDUP[2:]) == set()
    assert other_items([*ROUNDUP[:5], "Ferry fares to rise: The board will raise fares."]) == set()


def test_the_other_items_lines_are_no_candidates() -> None:
    text = "\n".join(ROUNDUP)
    found = [text[c.start : c.end] for c in candidates(text)[0]]
    furniture = [text[a:b] for a, b in candidates(text)[1]]
    assert any("joint harbour drill" in quote for quote in found)
    assert not any("ferry board" in quote or "tides" in quote.lower() for quote in found)
    assert ROUNDUP[6] in furniture


NUMBERED = [
    "HARBOUR RADIO | EVENING RUNDOWN",
    "SEGMENT 1 - PORTS",
    "Alpha and Beta agreed on Friday to hold a joint harbour drill next spring.",
    "Officials said the drill would involve four ships and two aircraft from each navy.",
    "SEGMENT 2 - TRAFFIC",
    "The ring road will close for repairs on Sunday night.",
    "(END SEGMENT 2)",
    "Thanks for listening.",
]


def test_items_numbered_under_one_cue_word_keep_the_longest() -> None:
    assert other_items(NUMBERED) == {4, 5, 6}


def test_numbers_not_from_one_or_under_two_cue_words_are_no_items() -> None:
    assert (
        other_items([NUMBERED[0], "SEGMENT 2 - PORTS", *NUMBERED[2:4], "PART 3 - TRAFFIC"]) == set()
    )
    assert other_items(["PHASE 1 of the drill starts in May.", "PHASE 3 follows in June."]) == set()


# A listing of items from several sources: each item closed by its sources' names.
CLIPS = [
    "HARBOUR DESK | MORNING CLIPS",
    "* Alpha and Beta ministers meet",
    "Alpha and Beta hold naval talks in Gamma City on Monday. [Coast Daily] [Harbour Wire]",
    "Alpha condemns the raid on the port. [Harbour Wire]",
    "- The two ministers agree to share charts of the straits. (Coast Daily)",
]


class TestSourceLabels:
    def test_the_sources_names_after_an_items_stop_are_furniture(self) -> None:
        text = "\n".join(CLIPS)
        found, furniture = candidates(text)
        quotes = [text[c.start : c.end] for c in found]
        assert "Alpha condemns the raid on the port" in quotes
        assert "The two ministers agree to share charts of the straits" in quotes
        assert not any("[" in quote or "(" in quote for quote in quotes)
        spans = [text[a:b] for a, b in furniture]
        for label in ("[Coast Daily] [Harbour Wire]", "[Harbour Wire]", "(Coast Daily)"):
            assert label in spans

    def test_a_note_after_a_comma_is_the_labels(self) -> None:
        line = "The ties have outgrown the summit. [Coast Daily, editorial]"
        assert labelled_texts([line]) == (["The ties have outgrown the summit."], {0: 35})

    def test_ordinary_news_keeps_its_brackets(self) -> None:
        lines = [
            "The ministers met for two hours (officials had planned one).",
            "Alpha's navy will join the drill. (Beta has not said whether it will.)",
            "He arrived in Gamma City on Sunday. (He leaves on Friday)",
            "The treaty was signed in 1998. (See also: Annex II)",
            "The harbour was closed on Monday. (Coast Daily Photo)",
            "The figures are in the annex [Table 2].",
        ]
        assert labelled_texts(lines) == (lines, {})
        caption = "Ships in the harbour at Gamma City on Monday. (Coast Daily Photo)"
        assert caption in [caption[a:b] for a, b in candidates(caption)[1]]  # the caption's


class TestCutShort:
    def test_a_summary_cut_short_at_the_lines_end_is_furniture(self) -> None:
        text = (
            "Alpha and Beta agreed on Friday to hold a joint harbour drill next spring. "
            "Officials will meet again in June to draw up a list of…\n"
            "The drill, the first since 2019, will involve four ships from each of the...\n"
        )
        found, furniture = candidates(text)
        quotes = [text[c.start : c.end] for c in found]
        assert any("joint harbour drill" in quote for quote in quotes)
        assert not any("list of" in quote or "four ships" in quote for quote in quotes)
        assert "Officials will meet again in June to draw up a list of…" in [
            text[a:b] for a, b in furniture
        ]

    def test_a_story_with_one_line_cut_off_keeps_it(self) -> None:
        """One line cut off (a wire pasted short, a live blog's latest entry, an e-mail's
        last line) is no listing's summary: it stays a statement (review15a's 5)."""
        for text in [
            "PORT VALE, June 2 (Harbour Wire) - Alpha and Beta agreed on a drill.\n\n"
            "Ravi Menon said Beta wants to hold more exercises with the...\n",
            "10:05 The minister arrived at the harbour.\n"
            "10:40 Beta's navy will join the drill. (Coast Daily)\n"
            "10:55 The two ministers signed a letter of intent. (Harbour Wire)\n"
            "11:30 The ministers are now speaking to reporters about the...\n",
            "Alpha and Beta will hold their first joint harbour drill in June.\n"
            "Officials of both navies will meet in May to agree on the number of…\n",
        ]:
            last = text.rstrip().splitlines()[-1].split(" - ")[-1]
            quotes = [text[c.start : c.end] for c in candidates(text)[0]]
            assert any(q.rstrip(".…") in last and len(q) > 30 for q in quotes), last

    def test_ordinary_news_with_an_ellipsis_is_no_summary_cut_short(self) -> None:
        for sentence in [
            'Asked about the deal, the minister said only: "We will see…"',
            "Talks on the drill... will resume in June, officials said.",
            "The list of items includes ships, aircraft, radars …",
            "The minister paused… then said the talks had gone well.",
            "It ended...",
            "The talks, he said, went on and on…",
        ]:
            assert not cut_short(sentence), sentence
        text = "He said the talks would go on… and on. Officials agreed."
        assert "He said the talks would go on… and on" in [
            text[c.start : c.end] for c in candidates(text)[0]
        ]


# A feed reader's view: summaries cut at a length, two of them; other news beside the talks'
# entries (a market's, a recall's naming Japan only as a place of sale).
FEED = [
    "Ola Brandt and Piet Damm agreed in Gamma City on Monday to build ships together. Both…",
    "Brandt gave Damm an account of the raid at Kappa, officials said.",
    "Copper rose for a second day after two Zeta mines cut output, traders in Oslo said.",
    "A Lumen van maker is recalling 9,000 vans sold in Japan and Peru after a brake fault.",
    "The two sides also discussed car manufacturing, Damm said in Japan on Tuesday.",
    "Japan's Ministry of Defence published the joint statement on Damm's visit.",
    "The visiting minister was received with a guard of honour before the talks, which…",
]


def test_a_feeds_summaries_of_other_news_are_furniture_its_talks_entries_not() -> None:
    # issue 24, draft56: a summary naming none of the story's names but countries is other news
    assert summarised_items(FEED) == {2, 3}
    assert summarised_items([line.rstrip("…") for line in FEED]) == set()  # no summaries cut


def test_a_feeds_summary_telling_the_talks_by_their_subject_stays_beside_a_new_name() -> None:
    # issue 24, review18a: the story's countries, "defence ties" and a ministry's spokesman
    told = "Japan and Peru to widen defence ties, says ministry spokesman Luis Vega, who said a…"
    assert summarised_items([*FEED, told]) == {2, 3}
    sold = "Lumen's Peru and Japan sales fell in April as Rosa Vidal, its chief, stepped down…"
    assert summarised_items([*FEED, sold]) == {2, 3, len(FEED)}


MARKET_REPORT = [
    "OSPREY GRAIN BROKERS",
    "FORTNIGHTLY REVIEW - NO. 7",
    "IN THIS ISSUE",
    "  1. Policy: Alpha-Beta port talks",
    "  2. Wheat",
    "  3. Charters",
    "----------------------------------------",
    "1. POLICY: ALPHA-BETA PORT TALKS",
    "----------------------------------------",
    "The transport ministers of Alpha and Beta met in Gamma City on Monday.",
    "They agreed to open two new berths for grain carriers by the autumn.",
    "Traders expect the berths to shorten queues at the northern terminal.",
    "2. WHEAT",
    "Milling wheat firmed on thin offers from the south.",
    "3. CHARTERS",
    '- M/V "Silver Heron" (32,000 dwt, 2011 built, Delta) fixed to a miller at $12,000/day.',
]


def test_a_numbered_indented_contents_list_finds_its_numbered_sections() -> None:
    assert other_items(MARKET_REPORT) == {12, 13, 14, 15}


def test_a_sentence_of_the_talks_inside_a_trade_report_stays_a_candidate() -> None:
    text = "\n".join(MARKET_REPORT)
    found = [text[c.start : c.end] for c in candidates(text)[0]]
    assert any("two new berths" in quote for quote in found)
    assert not any("Silver Heron" in quote or "Milling wheat" in quote for quote in found)


def test_a_numbered_line_in_the_body_that_is_no_announced_item_is_no_section() -> None:
    unannounced = [*MARKET_REPORT[:12], "2. BARLEY", *MARKET_REPORT[13:14]]
    assert other_items(unannounced) == set()
