"""A lone capitalised common noun of bodies: "Committee", "Secretariat", "Armies".

A report capitalises the body it speaks of ("The Committee may wish to…", "informed the
Secretariat", "the three Armies"): a common noun, no name of its own, which the fact base
cannot take as a new entity (every committee would be one). A noun of bodies is WordNet's
(drafting/body_nouns.tsv); one WordNet writes only with a capital ("Interpol", "Mossad",
names/proper_bodies.tsv, by scripts/build_proper_bodies.py) is a body's own name and stays,
as does a name of several words ("Joint Working Group on Defence Equipment") or in capitals
("MPS").

A company named with its legal suffix ("Sakai Marine Co., Ltd.") and without it ("CEO of Sakai
Marine") is one, by the name without it (`bare_company`).

A longer name's word after "the" ("the Chamber" where the text names the "Indo-Nippon
Chamber of Commerce", "the Ledger" beside the "Arabian Sea Ledger", "the Forum" beside the
"Deccan Forum for Strategic Studies") is that name said short, no entity of its own
(`short_form`), and its speaker's or subject's entity is the longer name's; a word the
text never gives inside a longer name ("the Quad") stays. So is
a language's code, which an interpreter's or a translator's note joins to another by an
arrow ("JA<>EN", "EN>JA": `language_code`): "the JA side" names no body; "US", "UN" stay.
A base's place said alone ("Palam" beside "Air Force Station Palam") is the base said
short (`base_short`), and a firm's first word alone ("Kestrel" beside "Kestrel Defence
Systems", the only such name) the firm said short (`firm_short`). Nor is a name the
sentence says it leaves unnamed ("stopped short of naming China", "without naming …"):
named only as not named, it makes no entity there.
Nor a part of a document by its number ("Part XV"), nor a type's designation ("US-2",
`designation`), nor a firm's unit named by its line of business ("our Marine & Defence
business unit", "the Aerospace & Defence Systems Division": `firms_unit`) or its product
line by its product ("our Dornier line"), nor a body's word for its members ("Member
States"), nor a university's department by its field ("Department of East Asian Studies"),
nor a room by its use ("Seminar Hall": `room`), nor a rule's name ("Points of
Information"). Nor a
ceremony or a broadcast's slot by its last word ("Guard of Honour", "Prime Time":
`occasion`), what is done or when, no body or place (but a programme named by it, "NDTV's
Prime Time programme", is one); nor a meeting's kind told by
qualifiers alone ("Defence Ministerial Meeting": `qualified`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from defcoop_cli.curation.drafting.names.several import (
    LEGAL_FORMS,
    is_adjective,
    lone_head,
    placed,
)
from defcoop_cli.curation.drafting.pages import gazetteer, name_words
from defcoop_cli.factbase.vocab import adjectives, word_list


@cache
def _common_bodies() -> frozenset[str]:
    here = Path(__file__).parent  # body_nouns.tsv read once, entities.wordnet_nouns' too
    return word_list(here.parent / "body_nouns.tsv") - word_list(here / "proper_bodies.tsv")


def common_name(words: Sequence[str], text: str = "", a: int = 0, b: int = 0) -> bool:
    """Whether a name (text[a:b], where given) is a lone common noun of bodies
    (`common_body`), a holiday's or an occasion's (not one that speaks: `speaks`), a
    school subject before its teacher (`subject_taught`), a word in capitals for emphasis
    (`emphasis`)."""
    said = holiday(words) or occasion(words)  # a day's, a ceremony's, a broadcast slot's
    if said and text and occasion(words) and _PROGRAMME.match(text, b):  # a named programme
        return common_body(words) or qualified(words)  # ("NDTV's Prime Time programme")
    joined = " ".join(words)
    if _NUMBERED_PART.fullmatch(joined) or designation(words):  # "Part XV", "US-2"
        return True
    if _MEMBERS.fullmatch(joined) or _FIELDS_DEPARTMENT.fullmatch(joined):
        return True  # "Member States", "Department of East Asian Studies"
    if room(words) or _RULES_NAME.match(joined) or (text and firms_unit(text, a, b)):
        return True  # "Seminar Hall", "Point of Order", "our Marine & Defence business unit"
    if text and subject_taught(words, text, b):  # "our Social Science teacher"
        return True
    if text and _RULES_NAME.fullmatch(text, max(0, a - 10), a):  # "Points of Information"
        return True
    if text and emphasis(words, text, a, b):  # "agreed to make weapons TOGETHER"
        return True
    return common_body(words) or qualified(words) or (said and not (text and speaks(text, a, b)))


# A sentence in lower case around a word in capitals: its emphasis, not a headline's.
_LOWER_WORDS = re.compile(r"\b[a-z]{3,}\b")
EMPHASIS_REACH = 40  # the characters read either side of the word in capitals


def emphasis(words: Sequence[str], text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is one word in capitals that the language writes in lower case
    (WordNet's adjectives that are no noun: "TOGETHER", "STRONG") among words in lower case:
    a forward's or a post's emphasis ("agreed to make weapons TOGETHER"), the word itself
    and no name. Initials stay names ("MPS", "NATO"), as does a headline in capitals."""
    word = words[0] if len(words) == 1 else ""
    if len(word) < 4 or not word.isupper() or word.lower() not in adjectives():
        return False
    before = _LOWER_WORDS.search(text, max(0, a - EMPHASIS_REACH), a)
    return before is not None or _LOWER_WORDS.search(text, b, b + EMPHASIS_REACH) is not None


