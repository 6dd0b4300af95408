"""The real fact base: every check of the curation issue, against data/facts.json."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from defcoop_cli.factbase.checking.validation import validate as check_factbase
from defcoop_cli.factbase.checks import MIN_SENTENCE_COVERAGE
from defcoop_cli.factbase.loader import FactBase, load
from defcoop_cli.factbase.schema import factbase_json_schema
from defcoop_cli.factbase.sentences import sentence_spans, source_coverage

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
PROMOTIONAL_START = "The recent high-level defence meeting between"


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(FACTS)


@pytest.fixture(scope="module")
def text(fb: FactBase) -> str:
    return fb.source_text("rajnath-nakatani-meeting")


def test_source_is_a_byte_identical_copy_of_the_article() -> None:
    if not SHARED.exists():
        pytest.skip(
            "the project's original copy of the article (../shared/sources/, beside this "
            "checkout) is not on this machine, so the shipped copy cannot be compared with it"
        )
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
    coverage = source_coverage(fb.doc, "rajnath-nakatani-meeting", text)
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


def test_the_whole_closing_paragraph_is_promotional(fb: FactBase, text: str) -> None:
    # Its first sentence leads into the promotion; it is part of it, not the article's news.
    framing = fb.facts["meeting-reflects-human-need"]
    assert framing.kind == "editorial"
    paragraph = text.rstrip().rsplit("\n", 1)[1]
    (excerpt,) = fb.sources["rajnath-nakatani-meeting"].editorial
    assert excerpt.text == paragraph


def test_sizes_are_in_the_expected_ranges(fb: FactBase) -> None:
    assert 60 <= len(fb.doc.facts) <= 100
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


def test_no_alias_is_wider_than_what_it_names(fb: FactBase) -> None:
    """Kashmir is more than Jammu & Kashmir; a terrorist attack is not the Pahalgam attack."""
    assert "Kashmir" not in fb.entities["jammu-kashmir"].aliases
    generic = {"terror attack", "terrorist attack"}
    assert not generic & {a.casefold() for a in fb.entities["pahalgam-attack"].aliases}


def test_both_offices_of_nakatani_are_recorded_with_a_note(fb: FactBase) -> None:
    quotes = {fb.facts[r.fact].quote for r in fb.entities["nakatani"].roles}
    assert "Japanese Defence Minister" in quotes
    assert any("Special Advisor for National Security" in q for q in quotes)
    notes = {n.id: n for n in fb.doc.curator_notes}
    assert notes["nakatani-office-inconsistent"].basis == "the article"
    assert notes["nakatani-given-name"].basis == "outside the article"
    assert "Gen is his given name" in notes["nakatani-given-name"].text


def test_statements_do_not_carry_curator_notes(fb: FactBase) -> None:
    for fact in fb.doc.facts:
        assert "curator" not in fact.statement.casefold()
        assert "Gen Nakatani" not in fact.statement


def test_shipped_schema_is_generated_from_the_models() -> None:
    shipped = json.loads((ROOT / "data" / "facts.schema.json").read_text(encoding="utf-8"))
    assert shipped == factbase_json_schema()


# ---- curator notes from outside the article (dated reports of the same meeting)


def test_every_note_from_outside_the_article_cites_dated_references(fb: FactBase) -> None:
    outside = [n for n in fb.doc.curator_notes if n.basis == "outside the article"]
    assert len(outside) >= 4
    for note in outside:
        assert note.references, note.id
        for ref in note.references:
            assert ref.url.startswith("https://") and ref.publisher and ref.title, note.id
            assert ref.published.isoformat() == "2025-05-05", note.id


def test_the_counterparts_office_is_corrected_by_the_dated_reports(fb: FactBase) -> None:
    note = {n.id: n for n in fb.doc.curator_notes}["nakatani-office-in-reports"]
    assert note.type == "correction" and note.basis == "outside the article"
    assert note.facts == ("nakatani-office-in-body", "nakatani-office-former-minister")
    assert "Japan's Defence Minister" in note.text and "counterpart" in note.text
    assert {r.via for r in note.references} >= {"ANI", "PTI"}


def test_the_inconsistency_note_also_cites_both_ministers(fb: FactBase) -> None:
    note = {n.id: n for n in fb.doc.curator_notes}["nakatani-office-inconsistent"]
    assert "strategic-communication-stressed" in note.facts
    assert note.basis == "the article" and "Both ministers" in note.text


def test_the_meeting_and_the_attack_are_dated_by_outside_reports(fb: FactBase) -> None:
    notes = {n.id: n for n in fb.doc.curator_notes}
    meeting = notes["meeting-date"]
    assert meeting.type == "date" and meeting.date is not None
    assert meeting.date.isoformat() == "2025-05-05" and "meeting-held" in meeting.facts
    assert "Vientiane" in meeting.text and "November 2024" in meeting.text
    attack = notes["pahalgam-attack-date"]
    assert attack.date is not None and attack.date.isoformat() == "2025-04-22"
    assert "26 people" in attack.text and "pahalgam-attack" in attack.entities
    # The source itself stays undated: the article gives no date.
    assert fb.sources["rajnath-nakatani-meeting"].published is None


def test_the_name_note_covers_every_fact_that_says_general_nakatani(fb: FactBase) -> None:
    note = {n.id: n for n in fb.doc.curator_notes}["nakatani-given-name"]
    saying = {f.id for f in fb.doc.facts if "General Nakatani" in f.statement}
    assert saying and set(note.facts) == saying
    # The entity is named as he is (Gen is his given name); the article's form is an alias.
    nakatani = fb.entities["nakatani"]
    assert nakatani.name == "Gen Nakatani"
    assert "Gen. Nakatani" not in nakatani.aliases and "General Nakatani" in nakatani.aliases


class TestTheBriefPutsTheRightTitleFirst:
    def test_the_office_watch_out_comes_first_and_flags_the_counterpart(self, fb: FactBase) -> None:
        from defcoop_cli.lookup.brief.briefing import build_briefing

        b = build_briefing(fb)
        assert b.watch_outs[0].id == "nakatani-office-in-reports"
        assert b.watch_outs[0].references
        people = {p.name: p for p in b.people}
        assert people["Gen Nakatani"].flags == ("nakatani-office-in-reports",)
        assert people["Rajnath Singh"].flags == ()
        # The article's own titles are still shown as the article gives them.
        roles = [r.text for r in people["Gen Nakatani"].roles]
        assert "Japan’s Special Advisor for National Security" in roles

    def test_every_format_shows_the_flag_the_meeting_date_and_the_references(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        from defcoop_cli.cli.app import run

        for argv in (["brief"], ["brief", "--format", "markdown"]):
            for full in ([], ["--full"]):
                assert run([*argv, *full]) == 0
                out = capsys.readouterr().out
                flat = " ".join(out.split())  # lines wrap at 80 columns
                if full:
                    # The flag is on the counterpart's line, which may wrap, before the next.
                    counterpart = re.search(r"Gen Nakatani:(.*?)(• |- \*\*)", out, re.S)
                    assert counterpart and "(!) watch-out 1" in counterpart.group(1)
                    assert "Meeting date (outside reports): 5 May 2025" in flat
                    first = re.search(r"1\. Correction[^:]*:(.*)", out)
                    assert first and "Dated reports" in out
                    assert "Hindustan Times (PTI), 5 May 2025" in flat
                else:
                    # his office from the reports first, the article's titles after, flagged
                    assert re.search(
                        r"Gen Nakatani:\** Japanese Defence Minister; \**disputed \(watch-out 1\)",
                        flat,
                    )
                    assert "5 May 2025 (outside reports, watch-out 2)" in flat
                    first = re.search(r"1\.\** (.*)", out)
                    assert first and first.group(1).startswith("ANI, PTI, Jiji")
                assert "article undated" in flat
        assert run(["brief", "--json"]) == 0
        brief = json.loads(capsys.readouterr().out)["brief"]
        assert brief["dates"] == [
            {
                "label": "Meeting date",
                "date": "2025-05-05",
                "basis": "outside the article",
                "note": "meeting-date",
            }
        ]
        assert brief["watch_outs"][0]["references"][0]["published"] == "2025-05-05"
        nakatani = next(p for p in brief["people"] if p["name"] == "Gen Nakatani")
        assert nakatani["flags"] == ["nakatani-office-in-reports"]

    def test_show_on_the_office_fact_gives_both_notes_and_their_references(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        from defcoop_cli.cli.app import run

        assert run(["show", "nakatani-office-in-body", "--json"]) == 0
        notes = {n["id"]: n for n in json.loads(capsys.readouterr().out)["curator_notes"]}
        assert {"nakatani-office-in-reports", "nakatani-office-inconsistent"} <= set(notes)
        assert notes["nakatani-office-in-reports"]["references"][0]["url"].startswith("https://")
        assert run(["show", "nakatani-office-in-body"]) == 0
        out = capsys.readouterr().out
        assert "Correction (outside the article)" in out and "Reference: Lokmat Times (ANI)" in out


# ---- the review's findings


def test_agentless_discussion_of_the_talks_is_attributed_to_both_ministers(fb: FactBase) -> None:
    """The convention for passives: 'X was discussed' and 'the dialogue discussed X' name no
    agent; the talks were the two ministers', so both ministers discussed it (no more)."""
    for fact in fb.doc.facts:
        if fact.stance == "discussed":
            assert fact.attribution == "both ministers", fact.id
            assert fact.kind == "event", fact.id


