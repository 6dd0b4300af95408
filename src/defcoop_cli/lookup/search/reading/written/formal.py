"""A written question's frame read as asking words. Questions written for a parliament or a
ministry ask "whether the Government has discussed X with Japan", "the steps taken to X":
"the Government" is the government asked, which the fact base names by its country, and
"steps taken" (or "measures", "action") says how the question is put, not what about.
"Japan government", "the Japanese government" (a word before it, not a function word) are
Japan's, which the fact base names by its country too: "what position nakatani hold in
japan government" asks his office. "The governments of India and Japan" keep the word
("thereof" and "therefor" are dropped too; whether and the forms of "take" are
words.STOPWORDS). "The
outcome of the talks" (or "the talks outcome", ending the query) asks what came of them
(search.questions.asks_happened), "outcome" no word to look for; "the outcome document of the
summit" looks for it. "Results", "deliverables", "takeaways", "announcements" (of, from,
out of, after or following it, or made at it, its makers named or not: "made by india and
japan at the meeting"; a pledge's noun too, made at it: "the commitments made at the
meeting", PLEDGES; an order's or a contract's too, in an
analyst's shorthand: "any order announcements from the meet") and a "readout" ask so as
"outcome" does ("JPN DEFMIN DELHI VISIT RESULTS"), and what came of a meeting is what its
parties agreed or committed to, not its date. Words of its weight or kind before such a
noun ("key takeaways", "a legally binding MoU": OUTCOME_SAID; an outcome's noun naming the
kind of an instrument asked signed, "outcome documents signed") are no words to look for, nor
is its making after it ("announcements were made": MADE); made and asked of nothing else
("what announcements were made") it asks what was agreed, as "what was announced" does.
An announcement said of a subject ("what was announced about malabar", "official
announcements on make in india", "what did japan announce following the attack", an event
no gathering) asks what was said of it: the announcing word (ANNOUNCING), the word of its
weight before it and "following" after it are no words to look for (said_of), as "said"
is none; "announced on monday" says when.
Whether an instrument was signed ("was any MoU signed during the visit", "did they sign a
deal") asks so too (CONVENTIONS.md Q7): the article reports no signing,
and what came of the talks is what the two agreed; the signing verb (SIGNING) and the
instruments it names (INSTRUMENTS, and the ceremony of signing one) are no words to look
for. So is an instrument "concluded" (CONCLUDING: "was a defence agreement concluded", "is
any instrument concluded (MoU, agreement)"), the verb a lawyer's and a treaty office's for
signing; without an instrument named it is another verb ("what was concluded on the south
china sea"). A signing asked of no subject ("did they sign anything", "was any MoU
signed") asks what the two agreed, as "did they agree anything" does: it is read as
"agree" (AGREE), not refused. An instrument without a signing verb ("contract value of the
defence deal") is looked for as it is.

An application for records (a Right to Information request, a member's request for papers)
heads what it asks for with the document it wants: "copy of the statement by …", "kindly
furnish certified copies of the minutes of …", "file notings on …", "transcript of …". The
facts are the record: the document's noun (DOCUMENTS, after the request's own words,
REQUESTING) is no word to look for, "the minutes of the meeting" keeps the meeting, and a
document named after a word of its own ("the press copy", "meeting records") stays. Whom
a step is aimed at, and who led a side, are read first (sides.py).

What the two decided, settled on, announced, achieved, yielded or delivered, asked of no
subject ("what was decided at the meeting", "what did the two sides settle on, if anything",
"what outcomes did the ministers announce", "did the meeting achieve anything", "what did
the talks yield"), is what they agreed: the verb
of deciding (DECIDING; "settle" only before "on": "settle disputes" is the facts' word) is
read as "agree" where "what" or "anything" is its object, and an outcome's noun after "what"
or "which" asks so as the verb does (decided_read). "Who decided", "decide the dates" and an
aim ("what was the meeting meant to achieve": the verb after "to") are read as they are."""

import itertools

from defcoop_cli.lookup.search.reading.written.sides import AIMING, LEADING, aimed_read, leader_read
from defcoop_cli.lookup.search.words import STOPWORDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    pass

