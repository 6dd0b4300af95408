"""Assemble a one-screen briefing from a fact base: plain data, every line citing its facts.

The briefing holds no prose of its own. Its sections are chosen by the data: topic groups
(meeting, cooperation, regional), entity types (person, place, military exercise), the
facts' `part_of` lists and the curator notes. Editorial content never enters it. Its
labels and lines are output.brief's.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date

from defcoop_cli.errors import NothingFound
from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import CuratorNote, Entity, Event, Fact, Topic
from defcoop_cli.factbase.sentences import sentence_spans
from defcoop_cli.factbase.vocab import is_editorial_group, is_editorial_kind
from defcoop_cli.lookup.claims import conflict_marks, corroboration, independence_key
from defcoop_cli.lookup.parties import Parties, told_once
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.results import (
    BottomLine,
    Briefing,
    Cited,
    ConflictMark,
    DateLine,
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


def _in_group(fb: FactBase, fact: Fact, group: str) -> bool:
    return any(fb.topics[t].group == group for t in fact.topics if t in fb.topics)


def _named(fb: FactBase, facts: Iterable[Fact], entity_type: str) -> list[tuple[Entity, Fact]]:
    """Each entity of the type that the facts name, with the first fact naming it."""
    seen: dict[str, tuple[Entity, Fact]] = {}
    for fact in facts:
        for eid in fact.entities:
            entity = fb.entities.get(eid)
            if entity is not None and entity.type == entity_type:
                seen.setdefault(eid, (entity, fact))
    return list(seen.values())


def _corrections(fb: FactBase) -> dict[str, list[str]]:
    """The correction notes that dispute each fact, by fact id."""
    found: dict[str, list[str]] = {}
    for n in fb.doc.curator_notes:
        if n.type == "correction":
            for fact in n.facts:
                found.setdefault(fact, []).append(n.id)
    return found


def _flags(corrections: dict[str, list[str]], facts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for f in facts for n in corrections.get(f, [])))


def _published(fb: FactBase, fact: str) -> date | None:
    source = fb.sources.get(fb.facts[fact].source)
    return source.published if source is not None else None


def _outdated(fb: FactBase) -> dict[str, list[str]]:
    """The facts on the older sides of each conflict whose one newest side is dated (a
    later report has it otherwise), by fact id: the notes that dispute them."""
    found: dict[str, list[str]] = {}
    for n in fb.doc.curator_notes:
        if n.type != "conflict":
            continue
        sides = [[f for f in side.facts if f in fb.facts] for side in n.sides]
        dates = [
            max((_published(fb, f) or date.min for f in side), default=date.min) for side in sides
        ]
        newest = max(dates, default=date.min)
        if newest == date.min or dates.count(newest) > 1:
            continue
        for side, when in zip(sides, dates, strict=True):
            for fact in side if when < newest else ():
                found.setdefault(fact, []).append(n.id)
    return found


def meeting_section(
    fb: FactBase, parties: Collection[str] = ()
) -> tuple[list[Cited], list[Person], list[Cited]]:
    """Who met whom (the event's parties, when its facts name any), where, in what roles."""
    events = [f for f in fb.doc.facts if f.kind == "event" and _in_group(fb, f, "meeting")]
    people = _named(fb, events, "person")
    if any(e.id in parties for e, _ in people):
        people = [(e, f) for e, f in people if e.id in parties]
    met = [Cited(f.statement, (f.id,)) for f in events if len(_named(fb, [f], "person")) > 1]
    corrections = _corrections(fb)
    disputes = {**corrections}
    for fact, notes in _outdated(fb).items():
        disputes[fact] = [*disputes.get(fact, []), *notes]
    persons = []
    for e, f in people:
        # the titles nothing disputes first, the newest dated first: the office the best
        # sources give; only the titles the sources in use tell (a brief --source X shows
        # X's alone)
        told = [r for r in e.roles if r.fact in fb.facts]
        dated = {r.fact: d for r in told if (d := _published(fb, r.fact)) is not None}
        ordered = sorted(
            told,
            key=lambda r: (
                r.fact in disputes,
                -dated[r.fact].toordinal() if r.fact in dated else 0,
            ),
        )
        roles = tuple(Cited(r.text, (r.fact,)) for r in ordered)
        flags = _flags(disputes, [f.id, *(r.fact for r in told)])
        disputed = tuple(r.fact for r in ordered if r.fact in disputes)
        when = tuple((fact, d.isoformat()) for fact, d in dated.items())
        persons.append(Person(e.name, (f.id,), roles, flags, disputed, when))
    places = [Cited(e.name, (f.id,)) for e, f in _named(fb, events, "place")]
    return met[:1], persons, places


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
    """One point from the facts that make one claim (most often one fact): the first one's
    statement, citing them all, with how many sources report it and its conflicts."""
    fact = facts[0]
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
    fb: FactBase, group: str, only: Topic | None, parties: Parties
) -> list[TopicPoints]:
    """Top-level facts of each topic in the group, each fact under its first such topic;
    no view of someone who is no party (`parties`), and facts no claim links that say the
    same told once (parties.told_once)."""
    children: dict[str, list[Fact]] = {}
    for f in fb.doc.facts:
        if f.part_of:
            children.setdefault(f.part_of, []).append(f)
    claims: dict[str, list[Fact]] = {}
    for f in fb.doc.facts:
        if f.claim:
            claims.setdefault(f.claim, []).append(f)
    marks = conflict_marks(fb.doc.curator_notes)
    placed: set[str] = set()
    skip = _exercise_facts(fb)
    sections = []
    for topic in fb.doc.topics:
        if topic.group != group or (only is not None and topic.id != only.id):
            continue
        # A claim's facts go where its first fact (in the fact base's order: the lowest
        # layer's) goes, even those of other topics, and that fact tells the point.
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
    """The fact whose topics place a fact's point: its claim's first fact, when that one is
    a point, else the fact itself."""
    first = claims.get(fact.claim or "", [fact])[0]
    return first if _a_point(first) else fact