def test_the_articles_own_claims_say_so(fb: FactBase) -> None:
    for fid in (
        "partnership-being-built",
        "common-challenges",
        "cooperation-intensified",
        "wider-economic-resilience",
        "wider-disaster-response",
        "wider-climate-security",
        "wider-human-resources",
    ):
        assert fb.facts[fid].statement.startswith("The article says"), fid


def test_hedges_and_premises_are_kept(fb: FactBase) -> None:
    assert "help improve" in fb.facts["drills-improve-interoperability"].statement
    # "not just beneficial …, but also essential …": two claims, the premise kept as its own
    assert "beneficial for both" in fb.facts["relations-beneficial-for-both"].statement
    assert "also essential" in fb.facts["relations-essential-for-region"].statement
    assert "strong and responsible democracies" in fb.facts["new-security-framework"].statement
    assert "SatPurush Kabir Sahib" in fb.facts["editorial-peace-teaching"].statement


def test_the_articles_three_item_lists_are_split(fb: FactBase) -> None:
    def items(parent: str) -> list[str]:
        return [f.quote for f in fb.doc.facts if f.part_of == parent]

    assert items("common-challenges") == ["regional stability", "maritime security", "global peace"]
    assert items("exercises-improve-interoperability") == [
        "interoperability",
        "coordination",
        "mutual understanding between the armed forces",
    ]
    assert items("new-security-framework") == [
        "supports regional stability",
        "economic prosperity",
        "technological advancement",
    ]
    assert items("dialogues-crucial-going-forward") == [
        "enhancing defence cooperation",
        "building mutual trust",
        "addressing emerging challenges together",
    ]
    assert items("meeting-reflects-human-need") == ["security", "peace", "global harmony"]
    assert set(items("strategic-interests-aligned")) == {
        "especially in countering assertive behavior",
        "ensuring the sovereignty of smaller nations in the region",
    }
    assert "South China Sea" in fb.facts["strategic-interests-aligned"].statement


