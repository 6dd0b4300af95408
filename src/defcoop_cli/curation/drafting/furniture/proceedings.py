"""A briefing's words about itself: the speaker running the session, not reporting. In a
transcript, a sentence made only of the words of greeting, opening, handing over and
closing a session ("Good afternoon, friends.", "I will begin with one announcement and then
take your questions.", "That is all from my side. The floor is open.", "Thank you all. We
will meet again next week.", "With that, I am happy to take a few questions.") says nothing
of the talks: furniture, as a courtesy is (furniture/asides.py asks it in a transcript's
turns only); and a questioner's lead-in to a question, without a verb (`leads_in`).

Read by its words, not its phrasing: every word is a function word or one of `SESSION`'s,
at least one of them a session's; no name (no capital past the first word, but "I"); and it
is short. "We will meet again next year in Tokyo" names a place; "The ministers agreed to
meet again next week" has words of the talks: neither is furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.furniture.apparatus.instructions import FINITE

# Function words: pronouns, determiners, auxiliaries, prepositions, conjunctions.
_FUNCTION_WORDS = """
    a an the and or but so then now with that this these those is are was were be been
    am will would shall should can could may might must do does did have has had i me my mine we
    us our you your yours all any some one few couple of on in at to for from up over
    by it its there here again just also very as if please let let's today i'll we'll after
    which"""
_FUNCTION = frozenset(_FUNCTION_WORDS.split())
# A session's own words: greeting, thanking, opening, handing over, closing, meeting again;
# and a call's operator's ("As a reminder, all participant lines will be in listen-only
# mode.", "I now hand the conference over to the management.").
_SESSION_WORDS = """
    good morning afternoon evening friends everyone everybody colleagues ladies gentlemen
    welcome thank thanks namaskar namaste begin start started starting opening open floor
    take taking questions question announcement announcements announce side briefing
    session conclude concludes concluding concluded close closing end ending wrap meet see
    next week weeks month soon time happy glad go ahead first brief short remarks readout
    update over back press conference media coming joining enjoy tonight
    day reminder participant participants line lines listen only mode hand handing call
    disconnect management sir madam answer further no comments stop pause notice hi hello
    dialing dialling late operator more straight point points second third last
    two three four five"""
SESSION = frozenset(_SESSION_WORDS.split())
# The words that make it a session's (a sentence of function words and these alone).
_PROCEDURE = SESSION - {
    "good",
    "happy",
    "glad",
    "first",
    "next",
    "time",
    "back",
    "over",
    "brief",
    "short",
    "second",
    "third",
    "last",
}
MAX_WORDS = 16
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


# A speaker announcing what he will report on: "Let me first report on my visit to Gamma.",
# "I would like to say a few words about my trip to Gamma." (what he then says is the news).
# "Let me first say a word about Pahalgam." (a subject by its name, what follows tells it).
_ANNOUNCES = re.compile(
    r"(?:Let me|(?:I|[Mm]y colleague) (?:will|shall|would like to|want to))\s+"
    r"(?:first\s+|now\s+|briefly\s+)?"
    r"(?:report|speak|say a (?:few )?words?|brief you|give (?:you\s+)?an? (?:brief\s+)?"
    r"(?:account|readout|overview))\s+(?:on|about|of)\s+(?:(?:my|our|the|today's)\s+(?:\w+\s+)?"
    r"(?:visit|trip|travel|talks|meeting|side)(?:\s+(?:to|in|with)(?:\s+[A-Z][\w-]*){1,3})?"
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\W*$"
)
# A sitting's procedure: "The meeting is called to order at 9:00 a.m.", "The House stands
# adjourned."
_ORDER = re.compile(
    r"(?:the )?(?:meeting|sitting|session|house|committee|hearing) (?:is|was|stands|is now)"
    r" (?:called to order|adjourned|resumed|suspended)"
    r"(?: (?:at|till|until|for|on)\b[^!?]{0,30}| sine die)?\W*",  # "at 9:00 a.m."
    re.IGNORECASE,
)


# A session's running with names in it: calling the next questioner ("The next question is
# from the line of Ana Perl from Harbour Capital."), welcoming to the session by its name
# ("Ladies and gentlemen, good day and welcome to the Q4 earnings call of Alba Yards."),
# closing it ("On behalf of Alba Yards, that concludes this conference.").
_RUNS_NAMED = re.compile(
    r"(?:(?:and )?(?:the|our) (?:first|next|last|following|final) question (?:is|comes) from"
    # a greeting to those listening at several places, by the places' names alone: "Good
    # afternoon, colleagues in Pune, Nagpur and Kochi." ("Good afternoon, colleagues in
    # Pune, where the ministers met." says more: body)
    r"|(?:good (?:morning|afternoon|evening|day)|hello|greetings|welcome),? (?:to )?(?:all )?"
    r"(?:(?:my|our|dear) )?(?:colleagues|friends|everyone|all|teams?|staff|members)(?: joining)?"
    r" (?:in|at|from|across) (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)?"
    r"(?:,? (?:and )?(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)?)*\W*$"
    r"|(?:ladies and gentlemen,\s*)?(?:good (?:day|morning|afternoon|evening)(?:,| and)\s*)?"
    r"(?:a (?:very )?warm )?welcome to (?:the|this|our|today's)(?: [\w&'’-]+){0,8}? (?:call|"
    r"conference|briefing|session|webinar|podcast|programme|program|show|broadcast|lecture"
    r"|seminar|talk|keynote|series|event|forum)\b"
    # the chair's hand-over to the speaker or thanks to him by name: "Please welcome
    # Professor X.", "Please join me in thanking Ambassador X.", "X, the floor is yours."
    r"|(?:(?:so|now|on that note|with that),? )?(?:please (?:join me (?:in )?)?|join me in "
    r"|let us |let's )(?:welcom(?:e|ing)|thank(?:ing)?) (?-i:[A-Z])[\w.'’-]*"
    r"(?: (?-i:[A-Z])[\w.'’-]*){0,3}(?=[.!]?$)"
    r"|(?:[\w.'’-]+ ){0,3}?[\w.'’-]+, the floor is (?:yours|now yours)"
    r"|(?:on behalf of [^,]{1,60},\s*)?(?:that|this) concludes (?:this|the|today's|our)"
    r"(?: [\w-]+)? (?:call|conference|briefing|session|webinar|programme|program|show)\b)"
    r"[^!?,;]{0,100}",
    re.IGNORECASE,
)


# An unnamed briefer by his label's words ("Official One", "Senior Official Two", "Official
# A", "First official"): no name, the one the session hands over to. "Official" alone is no
# session's word: "The officials will meet again next month." is the talks' news.
_BRIEFER = re.compile(
    r"\b(?:(?:[A-Z][a-z]+ ){0,2}(?:Official|Briefer) (?:One|Two|Three|[A-E1-5])"
    r"|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Nn]ext) (?:official|briefer))\b"
)
# A briefing's terms of attribution: a line headed by them ("GROUND RULES: On background.
# …", "ATTRIBUTION: Not for attribution. …", "Terms: The officials spoke on condition that
# they are not named. …"), which says how its words may be used, not what was said.
_TERMS_HEAD = re.compile(
    r"(?i)^\s*(?:ground rules|attribution|terms(?: of (?:the )?(?:briefing|call|attribution))?"
    r"|briefing rules|rules of (?:the )?(?:briefing|call))\s*:\s+\S"
)
# The terms' words of attribution alone: "named", "recorded" or "broadcast" alone are any
# text's ("Terms: … the vessels will be named after rivers.").
_TERMS_WORDS = re.compile(
    r"(?i)\b(?:on (?:deep )?background|attribut\w*|anonymity|off the record"
    r"|not (?:to be |be )?(?:named|identified|quoted))\b"
)
# The terms restated in a briefing's turns: "A reminder that this was on background: …",
# "Again, please attribute to a senior … official.", "They will be identified in this
# transcript as …", "Please remember these are … officials, not to be named." The terms'
# own phrases, next to the reminder: "named" or "described as" alone are any report's.
_TERMS_ARE = (
    r"(?:on (?:deep )?background|not for attribution|off the record|no names"
    r"|not (?:to be |be )?(?:named|identified|quoted)|attribut\w* (?:to|as)\b)"
)
_SESSION_IS = (
    r"(?:(?:this|the) (?:call|briefing|session|conversation)|this|it|these (?:remarks|comments))"
    r" (?:is|was|will be|remains|are)(?: all| still| strictly)?"
)
_TERMS_SAID = re.compile(
    rf"(?i)(?:^|\b)(?:(?:a |as a )?reminder,? (?:that )?{_SESSION_IS} {_TERMS_ARE}"
    rf"|please (?:attribute|(?:remember|note) (?:that )?(?=[^.!?]*\b{_TERMS_ARE}))"
    r"|please refer to (?:the|our|them|him|her)\b[^.!?]{0,40}\bas\b"
    r"|(?:identified|referred to|described|quoted|cited) (?:in this transcript|here|only) as\b"
    r"|(?:identified|referred to|described|quoted|cited) as (?:[\"“]|(?-i:Senior|Official))"
    rf"|{_SESSION_IS} {_TERMS_ARE})"
)
TERMS_WORDS = 30  # a restatement of the terms is a sentence of at most so many words


def terms_lines(lines: Sequence[str]) -> set[int]:
    """The lines headed by a briefing's terms of attribution (see _TERMS_HEAD), words of
    attribution in them; a transcript's (furniture/asides.py asks it only there)."""
    return {
        n for n, line in enumerate(lines) if _TERMS_HEAD.match(line) and _TERMS_WORDS.search(line)
    }