GOVERNMENT = frozenset(["government", "governments"])
ACTS_TAKEN = frozenset(["steps", "measures", "action", "actions"])
TAKEN = frozenset(["taken", "being"])
FRAME_WORDS = frozenset(["thereof", "therefor"])  # "if so, the details thereof"
# What came of a meeting, as a report or a cable heads it: "visit outcomes", "talks
# results", "readout": what the parties agreed or committed to (search.questions.asks_outcome)
OUTCOME = frozenset(
    [
        *("outcome", "outcomes", "result", "results", "readout", "readouts"),
        *("deliverable", "deliverables", "takeaway", "takeaways"),
        *("announcement", "announcements"),
    ]
)
# "What came out of the talks", "what came of them" ask so as "outcome" does (the phrase is
# a function phrase, reading/phrases.py); "came as part of" does not
COMING = frozenset(["come", "comes", "came", "coming"])
CONCLUDING = frozenset(["conclude", "concludes", "concluded", "concluding"])
SIGNING = frozenset(["sign", "signs", "signed", "signing", "ink", "inked"]) | CONCLUDING
AGREE = "agree"  # what a signing asked of no subject asks: what the two agreed
NOUN_TOO = frozenset(["sign", "signs"])  # "signs of progress"
# A bare "sign" is the verb after its subject or an auxiliary ("did Japan sign anything")
SUBJECTS = frozenset(["they", "we", "i", "you", "he", "she", "it", "both"])
AUXILIARIES = frozenset(
    "to not did do does will would could should can may might".split()  # noqa: SIM905
)
INSTRUMENTS = frozenset(
    """mou mous memorandum memoranda pact pacts deal deals agreement agreements treaty
    treaties accord accords instrument instruments document documents jv jvs ceremony
    ceremonies""".split()  # noqa: SIM905
)

# What an outcome's noun is said of ("key takeaways of the meeting", "press announcements
# after the talks"): its weight or how it was given, no word to look for; so is what an
# instrument asked signed is said to be, not what it covers ("any definitive agreement")
# A pledge's noun asks what came of a gathering only as made at it ("the commitments made
# by both at the meeting"); "japan's commitment to the indo-pacific" is a fact's subject.
PLEDGES = frozenset("commitments pledges promises undertakings assurances".split())  # noqa: SIM905
MAKERS_REACH = 5  # the makers named between "made by" and "at": "india and japan"
OUTCOME_SAID = frozenset(
    """key main major chief top big biggest important official public press joint formal
    definitive binding legally final firm concrete written substantive landmark historic
    new""".split()  # noqa: SIM905
)
OCCASION = (["after"], ["following"])  # "announcements after the meeting": its outcome
OCCASION_REACH = 3  # words after "after": "after the delhi talks"
STACK_REACH = 6  # a gathering's stack after an outcome: "india japan defence ministers meeting"
# An announcement said of a subject ("what was announced about malabar", "official
# announcements on make in india"): what was said of it, as "said" is no word to look for
ANNOUNCING = frozenset(
    "announce announces announced announcing announcement announcements".split()  # noqa: SIM905
)
SAID_ON = frozenset(["about", "on", "regarding", "concerning"])
FOLLOWING = frozenset(["following", "after"])  # "announce following the attack": after it
# An outcome's verb of making ("what announcements were made"): asks what was announced
MADE = frozenset("made issued given released".split())  # noqa: SIM905

# A procurement's instruments, in market shorthand: asked only as an outcome's kind ("any
# order announcements from the meet": what came of it, what the two agreed)
ORDERS = frozenset(["order", "orders", "contract", "contracts"])

# The request's own words before the document, and the documents (the docstring)
REQUESTING = frozenset(
    """kindly please provide furnish supply give send share me us with a an the all any
    certified attested authenticated true full complete file""".split()  # noqa: SIM905
)
DOCUMENTS = frozenset(
    """copy copies photocopy photocopies transcript transcripts minutes notings noting
    records""".split()  # noqa: SIM905
)
OF_WHAT = frozenset(["of", "on", "regarding", "relating", "pertaining"])


def past_request(words: list[str], function_words: frozenset[str]) -> list[str]:
    """The words past an application's documents heading them ("copy of", "certified
    copies of the minutes of": the docstring), where a word to look for is left."""
    i = next((j for j, w in enumerate(words) if w not in REQUESTING), len(words))
    if (
        words[i : i + 1]
        and words[i] in DOCUMENTS
        and words[i + 1 : i + 2]
        and words[i + 1] in OF_WHAT
    ):
        rest = past_request(words[i + 2 :], function_words)
        if any(w not in function_words for w in rest):
            return rest
    return words


