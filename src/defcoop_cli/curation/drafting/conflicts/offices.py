"""Conflicts a drafted fact proposes: another office than a person's role in the fact base.

An office given to a person is compared with the person's roles in the fact base; an office that
differs from one of them is proposed as `conflict`, with both sides. An office is given to the
name it stands before ("Japanese Defence Minister Gen Nakatani", "the Minister of Defense of
Japan, Mr Gen Nakatani"), the name it is in apposition to ("Gen Nakatani, Japan's national
security adviser"; "Japan's defence chief, Gen Nakatani": the press's word for the minister), or
the person named last before "as" it, "the post of" it or its portfolio or post ("returned to
the defence post"; a participle's, "since returning to the post of X", the sentence's subject: a
present office, R11); a counterpart ("… and his Japanese counterpart Gen Nakatani") holds the
office given to the other, or, when the quote gives the other none ("RM Rajnath met his Japanese
counterpart Gen Nakatani"), the one office the other holds in the fact base (without whose:
"India's Defence Minister" is "Defence Minister"); a minister's plural is each party's; "X, who
heads Japan's Ministry of Defense" (or "Defense Ministry") gives X that ministry's minister, and
so do "X heads it" and "X returns to head it" (a present office, R11), and "X took charge of it"
unless the sentence tells its end ("serving until 2016", "and moved to … in 2019": a past
office, R11); "X, who is Japan's Minister of Defense" gives that office, and "X, who also chairs
…" or "sits on …" that post; an office's words end before a name ("Minister of Defense
Nakatani": Nakatani is no word of it); a title standing for a name gives one only where it is
the first office the document gives him (`offered`: R2, R10).
"Welcomed me as Japan's Defense Minister" gives the speaker the office, as "As …, I" does.
An office said past in other words than "former" ("The special adviser's post was an earlier
job") is a former office of its one holder in the fact base, where the quote names no other;
one a name holds "no longer" is that name's former office.
Names in another order or case ("NAKATANI Gen") are found (person_names.py). An office is read
as factbase/vocab.py reads it (`same_office`): a country's word does not count unless two
differ ("Japanese Defence Minister" is not "Chinese Defence Minister"), and "Raksha Mantri"
is the Defence Minister. "The prime minister's special adviser" gives no "prime minister".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence, Set
from typing import Any

from defcoop_cli.curation.drafting.conflicts.forms import country_titles
from defcoop_cli.curation.drafting.conflicts.given_offices import OFFICE, TITLES, offices_given
from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.vocab import (
    bare_minister,
    office_core,
    office_whose,
    press_office,
    same_office,
    well_formed_title,
)

# "X and his Japanese counterpart Y": Y holds the office given to X
_COUNTERPART = re.compile(r"\bcounterpart,?\s*")
# "As Japan's Minister of Defense, I attach…", "As defence minister he said": the speaker's
_AS_SPEAKER = re.compile(
    rf"(?:^|[\"“‘(]|[.;:]\s)\s*(?-i:As)\s+(?:(?:the|a|an)\s+)?(?:[A-Z]\w*['’]s\s+)?"
    rf"((?:{OFFICE.pattern}))(?:\s+of\s+[A-Z]\w*)?,?\s+(?:I|(?-i:he|she))\b",
    re.I,
)

# "Singh welcomed me as Japan's Defense Minister": the speaker's office, as "As …, I"
_ME_AS = re.compile(
    rf"(?<![\w-])(?-i:me)\s+as\s+(?:(?:the|a|an)\s+)?(?:[A-Z]\w*['’]s\s+)?((?:{OFFICE.pattern}))"
    r"(?:\s+of\s+[A-Z]\w*)?",
    re.I,
)


def office_conflicts(
    quote: str,
    people: dict[str, Entity],
    found: Sequence[tuple[str, int, int]],
    parties: Iterable[str] = (),
    nations: dict[str, frozenset[str]] | None = None,
    speaker: str | None = None,
    offered: set[str] | None = None,
    styled: Callable[[], set[str]] = set,
    rivals: Callable[[], Set[str]] = frozenset,
) -> list[dict[str, Any]]:
    """Each person the quote gives an office that differs from one of their roles in the
    fact base: the person, this office, and the roles it differs from (with their facts).
    An office is given to the name it stands before, the name it is in apposition to, or
    the person named last before "as" it (or its portfolio); a minister's plural to each
    of parties (the people the fact is about); a counterpart the office of the person
    whose counterpart they are. A title standing for a name ("the Japanese Defence
    Minister condemned …", "Raksha Mantri apprised …") gives no office. A country among
    parties stands for its people (nations: each person's countries) who hold, in one of
    their roles, the office given ("the two countries' defence ministers said"). An office
    in an opening "As" phrase before "I" or "he"/"she" ("As Japan's Minister of Defense, I
    attach…") is the speaker's (by name: the person the fact is attributed to, a transcript
    turn's or the quotation's). found: the names in the quote, in order, none overlapping
    another (EntityMatcher.find's and PersonNames.add_to's).

    offered: the people the document has given an office so far, kept by the caller
    (updated here). A title standing for a person ("RM briefed the Japanese Defence
    Minister", "his Japanese counterpart" with no name after it, a bare "Minister
    Nakatani") gives him an office only when none was given him before (R2, R10): the
    first present office a report gives. Without offered, titles give none. A bare
    "Minister" is the short form of an office the document gives in full: only the people
    styled() returns (those the text gives an office in full, but no drafted sentence does:
    `conflicts.people`) hold one by it ("I briefed Minister Nakatani" in a release that
    never names his portfolio: none). rivals: `forms.country_titles`'."""
    named = [(eid, a, b) for eid, a, b in found if eid in people]
    # a name that is a title ("Japanese Defence Minister") stands for the person: no name
    spans = sorted((a, b, eid) for eid, a, b in named if not OFFICE.search(quote[a:b]))
    given = offices_given(quote, spans, list(parties))
    past = _past_offices(quote, {eid for eid, _, _ in named}, people)  # its present role's
    past += _no_longer(quote, spans)
    given += past
    given += _counterparts(quote, named, spans, given, people)
    speaking = [i for i, e in people.items() if speaker in (e.name, *e.aliases)]
    if len(speaking) == 1:
        given += [(speaking[0], m[1]) for p in (_AS_SPEAKER, _ME_AS) for m in p.finditer(quote)]
    held = {  # a country's people, by the offices their roles give them
        (country, office_core(r.text)): eid
        for eid, e in people.items()
        for r in e.roles
        for country in (nations or {}).get(eid, ())
    }
    cores = [(p, office_core(said), said) for p, said in given]
    given += [(held[p, core], said) for p, core, said in cores if (p, core) in held]
    read: set[str] = set()  # the people a title stands for, named nowhere in the quote
    if offered is not None:
        nations = nations or {}
        titles = _titles(quote, found, spans, given, people, nations, held, styled)
        bare = country_titles(quote, OFFICE.finditer(quote), found, nations, held, rivals)
        given += [(eid, said) for eid, said in titles + bare if eid not in offered]
        offered.update(eid for eid, _ in given)
        read = {eid for eid, _ in titles + bare} - {eid for _, _, eid in spans}
    out: dict[str, dict[str, Any]] = {}
    given = [(e, s) for e, s in given if (e, f"former {s}") not in past or (e, s) in past]
    for eid, said in given:
        if eid not in people or eid in out or not well_formed_title(said):
            continue  # a title cut short ("Minister of Defense since") is no office
        others = [
            {"text": r.text, "fact": r.fact}
            for r in people[eid].roles
            if r.fact
            and not _agrees(r.text, said)
            and ((eid, said) not in past or _heads(said.removeprefix("former "), r.text))
        ]
        if others:
            out[eid] = {"entity": eid, "field": "office", "this": said, "others": others}
            if eid in read:
                out[eid]["by"] = "title"
    return list(out.values())


# An office said to be past: "the special adviser's post was an earlier job", "the special
# adviser's title belongs to his previous role", "special adviser was his old job".
_PAST_OFFICE = re.compile(
    rf"\b(?:the\s+)?(?P<office>{OFFICE.pattern})(?:['’]s\s+(?:post|title|job|role|position"
    r"|office))?\s+(?:was|is|belongs\s+to|belonged\s+to|dates\s+from|comes\s+from)\s+(?:an?|his"
    r"|her|their)\s+(?:earlier|previous|old|past|former|prior|last)\s+(?:job|role|post|position"
    r"|office|appointment)\b",
    re.I,
)


def _past_offices(quote: str, named: set[str], people: dict[str, Entity]) -> list[tuple[str, str]]:
    """Each office the quote says is past, as a former office of its one holder in the fact
    base (a role of that office or of one it heads: "special adviser" of "Special Advisor for
    National Security"), where the quote names no one but that holder."""
    out = []
    for m in _PAST_OFFICE.finditer(quote):
        core = office_core(m["office"])
        holders = {eid for eid, e in people.items() for r in e.roles if _heads(core, r.text)}
        if len(holders) == 1 and named <= holders:
            out.append((holders.pop(), f"former {m['office']}"))
    return out


# "X is no longer defence minister", "X, who met Y on Monday, was only an adviser and no
# longer Japan's defence minister", "X no longer holds the defence portfolio": a former
# office of X (what follows the name, a relative clause between); "X is no longer a defence
# minister who speaks only of drills" describes him (a relative clause after it): none
_NO_LONGER = re.compile(
    r"(?:,\s*who\b[^,;]{0,80},)?\s+(?:is|was|has\s+been)\s+(?:[^,;.]{0,40}?\s+)?no\s+longer\s+"
    rf"(?:(?:the|a|an)\s+)?(?:[A-Z]\w*['’]s\s+)?({OFFICE.pattern})(?!\s+(?:who|that|whose)\b)"
    r"|\s+no\s+longer\s+(?:holds|has)\s+(?:the|his|her)\s+"
    r"((?:defen[cs]e|foreign)\s+(?:portfolio|post))",
    re.I,
)


def _no_longer(quote: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """(person, "former" office) for each office a name is said to hold no longer."""
    found = [(eid, _NO_LONGER.match(quote, b)) for _, b, eid in spans]
    return [(eid, f"former {m[1] or m[2]}") for eid, m in found if m]


def _heads(office: str, role: str) -> bool:
    """Whether the role is the office held now, or an office it heads ("special adviser" of
    "Special Advisor for National Security"; not of "former special adviser")."""
    core, role_core = office_core(office), office_core(role)
    return role_core == core or role_core.startswith(core + " ")


def _agrees(role: str, said: str) -> bool:
    """Whether an office said is a role's (vocab.same_office), or a bare "Minister" of any
    present minister's role ("Minister Nakatani" of "Defence Minister", not of "former
    Defence Minister" nor of an adviser's)."""
    if bare_minister(said):
        core = office_core(role)
        return core.endswith("minister") and not core.startswith("former ")
    return same_office(role, said)


# "his Japanese counterpart" (a country's adjective before it): the name after it, if any,
# is _counterparts'; "Minister Nakatani": a bare title before a name (capitalised, no word
# of an office before it: "Defence Minister X" and "Chief Minister X" are not it)
_COUNTERPART_WORD = re.compile(r"\bcounterpart\b")
_BARE_MINISTER = re.compile(rf"(?-i:Minister)\s+{TITLES}")
_COMMA = re.compile(r",?\s*")


def _titles(
    quote: str,
    found: Sequence[tuple[str, int, int]],
    spans: Sequence[tuple[int, int, str]],
    given: Sequence[tuple[str, str]],
    people: dict[str, Entity],
    nations: dict[str, frozenset[str]],
    held: dict[tuple[str, str], str],
    styled: Callable[[], set[str]],
) -> list[tuple[str, str]]:
    """(person, office) for each title standing for a person: a title the fact base names
    him by ("the Japanese Defence Minister"), a counterpart with no name after it (the
    person of its country's adjective holding the office of the one named before it, given
    in the quote or his one role: "Singh briefed his Japanese counterpart"), a bare
    "Minister" before his name."""
    out = []
    named = [(eid, a, b) for eid, a, b in found if eid in people]
    for eid, a, b in named:
        m = OFFICE.search(quote, a, b)
        if m is not None:
            out.append((eid, m.group()))
    starts = {a for a, _, _ in spans}
    for m in _COUNTERPART_WORD.finditer(quote):
        after = _COMMA.match(quote, m.end())
        if after is not None and after.end() in starts:
            continue  # "his Japanese counterpart Gen Nakatani": _counterparts'
        country = [e for e, _, _ in _found_before(quote, found, nations, m.start())]
        before = [e for e, a, _ in named if a < m.start() and e in people]
        if len(country) != 1 or not before:
            continue
        other = before[-1]
        said = next((_unowned(s) for e, s in given if e == other), None)
        said = said or _one_office(people[other])
        if said is None:
            continue
        holder = held.get((country[0], office_core(said)))
        if holder is not None and holder != other:
            out.append((holder, said))
    for m in _BARE_MINISTER.finditer(quote):
        word = quote[: m.start()].split()[-1:]
        if word and word[0][:1].isupper() and not word[0].endswith((".", ":", ",")):
            continue  # "Defence Minister X", "Chief Minister X" (not "On 5 May, Minister X")
        out += [(eid, "Minister") for a, _, eid in spans if a == m.end() and eid in styled()]
    return out


def _found_before(
    quote: str,
    found: Sequence[tuple[str, int, int]],
    nations: dict[str, frozenset[str]],
    at: int,
) -> list[tuple[str, int, int]]:
    """The country named by the word just before `at` ("Japanese" of "his Japanese
    counterpart"), as found: nothing when it is no country."""
    return [
        (eid, a, b)
        for eid, a, b in found
        if nations.get(eid) == frozenset({eid}) and b < at and not quote[b:at].strip()
    ]


def _counterparts(
    quote: str,
    names: Sequence[tuple[str, int, int]],
    spans: Sequence[tuple[int, int, str]],
    given: list[tuple[str, str]],
    people: dict[str, Entity],
) -> list[tuple[str, str]]:
    """Each counterpart the quote names ("Rajnath and his Japanese counterpart Gen
    Nakatani") holds the office of the other person: the first office the quote gives
    (given) someone else; else (and for a title standing for the counterpart's name) the
    one office the person named last before the counterpart holds in the fact base, when
    the quote gives them none, without whose it is ("India's Defence Minister" is "Defence
    Minister"). names: (person, start, end), in order; spans: the names no
    title, offices_given's."""
    starts = {m.end() for m in _COUNTERPART.finditer(quote)}  # where a name after one starts
    holders, out = {eid for eid, _ in given}, []
    for a, _, eid in spans:
        if eid not in holders and a in starts and given and given[0][0] != eid:
            out.append((eid, _unowned(given[0][1])))
            holders.add(eid)
    last: tuple[str | None, str | None] = (None, None)  # the last named, the last other one
    for eid, a, _ in names:
        other = last[0] if last[0] != eid else last[1]
        last = (eid, last[0]) if eid != last[0] else last
        if eid in holders or a not in starts or other is None or other in holders:
            continue
        one = _one_office(people[other])
        if one is not None:
            out.append((eid, one))
    return out


def _unowned(said: str) -> str:
    """An office given to a counterpart: the other's, without whose it is ("heads Japan's
    Ministry of Defense": "Minister of Defense"): his own country's (vocab.office_whose)."""
    return office_whose(press_office(said) or said)[1]


def _one_office(person: Entity) -> str | None:
    """The one office a person holds in the fact base, without whose it is ("India's
    Defence Minister" is "Defence Minister": vocab.office_whose); None for more or fewer."""
    roles = [r.text for r in person.roles if r.fact]
    return office_whose(roles[0])[1] if len(roles) == 1 else None
