"""The offices a text gives the names in it: the office before a name ("Japanese Defence
Minister Gen Nakatani"), in apposition to it ("Gen Nakatani, Japan's national security adviser"),
held ("returned to the defence post"; a participle's, the sentence's subject), said of it ("X, who
is …", "he is the …"), a ministry headed ("X, who heads Japan's Ministry of Defense", "X returns to
head it", "took charge of it" unless the sentence tells its end: R11), and a minister's plural,
each party's (not a gathering's: "the meeting of the Defence Ministers"); an office's words end
before a name. `offices.py` compares what they give with the fact base's roles."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from defcoop_cli.curation.drafting.conflicts.forms import dated_past, returned_after
from defcoop_cli.factbase.vocab import press_office

# An office: a minister's, an adviser's, and the Hindi title of India's Defence Minister (a
# minister's plural: the office of each person the fact is about). The words after "of" or
# "for" are the office's only in lower case or capitalised ("Minister of Defense NAKATANI
# Gen": "NAKATANI" is a name), and never a preposition that goes on with the sentence
# ("Minister of Defense since October", "State Minister of Defence under Prime Minister…").
OFFICE = re.compile(
    r"(?:(?:former|deputy|state) )?(?:(?:defen[cs]e|foreign|prime|home|finance|external affairs)"
    r" ministers?|ministers? of state(?: for (?-i:[A-Za-z][a-z]+(?: [A-Z][a-z]+){0,2}))?"
    r"|ministers? (?:of|for) (?!(?:the|a|an|his|her|their|its|this|that)\b)(?-i:[A-Za-z][a-z]+)"
    r"(?: (?!(?:of|for|the|and|since|under|in|at|on|from|until|during|with|to|by|as|after"
    r"|before|who|when)\b)(?-i:[A-Za-z][a-z]+))?"
    r"|(?:special|national security) advis[eo]rs?(?: (?:for|on) [a-z]+(?: [a-z]+)?)?"
    r"|advis[eo]rs? to (?:the )?(?:prime minister|president)(?: (?:on|for) [a-z]+(?: [a-z]+)?)?"
    r"|raksha mantri|defen[cs]e (?:portfolio|post|chief)"  # "defence chief": the press's minister
    # a post by its head noun, with what it heads up to a comma ("chairman of the ruling
    # party's Research Commission on Security", "Defence Secretary", "ambassador to India"),
    # not over the verb of its clause ("a spokesperson for the embassy described the talks")
    r"|(?:vice[- ])?(?:chair(?:man|woman|person)?|president|secretary|director|ambassador"
    r"|governor|spokes(?:man|woman|person))(?:[- ]general)?"
    r"(?:\s+(?:of|to|for|on)\s+(?!(?:his|her|their|its|this|that)\b)[^,;.()]{2,80}?"
    r"(?=[,;.()]|$|\s+(?-i:[a-z]+ed|said|says|told|tells)\b))?"  # nor over the clause's verb
    r")(?!\w)",
    re.I,
)
# Where an office stands to the name it is given to: before it ("Defence Minister Gen
# Nakatani"), after it in apposition ("Gen Nakatani, (then) Japan's national security
# adviser,"), or held ("returned to the defence portfolio": the person named last before it).
TITLES = r"(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt|H\.?E)\.?\s+)*"
_BEFORE_NAME = re.compile(
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+of\s+[A-Z][\w-]*)?)?,?\s*{TITLES}"
)
_APPOSITION = re.compile(  # "then": forms.dated_past
    r",\s*(?:then\s+)?(?:(?:a|an|the)\s+)?(?:[A-Z][\w-]*['’]s\s+|[A-Z][a-z]+\s+)?"
)
_HELD = re.compile(
    r"(?<!\bme\s)\bas\s+(?:(?:the|a|an)\s+)?(?:[A-Z]\w*['’]s\s+)?$"  # "me as": the speaker's
    r"|\b(?:post|office|position|portfolio)\s+of\s+(?:(?:the|a|an)\s+)?(?:[A-Z]\w*['’]s\s+)?$"
)
# "since returning to the post of defence minister": a participle's doer is the subject
# of the sentence (the person named first), not the name last before the office
_PARTICIPLE = re.compile(
    r"\b(?:since|after|before|on|upon|while|when)\s+(?:returning|taking(?:\s+(?:up|over))?"
    r"|assuming|resuming|being\s+(?:re)?appointed|serving)\b[^,;.()]{0,40}$"
)
# Said of a name ("Nakatani is the first Japanese defence minister to …"), in a relative clause
# ("Nakatani, who is …") or a pronoun's ("Nakatani holds no cabinet post now, he is the …")
_BEING = (  # "who first became …": the verb perhaps after an adverb of its time
    r"\s+(?:(?:first|later|again|briefly)\s+)?"
    r"(?:is|was|has been|had been|became|becomes|remains|remained)\s+"
    r"(?:(?:only|now|still|just|merely|currently|actually)\s+)?"  # "is only a special adviser"
    r"(?:(?:the|a|an)\s+)?(?:(?:first|new|current|then|incumbent|sitting|only|last)\s+)?"
    r"(?:(?:[A-Z][a-z]+|prime\s+minister|president)(?:['’]s)?\s+)?"  # "the prime minister's …"
)
_PREDICATE = re.compile(r"(?:,\s*who(?:\s+(?:also|now|currently))?)?" + _BEING)
_PRONOUN = re.compile(r"\s+[^,;.:]{0,40},\s+(?:he|she)" + _BEING)
# A ministry headed, whose perhaps: "the Defence Ministry", "Japan's Ministry of Defense",
# "Beta's defence ministry" (not a ministry's delegation, nor it "and" another body).
_A_MINISTRY = (
    r"(?:the\s+)?(?:[A-Z]\w*['’]s\s+)?(?:Ministry\s+of\s+[A-Z]\w+|[A-Z]\w+\s+Ministry"
    r"|defen[cs]e\s+ministry)(?![\w'’]|\s+and\b)"
)
# "Nakatani, who heads Japan's Ministry of Defense," (or "Defense Ministry"): the ministry's
# minister; "X, who (also) chairs his party's panel on Y," or "sits on the Security
# Council": a post by its verb, what it is of up to the clause's end, a body named or
# whose ("who heads to Tokyo", "who leads the delegation": no post)
_HEADS = re.compile(
    r",\s*who\s+(?:(?:also|now|currently)\s+)?((?:heads|leads)\s+"
    + _A_MINISTRY
    + r"|(?:chairs|heads|sits\s+on|is\s+a\s+member\s+of)\s+"  # a body: its own or whose
    r"(?:the\s+(?=[A-Z])|(?:his|her|their|[A-Z]\w*['’]s)\s+)[^,;.()]{2,80}?(?=[,;.()]|$))"
)
# "Nakatani returns (returned) to head Japan's defence ministry", "X heads the Ministry": the
# name's own verb, a present office (R11); "X, who heads …" is _HEADS's. So is an
# appointment's, after an apposition or not: "Nakatani, a former officer, took charge of
# Japan's defence ministry in October" ("took over the defence portfolio", R11)
_HEADS_NOW = re.compile(
    r"(?:,\s*(?:a|an|the)\s+[^,;.()]{1,80},)?"
    r"\s+(?:(?:again|now|once\s+again)\s+)?((?:(?:return(?:s|ed)|has\s+returned|is\s+back)\s+to\s+"
    r"head|heads|(?:took|takes|has\s+taken|assumed|assumes|has\s+assumed)\s+(?:over|charge\s+of))"
    r"\s+" + _A_MINISTRY + ")"
)
# "Nakatani went back to the defence ministry in last October's reshuffle": a present office
# where the clause tells an appointment (not "went back to the ministry after the talks")
_BACK_TO = re.compile(
    r"\s+((?:went|goes|has\s+gone|came|comes|has\s+come)\s+back\s+to\s+" + _A_MINISTRY + ")"
    r"(?=(?:(?!\bto\s+[a-z]+\b)[^.;]){0,60}?\b(?:reshuffle|(?:re)?appointed|sworn\s+in)\b)"
)
# An appointment whose end the sentence tells: "took charge of the Defence Ministry in
# December 2014, serving until 2016", "… in 2014 and moved to the defence portfolio in 2019",
# "from 2014 to 2016": a past office, which denies no present one (R11)
_ENDED = re.compile(
    r"[^.;]{0,80}?(?:\bserv(?:ing|ed)\s+(?:there\s+|in\s+it\s+)?(?:until|till)\b"
    r"|\b(?:19|20)\d\d,?\s*(?:to|until|till|[-–])\s*(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
    r"|\b(?:before|after|then|later|and)\s+(?:(?:then|later)\s+)?(?:moving|moved|leaving|left"
    r"|quit(?:ting)?|resign(?:ed|ing)|stepp(?:ed|ing)\s+down|(?:was|being)\s+moved)\b)"
)
# A ministry led in a past time, which a return told after makes a present office (R11):
# "X, who first led Japan's defence establishment in 2001 and returned to the post last
# October" (the press's "defence establishment" is the ministry); not without the return
_LED = re.compile(
    r"(?:,\s*who)?\s+(?:(?:first|once|later|briefly|previously)\s+)?(?:led|headed|ran)\s+("
    + _A_MINISTRY
    + r"|(?:the\s+)?(?:[A-Z]\w*['’]s\s+)?defen[cs]e\s+establishment)"
)
_PLURAL = re.compile(r"\b(?:ministers|advis[eo]rs)\b", re.I)
# A gathering of an office's holders ("the next meeting of the Defence Ministers", "a
# dialogue of national security advisers"): the office of whoever meets, not the parties'
# ("the meeting of the two Defence Ministers" is theirs).
_GATHERING_OF = re.compile(
    r"\b(?:meeting|dialogue|conference|forum|summit|council|round|session|gathering)s?"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)


def given_offices(
    text: str, found: Sequence[tuple[str, int, int]], people: Iterable[str]
) -> list[tuple[str, str]]:
    """(person, office as written) for each office the text gives one of people by the
    readings of a name (before it, in apposition, held, a predicate), titles aside."""
    ids = set(people)
    spans = sorted(
        (a, b, eid) for eid, a, b in found if eid in ids and not OFFICE.search(text[a:b])
    )
    return offices_given(text, spans, [])


def offices_given(
    quote: str, spans: Sequence[tuple[int, int, str]], parties: list[str]
) -> list[tuple[str, str]]:
    """(person, office as written) for each office the quote gives someone but a
    counterpart; spans: (start, end, person) of the names in it, in order."""
    starts, ends = [a for a, _, _ in spans], [b for _, b, _ in spans]  # both in order
    given: list[tuple[str, str]] = []
    for m in OFFICE.finditer(quote):
        # spans[:before] end before the office, spans[after:] start after it
        before, after = bisect_right(ends, m.start()), bisect_left(starts, m.end())
        if before < after:  # a name overlaps it: an office ends before a name inside it
            trimmed = _office_before(quote, m.start(), starts[before])  # ("Minister of
            if trimmed is None or after - before > 1:  # Defense Nakatani": no office's word)
                continue
            m, after = trimmed, before
        said = m.group()
        if quote[m.end() : m.end() + 1] in ("'", "’"):  # "the prime minister's adviser":
            continue  # whose post, no office given
        if dated_past(quote, m.start(), m.end()):  # "who was defence minister in 2011"
            continue
        if after < len(spans) and _BEFORE_NAME.fullmatch(quote, m.end(), spans[after][0]):
            given.append((spans[after][2], said))
        elif before and (
            _APPOSITION.fullmatch(quote, ends[before - 1], m.start())
            or _PREDICATE.fullmatch(quote, ends[before - 1], m.start())
            or _PRONOUN.fullmatch(quote, ends[before - 1], m.start())
            or _held(quote, m.start())
            or said.casefold().endswith(("portfolio", "post"))
        ):
            doer = spans[before - 1][2]
            if _PARTICIPLE.search(quote, max(ends[before - 1], m.start() - 60), m.start()):
                doer = spans[0][2]  # "Nakatani has met Singh twice since returning to …"
            given.append((doer, said))
        elif (
            _PLURAL.search(said)
            and quote[m.end() : m.end() + 1] not in "'’"
            and not _GATHERING_OF.search(quote, max(0, m.start() - 40), m.start())
        ):
            given += [(p, said) for p in parties]
    for _, b, eid in spans:  # "Nakatani, who heads Japan's Ministry of Defense": a minister
        heads = _HEADS.match(quote, b) or _now(_HEADS_NOW.match(quote, b), quote)
        back = _now(_BACK_TO.match(quote, b), quote)  # its office, not the verb phrase
        given += [(eid, heads[1])] if heads else []
        given += [(eid, press_office(back[1]) or back[1])] if back and not heads else []
        led = _LED.match(quote, b)
        if led and not heads and returned_after(quote, led.end()):
            ministry = re.sub(r"establishment$", "ministry", led[1])
            given += [(eid, press_office(f"heads {ministry}") or led[1])]
    return given


def _now(m: re.Match[str] | None, quote: str) -> re.Match[str] | None:
    """An appointment told, unless the sentence tells its end after it (`_ENDED`)."""
    return None if m is None or _ENDED.match(quote, m.end()) else m


def _office_before(quote: str, start: int, name: int) -> re.Match[str] | None:
    """The office from start to the name at `name`, if its words up to there are one."""
    end = len(quote[:name].rstrip())
    return OFFICE.fullmatch(quote, start, end) if start < end < name else None


def _held(quote: str, at: int) -> bool:
    """Whether the office at `at` is held ("served as defence minister": _HELD), read from
    the third word before it (the phrase has three at most), not from the quote's start."""
    start = at
    for space in (True, False) * 3:
        while start and quote[start - 1].isspace() == space:
            start -= 1
    return _HELD.search(quote, start, at) is not None
