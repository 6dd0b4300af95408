"""A sentence in its speaker's turn (a transcript's label, an interview's answer, a post, a
sound bite): whose its "I", its "we" and its plain words are (R24, R25).
"""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.attribution import WE_ACTS
from defcoop_cli.curation.drafting.speakers import Reading, Speakers, Turn
from defcoop_cli.curation.drafting.unnamed.channels import told_by_channel
from defcoop_cli.curation.drafting.verbs import Verb, reported_verb
from defcoop_cli.curation.drafting.verbs.voices.views import QUOTATIONS
from defcoop_cli.factbase.vocab import THE_SOURCE

# "We" as the subject of the talks' joint acts: "We agreed", "we also shared the view",
# "This morning we reviewed" (a few words of time or place before it), "We have agreed",
# "Minister Singh and I agreed" (the speaker and the other).
_WE = re.compile(
    r"(?:(?:^(?:[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3},?\s+)?|[,;]\s+|\b(?:and|so)\s+)(?i:we)"
    r"|\b[A-Z][\w.’'-]*\s+and\s+I)(?:['’]ve)?\s+"
    r"(?i:(?:have|had|also|further|then|\w+ly)\s+){0,2}$"
)
# Where "we" agreed among one side's own: "We have agreed in the cabinet to…", "we agreed
# among ourselves": the speaker's side, not the two of the talks.
_AMONG_OURS = re.compile(
    r"\s+(?:in|within|inside|among)\s+(?:(?:the|our|my)\s+)?"
    r"(?:cabinet|government|party|coalition|ministry|parliament|ourselves)\b",
    re.IGNORECASE,
)
# "we both", "both of us", "the two of us": the speaker and the other, whatever they did.
_BOTH_OF_US = re.compile(
    r"(?:\b[Ww]e both|\b[Bb]oth of us|\b[Tt]he two of us)\s+(?i:(?:also|\w+ly)\s+)?$"
)
# "You" as the subject, to the one he writes to: "You briefed me", "Yesterday you also told me".
_YOU = re.compile(
    r"(?:^(?:[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3},?\s+)?|[,;]\s+|\band\s+)(?i:you)\s+"
    r"(?i:(?:also|then|\w+ly)\s+)?$"
)
_I = re.compile(r"(?<![\w'’])I(?![\w'’])")
# An author cited in the speaker's words: "Tagore, who…, once wrote: "…"", "as Kautilya said, '…'".
_CITES = re.compile(r"\b(?:once\s+(?:wrote|said|observed|remarked)|wrote)\s*[:,]\s*[\"“‘']")
_OUR = re.compile(r"\b(?:our|us)\b", re.IGNORECASE)  # a speaker's country in his own words
# A reading the speaker draws from a thing before the party he reads it of: "This visit
# tells you Alpha now sees …", "The deal shows that Beta wants …", "What it means is …".
_INFERS = re.compile(
    r"\b(?:tells?|shows?|suggests?|means?|signals?|proves?|reveals?)"
    r"(?:\s+(?:you|us|me|everyone))?(?:\s+(?:that|is))?\s+\S",
    re.IGNORECASE,
)


