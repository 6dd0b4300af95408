"""Function phrases: runs of words that, together, say how a sentence is put, not what it is
about. "At the time of the meeting" dates what is asked ("the time" is no word to look
for: it found "timely"); "for its part" turns to one party ("part" found "part of the
regular dialogue"); "on the sidelines of", "in addition to", "as far as … is concerned"
only frame the words around them. A query's function phrases are dropped, as its function
words are (words.STOPWORDS); the facts' texts keep them. Each phrase is listed with what it
means; "of", "to" or "with" that end one are its own, so the words either side of it are
not read as joined by "of" (text._joined_pairs).
"""

import re
from collections.abc import Callable, Sequence

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase.limits import MAX_QUERY_CHARS
from defcoop_cli.lookup.search.reading.written import writers
from defcoop_cli.lookup.search.reading.written.formal import occasion_after
from defcoop_cli.lookup.search.reading.written.uses import LABEL, PARAGRAPHS
from defcoop_cli.lookup.search.words import STOPWORDS
from defcoop_cli.patterns import Lazy

# An exam's words for picking an option, and for a topic of the day ("recently in news").
_CHOOSE = ("select", "choose", "pick", "mark", "identify")
_OPTION = ("answer", "answers", "option", "options", "code", "codes", "statement", "statements")
_CONSIDER = ((), ("consider",), ("of",))
_ITEMS = ((), ("statements",), ("statement",), ("pairs",), ("the", "statements"), ("the", "pairs"))
_COPULAS = (("is",), ("are",), ("is", "are"))
_VERDICTS = ("correct", "incorrect", "true", "false")
_IN_NEWS = (("in", "news"), ("in", "the", "news"))
_IN_NEWS_BEFORE = tuple(
    (*a, *s) for a in ((), ("recently",), ("often",), ("sometimes",)) for s in ((), ("seen",))
)
_MEANS = tuple(
    (v, p)
    for p, vs in (("to", ("refers", "refer", "relates", "relate")), ("for", ("stands", "stand")))
    for v in vs
)
# Each phrase's words (as words.tokens reads them: lower case, no apostrophes) and its
# meaning. Longer phrases first where one starts another.
FUNCTION_PHRASES: dict[tuple[str, ...], str] = {
    # time: when something was so
    ("at", "the", "time", "of"): "when … happened",
    ("at", "the", "time"): "then",
    ("at", "that", "time"): "then",
    ("back", "then"): "then",
    ("at", "present"): "now",
    ("at", "the", "moment"): "now",
    ("these", "days"): "now",
    ("right", "now"): "now",
    ("so", "far"): "until now",
    **{(p, *t, "recent", "years"): "lately" for p in ("in", "over") for t in ((), ("the",))},
    ("as", "yet"): "until now",
    ("in", "the", "wake", "of"): "after",
    ("in", "the", "run", "up", "to"): "before",
    ("in", "the", "course", "of"): "during",
    ("on", "the", "sidelines", "of"): "during, at the margins of (a meeting)",
    # a result ("what came out of the meeting", "what came of it")
    **{
        (c, *o): "resulted from"
        for c in ("come", "comes", "came", "coming")
        for o in (("out", "of"), ("of",))
    },
    # how two parties went on together ("how did the two leaders get along"): text.hits
    # reads it as "how did … go" (GETTING_ON)
    **{(g, w): "went" for g in ("get", "got", "getting") for w in ("along", "on")},
    # saying: "what did they talk about drones" asks what was said of drones; last in the
    # query ("what did they talk about") or before its occasion ("… talk about at the
    # meeting", "… in delhi": formal.occasion_after) "talk" is what is asked about (SAYING)
    **{(t, "about"): "said of" for t in ("talk", "talks", "talked", "talking", "speak", "spoke")},
    # the asker's keeping of the answer ("date and venue for the record", "names for our
    # records", "for the file"): what she will do with it, not what it is about
    **{
        ("for", *d, r): "(to be noted)"
        for d in ((), ("the",), ("my",), ("our",), ("your",))
        for r in ("record", "records", "minutes", "file", "files")
    },
    # a party's turn
    **{
        ("for", p, "part"): f"as for {o}"
        for p, o in (("its", "it"), ("their", "them"), ("his", "him"), ("her", "her"))
    },
    ("on", "the", "part", "of"): "by",
    ("on", "behalf", "of"): "for",
    # a topic named
    ("in", "terms", "of"): "about",
    ("with", "reference", "to"): "about",
    ("in", "reference", "to"): "about",
    ("with", "regard", "to"): "about",
    ("in", "regard", "to"): "about",
    ("with", "respect", "to"): "about",
    ("as", "regards"): "about",
    ("when", "it", "comes", "to"): "about",
    ("as", "far", "as"): "about (with '… is concerned' after)",
    ("as", "part", "of"): "within",
    **{(n + s, "of"): "about" for n in ("aspect", "dimension", "facet") for s in ("", "s")},
    ("how", "well"): "how (its question word kept)",
    # adding and joining
    ("as", "well", "as"): "and",
    ("in", "addition", "to"): "besides",
    **{(w, "with"): "and" for w in ("along", "together")},
    # a reciprocal pronoun: the parties act on one another ("help each other in floods")
    **{r: "one another (the parties themselves)" for r in (("each", "other"), ("one", "another"))},
    # cause, means, purpose, manner
    ("in", "the", "light", "of"): "because of",
    ("in", "light", "of"): "because of",
    ("in", "view", "of"): "because of",
    ("as", "a", "result", "of"): "because of",
    ("in", "the", "face", "of"): "against",
    ("in", "spite", "of"): "despite",
    ("by", "way", "of"): "by, as",
    ("by", "means", "of"): "by",
    ("in", "order", "to"): "to",
    ("so", "as", "to"): "to",
    ("in", "line", "with"): "as … says",
    ("in", "english"): "as written (the article's language)",
    # hedges and stress
    ("in", "particular"): "especially",
    ("at", "least"): "no fewer than",
    ("in", "fact"): "indeed",
    ("of", "course"): "as expected",
    ("a", "lot", "of"): "much",
    ("lots", "of"): "much",
    **{(k, "of"): "which" for k in ("kind", "sort", "type")},
    # an exam's multiple-choice stem: "which of the following", "consider the following
    # statements", "which of the statements given above is/are correct", "select the
    # correct answer", "X, recently in the news, is"; "the term X refers to" asks what X is
    **{(*c, "the", "following", *n): "the options given" for c in _CONSIDER for n in _ITEMS},
    **{(*n, "given", w): "the options given" for n in _ITEMS for w in ("above", "below")},
    **{(*c, *n, v): "is true" for c in _COPULAS for n in ((), ("not",)) for v in _VERDICTS},
    **{(v, "the", "correct", w): "which is true" for v in _CHOOSE for w in _OPTION},
    **{("correct", w): "which is true" for w in _OPTION},
    **{(*a, *n): "(a topic of the day)" for a in _IN_NEWS_BEFORE for n in _IN_NEWS},
    **{(v, p): "means" for v, p in _MEANS},
}
# "As far as space is concerned": the closing words of "as far as".
CONCERNED = frozenset((v, "concerned") for v in ("is", "are", "was", "were"))
# The phrases that ask what held then (a query with one: words.Query.then): a curator's note
# that dates or corrects what the article says answers them as a yes-no question's does.
THEN = frozenset(p for p, means in FUNCTION_PHRASES.items() if means in ("then", "when … happened"))
GETTING_ON = frozenset(p for p, means in FUNCTION_PHRASES.items() if means == "went")
SAYING = frozenset(p for p, means in FUNCTION_PHRASES.items() if means == "said of")
WHEN, ASKING_ELSE = "when", frozenset(["what", "which", "who", "whom", "whose", "where"])
HAPPENING = frozenset(["happen", "happens", "happened", "happening", "occurred", "occur"])
_LONGEST = max(len(p) for p in FUNCTION_PHRASES)
_FIRSTS = frozenset(p[0] for p in FUNCTION_PHRASES)
# A question frame: "what did Tokyo make of the attack" asks what Tokyo thought of it;
# "make" there is how the question is put (not Make in India).
FRAME_WORD, FRAME_AFTER, FRAME_ASKING = "make", "of", "what"


