"""Numbers written in words read as digits, in a query and in a fact alike: "twenty six
killed" is "26 killed", as the curator's note writes it. Only the numbers from eleven up
("eleven", "twenty", "twenty six", "ninety-nine"): one to ten stay words, as news writes
them ("the two sides", "six months"), and so the facts that use them still match them.

A year as it is spoken is one number ("twenty twenty five", "two thousand and twenty five":
2025), and a day of the month as it is spoken is its digits beside the month's name ("the
fifth of May", "May fifth": 5 May); an ordinal anywhere else stays a word ("the first
meeting").

"The two" is read as "both": "what did the two ministers discuss" asks about both parties,
as "both ministers" does, and "both" is a function word. Not "between the two", which is
how the article too names the parties ("between the two defence establishments"), so its
"two" is looked for."""

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
_ORDINAL_UNITS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"  # noqa: SIM905
        " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(),
        1,
    )
}
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30}
_MONTHS = frozenset(
    "january february march april may june july august september october november december"  # noqa: SIM905
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
CENTURIES = frozenset(["19", "20"])  # a year's: "nineteen ninety", "twenty twenty five", 2025
NUMBER_WORDS = (
    frozenset(_TEENS) | frozenset(_TENS) | frozenset(_ORDINAL_UNITS) | frozenset(_ORDINAL_TENS)
) | frozenset(["thousand"])


def in_digits(words: list[str]) -> list[str]:
    """The words with each number from eleven up written in words as its digits ("twenty",
    "six": "26"; "fifteen": "15"), a year spoken as one number, a day of the month spoken
    beside the month as its digits; the rest as they are."""
    out: list[str] = []
    spoken: list[bool] = []  # whether each word out is a number that was written in words
    tens = False  # the last word was a multiple of ten written in words
    for word in words:
        if tens and word in _UNITS:
            out[-1] = str(int(out[-1]) + _UNITS[word])
            tens = False
            continue
        tens = word in _TENS
        number = _TENS.get(word) or _TEENS.get(word)
        out.append(str(number) if number else word)
        spoken.append(number is not None)
    return _days(_years(out, spoken))


def _years(out: list[str], spoken: list[bool]) -> list[str]:
    """A year spoken in two numbers ("20", "25": "2025") or in thousands ("two thousand and
    twenty five": "2025")."""
    if "thousand" not in out and not any(spoken):
        return out
    years: list[str] = []
    n = 0
    while n < len(out):
        word = out[n]
        pair = spoken[n] and word in CENTURIES and n + 1 < len(out) and spoken[n + 1]
        if pair and 10 <= int(out[n + 1]) <= 99 and out[n + 2 : n + 3] != ["hundred"]:
            years.append(word + out[n + 1])
            n += 2
            continue
        if word == "two" and out[n + 1 : n + 2] == ["thousand"]:  # "two thousand (and) 25"
            after = n + 3 if out[n + 2 : n + 3] == ["and"] else n + 2
            rest = out[after] if after < len(out) else ""
            small = (rest.isdigit() and int(rest) < 100) or rest in _UNITS
            small = small and out[after + 1 : after + 2] not in (["hundred"], ["thousand"])
            value = 2000 + (int(rest) if rest.isdigit() else _UNITS.get(rest, 0)) if small else 2000
            years.append(str(value))
            n = after + 1 if small else n + 2
            continue
        years.append(word)
        n += 1
    return years


def _days(out: list[str]) -> list[str]:
    """A day of the month spoken beside the month ("fifth of may", "may fifth"): its
    digits; an ordinal anywhere else as it is."""
    days = list(out)
    for n, word in enumerate(out):
        day = _ORDINAL_UNITS.get(word) or _ORDINAL_TENS.get(word)
        if day is None:
            continue
        before = out[n - 1] if n else ""
        after = out[n + 2] if out[n + 1 : n + 2] == ["of"] and n + 2 < len(out) else ""
        after = after or (out[n + 1] if n + 1 < len(out) else "")
        ends = n + 1 == len(out) or out[n + 1].isdigit()  # "may fifth (2025)", not "may first
        if (before in _MONTHS and ends) or after in _MONTHS:  # consult": may the verb
            days[n] = str(day)
    return days


def the_two_as_both(words: list[str]) -> list[str]:
    """The words, each "two" after "the" (not after "between the") read as "both"."""
    return [
        "both"
        if w == "two" and words[i - 1 : i] == ["the"] and words[i - 2 : i - 1] != ["between"]
        else w
        for i, w in enumerate(words)
    ]
