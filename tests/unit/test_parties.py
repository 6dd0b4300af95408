"""lookup.brief.parties: who speaks in a brief's points. A view of someone who is no party is no
point; facts no claim links that clearly say one thing are told once, their reports
counted, no claim made."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop_cli.curation.drafting.unnamed.unnamed import GENERIC, GENERIC_GROUP
from defcoop_cli.factbase.loader import FactBase, load
from defcoop_cli.factbase.records import Entity, Fact
from defcoop_cli.factbase.vocab import COMMENTATORS
from defcoop_cli.lookup.brief.briefing import build_briefing
from defcoop_cli.lookup.brief.parties import Parties, told_once
from defcoop_cli.lookup.results import Briefing, Point
from defcoop_cli.output.brief.short import short_layout

ROOT = Path(__file__).resolve().parents[2]
PARTIES = ("rajnath-singh", "nakatani", "india", "japan")
ANALYST = Entity("koa-lindqvist", "Koa Lindqvist", "person", aliases=("Lindqvist",))


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(ROOT / "data" / "facts.json")


def _reported(fb: FactBase, *facts: Fact, entities: tuple[Entity, ...] = ()) -> FactBase:
    """The shipped base with a report of its own for each fact (sources r0, r1, …)."""
    source = fb.doc.sources[0]
    sources = [source._replace(id=f.source, title=f"Report {f.source}") for f in facts]
    doc = fb.doc._replace(
        sources=[*fb.doc.sources, *sources],
        facts=[*fb.doc.facts, *facts],
        entities=[*fb.doc.entities, *entities],
    )
    return FactBase(fb.path, doc)


def _fact(fb: FactBase, n: int, like: str, attribution: str, entities: tuple[str, ...]) -> Fact:
    return fb.facts[like]._replace(
        id=f"r{n}-fact", source=f"r{n}", attribution=attribution, entities=entities
    )


def _points(b: Briefing, stance: str) -> list[Point]:
    return [p for s in (*b.key_points, *b.regional) for p in s.points if p.stance == stance]


def _text(b: Briefing) -> str:
    return "\n".join("".join(seg.text for seg in line) for s in short_layout(b) for line in s.lines)


class TestSpeakers:
    def test_each_speaker_by_name_or_alias_and_none_when_one_is_unknown(self) -> None:
        known = Parties(PARTIES, [ANALYST, Entity("japan", "Japan", "country")])
        assert known.speakers("Lindqvist and Japan") == {"koa-lindqvist", "japan"}
        assert known.speakers("a senior official") is None
        assert known.speakers("Lindqvist and a senior official") is None

    def test_a_known_person_who_is_no_party_is_an_outsider(self, fb: FactBase) -> None:
        known = Parties(PARTIES, [*fb.doc.entities, ANALYST])
        concern = fb.facts["unilateral-actions-concern"]
        assert known.outsider(concern._replace(attribution="Koa Lindqvist"))
        assert not known.outsider(concern)  # India and Japan
        assert not known.outsider(concern._replace(attribution="Koa Lindqvist and Japan"))
        assert not known.outsider(concern._replace(attribution="the minister"))  # not known
        # a body the fact base knows is no person: what it says is not judged here
        assert not known.outsider(concern._replace(attribution="Japanese delegation"))
        # without parties nothing is an outsider
        assert not Parties((), [ANALYST]).outsider(concern._replace(attribution="Lindqvist"))

    def test_unnamed_commentators_are_outsiders_an_unnamed_official_not(self, fb: FactBase) -> None:
        known = Parties(PARTIES, fb.doc.entities)
        concern = fb.facts["unilateral-actions-concern"]
        outsiders = ("unnamed participants", "analysts in delhi", "former ambassador")
        market = ("unnamed traders", "brokerages in mumbai", "unnamed fund managers")
        for who in (*outsiders, *market):  # the market's people as drafting reads them
            assert known.outsider(concern._replace(attribution=who))
        for who in (
            "unnamed officials",
            "japanese officials",
            "both ministers",
            "indian participants",
            "unnamed participants in the talks",
        ):
            assert not known.outsider(concern._replace(attribution=who))

    def test_the_commentators_nouns_are_one_list_that_drafting_reads_too(
        self, fb: FactBase
    ) -> None:
        # vocab.COMMENTATORS: what the brief takes for an outsider, drafting takes for a
        # generic source (before, "scholars" was one to the brief and not to drafting)
        known = Parties(PARTIES, fb.doc.entities)
        concern = fb.facts["unilateral-actions-concern"]
        for noun in COMMENTATORS:
            assert known.outsider(concern._replace(attribution=f"unnamed {noun}")), noun
            assert GENERIC.fullmatch(noun) and GENERIC_GROUP.fullmatch(f"Retired {noun}"), noun


class TestCommentators:
    def test_an_analysts_concern_is_no_point_of_the_brief(self, fb: FactBase) -> None:
        view = _fact(fb, 0, "unilateral-actions-concern", "Koa Lindqvist", ("japan",))
        said = _fact(fb, 1, "unilateral-actions-concern", "a senior official", ("japan",))
        grown = _reported(fb, view, said, entities=(ANALYST,))
        b = build_briefing(grown, parties=PARTIES)
        shown = {f for p in _points(b, "raised concern") for f in p.facts}
        assert "r0-fact" not in shown and {"unilateral-actions-concern", "r1-fact"} <= shown
        # who met whom are parties even when the brief is of no event
        assert "r0-fact" not in {
            f for p in _points(build_briefing(grown), "raised concern") for f in p.facts
        }

    def test_the_event_brief_read_through_the_index_leaves_it_out_too(self, fb: FactBase) -> None:
        """brief_base reads the people a speaker may be, so the index's brief of the event
        knows the analyst as the whole base's does."""
        from defcoop_cli.lookup.brief.briefing import brief_base
        from defcoop_cli.lookup.brief.timeline import choose, event_brief
        from defcoop_cli.lookup.search.memory import SearchIndex

        view = _fact(fb, 0, "unilateral-actions-concern", "Koa Lindqvist", ("japan",))
        grown = _reported(fb, view, entities=(ANALYST,))
        grown.homes = fb.homes
        index, chosen = SearchIndex(grown), choose(grown, "new-delhi-meeting")
        assert chosen is not None
        b = event_brief(index, brief_base(index, None, chosen.event), chosen, frozenset())
        concerns = [f for p in _points(b, "raised concern") for f in p.facts]
        assert concerns and "r0-fact" not in concerns

    def test_a_partys_concern_stays(self, fb: FactBase) -> None:
        said = _fact(fb, 0, "unilateral-actions-concern", "Rajnath Singh", ("japan",))
        b = build_briefing(_reported(fb, said), parties=PARTIES)
        assert "r0-fact" in {f for p in _points(b, "raised concern") for f in p.facts}


