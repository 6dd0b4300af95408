"""drafting.pages: a saved web page read as an article, its main text and its metadata.

tests/fixtures/pages/quay-page.html is an invented page of the fixtures' fictional meeting,
with navigation, an ad, share buttons, a "most read" box and a footer."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop_cli.curation.drafting.pages import (
    announces,
    is_page,
    page_meta,
    read_page,
    regional,
    text_path,
)
from defcoop_cli.curation.drafting.places.before import governs

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "quay-page.html"


NO_TEXT = "<html><head><script>var a = 1;</script></head><body></body></html>"


class TestIsPage:
    @pytest.mark.parametrize("name", ["a.html", "a.HTM", "a.xhtml"])
    def test_by_name(self, name: str) -> None:
        assert is_page(Path(name), b"plain words")

    @pytest.mark.parametrize(
        "opening",
        [b"<!DOCTYPE html>\n<html>", b"\xef\xbb\xbf  <html lang='en'>", b"<!-- saved -->\n<head>"],
    )
    def test_by_how_it_opens(self, opening: bytes) -> None:
        assert is_page(Path("saved.txt"), opening + b"<body></body></html>")

    def test_text_that_mentions_html_is_text(self) -> None:
        assert not is_page(Path("a.txt"), b"The site's <html> tag was broken, an official said.")

    def test_the_text_is_saved_beside_the_page(self) -> None:
        assert text_path(Path("d/page.html")) == Path("d/page.txt")
        assert text_path(Path("d/saved")) == Path("d/saved.txt")


class TestReadPage:
    def test_main_text_only(self) -> None:
        page = read_page(PAGE.read_text(encoding="utf-8"))
        assert page is not None
        assert "review the Delta Drill and the work of their navies." in page.text
        for furniture in [
            "Home",
            "Subscribe",
            "Advertisement",
            "Share",
            "Copy link",
            "Most read",
            "Lighthouse",
            "Privacy",
            "All rights reserved",
        ]:
            assert furniture not in page.text
        assert page.text.endswith("each time.\n")

    def test_metadata(self) -> None:
        page = read_page(PAGE.read_text(encoding="utf-8"))
        assert page is not None
        assert page.title == "Alpha and Beta agree to build ships together"
        assert (page.published, page.publisher, page.author) == (
            "2025-03-14",
            "The Quay Courier",
            "Noor Idris",
        )
        assert page.url == "https://quaycourier.example/harbour/alpha-beta-ships"

    def test_no_main_text(self) -> None:
        assert read_page(NO_TEXT) is None

    def test_what_the_curator_gave_comes_first(self) -> None:
        page = read_page(PAGE.read_text(encoding="utf-8"))
        assert page is not None
        meta = page_meta(page, {"title": "Mine", "published": None, "kind": None})
        # the page's own day is kept apart: a dated dateline's comes before it (R36)
        assert meta["title"] == "Mine" and meta["page_published"] == "2025-03-14"
        assert meta["published"] is None and meta["publisher"] == "The Quay Courier"
        meta = page_meta(page, {"published": "2025-03-20"})
        assert meta["published"] == "2025-03-20" and "page_published" not in meta


def test_the_same_page_reads_the_same_every_time() -> None:
    """No state carried between pages (trafilatura's de-duplication is left off: it
    remembers text it saw before and changes what a second reading keeps)."""
    html = PAGE.read_text(encoding="utf-8")
    first = read_page(html)
    assert first is not None and read_page(html) == first == read_page(html)


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("Tokyo wants more", True),
        ("it asked support from Tokyo", True),  # "from", not after a verb of going
        ("the minister flew in from Tokyo", False),
        ("they met in Tokyo", False),
        ("a Tokyo think tank", False),  # an adjective
        # going to it: a verb of leaving, then "for"
        ("the envoy leaves for Tokyo on Friday", False),
        ("the jet is due to fly out for Tokyo at noon", False),
        ("Departed for Tokyo.", False),
        # "for" after no verb of leaving: its government ("a win for Tokyo")
        ("the deal was a win for Tokyo", True),
        ("she left the door open for Tokyo to join", True),
        # "left" and "set out" give as well as go: in the passive, or with their object
        # after the name, the capital is who is given it (its government)
        ("the last word on the frigates was left for Tokyo to give", True),
        ("the choice is now left for Tokyo", True),
        ("the conditions were set out for Tokyo in a letter", True),
        ("Delhi set out for Tokyo its price for the radars", True),
        ("she set out for Tokyo what the navy needed", True),
        # near cases: the traveller's "left", "set out"; a time after the name is no object
        ("the envoy left for Tokyo the next day", False),
        ("the admiral left for Tokyo a week later", False),
        ("the envoy set out for Tokyo after the talks", False),
        ("the minister left for Tokyo to sign the pact", False),
        ("the tanker was bound for Tokyo", False),  # "bound" is passive in form, and goes
    ],
)
def test_a_capital_is_its_government_unless_it_is_a_place(text: str, government: bool) -> None:
    assert governs(text, text.index("Tokyo")) is government


@pytest.mark.parametrize(
    ("name", "adjective"),
    [
        ("Philippine", True),
        ("Southeast Asian", True),
        ("Middle Eastern", True),
        ("Sub-Saharan African", True),
        ("South Pacific", False),
        ("Myanmar", False),  # a country whose demonym is its name
        ("Eastern Naval Command", False),
    ],
)
def test_a_peoples_or_regions_adjective(name: str, adjective: bool) -> None:
    assert regional(name.split()) is adjective


def test_a_label_after_a_long_run_of_spaces_is_a_label() -> None:
    from defcoop_cli.curation.drafting.pages import is_furniture

    assert is_furniture("Regional situation" + " " * 50_000 + "(Overview)")
    assert not is_furniture("x" + " " * 50_000 + "y said (in Tokyo).")


def test_a_sentence_with_no_words_is_furniture_like_an_announcement() -> None:
    assert announces("(3/7)") and announces("\U0001f6a2\U0001f30a") and announces("— 2/2 —")
    assert announces("The programme is as follows.")
    assert not announces("Ostra sent two ships.") and not announces("Ships: 2.")


LINE = "Ostra sent two ships to the strait on Monday, the navy said. "


@pytest.mark.parametrize("formula", ["End summary.", "Yes, Sir.", "Good morning.", "More soon?"])
def test_a_formula_of_two_words_in_a_longer_line_is_furniture(formula: str) -> None:
    assert announces(formula, LINE + formula) and announces(formula, formula + " " + LINE)


@pytest.mark.parametrize(
    "sentence",
    [
        "It ended.",  # a pronoun subject, a past form: a clause
        "Ostra agreed.",
        "A: Good evening.",  # a transcript's label: its own rule
    ],
)
def test_a_short_clause_or_a_line_of_its_own_is_no_formula(sentence: str) -> None:
    assert not announces(sentence, LINE + sentence)
    assert not announces("End summary.", "End summary.")  # a line of its own: other rules
    assert not announces("Cyber security.", "- Cyber security.")  # a list's item


@pytest.mark.parametrize("formula", ["Ostra wins.", "Yes, Sir."])
def test_a_formula_inside_a_line_is_the_line_s_sentence(formula: str) -> None:
    """Only at a line's edge (after a label such as "(a):") is a formula furniture: between
    two sentences it is the report's own ("… ships. Ostra wins. The navy …")."""
    assert not announces(formula, LINE + formula + " " + LINE)
    assert announces(formula, "(a) & (b): " + formula + " " + LINE)