# A type's designation, a letter or two, a hyphen and digits ("US-2", "C-295", "KC-30A",
# "Su-30MKI"): an aircraft's, a vehicle's or a product's model, no body, whatever letters it
# holds ("US" is no United States there); not a group of nations by its number ("G-20"), nor
# a body's own initials and number ("CTF-150", "JPF-12": three capitals or more).
_DESIGNATION = re.compile(r"(?!G-)(?:[A-Z]{1,2}|[A-Z][a-z]{1,3})-\d{1,4}[A-Z]{0,3}")


# A firm's part, named by its line of business after the firm's own word for itself ("our
# Marine & Defence business unit", "the group's Energy division"): a part of a body, as a
# ministry's department named by its portfolio, no entity of its own
_OWN = re.compile(r"(?:our|its|the (?:company|firm|group)['’]s)\s+$", re.IGNORECASE)
_UNIT = re.compile(
    r"\s+(?:business\s+|product(?:ion)?\s+|assembly\s+)?(?:unit|division|vertical|segment"
    r"|business line|line)s?\b"
)


# A body's part named by its work, its unit's word capitalised in the name ("the Aerospace &
# Defence Systems Division's proposal", "the Public Affairs Division", "its Land Systems
# Segment"), after a determiner or a possessive: a part of a body, no entity of its own; a
# word before "&" is the same name's ("Aerospace"). A named unit's leader or a ship's
# division by its number keeps its reading ("the 3rd Division": no capitalised work).
_PART = r"(?:Division|Unit|Segment|Vertical)s?"
_NAMED_PART = re.compile(rf"(?:[A-Z][\w-]*(?:\s*&\s*|\s+)){{1,5}}(?:Business\s+)?{_PART}")
_AMPERSAND_PART = re.compile(rf"\s*&\s*(?:[A-Z][\w-]*\s+){{1,5}}(?:Business\s+)?{_PART}\b")
_DETERMINED = re.compile(r"(?:\b(?:the|our|its|their)|['’]s)\s+$", re.IGNORECASE)
_JOINED_BEFORE = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*\s*&\s*$")


# A force's own named unit after the force's possessive ("the Indian Army's Red Eagle
# Division", "the Navy's Eastern Fleet Command"): a formation, an entity of its own (R8).
_FORCES = re.compile(
    r"\b(?:Army|Navy|Air Force|Marines|Marine Corps|Coast Guard|Corps|Command|Fleet|Forces?)"
    r"['’]s?\s+$"
)
# A production line named by its site: a place's name before "line" ("its Chennai line",
# "its Hazira line would build the hull blocks": the place, as R8 keeps a place), where the
# gazetteer or the text names it a place ("at Hazira"), or the line makes something; a
# product line by its product ("our Dornier line") stays no name.
_LINE = re.compile(r"\s+(?:production\s+|assembly\s+)?lines?\b")
_MAKES = re.compile(
    r"\s+(?:(?:would|will|can|could|is to|are to|to|now|also)\s+)?(?:build|make|produce"
    r"|assemble|manufacture|fabricate|weld|turn out|roll out)\w*\b"
)


