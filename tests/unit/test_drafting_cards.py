"""drafting.body.elements.cards: a gallery's quote cards, each quote given to the person its caption
names, set in the page as a paragraph of its own. Pages of my own."""

from __future__ import annotations

from defcoop_cli.curation.drafting.body.elements.cards import card_quotes, with_cards

CARD = (
    '<figure class="card"><p class="counter">{n} / 2</p><blockquote><p>{said}</p></blockquote>'
    "<figcaption>{who}</figcaption><p>Share this card</p></figure>"
)
PAGE = (
    "<html><body><article><h1>In their words</h1><p>The two ministers met in Oslo.</p>"
    + CARD.format(n=1, said="We agreed to sail together.", who="<b>Ana Holm</b>, Minister")
    + CARD.format(n=2, said="Oslo is a fine host.", who="Pieter de Wit — Defence Minister")
    + "<p>They meet again in June.</p></article></body></html>"
)


def test_a_cards_quote_is_its_captions_person() -> None:
    assert card_quotes(PAGE) == [
        ("Ana Holm", "We agreed to sail together."),
        ("Pieter de Wit", "Oslo is a fine host."),
    ]


def test_a_card_is_set_as_a_paragraph_of_its_quote_in_place() -> None:
    page = with_cards(PAGE)
    assert "<p>We agreed to sail together.</p>" in page and "figcaption" not in page
    assert page.index("met in Oslo") < page.index("sail together") < page.index("in June")


def test_a_photo_or_a_quote_without_a_caption_is_no_card() -> None:
    photo = '<figure><img src="a.jpg"><figcaption>Ana Holm in Oslo.</figcaption></figure>'
    bare = "<figure><blockquote><p>Words alone.</p></blockquote></figure>"
    lower = "<figure><blockquote>Words.</blockquote><figcaption>a reader</figcaption></figure>"
    for page in (photo, bare, lower, "<p>No figure.</p>"):
        assert card_quotes(page) == []
    assert with_cards("<p>No figure.</p>") == "<p>No figure.</p>"


def test_an_attributions_dash_before_the_captions_name_is_left_out() -> None:
    card = CARD.format(n=1, said="We sail.", who="— Ana Holm, Minister, at the port")
    assert card_quotes(card) == [("Ana Holm", "We sail.")]


def test_an_agencys_initials_as_the_caption_name_no_speaker() -> None:
    card = CARD.format(n=1, said="Beta stands with Alpha.", who="ANI")
    assert card_quotes(card) == []
