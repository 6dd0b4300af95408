"""The curator's workflow: init, draft, review, add, diff; and validate naming ids.

The test articles in tests/fixtures/articles are invented reports of the fixtures'
fictional meeting (Alpha, Beta, Gamma City, the Delta Drill), written for these tests."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, ROOT, call, call_json
from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli.curation import adding, drafting
from defcoop_cli.errors import WriteError
from defcoop_cli.factbase.loader import load_layers
from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.sentences import sentence_spans

ARTICLES = ROOT / "tests" / "fixtures" / "articles"
SECOND = ROOT / "tests" / "fixtures" / "second" / "facts.json"


@pytest.fixture(autouse=True)
def two_layers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(SECOND)]))


def drafted(capsys: pytest.CaptureFixture[str], article: str, *extra: str) -> dict[str, Any]:
    code, out, err = call(
        capsys, "draft", str(ARTICLES / f"{article}.txt"), "--source-id", article, *extra
    )
    assert code == 0, err
    return json.loads(out)


def by_quote(draft: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["quote"]: f for f in draft["facts"]}


class TestSegmentation:
    def test_abbreviations_do_not_end_sentences(self) -> None:
        text = "Mr. Smith met Gen. Ode in the U.S. on Monday. He said No. 5 was ready. It was."
        assert [text[a:b] for a, b in sentence_spans(text)] == [
            "Mr. Smith met Gen. Ode in the U.S. on Monday.",
            "He said No. 5 was ready.",
            "It was.",
        ]

    def test_a_quotation_of_several_sentences_is_one(self) -> None:
        text = '"We train. Now we build," she said. It rained. “One. Two,” he added. Done.'
        assert [text[a:b] for a, b in sentence_spans(text)] == [
            '"We train. Now we build," she said.',
            "It rained.",
            "“One. Two,” he added.",
            "Done.",
        ]

    def test_a_closing_quote_stays_with_its_sentence(self) -> None:
        text = 'He said it was "over." Then he left.'
        assert [text[a:b] for a, b in sentence_spans(text)] == [
            'He said it was "over."',
            "Then he left.",
        ]

    def test_a_quote_left_open_does_not_swallow_the_paragraph(self) -> None:
        text = '"An unclosed quote. ' + "Another sentence. " * 60
        assert len(sentence_spans(text)) > 10

    def test_a_numbered_point_is_not_a_sentence_of_its_own(self) -> None:
        text = "1. The sides agreed.\n(2) They met.\n3) It ended."
        assert [text[a:b] for a, b in sentence_spans(text)] == [
            "1. The sides agreed.",
            "(2) They met.",
            "3) It ended.",
        ]

    def test_numbered_points_are_drafted_without_their_numbers(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        facts = by_quote(drafted(capsys, "pier-statement"))
        assert not [q for q in facts if q.strip().rstrip(".").isdigit()]
        point = facts["The two sides agreed to hold the Delta Drill twice a year"]
        assert point["rule"].startswith("bullet item")
        assert (point["stance"], point["attribution"]) == ("agreed", "both countries")

    def test_bullets_after_a_claim_ending_in_a_colon_are_its_items(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        draft = drafted(capsys, "pier-statement")
        facts = by_quote(draft)
        intro = facts["The ministers agreed to cooperate in the following areas"]
        items = [q for q, f in facts.items() if f.get("part_of") == intro["id"]]
        assert items == ["coastal patrols", "port security"]
        assert {(facts[q]["stance"], facts[q]["attribution"]) for q in items} == {
            ("agreed", "both ministers")
        }
        furniture = [f["text"] for f in draft["sources"][0]["furniture"]]
        assert "The ministers agreed to cooperate in the following areas:" not in furniture

    def test_a_numbered_point_ending_in_a_colon_owns_the_bullets_under_it(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        facts = by_quote(drafted(capsys, "pier-statement"))
        point = facts["The two sides agreed to work together in these fields"]
        items = [q for q, f in facts.items() if f.get("part_of") == point["id"]]
        assert items == [
            "maritime domain awareness",
            "the training of young naval officers at the Gamma City academy and its two sister "
            "schools",  # without its "; and"
            "ship repair",
        ]
        nxt = facts["Beta briefed Alpha on the harbour plan"]  # the next point, not an item
        assert "part_of" not in nxt and nxt["stance"] == "briefed"

    def test_sub_bullets_are_items_and_their_group_labels_furniture(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        draft = drafted(capsys, "pier-statement")
        facts = by_quote(draft)
        intro = facts["The sides also agreed on these outcomes"]
        items = [q for q, f in facts.items() if f.get("part_of") == intro["id"]]
        assert items == ["more cadet exchanges", "a joint repair yard"]
        furniture = [f["text"] for f in draft["sources"][0]["furniture"]]
        assert "- Training" in furniture and "- Industry" in furniture

    def test_a_list_ends_at_the_comma_after_its_last_item(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        facts = by_quote(drafted(capsys, "pier-statement"))
        parent = next(q for q in facts if q.startswith("Three services, namely"))
        items = [q for q, f in facts.items() if f.get("part_of") == facts[parent]["id"]]
        assert items == ["the coast guard", "the navy", "the marines"]

    def test_a_dateline_is_furniture_not_part_of_the_quote(self) -> None:
        text = (
            "TOKYO, March 12 (Harbour Wire) – India and Japan agreed to expand drills.\n"
            "PORT BLAIR — On a humid morning, ships sailed.\n"
            "NATO – the alliance said nothing.\n"  # no capital after the dash: a sentence
        )
        found, furniture = drafting.candidates(text)
        assert [text[a:b] for a, b in furniture] == [
            "TOKYO, March 12 (Harbour Wire) – ",
            "PORT BLAIR — ",
        ]
        assert [text[c.start : c.end] for c in found] == [
            "India and Japan agreed to expand drills",
            "On a humid morning, ships sailed",
            "NATO – the alliance said nothing",
        ]

    def test_page_labels_credits_and_corrections_are_furniture(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        draft = drafted(capsys, "shoal-dispute")
        assert [f["text"] for f in draft["sources"][0]["furniture"]] == [
            "Sigma and Omega trade blame as shoal truce frays",
            "PORT TESSA, June 9 — ",
            "Photo: A patrol boat off the shoal on Saturday. (Coast Guard/Handout)",
            "Related: Sigma and Omega agree to shoal truce",
            "Reporting by Ana Ruiz; Editing by Tom Ek",
            "(This story has been corrected to fix the number of boats.)",
        ]
        names = {e["name"]: e["type"] for e in draft["entities"]}
        assert names["Piet Halvorsen"] == "person"  # "Omegan Defence Minister" dropped
        assert "Gulf Ocean Forum" in names and "The Gulf Ocean Forum" not in names
        assert "Epsilon Sea" in names  # a longer name: not the known Epsilon
        crossed = next(f for f in draft["facts"] if f["quote"].startswith("Ships of both"))
        assert "epsilon" not in crossed["entities"]

    def test_furniture(self, capsys: pytest.CaptureFixture[str]) -> None:
        draft = drafted(capsys, "harbour-talks")
        furniture = [f["text"] for f in draft["sources"][0]["furniture"]]
        assert furniture == [
            "Alpha and Beta Agree to Expand the Delta Drill",  # a heading
            "By a staff reporter",  # a byline: short, no final punctuation
            "GAMMA CITY: ",  # a dateline
            "Also Read: Epsilon Navy Commissions Two New Patrol Boats",
            "Main outcomes:",  # ends in ':'
            "- Training: ",  # bullet labels
            "- Logistics: ",
        ]
        quotes = " ".join(f["quote"] for f in draft["facts"])
        assert "Also Read" not in quotes and "staff reporter" not in quotes
        lantern = drafted(capsys, "lantern-report")
        assert [f["text"] for f in lantern["sources"][0]["furniture"]] == [
            "Delta Drill to Grow, Say Ministers",
            "Tuesday, 4 March",
            "Key points",
        ]

    def test_list_splits(self, capsys: pytest.CaptureFixture[str]) -> None:
        facts = by_quote(drafted(capsys, "harbour-talks"))
        parent = next(q for q in facts if q.startswith("Mr. Beta highlighted"))
        items = [q for q, f in facts.items() if f.get("part_of") == facts[parent]["id"]]
        assert items == ["Epsilon", "Zeta", "the Omega Coast Guard"]
        lantern = by_quote(drafted(capsys, "lantern-report"))
        parent = next(q for q in lantern if q.startswith("The ministers discussed"))
        items = [q for q, f in lantern.items() if f.get("part_of") == lantern[parent]["id"]]
        # "search and rescue" is one item: an Oxford comma marks the list's last "and".
        assert items == ["patrols", "search and rescue", "the protection of undersea cables"]

    def test_bullet_items_are_candidates(self, capsys: pytest.CaptureFixture[str]) -> None:
        facts = by_quote(drafted(capsys, "harbour-talks"))
        quote = "Alpha and Beta reaffirmed their plan to train junior officers together"
        assert facts[quote]["rule"].startswith("bullet item")


class TestProposals:
    def test_entity_links(self, capsys: pytest.CaptureFixture[str]) -> None:
        draft = drafted(capsys, "harbour-talks")
        facts = by_quote(draft)
        met = next(f for q, f in facts.items() if q.startswith("Alpha and Beta met"))
        assert met["entities"] == ["alpha", "beta", "gamma-city"]  # the dateline is furniture
        agreed = next(f for q, f in facts.items() if q.startswith("Both ministers agreed"))
        assert agreed["entities"] == ["delta-drill"]
        assert {e["name"] for e in draft["entities"]} == {
            "Harbour Road",
            "Omega Coast Guard",
            "Zeta",
        }
        for e in draft["entities"]:
            assert e["review"] == "draft" and e["rule"]

    def test_new_people_by_their_titles_and_quotes(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        draft = drafted(capsys, "pier-statement")
        found = {e["name"]: (e["type"], e["aliases"]) for e in draft["entities"]}
        assert found == {
            "Rhea Castell": ("person", ["Commodore Rhea Castell"]),  # a title
            "Tomas Verhoeven": ("person", []),  # quoted
            "Ida Marsh": ("person", []),  # "Lt. Gen." before the name
            "Quay Institute": ("organisation", []),
            "Zeta Port": ("organisation", []),  # "Zeta Port and Omega Bay": two names
            "Omega Bay": ("organisation", []),
        }  # and no "We" or "Our" (pronouns opening a quotation), nor "Asian" (a demonym)

    def test_an_alias_in_lower_case_is_not_matched_in_a_new_article(self) -> None:
        """A search alias such as "terrorist attack" names another attack in a new article."""
        entity = Entity("harbour-attack", "Harbour attack", "event", ("terrorist attack",), (), ())
        matcher = drafting.EntityMatcher([entity])
        assert matcher.ids("A terrorist attack in another city.") == []
        assert matcher.ids("The Harbour attack was condemned.") == ["harbour-attack"]

    def test_no_weekday_month_or_abbreviation_is_a_new_entity(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        names = {e["name"] for e in drafted(capsys, "harbour-talks")["entities"]}
        assert not names & {"Monday", "No", "Mr"}

    @pytest.mark.parametrize(
        ("article", "opening", "kind", "stance", "attribution"),
        [
            ("harbour-talks", "Alpha and Beta met", "event", "reported", "the article"),
            ("harbour-talks", "Both ministers agreed", "commitment", "agreed", "both ministers"),
            # discussed, never agreed: "did not agree" comes after the verb that counts
            (
                "harbour-talks",
                "The two sides also discussed",
                "event",
                "discussed",
                "both countries",
            ),
            (
                "harbour-talks",
                "Alpha and Beta reaffirmed",
                "commitment",
                "reaffirmed",
                "Alpha and Beta",
            ),
            ("harbour-talks", "Both countries stressed", "position", "stressed", "both countries"),
            ("harbour-talks", "Mr. Beta highlighted", "position", "highlighted", "Beta"),
            (
                "harbour-talks",
                "The Beta delegation condemned",
                "position",
                "condemned",
                "Beta delegation",
            ),
            ("harbour-talks", "Officials said", "position", "reported", "officials"),
            ("harbour-talks", "Find inner calm", "editorial", "reported", "the article"),
            ("lantern-report", "Alpha briefed Beta", "event", "briefed", "Alpha"),
            ("lantern-report", "Beta invited Alpha", "event", "invited", "Beta"),
            ("lantern-report", "The ministers discussed", "event", "discussed", "both ministers"),
            ("lantern-report", "They stressed", "position", "stressed", "Alpha and Beta"),
            # a quote of two sentences, its speaker after it
            ("pier-statement", '"We have trained', "position", "reported", "Alpha"),
            # a new name with a title, not the country named in the clause after it
            ("pier-statement", "Commodore Rhea", "position", "reported", "Rhea Castell"),
            ("pier-statement", "Castell said", "position", "reported", "Rhea Castell"),  # surname
            # "she": the person quoted before, not the country in the question
            ("pier-statement", "Asked whether", "position", "reported", "Rhea Castell"),
            # the speaker after the verb
            ("pier-statement", "The drill will grow", "position", "reported", "Tomas Verhoeven"),
            ("pier-statement", "Analysts say", "position", "reported", "analysts"),
            ("pier-statement", "Our readers", "editorial", "reported", "the article"),
            # a body of a party, in the possessive; then "it" for that body
            (
                "shoal-dispute",
                "Omega's defence",
                "position",
                "reported",
                "Omega's defence ministry",
            ),
            ("shoal-dispute", "It said five", "position", "reported", "Omega's defence ministry"),
            # a one-word name the article uses inside its sentences
            ("shoal-dispute", "Sigma rejected", "position", "reported", "Sigma"),
            # a quotation in single quotes, its speaker after it ("she": the one named before)
            ("shoal-dispute", "'Their side", "position", "reported", "Lena Varga"),
            # "he": the minister named before, whose titles followed a demonym
            ("shoal-dispute", "He said the navy", "position", "reported", "Piet Halvorsen"),
            ("shoal-dispute", "According to", "position", "reported", "Tessa Maritime Council"),
            ("shoal-dispute", "The much-discussed", "background", "reported", "the article"),
            ("shoal-dispute", "Experts warned", "concern", "raised concern", "experts"),
            ("shoal-dispute", "The Gulf Ocean Forum", "position", "reported", "Gulf Ocean Forum"),
            ("shoal-dispute", "In my view", "assessment", "reported", "the article"),
            # the name between commas, an adverb before the verb
            ("shoal-dispute", "Sigma's envoy", "position", "condemned", "Mara Quist"),
        ],
    )
    def test_stance_and_attribution(
        self,
        capsys: pytest.CaptureFixture[str],
        article: str,
        opening: str,
        kind: str,
        stance: str,
        attribution: str,
    ) -> None:
        facts = by_quote(drafted(capsys, article))
        fact = next(f for q, f in facts.items() if q.startswith(opening))
        assert (fact["kind"], fact["stance"], fact["attribution"]) == (kind, stance, attribution)
        assert fact["rule"] and fact["review"] == "draft"

    def test_the_promotional_paragraph_is_flagged(self, capsys: pytest.CaptureFixture[str]) -> None:
        for article, opening in (
            ("harbour-talks", "Find inner calm"),
            ("lantern-report", "Subscribe now"),
        ):
            facts = by_quote(drafted(capsys, article))
            flagged = [
                q for q, f in facts.items() if any("possibly editorial" in n for n in f["notes"])
            ]
            assert flagged and all(
                q.startswith(opening) or q.startswith("Book your") for q in flagged
            )

    def test_topics_from_shared_entities(self, capsys: pytest.CaptureFixture[str]) -> None:
        facts = by_quote(drafted(capsys, "harbour-talks"))
        agreed = next(f for q, f in facts.items() if q.startswith("Both ministers agreed"))
        assert agreed["topics"][0] == "drills"


class TestTheDraftItself:
    def test_metadata_and_selectors(self, capsys: pytest.CaptureFixture[str]) -> None:
        draft = drafted(
            capsys,
            "short-report",
            "--publisher",
            "Harbour Wire",
            "--published",
            "2025-03-06",
            "--url",
            "https://example.org/short",
            "--via",
            "Harbour Wire",
            "--title",
            "Beta visits",
        )
        text = (ARTICLES / "short-report.txt").read_text(encoding="utf-8")
        source = draft["sources"][0]
        assert source["path"] == "sources/short-report.txt"
        assert source["publisher"] == "Harbour Wire" and source["published"] == "2025-03-06"
        assert source["title"] == "Beta visits" and source["title_assigned_by"] == "source"
        for f in draft["facts"]:
            a, b = f["span"]
            assert text[a:b] == f["quote"]
            assert f["prefix"] == text[max(0, a - 32) : a] and f["suffix"] == text[b : b + 32]
            assert f["id"].startswith("short-report-")

    def test_stable_and_sorted(self, capsys: pytest.CaptureFixture[str]) -> None:
        first = call(capsys, "draft", str(ARTICLES / "harbour-talks.txt"), "--source-id", "x")[1]
        again = call(capsys, "draft", str(ARTICLES / "harbour-talks.txt"), "--source-id", "x")[1]
        assert first == again
        doc = json.loads(first)
        assert first == json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    def test_output_file_is_never_overwritten(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        out = tmp_path / "draft.json"
        argv = ["draft", str(ARTICLES / "short-report.txt"), "--source-id", "x", "-o", str(out)]
        assert call(capsys, *argv)[0] == 0 and out.exists()
        out.write_text("mine", encoding="utf-8")
        code, stdout, err = call(capsys, *argv)
        assert code == 2 and stdout == "" and "already exists" in err
        assert out.read_text(encoding="utf-8") == "mine"

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["--source-id", "Not An Id"], "is not an id"),
            (["--source-id", "x", "--published", "5 May"], "is not a date"),
            (["--source-id", "x", "--kind", "tweet"], "is not one of"),
        ],
    )
    def test_bad_arguments(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
    ) -> None:
        code, out, err = call(capsys, "draft", str(ARTICLES / "short-report.txt"), *argv)
        assert code == 2 and out == "" and message in err and err.count("\n") == 1

    def test_a_missing_article(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        code, out, err = call(capsys, "draft", str(tmp_path / "none.txt"), "--source-id", "x")
        assert code == 2 and out == "" and err.startswith("defcoop: ")


@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
            st.sampled_from(
                [
                    "- Label: text here.",
                    "Also Read: x",
                    "Heading",
                    "A, B and C.",
                    "Mr. X said.",
                    "\n",
                ]
            ),
            st.from_regex(
                r"[A-Z][a-z]+ (agreed|discussed|said) such as [A-Z][a-z]+, [a-z]+ and [a-z]+\.",
                fullmatch=True,
            ),
        ),
        max_size=12,
    )
)
def test_every_drafted_quote_is_the_text_at_its_span(parts: list[str]) -> None:
    text = "\n".join(parts)
    fb = load_layers([MINI])
    draft = drafting.draft(text, "t", fb.doc, {}, "/a.txt", "0")
    for f in draft["facts"]:
        a, b = f["span"]
        assert text[a:b] == f["quote"] and f["quote"].strip()
        assert text[max(0, a - 32) : a] == f["prefix"] and text[b : b + 32] == f["suffix"]
        assert f["id"] and f["review"] == "draft"
    for ex in draft["sources"][0]["furniture"]:
        a, b = ex["span"]
        assert text[a:b] == ex["text"]


class TestInit:
    def test_creates_an_empty_fact_base(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        code, out, _ = call(capsys, "init", str(tmp_path / "mine"))
        assert code == 0 and "created" in out
        doc = json.loads((tmp_path / "mine" / "facts.json").read_text(encoding="utf-8"))
        assert doc["facts"] == [] and (tmp_path / "mine" / "sources").is_dir()
        code, out, _ = call(capsys, "validate", str(tmp_path / "mine" / "facts.json"))
        assert code == 0, out

    def test_refuses_to_overwrite(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        (tmp_path / "mine").mkdir()
        (tmp_path / "mine" / "facts.json").write_text("precious", encoding="utf-8")
        code, out, err = call(capsys, "init", str(tmp_path / "mine"))
        assert code == 2 and out == "" and "already exists" in err
        assert (tmp_path / "mine" / "facts.json").read_text(encoding="utf-8") == "precious"


@pytest.fixture
def mine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """An empty fact base of one's own, over mini."""
    assert call(capsys, "init", str(tmp_path / "mine"))[0] == 0
    target = tmp_path / "mine" / "facts.json"
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(target)]))
    return target


