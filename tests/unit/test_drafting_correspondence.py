"""drafting.turns.letters: diplomatic correspondence as an organ circulates it (a letter to
a United Nations organ with an annexed statement, a note verbale, a letter of transmittal):
its formulas, titles, issuer's heading and signatory's title are furniture; the letter's
own words are its signatory's (a note's, its sender's), the annex's its issuer's, a party's
acts stay the party's. Ordinary news sentences near the formulas stay statements. Texts of
my own."""

from __future__ import annotations

from typing import Any

from drafting_world import MENON_WORLD

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.factbase.records import Doc, Entity, Topic

DOC = Doc(
    sources=[],
    topics=[Topic("relief", "Relief", "", "cooperation")],
    entities=list(MENON_WORLD),
    facts=[],
    curator_notes=[],
)

LETTER = (
    """United Nations                                  S/2031/77
Security Council                           Distr.: General
                                               3 June 2031

Letter dated 2 June 2031 from the Permanent Representative of Alpha
to the United Nations addressed to the President of the Security Council

I have the honour to refer to the storm that struck the coast of Alpha on 1 June 2031.

I wish to inform you that Ravi Menon received the envoy of Beta in the capital of Alpha.

An account of the talks is given in the statement annexed to the present letter (see annex).

"""
    + "I should be grateful if the present letter and its annex could be circulated as "
    "a document of the Security Council."
    + """

(Signed) Lena Orsk
Ambassador and Permanent Representative

Annex to the letter dated 2 June 2031 from the Permanent Representative
of Alpha to the United Nations addressed to the President of the
Security Council

Statement issued by the Ministry of Foreign Affairs of Alpha, Port Vale, 1 June 2031

The talks were held in a cordial and open atmosphere.

Ravi Menon thanked Beta for the relief ships it sent after the storm.
"""
)

NOTE = (
    """Note verbale dated 4 June 2031 from the Permanent Mission of Beta to
the United Nations addressed to the Secretary-General

"""
    + "The Permanent Mission of Beta to the United Nations presents its compliments to "
    "the Secretary-General and has the honour to transmit herewith the communique "
    "issued after the talks (see annex)."
    + """

The Permanent Mission wishes to recall that Beta has long supported relief work along the coast.

"""
    + "The Permanent Mission of Beta to the United Nations avails itself of this "
    "opportunity to renew to the Secretary-General the assurances of its highest "
    "consideration."
    + """
"""
)

# A wire report and a paper's copy about such letters, in a news article's own voice.
NEWS = (
    """Alpha asks the Council to circulate its letter on the storm

"""
    + "PORT VALE, June 3 (Harbour Wire) - Alpha's envoy asked that his letter be "
    "circulated as a document of the Security Council, a diplomat said."
    + """

The new ambassador of Beta presented his credentials to the President of Alpha on Monday.

"""
    + "A statement issued by the Ministry of Foreign Affairs of Alpha on Tuesday said "
    "the talks had been cordial."
    + """

"""
    + "Ravi Menon said Alpha had the honour of hosting the relief conference and would "
    "annex the damage survey to its appeal."
    + """

The present storm season is the worst in a decade, the weather office said.
"""
)


def _made(text: str) -> tuple[list[str], dict[str, dict[str, Any]]]:
    made = draft(text, "c", DOC, {}, "/articles/c.txt", "9.9")
    furniture = [" ".join(f["text"].split()) for f in made["sources"][0]["furniture"]]
    return furniture, {f["quote"]: f for f in made["facts"]}


def test_a_letters_formulas_titles_and_signatorys_title_are_furniture() -> None:
    furniture, found = _made(LETTER)
    assert (
        "An account of the talks is given in the statement annexed to the present letter"
        " (see annex)." in furniture
    )
    assert any(f.startswith("I should be grateful if the present letter") for f in furniture)
    assert "Ambassador and Permanent Representative" in furniture
    assert any(f.startswith("Annex to the letter dated 2 June 2031") for f in furniture)
    heading = "Statement issued by the Ministry of Foreign Affairs of Alpha, Port Vale, 1 June 2031"
    assert heading in furniture
    assert not any(q.startswith(("An account", "I should", "Annex", "Statement")) for q in found)


def test_a_letters_words_are_its_signatorys_its_annexs_its_issuers() -> None:
    _, found = _made(LETTER)

    def by(start: str) -> str:
        return next(f["attribution"] for q, f in found.items() if q.startswith(start))

    assert by("I have the honour to refer") == "Lena Orsk"
    assert by("I wish to inform you") == "Lena Orsk"
    assert by("The talks were held") == "Alpha's Ministry of Foreign Affairs"  # the annex's
    assert by("Ravi Menon thanked Beta") == "Ravi Menon"  # a party's act stays his (R6)