def firms_unit(text: str, a: int, b: int) -> bool:
    """Whether the name text[a:b] is a firm's unit (`_OWN`, `_UNIT`; not a production line
    by its site: `_LINE`) or a body's part named by its work (`_NAMED_PART`, after a
    determiner or a possessive, or before "&" and such a part; not a force's named unit
    after its possessive: `_FORCES`)."""
    if _UNIT.match(text, b) and _OWN.search(text, max(0, a - 20), a) is not None:
        return not _sited_line(text, a, b)
    before = text[max(0, a - 60) : a]
    if joined := _JOINED_BEFORE.search(before):  # "Defence Systems Division" after "Aerospace &"
        before = before[: joined.start()]
    if _FORCES.search(before):  # "the Indian Army's Red Eagle Division": a formation
        return False
    if _NAMED_PART.fullmatch(text, a, b) and _DETERMINED.search(before):
        return True
    return bool(_AMPERSAND_PART.match(text, b)) and _DETERMINED.search(before) is not None


def _sited_line(text: str, a: int, b: int) -> bool:
    """Whether the name text[a:b] before "line" is the line's site (`_LINE`)."""
    line = _LINE.match(text, b)
    if line is None:
        return False
    name = text[a:b]
    sited = re.search(rf"\b(?:in|at|near|from|off) {re.escape(name)}(?![\w'’-])", text)
    return name in gazetteer().places or bool(sited) or bool(_MAKES.match(text, line.end()))


# A field of study by its last word, before the noun of one who teaches it ("Social Science
# teacher", "History lecturer", "Defence Studies professor"): a school's subject, no body;
# a name before the noun is one ("Harvard professor": no field's word).
_FIELD = re.compile(
    r"(?:Sciences?|Studies|History|Mathematics|Maths|Physics|Chemistry|Biology|Geography"
    r"|Economics|Civics|Politics|Literature|English|Hindi|Sanskrit|Arts|Commerce|Music)"
)
_TEACHER = re.compile(r"\s+(?:teachers?|tutors?|lecturers?|professors?|instructors?)\b")


def subject_taught(words: Sequence[str], text: str, b: int) -> bool:
    """Whether the name before text[b] is a field of study before its teacher (`_FIELD`)."""
    return bool(_FIELD.fullmatch(words[-1])) and _TEACHER.match(text, b) is not None


def room(words: Sequence[str]) -> bool:
    """Whether a name is a room's by its use ("Seminar Hall", "Committee Room"): name_words'
    room use and room end, two words; where a meeting is held, no entity."""
    kinds = name_words()
    lowered = [w.strip(".,;:'’").lower() for w in words]
    return len(words) == 2 and lowered[0] in kinds["room use"] and lowered[1] in kinds["room end"]


# A rule of a debate's or a house's procedure, its name's head before "of" ("Points of
# Information", "Point of Order"): the name after it is the rule's, no entity
_RULES_NAME = re.compile(r"(?:^|(?<=\W))(?:Points?|POINTS?) of (?:$|(?=[A-Z]))")


def designation(words: Sequence[str]) -> bool:
    """Whether a name is a type's designation alone (`_DESIGNATION`), no entity."""
    return len(words) == 1 and _DESIGNATION.fullmatch(words[0].rstrip(".,;:")) is not None


def qualified(words: Sequence[str]) -> bool:
    """Whether a name is a meeting's kind told by qualifiers alone ("Defence Ministerial
    Meeting", "Bilateral Ministerial Meeting"): its last word a meeting's (name_words' event
    words), every word before it an adjective (names/several.py), a portfolio's word
    ("Defence") or "and"; no body of its own, the meeting's name (R28). A word of a name's
    own ("Orvel Defence Summit", "Coastal Security Dialogue") keeps it, and so does a
    relationship's name ("Special Strategic and Global Partnership", which most judges
    hold a programme of its own)."""
    kinds = name_words()
    lowered = [w.strip(".,;:'’").lower() for w in words]
    if len(words) < 2 or lowered[-1] not in kinds["event word"] or not words[0][:1].isupper():
        return False
    before = [(w, low) for w, low in zip(words[:-1], lowered[:-1], strict=True)]
    portfolios = kinds["portfolio"]
    return all(low == "and" or low in portfolios or is_adjective(w) for w, low in before)


