"""Assemble a one-screen briefing from a fact base: plain data, every line citing its facts.

The briefing holds no prose of its own. Its sections are chosen by the data: topic groups
(meeting, cooperation, regional), entity types (person, place, military exercise), the
facts' `part_of` lists and the curator notes. Editorial content never enters it. Its
labels and lines are output.brief's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from defcoop_cli.errors import NothingFound
from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import CuratorNote, Event, Fact, Topic
from defcoop_cli.factbase.sentences import sentence_spans
from defcoop_cli.factbase.vocab import is_editorial_group, is_editorial_kind
from defcoop_cli.lookup.brief.meeting import (
    meeting_dates,
    meeting_events,
    meeting_section,
    named,
    who_met,
)
from defcoop_cli.lookup.brief.order import (
    NOWHERE,
    Place,
    fact_places,
    in_report_order,
    newer_first,
    newest_key,
    side_key,
    text_places,
)
from defcoop_cli.lookup.brief.parties import SPEAKER_TYPES, Parties, speakers_among, told_once
from defcoop_cli.lookup.claims import conflict_marks, corroboration, independence_key
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.results import (
    BottomLine,
    Briefing,
    Cited,
    ConflictMark,
    Exercise,
    KeyPoint,
    Note,
    Person,
    Point,
    Reference,
    SourceScope,
    TopicPoints,
)
from defcoop_cli.lookup.search.fields import SourceTally, tally_sources

# Key points are what the two sides did and said; the article's own background and
# analysis stay out of the brief (they are one `defcoop topics` away).
POINT_KINDS = ("event", "commitment", "position", "concern")
NOT_A_PARTY = "the article"
# What matters most, first: decisions, then positions, then what was only reported.
STANCE_WEIGHT = {
    stance: rank
    for rank, stance in enumerate(
        (
            "agreed",
            "reaffirmed",
            "condemned",
            "raised concern",
            "stressed",
            "highlighted",
            "invited",
            "briefed",
            "discussed",
            "reported",
        )
    )
}
BOTTOM_LINE_POINTS = 3
# What a point names that the short brief shows beside its topic: "joint exercises
# (Dharma Guardian, Malabar Naval Exercise)"; countries, people and places it leaves out.
NAMED_TYPES = ("military exercise", "law or agreement")
NO_FACTS = SourceTally(0, 0, ())


def _exercise_facts(fb: FactBase) -> set[str]:
    """Facts the exercises section cites, so key points need not repeat them."""
    exercises = [e for e in fb.doc.entities if e.type == "military exercise"]
    return {r.fact for e in exercises for r in e.roles if r.fact in fb.facts} | {
        p.fact for e in exercises for p in e.participants
    }


def _a_point(f: Fact) -> bool:
    """A key point: what a party did or said, not a list's item or the article's voice."""
    return f.kind in POINT_KINDS and f.attribution != NOT_A_PARTY and not f.part_of


def _point(
    facts: Sequence[Fact],
    children: dict[str, list[Fact]],
    skip: set[str],
    fb: FactBase,
    marks: dict[str, list[ConflictMark]],
) -> Point:
    """One point from the facts that make one claim (most often one fact): its head's
    statement, citing them all, with how many sources report it and its conflicts."""
    fact = _head(facts)
    items = tuple(Cited(c.quote, (c.id,)) for c in children.get(fact.id, []) if c.id not in skip)
    reports = corroboration(fact.claim or fact.id, facts, fb.sources)
    conflicts = tuple(dict.fromkeys(m.note for f in facts for m in marks.get(f.id, ())))
    ids = tuple(f.id for f in facts)
    names = tuple(
        Cited(fb.entities[e].name, (f.id,))
        for f in facts
        for e in f.entities
        if e in fb.entities and fb.entities[e].type in NAMED_TYPES
    )
    return Point(
        fact.statement,
        ids,
        items,
        fact.stance,
        reports=reports,
        conflicts=conflicts,
        names=names,
    )


def _by_claim(facts: Sequence[Fact]) -> list[list[Fact]]:
    """Facts grouped by claim, in the order of each claim's first fact; a fact with no
    claim is a group of its own."""
    groups: dict[str, list[Fact]] = {}
    for f in facts:
        groups.setdefault(f"claim:{f.claim}" if f.claim else f"fact:{f.id}", []).append(f)
    return list(groups.values())


def _weight(stance: str) -> int:
    return STANCE_WEIGHT.get(stance, len(STANCE_WEIGHT))


def _with_lead(points: list[Point], skip: set[str]) -> tuple[Point, ...]:
    """The points, the strongest one not already told elsewhere (the exercises) marked lead."""
    told = [p for p in points if not set(p.facts) & skip]
    if not told:
        return tuple(points)
    lead = min(told, key=lambda p: _weight(p.stance))
    return tuple(p._replace(lead=p is lead) for p in points)


def topic_points(
    fb: FactBase, group: str, only: Topic | None, parties: Parties, told: Iterable[str] = ()
) -> list[TopicPoints]:
    """Top-level facts of each topic in the group, each fact under its first such topic;
    no view of someone who is no party (`parties`), and facts no claim links that say the
    same told once (parties.told_once); none of the facts another group's points `told`
    (a fact filed under a topic of each group is one point, in the first group's)."""
    children: dict[str, list[Fact]] = {}
    for f in fb.doc.facts:
        if f.part_of:
            children.setdefault(f.part_of, []).append(f)
    claims: dict[str, list[Fact]] = {}
    for f in fb.doc.facts:
        if f.claim:
            claims.setdefault(f.claim, []).append(f)
    marks = conflict_marks(fb.doc.curator_notes)
    placed: set[str] = set(told)
    skip = _exercise_facts(fb)
    sections = []
    for topic in fb.doc.topics:
        if topic.group != group or (only is not None and topic.id != only.id):
            continue
        # A claim's facts go where its head (the fact it is named for; else its first in
        # the fact base's order) goes, even those of other topics, and that fact tells it.
        facts = [
            f
            for f in fb.doc.facts
            if _a_point(f)
            and not parties.outsider(f)
            and f.id not in placed
            and topic.id in _home(f, claims).topics
        ]
        chosen = {f.id: f for f in facts}
        for f in facts:
            for other in claims.get(f.claim or "", []):
                if other.id not in placed and _a_point(other):
                    chosen.setdefault(other.id, other)
        facts = list(chosen.values())
        placed.update(chosen)
        if facts:
            groups = told_once(_by_claim(facts), parties)
            points = _with_lead([_point(g, children, skip, fb, marks) for g in groups], skip)
            sections.append(TopicPoints(topic.id, topic.title, points, topic.short or topic.title))
    return sections


def _home(fact: Fact, claims: dict[str, list[Fact]]) -> Fact:
    """The fact whose topics place a fact's point: its claim's head (`_head`), when that one
    is a point, else the fact itself."""
    first = _head(claims.get(fact.claim or "", [fact]))
    return first if _a_point(first) else fact


def _head(facts: Sequence[Fact]) -> Fact:
    """Of the facts making one claim, the one the claim is named for (the fact the others
    link to), else the first: two reports' facts in one layer make the same point whichever
    was added first (add's lesser id heads), not the point of the first-added."""
    return next((f for f in facts if f.id == f.claim), facts[0])


def exercises(fb: FactBase, only: Topic | None) -> list[Exercise]:
    facts = [
        f
        for f in fb.doc.facts
        if not is_editorial_kind(f.kind) and (only is None or only.id in f.topics)
    ]
    out = []
    for entity, _ in named(fb, facts, "military exercise"):
        types = tuple(Cited(r.text, (r.fact,)) for r in entity.roles if r.fact in fb.facts)
        members = tuple(
            Cited(fb.entities[p.entity].name, (p.fact,))
            for p in entity.participants
            if p.entity in fb.entities and p.fact in fb.facts
        )
        out.append(Exercise(entity.name, types, members))
    return out


def scope(fb: FactBase, tallies: dict[str, SourceTally] | None = None) -> list[SourceScope]:
    """Each source: what it tells of and how much (`tallies`, an index's, or counted)."""
    out = []
    counted = tally_sources(fb.doc.facts) if tallies is None else tallies
    for s in fb.doc.sources:
        told, editorial, topics = counted.get(s.id, NO_FACTS)
        topic_ids = set(topics)
        covers = tuple(
            t.title for t in fb.doc.topics if t.id in topic_ids and not is_editorial_group(t.group)
        )
        out.append(
            SourceScope(
                s.id,
                s.title,
                s.title_assigned_by,
                s.kind,
                s.published.isoformat() if s.published else None,
                s.date_note,
                covers,
                editorial,
                s.publisher,
                s.via,
                s.url,
                told,
            )
        )
    return out


def _note(n: CuratorNote, fb: FactBase, places: dict[str, Place]) -> Note:
    refs = tuple(
        Reference(r.publisher, r.title, r.url, r.published.isoformat(), r.via) for r in n.references
    )
    when = n.date.isoformat() if n.date else None
    short = n.short or first_sentence(n.text)
    sides = newer_first(n.sides, fb, places)
    return Note(n.id, n.type, n.text, n.basis, when, n.facts, n.entities, refs, short, sides)


def first_sentence(text: str) -> str:
    """A note's first sentence, for a note with no short form."""
    spans = sentence_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else text


WATCH_OUT_ORDER = {"correction": 0, "conflict": 1}


def watch_outs(fb: FactBase, places: dict[str, Place] | None = None) -> list[Note]:
    """Every curator note (`places`: the facts' places in report order, `fact_places`'s,
    when the caller has fb in that order already: build_briefing's, which need not sort it
    again): corrections first, then conflicts between sources, since they change how the
    rest reads; conflicts with a newer dated side first, each with its
    dated, newer side first (lookup/brief/order.py), so that conflicts told as one lead with the
    newest report's side, the title "Who met whom" gives first; conflicts whose first sides
    are of one date in those sides' report order, then by their next sides (`side_key`),
    never in the order of the reports that wrote them (the one added later wrote it).
    Each side is ranked among all the notes' sides by the same key (then its label), so
    that sides told in several notes merge in one order, whichever note told each; sides of
    one source in the order of its text, where their labels stand (as the person's line)."""
    places = fact_places(fb) if places is None else places
    notes = [_note(n, fb, places) for n in fb.doc.curator_notes]
    sideless = [(newest_key(None), False, NOWHERE, "")]
    keys = {n.id: [side_key(s, fb, places) for s in n.sides] or sideless for n in notes}
    ranked = sorted({(side_key(s, fb, places), s.label) for n in notes for s in n.sides})
    rank = {key: i for i, key in enumerate(ranked)}
    notes = [_ranked(n, [rank[side_key(s, fb, places), s.label] for s in n.sides]) for n in notes]
    return sorted(notes, key=lambda n: (WATCH_OUT_ORDER.get(n.type, 2), keys[n.id]))


def _ranked(note: Note, ranks: list[int]) -> Note:
    """The note, its sides in the order of their ranks."""
    order = sorted(range(len(ranks)), key=ranks.__getitem__)
    return note._replace(
        sides=tuple(note.sides[i] for i in order), ranks=tuple(ranks[i] for i in order)
    )


def bottom_line(
    met: list[Cited], people: list[Person], places: list[Cited], sections: list[TopicPoints]
) -> BottomLine:
    """The strongest point for each of the strongest stances the brief holds: the two or
    three things that matter most (agreed, then reaffirmed, then condemned…)."""
    chosen: dict[str, KeyPoint] = {}
    ranked = [(p, s) for s in sections for p in s.points if p.lead or not p.items]
    for point, section in sorted(ranked, key=lambda ps: _weight(ps[0].stance)):
        if point.stance not in chosen and len(chosen) < BOTTOM_LINE_POINTS:
            chosen[point.stance] = KeyPoint(point.stance, section.short, "", point.facts)
    facts = tuple(dict.fromkeys(f for c in (*met, *places) for f in c.facts))
    return BottomLine(
        tuple(p.name for p in people), tuple(p.text for p in places), facts, tuple(chosen.values())
    )


def build_briefing(
    fb: FactBase,
    only: Topic | None = None,
    full: bool = False,
    tallies: dict[str, SourceTally] | None = None,
    parties: Iterable[str] = (),
) -> Briefing:
    """The brief of fb (`tallies`: its sources' counts, when fb holds only the facts a
    brief reads: service.brief_base; `parties`: its event's, with the people who met)."""
    if not fb.doc.sources:
        raise NothingFound("nothing to brief from: the fact bases in use hold no source yet")
    parties = tuple(parties)
    fb = in_report_order(fb)  # never the order of adds (lookup/brief/order.py)
    events = meeting_events(fb)
    who = who_met(fb, events, parties)
    met, people, places = meeting_section(fb, events, who)
    known = Parties([*parties, *(e.id for e, _ in who)], fb.doc.entities)
    notes = tuple(watch_outs(fb, text_places(fb.doc.facts)))
    sources = tuple(scope(fb, tallies))
    key_points = topic_points(fb, "cooperation", only, known)
    told = [f for s in key_points for p in s.points for f in p.facts]
    regional = topic_points(fb, "regional", only, known, told)
    said_by = {f.id: f.attribution for f in fb.doc.facts}
    line = bottom_line(met, people, places, [*key_points, *regional])
    line = line._replace(
        points=tuple(p._replace(said_by=said_by.get(p.facts[0], "")) for p in line.points),
    )
    briefing = Briefing(
        title=sources[0].title,
        topic=only.id if only else None,
        meeting=tuple(met),
        people=tuple(people),
        places=tuple(places),
        key_points=tuple(key_points),
        exercises=tuple(exercises(fb, only)),
        regional=tuple(regional),
        watch_outs=notes,
        sources=sources,
        dates=tuple(meeting_dates(fb)),
        bottom_line=line,
        full=full,
        independent_sources=len({independence_key(s) for s in fb.doc.sources}),
    )
    if only is None:
        return briefing
    return briefing._replace(watch_outs=_concerning(fb, briefing))


def _concerning(fb: FactBase, b: Briefing) -> tuple[Note, ...]:
    """The watch-outs of a topic's brief: the notes on what it shows (a fact it cites, an
    entity those facts name, a date it gives); one on another topic is left out."""
    cited = shown_facts(b)
    named = {e for f in cited if f in fb.facts for e in fb.facts[f].entities}
    dated = {d.note for d in b.dates}
    return tuple(
        n
        for n in b.watch_outs
        if n.id in cited | dated or set(n.facts) & cited or set(n.entities) & named
    )


def shown_facts(b: Briefing) -> set[str]:
    """The facts a brief shows outside its watch-outs: the event's, the people's titles
    (or the facts naming them) and the points. The full one adds the bottom line's points,
    the meeting, its places, the exercises' parts and every point's items."""
    cited: list[tuple[str, ...]] = []
    if b.bottom_line is not None:
        cited.append(b.bottom_line.facts)
        if b.full:
            cited += [p.facts for p in b.bottom_line.points]
    for person in b.people:
        cited += [r.facts for r in person.roles] if person.roles else [person.facts]
    for section in (*b.key_points, *b.regional):
        cited += [p.facts for p in section.points]
        if b.full:
            cited += [i.facts for p in section.points for i in p.items]
    if b.full:
        cited += [c.facts for c in (*b.meeting, *b.places)]
        cited += [c.facts for ex in b.exercises for c in (*ex.types, *ex.participants)]
    return {f for facts in cited for f in facts}


def brief_base(index: Index, only: Topic | None, event: Event | None = None) -> FactBase:
    """The facts a brief reads, found through the index's facets, not by reading every fact: the
    meeting's events, the points of the brief's topics with the other facts of their claims and
    their items, the facts naming an exercise, the facts giving the roles of the entities these
    name or the exercises' participants, and the facts the notes cite; with every source, topic,
    note and person entity. Its brief is the whole base's (given index.tallies() for the
    sources' counts), at a cost that grows with what it briefs and the people, not with the
    facts. (An exercise that no fact names, which `validate` reports, is seen only when it has
    roles.) With an event: only the event's facts (those the notes cite aside), and the points
    of its background events, with its and their parties (timeline.event_brief)."""
    doc = index.catalogue()
    within = [[f"event:{event.id}"]] if event is not None else []
    meeting = [f"topic:{t.id}" for t in doc.topics if t.group == "meeting"]
    shown = [
        f"topic:{t.id}"
        for t in doc.topics
        if t.group in ("cooperation", "regional") and (only is None or t.id == only.id)
    ]
    kinds, no_party = [f"kind:{k}" for k in POINT_KINDS], [f"by:{NOT_A_PARTY}"]
    points = index.matching([shown, kinds, *within], no_party)
    claims = {f.claim for f in index.facts_at(sorted(points)) if f.claim}
    points |= index.matching([[f"claim:{c}" for c in claims], kinds, *within], no_party)
    found = points | index.matching([meeting, ["kind:event"], *within])
    found |= index.matching([["names:military exercise"], *within])
    at = sorted(found)
    read = index.facts_at(at)
    named = [e.id for e in index.role_entities() if e.type == "military exercise"]
    named = list(dict.fromkeys([*named, *(e for f in read for e in f.entities)]))
    lists = [f.id for p, f in zip(at, read, strict=True) if p in points]
    found |= index.matching([[f"part_of:{f}" for f in lists], *within])
    found |= index.matching([[f"role:{e}" for e in named], *within])
    # the people, organisations and countries a point's speaker may be (parties.Parties
    # reads their names), read in one pass by position, none found again by id
    listed = [p for t in SPEAKER_TYPES for p in index.entity_listing(t)[0]]
    known = {e.id: e for e in index.entities_at(sorted(listed))}
    rest = map(index.entity, (e for e in named if e not in known))
    exercises = [e for e in rest if e and e.type == "military exercise"]
    parts = [p for e in exercises for p in e.participants]
    cited = [f for n in doc.curator_notes for f in n.facts]
    found |= index.positions([*cited, *(p.fact for p in parts)])
    parties: list[str] = []
    if event is not None:
        others = [e for e in doc.events if e.id in event.background]
        found |= index.matching([[f"event:{e.id}" for e in others], kinds], no_party)
        parties = [p for e in (event, *others) for p in e.parties]
    speakers = speakers_among(known.values(), index.facts_at(sorted(found)))
    ids = dict.fromkeys([*named, *(p.entity for p in parts), *parties, *speakers])
    found_ids = (known[i] if i in known else index.entity(i) for i in ids)
    return index.factbase_of(sorted(found), [e for e in found_ids if e is not None])
