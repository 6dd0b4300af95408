"""Forms of the thirteenth session's drafting round, each by its class: a text wrapped at a
width (pdftotext's), a paywall's offer, a print note's superscript entry, the occasion's
own formulas (thanks to the hosts, a call handed over, a minuted procedure, a question
announced), a bare "yes"/"no" answer, a page's deck and pull quote by their class, a
dateline giving the day alone, and an extraction's guessed date written nowhere. Texts of
my own."""

from __future__ import annotations

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.body.dating import dated
from defcoop_cli.curation.drafting.body.elements.bylines import page_published
from defcoop_cli.curation.drafting.body.elements.decks import deck_texts
from defcoop_cli.curation.drafting.body.wrapped import each_line, wrap_width
from defcoop_cli.curation.drafting.furniture.apparatus.citations import reference_lines
from defcoop_cli.curation.drafting.furniture.asides import courtesy
from defcoop_cli.curation.drafting.furniture.proceedings import bare_answer, occasion_formula
from defcoop_cli.curation.drafting.furniture.readers import calls_to_channels
from defcoop_cli.factbase.records import Doc

EMPTY = Doc([], [], [], [], [])
HEAD = "HARBOUR COUNCIL BRIEFING PACK  *  OSLO  *  18 NOVEMBER 2024"
PAGES = (
    f"{HEAD}\n\n"
    "Minister Ilse Varga opened the new ferry terminal in the harbour of\n"
    "Bergen on Monday, with the mayor and the port's chief engineer.\n\n"
    "The council agreed to fund two more electric ferries for the northern\n"
    "routes by the end of the year.\n\n"
    "Harbour Council  |  Briefing Pack  |  Free distribution\nPage 1 of 2\n"
    f"\f{HEAD}\n\n"
    "The engineers said the charging masts would be tested in the Arctic\n"
    "Circle before the ferries enter service in the spring of next year.\n\n"
    "Harbour Council  |  Briefing Pack  |  Free distribution\nPage 2 of 2\n"
)


def test_a_text_wrapped_at_a_width_joins_a_line_ending_before_a_capital() -> None:
    assert wrap_width(PAGES) > 60
    texts = [line.text for line in each_line(PAGES)]
    assert "harbour of\nBergen on Monday, with the mayor and the port's chief engineer." in (
        " ".join(texts)
    )
    assert "the Arctic\nCircle before" in " ".join(texts)
    assert HEAD in texts and "Page 1 of 2" in texts  # a footer above a page number: apart


def test_a_texts_repeated_running_head_is_furniture_on_every_page() -> None:
    made = draft(PAGES, "t", EMPTY, {}, "/t.txt", "9.9")
    quotes = [f["quote"] for f in made["facts"]]
    assert any(q.startswith("Minister Ilse Varga opened") and "Bergen" in q for q in quotes)
    assert not any(HEAD in q or "Page 2 of 2" in q or "Free distribution" in q for q in quotes)


def test_parallel_items_near_the_width_stay_apart() -> None:
    alerts = "".join(
        f"{h:02d}:15  Ferry operator adds sailings on the northern route as demand climbs {h}\n"
        for h in range(8, 14)
    )
    assert len(list(each_line(alerts))) == 6  # each opens with a time: an item of its own


def test_a_short_scripts_lines_are_no_wrapped_text() -> None:
    script = "VO: The ferries sailed at dawn.\nSOT (VARGA, IN NORSK) 0:08\n" * 3
    assert wrap_width(script) == 0  # its longest line is short: the case rules read it


def test_a_paragraph_a_line_is_no_wrapped_text() -> None:
    prose = "".join(f"Sentence {n} of a long paragraph that runs on. " * 4 + "\n" for n in range(5))
    assert wrap_width(prose) == 0


def test_a_paywalls_offer_is_a_call_to_the_reader() -> None:
    assert calls_to_channels("Get unlimited access to the Fjord Post for 4 euros a month.")
    assert calls_to_channels("Start your free trial today.")
    assert not calls_to_channels("Get ready for a harder winter, the minister told fishermen.")


def test_a_print_notes_superscript_entries_are_its_apparatus() -> None:
    lines = ["The council met twice.²", "NOTES", "¹ Harbour Act, 2019.", "² Council minutes."]
    assert reference_lines(lines) == {1, 2, 3}
    assert reference_lines(["The council met twice.", "² Council minutes."]) == set()


def test_the_occasions_own_formulas() -> None:
    assert occasion_formula("I thank the people of Bergen for their warm hospitality.")
    assert occasion_formula(
        "Finally, I would like to thank the crews, many of whom are here tonight."
    )
    assert not occasion_formula("We thank Alpha for its support after the storm.")  # an act
    assert occasion_formula(
        "As there are no further questions, I would now like to hand the conference back to "
        "the management for closing comments."
    )
    assert occasion_formula("If you have any further questions, please contact our press office.")
    assert occasion_formula("2. The Chairwoman welcomed the members and declared the meeting open.")
    assert occasion_formula("The resolutions were carried by a show of hands.")
    assert occasion_formula("The meeting ended with a vote of thanks to the Chair.")
    assert not occasion_formula(
        "The council's resolution on ferries was carried."
    )  # no vote's form
    assert occasion_formula("I would like to ask about the ferry subsidies.")
    assert not occasion_formula("I would like to see more ferries on the northern route.")


def test_a_bare_yes_or_no_answer_asserts_nothing() -> None:
    assert bare_answer("Not overnight, no.") and courtesy("Yes, certainly.")
    assert not bare_answer("No ferry sailed.") and not bare_answer("No, the talks failed.")


def test_a_pages_deck_and_pull_quote_by_their_class() -> None:
    page = (
        '<p class="standfirst">The ferry deal was slow to come and quick to sign.</p>'
        '<div class="c-pull-quote">"Harbours are built in decades," she said.</div>'
        '<div class="pull-right">Ilse Varga opened the terminal.</div>'
        '<div class="card-deck">' + "A card of the site. " * 40 + "</div>"
    )
    assert deck_texts(page) == (
        "The ferry deal was slow to come and quick to sign.",
        '"Harbours are built in decades," she said.',
    )


def test_a_dateline_with_the_day_alone_takes_the_editions_month() -> None:
    furniture = ["Published: 2 December 2024", "[Oslo, 29th | Staff correspondent]"]
    meta, _ = dated({}, ["Published: 2 December 2024", *furniture[1:]], [], EMPTY)
    assert meta["published"] == "2024-11-29"  # a day later than the edition's: the month before
    meta, _ = dated(
        {}, ["Published: 2 December 2024", "[Oslo, 1st | Staff correspondent]"], [], EMPTY
    )
    assert meta["published"] == "2024-12-01"
    meta, _ = dated({}, ["Published: 2 December 2024", "[Gotham, 1st | Staff]"], [], EMPTY)
    assert meta["published"] == "2024-12-02"  # no place the gazetteer knows: no dateline


def test_an_extractions_guess_written_nowhere_is_no_date() -> None:
    page = "<p>Posted 3d ago</p><p>Fjord Post © 2024</p>"
    assert page_published(page, "2024-01-01") is None  # a copyright year read as 1 January
    assert page_published("<p>Oslo, 18 November 2024</p>", "2024-11-18") == "2024-11-18"
