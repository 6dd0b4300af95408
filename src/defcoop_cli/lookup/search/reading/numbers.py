"""Numbers written in words read as digits, in a query and in a fact alike: "twenty six
killed" is "26 killed", as the curator's note writes it. Only the numbers from eleven up
("eleven", "twenty", "twenty six", "ninety-nine"): one to ten stay words, as news writes
them ("the two sides", "six months"), and so the facts that use them still match them."""

_UNITS = {w: n for n, w in enumerate("one two three four five six seven eight nine".split(), 1)}  # noqa: SIM905
_TEENS = {
    w: n
    for n, w in enumerate(
        "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),  # noqa: SIM905
        11,
    )
}
_TENS = {
    w: 10 * n
    for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)  # noqa: SIM905
}
NUMBER_WORDS = frozenset(_TEENS) | frozenset(_TENS)


def in_digits(words: list[str]) -> list[str]:
    """The words with each number from eleven up written in words as its digits ("twenty",
    "six": "26"; "fifteen": "15"); the rest as they are."""
    out: list[str] = []
    tens = False  # the last word was a multiple of ten written in words
    for word in words:
        if tens and word in _UNITS:
            out[-1] = str(int(out[-1]) + _UNITS[word])
            tens = False
            continue
        tens = word in _TENS
        out.append(str(_TENS[word]) if tens else str(_TEENS[word]) if word in _TEENS else word)
    return out
