"""A document's own legend of short forms: notes, a stringer's file, minutes typed from a
notebook define their initials once ("KEY: RS = Rajnath Singh. GN = Gen Nakatani.",
"Abbreviations: SPK = the ministry spokesperson who briefed", "Who's who: PO - the press
officer …", or a line of "X = Name" alone) and then write only the short form. Each short
form stands for what it defines wherever it appears: a name of the fact base's is one more
alias of that entity for this document (it links, it speaks, it is no new entity); a person
described in lower case ("the joint secretary who gave the readout") is a source by the
description's head ("joint secretary"), no entity.

Only a labelled legend line, or a line of nothing but "X = …" entries, defines: an
ordinary sentence with initials ("the BJP said", "RS Components reported") defines none."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from defcoop_cli.curation.drafting.body.wrapped import each_line
from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.curation.drafting.verbs import reported_verb
from defcoop_cli.factbase.records import Doc
from defcoop_cli.factbase.vocab import THE_SOURCE

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.segments import Candidate

# The legend's label: "KEY:", "Abbreviations:", "Legend -", "Who's who:", "Initials used:".
_LABEL = re.compile(
    r"(?:KEY|Key|LEGEND|Legend|ABBREVIATIONS|Abbreviations|Abbrevs?\.?|Initials(?: used)?"
    r"(?: below)?|Who['’]s who|WHO['’]S WHO|Names used)"
    r"(?: \([^)\n]{0,40}\))?\s*[:–—-]\s*"
)
# A short form: two to seven letters, at least two capitals ("RS", "GNak", "DG").
_SHORT = r"(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z&]{1,6}"
# Where an entry starts: the line's start or a separator, the short form, "=" or a dash.
_ENTRY = re.compile(rf"(?:^|(?<=[.;/,]) +|(?<=\n))\s*({_SHORT})\s*(?:=|:| [-–—] )\s*")
_ONLY_ENTRIES = re.compile(rf"\s*{_SHORT}\s*=\s*\S.*")  # a line of "X = …" alone
_ASIDE = re.compile(r"\s*\([^)]*\)")  # "(not for naming)"
# A description's head ends before its relative clause or participle ("who gave…").
_HEAD_END = re.compile(r"\s(?:who|whom|that|which|at|from|of|for|on|in)\b|\s\w+ing\b|,")


class Legend(NamedTuple):
    """The short forms a document defines: of an entity's name (form -> the name as
    written), and of a source described in lower case (form -> its head, lower case)."""

    names: dict[str, str]
    sources: dict[str, str]

    def source_of(self, sentence: str, r: Reading) -> Reading:
        """The reading with a short form the legend defines as a source ("JS = the joint
        secretary who gave the readout") as the subject of its reporting verb, where it
        named no one: that source's ("No platform named, JS said": the joint secretary's)."""
        hit = reported_verb(sentence) if self.sources else None
        if hit is None or r.attribution != THE_SOURCE:
            return r
        words = sentence[: hit.match.start()].split()
        source = self.sources.get(words[-1]) if words else None
        if source is None:
            return r
        return r._replace(attribution=source, rule=f"{r.rule}; {words[-1]!r}: {source}")


NO_LEGEND = Legend({}, {})


def _entries(body: str) -> Iterator[tuple[str, str]]:
    """The (short form, definition) pairs of a legend's text."""
    starts = list(_ENTRY.finditer(body))
    for m, after in zip(starts, [*starts[1:], None][: len(starts)], strict=True):
        definition = body[m.end() : after.start() if after else len(body)]
        definition = _ASIDE.sub("", definition).strip(" \t\n.;/,")
        if definition:
            yield m.group(1), definition


def _legend_lines(lines: Sequence[str]) -> Iterable[tuple[int, str]]:
    """The legend's lines (number, the entries' text): a labelled line, the entry lines
    right under a label alone, or a line of "X = …" entries alone."""
    under = False  # below a label alone, while its entry lines go on
    for n, line in enumerate(lines):
        stripped = line.strip()
        label = _LABEL.match(stripped)
        if label:
            rest = stripped[label.end() :]
            under = not rest.strip()
            if _entries_in(rest):
                yield n, rest
        elif (under and _ENTRY.match(stripped)) or (
            _ONLY_ENTRIES.fullmatch(stripped) and len(stripped) < 200
        ):
            yield n, stripped
        else:
            under = False


def has_legend(lines: Sequence[str]) -> bool:
    """Whether the document has a legend line: notes' sign."""
    return next(iter(_legend_lines(lines)), None) is not None


def _entries_in(rest: str) -> bool:
    return bool(rest.strip()) and next(_entries(rest), None) is not None


def legend_entries(text: str) -> list[tuple[str, str]]:
    """Every (short form, definition) a document's legend lines give."""
    lines = [line.text for line in each_line(text)]
    return [e for _, rest in _legend_lines(lines) for e in _entries(rest)]


