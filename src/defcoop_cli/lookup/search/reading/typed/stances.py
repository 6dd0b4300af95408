"""A stance asked in a word that also names an office (issue 25).

"Position" before "on", "regarding" or another word of a subject (STANCE_OF) is a party's
stance on it ("Japan-India position on FONOPs"), as "stance on" and "view on" are: no term
(the stopwords' "stance"). "Position" alone, or of a person ("Nakatani's present position"),
is the office the thesaurus relates to the post, and stays (position_as_stance). So does
a position "on" a body one sits on (BODIES: "Nakatani's position on the cabinet", "Rajnath
Singh position on the defence committee"): a seat, the office, where the body, past its
determiner and modifiers, ends the query; "position on the council's reform" asks a stance
on the reform.
"""

POSITIONS = frozenset(["position", "positions"])
STANCE = "stance"  # a stopword (words.STOPWORDS): "stance on X" asks X
STANCE_OF = frozenset(["on", "regarding", "about", "towards", "toward", "concerning", "over"])
# Bodies a person has a seat on: a position on one is the seat
BODIES = frozenset(
    """cabinet cabinets board boards committee committees council councils panel panels
    commission commissions bureau secretariat delegation""".split()  # noqa: SIM905
)
SEAT = frozenset(["on"])
BODY_REACH = 3  # the body's determiner and modifiers before it: "the defence committee"


def position_as_stance(words: list[str]) -> list[str]:
    """The words with "position" before a word of its subject read as "stance" (the
    module's docstring)."""
    return [
        STANCE
        if w in POSITIONS
        and words[k + 1 : k + 2]
        and words[k + 1] in STANCE_OF
        and not _a_seat(words[k + 1 :])
        else w
        for k, w in enumerate(words)
    ]


def _a_seat(after: list[str]) -> bool:
    """Whether the words after "position" ("on the cabinet") name a body it is a seat on,
    the body ending the query."""
    return after[0] in SEAT and len(after) - 1 <= BODY_REACH + 1 and after[-1] in BODIES
