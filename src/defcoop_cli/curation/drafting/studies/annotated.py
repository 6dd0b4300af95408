"""An annotated bibliography's annotations: whose words their own subjects are.

An annotation speaks of the source its entry cites above it (studies/annotations.py reads
the entries: "3. Menon, Arjun. 2025. "Title." Kaveri Times (Bengaluru), 6 May."). What it
says the source itself does, with no other party as the doer, is that source's (R6): a
sentence with no subject ("Argues that Japan's condemnation carried weight."), or whose
subject is "It", "This", the source by a definite noun ("The overview condemns…", "The book
traces…") or a part of it ("Chapters 3 and 4 explain…"). What the source reports a party
did stays the party's ("It reports that the ministers agreed…", "According to the release,
Singh briefed…": the readings' own), and an opening that only says what the source is ("A
front-page report on the talks of 5 June, …") is the compiler's.

The source is the entry's author, written as a reader names it: "Iyer, Sunita" is Sunita
Iyer, "Saito, Kenji, and Meera Pillai" Kenji Saito and Meera Pillai, whose words are a
commentator's view (R5: filed as an assessment, no party's claim); a news outlet's
article is the outlet's (its container with a media word: "Kaveri Times", as "The Times of
India reported…" is the paper's word); a government ministry's is its country's (R8:
"Ministry of Defense, Japan" is Japan).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.entities import NOT_A_PERSON, EntityMatcher
from defcoop_cli.curation.drafting.pages import name_words
from defcoop_cli.curation.drafting.segments import Line
from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.curation.drafting.studies.annotations import (
    ENTRIES,
    ENTRY,
    MARKER,
    SOURCE_NOUN,
    YEAR,
)
from defcoop_cli.curation.drafting.verbs import reported_verb
from defcoop_cli.factbase.vocab import THE_SOURCE

# An entry's author, then its year: "Menon, Arjun. 2025. ", "Iyer, S. (2024). ".
_AUTHOR_YEAR = re.compile(rf"{MARKER}(?P<author>.+?){YEAR}")
# A quoted title and the container after it: '"Title." Kaveri Times (Bengaluru), 6 May'.
_CONTAINER = re.compile(r"[\"“][^\"“”]+[\"”]\s*(?P<container>[A-Z][^,.(\n]*?)\s*[,.(]")
# An author written family name first: "Iyer, Sunita", "Iyer, S.", "Saito, Kenji, and Meera
# Pillai" (the others after "and" in their own order).
_INVERTED = re.compile(
    r"(?P<family>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?P<given>(?:[A-Z]\.\s?){1,3}"
    r"|[A-Z][\w'’-]+(?: (?:[A-Z]\.|[A-Z][\w'’-]+))?)(?:,? (?:and|&) (?P<others>.+))?"
)
# A line that closes an entry's annotation: a rule of dashes, a heading in capitals.
_BREAK = re.compile(r"[-=_*~\s]{3,}|[A-Z0-9][A-Z0-9 .,:;&'’()-]{2,}")
# The subject an annotation gives its source by, before the verb: "It", "This", "The
# overview", "The book also", "Chapters 3 and 4" (a noun of a document or a part of one).
_ITSELF = re.compile(
    rf"\s*(?:it|this|(?:the|this) (?:[a-z-]+ )?(?:{SOURCE_NOUN}|volume|monograph|authors?)"
    r"|chapters? \d+(?:(?:,| and| to|-)\s?\d+)*)"
    r"(?: (?:also|then|further|again|rightly|usefully))?\s+"
    r"(?!(?:of|on|in|from|by|with|for|about|to|and|or|that|which)\b)[a-z]+\b",
    re.IGNORECASE,
)


def _source(entry: str, matcher: EntityMatcher) -> tuple[str, bool] | None:
    """Whose an entry's source is, and whether a person's (see the module's doc)."""
    m = _AUTHOR_YEAR.match(entry)
    if m is None:
        return None
    author = m["author"].strip()
    box = _CONTAINER.search(entry, m.end())
    media = name_words()["media word"]
    if box and set(box["container"].split()) & media:  # a paper's article: the paper's
        return box["container"], False
    if set(author.lower().split()) & name_words()["department"]:  # a ministry's: its country
        countries = [e for e, _, _ in matcher.find(author) if matcher.entities[e].type == "country"]
        return (matcher.entities[countries[0]].name, False) if countries else (author, False)
    inverted = _INVERTED.fullmatch(author)
    if inverted is None or NOT_A_PERSON.search(author):
        return author, False
    first = f"{inverted['given'].strip()} {inverted['family']}"
    return (f"{first} and {inverted['others']}" if inverted["others"] else first), True


class Entries:
    """An annotated bibliography's annotations, each with its entry's source."""

    def __init__(self, every: Sequence[Line], matcher: EntityMatcher) -> None:
        """every: the text's lines (segments.lines), read as they are, not copied."""
        self.spans: list[tuple[int, int, tuple[str, bool]]] = []
        at = [n for n, line in enumerate(every) if ENTRY.match(line.text)]
        if len(at) < ENTRIES:
            return
        for k, n in enumerate(at):
            source = _source(every[n].text, matcher)
            stop = at[k + 1] if k + 1 < len(at) else len(every)
            ends = (i for i in range(n + 1, stop) if _BREAK.fullmatch(every[i].text))
            last = next(ends, stop)
            if source and last > n + 1:
                self.spans.append((every[n].end, every[last - 1].end, source))

    def read(self, at: int, sentence: str, r: Reading) -> Reading:
        """The reading of an annotation's sentence at `at`: its entry's source's where it
        speaks of the source itself (see the module's doc); else r."""
        source = next((s for a, b, s in self.spans if a <= at < b), None)
        if source is None:
            return r
        hit = reported_verb(sentence)
        bare = hit is not None and not sentence[: hit.match.start()].strip()  # "Argues that"
        itself = _ITSELF.match(sentence)
        subject = sentence[: hit.match.start()].strip().lower() if hit else ""
        own = r.attribution in (THE_SOURCE, subject) or "body named before" in r.rule
        if not own or not (bare or itself):
            return r
        rule = f"{r.rule}; the annotation's source, {source[0]}"  # an author's words of the
        return r._replace(attribution=source[0], person=source[1], view=source[1], rule=rule)
