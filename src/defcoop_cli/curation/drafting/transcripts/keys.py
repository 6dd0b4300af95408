"""A transcript's key: speakers' labels of initials or short forms ("NS:", "PD:") that the
document declares once, in its head, and who each stands for. An interview's, a
deposition's, a hearing's, a podcast's transcript or minutes write the key in one of a few
ways:

- a sentence pairing each short form with a role or a name: "NS is the interviewer, PD the
  narrator", "KM = Kiran Mehta", "Speakers: AB - Asha Bhat; CD - Chetan Desai";
- a name with its short form in brackets: "Present: Asha Bhat (AB), Chetan Desai (CD)";
- a header's fields naming the roles ("Interviewer: Dr Nandita Sehgal", "Narrator: …"),
  whose names' initials are the labels (a header naming the interviewer and the narrator).

A role resolves to the name the header's field of that role gives ("the interviewer":
"Interviewer: Dr Nandita Sehgal" gives Nandita Sehgal), else stays the role ("the
interviewer"); the interviewer's role asks. A short form is keyed only where it names a
person (a role noun of one, or two to four capitalised words, no body's) and opens a line
as a label after the line that declares it (a field, "FROM: Lena Berg", declares no one),
and a key counts only where two short forms are keyed (a dialogue: a note-taker's "KEY:
DG = Dawn Guard" over one "DG:" line is none). Labels no key declares stay as they were
read (transcripts/labels.py: "NS:" alone is no label).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from defcoop_cli.curation.drafting.entities import NOT_A_PERSON, TITLES, wordnet_nouns
from defcoop_cli.curation.drafting.new_entities import untitled

HEAD_CHARS = 4000  # the key stands in the transcript's head
_SHORT = r"[A-Z]{2,4}"
# A name, perhaps titled: "Dr Nandita Sehgal", "Gen. K. Rao", "Asha Bhat".
_NAME = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}"
# A role: "the interviewer", "the narrator", "counsel for the ministry" (lower-case words).
_ROLE = r"(?:the |an? )(?P<role>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2})"
# "NS is the interviewer", "KM = Kiran Mehta", "AB - Asha Bhat", "PD the narrator" (after
# a comma or a semicolon, the verb given once), "CD: Chetan Desai" (in a list's field).
_PAIR = re.compile(
    rf"(?:^|(?<=[\s,;:(]))(?P<short>{_SHORT})\s*"
    rf"(?:(?:=|:|–|—|-|\bis\b|\bstands for\b|\bdenotes\b|\brefers to\b)\s*)?"
    rf"(?:{_ROLE}|(?P<name>{_NAME}))(?=[\s,;.)]|$)",
    re.M,
)
# "Asha Bhat (AB)", "Dr Nandita Sehgal (NS, interviewer)".
_BRACKETED = re.compile(rf"(?P<name>{_NAME})\s*\((?P<short>{_SHORT})(?:[,;][^()\n]{{0,40}})?\)")
# A header's field naming a role's holder: "Interviewer: Dr Nandita Sehgal", "Narrator: X (…)".
_FIELD = re.compile(
    rf"^[ \t]*(?P<role>[A-Z][a-z]+(?: [a-z]+)?)[ \t]*:[ \t]*(?P<name>{_NAME})", re.M
)
# A line opening with a short form's label: "NS: You were …", "[00:12:04] PD: …".
_OPENS = re.compile(
    rf"^[ \t]*(?:[\[(]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]?[ \t]+)?({_SHORT}):[ \t]+\S", re.M
)
# The roles of one who asks: the interviewer's, the examining counsel's, the chair's.
ASKING_ROLES = frozenset(
    ["interviewer", "questioner", "examiner", "moderator", "host", "chair", "chairperson"]
)


class Keyed(NamedTuple):
    """Who a short form stands for: the name (or "the ROLE"), whether a person's name,
    and whether the role asks (the interviewer's)."""

    name: str
    named: bool
    asks: bool


def _person(name: str, short: str = "") -> str | None:
    """The name without its titles ("Dr Nandita Sehgal": "Nandita Sehgal"), None where it
    is a title alone or a body's ("Ministry of Defence"); a word the short form's initials
    count is the name's, not a title ("Gen Nakatani (GN)": "Gen Nakatani")."""
    whole = name.rstrip(".")
    bare = whole if short and _initials(whole) == short else untitled(whole)[0]
    words = bare.split()
    if len(words) < 2 or NOT_A_PERSON.search(bare) or all(w.lower() in TITLES for w in words):
        return None
    return bare


def _initials(name: str) -> str:
    """A name's initials: "Nandita Sehgal" is "NS", "K. R. Menon" "KRM"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _holders(head: str) -> dict[str, str]:
    """The header's fields naming a role's holder, by the role in lower case."""
    persons = wordnet_nouns("person")
    found: dict[str, str] = {}
    for m in _FIELD.finditer(head):
        role = m["role"].lower()
        name = _person(re.split(r"\s*[(,;]", m["name"])[0])
        if name and role.split()[-1] in persons:
            found.setdefault(role, name)
    return found


def _role(role: str, holders: dict[str, str]) -> Keyed | None:
    """A role's short form: the header's holder of the role, else "the ROLE"; None where the
    words name no person's role."""
    last = role.split()[-1]
    if last not in wordnet_nouns("person"):
        return None
    asks = last in ASKING_ROLES
    name = holders.get(role) or holders.get(last)
    return Keyed(name, True, asks) if name else Keyed(f"the {role}", False, asks)


@lru_cache(maxsize=8)  # asked by each reader of the transcript's labels
def speaker_key(text: str) -> dict[str, Keyed]:
    """The short forms the transcript's head declares and who each stands for (see the
    module's doc), each opening a line as a speaker's label after the line that declares
    it ("FROM: Kavita Menon" declares no one: it opens no line after its own); {} unless
    two are so declared."""
    opens: dict[str, list[int]] = {}
    for m in _OPENS.finditer(text):
        opens.setdefault(m[1], []).append(m.start())
    if len(opens) < 2:
        return {}
    head = text[:HEAD_CHARS]
    holders = _holders(head)

    def used(short: str, at: int) -> bool:  # a label's line after the declaring line
        return any(start > at for start in opens.get(short, []))

    key: dict[str, Keyed] = {}
    for m in _BRACKETED.finditer(head):
        if used(m["short"], m.start()) and (name := _person(m["name"], m["short"])):
            role = holders_role(holders, name)
            key.setdefault(m["short"], Keyed(name, True, role in ASKING_ROLES))
    for m in _PAIR.finditer(head):
        if m["short"] in key or not used(m["short"], m.start()) or _spoken(head, m):
            continue
        if m["role"] and (keyed := _role(m["role"], holders)):
            key[m["short"]] = keyed
        elif m["name"] and (name := _person(m["name"])):
            role = holders_role(holders, name)
            key[m["short"]] = Keyed(name, True, role in ASKING_ROLES)
    for role, name in holders.items():  # "Interviewer: Dr Nandita Sehgal" and "NS:"
        short = _initials(name)
        if short not in key and used(short, -1):
            key[short] = Keyed(name, True, role.split()[-1] in ASKING_ROLES)
    return key if len(key) >= 2 else {}


# What may follow a cast list's entry on its line: a role after a comma, a dash or in brackets.
_ENTRY_END = re.compile(r"[ \t]*(?:[,;(–—-][^\n]{0,60})?[ \t]*$", re.M)


def _spoken(text: str, m: re.Match[str]) -> bool:
    """Whether a pair at a line's start is a turn's label and its first words ("AB: The
    Minister Spoke first …"), not a cast list's entry ("AB: Asha Bhat, interviewer")."""
    at_start = m.start() == text.rfind("\n", 0, m.start()) + 1
    colon = text[m.end("short") : m.start("name") if m["name"] else m.end()].strip() == ":"
    return at_start and colon and _ENTRY_END.match(text, m.end()) is None


def holders_role(holders: dict[str, str], name: str) -> str:
    """The role the header's fields give a name ("interviewer"), "" for none."""
    return next((role.split()[-1] for role, held in holders.items() if held == name), "")


def declares(line: str, key: dict[str, Keyed]) -> bool:
    """Whether a line declares a short form of the key ("NS is the interviewer, …",
    "Nandita Sehgal (NS)"), not one that only opens with it as a label ("NS: You …")."""
    pairs = [m for m in _PAIR.finditer(line) if m.start() > 0 or line[m.end("short") :][:1] != ":"]
    found = [m["short"] for m in (*pairs, *_BRACKETED.finditer(line))]
    return any(short in key for short in found)