# "The meeting between Singh and Nakatani": "between" after a gathering's noun only
# introduces its parties, whom the names say; elsewhere it is a word the facts use ("an
# exercise between the Indian and Japanese armies", "between the two establishments").
BETWEEN = "between"
GATHERINGS = frozenset(["meeting", "meetings", "talks", "discussion", "discussions", "dialogue"])


def without_function_phrases(words: list[str], framed: bool = False) -> list[str]:
    """The words without their function phrases (and "make" of "what did X make of Y", and
    "between" after a gathering's noun); of a verifier's claim (framed), without its verbs
    of mention: "the ministers named UNCLOS" claims what was said, not the saying."""
    if framed:
        words = [w for w in words if w not in MENTIONING]
    if BETWEEN in words:
        words = [w for i, w in enumerate(words) if not _introduces_parties(words, i)]
    if _FIRSTS.isdisjoint(words) and FRAME_WORD not in words:  # most queries
        return words
    out: list[str] = []
    i, far = 0, False
    while i < len(words):
        size = _phrase_at(words, i)
        if size and tuple(words[i : i + size]) in SAYING and occasion_after(words[i + size :]):
            size = 0
        if size:
            far = far or tuple(words[i : i + size]) == ("as", "far", "as")
            i += size
            continue
        two = tuple(words[i : i + 2])
        if far and two in CONCERNED:
            i += 2
            continue
        if two == (FRAME_WORD, FRAME_AFTER) and FRAME_ASKING in words[:i]:
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def _introduces_parties(words: list[str], i: int) -> bool:
    return words[i] == BETWEEN and i > 0 and words[i - 1] in GATHERINGS


