"""A written question's frame read as asking words. Questions written for a parliament or a
ministry ask "whether the Government has discussed X with Japan", "the steps taken to X":
"the Government" is the government asked, which the fact base names by its country, and
"steps taken" (or "measures", "action") says how the question is put, not what about.
"the governments of India and Japan" and "Japan's government" keep the word ("thereof" and
"therefor" are dropped too; whether and the forms of "take" are text.STOPWORDS)."""

GOVERNMENT = frozenset(["government", "governments"])
ACTS_TAKEN = frozenset(["steps", "measures", "action", "actions"])
TAKEN = frozenset(["taken", "being"])
FRAME_WORDS = frozenset(["thereof", "therefor"])  # "if so, the details thereof"


def unframed(words: list[str], function_words: frozenset[str]) -> list[str]:
    """The words without "the Government" (not "the Government of X") and without the
    noun of "steps taken", "measures being taken"; as they are when nothing else would be
    asked about ("how did the government respond")."""
    out = []
    for i, w in enumerate(words):
        after = words[i + 1 : i + 2]
        if w in GOVERNMENT and words[i - 1 : i] == ["the"] and after != ["of"]:
            continue
        if (w in ACTS_TAKEN and TAKEN.intersection(after)) or w in FRAME_WORDS:
            continue
        out.append(w)
    if any(w not in function_words for w in out):
        return out
    return [w for w in words if w not in FRAME_WORDS]
