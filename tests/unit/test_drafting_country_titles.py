"""A country's possessive and a title stand for the person the report gave that title, as a
people's adjective and the title do (R2: "Japan's Defense Minister" is "the Japanese Defense
Minister", issue 24, heldout56); the bare title the report gave the other person unqualified
stays his. And the sentences the rule must leave alone: a ministry, a title the person does
not hold, a name after the title, a country no one named is of. Every text is my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.names.titles import title_run
from defcoop_cli.curation.drafting.new_entities import titled_alone
from defcoop_cli.factbase.records import Doc, Entity, Role, Topic

PEOPLE = [("ravi-menon", "Ravi Menon", "Norland"), ("ana-costa", "Ana Costa", "Veloria")]
DOC = Doc(
    sources=[],
    topics=[Topic("talks", "Talks", "", "cooperation")],
    entities=[
        *(Entity(c.lower(), c, "country") for _, _, c in PEOPLE),
        *(
            Entity(i, n, "person", (n.split()[1],), (Role(f"{c}'s Defence Minister", i),))
            for i, n, c in PEOPLE
        ),
    ],
    facts=[],
    curator_notes=[],
)
OPENING = (
    "Defence Minister Ravi Menon held talks with Veloria's Defence Minister Ana Costa in Porto on"
    " Monday.\n"
)


def _by(text: str) -> dict[str, str]:
    drafted = draft(OPENING + text, "a", DOC, {}, "/articles/a.txt", "9.9")
    return {f["quote"]: f["attribution"] for f in drafted["facts"]}


def test_a_countrys_possessive_and_a_title_stand_for_its_holder() -> None:
    by = _by(
        "Veloria's Defence Minister condemned the looting in the port.\n"
        "Officials said that the Defence Minister kept the matter of tariffs in front of the"
        " Velorian side.\n"
        "He said that Norland's ports are open to Velorian shippers.\n"
    )
    assert by["Veloria's Defence Minister condemned the looting in the port"] == "Ana Costa"
    kept = next(q for q in by if q.startswith("Officials said"))
    assert by[kept] == "Ravi Menon"  # the bare title the report gave him unqualified
    assert by[next(q for q in by if q.startswith("He said"))] == "Ravi Menon"


# Sentences the rule must leave alone: a ministry speaks for its country (R8); a title the
# person does not hold; a title with its holder's name after it; a country's title whose
# holder the report never named.
@pytest.mark.parametrize(
    ("sentence", "attribution"),
    [
        ("Veloria's defence ministry said the talks were useful.", "Veloria"),
        ("Veloria's Foreign Minister praised the talks.", "Veloria's Foreign Minister"),
        ("Veloria's Defence Minister Ana Costa condemned the looting.", "Ana Costa"),
        ("Norland's Defence Minister said the port would reopen.", "Ravi Menon"),
        ("Kastania's Defence Minister said the talks were a model.", "Kastania's Defence Minister"),
    ],
)
def test_other_possessives_keep_their_reading(sentence: str, attribution: str) -> None:
    by = _by(sentence + "\n")
    assert by[sentence.rstrip(".")] == attribution


def test_a_countrys_possessive_ends_a_title_as_a_nationality_does() -> None:
    assert title_run(["with", "Japan's", "Defense", "Minister"]) == 3
    assert title_run(["with", "the", "Japanese", "Defense", "Minister"]) == 3
    assert title_run(["the", "ministry's", "Defense", "Minister"]) == 2  # no country's


def test_a_title_quoted_as_a_word_stands_for_no_one() -> None:
    """Once a bare title is one person's (the other's being his country's), a report's
    mention of the word is no use of it: 'the wire's "Defence Minister" is right'."""
    given = {"defence minister": "Ravi Menon"}
    assert titled_alone('So the wire\'s "Defence Minister" is right after all.', given) == []
    assert titled_alone("So the “Defence Minister” tag is right.", given) == []
    assert titled_alone("The Defence Minister said the port would reopen.", given) == ["Ravi Menon"]
    assert titled_alone('"We agreed," the Defence Minister said.', given) == ["Ravi Menon"]


DATED = "Porto, 6 June 2025. Minister Ravi Menon met Veloria's Defence Minister Ana Costa.\n"


def test_a_title_dated_before_the_report_is_not_todays_holders() -> None:
    """A title in a year before the report's is whoever held it then (review 17a)."""
    drafted = draft(
        DATED + "In 2018, Veloria's Defence Minister condemned a border raid.\n"
        "Veloria's Defence Minister condemned the looting in the port.\n"
        "In 2025, Veloria's Defence Minister praised the harbour crews.\n",
        "a",
        DOC,
        {},
        "/articles/a.txt",
        "9.9",
    )
    by = {f["quote"]: f["attribution"] for f in drafted["facts"]}
    assert by["In 2018, Veloria's Defence Minister condemned a border raid"] != "Ana Costa"
    assert by["Veloria's Defence Minister condemned the looting in the port"] == "Ana Costa"
    assert by["In 2025, Veloria's Defence Minister praised the harbour crews"] == "Ana Costa"


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("The Defence Minister of Japan said the two sides would train together.", True),
        ("Japan's Defence Minister said the two sides would train together.", True),
        ("Defence Minister Gen Nakatani said the two sides would train together.", False),
    ],
)
def test_an_office_conflict_says_when_a_title_was_read_as_the_persons(
    sentence: str, read: bool
) -> None:
    """A title standing for the one person of its country who holds the office, the report
    naming him nowhere in the sentence, is the drafter's reading: the conflict says so
    (`by`: title), for the note `add` makes; a name given with it is no reading."""
    from defcoop_cli.factbase.loader import default_factbase_path, load

    base = load(default_factbase_path()).doc
    drafted = draft(f"New Delhi, May 6 -- {sentence}\n", "a", base, {}, "/a.txt", "9.9")
    (conflict,) = [c for f in drafted["facts"] for c in f.get("conflicts", [])]
    assert conflict["entity"] == "nakatani" and conflict["field"] == "office"
    assert (conflict.get("by") == "title") is read
