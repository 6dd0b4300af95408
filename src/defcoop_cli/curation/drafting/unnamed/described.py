"""A speaker by a description: who "the press secretary", "the spokesperson" stands for.

A report introduces a person new to the fact base by a title before the name ("Press
Secretary Haruka Ishida", in its body or in a header line: "Briefer: Press Secretary
Haruka Ishida"); later, "The press secretary said…" means that person, as a reader takes it.
The title's last word names it ("secretary"); a title given to two new names stands for
neither, and a title the fact base's people hold is the fact base's (speakers.py binds
those).
"""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Reading, title_run
from defcoop_cli.curation.drafting.verbs import reported_verb
from defcoop_cli.factbase.vocab import THE_SOURCE

# A run of capitalised words: a title and then a name ("Press Secretary Haruka Ishida").
_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][\w.'’-]*\s+){2,7}[A-Z][\w'’-]*")
_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")
# A definite description alone: "The press secretary", "the Spokesperson" (lower case or
# capitalised, up to three words).
_DESCRIPTION = re.compile(r"\s*[Tt]he\s+((?:[A-Za-z-]+\s+){0,2}([A-Za-z-]+))\s*")


class Described:
    """The new names a report gives a title, by the title's last word."""

    def __init__(self, matcher: EntityMatcher) -> None:
        self.matcher = matcher
        self.by_title: dict[str, str] = {}  # "secretary" -> "Haruka Ishida"; "": two

    def read(self, text: str) -> None:
        """The titles given to new names in a line or a sentence, from now on."""
        for run in _RUN.finditer(text):
            words = run.group().split()
            for cut in range(1, len(words) - 1):  # a title, then a name of two or three words
                title, name = words[:cut], words[cut:]
                if not title_run(title) or len(name) > 3:  # "Press Secretary": its last word
                    continue
                if not all(_NAME_WORD.fullmatch(w) and not title_run([w]) for w in name):
                    continue
                if self.matcher.find(" ".join(name)):  # a known name: the fact base's
                    break
                head, person = title[-1].rstrip(".,").lower(), " ".join(name)
                self.by_title[head] = person if self.by_title.get(head, person) == person else ""
                break

    def who(self, subject: str) -> str | None:
        """The new name a subject that is a title alone stands for ("The press
        secretary"), if the report gave that title to one new name."""
        m = _DESCRIPTION.fullmatch(subject)
        return self.by_title.get(m.group(2).lower()) or None if m else None

    def speaker(self, sentence: str, r: Reading) -> Reading:
        """A speaker by a title alone that the report gave one new name ("The press secretary
        said…" after "Press Secretary Haruka Ishida"): that person, where none or the title is."""
        if not any(self.by_title.values()):  # no title given one new name yet: no verb
            return r  # to look for (a third more of a long sentence's verb search)
        hit = reported_verb(sentence)
        subject = " ".join(sentence[: hit.match.start()].split()) if hit else ""
        who = self.who(subject) if subject else None
        if who is None or r.attribution not in (THE_SOURCE, subject.lower()):
            return r
        said_as, rule = subject.lower(), f"{r.rule}; {subject!r}: {who}"
        return r._replace(attribution=who, person=True, said_as=said_as, rule=rule)