def _phrase_at(words: list[str], i: int) -> int:
    """The length of the longest function phrase starting at words[i], or 0."""
    if words[i] not in _FIRSTS:
        return 0
    for size in range(min(_LONGEST, len(words) - i), 1, -1):
        if tuple(words[i : i + size]) in FUNCTION_PHRASES:
            return size
    return 0


def says_then(words: list[str]) -> bool:
    """Whether the words hold a phrase that asks what held then ("at the time"), or a
    clause of "when" in a question that asks something else of a state ("which office did
    he hold when he met Singh"; not "what happened when they met", which asks for events)."""
    if WHEN in words[1:] and words[0] in ASKING_ELSE and HAPPENING.isdisjoint(words):
        return True
    if _FIRSTS.isdisjoint(words):
        return False
    return any(tuple(words[i : i + len(p)]) == p for i in range(len(words)) for p in THEN)


# The asker's own context, a clause of its own before or after the question: "I'm writing a
# briefing for tomorrow, what did Japan say…", "what did Japan say? I need it for a class".
# It tells who asks and why, never what the fact base holds; a clause that asks "about" or
# "on" something, or names something, is a question all the same ("we want to know about
# australia", "my notes say Malabar").
_OWN_CONTEXT = re.compile(r"(?i)^\s*(?:i|i'm|i’m|im|i am|i've|i’ve|we|we're|we’re|we are|my|our)\s")
_CLAUSES = re.compile(r"[,;.?!:]+\s+|(?<!\s)\s+[-–—]\s+")
_ASKS = frozenset(
    ["what", "who", "whom", "whose", "where", "when", "how", "why", "which", "about", "on"]
) | frozenset(["regarding", "concerning", "re"])
_WORD = re.compile(r"[a-z]+")
_NAMED = re.compile(r"(?<=\s)[A-Z]")


