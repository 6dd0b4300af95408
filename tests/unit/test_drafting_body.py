"""The body's lines without a final stop (drafting/body): a log's entries, the last line."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.body.unstopped import kept_lines, log_stamp
from defcoop_cli.curation.drafting.pages import is_furniture
from defcoop_cli.curation.drafting.segments import candidates


def _quotes(text: str) -> list[str]:
    found, _ = candidates(text)
    return [text[c.start : c.end] for c in found if c.parent is None]


BODY = (
    "Harbour Weekly\n"
    "Readers write\n\n"
    "The ministers of Alpha and Beta met in Calder on Monday.\n"
    "They agreed to hold a naval drill next spring.\n"
)


def test_a_bodys_last_line_without_a_stop_is_a_sentence() -> None:
    text = BODY + "Beta gains little by flattering us\n\nCol. (retd) R. Dhar, Calder\n"
    quotes = _quotes(text)
    assert quotes[-1] == "Beta gains little by flattering us"
    assert "Col. (retd) R. Dhar, Calder" not in " ".join(quotes)


@pytest.mark.parametrize(
    "last",
    [
        "With inputs from agencies",  # a credit
        "Related: Beta plans a new frigate class",  # a labelled link
        "Alpha And Beta Sign Naval Pact In Calder",  # a title-case link
        "Photographs from the harbour visit",  # no verb
        "Not for you any more? Unsubscribe | Update your preferences",  # a bar of calls
    ],
)
def test_furniture_after_the_body_stays_furniture(last: str) -> None:
    assert last not in " ".join(_quotes(BODY + last + "\n"))


def test_links_one_under_another_are_no_last_line() -> None:
    text = BODY + "Beta plans a new frigate class\nAlpha tests its new radars\n"
    assert _quotes(text)[-1] == "They agreed to hold a naval drill next spring"


def test_a_logs_stamped_entries_are_its_statements() -> None:
    text = (
        "ALERTS - Harbour News app\n"
        "09:42  BREAKING: Beta's minister arrives in Calder for talks\n"
        "11:15  Alpha briefs Beta's minister on the harbour attack, say officials\n"
        "16:10  ANALYSIS: What Beta wants from Alpha. Read more\n"
        "18:30  Beta's minister leaves Calder after two-day visit\n"
    )
    assert _quotes(text) == [
        "Beta's minister arrives in Calder for talks",
        "Alpha briefs Beta's minister on the harbour attack, say officials",
        "Beta's minister leaves Calder after two-day visit",
    ]


def test_two_stamped_lines_are_no_log() -> None:
    lines = ["09:42  Beta's minister arrives", "11:15  Alpha briefs Beta", "Harbour News"]
    assert kept_lines(lines, is_furniture) == frozenset()
    assert log_stamp("09:42  BREAKING: Beta arrives")[0] == "09:42  BREAKING: "  # type: ignore[index]
    assert log_stamp("9 42 Beta arrives") is None


def test_a_heads_title_ending_in_a_quoted_title_is_furniture() -> None:
    head = 'Round Table on "Alpha and Beta after the Calder Talks"'
    assert is_furniture(head, first=True)
    assert not is_furniture('The minister called the talks "candid and warm."', first=True)
    assert not is_furniture('Beta called the talks "candid and warm"')  # in the body: as before


REPLY = (
    "No. 12/2025\n"
    "Subject: Information sought on the Calder talks - reg.\n"
    "Please refer to your application dated 2 May. Point-wise information is furnished below.\n"
    "Point 1: Date of the talks.\n"
    "Reply: The talks were held on 5 May in Calder.\n"
    "Point 2: Subjects discussed.\n"
    "Reply: The two ministers reviewed the naval drills.\n"
    "If not satisfied with this reply, you may appeal within 30 days.\n"
)


def test_a_replys_points_labels_and_words_to_its_addressee_are_furniture() -> None:
    assert _quotes(REPLY) == [
        "The talks were held on 5 May in Calder",
        "The two ministers reviewed the naval drills",
    ]


def test_one_reply_label_makes_no_reply() -> None:
    text = "Point 1: Date of the talks.\nReply: The talks were held on 5 May in Calder.\n"
    assert "Point 1: Date of the talks" in _quotes(text)


def test_a_details_line_furnished_below_only_announces() -> None:
    from defcoop_cli.curation.drafting.pages import announces

    assert announces("Point-wise information is furnished below.")
    assert announces("The details are given as under:")
    assert not announces("The ministers agreed on the drills below the strait.")


@pytest.mark.parametrize("salute", ["Sir, - ", "Sir,— ", "Dear Editor, -- "])
def test_a_letters_salutation_before_a_dash_is_furniture(salute: str) -> None:
    text = f"Letters\nHarbour talks\n{salute}Your report on the Calder talks was welcome.\n"
    assert _quotes(text) == ["Your report on the Calder talks was welcome"]


def test_a_speakers_sir_without_a_dash_is_his_sentence() -> None:
    text = "Debate\nSir, Beta is a trusted partner of Alpha.\nWe agreed to hold drills.\n"
    assert _quotes(text)[0] == "Sir, Beta is a trusted partner of Alpha"
