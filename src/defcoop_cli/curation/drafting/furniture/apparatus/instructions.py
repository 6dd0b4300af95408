"""A document's instruction to its reader: "Circulate this note to the Japan desk by
Thursday.", "Request the fuller readout from the ministry once it is published." (a memo's
next steps), "Read this release in Hindi." A report's sentences have a subject; one that
opens on a verb's base form (WordNet's verbs, furniture/base_verbs.tsv, by
scripts/build_base_verbs.py) and its object (a determiner or a pronoun) tells the reader what
to do and states nothing; so does one opening "Please" and a verb. Not: a question ("Will
the Minister…?", "Have a tip?"), an auxiliary or "Let" ("Let us hope…", a writer's wish),
words in quotes (a speaker's), a noun before its own words ("Work on the frigates began…",
"Exercise Dharma Guardian…"). A sentence pointing the reader to another page of the site
("Full texts of the releases in Hindi and Urdu are on the All releases page.") tells him
where to read, no more; nor does advice to the public in the passive ("Citizens are advised
to verify messages before forwarding them.") or a paper's to its addressee ("The Committee
may wish to seek a briefing …"), nor a notice's to its readers, a class of them told to apply,
contact or register ("Exhibitors who want space … should contact the … team before 15 July.":
`_NOTICE`; not "Japanese firms that want to invest should contact the embassy.", a party's).

A guide's search tips and usage rules are instructions too (a research guide, a course page,
a style desk's entry): an imperative with a term in quotes ('Search "Gen Nakatani" as a
phrase.'; a speaker's words have a speech tag or a sentence in them: "Stop, he said." is his),
one in the negative ("Do not call him General Nakatani.", "Never shorten the title."), one
whose object is "both" or "each"; and a search string (Nakatani AND Singh, a Boolean operator
in capitals between names, quoted terms or brackets; not a capital "NOT" of emphasis), none
of them in a speaker's words.

A page tells its user how to work it ("Swipe through the cards to read what each said.",
"Click on any card to share it.", "Scroll down for the full text.", "Scroll to explore."):
a verb of working a screen, then a particle, a determiner or "to" and a verb of seeing or
moving (not "Tap water was restored …"). And a piece, a
course's week or a newsletter, sets out its agenda to its reader ("This week we read the two
governments' accounts …", "In this explainer we look at what each side stressed."): "this"
and the piece or the week, "we" and a verb of reading or looking, in the present, and no name
or date after it ("This week we unpack the talks in New Delhi on 5 May." tells where and
when: a podcast's notes, dev-s12, judged a fact).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from defcoop_cli.factbase.vocab import table_rows, word_list

_NOT_IMPERATIVE = re.compile(
    r"be|have|do|will|shall|can|may|must|might|would|should|could|need|dare|ought|let"
)
_OBJECT = re.compile(
    r"the|this|these|those|that|an?|our|your|its|their|his|her|all|any|every|each"
    r"|it|them|him|us|me|both|each|either"
    r"|whether|how|why|what|when|where|which|who"  # a question its object: "Say whether …"
)
# A negative imperative: "Do not call him General Nakatani", "Never shorten the title". A
# style rule's, so a verb of naming or writing; not a columnist's advice ("Do not expect a
# breakthrough this year.", "Never rule out a deal.").
_NEGATIVE = re.compile(r"[-•*–]?\s*(?:Do not|Don['’]t|Never)\s+([a-z]+)\s+[a-z]")
_WRITING = re.compile(
    r"call|name|refer|shorten|abbreviate|spell|write|use|capitali[sz]e|hyphenate|italici[sz]e"
    r"|translate|transliterate|quote|cite|title|style|describe|confuse|search|omit"
)
# A term in quotes, short and whole ("Gen Nakatani"), not a speaker's sentence.
_QUOTED = re.compile(r"[\"“]([^\"“”]*)[\"”]")
_TERM = re.compile(r"[^,.!?;:]{1,40}")
_TERM_OBJECT = re.compile(r"[-•*–]?\s*([A-Z][a-z]+)\s+[\"“]")  # a verb, a quoted term
# A search string: a Boolean operator in capitals between terms, a name (capitalised, not in
# capitals), a quoted phrase or a group in brackets: 'Nakatani AND (Singh OR "Raksha Mantri")'.
# Not a capital "NOT" of emphasis between ordinary words ("India will NOT be cowed").
_SEARCH = re.compile(
    r"(?:\b[A-Z][a-z][\w-]*|[\"”)])\s+(?:AND|OR|NOT|NEAR/\d+)\s+(?=[\"“(]|[A-Z][a-z])"
)
# The verb and the word after it; after "Please" the verb is in lower case and its object
# may be a bare noun ("Please credit pool for all quotes.").
_OPENING = re.compile(r"[-•*–]?\s*(Please\s+)?((?(1)[a-z]|[A-Z])[a-z]+)\s+([a-z]+)\b")
MIN_WORDS = 3  # a verb, its object and a word more: "Circulate this note."
# What is where on the site: "… are (available) on the All releases page", "… on our website"
# (not a place: "at the exercise site", "on the northern section").
_ON_A_PAGE = re.compile(
    r"[^.!?\"“”]{1,120}?\b(?:is|are)\s+(?:also\s+)?(?:available\s+)?"
    r"(?:on\s+(?:the|our|this)\s+(?:[\w-]+\s+){0,4}?(?:page|website|web\s+site|portal|tab)"
    r"|at\s+(?:our|this)\s+(?:website|web\s+site|portal))\.",
    re.IGNORECASE,
)

# The reader pointed to a part of the guide or to where copies are kept: "for analysis, see
# the Journal Articles tab.", "Print copies are in the course reserve at the library." The
# pointer is an imperative (the sentence's first word, or after a comma, a colon or a
# semicolon), not a party's act ("agreed to use the new hotline link", "will visit the
# shipyard section"); the copies are in a form the reader may ask for (print, paper), not a
# document's copies in the news ("Copies of the memorandum are held at the archive.").
_POINTED = re.compile(
    r"(?:[^\"“”]{0,160}?[,:;]\s+|[-•*–]?\s*)(?:see|visit|consult|use)\s+(?:the|our|this)\s+"
    r"(?:[\w&'’-]+\s+){0,4}?(?:tab|page|section|box|guide|link|pages)\b[^\"“”]{0,60}[.!]"
    r"|(?:print|printed|paper|electronic|spare|extra)\s+(?:copies|transcripts|recordings)"
    r"(?:\s+of\s+[^.!?\"“”]{1,60}?)?\s+(?:are|is)\s+(?:also\s+)?(?:available\s+|kept\s+|held\s+)?"
    r"(?:in|at|on|from)\s+(?:the|our)\s+[^.!?\"“”]{1,80}[.!]",
    re.IGNORECASE,
)
# A guide's note on how its sources write a name or a word: "Japanese sources often give the
# family name first.", 'Indian releases call Singh "Raksha Mantri" or "RM".', 'Japanese
# government English uses "defense".' A kind of document in the plural (no determiner), a
# verb of writing in the present, and a name's form, a spelling, or terms given as
# alternatives; not 'Chinese state media call the drills "provocative".' (one term: a view),
# nor 'Chinese state media call Japan "militarist" or "revanchist".' (epithets in lower case:
# a reported view; a name's forms are capitalised, "Raksha Mantri" or "RM"). A word alone is
# a spelling only after a verb of usage and at its clause's end ('uses "defense";').
_SOURCES = (
    r"(?:[A-Z][\w-]*\s+){1,3}(?:[a-z]+\s+)?(?:sources|papers|newspapers|dailies|releases|readouts"
    r"|summaries|pages|documents|media|outlets|reports|English)(?:\s+in\s+[A-Z]\w+)?"
)
_NAME_FORM = (
    r"(?:family|given|first|last|full)\s+names?|names?\s+order|both\s+orders|(?:the\s+)?spellings?"
    r"|transliterations?|abbreviations?|initials"
)
_FORMS = (  # a name's form, or its forms as alternatives, each capitalised
    rf"(?:[^.;\"“”]{{0,40}}?\b(?:{_NAME_FORM})\b"
    r"|(?:[A-Z]\w+\s+)?[\"“][A-Z][^\"“”]{0,29}[\"”](?:\s+or\s+[\"“][A-Z][^\"“”]{0,29}[\"”])+)"
)
_USAGE = re.compile(
    rf"{_SOURCES}\s+(?:(?:often|usually|generally|typically|sometimes|mostly|also)\s+)?"
    rf"(?:(?:give|put|render|list|call|prefer)\s+{_FORMS}"
    rf"|(?:use|uses|write|spell)\s+(?:{_FORMS}|[\"“][a-z]+[\"”]\s*(?:[;.]|$)))"
)


def usage_note(sentence: str) -> bool:
    """Whether the sentence tells how a kind of source writes a name or a word (_USAGE)."""
    return _USAGE.match(sentence.strip()) is not None


# The guide on itself: "This box gathers what has been reported …", "This page lists …".
_ITSELF = re.compile(
    r"This (?:box|guide|page|tab|entry|resource|reading list) (?:\w+ly )?(?:gathers|collects|lists"
    r"|brings together|points|links|offers|sets out|summari[sz]es)\b[^\"“”]*[.!]"
)
# Advice to the public in the passive ("Citizens are advised to verify messages before
# forwarding them."), a body's to its members ("Members are also requested not to share
# this circular outside their firms."), a firm's to its staff and a staff paper's advice to
# its addressee ("The Committee may wish to seek a detailed briefing …"): to the reader, no
# statement.
_ADVISED = re.compile(
    r"(?:all )?(?:citizens|readers|users|viewers|listeners|subscribers|visitors|passengers"
    r"|participants|delegates|attendees|members|(?:members of )?the public) (?:are|is)"
    r" (?:(?:also|strongly|kindly|hereby|therefore) )?(?:advised|requested|urged|asked"
    r"|encouraged|reminded)"
    r" (?:not )?to [^.!?\"“”]{1,160}[.!]"
    r"|(?:the )?(?:committee|members|board|council|house|panel|commission|reader|readers)"
    r"(?: members)? (?:may|might) (?:wish|want|like) to [^.!?\"“”]{1,160}[.!]"
    # a firm's word to its own staff: "Colleagues who receive enquiries … should forward
    # them to the sales desk.", "Staff must not comment to the media."
    r"|(?:all )?(?:colleagues|staff|employees|team members|members of staff|our people)"
    r"(?: (?:who|whose|with|in|at|on) [^.!?\"“”]{1,100}?)?"
    r" (?:should|must|need to|are (?:asked|requested|reminded) to)(?: not)?"
    r" [^.!?\"“”]{1,200}[.!]",
    re.IGNORECASE,
)

# A notice to its readers, whatever the event: a class of them, bare ("Exhibitors who want
# space … should contact the … team before 15 July.", "Applicants must register by 1 June.",
# "Interested firms may write to …"), told to apply, contact or register. Not a party's
# people named by their country or side ("Japanese firms that want to invest should contact
# the embassy."), nor a rule reported ("Bidders must register with the ministry.": "must"
# and "need to" are a notice's only with its deadline ending the sentence, and only to an
# event's own addressees: "Suppliers must register on the portal by 1 April." binds the
# market's parties, a rule of the news, `_MARKET`), nor a notice carrying a fact in a
# relative clause (`_CARRIES`).
_MARKET = (
    r"companies|firms|vendors|suppliers|bidders|organi[sz]ations|businesses|start-?ups"
    r"|investors|buyers"
)
_ADDRESSEES = (
    r"exhibitors|applicants|candidates|participants|visitors|delegates|readers|members"
    r"|students|journalists|reporters|sponsors|speakers|authors|contributors|subscribers"
    rf"|attendees|guests|those|anyone|anybody|individuals|(?P<market>{_MARKET})"
)
_APPLY = (
    r"contact|apply|register|write|e-?mail|call|book|reserve|submit|send|enquire|inquire"
    r"|reach\s+out|get\s+in\s+touch|sign\s+up|rsvp|fill\s+(?:in|out)"
)
_NOTICE = re.compile(
    rf"(?:(?:all|interested|prospective|intending|eligible)\s+)?(?:{_ADDRESSEES})"
    r"(?:\s+(?:who|that|wishing|seeking|interested|keen|looking|planning|hoping)\b"
    r"[^.!?\"“”,;]{1,100}?)?,?\s+(?:should|may|can|are\s+(?:invited|requested|asked|encouraged"
    r"|welcome|advised)\s+to|(?P<must>must|need\s+to)(?=[^.!?\"“”]{1,120}\b(?:by|before|until"
    r"|no\s+later\s+than)\s+\S+(?:\s+\S+){0,3}[.!]$))"
    rf"\s+(?:{_APPLY})\b[^\"“”]{{0,160}}[.!]",
    re.IGNORECASE,
)
# A fact a notice carries in a relative clause: "…, which covers up to half the cost of
# exports", "…, under which 50 cadets will train in Japan each year": the news, not furniture.
_CARRIES = re.compile(
    r",\s*(?:(?:under|through|by|in)\s+)?(?:which|whereby)\b|\bunder\s+which\b", re.IGNORECASE
)

# A page's user told how to work it: "Swipe through the cards …", "Click on any card …".
_WORKS_THE_PAGE = re.compile(
    r"(?:Swipe|Scroll|Tap|Click|Hover|Drag|Toggle|Zoom|Pinch)\s+(?:(?:through|on|down|up|left"
    r"|right|across|over|along|back|in|out|here|below|above)\b|(?:the|a|an|any|each|every|this"
    r"|these|our|your)\s|to (?:explore|expand|enlarge|zoom|see|view|read|continue|begin|start"
    r"|navigate|move|play|open|close|reveal|learn|find|show|hide|filter|compare)\b)"
    r"[^\"“”]{0,160}[.!]"
)
# A piece's agenda to its reader: "This week we read …", "In this explainer we look at …".
_PIECE = (
    r"week|explainer|piece|edition|issue|newsletter|episode|unit|module|session|lecture|class"
    r"|seminar|section|chapter|guide|briefing|column|podcast|video|report"
)
_AGENDA = re.compile(
    rf"(?:(?:In|Over) this|This|In today['’]s|Today['’]s) (?:{_PIECE}),? we(?: will| shall|['’]ll)?"
    r" (?:read(?! in\b| that\b| about\b| reports?\b)|look(?: again| closely| closer)? (?:at|into)"
    r"|examine|consider|compare|explore|ask|study|unpack|trace|turn to|walk (?:you )?through"
    r"|break down|set out)\b(?P<what>[^\"“”]{0,200})[.!]"
)


@cache  # asked per sentence: no path made each time
def _base_verbs() -> frozenset[str]:
    return word_list(Path(__file__).parent.with_name("base_verbs.tsv"))


@cache
def _place_names() -> frozenset[str]:
    """The gazetteer's names and demonyms (places.tsv, which pages.gazetteer reads)."""
    rows = Path(__file__).parents[2].joinpath("places.tsv").read_text(encoding="utf-8")
    return frozenset(
        name for row in table_rows(rows, 5) for cell in row for name in cell.split(";")
    )


