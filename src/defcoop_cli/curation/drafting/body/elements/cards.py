"""A page's quote cards: a gallery's "In quotes" cards, each a <figure> holding the quote in a
<blockquote> and its speaker in the <figcaption> ("<strong>Rajnath Singh</strong>, Raksha
Mantri"). The form says who speaks, not a reporting verb: the caption names the person whose
words the card holds. The extraction drops a figure with its caption, so the card's quote is
set in the page as a paragraph of its own (`with_cards`) and given to the caption's person
as a quoted post is (`card_quotes`, read by posts.post_turns); the caption, a counter and a
share line stay out of the text, as a photo's caption does.
"""

from __future__ import annotations

import re
from typing import Any

# The caption's name: its bold or cited part, else its words before a comma or a dash
# ("Gen Nakatani, Minister of Defense, Japan"; "Neelesh Varma — analyst").
_NAME = re.compile(
    r"[A-Z][\w.'’-]*(?: (?:(?:de|da|di|du|van|von|der|den|del|al|bin|ibn|le|la) )*"
    r"[A-Z][\w.'’-]*){0,4}"
)
_BEFORE_TITLE = re.compile(r"\s*(?:,|\s[—–-]\s|\|)")
_SPACES = re.compile(r"\s+")
MAX_CARD_CHARACTERS = 600  # a card holds a sentence or two, never a story


def card_quotes(html: str) -> list[tuple[str, str]]:
    """The page's quote cards, (the caption's person, the quote's words) each, in order."""
    return [(who, said) for who, said, _ in _cards(html)]


def with_cards(html: str) -> str:
    """The page with each quote card set as a paragraph of its quote (the page unchanged
    without cards)."""
    cards = _cards(html)
    if not cards:
        return html
    import lxml.html  # type: ignore[import-untyped]  # trafilatura's parser, no stubs

    for _, said, figure in cards:
        paragraph = lxml.html.Element("p")
        paragraph.text = said
        paragraph.tail = figure.tail
        figure.getparent().replace(figure, paragraph)
    root = cards[0][2].getroottree()
    return str(lxml.html.tostring(root, encoding="unicode"))


def _cards(html: str) -> list[tuple[str, str, Any]]:
    """Each card's person, words and <figure> element, in one parsed tree."""
    if "<figcaption" not in html.lower() or "<blockquote" not in html.lower():
        return []
    import lxml.html

    tree = lxml.html.fromstring(html.encode(), parser=lxml.html.HTMLParser(encoding="utf-8"))
    found: list[tuple[str, str, Any]] = []
    for figure in tree.iter("figure"):
        quotes, captions = figure.findall(".//blockquote"), figure.findall(".//figcaption")
        if len(quotes) != 1 or len(captions) != 1:
            continue
        said = _SPACES.sub(" ", quotes[0].text_content()).strip()
        who = _speaker(captions[0])
        if who and 0 < len(said) <= MAX_CARD_CHARACTERS:
            found.append((who, said, figure))
    return found


def _speaker(caption: Any) -> str | None:
    """The person a card's caption names: its bold or cited words, else its words before
    the title, an attribution's dash before them left out ("— Rajnath Singh, Raksha Mantri")."""
    marked = [e for tag in ("strong", "b", "cite") for e in caption.iter(tag)]
    words = marked[0].text_content() if marked else caption.text_content()
    words = _SPACES.sub(" ", str(words)).strip().lstrip("—–―-~ ")  # "— Rajnath Singh, …"
    head = _BEFORE_TITLE.split(words, maxsplit=1)[0].strip()
    initials = head.isupper() and " " not in head  # "ANI", "PTI": an agency's credit
    return head if _NAME.fullmatch(head) and not initials else None
