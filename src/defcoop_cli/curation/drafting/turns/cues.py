"""A broadcast script's sound bites: a cue line ("SOT (NAME, IN JAPANESE) 0:10", "SOT — NAME,
OFFICE", "SOUNDBITE: NAME", "BITE NAME:") and the bite after it, the words of the person
the cue names; a cue that names no one takes its name from a super (a caption naming the
speaker, "SUPER: NAME / OFFICE") just before the cue or right after the bite.

The bite is the rest of the cue's line after a colon, else the lines after the cue up to
the script's next line of its own (a cue, a super, a direction, a label in capitals);
after it the script narrates again (a turn of no one's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.entities import TITLES
from defcoop_cli.curation.drafting.scripts import Turn

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
    return turns
