"""A writer's texts as add takes them: limits.without_controls and control_characters."""

from __future__ import annotations

from defcoop_cli.factbase.limits import control_characters, without_controls


def test_escape_sequences_go_whole_and_spacing_controls_are_one_space() -> None:
    fact = {"statement": "South\x1b[31m Block met\tin \x1b]0;a title\x07Delhi.", "quote": "a\tb"}
    clean = without_controls("facts", fact)
    assert clean["statement"] == "South Block met in Delhi."
    assert clean["quote"] == "a\tb"  # the source's own words
    assert list(control_characters("facts", clean)) == []
    assert fact["statement"].startswith("South\x1b")  # the entry given is not changed


def test_a_drafted_conflicts_values_are_written_texts_too() -> None:
    fact = {
        "statement": "The attack killed 29 people.",
        "conflicts": [
            {"field": "number", "this": "29\tpeople", "others": [{"note": "n", "text": "26\u202e"}]}
        ],
    }
    assert [where for where, _ in control_characters("facts", fact)] == [
        "conflicts[0].this",
        "conflicts[0].others[0].text",
    ]
    (conflict,) = without_controls("facts", fact)["conflicts"]
    assert (conflict["this"], conflict["others"][0]["text"]) == ("29 people", "26")


def test_a_drafted_facts_agreeing_offices_are_written_texts_too() -> None:
    # each becomes a role's text when add sets it against a report's office
    fact = {"statement": "x", "office_agrees": [{"entity": "lund", "text": "Navy\x1b[1m Chief"}]}
    assert [where for where, _ in control_characters("facts", fact)] == ["office_agrees[0].text"]
    (agrees,) = without_controls("facts", fact)["office_agrees"]
    assert agrees == {"entity": "lund", "text": "Navy Chief"}


def test_an_alias_that_becomes_the_name_goes_and_a_clean_entry_is_the_same_object() -> None:
    entity = {"name": "Vindhya Shield", "aliases": ["Vindhya\tShield", "VS"]}
    assert without_controls("entities", entity)["aliases"] == ["VS"]
    clean = {"name": "Vindhya Shield", "aliases": ["VS"]}
    assert without_controls("entities", clean) is clean
