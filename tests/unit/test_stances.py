"""A stance asked as a position (lookup/search/reading/typed/stances.py): "position on X"
asks the stance on X; "position" alone stays the office. The queries are invented for the
tests. On the shipped fact base."""

from __future__ import annotations

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.typed.stances import position_as_stance
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


def shown(index: SearchIndex, typed: str) -> list[str]:
    return search(index, parse_query([typed]), SearchRequest((typed,))).shown_ids


def test_position_before_its_subject_is_a_stance() -> None:
    assert position_as_stance(["india", "position", "on", "unclos"])[1] == "stance"
    assert position_as_stance(["positions", "regarding", "drones"])[0] == "stance"
    assert position_as_stance(["nakatani", "present", "position"])[-1] == "position"
    assert position_as_stance(["position", "of", "japan"])[0] == "position"


def test_a_stance_asked_as_a_position_finds_what_it_is_on(index: SearchIndex) -> None:
    assert shown(index, "Japan-India position on FONOP")[:1] == [
        "indo-pacific-freedom-of-navigation"
    ]
    assert shown(index, "india japan position regarding autonomous weapons")[:2] == [
        "tech-autonomous-weapons",
        "emerging-tech-cooperation",
    ]
    # the office keeps its reading
    assert "nakatani-office-in-body" in shown(index, "nakatani present position")[:3]
