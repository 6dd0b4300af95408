"""Notes written to be read out or shown, read past their labels (issue 25): a panel
moderator's, a travel-security advisor's and a television newsroom's.

A panel moderator heads a question with her note's label ("opening line:", "closing q:",
"audience q likely:", "prompt for the ex-diplomat:", "follow up q -") and ends one with what
it is for ("… - exact wording for the panel"); a travel-security advisor ends a topic with
hers ("… - risk note for employees flying to india", "… - advisory for cargo routing") or a
bare question of it ("… - who came", "… - what day", "pahalgam, which state/UT"). A label of
panel words alone (PANEL_LABELS) and a dash's last clause naming whom or what the note is
for (FOR_WHOM, after "for" and the note's own words, NOTE) are no words to look for; of a
visit named before it (VISITS), a bare question's verb of coming or leading (CAME) says no
more than its question word, "what day" asks when; the state or district asked of a place
(UNITS; "region" only after one: the facts' Indo-Pacific region) is no word of the facts,
which name the place (past_notes). "japan - support for the team" asks Japan's support.

A television news researcher labels what she asks by the piece of the programme it is for:
heading it ("anchor Q: …", "SOT - …", "VO: …", "soundbite: …", "lower third - …", "strap
for the package: …", "package intro: …", "what's the big picture - …"; "VO over drill
footage: …", what the voice-over is laid over) or ending it ("… - line for anchor", "… -
anchor question"). A head or a dash's last clause of the production's words (PRODUCTION,
with the few function words a label has: LABEL_FUNCTION) and at least one of them is no
word to look for: no fact holds the programme's pieces. Her "tie-up" (hyphenated or run
together) is the cooperation asked about ("AI and cyber - what's the tie-up"), read as
"cooperation"; "tie up" apart is the verb. "Line", "question", "package" alone in the
middle of what she asks stay words ("the line on UNCLOS" asks the UNCLOS line).

A coder filling an event dataset's record names the fields of her scheme around what she
asks: "source actor = who briefed …", "actor attribute for Singh: his post", "tone
variable: …", "event type = consult: …", "item: …", "… as an actor", "… descriptor of the
talks for an intensity score", and asks whether an act was done or only said ("… - material
cooperation or statement only"). A query is a coder's where it holds a word only a scheme
has (CODER_MARKS: "actor", "attribute", "variable", "descriptor", "dyad"), a field's pair of
words ("event type", "intensity score"), an "=" between a field and its value, or opens on
a field's word before a colon ("target of the solidarity: …", "item: …"). Then a head naming
a field alone before a question ("outcome variable: was anything signed …", "source actor =
who …": its last word a scheme's, SCHEME) is no words to look for (the question says what
is asked; before a noun, "event location variable: city …", the field's own noun stays),
nor are the scheme's words elsewhere ("the indian army as an actor"), the "=" and an act's
class asked ("material … or statement only", MATERIAL, a coder's question whether it was
done or said, read anywhere): no fact holds them, the facts hold what the record is about;
the words of what is asked stay (past_coding). "Tone", "role" and "only" are no scheme's
words: a fact holds them.
"""

from __future__ import annotations

import itertools
import re

# A moderator's and an advisor's notes (the module's docstring)
_PANEL = """panel panelist panelists moderator audience floor cue prompt q qn question questions
opening closing context background line intro scene setter framing segue likely ask ex
former warm ambassador diplomat speaker speakers guest follow up followup for from to the a of on"""
PANEL_LABELS = frozenset(_PANEL.split())
_HEAD = re.compile(r"^\s*([^:?]{1,40}?)(?:\s*:|\s+[-–—]+)\s+(?=\S)")
FOR_WHOM = """panel panelists audience moderator moderator's floor session staff employees
travellers travelers team desk clients routing travel shipments"""
NOTE = """exact precise right how to word put phrase phrasing it risk note notes advisory
guidance wording framing line stance view angle"""  # the note's own words before "for"
_FOR_WHOM = re.compile(
    rf"(?i)\s+[-–—]+\s+(?:(?:{'|'.join(NOTE.split())})\s+){{0,4}}?for\s+(?:(?:the|my|our|a|an)\s+)?"
    rf"(?:[\w'’]+\s+){{0,2}}(?:{'|'.join(FOR_WHOM.split())})(?:\s+[\w'’]+){{0,3}}\s*[?.!]*\s*$"
)
VISITS = frozenset("visit visits visiting delegation delegations party trip tour mission".split())  # noqa: SIM905
CAME = "came come led lead headed attended arrived visited"
_BARE = re.compile(
    rf"(?i)(\s+[-–—]+\s+(?:who|which|what))\s+(?:{'|'.join(CAME.split())})(?:\s+(?:it|them))?"
    r"\s*[?.!]*\s*$"
)
_DAY = re.compile(r"(?i)(\s+[-–—]+\s+)(?:what|which)\s+(?:day|date)\s*[?.!]*\s*$")
_UNIT = "state|ut|district|province|prefecture|territory"  # UNITS; "region" after one
_UNITS = re.compile(
    rf"(?i)\b(?:which|what)\s+(?:{_UNIT})(?:\s*/\s*(?:{_UNIT}|region))*\s*(?=[,?.!]|\s+is\s+it\b|$)"
)


