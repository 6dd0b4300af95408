"""Who a plural title stands for: "the two ministers", "Both Leaders", "the Defence
Ministers" (R7 of tests/fixtures/CONVENTIONS.md).

A reader asked who "the two ministers" are names the two people the report introduced, and
the fact base's "Both ministers…" facts link both. The pair is the one attribution reads
for such a subject (speakers.py: the people the article has named so far), kept only where
it is a pair of the title: exactly two people named so far hold the title's office, the
fact base's by their aliases and roles ("Indian defence minister"), a new name by the title
the report puts before it where it first names it ("Australian Minister for Defence Helen
Calloway": a minister). Of the two, the fact base's are linked; with more or fewer than two
holders, nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from defcoop_cli.factbase.records import Entity

# The judged form (tests/fixtures/reports/check_judgments.py's PLURAL_TITLE): not a
# possessive naming a meeting ("the defence ministers' talks").
PLURAL_TITLE = re.compile(
    r"\b(?:[Bb]oth (?:the )?|[Tt]he (?:two )?)((?:[Dd]efen[cs]e )?(?:[Mm]inister|[Ll]eader))s\b"
    r"(?!['’])"
)
# The words before a new name's first mention, in its sentence: its title, if any.
_BEFORE = re.compile(r"(?:[^\s.;:!?]+\s+){0,5}$")
# Offices named by "minister" that are no minister of "the ministers": "Prime Minister
# Shigeru Ishiba", "Vice-Minister for International Affairs Kenji Morita".
_OTHER_MINISTER = re.compile(r"\b(?:prime|vice|deputy|chief)[- ]minister\b")
# The offices a leader holds, as the fact base and reports write them.
_LEADER = re.compile(r"\b(?:minister|president|chancellor|premier|leader)\b")


# A meeting told as background: a noun of it its party owns ("Singh's talks with Nakatani"),
# set before the story ("The meeting follows …", "… last year").
_OWNED_MEETING = re.compile(r"['’]s (?:talks|meeting|visit|summit|call)\b")
_BEFORE_THE_STORY = re.compile(
    r"\b(?:follows|followed|comes after|came after|builds on|recalls|recalled|last (?:year|month)"
    r"|earlier this year|the previous year)\b"
)


class Told:
    """The people a report names in its story and those it names only in a background
    clause ("The meeting follows Singh's talks with Nakatani in Delhi last year"): the
    latter are no holders of "the two ministers" who act in the story (R7)."""

    def __init__(self) -> None:
        self.story: set[str] = set()
        self.background: set[str] = set()

    def read(self, sentence: str, names: Iterable[str]) -> None:
        """The people named in a sentence, by whether it tells a meeting as background."""
        bygone = _OWNED_MEETING.search(sentence) and _BEFORE_THE_STORY.search(sentence)
        (self.background if bygone else self.story).update(names)

    def current(self, named: Iterable[str]) -> list[str]:
        """The people named, in order, less those named only in a background clause."""
        return [n for n in named if n in self.story or n not in self.background]


def _holds(words: str, title: str) -> bool:
    """Whether an office, in lower case, is the title's: "defence minister" for "defence
    minister" and "minister" (not "prime minister"), any office a leader holds for "leader"."""
    words = words.replace("defense", "defence")
    if title == "leader":
        return bool(_LEADER.search(words))
    words = _OTHER_MINISTER.sub("", words)
    return re.search(rf"\b{title}\b", words) is not None


def plural_pair(
    sentence: str,
    named: Iterable[str],
    people: Mapping[str, Entity],
    article: str,
) -> list[str]:
    """The ids of the fact base's people a plural title in the sentence stands for, in the
    order named: `named` are the people the article has named so far (names), `people` the
    fact base's by id, `article` the report's text."""
    m = PLURAL_TITLE.search(sentence)
    if m is None:
        return []
    title = m.group(1).lower().replace("defense", "defence")
    by_name = {e.name: e for e in people.values()}
    holders: list[str] = []
    for name in dict.fromkeys(named):
        e = by_name.get(name)
        if e is not None:
            office, wanted = " ; ".join([*e.aliases, *(r.text for r in e.roles)]).lower(), title
        else:  # a new name's title, by its last word only ("Minister for Defence")
            first = article.find(name)
            m = _BEFORE.search(article[max(0, first - 120) : max(first, 0)])
            office, wanted = (m.group().lower() if m else ""), title.split()[-1]
        if _holds(office, wanted):
            holders.append(name)
    if len(holders) != 2:
        return []
    return [by_name[n].id for n in holders if n in by_name]
