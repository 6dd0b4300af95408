"""A sentence's claims: its clauses when a second reporting verb follows "and" ("Singh
highlighted X and invited Y"), and the items of a list after "such as", "including",
"namely"… (`segments.candidates` makes each a candidate of its own)."""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.verbs import verb_spans

MAX_ITEM_WORDS = 10

_LIST_TRIGGER = re.compile(
    r"\b(?:such as|including|includes|include|namely|related to)\s+", re.IGNORECASE
)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The sentence, or its clauses when a second reporting verb follows "and": "Singh
    highlighted X and invited Y" is two claims of one subject. Each later clause carries
    the subject of the first (the text before its verb), for its attribution."""
    sentence = text[start:end]
    verbs = verb_spans(sentence)
    if len(verbs) < 2:
        return [(start, end, "")]
    subject = sentence[: verbs[0][0]]
    # Three words before the joint and three from the verb on, read where the words are.
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", sentence)]
    cuts = []
    for at, _ in verbs[1:]:
        joint = _joint(sentence, at)
        if joint is not None and len(words) >= 3 and words[2][0] < joint and words[-3][1] > at:
            cuts.append((joint, at))
    if not cuts:
        return [(start, end, "")]
    out, left = [], 0
    for cut, resume in cuts:
        out.append((start + left, start + cut, subject if left else ""))
        left = resume
    out.append((start + left, end, subject))
    return [(a, b, subj) for a, b, subj in out if b > a]


_JOINT = re.compile(r",? and\s+$")


def _joint(sentence: str, at: int) -> int | None:
    """Where ", and" or " and" just before at (the spaces after it, up to at) starts."""
    spaces = at
    while spaces > 0 and sentence[spaces - 1].isspace():
        spaces -= 1
    joint = _JOINT.search(sentence, max(0, spaces - 5), at)
    return joint.start() if joint else None


def list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of an enumeration inside text[start:end] after a trigger ("such as A, B
    and C"): two or more, each of at most MAX_ITEM_WORDS words; [] otherwise. Commas and
    "and" inside brackets do not split."""
    sentence = text[start:end]
    trigger = _LIST_TRIGGER.search(sentence)
    if trigger is None:
        return []
    pieces = _split_items(sentence, trigger.end())
    if len(pieces) < 2 or any(len(sentence[a:b].split()) > MAX_ITEM_WORDS for a, b in pieces):
        return []
    return [(start + a, start + b) for a, b in pieces]


# Matched where the scan is (never on the rest of the sentence cut off): in proportion.
_CONJUNCTION = re.compile(r"(?:and|or)\s+")
_VERB_AFTER_ITEM = re.compile(
    r" (?:was|were|is|are|has|have|had|will|would|to|that|which|who|with|for|in|on"
    r"|at|by|from|during|across)\b"
)

# A name holding a preposition between two capitalised words, no verb's start: "Make in
# India", "Made in Japan" (a month or a weekday after it is the item's time: "Beta in May").
_NAME_WITH = re.compile(
    r" (?:in|for|on|at|by|from) (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon"
    r"|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z]"
)


def _in_name(sentence: str, i: int) -> bool:
    """Whether the preposition at i is inside a capitalised name ("… under Make in India")."""
    before = sentence[sentence.rfind(" ", 0, i) + 1 : i]
    return before[:1].isupper() and _NAME_WITH.match(sentence, i) is not None


def _split_items(sentence: str, at: int) -> list[tuple[int, int]]:
    """Item spans from `at`: split on commas and a final and/or outside brackets (a bare
    "and" splits only when no ", and" follows: "patrols, search and rescue, and cables"
    has three items); the list ends at a clause's end (";", a full stop) or where the last
    item's verb begins."""
    items: list[tuple[int, int]] = []
    depth, item_start, i, last = 0, at, at, False
    oxford = re.search(r", (?:and|or) ", sentence[at:]) is not None
    while i < len(sentence):
        ch = sentence[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ";." or (ch == "," and last)):
            break  # a clause's end; or "A, B and C, remain…": the list is over
        elif depth == 0 and ch == ",":
            items.append((item_start, i))
            i += 1
            while i < len(sentence) and sentence[i] == " ":
                i += 1
            conj = _CONJUNCTION.match(sentence, i)
            if conj:
                i = conj.end()
                last = True
            item_start = i
            continue
        elif (
            depth == 0
            and not oxford
            and not last
            and re.match(r" (?:and|or) ", sentence[i : i + 5])
        ):
            items.append((item_start, i))
            i += 5 if sentence[i : i + 5].startswith(" and") else 4
            item_start = i
            last = True
            continue
        elif (
            depth == 0
            and last
            and _VERB_AFTER_ITEM.match(sentence, i)
            and not _in_name(sentence, i)
        ):
            break
        i += 1
    if not last:
        return []
    items.append((item_start, i))
    out = []
    for a, b in items:
        while a < b and sentence[a] == " ":
            a += 1
        while b > a and sentence[b - 1] in " ,":
            b -= 1
        if b > a:
            out.append((a, b))
    return out
