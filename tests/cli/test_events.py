"""events: the events by date, a timeline, with their sources and independent reports, in
every format; --source narrows it; a fact base without events says so."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import call, call_json, one_file

EVENT_KEYS = [
    "id",
    "kind",
    "title",
    "date",
    "date_note",
    "place",
    "parties",
    "sources",
    "dated_by",
    "background",
    "party_names",
    "reported_by",
    "reports",
    "independent_reports",
]


@pytest.mark.usefixtures("real_factbase")
class TestOnTheShippedBase:
    def test_json_lists_the_two_events_by_date(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "events")
        assert list(doc) == ["schema_version", "events"]
        attack, meeting = doc["events"]
        assert list(meeting) == EVENT_KEYS
        assert (attack["id"], attack["date"], attack["kind"]) == (
            "pahalgam-attack",
            "2025-04-22",
            "attack",
        )
        assert (meeting["id"], meeting["date"], meeting["place"]) == (
            "new-delhi-meeting",
            "2025-05-05",
            "New Delhi",
        )
        assert meeting["party_names"] == ["Rajnath Singh", "Gen Nakatani", "India", "Japan"]
        assert meeting["dated_by"] == ["meeting-date"]
        assert attack["dated_by"] == ["pahalgam-attack-date"]
        assert meeting["reported_by"] == [
            {"id": "rajnath-nakatani-meeting", "publisher": None, "published": None}
        ]
        assert (meeting["reports"], meeting["independent_reports"]) == (1, 1)

    def test_jsonl_one_event_a_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = call(capsys, "events", "--jsonl")
        rows = [json.loads(line) for line in out.splitlines()]
        assert code == 0 and [r["id"] for r in rows] == ["pahalgam-attack", "new-delhi-meeting"]
        assert all(list(r) == EVENT_KEYS for r in rows)

    def test_human_a_timeline(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = call(capsys, "events", "--color", "never")
        assert code == 0 and err == ""
        assert out.index("22 April 2025 · attack · pahalgam-attack") < out.index(
            "5 May 2025 · meeting · new-delhi-meeting"
        )
        assert "New Delhi · parties: Rajnath Singh, Gen Nakatani, India, Japan" in out
        assert "reported by rajnath-nakatani-meeting · 1 source" in out

    def test_an_unknown_source_is_not_found(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = call(capsys, "events", "--source", "nosuchsource")
        assert (code, out) == (1, "") and err.startswith("defcoop: no source 'nosuchsource'")

    def test_json_and_jsonl_together_are_a_usage_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = call(capsys, "events", "--json", "--jsonl")
        assert (code, out) == (2, "") and err.startswith("defcoop: ")


@pytest.mark.usefixtures("tokyo_layer")
class TestWithTheTokyoLayer:
    def test_three_events_in_date_order(self, capsys: pytest.CaptureFixture[str]) -> None:
        events = call_json(capsys, "events")["events"]
        assert [(e["id"], e["date"]) for e in events] == [
            ("pahalgam-attack", "2025-04-22"),
            ("new-delhi-meeting", "2025-05-05"),
            ("tokyo-coast-guard-talks", "2025-06-10"),
        ]
        assert events[2]["background"] == ["new-delhi-meeting"]

    def test_a_layers_source_reports_an_event_of_the_base(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        meeting = call_json(capsys, "events")["events"][1]
        assert [s["id"] for s in meeting["reported_by"]] == [
            "rajnath-nakatani-meeting",
            "quayside-tokyo-talks",
        ]
        assert meeting["sources"] == ["rajnath-nakatani-meeting"]  # the base is not edited
        assert (meeting["reports"], meeting["independent_reports"]) == (2, 2)

    def test_source_narrows_to_the_events_it_reports(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        doc = call_json(capsys, "events", "--source", "Quayside Courier")
        assert [e["id"] for e in doc["events"]] == ["new-delhi-meeting", "tokyo-coast-guard-talks"]


class TestWithoutEvents:
    def test_nothing_found_says_so(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = call(capsys, "events")
        assert (code, out) == (1, "")
        assert err == "defcoop: no events: the fact bases in use list none\n"

    def test_json_is_an_empty_list(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = call(capsys, "events", "--json")
        assert code == 1 and json.loads(out)["events"] == []


def test_copies_of_one_wire_count_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """mini and second in one file: the Daily Lantern's report is a copy of Harbour Wire's."""
    path = one_file(tmp_path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["events"] = [
        {
            "id": "talks",
            "kind": "talks",
            "title": "Alpha and Beta hold talks",
            "date": "2025-03-04",
            "sources": ["mini", "harbour-wire", "daily-lantern"],
        }
    ]
    path.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setenv("DEFCOOP_FACTS", str(path))
    (event,) = call_json(capsys, "events")["events"]
    assert (event["reports"], event["independent_reports"]) == (3, 2)
    code, out, _ = call(capsys, "events", "--color", "never")
    assert code == 0 and "· 3 reports, 2 independent" in out


def test_a_report_without_a_publisher_says_its_id_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ministry's layer names no publisher: its date alone, not its id twice."""
    from conftest import REAL, ROOT

    layer = ROOT / "tests" / "fixtures" / "layers" / "ministry" / "facts.json"
    monkeypatch.setenv("DEFCOOP_FACTS", f"{REAL}{os.pathsep}{layer}")
    monkeypatch.setenv("DEFCOOP_NO_DEFAULT_FACTS", "1")
    code, out, _ = call(capsys, "events", "--color", "never")
    flat = " ".join(out.split())
    assert code == 0 and "; ministry (5 May 2025) · 2 sources" in flat
    assert "ministry (ministry" not in flat
