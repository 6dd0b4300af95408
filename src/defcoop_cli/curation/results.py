"""The curator's results: what init, add, diff and reanchor answer, as plain data that
the renderers import and draw. Type definitions only: the work is in the modules that make
them (adding, diffing, anchoring).
"""

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from defcoop_cli.factbase.checking.results import Problem


class Drafted(NamedTuple):
    """What `draft` made: the new file it was written to, or (None) the draft's JSON text
    for stdout, in pieces. A draft is many times the article: it is drafted as the pieces
    are read, and never held whole."""

    written: Path | None = None
    text: Iterable[str] = ()

    @property
    def found(self) -> bool:
        return True

    @property
    def messages(self) -> tuple[str, ...]:
        return ()


class Created(NamedTuple):
    """What `init` made."""

    path: Path

    @property
    def found(self) -> bool:
        return True

    @property
    def messages(self) -> tuple[str, ...]:
        return ()


class Added(NamedTuple):
    """What `add` merged into the target (or, with problems, refused to)."""

    target: Path
    source: str
    facts: tuple[str, ...]
    entities: tuple[str, ...]
    topics: tuple[str, ...]
    rejected: int
    problems: tuple[Problem, ...] = ()
    claims: tuple[tuple[str, str], ...] = ()  # (added fact, the claim it joined: its root)
    conflicts: tuple[str, ...] = ()  # the conflict notes added
    roles: tuple[tuple[str, str], ...] = ()  # (entity, role) added to entities of any layer
    event: str | None = None  # the event the source was found to report, by the claims it joins
    # (entity, what the draft proposed, what is kept): a new entity already known by its id
    # and name, proposed with another type or case; the facts link the known one
    known: tuple[tuple[str, str, str], ...] = ()

    @property
    def found(self) -> bool:
        return not self.problems

    @property
    def messages(self) -> tuple[str, ...]:
        if not self.problems:
            return ()
        n = len(self.problems)
        return (f"add refused: {n} problem{'s' if n != 1 else ''}; {self.target} is unchanged",)


class Reviewed(NamedTuple):
    """What `review --accept-all` decided in the draft it saved."""

    path: Path
    accepted: int
    rejected: int
    entities: int
    saved: bool = True  # False: nothing was left to decide, the file was not written
    decided_before: int = 0  # the candidates (facts) decided by an earlier review

    @property
    def found(self) -> bool:
        return True

    @property
    def messages(self) -> tuple[str, ...]:
        return ()


class Change(NamedTuple):
    id: str
    fields: tuple[str, ...]


class ListDiff(NamedTuple):
    name: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[Change, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


class Diff(NamedTuple):
    old: Path
    new: Path
    lists: tuple[ListDiff, ...]
    statements: dict[str, str]  # the statement (or title, name) of each entry named

    @property
    def found(self) -> bool:
        """'Found' means the same, so that the exit code is diff's: 0 same, 1 different."""
        return all(d.empty for d in self.lists)

    @property
    def messages(self) -> tuple[str, ...]:
        return ()


# How sure a quote found again is (curation.anchoring says what each status means).
EXACT, MOVED, FUZZY, AMBIGUOUS, ORPHANED = "exact", "moved", "fuzzy", "ambiguous", "orphaned"
STATUSES = (EXACT, MOVED, FUZZY, AMBIGUOUS, ORPHANED)


class Quote(NamedTuple):
    """What is to be found: a fact's quote, or a furniture or editorial excerpt."""

    kind: str  # fact, furniture, editorial
    label: str  # the fact's id, or 'furniture 3'
    text: str
    span: tuple[int, int]
    prefix: str
    suffix: str


class Anchor(NamedTuple):
    """Where a quote is in the new text, and how sure that is."""

    quote: Quote
    status: str
    span: tuple[int, int] | None  # None: orphaned or ambiguous
    text: str | None  # the new text at span
    score: float  # 0-100: the best candidate's combined score
    candidates: tuple[tuple[int, int], ...] = ()  # for ambiguous: the spans in doubt


class Reanchoring(NamedTuple):
    """Every quote of one source, found again in its new text."""

    source: str
    anchors: tuple[Anchor, ...]
    written: str | None = None  # the folder of the corrected copy, with --write

    def tally(self, status: str) -> int:
        return sum(a.status == status for a in self.anchors)

    @property
    def found(self) -> bool:
        """Every quote exact or moved (exit 0); else exit 1."""
        return all(a.status in (EXACT, MOVED) for a in self.anchors)

    @property
    def messages(self) -> tuple[str, ...]:
        if self.found:
            return ()
        doubtful = [f"{self.tally(s)} {s}" for s in (FUZZY, AMBIGUOUS, ORPHANED) if self.tally(s)]
        return (f"{', '.join(doubtful)}: review them (defcoop reanchor --json lists them)",)
