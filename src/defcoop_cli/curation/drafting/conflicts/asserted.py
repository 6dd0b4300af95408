"""The office a sentence asserts of its subject, as a claim: "Rajnath Singh is the Defence
Minister of India", "Nakatani has served as Japan's Minister of Defense since October",
"Nakatani is not the defence minister, he serves as an adviser to the prime minister".

The claim finder reads no person's office (conflicts compare it); but a sentence whose
predicate is an office makes the claim of the fact giving that person that office. An office
is asserted when the sentence (or the clause after a colon) opens with a person's name and
goes on with "is", "was", "has been", "remains", "serves as" or "has served as" and the
office (a "the", "a", a whose before it), or with a short clause and ", he is" (", she serves
as") the office; and the office ends its clause ("of Japan", "since October 2024" after it at
most), and the sentence (what follows its stop is a subordinate or relative clause, a
phrase in apposition or a reporting tag; not another clause: "…, and he briefed Nakatani
on the attack", ": he briefed …" make that clause's claim). "Is not the defence minister",
"is the first defence minister to visit", "returned to the post", "X, who is Japan's
Minister of Defense, arrived" assert none. A past predicate ("was", "served as") asserts a
former office only: "former" said, or a span ended ("from 2014 to 2016"); "X was Japan's
Defence Minister" alone may tell of the talks' time or another, and asserts none. The fact
is that of the person's role that is the same office (`vocab.same_office`: "former" is
another), or of the one present role whose head holds the office's or is held by it
("adviser" of "Special Advisor for National Security": the person's only adviser's role;
not "Foreign Minister" of "Defence Minister").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from defcoop_cli.curation.drafting.conflicts.given_offices import OFFICE
from defcoop_cli.factbase.records import Entity, Fact
from defcoop_cli.factbase.vocab import office_core, same_office

_OPENS = re.compile(r"(?:^|:)\s*(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt|Gen|General)\.?\s+)*$")
_BETWEEN = re.compile(
    r"\s+(?:[^,;.:]{1,40},\s+(?:he|she)\s+)?"  # "… holds no cabinet post now, he is"
    r"(?:(?:is|was|has\s+been|remains)\s+(?:(?:now|still|currently)\s+)?"
    r"|(?:has\s+)?serve[sd]?\s+as\s+)"
    r"(?:(?:the|a|an)\s+)?(?:(?:[A-Z]\w*|prime\s+minister|president)['’]s\s+)?"
)
_ENDS = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)?)?"  # "… of Japan"
    r"(?:\s+(?P<span>since|from)\s+[^,;.:]{1,30})?"  # "since 1 October 2024"
    r"\s*(?:(?P<stop>[,;:])|\.|$)"
)
# What may follow an office ending its clause with a stop, the sentence saying no more of
# its own: a clause a subordinator or a relative opens (", when he came back to the
# cabinet"), a phrase in apposition (", a post he has held since 2021"), a reporting tag
# (", officials said"). Not another clause ("…, and he briefed Nakatani on …", ": he
# briefed …", "; he now advises …"): that clause's claim is the sentence's.
_TAG = re.compile(
    r"(?!(?:and|but|while|yet|so|then)\b)(?:[\w'’.-]+\s+){1,5}?"
    r"(?:said|says|added|noted|stated|confirmed|told\s+(?:the\s+)?(?:reporters|journalists|media))"
    r"(?:\s+on\s+\w+|\s+\w+day)?[.!]?\Z"
)
_SAYS_NO_MORE = re.compile(
    r"\s*(?:when|where|who|whom|whose|which|since|after|before|until|a|an)\b"
)
# A past predicate ("was", "served as"): an office held once, a former role's (or, "from
# 2014 to 2016", one given as ended); the present role's only when the office is told so.
_PAST = re.compile(r"\s+(?:[^,;.:]{1,40},\s+(?:he|she)\s+)?(?:was|served)\b")
_PREPOSITION = re.compile(r"\s+(?:of|for|on|to|under)\s+")


def asserted_offices(quote: str, found: Sequence[tuple[str, int, int]]) -> list[tuple[str, str]]:
    """(person, office as written) for each office the quote asserts of a name opening it
    (or its clause after a colon). found: the people's names in the quote (entity, start,
    end), as EntityMatcher and PersonNames find them."""
    out = []
    for eid, a, b in found:
        if not _OPENS.search(quote[:a]):
            continue
        for m in OFFICE.finditer(quote, b):
            end = _ENDS.match(quote, m.end())
            if _BETWEEN.fullmatch(quote, b, m.start()) and end and _alone(quote, end):
                said = m.group()
                if _PAST.match(quote, b) and not said.lower().startswith("former "):
                    ended = end["span"] == "from"  # "from 2014 to 2016"; else when?
                    said = f"former {office_core(said)}" if ended else ""
                if said:
                    out.append((eid, said))
                break
    return out


def _alone(quote: str, end: re.Match[str]) -> bool:
    """Whether the office ends the sentence, or what follows its stop says no more of its
    own (`_SAYS_NO_MORE`, `_TAG`)."""
    rest = quote[end.end() :]
    if end["stop"] is None or not rest.strip():
        return True
    return bool(_TAG.match(rest.strip()) or (end["stop"] == "," and _SAYS_NO_MORE.match(rest)))


def office_claim(
    quote: str,
    found: Sequence[tuple[str, int, int]],
    people: dict[str, Entity],
    fact_of: Callable[[str], Fact | None],
) -> dict[str, Any] | None:
    """The claim (as the claim finder gives one: the fact, its source, its quote, the meanings
    shared, a score) of the first office the quote asserts of a person of the fact base, the
    fact of the role that is that office; None when it asserts none or no role is it."""
    for eid, said in asserted_offices(quote, [f for f in found if f[0] in people]):
        role = _role(people[eid], said)
        fact = fact_of(role) if role else None
        if fact is not None:
            shared = [f"@{eid}", office_core(said)]
            evidence = {"fact": fact.id, "source": fact.source, "quote": fact.quote}
            return {**evidence, "shared": shared, "score": 1.0}
    return None


def _role(person: Entity, said: str) -> str | None:
    """The fact of the person's role that is the office said: the same office, else the one
    present role whose head is its or holds it ("adviser" of "special adviser": `_head`)."""
    same = [r.fact for r in person.roles if r.fact and same_office(r.text, said)]
    if same:
        return same[0]
    if office_core(said).startswith("former "):
        return None
    head = _head(said)
    alike = [
        r.fact
        for r in person.roles
        if r.fact and not office_core(r.text).startswith("former ") and _within(head, _head(r.text))
    ]
    return alike[0] if len(alike) == 1 else None


def _head(office: str) -> list[str]:
    """An office's head: its core's words before a preposition ("special adviser" of
    "special adviser for national security", "adviser" of "adviser to the prime minister")."""
    return _PREPOSITION.split(f" {office_core(office)} ", maxsplit=1)[0].split()


def _within(one: list[str], other: list[str]) -> bool:
    """Whether two heads end in one noun, the words of one all the other's ("adviser",
    "special adviser"; not "foreign minister", "defence minister")."""
    return (
        bool(one and other)
        and one[-1] == other[-1]
        and (set(one) <= set(other) or set(other) <= set(one))
    )


# A person's career told as the sentence's predicate (`tells_office`): the name (a title or
# two before it, a phrase in apposition after it) or "He"/"She" opening the sentence, a verb
# of being or of holding a post, a few words of whose, when and which, then the post.
_SUBJECT = (
    r"(?-i:(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt|Gen|General)\.?\s+)*"
    r"(?:[A-Z][a-z][\w'’-]*(?<!['’]s)\s+){0,2}[A-Z][a-z][\w'’-]*(?<!['’]s)|He|She)"
)
_HOLDS = (
    r"(?:is|was|has\s+been|had\s+been|became|remains|returned|returns|went\s+back|took"
    r"|serves|served|has\s+served|is\s+serving|was\s+(?:re)?appointed|holds|held|had\s+held"
    r"|heads|headed|(?:first\s+)?led)"
)
_ON_THE_WAY = (  # "his second stint as", "charge of Japan's", "a former Ground Self-Defense"
    r"(?:\s+(?:as|to|the|a|an|of|his|her|again|back|now|once|up|over|charge|head|second"
    r"|third|first|time|stint|spell|same|former|new|in)\b|\s+(?-i:[A-Z][\w'’-]*)|\s+\w+ly\b)*"
)
# A post is held or taken, not carried ("took the post to Darwin"), met in ("held a cabinet
# meeting", "as the cabinet debated"); a ministry is headed ("took charge of", "heads", "led",
# "returns to head"), not visited ("returned to the ministry to brief officials", "headed to
# the ministry"), nor is its delegation or proposal led or taken ("the ministry's delegation")
_POST = (
    r"(?:defen[cs]e\s+)?(?:portfolio|post)\b(?!\s+to\b)"
    r"|cabinet\s+(?:post|seat|rank|berth|position|portfolio)\b"
    r"|cabinet\b(?=\s*(?:[,.;]|$|\s+(?:in|as|under|after|since|of|again)\b))"
)
_HEADS_A = (
    r"(?:heads|headed(?!\s+(?:to|for|back|home|off|out|into)\b)|leads|led|runs|ran"
    r"|(?:took|takes|has\s+taken|had\s+taken|assumed|assumes)\s+(?:over|charge\s+of)"
    r"|(?:returns|returned)\s+to\s+head"
    # a return told as an appointment: "went back to the defence ministry in the reshuffle"
    r"|(?:returned|returns|went\s+back|came\s+back)\s+to(?=[^.;]{0,80}?\b(?:reshuffle"
    r"|(?:re)?appointed|sworn\s+in)\b))"
)
_MINISTRY = (
    r"\s+(?:(?:the|a|his|her|(?-i:[A-Z][\w'’-]*))\s+){0,3}?(?:defen[cs]e\s+)?ministry\b"
    r"(?!['’]s)(?!\s+(?:delegations?|officials?|staff|team|proposals?|building)\b)"
)
_CAREER = re.compile(
    rf"^(?:{_SUBJECT})(?:,[^,]{{3,120}},)?\s+(?:\w+ly\s+)?(?:{_HOLDS}\b{_ON_THE_WAY}\s+"
    rf"(?:{OFFICE.pattern}|{_POST}|(?:[\w-]+\s+){{0,3}}?officer\b)|{_HEADS_A}{_MINISTRY})",
    re.IGNORECASE,
)


# A source naming a person by his office, the sentence's predicate: "one article calls him
# Japan's Special Advisor for National Security", "the readout referred to him throughout as
# the Minister of Defense of Japan" (not "called him on Monday", "called the visit a snub").
_NAMES_HIM = re.compile(
    r"\b(?:calls?|called|describes?|described|refers?\s+to|referred\s+to|lists?|listed|names?"
    r"|named|styles?|styled|identifies|identified)\s+(?:him|her)\s+(?:throughout\s+|still\s+)?"
    r"(?:as\s+)?(?:(?:the|a|an)\s+)?(?:(?-i:[A-Z])[\w'’-]*['’]s\s+)?"
    rf"(?:{OFFICE.pattern})",
    re.IGNORECASE,
)
# The naming is the predicate only where it ends the sentence: what the office is of, a time
# or a place after it ("… as the Minister of Defence of Beta throughout the readout."), no
# act joined to it ("… and invited him to the drills") nor words on the man ("… of rare
# skill"); and only in the sentence's own clause, not a relative one ("The chief, who
# described him as …, presented him with …")
_NAMING_ENDS = re.compile(
    r"(?:\s+(?:of|for|to)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]*)*)?"
    r"(?:,?\s+(?:throughout|in|during|on|at|last|this|yesterday|today)\b"
    r"(?:(?!\s(?:and|but|while|as)\s)[^,;:]){0,50})?\s*[.!?\"”’']*\s*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b", re.IGNORECASE)


def _names_him(quote: str) -> bool:
    return any(
        _RELATIVE.search(quote, 0, m.start()) is None and _NAMING_ENDS.match(quote, m.end())
        for m in _NAMES_HIM.finditer(quote)
    )


def tells_office(quote: str) -> bool:
    """Whether a sentence tells its subject's office or career as its predicate: "He is
    Japan's Minister of Defense", "Nakatani, a former officer, returned to the post of
    defence minister", "X had held the same portfolio once before", "X is a former Ground
    Self-Defense Force officer", "X took charge of the defence ministry", or a source names
    him by it, the sentence ending on it ("one article calls him Japan's Special Advisor …":
    `_NAMES_HIM`, `_NAMING_ENDS`). Not an office given in passing to a subject doing
    something else ("Nakatani, a former officer, knows the Indian Army well"; "X called him
    the Deputy Prime Minister and invited him …", "X, who described him as …"), nor a
    post carried, a cabinet met, a ministry visited or its delegation led ("took the post
    to Darwin", "held a cabinet meeting", "returned to the ministry to brief officials",
    "led the ministry's delegation")."""
    return _CAREER.match(quote.lstrip()) is not None or _names_him(quote)
