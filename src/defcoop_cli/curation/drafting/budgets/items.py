"""A news budget's furniture (see the package's account), read by its blocks (runs of
lines between blank lines):

- a budget is a document with two items or more, each closed by its count line (signs.py);
- every line before its first item (a block closed by its count line) is the desk's head and
  notes: its name, its day, the duty editor, "All times IST.", "Do not publish budget
  lines.";
- in every block after it, a count line, a slug or heading (a line without a lower-case
  letter) and a labelled line ("PHOTOS: …", "GRAPHICS: …", "CORRECTION: …", a label in
  capitals and a colon) that holds no labelled quotation (keyquotes.py);
- a news item's place-only dateline ("KELL -- "), its sentence drafted after it;
- a block whose other lines (a place-only dateline, "MUMBAI -- ", left out) name fewer
  than two entities of the fact base, no person of it and not the pair by a phrase of
  it ("both countries", "the two navies"): another story's item, a planned item with no
  facts yet, the budget's closing. An item on the talks names the parties; one on the
  monsoon, a market close or a match names none of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.budgets.signs import (
    LABELLED,
    blocks,
    count_line,
    is_budget,
    is_item,
)
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.segments import Candidate, Candidates
from defcoop_cli.factbase.records import Doc

# The kinds of entity that are the pair's own doing: an item naming one is of their news
OF_THE_PAIR = frozenset({"military exercise", "programme", "law or agreement"})
NAMED = 2  # an item of the meeting's news names two entities of the fact base, or a person
# A label in capitals opening a line: "PHOTOS:", "GRAPHICS:", "CORRECTION:", "EDS NOTE:"
_LABEL = re.compile(r"[A-Z][A-Z0-9'’&/ -]{1,30}:(?:\s|$)")
# A place-only dateline: "CHENNAI -- ", "NEW DELHI — "
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,30}\s+(?:--|—|–)\s+")
# The parties named by a phrase of the pair: "both countries", "the two navies", "the two
# ministers' talks"; an item of the meeting's news though it names neither.
_PARTIES = re.compile(
    r"\b(?:both|the two) (?:countries|nations|sides|governments|ministers|leaders|delegations"
    r"|navies|armies|air forces|militaries|forces|defen[cs]e ministries)\b",
    re.I,
)


class News:
    """Whether an item's words tell the meeting's news: two entities of the fact base, a
    person of it, one of the pair's own (an exercise, a programme, a pact: "Next Dharma
    Guardian drill to be bigger"), or the pair by a phrase of it; a desk's other stories
    name none, or only a place or an event ("Opposition demands debate on Pahalgam")."""

    def __init__(self, doc: Doc) -> None:
        self.matcher = EntityMatcher(doc.entities)
        self.people = {e.id for e in doc.entities if e.type == "person"}

    def __call__(self, words: str) -> bool:
        named = set(self.matcher.ids(words))
        theirs = {e for e in named if self.matcher.entities[e].type in OF_THE_PAIR}
        news = len(named) >= NAMED or bool(named & (self.people | theirs))
        return news or bool(_PARTIES.search(words))


def heads_apart(
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    gone: Sequence[tuple[int, int]],
    heads: Sequence[tuple[int, int]],
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """spans_apart's, each candidate starting inside a news item's head (a dateline, a log's
    time and code columns) starting after it."""
    held = Candidates()
    for c in found:
        head = next((b for a, b in heads if a <= c.start < b), None)
        held.append(c if head is None else c._replace(start=head))
    return spans_apart(held, furniture, gone, replacing=True)


def budget_apart(
    text: str,
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    doc: Doc,
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without a budget's furniture, and the furniture with it; any other
    document as it came."""
    if not is_budget(text):
        return found, list(furniture)
    news_item = News(doc)
    gone: list[tuple[int, int]] = []
    heads: list[tuple[int, int]] = []  # the news items' place-only datelines
    items = False
    for block in blocks(text):
        items = items or is_item(block)
        if not items:  # the desk's head and notes
            gone += [(a, b) for a, b, _ in block]
            continue
        told, apart, dated = [], [], []
        for a, b, line in block:
            labelled = _LABEL.match(line) and not LABELLED.match(line)  # "PHOTOS: …"
            if count_line(line) or not re.search(r"[a-z]", line) or labelled:
                apart.append((a, b))
            elif m := _DATELINE.match(line):
                told.append(line[m.end() :])
                dated.append((a, a + m.end()))
            else:
                told.append(line)
        news = news_item(" ".join(told))
        gone += [*apart, *dated] if news else [(a, b) for a, b, _ in block]
        heads += dated if news else []
    return heads_apart(found, furniture, gone, heads)  # an item's sentence after its dateline
