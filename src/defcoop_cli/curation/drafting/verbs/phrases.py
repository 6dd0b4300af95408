"""The phrases the lexicon's patterns are built of (drafting.verbs' phrases): whom an appeal
is addressed to and what it asks of them (a party, firms, an investment, a pitch); who acts
together before a verb, and a bare present no modal governs; the talks as a subject, what
they went through, and what happened, the object of an account."""

from __future__ import annotations

# Whom an appeal is addressed to, and the act it asks of them: "Japanese firms to invest",
# "Beta to act" (up to six words, then "to" and a verb: not "to the"; no time among them:
# "called on the ministry the next day to convey…" is a visit); after "urged", "pressed"
# or "exhorted", words naming a party, by a capital or a party's noun ("urged restraint
# to avoid a clash" urges a course of action, for a purpose).
PARTY = (
    r"compan(?:y|ies)|firms?|industry|industries|manufacturers|businesses|investors|partners"
    r"|parties|countries|nations|states|governments|members|officials|allies|counterparts?"
    r"|sides?|forces|navies|armies|militaries|him|her|them|us|all|everyone|community|world"
    r"|stakeholders|sector|people|citizens|suppliers|start-?ups|agencies|institutions"
    r"|leaders|ministries|authorities|establishments"
)
_TIME = (
    r"next|following|previous|day|week|month|morning|evening|afternoon|earlier|later|today"
    r"|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
ADDRESSEE = (
    rf"(?!for\b)(?:(?!(?:{_TIME})\b)[\w'’.-]+ ){{1,6}}?"
    r"to (?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]"
)
# A newsroom asked to do its work is no party invited: "I have asked the night desk to check…"
NEWSROOM = (
    r" (?:the |our |my |his |her |its )?(?:[\w-]+ )?(?:desk|newsroom|editors?|sub-?editors"
    r"|reporters|journalists|correspondents?)\b"
)
# Firms that are to act, after a hope or a wish: "Japanese companies would invest", "Beta
# firms to build" (firms only: "hoped the two sides would agree" invites no one).
FIRMS = (
    r"(?:[\w'’-]+ ){0,3}?(?:compan(?:y|ies)|firms|industry|industries|investors|manufacturers"
    r"|businesses|shipyards) (?:(?:would|will|could|can|might|should) (?:(?:also|soon|now|\w+ly)"
    r" )?(?!(?:be|have|not|never)\b)[a-z]+|to [a-z]+)"
)
# What a party is asked to bring: "investment", "participation" (after "for": solicited).
INVESTMENT = r"(?:investments?|participation|co-?investment|capital)\b"
# A pitch made to a party: "his pitch to Japanese firms", "India's invitation to …" (the noun
# of an appeal, addressed; a name's possessive its determiner too).
PITCH = (
    r"(?:his|her|their|its|an?|the|(?-i:[A-Z])[\w-]*['’]s) (?:[\w-]+ )?(?:pitch|appeal|invitation)"
    r" to(?= (?:[\w'’-]+ )"
    r"{0,2}?(?:" + PARTY + r")\b)"
)
# The party named before the "to" ("urged restraint to avoid hurting Japanese firms": none).
A_PARTY = (
    rf"(?=(?:[\w'’.-]+ ){{0,5}}?(?:(?-i:[A-Z])[\w'’.-]*|(?:{PARTY})) (?:[\w'’.-]+ ){{0,5}}?to )"
)
# Making a pitch: one's case put ("made a strong pitch for joint patrols": highlighted),
# unless what it asks is a named party's investment ("made a pitch for Japanese investment";
# not "for higher domestic investment"), or a participle or a "that" after it asks a party
# to act ("made a familiar pitch, asking Beta's firms to build…", "made the pitch, that
# Beta's firms should come and build", R56; not "asking both sides to…", one's own among
# them): the pitch is an invitation.
MADE_PITCH = r"ma(?:de|kes) (?:(?:a|an|his|her|their|its) )?(?:[\w-]+ ){0,2}?pitch"
PITCH_ASKS = (
    r"(?: for(?= (?:[\w'’-]+ ){0,2}?(?:foreign|overseas|outside|(?-i:[A-Z])[\w'’-]*) "
    r"(?:[\w'’-]+ )?" + INVESTMENT + r")"
    r"|(?: [^,;.\"“”]{1,60}?)?,? that(?= " + FIRMS + r")"
    r"|(?: (?:on|for) [^,;.\"“”]{1,80}?)?, (?:asking|urging|inviting|encouraging|pressing)"
    r"(?! (?:both|all|the two) (?:sides|countries|nations|governments|parties)\b)"
    r"(?= " + A_PARTY + ADDRESSEE + r"))"
)
# A pitch or an invitation renewed to a party, or a pitch asking one to act (above).
PITCHED_TO = (
    r"(?:reiterat(?:ed|es)|renewed|repeated|made) " + PITCH + r"|" + MADE_PITCH + PITCH_ASKS
)
# After "pressed for", "called for": a party to act, not to have something done ("called for
# the attackers to be brought to justice" calls for a course of action).
FOR_PARTY = A_PARTY + r"(?!(?:[\w'’.-]+ ){1,6}?to be\b)" + ADDRESSEE
# Who confirms together, right before "confirmed": "It was (also) confirmed", "They
# confirmed", "Both sides confirmed", a minister's "We confirmed" (lookbehinds: each of
# a fixed width), each a word of its own ("The visit was confirmed": no "it was").
_JOINT_SUBJECTS = (
    "it was|it has been|it had been|they|we|both|two|sides|ministers|leaders|countries|men|duo"
    "|nations|governments|delegations|parties"
)
JOINTLY = (
    "(?:"
    + "|".join(
        rf"(?<=\b{who} {also})" for who in _JOINT_SUBJECTS.split("|") for also in ("", "also ")
    )
    + ")"
)
# A bare present, not after a modal, "to", "not" or a determiner ("would raise", "to voice")
_NO_ACT = ("to", "would", "will", "could", "can", "may", "might", "must", "should", "shall")
BARE = "".join(rf"(?<!\b{w} )" for w in (*_NO_ACT, "not", "do", "does", "did", "a", "an", "the"))
BARE += r"(?<!n't )"
# The meeting itself as the subject, right before its verb: "the talks (also) covered…",
# "the meeting focused on…" (what the talks went through was discussed at them).
TALKS = ("talks", "meeting", "discussions", "consultations", "dialogue", "visit")
OF_THE_TALKS = "(?:" + "|".join(f"(?<={w} {a})" for w in TALKS for a in ("", "also ")) + ")"
# What the talks went through: "covered", "focused on" (the talks' subject, discussed).
COVERED = (
    r"covered|touched (?:up)?on|dealt with|focus(?:s)?ed on|cent(?:red|ered) on|ranged over"
    r"|spanned"
)
# What happened, as a noun: an event or an act of violence, the object of an account ("the
# circumstances of the attack", "the incident", "recent developments").
HAPPENING = (
    r"(?:attacks?|incidents?|circumstances|events|developments|happenings|massacres?"
    r"|assaults?|bombings?|killings?|ambush(?:es)?|shootings?|what (?:had )?happened)\b"
)
