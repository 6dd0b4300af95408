"""Notes written to be read out or shown, read past their labels (issue 25): a panel
moderator's, a travel-security advisor's and a television newsroom's; and a planner's
purpose after what she asks (past_purpose, which writers.py reads).

A panel moderator heads a question with her note's label ("opening line:", "closing q:",
"audience q likely:", "prompt for the ex-diplomat:", "follow up q -") and ends one with what
it is for ("… - exact wording for the panel"); a travel-security advisor ends a topic with
hers ("… - risk note for employees flying to india", "… - advisory for cargo routing") or a
bare question of it ("… - who came", "… - what day", "pahalgam, which state/UT"). A label of
panel words alone (PANEL_LABELS) and a dash's last clause naming whom or what the note is
for (FOR_WHOM, after "for" and the note's own words, NOTE) are no words to look for; of a
visit named before it (words.VISITS), a bare question's verb of coming or leading (CAME) says no
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

A production desk (graphics, layout, sub-editing, web production) labels what it asks by the
piece it fills, in the same places (DESK, read with the newsroom's words: "locator map: …",
"social card: …", "fact file - …", "push alert hed: …"), and in three more (past_desk): a
purpose ending the query after "for", with no dash before it ("… explained for the
glossary", "…? for the map layer", "… for the bar chart"; an ordinary noun alone, "for
the chart", only after a question mark or a request: ORDINARY); what it needs of the answer
before that ("…, need the list for the panel", "…? need the three points for the graphic":
a list or its points, REQUEST); and a label that is the subject, the thing the piece is for
after it ("chyron text for rajnath singh", "name super for General Nakatani": the person,
whom the search answers by his office). A head may also name its subject before the desk's
words ("Pahalgam locator map - …", "crisis comms box - …", "Malabar flags to show - …"): the
subject is asked, the desk's words ending the head are not (past_trailing; not a name,
"nakatani name - …", nor notes, which the base holds). Only a label all of whose words are
the desk's or the newsroom's, and a label's function words, is read past: "support for the
table", "a date for the timeline strip" keep what they hold.

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

An easy-read (plain-language) editor asks for the answer's form around what she asks: "in
plain words, who is …", "… in simple English", "… , say it simply", "simply put", "explain
like I am ten: …", "for kids: …", "… ? simple explanation", "… , easy version", "… , short
and simple", "… , simple". A request of the manner (FORM_ANYWHERE: "in/with/using" a plain
medium, "say/explain/put it" a plain manner, "explain like I am N") is no word to find
wherever it stands; the bare form asked ("simple", "easy read", "plain words please", "for
children": FORM_CLAUSE) only as a clause of its own, heading the query before a colon, a
comma or a dash, or ending it after a comma, a colon, a dash or a question mark, or an
audience ending it after a space ("… explained for kids") (past_form). No fact holds them;
the words of what is asked stay.

A media monitor marks a question whether the coverage says something with "y/n" ("UNCLOS
invoked y/n", "y/n: japan condemned the attack", "(yes/no)") and writes "with" as "w/"
("solidarity w/ india"). The mark asks yes or no, as a question's "did" does, and is no word
to look for: no fact holds it; "w/" is read as "with" (past_monitor). "w/o" (without) is
left as it is. She also says where in the coverage she looks, ending what she asks with it:
"… formula used in the report", "… named in the piece", "… framing in the conclusion", "…
raised in the coverage?". A closing "in the" text read (COVERAGE: the report, the piece, the
coverage…) after the wording's noun (MONITOR_WORDING: "formula", "framing", "wording") or a
verb of saying it (SAID: "used", "named", "raised"), or a section of it whatever comes
before (SECTIONS: "in the conclusion", "in the wrap-up"), is no word to look for; "Nakatani's
title in the reports", a text read with nothing of the kind, stays. The wording's noun after
a word of what is asked ("CT solidarity wording Japan", "milestone framing") is none either
(before "in", "on", "of", "for", "about" it is a readout checker's frame: phrases.py).

A disaster-relief planner asks what the talks hold and says, after it, what she would use it
for: "interoperability from the drills useful for relief ops", "coordination benefits for
relief missions", "space cooperation could support disaster monitoring". Her purpose, from a
word of use (USEFUL) before "for", "in" or "to", or a modal before a verb of serving
(SERVING), to the end, is her work, no word of the facts: what she asks is before it, a noun
phrase. Not where a clause's subject stands before it ("japan would support make in india",
"did they say japan may help …", "drills useful for …": a bare word, or a verb of saying) or
a question opens the query ("is japan helpful to …"): that is the fact asked. Her purpose is
also her task named after "for", ending the query, with no word of use: relief words and
one of relief work's tasks (RELIEF, RELIEF_TASKS: "space tech for disaster monitoring", "…
- for relief liaison"), after a question too; "cooperation for disaster relief" names no
task, and is what she asks. Nor is a task her purpose after a noun of working together
with no field of its own, only its parties before it (WORKING_TOGETHER: "india japan
cooperation for relief missions", "partnership for rescue missions"): the task is the field
of the cooperation asked, and is what she asks; "space cooperation for disaster monitoring"
names its field, and the task her use.
"""

