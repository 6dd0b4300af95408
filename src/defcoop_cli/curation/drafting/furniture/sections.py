"""A piece's sections that are other items than its report: a newsletter's, a column's or a
digest's, and a listing's groups of items on other news (furniture/asides.py reads them
beside the rest of what a piece says beside its report).

- **A newsletter's, a column's or a digest's other items**: a piece that speaks as a newsletter
  ("Unsubscribe", "Forwarded this email?", "In this issue"), or a column of three headed
  items or more that speaks through its writer's own channel in two of them ("we are told",
  "we hear", "a person in the room tells us"; not inside a quotation) or names itself ("told
  this column"; an analysis's one "we understand" makes no column), is cut into
  sections at its headings (short lines without final punctuation), and a digest at its
  numbered markers between rules ("==== CLIP 02 ====", furniture/roundups.py); the longest is the
  report, and so is a section that names one of the report's parties (the names the
  report gives twice or more, "Japan" and "Japanese" one name: an item of the meeting
  joins the report, and its names then count) or tells of the report's event by its
  common noun ("the visit", "the talks"); a section that names something else is another
  item's (a canteen's lunch, a firm's new chief executive); one that names nobody ("Our
  take", "We think the rally may fade…") goes on with the report.
- **A listing's other items**: a page or a letter of items from several sources (three
  lines or more closed by their sources' names, two names of two words or more: "(Kyokuto
  News)", "[Indus Ledger]"; furniture/roundups.py) is read in groups, the items in a row
  without a line between them; the largest group is the story, and a group that names
  something but none of its names is other news (a firm's results, another pair's talks),
  and so is one that shares with it only a country or its people's word beside a name of
  its own ("Indian grandmaster X wins …"), or that names nothing and tells nothing of the
  talks ("The rupee closes higher …"); one that names nothing but the talks goes with it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from defcoop_cli.curation.drafting.furniture.roundups import (
    PROPER,
    Labelled,
    StoryNames,
    a_nation,
    common_word,
    common_words,
    labelled_texts,
    other_news,
    ruled_items,
    same_name,
    tells_the_talks,
)
from defcoop_cli.curation.drafting.transcripts.aloud import read_aloud

_NEWSLETTER = re.compile(
    r"(?i)\bunsubscribe\b|\bforwarded this (?:e-?mail|newsletter|issue)\b"
    r"|^in (?:this|today'?s) (?:issue|edition)\b|\bthis (?:newsletter|issue) is\b"
)
# A column's writer speaking of its own channel (a column of items, see the module's doc).
_WRITERS_CHANNEL = re.compile(
    r"(?i)\bwe(?:['’]re| are) told\b|\bwe (?:hear|understand|gather|learn|spoke to|talked to)\b"
    r"|\btells? us\b|\b(?:told|asked by|to) this (?:column|newsletter|letter|diary)\b"
)
_THIS_PIECE = re.compile(r"(?i)\bthis (?:column|newsletter|letter|diary)\b")
_QUOTED = re.compile(r'["“][^"“”\n]*["”]')
COLUMN_ITEMS = 3  # a column of items: so many headed sections at least
LISTED_ITEMS = 3  # a listing: so many items closed by their sources' names at least
# A source's name of two words or more, in its brackets ("(Kyokuto News)", "[Indus Ledger,")
_NAMES = re.compile(r"(?<=[(\[])[A-Z][\w&'’.-]*(?: [\w&'’.-]+)+(?=[,)\]])")
# A section that tells of the report's event by its common noun is the report's.
_THE_EVENT = re.compile(r"(?i)\bthe (?:visit|talks|meeting|trip)\b")
HEADING_WORDS = 12  # a section's heading is a line of at most so many words


def newsletter_items(lines: Sequence[str]) -> set[int]:
    """A newsletter's, a column's or a digest's items other than its report (see the
    module's doc)."""
    ruled = ruled_items(lines)  # a digest's numbered items
    heads = ruled or [n for n, line in enumerate(lines) if _heading(line)]
    if len(heads) < 2:
        return set()
    bounds = list(zip(heads, [*heads[1:], len(lines)], strict=True))
    newsletter = any(_NEWSLETTER.search(line) for line in lines)
    if not (ruled or newsletter or _column(lines, bounds) or read_aloud(lines)):
        return set()
    sizes = [sum(len(lines[n].split()) for n in range(a + 1, b)) for a, b in bounds]
    common = common_words("\n".join(lines))
    report = {bounds[sizes.index(max(sizes))]}
    items = {(a, b): [w for n in range(a + 1, b) for w in _names(lines[n])] for a, b in bounds}
    while True:  # an item of the meeting joins the report, and its names count
        named = Counter(w for a, b in report for n in range(a, b) for w in _names(lines[n]))
        named = Counter({w: sum(c for v, c in named.items() if same_name(v, w)) for w in named})
        parties = {w for w, count in named.items() if count >= 2 and not common(w)}
        joining = {
            (a, b)
            for (a, b), words in items.items()
            if (a, b) not in report
            and (
                any(same_name(w, p) for w in words for p in parties)
                or any(_THE_EVENT.search(lines[n]) for n in range(a + 1, b))
                or (  # the talks' subject beside the report's countries
                    any(tells_the_talks(lines[n]) for n in range(a + 1, b))
                    and any(same_name(w, p) for w in words if a_nation(w) for p in named)
                )
            )
        }
        if not joining:
            break
        report |= joining
    found: set[int] = set()
    for (a, b), words in items.items():
        if (a, b) not in report and b - a >= 2 and any(not common(w) for w in words):
            found |= set(range(a, b))
    return found


