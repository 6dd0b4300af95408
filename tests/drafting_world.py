"""What the drafting's attribution tests share: a world of two countries and two people of
their own (Alpha, Beta; Ines Varga, Tomas Brel), and a sentence read after the ones before
it, as a report's are."""

from __future__ import annotations

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Reading, Speakers
from defcoop_cli.factbase.records import Entity

MATCHER = EntityMatcher(
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
        Entity("tomas-brel", "Tomas Brel", "person"),
    ]
)
PEOPLE = frozenset({"ines-varga", "tomas-brel"})


def read(*sentences: str) -> Reading:
    """The last sentence's reading, the ones before it read first (who was named)."""
    speakers = Speakers(MATCHER, PEOPLE)
    r = None
    for sentence in sentences:
        speakers.read(sentence)
        r = reading(sentence, speakers)
        speakers.heard(r)
    assert r is not None
    return r