from __future__ import annotations

import itertools
import re

from defcoop_cli.lookup.search.reading.grammar import bare_partnership
from defcoop_cli.lookup.search.words import QUESTION_WORDS, STOPWORDS, VISITS, YES_NO, tokens

DETERMINERS = frozenset("the a an his her my our their your this that its".split())  # noqa: SIM905
# A planner's purpose (the module's docstring): "… useful for relief ops", "… could
# support disaster monitoring"
USEFUL = frozenset("useful helpful valuable handy applicable benefit benefits lessons".split())  # noqa: SIM905
USEFUL_FOR = frozenset(["for", "in", "to"])
MODALS = frozenset("could can might would may".split())  # noqa: SIM905
SERVING = frozenset("support help aid assist serve inform benefit".split())  # noqa: SIM905
# Or her purpose named by relief work's own task after "for", ending the query, with no
# word of use: "space tech for disaster monitoring", "… - for relief liaison"
RELIEF = frozenset("disaster disasters relief rescue humanitarian emergency".split())  # noqa: SIM905
RELIEF_TASKS = frozenset("monitoring liaison planning ops missions mapping".split())  # noqa: SIM905
ASKING = frozenset(  # a question opening the query asks for the fact, not her use of it
    "is are was were do does did has have had will shall should who what which how why".split()  # noqa: SIM905
)
SAYING = frozenset("say says said saying tell tells told state states stated".split())  # noqa: SIM905

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
CAME = "came come led lead headed attended arrived visited"
_BARE = re.compile(
    rf"(?i)(\s+[-–—]+\s+(?:who|which|what))\s+(?:{'|'.join(CAME.split())})(?:\s+(?:it|them))?"
    r"\s*[?.!]*\s*$"
)
_DAY = re.compile(r"(?i)(\s+[-–—]+\s+)(?:what|which)\s+(?:day|date)\s*[?.!]*\s*$")
# A quiz or exam's question label, numbered or not, ending in a full stop or a bracket
# ("Q. …", "Q3) …", "Qn 2. …", "Question 4. …"): the colon's label is phrases.py's.
_QUESTION_LABEL = re.compile(r"(?i)^\s*(?:q|qn|qs|ques|question)\s*\d{0,3}\s*[.)]\s+(?=\S)")
# A given name asked by another of its names ("first name", "forename", "christian name"):
# the notes say "given name".
_GIVEN_NAME = re.compile(r"(?i)\b(?:(?:first|christian)[\s-]+name|fore[\s-]?name)(s?)\b")
_UNIT = "state|ut|district|province|prefecture|territory"  # UNITS; "region" after one
_UNITS = re.compile(
    rf"(?i)\b(?:which|what)\s+(?:{_UNIT})(?:(?:\s*/\s*|\s+or\s+)(?:{_UNIT}|region))*\s*(?=[,?.!]|\s+is\s+it\b|$)"
)


def content_left(read: str, text: str) -> str:
    """The query read past a writer's words where a content word is left in it; else the
    query as typed (every reader of this module ends so)."""
    return read if any(w not in STOPWORDS for w in tokens(read)) else text


def past_notes(text: str) -> str:
    """The text read past a quiz's question label, a moderator's label and purpose, an
    advisor's purpose and bare question (the module's docstring), with a given name asked
    by another of its names as "given name", where a content word is left; else as it is."""
    read = _GIVEN_NAME.sub(r"given name\1", _QUESTION_LABEL.sub("", text))
    head = _HEAD.match(read)
    if head and all(w in PANEL_LABELS for w in tokens(head.group(1))):
        read = read[head.end() :]
    read = _UNITS.sub("", _FOR_WHOM.sub("", read))
    bare = _BARE.search(read) or _DAY.search(read)
    if bare and not VISITS.isdisjoint(tokens(read[: bare.start()])):
        read = _DAY.sub(r"\1when", _BARE.sub(r"\1", read))
    return content_left(read, text)


