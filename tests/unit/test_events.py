"""factbase.events: which event a fact belongs to, which sources report an event, and the
checks of events' references, each said in plain words."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import REAL, TOKYO

from defcoop_cli.factbase.events import dangling, event_of, problems, reporting
from defcoop_cli.factbase.loader import load, load_layers
from defcoop_cli.factbase.records import Doc, Event


@pytest.fixture(scope="module")
def doc() -> Doc:
    return load(REAL).doc


@pytest.fixture(scope="module")
def layered() -> Doc:
    return load_layers([REAL, TOKYO]).doc


def _event(doc: Doc, event_id: str) -> tuple[int, Event]:
    return next((i, e) for i, e in enumerate(doc.events) if e.id == event_id)


def _with_event(doc: Doc, event_id: str, **changes: object) -> Doc:
    i, e = _event(doc, event_id)
    events = list(doc.events)
    events[i] = e._replace(**changes)
    return doc._replace(events=events)


class TestBelonging:
    def test_a_fact_belongs_to_its_sources_main_event(self, doc: Doc) -> None:
        sources = {s.id: s for s in doc.sources}
        assert {event_of(f, sources) for f in doc.facts} == {"new-delhi-meeting"}

    def test_a_facts_own_event_comes_before_its_sources(self, layered: Doc) -> None:
        sources = {s.id: s for s in layered.sources}
        facts = {f.id: f for f in layered.facts}
        assert event_of(facts["tokyo-exercise-agreed"], sources) == "tokyo-coast-guard-talks"
        assert event_of(facts["tokyo-recalls-new-delhi-meeting"], sources) == "new-delhi-meeting"

    def test_a_source_without_an_event_gives_its_facts_none(self, doc: Doc) -> None:
        sources = {s.id: s._replace(event=None) for s in doc.sources}
        assert event_of(doc.facts[0], sources) is None

    def test_an_event_is_reported_by_the_sources_naming_it_in_a_layer_above(
        self, layered: Doc
    ) -> None:
        told = reporting(layered)
        assert told["new-delhi-meeting"] == ("rajnath-nakatani-meeting", "quayside-tokyo-talks")
        assert told["tokyo-coast-guard-talks"] == ("quayside-tokyo-talks",)
        assert told["pahalgam-attack"] == ("rajnath-nakatani-meeting",)


class TestChecks:
    def test_the_shipped_events_and_the_tokyo_layer_are_clean(self, doc: Doc, layered: Doc) -> None:
        for d in (doc, layered):
            assert [*dangling(d), *problems(d)] == []

    def test_unknown_ids_are_dangling_references(self, doc: Doc) -> None:
        broken = _with_event(
            doc,
            "pahalgam-attack",
            parties=("nobody",),
            sources=("no-source",),
            dated_by=("no-note",),
            background=("no-event",),
        )
        found = {(p.path, p.message) for p in dangling(broken)}
        assert found == {
            ("$.events[1].parties[0]", "no entity 'nobody'"),
            ("$.events[1].sources[0]", "no source 'no-source'"),
            ("$.events[1].dated_by[0]", "no curator note 'no-note'"),
            ("$.events[1].background[0]", "no event 'no-event'"),
        }

    def test_a_source_or_fact_naming_an_unknown_event(self, doc: Doc) -> None:
        broken = doc._replace(
            sources=[doc.sources[0]._replace(event="no-such", other_events=("nor-this",))],
            facts=[doc.facts[0]._replace(event="nor-that"), *doc.facts[1:]],
        )
        found = {(p.path, p.message) for p in dangling(broken)}
        assert found == {
            ("$.sources[0].event", "no event 'no-such'"),
            ("$.sources[0].other_events[0]", "no event 'nor-this'"),
            ("$.facts[0].event", "no event 'nor-that'"),
        }

    def test_a_facts_event_must_be_reported_by_its_source(self, layered: Doc) -> None:
        at = next(i for i, f in enumerate(layered.facts) if f.id == "meeting-held")
        facts = list(layered.facts)
        facts[at] = facts[at]._replace(event="tokyo-coast-guard-talks")
        (problem,) = problems(layered._replace(facts=facts))
        assert problem.path == f"$.facts[{at}].event"
        assert problem.message.startswith(
            "fact 'meeting-held' belongs to event 'tokyo-coast-guard-talks', which its "
            "source 'rajnath-nakatani-meeting' does not report"
        )

    def test_an_event_no_source_reports(self, doc: Doc) -> None:
        (problem,) = problems(_with_event(doc, "pahalgam-attack", sources=()))
        assert problem.path == "$.events[1].sources"
        assert "'pahalgam-attack' is reported by no source" in problem.message

    def test_an_event_dated_by_a_note_of_another_date_or_type(self, doc: Doc) -> None:
        other_day = _with_event(doc, "pahalgam-attack", date=date(2025, 4, 23))
        (problem,) = problems(other_day)
        assert problem.message == (
            "event 'pahalgam-attack' is dated 2025-04-23, but its note "
            "'pahalgam-attack-date' gives 2025-04-22"
        )
        not_a_date = _with_event(doc, "pahalgam-attack", dated_by=("nakatani-given-name",))
        (problem,) = problems(not_a_date)
        assert "'nakatani-given-name' is not a 'date' note" in problem.message

    def test_an_event_is_not_its_own_background(self, doc: Doc) -> None:
        (problem,) = problems(_with_event(doc, "pahalgam-attack", background=("pahalgam-attack",)))
        assert problem.message == "event 'pahalgam-attack' is its own background"
