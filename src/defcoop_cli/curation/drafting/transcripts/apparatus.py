"""A transcript's apparatus: the lines an archive, a court reporter or a programme puts
round the words spoken, none of them a statement of the talks (furniture). Asked only of
a text with speakers' labels (furniture/asides.py):

- a field whose label names the record's handling, whatever verbs its words hold: its
  access and citation terms ("Access: Open. Quotation permitted …", "Cite as: …",
  "Copyright: …", "Restrictions: …"), its transcriber's, auditor's or editor's line
  ("Transcribed by: R. Rao. Audited against the recording by: …", "Edited by: …"), its
  conventions ("Transcription conventions: …", "Key: …");
- the line declaring the speakers' key ("AB is the interviewer, CD the narrator",
  transcripts/keys.py), wherever its head puts it;
- a sentence in which the record speaks of itself, as its first words: "This transcript
  has been read and approved by the narrator.", "The recording was lightly edited for
  clarity." (a sentence that only names the record, "The transcript shows the minister
  agreed …", tells what it holds: no apparatus).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.body.wrapped import EDITOR_NOTE
from defcoop_cli.curation.drafting.transcripts.keys import declares, speaker_key

# A field's label of the record's handling, its words before the colon.
_HANDLING = re.compile(
    r"[ \t]*(?i:(?:[a-z]+ ){0,2}(?:access|citation|cite as|copyright|rights|restrictions?"
    r"|permissions?|terms of use|conditions of use|transcribed by|transcriber|transcription"
    r"|transcription conventions|conventions|audited(?: [a-z]+){0,4} by|auditor"
    r"|edited by|editor|reviewed by|proofread by|key))[ \t]*:"
)
# The record speaking of itself: its handling, in the passive or by its own verb.
_ITSELF = re.compile(
    r"[ \t]*(?i:(?:this|the) (?:transcript|recording|interview|excerpt|extract|tape|record"
    r"|deposition|testimony|minutes)(?: (?:of|from) [^.]{1,60})?"
    r" (?:has|have|had)? ?(?:been|was|were|is|are) (?:\w+ly )?"
    r"(?:read|approved|edited|reviewed|corrected|transcribed|checked|audited|abridged"
    r"|condensed|shortened|verified|signed|translated)\b)"
)


def apparatus_lines(text: str, lines: Sequence[str]) -> set[int]:
    """The lines (indices) of a transcript's apparatus (see the module's doc)."""
    key = speaker_key(text)
    return {
        n
        for n, line in enumerate(lines)
        if _HANDLING.match(line) or _ITSELF.match(line) or (key and declares(line, key))
    }


def editor_notes(lines: Sequence[str]) -> set[int]:
    """The lines that are an editor's note with words of its own ("[Ed.: The talks were
    held on Monday.]", body/wrapped.py), not an ellipsis ("[Ed.: ...]")."""
    return {n for n, line in enumerate(lines) if EDITOR_NOTE.fullmatch(line.strip())}
