"""A body's name of several subjects, or a formal title, joined by "and": one name, never two.

"Ministry of Economy, Trade and Industry" (a body of a list of subjects) and "Joint Working
Group on Defence Equipment and Technology Cooperation" (a body that takes "on" and its
subjects, every word around the "and" capitalised) are each one body. So is a formal title
of a document or mechanism, by its head noun (name_words' "document head", "mechanism head",
"body head"): the head then a linking word and subjects ("Memorandum on Defence Cooperation
and Exchanges", "Defence Industry Forum for Equipment and Technology"), or subjects then the
head ("Reciprocal Provision of Supplies and Services Agreement"). A title is one thing or
nothing: never its pieces, and its head noun alone ("Agreement") is no name; nor is a title
after "a" or "an", a kind of document ("signed a Memorandum of Understanding"). A statute's
title with its short title in brackets and its year ("SEBI (LODR) Regulations, 2015", as a
company's filing cites it) is one law; a company's name goes on past its legal suffix after
a comma ("Hokuyo Marine Industries Co., Ltd."), and is named as the text names it without
the suffix, where it does ("CEO of Sakai Marine" beside "Sakai Marine Co., Ltd."); a
government's rules by their title with its year ("Defence Acquisition Procedure 2020") or
its number ("Three Principles on …"). A name of words
joined by "and" and no such body or title, "Visakhapatnam and Kochi", is two (entities'
split); so are two titles joined by "and the".
"""

from __future__ import annotations

import re
from functools import cache

from defcoop_cli.curation.drafting.furniture.apparatus.instructions import a_verb
from defcoop_cli.curation.drafting.pages import gazetteer, name_words

_W = r"[A-Z][\w’'-]*"
BODY_LIST = re.compile(
    rf"\b(?:{'|'.join(sorted(name_words()['body word']))}) of {_W}(?:, {_W})+,? and {_W}"
    rf"(?: (?:of|for) (?:the )?{_W}(?: {_W})*)?"  # "… and Fisheries of Kastania"
)
# A body that takes "on" (name_words' "joins on": "Group", "Commission", "Dialogue"), then
# capitalised subjects joined by "and": "Commission on Trade and Industry".
_BODY_ON = re.compile(
    rf"\b(?:{'|'.join(sorted(name_words()['joins on']))}) on (?:the )?{_W}(?: {_W})*,? and {_W}"
)
_DOCUMENTS = name_words()["document head"]
_MECHANISMS = name_words()["mechanism head"]
_HEADS = _DOCUMENTS | _MECHANISMS | name_words()["body head"]
# A title's head, a linking word, subjects (perhaps joined by "of", "for", "the", "in the
# field of") and "and" a subject: "Forum for Equipment and Technology", "Agreement
# Concerning the Transfer of Defence Equipment and Technology", "Memorandum of Cooperation
# in the Field of Defence Equipment and Technology" (the linking words in any case); never
# "and the" (two titles).
_HEAD_LINKED = re.compile(
    rf"\b(?:{'|'.join(sorted(_HEADS))}) (?i:on|for|of|concerning|regarding) (?i:the )?{_W}"
    rf"(?: (?:(?i:of|for|the|on|in the field of) )*{_W})*,? and (?!the\b){_W}"
)


# A statute's title: its issuer's or subject's words, its short title in brackets, its head
# and its year ("SEBI (Listing Obligations and Disclosure Requirements) Regulations, 2015",
# "Companies (Accounts) Rules, 2014").
_STATUTE = re.compile(
    rf"{_W}(?: {_W})* \([A-Z][^()\n]{{1,100}}\) (?:Act|Regulations|Rules|Ordinance|Code)"
    r"(?:, (?:19|20)\d\d\b)?"
)
_YEAR = re.compile(r",? (?:19|20)\d\d\b(?![-–/.]\d)")
# A company's legal suffix after its name and a comma: ", Ltd.", " Co., Ltd.", ", Inc.".
# A company's legal form after its name ("Ltd", "K.K", "Pvt. Ltd"; names/common.py reads
# it too, for a company said with and without it)
LEGAL_FORMS = r"(?:Ltd|Inc|Corp|LLC|K\.K|Pte\.? Ltd|Pvt\.? Ltd)"
_LEGAL_SUFFIX = re.compile(rf"(?:(?<= Co)\.)?,? {LEGAL_FORMS}\.")


