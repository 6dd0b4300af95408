"""The stems of a big base's facts' quotes, tallied by topic when a sentence first asks
for them (`topics.TopicVotes.quoted`, issue 26)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from defcoop_cli.curation.drafting.framing import word_stems
from defcoop_cli.factbase.records import Doc
from defcoop_cli.factbase.vocab import is_editorial_group

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.topics import TopicVotes


class QuotedLater(Mapping[str, Mapping[str, int]]):
    """The stems of the facts' quotes, tallied when first asked for: `TopicVotes.quoted`,
    and the counts of its `quote:` keys in `TopicVotes.facts` (`_Counts`). Only a sentence
    that no name or keyword votes for reads them (`proposed_topics`); over a big base they
    were some half of the votes' pass (1.3 million tallies at 100,000 facts). The same
    values, in the same order, as `topic_votes` counts them at once."""

    def __init__(self, doc: Doc, votes: TopicVotes, done: Callable[[TopicVotes], None]) -> None:
        self.doc, self.votes, self.done = doc, votes, done
        self.editorial = {t.id for t in doc.topics if is_editorial_group(t.group)}
        self.table: dict[str, dict[str, int]] | None = None
        self.counts: dict[str, int] = {}

    @classmethod
    def over(cls, votes: TopicVotes, doc: Doc, done: Callable[[TopicVotes], None]) -> TopicVotes:
        """votes with its quotes' stems tallied when first asked for (done: handed the
        whole votes then); votes.facts: the counts of its other keys (none `quote:`)."""
        later = cls(doc, votes, done)
        return votes._replace(quoted=later, facts=_Counts(votes.facts, later))

    def _read(self) -> dict[str, dict[str, int]]:
        if self.table is None:
            table, counts = dict[str, dict[str, int]](), self.counts
            for f in (f for f in self.doc.facts if f.id not in (self.votes.drafted or {})):
                topics = [t for t in f.topics if t not in self.editorial]
                for word in set(word_stems(f.quote)):
                    tally(table, word, topics)
                    counts[word] = counts.get(word, 0) + 1
            self.table = table
            self.done(self.whole())
        return self.table

    def whole(self) -> TopicVotes:
        """The votes with these tallies read: plain dicts, the `quote:` keys counted."""
        facts = dict(self.votes.facts)
        facts.update((f"quote:{w}", n) for w, n in self.counts.items())
        return self.votes._replace(quoted=self._read(), facts=facts)

    def count(self, word: str) -> int | None:
        """How many facts' quotes have a word of this stem."""
        self._read()
        return self.counts.get(word)

    def __getitem__(self, word: str) -> Mapping[str, int]:
        return self._read()[word]

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


class _Counts(Mapping[str, int]):
    """`TopicVotes.facts` with its `quote:` keys counted when first asked for (a keyword
    is normalised and an entity's key is `entity:`: neither has a colon after `quote`)."""

    def __init__(self, counted: Mapping[str, int], quoted: QuotedLater) -> None:
        self.counted, self.quoted = counted, quoted

    def __getitem__(self, key: str) -> int:
        if key.startswith("quote:"):
            found = self.quoted.count(key[6:])
            if found is None:
                raise KeyError(key)
            return found
        return self.counted[key]

    def __iter__(self) -> Iterator[str]:
        self.quoted.count("")
        yield from self.counted
        yield from (f"quote:{w}" for w in self.quoted.counts)

    def __len__(self) -> int:
        self.quoted.count("")
        return len(self.counted) + len(self.quoted.counts)


def tally(table: dict[str, dict[str, int]], key: str, topics: list[str]) -> None:
    """One more fact under key for each of its topics (as Counter.update counts them)."""
    counts = table.get(key)
    if counts is None:
        counts = table[key] = {}
    for topic in topics:
        counts[topic] = counts.get(topic, 0) + 1
