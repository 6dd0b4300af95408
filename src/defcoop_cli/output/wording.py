"""Words the renderers share, so the rich, Markdown and plain outputs say the same thing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from defcoop_cli.factbase.limits import shortened

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any, TypeVar

    from defcoop_cli.factbase.checking.results import Report
    from defcoop_cli.lookup.results import Briefing, Corroboration, SearchResult, SourceRef
    from defcoop_cli.lookup.search.partial import Partial
    from defcoop_cli.lookup.search.ranking import TermMatch
    from defcoop_cli.lookup.search.unheld.elsewhere import Refusal

    F = TypeVar("F", bound=Callable[[Any], Any])

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


def read_in_japanese(given: str) -> str:
    """With --explain, above a Japanese query's results: the English each of its Japanese
    words was read as (reading/typed/japanese.py), "" for any other query."""
    from defcoop_cli.lookup.search.reading.typed.japanese import readings

    pairs = ", ".join(f"{english} \u2190 {typed}" for english, typed in readings(given))
    return f"read in Japanese: {pairs}" if pairs else ""


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
    "instrument": "a law's provision or a named policy the fact base does not hold",
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


# ---- what stderr says beside a result


def messages(result: Any) -> tuple[str, ...]:
    """What stderr says of a result: a search's, from its fields; any other's its own."""
    from defcoop_cli.lookup.results import SearchResult

    return search_messages(result) if isinstance(result, SearchResult) else result.messages


def search_messages(result: SearchResult) -> tuple[str, ...]:
    """That nothing was found, with a corrected query when one finds something (and
    nothing is hidden: then the hint says how to see it)."""
    if result.matches:
        return _absence(result)
    from defcoop_cli.lookup.names import did_you_mean  # loads rapidfuzz: not for every result

    hidden = result.hidden_editorial or result.hidden_by_filters
    if result.notes:
        return _absence(result)
    given = shortened(result.query.given or result.query.typed)  # as given, not as read
    if result.refused:
        return (f"nothing found for {given!r}: {refusal(result.refused)}",)
    hint = "" if hidden else did_you_mean([repr(s) for s in result.suggestions])
    return (f"nothing found for {given!r}{hint}",)


def _absence(result: SearchResult) -> tuple[str, ...]:
    """For a question of what was not done, that search finds what facts and notes say
    was done (search/reading/absence.py): said always, as it changes what they mean."""
    from defcoop_cli.lookup.search.reading.absence import ABSENCE_NOTE, asks_what_was_not

    return (ABSENCE_NOTE,) if asks_what_was_not(result.query.text) else ()


class ByKind:
    """A function chosen by its argument's class: the one registered for the nearest class
    of its MRO, as functools.singledispatch chooses for classes (no result is an ABC's
    virtual subclass). singledispatch's `register` imports typing, to ask whether a class
    is a union: some 1.5 ms of every JSON search, whose other modules import no typing.
    Here because every renderer loads this module (render_json imports it): a module of its
    own would be one more import of every search."""

    def __init__(self, default: Callable[[Any], Any]) -> None:
        self.registry: dict[type, Callable[[Any], Any]] = {object: default}
        self.__doc__ = default.__doc__

    def register(self, kind: type) -> Callable[[F], F]:
        """A decorator that registers its function for the class."""

        def registered(function: F) -> F:
            self.registry[kind] = function
            return function

        return registered

    def dispatch(self, kind: type) -> Callable[[Any], Any]:
        return next(self.registry[k] for k in kind.__mro__ if k in self.registry)

    def __call__(self, result: object) -> Any:
        return self.dispatch(type(result))(result)


_LOOKUPS = "defcoop_cli.lookup.results"


def _unregistered(result: Any) -> tuple[str, ...]:
    """What a reader at a terminal may want to know of a result (said only there or with
    --verbose): a search's, a listing's, a brief's and an export's, from their fields.
    Each kind's hints are registered on first use, as render_json registers its documents:
    the lookups' on the first call, an export's only for a result that is none of the
    lookups' (whose other results, topics, entities, sources, a fact shown…, have none)."""
    again = _lookups_registered()
    if type(result).__module__ != _LOOKUPS:
        again = _others_registered() or again
    return hints(result) if again else ()


hints = ByKind(_unregistered)


def _lookups_registered() -> bool:
    """Registers the lookups' hints: True the first time, when they were not registered yet."""
    from defcoop_cli.lookup.results import Briefing, FactList, SearchResult

    if SearchResult in hints.registry:
        return False
    hints.register(SearchResult)(search_hints)
    hints.register(FactList)(lambda result: _left_out(result.hidden_editorial))
    hints.register(Briefing)(brief_hints)
    return True


def _others_registered() -> bool:
    """Registers an export's hints, whose module a lookup does not load: True the first
    time, when they were not registered yet."""
    from defcoop_cli.lookup.exporting import Export

    if Export in hints.registry:
        return False
    hints.register(Export)(lambda result: _left_out(result.left_out))
    return True


def search_hints(result: SearchResult) -> tuple[str, ...]:
    """What was hidden and how to see it, and where to look when nothing was found, in
    one line."""
    said = []
    hidden = result.hidden_editorial or result.hidden_by_filters
    nothing = not result.matches and not result.notes
    if nothing and not hidden and not result.suggestions:
        topic = result.closest_topic
        near = f"closest topic: `defcoop topics {topic.id}`; " if topic else ""
        said.append(f"{near}every topic: `defcoop topics`")
    if result.hidden_by_filters:
        matches = plural(result.hidden_by_filters, "match", "matches")
        said.append(f"{matches} hidden by {result.filters}")
    if result.hidden_editorial:
        matches = plural(result.hidden_editorial, "editorial match", "editorial matches")
        said.append(f"{matches} hidden; add --include-editorial")
    return ("; ".join(said),) if said else ()


def _left_out(editorial: int) -> tuple[str, ...]:
    """A listing's or an export's editorial facts left out, and how to see them."""
    if not editorial:
        return ()
    return (f"{plural(editorial, 'editorial fact')} left out; add --include-editorial",)


def brief_hints(brief: Briefing) -> tuple[str, ...]:
    """Which event a brief is of, when there were several and none was given; the
    facts it leaves out because they belong to no event."""
    said = []
    if brief.event is not None and brief.chosen.startswith("most recent"):
        # one line at 80 columns: the brief and it fit one 80×24 screen
        what = brief.event.kind if "meeting" in brief.chosen else "event"
        said.append(f"brief of {brief.event.id}, latest {what}; --event ID, defcoop events")
    if brief.unplaced:  # one line at 80 columns too
        said.append(
            f"{plural(brief.unplaced, 'fact')} of no event left out: set 'event' on their sources"
        )
    return tuple(said)