def asks_outcome(
    words: list[str], i: int, function_words: frozenset[str], headline: bool = False
) -> bool:
    """Whether words[i] is "outcome" asking what came of something: "of" follows it, or
    nothing but function words do, or, in a headline's or a cable's capitals, nothing but
    a place, its dateline ("MTG RESULTS NEW DELHI"); not "RESULTS FRAMEWORK FOR TALKS",
    which is no more a question than in lower case."""
    if (words[i] in SIGNING and signs(words, i)) or (words[i] in INSTRUMENTS and signed(words)):
        return True
    if words[i] in INSTRUMENTS | ORDERS and words[i + 1 : i + 2]:  # "order announcements from …"
        return words[i + 1] in OUTCOME and asks_outcome(words, i + 1, function_words, headline)
    if words[i] not in OUTCOME and not (words[i] in PLEDGES and made(words, i)):
        return False
    rest = words[i + 1 + made(words, i) :]  # "announcements (were) made after the talks"
    if made(words, i) and rest[:1] == ["by"]:  # "made by india and japan at the meeting"
        rest = next(
            (rest[k:] for k in range(1, MAKERS_REACH + 2) if rest[k : k + 1] == ["at"]), rest
        )
    after = tuple(w for w in rest if w not in function_words)
    at = (["at"],) if made(words, i) else ()  # "made at the meeting", not "results at stake"
    joined = rest[:1] in (["of"], ["from"], *OCCASION, *at) or rest[:2] == ["out", "of"]
    return (
        joined
        or not after
        or (headline and _a_place(after))
        or heads_gathering(rest, function_words)
    )


def heads_gathering(rest: list[str], function_words: frozenset[str]) -> bool:
    """Whether the words after an outcome's or a summary's noun are a noun stack naming a
    gathering, ending the query: its parties' or its place's words, then the gathering's
    ("takeaways rajnath singh nakatani meeting", "results india japan talks"), as "of the
    … meeting" would be; not a phrase ("results framework for talks"), a stack going on
    past the gathering ("outcome meeting agenda") nor the gathering's word alone ("summary
    meeting" may be a meeting to sum up)."""
    return (
        1 < len(rest) <= STACK_REACH and rest[-1] in OCCASIONS and function_words.isdisjoint(rest)
    )


def said_of(words: list[str], i: int) -> bool:
    """Whether words[i] is an announcement's word said of a named subject (ANNOUNCING: the
    module's docstring): "about" or "on" it, or after or following an event that is no
    gathering ("what did japan announce following the attack": its response)."""
    if i < 0 or words[i] not in ANNOUNCING or not words[i + 1 : i + 2]:
        return False
    named = [w for w in words[i + 2 : i + 2 + OCCASION_REACH] if w not in ("the", "a", "an")]
    if words[i + 1] in SAID_ON:  # not a day ("announced on monday"): when it was said
        return bool(named) and named[0] not in DAYS and not named[0].isdigit()
    return [words[i + 1]] in OCCASION and bool(named) and OCCASIONS.isdisjoint(named)


def made(words: list[str], i: int) -> int:
    """How many words after words[i], an outcome's noun, say it was made ("announcements
    were made", "takeaways issued"): its being and a verb of making (MADE); 0 for none."""
    k = i + 1 + (words[i + 1 : i + 2] in (["was"], ["were"], ["been"]))
    return k - i if words[k : k + 1] and words[k] in MADE else 0


def comes_of(words: list[str]) -> bool:
    """Whether the words ask what came of something: "came out of", "what came of"."""
    return any(
        w in COMING and (words[i + 1 : i + 2] == ["of"] or words[i + 1 : i + 3] == ["out", "of"])
        for i, w in enumerate(words)
    )


def signs(words: list[str], i: int) -> bool:
    """Whether words[i], a signing word, is the verb asking what was signed: not the noun
    ("signs of progress", "a sign of respect", "warning signs for the ties", which is one
    unless an instrument is named with it, or its subject or an auxiliary comes before it:
    "did Japan sign anything"), nor a question who signed ("who signed the joint statement")."""
    if "who" in words[:i]:
        return False
    if words[i] in CONCLUDING:  # "the talks concluded": no instrument, no signing
        return not INSTRUMENTS.isdisjoint(words)
    if words[i] not in NOUN_TOO or not INSTRUMENTS.isdisjoint(words):
        return True
    verb = (i > 0 and words[i - 1] in SUBJECTS) or not AUXILIARIES.isdisjoint(words[:i])
    return verb and words[i + 1 : i + 2] != ["of"]


def signed(words: list[str]) -> bool:
    """Whether the words ask whether something was signed (a signing verb: signs)."""
    return any(w in SIGNING and signs(words, i) for i, w in enumerate(words))


