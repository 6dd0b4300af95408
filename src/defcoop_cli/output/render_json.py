"""JSON documents for scripts: built with json.dumps, never through rich.

Every document is an object with "schema_version"; keys are only ever added. A fact's
fields are the record's own fields, in the record's order.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Iterator, Sequence

from defcoop_cli.factbase.loader import SCHEMA_VERSION
from defcoop_cli.factbase.records import CuratorNote, Fact, record_json
from defcoop_cli.lookup.results import (
    Briefing,
    Corroboration,
    EntityList,
    EntityRow,
    EntityView,
    EventList,
    EventRow,
    FactList,
    FactView,
    NoteView,
    SearchResult,
    SourceList,
    Standing,
    TopicList,
    TopicRow,
    TopicView,
)
from defcoop_cli.output import wording
from defcoop_cli.output.terminal import json_escaped

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any

    from defcoop_cli.curation.results import Added, Created, Diff, Drafted, Reanchoring, Reviewed
    from defcoop_cli.factbase.checking.results import Report
    from defcoop_cli.lookup.exporting import Export
    from defcoop_cli.lookup.search.curator_notes import NoteMatch
    from defcoop_cli.lookup.search.ranking import Match


def dumps(doc: dict[str, Any]) -> str:
    return json_escaped(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def envelope(**fields: Any) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, **fields}


def fact_json(fact: Fact, standing: Standing | None = None) -> dict[str, Any]:
    """A fact's own fields, then (where the command knows them) its source's short label,
    its claim's corroboration and its conflicts."""
    doc = dict(record_json(fact))
    if standing is not None:
        doc.update(standing_json(standing))
    return doc


def standing_json(standing: Standing) -> dict[str, Any]:
    claim = standing.corroboration
    return {
        "source_label": wording.source_label(standing.source),
        "corroboration": corroboration_json(claim) if claim else None,
        "conflicts": [
            {"note": c.note, "side": c.side, "other_sides": list(c.others)}
            for c in standing.conflicts
        ],
    }


def corroboration_json(claim: Corroboration) -> dict[str, Any]:
    return {
        "claim": claim.claim,
        "facts": list(claim.facts),
        "sources": list(claim.sources),
        "reports": claim.reports,
        "independent": claim.independent,
    }


def facts_json(facts: Sequence[Fact], standings: Sequence[Standing]) -> list[dict[str, Any]]:
    return [fact_json(f, s) for f, s in zip(facts, standings, strict=True)]


def match_json(match: Match, explain: bool, standing: Standing | None = None) -> dict[str, Any]:
    doc = {"id": match.fact.id, "score": match.score, **fact_json(match.fact, standing)}
    if explain:
        # "related" only for a related word of the thesaurus: other matches read as before
        doc["explain"] = [
            {k: v for k, v in d._asdict().items() if k != "related" or v} for d in match.details
        ]
    return doc


def matches_json(result: SearchResult) -> list[dict[str, Any]]:
    return [
        match_json(m, result.explain, s)
        for m, s in zip(result.matches, result.standings, strict=True)
    ]


def _text(result: object) -> str:
    """The JSON text for a command's result: its document, written by dumps."""
    if document.dispatch(type(result)) is document.registry[object] and _others_registered():
        written: str = text(result)
        return written
    return dumps(document(result))


text = wording.ByKind(_text)


def _drafted_text(result: Drafted) -> str:
    return "".join(pieces(result))


def _pieces(result: object) -> Generator[str, None, None]:
    """The JSON text for a command's result in pieces, to be written as they come."""
    yield text(result)


pieces = wording.ByKind(_pieces)


def _drafted_pieces(result: Drafted) -> Generator[str, None, None]:
    """A draft, as `draft` writes its file (sorted keys, two-space indents: a file the
    curator edits and diffs), in the pieces it is drafted in; nothing when it went to a
    file. Its document is never built: it may be many times the article."""
    yield from result.text


def _export_text(result: Export) -> str:
    """An export is a JSON-LD document of its standard's own shape, without defcoop's
    envelope (render_jsonld)."""
    from defcoop_cli.output import render_jsonld

    return dumps(render_jsonld.document(result))


def _document(result: object) -> dict[str, Any]:
    """The JSON document for a command's result."""
    if _others_registered():
        made: dict[str, Any] = document(result)
        return made
    raise TypeError(f"no JSON document for {type(result).__name__}")