def test_a_list_fact_does_not_repeat_its_items(fb: FactBase) -> None:
    parent = fb.facts["emerging-tech-cooperation"]
    assert "cyber" not in parent.statement.casefold()
    assert {
        "cybersecurity",
        "artificial-intelligence",
        "autonomous-weapon-systems",
        "space-technology",
    } <= set(parent.entities)
    assert fb.facts["cyber-threats-increasing"].kind == "background"


def test_facts_about_the_talks_name_both_countries(fb: FactBase) -> None:
    talks = [
        f
        for f in fb.doc.facts
        if f.kind in ("event", "commitment", "position", "concern")
        and {fb.topics[t].group for t in f.topics} & {"meeting", "regional"}
    ]
    assert len(talks) >= 10
    for fact in talks:
        assert {"india", "japan"} <= set(fact.entities), fact.id


def test_users_words_are_keywords_and_overreaching_ones_are_not(fb: FactBase) -> None:
    for fact in fb.doc.facts:
        # "agreed" is what they agreed to; a reaffirmation is not an agreement
        if fact.stance == "agreed":
            assert "agree" in fact.keywords, fact.id
        else:
            assert "agree" not in fact.keywords, fact.id
        if fact.stance == "discussed":
            assert {"discussed", "discussion"} <= set(fact.keywords), fact.id
    assert {"date", "when"} <= set(fb.facts["meeting-held"].keywords)
    removed = {
        "satellites",
        "robotics",
        "ml",
        "infosec",
        "fdi",
        "education",
        "jointness",
        "economic security",
        "threats",
        "resilience",
        # beyond the article: Japan's narrower formula, a technique, a policy, a slogan
        "foip",
        "free and open",
        "free and open indo-pacific",
        "machine learning",
        "counter-terrorism",
        "counterterrorism",
        "ct",
        "atmanirbhar",
        "aatmanirbhar",
    }
    for fact in fb.doc.facts:
        assert not removed & {k.casefold() for k in fact.keywords}, fact.id
    for item in (*fb.doc.entities, *fb.doc.topics):
        assert not removed & {a.casefold() for a in item.aliases}, item.id


