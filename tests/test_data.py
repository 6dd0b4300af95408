"""The real fact base: every check of the curation issue, against data/facts.json."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from defcoop_cli.checks import MIN_SENTENCE_COVERAGE, check_factbase, source_coverage
from defcoop_cli.factbase import FactBase, load_factbase
from defcoop_cli.schema import factbase_json_schema
from defcoop_cli.sentences import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "data" / "facts.json"
SOURCE = ROOT / "data" / "sources" / "rajnath-nakatani-meeting.txt"
SHARED = ROOT.parent / "shared" / "sources" / "rajnath-nakatani-meeting.txt"

# Headings and page furniture: not facts, and not counted in coverage. Listed here by hand
# so the data cannot quietly exclude more than this.
FURNITURE = [
    "Rajnath Singh to Hold Bilateral Meeting with Japanese Defence Minister",
    "Also Read: Japan Successfully Launches Michibiki 6 Navigation Satellite on H3 Rocket",
    "Key Discussion Points: Security, Defence, and Strategic Partnership",
    "The key highlights of the discussion included:",
    "- Defence Industrial Cooperation: ",
    "- Joint Military Exercises: ",
    "- Cybersecurity and Emerging Technologies: ",
    "- Strategic Communication: ",
    "- Indo-Pacific Vision: ",
    "Addressing Regional Challenges: Pahalgam Attack & South China Sea",
    "Conclusion",
]
PROMOTIONAL_START = "From a spiritual standpoint"


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load_factbase(FACTS)


@pytest.fixture(scope="module")
def text(fb: FactBase) -> str:
    return fb.source_text("rajnath-nakatani-meeting")


def test_source_is_a_byte_identical_copy_of_the_article() -> None:
    if not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    assert SOURCE.read_bytes() == SHARED.read_bytes()


def test_source_hash_matches(fb: FactBase) -> None:
    source = fb.sources["rajnath-nakatani-meeting"]
    assert source.sha256 == hashlib.sha256(SOURCE.read_bytes()).hexdigest()
    assert source.published is None
    assert source.title_assigned_by == "curator"
    assert "recent" in source.date_note


def test_validate_finds_no_problems() -> None:
    report = check_factbase(FACTS)
    assert report.problems == []


def test_every_quote_equals_its_span(fb: FactBase, text: str) -> None:
    for fact in fb.doc.facts:
        start, end = fact.span
        assert text[start:end] == fact.quote, fact.id


def test_furniture_is_exactly_the_listed_headings(fb: FactBase, text: str) -> None:
    furniture = fb.sources["rajnath-nakatani-meeting"].furniture
    assert [ex.text for ex in furniture] == FURNITURE
    for ex in furniture:
        assert text[ex.span[0] : ex.span[1]] == ex.text


def test_every_body_sentence_is_at_least_60_percent_covered(fb: FactBase, text: str) -> None:
    coverage = source_coverage(fb, "rajnath-nakatani-meeting", text)
    furniture_only = {f.strip() for f in FURNITURE}
    checked = 0
    for s in coverage.sentences:
        sentence = text[s.span[0] : s.span[1]]
        assert sentence not in furniture_only
        assert s.covered >= MIN_SENTENCE_COVERAGE, sentence
        checked += 1
    # Every sentence of the article that is not wholly furniture was checked.
    all_sentences = [text[a:b] for a, b in sentence_spans(text)]
    assert checked == len([s for s in all_sentences if s not in furniture_only])


def test_ids_are_unique(fb: FactBase) -> None:
    for items in (fb.doc.facts, fb.doc.topics, fb.doc.entities, fb.doc.curator_notes):
        ids = [i.id for i in items]
        assert len(ids) == len(set(ids))


def test_references_resolve_and_everything_is_used(fb: FactBase) -> None:
    used_topics = {t for f in fb.doc.facts for t in f.topics}
    used_entities = {e for f in fb.doc.facts for e in f.entities}
    assert used_topics == set(fb.topics)
    assert used_entities == set(fb.entities)
    assert {f.source for f in fb.doc.facts} <= set(fb.sources)


def test_promotional_paragraph_is_quoted_only_by_editorial_facts(fb: FactBase, text: str) -> None:
    start = text.index(PROMOTIONAL_START)
    quoting = [f for f in fb.doc.facts if f.span[1] > start]
    assert quoting, "the promotional paragraph must be recorded"
    assert all(f.kind == "editorial" and f.topics == ("editorial",) for f in quoting)
    assert all(f.span[1] <= start for f in fb.doc.facts if f.kind != "editorial")


def test_the_closing_paragraphs_first_sentence_is_the_articles_own_framing(
    fb: FactBase,
) -> None:
    framing = fb.facts["meeting-reflects-human-need"]
    assert framing.kind == "assessment"
    assert framing.attribution == "the article"


def test_sizes_are_in_the_expected_ranges(fb: FactBase) -> None:
    assert 40 <= len(fb.doc.facts) <= 80
    assert 10 <= len(fb.doc.topics) <= 12
    assert len(fb.doc.entities) >= 20


def test_lists_are_split_into_one_fact_per_item(fb: FactBase) -> None:
    def items(parent: str) -> set[str]:
        return {f.quote for f in fb.doc.facts if f.part_of == parent}

    assert items("emerging-tech-cooperation") == {
        "cybersecurity",
        "Artificial Intelligence",
        "autonomous weapon systems",
        "space-based technologies",
    }
    assert items("indo-pacific-commitment") == {
        "freedom of navigation",
        "peaceful dispute resolution",
        "respect for international law",
    }
    assert {fb.facts[i].entities[0] for i in ("exercise-malabar-participants",)} == {"malabar"}
    assert "exercise-dharma-guardian-participants" in fb.facts


def test_discussed_is_never_recorded_as_agreed(fb: FactBase) -> None:
    exercises = fb.facts["exercises-importance-discussed"]
    assert exercises.stance == "discussed"
    assert fb.facts["south-china-sea-instability-discussed"].stance == "discussed"
    for fact in fb.doc.facts:
        if fact.stance == "agreed":
            assert "agreed" in fact.quote or fact.part_of, fact.id


def test_kind_stance_and_attribution_agree(fb: FactBase) -> None:
    """A kind never claims more than the stance: an invitation or a discussion is no pledge."""
    for fact in fb.doc.facts:
        if fact.kind == "commitment":
            assert fact.stance in ("agreed", "reaffirmed"), fact.id
        if fact.stance in ("discussed", "invited", "briefed"):
            assert fact.kind == "event", fact.id
        if fact.attribution == "the article":  # it reports; it never agrees or stresses
            assert fact.stance in ("reported", "discussed"), fact.id
        if fact.kind in ("assessment", "editorial"):
            assert fact.attribution == "the article", fact.id


def test_users_aliases_are_present(fb: FactBase) -> None:
    aliases = {a.casefold() for e in fb.doc.entities for a in (e.name, *e.aliases)}
    for alias in (
        "us",
        "usa",
        "united states",
        "ai",
        "unclos",
        "law of the sea",
        "j&k",
        "rajnath",
        "nakatani",
    ):
        assert alias in aliases, alias


def test_both_offices_of_nakatani_are_recorded_with_a_note(fb: FactBase) -> None:
    quotes = {fb.facts[r.fact].quote for r in fb.entities["nakatani"].roles}
    assert "Japanese Defence Minister" in quotes
    assert any("Special Advisor for National Security" in q for q in quotes)
    notes = {n.id: n for n in fb.doc.curator_notes}
    assert notes["nakatani-office-inconsistent"].basis == "the article"
    assert notes["nakatani-given-name"].basis == "outside the article"
    assert "Gen" in notes["nakatani-given-name"].text


def test_statements_do_not_carry_curator_notes(fb: FactBase) -> None:
    for fact in fb.doc.facts:
        assert "curator" not in fact.statement.casefold()
        assert "Gen Nakatani" not in fact.statement


def test_shipped_schema_is_generated_from_the_models() -> None:
    shipped = json.loads((ROOT / "data" / "facts.schema.json").read_text(encoding="utf-8"))
    assert shipped == factbase_json_schema()
