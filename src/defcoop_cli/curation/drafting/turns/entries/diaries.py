"""A diary: a log whose entries leave out their subject because its heading names it once
(a minister's movements, an office's engagements page, a delegation's programme marked
done: "10:45  Held talks with…", "       Condemned the attack…", the doer named only in
"Defense Minister's movements, Monday…" or "ENGAGEMENTS OF … RAJNATH SINGH").

It is a diary when SUBJECTLESS entries or more open with a verb in the past and no subject
before it ("Arrived at…", "Strongly condemned…", "Was briefed by…"); a live blog's entries
have their subjects ("10:05  Singh and Nakatani begin talks") and are no diary. In a diary:

- **An entry with no verb is furniture** ("At the hotel.", "Joint photo session.", "Lunch
  hosted by the Raksha Mantri.": a participle before "by" is no verb), as a programme's
  headings are (`idle_lines`).
- **The subject is the heading's person** (`Diary`): the one person of the fact base the
  lines above the first entry name, else the one whose title they give ("Defense
  Minister") who is not named in the entries (he meets the other, whom they name). A
  subjectless sentence reads as his ("Condemned…": he condemned; "Told Singh that…": he
  told), an event told of him stays the document's (R35, as the fact base's meeting-held:
  "Arrived…", "Held talks with…"), and "with X" after his verb ("Agreed with Singh to…",
  "Voiced concern, together with Singh, …") is the two of them. A clause after "and" with
  no subject of its own ("Condemned the attack and conveyed…": "conveyed…") is his too.
- **A register's row is its person's record** (body/elements/registers.py): a subjectless entry of
  the row that tells what he said or did with a stance ("Deplored…", "Pledged…") is the
  row's person's, as the row's cell gives him as the one the record is of; an event of the
  visit ("Called on the minister…", "Held talks with…") or a visit with no reporting verb
  ("Toured a shipyard…", "Paid tribute at the memorial") is the register's own, "the
  article", as a diary's events are its document's (R64: the visit told, no word of his).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.body.unstopped import FINITE, log_stamp
from defcoop_cli.curation.drafting.body.wrapped import each_line
from defcoop_cli.curation.drafting.names.titles import title_run
from defcoop_cli.curation.drafting.pages import gazetteer
from defcoop_cli.curation.drafting.speakers import Reading, Speakers
from defcoop_cli.curation.drafting.verbs import has_verb, reported_verb
from defcoop_cli.factbase.vocab import THE_SOURCE

SUBJECTLESS = 3
# Verbs whose past is not in -ed (those whose past is their base form, "read", "put", "set",
# are left out: "Read more" opens a call, not an entry).
_PAST_FORMS = """began bought brought came drew drove flew gave had held kept laid led left made
    met paid rang rode said sat saw sent shook sought spoke stood struck swore took told
    thought understood was went were won wrote"""
_IRREGULAR = frozenset(_PAST_FORMS.split())
# An entry's opening: perhaps an adverb, then its first word.
_OPENING = re.compile(
    r"(?=[A-Z])(?:(?:[A-Z][a-z]+ly|Also|Then|Later|Again|Jointly) )?([A-Za-z][a-z]+)\b"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# "with X" after the subject's verb: "Agreed with Singh", "Voiced concern, together with…"
_WITH = re.compile(r"\s*,?\s*(?:(?:together|along|jointly) )?with\s+(?=[A-Z])")


def _past(word: str) -> bool:
    lower = word.lower()
    return lower.endswith("ed") or lower in _IRREGULAR


def _entry(line: str) -> str | None:
    """The entry's words on a log's stamped line (the lines under it are its sentences)."""
    stamp = log_stamp(line)
    return line[stamp.end() :] if stamp else None


def subjectless(sentence: str) -> bool:
    """Whether the sentence opens with a verb in the past and no subject ("Condemned…",
    "Strongly condemned…", "Was briefed…"); a question is none, nor a participle's phrase
    before its subject ("Asked about the tariff, Costa said…"), nor a label before a colon."""
    opening = _OPENING.match(sentence)
    if not opening or not _past(opening[1]) or sentence.rstrip().endswith("?"):
        return False
    if _LABEL.match(sentence):  # a live blog's "Confirmed: Nakatani has landed…"
        return False
    unplaced = _without_places(sentence)  # "Visited a dock, Mumbai, on…": no subject after
    return not _PHRASE_THEN_SUBJECT.match(unplaced) and not _ADJECTIVE.match(sentence)


# A place's name set off by a comma, closing the sentence or before another comma ("at South
# Block, New Delhi."; "Toured a dock, Mumbai, on 6 May."): where, not a subject.
_PLACE_APPOSED = re.compile(r", ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})(?=,|\.?\s*$)")


def _without_places(sentence: str) -> str:
    """The sentence without a place in apposition (a gazetteer's country, capital or place)."""
    g = gazetteer()
    known = g.places | g.countries | set(g.capitals)
    return _PLACE_APPOSED.sub(lambda m: "" if m[1] in known else m[0], sentence)


# A participle (perhaps with its adverb) before a colon labels a live blog's entry: "Confirmed:
# …", "Expected shortly: …"; no verb of the entry.
_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?:")
# A participle before the subject's noun, its verb after ("Signed copies … were exchanged").
_CLAUSE_WORD = r"(?:that|which|who|where|when|while|as|after|before|since|because|if|to)\b"
# A subject in lower case with its verb and what follows ("a ministry spokesman said no…",
# "officials at the embassy rescheduled the dinner"): a determiner or a plural noun first;
# not a channel's tag closing the entry (", aides said.").
_DETERMINER = r"(?:an?|his|her|their|its|our|one|two|three|several|some|many|most|no|each|this)"
_LOWER_SUBJECT = (
    rf"(?:{_DETERMINER} |(?!was |has |is )[a-z]+s )(?:(?!{_CLAUSE_WORD}|and |or |but )[\w'’-]+ )"
    rf"{{0,5}}?(?:[a-z]+ed|{'|'.join(sorted(_IRREGULAR))}) [\w\"“]"
)
# An opening phrase, then its sentence's subject: a name, a pronoun, "the minister", "a
# ministry spokesman said…".
_PHRASE_THEN_SUBJECT = re.compile(
    rf"[^,;]{{1,120}}, (?:[A-Z]|(?:he|she|they|the|both)\b|{_LOWER_SUBJECT})"
)
_ADJECTIVE = re.compile(
    rf"[A-Z][a-z]+ (?:(?!{_CLAUSE_WORD})[a-z]+ ){{1,5}}(?:was|were|is|are|has|have|had)\b"
)


def is_diary(lines: Sequence[str]) -> bool:
    """Whether SUBJECTLESS entries or more open with a verb in the past and no subject."""
    entries = [e for e in (_entry(line) for line in lines) if e]
    return sum(subjectless(e) for e in entries) >= SUBJECTLESS


def _verbless(entry: str) -> bool:
    """No verb in the entry: no reporting verb, no finite or past form (a participle before
    "by" is none), no word in -s after a capitalised one ("Singh arrives")."""
    words = _WORD.findall(entry)
    for n, word in enumerate(words):
        lower = word.lower()
        after = words[n + 1].lower() if n + 1 < len(words) else ""
        if lower in FINITE or (_past(word) and after != "by"):
            return False
        if n and word[0].islower() and lower.endswith("s") and words[n - 1][0].isupper():
            return False
    return not has_verb(_PARTICIPLE.sub("", entry))


_PARTICIPLE = re.compile(r"\b[a-z]+ed by\b.*")  # "Lunch hosted by…": no verb of the entry


def idle_lines(lines: Sequence[str]) -> set[int]:
    """In a diary, the numbers of its entries' lines with no verb: furniture."""
    if not is_diary(lines):
        return set()
    return {n for n, line in enumerate(lines) if (e := _entry(line)) and e.strip() and _verbless(e)}


class Diary:
    """A diary's subject, and its subjectless sentences read as his."""

    def __init__(self, text: str, speakers: Speakers, row: tuple[str, str] | None = None) -> None:
        """row: a register's row (its cells' line, its entries), whose entries are a diary's
        whatever their number, their subject its cells' person (body/elements/registers.py)."""
        self.speakers, self.text = speakers, text
        lines = text.splitlines()
        self.diary, self.row = row is not None or is_diary(lines), row is not None
        cells = re.split(r" \| |, ", row[0]) if row else []
        self.subject = _subject(lines, speakers) if self.diary and not row else None
        self.subject = _subject_of(cells, row[1], speakers) if row else self.subject
        if self.subject:
            speakers.mentioned(self.subject, True)  # the first person of the document

    def opened(self, sentence: str) -> str:
        """The sentence with a subjectless entry's opening verb in lower case, as in a
        sentence with its subject ("Told Singh…": no name "Told Singh", Singh is known)."""
        if not (self.diary and subjectless(sentence)):
            return sentence
        return sentence[:1].lower() + sentence[1:]

    def acts(self, sentence: str, entities: Sequence[str]) -> tuple[bool, list[str]]:
        """Whether a sentence is the subject's entry, and the entities its topics are of:
        its own and its subject's ("Laid a wreath…" is of his visit, not the article's view)."""
        ids = self.speakers.matcher.ids(self.subject) if self.subject else []
        if not ids or not subjectless(sentence):
            return False, list(entities)
        return True, list(dict.fromkeys([*entities, ids[0]]))

    def named(self, sentence: str, entities: Sequence[str]) -> list[str]:
        """The entities a subjectless sentence names, and its subject's where it names
        another person (what the two did: "Held talks with X" is their meeting)."""
        ids = self.speakers.matcher.ids(self.subject) if self.subject else []
        others = set(entities) & self.speakers.people
        if not ids or not others or not subjectless(sentence) or ids[0] in entities:
            return list(entities)
        return [*entities, ids[0]]

    def news(self, editorial: dict[int, int]) -> dict[int, int]:
        """The paragraphs (line numbers) read as promotion, but a diary's subjectless
        entries: its subject's acts ("Underlined … a free and open Indo-Pacific")."""
        if not self.subject:
            return editorial
        lines = [line.text for line in each_line(self.text)]
        return {n: at for n, at in editorial.items() if not subjectless(lines[n])}

    def read(self, sentence: str, read: Callable[[str], Reading]) -> Reading:
        """The sentence's reading; a subjectless one's as the subject's, and with the
        person "with" his verb names, the two's."""
        plain = read(sentence)
        entry = sentence[:1].upper() + sentence[1:]  # "…and conveyed…": a clause, no subject
        if not self.subject or not subjectless(entry):
            return plain
        if plain.person and plain.attribution.split()[0] == sentence.split()[0]:
            return plain  # "Ahmed Rizvi said…": a name, no verb
        said = f"{self.subject} {sentence[:1].lower()}{sentence[1:]}"
        r = read(said)
        if r.attribution == THE_SOURCE and r.kind not in ("event", "background"):
            told = "the register row's person's" if self.row else "the diary's subject's"
            rule = f"{r.rule}; {told}, told by a channel"  # "…, according to an aide"
            return r._replace(attribution=self.subject, person=True, rule=rule)
        if r.attribution == THE_SOURCE and self.row:  # "Toured a dock…": the visit told (R64)
            return r._replace(rule=f"{r.rule}; the register's own record of the visit")
        if r.attribution != self.subject:
            return r if r.attribution != THE_SOURCE else plain
        hit = reported_verb(said)
        other = _WITH.match(said, hit.match.end()) if hit else None
        found = self.speakers.speaker_at(said[other.end() :]) if other else None
        if found and found[1] and found[0] != self.subject:
            pair = f"{self.subject} and {found[0]}"
            return r._replace(attribution=pair, person=False, rule=f"{r.rule}; with {found[0]}")
        return r._replace(rule=f"{r.rule}; the diary's subject")


def _subject(lines: Sequence[str], speakers: Speakers) -> str | None:
    """The one person of the fact base the heading names, else the one its title stands for
    whom the entries do not name."""
    first = next((n for n, line in enumerate(lines) if log_stamp(line)), len(lines))
    return _subject_of(lines[:first], "\n".join(lines[first:]), speakers)


def _subject_of(head: Sequence[str], entries: str, speakers: Speakers) -> str | None:
    heading, matcher, people = "\n".join(head), speakers.matcher, speakers.people
    named = {eid for eid, _, _ in matcher.find(heading) if eid in people}
    if len(named) == 1:
        return matcher.entities[named.pop()].name
    if named:
        return None
    spoken = {eid for eid, _, _ in matcher.find(entries)}
    titles = [_title(line) for line in head]
    held = {i for i in people - spoken for t in titles if t and speakers.holds(i, t)}
    return matcher.entities[held.pop()].name if len(held) == 1 else None


def _title(line: str) -> str | None:
    """A person's title the heading line gives ("Defense Minister's movements"), if any."""
    words = re.split(r"['’]s\b|[,(:]", line)[0].split()
    n = title_run(words)
    return " ".join(words[len(words) - n :]) if n else None