def occasion(words: Sequence[str]) -> bool:
    """Whether a name is a ceremony's or a broadcast's slot ("Guard of Honour", "Gun Salute",
    "Prime Time", "Question Hour"): capitalised words (and "of", "the") ending in one of
    name_words' occasion ends; what is done or when, no body or place."""
    lowered = [w.strip(".,;:'’").lower() for w in words]
    joined = all(w[:1].isupper() or w in ("of", "the") for w in words[1:])
    ends = name_words()["occasion end"]
    return len(words) >= 2 and lowered[-1] in ends and words[0][:1].isupper() and joined


def holiday(words: Sequence[str]) -> bool:
    """Whether a name is a festival's or a holiday's, a period of the calendar as "Monday"
    is, no entity: one of name_words' holidays ("Diwali", "Obon"), or capitalised words
    ending in a holiday's last word ("Golden Week", "Republic Day", "New Year's Eve"), or
    a legislature's session's ("Monsoon Session", "Budget Session")."""
    kinds = name_words()
    lowered = [w.strip(".,;:'’").lower() for w in words]
    if len(words) == 1:
        return lowered[0] in kinds["holiday"]
    ends = kinds["holiday end"] | kinds["sitting end"]  # and a legislature's "Monsoon Session"
    return lowered[-1] in ends and all(w[:1].isupper() for w in words)


def speaks(text: str, a: int, b: int) -> bool:
    """Whether the name text[a:b] reports, says or is told: a publication's or a body's
    ("Aviation Week reported", "according to Defense Week"), never a period of the
    calendar's."""
    return bool(_REPORTS.match(text, b) or _TOLD.search(text, max(0, a - 16), a))


_REPORTS = re.compile(
    r"(?:['’]s\s+(?:report|reporter|correspondent|editor|story)|\s+(?:has\s+|had\s+)?"
    r"(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|published|learned|learnt"
    r"|added|noted|stated|told|claimed|revealed))\b"
)
# A part of a treaty, a law or a document named by its number ("Part XV", "Chapter VII",
# "Annex II"): a place in a text, no body or place; a lone "Section" or "Article" is a house
# capital (name_words.tsv).
# A body's word for its members ("Member States", "States Parties", "the High Contracting
# Parties"): a common noun its charter capitalises, every such body's, no entity.
_MEMBERS = re.compile(
    r"(?:Member|Observer|Participating|Dialogue Partner) (?:States|Countries|Nations|Economies)"
    r"|States Parties|(?:High )?Contracting Parties|Member Organi[sz]ations"
)
# A university's department named by its field ("Department of East Asian Studies",
# "Faculty of Political Science"): the same words at many universities, as a ministry's
# department by its portfolio (R8's reason), no entity; a school with its own name ("School
# of Oriental and African Studies") is no department.
_FIELDS_DEPARTMENT = re.compile(
    r"(?:Department|Faculty|Dept\.?) of (?:[A-Z][\w-]*,? (?:and |& )?){0,4}(?:Studies|Sciences?"
    r"|Engineering|History|Economics|Politics|Languages|Humanities|Law|Management|Mathematics"
    r"|Physics|Chemistry|Geography|Philosophy|Literature|Sociology|Anthropology|Relations)"
)
_NUMBERED_PART = re.compile(
    r"(?:Part|Chapter|Article|Section|Clause|Annex|Annexure|Schedule|Appendix|Title|Volume"
    r"|Paragraph|Rule|Regulation)\s+(?:[IVXLC]+|\d+)[A-Za-z]?[.,;:]?"
)
# A slot's name that names the programme ("NDTV's Prime Time programme", "the Prime Time
# show"): the programme's own name, an entity as a publication is (`common_name`).
_PROGRAMME = re.compile(r"\s+(?:programme|program|show|series|bulletin|broadcast|podcast)s?\b")
_TOLD = re.compile(r"\b(?:according\s+to|told|telling|quoted\s+by|reported\s+by)\s+$")