def test_a_note_verbales_formulas_are_furniture_its_words_its_senders() -> None:
    furniture, found = _made(NOTE)
    assert any(
        f.startswith("The Permanent Mission of Beta to the United Nations presents")
        for f in furniture
    )
    assert any(f.endswith("the assurances of its highest consideration.") for f in furniture)
    (only,) = found.values()
    assert only["quote"].startswith("The Permanent Mission wishes to recall")
    assert only["attribution"] == "Beta's Permanent Mission to the United Nations"


def test_news_sentences_near_the_formulas_stay_the_articles_statements() -> None:
    """A wire's and a paper's sentences about a letter, credentials, a statement, an
    honour, an annex and "the present" season: no formula of a letter, no heading."""
    furniture, found = _made(NEWS)
    for start in (
        "Alpha's envoy asked",
        "The new ambassador",
        "A statement issued",
        "Ravi Menon said",
    ):
        assert any(q.startswith(start) for q in found), start
    assert any(q.startswith("The present storm season") for q in found)
    assert not any("present storm" in f or "credentials" in f for f in furniture)
    # the same letter's formula in a letter is furniture (the rule is there, and spares these)
    assert any("the present letter" in f for f in _made(LETTER)[0])


def test_a_united_nations_body_is_no_person() -> None:
    """ "The Permanent Mission wishes…", "the General Assembly": bodies, never a person who
    could stand for one of "the two Ministers"."""
    doc = Doc([], DOC.topics, [*DOC.entities, Entity("sora-ito", "Sora Ito", "person")], [], [])
    text = (
        NOTE.replace("(see annex).", "(see annex).\n\nIt was read in the General Assembly.")
        + "\nAnnex to the note verbale dated 4 June 2031 from the Permanent Mission\n"
        "of Beta to the United Nations addressed to the Secretary-General\n\n"
        "Press release of the Ministry of Defence of Beta, Port Vale, 3 June 2031\n\n"
        "Minister Sora Ito met Minister Ravi Menon in Port Vale.\n\n"
        "The two Ministers agreed to hold a joint relief drill next year.\n"
    )
    made = draft(text, "c", doc, {}, "/articles/c.txt", "9.9")
    people = {e["name"] for e in made["entities"] if e["type"] == "person"}
    assert not people & {"Permanent Mission", "Assembly", "General Assembly", "United Nations"}
    (agreed,) = [f for f in made["facts"] if f["quote"].startswith("The two Ministers")]
    assert agreed["attribution"] in ("Sora Ito and Ravi Menon", "Ravi Menon and Sora Ito")


def test_a_bodys_own_words_give_a_plural_office_to_no_party() -> None:
    """A note's sender telling of "the two Defence Ministers" in its own words gives its
    country's people no office (the judges: no conflict); the same words told as the
    country's own act (a party's) still give its minister the office."""
    from defcoop_cli.curation.drafting.conflicts.people import DocumentOffices
    from defcoop_cli.curation.drafting.entities import EntityMatcher
    from defcoop_cli.curation.drafting.speakers import Reading
    from defcoop_cli.curation.drafting.transcripts import Turn
    from defcoop_cli.factbase.records import Role

    roles = (Role("Defence Minister", "ilse-said"), Role("Special Adviser", "ilse-now"))
    people = [
        Entity("ilse", "Ilse Varga", "person", roles=roles),
        Entity("beta", "Beta", "country"),
    ]
    doc = Doc([], [], people, [], [])
    quote = "At the meeting of the two Defence Ministers in Port Vale, the raid was condemned"
    sender = "Beta's Permanent Mission to the United Nations"
    turn = Turn(0, sender, False, False)

    def conflicts(said_by: str) -> list[dict[str, Any]]:
        offices = DocumentOffices(quote, doc, EntityMatcher(people), {"ilse": frozenset({"beta"})})
        return offices.conflicts(
            quote, [], ("beta",), Reading("event", "reported", said_by, ""), turn
        )

    assert conflicts(sender) == []
    assert [c["entity"] for c in conflicts("Beta")] == ["ilse"]


# A news text with no letter's title, whose sentences use a letter's words (review 24).
UNTITLED = """Alpha and Beta widen their arms trade

The present communication gap between the two navies worries their chiefs.

Alpha's arms exports rose to 14 items in 2030 (see annex).

Beta's coastguard budget, set out in the tables at the end (see annex 2), grew by 8 percent.

The present note of caution from Alpha's finance ministry slowed the frigate deal.
"""


def test_a_letters_formulas_in_a_text_with_no_letters_title_are_its_statements() -> None:
    """ "(see annex)", "the present communication …" frame a letter under its title only: a
    news text's sentences with those words stay statements."""
    furniture, found = _made(UNTITLED)
    for start in (
        "The present communication",
        "Alpha's arms",
        "Beta's coastguard",
        "The present note",
    ):
        assert any(q.startswith(start) for q in found), start
    assert not any("present" in f or "annex" in f for f in furniture)