# A speaker's tag in a line, in any of its forms: "…, according to the ministry", "…, says
# analyst X" (the verb before the name), "…, X said", '"…," officials warned', "…, diplomats
# say" (a plural's). Not a learner's own "…, and say why" or a relative's "…, which the
# minister said …".
_SAYING = (
    r"(?:say|says|said|told|added|adds|asked|noted|notes|wrote|writes|stated|recalled"
    r"|explained|argued|argues|warned|warns|cautioned|urged|insisted|insists|claimed|claims)"
)
_TAG = re.compile(
    r"\baccording to\b"
    r"|,[\"”]?\s+(?:says|said|adds|added|writes|wrote|notes|noted|argues|argued|warns|warned)\s+\w"
    r"|,[\"”]?\s+(?!(?:and|or|then|to|please|so|but|which|who|whom|what|that|when|where|how|if"
    rf"|whether)\b)(?:[\w.'’-]+\s+){{1,6}}?{_SAYING}\b"
)


def speakers_tag(line: str) -> bool:
    """Whether a line carries a speaker's tag (`_TAG`): a news sentence, no form's or
    worksheet's own words."""
    return _TAG.search(line) is not None


def a_verb(word: str) -> bool:
    """Whether a capitalised word opening a sentence is a verb's base form, not a place's
    name ("Japan" is a verb too in WordNet: to lacquer)."""
    verb = word.lower()
    return (
        verb in _base_verbs() and not _NOT_IMPERATIVE.fullmatch(verb) and word not in _place_names()
    )


