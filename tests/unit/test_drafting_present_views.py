"""Issue 24, attribution misses by class: a view given in the present by a third person
("Analysts believe…", "X, who teaches…, thinks…") is its holder's, a commentator's view where
he is described as one (R5, R27); the piece's own unnamed people ("Our guests think…") are
named as a quantifier's are, "unnamed guests", and give a view. Each with a near sentence
that keeps its reading. Texts of my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.vocab import THE_SOURCE

MATCHER = EntityMatcher(
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
    ]
)


def view(sentence: str) -> tuple[str, bool]:
    r = reading(sentence, Speakers(MATCHER, frozenset({"ines-varga"})))
    return r.attribution, r.view


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a verb of thinking in the present, by a third person: his view, as "thought" is
        ("Analysts believe the ferry deal will speed up work at the port.", "unnamed analysts"),
        (
            "Mira Dahl, who teaches law at Ostport University, thinks the readouts were written"
            " for two home audiences.",
            "Mira Dahl",
        ),
        ("Some observers reckon the talks ran long.", "unnamed observers"),
        # the piece's own people, unnamed: named as a quantifier's are (R27), a view
        ("Our guests think the talks mattered most for the sea.", "unnamed guests"),
        ("Our panellists said the drill was too short.", "unnamed panellists"),
    ],
)
def test_a_view_in_the_present_and_the_pieces_own_people_are_theirs(
    sentence: str, who: str
) -> None:
    assert view(sentence) == (who, True)


@pytest.mark.parametrize(
    ("sentence", "its"),
    [
        # a party's view in the present is the party's, no commentator's
        ("Ines Varga believes the ferry deal is close.", ("Ines Varga", False)),
        ("Alpha believes that such a port must stay open.", ("Alpha", False)),
        # near: the first person is the writer's own view (or the speaker's), read before
        ("I think the readouts were too polite.", (THE_SOURCE, False)),
        ("We believe that a port must stay open.", (THE_SOURCE, False)),
        # near: a belief to come or denied, or thinking of a thing, gives no clause
        ("Nobody will believe it until a ship sails.", (THE_SOURCE, False)),
        ("Beta thinks about sending a frigate.", (THE_SOURCE, False)),
        # near: "our" before a title, and a quantifier's people, as before
        ("Our minister said the talks mattered most.", (THE_SOURCE, False)),
        ("Several guests said the talks mattered.", ("unnamed guests", False)),
        (
            "Our guest this week, Mira Dahl of Ostport University, argues that the talks"
            " mattered less.",
            ("Mira Dahl", True),
        ),
    ],
)
def test_near_sentences_keep_their_reading(sentence: str, its: tuple[str, bool]) -> None:
    assert view(sentence) == its
