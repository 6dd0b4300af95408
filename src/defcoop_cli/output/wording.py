"""Words the renderers share, so the rich, Markdown and plain outputs say the same thing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from defcoop_cli.factbase.checks import Report
    from defcoop_cli.lookup.results import Corroboration, SourceRef
    from defcoop_cli.lookup.search.partial import Partial
    from defcoop_cli.lookup.search.ranking import TermMatch
    from defcoop_cli.lookup.search.unheld.elsewhere import Refusal

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# How a note's basis reads beside a date or a flag.
BASIS_SHORT = {"outside the article": "outside reports", "the article": "the article"}
NOTE_LABELS = {
    "correction": "Correction",
    "date": "Date",
    "note": "Curator note",
    "conflict": "Sources disagree",
}


def long_date(iso: str) -> str:
    """2025-05-05 as '5 May 2025', whatever the locale."""
    day = date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def basis_short(basis: str) -> str:
    return BASIS_SHORT.get(basis, basis)


def note_label(note_type: str, basis: str) -> str:
    """'Correction (outside the article)', 'Curator note (the article)'."""
    return f"{NOTE_LABELS.get(note_type, 'Curator note')} ({basis})"


def reference(publisher: str, title: str, published: str, via: str | None) -> str:
    """One reference, without its URL: 'Lokmat Times (ANI), 5 May 2025: "Title"'."""
    source = f"{publisher} ({via})" if via else publisher
    return f'{source}, {long_date(published)}: "{title}"'


def reference_names(references: Sequence[Any]) -> str:
    """Who a note's references come from, once each: 'ANI, PTI, Jiji Press'."""
    return ", ".join(dict.fromkeys(r.via or r.publisher for r in references))


def source_label(source: SourceRef) -> str:
    """A source, short: its publisher (or id) and date: 'Harbour Wire, 4 March 2025'."""
    name = source.publisher or source.id
    return f"{name}, {long_date(source.published)}" if source.published else name


def reports(claim: Corroboration | None) -> str:
    """How many sources report a claim: '2 sources', '3 reports, 2 independent' (copies of
    one wire report count once as independent); empty for a claim of one source."""
    if claim is None or claim.reports < 2:
        return ""
    if claim.independent == claim.reports:
        return plural(claim.reports, "source")
    return f"{claim.reports} reports, {claim.independent} independent"


def event_reports(event: Corroboration) -> str:
    """An event's reports: '1 source', '2 sources', '3 reports, 2 independent'."""
    return reports(event) or plural(event.reports, "source")


def disputed(note: str) -> str:
    """The mark of a fact that sources contradict: the conflict note to read."""
    return f"sources disagree: see {note}"


def watch_out_flag(number: int) -> str:
    return f"(!) watch-out {number}"


def plural(count: int, singular: str, many: str | None = None) -> str:
    """'1 source', '2 sources'."""
    return f"{count} {singular if count == 1 else many or singular + 's'}"


# The names of what validate counts, one and many.
COUNTED = {
    "facts": ("fact", "facts"),
    "topics": ("topic", "topics"),
    "entities": ("entity", "entities"),
    "sources": ("source", "sources"),
    "curator_notes": ("curator note", "curator notes"),
    "events": ("event", "events"),
}


def counted(count: int, name: str) -> str:
    """'1 entity', '27 entities', for a name validate counts."""
    one, many = COUNTED.get(name, (name, name))
    return plural(count, one, many)


SUMMARY_SOURCES = 3  # validate's summary names each source's coverage up to this many


def summary(report: Report) -> str:
    """validate's last line: the verdict, what was checked, and the sources' coverage."""
    counts = ", ".join(
        counted(n, name)
        for name, n in report.counts.items()
        if n or name != "events"  # events are optional: counted where there are some
    )
    coverage = "; ".join(
        f"{c.source}: {c.body:.0%} of body text covered, lowest sentence {c.lowest:.0%}"
        for c in report.coverage
    )
    if len(report.coverage) > SUMMARY_SOURCES:  # one line still: the range, and the weakest
        bodies = [c.body for c in report.coverage]
        weakest = min(report.coverage, key=lambda c: (c.lowest, c.source))
        coverage = (
            f"{len(bodies)} sources: {min(bodies):.0%} to {max(bodies):.0%} of body text "
            f"covered, lowest sentence {weakest.lowest:.0%} ({weakest.source}); --json "
            "gives each source"
        )
    verdict = "ok" if report.ok else plural(len(report.problems), "problem")
    checked = counts or "not checked further"
    return f"{verdict}: {report.path}: {checked}" + (f"; {coverage}" if coverage else "")


