"""Reporting phrases of translated and stilted official prose: a machine translation of a
Hindi or a Japanese report, or a ministry's English that renders its own language's verb
nouns word for word. Each says what a plain verb of the lexicon says, and takes its stance:

- an account given of an event is a briefing: "gave information to the guest about the
  attack", "performed an explanation about the terrorist attack" (R17, as "explained the
  attack"; an explanation of one's own policy puts a case, and stays the lexicon's);
- views exchanged are a discussion: "exchanged thoughts on the sea", "carried out an
  exchange of opinions regarding the situation" (as "exchanged views");
- agreement stated is agreement: "expressed agreement that", "made a statement of
  agreement that", "shared the recognition to hold the next meeting" (R14, R26);
- a subject put before the other side is put forward: "kept the matter of self-reliance in
  front of the Japanese side" (highlighted, as "drew attention to");
- an expectation of a party's taking part asks it in: "put forward the expectation for the
  participation of Japanese companies" (invited, as "pushed for foreign participation").

Found before the lexicon's patterns (`table.VERBS`): the earlier of two that start at
the same place wins, so "expressed agreement" is no plain "expressed".

After the lexicon's: two of WordNet's senses of saying whose lemmas WordNet's table lacks,
a matter mentioned ("referred to the attack": reported) and a matter put forward ("brought
up the quotas", "raised the East China Sea": discussed); and a matter high on the agenda
("Piracy was high on the agenda": discussed, R63) or on the table ("Cooperation in space was
also on the table", not an offer on it), which the lexicon, at 500 lines, has no room for.
"""

from __future__ import annotations

from defcoop_cli.curation.drafting.verbs.lexicon import REPORTING_VERBS
from defcoop_cli.curation.drafting.verbs.phrases import HAPPENING

# Whom an account is given to, then what about: "to the Japanese guest about" (a few words).
_TO_WHOM = r"(?:to (?:[\w'’-]+ ){1,4}?)?"
_ABOUT = r"(?:about|on|of|regarding|concerning)"
# The owner before a verb noun: "an", "the", "his", "their".
_DETERMINER = r"(?:an?|the|his|her|its|their|our|my) "
_OPINIONS = r"(?:views|opinions|thoughts|ideas)"

STILTED_VERBS: tuple[tuple[str, str, str], ...] = (
    (
        r"(?:gave|gives|provided|provides|shared|shares) (?:detailed |full )?information "
        + _TO_WHOM
        + _ABOUT
        + r"(?= (?:[\w'’-]+ ){0,6}?"
        + HAPPENING
        + r")"
        r"|(?:performed|performs|made|makes|gave|gives|offered|offers|provided|provides) "
        + _DETERMINER
        + r"(?:detailed )?explanation "
        + _TO_WHOM
        + _ABOUT
        + r"(?= (?:[\w'’-]+ ){0,6}?"
        + HAPPENING
        + r")",
        "briefed",
        "event",
    ),
    (
        r"exchanged (?:their )?(?:thoughts|opinions|ideas)(?= (?:on|about|over|regarding)\b)"
        r"|(?:carried out|conducted|held|had|made) (?:an? |their )?(?:[\w-]+ )?exchange(?:s)? of "
        + _OPINIONS,
        "discussed",
        "event",
    ),
    (
        r"(?:expressed|voiced|stated|conveyed) (?:their |its |his |her )?(?:agreement|consensus)"
        r"(?= (?:that|on|to)\b)"
        r"|made (?:an? |the )?statement of (?:agreement|consensus)(?= that\b)"
        r"|shared (?:the|a) (?:common )?(?:recognition|understanding) to(?= (?-i:[a-z]))",
        "agreed",
        "commitment",
    ),
    (
        r"(?:kept|keeps|put|puts|placed|places) (?:the|his|her|its|their) "
        r"(?:matter|issue|subject|point|topic|question) of (?:[\w'’-]+ ){1,8}?"
        r"(?:in front of|before)(?= (?:the|his|her|their|its) )",
        "highlighted",
        "position",
    ),
    (
        r"(?:put forward|expressed|conveyed|voiced|stated) (?:the |his |her |its |their )?"
        r"(?:expectations?|hopes?) (?:for|of)"
        r"(?= (?:the )?(?:active )?(?:participation|investment|involvement) (?:of|by) )",
        "invited",
        "event",
    ),
)

# Not a passive's: "the case was referred to a court", "he was brought up in Kyoto".
_ACTIVE = r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )(?<!be )"
# What is mentioned: a determiner, a possessive or a name ("referred to the attack").
_MATTER = r"(?= (?:the|a|an|his|her|its|their|this|that|these|those|(?-i:[A-Z])))"
# A matter by its name, nothing after it that is lifted ("the East China Sea", "Harbour
# Nine again"; not "the Japanese flag").
_NAMED = (
    r"(?= (?:the )?(?:(?-i:[A-Z])[\w'’-]*\s?)+(?:[.,;:]|\s+(?:with|at|in|during|again|too"
    r"|as|before)\b|$))"
)
# Two of WordNet's senses of saying whose lemmas the table lacks (their first senses are
# others: raising lifts, referring sends), by their glosses:
# - "make reference to" (advert, cite, refer; "mention" the lexicon reads as a subject
#   given time, "name" is naming's, left out): "Ode opened by referring to the drill",
#   "cited the collision": the doer's words, reported;
# - "put forward for consideration or discussion" (raise, bring up): a party bringing a
#   matter up at the talks, as the matter "came up" there, discussed: "brought up the
#   quotas", "Ode raised the East China Sea" (a named matter, which nothing lifts; the
#   lexicon's "raised the issue of" flags it first, and a worry raised is a concern).
MENTIONING = _ACTIVE + r"(?:(?:referred|adverted) to|cited)" + _MATTER
PUT_FORWARD = _ACTIVE + r"brought up" + _MATTER + r"|raised" + _NAMED
# A subject high on the agenda, the sentence's own act (R63): what the two parties discussed,
# as a subject given time at the talks ("Piracy was high on the agenda", "was on the
# agenda", "topped the agenda"; not another body's, "of the chamber"). After "held talks …,
# with X high on the agenda" the meeting's verb comes first and is the sentence's.
ON_THE_AGENDA = (
    r"(?:(?:was|were|is|are|remain(?:s|ed)?) (?:also )?(?:(?:very )?high on|(?:at|near)"
    r" the (?:very )?top of)|top(?:ped|s)) the (?:[\w'’-]+ )?agenda(?! of (?!the talks))"
    # plainly on it ("Piracy was also on the agenda"), the talks' agenda, none to come
    r"|(?:was|were) (?:also )?on the agenda(?! (?:of|for) (?!the talks))"
    # a subject on the table at the talks, as on their agenda ("Cooperation in space was also
    # on the table"); not an offer or a proposal on it (put forward, R37: "Japan's offer was
    # on the table"), nor one taken off it
    r"|(?<!offer )(?<!offers )(?<!proposal )(?<!proposals )(?<!deal )(?<!package )(?<!plan )"
    r"(?:was|were|is|are) (?:also )?on the table\b"
)

# The reporting verbs' patterns in the order they are tried: these, then the lexicon's,
# then the matters mentioned or put forward (a lexicon's "raised the issue of" first).
PATTERNS = (
    *STILTED_VERBS,
    *REPORTING_VERBS,
    (MENTIONING, "reported", "position"),
    (PUT_FORWARD, "discussed", "event"),
    (ON_THE_AGENDA, "discussed", "event"),
)
