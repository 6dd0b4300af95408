"""The stems of a big base's facts' quotes, tallied by topic when a sentence first asks
for them (`votes.TopicVotes.quoted`, issue 26).

A draft asks for a few stems (the benchmark article's first draft at 100,000 facts: three,
of 98 facts), each of a sentence no name or keyword votes for. Where the facts are a search
index's on disk, the facts whose quote holds a word of a stem are the documents whose
quote field holds one of that stem's terms (`base.indexed`: the same tokens, function
words aside), so each stem asked is tallied from its own facts (`by_word`), not every
quote stemmed; the same tallies, in the same order, as the pass over every quote."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from defcoop_cli.curation.drafting.about.framing import word_stems
from defcoop_cli.factbase.records import Doc
from defcoop_cli.factbase.vocab import is_editorial_group

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.about.votes import TopicVotes


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
        # a stem -> the positions (ascending) of the facts whose quote has a word of it,
        # or None where they cannot be read so (then every quote is read, `_read`)
        self.by_word: Callable[[str], Sequence[int] | None] | None = None
        self.words: dict[str, tuple[dict[str, int], int] | None] = {}  # each stem asked

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

    def _word(self, word: str) -> tuple[dict[str, int], int] | None:
        """The tally of one stem and how many facts' quotes have it (None: none has), read
        from its own facts where `by_word` finds them, else from every quote's."""
        if self.table is None and word not in self.words and self.by_word is not None:
            at = self.by_word(word)
            if at is not None:
                self.words[word] = self._of(at)
        if self.table is None and word in self.words:
            return self.words[word]
        table = self._read()
        return (table[word], self.counts[word]) if word in table else None

    def _of(self, positions: Sequence[int]) -> tuple[dict[str, int], int] | None:
        """The tally of the facts at positions (ascending): their topics, as `_read`'s."""
        read = getattr(self.doc.facts, "read", None)
        if read is not None:  # the index's facts (`base.facts`): read at once
            read(positions)
        drafted, counts, n = self.votes.drafted or {}, dict[str, int](), 0
        for f in (self.doc.facts[p] for p in positions):
            if f.id not in drafted:
                for topic in (t for t in f.topics if t not in self.editorial):
                    counts[topic] = counts.get(topic, 0) + 1
                n += 1
        return (counts, n) if n else None

    def count(self, word: str) -> int | None:
        """How many facts' quotes have a word of this stem."""
        found = self._word(word)
        return None if found is None else found[1]

    def __getitem__(self, word: str) -> Mapping[str, int]:
        found = self._word(word)
        if found is None:
            raise KeyError(word)
        return found[0]

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
        self.quoted.whole()
        yield from self.counted
        yield from (f"quote:{w}" for w in self.quoted.counts)

    def __len__(self) -> int:
        self.quoted.whole()
        return len(self.counted) + len(self.quoted.counts)


def tally(table: dict[str, dict[str, int]], key: str, topics: list[str]) -> None:
    """One more fact under key for each of its topics (as Counter.update counts them)."""
    counts = table.get(key)
    if counts is None:
        counts = table[key] = {}
    for topic in topics:
        counts[topic] = counts.get(topic, 0) + 1
