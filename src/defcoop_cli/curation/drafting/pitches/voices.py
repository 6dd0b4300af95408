"""Whose a pitch's sentences are: a quotation in a block is the words of the one its
introducing line names (an expert's assessment, R5; a party's own words, his position,
where the line names a person of the fact base or gives the one it names an office's
title: "Remarks by Prime Minister X:"), and what a summary under a heading naming its
source tells that is no party's act is that source's (R6). blocks.py finds both."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import overload

from defcoop_cli.curation.drafting.pitches.blocks import introduced_runs, source_sections
from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.factbase.vocab import THE_SOURCE


class _Texts(Sequence[str]):
    """The lines' texts, read through."""

    def __init__(self, lines: Sequence[tuple[int, int, str]]) -> None:
        self._lines = lines

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, at: int) -> str: ...

    @overload
    def __getitem__(self, at: slice) -> Sequence[str]: ...

    def __getitem__(self, at: int | slice) -> str | Sequence[str]:
        if isinstance(at, slice):
            return [line[2] for line in self._lines[at]]
        return self._lines[at][2]


class Voices:
    """The document's quotation blocks and sourced summaries, as spans of its text."""

    def __init__(
        self,
        lines: Sequence[tuple[int, int, str]],
        text: str,
        party: Callable[[str], str | None],
    ) -> None:
        """party: the fact base's name of a person the name stands for, else None."""
        texts = _Texts(lines)  # no list of the lines' texts made: a long article's is long
        runs = introduced_runs(texts)
        self.blocks = [
            (lines[b.first][0], lines[b.last][1], b, party(b.speaker), texts[b.intro])
            for b in runs
            if b.speaker
        ]
        # a run under a line naming no person ("Quotes from Indian Navy:"): no quotation
        # going on from before it is its
        self.unclaimed = [(lines[b.first][0], lines[b.last][1]) for b in runs if not b.speaker]
        self.sections = source_sections(lines, text) if self.blocks else []

    def unclaimed_at(self, at: int) -> bool:
        """Whether the sentence at `at` is a quotation under a line that names no person."""
        return any(start <= at < end for start, end in self.unclaimed)

    def read(self, at: int, r: Reading) -> Reading:
        """The reading of the sentence that starts at `at`, given its block or section."""
        for start, end, block, known, intro in self.blocks:
            if start <= at < end:
                rule = f"{r.rule}; a quotation under {intro!r}"
                if known is None and not block.official:  # an expert's view (R5)
                    return r._replace(
                        kind="assessment",
                        attribution=block.speaker,
                        person=True,
                        view=True,
                        rule=rule,
                    )
                if " and " in r.attribution:  # "We agreed…" in his words: the two's
                    return r
                kind = "position" if r.kind == "background" else r.kind  # his own words
                return r._replace(
                    kind=kind, attribution=known or block.speaker, person=True, rule=rule
                )
        for start, end, source in self.sections:
            if start <= at < end and r.attribution == THE_SOURCE:
                return r._replace(attribution=source, rule=f"{r.rule}; the heading's source")
        return r
