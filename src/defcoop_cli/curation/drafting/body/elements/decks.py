"""A page's standfirst, deck and pull quote, by the class of their element.

A news page sets a summary under its headline ("standfirst", "deck", "dek", "strapline")
and a pull quote in the story ("pull", "pull-quote", "pullquote") in elements whose class
says so. Their words are the page's display: a pull quote that does not repeat the body
word for word (furniture/listings.py finds those that do), a standfirst that reads as a
sentence ("The talks were short on headlines and long on substance."). The extracted text
keeps them as lines of their own; those lines are furniture, every time they stand.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.body.elements.bylines import CLASSED, TAG
from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.segments import Candidate, each_line

# A class word that names a deck or a pull quote, alone or as a compound's last part
# ("article-standfirst", "c-dek"); not "pull-right" (a float), not "card-deck" (its
# element holds cards: too long for a deck).
_DECK_CLASS = re.compile(
    r"(?:^|[-_])(?:standfirst|deck|dek|strap(?:line)?|pull(?:[-_]?quote|out)?)$", re.I
)
DECK_CHARACTERS = 400  # a deck or a pull quote is a line or two


def deck_texts(page: str) -> tuple[str, ...]:
    """The texts of the page's decks and pull quotes, white space made single."""
    found = []
    for m in CLASSED.finditer(page):  # an element with a class, its inner markup
        if not any(_DECK_CLASS.search(word) for word in m["cls"].split()):
            continue
        said = " ".join(html.unescape(TAG.sub(" ", m["inner"])).split())
        if 0 < len(said) <= DECK_CHARACTERS:
            found.append(said)
    return tuple(found)


def set_apart(
    text: str,
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    decks: Sequence[str],
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without those on a line that is a deck's text whole, and the
    furniture with those lines."""
    if not decks:  # a text, or a page without decks: no line read again
        return found, list(furniture)
    wanted, longest = set(decks), max(map(len, decks))
    gone = [
        (x.start, x.end)
        for x in each_line(text)
        if x.end - x.start <= 2 * longest and " ".join(x.text.split()) in wanted
    ]
    return spans_apart(found, furniture, gone, replacing=True)
