"""Hindi in Latin letters (read_hinglish), as an Indian student or reader types a question
("dharma guardian kis ke beech hota hai", "nakatani ka india visit kab hua"): its question
words ask what the English ones do (kab: when, kahan: where, kaun: who, "kaun hai": who
is), its postpositions, particles and helping verbs (ka, ke, ne, mein, hai, hua, kiya, ke
baare me) are function words, and a few of its nouns name what the talks were about
(hamla: attack, desh: country, baithak: meeting, beech: between). A query is read so only
where two of those words stand and one is no English word: "par" and "se" alone are
English's ("on par with"), and one "ka" a band's name ("Ka-band").
"""

import itertools
from collections.abc import Iterable

from defcoop_cli.lookup.search.words import STOPWORDS, Query, tokens

# Hindi typed in Latin letters (the module's docstring): its question words, its function
# words (postpositions, particles, the verb "to be" and the helping verbs of asking), and
# a few of its nouns for what the talks were about, as an English query writes them.
HINDI_QUESTIONS = {
    **dict.fromkeys(["kya", "kyaa"], "what"),
    **dict.fromkeys(["kab"], "when"),
    **dict.fromkeys(["kahan", "kahaan", "kidhar"], "where"),
    **dict.fromkeys(["kaun", "kon", "kisne", "kinhone"], "who"),
    **dict.fromkeys(["kis", "kisi", "kin", "kaunsa", "konsa", "kaunse", "konse"], "which"),
    **dict.fromkeys(["kyun", "kyon", "kyu", "kyo"], "why"),
    **dict.fromkeys(["kaise", "kaisa", "kaisi", "kitna", "kitne", "kitni"], "how"),
}
# No English word: one of them, and two of either list, make a query Hindi.
_HINDI_ONLY = """ka ke ko ne mein mei hai hain hua hui hue tha thi hota hoti hote hoga hogi honge
raha rahi rahe gaya gayi gaye kiya kiye karo karna baare bare liye wala wali wale yeh iska uska
inka unka iske uske unke inke apna batao bataiye bataye samjhao kaha kahi diya diye mila mili
sakta sakte aur bhi tak"""
_HINDI_SHARED = "ki se me par pe ho hi ya ye wo vo"  # not "the", "to": too common in English
HINDI_FUNCTION = frozenset(_HINDI_ONLY.split()) | frozenset(_HINDI_SHARED.split())
HINDI_MARKS = frozenset(_HINDI_ONLY.split()) | HINDI_QUESTIONS.keys()
_HINDI_COPULAS = frozenset(["hai", "hain", "tha", "thi", "the"])
HINDI_WORDS = {
    **dict.fromkeys(["beech", "bich", "madhya"], "between"),
    **dict.fromkeys(["desh", "deshon", "desho"], "country"),
    **dict.fromkeys(["hamla", "hamle", "hamlon", "hamlo"], "attack"),
    **dict.fromkeys(["vivad", "vivaad"], "dispute"),
    **dict.fromkeys(["shamil", "shaamil"], "include"),
    **dict.fromkeys(["baithak", "mulakat", "mulaqat"], "meeting"),
    **dict.fromkeys(["samjhauta", "samjhota"], "agreement"),
    **dict.fromkeys(["shanti"], "peace"),
    **dict.fromkeys(["suraksha"], "security"),
    **dict.fromkeys(["sahyog"], "cooperation"),
    **dict.fromkeys(["sena"], "army"),
    **dict.fromkeys(["nausena"], "navy"),
    **dict.fromkeys(["yudhabhyas", "abhyas"], "exercise"),
    **dict.fromkeys(["vichar", "raay", "rai"], "view"),
}


def is_hinglish(words: Iterable[str]) -> bool:
    """Whether the words are Hindi in Latin letters: two of its function or question
    words, one of them no English word."""
    said = set(words)
    return bool(said & HINDI_MARKS) and len(said & (HINDI_FUNCTION | HINDI_QUESTIONS.keys())) >= 2


def read_hinglish(query: Query) -> Query:
    """A query in Hindi typed in Latin letters ("nakatani ka india visit kab hua") by its
    English words: its question words asked, its function words dropped, its nouns of the
    talks in English ("hamle": attack), a word said twice ("kaun kaun") once; any other
    query as it is."""
    said = tokens(query.text)
    if not is_hinglish(said):
        return query
    english = [HINDI_WORDS.get(t, t) for t in query.terms if t not in HINDI_FUNCTION]
    terms = tuple(
        t
        for i, t in enumerate(english)
        if t not in HINDI_QUESTIONS and t not in STOPWORDS and (not i or english[i - 1] != t)
    )
    if not terms:
        return query
    asked = tuple(dict.fromkeys(HINDI_QUESTIONS[w] for w in said if w in HINDI_QUESTIONS))
    identity = query.identity or any(
        a in ("kaun", "kon", "kya") and b in _HINDI_COPULAS for a, b in itertools.pairwise(said)
    )
    return query._replace(
        terms=terms, questions=tuple(dict.fromkeys((*query.questions, *asked))), identity=identity
    )
