"""A head naming the speaker once over its items: a report's numbered or capitalised head
("3. REMARKS BY THE JAPANESE DEFENCE MINISTER.", "Statement of Gen Nakatani:") whose
lettered or bulleted items tell what he said without a subject of their own ("a. Welcomed
the progress…", "b. Stressed the need…"). The items are his turn (turns/voices.py: what no
one else is named saying is his); the turn ends with the items, at the first line that is
no item, and a head naming no person of the fact base makes none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.segments import BULLET
from defcoop_cli.curation.drafting.transcripts import Turn
from defcoop_cli.curation.drafting.turns.forms import head_speaker

HEAD_WORDS = 12  # a head is short: a longer line with "statement by" is a sentence


def _headed(text: str, matcher: EntityMatcher, people: frozenset[str]) -> str | None:
    """The fact base's person a head line names as its speaker, else None."""
    bullet = BULLET.match(text)
    head = text[bullet.end(1) :] if bullet else text  # "3. REMARKS BY …": the number off
    if len(head.split()) > HEAD_WORDS or (who := head_speaker(head)) is None:
        return None
    named = {eid for eid, _, _ in matcher.find(who) if eid in people}
    return matcher.entities[named.pop()].name if len(named) == 1 else None


def _kind(line: str) -> str | None:
    """An item's marker's kind ("a.", "(a)", "1.", "-": each its own), None for no item."""
    bullet = BULLET.match(line)
    return re.sub(r"[a-z]", "a", re.sub(r"\d+", "1", bullet[1].strip())) if bullet else None


def headed_turns(
    lines: Sequence[tuple[int, int, str]], matcher: EntityMatcher, people: frozenset[str]
) -> list[Turn]:
    """Each head's turn over the items right after it, closed by the first line that is no
    item of the first item's marker (a turn of no one); none when no head names a person
    over items."""
    turns: list[Turn] = []
    for n, (start, _, text) in enumerate(lines[:-1]):
        who = _headed(text, matcher, people)
        if who is None or (kind := _kind(lines[n + 1][2])) is None:
            continue
        turns.append(Turn(start, who, True, False))
        end = next((s for s, _, t in lines[n + 1 :] if _kind(t) != kind), None)
        if end is not None:
            turns.append(Turn(end, "", False, False))
    return turns
