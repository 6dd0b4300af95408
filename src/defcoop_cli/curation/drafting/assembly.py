"""The draft of an article: its candidates (segments), each with its entities (entities),
its kind, stance and attribution (attribution), its topics (topics), or proposed as
editorial (editorial); put together as a fact-base fragment.

Each candidate names the rule that made it, in `rule`, and carries `review: "draft"`: the
curator sets it to `accepted` or `rejected`, and `defcoop add` merges the accepted ones.
The statement is the sentence itself: the curator rewords it (a note says so).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from defcoop_cli.curation.anchoring import context
from defcoop_cli.curation.drafting.attribution import Reading, Speakers, continues, reading
from defcoop_cli.curation.drafting.claims import ClaimFinder, office_conflicts
from defcoop_cli.curation.drafting.datelines import dated_meta, dateline_heads
from defcoop_cli.curation.drafting.editorial import (
    EDITORIAL_NOTE,
    editorial_topics,
    possibly_editorial,
)
from defcoop_cli.curation.drafting.entities import (
    REVIEW,
    EntityMatcher,
    Ids,
    NewEntities,
    capitalised_names,
    placed_before,
    slug,
    titled_before,
)
from defcoop_cli.curation.drafting.segments import Candidate, candidates, lines
from defcoop_cli.curation.drafting.topics import proposed_topics, topic_votes
from defcoop_cli.factbase.records import Doc
from defcoop_cli.factbase.vocab import THE_SOURCE


def draft(
    text: str,
    source_id: str,
    doc: Doc,
    meta: dict[str, Any],
    article: str,
    version: str,
) -> dict[str, Any]:
    """The draft of the article's text: its source entry, new entities and candidate facts
    (a fact-base fragment). doc: the merged fact base in use, for names and topics."""
    found, furniture = candidates(text)
    lines_of_furniture = [text[a:b] for a, b in furniture]
    meta, date_note = dated_meta(meta, lines_of_furniture, dateline_heads(text, furniture))
    drafting = _Drafting(text, source_id, doc, found)
    facts = [drafting.fact(n, c) for n, c in enumerate(found)]
    paragraphs = lines(text)
    editorial = [(at, paragraphs[n].end) for n, at in sorted(drafting.editorial.items())]
    return {
        "schema_version": 1,
        "draft": {"article": article, "defcoop": version},
        "sources": [_source(text, source_id, meta, furniture, editorial, date_note)],
        "topics": [],
        "entities": drafting.new.entries(),
        "facts": facts,
        "curator_notes": [],
    }


class _Drafting:
    """One article's draft, candidate by candidate: who spoke so far, the readings and ids
    of the candidates before, the new names."""

    def __init__(self, text: str, source_id: str, doc: Doc, found: Sequence[Candidate]) -> None:
        self.text, self.source_id = text, source_id
        self.matcher = EntityMatcher(doc.entities)
        self.people = frozenset(e.id for e in doc.entities if e.type == "person")
        self.votes = topic_votes(doc)
        # paragraph (line number) -> where its promotion starts
        self.editorial = possibly_editorial(text, found, self.matcher, self.people)
        self.editorial_topics = editorial_topics(doc)
        self.speakers = Speakers(self.matcher, self.people)
        self.speakers.read(text)
        self.new = NewEntities(e.id for e in doc.entities)
        self.fact_ids = Ids(f.id for f in doc.facts)
        self.readings: list[Reading] = []
        self.ids: list[str] = []
        self.parents: dict[int, int] = {}  # a continuing sentence's items belong to the one before
        self.previous: dict[int, int] = {}  # paragraph -> its last sentence's index
        self.topics: list[list[str]] = []  # each candidate's, in order
        self.claims = ClaimFinder(doc, self.matcher.find)
        self.persons = {e.id: e for e in doc.entities if e.type == "person"}
        self.roots: dict[int, int] = {}  # a list item -> its top-level sentence
        self.around: dict[int, int] = {}  # paragraph -> its last candidate's index
        self.commonest = [t for t, _ in self.votes_by_facts(doc)[:1]]

    def fact(self, n: int, c: Candidate) -> dict[str, Any]:
        """The n-th candidate's fact (candidates come in order: a list's sentence before
        its items)."""
        quote = self.text[c.start : c.end]
        r, c = self._reading(n, c, quote)
        self.readings.append(r)
        fid = self.fact_ids.claim(f"{self.source_id}-{slug(quote)}")
        self.ids.append(fid)
        entities = self._entities(c, quote)
        notes = ["the statement is the sentence itself: reword it"]
        party = r.attribution != THE_SOURCE
        topics = proposed_topics(entities, quote, self.votes, party) or self._topics_around(
            c, notes
        )
        if c.start >= self.editorial.get(c.paragraph, len(self.text)):  # what it reads as
            r = Reading("editorial", "reported", THE_SOURCE, r.rule)
            topics = self.editorial_topics
            notes.append(EDITORIAL_NOTE)
        prefix, suffix = context(self.text, (c.start, c.end))
        fact: dict[str, Any] = {
            "id": fid,
            "statement": _statement(quote),
            "kind": r.kind,
            "stance": r.stance,
            "attribution": r.attribution,
            "topics": topics,
            "entities": list(dict.fromkeys(entities)),
            "keywords": [],
            "source": self.source_id,
            "quote": quote,
            "span": [c.start, c.end],
            "prefix": prefix,
            "suffix": suffix,
            "review": REVIEW,
            "rule": f"{c.rule}: {r.rule}",
            "notes": notes,
        }
        self._across_sources(fact, r)
        if c.parent is not None:  # a clause of an item belongs to the item's list sentence
            root = self.roots.get(c.parent, c.parent)
            self.roots[n] = root
            fact["part_of"] = self.ids[root]
        self.topics.append(topics)
        self.around[c.paragraph] = n
        return fact

    def _across_sources(self, fact: dict[str, Any], r: Reading) -> None:
        """The existing fact making the same claim, and office conflicts, if any."""
        if r.kind == "editorial":
            return
        claim = self.claims.claim(fact["quote"], fact["entities"], r.attribution, r.stance)
        if claim is not None:
            fact["claim_of"] = claim["fact"]
            fact["claim_evidence"] = claim
        found = self.matcher.find(fact["quote"])
        conflicts = office_conflicts(fact["quote"], self.persons, found)
        if conflicts:
            fact["conflicts"] = conflicts

    def _topics_around(self, c: Candidate, notes: list[str]) -> list[str]:
        """Topics for a candidate no fact votes for (add refuses a fact without one): its
        list's sentence's, else the sentence's before it in the paragraph, else the fact
        base's commonest, with a note."""
        for n in (c.parent, self.around.get(c.paragraph)):
            if n is not None and self.topics[n]:
                notes.append(f"topics of {self.ids[n]}, which it belongs to or follows")
                return list(self.topics[n])
        if self.commonest:
            notes.append("no fact shares its names or words: the commonest topic; choose one")
        return list(self.commonest)

    @staticmethod
    def votes_by_facts(doc: Doc) -> list[tuple[str, int]]:
        """The fact base's topics, the most used first (editorial ones left out)."""
        from collections import Counter

        from defcoop_cli.factbase.vocab import is_editorial_group

        editorial = {t.id for t in doc.topics if is_editorial_group(t.group)}
        used = Counter(t for f in doc.facts for t in f.topics if t not in editorial)
        return sorted(used.items(), key=lambda x: (-x[1], x[0]))

    def _reading(self, n: int, c: Candidate, quote: str) -> tuple[Reading, Candidate]:
        """What the candidate reads as; and the candidate, an item's parent the sentence
        whose list it is (the one before, for a sentence that only goes on with it)."""
        if c.parent is None:
            before = self.previous.get(c.paragraph)
            if continues(quote) and before is not None:
                r = self.readings[before]._replace(rule=f"continues {self.ids[before]}")
                self.parents[n] = self.parents.get(before, before)
            else:
                r = reading(c.subject + quote, self.speakers)
                self.speakers.heard(r)
            self.previous[c.paragraph] = n
            return r, c
        # an item says what its list's sentence says, unless it has a verb of its own
        parent = self.parents.get(c.parent, c.parent)
        r = self.readings[parent]._replace(rule=f"list item of {self.ids[parent]}")
        if c.rule.startswith("bullet item"):
            own = reading(c.subject + quote, self.speakers)
            if own.rule != "no reporting verb":
                r = own._replace(rule=f"{own.rule}; an item of {self.ids[parent]}")
        return r, c._replace(parent=parent)

    def _entities(self, c: Candidate, quote: str) -> list[str]:
        """The ids of the entities the quote names, the fact base's first, then its new
        names (made entities as they come); the people named are the speakers' from now."""
        known = self.matcher.find(quote)
        entities = list(dict.fromkeys(eid for eid, _, _ in known))
        opens = c.parent is None or c.rule.startswith("bullet item")
        for a, b in capitalised_names(quote, [(a, b) for _, a, b in known], opens=opens):
            titled = titled_before(quote[max(0, a - 80) : a])  # "Lt. Gen. Ida Marsh"
            place = placed_before(quote[max(0, a - 40) : a])  # "near Jaisalmer"
            eid, named = self.new.add(quote[a:b], titled, self.speakers.persons, place)
            if named:
                self.speakers.mentioned(*named)
            entities.append(eid)
        for eid in entities:
            if eid in self.people:
                self.speakers.mentioned(self.matcher.entities[eid].name, True)
        return entities