# A background briefing's own signs in its head: its title's "Background Briefing",
# "Not-for-Attribution Call", its terms' "On background", "they are not named".
_BACKGROUND = re.compile(
    r"(?i)\b(?:(?:deep )?background (?:briefing|call|session)|on (?:deep )?background"
    r"|not[- ]for[- ]attribution|off[- ]the[- ]record|not (?:to be |be )?named)\b"
)
BACKGROUND_LINES = 12  # the title and the terms stand among a transcript's first lines


def on_background(lines: Sequence[str]) -> bool:
    """Whether the piece's head says it is a background briefing, its words not to be
    attributed by name (where `restates_terms` reads its turns)."""
    return any(_BACKGROUND.search(line) for line in lines[:BACKGROUND_LINES])


def restates_terms(sentence: str) -> bool:
    """Whether a background transcript's sentence restates or applies the briefing's terms
    of attribution (_TERMS_SAID): how the briefers may be named, not what they said."""
    return len(sentence.split()) <= TERMS_WORDS and _TERMS_SAID.search(sentence) is not None


# The host's introduction of the briefers and the session's ground rules: "We have two
# senior officials with us who …", "Two officials who were present at the talks will brief
# you.", a staff meeting's "Chairman sir was at the talks and will brief us before taking
# your questions." (a title and the honorific "sir" or "madam" naming the one who will
# speak), "Our briefer travelled with the Minister and …", "I request you to keep questions
# to the visit." Who speaks and how to ask, not what was said: "Two officials said the
# talks …" tells the talks; so do a minister's "Our guests were shown the submarine line."
# (what was done with them) and "Two officials will brief you on that tomorrow, and they
# will sign …" (a clause beyond the briefing).
_INTRODUCES = re.compile(
    r"(?:we have|with us (?:today |tonight |now )?(?:is|are)|joining us (?:today |now )?"
    r"(?:is|are)) (?:[\w-]+ ){0,3}(?:officials?|briefers?|speakers?|guests?|colleagues?) "
    r"with us\b"
    r"|(?:[\w-]+ ){0,3}(?:officials?|briefers?|speakers?|colleagues?|sir|madam|ma'am)\b"
    r"[^.!?]{0,60}? will (?:brief (?:you|us)|take your questions|answer your questions"
    r"|speak to (?:you|us)|address (?:you|us))\b[^,;:.!?]*\W*$"
    r"|our (?:briefers?|speakers?|guests?) (?:travell?ed|(?:was|were|has been|have been)"
    r"(?!\s+(?:\w+ed|shown|given|taken|seen|told|flown|driven|made|met)\b)|sat|accompanied)\b"
    # the host's closing logistics: where the questions not taken go, when the next such
    # session is ("Questions we could not take can be sent to … and will be answered …",
    # "The next town hall will be held after the holidays."; "The next round of talks will
    # be held in Tokyo." is the talks' news)
    r"|(?:(?:the |any |other |remaining )?(?:questions|queries)\b[^.!?]{0,60}? (?:can|may"
    r"|should|will) be (?:sent|e-?mailed|mailed|submitted|posted|forwarded|emailed)\b"
    r"|the next (?:town ?hall|all-hands|webinar|briefing|press conference|call|episode"
    r"|programme|show) (?:will be held|will take place|is|will be)\b)[^!?]{0,160}$"
    r"|(?:(?:i|we) (?:would )?(?:request|ask|urge) (?:you|everyone|all of you)(?: all)? to"
    r"|please) (?:keep|limit|confine|restrict) (?:your |the )?questions\b",
    re.IGNORECASE,
)
INTRODUCTION_WORDS = 24  # an introduction or a ground rule is a sentence of so many words


