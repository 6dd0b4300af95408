"""turns.entries.diaries: a diary's subjectless entries are its heading's person's acts, his
events the document's, "with X" the two's; its verbless entries and stamps furniture. And
what the rule must leave alone: a live blog whose entries have subjects, a wire's and a
paper's ordinary sentences. Every text is my own."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.body.unstopped import log_stamp
from defcoop_cli.curation.drafting.places.before import governs
from defcoop_cli.curation.drafting.turns.entries.diaries import idle_lines, is_diary, subjectless
from defcoop_cli.curation.drafting.verbs import reported_verb
from defcoop_cli.factbase.records import Doc, Entity, Role, Topic

PEOPLE = [("ravi-menon", "Ravi Menon", "Norland"), ("ana-costa", "Ana Costa", "Veloria")]
DOC = Doc(
    sources=[],
    topics=[Topic("talks", "Talks", "", "cooperation")],
    entities=[
        *(Entity(c.lower(), c, "country") for _, _, c in PEOPLE),
        *(
            Entity(i, n, "person", (n.split()[1],), (Role(f"{c}'s Trade Minister", i),))
            for i, n, c in PEOPLE
        ),
    ],
    facts=[],
    curator_notes=[],
)

DIARY = """\
NORLAND PRESS SERVICE
Engagements of Minister Ravi Menon, Tuesday 3 June

08:30 hrs  At the residence.
10:00 hrs  Received Ana Costa at the ministry.
10:20 hrs  Held talks with Ana Costa and her delegation.
           Condemned the storm-season looting in the port districts.
           Agreed with Costa to open a joint customs desk.
           Told Costa that Norland would lift the tariff on olives.
           Signed the condolence book and, according to an aide, wrote that Norland grieves.
