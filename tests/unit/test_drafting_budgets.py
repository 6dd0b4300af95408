"""drafting.budgets: a news agency's budget (its desk's notes, slugs, count lines, labelled
lines and other stories' items) is furniture and its staff no entities; its labels open no
turn; a quotation under a label with its speaker after it is the speaker's, in any
document; a photo credit is furniture; a page's own upload day dates it. Texts of my own."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.body.dating import labelled_date
from defcoop_cli.curation.drafting.body.elements.bylines import page_published
from defcoop_cli.curation.drafting.budgets.keyquotes import key_quotes
from defcoop_cli.curation.drafting.budgets.signs import count_line, is_budget
from defcoop_cli.curation.drafting.furniture.apparatus.credits import about_itself
from defcoop_cli.factbase.records import Doc, Entity

DOC = Doc(
    [],
    [],
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
        Entity("toma-lind", "Toma Lind", "person"),
        Entity("tern", "Exercise Tern", "military exercise"),
    ],
    [],
    [],
)

BUDGET = """HARBOUR WIRE
EVENING DESK - STORY LIST
Tuesday, June 3, 2025 | Update 2 | 1640 local

Desk chief: Oren Pask (desk@harbour.example)

Stories moved and planned for tonight. All times local. Lengths are rough.
Do not run these lines as copy.

=== LEAD ===

ALPHA-BETA/TALKS (NEW)
KELL -- Defence Minister Ines Varga receives Beta's Toma Lind at the fort.
The two ministers agree to hold Exercise Tern twice a year.
KEY QUOTE: "Beta will keep its ships beside Alpha's." -- Toma Lind, at a dinner after the talks
By Mira Holt. About 650 words. Moved 1520.
PICTURES: Varga and Lind on the quay. On the HW photo service from 1535.

ALPHA-BETA/TALKS-REACTION (PLANNED)
Comment from retired admirals and harbour unions.
By Mira Holt. About 350 words. Expected 1900.

=== OTHER NEWS ===

FLOODS/NORTH
DUNMORE -- Rivers in the northern valleys rise after three days of rain; roads to Ostry closed.
By Petr Vale. About 400 words. Moved 1405.

FIX: In FLOODS/NORTH, read "three days" for "four days".

Next list: 2000 local.
"""


def _made(text: str) -> dict[str, Any]:
    made: dict[str, Any] = draft(text, "b", DOC, {}, "/articles/b.txt", "9.9")
    return made


def _furniture(made: dict[str, Any]) -> list[str]:
    return [f["text"] for f in made["sources"][0]["furniture"]]


def test_a_budget_is_known_by_two_count_lines() -> None:
    assert count_line("By Mira Holt. About 650 words. Moved 1520.")
    assert count_line("Expected 21:30, about 500 words.")
    assert not count_line("The minister spoke for about 600 words.")  # no moving time
    assert is_budget(BUDGET)
    one = "KELL -- The talks ended.\nBy Mira Holt. About 650 words. Moved 1520.\n"
    assert not is_budget(one)  # a story with its own count line is no budget


def test_a_budgets_notes_slugs_counts_labels_and_other_items_are_furniture() -> None:
    made = _made(BUDGET)
    furniture, quotes = _furniture(made), [f["quote"] for f in made["facts"]]
    for line in (
        "Desk chief: Oren Pask (desk@harbour.example)",
        "By Mira Holt. About 650 words. Moved 1520.",
        "PICTURES: Varga and Lind on the quay. On the HW photo service from 1535.",
        "Comment from retired admirals and harbour unions.",
        'FIX: In FLOODS/NORTH, read "three days" for "four days".',
    ):
        assert line in furniture
    assert "Do not run these lines as copy." in furniture
    assert any("Rivers in the northern valleys" in f for f in furniture)
    assert not any(q.startswith(("All times", "By ", "About", "Rivers", "Comment")) for q in quotes)
    names = {e["name"] for e in made["entities"]}
    assert not {"Mira Holt", "Oren Pask", "Petr Vale", "HW", "NEW", "Ostry"} & names


def test_a_budgets_story_lines_are_drafted_in_its_own_voice() -> None:
    facts = _made(BUDGET)["facts"]
    lead = next(f for f in facts if f["quote"].startswith("Defence Minister Ines Varga"))
    assert lead["attribution"] == "the article"  # "Desk chief:" opens no turn
    agreed = next(f for f in facts if f["quote"].startswith("The two ministers agree"))
    assert agreed["stance"] == "agreed"


def test_a_labelled_quotation_is_its_speakers_and_the_attribution_line_furniture() -> None:
    made = _made(BUDGET)
    said = next(f for f in made["facts"] if "ships beside" in f["quote"])
    assert said["quote"] == "Beta will keep its ships beside Alpha's"
    assert said["attribution"] == "Toma Lind"
    assert "toma-lind" not in said["entities"]  # the name is the attribution line's
    assert "-- Toma Lind, at a dinner after the talks" in _furniture(made)


def test_a_labelled_quotation_over_lines_in_a_story() -> None:
    story = (
        "Ines Varga met Toma Lind in Kell on Monday.\n"
        "Quote of the day:\n"
        "\u201cOur navies will sail as one.\u201d\n"
        "\u2014 Ines Varga, at the quayside\n"
        "Exercise Tern will be held twice a year.\n"
    )
    made = _made(story)
    said = next(f for f in made["facts"] if "sail as one" in f["quote"])
    assert said["attribution"] == "Ines Varga"
    assert "\u2014 Ines Varga, at the quayside" in _furniture(made)
    assert [k.name for k in key_quotes(story)] == ["Ines Varga"]


def test_a_quotation_without_a_label_is_no_labelled_quotation() -> None:
    assert key_quotes('"Our navies will sail as one." -- Ines Varga\n') == []


def test_a_photo_credit_is_furniture() -> None:
    assert about_itself("Photographs: Harbour Photo Unit, Kell.")
    assert about_itself("Pictures: Mira Holt.")
    assert not about_itself("Photographs of the talks were shown to the press.")


def test_a_page_is_dated_by_its_own_upload_line_not_by_the_photos_day() -> None:
    assert labelled_date(["Taken on June 2, 2025", "Uploaded on June 3, 2025"]) == "2025-06-03"
    assert labelled_date(["Taken on June 2, 2025"]) is None  # the photo's day, the events'
    page = (
        "<html><body><article><p>Varga met Lind in Kell.</p>"
        "<div>Taken on June 2, 2025</div><div>Uploaded on June 3, 2025</div>"
        "</article></body></html>"
    )
    assert page_published(page, "2025-06-02") == "2025-06-03"  # not the extraction's guess


# Review 19a's misfires: one story's own count lines, a story's sentences with words and a
# time, an item naming the pair by a phrase, a label naming its speaker, a clause after a dash.

STORY = """Eds: Adds Varga's comments. An earlier version, about 250 words, moved at 1100.