# A newsroom's labels (the module's docstring)
_PRODUCTION = """anchor anchors q qs question questions sot sots vo vos voiceover soundbite
soundbites bite bites strap straps strapline straplines lower third thirds super supers chyron
chyrons aston astons gfx graphic graphics ticker package packages pkg intro intros ptc cue
line lines liner oneliner big picture"""
PRODUCTION = frozenset(_PRODUCTION.split())
# A production desk's labels (the module's docstring): its graphics, layout, sub-editing
# and web production words
_DESK = """graphic graphics gfx infographic infographics map maps locator pin pins layer layers
callout callouts box boxes factbox infobox panel panels sidebar sidebars fact file factfile caption
captions cutline cutlines label labels standfirst kicker kickers footnote footnotes timeline
timelines strip headline headlines hed heds dek deks subhead subheads crosshead teaser teasers
blurb blurbs card cards social push alert alerts pull quote explainer explainers glossary
listicle chart charts bar pie icon icons alt text photo photos pic pics thumbnail tile tiles
newsletter web page homepage item items show notes layout name copy sub banner slug flag
flags"""
DESK = frozenset(_DESK.split())
LABELS = PRODUCTION | DESK
LABEL_FUNCTION = frozenset("for the a an of on to what whats is it s one".split())  # noqa: SIM905
PICTURES = frozenset("footage visuals pictures shots broll".split())  # noqa: SIM905
_TAIL = re.compile(r"(?:\s+[-–—]+|\s*[,:])\s+([^-–—,:]{1,40}?)\s*[?.!]*\s*$")
_TIE_UP = re.compile(r"(?i)\btie[-‐‑]?ups?\b")


def past_newsroom(text: str) -> str:
    """The text read past a newsroom's labels and with its "tie-up" read as cooperation
    (the module's docstring), where a content word is left; else as it is."""
    read = _TIE_UP.sub("cooperation", text) if "tie" in text.lower() else text
    head = _HEAD.match(read)
    if head and _a_label(tokens(head.group(1))):
        read = read[head.end() :]
    tail = _TAIL.search(read)
    if tail and _a_label(tokens(tail.group(1))):
        read = read[: tail.start()]
    return content_left(read, text)


def _a_label(words: list[str]) -> bool:
    """Whether the words are a newsroom's or a desk's label: their production words and a
    label's function words, one production word at least; or a production word laid over
    pictures ("vo over drill footage")."""
    if not LABELS.intersection(words):
        return False
    if all(w in LABELS or w in LABEL_FUNCTION for w in words):
        return True
    return words[0] in PRODUCTION and words[1:2] == ["over"] and words[-1] in PICTURES


_DETERMINER = r"(?:(?:the|a|an|my|our|this)\s+)?"
_PURPOSE = re.compile(rf"(?i)\s+for\s+{_DETERMINER}((?:[\w'’-]+\s+){{0,2}}[\w'’-]+)\s*[?.!]*\s*$")
REQUEST = "list lists points items bullets names"
_REQUEST = re.compile(
    rf"(?i)[\s,;]+(?:i\s+|we\s+)?need\s+{_DETERMINER}(?:[\w'’-]+\s+)?(?:{'|'.join(REQUEST.split())})"
    r"\s*[?.!]*\s*$"
)
_SUBJECT = re.compile(r"(?i)^\s*((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+for\s+(?=\S)")


def past_desk(text: str) -> str:
    """The text read past a production desk's purpose, its request of the answer and its
    label as the subject (the module's docstring), where a content word is left; else as it
    is."""
    read = text
    purpose = _PURPOSE.search(read)
    if purpose and _a_purpose(read[: purpose.start()], tokens(purpose.group(1))):
        read = read[: purpose.start()]
    read = _REQUEST.sub("", read)
    subject = _SUBJECT.match(read)
    if subject and _a_label(tokens(subject.group(1))):
        read = read[subject.end() :]
    return content_left(read, text)


# The labels' ordinary nouns: alone after "for" they are what is asked of ("support for the
# table", "cooperation for the chart", "a date for the timeline"), not the desk's purpose
_ORDINARY = """map maps pin pins layer layers box boxes panel panels fact file label labels strip
headline headlines card cards social push alert alerts pull quote chart charts bar pie icon icons
alt text photo photos pic pics tile tiles web page item items show notes name copy sub banner
slug flag flags timeline timelines line lines question questions package packages intro intros
cue big picture lower third super supers bite bites"""
ORDINARY = frozenset(_ORDINARY.split())


