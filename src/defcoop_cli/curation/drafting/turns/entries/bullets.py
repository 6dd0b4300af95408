"""Notes' bullets: a note-taker's run of bullets leaves out a subject the bullet before gave
("- RS pitched India's push for self-reliance." then "- Asked Japanese firms to set up
shop here.": he asked). A subjectless bullet (one opening with a verb in the past,
turns/entries/diaries.py's `subjectless`) reads as its doer's, the subject opening the last
bullet that had one: a name or names of the fact base (a legend's short form among them,
base/legends.py), or "Both sides", "Both", "The two sides", "They". A bullet of a run no
bullet before gave a subject stays as it reads, and a line that is no bullet ends the run
(a sentence's, or a heading's between two bullets: "3. REMARKS BY THE MINISTER.").
Such a bullet is its doer's act, never the promotion it may read as ("- Reaffirmed a free
and open region under international law.", as a diary's entry is: turns/entries/diaries.py).
A passive bullet is no act of the doer's: a participle with its agent after "by" ("- Denied
by officials later in the day.") or a hearsay's "Reported to be", "Said to have" stays as
it reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from defcoop_cli.curation.drafting.segments import BULLET, Candidate, each_line
from defcoop_cli.curation.drafting.speakers import Reading, Speakers
from defcoop_cli.curation.drafting.turns.entries.diaries import subjectless
from defcoop_cli.factbase.vocab import THE_SOURCE

# A pronoun or plural subject the bullet opens with, kept as written.
_PLURAL = re.compile(r"(?:Both sides|Both|The two sides|The two|They)(?= [a-z])")
_AND = re.compile(r"\s*(?:and|&|,)\s*")
# A passive bullet: a participle (perhaps with an adverb) and "by" its agent, or hearsay.
_PASSIVE = re.compile(
    r"(?:(?:[A-Z][a-z]+ly|Later|Also|Then) )?[A-Z][a-z]+ (?:[a-z]+ly )?by (?=\S)"
    r"|(?:(?:[A-Z][a-z]+ly|Also) )?(?i:reported|said|believed|thought|understood|expected|known"
    r"|rumou?red|alleged|claimed|seen|described) (?:not )?to (?:be|have)\b"
)


class Bullets:
    """The doer of a run of bullets so far, and its subjectless bullets read as his."""

    def __init__(self, speakers: Speakers, text: str) -> None:
        self.speakers, self.text = speakers, text
        self.doer: str | None = None
        self.end = 0  # where the last bullet read ends

    def read(
        self, sentence: str, c: Candidate, plain: Reading, read: Callable[[str], Reading]
    ) -> Reading:
        """The bullet's reading (c: its candidate): a subjectless one's as the run's
        doer's."""
        between = self.text[self.end : c.start].split("\n")[1:-1]  # whole lines between
        if not c.rule.startswith("bullet item") or any(x.strip() for x in between):
            self.doer = None
        self.end = c.end
        if not c.rule.startswith("bullet item"):
            return plain
        if not subjectless(sentence):
            self.doer = self._subject(sentence) or self.doer
            return plain
        if self.doer is None or _PASSIVE.match(sentence):  # "Denied by officials…"
            return plain
        r = read(f"{self.doer} {sentence[:1].lower()}{sentence[1:]}")
        rule = f"{r.rule}; the doer of the bullet before, {self.doer}"
        if r.attribution == THE_SOURCE and r.kind in ("event", "background"):
            return plain
        if r.attribution == THE_SOURCE:  # no verb of his: told by the notes' channel
            return r._replace(attribution=self.doer, person=self._person(), rule=rule)
        return r._replace(rule=rule)

    def news(self, editorial: dict[int, int]) -> dict[int, int]:
        """The paragraphs (line numbers) read as promotion, but a run's subjectless bullets
        that have a doer."""
        if not editorial:
            return editorial
        acts: set[int] = set()
        doer: str | None = None
        for n, line in enumerate(each_line(self.text)):
            bullet = BULLET.match(line.text)
            words = line.text[bullet.end() :] if bullet else ""
            if bullet and subjectless(words):
                acts |= {n} if doer and not _PASSIVE.match(words) else set()
            else:
                doer = self._subject(words) or (doer if bullet else None)
        return {n: at for n, at in editorial.items() if n not in acts}

    def _person(self) -> bool:
        return bool(self.speakers.matcher.ids(self.doer or "")) and " and " not in (self.doer or "")

    def _subject(self, sentence: str) -> str | None:
        """The subject the bullet opens with: its names of the fact base joined, or a
        plural pronoun as written."""
        plural = _PLURAL.match(sentence)
        if plural:
            return plural[0]
        names, at = [], 0
        for eid, start, end in sorted(self.speakers.matcher.find(sentence), key=lambda x: x[1]):
            if start != at or eid not in self.speakers.people:
                break
            names.append(self.speakers.matcher.entities[eid].name)
            joint = _AND.match(sentence, end)
            at = joint.end() if joint else -1
        return " and ".join(names) if names else None