def common_body(words: Sequence[str]) -> bool:
    """Whether a name is one capitalised common noun of bodies ("Committee")."""
    if len(words) != 1:
        return False
    word = words[0].rstrip(".,;:")  # or a formal title's head alone: "the Agreement"
    capital = word[:1].isupper() and word[1:].islower()
    return capital and (word.lower() in _common_bodies() or lone_head(word))


_THE = re.compile(r"(?i:the)\s+$")
_ARTICLE = r"(?:The|A|An|This|That|These|Those|Its|Our|Their|His|Her)"  # no name's word


def bare_company(written: str, text: str) -> str:
    """A company's name without its legal suffix where the text names it so too ("Sakai
    Marine Systems Co., Ltd." and "… CEO of Sakai Marine Systems"), else as written."""
    bare = _SUFFIXED.sub("", written)
    if bare == written:
        return written
    alone = re.compile(
        rf"(?<![\w-]){re.escape(bare)}(?![\w-]|\.?,? (?:Co|Ltd|Inc|Corp|LLC|K\.K|P))"
    )
    return bare if alone.search(text) else written


_SUFFIXED = re.compile(rf"(?: Co\.?)?,? {LEGAL_FORMS}\.?$")


def own_outlet(text: str, a: int, b: int, publisher: str, article: str = "") -> bool:
    """Whether text[a:b] names the source's own publisher: its name whole ("told MPS", by
    its dateline), or one word of it after "the" ("the Forum" on the page of the Deccan
    Forum for Strategic Studies): the channel, no new entity; not a word the article says
    short of a longer name of its own, not the publisher's ("the Indo-Pacific Business
    Forum … told the Forum": that body's)."""
    name = text[a:b]
    if not publisher or name.casefold() == publisher.casefold():
        return bool(publisher)
    if " " in name or name not in publisher.split() or not _THE.search(text, 0, a):
        return False
    longer = short_form(text, a, b, article) if article else None
    return longer is None or longer.casefold() in publisher.casefold()


def short_form(quote: str, a: int, b: int, text: str) -> str | None:
    """The longer name of the text that quote[a:b], after "the", says short, else None: the
    text gives it after other capitalised words ("Arabian Sea Ledger", the whole run) or
    before "of", "for" or "on" and a capitalised word ("Forum for Strategic Studies")."""
    if not _THE.search(quote, max(0, a - 4), a):
        return None
    name, word = re.escape(quote[a:b]), r"[A-Z][\w&'’-]*"
    longer = re.compile(
        rf"(?<![\w'’])(?P<before>(?:(?!{_ARTICLE} ){word} )*){name}"
        rf"(?P<after> (?:of|for|on) {word}(?:(?: (?:of|for|on|and|the))* {word})*)?(?![\w'’])"
    )
    found = (m[0] for m in longer.finditer(text) if m["before"] or m["after"])
    return next(found, None)


_CODE = re.compile(r"[A-Z]{2,3}")
_DIRECTION = r"\s?(?:<>|<->|->|→|↔|>|<)\s?"


def language_code(name: str, text: str) -> bool:
    """Whether a name of two or three capitals is a language's code: the text joins it to
    another code by an arrow ("JA<>EN", "lead, JA>EN")."""
    if not _CODE.fullmatch(name):
        return False
    pair = (
        rf"(?<![\w<>-]){name}{_DIRECTION}[A-Z]{{2,3}}(?![\w<>])"
        rf"|(?<![\w<>])[A-Z]{{2,3}}{_DIRECTION}{name}(?![\w<>-])"
    )
    return re.search(pair, text) is not None


def said_short(quote: str, a: int, b: int, text: str) -> str | None:
    """The longer name quote[a:b] says short ("" for a language's code, which stands for no
    name of the text, and for a name the sentence says is left unnamed), else None; None
    too where a place's words stand around it ("near Palam", "Palam village")."""
    if language_code(quote[a:b], text) or _UNNAMED.search(quote, max(0, a - 40), a):
        return ""
    if _LOCALITY_BEFORE.search(quote, max(0, a - 30), a) or _LOCALITY_AFTER.match(quote, b):
        return None  # "residents of Palam", "Palam village": the place itself
    town = _PLACE_BEFORE.search(quote, max(0, a - 30), a)  # "in Cochin": the town, no firm
    return (
        short_form(quote, a, b, text)
        or base_short(quote[a:b], text)
        or (None if town else firm_short(quote[a:b], text))
    )