# "What did they talk about at the defence meeting": "talk about" before its occasion asks
# what was said there (reading/phrases.py): words after it that are none, a clause of time
# ("when they met"), or phrases each naming a gathering (its last word), a place (one of
# WordNet's) or a day ("at the meeting", "in delhi", "on monday"). Otherwise they say what
# was talked about: "on drones", "in the context of X", "in the indo-pacific" (no city,
# country or state), and an occasion with its subject after it ("during the talks on cyber").
STRANDED = frozenset(["at", "in", "during", "on"])
WHILE = frozenset(["when", "while"])
OCCASIONS = frozenset("meeting meetings talks dialogue summit visit trip conference".split())  # noqa: SIM905
DAYS = frozenset(
    """day days week month year morning evening today yesterday monday tuesday wednesday
    thursday friday saturday sunday""".split()  # noqa: SIM905
)


def occasion_after(words: list[str]) -> bool:
    """Whether the words after "talk about" are none or name its occasion (above)."""
    if not words or words[0] in WHILE:
        return True
    if words[0] not in STRANDED:
        return False
    from defcoop_cli.lookup.search.reading.notation.syntax import MONTHS

    said = [w for w in words if w not in STOPWORDS or w in STRANDED]
    ends = [i for i, w in enumerate(said) if w in STRANDED] + [len(said)]
    for start, end in itertools.pairwise(ends):  # each preposition's phrase
        named = said[start + 1 : end]
        day = all(w in DAYS or w in MONTHS or w.isdigit() for w in named)
        if not named or not (named[-1] in OCCASIONS or day or _a_place(tuple(named))):
            return False
    return True


def _a_place(words: tuple[str, ...]) -> bool:
    """Whether the words are a place's name, one of WordNet's cities, countries, states and
    regions (search/atlas/places.py; read only for a headline's outcome with words after it)."""
    from defcoop_cli.lookup.search.atlas.places import wordnet_places

    return words in wordnet_places().filed.get(words[0], ())


def unframed(words: list[str], function_words: frozenset[str], headline: bool = False) -> list[str]:
    """The words past an application's document (past_request), with a side's leader
    asked read as who met (leader_read), a step aimed at a state as countering it
    (aimed_read), a deciding asked of no subject as agreeing (decided_read), without "the
    Government" (not "the Government of X"), without the noun of "steps taken", "measures
    being taken" and without "outcome" that asks (asks_outcome; headline: the query is in
    capitals); when nothing else would be asked about, without the asking "outcome" alone
    ("how did the government respond"), and a signing asked of no subject read as "agree"."""
    words = past_request(words, function_words)
    if not LEADING.isdisjoint(words):
        words = leader_read(words)
    if not AIMING.isdisjoint(words):
        words = aimed_read(words, function_words)
    words = decided_read(words)
    out = []

    def asked(i: int) -> bool:
        return asks_outcome(words, i, function_words, headline)

    def weighed(i: int) -> bool:  # "key takeaways", "a legally binding MoU", "final and firm"
        if i + 1 < len(words) and words[i] in OUTCOME and words[i + 1] in INSTRUMENTS:
            return asked(i + 1)  # "outcome documents signed": the instrument's kind
        if i + 1 >= len(words) or words[i] not in OUTCOME_SAID:
            return False
        k = i + 1 + (words[i + 1] in ("and", "or") and i + 2 < len(words))
        return asked(k) or said_of(words, k) or weighed(k)

    outcomes = [j for j, w in enumerate(words) if w in OUTCOME | PLEDGES and asked(j)]
    for i, w in enumerate(words):
        after = words[i + 1 : i + 2]
        named = i > 0 and (words[i - 1] == "the" or words[i - 1] not in function_words)
        if w in GOVERNMENT and named and after != ["of"]:
            continue
        if (w in ACTS_TAKEN and TAKEN.intersection(after)) or w in FRAME_WORDS:
            continue
        if asked(i) or weighed(i):
            continue  # "key takeaways of the meeting": the takeaways' weight, no word
        if said_of(words, i) or (w in FOLLOWING and said_of(words, i - 1)):
            continue  # "what was announced about malabar": what was said of it
        if any(j < i <= j + made(words, j) for j in outcomes):
            continue  # "announcements were made": the outcome's making
        out.append(w)
    if any(w not in function_words for w in out):
        return out
    if signed(words) or any(made(words, j) for j in outcomes):
        return [*out, AGREE]  # "did they sign anything", "what announcements were made"
    return [
        w
        for i, w in enumerate(words)
        if w not in FRAME_WORDS and not asked(i) and not (w in OUTCOME_SAID and i + 1 in outcomes)
    ]


