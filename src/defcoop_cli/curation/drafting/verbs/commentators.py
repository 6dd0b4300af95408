"""Who a verb of saying's speaker is beside the party: a commentator, whose words are a
view and no party's claim (R5), and the clauses a verb of saying may report, where a
party's act told by a channel is found (attribution.py reads the sentence)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from defcoop_cli.curation.drafting.names.doers import doer
from defcoop_cli.curation.drafting.names.markets import VIEW_VERBS
from defcoop_cli.curation.drafting.names.unnamed import out_of_office
from defcoop_cli.curation.drafting.verbs.finding import SAYING
from defcoop_cli.curation.drafting.verbs.lexicon import JUDGING
from defcoop_cli.curation.drafting.verbs.views import QUOTATIONS, officer
from defcoop_cli.factbase.sentences import quote_open
from defcoop_cli.factbase.vocab import THE_SOURCE, commentator_nouns

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.speakers import Reading, Speakers

# A subject's last stretch: '"…," Mr. Menon told reporters', "A spokesperson, Wang Lei, said".
TAIL = re.compile(r"[,\"”]\s*([^,\"”“]+?)[\s,]*$")

# A commentator, not a party: who studies or comments on the matter ("said Meera Rao, who
# studies Japan at a think tank", "who teaches"; "analysts"): their view is an assessment.
COMMENTATOR = re.compile(
    r"\b(?:think[- ]tanks?|studies|teaches|teachers?|lecturers?|fellow|professor|columnist"
    r"|university"
    rf"|{commentator_nouns(singular=True, market=True)})\b",
    re.IGNORECASE,
)


_OURS = re.compile(r"\s*our\s", re.IGNORECASE)
_WHO = re.compile(r",\s+((?:who|an?|the)\s[^,]*),")  # what is set off after a name
# A commentator's verbs of making a case ("X, an analyst, argued that…", "cautions that"):
# a party's too, so a view only where the speaker is described as a commentator.
_ARGUES = re.compile(r"(?:argue|contend|suggest|caution|conclude)[sd]?|(?:argu|conclud)ing")


def commentator(sentence: str, verb: re.Match[str], r: Reading, speakers: Speakers) -> bool:
    """Whether a verb of saying's speaker is a commentator: a generic one ("analysts"), an
    unnamed one out of office ("a retired vice chief", "one former ambassador"), or one the
    fact base does not know whom the sentence describes as one ("…, said Meera Rao, who
    studies Japan at a think tank"); a commentator is no party to the talks."""
    first = verb.group().split()[0].lower()  # "hailed … as", "played down": a view's verbs
    said = verb.group().lower() in SAYING or first in JUDGING or first in VIEW_VERBS
    said = said or _ARGUES.fullmatch(first) is not None
    if not said or r.attribution == THE_SOURCE:
        return False
    told = (doer(c, speakers) for c in reported_clauses(sentence, verb))  # a party's act: its
    if out_of_office(r.attribution) and not any(told):  # "retired (indian) admiral" or not
        return True
    if speakers.matcher.ids(re.split(r" (?:in|from|at|of) ", r.attribution)[0]):  # "… in Delhi"
        return False
    subject = QUOTATIONS.sub(" ", sentence[: verb.start()])
    if r.attribution.startswith("unnamed ") and _OURS.match(subject):  # "Our guests think…":
        return True  # the piece's own people (a programme's guests), no party to the talks
    before = subject.rsplit(",", 1)[-1]
    last = (r.attribution.split() or [""])[-1]  # the speaker named: his stretch of the
    pieces = subject.split(",")  # subject, and what is set off after it, is his ("X, who
    at = next((n for n, p in enumerate(pieces) if last and last in p.split()), None)
    if at is not None:  # teaches law at …, told", "Professor X", "X, an analyst at …, said")
        his = ",".join(pieces[at:])
        before = " ".join([before, pieces[at], *_WHO.findall(his)])
        if at == 1 and len(pieces) >= 3:  # the noun before a name set off is his too:
            before = " ".join([before, pieces[0]])  # "Our history teacher, X, said"
    speaker = before + " " + QUOTATIONS.sub(" ", sentence[verb.end() :])  # not what is said
    club = officer(sentence[: verb.start()], speakers)  # "Our president, X", a club's
    return COMMENTATOR.search(speaker) is not None or bool(COMMENTATOR.fullmatch(last) or club)


def reported_clauses(sentence: str, m: re.Match[str]) -> list[str]:
    """What a verb of saying may report: the content before it and its speaker ("Japan will
    send observers, the ministry stated"), and what follows it ("The official said Tokyo
    was keen…"); a quotation's words are its speaker's, never a doer's."""
    subject = sentence[: m.start()]
    tail = TAIL.search(subject)
    before = subject[: tail.start()] if tail else ""
    after = re.sub(r"^\s*that\b", "", sentence[m.end() :])
    return [c for c in (before, after) if not quote_open(c) and c.lstrip()[:1] not in "\"“‘'"]
