"""The thing a query asks, which the match search found does not hold: the query is
refused (nothing found, exit 1), by the class of what it asks, never by its words.

A topic asked about ("did the minister talk about workers at the summit", "were tariffs
discussed", "anything regarding wages"): the words after a word of discussion (ABOUT), up
to the first that is no term of the query, or between it and its being in the passive.
When one of them is held nowhere in the fact base (no word of its own, no form, no
thesaurus word) and the first match holds nothing past who is named (by name or office:
"the two ministers"), the words of discussion and the base's common words (the meeting's
frame: its parties, "meeting"), the match says the meeting was held, not that the topic
came up: search shows none (topic_unheld). A topic's word the match holds by a wider sense
alone (WordNet's "body" for "universities") is not held by it. A topic the base holds ("did
they talk about terrorism in the meeting") is answered by the facts that hold it.

A count asked of a group ("how many nations in the quad", "how many members of AUKUS"):
the group is the run of terms after "in", "of" or "among" past "how many". When the base
holds no word of one of them before its head (the first word held: what follows it is
the clause's verb, "how many of the agreements cover cyber"; a count, "the four
technologies", names no group), the count is of a group the base does not list, and the
facts holding the counted noun ("nations") say nothing of it: search shows none
(count_unlisted). "how many people were killed in the attack" names a group it holds.

Another body's act, for the closest matches' bar (search/partial.py): a body's or its
act's noun (AGENCIES: agency, bureau, advisory, directive…) that the closest match misses
or holds by a guess alone, after a word it misses ("space agency", "travel advisory"),
names a body or an act of its own ("japan space agency moon landing", "japan travel
advisory for kashmir after attack"): the match holds only its circumstances (japan,
kashmir, the attack), not it (missed_body), as a noun held nowhere before another missed
word does (heads.missed_phrase: "cyclone response"), or before a verb's -ing form and its
object (heads.nowhere_actor: "shipyard building ships")."""

import itertools
from collections.abc import Sequence

from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.leads import COUNTS
from defcoop_cli.lookup.search.matching import RELATED
from defcoop_cli.lookup.search.ranking import Ranking
from defcoop_cli.lookup.search.reading.refusing import heads
from defcoop_cli.lookup.search.text import Query, tokens

ABOUT = frozenset(
    """about regarding concerning discuss discussed discusses discussing raise raised raises
    raising mention mentioned mentions mentioning""".split()  # noqa: SIM905
)
JOINING = frozenset("the a an any or and".split())  # noqa: SIM905
GROUPING = frozenset("in of among within".split())  # noqa: SIM905
BEING = frozenset("was were is are been".split())  # noqa: SIM905
# A body of a government and what it issues: "space agency", "travel advisory"
AGENCIES = frozenset(
    """agency agencies bureau bureaus authority authorities commission commissions
    department departments advisory advisories directive directives circular circulars
    notification notifications""".split()  # noqa: SIM905
)


def unanswered(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none where what the query asks is not in it: heads.unanswered's
    classes, a topic or a group held nowhere (above)."""
    ranking = heads.unanswered(index, query, ranking)
    if not ranking.matches:
        return ranking
    for refusal in (topic_unheld, count_unlisted):
        if refusal(index, query, ranking):
            return ranking._replace(matches=[], total=0)
    return ranking


def _nowhere(index: Index, query: Query, terms: Sequence[str]) -> list[str]:
    """The terms no fact holds by any word of theirs (own, forms, thesaurus, run together)."""
    if not terms:
        return []
    from defcoop_cli.lookup.search import partial

    found = partial.term_words(index, query)
    return [t for t in terms if not any(f.held(index) for f in found.get(t, ()))]


def _frame_only(index: Index, query: Query, ranking: Ranking) -> bool:
    """Whether the first match holds nothing past who is named and the base's common words
    (past RARE_SHARE of the facts) by its own or related words."""
    from defcoop_cli.lookup.search import partial
    from defcoop_cli.lookup.search.hits import office_heads

    found, who = partial.term_words(index, query), heads.who_is_named(index)
    rare, offices = partial.RARE_SHARE * index.size(), office_heads(index)
    for d in ranking.matches[0].details:
        if d.term in who or d.term in ABOUT or d.word in offices:
            continue  # who is named, by name or office ("the two ministers"); the asking
        own = d.term in found and partial.own_score(found, d.term, d.word) >= RELATED
        if own and found[d.term][0].reach(index) <= rare:
            return False
    return True


def topic_unheld(index: Index, query: Query, ranking: Ranking) -> bool:
    """Whether a topic asked about is held nowhere and the match holds only the frame (a
    topic's word the match holds by a wider sense alone, "body" for "universities", is not
    held by it)."""
    from defcoop_cli.lookup.search import partial

    words = tokens(query.text)
    if ABOUT.isdisjoint(words):  # no word of discussion, no topic asked: most queries
        return False
    found = partial.term_words(index, query)
    held = {
        d.term
        for d in ranking.matches[0].details
        if d.term not in found or partial.own_score(found, d.term, d.word) >= RELATED
    }
    topic: list[str] = []
    for k, word in enumerate(words):
        if word not in ABOUT:
            continue
        for after in itertools.dropwhile(JOINING.__contains__, words[k + 1 :]):
            if after not in query.terms and after not in JOINING:
                break
            topic += [after] if after in query.terms and after not in held else []
        before = list(itertools.takewhile(lambda w: w not in BEING, reversed(words[:k])))
        if len(before) < k and all(w in query.terms or w in JOINING for w in before):
            topic += [w for w in before if w in query.terms and w not in held]  # "were X discussed"
    return bool(_nowhere(index, query, topic)) and _frame_only(index, query, ranking)


def count_unlisted(index: Index, query: Query, ranking: Ranking) -> bool:
    """Whether a count is asked of a group the base holds no word of."""
    words = tokens(query.text)
    at = next((k for k, p in enumerate(itertools.pairwise(words)) if p == ("how", "many")), -1)
    if at < 0:
        return False
    by = next((k for k in range(at + 2, len(words)) if words[k] in GROUPING), -1)
    after = itertools.dropwhile(JOINING.__contains__, words[by + 1 :] if by >= 0 else [])
    group = list(itertools.takewhile(query.terms.__contains__, after))  # "quad alliance"
    nowhere = _nowhere(index, query, group)
    # the group's noun phrase ends at its head, the first word held, and what follows is
    # the clause's verb and object ("how many of the agreements cover cyber"); a count
    # before the head ("the four technologies") names no group
    past = next((k for k, t in enumerate(group) if t not in nowhere), len(group))
    return any(t not in COUNTS and not t.isdigit() for t in nowhere if group.index(t) < past)


def missed_body(
    query: Query, missed: Sequence[str], nowhere: Sequence[str], guessed: Sequence[str]
) -> str:
    """For the closest matches' bar: a noun held nowhere before another missed word
    (heads.missed_phrase) or before an -ing form and its object (heads.nowhere_actor), or a
    body's or its act's noun (AGENCIES) the match misses or holds by a guess alone, after a
    word it misses (above); ""."""
    if found := heads.missed_phrase(query, missed, nowhere) or heads.nowhere_actor(query, nowhere):
        return found
    weak = {*missed, *guessed}
    for a, b in itertools.pairwise(tokens(query.text)):
        if b in AGENCIES and b in weak and a in missed:
            return b
    return ""