# Aliases the article's text does not contain, each with what makes it the same name. An
# alias outside this list must appear in the article (case aside).
ALIASES_NOT_IN_THE_ARTICLE = {
    "R. Singh": "initial",
    "Indian defence minister": "the article's 'India’s Defence Minister'",
    "Indian defense minister": "the same, American spelling",
    "Gen Nakatani": "his given name (curator note nakatani-given-name)",
    "Japanese defense minister": "the heading's 'Japanese Defence Minister', American spelling",
    "Bharat": "India's other official name",
    "JP": "country code",
    "Nippon": "Japan's name in Japanese",
    "United States": "the article's 'US' in full",
    "USA": "abbreviation",
    "U.S.": "abbreviation",
    "U.S.A.": "abbreviation",
    "America": "common name",
    "United States of America": "name in full",
    "AU": "country code",
    "Aus": "abbreviation",
    "Aussie": "informal demonym",
    "Australian": "demonym",
    "Indian Army": "the article's 'Indian … armies'",
    "Indian armies": "the article's 'Indian and Japanese armies'",
    "Japanese army": "the article's 'Japanese armies'",
    "Japan Ground Self-Defense Force": "the Japanese army's own name",
    "Ground Self-Defense Force": "its own name, short of 'Japan'",
    "JGSDF": "abbreviation of its own name",
    "Japan's delegation": "the article's 'Japanese delegation'",
    "Japanese side": "the delegation, as reports call it",
    "Japanese industry": "singular of the article's 'Japanese industries'",
    "Japanese companies": "synonym of 'industries'",
    "Japanese firms": "synonym of 'industries'",
    "Dharma Guardian exercise": "word order",
    "Exercise Dharma Guardian": "word order",
    "Exercise Malabar": "word order",
    "Malabar exercise": "word order",
    "Indo Pacific": "spelling",
    "IndoPacific": "spelling",
    "J&K": "abbreviation of 'Jammu & Kashmir'",
    "J and K": "abbreviation",
    "Jammu and Kashmir": "spelling of '&'",
    "SCS": "abbreviation",
    "UN Convention on the Law of the Sea": "abbreviation",
    "law of the sea convention": "word order",
    "Make in India programme": "British spelling of the article's 'program'",
    "MII": "abbreviation",
    "two plus two": "spelling of '2+2'",
    "2 plus 2": "spelling of '2+2'",
    "2+2 dialogue": "short form of '2+2 ministerial dialogues'",
    "2+2 ministerial dialogue": "singular of the article's '2+2 ministerial dialogues'",
    "India–Japan annual summits": "the article's 'annual summits' between the two countries",
    "annual summit": "singular of the article's 'annual summits'",
    "summit": "singular of the article's 'summits'",
    "Pahalgam terrorist attack": "the article's 'terrorist attack in Pahalgam'",
    "Pahalgam terror attack": "the same",
    "cyber security": "spelling",
    "cyber-security": "spelling",
    "AI": "abbreviation of the article's 'Artificial Intelligence'",
    "A.I.": "abbreviation",
    "autonomous weapons": "short form",
    "space tech": "short form",
}


def in_the_article(alias: str, folded: str) -> bool:
    """Whether the article has the alias as whole words: "AI" is not in "said"."""
    words = r"(?<!\w)" + re.escape(alias.casefold()) + r"(?!\w)"
    return re.search(words, folded) is not None


