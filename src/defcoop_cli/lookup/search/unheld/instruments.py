"""A named instrument of a state's law or policy that the fact base does not hold (issue 25):
a numbered provision ("article 9", "section 3a", "clause IV") and a nation's policy known by
the count of its parts ("japan's three principles", "india five pillars"). Asked beside
words the base holds (a nation's name, defence, equipment), it is still the thing asked: a
closest match on the other words says nothing of it, and search refuses the query
(refused kind `instrument`). Held where the base holds it: the provision's number, or the
parts' noun. Parts counted of no nation ("the three principles the vision supports") may be
the base's own listed by other words, and are left to search.

A regime's or a regulator's rules, named by a word the query writes as a name in capitals
("SEBI guidelines", "FDI rules", "SEBI disclosure norms"; not "MoD", a clipped word) before
a noun of rules (RULES, within RULES_REACH words), are such an instrument too: the base
holds them where it holds the name itself, as its own word or a clipped one, or, for an
abbreviation the thesaurus spells out, every word it spells ("FOIP": free, open,
Indo-Pacific), or any it relates spelling none out. A word whose spelled words the base
lacks ("FDI": related to investment, but no foreign direct investment held) names a
subject the base touches, not its rules (rules_elsewhere). A nation's rules are the
nation's, read as a place is (unheld/gazetteer.py); a word in lower case, or in a
headline's capitals, is no name ("rules-based order", "fdi rules": a typo stays a typo).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from defcoop_cli.patterns import Lazy

# The words that number a provision of a law, a charter or a treaty; "article" is also the
# word for the one report the base is drawn from, so only a number after it makes it one.
# A paragraph or a chapter numbered may be the report's own ("paragraph 2"): not read.
PROVISIONS = frozenset("article articles section sections clause clauses".split())  # noqa: SIM905
# 9, 370, 3a, ix (a roman numeral; not "i", the pronoun)
_NUMBERED = Lazy(r"^(\d{1,3}[a-z]?|[ivxl]{2,6}|v|x)$")
# The parts a policy is named by the count of ("the three principles on arms exports").
PARTS = frozenset(
    """principles principle pillars pillar tenets tenet guidelines commandments
    doctrines""".split()  # noqa: SIM905
)
_COUNTS = frozenset(
    "two three four five six seven eight nine ten twelve".split()  # noqa: SIM905
)
_POINTED = Lazy(r"^(\d{1,2}|" + "|".join(sorted(_COUNTS)) + r")$")


# A regime's rules (the docstring): nouns of rules, not "law" (the law of the sea is held)
RULES = frozenset(
    "rules regulation regulations norms guidelines bylaws policy policies".split()  # noqa: SIM905
)
_WRITTEN = Lazy(r"[^\W_]+")
RULES_REACH = 2  # the name at most this many words before: "SEBI disclosure norms"
_CAPITALS = 2  # a name in capitals, two or more ("FDI"; not "MoD", a clipped word, nor "I")


def rules_elsewhere(text: str, held: Callable[[str], bool], nation: Callable[[str], bool]) -> str:
    """The first regime's rules the query names (the module's docstring) that the base
    does not hold, as "name rules" in lower case; "" for none. `held` tells a name the base
    holds (its own word, a clipped word or an abbreviation whose spelled words it holds)."""
    if text.isupper():  # a headline's capitals set no word apart ("NEW DRAFT POLICY")
        return ""
    written = _WRITTEN.compiled.findall(text)
    for i, noun in enumerate(written):
        if noun.lower() not in RULES:
            continue
        for name in written[max(0, i - RULES_REACH) : i]:  # "SEBI disclosure norms"
            word = name.lower()
            named = len(name) >= _CAPITALS and name.isupper() and name.isalpha()
            if named and not held(word) and not nation(word):
                return f"{word} {noun.lower()}"
    return ""


_POSSESSIVE = frozenset(["s", "the", "its"])  # "japan's three principles": "japan s three"


def instrument_elsewhere(
    words: Sequence[str], held: Callable[[str], bool], nation: Callable[[str], bool]
) -> str:
    """The first named instrument of the query's words (above) that the base does not
    hold, as the words write it; "" for none. `nation` tells a word that names a nation."""
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in PROVISIONS and _NUMBERED.match(after) and not held(after):
            return f"{word} {after}"
        if (
            _POINTED.match(word)
            and after in PARTS
            and not held(after)
            and _of_nation(words, i, nation)
        ):
            return f"{word} {after}"
    return ""


def _of_nation(words: Sequence[str], i: int, nation: Callable[[str], bool]) -> bool:
    """Whether the count at words[i] follows a nation's name ("japan three", "india's
    five"), maybe with a possessive's "s" between."""
    before = [w for w in words[max(0, i - 2) : i] if w not in _POSSESSIVE]
    return bool(before) and nation(before[-1])