class TestToldOnce:
    def test_unlinked_reports_of_one_condemnation_are_one_line_with_their_count(
        self, fb: FactBase
    ) -> None:
        facts = [
            _fact(fb, n, "pahalgam-condemned", "Gen Nakatani", ("nakatani", "pahalgam-attack"))
            for n in range(3)
        ]
        b = build_briefing(_reported(fb, *facts), parties=PARTIES)
        (told,) = [p for p in _points(b, "condemned") if "r0-fact" in p.facts]
        assert told.facts == ("r0-fact", "r1-fact", "r2-fact")
        assert told.reports is not None and told.reports.reports == 3
        assert len(_points(b, "condemned")) == 2  # and the shipped one, another speaker's
        assert "(3 sources)" in _text(b) and "more condemned" not in _text(b)

    @pytest.mark.parametrize(
        ("attribution", "entities"),
        [
            ("Gen Nakatani", ("nakatani",)),  # no object named: not clearly the same
            ("Japan", ("japan", "pahalgam-attack")),  # another speaker
            ("the minister", ("pahalgam-attack",)),  # a speaker the fact base does not know
            ("Gen Nakatani", ("nakatani", "pahalgam-attack", "unclos")),  # another object
        ],
    )
    def test_only_the_same_speaker_and_object_are_told_once(
        self, fb: FactBase, attribution: str, entities: tuple[str, ...]
    ) -> None:
        first = _fact(fb, 0, "pahalgam-condemned", "Gen Nakatani", ("nakatani", "pahalgam-attack"))
        other = _fact(fb, 1, "pahalgam-condemned", attribution, entities)
        b = build_briefing(_reported(fb, first, other), parties=PARTIES)
        assert len(_points(b, "condemned")) == 3

    def test_a_thing_said_twice_is_told_once_and_a_claim_is_made_by_none(
        self, fb: FactBase
    ) -> None:
        first = _fact(fb, 0, "pahalgam-condemned", "Gen Nakatani", ("nakatani", "pahalgam-attack"))
        again = first._replace(id="r0-again")  # the same report says it twice
        known = Parties(PARTIES, fb.doc.entities)
        assert told_once([[first], [again]], known) == [[first, again]]
        groups = told_once([[first], [first._replace(id="r1-fact", source="r1")]], known)
        assert [[f.id for f in g] for g in groups] == [["r0-fact", "r1-fact"]]
        assert all(f.claim is None for g in groups for f in g)

    def test_a_report_that_says_it_twice_counts_once_in_the_brief(self, fb: FactBase) -> None:
        first = _fact(fb, 0, "pahalgam-condemned", "Gen Nakatani", ("nakatani", "pahalgam-attack"))
        other = _fact(fb, 1, "pahalgam-condemned", "Gen Nakatani", ("nakatani", "pahalgam-attack"))
        base = _reported(fb, first, other)
        again = first._replace(id="r0-again")
        b = build_briefing(
            FactBase(base.path, base.doc._replace(facts=[*base.doc.facts, again])),
            parties=PARTIES,
        )
        (told,) = [p for p in _points(b, "condemned") if "r0-fact" in p.facts]
        # in report order (lookup/brief/order.py): a source's facts together, r0's before r1's
        assert told.facts == ("r0-fact", "r0-again", "r1-fact")
        assert told.reports is not None and told.reports.reports == 2
        assert "(2 sources)" in _text(b) and "r0-again" not in {
            f for p in _points(b, "condemned") if p is not told for f in p.facts
        }


