"""lookup.brief.timeline: the event a brief is of (given, the only one, the most recent meeting or
talks), the fact base as that event tells it, and the events in date order."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MINI, REAL, TOKYO

from defcoop_cli.errors import NothingFound, UnknownId
from defcoop_cli.factbase.loader import FactBase, load, load_layers
from defcoop_cli.lookup.brief.briefing import build_briefing
from defcoop_cli.lookup.brief.timeline import by_date, choose, for_event, with_event
from defcoop_cli.lookup.service import from_sources
from defcoop_cli.output.wording import hints


@pytest.fixture(scope="module")
def real() -> FactBase:
    return load(REAL)


@pytest.fixture(scope="module")
def layered() -> FactBase:
    return load_layers([REAL, TOKYO])


def _events(fb: FactBase, **changes: dict[str, object]) -> FactBase:
    """fb with some events changed (by id)."""
    events = [e._replace(**changes.get(e.id.replace("-", "_"), {})) for e in fb.doc.events]
    return FactBase(fb.path, fb.doc._replace(events=events), fb.layers)


class TestChoose:
    def test_none_when_the_fact_base_lists_no_events(self) -> None:
        assert choose(load(MINI), None) is None

    def test_an_unknown_event_is_not_found_with_a_did_you_mean(self, real: FactBase) -> None:
        with pytest.raises(
            UnknownId, match="no event 'delhi-meetings'; did you mean new-delhi-meeting"
        ):
            choose(real, "delhi-meetings")
        with pytest.raises(UnknownId, match="see 'defcoop events'"):
            choose(real, "zzzz")

    @pytest.mark.parametrize(
        "wanted", ["pahalgam-attack", "Terrorist attack in Pahalgam, Jammu & Kashmir", "pahalgam"]
    )
    def test_given_by_id_title_or_a_close_spelling(self, real: FactBase, wanted: str) -> None:
        found = choose(real, wanted)
        assert found is not None and found.event.id == "pahalgam-attack" and found.how == "given"

    def test_the_meeting_before_a_later_event_of_another_kind(self, real: FactBase) -> None:
        later_attack = _events(real, pahalgam_attack={"date": date(2025, 6, 1)})
        found = choose(later_attack, None)
        assert found is not None and found.event.id == "new-delhi-meeting"
        assert found.how == "most recent meeting or talks"

    def test_the_most_recent_meeting_or_talks(self, layered: FactBase) -> None:
        found = choose(layered, None)
        assert found is not None and found.event.id == "tokyo-coast-guard-talks"

    def test_of_two_meetings_on_the_last_day_the_one_more_sources_report(
        self, layered: FactBase
    ) -> None:
        """Not the last in the file: a call of one report, listed after a meeting two
        sources report on the same day, is not what a brief is wanted of."""
        same_day = _events(layered, tokyo_coast_guard_talks={"date": date(2025, 5, 5)})
        found = choose(same_day, None)
        assert found is not None and found.event.id == "new-delhi-meeting"

    def test_undated_meetings_by_their_sources_and_a_dated_one_before_them(
        self, layered: FactBase
    ) -> None:
        """No date says an undated meeting is the most recent: a dated one is chosen before
        it; of undated ones only, the one more sources report, not the last listed."""
        undated = _events(
            layered, new_delhi_meeting={"date": None}, tokyo_coast_guard_talks={"date": None}
        )
        found = choose(undated, None)
        assert found is not None and found.event.id == "new-delhi-meeting"
        one_undated = _events(layered, new_delhi_meeting={"date": None})
        found = choose(one_undated, None)
        assert found is not None and found.event.id == "tokyo-coast-guard-talks"

    def test_of_two_on_the_day_only_the_sources_in_use_count(self, layered: FactBase) -> None:
        same_day = _events(layered, tokyo_coast_guard_talks={"date": date(2025, 5, 5)})
        tokyo_only = from_sources(same_day, frozenset({"quayside-tokyo-talks"}))
        found = choose(tokyo_only, None)
        assert found is not None and found.event.id == "tokyo-coast-guard-talks"

    def test_the_most_recent_event_when_none_is_a_meeting(self, real: FactBase) -> None:
        no_meeting = _events(real, new_delhi_meeting={"kind": "visit"})
        found = choose(no_meeting, None)
        assert found is not None and found.event.id == "new-delhi-meeting"
        assert found.how == "most recent event"

    def test_the_only_event_the_sources_in_use_report(self, layered: FactBase) -> None:
        found = choose(from_sources(layered, frozenset({"quayside-tokyo-talks"})), None)
        assert found is not None and found.event.id == "tokyo-coast-guard-talks"
        only = FactBase(layered.path, layered.doc._replace(events=layered.doc.events[1:]))
        one = choose(from_sources(only, frozenset({"rajnath-nakatani-meeting"})), None)
        assert one is not None and (one.event.id, one.how) == ("pahalgam-attack", "only")


class TestForEvent:
    def test_another_events_facts_stay_out(self, layered: FactBase) -> None:
        meeting = choose(layered, "new-delhi-meeting")
        assert meeting is not None
        told = for_event(layered, meeting.event)
        assert "tokyo-exercise-agreed" not in told.facts
        assert "tokyo-recalls-new-delhi-meeting" in told.facts  # the Tokyo article tells it
        assert [s.id for s in told.doc.sources] == [
            "rajnath-nakatani-meeting",
            "quayside-tokyo-talks",
        ]

    def test_notes_on_its_facts_and_its_date_but_not_another_events_date(
        self, real: FactBase
    ) -> None:
        meeting = for_event(real, real.doc.events[0])
        assert [n.id for n in meeting.doc.curator_notes] == [
            "nakatani-office-in-reports",
            "nakatani-office-inconsistent",
            "meeting-date",
            "nakatani-given-name",
        ]
        attack = for_event(real, real.doc.events[1])
        assert attack.doc.facts == []
        assert [n.id for n in attack.doc.curator_notes] == ["pahalgam-attack-date"]

    def test_an_event_none_of_the_chosen_sources_reports(self, layered: FactBase) -> None:
        tokyo = from_sources(layered, frozenset({"quayside-tokyo-talks"}))
        with pytest.raises(NothingFound, match="'pahalgam-attack' is reported by none"):
            for_event(tokyo, layered.doc.events[1])


class TestWithEvent:
    def test_the_date_comes_from_the_events_date_note(self, real: FactBase) -> None:
        chosen = choose(real, "pahalgam-attack")
        assert chosen is not None
        b = with_event(build_briefing(for_event(real, chosen.event)), real, chosen)
        assert b.event is not None and b.event.place == "Pahalgam, Jammu & Kashmir"
        (when,) = b.dates
        assert (when.label, when.date, when.note) == (
            "Attack date",
            "2025-04-22",
            "pahalgam-attack-date",
        )

    def test_the_bottom_line_says_where_the_event_was_not_every_place_its_facts_name(
        self, real: FactBase
    ) -> None:
        """A meeting's fact naming another place (where the next round will be, say) makes
        that place one of the meeting's, but the brief says where the event was."""
        facts = [
            f._replace(entities=(*f.entities, "south-china-sea")) if f.id == "meeting-held" else f
            for f in real.doc.facts
        ]
        fb = FactBase(real.path, real.doc._replace(facts=facts), real.layers)
        chosen = choose(fb, "new-delhi-meeting")
        assert chosen is not None
        b = build_briefing(for_event(fb, chosen.event))
        assert b.bottom_line is not None and "South China Sea" in b.bottom_line.places
        told = with_event(b, fb, chosen).bottom_line
        assert told is not None and told.places == ("New Delhi",)

    def test_background_events_come_apart_with_their_points(self, layered: FactBase) -> None:
        chosen = choose(layered, None)
        assert chosen is not None
        b = with_event(build_briefing(for_event(layered, chosen.event)), layered, chosen)
        (background,) = b.background
        assert background.event.id == "new-delhi-meeting"
        cited = {f for c in background.points for f in c.facts}
        assert "emerging-tech-cooperation" in cited and "meeting-held" not in cited
        shown = {f for s in b.key_points for p in s.points for f in p.facts}
        assert shown == {"tokyo-exercise-agreed", "tokyo-distress-information-discussed"}
        assert hints(b) == (
            "brief of tokyo-coast-guard-talks, latest talks; --event ID, defcoop events",
        )


def test_events_by_date_undated_last(real: FactBase) -> None:
    undated = [e._replace(date=None, date_note="not said") for e in real.doc.events[:1]]
    order = by_date([*undated, *reversed(real.doc.events)])
    assert [(e.id, e.date is None) for e in order] == [
        ("pahalgam-attack", False),
        ("new-delhi-meeting", False),
        ("new-delhi-meeting", True),
    ]