def past_notes(text: str) -> str:
    """The text read past a moderator's label and purpose, an advisor's purpose and bare
    question (the module's docstring), where a content word is left; else as it is."""
    from defcoop_cli.lookup.search.text import STOPWORDS, tokens  # text.py imports this module

    read = text
    head = _HEAD.match(read)
    if head and all(w in PANEL_LABELS for w in tokens(head.group(1))):
        read = read[head.end() :]
    read = _UNITS.sub("", _FOR_WHOM.sub("", read))
    bare = _BARE.search(read) or _DAY.search(read)
    if bare and not VISITS.isdisjoint(tokens(read[: bare.start()])):
        read = _DAY.sub(r"\1when", _BARE.sub(r"\1", read))
    return read if any(w not in STOPWORDS for w in tokens(read)) else text


# A newsroom's labels (the module's docstring)
_PRODUCTION = """anchor anchors q qs question questions sot sots vo vos voiceover soundbite
soundbites bite bites strap straps strapline straplines lower third thirds super supers chyron
chyrons aston astons gfx graphic graphics ticker package packages pkg intro intros ptc cue
line lines liner oneliner big picture"""
PRODUCTION = frozenset(_PRODUCTION.split())
LABEL_FUNCTION = frozenset("for the a an of on to what whats is it s".split())  # noqa: SIM905
PICTURES = frozenset("footage visuals pictures shots broll".split())  # noqa: SIM905
_TAIL = re.compile(r"(?:\s+[-–—]+|\s*[,:])\s+([^-–—,:]{1,40}?)\s*[?.!]*\s*$")
_TIE_UP = re.compile(r"(?i)\btie[-‐‑]?ups?\b")


def past_newsroom(text: str) -> str:
    """The text read past a newsroom's labels and with its "tie-up" read as cooperation
    (the module's docstring), where a content word is left; else as it is."""
    from defcoop_cli.lookup.search.text import STOPWORDS, tokens  # text.py imports this module

    read = _TIE_UP.sub("cooperation", text) if "tie" in text.lower() else text
    head = _HEAD.match(read)
    if head and _a_label(tokens(head.group(1))):
        read = read[head.end() :]
    tail = _TAIL.search(read)
    if tail and _a_label(tokens(tail.group(1))):
        read = read[: tail.start()]
    return read if any(w not in STOPWORDS for w in tokens(read)) else text


def _a_label(words: list[str]) -> bool:
    """Whether the words are a newsroom's label: its production words and a label's
    function words, one production word at least; or a production word laid over
    pictures ("vo over drill footage")."""
    if not PRODUCTION.intersection(words):
        return False
    if all(w in PRODUCTION or w in LABEL_FUNCTION for w in words):
        return True
    return words[0] in PRODUCTION and words[1:2] == ["over"] and words[-1] in PICTURES


# A coder's fields (the module's docstring)
_SCHEME = """actor actors attribute attributes variable variables descriptor descriptors source
target event events type types item items code codes coded coding intensity score scores value
values category record records dyad dyads codebook"""
SCHEME = frozenset(_SCHEME.split())
_MARKS = "actor actors attribute attributes variable variables descriptor descriptors dyad dyads"
CODER_MARKS = frozenset([*_MARKS.split(), "codebook"])
CODER_PAIRS = frozenset(
    [("event", "type"), ("event", "record"), ("event", "code"), ("intensity", "score")]
)
_FIELD_HEAD = re.compile(r"^\s*([^:=?]{1,40}?)\s*[:=]\s*(?=\S)")
_SCHEME_WORD = re.compile(rf"(?i)(?<![\w'’-])(?:{'|'.join(sorted(SCHEME))})(?![\w'’-])|=")
MATERIAL = re.compile(
    r"(?i)(?:\s*[-–—,:;]+\s*|\s+)(?:(?:code[ds]?|coding)\s+(?:it\s+)?as\s+)?material"
    r"(?:\s+cooperation)?\s+or\s+(?:a\s+|just\s+|only\s+)?(?:verbal|statement|words?|rhetoric)"
    r"(?:\s+(?:commitment|cooperation|statement|only))*\s*[?.!]*\s*$"
)


def past_coding(text: str) -> str:
    """The text read past a coder's fields, scheme words and the act's class asked (the
    module's docstring), where a content word is left; else as it is."""
    from defcoop_cli.lookup.search.text import (  # text.py imports this module
        QUESTION_WORDS,
        STOPWORDS,
        YES_NO,
        tokens,
    )

    read = MATERIAL.sub("", text) if "material" in text.lower() else text
    words = tokens(read)
    head = _FIELD_HEAD.match(read)
    head_words = tokens(head.group(1)) if head else []
    coder = (
        not CODER_MARKS.isdisjoint(words)
        or not CODER_PAIRS.isdisjoint(itertools.pairwise(words))
        or "=" in read
        or (bool(head_words) and head_words[0] in SCHEME)
    )
    if coder:
        asked = set(tokens(read[head.end() :])[:1]) if head else set()
        if head and SCHEME.intersection(head_words[-1:]) and asked & (QUESTION_WORDS | YES_NO):
            read = read[head.end() :]  # "outcome variable: was anything signed …"
        read = " ".join(_SCHEME_WORD.sub(" ", read).split()).lstrip(":,;-– ")
    return read if any(w not in STOPWORDS for w in tokens(read)) else text