def without_own_context(text: str) -> str:
    """The query without a clause in which the asker speaks of themself (first person, no
    question word or "about", no name after its first word), when another clause remains."""
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    if len(clauses) < 2:
        return text
    kept = [c for c in clauses if not _own(c)]
    return ", ".join(kept) if kept and len(kept) < len(clauses) else text


def _own(clause: str) -> bool:
    words = set(_WORD.findall(clause.lower()))
    named = _NAMED.search(clause.strip())  # "my notes say Malabar": a name
    return _OWN_CONTEXT.match(clause) is not None and not words & _ASKS and not named


# A verifier's frame (issue 25): the words a fact-checker, a newsroom's standards editor, a
# debate judge or a wiki editor puts around the claim they check: "claim …", "fact check:
# …", "is it true that …", "can we say …", "our copy says …", "my opponent claims …",
# "[citation needed] …", "… - is that right?". They say that a claim is being checked, not
# what it is about: the claim is searched for, asked as a yes-no question is (a curator's
# note may settle it). A label of the frame ends at a colon, a dash or a space; several may
# stand one after another ("standards check: article says …", "verify-claim-…").
_LABELS = (
    r"\[?citation needed\]?|cit(?:e|ation) check|failed verification|fact[- ]?check(?:ed|ing)?"
    r"|verif(?:y|ied|ication)|source (?:check|verification)|standards (?:check|query|note)"
    r"|point of information|rebuttal|true or false|claims?|confirm|check|debunk(?:ed|ing)?"
)
_ASKING = (  # "is it true", "can we say", "is there evidence", "does the source support"
    r"(?:is|was) (?:it|this) (?:true|correct|accurate|right|so|a fact)"
    r"|(?:can|could|may|should) (?:we|i) (?:say|report|write|claim|state)"
    r"|(?:is|was) there (?:any )?(?:evidence|proof|basis|support|source)(?: (?:that|for|of))?"
    r"|(?:do|does|did) (?:the|our|this|that|your|their) (?:source|article|piece|ref|reference"
    r"|report|story|citation|text|page) (?:support|say|back|confirm|state|show|source)s?"
)
_SAYERS = (  # "our copy says", "my opponent claims", "the opposition argues"
    r"(?:(?:our|my|the|this|your|their|a) )?(?:copy|headline|story|draft|piece|opponent"
    r"|opposition|motion|editor|reporter|writer|source|article|wiki|page|entry|post|caption"
    r"|speaker)s? (?:says|said|claims|claimed|asserts|asserted|states|stated|argues|argued"
    r"|holds|maintains|contends|suggests|reports|writes|wrote)"
)
_CLAIMED = r"(?:(?:the|its) (?:claim|line|statement|assertion|sentence|idea)s?\b\s*)?(?:that\b\s*)?"
_ENDS = r"\s*:\s*|\s*[\-–—]+(?:\s+|$)|\s+(?:[\-–—]+\s*)?"  # "check - …", not "check-in"
_FRAME = Lazy(rf"(?i)^\s*(?:(?:{_LABELS})(?:{_ENDS})|(?:{_ASKING}|{_SAYERS})\s+){_CLAIMED}")
_SLUG_FRAME = Lazy(rf"(?i)^\s*(?:{_LABELS})[:\-–—]+")  # a slug's "verify-claim-…": no spaces
_CHECKED = Lazy(  # "… - is that right?", "… true or false"
    r"(?i)\s*(?:[-–—,;:]\s*)?(?:(?:is|was) (?:that|this|it) (?:right|true|correct|accurate|so)"
    r"|true or false|right or wrong|fact or fiction)\s*\??\s*$"
)
_FRAMES_AT_MOST = 4  # labels one after another
# A checked claim's verbs of mention: "the ministers named UNCLOS", "the talks covered …"
# claim what was said, which is what to look for; the saying is the frame's.
MENTIONING = frozenset(
    """mention mentions mentioned named cite cites cited cover covers covered invoked
    referenced""".split()  # noqa: SIM905
)


