"""A written question's frame around the sides of the talks: whom a step is aimed at, and
who led a side (formal.unframed reads both before the rest of its frame).

A question whom a step is aimed at names a state after "aimed at", "directed against",
"targeted at" ("is the partnership aimed at China", "drills directed against Beijing"):
a step aimed at a state is one that counters it, and it is read as "countering" the state
(the gazetteer's countries, peoples and capitals: search/atlas/places.py), named alone. What a
step is aimed at that is no state, or a state's own ("aimed at Indian self-reliance"), is
its purpose ("talks aimed at closer ties", "aimed at reviewing"), read as it is; so is one
aimed at a party of the talks, a nation the base's events hold as a party ("the meeting
was aimed at Japan", "cooperation aimed at India": read_aim, with the fact base).

A question who led a side names the side by its country ("who led the Indian side in the
talks with Japan's special advisor", "who headed the Japanese delegation to Delhi"): at
talks, a side is led by the one who met the other side's, so the question asks who met,
and is read so ("who met Indian in the talks"): the verb of leading (LEADING) as "met",
the side's noun (SIDES) no word to look for, and the other side, named after "with", the
one not asked about. Without a side ("who led the talks") it is read as it is; a party or a
team is a side only with whose it is named before it ("the Japanese party"): "who led the
party" asks of a political party, read as it is."""

from defcoop_cli.lookup.search.words import STOPWORDS, tokens

TYPE_CHECKING = False
if TYPE_CHECKING:
    from defcoop_cli.lookup.protocol import Index
    from defcoop_cli.lookup.search.words import Query

AIMING = frozenset(["aimed", "directed", "targeted", "pointed"])
AT_WHOM = frozenset(["at", "against"])
COUNTERING = "countering"


LEADING = frozenset("led lead leads headed heads heading leading".split())  # noqa: SIM905
SIDES = frozenset("side delegation team party contingent".split())  # noqa: SIM905
# A party or a team is a side only with whose it is before it ("the Japanese party", "the
# army team"); a bare "the party" is a political one, "the team" any team
NAMED_SIDES = frozenset(["party", "team"])
ASKING_WHO = frozenset(["who", "which"])
MET = "met"


def leader_read(words: list[str]) -> list[str]:
    """A question who led a side read as who met, the other side dropped (the docstring)."""
    for i, w in enumerate(words):
        if w not in LEADING or ASKING_WHO.isdisjoint(words[:i]):
            continue
        j = i + 1 + (words[i + 1 : i + 2] == ["the"])
        side = next((k for k in range(j, min(j + 3, len(words))) if words[k] in SIDES), None)
        if side is not None and (words[side] not in NAMED_SIDES or words[j:side]):
            rest = words[side + 1 :]
            return [*words[:i], MET, *words[j:side], *rest[: [*rest, "with"].index("with")]]
    return words


def aimed_read(words: list[str], function_words: frozenset[str]) -> list[str]:
    """The words with "aimed at" a state read as "countering" it (the docstring)."""
    out: list[str] = []
    for i, w in enumerate(words):
        if (
            w in AT_WHOM
            and out
            and out[-1] in AIMING
            and _a_state_alone(words[i + 1 :], function_words)
        ):
            out[-1] = COUNTERING
            continue
        out.append(w)
    return out


def read_aim(index: "Index", query: "Query") -> "Query":
    """The query with a step "aimed at" one of the base's parties (a nation its events
    hold as a party, by its name, people or capital) read as its purpose, as it is
    written, not as countering the party (the docstring): "the meeting was aimed at Japan",
    "Japanese investment aimed at India"."""
    said = tokens(query.text)
    if COUNTERING not in query.terms or COUNTERING in said:
        return query
    aims = [i for i in range(len(said) - 1) if said[i] in AIMING and said[i + 1] in AT_WHOM]
    if not aims or not all(_a_party(index, said[i + 2 :], STOPWORDS) for i in aims):
        return query
    terms = iter(said[i] for i in aims)
    return query._replace(
        terms=tuple(next(terms, t) if t == COUNTERING else t for t in query.terms)
    )


def _a_party(index: "Index", words: list[str], function_words: frozenset[str]) -> bool:
    """Whether the words open, past function words, on a name of a party's nation."""
    from defcoop_cli.factbase.vocab import shipped_text, table_rows
    from defcoop_cli.lookup.search.atlas.places import GAZETTEER  # only for a step aimed

    word = next((w for w in words if w not in function_words), "")
    ids = {p for event in index.catalogue().events for p in event.parties}
    held = {n.lower() for e in map(index.entity, ids) if e for n in (e.name, *e.aliases)}
    for country, capital, demonyms in table_rows(shipped_text(GAZETTEER), 3):
        names = {country, capital, *demonyms.split(";")} - {""}
        if country.lower() in held and word in {n.lower().split()[-1] for n in names}:
            return True
    return False


def _a_state_alone(words: list[str], function_words: frozenset[str]) -> bool:
    """Whether the words, past function words, open on a state's name with no word of
    substance right after it ("china", "the chinese?"; not "indian self-reliance")."""
    from defcoop_cli.lookup.search.atlas.places import names_a_state  # only for a step aimed

    k = next((j for j, w in enumerate(words) if w not in function_words), len(words))
    after = words[k + 1 : k + 2]
    return k < len(words) and names_a_state(words[k]) and (not after or after[0] in function_words)
