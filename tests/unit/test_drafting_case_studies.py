"""A teaching case's apparatus by class (issue 24, s55-draft108): its restriction notice,
a discussion item that is an indirect question, a directive to whoever runs the session and
a running footer with a page's number are no report's words, and their names no entity's.
Each rule beside a near line it must leave alone. All text here is invented."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.exams.cases import _running
from unit.test_drafting_boilerplate_and_names import DOC

_CASE = """Harbour School of Statecraft
Case 4: A port call at short notice

{notice}

1. THE VISIT

Alpha and Beta agreed on Monday to hold a joint naval drill near Kell in August.

2. QUESTIONS

(a) Why did the drill move to August?
{item}

3. NOTE

{directive}

{footer}
"""

_FURNITURE = {
    "notice": "For teaching use only. This case may not be quoted as an official record.",
    "item": "(b) whether, and how far, the navies should have told the press.",
    "directive": "Instructors: allot 30 minutes for the questions. Pairs may swap roles.",
    "footer": "Harbour School of Statecraft | Studies in Naval Talks | Page 2 of 6",
}
_NEAR = {
    "notice": "For training purposes, the two navies will share a firing range near Kell.",
    "item": "(b) the two navies agreed to share a firing range near Kell.",
    "directive": "Instructors: the Alpha navy said four ships would take part in the drill.",
}


def _drafted(**lines: str) -> dict[str, Any]:
    made: dict[str, Any] = draft(
        _CASE.format(**{**_FURNITURE, **lines}), "r", DOC, {}, "/articles/r.txt", "9.9"
    )
    return made


def _quotes(made: dict[str, Any]) -> list[str]:
    return [f["quote"] for f in made["facts"]]


def test_the_apparatus_is_furniture_and_names_no_entity() -> None:
    made = _drafted()
    quotes = " ".join(_quotes(made))
    assert "joint naval drill" in quotes
    for line in _FURNITURE.values():
        assert not any(q in line for q in _quotes(made))
    names = [e["name"] for e in made["entities"]]
    assert "Studies in Naval Talks" not in names
    assert "Page" not in names


def test_each_near_line_stays_news() -> None:
    for key, line in _NEAR.items():
        quotes = _quotes(_drafted(**{key: line}))
        assert any(q in line for q in quotes), (key, quotes)


def test_a_sentence_to_the_trainees_without_a_colon_stays() -> None:
    line = "Trainees should note that neither navy published the drill's dates."
    quotes = _quotes(_drafted(directive=line))
    assert any(q in line for q in quotes)


def test_a_barred_line_is_running_only_with_a_page() -> None:
    assert _running("Harbour School | Studies in Naval Talks | p. 3")
    assert not _running("Alpha navy | Beta navy | Kell port authority")
    assert not _running("The drill's orders ran to Page 2 of 6, the navy said.")