document = wording.ByKind(_document)


def _others_registered() -> bool:
    """Registers the results of the curator's commands (validate's report among them) and
    of export, whose modules a lookup does not load (a millisecond or two of every search):
    True the first time, when they were not registered yet."""
    from defcoop_cli.curation import results as curation
    from defcoop_cli.factbase.checking.results import Report
    from defcoop_cli.lookup.exporting import Export

    if Export in text.registry:
        return False
    text.register(Export)(_export_text)
    text.register(curation.Drafted)(_drafted_text)
    pieces.register(curation.Drafted)(_drafted_pieces)
    for kind, make in (
        (Report, _report),
        (curation.Created, _created),
        (curation.Added, _added),
        (curation.Reviewed, _reviewed),
        (curation.Diff, _diff),
        (curation.Reanchoring, _reanchoring),
    ):
        document.register(kind)(make)
    return True


def lines(result: SearchResult | FactList | EventList) -> str:
    """One JSON object per result per line (--jsonl): nothing at all when there are none.
    A search's lines each carry "partial": whether they are closest matches."""
    return "".join(json_lines(result))


def json_lines(result: SearchResult | FactList | EventList) -> Iterator[str]:
    """The lines of `lines`, one at a time: a listing's as its facts are read."""
    if isinstance(result, FactList):
        objects: Iterable[dict[str, Any]] = (
            fact_json(f, s) for f, s in zip(result.facts, result.standings, strict=True)
        )
    elif isinstance(result, EventList):
        objects = [event_json(row) for row in result.rows]
    else:  # each line says whether it is one of the closest matches (`--json`'s "partial")
        partial = result.partial is not None
        objects = ({**o, "partial": partial} for o in matches_json(result))
    for o in objects:
        yield json_escaped(json.dumps(o, ensure_ascii=False) + "\n")


# Registered by class, not by annotation: each function's annotations are postponed.
@document.register(SearchResult)
def _(result: SearchResult) -> dict[str, Any]:
    return envelope(
        query=result.query.given,  # the words as given
        results=matches_json(result),
        total=result.total,
        notes=[note_match_json(n, result.explain) for n in result.notes],
        # closest matches (no fact matches every word), and the words the first one misses
        partial=result.partial is not None,
        unmatched=list(result.partial.unmatched) if result.partial else [],
        # what the query names that the fact base does not hold, which refused it
        refused=result.refused._asdict() if result.refused else None,
        # the query as read: its words searched, the asker's context and operators out,
        # its exclusions after them
        read_as=result.query.typed,
    )


def note_match_json(match: NoteMatch, explain: bool) -> dict[str, Any]:
    """A curator note the query matched: its score, then the note as `show` gives it."""
    doc = {"score": match.score, **note_json(match.note)}
    if explain:
        doc["explain"] = [
            {k: v for k, v in d._asdict().items() if k != "related" or v} for d in match.details
        ]
    return doc


@document.register(FactList)
def _(result: FactList) -> dict[str, Any]:
    return envelope(facts=facts_json(result.facts, result.standings), total=result.total)


def event_json(row: EventRow) -> dict[str, Any]:
    """An event's own fields, then its parties' names, every source that reports it (those
    it lists and those naming it as their main event) and how many are independent."""
    return {
        **record_json(row.event),
        "party_names": list(row.parties),
        "reported_by": [s._asdict() for s in row.sources],
        "reports": row.reports.reports,
        "independent_reports": row.reports.independent,
    }


@document.register(EventList)
def _(result: EventList) -> dict[str, Any]:
    return envelope(events=[event_json(row) for row in result.rows])


def topic_json(row: TopicRow) -> dict[str, Any]:
    return {**record_json(row.topic), "fact_count": row.fact_count}


def entity_json(row: EntityRow) -> dict[str, Any]:
    return {**record_json(row.entity), "fact_count": row.fact_count}


@document.register(TopicList)
def _(result: TopicList) -> dict[str, Any]:
    return envelope(topics=[topic_json(r) for r in result.rows])


@document.register(TopicView)
def _(result: TopicView) -> dict[str, Any]:
    return envelope(
        topic=topic_json(result.topic), facts=facts_json(result.facts, result.standings)
    )


