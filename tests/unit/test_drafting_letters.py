"""drafting.about.editorial: in a letter written to someone (a salutation heads it), "you" is
the addressee, not the reader: no promotion. Texts of my own."""

from __future__ import annotations

from defcoop_cli.curation.drafting.about.editorial import possibly_editorial
from defcoop_cli.curation.drafting.body.replies import addressed
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.segments import candidates

BODY = "Your report on the ferry talks made good reading.\n\nThe harbour deserves better.\n"


def _flagged(text: str) -> dict[int, int]:
    found, _ = candidates(text)
    return possibly_editorial(text, found, EntityMatcher([]), frozenset())


def test_a_letters_you_is_its_addressee() -> None:
    assert addressed(["HARBOUR GAZETTE", "Sir, - Your report on the talks"])
    assert addressed(["Dear Minister Varga,", "I write about the ferry."])
    assert not addressed(["HARBOUR GAZETTE", "Your report on the talks"])
    assert _flagged("LETTERS\n\nSir, - " + BODY) == {}
    assert _flagged("LETTERS\n\n" + BODY) != {}  # no salutation: "your" speaks to the reader
