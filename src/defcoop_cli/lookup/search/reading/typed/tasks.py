"""A request framed as the asker's task (issue 25).

A secretary, a teacher or an officer asks for what they will write, not for what it is
about: "good lines for a welcome speech about the milestone", "quotes for my talk on
interoperability", "points for a note on the solidarity", "some facts for our newsletter
about the exercise". The pieces wanted (PIECES, after the request's own adjectives and
determiners: "good", "some", "a few"), "for", the product they are for (PRODUCTS, with at
most PRODUCT_REACH words of its own before it: "my", "a welcome", "the association's") and
the word joining it to its subject ("on", "about": SUBJECT_OF) are no search terms: no fact
holds them, and the facts hold the subject (past_task). The product's own words are read,
not thrown away: its determiners and owners ("my", "the association's": OWNING, a word
written with "'s"), the kind of piece it is ("welcome", "farewell", "briefing": FORMS) and
the request's adjectives are no terms, and any other word names what the product is about
as its subject does ("my malabar talk on interoperability": Malabar's interoperability),
a term like the subject's words: one the base holds is searched, one it does not hold keeps
the query as off-topic as it was ("a wedding speech about commitment", "a school essay
about trust" find nothing, as "wedding commitment" does not). Read so only where the query opens
with the pieces and the subject follows: "points of agreement" and "lines of communication"
are no request (no "for"), "a speech on the attack" no pieces asked, and "quotes for the
speech" asks for nothing else, read as it is (the speechwriter's frame,
reading/written/writers.py, reads the speech's own words).
"""

from defcoop_cli.patterns import Lazy

PIECES = frozenset(
    """line lines quote quotes quotation quotations point points idea ideas fact facts
    material materials content inputs input bullets bullet sentences sentence phrases phrase
    words stats figures highlights""".split()  # noqa: SIM905
)
# The request's own words before its pieces: determiners, quantities and judging adjectives
ASKING = frozenset(
    """a an some any few couple of good nice great strong best better apt suitable fitting
    powerful inspiring useful catchy memorable key main short quick talking""".split()  # noqa: SIM905
)
PRODUCTS = frozenset(
    """speech speeches talk lecture presentation presentations note notes brief memo email
    letter newsletter article essay post blog column toast address remarks slide slides
    deck pamphlet brochure booklet souvenir magazine report writeup poster""".split()  # noqa: SIM905
)
# A product's own words that say whose it is or which one, not what it is about
OWNING = frozenset("a an the my our your his her their its this that these".split())  # noqa: SIM905
# The kind of piece a product is, whatever its subject: "a welcome speech", "a briefing note"
FORMS = frozenset(
    """welcome farewell keynote opening closing inaugural valedictory introductory concluding
    short brief quick long formal informal official press briefing cover weekly monthly
    annual quarterly internal draft final next upcoming own""".split()  # noqa: SIM905
)
POSSESSIVE = Lazy(r"(\w+)['\u2019]s\b")  # "the association's": an owner
PRODUCT_REACH = 3  # words of a product's own before it: "our association's welcome speech"
SUBJECT_OF = frozenset(["on", "about", "regarding", "covering", "around"])
FOR = "for"


def past_task(words: list[str], text: str = "") -> list[str]:
    """The words past a request framed as a task (the module's docstring): the product's
    words naming what it is about, then its subject, where the query (typed as text) opens
    with pieces asked for a product on it; else the words as they are."""
    i = 0
    while i < len(words) and words[i] in ASKING:
        i += 1
    if i == len(words) or words[i] not in PIECES:
        return words
    while i < len(words) and words[i] in PIECES:
        i += 1
    if words[i : i + 1] != [FOR]:
        return words
    for j in range(i + 1, min(i + 2 + PRODUCT_REACH, len(words))):
        if words[j] in PRODUCTS and words[j + 1 : j + 2] and words[j + 1] in SUBJECT_OF:
            if not words[j + 2 :]:
                return words
            owners = {m.lower() for m in POSSESSIVE.findall(text)}
            unread = OWNING | FORMS | ASKING | owners
            return [w for w in words[i + 1 : j] if w not in unread] + words[j + 2 :]
        if words[j] in SUBJECT_OF:
            return words
    return words