def instructs(sentence: str) -> bool:
    """Whether the sentence is an instruction to the reader: a verb's base form, its object;
    or points him to a page of the site."""
    text = sentence.strip()
    terms = _QUOTED.findall(text)  # short terms in quotes only, no speaker's tag
    if speakers_tag(text) or not all(map(_TERM.fullmatch, terms)):
        return False  # a speaker's words: "India will NOT be cowed," Singh said.
    if re.search(r"[\"“”]", _QUOTED.sub("", text)):  # a quotation open
        return False
    if _SEARCH.search(text) or usage_note(text):  # Nakatani AND (Singh OR "Raksha Mantri")
        return True
    if not text.endswith((".", "!")):
        return False
    if _ON_A_PAGE.fullmatch(text) or _ADVISED.fullmatch(text) or _POINTED.fullmatch(text):
        return True
    notice = _NOTICE.fullmatch(text)  # a notice's instruction to apply, contact or register
    if notice and not (notice["must"] and notice["market"]) and not _CARRIES.search(text):
        return True
    if _ITSELF.fullmatch(text):  # the guide on itself
        return True
    if (agenda := _AGENDA.fullmatch(text)) and not re.search(r"[A-Z\d]", agenda["what"]):
        return True  # its agenda, naming no place, person or day of the news (dev-s12's does)
    if _WORKS_THE_PAGE.fullmatch(text):  # how to work the page
        return True
    if never := _NEGATIVE.match(text):  # "Do not call him General Nakatani."
        return _WRITING.fullmatch(never[1]) is not None
    if (term := _TERM_OBJECT.match(text)) and terms:  # 'Search "Gen Nakatani" as a phrase.'
        return a_verb(term[1])
    m = _OPENING.match(text)
    if not m or len(text.split()) < MIN_WORDS or not (m[1] or _OBJECT.fullmatch(m[3])):
        return False
    verb = m[2].lower()
    return verb in _base_verbs() and not _NOT_IMPERATIVE.fullmatch(verb)


