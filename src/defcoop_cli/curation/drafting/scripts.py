"""The shape of a transcript or a broadcast script: its speakers' labels at lines' starts
("Q:", "Minister:", "NAKATANI:", "REPORTER (V/O):", "SOT — NAME, OFFICE:"), the turns they
open, and which are no one's: a line in capitals (a caption, a ticker) opens no turn.
Who a label stands for is speakers.py's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from defcoop_cli.curation.drafting.entities import TITLES
from defcoop_cli.curation.drafting.pages import IN_CAPITALS

# A transcript's speaker label at a line's start, up to four capitalised words and a colon:
# "Minister:", "Q:", "NAKATANI:", "Mr Singh:"; which words make one, label_kind says. A
# script's label may have a cue before it, an office after it and a direction in brackets:
# "SOT — NAME, OFFICE (IN HINDI):", "REPORTER (V/O):", the words then on the next line.
_LABEL = re.compile(
    r"^[ \t]*(?:[A-Z]{2,5} [—–-] )?([A-Z][\w.’'-]*(?: (?:of )?[A-Z][\w.’'-]*){0,3})"
    r"(?:, [^:\d\n]{1,60})?(?: ?\([^()\n]{1,60}\))?:[ \t]*",
    re.M,
)
_ASKING = frozenset(["q", "question", "reporter", "journalist", "questioner", "correspondent"])
_CHAIRING = frozenset(
    ["moderator", "host", "chair", "anchor", "presenter", "newsreader", "narrator"]
)
ANSWERING = frozenset(["a", "answer", "ans"])
# A header's or a form's field names, in any case ("DATE:", "FROM:", "Subject:"): no one's
# label, even in capitals, where a name would be.
_FIELDS = frozenset(
    {
        "date", "time", "venue", "place", "location", "from", "to", "cc", "bcc", "re",
        "subject", "ref", "attn", "memo", "tel", "phone", "email", "source", "sources",
        "updated", "published", "posted", "filed", "category", "tags", "section",
    }
)  # fmt: skip


def label_kind(label: str) -> str | None:
    """ "asks", "chairs" or "answers" for a speaker's label, None for other words ("Date:",
    "DATE:", "Venue:"): a questioner's or moderator's word, an answer's, a title's ("Minister",
    "Official Spokesperson", "Mr Singh") or a name in capitals ("NAKATANI")."""
    words = [w.rstrip(".").lower() for w in label.split()]
    if len(words) == 1 and words[0] in _FIELDS:
        return None
    if words[-1] in _ASKING or words[-1] in _CHAIRING:
        return "asks" if words[-1] in _ASKING else "chairs"
    titled = words[0] in TITLES or words[-1] in TITLES
    capitals = label.split()[0].isupper() and len(label.split()[0]) > 2
    return "answers" if words[-1] in ANSWERING or titled or capitals else None


def transcript_labels(text: str) -> list[tuple[int, int, str]]:
    """A transcript's speaker labels (where each stands, with the spaces after it, and its
    words), in order; none for a text with fewer than two different labels (no dialogue)."""
    found = []
    for m in _LABEL.finditer(text):
        line = text[m.end() :].partition("\n")[0]  # a caption's, a ticker's: "SUPER: A | B"
        if label_kind(m.group(1)) and not IN_CAPITALS.fullmatch(line):
            found.append((m.start(1), m.end(), m.group(1)))
    return found if len({label for _, _, label in found}) >= 2 else []


# A script's direction: a line wholly in square brackets ("[ANCHOR ON CAM]", "[PKG]"), or a
# label with one in round brackets ("REPORTER (V/O):", "ANCHOR (TAG):").
_DIRECTION = re.compile(
    r"^[ \t]*\[[^\]\n]{1,40}\][ \t]*$|^[ \t]*[A-Z][\w ]* \([^()\n]{1,20}\):", re.M
)


def is_script(text: str) -> bool:
    """Whether a text with speakers' labels is a broadcast's script, not a transcript: it
    gives directions. A script's anchor and reporter narrate: their words are the piece's."""
    return _DIRECTION.search(text) is not None


class Turn(NamedTuple):
    """A speaker's turn: where its label stands, who speaks, whether a person, and whether
    the speaker asks (a questioner's or moderator's turn)."""

    start: int
    speaker: str
    person: bool
    asks: bool


def turn_at(turns: list[Turn], at: int) -> Turn | None:
    """The turn a place in the text is in: the last label before it; None outside any."""
    n = bisect_right(turns, at, key=lambda t: t.start)
    return turns[n - 1] if n else None
