"""A stance asked in a word that also names an office (issue 25).

"Position" before "on", "regarding" or another word of a subject (STANCE_OF) is a party's
stance on it ("Japan-India position on FONOPs"), as "stance on" and "view on" are: no term
(the stopwords' "stance"). "Position" alone, or of a person ("Nakatani's present position"),
is the office the thesaurus relates to the post, and stays (position_as_stance).
"""

POSITIONS = frozenset(["position", "positions"])
STANCE = "stance"  # a stopword (text.STOPWORDS): "stance on X" asks X
STANCE_OF = frozenset(["on", "regarding", "about", "towards", "toward", "concerning", "over"])


def position_as_stance(words: list[str]) -> list[str]:
    """The words with "position" before a word of its subject read as "stance" (the
    module's docstring)."""
    return [
        STANCE if w in POSITIONS and words[k + 1 : k + 2] and words[k + 1] in STANCE_OF else w
        for k, w in enumerate(words)
    ]
