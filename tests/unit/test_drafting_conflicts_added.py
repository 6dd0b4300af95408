"""Two reports counting one meeting otherwise (issue 24's review): a drafted fact giving
another count than the fact whose claim it would make is no claim of it but a conflict with
it; and a note `add` made of a conflict gives the sides' values, no curator's finding, so it
is no side of a later report's conflict. Sentences of my own (fictional Port Lem, Tessel)."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting.claims import unopposed
from defcoop_cli.curation.drafting.conflicts.values import Conflicts
from defcoop_cli.curation.proposals import Known, link, made_by_add, proposal
from unit.test_drafting_claims import fact
from unit.test_drafting_conflicts import NOTES_DOC
from unit.test_proposals import KNOWN, NOTE_REFERENCE, TOLL, drafted

THIRD = fact("lem-third", "It was the third time the two ministers have met", "reported", (), "x")


def test_another_count_of_the_pairs_meeting_than_the_claims_fact_is_a_conflict() -> None:
    values = Conflicts(NOTES_DOC._replace(facts=[*NOTES_DOC.facts, THIRD]))
    said = "It was the fourth time the two ministers have met"
    other = {"fact": "lem-third", "text": "third time"}
    assert values.values(said, THIRD) == [
        {"field": "number", "this": "fourth time", "others": [other]}
    ]
    # the times they have met, counted to now: this meeting the fourth
    said = "The two ministers have now met four times, an aide said"
    other = {"fact": "lem-third", "text": "third time"}
    assert values.values(said, THIRD) == [
        {"field": "number", "this": "four times", "others": [other]}
    ]
    # the times before another, the same count, or none of the pair's meeting: none
    assert values.values("The two ministers had met four times before", THIRD) == []
    assert values.values("The two ministers have met four times since 2029", THIRD) == []
    assert values.values("It was the third time the two ministers have met", THIRD) == []
    assert values.values("It was the fourth time the two navies trained together", THIRD) == []


def test_a_fact_its_own_conflict_sets_against_the_claims_fact_makes_no_claim_of_it() -> None:
    against = {"field": "number", "this": "fourth time", "others": [{"fact": "lem-third"}]}
    fact = unopposed({"id": "b", "claim_of": "lem-third", "conflicts": [against]})
    assert "claim_of" not in fact and "lem-third" in fact["notes"][-1]
    # a conflict with a curator note only, or with another fact: the claim stays
    noted = {"field": "number", "this": "fourth time", "others": [{"note": "talks-date"}]}
    kept = unopposed({"id": "b", "claim_of": "lem-third", "conflicts": [noted]})
    assert kept["claim_of"] == "lem-third" and "notes" not in kept
    # an office said otherwise corrects the claim's fact, and makes its claim
    office = {"field": "office", "this": "adviser", "others": [{"fact": "lem-third"}]}
    kept = unopposed({"id": "b", "claim_of": "lem-third", "conflicts": [office]})
    assert kept["claim_of"] == "lem-third"


ADDED = (
    "The sources differ on the number: “28 people” (The Post) against “31 people” (curator "
    "note attack-toll-note), which cites Harbour Post."
)


def test_a_note_add_made_of_a_conflict_is_no_curator_notes_side() -> None:
    assert made_by_add({"type": "note", "text": ADDED})
    assert made_by_add({"type": "conflict", "text": "The sources differ on the date: …"})
    assert not made_by_add({"type": "note", "text": NOTES_DOC.curator_notes[1].text})
    # the drafter: the curator's note about the attack is compared, the one add made is not
    # (one side's value: "28 people" against the note's "31 dead")
    text = ADDED.replace("“31 people”", "“31 dead”")
    made = NOTES_DOC.curator_notes[1]._replace(id="post-number-note-conflict", text=text)
    values = Conflicts(NOTES_DOC._replace(curator_notes=[*NOTES_DOC.curator_notes, made]))
    found = values.with_notes("The harbour attack killed 29 people", ["harbour-attack"], [])
    assert [o["note"] for c in found for o in c["others"]] == ["attack-toll-note"]


def test_add_makes_no_difference_from_a_note_it_made_itself() -> None:
    notes: dict[str, dict[str, Any]] = {
        "toll-note": {"id": "toll-note", "text": "Reports put the toll at 26 people.",
                      "references": [NOTE_REFERENCE]},
        "post-number-note-conflict": {"id": "post-number-note-conflict", "type": "note",
                                      "text": ADDED, "references": [NOTE_REFERENCE]},
    }  # fmt: skip
    known: Known = KNOWN._replace(notes=notes)
    made = {**TOLL, "others": [{"note": "post-number-note-conflict", "text": "31 people"}]}
    fact = drafted("a", conflicts=[made])
    assert link([drafted("a")], [proposal(fact, "$.facts[0]")], known).notes == []
    # the curator's own note still gives one
    fact = drafted("a", conflicts=[TOLL])
    assert len(link([drafted("a")], [proposal(fact, "$.facts[0]")], known).notes) == 1


def test_a_report_added_before_agreeing_with_the_filed_office_is_another_side() -> None:
    # kelp, added as drafted, said the filed office; a later report saying another sets
    # kelp's fact against it too (so add notes the two reports' conflict in either order)
    from defcoop_cli.curation.drafting.base.matchers import countries_of
    from defcoop_cli.curation.drafting.conflicts.people import DocumentOffices
    from defcoop_cli.curation.drafting.entities import EntityMatcher
    from defcoop_cli.curation.drafting.speakers import Reading
    from defcoop_cli.factbase.records import Doc, Entity, Role

    varga = Entity("varga", "Ilse Varga", "person", aliases=("Varga",),
                   roles=(Role("Norway's Defence Minister", "varga-office"),))  # fmt: skip
    filed = fact("varga-office", "Ilse Varga is Norway's Defence Minister", "x", ("varga",), "x")
    kelp = fact("kelp-1", "Defence Minister Ilse Varga opened a naval school", "x", ("varga",), "x")
    told = Reading("event", "reported", "the article", "test")

    def others(quote: str, reports: tuple[int, ...], said: str = "Defence Minister") -> list[str]:
        said_by_kelp = kelp.quote.replace("Defence Minister", said)
        facts = [filed, kelp._replace(source="kelp", quote=said_by_kelp)]
        doc = Doc([], [], [varga], facts, [])
        offices = DocumentOffices(quote, doc, EntityMatcher([varga]), countries_of(doc))
        offices.reports = {facts[i].id: () for i in reports}
        found = offices.conflicts(quote, EntityMatcher([varga]).find(quote), [], told, None)
        return [f"{o['fact']}: {o['text']}" for c in found for o in c["others"]]

    quote = "Foreign Minister Ilse Varga toured a shipyard in Stavanger"
    assert others(quote, (1,)) == [
        "varga-office: Norway's Defence Minister",
        "kelp-1: Defence Minister",
    ]
    assert others(quote, ()) == ["varga-office: Norway's Defence Minister"]  # kelp's filed
    # a report saying another office than the filed one: a role of its own gives that side
    assert others(quote, (1,), "Trade Minister") == ["varga-office: Norway's Defence Minister"]
    # a quote saying the filed office: no conflict, whatever the reports said
    assert others("Defence Minister Ilse Varga toured a shipyard", (1,)) == []


def test_a_fact_giving_the_filed_office_carries_it_for_add() -> None:
    # drafted before a report giving her another office was added, the fact keeps the filed
    # office it gives (office_agrees, draft-only), which add sets against that report's role
    from defcoop_cli.curation.drafting.base.matchers import countries_of
    from defcoop_cli.curation.drafting.conflicts.people import DocumentOffices
    from defcoop_cli.curation.drafting.entities import EntityMatcher
    from defcoop_cli.factbase.records import Doc, Entity, Role

    varga = Entity("varga", "Ilse Varga", "person", aliases=("Varga",),
                   roles=(Role("Norway's Defence Minister", "varga-office"),))  # fmt: skip
    filed = fact("varga-office", "Ilse Varga is Norway's Defence Minister", "x", ("varga",), "x")

    def agrees(quote: str, reports: tuple[str, ...] = ()) -> list[Any]:
        doc = Doc([], [], [varga], [filed], [])
        offices = DocumentOffices(quote, doc, EntityMatcher([varga]), countries_of(doc))
        offices.reports = dict.fromkeys(reports, ())
        return offices.agrees(quote, EntityMatcher([varga]).find(quote), ["varga"])

    quote = "Defence Minister Ilse Varga opened a naval school in Bergen"
    assert agrees(quote) == [{"entity": "varga", "text": "Defence Minister"}]
    # near cases: another office (a conflict), no office, and the filed role a report's
    # added as drafted (no curator's)
    assert agrees(quote.replace("Defence", "Fisheries")) == []
    assert agrees("Ilse Varga opened a naval school in Bergen") == []
    assert agrees(quote, reports=("varga-office",)) == []
    # what add reads again of such a fact once its draft was stripped (GivenOffice): the
    # same office; none where no name's reading gives one; one reader for many quotes
    from defcoop_cli.curation.drafting.conflicts.people import GivenOffice

    given_office = GivenOffice(varga)
    assert given_office(quote) == "Defence Minister"
    assert given_office("Ilse Varga opened a naval school in Bergen") is None
    assert given_office(quote.replace("Defence", "Foreign")) == "Foreign Minister"


def test_a_report_added_before_giving_the_noted_day_is_no_side_the_note_is() -> None:
    # plum, a report added as drafted (no keywords), joined talks-held's claim with the
    # curator's day (5 May); a later sentence giving 6 May ranks plum's fact first: it is
    # set against the note (through the claim's root), not against plum's fact, as it is
    # when drafted before plum was added
    from unit.test_drafting_conflicts import NOTES

    said = "Beta and Gamma held harbour talks in New Delhi on 6 May"
    plum = THIRD._replace(id="plum-talks", quote=said.replace("6 May", "5 May"), source="plum")
    plum = plum._replace(claim="talks-held")
    notes = Conflicts(NOTES_DOC._replace(facts=[*NOTES_DOC.facts, plum]))
    note = {
        "field": "date",
        "this": "6 May",
        "others": [{"note": "talks-date", "text": "5 May 2031"}],
    }
    assert notes.values(said, plum) == []
    assert notes.with_notes(said, ["beta", "gamma"], ["plum-talks"]) == [note]
    assert NOTES.with_notes(said, ["beta", "gamma"], ["talks-held"]) == [note]  # plum not added
    # the other way round: plum said 6 May, the sentence the noted day: plum is already
    # set against the note, so the sentence sets itself against nothing
    other = plum._replace(quote=said)
    agreeing = said.replace("6 May", "5 May")
    assert (
        Conflicts(NOTES_DOC._replace(facts=[*NOTES_DOC.facts, other])).values(agreeing, other) == []
    )
    # near cases: a day the note gives neither (plum 7 May) is still a side; so is a
    # curator's filed fact (it has keywords) giving the noted day
    seventh = plum._replace(quote=said.replace("6 May", "7 May"))
    found = Conflicts(NOTES_DOC._replace(facts=[*NOTES_DOC.facts, seventh])).values(said, seventh)
    assert found == [
        {"field": "date", "this": "6 May", "others": [{"fact": "plum-talks", "text": "7 May"}]}
    ]
    filed = plum._replace(keywords=("talks",))
    found = Conflicts(NOTES_DOC._replace(facts=[*NOTES_DOC.facts, filed])).values(said, filed)
    assert found == [
        {"field": "date", "this": "6 May", "others": [{"fact": "plum-talks", "text": "5 May"}]}
    ]


def test_a_report_added_before_giving_a_things_noted_day_is_no_side_the_note_is() -> None:
    # the same for a dated note about a thing the report's fact names (the attack's day)
    import datetime

    from defcoop_cli.factbase.records import CuratorNote

    dated = CuratorNote(
        "attack-date",
        "Reports date the harbour attack 22 April 2031.",
        "outside the article",
        type="date",
        date=datetime.date(2031, 4, 22),
        entities=("harbour-attack",),
    )
    said = "Beta condemned the harbour attack of 23 April"
    plum = THIRD._replace(id="plum-attack", quote=said.replace("23", "22"), source="plum")
    plum = plum._replace(entities=("beta", "harbour-attack"), claim="attack-toll")
    doc = NOTES_DOC._replace(facts=[*NOTES_DOC.facts, plum])
    notes = Conflicts(doc._replace(curator_notes=[*doc.curator_notes, dated]))
    assert notes.values(said, plum) == []
    found = notes.with_notes(said, ["beta", "harbour-attack"], ["plum-attack"])
    assert [(c["this"], c["others"][0]["note"]) for c in found] == [("23 April", "attack-date")]
    # the thing named by the sentence alone (the report's fact says "the attack there")
    unnamed = plum._replace(entities=("beta",))
    assert notes.values(said, unnamed, ["beta", "harbour-attack"]) == []
    assert notes.values(said, unnamed) != []
    # near case: no such note, the report's fact is the side
    found = Conflicts(doc).values(said, plum)
    assert [(c["this"], c["others"][0]["fact"]) for c in found] == [("23 April", "plum-attack")]