def runs_the_session(sentence: str) -> bool:
    """Whether a transcript's sentence only runs the session (see the module's doc), or
    introduces its briefers or sets its ground rules (_INTRODUCES)."""
    if _ANNOUNCES.match(sentence.strip()) or _ORDER.fullmatch(sentence.strip()):
        return True
    if len(sentence.split()) <= INTRODUCTION_WORDS and _INTRODUCES.match(sentence.strip()):
        return True
    if _RUNS_NAMED.fullmatch(sentence.strip()):
        return True
    text, briefers = _BRIEFER.subn(" ", sentence)  # "Official One will begin"
    words = _WORD.findall(text)
    if not (words or briefers) or len(words) + briefers > MAX_WORDS:
        return False
    if any(w[:1].isupper() and w != "I" for w in words[1:]):
        return False  # a name
    lower = [w.lower().replace("’", "'").removesuffix("'s") for w in words]  # "today's"
    return all(w in _FUNCTION or w in SESSION for w in lower) and (
        briefers > 0 or any(w in _PROCEDURE for w in lower)  # "Second official.": called on
    )


# Finite verbs a statement needs: a questioner's words without one only lead to a
# question ("A follow-up, sir.", "Sir, one more.", "On the drills, madam.").
_FINITE_WORDS = """is are was were be been am has have had will would can could shall should
    may might must did does do said says met told"""
