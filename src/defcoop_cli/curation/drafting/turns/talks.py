"""A talk's transcript (a lecture, a keynote, a webinar, a seminar, a slide deck's notes):
the one who delivers it is named by the document's form only, and then speaks in the
first person for the whole body (R35: delivered in person, the speaker's).

The form names the speaker at one of three places, each a line of the head: a field whose
label is a noun of one who delivers a talk ("Lecturer:", "Keynote speaker:", "Discussant:",
"Presenter:": a closed list, talk_nouns.tsv, each with what it means; "Interviewer:" and
"Contact:" name no talk's giver), a speech's head ("Keynote by …", "Remarks by …";
turns/forms.py), or the chair's hand-over ("Please welcome Professor X.", "Please join me
in welcoming X", "X, the floor is yours"). The name is a person's, by a courtesy or rank
("Professor Anand Varkey") or by two or three capitalised words, and the fact base need
not know it.

Questions from the floor: a line opening with an asking label ("Q:", "Question:",
"Questioner:") or, in a talk, with an unnamed person's ("Audience member:", "Member of the
audience:") is the questioner's turn, named by the label's own words (R9: "audience
member"; a bare noun "unnamed questioner"); the line after it is the speaker's again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice
from pathlib import Path

from defcoop_cli.curation.drafting.body.wrapped import each_line
from defcoop_cli.curation.drafting.entities import STOP_WORDS, TITLES
from defcoop_cli.curation.drafting.transcripts import Turn, label_kind
from defcoop_cli.curation.drafting.transcripts.labels import ANSWERING, floor_label, kind_of_person
from defcoop_cli.curation.drafting.turns.forms import HEAD_LINES, head_speaker, titled_person
from defcoop_cli.factbase.vocab import shipped_text

# A field of the head: a label of at most four words, a colon, the words after it.
_FIELD = re.compile(r"(?P<label>[A-Z][A-Za-z'’ -]{1,40}?)\s*:\s*(?P<who>\S.{1,200})")
# A name of two or three capitalised words ("Anand Varkey", "Ritu Kapadia-Rao").
_NAME = re.compile(r"[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2}")
# The chair's hand-over to the speaker, a whole line or a line's last sentence, outside any
# quotation: "Please welcome Professor X.", "please join me in welcoming X", "I give the
# floor to X", "X, the floor is yours." (news's verbs, "will invite X to Tokyo", "request
# help", are no hand-over; nor a quoted "Please welcome X," a news story reports)
_HANDOVER = re.compile(
    r"(?i:(?:please |let us |let's )?(?:join me (?:in )?)?welcom(?:e|ing)(?: on stage)?"
    r"|(?:i )?(?:now )?(?:give the floor to|hand over to))"
    r"\s+(?P<who>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’-]*){1,3})(?:,[^\"“”‘’]{0,80})?[.!]?"
    r"|(?P<named>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+(?i:the floor is yours)[.!]?"
)
# (a courtesy's or rank's full stop, "Dr. Lee Moss", ends no sentence)
_NOT_AN_END = "".join(f"(?<!\\b{a})" for a in ("Dr", "Mr", "Ms", "Mrs", "Prof", "Gen", "Adm"))
_LAST_SENTENCE = re.compile(rf"(?:.*{_NOT_AN_END}[.!?]\s+)?(?P<last>[^\"“”]+)")
_SPACE = re.compile(r"\s*")
_PRESS = frozenset(["reporter", "journalist", "correspondent"])


@lru_cache(maxsize=1)
def _talk_nouns() -> frozenset[str]:
    """The nouns of one who delivers a talk (talk_nouns.tsv: each with what it means)."""
    text = shipped_text(Path(__file__).with_name("talk_nouns.tsv"))
    return frozenset(
        line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")
    )


def speaking_noun(label: str) -> bool:
    """Whether a field's label names one who delivers a talk ("Lecturer", "Keynote speaker",
    "Discussant": talk_nouns.tsv), not one who asks, chairs, advises or is to be contacted
    ("Questioner", "Moderator", "Interviewer", "Contact")."""
    words = label.lower().split()
    return " ".join(words[-2:]) in _talk_nouns() or " ".join(words[-1:]) in _talk_nouns()


def _person(words: str) -> str | None:
    """The person's name the words open with: by a courtesy or rank, or a bare name of
    two or three capitalised words that holds no title."""
    first = re.split(r"[,;(|]| - | – ", words.strip())[0].strip().rstrip(".")
    if titled := titled_person(first):
        return titled
    name = _NAME.match(first)
    if name is None or name.end() != len(first):
        return None
    parts = [w.lower() for w in name.group().split()]
    return None if any(w in TITLES or w in STOP_WORDS for w in parts) else name.group()


def talk_speaker(lines: Sequence[tuple[int, int, str]]) -> tuple[int, str, bool] | None:
    """The index of the line after which the talk's body begins, the name of the one the
    form names as delivering it (see the module's doc), and whether that line is the form's
    own (a field, a head: furniture), not the chair's hand-over; else None."""
    for n, (_, _, text) in enumerate(lines[:HEAD_LINES]):
        field = _FIELD.fullmatch(text) if len(text) <= 300 else None
        speaks = field and speaking_noun(field["label"])
        if speaks and field and (who := _person(field["who"])):
            return n, who, True
        if (words := head_speaker(text)) is not None and (who := _person(words)):
            return n, who, True
        if (m := _handover(text)) and (who := _person(m["who"] or m["named"])):
            return n, who, False
    return None


def _handover(line: str) -> re.Match[str] | None:
    """The chair's hand-over, the line's last sentence, outside quotation marks."""
    last = _LAST_SENTENCE.fullmatch(line.strip()[-600:])
    return _HANDOVER.fullmatch(last["last"]) if last else None


def _unbracketed(label: str) -> str:
    """A label without its bracketed asides ("Questioner (online)": "Questioner")."""
    return _BRACKETED.sub("", label)


_BRACKETED = re.compile(r"\s*\([^()]*\)")
_ASIDE = re.compile(r"\((?:an? |the )?([^()]{3,60})\)\s*$", re.IGNORECASE)


def questioner(label: str) -> str:
    """A questioner's name by the label's own words (R9): "Audience member" is "audience
    member", "Q (a retired naval officer)" "retired naval officer", a bare "Q", "Question"
    or "Questioner" "unnamed questioner"."""
    words = _unbracketed(label).lower().split()
    if len(words) >= 2 and not {"q", "question"} & {*words}:
        return " ".join(words)
    aside = _ASIDE.search(label)  # "Q (a retired naval officer)": the one who asks, by kind
    if aside and (floor_label(aside[1].capitalize()) or kind_of_person(aside[1].capitalize())):
        return aside[1].lower()
    if words and words[-1] in _PRESS:  # a journalist at a talk, as at a press conference
        return "the reporter"
    return "unnamed questioner"


def from_the_floor(label: str) -> bool:
    """Whether a label is a questioner's from the floor: an asking label ("Q", "Questioner
    (online)") or an unnamed person's ("Audience member", "Member of the audience")."""
    return label_kind(_unbracketed(label).strip()) == "asks"


# A line's label, up to the words after it: "Audience member:", "Questioner (online):".
LINE_LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z ]{0,30}?(?: \([^()\n]{1,30}\))?)\s*:\s+(?=\S)")