# A form's field label opening a line ("Station: ", "Keyword hit: "): a digest's every
# item has one, no name of its own.
_FIELD = re.compile(r"[A-Z][\w -]{0,24}:\s")


def _names(line: str) -> list[str]:
    """A line's names (PROPER), its field label's words left out."""
    return PROPER.findall(line, (m.end() if (m := _FIELD.match(line)) else 0))


def listed_items(lines: Sequence[str], labelled: Labelled | None = None) -> set[int]:
    """A listing's items on other news (see the module's doc); labelled: the lines'
    `labelled_texts`, when they are read already."""
    texts, labels = labelled or labelled_texts(lines)
    outlets = {name for n, at in labels.items() for name in _NAMES.findall(lines[n][at:])}
    if len(labels) < LISTED_ITEMS or len(outlets) < 2:
        return set()
    runs: list[list[int]] = []  # each group of items: lines closed by their sources, in a row
    for n in sorted(labels):
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    everything = "\n".join(texts)
    named = [
        {w for n in run for w in PROPER.findall(texts[n]) if not common_word(w, everything)}
        for run in runs
    ]
    largest = max(range(len(runs)), key=lambda i: (len(runs[i]), len(named[i])))
    story = StoryNames(named[largest])
    found: set[int] = set()
    for i, (run, words) in enumerate(zip(runs, named, strict=True)):
        if i != largest and other_news(" ".join(texts[n] for n in run), words, story):
            found |= set(run)
    return found


def _column(lines: Sequence[str], bounds: Sequence[tuple[int, int]]) -> bool:
    """Whether the piece is a column of headed items in its writer's own channel: in two
    items or more, or naming itself ("told this column"); an analysis under subheads that
    says "we understand" once is none."""
    items = sum(b - a >= 2 for a, b in bounds)
    said = [_QUOTED.sub(" ", line) for line in lines]  # not a speaker's "we understand"
    spoken = sum(any(_WRITERS_CHANNEL.search(said[n]) for n in range(a, b)) for a, b in bounds)
    itself = any(_THIS_PIECE.search(line) for line in said)
    return items >= COLUMN_ITEMS and (spoken >= 2 or itself)


def _heading(line: str) -> bool:
    words = line.split(maxsplit=HEADING_WORDS)  # a long line's words are never all made
    return 0 < len(words) <= HEADING_WORDS and not re.search(r"[.!?:;…\"”’)]$", line)
