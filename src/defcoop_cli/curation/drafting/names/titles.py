"""How many of a run of capitalised words are a person's title: "Japanese Defence
Minister", "Minister of Defense of Japan", "Raksha Mantri" (TITLES, with the words that
qualify one, TITLE_MODIFIERS, and a nationality's word before it); whom a title alone
standing as a subject means (`spoken_of`); and who the text gives a party's present office
(`office_holders`: no commentator, R5).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from defcoop_cli.curation.drafting.entities import TITLE_MODIFIERS, TITLES
from defcoop_cli.curation.drafting.furniture.apparatus.citations import FINITE
from defcoop_cli.curation.drafting.verbs.voices.subjects import bare

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.speakers import Speakers

_OF_WHAT = re.compile(r"(?:of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*(?: |$))+").fullmatch


def title_run(words: list[str]) -> int:
    """How many of the words, counted from the end, are a title's (its nationality word
    too: "Japanese Defence Minister"; or a title and what it is of: "Minister of Defense of
    Japan"); 0 when they end on no title."""
    n = 0
    for word in reversed(words):
        lower = word.rstrip(".,").lower()
        if not word[:1].isupper():
            break
        if lower in TITLES or lower.rstrip("s") in TITLES or (n and lower in TITLE_MODIFIERS):
            n += 1
        else:  # a nationality ends the run, one of it: "Japanese", "Australian"; or a
            # country's possessive as a nationality: "Japan's Defense Minister" (R2)
            owner = re.fullmatch(r"[A-Z][a-z]+['’]s", word)
            n += bool(n and (re.search(r"(?:ian|ese|ish|an)$", lower) or owner))
            break
    last = words[-1].rstrip(".,").lower() if words else ""
    if last in TITLES or last.rstrip("s") in TITLES:
        return n
    i = words.index("of") if "of" in words else 0  # "Minister of Defense of Japan"
    after = words[len(words) - words[::-1].index("of") :] if i else []
    # what it is of, two words at most after the last "of" ("the" aside): more end on a name,
    # the holder's ("Assistant Commissioner of Police Priya Nair"), as `untitled` reads it
    of_what = bool(i) and _OF_WHAT(" ".join(words[i:])) and len(after) - after.count("the") <= 2
    run = title_run(words[:i]) if of_what else 0
    return len(words) - i + run if run else 0


# A title of one country's office in its own language: "Raksha Mantri", and its initials
# "RM", is India's defence minister (R2 of tests/fixtures/CONVENTIONS.md: Singh even where
# the report never names him).
TITLE_MEANS = dict.fromkeys(("raksha mantri", "rm"), "indian defence minister")
# Such a title alone, not a name's first word ("RM Rajnath" is the name's) nor inside a
# longer title ("Raksha Rajya Mantri", "PS to RM" is furniture's): "RM held talks", "the
# Raksha Mantri has directed"; never Malaysia's ringgit ("RM 2.5 billion", "RM900m").
_OWN_TITLE = re.compile(
    r"(?<![\w-])(Raksha Mantri|RM)(?![\w-])(?!,?\s+(?:Shri\s+)?[A-Z][a-z])(?!\s*[\d.,])"
)


def own_titles(text: str) -> list[str]:
    """What each title of one country's office used alone in the text means (TITLE_MEANS):
    the office the fact base gives its holder."""
    return list(dict.fromkeys(TITLE_MEANS[m[1].lower()] for m in _OWN_TITLE.finditer(text)))


# A country's possessive and a title, the whole subject: "Japan's Defense Minister".
_COUNTRYS_TITLE = re.compile(r"(?:[Tt]he )?[A-Z][a-z]+['’]s ((?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*)")


def countrys_title(subject: str, speakers: Speakers) -> str | None:
    """The person a country's possessive and a title stand for ("Japan's Defense Minister"
    as "the Japanese Defense Minister", R2): the one of that country the article named, when
    the fact base gives them the title ("Japan's Foreign Minister" is no defence minister)."""
    m = _COUNTRYS_TITLE.fullmatch(subject)
    name = speakers.national(subject) if m and title_run(m[1].split()) else None
    ids = [i for i in speakers.people if speakers.matcher.entities[i].name == name]
    return name if ids and speakers.holds(ids[0], m[1] if m else "") else None


def apart(title: str, speakers: Speakers) -> bool:
    """Whether the report gave the bare title to another than the one just spoken of, and
    him only with his country's ("Defense Minister Rajnath Singh" and "Japan's Defense
    Minister General Nakatani": "the Defense Minister" after Nakatani is still Singh, R2)."""
    given = speakers.titles.get(title) not in (None, "", speakers.subject)
    qualified = (t for t, name in speakers.titles.items() if name == speakers.subject)
    return given and any(t.endswith(f" {title}") for t in qualified)


# A time phrase opening the subject with a year: "In 2019, ", "Back in March 2019, ".
_DATED = re.compile(
    r"\s*(?:[Bb]ack )?(?:[Ii]n|[Oo]n|[Dd]uring) [^,]{0,20}?\b((?:19|20)\d\d)\b[^,]{0,12},"
)


def bygone(subject: str, speakers: Speakers) -> bool:
    """Whether the subject's title is dated before the report's year ("In 2019, Japan's
    Defense Minister …" in a report of 2025): the office's holder then, not today's."""
    m = _DATED.match(subject)
    return bool(m and speakers.year and int(m[1]) < speakers.year)


