"""The briefing is assembled from the data: every piece cites existing, non-editorial facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop_cli.factbase.loader import FactBase, load
from defcoop_cli.lookup.brief.briefing import build_briefing
from defcoop_cli.lookup.results import Briefing, Cited
from defcoop_cli.output.render_markdown import brief as markdown_brief

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(ROOT / "data" / "facts.json")


@pytest.fixture(scope="module")
def briefing(fb: FactBase) -> Briefing:
    return build_briefing(fb)


def cited(b: Briefing) -> list[Cited]:
    out = [*b.meeting, *b.places]
    out += [r for p in b.people for r in p.roles]
    out += [c for ex in b.exercises for c in (*ex.types, *ex.participants)]
    for section in (*b.key_points, *b.regional):
        for point in section.points:
            out.append(Cited(point.text, point.facts))
            out += point.items
    return out


def test_who_met_whom_where_and_in_what_roles(briefing: Briefing) -> None:
    assert [p.name for p in briefing.people] == ["Rajnath Singh", "Gen Nakatani"]
    roles = {p.name: [r.text for r in p.roles] for p in briefing.people}
    assert roles["Rajnath Singh"] == ["India’s Defence Minister"]
    assert "Japan’s Special Advisor for National Security" in roles["Gen Nakatani"]
    assert [p.text for p in briefing.places] == ["New Delhi"]


def test_exercises_have_name_type_and_participants(briefing: Briefing) -> None:
    exercises = {e.name: e for e in briefing.exercises}
    assert set(exercises) == {"Dharma Guardian", "Malabar Naval Exercise"}
    malabar = exercises["Malabar Naval Exercise"]
    assert [t.text for t in malabar.types] == ["naval exercise"]
    # "Malabar Naval Exercise (which includes the US and Australia)": the article names no
    # other participant, so India and Japan are not listed.
    assert [p.text for p in malabar.participants] == ["United States", "Australia"]


def test_every_text_comes_from_the_data_and_cites_real_facts(
    fb: FactBase, briefing: Briefing
) -> None:
    data_texts = {f.statement for f in fb.doc.facts} | {f.quote for f in fb.doc.facts}
    data_texts |= {r.text for e in fb.doc.entities for r in e.roles}
    data_texts |= {e.name for e in fb.doc.entities}
    b = briefing  # every part holds something, so that the checks below check something
    assert all((b.meeting, b.people, b.places, b.key_points, b.exercises, b.regional))
    for c in cited(briefing):
        assert c.text in data_texts, c.text
        assert c.facts and all(fb.facts[f].kind != "editorial" for f in c.facts)


def test_regional_issues_and_watch_outs(briefing: Briefing) -> None:
    assert [s.topic for s in briefing.regional] == ["terrorism-pahalgam", "south-china-sea"]
    assert {n.basis for n in briefing.watch_outs} == {"the article", "outside the article"}
    assert all(n.facts or n.entities for n in briefing.watch_outs)


def test_scope_says_undated_and_what_it_covers(briefing: Briefing) -> None:
    (source,) = briefing.sources
    assert source.published is None
    assert "Editorial content" not in source.covers
    assert source.editorial_facts_left_out == 9


def test_a_topic_brief_keeps_only_that_topic(fb: FactBase) -> None:
    only = build_briefing(fb, fb.topics["south-china-sea"])
    assert only.key_points == ()
    assert [s.topic for s in only.regional] == ["south-china-sea"]
    assert only.exercises == ()


def test_a_topic_brief_keeps_the_watch_outs_on_what_it_shows(
    fb: FactBase, briefing: Briefing
) -> None:
    only = build_briefing(fb, fb.topics["south-china-sea"])
    kept = {n.id for n in only.watch_outs}
    assert kept < {n.id for n in briefing.watch_outs}
    assert "pahalgam-attack-date" not in kept  # another topic's
    assert {"meeting-date", "nakatani-office-in-reports"} <= kept  # its When and Who lines'


def test_a_topic_of_background_only_says_it_has_no_key_points(fb: FactBase) -> None:
    text = markdown_brief(build_briefing(fb, fb.topics["article-assessment"]))
    body = text.split("## Watch-outs")[0]
    assert "none in this topic: its facts are background, analysis or the meeting" in body
    assert "defcoop topics" not in text  # a command hint is the terminal's alone


def test_markdown_has_no_editorial_text(fb: FactBase, briefing: Briefing) -> None:
    text = markdown_brief(briefing)
    assert "Rampal" not in text and "spiritual" not in text
    assert text.startswith("# Briefing: ")


def test_a_line_drawn_from_one_fact_cites_it_once(fb: FactBase) -> None:
    text = markdown_brief(build_briefing(fb, full=True))
    (dharma,) = [line for line in text.splitlines() if line.startswith("- **Dharma Guardian:**")]
    assert dharma.count("`exercise-dharma-guardian-participants`") == 1
    assert dharma.endswith(
        "includes Indian Army, Japanese army (`exercise-dharma-guardian-participants`)"
    )
    (nakatani,) = [line for line in text.splitlines() if line.startswith("- **Gen Nakatani:**")]
    assert nakatani.count("`nakatani-office-in-body`") == 1


def test_a_brief_from_one_source_shows_only_the_titles_that_source_gives(fb: FactBase) -> None:
    """Nakatani's titles are the article's facts: a brief from another source that has him
    at a meeting shows him without them (and without their correction's flag)."""
    from defcoop_cli.lookup.service import from_sources

    held = fb.facts["meeting-held"]
    other = fb.doc.sources[0]._replace(id="other-report", title="Another report")
    fact = held._replace(id="other-meeting-held", source="other-report")
    both = FactBase(
        fb.path,
        fb.doc._replace(sources=[*fb.doc.sources, other], facts=[*fb.doc.facts, fact]),
    )
    people = {p.name: p for p in build_briefing(both).people}
    assert people["Gen Nakatani"].roles and people["Gen Nakatani"].flags
    alone = {
        p.name: p for p in build_briefing(from_sources(both, frozenset({"other-report"}))).people
    }
    assert alone["Gen Nakatani"].roles == () and alone["Gen Nakatani"].flags == ()
    assert alone["Rajnath Singh"].roles == ()


def _with_a_later_office(fb: FactBase, published: str | None) -> FactBase:
    """The shipped base with a report (dated `published`, or undated) calling Nakatani
    "Defence Minister", a role it gives him, and a conflict note against the article's
    Special Advisor."""
    from datetime import date

    from defcoop_cli.factbase.records import CuratorNote, Role, Side

    when = date.fromisoformat(published) if published else None
    report = fb.doc.sources[0]._replace(id="later", published=when, date_note="undated")
    fact = fb.facts["nakatani-office-in-heading"]._replace(id="later-office", source="later")
    nakatani = fb.entities["nakatani"]
    entity = nakatani._replace(roles=(*nakatani.roles, Role("Defence Minister", fact.id)))
    note = CuratorNote(
        "office-conflict",
        "The sources differ on his office.",
        "the sources",
        "conflict",
        facts=("later-office", "nakatani-office-in-body"),
        sides=(
            Side("Defence Minister", ("later-office",)),
            Side("Adviser", ("nakatani-office-in-body",)),
        ),
    )
    doc = fb.doc._replace(
        sources=[*fb.doc.sources, report],
        facts=[*fb.doc.facts, fact],
        entities=[entity if e.id == "nakatani" else e for e in fb.doc.entities],
        curator_notes=[*fb.doc.curator_notes, note],
    )
    return FactBase(fb.path, doc)


def test_the_newest_dated_title_comes_first_and_the_older_side_is_disputed(
    fb: FactBase,
) -> None:
    people = {p.name: p for p in build_briefing(_with_a_later_office(fb, "2025-05-05")).people}
    nakatani = people["Gen Nakatani"]
    assert nakatani.roles[0] == Cited("Defence Minister", ("later-office",))
    assert nakatani.dated == (("later-office", "2025-05-05"),)
    assert "nakatani-office-in-body" in nakatani.disputed
    assert "office-conflict" in nakatani.flags


def test_a_conflict_with_no_dated_side_disputes_nothing(fb: FactBase) -> None:
    before = {p.name: p for p in build_briefing(fb).people}["Gen Nakatani"]
    people = {p.name: p for p in build_briefing(_with_a_later_office(fb, None)).people}
    nakatani = people["Gen Nakatani"]
    assert nakatani.disputed == before.disputed and nakatani.dated == ()
    assert "office-conflict" not in nakatani.flags
    # undated, nothing disputes it: in report order (lookup/brief/order.py), here one layer of two
    # undated sources, by source id: "later" before "rajnath-nakatani-meeting"
    assert [r.text for r in nakatani.roles[:2]] == ["Defence Minister", "Japanese Defence Minister"]


def test_who_met_whom_are_the_events_parties_not_a_person_named_in_passing(
    fb: FactBase,
) -> None:
    """A report's meeting fact names the prime minister under whom Nakatani serves: with
    the event's parties known he is not one who met; without them he is."""
    from defcoop_cli.factbase.records import Entity

    premier = Entity("kei-aoba", "Kei Aoba", "person")
    arrived = fb.facts["meeting-held"]._replace(
        id="arrived", entities=("nakatani", "kei-aoba"), statement="Nakatani arrived."
    )
    doc = fb.doc._replace(facts=[*fb.doc.facts, arrived], entities=[*fb.doc.entities, premier])
    grown = FactBase(fb.path, doc)
    parties = ("rajnath-singh", "nakatani", "india", "japan")
    named = [p.name for p in build_briefing(grown, parties=parties).people]
    assert named == ["Rajnath Singh", "Gen Nakatani"]
    assert "Kei Aoba" in [p.name for p in build_briefing(grown).people]


def test_a_url_cannot_close_its_markdown_link() -> None:
    """A '>' in a reference's URL ended the autolink, and what followed was raw HTML."""
    from defcoop_cli.output.brief.lines import Segment
    from defcoop_cli.output.render_markdown import segment

    drawn = segment(Segment("https://x.example/a><img/src=x/onerror=alert(1)>", kind="url"))
    assert drawn == " <https://x.example/a%3E%3Cimg/src=x/onerror=alert(1)%3E>"


def test_a_fact_filed_under_a_topic_of_each_group_is_one_point(fb: FactBase) -> None:
    """A report's fact filed under a cooperation topic and a regional one (heldout4's "Both
    Ministers confirmed that they would develop it further…", under defence industry and
    the Pahalgam attack, in the curator's loop) is told once, in the cooperation group's
    points: not a second "Agreed" line."""
    regional = next(t.id for t in fb.doc.topics if t.group == "regional")
    fact = fb.facts["emerging-tech-cooperation"]
    both = fact._replace(topics=(*fact.topics, regional))
    doc = fb.doc._replace(facts=[both if f.id == fact.id else f for f in fb.doc.facts])
    b = build_briefing(FactBase(fb.path, doc))
    told = [f for s in (*b.key_points, *b.regional) for p in s.points for f in p.facts]
    assert told.count("emerging-tech-cooperation") == 1
    assert "emerging-tech-cooperation" in {
        f for s in b.key_points for p in s.points for f in p.facts
    }
