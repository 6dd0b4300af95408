"""Whose view a sentence gives by its form: the writer's own ("I think…", "In our view…",
the first person singular outside a quotation), or the one named before ("In her view, …",
"On his reading, …"). attribution.py reads them; a quotation's words are its speaker's.
"""

from __future__ import annotations

import re

# The writer speaking for themself: an assessment, not background.
_THINK = r"(?:do not |don['’]t )?(?:think|believe|expect|judge|assess"  # the writer's thinking
OWN_VIEW = re.compile(
    rf"(?i)\b(?:I|we) {_THINK}|would argue|suspect|doubt)\b|\bin (?:my|our) (?:view|opinion"
    r"|assessment)\b"
)
# A view given to the one named before: "In her view, each readout…", "On his reading, …".
HIS_VIEW = re.compile(r"(?:In|On) (?:his|her) (?:view|opinion|reading|assessment|judge?ment),")
# A sentence opening on the writer's thinking ("We think the meeting signals…"): their view.
THINKS = re.compile(rf"(?:I|We) {_THINK})\b")
# The writer in the first person singular, outside any quotation: "Here I remain sceptical".
FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I['’]m|I['’]d|[Mm]y|me)(?![\w'’])")
# A quotation in double quotes (to its end, when it is not closed).
QUOTATIONS = re.compile(r"[\"“][^\"“”]*[\"”]?")


def own_view(sentence: str) -> bool:
    """Whether the writer gives their own view: "I think…", "In my view…", or the first
    person singular outside a quotation."""
    return bool(OWN_VIEW.search(sentence) or FIRST_PERSON.search(QUOTATIONS.sub(" ", sentence)))