def one_body(found: str) -> bool:
    """Whether a capitalised name holding "and" is one body's name of several subjects, or
    one formal title, or a statute's."""
    if BODY_LIST.search(found) or _BODY_ON.search(found) or _HEAD_LINKED.search(found):
        return True
    if _STATUTE.fullmatch(found):
        return True
    first, _, rest = found.partition(" and ")
    words = found.split()
    return (
        bool(rest)
        and words[-1] in _HEADS  # "Acquisition and Cross-Servicing Agreement"
        and not rest.startswith("the ")
        and first.split()[-1] not in _HEADS  # two titles: "… Conference and … Talks"
        and not any(w.rstrip(",") in placed() for w in first.split())  # "India and Japan …"
    )


@cache
def placed() -> frozenset[str]:
    """Every name the gazetteer places: its countries, peoples' words, places, capitals."""
    places = gazetteer()
    return places.countries | places.demonyms | places.places | frozenset(places.capitals)


def title_kind(name: str) -> str | None:
    """A formal title's entity type by its head noun, first or last: a document's is a law
    or agreement ("Agreement on …", "… Services Agreement"), a dialogue's or mechanism's a
    programme ("Defence Policy Dialogue"); None for any other name."""
    words = _YEAR.sub("", name).split()  # "… Procedure 2020"
    words = words[1:] if numbered_title(" ".join(words)) else words  # "Three Principles …"
    heads = {words[0], words[-1]} if len(words) > 1 else set()
    if heads & _DOCUMENTS or _STATUTE.fullmatch(name):
        return "law or agreement"
    return "programme" if heads & _MECHANISMS else None


# A title led by its head goes on past "of the", "for the": "Agreement concerning Security
# Measures for the Protection of Classified Military Information" (NAME joins one word).
_GOES_ON = re.compile(rf"\s(?:of|for|on|to) the (?={_W})")
_WORDS = re.compile(rf"{_W}(?: (?:(?:of|for|and) )?{_W})*")


def title_end(text: str, start: int, end: int) -> int:
    """Where a name found at text[start:end] ends: a formal title led by its head noun
    ("Agreement …", "Memorandum …", "Dialogue …") past "of the" and its capitalised words;
    a statute's title past its brackets and year; a company's name past its legal suffix."""
    if statute := _STATUTE.match(text, start):
        return max(end, statute.end())
    if suffix := _LEGAL_SUFFIX.match(text, end):
        return suffix.end()
    if text[start:end].rsplit(" ", 1)[-1] in _DOCUMENTS and (year := _YEAR.match(text, end)):
        return year.end()  # "Defence Acquisition Procedure 2020": its year is its title's
    if not _DOCUMENTS.union(_MECHANISMS).intersection(text[start:end].split(" ", 3)[:3]):
        return end  # no head among its first words ("Under the Pact …", "A Memorandum …")
    while (link := _GOES_ON.match(text, end)) and (more := _WORDS.match(text, link.end())):
        end = more.end()
    return end


_TITLE_AFTER = re.compile(rf"(?: (?:(?:of|for|and|the) )?{_W})+")


def title_after(text: str, end: int) -> int | None:
    """Where a formal title ends that a known mechanism's or document's name opens ("2+2"
    then " Foreign and Defence Ministerial Dialogue"): the name is the title's; None when
    the capitalised words after it end in no head noun ("Indian Ocean")."""
    found = _TITLE_AFTER.match(text, end)
    return found.end() if found and found[0].split()[-1] in _HEADS else None