# A list of advice (an alert's "- Allow an extra hour …", "- Avoid Kartavya Path …", "- Carry
# photo identification; …"): a run of bulleted lines, not led by a line ending in ":" (a
# list the parties agreed to, "The ministers agreed to:", keeps its items), of which
# ADVICE_ITEMS at least instruct by themselves; then an item opening on a verb's base form
# whose first clause has no finite verb instructs too, its object a name or a bare noun.
# Not a news list's item opening on a noun that is a verb too ("- Exercise Dharma Guardian
# will be expanded": "will"), nor a list with fewer instructions than ADVICE_ITEMS.
ADVICE_ITEMS = 2
_MARK = re.compile(r"[-•*–]\s+")
_FIRST_CLAUSE = re.compile(
    r"[^,;:()]*?(?=[,;:()]|\s(?:unless|if|when|while|because|before|after|until|as|so)\s|$)"
)


def advice_lines(texts: Sequence[str]) -> set[int]:
    """The numbers of the lines that are a list of advice's items (above), each marked alike."""
    found: set[int] = set()
    run: list[int] = []
    for number, text in enumerate([*texts, ""]):
        mark = _MARK.match(text)
        if mark and (not run or texts[run[0]][: mark.end()].strip() == mark[0].strip()):
            run.append(number)
            continue
        found |= _advice(texts, run)
        run = [number] if mark else []
    return found


