"""The guided review's state, without a screen: which candidate is shown, and what each key
does to the draft.

The candidates are the draft's facts, then its new entities. A `Review` holds the draft
(a dict, changed in place: the draft *is* the state, so that saving it after each change
and reading it again resumes where the review stopped) and the candidate shown. Every
change is checked here: a kind, stance or entity type is one of factbase.vocab's; topics
and entities are ids the fact base or the draft has; a fact keeps one topic at least; a
statement is one line of text. A rejected new entity is left out of the facts that named
it. The proposed claim is linked while `claim_of` is set; its `claim_evidence` stays, so
that it can be linked again. A source makes a claim once: a claim another fact of the
draft links (the same fact, or one of its claim) is not linked twice.

Nothing here draws or reads keys: cli.reviewer does, and reviewing.DraftFile saves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple, TypeGuard

from defcoop_cli.factbase.vocab import (
    ACCEPTED,
    ENTITY_TYPES,
    KINDS,
    REJECTED,
    STANCES,
    THE_SOURCE,
    UNDER_REVIEW,
)

# The fields a key edits as text; keywords and aliases as a comma-separated list.
TEXT_FIELDS = {"fact": ("statement", "attribution", "keywords"), "entity": ("name", "aliases")}
LISTED = ("keywords", "aliases")
# Attributions every draft can use, besides those of the fact base and the draft.
PARTIES = (THE_SOURCE, "both ministers", "both countries")
CONTEXT_CHARS = 320  # the most of its paragraph shown on each side of a quote


class ReviewError(ValueError):
    """A change the draft cannot take: the message says why, and nothing was changed."""


class Context(NamedTuple):
    """A quote in its paragraph: the text before it, the quote, the text after it."""

    before: str
    quote: str
    after: str


def quote_context(text: str | None, fact: dict[str, Any]) -> Context:
    """The fact's quote in its paragraph of the article's text, when its span points at the
    quote there; else between the draft's prefix and suffix. "…" marks a cut."""
    quote = str(fact.get("quote", ""))
    span = fact.get("span")
    if text is None or not _is_span(span) or text[span[0] : span[1]] != quote:
        return Context(f"…{fact.get('prefix', '')}", quote, f"{fact.get('suffix', '')}…")
    a, b = span
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    before = text[max(start, a - CONTEXT_CHARS) : a]
    after = text[b : min(end, b + CONTEXT_CHARS)]
    cut_before = "…" if a - start > CONTEXT_CHARS else ""
    cut_after = "…" if end - b > CONTEXT_CHARS else ""
    return Context(cut_before + before, quote, after + cut_after)


def _is_span(span: Any) -> TypeGuard[list[int]]:
    return (
        isinstance(span, list)
        and len(span) == 2
        and all(isinstance(i, int) and not isinstance(i, bool) for i in span)
        and 0 <= span[0] <= span[1]
    )


