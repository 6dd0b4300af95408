"""drafting.studies.clippings: an annotation export's apparatus (an e-reader's or a
read-later app's clip headers, the work's title line above each clip, the reader's own
notes) is furniture, no entity is proposed from it and its "Added on" stamps date nothing;
what a highlight quotes stays. A story that mentions a reader's note once is left alone.
Texts of my own."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.studies.clippings import clip_header
from defcoop_cli.factbase.records import Doc, Entity

DOC = Doc(
    [],
    [],
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
        Entity("tern", "Exercise Tern", "military exercise"),
    ],
    [],
    [],
)

TITLE = "Harbours of the North: Alpha, Beta and the Cold Sea (Oren Halvik;Mira Tandel)"
EXPORT = f"""{TITLE}
- Your Highlight on page 88 | Location 1201-1204 | Added on Tuesday, 3 February 2026 19:02:11

Ines Varga met Beta's navy chief in the port of Kell in March 2024.
==========
{TITLE}
- Your Note on page 88 | Location 1204 | Added on Tuesday, 3 February 2026 19:03:40

ask Prof Dunmore whether the port was Kell or Vask
==========
{TITLE}
- Your Bookmark on page 90 | Location 1230 | Added on Tuesday, 3 February 2026 19:05:00

==========
{TITLE}
- Your Highlight on page 91 | Location 1244-1247 | Added on Wednesday, 4 February 2026 08:10:54

The two sides agreed to hold Exercise Tern twice a year.
==========
"""

# A read-later app's export: a header in other words, a note labelled in a clip's place
APP_EXPORT = """Highlights from "Cold Sea Notes" by Oren Halvik
Highlight (yellow) · Page 12 · 3 Feb 2026
Ines Varga met Beta's navy chief in the port of Kell in March 2024.
Note: Dunmore disputes this, see his seminar slides
Highlight (blue) · Page 14 · 3 Feb 2026
The two sides agreed to hold Exercise Tern twice a year.
"""


def _made(text: str) -> tuple[list[str], list[str], list[str], Any]:
    made: dict[str, Any] = draft(text, "c", DOC, {}, "/articles/c.txt", "9.9")
    quotes = [f["quote"] for f in made["facts"]]
    furniture = [f["text"] for f in made["sources"][0]["furniture"]]
    names = [e["name"] for e in made["entities"]]
    return quotes, furniture, names, made["sources"][0].get("published")


def test_an_exports_headers_titles_and_notes_are_furniture() -> None:
    quotes, furniture, names, published = _made(EXPORT)
    assert TITLE in furniture
    assert (
        "- Your Note on page 88 | Location 1204 | Added on Tuesday, 3 February 2026 19:03:40"
        in furniture
    )
    assert "ask Prof Dunmore whether the port was Kell or Vask" in furniture
    assert quotes == [
        "Ines Varga met Beta's navy chief in the port of Kell in March 2024",
        "The two sides agreed to hold Exercise Tern twice a year",
    ]
    assert not {"Location", "Added", "Oren Halvik", "Mira Tandel", "Dunmore"} & set(names)
    assert not any("Harbours" in n or "Cold Sea" in n for n in names)
    assert published is None  # the days a reader marked passages are no day of the book's


def test_a_read_later_apps_export_is_read_alike() -> None:
    quotes, furniture, names, published = _made(APP_EXPORT)
    assert "Highlight (yellow) · Page 12 · 3 Feb 2026" in furniture
    assert "Note: Dunmore disputes this, see his seminar slides" in furniture
    assert "The two sides agreed to hold Exercise Tern twice a year" in quotes
    assert "Ines Varga met Beta's navy chief in the port of Kell in March 2024" in quotes
    assert "Dunmore" not in names
    assert published is None


def test_headers_are_read_by_their_fields() -> None:
    assert clip_header("- Your Highlight on page 3 | Location 40-42 | Added on Monday, 2 March")
    assert clip_header("Note - Location 455 - Created 4 Feb 2026")
    assert clip_header("Bookmark · 12%")
    assert not clip_header("Highlight of the visit was a call at Kell.")
    assert not clip_header("Location of the talks: Kell, Beta")
    assert not clip_header("Note on page 4 of the report, the ministers said they agreed.")


def test_a_story_that_mentions_a_readers_note_once_is_left_alone() -> None:
    story = (
        "Location of the talks was kept secret until Monday, officials said.\n"
        "- Your Note on page 4 | Location 60 | Added on Monday, 2 March 2026\n"
        "Ines Varga met Beta's navy chief in Kell on Monday.\n"
        "Note: the two sides agreed to hold Exercise Tern twice a year.\n"
    )
    quotes, furniture, _, _ = _made(story)
    assert "Location of the talks was kept secret until Monday, officials said" in quotes
    assert "Ines Varga met Beta's navy chief in Kell on Monday" in quotes
    assert not any(line.startswith("Note:") for line in furniture)


def test_an_editors_dated_notes_are_the_storys() -> None:
    story = (
        "Note, 6 May 2025: An earlier version of this story gave the wrong venue for the talks.\n"
        "Ines Varga met Beta's navy chief in Kell on Monday.\n"
        "The two sides agreed to hold Exercise Tern twice a year.\n"
        "Note, 7 May 2025: This story has been updated with comments from Beta's embassy.\n"
        "A Beta embassy spokesperson said the visit had strengthened ties.\n"
    )
    quotes, _, _, _ = _made(story)
    assert "Ines Varga met Beta's navy chief in Kell on Monday" in quotes
    assert "A Beta embassy spokesperson said the visit had strengthened ties" in quotes
    assert not clip_header("Note, 6 May 2025: An earlier version of this story gave the venue.")
    dated = "Comment, 5 May 2025\nInes Varga said Alpha valued Beta's support.\n"
    dated += "Clip - May 5, 2025\nThe two sides agreed to hold Exercise Tern twice a year.\n"
    quotes, _, _, _ = _made(dated)
    assert "Ines Varga said Alpha valued Beta's support" in quotes
    # an export's dated headers between its rules are still its own
    ruled = dated.replace("\nClip", "\n==========\nClip") + "==========\n"
    quotes, furniture, _, _ = _made(ruled)
    assert "Comment, 5 May 2025" in furniture
    assert "Ines Varga said Alpha valued Beta's support" not in quotes