KIND_WORDS = 3  # a kind's words: "Memorandum of Understanding", "Joint Venture Agreement"
# "a", "an", or a count ("Two Memorandum of Understanding were exchanged": of a kind too)
_INDEFINITE = re.compile(
    r"\b(?:[Aa]n?|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,2})"
    r"(?: [a-z][\w-]*){0,2} $"
)


def kind_of_document(text: str, at: int, name: str) -> bool:
    """Whether a document's title of three words at most at text[at:] follows "a" or "an"
    or a count (and up to two small words: "a non-binding Memorandum of Understanding", "a
    Teaming Agreement", "Two Memorandum of …"): a kind of document, no name; a title naming
    its subjects after them is one ("a Memorandum of Cooperation in the Field of Tide
    Charts"). Or a body's initials modifying a kind (`of_a_kind`)."""
    before = text[max(0, at - 40) : at]
    short = len(name.split()) <= KIND_WORDS
    if of_a_kind(text, at, at + len(name)):
        return True
    return short and title_kind(name) == "law or agreement" and bool(_INDEFINITE.search(before))


# A negative quantifier ("no", "neither", "nor") or "any"/"a" in a frame that excludes
# ("outside any", "without a"), a body's initials, then a common noun in lower case; "every
# JMSDF destroyer will sail", "any QUAD nation could join" speak of the body acting
_ANY = re.compile(
    r"(?i:\b(?:no|neither|nor|(?:outside|beyond|without|not) (?:of )?(?:any|an?))\s+)$"
)
_INITIALS = re.compile(r"[A-Z][A-Z0-9]{1,4}")
_NOUN_NEXT = re.compile(r"\s+[a-z]{3,}\b")