def _a_purpose(before: str, words: list[str]) -> bool:
    """Whether the words after "for" are the desk's purpose: a label of its words, after a
    question mark or a request, or of two of them ("the bar chart") or one that is no
    ordinary noun ("the glossary")."""
    if not _a_label(words):
        return False
    said = [w for w in words if w not in LABEL_FUNCTION]
    asked = before.rstrip().endswith("?") or _REQUEST.search(before) is not None
    return asked or len(said) > 1 or not ORDINARY.issuperset(said)


# the desk's words, not the newsroom's ("follow up q - …" is a moderator's label); not those
# the base holds, a place's name does ("the Gaza Strip") or a subject ends on ("… push")
TRAILING = DESK - {"name", "notes", "strip", "push", "pull", "alert", "alerts"}


def past_trailing(text: str) -> str:
    """The text with the desk's words that end a head after its subject left out, the
    subject then the subject of what follows ("Pahalgam locator map - which state":
    "Pahalgam, which state"); else as it is."""
    head = _HEAD.match(text)
    if head is None:
        return text
    typed = head.group(1).split()
    start = len(typed)
    while start > 1 and all(w in TRAILING or w in LABEL_FUNCTION for w in tokens(typed[start - 1])):
        start -= 1
    while start < len(typed) and not TRAILING.intersection(tokens(typed[start])):
        start += 1  # the run opens on a desk's word, not on "to" or "the"
    if start == len(typed) or not any(
        w not in LABEL_FUNCTION for w in tokens(" ".join(typed[:start]))
    ):
        return text
    return " ".join(typed[:start]) + ", " + text[head.end() :]


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
    return content_left(read, text)


# An easy-read editor's requests of the answer's form (the module's docstring)
_EASY = r"(?:plain|simple|simpler|easy|easier|basic|everyday|layman'?s|lay|child-friendly)"
_MEDIUM = r"(?:words?|english|language|terms|version|sentences?|way)"
_MANNER = r"(?:simply|plainly|easily|simple)"
FORM_ANYWHERE = (
    rf"(?:in|with|using)\s+(?:very\s+|an?\s+)?{_EASY}\s+{_MEDIUM}"
    rf"|(?:say|explain|tell|put|write|describe)(?:ed|s)?\s+(?:it\s+|this\s+|that\s+)?"
    rf"(?:to\s+(?:me|us)\s+)?(?:very\s+)?{_MANNER}"
    rf"|(?:simply|plainly)\s+(?:put|said|explained|told)"
    r"|explain(?:ed)?\s+(?:it\s+)?(?:to\s+me\s+)?(?:like|as\s+if)\s+i(?:'?m|\s+am|\s+was|\s+were)"
    r"\s+(?:a\s+)?[\w-]+(?:\s+years?\s+old)?|eli5"
)
_AUDIENCE = r"for\s+(?:kids|children|a\s+child|a\s+kid|young\s+readers|learners|beginners)"
# A parent's or a teacher's use of the answer: "for my son's project", "for our kids' homework"
_CHILD = r"(?:my|our|the)\s+(?:sons?|daughters?|child|children|kids?|students?|class)(?:'?s|s')?"
_SCHOOLWORK = r"(?:school\s+)?(?:project|homework|assignment|worksheet|class|essay|chart)"
FORM_CLAUSE = (
    rf"{_EASY}(?:\s+(?:{_MEDIUM}|explanation|answer|version|read|reading))?"
    rf"|short\s+and\s+(?:easy|simple|sweet|plain)|{_AUDIENCE}|for\s+{_CHILD}\s+{_SCHOOLWORK}"
)
_PLEASE = r"(?:\s+please)?"
_FORM_ANYWHERE = re.compile(
    rf"(?i)(?<![\w'’-])(?:please\s+)?(?:{FORM_ANYWHERE}){_PLEASE}(?![\w'’-])"
)
_FORM_HEAD = re.compile(
    rf"(?i)^\s*(?:please\s+)?(?:{FORM_CLAUSE}){_PLEASE}(?:\s*[:,;]+|\s+[-–—]+)\s*"
)
_FORM_TAIL = re.compile(
    rf"(?i)(?:\s*([,;:?.!]|\s[-–—]+)\s*(?:please\s+)?(?:{FORM_CLAUSE})|\s+{_AUDIENCE})"
    rf"{_PLEASE}\s*[?.!]*\s*$"
)