_FINITE = frozenset(_FINITE_WORDS.split())
LEAD_IN_WORDS = 6


def leads_in(sentence: str) -> bool:
    """Whether a questioner's sentence only leads in to a question: short, with no verb
    (no finite verb of `_FINITE`, no word in -ed); a questioner's assertion ("This was
    your second meeting with Minister Singh.") has one and stays a statement (R3)."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    return 0 < len(words) <= LEAD_IN_WORDS and not any(
        w in _FINITE or w.endswith("ed") for w in words
    )


# A legislature's presiding officer's label opening a line of its record: "MR. CHAIRMAN:",
# "MADAM SPEAKER:", "THE DEPUTY CHAIRMAN:", "HON. SPEAKER:", "THE PRESIDING OFFICER
# (SHRI A. B. RAO):". What the chair says there calls members, the next item, order.
_PRESIDING = re.compile(
    r"(?:(?:MR|MADAM|MADAME|MS|MRS|HON|THE)\.? )*(?:(?:DEPUTY|VICE|ACTING) )?"
    r"(?:CHAIRMAN|CHAIRPERSON|CHAIRWOMAN|CHAIR|SPEAKER|PRESIDING OFFICER|PRESIDENT)"
    r"(?: \([^()\n]{1,60}\))?:\s"
)


def presides(line: str) -> bool:
    """Whether the line is the presiding officer's in a legislature's record: procedure,
    no statement of the debate (a label in capitals, as its record writes it)."""
    return _PRESIDING.match(line) is not None


# A speaker's thanks to the hosts or the audience, the whole sentence in the first person
# ("I thank the Government and people of India for their warm hospitality.", "Finally, I
# would like to thank our friends …, many of whom are here tonight."): a courtesy of the
# occasion, no statement of the talks. Thanks for an act ("We thank Japan for its
# solidarity") names no hospitality, welcome or presence, and stays a statement.
_THANKS_HOSTS = re.compile(
    r"(?:(?:finally|lastly|once again|in closing|above all|and),\s+)?(?:i|we)"
    r" (?:would like to |wish to |want to |must )?(?:also )?(?:once again )?"
    r"(?:thank|express (?:my|our) (?:sincere |deep |heartfelt )?(?:gratitude|thanks) to)\b"
    r"(?=[^\"“”]{0,200}?\b(?:hospitality|warm welcome|reception|here (?:tonight|today|this"
    r" evening)|for (?:joining|coming|attending|being here|having (?:me|us))|your (?:time|"
    r"attention|patience)))[^\"“”]{0,200}",
    re.IGNORECASE,
)
# A call's operator or speaker handing the call over or pointing to the firm's contacts:
# "As there are no further questions, I would now like to hand the conference back to the
# management for closing comments.", "If you have any further questions, please reach out
# to our investor relations team."
_HANDS_OVER = re.compile(
    r"(?:(?:as|since) there are no (?:further|more) questions,?\s+)?(?:i|we)"
    r" (?:would |will )?(?:now )?(?:like to )?hand (?:the (?:conference|call|floor|session"
    r"|line|proceedings) |it )?(?:back |over )?(?:to|over to)\b[^.!?\"“”]{0,80}"
    r"|if you have (?:any )?(?:further |more |other )?(?:questions|queries)\b[^.!?,]{0,30},"
    r"\s*please (?:reach out|contact|write|get in touch|e-?mail|call)\b[^.!?\"“”]{0,80}",
    re.IGNORECASE,
)
# A meeting's minutes recording its own procedure: opening, the vote, the close ("1. The
# Chairman welcomed the shareholders and declared the meeting open.", "4. The resolutions
# in the notice were carried by a show of hands.", "The meeting ended with a vote of
# thanks to the Chair."): the meeting's form, no statement of what was said in it.
_MINUTED = re.compile(
    r"(?:\d{1,2}[.)]\s+)?(?:"
    r"the (?:chair(?:man|person|woman)?|president|presiding officer)\b[^.!?\"“”]{0,80}"
    r"\bdeclared the (?:meeting|session|sitting|proceedings) (?:open|opened|closed)"
    r"|(?:the |all (?:the )?)?(?:resolutions?|motions?)\b[^.!?\"“”]{0,60}\b(?:was|were)"
    r" (?:duly )?(?:carried|passed|adopted|approved)\b[^.!?\"“”]{0,10}"
    r"\b(?:by (?:a )?show of hands|by (?:a )?poll|unanimously|by (?:a |the requisite )?majority)"
    r"|the (?:meeting|session|sitting|proceedings) (?:ended|closed|concluded|terminated"
    r"|came to an end)(?: at [^.!?]{1,20})? with a vote of thanks(?: to the [\w ]{1,30})?)",
    re.IGNORECASE,
)


# A questioner announcing what he will ask, asking nothing yet (R3): "I would like to ask
# about the maritime situation.", "Let me ask the Minister about the drills."
_ASKS_ABOUT = re.compile(
    r"(?:(?:first|next|now|finally),\s+)?(?:i (?:would like to|wish to|want to|will|shall)"
    r"|let me|allow me to|may i)\s+(?:now |also |next |first |briefly )?(?:ask|put a question"
    r"|raise a question)(?: (?:you|the (?:hon(?:ourable|\.)? )?(?:minister|government)))?"
    r" (?:about|on|regarding|concerning)\b[^.!?\"“”]{0,80}",
    re.IGNORECASE,
)


def occasion_formula(sentence: str) -> bool:
    """Whether the sentence is the occasion's own form, in any text: a speaker's thanks to
    the hosts or the audience, a call handed over or its contacts, a minuted procedure, a
    question announced."""
    text = sentence.strip().rstrip(".!")
    return any(p.fullmatch(text) for p in (_THANKS_HOSTS, _HANDS_OVER, _MINUTED, _ASKS_ABOUT))


_ANSWER_WORDS = 4
_YES_NO = frozenset({"yes", "no"})


def bare_answer(sentence: str) -> bool:
    """Whether a turn's sentence is an answer's bare "yes" or "no" with a word or two and
    no verb ("Not overnight, no.", "Yes, certainly."): it asserts nothing without the
    question it answers."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    if not 0 < len(words) <= _ANSWER_WORDS or not {words[0], words[-1]} & _YES_NO:
        return False
    return not any(w in _FINITE or w.endswith("ed") for w in words)


# A transcript's head line as a field ("Panel: A, former envoy; B, analyst", "Guests: …"),
# or its words without their brackets unpunctuated ("Programme transcript (edited …)").
_HEAD_FIELD = re.compile(r"[A-Z][\w'’ -]{0,30}:\s+\S")
_IN_BRACKETS = re.compile(r"\s*\([^()]*\)|\s*\[[^\[\]]*\]")


def head_lines(lines: Sequence[str], first: int) -> set[int]:
    """A transcript's head, the lines before its first speaker's label (at line first):
    each line with no finite verb outside its brackets, a field (its roster of who takes
    part, its anchor, its broadcast) or a title (its note on itself), is furniture; a
    sentence introducing the transcript is its own."""
    found = set()
    for n, line in enumerate(lines[:first]):
        bare = _IN_BRACKETS.sub("", line).strip()
        unpunctuated = not re.search(r"[.!?…\"”’]$", bare)
        if bare and (unpunctuated or _HEAD_FIELD.match(bare)) and not FINITE.search(bare):
            found.add(n)
    return found