# A place's words around a one-word name, which make it the locality, not a base said short:
# "residents of Palam", "near Palam", "Palam village", "the Palam area".
_LOCALITY_BEFORE = re.compile(
    r"\b(?:near|nearby|around|outside|(?:residents|villagers|people|locals|streets|outskirts)"
    r" of)\s+$",
    re.IGNORECASE,
)
# A place's preposition before a one-word name, which makes it the town, not a firm said
# short: "arrive in Cochin" beside "Cochin Shipyard Limited", "at Cochin", "sailed to
# Cochin"; a firm after "to" with no verb of going ("awarded to Tata") stays the firm.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|into|off|near|(?:sail|head|travel|mov|return|go|went|com|came|bound|arriv"
    r"|steam|call|fl[eoy]|ferr)\w* (?:back )?to)\s+$"
)
_LOCALITY_AFTER = re.compile(
    r"\s+(?:village|villages|town|area|areas|locality|neighbou?rhood|colony|suburb|market"
    r"|bazaar|road|residents|villagers|locals|district|ward|municipality|panchayat)\b"
)


def base_short(name: str, text: str) -> str | None:
    """The base's or station's name of the text that a one-word name ends, after its own
    words and a body's only, a base's among them ("Air Force Station Palam": "Palam" said
    short), else None; not a place of the gazetteer, which names its town ("Air Force
    Station Jaisalmer" beside the city's "Jaisalmer"), nor a name after "Exercise" alone."""
    places, kinds = gazetteer(), name_words()
    if " " in name or name in places.places or name in places.capitals:
        return None
    own = "|".join(sorted(kinds["body word"] | kinds["base word"]))
    before = rf"(?<![\w'’-])((?:(?:{own}) )+){re.escape(name)}(?![\w'’-])"
    found = (m for m in re.finditer(before, text) if kinds["base word"] & {*m[1].split()})
    return next((m[0] for m in found), None)


# A firm's name's last word: its trade and its form ("Kestrel Defence Systems", "Orme Heavy
# Industries", "Lakeland Shipbuilding Ltd").
_FIRM_END = (
    r"(?:Systems|Industries|Technologies|Electronics|Engineering|Shipbuilding|Shipyards?"
    r"|Aerospace|Dynamics|Motors|Holdings|Group|Corporation|Company|Limited|Enterprises"
    rf"|{LEGAL_FORMS}\.?)"
)


def firm_short(name: str, text: str) -> str | None:
    """The firm's name of the text that a one-word name opens ("Kestrel" said short of
    "Kestrel Defence Systems"), when the text gives one such name only, else None; not a
    place of the gazetteer or a people's word ("Japan" beside "Japan Marine Systems")."""
    if " " in name or name in placed():
        return None
    firm = rf"(?<![\w'’-]){re.escape(name)}(?: [A-Z][\w&'’-]*){{0,3}} {_FIRM_END}(?![\w'’-])"
    found = {m[0] for m in re.finditer(firm, text)}
    return found.pop() if len(found) == 1 else None


# A name the sentence says is not named: "stopped short of naming China", "without naming
# …", "declined to name …", "did not name …" (its one mention makes no entity).
_UNNAMED = re.compile(
    r"(?:\bshort of|\bwithout|\b(?:avoid|refrain|declin)\w*(?: from| to)?|\b(?:did|does|do|would"
    r"|will) not|n['’]t) (?:(?:explicitly|directly|publicly|openly) )?nam(?:e|es|ed|ing) $"
)


def own_entity(
    longer: str, found: Iterable[tuple[str, int, int]], made: Mapping[str, Any], have: list[str]
) -> list[str]:
    """The entity of the longer name a short one says (not in have): the fact base's, its
    whole name matched (found: the matcher's ids and spans in it), else the one made for it."""
    whole = [i for i, a, b in found if (a, b) == (0, len(longer))]
    own = whole or [i for i, e in made.items() if longer in (e.name, *e.aliases)][:1]
    return [i for i in own if i not in have]