# A note-taker's line to the desk, or on the notes' own handling, in notes with a legend (not
# a press release's nor a transcript's: `_notes`):
# the desks and pictures ("Photo desk has the frames", "Note to pix:", "Desk: I also have
# …"), the notes' use ("NOT FOR PUBLICATION AS IS", "Raw file, not copy", "Check against
# the release before use", "Quotes marked (v) are verbatim"), the writer's own ("My own
# note:", "Headline idea:", "Also in diary:", "I will cover", "Call me …", "Ring if …").
_DESK = re.compile(
    r"\b(?:(?i:photo|picture|news|city|national|foreign|business|sports|trade|metro|copy|night"
    r"|web)|[A-Z][a-z]+) desk\b|\b(?i:desk)(?=:)|\b(?i:pix|pics?|bureau chief|not for "
    r"(?:publication|use)|before use|not copy|raw (?:file|notes)|spellings? to (?:confirm|check)"
    r"|quotes marked|my (?:own )?notes?|my recording|headline idea|in (?:the |my )?diary"
    r"|(?:call|ring) (?:me|if|the desk))\b|\bI (?:will|['’]ll) (?:cover|file)\b"
)
_SIGNED = re.compile(r"[.!]\s+[A-Z]{2,3}$")  # the note-taker's initials closing a line
# Notes' own signs besides the legend: a line addressed to a desk or slugged ("TO: Asia desk",
# "SLUG: …"), or a note-taker's clock opening a line ("1130 RS received…").
_ADDRESSED = re.compile(r"(?:TO|To|SLUG|Slug)\s*:")


def _notes(lines: Sequence[str]) -> bool:
    """Whether a document with a legend is a note-taker's notes, by their own signs."""
    return any(_ADDRESSED.match(line) or notes_clock(line) for line in map(str.strip, lines))


# A note-taker's clock opening a line with no separator before the note's first word, in
# capitals ("1130 Singh received…", "0925 NAK in at…", "10.15 RS met…"): four figures are
# never a year of 1900-2099 but with "hrs" ("1915 hrs Mon 5/5"); dotted, two figures each.
# Only in notes (a document with a legend of short forms: `has_legend`): elsewhere such
# figures are a count ("2300 Indian and Japanese troops will take part…").
_NOTES_CLOCK = re.compile(
    r"(?:(?!19\d\d |20\d\d )(?:[01]\d|2[0-3])[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d ?hrs"
    r"|(?:[01]\d|2[0-3])\.[0-5]\d) +(?=[A-Z][\w'’]* +[\w'’]+)"
)


def notes_clock(line: str) -> re.Match[str] | None:
    """A note-taker's bare clock opening the line, with its spaces, or None."""
    return _NOTES_CLOCK.match(line)


def furniture(
    text: str, found: Sequence[Candidate], furniture: Sequence[tuple[int, int]]
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates but those on the legend's lines and, in notes with a legend, on the
    note-taker's lines to the desk, and those lines as furniture: the notes' apparatus,
    no fact."""
    lines = list(each_line(text))
    texts = [line.text for line in lines]
    legend = {n for n, _ in _legend_lines(texts)}
    if not legend:
        return found, list(furniture)
    if _notes(texts):  # not a release's nor a transcript's legend
        legend |= {n for n, x in enumerate(lines) if _DESK.search(x.text) or _SIGNED.search(x.text)}
    spans = [(lines[n].start, lines[n].end) for n in sorted(legend)]
    kept = [c for c in found if not any(a <= c.start < b for a, b in spans)]
    others = [f for f in furniture if not any(a <= f[0] < b for a, b in spans)]
    return kept, sorted([*others, *spans])


def read_legend(text: str, names_in: Callable[[str], list[str]]) -> Legend:
    """The document's legend: names_in(definition) gives the ids of the entities a
    definition names; a definition naming one, and no more than it, is that entity's."""
    names: dict[str, str] = {}
    sources: dict[str, str] = {}
    for short, definition in legend_entries(text):
        if definition[:1].isupper():
            if len(set(names_in(definition))) == 1:
                names[short] = definition
        elif re.match(r"(?:the|a|an|our|my) ", definition):
            head = _HEAD_END.split(definition.split(" ", 1)[1], maxsplit=1)[0].strip()
            if 0 < len(head.split()) <= 4:
                sources[short] = head.lower()
    return Legend(names, sources)


def with_legend(doc: Doc, legend: Legend, ids_of: Callable[[str], list[str]]) -> Doc:
    """The fact base as this document reads it: each short form of a name one more alias
    of the entity it defines."""
    if not legend.names:
        return doc
    extra: dict[str, list[str]] = {}
    for short, definition in legend.names.items():
        for eid in dict.fromkeys(ids_of(definition)):
            extra.setdefault(eid, []).append(short)
    entities = [
        e._replace(aliases=(*e.aliases, *extra[e.id])) if e.id in extra else e for e in doc.entities
    ]
    return doc._replace(entities=entities)


def read(text: str, doc: Doc) -> tuple[Legend, Doc]:
    """The document's legend, and the fact base with its short forms of names as aliases."""
    from defcoop_cli.curation.drafting.entities import EntityMatcher

    matcher: list[EntityMatcher] = []  # made only for a document with a legend

    def ids(name: str) -> list[str]:
        if not matcher:
            matcher.append(EntityMatcher(doc.entities))
        return matcher[0].ids(name)

    legend = read_legend(text, ids)
    return legend, with_legend(doc, legend, ids)