@document.register(EntityList)
def _(result: EntityList) -> dict[str, Any]:
    return envelope(entities=[entity_json(r) for r in result.rows])


@document.register(EntityView)
def _(result: EntityView) -> dict[str, Any]:
    return envelope(
        entity=entity_json(result.entity), facts=facts_json(result.facts, result.standings)
    )


@document.register(SourceList)
def _(result: SourceList) -> dict[str, Any]:
    return envelope(
        sources=[
            {
                **record_json(r.source),
                "fact_count": r.fact_count,
                "independent_of": r.independent_of,
            }
            for r in result.rows
        ]
    )


def note_json(note: CuratorNote) -> dict[str, Any]:
    return {**record_json(note), "curator_note": True}


@document.register(FactView)
def _(result: FactView) -> dict[str, Any]:
    return envelope(
        fact=fact_json(result.fact, result.standing),
        context={"span": list(result.context), "text": result.context_text},
        curator_notes=[note_json(n) for n in result.notes],
        source=record_json(result.source) if result.source else None,
        same_claim=[
            {"id": f.id, "source": f.source, "source_label": wording.source_label(source)}
            for f, source in result.same_claim
        ],
    )


@document.register(NoteView)
def _(result: NoteView) -> dict[str, Any]:
    return envelope(
        curator_note=note_json(result.note), facts=facts_json(result.facts, result.standings)
    )


@document.register(Briefing)
def _briefing(result: Briefing) -> dict[str, Any]:
    brief = record_json(result)
    for name, sections in (("key_points", result.key_points), ("regional", result.regional)):
        for section, drawn in zip(sections, brief[name], strict=True):
            for point, doc in zip(section.points, drawn["points"], strict=True):
                doc["reports"] = wording.reports(point.reports)  # '2 sources', or ""
    for note in brief["watch_outs"]:
        note.pop("ranks", None)  # the short brief's order of merged sides, not data
    return envelope(brief=brief)


def _report(report: Report) -> dict[str, Any]:
    coverage = [
        {"source": c.source, "body": round(c.body, 4), "lowest_sentence": round(c.lowest, 4)}
        for c in report.coverage
    ]
    return envelope(
        path=str(report.path),
        ok=report.ok,
        counts=report.counts,
        coverage=coverage,
        problems=[p._asdict() for p in report.problems],
    )


def _created(result: Created) -> dict[str, Any]:
    return envelope(created=str(result.path))


def _added(result: Added) -> dict[str, Any]:
    return envelope(
        target=str(result.target),
        ok=not result.problems,
        source=result.source,
        facts=list(result.facts),
        entities=list(result.entities),
        topics=list(result.topics),
        rejected=result.rejected,
        claims=[{"fact": fact, "joins": other} for fact, other in result.claims],
        conflicts=list(result.conflicts),
        roles=[{"entity": entity, "text": role} for entity, role in result.roles],
        event=result.event,
        known_entities=[
            {"entity": entity, "proposed": proposed, "kept": kept}
            for entity, proposed, kept in result.known
        ],
        problems=[p._asdict() for p in result.problems],
    )


def _reviewed(result: Reviewed) -> dict[str, Any]:
    return envelope(
        draft=str(result.path),
        accepted=result.accepted,
        rejected=result.rejected,
        entities=result.entities,
        saved=result.saved,
        decided_before=result.decided_before,
    )


def _diff(result: Diff) -> dict[str, Any]:
    return envelope(
        old=str(result.old),
        new=str(result.new),
        same=result.found,
        **{
            d.name: {
                "added": list(d.added),
                "removed": list(d.removed),
                "changed": [{"id": c.id, "fields": list(c.fields)} for c in d.changed],
            }
            for d in result.lists
        },
    )


def _reanchoring(result: Reanchoring) -> dict[str, Any]:
    return envelope(
        source=result.source,
        ok=result.found,
        counts={s: result.tally(s) for s in ("exact", "moved", "fuzzy", "ambiguous", "orphaned")},
        written=result.written,
        quotes=[
            {
                "kind": a.quote.kind,
                "id": a.quote.label,
                "status": a.status,
                "old_span": list(a.quote.span),
                "new_span": list(a.span) if a.span else None,
                "old_text": a.quote.text,
                "new_text": a.text,
                "score": a.score,
                "candidates": [list(c) for c in a.candidates],
            }
            for a in result.anchors
        ],
    )
