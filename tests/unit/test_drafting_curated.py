"""drafting.base.curated: the facts of a report added as drafted vote no topics and lead none;
and the brief tells a claim by its head, whichever of its facts a layer holds first."""

from __future__ import annotations

from defcoop_cli.curation.drafting.about.topics import topic_votes
from defcoop_cli.curation.drafting.base.curated import drafted_facts
from defcoop_cli.factbase.records import Doc, Fact
from defcoop_cli.lookup.brief.briefing import _head, _home


def _fact(fid: str, source: str, topics: tuple[str, ...], keywords: tuple[str, ...] = ()) -> Fact:
    claim = {"kite-panel": "aoba-panel", "wren-talks": "talks-held"}.get(fid)
    return Fact(
        fid,
        "",
        "event",
        "India and Japan",
        "reported",
        topics,
        (),
        keywords,
        "",
        source,
        (0, 0),
        None,
        claim,
    )


SHIPPED = [  # a curated source: facts with keywords (one without, as the shipped has two)
    _fact("talks-held", "article", ("meeting",), ("talks",)),
    _fact("panel-noted", "article", ("wider-cooperation",)),
]


def _doc(facts: list[Fact]) -> Doc:
    return Doc([], [], [], facts, [])


def test_a_report_added_as_drafted_votes_no_topics_and_leads_none() -> None:
    facts = [
        *SHIPPED,
        _fact("aoba-panel", "aoba", ("joint-exercises",)),
        _fact("kite-panel", "kite", ("meeting",)),  # joins aoba's lone fact
        _fact("wren-talks", "wren", ("meeting", "dialogue-mechanisms")),  # joins a shipped one
    ]
    assert drafted_facts(_doc(facts)) == {
        "aoba-panel": (),  # its own claim, no curator's: a fact making it reads its own topics
        "kite-panel": (),
        "wren-talks": ("meeting",),  # the curated head's topics lead
    }


def test_a_base_whose_every_source_a_curator_filed_reads_as_before() -> None:
    # the near case: a source with one keyword among its facts is filed, all of it
    assert drafted_facts(_doc(SHIPPED)) == {}
    assert drafted_facts(_doc([*SHIPPED, _fact("wren-talks", "wren", (), ("talks",))])) == {}
    # and a base none of whose sources has a keyword tells no report apart
    unfiled = [_fact("aoba-panel", "aoba", ("drills",)), _fact("kite-x", "kite", ("talks",))]
    assert drafted_facts(_doc(unfiled)) == {}


def test_a_claim_s_point_is_told_and_placed_by_its_head_whatever_the_layer_s_order() -> None:
    head = _fact("aoba-panel", "aoba", ("joint-exercises",))._replace(claim="aoba-panel")
    joined = _fact("kite-panel", "kite", ("meeting",))
    for facts in ([head, joined], [joined, head]):
        assert _head(facts) is head
        assert _home(joined, {"aoba-panel": facts}) is head
    # the near case: a claim none of whose facts here is its head keeps its first
    assert _head([joined]) is joined


def test_a_report_added_as_drafted_counts_in_none_of_the_topics_tallies() -> None:
    panel = _fact("aoba-panel", "aoba", ("joint-exercises",))._replace(entities=("radar",))
    votes = topic_votes(_doc([*SHIPPED, panel]))
    assert votes.total == 2 and "entity:radar" not in votes.facts
    assert not votes.entities.get("radar")
    # the near case: the same fact of a source a curator filed counts
    filed = panel._replace(keywords=("radar",))
    votes = topic_votes(_doc([*SHIPPED, filed]))
    assert votes.total == 3 and votes.facts["entity:radar"] == 1
    assert votes.entities["radar"] == {"joint-exercises": 1}


def test_a_report_added_as_drafted_weighs_in_no_rarity_of_the_claim_finder() -> None:
    """The claim finder's rarities (IDF) count the facts a curator filed only: a report
    added as drafted left them as over the filed base alone, so a later report's sentence
    scores the claims alike whether that report was added before it or not. The near case:
    the same report filed (a keyword given) counts."""
    from defcoop_cli.curation.drafting.claims import ClaimFinder
    from defcoop_cli.curation.drafting.entities import EntityMatcher

    def finder(facts: list[Fact]) -> ClaimFinder:
        return ClaimFinder(_doc(facts), EntityMatcher([]).find)

    talks = SHIPPED[0]._replace(quote="The ministers held talks on harbour radar", statement="")
    filed = [talks, SHIPPED[1]._replace(quote="They noted the panel", statement="")]
    report = _fact("elm-radar", "elm", ())._replace(quote="Harbour radar talks were held")
    alone, over = finder(filed), finder([*filed, report])
    assert (over.idf, over.default_idf) == (alone.idf, alone.default_idf)
    assert over.facts[-1].id == "elm-radar"  # a candidate still
    kept = finder([*filed, report._replace(keywords=("radar",))])
    assert kept.default_idf > alone.default_idf and kept.idf != alone.idf