def in_turn(turn: Turn | None, sentence: str, r: Reading, speakers: Speakers) -> Reading:
    """A transcript's sentence in its speaker's turn (a narrator's: as the article's): a
    question asserts nothing (no claim); a questioner's statement is his and joins its
    claim (R3), and a party's act he tells is the party's (R25: "X briefed you on…"); in
    an answer, "I", what no one else is named saying, his country in his words ("India
    welcomes… our ecosystem", or his own country by the fact base: "Japan expresses its
    solidarity" in Nakatani's) are the speaker's; "we" agreeing, confirming, stressing or
    sharing a view the speaker and the first other person named (whom he writes to, if the
    form names him; "you" told doing a party's act is he); an author he quotes ("Tagore
    once wrote: …") his; what he tells others did ("What I can say is…") theirs."""
    if turn is None or not turn.speaker:
        return r
    asks = sentence.rstrip(' "”’)').endswith("?")
    if turn.asks and not asks and r.attribution != THE_SOURCE and r.stance != "reported":
        return r  # a party's act the questioner tells ("X briefed you on…"): X's (R25)
    if turn.asks or asks:
        who, asked = turn.speaker, "question" if sentence.rstrip().endswith("?") else "turn"
        # only a question asks: a questioner's statement asserts and joins its claim (R3, R25)
        return Reading("background", "reported", who, f"{who}'s {asked}", turn.person, False, asks)
    if turn.channel and (r := told_by_channel(sentence, r, speakers)).attribution != THE_SOURCE:
        return r  # a spokesperson tells what the ministers did (unnamed/channels.py)
    if (
        not turn.person
        and r.attribution not in (THE_SOURCE, turn.speaker)
        and _within(r.attribution, turn.speaker)
    ):
        rule = f"{r.rule}; {turn.speaker}, by part of its name"  # "The Permanent Mission wishes…"
        return r._replace(attribution=turn.speaker, person=turn.person, rule=rule)
    hit = reported_verb(sentence)
    subject = QUOTATIONS.sub(" ", sentence[: hit.match.start()] if hit else sentence)
    if turn.addressee and hit and _YOU.search(subject):  # "You briefed me on…": his act
        rule = f"{r.rule}; 'you' of {turn.addressee}"
        return r._replace(attribution=turn.addressee, person=True, rule=rule)
    # the other of his "we": whom he writes to, else the first other person of the fact
    # base named (a spokesperson who read his words out is none of the talks), else any
    known = {speakers.matcher.entities[i].name for i in speakers.people}
    others = [p for p in speakers.order if p != turn.speaker]
    other = turn.addressee or next((p for p in others if p in known), None)
    other = other or next(iter(others), None)
    if r.person and r.attribution != turn.speaker:  # "Minister Ek and I agreed": Ek
        other = r.attribution
    joint = hit is not None and (hit.stance in WE_ACTS or "shared" in hit.match.group())
    joint = joint and hit is not None and not _AMONG_OURS.match(sentence, hit.match.end())
    if other and ((joint and _WE.search(subject)) or _BOTH_OF_US.search(subject)):
        pair = f"{turn.speaker} and {other}"
        return r._replace(attribution=pair, person=False, rule=f"{r.rule}; 'we' of {pair}")
    doers = set(r.attribution.split(" and ")) - {turn.speaker}  # "I stated Japan…": his
    if "by a channel" in r.rule and doers and doers <= {*speakers.order, "both ministers"}:
        return r  # "What I can say is that the two ministers…": theirs
    own = bool(turn.person and r.attribution in speakers.countries and _OUR.search(sentence))
    home = speakers.country_of(turn.speaker) if turn.person and not own else None
    own = own or (home is not None and r.attribution == speakers.matcher.entities[home].name)
    cites = _CITES.search(sentence)  # his quotation of an author (heldout31)
    # "Japanese officials I spoke with hailed…": his "I" in the subject of the doer it opens with
    doer = r.attribution if not _I.search(r.attribution) else ""  # "Today I": his own
    bare = re.sub(r"^(?:an?|the|one)\s+", "", subject.lower().lstrip())  # "A senior … I met"
    opens = bool(doer) and bare.startswith(doer.lower())
    mine = _I.search(subject) and not opens
    # a witness the fact base does not know, reading a party's mind from a thing: his view
    # (a party's spokesperson, a channel, is no witness: his words are his party's)
    inferred = turn.person and turn.speaker not in known and not opens and bool(doer)
    inferred = inferred and not turn.channel
    inferred = inferred and _INFERS.search(subject) is not None
    if mine or r.attribution == THE_SOURCE or own or cites or inferred:  # "India welcomes… our"
        # a party's view is his position; a commentator's (a witness the fact base does
        # not know) stays his assessment (R5)
        view = r.kind in ("assessment", "background") and (turn.speaker in known or turn.channel)
        kind = "position" if view else "assessment" if inferred else r.kind
        said = "no reporting verb" if r.kind in ("assessment", "background") else r.rule
        rule = f"{said}; {turn.speaker}'s turn"
        if r.attribution == THE_SOURCE and _no_one_agrees(sentence, r, hit):
            kind, rule = "position", f"{rule}; no one named agreeing"
            r = r._replace(stance="reported")
        return r._replace(
            kind=kind,
            attribution=turn.speaker,
            person=turn.person,
            rule=rule,
            view=r.view or inferred,
        )
    return r


# Who agrees, right before the verb: "we agreed", "I have signed", "It was agreed that".
_AGREEING = re.compile(
    r"(?:\b(?:I|[Ww]e)(?:\s+[a-z]+){0,2}|\b[Ii]t\s+(?:was|is|has\s+been|had\s+been))\s+$"
)


def _no_one_agrees(sentence: str, r: Reading, hit: Verb | None) -> bool:
    """Whether the speaker's own words tell a commitment no one is named making: a passive
    with no doer ("ferry quotas will be decided in the spring"), a participle after its
    noun ("glad to see a ferry accord signed"), a verb whose subject names no party. He
    agrees to nothing: he reports (not "we agreed", "I signed", nor "It was agreed that…",
    an agreement the talks reached)."""
    if r.stance != "agreed" or hit is None:
        return False
    return not _AGREEING.search(sentence, max(0, hit.match.start() - 30), hit.match.start())


def _within(doer: str, speaker: str) -> bool:
    """Whether a doer's words run whole within the speaker's name: a note's sender names
    itself short ("The Permanent Mission" of "Japan's Permanent Mission to the United
    Nations"); a word with another's ending ("India" in "India's …") is none of it."""
    words, whole = doer.split(), speaker.split()
    return any(whole[i : i + len(words)] == words for i in range(len(whole) - len(words) + 1))