class TestReview:
    """What the review of this stop found (2026-12-04, s18-review)."""

    def test_parties_that_are_countries_alone_tell_no_commentator(self, fb: FactBase) -> None:
        """An exercise's parties, "India, Japan", and no meeting fact naming who met: the
        minister who speaks for India is no commentator, his concern a point."""
        meeting = {t.id for t in fb.doc.topics if t.group == "meeting"}
        facts = [f for f in fb.doc.facts if meeting.isdisjoint(f.topics)]
        said = fb.facts["unilateral-actions-concern"]._replace(
            id="r0-fact", attribution="Rajnath Singh"
        )
        grown = FactBase(fb.path, fb.doc._replace(facts=[*facts, said]))
        grown.homes = fb.homes
        b = build_briefing(grown, parties=("india", "japan"))
        assert "r0-fact" in {f for p in _points(b, "raised concern") for f in p.facts}
        known = Parties(("india", "japan"), [*fb.doc.entities, ANALYST])
        assert not known.outsider(said._replace(attribution="Koa Lindqvist"))

    def test_a_name_with_and_is_one_speaker_and_a_shared_name_none(self) -> None:
        ministry = Entity("meti", "Ministry of Economy, Trade and Industry", "organisation")
        namesake = Entity("koa-lindqvist-2", "Koa Lindqvist", "person")
        known = Parties(PARTIES, [ministry, ANALYST, namesake, ANALYST])
        assert known.speakers("Ministry of Economy, Trade and Industry") == {"meti"}
        assert known.speakers("Koa Lindqvist") is None  # two people go by it
        assert known.speakers("Lindqvist") == {"koa-lindqvist"}  # the alias is one's alone

    def test_the_brief_reads_the_people_its_speakers_name_not_every_person(
        self, fb: FactBase
    ) -> None:
        """brief_base reads a person only when an attribution of its facts gives his name:
        reading every person of a large base made the brief grow with it."""
        from defcoop_cli.lookup.brief.briefing import brief_base
        from defcoop_cli.lookup.search.memory import SearchIndex

        view = _fact(fb, 0, "unilateral-actions-concern", "Koa Lindqvist", ("japan",))
        bystander = Entity("ode-marsh", "Ode Marsh", "person")
        grown = _reported(fb, view, entities=(ANALYST, bystander))
        grown.homes = fb.homes
        read = {e.id for e in brief_base(SearchIndex(grown), None).doc.entities}
        assert "koa-lindqvist" in read and "ode-marsh" not in read