def test_aliases_are_found_as_whole_words_only() -> None:
    assert not in_the_article("AI", "he said")
    assert not in_the_article("Aus", "australia")
    assert in_the_article("US", "includes the us and australia")
    assert in_the_article("2+2", "annual summits, 2+2 ministerial dialogues")
    assert in_the_article("J&K", "pahalgam, j&k.")


def test_every_alias_is_the_articles_name_or_a_reviewed_variant(fb: FactBase, text: str) -> None:
    folded = text.casefold()
    for entity in fb.doc.entities:
        for alias in (entity.name, *entity.aliases):
            assert in_the_article(alias, folded) or alias in ALIASES_NOT_IN_THE_ARTICLE, (
                entity.id,
                alias,
            )


def test_the_heading_fact_says_only_what_its_quote_says(fb: FactBase) -> None:
    fact = fb.facts["nakatani-office-in-heading"]
    assert fact.quote == "Japanese Defence Minister"
    assert fact.statement == 'A heading of the article refers to a "Japanese Defence Minister".'
    # It is the one fact that rests on page furniture, on purpose (README, "The data model").
    furniture = fb.sources[fact.source].furniture
    resting = [
        f.id
        for f in fb.doc.facts
        if any(ex.span[0] <= f.span[0] and f.span[1] <= ex.span[1] for ex in furniture)
    ]
    assert resting == ["nakatani-office-in-heading"]


def test_every_quote_carries_its_context(fb: FactBase) -> None:
    """scripts/add_quote_context.py gave every fact and excerpt its prefix and suffix."""
    text = fb.source_text("rajnath-nakatani-meeting")
    excerpts = [ex for s in fb.doc.sources for ex in (*s.furniture, *s.editorial)]
    for item in (*fb.doc.facts, *excerpts):
        start, end = item.span
        assert item.prefix == text[max(0, start - 32) : start]
        assert item.suffix == text[end : end + 32]


# ---- events: the meeting and the attack, each dated by its curator note


def test_two_events_each_dated_by_its_note(fb: FactBase) -> None:
    events = {e.id: e for e in fb.doc.events}
    assert set(events) == {"new-delhi-meeting", "pahalgam-attack"}
    notes = {n.id: n for n in fb.doc.curator_notes}
    for event_id, note_id, day in (
        ("new-delhi-meeting", "meeting-date", "2025-05-05"),
        ("pahalgam-attack", "pahalgam-attack-date", "2025-04-22"),
    ):
        event = events[event_id]
        assert event.dated_by == (note_id,) and notes[note_id].date == event.date
        assert event.date is not None and event.date.isoformat() == day
    assert (events["new-delhi-meeting"].kind, events["pahalgam-attack"].kind) == (
        "meeting",
        "attack",
    )


def test_every_fact_is_the_meetings_the_article_reports_the_attack_only_as_briefed(
    fb: FactBase, text: str
) -> None:
    """The article tells the attack only as what Rajnath Singh briefed on and the Japanese
    delegation condemned at the meeting: no fact is of the attack itself."""
    (source,) = fb.doc.sources
    assert source.event == "new-delhi-meeting" and all(f.event is None for f in fb.doc.facts)
    assert text.count("Pahalgam") == 2
    assert "briefed General Nakatani on the recent terrorist attack in Pahalgam" in text


def test_the_event_places_are_the_articles_words(fb: FactBase, text: str) -> None:
    for event in fb.doc.events:
        assert event.place is not None and event.place in text
    assert "Pahalgam, Jammu & Kashmir" in text


def _build_related() -> Any:
    """scripts/build_related.py as a module (scripts/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_related", ROOT / "scripts" / "build_related.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_related_words_are_the_shipped_fact_bases(fb: FactBase) -> None:
    """lookup/search/related_words.json was built for this fact base: each word it gives is one
    of the base's (outside its names), and no query word it looks up is one."""
    from defcoop_cli.lookup.search.related.thesaurus import RELATED_WORDS
    from defcoop_cli.lookup.search.text import stem

    known, every = _build_related().fact_base_words()
    table = json.loads(Path(RELATED_WORDS).read_text(encoding="utf-8"))["words"]
    assert table and all(set(found) <= known for found in table.values())
    assert not set(table) & {stem(w) for w in every}