def review(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, article: str, decide: Any = None
) -> Path:
    draft = drafted(capsys, article)
    for f in draft["facts"]:
        f["review"] = decide(f) if decide else "accepted"
    for e in draft["entities"]:
        e["review"] = "accepted"
    path = tmp_path / f"{article}.reviewed.json"
    path.write_text(json.dumps(draft), encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


class TestAdd:
    def test_accepted_facts_are_added_and_searchable(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")
        code, out, err = call(capsys, "add", str(reviewed))
        assert code == 0, out + err
        assert "added to" in out and "3 facts" in out
        assert (mine.parent / "sources" / "short-report.txt").read_bytes() == (
            ARTICLES / "short-report.txt"
        ).read_bytes()
        assert json.loads((mine.parent / "facts.json.bak").read_text())["facts"] == []
        facts = json.loads(mine.read_text(encoding="utf-8"))["facts"]
        assert all(not set(f) & {"review", "rule", "notes"} for f in facts)
        assert call(capsys, "validate")[0] == 0
        found = call_json(capsys, "search", "expand", "drill", "--source", "short-report")
        assert [r["id"] for r in found["results"]] == [
            "short-report-alpha-beta-agreed-expand-delta-drill"
        ]

    def test_rejected_facts_are_left_out(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        # Rejecting a fact leaves its sentence uncovered: validate would refuse that, so the
        # curator marks the sentence as furniture instead. Here: reject nothing but one list
        # item of the longer article, whose sentence stays covered by its parent.
        def decide(f: dict[str, Any]) -> str:
            return "rejected" if f["quote"] == "Zeta" else "accepted"

        reviewed = review(capsys, tmp_path, "harbour-talks", decide)
        doc = json.loads(reviewed.read_text())
        for f in doc["facts"]:  # the promotion is proposed as editorial: the reviewer agrees
            f["topics"] = f["topics"] or ["talks"]
        reviewed.write_text(json.dumps(doc), encoding="utf-8")
        code, out, _err = call(capsys, "add", str(reviewed), "--json")
        result = json.loads(out)
        assert code == 0, result["problems"]
        assert result["rejected"] == 1 and "harbour-talks-zeta" not in result["facts"]
        assert "zeta" in result["entities"]  # the list's sentence, accepted, still names it

    def test_a_fact_still_in_draft_is_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report", lambda f: "draft")
        before = snapshot(mine.parent)
        code, out, err = call(capsys, "add", str(reviewed))
        assert code == 1
        assert out.count("review is 'draft'") == 3 and "(short-report-" in out
        # every problem at once: with no fact accepted, no sentence is covered either
        assert out.count("coverage: facts cover 0%") == 3 and "list it in the" in out
        assert err == f"defcoop: add refused: 6 problems; {mine} is unchanged\n"
        assert snapshot(mine.parent) == before

    def test_collisions_and_a_used_source_id_are_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")
        doc = json.loads(reviewed.read_text())
        doc["facts"][0]["id"] = "talks-held"  # mini's
        doc["sources"][0]["id"] = "mini"
        for f in doc["facts"]:
            f["source"] = "mini"
        reviewed.write_text(json.dumps(doc), encoding="utf-8")
        before = snapshot(mine.parent)
        code, out, _ = call(capsys, "add", str(reviewed), "--json")
        problems = json.loads(out)["problems"]
        assert code == 1
        messages = [p["message"] for p in problems]
        assert f"fact id 'talks-held' is already used in {MINI}" in messages
        assert f"source id 'mini' is already used in {MINI}" in messages
        assert snapshot(mine.parent) == before

    def test_anything_validate_would_refuse_is_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")
        doc = json.loads(reviewed.read_text())
        doc["facts"][0]["quote"] = "Beta arrived somewhere else"
        doc["facts"][1]["topics"] = []
        reviewed.write_text(json.dumps(doc), encoding="utf-8")
        before = snapshot(mine.parent)
        code, out, _ = call(capsys, "add", str(reviewed), "--json")
        codes = sorted(p["code"] for p in json.loads(out)["problems"])
        assert code == 1 and codes == ["schema"]  # the schema first: topics need one or more
        doc["facts"][1]["topics"] = ["talks"]
        reviewed.write_text(json.dumps(doc), encoding="utf-8")
        code, out, _ = call(capsys, "add", str(reviewed), "--json")
        problems = json.loads(out)["problems"]
        assert code == 1 and [p["code"] for p in problems] == ["quote-mismatch"]
        assert problems[0]["id"] == "short-report-beta-arrived-gamma-city-thursday-talks"
        assert snapshot(mine.parent) == before

    def test_problems_point_into_the_draft_not_the_merged_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        assert call(capsys, "add", str(review(capsys, tmp_path, "short-report")))[0] == 0
        reviewed = review(capsys, tmp_path, "lantern-report")  # mine now holds 3 facts
        doc = json.loads(reviewed.read_text())
        for f in doc["facts"]:
            f["topics"] = f["topics"] or ["talks"]
        doc["facts"][4]["topics"] = []
        reviewed.write_text(json.dumps(doc), encoding="utf-8")
        code, out, _ = call(capsys, "add", str(reviewed), "--json")
        (problem,) = json.loads(out)["problems"]
        assert code == 1
        assert (problem["path"], problem["id"]) == ("$.facts[4].topics", doc["facts"][4]["id"])

    def test_an_article_changed_since_the_draft_is_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        article = tmp_path / "article.txt"
        shutil.copyfile(ARTICLES / "short-report.txt", article)
        code, out, _ = call(capsys, "draft", str(article), "--source-id", "copy")
        draft = json.loads(out)
        for f in draft["facts"]:
            f["review"] = "accepted"
        reviewed = tmp_path / "reviewed.json"
        reviewed.write_text(json.dumps(draft), encoding="utf-8")
        article.write_text("Something else entirely.\n", encoding="utf-8")
        code, out, _ = call(capsys, "add", str(reviewed))
        assert code == 1 and "is not the text that was drafted" in out

    def test_an_article_gone_is_one_problem_not_every_quote(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        article = tmp_path / "article.txt"
        shutil.copyfile(ARTICLES / "short-report.txt", article)
        draft = json.loads(call(capsys, "draft", str(article), "--source-id", "copy")[1])
        for f in draft["facts"]:
            f["review"] = "accepted"
        reviewed = tmp_path / "reviewed.json"
        reviewed.write_text(json.dumps(draft), encoding="utf-8")
        article.unlink()
        code, out, _ = call(capsys, "add", str(reviewed), "--json")
        problems = json.loads(out)["problems"]
        assert code == 1 and [p["path"] for p in problems] == ["$.draft.article"]

    def test_the_shipped_fact_base_is_never_written(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")
        monkeypatch.delenv("DEFCOOP_NO_DEFAULT_FACTS")
        monkeypatch.delenv("DEFCOOP_FACTS")
        code, out, err = call(capsys, "add", str(reviewed))
        assert code == 2 and out == "" and "defcoop init" in err
        shipped = ROOT / "data" / "facts.json"
        code, _, err = call(capsys, "add", str(reviewed), "--facts", str(shipped))
        assert code == 2 and "never written" in err

    @pytest.mark.parametrize("step", ["source", "backup", "facts"])
    def test_a_failure_at_any_step_leaves_the_old_version(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path, step: str
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")
        before = snapshot(mine.parent)

        def fail(at: str) -> None:
            if at == step:
                raise OSError(28, "No space left on device")

        with pytest.raises(WriteError, match="No space left on device; it was left as it was"):
            adding.add(reviewed, mine, [MINI], fail_at=fail)
        after = snapshot(mine.parent)
        after.pop("facts.json.bak", None)  # the backup, if written, is the old version
        assert after == before
        assert not [p for p in mine.parent.rglob(".*.tmp")]

    def test_a_failure_inside_the_final_write_leaves_the_old_version(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        mine: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")
        old = mine.read_bytes()
        real_replace = os.replace

        def crash(src: str, dst: str) -> None:
            if str(dst) == str(mine):
                raise OSError(5, "Input/output error")
            real_replace(src, dst)

        monkeypatch.setattr(os, "replace", crash)
        code, _out, err = call(capsys, "add", str(reviewed))
        assert code != 0 and err.startswith("defcoop: ")
        assert mine.read_bytes() == old
        assert not (mine.parent / "sources" / "short-report.txt").exists()


class TestDiff:
    def test_same_exits_0_and_prints_nothing(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = call(capsys, "diff", str(MINI), str(MINI))
        assert (code, out, err) == (0, "", "")
        assert call_json(capsys, "diff", str(MINI), str(MINI))["same"] is True

    def test_lists_what_changed(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        shutil.copytree(MINI.parent, tmp_path / "new")
        new = tmp_path / "new" / "facts.json"
        doc = json.loads(new.read_text(encoding="utf-8"))
        doc["facts"][0]["statement"] = "Alpha and Beta met in Gamma City."
        removed = doc["facts"].pop(1)
        doc["facts"].append({**removed, "id": "talks-topic-2"})
        doc["entities"].append({"id": "zeta", "name": "Zeta", "type": "country"})
        new.write_text(json.dumps(doc), encoding="utf-8")
        code, out, _ = call(capsys, "diff", str(MINI), str(new), "--color", "never")
        assert code == 1
        assert "facts: 1 added, 1 removed, 1 changed" in out
        assert "+ talks-topic-2" in out and "- talks-topic" in out
        assert "~ talks-held (statement)  Alpha and Beta met in Gamma City." in out
        assert "entities: 1 added" in out
        doc = call(capsys, "diff", str(MINI), str(new), "--json")[1]
        result = json.loads(doc)
        assert result["same"] is False
        assert result["facts"]["changed"] == [{"id": "talks-held", "fields": ["statement"]}]

    def test_bad_input_exits_2(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        bad = tmp_path / "bad.json"
        bad.write_text("{", encoding="utf-8")
        code, out, err = call(capsys, "diff", str(MINI), str(bad))
        assert code == 2 and out == "" and err.count("\n") == 1


def test_validate_names_the_fact_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shutil.copytree(MINI.parent, tmp_path / "copy")
    path = tmp_path / "copy" / "facts.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["facts"][2]["quote"] = "Both sides agreed to expand the Gamma Drill"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, _ = call(capsys, "validate", str(path), "--color", "never")
    assert code == 1 and "$.facts[2].span (drill-expanded): quote-mismatch" in out
    problem = json.loads(call(capsys, "validate", str(path), "--json")[1])["problems"][0]
    assert problem["id"] == "drill-expanded" and problem["path"] == "$.facts[2].span"


class TestTheShippedArticle:
    """draft of the shipped article, against the curated fact base (benchmarks/
    draft_quality.py reports the figures)."""

    @pytest.fixture(scope="class")
    @classmethod
    def drafted_shipped(cls) -> tuple[Any, list[dict[str, Any]], str]:
        fb = load_layers([ROOT / "data" / "facts.json"])
        text = fb.source_text("rajnath-nakatani-meeting")
        draft = drafting.draft(text, "x", fb.doc._replace(facts=[]), {}, "article.txt", "t")
        return fb, draft["facts"], text

    def test_every_body_sentence_is_drafted(self, drafted_shipped: Any) -> None:
        fb, facts, text = drafted_shipped
        source = fb.doc.sources[0]
        fences = [ex.span for ex in (*source.furniture, *source.editorial)]
        spans = [tuple(f["span"]) for f in facts if "part_of" not in f]
        for start, end in sentence_spans(text):
            if any((a <= start and end <= b) or (start <= a and b <= end) for a, b in fences):
                continue
            covered = {i for a, b in spans for i in range(max(a, start), min(b, end))}
            assert len(covered) >= 0.9 * (end - start), text[start:end]

    def test_explicit_reporting_verbs_get_the_curated_stance(self, drafted_shipped: Any) -> None:
        fb, facts, _ = drafted_shipped
        parties = [f for f in fb.doc.facts if f.stance != "reported"]
        assert len(parties) > 20
        for fact in parties:
            holder = next(
                d
                for d in facts
                if "part_of" not in d
                and d["span"][0] <= fact.span[0]
                and fact.span[1] <= d["span"][1] + 1
            )
            assert holder["stance"] == fact.stance, (fact.id, holder["rule"])

    def test_the_promotional_paragraph_is_proposed_as_the_curated_editorial(
        self, drafted_shipped: Any
    ) -> None:
        fb, facts, _ = drafted_shipped
        curated = [ex.span for ex in fb.doc.sources[0].editorial]
        proposed = {tuple(f["span"]) for f in facts if f["kind"] == "editorial"}
        assert proposed and all(any(a <= s and e <= b for a, b in curated) for s, e in proposed)
        kinds = {f["kind"] for f in facts if any(a <= f["span"][0] < b for a, b in curated)}
        assert kinds == {"editorial"}  # every sentence of it

    def test_the_furniture_is_the_curated_furniture(self, drafted_shipped: Any) -> None:
        fb, _, text = drafted_shipped
        draft = drafting.draft(text, "x", fb.doc._replace(facts=[]), {}, "a", "t")
        assert [tuple(x["span"]) for x in draft["sources"][0]["furniture"]] == [
            ex.span for ex in fb.doc.sources[0].furniture
        ]


class TestAddRefusesWhatItCannotDoSafely:
    def test_a_source_path_that_leaves_the_folder(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")
        doc = json.loads(reviewed.read_text())
        doc["sources"][0]["path"] = "../escaped/article.txt"
        reviewed.write_text(json.dumps(doc), encoding="utf-8")
        code, out, _ = call(capsys, "add", str(reviewed))
        assert code == 1 and "leaves the fact base's folder" in out
        assert not (tmp_path / "escaped").exists()

    @pytest.mark.parametrize(
        "damage",
        [
            lambda d: d["facts"][0].update(entities=5),
            lambda d: d["facts"][0].update(entities=[{"id": "x"}]),
            lambda d: d["facts"].append("not a fact"),
            lambda d: d["entities"].append({"id": ["x"]}),
        ],
    )
    def test_a_hand_edited_draft_gone_wrong_is_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path, damage: Any
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")
        doc = json.loads(reviewed.read_text())
        damage(doc)
        reviewed.write_text(json.dumps(doc), encoding="utf-8")
        code, out, err = call(capsys, "add", str(reviewed))
        assert code == 2 and out == "" and "not a valid draft" in err and err.count("\n") == 1

    def test_a_target_that_is_not_a_fact_base(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")
        mine.write_text(json.dumps({"schema_version": 1, "facts": 5}), encoding="utf-8")
        code, _out, err = call(capsys, "add", str(reviewed))
        assert code == 2 and "facts is not a list" in err

    def test_a_folder_that_cannot_take_the_text_is_exit_74(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")
        (mine.parent / "sources").rmdir()
        (mine.parent / "sources").write_text("a file where the folder should be")
        before = mine.read_bytes()
        code, _out, err = call(capsys, "add", str(reviewed))
        assert code == 74 and err.startswith("defcoop: ") and err.count("\n") == 1
        assert mine.read_bytes() == before

    def test_a_fact_file_changed_meanwhile_is_not_overwritten(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        reviewed = review(capsys, tmp_path, "short-report")

        def someone_edits(at: str) -> None:
            if at == "facts":
                mine.write_text(mine.read_text(encoding="utf-8") + "\n", encoding="utf-8")

        with pytest.raises(WriteError, match="changed while add ran"):
            adding.add(reviewed, mine, [MINI], fail_at=someone_edits)
        assert not (mine.parent / "sources" / "short-report.txt").exists()

    def test_a_symlinked_fact_file_stays_a_symlink(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, mine: Path
    ) -> None:
        link = tmp_path / "mine" / "link.json"
        link.symlink_to(mine.name)
        reviewed = review(capsys, tmp_path, "short-report")
        result = adding.add(reviewed, link, [MINI])
        assert not result.problems and link.is_symlink()
        assert len(json.loads(mine.read_text(encoding="utf-8"))["facts"]) == 3


def test_a_brief_of_a_fact_base_without_sources(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert call(capsys, "init", str(tmp_path / "empty"))[0] == 0
    monkeypatch.setenv("DEFCOOP_FACTS", str(tmp_path / "empty" / "facts.json"))
    code, out, err = call(capsys, "brief")
    assert code == 1 and out == "" and "nothing to brief from" in err


@pytest.mark.parametrize(
    "text",
    [
        '"We agreed," ' * 1000 + "and so on.",  # a verb in each quotation: no recursion
        "Alpha" + " " * 30000 + "x said y.",  # long runs: no quadratic regex or loop
        "Alpha and " * 5000 + "said.",
        "Omega" + " also" * 5000 + " said.",
        "The minister said" + " 'x" * 5000 + ".",
    ],
    ids=["quoted verbs", "spaces", "names", "adverbs", "single quotes"],
)
def test_odd_articles_draft(text: str) -> None:
    draft = drafting.draft(text, "t", load_layers([MINI]).doc, {}, "a", "0")
    assert all(text[a:b] == f["quote"] for f in draft["facts"] for a, b in [f["span"]])


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Related to this, the ministers agreed to expand joint patrols.", False),
        ("Photo reconnaissance flights will also resume, officials said.", False),
        ("Related: Sigma and Omega agree to a truce", True),
        ("Photo: A patrol boat off the shoal.", True),
    ],
)
def test_page_labels_need_their_form(line: str, furniture: bool) -> None:
    assert drafting.is_furniture(line) is furniture


def test_a_title_with_no_name_after_it_stays_whole() -> None:
    assert drafting._untitled("Secretary of State") == ("Secretary of State", False)


def test_news_opening_with_a_list_of_countries_is_no_dateline() -> None:
    text = "US, Japan and India: Three nations agreed to expand the drills.\n"
    assert drafting.candidates(text)[1] == []


def test_a_quoted_you_is_not_promotion() -> None:
    text = (
        "The minister spoke at the port.\n"
        '"You cannot ignore the threat," the minister said on Tuesday at the port.\n'
    )
    draft = drafting.draft(text, "t", load_layers([MINI]).doc, {}, "a", "0")
    assert {f["kind"] for f in draft["facts"]} != {"editorial"}
    assert all(f["kind"] != "editorial" for f in draft["facts"])


def test_one_new_entity_whatever_its_capitals(tmp_path: Path) -> None:
    text = "Ships met in ZETA PORT on Friday. Officials said Zeta Port was calm.\n"
    draft = drafting.draft(text, "t", load_layers([MINI]).doc, {}, "a", "0")
    ids = [e["id"] for e in draft["entities"]]
    assert ids == sorted(set(ids)) and "zeta-port" in ids
    zeta = next(e for e in draft["entities"] if e["id"] == "zeta-port")
    assert {zeta["name"], *zeta["aliases"]} == {"ZETA PORT", "Zeta Port"}


@pytest.mark.parametrize("date", ["20250505", "2025-W19-1", "2025-5-5"])
def test_draft_takes_only_a_plain_date(capsys: pytest.CaptureFixture[str], date: str) -> None:
    code, _out, err = call(
        capsys, "draft", str(ARTICLES / "short-report.txt"), "--source-id", "x", "--published", date
    )
    assert code == 2 and "is not a date" in err