def _source(
    text: str,
    source_id: str,
    meta: dict[str, Any],
    furniture: Sequence[tuple[int, int]],
    editorial: Sequence[tuple[int, int]],
    date_note: str | None = None,
) -> dict[str, Any]:
    """The source entry: the options given, the text's digest, its furniture and editorial
    excerpts."""
    return {
        "id": source_id,
        "title": meta.get("title") or _first_line(text),
        "title_assigned_by": "source" if meta.get("title") else "curator",
        "kind": meta.get("kind") or "news article",
        "path": f"sources/{source_id}.txt",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "published": meta.get("published"),
        "date_note": None
        if meta.get("published")
        else date_note or "Undated in the draft: add the date.",
        "publisher": meta.get("publisher"),
        "url": meta.get("url"),
        "via": meta.get("via"),
        "furniture": [{"text": text[a:b], "span": [a, b]} for a, b in furniture],
        "editorial": [{"text": text[a:b], "span": [a, b]} for a, b in editorial],
    }


def _statement(quote: str) -> str:
    text = quote[:1].upper() + quote[1:]
    ended = text.rstrip("\"'”’)").endswith((".", "!", "?"))  # '…together."' is ended
    return text if ended else text + "."


def _first_line(text: str) -> str:
    first = lines(text)
    return first[0].text[:200] if first else "Untitled"
