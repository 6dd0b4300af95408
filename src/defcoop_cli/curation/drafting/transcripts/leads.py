"""A programme's lead: its presenter's news lines, said to the audience (R62).

In a programme's own transcript, the presenter's, anchor's or host's turn that opens by
welcoming the audience to the programme by its name ("Welcome back to The Crossfire Hour.",
"Good evening and welcome to Harbour Watch.") goes on with the news of the day ("Minister A
today received Minister B …"): the programme's voice, "the article" (R35: a newsroom's
script, read by whoever presents it). Her own turn starts again at the first sentence she
puts to a guest: one that asks, one that opens by addressing him ("General Sandhu, is
this…", "Ambassador Rao, China will be watching…") or one in her first or second person
("Commodore, thanks for joining us", "I want to ask…"); that sentence and the rest of the
turn are hers (R3, R25, R54). A turn that opens otherwise ("Good evening.", "Welcome to
the Q4 earnings call of Alba Yards.", a moderator's "Welcome to this evening's
discussion.") has no lead: her words stay hers.
"""

from __future__ import annotations

import re

from defcoop_cli.factbase.sentences import sentence_spans

# The welcome that opens a programme's lead: perhaps a greeting, then "welcome (back) to"
# and the programme's name, every word of it capitalised, closing the sentence.
_WELCOME = re.compile(
    r"(?:(?:Good (?:morning|afternoon|evening)|Hello|Hi)(?:,? (?:everyone|again))?[,.!]?\s+"
    r"(?:and\s+)?)?[Ww]elcome(?: back)? to (?:[Tt]he )?[A-Z0-9][\w'’&-]*"
    r"(?: (?:[A-Z0-9][\w'’&-]*|of|on|and))*\s*[.!]?\s*$"
)
# A sentence opening by addressing someone: one to three capitalised words of a name or a
# title, then a comma ("General Sandhu,", "Commodore,"); not an opening phrase of time,
# place or manner ("In Delhi,", "Today,", "Meanwhile,").
_OPENERS = (
    "In|On|At|For|By|From|With|After|Before|During|Today|Tonight|Yesterday|Earlier|Later"
    "|Meanwhile|But|And|Yet|Still|Now|Then|Also|Here|There|This|That|The|A|An|Separately"
    "|Elsewhere|However|Officially|Overall|Finally"
)
_ADDRESS = re.compile(rf"(?!(?:{_OPENERS})\b)[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}}, ")
# Her first or second person: the turn is hers ("thanks for joining us", "I want to ask").
_PERSONAL = re.compile(
    r"(?<![\w'’])(?:I|I['’]\w+|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]our?)(?![\w'’])"
)


def lead_end(turn: str) -> int | None:
    """Where a presenter's lead ends in her turn's text (the start of the first sentence she
    puts to a guest, or the turn's end), or None where the turn opens with no welcome to
    the programme by its name."""
    spans = sentence_spans(turn)
    if len(spans) < 2 or not _WELCOME.match(turn[spans[0][0] : spans[0][1]]):
        return None
    for start, end in spans[1:]:
        sentence = turn[start:end]
        if "?" in sentence or _ADDRESS.match(sentence) or _PERSONAL.search(sentence):
            return start
    return len(turn)
