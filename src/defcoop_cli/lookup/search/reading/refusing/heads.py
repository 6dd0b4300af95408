"""A query whose head noun the fact base has no word for (none of its own, its forms, the
thesaurus's or WordNet's related words, alone or run together with its neighbours) asks
about what the base does not cover ("budget" of "japan's defence budget for next year",
"market" of "the job market for defence engineers"). The retry with wider words may still
match it by a guess, a word GloVe finds near in use (its "agenda" for budget), and the
rest by the base's own subject (japan, defence) or more guesses ("recent" for year): such
matches name nothing asked, and search shows none (guessed_head), unless another term
names something specific by its own or related words ("japan's defence chief in new
delhi": delhi). A word WordNet relates by sense is no guess ("meeting city": Delhi, an
instance of a city). The closest matches' bar reads a head held by any wider word alone
as missed (search/partial.py).

A noun phrase's head that the fact base has no word for, no form nor related word ("gift"
of "nakatani gift to rajnath", "resigns", "tariffs"), or that a match holds only by a
related word after a noun held nowhere ("tourist arrivals": the thesaurus's engagement),
names the thing asked; when the first full match holds nothing else past who is named (a
person's or a country's names) and the base's common words (past RARE_SHARE of the
facts), it holds none of it, and search shows none (unheld_head). Not a head of "of" ("the
surname of the general": what the named one has), a number, a figure of speech ("defence
ties forecast": FIGURATIVE), a report's noun ("rajnath singh statement", "talks transcript":
formal.REPORTED, what it says), or one noun, no plural, after a word for a relationship or
two persons' names ("defence ties depth", "rajnath nakatani chemistry": its quality).
A first match that misses the head, held elsewhere or not, and holds a modifier only by a
related word (the thesaurus's, WordNet's: "ordnance factory" as manufacturing, "psu" of
"defence psu shares") holds the modifiers' field, not the thing asked (the blast, the
shares): it answers only where it holds another term past who is named and the common
words by its own word, a form, a synonym, a prefix or a typo. Not a voice's noun ("indian
response to nakatani's visit": what was said) nor the ties' ("india japan partnership for
rescue missions": what they are for). The closest matches' bar reads the same where the
head is missed after a word held nowhere, whose act it is ("Diet deliberation": whose_field).

Two neighbouring words, written apart, that the closest match misses, the first held
nowhere and a noun (no adjective, no verb's form: "cyclone response", "ninja special
forces"), name a thing of their own the match does not hold: the closest matches' bar lets
no such pair go (missed_phrase), where one word held nowhere may be phrasing ("hosts",
"latest news", "binding pledge"). A word matched by a related sense is no missed word
("contested Asian waters": Asian is Indian's wider sense).

A noun held nowhere right before a verb's -ing form and its object ("shipyard building
ships", "startups making drones") names who acts in the query, the thing it asks about: the
closest matches' bar lets none go unmatched (nowhere_actor), the act and its object being
what the match may hold of someone else ("building" in a quote). Not a noun the base holds
("trust building measures": the compound's own).

A noun held nowhere right after "for", after a thing the match holds by a related word
alone ("a tie-up for startups funding", "funding for startups": the thesaurus's
collaboration and investment), names whom the thing asked is for: the match holds another
thing, for others (Japanese industries invited to invest), and search shows none, nor
passes it as the closest (nowhere_beneficiary). Not where the thing is held by its own
word ("cooperation for relief missions") or missed ("trade routes security for exporters":
the thing asked, the asker's angle after it).
"""

import itertools
from collections.abc import Sequence

from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.matching import (
    RELATED,
    SYNONYM,
    VECTOR_HIGH,
    own_forms,
    runs_together,
    word_scores,
)
from defcoop_cli.lookup.search.ranking import Match, Ranking
from defcoop_cli.lookup.search.reading.absence import FIGURATIVE
from defcoop_cli.lookup.search.reading.bodies import STANCES
from defcoop_cli.lookup.search.reading.grammar import (
    WORKING_TOGETHER,
    head_term,
    noun,
    plural,
    verb,
)
from defcoop_cli.lookup.search.reading.phrases import GATHERINGS
from defcoop_cli.lookup.search.reading.refusing import bar
from defcoop_cli.lookup.search.reading.refusing.nowhere import MODIFIER_SHARE
from defcoop_cli.lookup.search.reading.refusing.others import another_actor, editorial_voice
from defcoop_cli.lookup.search.reading.written.formal import REPORTED
from defcoop_cli.lookup.search.related.thesaurus import SYNONYM_GROUPS, related
from defcoop_cli.lookup.search.words import Query, tokens