def without_verifying_frame(text: str) -> tuple[str, bool]:
    """The claim without a verifier's frame around it, and whether it had one; the text as
    it is when nothing else would be left."""
    claim = _CHECKED.sub("", text)
    frame = _FRAME if " " in text.strip() else _SLUG_FRAME
    for _ in range(_FRAMES_AT_MOST):
        found = frame.match(claim)
        if found is None or not found.group():
            break
        claim = claim[found.end() :]
    if claim == text or not any(c.isalnum() for c in claim):
        return text, False
    return claim, True


# A quiz's or an exam's frame around a question: a label before a colon that only names
# the kind of question ("trivia:", "quick quiz:", "crossword clue:", "7 down:", "fill in
# the blank:", "true or false:", a signal's "INFO:", "REQ REF:"), a crossword answer's
# letter count ending it ("(8)", "(3,5)"), the numbers of statements to judge ("…: 1. It is
# a naval exercise. 2. …"), and a multiple-choice question's lettered options ("(a) …
# (b) …"): the options are what the stem asks to choose among, not what it asks about, and
# the fact base answers the stem. Options stay where the stem asks about nothing ("which of
# these is correct? (a) … (b) …"). An office's paper is such a frame too: a desk officer's
# label naming the kind of paper being written and whose ("desk note:", "MoD brief:",
# "record of discussion:", "talking points:", "readout:"), the subject after the colon; and
# a service paper's paragraph named for its job ("aim para:", "intro para:"; "aim:" asks).
# "Pahalgam:" names a subject, which stays, as does a name of numbers summed ("2+2: …").
LABEL_WORDS = frozenset(
    """quiz quizzes trivia clue clues crossword puzzle question questions q mcq mcqs gk quick
    app round bonus down across fill blank blanks true false info req ref subj subject attn
    answer desk note notes brief record discussion rod readout talking points tps draft memo
    file noting mod mea service staff paper para paras paragraph""".split()  # noqa: SIM905
)
PARAGRAPH_JOBS = frozenset("aim intro introduction purpose conclusion scope summary".split())  # noqa: SIM905
_LABEL_FUNCTION = frozenset(["in", "the", "a", "or", "and", "of"])
_ENUMERATION = re.compile(r"\s*\(\s*\d+(?:\s*[,-]\s*\d+)*\s*\)\s*[.?!]?\s*$")
_OPTIONS = re.compile(r"(?:^|\s)\(\s*[a-dA-D]\s*\)\s")
_OPTIONS_FROM = 2
_SUMMED = re.compile(r"\d\s*\+\s*\d")  # a name of numbers summed: "2+2"
_NUMBERED = re.compile(r"(?:(?<=[:.?])|^)\s*\d{1,2}[.)]\s+(?=[A-Za-z])")


def without_quiz_frame(text: str, asks: Callable[[str], bool]) -> str:
    """The question without its quiz's or exam's frame (above); asks(stem) says whether the
    words before a multiple-choice question's options ask about something."""
    label = LABEL.match(text)
    if label and _only_label(label.group(1)):
        text = text[label.end() :]
    if len(_NUMBERED.findall(text)) >= _OPTIONS_FROM:  # "1. It is … 2. Australia …"
        text = _NUMBERED.sub(" ", text)
    if "(" not in text:
        return text
    text = _ENUMERATION.sub("", text) or text
    options = list(_OPTIONS.finditer(text))
    if len(options) >= _OPTIONS_FROM and asks(stem := text[: options[0].start()].strip()):
        return stem
    return text