def _advice(texts: Sequence[str], run: list[int]) -> set[int]:
    if not run or (run[0] and texts[run[0] - 1].rstrip().endswith(":")):
        return set()
    bodies = {n: _MARK.sub("", texts[n], count=1) for n in run}
    told = {n: instructs(body) for n, body in bodies.items()}
    if sum(told.values()) < ADVICE_ITEMS:
        return set()
    return {n for n, body in bodies.items() if told[n] or _bare_imperative(body)}


def _bare_imperative(body: str) -> bool:
    """Whether a list's item opens on a verb's base form and has no finite verb in its first
    clause ("Carry photo identification; …", not "Exercise Dharma Guardian will grow.")."""
    words = body.split(maxsplit=1)
    if len(words) < 2 or _QUOTED.search(body) or not a_verb(words[0].strip(",.;:")):
        return False
    first = _FIRST_CLAUSE.match(words[1])
    return first is not None and FINITE.search(first[0]) is None


# A guide's entry: a label of a few words, a colon, and what it names without a verb of its
# own ("Press Information Bureau archive: Government of India releases, searchable by
# ministry and date.", "First reference: Gen Nakatani, Japan's defence minister.").
_ENTRY = re.compile(r"([A-Z][^:.!?\"“”()\[\]]{0,60}):\s+([^:;.!?]+)")
FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|am|has|have|had|will|would|can|could|may|might|must|shall"
    r"|should|do|does|did|[a-z]{3,}ed|I|we|you|he|she|they|it"  # a subject: a clause
    r"|rose|fell|grew|spent|got|came|went|took|made|gave|saw|met|held|kept|left|led|sent|won"
    r"|lost|built|began|brought|bought|stood|ran|set|put|paid|meant|knew|felt|found|became"
    r"|said|told|spoke|wrote|thought)\b",
    re.IGNORECASE,
)
# A word a verb's third person may be, a word after it ("lags the"), not a preposition or a
# stop ("releases by date", "Government of India releases, searchable …").
_THIRD = re.compile(r"\b([a-z]{3,}?)(?:es|s)\b(?= [\w\"“])(?! (?:by|of|from|for|in|on|and)\b)")
# A verb's base form after a plural or a name, before its object: "Alpha and Beta agree to".
_PLURAL_VERB = re.compile(
    r"\b(?:[A-Z]\w+|[a-z]+s)\s+([a-z]+)\s+(?:to|the|an?|their|its|on|with|that)\b"
)
# "than" or "as", a determiner and its noun, a verb in the third person closing the clause
# (before a particle, a comma or the phrase's end): "than the Indian release implies".
_THAN_CLAUSE = re.compile(
    r"\b(?:than|as) (?:the|a|an|this|that|its|their|his|her|our) (?:[\w'’-]+ ){0,3}?"
    r"([a-z]{3,}s)(?=\s*(?:,|$)| (?:on|up|out|off|down)\b)"
)
ENTRY_WORDS = 6  # a label's words at most
# An entry is written in note form, without articles ("First reference: Gen Nakatani",
# "Harbour Archive: ministry releases"); a news run-in has them in its label or opens its
# phrase on a determiner ("The bottom line: no frigate deal", "Outcome of the talks: an
# agreement to …", "The sticking point: the price …").
_ARTICLE = re.compile(r"\b(?:the|a|an)\b|^(?:The|A|An|Our|My|Its|This|That)\b")
_DETERMINED = re.compile(
    r"(?:the|a|an|no|this|that|these|those|its|their|our|his|her|some|any|every|each)\b",
    re.IGNORECASE,
)
# A speaker's turn in a call or an interview: "Name - Firm:", and a turn opening on a courtesy.
_TURN = re.compile(r"\s[-–—]\s")
_COURTESY = re.compile(
    r"(?:Sir|Madam|Ma['’]am|Thanks|Thank|Good|Yes|No|Well|Hello|Hi|Okay|OK|Right|Sure|Indeed"
    r"|Absolutely|Mr|Ms|Mrs|Dr)\b"
)


