"""Offices said in forms the name readings of offices.py do not take: a title standing for
the one person of a country who holds that office in the fact base ("The Minister of
Defense of Japan laid a wreath", "Japan's defence minister condemned it": no name after
it), and an office held in a past year or long ago ("Nakatani, who was defence minister in
2011", "he was once defence minister"): history, which gives no office now, unless a return
to the post is told after it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence, Set

from defcoop_cli.factbase.vocab import office_core

# Before a past office, in its clause: a past verb ("was", "served as") or "once",
# "formerly" ("who was once defence minister"; not "once again"); after it, a past time
# ("in 2011", "from 2014 to 2015", "years ago").
_PAST_VERB = re.compile(r"\b(?:was|were|had\s+been|served|became)\b[^,;.()]{0,30}$")
_ONCE = re.compile(r"\b(?:once|formerly|previously)\s+(?:(?:the|a|an)\s+)?(?:[A-Z]\w*['’]s\s+)?$")
# A return to the post after it: "who served as defence minister from 2014 to 2016, returned
# to the post in October" is that office now (R11)
_RETURNED = re.compile(
    r"[^.;]{0,80}?\b(?:returned|returns|has\s+returned|went\s+back|came\s+back|is\s+back)"
    r"\s+to\s+(?:the|that|this)\s+(?:post|portfolio|job|office|role|ministry)\b"
)
_RETURN_ENDED = re.compile(r"[^.;]{0,60}?\b(?:until|till|to)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
_PAST_TIME = re.compile(
    r"[^,;.()]{0,40}?\b(?:(?:in|from|between|until|till|during)\s+(?:[A-Za-z]+\s+){0,2}"
    r"(?:19|20)\d\d\b|(?:years?|decades?)\s+ago\b)"
)
# An apposition's office at the time the sentence tells ("…, where Singh received Gen
# Nakatani, then Japan's Defence Minister": held at the talks, R11), past where the sentence
# dates its event by a bare year ("in 2015 Nakatani, then defence minister, …": history)
_THEN = re.compile(r",\s*then\s+(?:(?:the|a|an)\s+)?(?:[A-Z]\w*['’]s\s+|[A-Z][a-z]+\s+)?$")
_BARE_YEAR = re.compile(r"\b(?:in|during|by|since|from)\s+(?:19|20)\d\d\b", re.I)
# A title for one person: "the" (perhaps a country's adjective) or a country's possessive
# before it, and no name after it ("Japan's Defence Minister Koizumi", "…, Mr Koizumi").
_DEFINITE = re.compile(r"(?:\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?|['’]s\s+)$")
_NAME_AFTER = re.compile(r",?\s*(?:(?:Mr|Mrs|Ms|Dr|Gen|General|Shri|H\.?E)\.?\s+)*[A-Z]")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def returned_after(quote: str, end: int) -> bool:
    """Whether a return to the post is told after `end`, in its sentence (`_RETURNED`), and
    not its end ("returned to the post in 2019, serving until 2021": history too)."""
    m = _RETURNED.match(quote, end)
    return m is not None and _RETURN_ENDED.match(quote, m.end()) is None


def dated_past(quote: str, start: int, end: int) -> bool:
    """Whether the office from start to end is said to have been held in a past time, and
    no return to it is told after."""
    if returned_after(quote, end):
        return False
    before = quote[max(0, start - 40) : start]
    if _ONCE.search(before):
        return True
    if _THEN.search(before):  # "Nakatani, then defence minister": the office at the time
        return _BARE_YEAR.search(quote) is not None  # told, past where a bare year dates it
    return bool(_PAST_VERB.search(before)) and _PAST_TIME.match(quote, end) is not None


def country_titles(
    quote: str,
    offices: Iterable[re.Match[str]],
    found: Sequence[tuple[str, int, int]],
    nations: dict[str, frozenset[str]],
    held: dict[tuple[str, str], str],
    rivals: Callable[[], Set[str]] = frozenset,
) -> list[tuple[str, str]]:
    """(person, office) for each title standing for the one person of its country who holds
    that office in the fact base (held: (country, office's core) -> person): the country
    named by its possessive or adjective before the title ("Japan's defence minister") or
    "of" it after ("the Minister of Defense of Japan"); the holder named nowhere in the
    quote, no name after the title, no "former" in it. rivals(): the countries the document
    names another minister of (`named_ministers`): their bare "minister" stands for no one
    (asked only where a bare "the <adjective> minister" is read)."""
    countries = [(eid, a, b) for eid, a, b in found if nations.get(eid) == frozenset({eid})]
    named = {eid for eid, _, _ in found}
    out = _bare_ministers(quote, countries, named, held, rivals)
    for m in offices:
        said = m.group()
        if said.casefold().startswith("former") or not _DEFINITE.search(quote, 0, m.start()):
            continue
        whose = [(eid, m.end()) for eid, a, b in countries if _before(quote, b, m.start())]
        whose += [(eid, b) for eid, a, b in countries if _OF.fullmatch(quote, m.end(), a)]
        if len(whose) != 1 or _NAME_AFTER.match(quote, whose[0][1]):
            continue
        holder = held.get((whose[0][0], office_core(said)))
        if holder is not None and holder not in named:
            out.append((holder, said))
    return out


# "the Japanese minister" with no portfolio (nor "ministers", "minister of …"): a title for
# the one minister of that country in the fact base, as R2 reads a title standing for him
_BARE_MINISTER = re.compile(r"\s+(?-i:minister)(?![\w-]|\s+of\b)")


def _bare_ministers(
    quote: str,
    countries: Sequence[tuple[str, int, int]],
    named: set[str],
    held: dict[tuple[str, str], str],
    rivals: Callable[[], Set[str]],
) -> list[tuple[str, str]]:
    """(person, "minister") for each "the" and a country's adjective before a bare
    "minister", where one person of that country holds a minister's office in the fact base
    (not a former one) and the quote names him nowhere: the office R10 reads from "his
    Japanese counterpart", a minister at the time told (`office_conflicts`' offered: only
    where it is the first office the document gives him)."""
    out = []
    for eid, a, b in countries:
        m = _BARE_MINISTER.match(quote, b)
        if m is None or not re.search(r"\b[Tt]he\s+$", quote[max(0, a - 5) : a]):
            continue
        if eid in rivals():
            continue
        holders = {
            p
            for (country, core), p in held.items()
            if country == eid and core.endswith("minister") and not core.startswith("former")
        }
        if len(holders) == 1 and not holders & named:
            out.append((holders.pop(), "minister"))
    return out


# A country's minister named by the report ("Japanese Trade Minister Yoji Muto", "Japan's
# Minister of Trade, Yoji Muto"): the country, up to three words of portfolio, "Minister"
# (perhaps "of" a portfolio), a name
_MINISTER_NAMED = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][a-z]+\s+){0,3}(?-i:Minister)(?:\s+(?:of|for)(?:\s+[A-Z][a-z]+){1,3})?"
    r",?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?=[A-Z][a-z])"
)


def named_ministers(
    text: str, countries: Iterable[tuple[str, Sequence[str]]], starts: Set[int]
) -> set[str]:
    """The countries (id, names: "Japan", "Japanese") whose minister the text names by a
    name that is no fact-base person's (starts: where the text names the people): a report
    on another Japanese minister ("Japanese Trade Minister Yoji Muto") means him by "the
    Japanese minister", not the fact base's one (R2: a title links only to a person the
    report names)."""
    out = set()
    for eid, names in countries:
        said = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
        for c in re.finditer(rf"\b(?:{said})\b", text):
            m = _MINISTER_NAMED.match(text, c.end())
            if m is not None and m.end() not in starts:
                out.add(eid)
    return out


def _before(quote: str, end: int, at: int) -> bool:
    """Whether a country's name ending at `end` is the word just before `at`, or its
    possessive ("Japan's")."""
    return quote[end:at] in (" ", "'s ", "’s ")