def guessed_head(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none when its first match holds the query's head only by a wider
    guess, the head having no word of its own in the fact base, and holds no other term
    past the base's subject by its own or related words (above)."""
    first = ranking.matches[0] if ranking.matches and len(query.terms) > 1 else None
    near = {d.term for d in first.details if d.score < VECTOR_HIGH} if first else set()
    if first is None or not near:  # GloVe's near words score less than any sense's
        return ranking  # a word alone ("FOIP") is its own subject: its guess is all it asks
    head = head_term(tokens(query.text), query.terms)
    if head not in near:
        return ranking
    words = bar.term_words(index, query)  # read only now: most queries never get here
    if head not in bar.guessed(first, index, words):
        return ranking
    subject = MODIFIER_SHARE * index.size()
    own = (d for d in first.details if bar.own_score(words, d.term, d.word) >= RELATED)
    if any(words[d.term][0].reach(index) <= subject for d in own):  # a guess scores less
        return ranking
    return ranking._replace(matches=[], total=0)


def who_is_named(index: Index) -> frozenset[str]:
    """The words of the names of the fact base's persons and countries: who is named."""
    people = [e for e in index.entities if e.type in ("person", "country")]
    return frozenset(w for e in people for n in (e.name, *e.aliases) for w in tokens(n))


def unheld_head(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none when its first match misses the head of the query's noun
    phrase, which the base has no word for, and holds nothing else past who is named and
    the base's common words (above)."""
    first = ranking.matches[0] if ranking.matches and len(query.terms) > 1 else None
    words = tokens(query.text)
    head = head_term(words, query.terms) if first else ""
    if not head or head.isdigit() or words[words.index(head) + 1 :][:1] == ["of"]:
        return ranking
    by_details = first.details if first else ()
    by = {d.term: d.word for d in by_details}
    before = words[words.index(head) - 1] if words.index(head) else ""
    # "jobs in japan for indians": a head first, held by a related word alone beside only
    # who is named, is weighed as a missed one (the thesaurus's post for jobs)
    first_related = (
        not before
        and any(d.related for d in by_details if d.term == head)
        and {d.word for d in by_details if d.term != head} <= who_is_named(index)
        # not the ties' nor a meeting's ("alliance with japan", "parley with nakatani")
        and not (its_own_head(head) or by.get(head) in RELATION | GATHERINGS)
        and not abbreviated(head, by.get(head, ""))  # "ToT from japan": what it stands for
    )
    if (
        head in by
        and not first_related
        and (before not in query.terms or before in by or not noun(before))
    ):
        return ranking  # "tourist arrivals": the head held, after a noun no match holds
    who = who_is_named(index)
    if head in who | FIGURATIVE | REPORTED:
        return ranking  # a report's noun ("X statement", "talks transcript"): what it says
    if _of_a_relation(index, words[: words.index(head)]) and not plural(head):
        return ranking  # "defence ties depth", "rajnath nakatani chemistry": the ties' quality
    found = bar.term_words(index, query)
    fielded = (  # not a voice's ("indian response to nakatani's visit"): what it said;
        # nor the ties' ("india japan partnership for rescue missions"): what they are for
        head not in by and not its_own_head(head) and one_field(index, query, first)
        if first
        else False
    )
    # "Diet deliberation on …": a head the match misses after a noun held nowhere by its
    # own words (a typo's "died" is none; a noun that is a verb's form too, as diet is)
    # names whose act is asked, a body's the base never names: held elsewhere, not here
    if head not in by and _whose(index, query, before, by):
        held, fielded = False, True
    elif head not in by:
        held = bool(related(head)) or any(f.held(index) for f in found[head])
    else:  # by a related word ("jobs in japan": the thesaurus's post) after its modifier
        held = bar.own_score(found, head, by[head]) >= bar.CLOSE or bool(related(before))
        held = held or any(f.held(index) for f in found.get(before, ()))
    if held and not fielded:
        return ranking
    rare = bar.RARE_SHARE * index.size()
    least = SYNONYM if fielded else RELATED
    for term, word in by.items():
        own = term in found and bar.own_score(found, term, word) >= least
        if own and term != head and term not in who and found[term][0].reach(index) <= rare:
            return ranking
    return ranking._replace(matches=[], total=0)


def name_pieces(index: Index, query: Query, first: Match) -> set[str]:
    """The terms of each name run together ("new delhi": newdelhi, a word of the base) of
    which the match holds some words and misses others: no name held, nor missed apart."""
    vocabulary, held = index.vocabulary(), {d.term for d in first.details}
    runs = runs_together(query.terms).items()
    return {
        t
        for run, covered in runs
        if held & covered < covered and vocabulary.has(run)
        for t in covered
    }


def one_field(index: Index, query: Query, first: Match) -> bool:
    """Whether the match holds, past who is named, one thing by a related word alone: one
    term no fact holds by its own words, or one run of the query's terms matched together
    by a phrase of the thesaurus ("ordnance factory", "defence psu": manufacturing), its
    field (above). A word of a
    name run together whose other words the match misses ("new" of "new delhi") is no
    thing held."""
    who, pieces = who_is_named(index), name_pieces(index, query, first)
    held = {d.term: d.word for d in first.details if d.term not in who | pieces}
    if not held or any(not d.related for d in first.details if d.term in held):
        return False
    vocabulary = index.vocabulary()
    if len(held) == 1:  # a term the base knows only by its field ("psu"), not "visit"
        return not own_forms(next(iter(held)), vocabulary)
    for run, covered in runs_together(query.terms).items():
        if held.keys() <= covered:
            scores = word_scores(run, vocabulary, typos=False)
            if all(scores.get(w, 0.0) >= RELATED for w in held.values()):
                return True
    return False


# The words for a relationship: a noun right after one may be its quality ("ties depth")
RELATION = next(frozenset(g) for g in SYNONYM_GROUPS if "ties" in g)
# An agreement's words: as a head ("drone deal", "killer robots pact") they ask what was
# agreed, which the facts of its subject say, not a thing of its own
AGREEMENTS = frozenset(
    "deal deals pact pacts accord accords agreement agreements treaty treaties".split()  # noqa: SIM905
)
SUPPORT = "support"
FOR = "for"  # before whom a thing asked is for ("funding for startups")


def its_own_head(head: str) -> bool:
    """Whether a missed head asks what the facts of its modifiers say, not a thing of its
    own: a voice's ("indian response to …", "japan's position on …"; support shown, a word
    the thesaurus files with support: "solidarity", "stand"), the ties' ("partnership for
    rescue missions") or an agreement's ("drone deal")."""
    if head in STANCES | RELATION | AGREEMENTS:
        return True
    support = {r.means for r in related(SUPPORT)}
    return any(r.means in support for r in related(head))


def _whose(index: Index, query: Query, before: str, by: dict[str, str]) -> bool:
    """Whether the word before a missed head is a term no match holds, a noun or a verb's
    form (diet), held nowhere by its own words or the thesaurus's (above)."""
    if before not in query.terms or before in by or not (noun(before) or verb(before)):
        return False
    return not related(before) and not own_forms(before, index.vocabulary())


def whose_field(index: Index, query: Query, match: Match, own: dict[str, float]) -> bool:
    """For the closest matches' bar: whether the match misses the head right after a word
    of whose act it is, held nowhere by its own words (_whose: "Diet deliberation on …"),
    and holds no term past who is named by its own word or a synonym (own: each held
    term's score by its own words) that few facts hold: the asked body's act, of which the
    match holds only the field, as the ranking reads it (unheld_head)."""
    words = tokens(query.text)
    head = head_term(words, query.terms)
    by = {d.term: d.word for d in match.details}
    if not head or head in by or not words.index(head):
        return False
    if not _whose(index, query, words[words.index(head) - 1], by):
        return False
    who = who_is_named(index)
    return not any(s >= SYNONYM and t not in who for t, s in own.items())


def abbreviated(head: str, word: str) -> bool:
    """Whether the head is an abbreviation that its thesaurus entry spells out by another of
    its words ("ToT": transfer of technology), held by one of that entry's words itself
    (know-how): what it stands for, not a loose relation of a word in its own right (post,
    of "jobs"), nor another form of an entry's word ("service" of MRO's servicing)."""
    return any(r.spelled and word in r.words for r in related(head))


def _of_a_relation(index: Index, before: Sequence[str]) -> bool:
    """Whether the words before a head end in a relationship's word or in the names of two
    of the base's persons side by side ("rajnath nakatani"): a head no plural is a quality
    of the relationship, which the facts about it answer (above)."""
    people = [{w for n in (e.name, *e.aliases) for w in tokens(n)} for e in index.entities]
    people = [p for p, e in zip(people, index.entities, strict=True) if e.type == "person"]
    pair = [{k for k, p in enumerate(people) if w in p} for w in before[-2:]]
    named = len(pair) == 2 and all(pair) and not pair[0] & pair[1]
    return named or (bool(before) and before[-1] in RELATION)


def missed_phrase(query: Query, missed: Sequence[str], nowhere: Sequence[str]) -> str:
    """The first of two neighbouring words, written apart, that a closest match misses,
    the first held nowhere and a noun (above); ""."""
    written = (query.given or query.text).lower().split()  # "home / world": no neighbours
    for a, b in itertools.pairwise(w.rstrip(",.;:?!)") for w in written):
        if not (a.isalpha() and b.isalpha()):
            continue  # "know-how transfer;", "(day/month/year)": no phrase of two words
        if a in missed and b in missed and a in nowhere and noun(a):
            return a
    return ""


def nowhere_actor(query: Query, nowhere: Sequence[str]) -> str:
    """The first noun held nowhere right before a verb's -ing form and a term after it,
    its object (above); ""."""
    words = tokens(query.text)
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        if a in nowhere and noun(a) and b.endswith("ing") and verb(b) and c in query.terms:
            return a
    return ""


def unanswered(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none where what the query asks is not in it: a head held only by a
    guess (guessed_head) or by none (unheld_head), another nation's act (another_actor),
    or a voice only the left-out editorial holds (editorial_voice)."""
    ranking = another_actor(
        index, query, unheld_head(index, query, unheld_compound(index, query, ranking))
    )
    ranking = unheld_beneficiary(index, query, ranking)
    return editorial_voice(index, query, guessed_head(index, query, ranking))


def unheld_compound(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none when its first match holds a term only by a related word right
    after a noun held nowhere, the two before a word of working together ("quantum
    computing cooperation": computing as artificial intelligence, quantum held by no fact):
    they name the field of the cooperation asked, a thing of its own the base never names
    beside those it does, and the match holds its wider field at most. Not where the match
    holds another term past who is named and the common words by its own word ("tourist
    arrivals" of unheld_head, where the head is asked)."""
    first = ranking.matches[0] if ranking.matches and len(query.terms) > 2 else None
    if first is None:
        return ranking
    words, by = tokens(query.text), {d.term: d for d in first.details}
    pairs = [
        (a, b)
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
        if c in WORKING_TOGETHER
        and b in by
        and by[b].related
        and a in query.terms
        and a not in by
        and noun(a)
    ]
    if not pairs:
        return ranking
    found = bar.term_words(index, query)
    if not any(not related(a) and not any(f.held(index) for f in found[a]) for a, _ in pairs):
        return ranking
    who, rare = who_is_named(index), bar.RARE_SHARE * index.size()
    for term, d in by.items():
        own = not d.related and bar.own_score(found, term, d.word) >= SYNONYM
        if own and term not in who and found[term][0].reach(index) <= rare:
            return ranking
    return ranking._replace(matches=[], total=0)


def unheld_beneficiary(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none when its first match misses the noun right after "for", which
    the base has no word for: whom the thing asked is for (nowhere_beneficiary)."""
    if not ranking.matches or FOR not in tokens(query.text):
        return ranking
    first = ranking.matches[0]
    missed = [t for t in query.terms if t not in {d.term for d in first.details}]
    if not nowhere_beneficiary(query, missed, first):  # read the words only then
        return ranking
    found = bar.term_words(index, query)
    nowhere = [t for t in missed if not any(f.held(index) for f in found[t])]
    if nowhere_beneficiary(query, nowhere, first):
        return ranking._replace(matches=[], total=0)
    return ranking


def nowhere_beneficiary(query: Query, nowhere: Sequence[str], match: Match) -> str:
    """The first noun held nowhere (no word of its own, no form, no thesaurus word) right
    after "for", when the match holds the term before "for" by a related word alone: whom
    the thing asked is for ("a tie-up for startups", "funding for startups": the
    thesaurus's collaboration and investment), the match holding another thing, for others
    (above); not where it misses that term ("trade routes security for exporters": the
    asker's angle) or holds it by its own word ("a new architecture for …"); ""."""
    related = {d.term for d in match.details if d.related}
    words = tokens(query.text)
    for thing, a, b in zip(words, words[1:], words[2:], strict=False):
        if a == FOR and thing in related and b in nowhere and noun(b):
            return b
    return ""
