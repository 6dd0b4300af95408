"""A list's lead or one of its items (drafting.claims): which of them a sentence's claim is.

A sentence naming two or more of a list's items makes the list's claim; one naming one item
makes that item's when the item scores at the threshold, however little of the lead it says
(the lead scores by its items' words: "I lauded the soldiers of both armies in Dharma
Guardian" names the drill's participants, not the list of drills), unless it says more of
the lead (but for the item's words) than of the item: then it restates the lead. An item is
named by its own words, those neither its lead's statement nor another item of its list
says, at least ITEM_SAID of them: "between the armed forces", which the last item of
"interoperability, coordination and mutual understanding between the armed forces" carries
for the whole list, names none of them; "Dharma Guardian", which the lead's statement names,
is the lead's, its participants ("between Indian and Japanese armies") the item's
(tests/fixtures/CONVENTIONS.md, R21 to R23).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Units = Sequence[tuple[str, ...]]
ITEM_SAID = 0.3  # how much of an item's own words a sentence says to name the item


class Lists:
    """The lists of a fact base: each item's list (by place), and each fact's own quote and
    its statement, read meaning by meaning."""

    def __init__(
        self,
        lists: dict[int, int],
        own: Sequence[Units],
        statements: Sequence[Units],
        said: Callable[[Units, frozenset[str]], float],
        mechanisms: dict[int, str] | None = None,
    ) -> None:
        self.lists, self.own, self.said = lists, own, said
        # an item that is one standing mechanism (R28): named by its name (its entity) or its
        # own words, not by a word of its kind ("the main forum" names no "annual summits")
        # (an item whose list is not in the base is a fact of its own, named as any other)
        self.by_name = {k: e for k, e in (mechanisms or {}).items() if k in lists}
        # an item's own words: those neither its lead's statement nor another item of its
        # list says, in its quote or its statement (else all of them)
        said_by = {k: {u[0] for u in (*own[k], *statements[k])} for k in lists}
        self.naming = {}
        for k, j in lists.items():
            others = set().union(*(said_by[m] for m, p in lists.items() if p == j and m != k))
            others |= {u[0] for u in statements[j]}
            self.naming[k] = [u for u in own[k] if u[0] not in others] or list(own[k])
        # a mechanism's own words, as written ("annual summits"), not their kind's meanings
        self.worded = {k: [u[:1] for u in self.naming[k]] for k in self.by_name}

    def named(self, j: int, senses: frozenset[str]) -> list[int]:
        """The items of the j-th list a sentence (its senses) names."""
        return [
            k
            for k, p in self.lists.items()
            if p == j
            and (
                self.by_name[k] in senses or self.said(self.worded[k], senses) >= ITEM_SAID
                if k in self.by_name
                else self.said(self.naming[k], senses) >= ITEM_SAID
            )
        ]

    def next_claims(
        self,
        i: int,
        score: float,
        scored: list[tuple[float, int]],
        senses: frozenset[str],
        least: float,
        most: int,
    ) -> list[tuple[float, int]]:
        """The claims (score, fact's place) a sentence whose best is the i-th fact's (at
        `score`) links should another sentence of the draft take that one, best first:
        each item of the i-th fact's list the sentence names, when it is the lead and it
        names two or more (R21: each item's claim is the sentence's too; at the lead's
        score when the item scores less, or none: its own words are a few of the
        sentence's), and the `most` best candidates scoring `least` or more, not of its list."""
        named = self.named(i, senses) if i not in self.lists else []
        items = {k: score for k in named} if len(named) >= 2 else {}
        for s, k in scored:
            if k in items:
                items[k] = max(items[k], s)
        j = self.lists.get(i, i)
        others = [(s, k) for s, k in scored if s >= least and self.lists.get(k, k) != j][:most]
        return sorted([*((s, k) for k, s in items.items()), *others], reverse=True)

    def lead_said(self, j: int, item: int, senses: frozenset[str]) -> bool:
        """Whether a sentence says more of the j-th list's lead (but for the item's words)
        than of the item: then it restates the lead's claim (a commitment to "an open,
        rules-based region" told as "an open region under the rule of law" says the lead
        more than its item "respect for law"; "common challenges at sea" says the item
        "maritime security" more than a lead "common challenges in stability, maritime
        security and peace")."""
        mine = {u[0] for u in self.own[item]}
        lead = [u for u in self.own[j] if u[0] not in mine]
        return bool(lead) and self.said(lead, senses) > self.said(self.own[item], senses)

    def choose(
        self,
        i: int,
        score: float,
        scored: list[tuple[float, int]],
        senses: frozenset[str],
        least: float,
    ) -> tuple[float, int]:
        """The claim (its score, its fact's place) a sentence makes of the best candidate's
        list: the best itself, the list's lead, or the one item it names if the item scores
        at least `least` (the threshold)."""
        j = self.lists.get(i, i)
        items = self.named(j, senses)
        if j != i and len(items) >= 2 and any(k == j for _, k in scored):
            return max(score, next(s for s, k in scored if k == j)), j
        one = [s for s, k in scored if j == i and len(items) == 1 and k == items[0]]
        if one and one[0] >= least and not self.lead_said(j, items[0], senses):
            return one[0], items[0]
        return score, i