class Review:
    """A draft under guided review, and the candidate shown (`index`)."""

    def __init__(
        self,
        draft: dict[str, Any],
        topics: Iterable[str] = (),
        entities: Iterable[str] = (),
        attributions: Iterable[str] = (),
        claims: Mapping[str, str] | None = None,
    ) -> None:
        self.draft = draft
        self._claims = claims or {}  # fact id -> the claim it makes, when not its own id
        facts = [f for f in draft.get("facts", []) if isinstance(f, dict)]
        news = [e for e in draft.get("entities", []) if isinstance(e, dict) and "review" in e]
        self.candidates: list[tuple[str, dict[str, Any]]] = [("fact", f) for f in facts]
        self.candidates += [("entity", e) for e in news]
        self.topics = _ids(topics, draft.get("topics", []))
        self._entities = set(entities)
        drafted = (f.get("attribution") for f in facts)
        self.attributions = _unique((*PARTIES, *sorted(set(attributions) | _texts(drafted))))
        self.index = self.first_undecided()

    # ---- what is shown

    @property
    def kind(self) -> str:
        """ "fact" or "entity": what the candidate shown is (a draft with none: "")."""
        return self.candidates[self.index][0] if self.candidates else ""

    @property
    def current(self) -> dict[str, Any]:
        return self.candidates[self.index][1] if self.candidates else {}

    def first_undecided(self) -> int:
        """The first candidate still under review; the first of all when none is."""
        return next((i for i, (_, c) in enumerate(self.candidates) if _open(c)), 0)

    def counts(self) -> tuple[int, int, int]:
        """How many candidates are accepted, rejected and still undecided."""
        reviews = [c.get("review") for _, c in self.candidates]
        accepted, rejected = reviews.count(ACCEPTED), reviews.count(REJECTED)
        return accepted, rejected, len(reviews) - accepted - rejected

    def entity_ids(self) -> list[str]:
        """The ids a fact may name: the fact base's and the draft's new ones not rejected."""
        news = _texts(c.get("id") for k, c in self.candidates if k == "entity" and not _rejected(c))
        return sorted(self._entities | news)

    def choices(self, field: str) -> Sequence[str]:
        """What a field of the candidate shown may be set to (or, for a list, hold)."""
        if field == "kind":
            return KINDS if self.kind == "fact" else ENTITY_TYPES
        table: dict[str, Sequence[str]] = {
            "stance": STANCES,
            "attribution": self.attributions,
            "topics": self.topics,
            "entities": self.entity_ids(),
        }
        if self.kind != "fact" or field not in table:
            raise ReviewError(f"{_what(self.kind)} has no {field} to choose")
        return table[field]

    def claim(self) -> tuple[bool, dict[str, Any] | None]:
        """Whether the proposed claim is linked, and its evidence (None: none proposed)."""
        evidence = self.current.get("claim_evidence")
        linked = self.current.get("claim_of") is not None
        return linked, evidence if isinstance(evidence, dict) else None

    # ---- moving

    def move(self, by: int) -> None:
        if self.candidates:
            self.index = max(0, min(len(self.candidates) - 1, self.index + by))

    def next_undecided(self) -> bool:
        """Show the next candidate still under review after this one (from the top again
        past the last); False, staying here, when none is left."""
        n = len(self.candidates)
        for step in range(1, n + 1):
            i = (self.index + step) % n
            if _open(self.candidates[i][1]):
                self.index = i
                return True
        return False

    # ---- deciding and changing

    def decide(self, verdict: str) -> str:
        """Accept, reject or reopen (UNDER_REVIEW) the candidate shown; what it did, in words. A
        new entity rejected is left out of the facts that named it."""
        if verdict not in (ACCEPTED, REJECTED, UNDER_REVIEW):
            wanted = f"accepted, rejected or {UNDER_REVIEW}"
            raise ReviewError(f"a candidate is {wanted}, not {verdict!r}")
        item = self._item()
        item["review"] = verdict
        said = {ACCEPTED: ACCEPTED, REJECTED: REJECTED, UNDER_REVIEW: "back under review"}[verdict]
        if self.kind == "entity" and verdict == REJECTED:
            left = self._leave_out(item.get("id"))
            if left:
                said += f"; left out of {left} fact{'s' if left > 1 else ''}"
        return said

    def edit(self, field: str, text: str) -> None:
        """Set a text field of the candidate shown (a list field from comma-separated text)."""
        item = self._item()
        if field not in TEXT_FIELDS[self.kind]:
            raise ReviewError(f"{_what(self.kind)} has no text field {field!r}")
        if field in LISTED:
            item[field] = _unique(p for p in (" ".join(w.split()) for w in text.split(",")) if p)
            return
        line = " ".join(text.split())
        if not line:
            raise ReviewError(f"the {field} cannot be empty")
        item[field] = line

    def choose(self, field: str, value: str) -> None:
        """Set kind, stance or attribution to one of its choices (attribution: or any line
        of text); a new entity's kind is its type."""
        choices = self.choices(field)
        item = self._item()
        if field == "attribution":
            value = " ".join(value.split())
            if not value:
                raise ReviewError("the attribution cannot be empty")
        elif value not in choices:
            raise ReviewError(f"{value!r} is not a {field}: choose one of {', '.join(choices)}")
        item["type" if self.kind == "entity" else field] = value

    def toggle(self, field: str, value: str) -> bool:
        """Add the id to the fact's topics or entities, or take it out; True when it is in
        them now. A fact keeps one topic at least."""
        if field not in ("topics", "entities"):
            raise ReviewError(f"{field} is not a list of ids")
        if value not in self.choices(field):
            raise ReviewError(f"{value!r} is not one of the {field} known")
        item = self._item()
        held = [v for v in item.get(field, []) if isinstance(v, str)]
        if value not in held:
            item[field] = [*held, value]
            return True
        if field == "topics" and len(held) == 1:
            raise ReviewError("a fact needs a topic: add another one first")
        item[field] = [v for v in held if v != value]
        return False

    def link_claim(self) -> bool:
        """Link the proposed claim (claim_of, from its evidence) or unlink it; True when
        linked now."""
        linked, evidence = self.claim()
        item = self._item()
        if self.kind != "fact" or evidence is None or not isinstance(evidence.get("fact"), str):
            raise ReviewError("no claim was proposed for this candidate")
        if linked:
            del item["claim_of"]
            return False
        claim = self._claim(evidence["fact"])
        for kind, other in self.candidates:
            linked_there = other.get("claim_of")
            if kind == "fact" and other is not item and self._claim(linked_there) == claim:
                raise ReviewError(
                    f"{other.get('id')} already makes this claim (it is linked to "
                    f"{linked_there}), and a source makes a claim once: unlink it there first"
                )
        item["claim_of"] = evidence["fact"]
        return True

    def _claim(self, fact_id: Any) -> Any:
        return self._claims.get(fact_id, fact_id) if isinstance(fact_id, str) else None

    def _item(self) -> dict[str, Any]:
        if not self.candidates:
            raise ReviewError("the draft has no candidate to review")
        return self.current

    def _leave_out(self, entity_id: Any) -> int:
        left = 0
        for kind, c in self.candidates:
            named = c.get("entities")
            if kind == "fact" and isinstance(named, list) and entity_id in named:
                c["entities"] = [e for e in named if e != entity_id]
                left += 1
        return left


def _open(candidate: dict[str, Any]) -> bool:
    return candidate.get("review") not in (ACCEPTED, REJECTED)


def _rejected(candidate: dict[str, Any]) -> bool:
    return candidate.get("review") == REJECTED


def _what(kind: str) -> str:
    return "a new entity" if kind == "entity" else "a fact"


def _texts(values: Iterable[Any]) -> set[str]:
    return {v for v in values if isinstance(v, str) and v}


def _ids(known: Iterable[str], drafted: Iterable[Any]) -> list[str]:
    news = (t.get("id") for t in drafted if isinstance(t, dict))
    return sorted(set(known) | _texts(news))


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