def spoken_of(subject: str, speakers: Speakers) -> str | None:
    """The person the sentence before was said by, when the subject is a title alone the fact
    base gives them ("The defence minister also…"); else the one person of the fact base it
    gives the title to, when the article names them ("Raksha Mantri briefed…": Singh's, R2)."""
    # "Our Raksha Mantri": a school's or a broadcaster's own country's office, as "The"
    words = re.sub(r"^(?:the|our)\s+", "", bare(subject.rpartition(",")[2]).lower()).split()
    ids = [i for i in speakers.matcher.ids(speakers.subject or "") if i in speakers.people]
    cased = [w if w in ("of", "the") else w.capitalize() for w in words]  # "Minister of Defence"
    if not words or title_run(cased) != len(words) or bygone(subject, speakers):
        return None
    title = " ".join(words)
    if len(ids) == 1 and speakers.holds(ids[0], title) and not apart(title, speakers):
        return speakers.subject
    held = [i for i in speakers.people if speakers.holds(i, TITLE_MEANS.get(title, title))]
    names = [speakers.matcher.entities[i].name for i in held]
    if len(names) > 1:  # held by both: the piece's principal, the holder it names first
        names = [n for n in speakers.order if n in names][:1]
    name = names[0] if len(names) == 1 else None
    return name if name and (name in speakers.order or title in TITLE_MEANS) else None


def office_holder(subject: str) -> str | None:
    """An office's holder the subject names by the office alone, definite and capitalised,
    what it is of too ("The Commissioner of Police", "The Chief of Naval Staff"): an unnamed
    source, named as R9 names one ("commissioner of police"); not what it is of ("Police").
    A note in brackets is no part of it: "(Law and Order)"."""
    subject = re.sub(r"\s*\([^()]*\)", "", subject)
    m = re.fullmatch(
        r"\s*[Tt]he ((?:[A-Z][\w-]* )+of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)", bare(subject)
    )
    office = m[1] if m else ""
    return office.lower() if office and title_run(office.split()) == len(office.split()) else None


# An address opening a speaker's sentence: a title and a surname, or a given name alone,
# then a comma and the sentence, which opens with a name ("Ambassador Menon, Delhi will
# want results.") or a word speaking to him ("Dr Iyer, you served there."); not a list of
# names ("General Kaul, Admiral Bose and …"), nor a name and its apposition ("Ravi Menon,
# the analyst, …").
_ADDRESSED = re.compile(
    r",\s+(?:(?![A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,|\s+(?:and|or)\b))[A-Z]"
    r"|(?:you|your|we|let|tell|what|how|why|do|does|did|can|could|would|will|is|are)\b)"
)


# A name's apposition: a possessive or a noun phrase, a comma and the sentence's verb after
# it in lower case ("Admiral Bose, Velan's Navy chief, will travel …", "…, Kell's guest of
# honour, arrived"): the words between the commas hold no verb of their own (`FINITE`).
_APPOSITION = re.compile(r",\s+(?P<phrase>[A-Z][^,.;:!?\n]{0,60}?),\s+(?!(?:and|but|or)\b)[a-z]")


def addressed(sentence: str, start: int, end: int) -> bool:
    """Whether the name at sentence[start:end] is a speaker's address to his listener, at
    the sentence's start after a title (or a given name alone), a comma after it: a guest
    the programme names, no entity of the talks' (R12: named only in its furniture); not a
    name with its apposition (`_APPOSITION`)."""
    words = sentence[:end].split()  # the title may be the name's ("Ambassador Menon")
    titled = len(words) == 1 or title_run(words[:-1]) == len(words) - 1
    apposed = _APPOSITION.match(sentence, end)
    if apposed and not FINITE.search(apposed["phrase"]):
        return False
    return titled and _ADDRESSED.match(sentence, end) is not None


# A party's present office (R5: a party to the talks, never a commentator, whatever else
# describes him: "who spoke to students at a university"), before a name ("Defence
# Minister Richard Marles", "Senator Jane Hume") or set off after it ("Marles, Australia's
# defence minister,"); never a past one ("former", "retired")
_PARTY_OFFICE = re.compile(
    r"\b(?i:minister|mantri|senator|ambassador|envoy|spokes(?:person|man|woman)|official"
    r"|diplomat|lawmaker)\b"
)
_BYGONE = re.compile(r"(?i:former|retired|ex-|erstwhile|one-time|then)\W")
_HOLDER_AFTER = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,2}([A-Z][\w’'-]+)")
# "Marles, Australia's defence minister": a noun phrase set off, no clause ("Marles, who
# met the minister") nor phrase of another's ("Marles, with the minister")
_HOLDER_BEFORE = re.compile(
    r"([A-Z][\w’'-]+),\s+(?!(?i:who|whom|whose|which|that|as|with|and|or|after|before|beside"
    r"|besides|along|alongside|including|like|unlike|except|not|to|for|from|at|in|on|by"
    r"|than)\b)(?![a-z]+ing\b)(?:[\w’'-]+\s+){0,8}$"
)


def office_holders(text: str) -> frozenset[str]:
    """The surnames of the people the text gives a party's present office (above)."""
    found: set[str] = set()
    for m in _PARTY_OFFICE.finditer(text):
        words = re.split(r"[,;.]", text[max(0, m.start() - 40) : m.start()])[-1].split()
        if _BYGONE.search(" ".join([*words[-3:], ""])):  # "a former Japanese defence minister"
            continue
        after = _HOLDER_AFTER.match(text, m.end())
        before = _HOLDER_BEFORE.search(text, max(0, m.start() - 60), m.start())
        found.update(holder[1] for holder in (after, before) if holder)
    return frozenset(found)
