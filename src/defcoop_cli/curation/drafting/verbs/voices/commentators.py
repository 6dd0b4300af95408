"""Who a verb of saying's speaker is beside the party: a commentator, whose words are a
view and no party's claim (R5), and the clauses a verb of saying may report, where a
party's act told by a channel is found (attribution.py reads the sentence)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from defcoop_cli.curation.drafting.names.titles import office_holders
from defcoop_cli.curation.drafting.unnamed.doers import doer
from defcoop_cli.curation.drafting.unnamed.markets import VIEW_VERBS
from defcoop_cli.curation.drafting.unnamed.unnamed import out_of_office
from defcoop_cli.curation.drafting.verbs.finding import SAYING
from defcoop_cli.curation.drafting.verbs.lexicon import JUDGING
from defcoop_cli.curation.drafting.verbs.voices.views import QUOTATIONS, officer
from defcoop_cli.factbase.sentences import quote_open
from defcoop_cli.factbase.vocab import THE_SOURCE, commentator_nouns

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.speakers import Reading, Speakers

# A subject's last stretch: '"…," Mr. Menon told reporters', "A spokesperson, Wang Lei, said".
TAIL = re.compile(r"[,\"”]\s*([^,\"”“]+?)[\s,]*$")

# A commentator, not a party: who studies or comments on the matter ("said Meera Rao, who
# studies Japan at a think tank", "who teaches"; "analysts"), or on the things and the past
# it leaves ("…, said X, the museum's curator", "a historian of the navy"), or who heads a
# firm's research ("X, head of research at a brokerage", "its research director"): their
# view is an assessment.
COMMENTATOR = re.compile(
    r"\b(?:think[- ]tanks?|studies|teaches|teachers?|lecturers?|fellow|professor|columnist"
    r"|university|curators?|historians?|(?:head|director|chief) of research"
    r"|research (?:head|director|chief)"
    rf"|{commentator_nouns(singular=True, market=True)})\b",
    re.IGNORECASE,
)


_OURS = re.compile(r"\s*our\s", re.IGNORECASE)
# What is set off after a name: a clause, a noun with its article, or a post without one
# ("X, head of research at Y, said", "X, director of the institute")
_WHO = re.compile(r",\s+((?:who|an?|the|(?:head|director|chief)\s+of)\s[^,]*),")
# ... but a clause telling his act among others ("who met teachers in Darwin", "who spoke
# to students at a university") says whom he met, not what he is
_MET = re.compile(
    r"who\s+(?:also\s+|later\s+)?(?:met|meets|spoke|speaks|addressed|addresses|visited|visits"
    r"|opened|inaugurated|toured|greeted|thanked|hosted|attended|told)\b"
)
# A commentator's verbs of making a case ("X, an analyst, argued that…", "cautions that"):
# a party's too, so a view only where the speaker is described as a commentator.
_ARGUES = re.compile(
    r"(?:argue|conclude)[sd]?|(?:contend|suggest|caution)(?:s|ed)?"
    r"|(?:argu|conclud|contend|suggest|caution)ing"
)
# A named speaker the sentence describes as out of office, his rank or post kept: "Colonel
# (retd) X", "X, a retired diplomat", "X, a former Japanese diplomat" (unnamed.unnamed's
# out_of_office for one unnamed: "a retired vice chief").
_RETIRED = re.compile(r"\((?:retd|retired)\.?\)|\bretired(?=[\s\w])", re.IGNORECASE)
# A former post is out of office only for one serving in none: not "…, the former commander
# of the fleet who now heads the training command" nor one a serving rank names ("Rear
# Admiral X, a former naval attache", no "retired"); "Former Rear Admiral X" is out.
_FORMER = re.compile(r"\b(?:former|ex-)(?=[\s\w])", re.IGNORECASE)
_SERVING = re.compile(r"\b(?:now|currently|presently|serving|serves)\b", re.IGNORECASE)
_RANK = (
    r"\b(?:(?:Rear |Vice )?Admiral|Commodore|Captain|Capt|Commander|Cdr"
    r"|(?:Lt|Lieutenant|Maj|Major) Gen(?:eral)?|General|Gen|Brigadier|Brig|(?:Lt |Lieutenant )?"
    r"Col(?:onel)?|Air (?:Chief |Vice )?Marshal|Air Commodore|Group Captain|Wing Commander)\.? "
)
# A scene set before the name, no noun of his ("At a university in Canberra, Marles, …",
# "Speaking to teachers, Nakatani, …"): a preposition, a conjunction or a participle
_SCENE = re.compile(
    r"\s*(?i:at|in|on|by|for|from|to|with|during|after|before|while|when|as|since|[a-z]+ing)\b"
)


def commentator(sentence: str, verb: re.Match[str], r: Reading, speakers: Speakers) -> bool:
    """Whether a verb of saying's speaker is a commentator: a generic one ("analysts"), an
    unnamed one out of office ("a retired vice chief", "one former ambassador"), or one the
    fact base does not know whom the sentence describes as one ("…, said Meera Rao, who
    studies Japan at a think tank"); a commentator is no party to the talks, nor is one
    the article gives a party's office ("Defence Minister Richard Marles")."""
    if r.attribution == THE_SOURCE:
        return False
    verb = _tag_verb(sentence, verb)  # '"… this one arrived …," said X, the curator'
    if not _says(verb):
        return False
    told = (doer(c, speakers) for c in reported_clauses(sentence, verb))
    if out_of_office(r.attribution) and not any(told):  # "a retired admiral", no party's act
        return True
    last = (r.attribution.split() or [""])[-1]
    group = COMMENTATOR.fullmatch(last) is not None  # "Indian commentators": no India
    if not group and speakers.matcher.ids(re.split(r" (?:in|from|at|of) ", r.attribution)[0]):
        return False  # a party the fact base knows ("Ravi Menon in Delhi")
    if last in speakers.officers or last in office_holders(sentence):  # read alone too
        return False
    own = _described(sentence, verb, last)
    if _out_of_office(own, last):  # "Cdr (retd) X argued", "X, a former…"
        return not any(doer(c, speakers) for c in reported_clauses(sentence, verb))
    subject = QUOTATIONS.sub(" ", sentence[: verb.start()])
    if r.attribution.startswith("unnamed ") and _OURS.match(subject):  # "Our guests think…":
        return True  # the piece's own people (a programme's guests), no party to the talks
    club = officer(sentence[: verb.start()], speakers)  # "Our president, X": a club's
    return COMMENTATOR.search(own) is not None or bool(COMMENTATOR.fullmatch(last) or club)


def _out_of_office(described: str, last: str) -> bool:
    """Whether a named speaker's description puts him out of office: retired, or holding a
    former post and neither serving in another nor given a serving rank (`_FORMER`)."""
    if _RETIRED.search(described):
        return True
    name = rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}{re.escape(last)}\b"
    former_title = re.search(r"\b(?i:former|ex-)\s*" + name, described)  # "Former Rear Admiral X"
    ranked = re.search(_RANK + name, described) and not former_title
    return bool(_FORMER.search(described)) and not (_SERVING.search(described) or ranked)


