"""What validate finds, the result objects its renderers draw: a problem with its JSON path,
a source's coverage, and the report that holds them (factbase.checks finds them)."""

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

# The problems the commands cannot work around: they refuse the fact base (exit 2).
BLOCKING = frozenset({"duplicate-id", "dangling-reference", "source", "span"})


class Problem(NamedTuple):
    code: str
    path: str
    message: str
    id: str | None = None  # the id of the entry the path points into

    @property
    def where(self) -> str:
        """The path as a person reads it: '$.facts[0].span (india-japan-democratic-powers)'."""
        return f"{self.path} ({self.id})" if self.id else self.path

    @property
    def blocking(self) -> bool:
        return self.code in BLOCKING


class Covered(NamedTuple):
    """A source's coverage as validate reports it: its body text's share, and its least
    covered sentence's (what a kept report holds: index.checked.verdicts)."""

    source: str
    body: float
    lowest: float


class Report(NamedTuple):
    """What validate found: the validation report, a result object like any other."""

    path: Path
    problems: Sequence[Problem] = ()
    counts: dict[str, int] = {}  # noqa: RUF012 - never changed: a NamedTuple's default
    coverage: Sequence[Covered] = ()
    layers: tuple[Path, ...] = ()  # the files of a merged view (validate --merged)

    @property
    def messages(self) -> tuple[str, ...]:
        return ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def found(self) -> bool:
        """validate 'finds' a clean fact base: problems exit 1, like nothing found."""
        return self.ok
