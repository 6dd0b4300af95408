"""A broadcast script's sound bites: a cue line ("SOT (NAME, IN JAPANESE) 0:10", "SOT — NAME,
OFFICE", "SOUNDBITE: NAME", "BITE NAME:") and the bite after it, the words of the person
the cue names; a cue that names no one takes its name from a super (a caption naming the
speaker, "SUPER: NAME / OFFICE") just before the cue or right after the bite.

The bite is the rest of the cue's line after a colon, else the lines after the cue up to
the script's next line of its own (a cue, a super, a direction, a label in capitals);
after it the script narrates again (a turn of no one's).

A video's captions name no speaker: its chapters do ("2:41 Rajnath Singh's remarks", "Gen
Nakatani speaks"), and a caption under a chapter that names a speaker is the speaker's, up
to the next chapter (`chapter_turns`). A chapter is a time code and a short title with no
full stop in the description's list (the captions after it fall under the last chapter
whose time is not after their own), or a title on a line of its own just before a time
code's own line in a transcript copied with its chapters (the captions after it, up to the
next title, are under it). Only a video's timeline counts: its first time code is in its
first minute ("0:00 Headlines"), where a live blog's or a programme's clock times ("10:20
Rajnath Singh speaks", "10:00 Remarks by Rajnath Singh") start at the hour of the day.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.entities import TITLES
from defcoop_cli.curation.drafting.transcripts import Turn

_CUE = re.compile(
    r"(?:SOT|SOUND ?BITE|BITE|SYNC|GRAB|ACTUALITY|(?:INTERVIEW )?CLIP)\b[ \t]*([^\n]*)"
)
# A super (a caption naming who is on screen): "SUPER: NAME / OFFICE", "CG: NAME, OFFICE".
_SUPER = re.compile(r"(?:SUPER|CG|LOWER THIRD|NAMESTRAP|ASTON|STRAP)\s*:\s*([^/|,—–\n]+)[/|,—–]")
# A script's own line: a direction in square brackets, a word in capitals opening a label,
# a cue, a direction in brackets or a line in capitals ("VO (GV: …):", "PTC (…) 0:20").
_SCRIPT_LINE = re.compile(r"\[|[A-Z]{2,}\b[^a-z\n]{0,3}(?:[:(]|\s[A-Z(\d]|$)")
# A cue's words that are no one's name: a language, a direction, a time.
_NOT_NAME = re.compile(r"(?i)\b(?:in|vo|v/o|our|translation|interpreter|dubbed|file|cont)\b|\d")
_RUNNING_TIME = re.compile(r"(?:^|\s)\d{1,2}:\d{2}\s*$")
MAX_BITE_LINES = 4
SUPER_LINES = 2  # a super this near the cue, before it (or after the bite), names its speaker


def _name(words: str) -> str | None:
    """A name in capitals or in a name's case ("NAKATANI", "Gen Nakatani"), title-free
    words of at most four, else None ("IN HINDI", "DEFENCE MINISTER")."""
    words = words.strip(" :—–-()\"“”'")
    parts = words.split()
    if not parts or len(parts) > 4 or _NOT_NAME.search(words):
        return None
    if not all(p[:1].isupper() for p in parts) or all(
        p.lower().rstrip(".") in TITLES for p in parts
    ):
        return None
    return " ".join(p.capitalize() if p.isupper() and len(p) > 1 else p for p in parts)


def _cued(rest: str) -> tuple[str | None, str]:
    """The name a cue's rest gives ("(NAKATANI, IN JAPANESE) 0:10", "— SINGH, MINISTER",
    ": NAKATANI: …") and the bite on its line after a colon ("" when none)."""
    rest = _RUNNING_TIME.sub("", rest).strip()  # "SOUNDBITE 0:10": a time, no colon's
    bracket = re.match(r"\(([^()\n]*)\)", rest)
    head = bracket.group(1) if bracket else rest.lstrip(":—–- ")
    name_part, _, inline = head.partition(":") if not bracket else (head, "", "")
    name = _name(re.split(r"[,/|]", name_part)[0])
    if bracket is None and name is None:  # "SOT: 'We agree.'": no name, all the bite
        inline = head
    return name, inline.strip()


def _supered(texts: Sequence[str], before: int, after: int) -> str | None:
    """The name a super gives just before the cue (line before) or right after the bite."""
    near = [*range(before - 1, max(-1, before - 1 - SUPER_LINES), -1), after]
    for n in near:
        m = _SUPER.match(texts[n]) if 0 <= n < len(texts) else None
        if m and (name := _name(m.group(1))):
            return name
    return None


def is_cue(line: str) -> bool:
    """Whether a line opens with a sound bite's cue ("SOT (NAME, IN ENGLISH) 0:12")."""
    return _CUE.match(line) is not None