def of_a_kind(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a body's initials before a common noun in a negative or
    excluding frame ("outside any UN forum", "no NATO member", "without a UN mandate"): a
    kind of thing, the body itself no party; "a CII session", one event of the body, and
    "every JMSDF destroyer will sail", the body acting, are not."""
    return (
        _INITIALS.fullmatch(text, a, b) is not None
        and _ANY.search(text[max(0, a - 12) : a]) is not None
        and _NOUN_NEXT.match(text, b) is not None
    )


def lone_head(word: str) -> bool:
    """Whether a word is a formal title's head noun standing alone ("the Agreement"), which
    names no document of its own."""
    return word in _DOCUMENTS or word in _MECHANISMS


# An adjective alone ("Special", "Strategic", "Global"): no name; by ending, and the "-al"
# ones policy prose capitalises ("-al" alone takes Nepal, Gopal; seas in "-ic" are names).
_ADJECTIVE = re.compile(
    r"(?<!pacif)(?<!atlant)(?<!arct)(?<!balt)(?:ial|ional|ical|ic|ive|ous|able|ible)$"
    r"|^(?:" + "|".join(sorted(name_words()["adjective"])) + ")$"
)


def numbered_title(name: str) -> bool:
    """Whether a name is a formal title led by its number and head noun ("Three Principles
    on …", "Five Principles of …"): the number is the title's. The head is plural, as its
    number asks, and the title goes on past it ("on Export of …"): "Two Memorandum of
    Understanding were exchanged" counts documents of a kind, and "Three Guidelines" alone
    names none."""
    number, _, rest = name.partition(" ")
    head, _, more = rest.partition(" ")
    return (
        number.lower() in _NUMBERS
        and head in _DOCUMENTS
        and head.endswith("s")
        and _QUALIFIED.match(more) is not None
    )


_QUALIFIED = re.compile(r"(?:on|of|for|to|governing)\s+(?:the\s+)?[A-Z]")


_NUMBERS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
)


def is_adjective(word: str) -> bool:
    return _ADJECTIVE.search(word.rstrip(".,").lower()) is not None


def split_at_and(start: int, found: str) -> list[tuple[int, int]]:
    """ "Visakhapatnam and Kochi" is two names (spans into the text, trailing punctuation
    dropped, but a legal suffix's stop: "Co., Ltd."); a company's officer before "of" is
    no name's word ("CEO of Sakai Marine": the company)."""
    if officer := _OFFICER_OF.match(found):
        start, found = start + officer.end(), found[officer.end() :]
    if cut := _BODIES_JOINED.search(found):  # "… Heavy Industries & Larsen & Toubro": two
        return split_at_and(start, found[: cut.start(1)]) + split_at_and(
            start + cut.end(1), found[cut.end(1) :]
        )
    code = _TYPE_CODE.search(found)  # "… Self-Defense Force U-4": the aircraft's type
    if code and _vehicle_of_service(found[: code.start()], code[0]):
        found = found[: code.start()]
    head, of, rest = found.partition(" of ")
    if of and person_of_body(head, rest):  # "Kenta Moriyama of Hokuriku University": two
        return split_at_and(start, head) + split_at_and(start + len(head) + 4, rest)
    if one_body(found) or _LEGAL_SUFFIX.search(found[-12:]):  # "Ministry of Economy, Trade …"
        return [(start, start + len(found))]
    if of and _shared(head):  # "the Corridors of Uttar Pradesh and Tamil Nadu": the places
        return split_at_and(start + len(head) + 4, rest)
    parts = found.split(" and ")
    if len(parts) == 2 and parts[0].lower() in name_words()["compass"]:  # "East and South China…"
        return [(start, start + len(found.rstrip(".,;:!?")))]
    if len(parts) == 2 and all(is_adjective(w) for w in parts[0].split()):
        return [(start, start + len(found.rstrip(".,;:!?")))]  # "Special Strategic and Global…"
    out, at = [], 0
    for part in re.split(r"( and )", found):
        if part != " and ":
            name = part
            while name and not name[-1].isalnum():
                name = name[:-1]
            if name:
                out.append((start + at, start + at + len(name)))
        at += len(part)
    return out


# A type's code after a body's name: an aircraft's, a vehicle's or a ship's ("U-4", "C-295",
# "P-8I", "F-35B"), no part of the name of the service that flies it and no entity of its
# own ("Japan Air Self-Defense Force U-4"); after its maker's name it names the aircraft
# ("ShinMaywa US-2", one name); the body's own initials are its designation ("… CTF-150").
_TYPE_CODE = re.compile(r"(?<=\S) [A-Z]{1,3}-\d{1,4}[A-Z]{0,2}\W*$")
# A service's last word: the body that flies or sails a type ("… Air Force", "… Navy").
_SERVICE = frozenset(["Force", "Forces", "Navy", "Army", "Guard", "Fleet", "Corps", "Wing"])


def _vehicle_of_service(name: str, code: str) -> bool:
    """Whether a type's code after a name is a vehicle's of the service the name ends with
    ("Indian Air Force C-295"), not the body's own designation, its initials ("Combined Task
    Force CTF-150"), nor an aircraft after its maker ("… Heavy Industries F-2")."""
    words = name.split()
    letters = code.strip(" .,;:!?").split("-")[0]
    initials = "".join(w[0] for w in words[-len(letters) :] if w[:1].isupper())
    own = len(letters) > 1 and letters == initials  # "Force F-35B": one letter is no initials
    return bool(words) and words[-1] in _SERVICE and not own


_NAME_WORDS = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}")


def person_of_body(head: str, rest: str) -> bool:
    """Whether "head of rest" is a person at a body ("Kenta Moriyama of Hokuriku University",
    "Professor Ana Ruiz of …"): after its titles, head is two or three capitalised words, none
    a title's, a body's, a place's, a stop word, an adjective or an English verb ("Annual
    Report of …", "Joint Statement of …" name no one); rest has a body's word."""
    kinds, places = name_words(), gazetteer()
    titles = kinds["title"] | kinds["title modifier"]
    words = head.split()
    while words and words[0].rstrip(".").lower() in titles:
        words = words[1:]
    common = titles | kinds["stop word"] | kinds["house capital"] | kinds["event word"]
    common |= kinds["not a name"]
    named = places.countries | places.demonyms | places.places | kinds["place word"]
    if not _NAME_WORDS.fullmatch(" ".join(words)) or any(
        w.lower() in common or w in kinds["body word"] or w in named or is_adjective(w) or a_verb(w)
        for w in words
    ):
        return False
    return any(w in kinds["body word"] for w in rest.split())


# "&" after a body's own word ("Industries &", "Army &") joins two bodies; between names
# ("Larsen & Toubro", "Science & Technology") it joins one.
_BODIES_JOINED = re.compile(rf"\b(?:{'|'.join(sorted(name_words()['body word']))})( & )(?=\S)")


def bodies_joined(name: str) -> str:
    """The name with each "&" that joins two bodies said "and" ("Mitsubishi Heavy Industries
    and Larsen & Toubro": two parties)."""
    return _BODIES_JOINED.sub(lambda m: m[0].replace(" & ", " and "), name)


# A company's officer: "CEO of", "President and CEO of", "Founder and Chairman of"
_OFFICER = (
    r"(?:CEO|CFO|COO|CTO|Chief Executive(?: Officer)?|Managing Director|Founder|Co-founder"
    r"|Chairman|Chairwoman|Chairperson)"
)
_OFFICER_OF = re.compile(rf"(?:(?:President|Founder|Chairman) and )?{_OFFICER} of (?=[A-Z])")


def _shared(head: str) -> bool:
    """Whether a name's head before "of" is a plural not of a body, title or country."""
    last = head.split()[-1]
    plural = re.search(r"[^su]s$", last) and last not in name_words()["body word"]
    titled = last[:-1].lower() in name_words()["title"]
    return bool(plural) and not titled and head not in gazetteer().countries


# A figures feature's item: the figure and a dash open the line, then its phrase
# ("3 - Areas of technology …"), whose first word opens it as a sentence's would.
_FIGURE_LEAD = re.compile(r"(?:^|\n)[ \t]*\d[\d.,]*%?[ \t]*[-–—][ \t]+$")
FIGURE_LEAD_CHARS = 24  # a figure and its dash are read within so many characters


def the_in_name(text: str, at: int, opens: bool = True) -> bool:
    """Whether a capitalised "The" at text[at] is a name's own first word ("stayed at The
    Amaltas Court", "a column in The Daily Ledger"): one that opens no sentence and comes
    after a preposition or a phrase of time ("Last week The …"); a sentence's opening "The"
    is its article ("The Gulf Ocean Forum met"), and so is one after a paragraph's number
    ("9.2 The Ministers agreed") or a verb ("said The Gulf Ocean Forum")."""
    after_word = _LOWER_BEFORE.search(text, max(0, at - 40), at) is not None
    return text.startswith("The ", at) and after_word and not opens_sentence(text, at, opens)


# A preposition before a place's or an outlet's name ("at", "of", "in The Saltpan Lodge"),
# or a phrase of time's last word before a subject's ("Last week The Saltpan Lodge hosted").
_LOWER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:at|of|in|from|to|by|for|on|into|inside|outside|near|with|today"
    r"|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night),? $"
)


def opens_sentence(text: str, at: int, opens: bool = True) -> bool:
    """Whether the word at text[at] opens a sentence: the text's first (opens: text is a
    sentence, not a list item), after a stop or a colon, or after a figure and a dash
    alone on its line; spaces and an opening quote or bracket before it skipped."""
    i = at - 1  # the character before, past spaces and an opening quote or bracket
    while i >= 0 and (text[i].isspace() or text[i] in "\"“‘'(["):
        i -= 1
    if (i < 0 and opens) or (i >= 0 and text[i] in ".!?:"):
        return True
    return _FIGURE_LEAD.search(text, max(0, at - FIGURE_LEAD_CHARS), at) is not None
