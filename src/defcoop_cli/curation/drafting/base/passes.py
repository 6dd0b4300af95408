"""What a draft reads of every fact of the merged base besides the claim finder's and the
topics' tables (issue 26): the places meetings were held in by the facts that say so (the
conflicts' venues), each fact's claim where it is another fact's (`claims.assignment`),
the topics by use (the commonest, proposed where nothing else is), and, of the entities,
the events named for their places (every event's name searched for every place's). Each
is one pass over every fact (or entity), made as before for a base whose tables are not
kept; `claims.whole` keeps them with its tables, by the same key (the fact base's content
and defcoop's code), so that a later draft reads none of the facts to have them
(`base.facts`)."""

from __future__ import annotations

from typing import Any, NamedTuple

from defcoop_cli.curation.drafting.about.topics import commonest_topics
from defcoop_cli.curation.drafting.base.facts import fact_of
from defcoop_cli.curation.drafting.claims.assignment import claims_of
from defcoop_cli.curation.drafting.claims.cases.times import Occasions
from defcoop_cli.curation.drafting.conflicts.values import Conflicts, held_in, named_for
from defcoop_cli.factbase.records import Doc


class Passes(NamedTuple):
    """The passes over every fact a draft makes (as the module says)."""

    held: dict[str, list[str]]  # a place -> the facts saying a meeting was held there
    claim_of: dict[str, str]  # a fact -> its claim, another fact's
    commonest: list[tuple[str, int]]  # the topics, the most used first (`commonest_topics`)
    events: list[tuple[str, str]]  # an event named for its place: (event, place) (of entities)

    def conflicts(self, doc: Doc, occasions: Occasions) -> Conflicts:
        """A draft's reader of value conflicts, with these places and events, and the
        report's own date (occasions: its "on Tuesday")."""
        return Conflicts(doc, self.held, fact_of(doc.facts), self.events, occasions)


def passes_of(doc: Doc) -> Passes:
    """The passes, each made over doc's facts."""
    return Passes(held_in(doc.facts), claims_of(doc.facts), commonest_topics(doc), named_for(doc))


def kept(passes: Passes) -> dict[str, Any]:
    """The passes as the tables' file keeps them (marshal's types)."""
    return passes._asdict()


def restored(head: dict[str, Any]) -> Passes:
    """The passes of a tables' file's index (`kept`'s)."""
    return Passes(head["held"], head["claim_of"], list(head["commonest"]), list(head["events"]))