Alpha and Beta to hold Exercise Tern

By Mira Holt

KELL, June 3 (Harbour Wire) - Alpha and Beta agreed on Tuesday to hold Exercise Tern in July.

The two ministers also discussed port calls and signed a pact on fuel supplies.

About 550 words. Moved 1310.
"""


def test_one_storys_own_count_lines_make_no_budget() -> None:
    assert not is_budget(STORY)  # an editors' note and a closing count line: one story
    head_and_tail = "By Mira Holt. About 550 words. Moved 1310.\n\nKell -- The talks ended.\n\n"
    assert not is_budget(head_and_tail + "About 550 words. Moved 1310.\n")
    quotes = [f["quote"] for f in _made(STORY)["facts"]]
    assert any("discussed port calls" in q for q in quotes)
    assert any("signed a pact" in q for q in quotes)


def test_a_storys_sentence_with_words_and_a_time_is_no_count_line() -> None:
    said = "A joint note of about 1,500 words was expected at 17:45."
    due = "Aides said the final text, roughly 800 words, was due by 20:00 on Tuesday."
    assert not count_line(said) and not count_line(due)
    assert count_line("By P. Holt. About 350 words. Moving by 1800.")
    story = f"Alpha and Beta agree on drills\n\nAlpha and Beta agreed to hold drills.\n\n{said}\n"
    story += f"\n{due}\n"
    assert not is_budget(story)
    quotes = [f["quote"] for f in _made(story)["facts"]]
    assert any(q.startswith("Alpha and Beta agreed") for q in quotes)


def test_a_budget_item_naming_the_pair_by_a_phrase_is_the_meetings_news() -> None:
    digest = (
        "EVENING DIGEST, Tuesday\n\n"
        "KELL -- Alpha and Beta agreed to hold Exercise Tern in July.\n"
        "By Mira Holt. About 500 words. Moved 1400.\n\n"
        "DUNMORE -- The navies of both countries will sail together off the cape.\n"
        "By Petr Vale. About 300 words. Moved 1430.\n\n"
        "OSTRY -- Snow closed the mountain passes for a second day.\n"
        "By Oren Pask. About 250 words. Moved 1500.\n"
    )
    made = _made(digest)
    quotes, furniture = [f["quote"] for f in made["facts"]], _furniture(made)
    assert any("navies of both countries" in q for q in quotes)
    assert any("Snow closed the mountain passes" in f for f in furniture)  # other news


def test_a_label_naming_its_speaker_keeps_him_and_a_clause_after_a_dash_is_no_attribution() -> None:
    text = (
        "KELL, June 3 (Harbour Wire) - Alpha and Beta agreed to hold Exercise Tern.\n\n"
        'Ines Varga to reporters: "Alpha will not give way at sea." -- HWN\n\n'
        'Toma Lind told reporters: "The drills go ahead in July." \u2014 Varga, who spoke next,'
        " said Alpha agreed.\n"
    )
    assert [k.name for k in key_quotes(text)] == ["Ines Varga"]  # "-- HWN" is a credit
    made = _made(text)
    held = next(f for f in made["facts"] if "give way" in f["quote"])
    assert held["attribution"] == "Ines Varga"
    assert "-- HWN" in _furniture(made)
    assert not any("said Alpha agreed" in f for f in _furniture(made))
    assert any("said Alpha agreed" in f["quote"] for f in made["facts"])