def test_the_wider_neighbourhoods_are_the_shipped_fact_bases() -> None:
    """lookup/search/related_wider.tsv was built for this fact base: each word it gives is
    one of the base's, as it is (names run together), linked in a kind ranking knows."""
    import importlib.util

    from defcoop_cli.lookup.search.matching import WIDER
    from defcoop_cli.lookup.search.reading.wider import RELATED_WIDER

    spec = importlib.util.spec_from_file_location(
        "build_wider", ROOT / "scripts" / "build_wider.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    every = {w for words in module.fact_base_words().values() for w in words}
    lines = Path(RELATED_WIDER).read_text(encoding="utf-8").splitlines()[1:]
    found = [item.rsplit(":", 1) for line in lines for item in line.split("\t")[1].split()]
    assert found and {w for w, _ in found} <= every and {k for _, k in found} <= set(WIDER)


def test_the_near_words_are_the_shipped_fact_bases() -> None:
    """lookup/search/related_vectors.tsv was built for this fact base: each word it gives is
    one of the base's, at a similarity the build keeps (a word of a name from 0.8)."""
    import importlib.util

    from defcoop_cli.lookup.search.matching import VECTOR_MIN_SIMILARITY
    from defcoop_cli.lookup.search.reading.wider import RELATED_VECTORS

    spec = importlib.util.spec_from_file_location(
        "build_vectors", ROOT / "scripts" / "build_vectors.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    every = {w for words in module.fact_base_words().values() for w in words}
    names = module.name_words()
    lines = Path(RELATED_VECTORS).read_text(encoding="utf-8").splitlines()[1:]
    found = [item.rsplit(":", 1) for line in lines for item in line.split("\t")[1].split()]
    assert found and {w for w, _ in found} <= every
    for word, similarity in found:
        least = module.MIN_NAME_SIMILARITY if word in names else module.MIN_SIMILARITY
        assert least <= float(similarity) <= 1
    assert module.MIN_SIMILARITY == VECTOR_MIN_SIMILARITY  # search scores from there


def test_related_words_join_only_words_of_one_usual_sense(tmp_path: Path) -> None:
    """On a small WordNet of our own: two words are related when the first sense of each,
    in its usual part of speech, is the same synset."""
    build = _build_related()
    synsets = {
        "00000001": "menace threat",  # the first sense of both
        "00000002": "threat danger",  # danger's first sense, threat's second
        "00000003": "peril danger",  # peril's first sense, danger's second
    }
    (tmp_path / "data.noun").write_text(
        "  1 a licence line\n"
        + "".join(
            f"{o} 04 n 02 {w.split()[0]} 0 {w.split()[1]} 0 000 | sense {o}\n"
            for o, w in synsets.items()
        )
    )
    senses = {"menace": ["1"], "threat": ["1", "2"], "danger": ["2", "3"], "peril": ["3"]}
    (tmp_path / "index.noun").write_text(
        "".join(
            f"{w} n {len(s)} 0 {len(s)} 1 " + " ".join(f"0000000{o}" for o in s) + "\n"
            for w, s in senses.items()
        )
    )
    for pos in ("verb", "adj", "adv"):
        (tmp_path / f"data.{pos}").write_text("")
        (tmp_path / f"index.{pos}").write_text("")
    wordnet = {pos: build.WordNet(tmp_path, pos) for pos in build.POS}
    table = build.related_pairs(wordnet, {"threat", "danger"}, {"threat", "danger"})
    # menace and threat share their first sense; peril's is danger's second: not related
    assert table == {"menac": {"threat": [build.SYNONYM, "sense 00000001"]}}


def test_the_compounds_are_the_shipped_fact_bases() -> None:
    """lookup/search/compounds.tsv was built for this fact base: each compound's second
    word is one of the base's words by its stem, and its first word none."""
    import importlib.util

    from defcoop_cli.lookup.search.hits import COMPOUNDS
    from defcoop_cli.lookup.search.text import stem

    spec = importlib.util.spec_from_file_location(
        "build_compounds", ROOT / "scripts" / "build_compounds.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    held = set(module.fact_base_words())
    lines = Path(COMPOUNDS).read_text(encoding="utf-8").splitlines()[1:]
    pairs = [
        (line.split("\t")[0], item.rsplit(":", 1)[0])
        for line in lines
        for item in line.split("\t")[1].split()
    ]
    assert pairs and all(stem(b) in held and stem(a) not in held for a, b in pairs)
