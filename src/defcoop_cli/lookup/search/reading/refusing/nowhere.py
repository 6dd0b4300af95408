"""The closest matches' bar (search/partial.py) on the terms the first match misses that
no fact holds: a missed head held nowhere beside modifiers alone (modifiers_only), and the
few such words a long query may leave unmatched (let_off): none a name, written with a
capital past the first word or as an acronym anywhere. No I/O."""

from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.reading import absence
from defcoop_cli.lookup.search.reading.clippings import CENTURIES
from defcoop_cli.lookup.search.reading.grammar import head_term, noun
from defcoop_cli.lookup.search.reading.refusing.bar import CLOSE
from defcoop_cli.lookup.search.related.thesaurus import related
from defcoop_cli.lookup.search.words import Query, tokens

TYPE_CHECKING = False
if TYPE_CHECKING:
    from defcoop_cli.lookup.search.reading.refusing.bar import TermWords

NOWHERE_FROM = 5  # terms: a shorter query is its subject, every term of it
NOWHERE_MATCHED = 0.6  # of the terms, held by a match that misses a word held nowhere
MODIFIER_SHARE = 0.25  # of the facts: a term reaching more is the base's subject
TWO_OWN = 2


def head_of(query: Query) -> str:
    """The head of the query's noun phrase, the thing it asks about (grammar.head_term)."""
    return head_term([w for w in tokens(query.text) if w not in absence.MEANINGS], query.terms)


def head_by_field(
    query: Query, head: str, held: set[str], owned: set[str], index: Index, words: "TermWords"
) -> bool:
    """Whether the match holds the head by a related word alone (held, not owned) right
    after a noun it misses that no fact holds by a word of its own ("psu shares" as the
    exchange of know-how; "psu" only in the thesaurus's "defence psu"): the two name a
    thing of their own, whose field the related word names."""
    if not head or head not in held or head in owned:
        return False
    said = tokens(query.text)
    at = said.index(head)
    before = said[at - 1] if at else ""
    if before not in query.terms or before in held or not noun(before):
        return False
    return not words[before][0].held(index)


def modifiers_only(
    held: set[str],
    nowhere: list[str],
    query: Query,
    index: Index,
    words: "TermWords",
    owned: set[str],
) -> bool:
    """Whether the match misses the query's head, held nowhere ("report" of "annual report";
    "rates" of "freight rates", held by a wider guess alone; "deal" of "civil nuclear deal":
    no form of it held, no sense related), and holds only its modifiers: fewer than TWO_OWN
    terms by their own words (owned: a related word names a modifier's field, "self-guided"
    as autonomous, not a thing of the query's), no guess, not the base's subject (past
    MODIFIER_SHARE of facts: defence, india)."""
    head = head_of(query)
    known = not head or head in held or related(head)
    if head not in nowhere and (known or any(f.positions(index, CLOSE) for f in words[head])):
        return False
    subject = MODIFIER_SHARE * index.size()
    own = [t for t in query.terms if t in held and t not in nowhere]
    return sum(words[t][0].reach(index) <= subject for t in own) < TWO_OWN


def let_off(nowhere: list[str], matched: int, query: Query, share: float, index: Index) -> bool:
    """Whether the terms held nowhere may go unmatched: few enough, none a name, and the
    match holds NOWHERE_MATCHED of the query's terms. The terms of one word written with
    a hyphen ("cutting-edge") are one word missed. A continent that holds a country of
    the fact base ("Asia") is the fact base's wider region, no name of another thing."""
    if not nowhere:
        return True
    written = [(word, set(tokens(word))) for word in query.text.split()]
    missed = sum(1 for _, terms in written if terms & set(nowhere))
    n = len(query.terms)
    if n < NOWHERE_FROM or missed > share * n or matched < NOWHERE_MATCHED * n - 1e-9:
        return False
    names = {t for k, (word, terms) in enumerate(written) if _named(word, k) for t in terms}
    years = {t for t in nowhere if len(t) == 4 and t.isdigit() and t[:2] in CENTURIES}
    names |= years - absence.dated_years(index.catalogue())
    if names.isdisjoint(nowhere):
        return True
    from defcoop_cli.lookup.search.atlas.places import wider_region

    has = index.vocabulary().has
    return all(wider_region(t, has) for t in names.intersection(nowhere))


def _named(word: str, at: int) -> bool:
    """Whether a word as written is a name: a capital past the query's first word, or an
    acronym anywhere ("AWWA army wives japan visit": its capitals are no sentence's)."""
    letters = "".join(c for c in word if c.isalpha())
    return word[:1].isupper() if at else len(letters) > 1 and letters.isupper()
