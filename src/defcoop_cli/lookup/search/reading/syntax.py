"""Search-engine syntax, typed out of habit, read as a web search engine reads it.

- A leading minus excludes a word or a quoted phrase (`malabar -australia`,
  `-"south china sea"`), as does NOT in capitals before it (`pahalgam NOT briefing`) when
  the query is not all in capitals. A minus inside a word (co-production) or apart from
  it (`india - japan`) is no exclusion. NOT after an auxiliary in its clause is the
  negation it spells (`why did India NOT condemn the attack`, `Japan has NOT joined`): it
  asks about the act, which it does not leave out. What an exclusion leaves out is decided by the
  index (reading/exclusion.py); here it is only taken out of the words searched for.
- "Quoted phrases" are searched for their words, which count only as neighbours where the
  fact base holds them so (text.Query.quoted, matching.quoted_only).
- AND and OR in capitals are the function words they spell (text.STOPWORDS): every other
  word is searched for as usual, never "or" taken for a typo of another word.
- `site:`, `inurl:`, `filetype:` and the like name a web page, not what a fact says: they
  are dropped with their value; `intitle:`, `intext:` and the like keep their value as a
  word (`intitle:malabar` searches for malabar). A trailing "?" is punctuation.
"""

import re
from collections.abc import Sequence

from defcoop_cli.patterns import Lazy
from defcoop_cli.tuples import NamedTuple

# Web search operators whose value is an address, a file type or a date: no term.
DROPPED = frozenset(
    "site inurl allinurl filetype ext cache related info link before after daterange".split()  # noqa: SIM905
)
# Operators whose value is a word of the page's text: the word is searched for.
KEPT = frozenset(
    ["intitle", "allintitle", "intext", "allintext", "inanchor", "allinanchor", "inbody"]
)
_OPERATOR = Lazy(r"(?<!\S)([A-Za-z]+):(\"[^\"]*\"|\S+)")
# A minus after a space (or first) and before a letter or a quote; NOT in capitals before a
# word or a quote (not in a query all in capitals). A word runs to a space or a quote.
_WORD_OR_PHRASE = r"(\"[^\"]*\"?|[^\W\d_][^\s\"]*)"
_MINUS = Lazy(r"(?<!\S)-" + _WORD_OR_PHRASE)
_MINUS_OR_NOT = Lazy(r"(?:(?<!\S)-|(?<!\S)NOT\s+)" + _WORD_OR_PHRASE)
_QUOTED = Lazy(r"\"([^\"]+)\"")
# Auxiliaries: NOT after one (the subject between, in a question) negates the verb.
AUXILIARIES = frozenset(
    "did do does is was were are has have had will would can could should".split()  # noqa: SIM905
)
AUXILIARY_REACH = 4  # "did the Indian government NOT condemn": the subject's words between
_CLAUSE_END = Lazy(r"[,;:.?!()]")


class Syntax(NamedTuple):
    text: str  # the query without its exclusions and operators' names
    excluded: tuple[str, ...] = ()  # each exclusion's text, without its minus or quotes
    quoted: tuple[str, ...] = ()  # each quoted phrase's text
    alternatives: tuple[str, ...] = ()  # "a OR b c": the texts "a c" and "b c"


def _operator(match: re.Match[str]) -> str:
    name, value = match.group(1).lower(), match.group(2)
    if name in DROPPED:
        return " "
    if name in KEPT:
        return f" {value} "
    return match.group(0)


_EXCLUDED_PART = Lazy(r"-[^\W\d_][^\"]*\s[^\"]*")


def read_parts(parts: Sequence[str]) -> Syntax:
    """The syntax of a query given in parts (command-line arguments). One among others that
    begins with a minus and holds spaces is what a shell makes of `-"south china sea"`: an
    excluded phrase (one alone is a query typed whole: `'-australia malabar'`)."""
    words = [p.strip() for p in parts]
    if len(words) > 1:
        words = [f'-"{w[1:]}"' if _EXCLUDED_PART.fullmatch(w) else w for w in words]
    return read_syntax(" ".join(words).strip())


def read_syntax(text: str) -> Syntax:
    """The query's words to search, its exclusions, its quoted phrases and alternatives
    (text._syntax calls it only for a query that may hold some)."""
    if ":" in text:
        text = _OPERATOR.sub(_operator, text)
    excluded: list[str] = []

    def exclude(match: re.Match[str]) -> str:
        if match.group(0).startswith("NOT") and _negates(match.string[: match.start()]):
            return match.group(0)
        excluded.append(match.group(1).strip('"'))
        return " "

    text = (_MINUS if text.isupper() else _MINUS_OR_NOT).sub(exclude, text)
    quoted = tuple(m.group(1) for m in _QUOTED.finditer(text)) if '"' in text else ()
    text = " ".join(text.split())
    either = alternatives(text) if "OR" in text else ()
    return Syntax(text, tuple(e for e in excluded if e.strip()), quoted, either)


def _negates(before: str) -> bool:
    """Whether NOT after this text negates a verb: an auxiliary among the last words of
    its clause."""
    clause = _CLAUSE_END.split(before)[-1].split()[-AUXILIARY_REACH:]
    return any(w.lower() in AUXILIARIES for w in clause)


OR = "OR"
MAX_ALTERNATIVES = 8  # past these, the words of every alternative are searched together
_UNITS = Lazy(r"\"[^\"]*\"|\S+")


def _operand(units: list[str], start: int, step: int) -> int:
    """Where the operand of OR next to units[start] ends (step -1: begins): a quoted
    phrase or a word, or a run of capitalised words, as a name is written ("South China
    Sea OR UNCLOS"; so a query in title case binds OR to all its words)."""
    end = start
    while 0 <= end + step < len(units) and units[end][:1].isupper():
        after = units[end + step]
        if not after[:1].isupper() or after in (OR, "AND", "NOT"):
            break
        end += step
    return end


def alternatives(text: str) -> tuple[str, ...]:
    """The query once for each choice its ORs in capitals offer: "drone OR UAV
    cooperation" is "drone cooperation" and "UAV cooperation" (none without an OR
    between two operands, nor in a query all in capitals)."""
    units = _UNITS.findall(text)
    if OR not in units[1:-1] or text.isupper():
        return ()
    groups: list[list[str]] = []  # each a choice of texts; plain words a choice of one
    i = 0
    while i < len(units):
        if units[i] == OR and groups and i + 1 < len(units):
            end = _operand(units, i + 1, 1)
            groups[-1].append(" ".join(units[i + 1 : end + 1]))
            i = end + 1
            continue
        if i + 1 < len(units) and units[i + 1] == OR:
            begin = _operand(units, i, -1)
            groups[len(groups) - (i - begin) :] = []  # the name's words before, regrouped
            groups.append([" ".join(units[begin : i + 1])])
        else:
            groups.append([units[i]])
        i += 1
    choices: list[list[str]] = [[]]
    for group in groups:
        choices = [[*c, g] for c in choices for g in group]
        if len(choices) > MAX_ALTERNATIVES:
            return ()
    return tuple(" ".join(c) for c in choices) if len(choices) > 1 else ()
