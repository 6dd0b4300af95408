"""Hindi in Latin letters (Hinglish), as an Indian student, reader or scriptwriter types a
question around English words ("dharma guardian kis ke beech hota hai", "kitne log mare
pahalgam"), read as the English question it asks before the query is parsed (in_english),
so the question and function words the search knows in English do their work.

Its grammar words are read as English's: the question words ask what the English ones do
(kab: when, kahan: where, kaun: who, kitne: how many, kaisa: how), the verb "to be" is
English's (hai: is, tha: was: "kaun hai" asks who is, "kaisa tha" how it was), "aur",
"bhi", "dono" are and, also, both, and the postpositions, particles and helping verbs (ka,
ke, ki, ne, se, mein, par, hi, liya, raha) are no term. Its content words (hinglish.json:
each with what it means) are read as the English word they mean (sainya: military, abhyas:
exercise, mulakat: meeting, log: people); "naam" before a form of "lena" is "mentioned"
("china ka naam liya": was China named). Romanised Hindi is spelt many ways: a doubled
vowel and a single one (aa/a, ee/i, oo/u), q and k, w and v are one (folded).

A query is read so only where two of those words stand and one is no English word nor a
name: "par", "se", "hi", "log", "mare", "desh", "naam", "raha", "beech" alone are
English's or a name's ("on par with", "maritime log", "beech forests"), and one "ka" a
band's name ("Ka-band"); "the" is never read as Hindi.
"""

import os
from collections.abc import Sequence
from functools import cache

from defcoop_cli.lookup.search.reading.typed.rewriting import (
    WORD,
    forms_read,
    spliced,
    table_entries,
)

TABLE = os.path.join(os.path.dirname(__file__), "hinglish.json")

# The grammar words, each as English asks or says it ("": no word), compared folded.
QUESTIONS = {
    **dict.fromkeys(["kya"], "what"),
    **dict.fromkeys(["kab"], "when"),
    **dict.fromkeys(["kahan", "kidhar"], "where"),
    **dict.fromkeys(["kaun", "kon", "kisne", "kinhone"], "who"),
    **dict.fromkeys(["kis", "kisi", "kin", "kaunsa", "konsa", "kaunse", "konse"], "which"),
    **dict.fromkeys(["kyun", "kyon", "kyu", "kyo"], "why"),
    **dict.fromkeys(["kaise", "kaisa", "kaisi"], "how"),
    **dict.fromkeys(["kitne", "kitni"], "how many"),
    **dict.fromkeys(["kitna"], "how much"),
}
_DROPPED = """ka ke ko ne mein mei me ki se par pe tak hota hoti hote hoga hogi honge ho
raha rahi rahe hua hui hue gaya gayi gaye kiya kia kiye kar karo karna karte karta diya diye
liya liye lia li sakta sakte mila mili wala wali wale yeh ye iska uska inka unka iske uske
unke inke apna wo vo batao bataiye bataye samjhao hi ya"""
FUNCTION = {
    **dict.fromkeys(_DROPPED.split(), ""),
    **dict.fromkeys(["hai"], "is"),
    **dict.fromkeys(["hain"], "are"),
    **dict.fromkeys(["tha", "thi"], "was"),
    **dict.fromkeys(["kaha", "kahi"], "said"),
    **dict.fromkeys(["aur"], "and"),
    **dict.fromkeys(["bhi"], "also"),
    **dict.fromkeys(["dono"], "both"),
    **dict.fromkeys(["sab", "sabhi"], "all"),
    **dict.fromkeys(["nahi", "nahin"], "not"),
    **dict.fromkeys(["baare", "bare"], "about"),
    **dict.fromkeys(["saath", "sath"], "with"),
}
# English words or names too ("on par with", "kin", "bare", "Mila", "Kia", Japanese "-dono"
# after a name): read in a Hinglish query, but never what makes one
SHARED = frozenset(
    """ki se me par pe ho hi ya ye wo vo kin kar sab mila wali wale hue raha dono li
    mei bare kia""".split()  # noqa: SIM905
)
# "naam" before a form of "lena" (to take): named, mentioned ("china ka naam liya")
NAMING, TAKEN = "naam", frozenset("liya liye li lia lete leta lena".split())  # noqa: SIM905
MENTIONED = "mentioned"


def folded(word: str) -> str:
    """The word as its spellings share it: doubled vowels single, q as k, w as v."""
    if not any(c in word for c in "aeouqw"):  # most words of most queries: none to fold
        return word
    for long, short in (("aa", "a"), ("ee", "i"), ("oo", "u"), ("q", "k"), ("w", "v")):
        word = word.replace(long, short)
    return word


@cache
def _content() -> tuple[dict[str, str], frozenset[str]]:
    """hinglish.json's words (folded), each as the English it reads; those English has."""
    return forms_read(table_entries(TABLE), "words", folded)


@cache
def _grammar() -> dict[str, str]:
    """The grammar words (folded), each as it reads in English."""
    return {folded(w): read for w, read in {**FUNCTION, **QUESTIONS}.items()}


@cache
def _readings() -> tuple[dict[str, str], frozenset[str]]:
    """Every Hindi word (folded) as it reads in English, and those that make no query Hindi."""
    content, shared = _content()
    return {**content, **_grammar()}, frozenset(map(folded, SHARED)) | shared


def is_hinglish(words: Sequence[str]) -> bool:
    """Whether the words (folded) are Hindi in Latin letters: two Hindi words, one of them
    no English word nor a name, and a grammar word among them or two such words ("sainya
    abhyas"): "Raksha Mantri", a title Indian English writes, is no Hinglish of itself."""
    readings, shared = _readings()
    hindi = readings.keys() & set(words)
    own = hindi - shared
    grammar = bool(hindi & _grammar().keys())
    return len(hindi) >= 2 and bool(own) and (grammar or len(own) >= 2)


def in_english(text: str, words: Sequence[str]) -> str | None:
    """The text of a Hinglish query (its words: tokens) as the English question it asks
    ("kitne log mare pahalgam": how many people died pahalgam), each Hindi word replaced
    where it stands, the rest as typed; None for any other query."""
    if not is_hinglish([folded(w) for w in words]):
        return None
    readings, _ = _readings()
    typed = list(WORD.compiled.finditer(text))
    said = [folded(m.group().lower()) for m in typed]
    out, end = [], 0
    for i, (match, word) in enumerate(zip(typed, said, strict=True)):
        out.append(text[end : match.start()])
        end = match.end()
        if word in TAKEN and i and said[i - 1] == folded(NAMING):
            continue  # read with the "naam" before it
        if word == folded(NAMING) and said[i + 1 : i + 2] and said[i + 1] in TAKEN:
            out.append(MENTIONED)
            continue
        read = readings.get(word, match.group())
        beside = {m.group().lower() for m in typed[max(i - 1, 0) : i + 2]} - {match.group().lower()}
        out.append("" if read in beside else read)  # "aapda disaster": one disaster
    return spliced(out, text, end)