# A verb of saying in a quotation's tag: '," said Mira Kale, the curator'
_TAG_SAYS = re.compile(r"\b(?:" + "|".join(sorted(SAYING, key=len, reverse=True)) + r")\b")


def _tag_verb(sentence: str, verb: re.Match[str]) -> re.Match[str]:
    """The verb of saying of the tag after the quotation that holds `verb` ('"… this one
    arrived at a moment …," said X'), else the verb."""
    if not quote_open(sentence[: verb.start()]):
        return verb
    close = max(sentence.rfind('"'), sentence.rfind("”"))
    return _TAG_SAYS.search(sentence, close + 1) or verb


def _says(verb: re.Match[str]) -> bool:
    """Whether the verb says or judges ("hailed … as", "played down": a view's verbs)."""
    first = verb.group().split()[0].lower()
    said = verb.group().lower() in SAYING or first in JUDGING or first in VIEW_VERBS
    return said or _ARGUES.fullmatch(first) is not None


def _described(sentence: str, verb: re.Match[str], last: str) -> str:
    """How the sentence describes the speaker whose name ends in `last`: his stretch of the
    subject and what is set off after his name ("X, who teaches law at …, told"), the noun
    set off before it ("Our history teacher, X, said"); named after the verb ("…, said
    Meera Rao, who studies …"), that stretch. Never what he is said to say: a minister's
    "the navy would pay for a university course" describes no one."""
    subject = QUOTATIONS.sub(" ", sentence[: verb.start()]).split(",")
    at = _naming(subject, last)
    if at is None:  # named after the verb, or not by this name: the subject's end only
        after = QUOTATIONS.sub(" ", sentence[verb.end() :]).split(",")
        named = _naming(after, last)
        tail = _stretch(after, named) if named is not None else ""
        return " ".join([subject[-1], tail])
    own = [subject[-1], _stretch(subject, at)]
    if at == 1 and len(subject) >= 3 and not _SCENE.match(subject[0]):
        own.append(subject[0])
    return " ".join(own)


def _naming(pieces: list[str], last: str) -> int | None:
    """Which of a sentence's comma-separated pieces holds the name ending in `last`."""
    return next((n for n, p in enumerate(pieces) if last and last in p.split()), None)


def _stretch(pieces: list[str], at: int) -> str:
    """The piece holding a name and what is set off right after it ("who …", "an …"), no
    clause of his meeting others (`_MET`)."""
    set_off = _WHO.findall(",".join(pieces[at:]) + ",")
    return " ".join([pieces[at], *(x for x in set_off if not _MET.match(x))])


def reported_clauses(sentence: str, m: re.Match[str]) -> list[str]:
    """What a verb of saying may report: the content before it and its speaker ("Japan will
    send observers, the ministry stated"), and what follows it ("The official said Tokyo
    was keen…"); a quotation's words are its speaker's, never a doer's."""
    subject = sentence[: m.start()]
    tail = TAIL.search(subject)
    before = subject[: tail.start()] if tail else ""
    after = re.sub(r"^\s*that\b", "", sentence[m.end() :])
    return [c for c in (before, after) if not quote_open(c) and c.lstrip()[:1] not in "\"“‘'"]