def _only_label(label: str) -> bool:
    if _SUMMED.search(label):  # "2+2: …" names the dialogue's format, no label
        return False
    words = _WORD.findall(label.lower()) + re.findall(r"\d+", label)
    said = [w for w in words if w not in _LABEL_FUNCTION]
    jobs = PARAGRAPH_JOBS if said[-1:] and said[-1] in PARAGRAPHS else frozenset()
    return bool(said) and all(w in LABEL_WORDS | jobs or w.isdigit() for w in said)


# A blank to fill in, a run of underscores or of four dots or more, with a hyphen that
# joins it to its word ("Inclusive and ____-Based Indo-Pacific"): no word of the question,
# and its hyphen no exclusion of the word after it (reading/notation/syntax.py).
_BLANK = re.compile(r"-?(?:_{2,}|\.{4,}|…{2,})-?")


def without_blanks(text: str) -> str:
    """The question without its blanks to fill in (above)."""
    return " ".join(_BLANK.sub(" ", text).split())


_CAPITAL_INSIDE = Lazy(r"[a-z][A-Z][a-z]")  # a tag's words run together (syntax.tags_apart)


def past_frames(
    parts: Sequence[str], asks: Callable[[str], bool]
) -> tuple[str, str, Sequence[str], bool]:
    """A query read past the forms around its words (issue 25): a blank to fill in, a file
    name's or a slug's underscores, a tag's words run together, a verifier's frame, a
    quiz's or an exam's frame (above). The text to read, the text as given (its
    underscores as spaces), its parts, and whether a verifier framed it (a claim checked
    asks whether it is so); a usage error when it is too long to read. asks(stem): whether
    a multiple-choice stem asks about something (without_quiz_frame)."""
    text = given = " ".join(p.strip() for p in parts).strip()
    if "__" in text or ".." in text:  # a blank to fill in: "Rules-Based" as "____-Based"
        text = without_blanks(text)
    if "_" in text:  # a file name's or a slug's words ("meeting_outcomes"): no word holds "_"
        text = given = text.replace("_", " ").strip()
    if not text.islower() and _CAPITAL_INSIDE.search(text):  # "#StandWithIndia"
        from defcoop_cli.lookup.search.reading.notation.syntax import tags_apart

        text, parts = tags_apart(text), [tags_apart(p) for p in parts]
    text, verified = without_verifying_frame(text)  # "claim …", "is it true that …"
    if verified or (checked := writers.read_for_writing(text)) != text:  # "did … mention"
        text = text if verified else checked
        parts = (text,)
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(f"query is {len(text)} characters long; the limit is {MAX_QUERY_CHARS}")
    if ":" in text or "(" in text or ". " in text:  # a quiz's frame
        unquizzed = without_quiz_frame(text, asks)
        if unquizzed != text:
            text, parts = unquizzed, (unquizzed,)
    return text, given, parts, verified


# "The next round" (meeting, session, edition) of a thing named asks when it meets again:
# the base holds no meeting to come, and what it says of the thing named is the answer, so
# "next" and the occurrence are no words to look for there ("2+2 next round", "the next
# meeting of the dialogue"); with nothing else named ("when is the next meeting") they stay,
# as "next" alone does ("what happens next": questions.NEXT asks what lies ahead).
OCCURRENCES = frozenset(
    "round rounds meeting meetings session sessions sitting edition editions iteration".split()  # noqa: SIM905
)


def past_next_occurrence(words: list[str]) -> list[str]:
    """The words without "next" before an occurrence of a thing named ("2+2 next round")
    and that occurrence (OCCURRENCES' comment); else as they are."""
    at = next(
        (i for i in range(len(words) - 1) if words[i] == "next" and words[i + 1] in OCCURRENCES),
        None,
    )
    if at is None:
        return words
    left = words[:at] + words[at + 2 :]
    return left if any(w not in STOPWORDS for w in left) else words
