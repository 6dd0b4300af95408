"""Whose act or view a query asks that its match does not report: another nation's act, the
editorial's view.

A nation the closest match does not hold, and that is no party of the fact base's events
("australia" of "australia invites japanese firms to build submarines", where India invited
them), names who acts in the query: another party's act, not the one the match reports.
The closest matches' bar lets no such word go unmatched (another_party); a party's name
("japan" of "Nakatani, current defence minister of Japan or former") may go, as may any
other word held elsewhere. Nor may such a nation, by its own name (no possessive: "china's
navy" names whose navy), stand first in the query or after its question's auxiliary and
right before a verb's form the first full match holds ("australia invites japanese firms
to invest", "china reaffirmed …"; not "china assertive behaviour"): it acts, in the query,
what the match reports a party of the base acting (another_actor).

A word right before a view or a stance ("spiritual view: …", "the pacifist stance on …")
that only the editorial's facts hold, by its own words, names whose view is asked: the
editorial's, which search leaves out unless asked. The shown facts that hold the query's
other words are not that view: search shows none (editorial_voice), as for an entity only
the editorial names (registers._past_the_editorial). A word the editorial holds alone
elsewhere in the query ("global peace and harmony") names no voice. A word names a voice
when it names who speaks or what the editorial's facts are about (one of their entities'
names, their keywords, their topics' titles), alone or before another such word of the
editorial's ("kabir sahib views"); not a word their statements only use in passing, which
says what kind the view is, not whose ("japan's true stance on X": the editorial's "true
knowledge" is no voice).
"""

from collections.abc import Iterable
from functools import lru_cache

from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.vocab import EDITORIAL, shipped_text, table_rows
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.atlas.places import GAZETTEER
from defcoop_cli.lookup.search.matching import own_forms
from defcoop_cli.lookup.search.ranking import Ranking
from defcoop_cli.lookup.search.reading.absence import AUXILIARIES
from defcoop_cli.lookup.search.reading.bodies import STANCES
from defcoop_cli.lookup.search.reading.grammar import verb
from defcoop_cli.lookup.search.words import QUESTION_WORDS, Query, tokens


def another_party(unmatched: Iterable[str], index: Index) -> str:
    """The first unmatched term that names, alone, a nation (a country of the gazetteer or
    of the fact base, or its demonym) none of whose names is a party's of the fact base's
    events (above)."""
    terms = [t for t in unmatched if t.isalpha()]
    if not terms:
        return ""
    ids = {p for event in index.catalogue().events for p in event.parties}
    named = [
        (e.id, frozenset(" ".join(tokens(n)) for n in (e.name, *e.aliases)))
        for e in _countries(index)
    ]
    held = frozenset().union(*(names for i, names in named if i in ids))
    nations = {n: names for _, names in named for n in names if " " not in n}
    nations.update({n: names | nations.get(n, frozenset()) for n, names in _nations().items()})
    return next((t for t in terms if t in nations and held.isdisjoint(nations[t])), "")


def _countries(index: Index) -> list[Entity]:
    return index.entities_at(index.entity_listing("country")[0])


@lru_cache(maxsize=1)
def _nations() -> dict[str, frozenset[str]]:
    """Each one-word name of a nation of the gazetteer (its country, its demonyms), with
    all that nation's names. Read from the file beside the package (places.GAZETTEER)."""
    found: dict[str, frozenset[str]] = {}
    for country, _capital, demonym, _form, _more in table_rows(shipped_text(GAZETTEER), 5):
        names = frozenset(" ".join(tokens(n)) for n in [country, *demonym.split(";")] if n)
        found.update({n: names for n in names if " " not in n})
    return found


def another_actor(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none when a nation no party of the base's events, which its first
    match does not hold, acts in the query (above)."""
    held = {d.term for d in ranking.matches[0].details} if ranking.matches else set()
    words, asking = tokens(query.text), QUESTION_WORDS.union(AUXILIARIES.split())
    acting = [  # a subject's word the match misses, before a word it holds
        w
        for k, w in enumerate(words[:-1])
        if (k == 0 or words[k - 1] in asking)
        and w not in held
        and words[k + 1] in held
        and verb(words[k + 1])  # acts: "china reaffirms …", not "china assertive behaviour"
    ]
    nation = another_party(acting, index) if acting and held else ""
    if not nation or f"{nation}'s" in query.text.lower():
        return ranking
    return ranking._replace(matches=[], total=0)


def editorial_voice(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none when the query asks a view named by a word only the editorial's
    facts hold (above) and none of them is shown."""
    if not ranking.matches:
        return ranking
    editorial, vocabulary = index.facet(f"kind:{EDITORIAL}"), index.vocabulary()
    words = tokens(query.text)
    for k, after in enumerate(words):
        if after not in STANCES:
            continue
        held: set[int] = set()
        for word in reversed(words[:k]):  # the editorial's words right before the view
            own = own_forms(word, vocabulary) if word in query.terms else {}
            found = set(index.hits(own)) if own else set()
            if not found or not found <= editorial:
                break
            if _names_a_voice(index, own, found):
                held = found
                break
        if held:
            shown = index.positions([m.fact.id for m in ranking.matches])
            return ranking if shown & held else ranking._replace(matches=[], total=0)
    return ranking


def _names_a_voice(index: Index, own: Iterable[str], held: set[int]) -> bool:
    """Whether a fact that holds the word (by its own forms) has it in one of its entities'
    names, its keywords or its topics' titles: who speaks, or what it is about (above)."""
    forms, titles = set(own), {t.id: (t.title, *t.aliases) for t in index.topics}
    for fact in index.facts_at(sorted(held)):
        names = [n for e in map(index.entity, fact.entities) if e for n in (e.name, *e.aliases)]
        names += [*fact.keywords, *(n for t in fact.topics for n in titles.get(t, ()))]
        if any(forms.intersection(tokens(n)) for n in names):
            return True
    return False