# ---- search


def why(d: TermMatch) -> str:
    """One line of --explain: a query term and the word it matched, or for a related word
    of the thesaurus, the word it was found by and what the entry means."""
    if d.related:
        return f"{d.word!r} \u2190 {d.term!r} in {d.field} ({d.score:.1f}, related: {d.related})"
    return f"{d.term!r} ~ {d.word!r} in {d.field} ({d.score:.1f})"


def related_words(details: Iterable[TermMatch]) -> str:
    """Under a result found by related words: which word was found for which."""
    pairs = dict.fromkeys(f"{d.word} \u2190 {d.term}" for d in details if d.related)
    return f"related words: {', '.join(pairs)}" if pairs else ""


REFUSED = {
    "place": "a place the fact base does not hold",
    "office": "an office no one in the fact base holds",
    "nations": "a pair of nations other than the fact base's two parties",
    "body": "a body, event or acronym the fact base does not know",
    "voice": "a political voice, and the fact base holds no party's or opposition's reaction",
    "name": "a name the fact base does not know",
    "founding": "a founding, and the fact base records none",
    "everyday": "the weather or a meal, which the fact base does not record",
    "year": "a year the fact base neither holds nor dates anything in",
    "speaker": "a nation other than the fact base's parties, whose words it does not record",
    "journey": "a journey's logistics, which the fact base does not record",
    "safety": "a question of safety advice, which the fact base does not give",
    "meaning": "a word whose meaning the fact base gives nowhere",
    "translation": "a language, and the fact base holds no phrase's translation",
    "count": "a count of persons, which no fact or note found gives",
}
# The kinds of refusal that name another event than the fact base's (a place, a body, a
# year…); the others ask of its own event what it does not record (its safety, its weather)
ELSEWHERE = frozenset(["place", "office", "nations", "body", "name", "founding", "year"])


def refusal(refused: Refusal) -> str:
    """Why a query found nothing whatever it shares with the facts: what it names, and
    where it is so, that the query is about another event."""
    said = f"{refused.words!r} is {REFUSED[refused.kind]}"
    return f"{said} (the query is about another event)" if refused.kind in ELSEWHERE else said


def closest_heading(partial: Partial) -> str:
    """Above a query's closest matches: that they are partial, and the words they miss."""
    if not partial.unmatched:  # a list's lead and items hold every word together
        return "closest matches (no fact matches every word)"
    return (
        f"closest matches (no fact matches every word; unmatched: {', '.join(partial.unmatched)})"
    )


def closest_explained(partial: Partial) -> str:
    """With --explain, under that heading: what the first closest match matched, and why
    such matches are shown at all (the bar of lookup/search/partial.py)."""
    if partial.by_list:
        return (
            f"a list's lead (first) and its items below hold {', '.join(partial.matched)} "
            "together; no one fact holds enough of them"
        )
    if partial.by_passage:
        return (
            f"the query was read as a passage: the first holds {', '.join(partial.matched)}, "
            "the largest share of its words' weight (rare words and names weigh most, its "
            "reporting frame nothing)"
        )
    if partial.by_heading:
        return (
            f"the query was read as a catalogue heading: the first holds "
            f"{', '.join(partial.matched)}, a word of every subdivision that names a subject "
            "(forms such as 'Periodicals' say what kind of document, not what it is about)"
        )
    if partial.by_parts:
        return (
            f"the query's parts joined by 'and' were searched apart, and each found "
            f"something; the parts' first results match {', '.join(partial.matched)}"
        )
    return (
        f"the first matches {', '.join(partial.matched)}: half the query's weight or more, "
        "with a rare word of its own, and every unmatched word is in the fact base (but "
        "one in four of a long query)"
    )