class TestSecondReview:
    """What the review of the brief's change found (2026-12-04, s18-brieffix)."""

    def test_someone_a_meeting_fact_names_but_who_did_not_meet_is_no_party(
        self, fb: FactBase
    ) -> None:
        """ "… under Prime Minister Hana Ode": she is left out of who met whom, and her view
        is a commentator's, as it would be were she named nowhere in the meeting's facts."""
        premier = Entity("hana-ode", "Hana Ode", "person")
        under = fb.facts["meeting-held"]._replace(id="r0-fact", source="r0", entities=("hana-ode",))
        view = _fact(fb, 1, "unilateral-actions-concern", "Hana Ode", ("japan",))
        grown = _reported(fb, under, view, entities=(premier,))
        b = build_briefing(grown, parties=PARTIES)
        assert "Hana Ode" not in {p.name for p in b.people}
        assert "r1-fact" not in {f for p in _points(b, "raised concern") for f in p.facts}
        # with no parties given, everyone the meeting's facts name met
        alone = build_briefing(grown)
        assert "Hana Ode" in {p.name for p in alone.people}
        assert "r1-fact" in {f for p in _points(alone, "raised concern") for f in p.facts}

    def test_an_organisation_named_only_as_a_speaker_is_known_through_the_index_too(
        self, fb: FactBase
    ) -> None:
        """Two reports of one condemnation by a ministry no fact names: told once, briefed
        from the whole base or from the facts the index reads."""
        from defcoop_cli.lookup.brief.briefing import brief_base
        from defcoop_cli.lookup.search.memory import SearchIndex

        ministry = Entity("ostra-ministry", "Ministry of Ostra Affairs", "organisation")
        facts = [
            _fact(fb, n, "pahalgam-condemned", "Ministry of Ostra Affairs", ("pahalgam-attack",))
            for n in range(2)
        ]
        grown = _reported(fb, *facts, entities=(ministry,))
        grown.homes = fb.homes
        index = SearchIndex(grown)
        whole = build_briefing(grown)
        (told,) = [p for p in _points(whole, "condemned") if "r0-fact" in p.facts]
        assert told.facts == ("r0-fact", "r1-fact")
        assert build_briefing(brief_base(index, None), tallies=index.tallies()) == whole


class TestPointingBack:
    """A report's second condemnation that names no object ("denounced the killings") is
    the point it points back at, not a line of its own (s32-brief24)."""

    def test_it_joins_its_own_reports_point(self, fb: FactBase) -> None:
        first = _fact(fb, 0, "pahalgam-condemned", "Gen Nakatani", ("nakatani", "pahalgam-attack"))
        again = _fact(fb, 0, "pahalgam-condemned", "Gen Nakatani", ("nakatani",))
        again = again._replace(id="r0-again")
        b = build_briefing(_reported(fb, first, again), parties=PARTIES)
        (told,) = [p for p in _points(b, "condemned") if "r0-fact" in p.facts]
        assert told.facts == ("r0-fact", "r0-again")
        assert len(_points(b, "condemned")) == 2  # and the shipped one

    def test_whoever_the_report_says_spoke(self, fb: FactBase) -> None:
        known = Parties(PARTIES, fb.doc.entities)
        first = _fact(fb, 0, "pahalgam-condemned", "Japan", ("japan", "pahalgam-attack"))
        again = _fact(fb, 0, "pahalgam-condemned", "Gen Nakatani", ("nakatani",))
        again = again._replace(id="r0-again")
        assert told_once([[first], [again]], known) == [[first, again]]

    def test_not_another_reports_nor_one_of_two(self, fb: FactBase) -> None:
        known = Parties(PARTIES, fb.doc.entities)
        first = _fact(fb, 0, "pahalgam-condemned", "Gen Nakatani", ("nakatani", "pahalgam-attack"))
        bare = _fact(fb, 1, "pahalgam-condemned", "Gen Nakatani", ("nakatani",))
        assert len(told_once([[first], [bare]], known)) == 2  # another report's
        second = _fact(fb, 0, "pahalgam-condemned", "Gen Nakatani", ("nakatani", "unclos"))
        second = second._replace(id="r0-second")
        mine = bare._replace(id="r0-bare", source="r0")
        # two things the report condemned: which one it means is not told
        assert len(told_once([[first], [second], [mine]], known)) == 3