def past_form(text: str) -> str:
    """The text read past an easy-read editor's requests of the answer's form (the
    module's docstring), where a content word is left; else as it is."""

    read = _FORM_HEAD.sub("", _FORM_ANYWHERE.sub("", text))
    tail = _FORM_TAIL.search(read)
    if tail:
        read = read[: tail.start()] + ("?" if tail.group(1) == "?" else "")
    if read == text:
        return text
    read = " ".join(read.split()).strip(",;:-–— ")
    read = read.replace(" ,", ",").replace(" ?", "?")
    return content_left(read, text)


# A media monitor's shorthand (the module's docstring)
_YES_NO_MARK = re.compile(
    r"(?i)(?:\s*[-–—,:;]\s*)?[(\[]?(?<![\w/])(?:y/n|yes/no)(?![\w/])[)\]]?\s*[?.!:,;]*"
)
_WITH = re.compile(r"(?i)(?<![\w/])w/(?!o\b)\s*")


COVERAGE = "report piece coverage copy article story text readout write-up writeup"
SECTIONS = "conclusion wrap-up wrapup intro introduction lede headline summary ending"
MONITOR_WORDING = "wording framing formula formulation phrasing"
SAID = """used named mentioned raised cited invoked given described employed adopted flagged
noted"""
_IN_COVERAGE = re.compile(
    rf"(?i)\s+(?:({'|'.join(MONITOR_WORDING.split())})\s+)?(?:({'|'.join(SAID.split())})\s+)?"
    rf"in\s+(?:the|this|that|its|their)\s+(?:{'|'.join(COVERAGE.split())}|"
    rf"({'|'.join(SECTIONS.split())}))(?=\s*[?.!]*\s*$)"
)
_WORDING_NOUN = re.compile(
    rf"(?i)(?<=[\w'’])\s+(?:{'|'.join(MONITOR_WORDING.split())})"
    r"(?!\s+(?:in|on|of|for|about|to|used|is|was)\b)(?![\w'’-])"
)


def past_monitor(text: str) -> str:
    """The text read past a monitor's yes-or-no mark and where in the coverage she looks,
    with "w/" read as "with" (the module's docstring), where a content word is left; else
    as it is."""
    read = text
    if "/" in read:
        read = " ".join(_YES_NO_MARK.sub(" ", _WITH.sub("with ", read)).split())
    place = _IN_COVERAGE.search(read)
    if place and any(place.groups()):
        read = read[: place.start()] + read[place.end() :]
    for noun in reversed(list(_WORDING_NOUN.finditer(read))):
        before = re.findall(r"[\w'’-]+", read[: noun.start()])[-1:]
        if before and before[0].lower() not in STOPWORDS:
            read = read[: noun.start()] + read[noun.end() :]
    return text if read == text else content_left(read, text)


def past_purpose(words: list[str]) -> list[str]:
    """The words without a planner's purpose ending them (the module's docstring), when
    what she asks is named before it."""
    task = _relief_task(words)
    if task and _names_what_is_asked(words[:task]):
        return words[:task]
    if not words or words[0] in ASKING | MODALS:  # "is japan helpful to …": the fact asked
        return words
    for i in range(1, len(words) - 2):
        useful = words[i] in USEFUL and words[i + 1] in USEFUL_FOR
        if useful or (words[i] in MODALS and words[i + 1] in SERVING):
            return words[:i] if _names_what_is_asked(words[:i]) else words
    return words


def _relief_task(words: list[str]) -> int:
    """Where "for" opens a relief task ending the words (RELIEF words, then one of
    RELIEF_TASKS: "for disaster monitoring"), else 0; "for disaster relief" names none, nor
    does a task after a noun of working together, its field (grammar.bare_partnership)."""
    i = len(words) - 1
    if i < 2 or words[i] not in RELIEF_TASKS:
        return 0
    while i > 0 and words[i - 1] in RELIEF:
        i -= 1
    if i == len(words) - 1 or words[i - 1] != "for" or bare_partnership(words[: i - 1], STOPWORDS):
        return 0
    return i - 1


def _names_what_is_asked(words: list[str]) -> bool:
    """Whether the words before a purpose name what a planner asks: a noun phrase, opened
    by a determiner or of two content words at least ("the hotline", "coordination
    benefits"), and no clause's subject: a bare word ("japan would support make in india",
    "drills useful for …") or words after a verb of saying ("… say it would support …")."""
    content = [w for w in words if w not in STOPWORDS]
    if not content or SAYING.intersection(words):
        return False
    return len(content) > 1 or words[0] in DETERMINERS