def reference_entry(line: str) -> bool:
    """Whether the line is a guide's entry: a label of two to six words, a colon, and a
    phrase with no verb of its own (its first clause); not "Frankly, the gap is in industry:
    …", "My read: Japan is moving…", whose label or phrase has a verb, nor a speaker's turn
    ("Minister: Good evening.", "ANCHOR: …", "VO (GV: …): …", "Priya Nair - Harbour
    Capital: Sir, thanks for the opportunity."), nor a news run-in, whose noun phrases keep
    their articles ("The bottom line: no deal.")."""
    m = _ENTRY.match(line.strip())
    if m is None or not 1 < len(m[1].split()) <= ENTRY_WORDS or m[1].isupper():
        return False  # one word or in capitals: a speaker's label ("Minister:", "ANCHOR:")
    if _TURN.search(m[1]) or _COURTESY.match(m[2]):  # "Priya Nair - Harbour Capital: Sir, …"
        return False
    if m[1][-1].isdigit():  # a numbered item's own label ("Point 1: Date of the talks."): its
        return False  # text is the item (body/replies.py reads a reply's points)
    if FINITE.search(m[1]) or _ARTICLE.search(m[1]) or _DETERMINED.match(m[2]):
        return False  # a clause, or a news run-in's noun phrase with its articles
    phrase = m[2]
    third = any(w in _base_verbs() or w + "e" in _base_verbs() for w in _THIRD.findall(phrase))
    third = third or any(w in _base_verbs() for w in _PLURAL_VERB.findall(phrase))
    return not (FINITE.search(phrase) or third or _compares_with_a_clause(phrase))


def _compares_with_a_clause(phrase: str) -> bool:
    """Whether the phrase measures against a clause of its own, a subject and its verb
    closing it ("rather less than the release implies", "more than the summary lets on"):
    an answer's run-in, no entry ("Coverage: wider than the print edition." is one)."""
    for m in _THAN_CLAUSE.finditer(phrase):
        word = m[1]
        forms = {word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else ""}
        if forms & _base_verbs():
            return True
    return False