def floor_turns(lines: Sequence[tuple[int, int, str]], after: int, speaker: str) -> list[Turn]:
    """The questioners' turns in a one-speaker piece's body (the lines after index after):
    each line opening with a questioner's label is his; the next line the speaker's."""
    turns: list[Turn] = []
    for n in range(after + 1, len(lines)):
        m = LINE_LABEL.match(lines[n][2])
        if m and from_the_floor(m["label"]):
            turns.append(Turn(lines[n][0], questioner(m["label"]), False, True))
            if n + 1 < len(lines):
                turns.append(Turn(lines[n + 1][0], speaker, True, False))
    return turns


def talk_turns(text: str, turns: list[Turn]) -> list[Turn]:
    """A labelled transcript's turns read as a talk's, where its form names the speaker (a
    talk, no broadcast's script: its "[applause]" directs no one): a questioner is named by
    his label's words (R9), not "the reporter"; the chair's line hands over, so the
    unlabelled lines after it are the speaker's, as are the body's lines after the form's
    line that names him, before the first label; a label naming him by his surname
    ("Ambassador Kapadia:") is his full name, and an answer's ("A:") is his."""
    lines = list(islice(each_line(text), HEAD_LINES))
    talk = talk_speaker(lines) if turns else None
    if talk is None:
        return turns
    who, surname = talk[1], talk[1].split()[-1]
    ends = [t.start for t in turns[1:]] + [len(text)]
    found: list[Turn] = []
    body = _next_line(text, lines[talk[0]][0], turns[0].start)  # after the form's line
    if talk[2] and text[body : turns[0].start].strip():  # the body before the first label
        found.append(Turn(body, who, True, False))  # ("Speaker: X" then his lecture): his
    for turn, end in zip(turns, ends, strict=True):
        label = LINE_LABEL.match(text, turn.start)
        kind = label_kind(label["label"].partition(" (")[0]) if label else None
        if label and from_the_floor(label["label"]):
            turn = turn._replace(speaker=questioner(label["label"]), person=False, asks=True)
        elif kind == "chairs":
            found.append(turn._replace(speaker=turn.speaker or "the moderator", asks=True))
            after = _next_line(text, turn.start, end)
            turn = Turn(after, who, True, False)  # the chair's one line: the speaker's after
            if after >= end:
                continue
        elif turn.speaker.split()[-1:] == [surname] and turn.speaker != who:
            turn = turn._replace(speaker=who, person=True)
        elif label and label["label"].lower() in ANSWERING:
            turn = turn._replace(speaker=who, person=True)  # "A:" after a question: his
        found.append(turn)
    return found


def _next_line(text: str, at: int, end: int) -> int:
    """Where the first line with words after the line at at begins (end if none before)."""
    line_end = text.find("\n", at, end)
    blank = _SPACE.match(text, line_end) if line_end != -1 else None
    return end if blank is None else min(blank.end(), end)