def exercises(fb: FactBase, only: Topic | None) -> list[Exercise]:
    facts = [
        f
        for f in fb.doc.facts
        if not is_editorial_kind(f.kind) and (only is None or only.id in f.topics)
    ]
    out = []
    for entity, _ in _named(fb, facts, "military exercise"):
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


def _note(n: CuratorNote) -> Note:
    refs = tuple(
        Reference(r.publisher, r.title, r.url, r.published.isoformat(), r.via) for r in n.references
    )
    when = n.date.isoformat() if n.date else None
    short = n.short or first_sentence(n.text)
    sides = n.sides
    return Note(n.id, n.type, n.text, n.basis, when, n.facts, n.entities, refs, short, sides)


def first_sentence(text: str) -> str:
    """A note's first sentence, for a note with no short form."""
    spans = sentence_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else text


WATCH_OUT_ORDER = {"correction": 0, "conflict": 1}


def watch_outs(fb: FactBase) -> list[Note]:
    """Every curator note: corrections first, then conflicts between sources, since they
    change how the rest reads."""
    notes = [_note(n) for n in fb.doc.curator_notes]
    return sorted(notes, key=lambda n: WATCH_OUT_ORDER.get(n.type, 2))


def meeting_dates(fb: FactBase) -> list[DateLine]:
    """Dates that notes give for the meeting: a date note citing a meeting event."""
    out = []
    for n in fb.doc.curator_notes:
        facts = [fb.facts[f] for f in n.facts if f in fb.facts]
        if n.date and any(f.kind == "event" and _in_group(fb, f, "meeting") for f in facts):
            out.append(DateLine("Meeting date", n.date.isoformat(), n.basis, n.id))
    return out


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
    met, people, places = meeting_section(fb, parties)
    events = [f for f in fb.doc.facts if f.kind == "event" and _in_group(fb, f, "meeting")]
    who = [e.id for e, _ in _named(fb, events, "person")]
    known = Parties([*parties, *who], fb.doc.entities)
    notes = tuple(watch_outs(fb))
    sources = tuple(scope(fb, tallies))
    key_points = topic_points(fb, "cooperation", only, known)
    regional = topic_points(fb, "regional", only, known)
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
    # who a point's speaker may be (parties.Parties), read in one pass, none found by id
    people = {e.id: e for e in index.entities_at(index.entity_listing("person")[0])}
    rest = map(index.entity, (e for e in named if e not in people))
    exercises = [e for e in rest if e and e.type == "military exercise"]
    parts = [p for e in exercises for p in e.participants]
    cited = [f for n in doc.curator_notes for f in n.facts]
    found |= index.positions([*cited, *(p.fact for p in parts)])
    parties: list[str] = []
    if event is not None:
        others = [e for e in doc.events if e.id in event.background]
        found |= index.matching([[f"event:{e.id}" for e in others], kinds], no_party)
        parties = [p for e in (event, *others) for p in e.parties]
    ids = dict.fromkeys([*named, *(p.entity for p in parts), *parties, *people])
    found_ids = (people[i] if i in people else index.entity(i) for i in ids)
    return index.factbase_of(sorted(found), [e for e in found_ids if e is not None])