DECIDING = frozenset(
    """decide decides decided settle settles settled announce announces announced achieve
    achieves achieved yield yields yielded deliver delivers delivered""".split()  # noqa: SIM905
)
INDEFINITE = frozenset(["what", "anything"])
WHICH = frozenset(["what", "which"])  # "which outcomes did they announce"


def decided_read(words: list[str]) -> list[str]:
    """The words with a verb of deciding asked of no subject read as "agree", an outcome's
    noun after "what" or "which" dropped (the module's docstring)."""
    if DECIDING.isdisjoint(words) or "who" in words:
        return words
    words = [
        "what" if w == "which" and words[i + 1 : i + 2] and words[i + 1] in OUTCOME else w
        for i, w in enumerate(words)
    ]
    if INDEFINITE.isdisjoint(words):
        return words
    out: list[str] = []
    for i, w in enumerate(words):
        settles = not w.startswith("settle") or words[i + 1 : i + 2] == ["on"]
        aim = words[i - 1 : i] == ["to"]  # "meant to achieve": the aim, not what came of it
        if w in DECIDING and settles and not aim and _of_nothing(words, i):
            out.append(AGREE)
        elif not (w in OUTCOME and words[i - 1 : i] == ["what"]):
            out.append(w)
    return out


def _of_nothing(words: list[str], i: int) -> bool:
    """Whether words[i], a verb of deciding, asks of no object but "what" or "anything":
    "what" before it, or "anything" (or nothing) after it and its particle; after or
    following a gathering only ("what did japan announce after the talks"), not another
    event, whose response it asks ("… following the attack": no agreement)."""
    after = [w for w in words[i + 1 : i + 3] if w not in ("on", "upon")][:1]
    occasion = (["at"], ["in"], ["during"])  # "… at the talks"
    if after in OCCASION:  # "after the talks": a gathering's outcome, not another event's
        named = words[i + 2 : i + 2 + OCCASION_REACH]
        return not OCCASIONS.isdisjoint(named) and "what" in words[:i]
    return after in ([], ["anything"], *occasion, ["if"]) and (
        "what" in words[:i] or after == ["anything"]
    )


def worded_in(words: list[str], i: int, texts: frozenset[str]) -> bool:
    """Whether words[i], a word of wording, is "X wording in Y": X a word of substance
    before it that is no kind of wording ("key words", "exact wording", "strong words"),
    and Y, a few words after "in", a report's or a document's noun or the talks' ("in the
    delhi talks", "in the Japanese statement"); not "word in Japanese for defence", which
    asks a translation, nor "key words in the talks"."""
    if words[i + 1 : i + 2] != ["in"] or i == 0:
        return False
    before = words[i - 1]
    if before in texts or before in WORDS_KIND or before in SPOKEN or _an_adjective(before):
        return False
    return not (texts | REPORTED).isdisjoint(words[i + 2 : i + 2 + REPORT_REACH])


def _an_adjective(word: str) -> bool:
    from defcoop_cli.factbase.vocab import adjectives  # only for "X wording in Y"

    return word in adjectives()


# What kind of wording a word before it says ("key words", "the same words"): no X asked
WORDS_KIND = frozenset(
    """key main exact same own chosen actual precise specific particular last first final
    kind strong harsh tough soft buzz code catch watch swear""".split()  # noqa: SIM905
)
SPOKEN = frozenset(["the", "a", "an", "which", "what", "any", "some", "these", "those"])
# Where wording is read: a report's or a document's noun, or the talks' (a gathering)
REPORTED = frozenset(
    """statement statements document documents coverage release communique communiques
    readouts remarks speech speeches transcript summary roundup wrap wrapup briefing
    dispatch bulletin digest talks meeting meetings dialogue summit visit""".split()  # noqa: SIM905
)
REPORT_REACH = 3  # "in the delhi talks", "in the joint statement"


# A "when" after a question's own word that opens a clause of time ("why talk quickly when
# there is trouble", "… when a crisis hits") asks no date: "there" or a noun's determiner
# follows it ("when they met" names the meeting, whose date is its fact's: it stays)
CLAUSE_SUBJECTS = frozenset("there the a an this".split())  # noqa: SIM905


def asked_questions(words: list[str], question_words: frozenset[str]) -> tuple[str, ...]:
    """The question words the words ask, in order, once each: not a "when" opening a
    clause of time after another question word."""
    asked: dict[str, None] = {}
    for i, w in enumerate(words):
        clause = w == "when" and bool(asked) and words[i + 1 : i + 2] != []
        if w in question_words and not (clause and words[i + 1] in CLAUSE_SUBJECTS):
            asked[w] = None
    return tuple(asked)
