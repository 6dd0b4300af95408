"""'The two' read as 'both': "what did the two ministers discuss" asks about both parties,
as "both ministers" does, and "both" is a function word. Not "between the two", which is
how the article too names the parties ("between the two defence establishments"), so its
"two" is looked for."""


def the_two_as_both(words: list[str]) -> list[str]:
    """The words, each "two" after "the" (not after "between the") read as "both"."""
    return [
        "both"
        if w == "two" and words[i - 1 : i] == ["the"] and words[i - 2 : i - 1] != ["between"]
        else w
        for i, w in enumerate(words)
    ]
