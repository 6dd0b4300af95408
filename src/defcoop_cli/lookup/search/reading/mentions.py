"""A readout checker's frame around what it asks ("does the article mention X", "which word
does the writer use for X"), read past as the function phrases are (issue 25)."""

import itertools

from defcoop_cli.lookup.search.reading.written.formal import worded_in

# A readout checker's frame (issue 25): people who check a readout ask whether and how the
# text says something: "does the article mention X", "is X referred to anywhere in the
# piece", "X reference in the text", "which word does the writer use for X", "how does the
# piece characterise X", "any language on X", "quote the line on X", "where in the text is
# X mentioned", "X: is it mentioned at all?", "X wording in the talks". The facts that say X
# answer them; the frame's words (the mention, the wording, the text itself) are none of
# what to find. A frame is read only when a word of mention or of wording says it is one:
# "the article" alone, or "term of office", "language" alone, stays a word to look for.
_MENTION = frozenset(
    """mention mentions mentioned mentioning refer refers referred referring reference
    references referenced cite cites cited citing quote quotes quoted quoting invoke
    invokes invoked""".split()  # noqa: SIM905
)
_CALLED_OUT = frozenset(  # "spelled out", "brought up", "by name": a frame by themselves
    [(v, "out") for v in ("spell", "spells", "spelled", "spelt")]
    + [(v, "up") for v in ("bring", "brings", "brought")]
    + [("by", "name")]
)
_PARTICLES = _CALLED_OUT | {("at", "all"), ("write", "up")}  # "is it mentioned at all"
_WORDING = frozenset(
    """word words wording worded phrase phrases phrasing phrased term language adjective
    adjectives verb verbs line lines sentence sentences""".split()  # noqa: SIM905
)
_USING = frozenset(  # and _FRAMING's words, below
    """use uses used using describe describes described describing characterise
    characterises characterised characterize characterizes characterized portray portrays
    portrayed style styles styled give gives gave""".split()  # noqa: SIM905
)
# How the text frames X ("framing of X", "how does the article frame X"): the frame is asked
# of X, which is what to find; "framing of" is a frame by itself, "time frame" is no frame.
_FRAMING = frozenset(["frame", "frames", "framed", "framing"])
_FRAMING_OF = ("framing", "of")
_NO_FRAMING = frozenset(["time", "timeframe", "picture", "photo", "aircraft", "steel"])
_ABOUT = frozenset(["on", "about", "for", "regarding", "to"])  # "language on X", "term for X"
_WORDED_IN = frozenset("word words wording phrase phrases phrasing".split())  # noqa: SIM905
_TEXTS = frozenset(
    """article articles piece text writeup readout story copy report writer author
    section paragraph coverage""".split()  # noqa: SIM905
)
_SHOWING = frozenset(["name", "names", "named", "given"])
NAMING = (["name"], ["names"])  # "does the text name", "was X named"
# How closely the wording is asked: "anywhere", "verbatim", "the exact English title" (the
# article is in English: its own word is asked)
_HEDGES = frozenset(
    ["anywhere", "explicitly", "specifically", "exact", "exactly", "verbatim", "english"]
)
_WHEREVER = frozenset(["anywhere", "explicitly", "verbatim"])  # with the text: a frame
_COPULAS_BEFORE = frozenset(["is", "are", "was", "were", "been"])
_FRAME_WORDS = _MENTION | _TEXTS | _HEDGES | _WORDING | _USING | _FRAMING


def without_mention_frame(words: list[str], function_words: frozenset[str]) -> list[str]:
    """The words without a readout checker's frame (above), when they hold one and a word
    to look for is left; "where in the text" goes whole, so that no place is asked."""
    if not _a_frame(words):
        return words
    drop: set[int] = set()
    for i, w in enumerate(words):
        if tuple(words[i : i + 2]) in _PARTICLES:
            drop.update((i, i + 1))
        elif _modified(words, i, function_words):
            continue
        elif w in _FRAMING and not _no_other_frame(words, i):
            continue  # "the time frame": a word to look for
        elif w in _FRAME_WORDS or (w in _SHOWING and _shows(words, i)) or _where_in_text(words, i):
            drop.add(i)
    kept = [w for i, w in enumerate(words) if i not in drop]
    return kept if any(w not in function_words for w in kept) else words


def _modified(words: list[str], i: int, function_words: frozenset[str]) -> bool:
    """Whether words[i], a word for a text, ends a noun phrase with a modifier before it
    ("the annual report", "the ministry's year-end report"): a text asked about, not the
    one read ("the article", "this piece")."""
    before = words[i - 1] if i else ""
    return (
        words[i] in _TEXTS
        and bool(before)
        and before not in function_words
        and before not in _FRAME_WORDS
    )


def _a_frame(words: list[str]) -> bool:
    """Whether a word of mention or of wording makes the words a readout checker's frame."""
    pairs = list(itertools.pairwise(words))
    if not _MENTION.isdisjoint(words) or any(p in _CALLED_OUT or _framing_of(p) for p in pairs):
        return True
    framing = [i for i, w in enumerate(words) if w in _FRAMING and _no_other_frame(words, i)]
    using = not _USING.isdisjoint(words) or bool(framing)
    using = using or not _WHEREVER.isdisjoint(words)  # "anywhere in X"
    for i, w in enumerate(words):
        after = words[i + 1 : i + 2]
        in_y = w in _WORDED_IN and worded_in(words, i, _TEXTS)  # "X wording in Y" (formal.py)
        if w in _WORDING and (using or _ABOUT.intersection(after) or in_y):
            return True
        if w in _TEXTS and (using or not _WORDING.isdisjoint(words) or after in NAMING):
            return True
        if w == "named" and not _COPULAS_BEFORE.isdisjoint(words[:i]):
            return True
    return False


def _shows(words: list[str], i: int) -> bool:
    """Whether words[i], a verb of showing, is the frame's: the text's "name", a passive
    "named", "given" that is no given name."""
    if words[i] == "given":
        return words[i + 1 : i + 2] != ["name"]
    if words[i] == "named":
        return not _COPULAS_BEFORE.isdisjoint(words[:i])
    return i > 0 and words[i - 1] in _TEXTS


def _where_in_text(words: list[str], i: int) -> bool:
    """Whether words[i] is the "where" of "where in the text": a place in the text."""
    return (
        words[i] == "where"
        and words[i + 1 : i + 2] == ["in"]
        and not _TEXTS.isdisjoint(words[i + 2 : i + 4])
    )


def _framing_of(pair: tuple[str, str]) -> bool:
    """Whether two words are "framing of", the frame of "framing of X" by itself."""
    return pair == _FRAMING_OF


def _no_other_frame(words: list[str], i: int) -> bool:
    """Whether words[i], a word of framing, is the text's framing of what is asked, not a
    frame of another kind ("time frame", "picture frame")."""
    return not (i and words[i - 1] in _NO_FRAMING)