[x] 13:00  Lunch hosted by the Chamber of Commerce.
[x] 17:00  Departed Lisbon for home.
"""


def _facts(text: str) -> dict[str, dict[str, Any]]:
    drafted = draft(text, "a", DOC, {}, "/articles/a.txt", "9.9")
    return {f["quote"]: f for f in drafted["facts"]}


def _furniture(text: str) -> list[str]:
    drafted = draft(text, "a", DOC, {}, "/articles/a.txt", "9.9")
    return [text[a:b] for a, b in (x["span"] for x in drafted["sources"][0]["furniture"])]


def test_a_stamp_with_its_unit_or_a_done_mark_opens_a_log_entry() -> None:
    assert log_stamp("10:15 hrs  Received the guests.") is not None
    assert log_stamp("[x] 09:10  Paid homage at the memorial.") is not None
    assert log_stamp("10:15 Received the guests.") is None  # one space: no column


def test_a_diary_entry_without_a_verb_is_furniture() -> None:
    lines = DIARY.splitlines()
    assert is_diary(lines)
    assert {lines[n] for n in idle_lines(lines)} == {
        "08:30 hrs  At the residence.",
        "[x] 13:00  Lunch hosted by the Chamber of Commerce.",
    }
    assert "08:30 hrs  At the residence." in _furniture(DIARY)


def test_a_subjectless_entry_is_the_headings_person_s_and_his_events_the_documents() -> None:
    facts = _facts(DIARY)
    condemned = facts["Condemned the storm-season looting in the port districts"]
    assert (condemned["attribution"], condemned["stance"]) == ("Ravi Menon", "condemned")
    told = facts["Told Costa that Norland would lift the tariff on olives"]
    assert told["attribution"] == "Ravi Menon"
    book = facts["Signed the condolence book and, according to an aide, wrote that Norland grieves"]
    assert (book["attribution"], book["stance"]) == ("Ravi Menon", "reported")  # by a channel
    agreed = facts["Agreed with Costa to open a joint customs desk"]
    assert agreed["attribution"] == "Ravi Menon and Ana Costa"
    assert facts["Held talks with Ana Costa and her delegation"]["attribution"] == "the article"


def test_a_diary_entry_s_opening_verb_is_no_part_of_a_name() -> None:
    drafted = draft(DIARY, "a", DOC, {}, "/articles/a.txt", "9.9")
    assert not [e["name"] for e in drafted["entities"] if e["name"].startswith(("Told", "Cond"))]
    told = _facts(DIARY)["Told Costa that Norland would lift the tariff on olives"]
    assert "ana-costa" in told["entities"]


def test_a_heading_s_title_stands_for_the_one_holder_the_entries_never_name() -> None:
    text = DIARY.replace("Engagements of Minister Ravi Menon", "Trade Minister's movements")
    assert _facts(text)["Told Costa that Norland would lift the tariff on olives"][
        "attribution"
    ] == ("Ravi Menon")


def test_a_live_blog_whose_entries_have_subjects_is_no_diary() -> None:
    blog = [
        "LIVE: Menon meets Costa",
        "10:05  Menon and Costa begin talks at the palace",
        "10:40  Talks under way.",
        "11:30  Costa leaves for the airport",
        "11:45  Press availability cancelled.",
    ]
    assert not is_diary(blog)
    assert idle_lines(blog) == set()


def test_a_live_blog_whose_entries_open_on_a_label_is_no_diary() -> None:
    blog = [  # review finding 4: "Confirmed:", "Signed:" label the entry, no verb of it
        "Live: Ravi Menon hosts Norland's trade talks",
        "09:10 - Confirmed: Ana Costa has landed at the river airport.",
        "09:40 - Delayed: the welcome ceremony now starts at ten.",
        "10:05 - Expected shortly: a joint note on olive tariffs.",
        "11:20 - Signed: a customs memorandum, officials tell us.",
        "11:50 - No word yet on the port deal.",
    ]
    assert not is_diary(blog)
    assert idle_lines(blog) == set()
    facts = _facts("\n".join(blog) + "\n")
    assert facts["Confirmed: Ana Costa has landed at the river airport"]["attribution"] != (
        "Ravi Menon"
    )
    assert "No word yet on the port deal" in facts
    for label in ("Reported: ", "Announced earlier: "):  # two more, the same as any news
        assert not subjectless(f"{label}Costa will stay a second day.")


# Ordinary news sentences, a wire's and a paper's, that a diary's rule must leave as the
# drafter reads them anywhere: a participle's phrase before its subject, a name in -ed, a
# channel's tag, a passive with its agent.
ORDINARY = [
    "Asked about the olive tariff, Costa said her government would wait for the cabinet.",
    "Ahmed Rizvi, a port official, said the desk would open in autumn.",
    "It has not been approved by the cabinet yet, the official said.",
    "Briefed on the looting, Menon condemned it as organised crime.",
    "Signed copies of the accord were exchanged at noon.",
    "Asked about the olives, a ministry spokesman said no decision had been taken.",  # review
    "Briefed by the trade secretary, a Velorian official confirmed the date of the next round.",
    "Informed of the delay, officials at the embassy moved the dinner to Friday.",
]


def test_ordinary_sentences_in_a_diary_read_as_they_do_in_a_wire() -> None:
    wire = "Menon and Costa agree customs desk\n\nLISBON, June 3 (Norland Press) - "
    in_wire = _facts(wire + "\n".join(ORDINARY) + "\n")
    in_diary = _facts(DIARY + "".join(f"           {s}\n" for s in ORDINARY))
    for sentence in ORDINARY:
        quote = next(q for q in in_wire if sentence.startswith(q[:30]))
        assert in_diary[quote]["attribution"] == in_wire[quote]["attribution"], sentence
        assert in_diary[quote]["stance"] == in_wire[quote]["stance"], sentence
    told = in_diary["Told Costa that Norland would lift the tariff on olives"]
    assert told["attribution"] == "Ravi Menon"  # the diary's own, beside them


def test_a_participle_s_phrase_before_a_lower_case_subject_is_no_diary_entry() -> None:
    for sentence in ORDINARY[-3:]:
        assert not subjectless(sentence), sentence
    for entry in (  # the diary's own entries, a comma in them
        "Held talks with Ana Costa, then hosted a lunch for her delegation.",
        "Received Ana Costa, accompanied by two aides.",
        "Met Costa, his host in June, and agreed to talk again.",
        "Toured the port, aides said.",
    ):
        assert subjectless(entry), entry


def test_a_paper_s_paragraphs_under_a_person_s_heading_are_no_diary() -> None:
    copy = (
        "Ravi Menon's day in Lisbon\n\n"
        "Held up by fog, the minister's plane landed two hours late.\n"
        "Received warmly by the mayor, Menon went straight to the talks.\n"
        "Signed copies of the accord were exchanged at noon.\n"
    )
    assert not is_diary(copy.splitlines())
    assert all(f["attribution"] != "Ravi Menon and Ana Costa" for f in _facts(copy).values())
    assert "Signed copies of the accord were exchanged at noon" in _facts(copy)


def test_a_capital_a_minister_departed_is_a_place() -> None:
    text = "The minister departed Lisbon for home."
    assert not governs(text, text.index("Lisbon"))
    wants = "Lisbon wants the tariff gone."
    assert governs(wants, 0)


def test_signing_a_visitors_book_is_no_agreement_but_signing_a_pact_is() -> None:
    book = "Menon signed the visitors' book and, an aide said, wrote that Norland grieves."
    hit = reported_verb(book)
    assert hit is not None and (hit.match.group(), hit.stance) == ("said", "reported")
    for pact in (
        "The two ministers signed a memorandum on customs data.",
        "Both sides signed the agreement on Monday.",
        "The ministers signed a book of protocols on port inspections.",
    ):
        hit = reported_verb(pact)
        assert hit is not None and hit.stance == "agreed", pact


def test_a_clause_after_and_in_a_subjectless_entry_is_the_subject_s_but_events_stay() -> None:
    text = DIARY.replace(
        "Condemned the storm-season looting in the port districts.",
        "Condemned the storm-season looting and conveyed condolences to the port districts.",
    )
    facts = _facts(text)
    assert facts["conveyed condolences to the port districts"]["attribution"] == "Ravi Menon"
    assert facts["Held talks with Ana Costa and her delegation"]["attribution"] == "the article"