def bite_start(line: str) -> int | None:
    """Where a sound bite on its cue's own line starts ("BITE — NAME, OFFICE: We sail …",
    "SOT: We agree."): the cue before it is the script's; None for no such line."""
    m = _CUE.match(line)
    if m is None:
        return None
    _, inline = _cued(m.group(1))
    return line.rindex(inline) if inline else None


def cue_turns(
    lines: Sequence[tuple[int, int, str]], name_of: Callable[[str], tuple[str, bool] | None]
) -> list[Turn]:
    """Each sound bite as its speaker's turn (name_of: the fact base's name, whether a
    person), closed by a turn of no one's after it (see the module's doc)."""
    texts = [text for _, _, text in lines]
    turns: list[Turn] = []
    for n, text in enumerate(texts):
        m = _CUE.match(text)
        if m is None:
            continue
        name, inline = _cued(m.group(1))
        if inline:  # the whole line: its cue is furniture, its sentence starts there
            last = n
            start = lines[n][0]
        else:
            last = n
            while last + 1 < min(len(texts), n + 1 + MAX_BITE_LINES):
                if _SCRIPT_LINE.match(texts[last + 1]):
                    break
                last += 1
            if last == n:
                continue  # a cue with no bite
            start = lines[n + 1][0]
        name = name or _supered(texts, n, last + 1)
        if name is None:
            continue
        who, person = name_of(name) or (name, True)
        turns.append(Turn(start, who, person, False))
        turns.append(Turn(lines[last][1], "", False, False))
    return turns or chapter_turns(lines, name_of)  # no cue: a video's captions by chapter


_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_TIMED = re.compile(rf"(?:[-•*]\s+)?({_TIME})(?:\s+(.*))?")
# A chapter's title naming who speaks: "Rajnath Singh's remarks", "Gen Nakatani speaks",
# "Statement by Gen Nakatani", "What Singh said", "Singh in his own words".
_SPEECH = r"(?:remarks|statement|speech|address|comments|response|reaction|words|sound ?bites?)"
_SAYS = r"speaks|says|said|responds|reacts|on camera|in (?:his|her) own words"
_SPEAKS = re.compile(
    rf"(?i:{_SPEECH} (?:by|from|of) |what )?(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})"
    rf"(?i:['’]s? {_SPEECH}| (?:{_SAYS}))?"
)
MAX_TITLE_WORDS = 8
TIMELINE_START = 60  # seconds: a video's first time code falls in its first minute


def _chapter(title: str) -> bool:
    """Whether a line's words (after a time code, or alone) read as a chapter's title:
    short, no sentence's stop at the end, no caption's cue or quotation at the start."""
    words = title.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and title.rstrip()[-1] not in '.!?"”’'
        and (title[0] not in "[(>\"“‘'")
    )


def _speaker(title: str, name_of: Callable[[str], tuple[str, bool] | None]) -> str:
    """The person a chapter's title names as speaking ("" for none)."""
    m = _SPEAKS.fullmatch(title.strip())
    if m is None or m.group(0) == m.group("name"):  # a name alone says no one speaks
        return ""
    found = name_of(m.group("name"))
    return found[0] if found and found[1] else ""


def _seconds(code: str) -> int:
    total = 0
    for part in code.split(":"):
        total = total * 60 + int(part)
    return total


def chapter_turns(
    lines: Sequence[tuple[int, int, str]], name_of: Callable[[str], tuple[str, bool] | None]
) -> list[Turn]:
    """Each caption under a chapter naming a speaker as the speaker's turn, and a turn of
    no one's where a chapter naming none begins (see the module's doc); [] unless some
    chapter names a speaker."""
    timed = [(n, m) for n, (_, _, text) in enumerate(lines) if (m := _TIMED.fullmatch(text))]
    if not timed or _seconds(timed[0][1][1]) >= TIMELINE_START:
        return []  # clock times of a day, not a video's timeline
    listed = [(_seconds(m[1]), m[2]) for _, m in timed if m[2] and _chapter(m[2])]
    alone = {n for n, m in timed if not m[2]}  # a transcript's time code on its own line
    turns: list[Turn] = []
    if len(listed) > 1:  # the description's list: each caption by its time
        starts = [t for t, _ in listed]
        for n, m in timed:
            if m[2] and not _chapter(m[2]):
                at = bisect_right(starts, _seconds(m[1]))
                who = _speaker(listed[at - 1][1], name_of) if at else ""
                turns.append(Turn(lines[n][0], who, bool(who), False))
    elif len(alone) > 1:  # a copied transcript: each title line before a time code's
        for n, (start, _, text) in enumerate(lines[:-1]):
            if n not in alone and n + 1 in alone and _chapter(text):
                who = _speaker(text, name_of)
                turns.append(Turn(start, who, bool(who), False))
    return turns if any(t.speaker for t in turns) else []
