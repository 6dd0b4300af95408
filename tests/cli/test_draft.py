"""draft: an article cut into candidate facts, furniture and list items, each with its
kind, stance, attribution, entities and topics proposed for review.

The test articles in tests/fixtures/articles are invented reports of the fixtures'
fictional meeting (Alpha, Beta, Gamma City, the Delta Drill), written for these tests."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES, by_quote, call, drafted

# Drafts link the entities of both fixture layers.
pytestmark = pytest.mark.usefixtures("two_layers")

_DRAFTS: dict[tuple[str, str], str] = {}


def drafted_once(capsys: pytest.CaptureFixture[str], article: str) -> dict[str, Any]:
    """`defcoop draft` of the article, by the first test that asks; a test after it reads
    the same JSON again (a fresh copy each time), since the same article against the same
    layers drafts the same bytes (TestTheDraftItself.test_stable_and_sorted). Some twenty
    drafts of four articles were each some 60 ms of CPU."""
    key = (article, os.environ["DEFCOOP_FACTS"])
    if key not in _DRAFTS:
        _DRAFTS[key] = json.dumps(drafted(capsys, article))
    return dict(json.loads(_DRAFTS[key]))


class TestSegmentation:
    def test_numbered_points_are_drafted_without_their_numbers(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        facts = by_quote(drafted_once(capsys, "pier-statement"))
        assert not [q for q in facts if q.strip().rstrip(".").isdigit()]
        point = facts["The two sides agreed to hold the Delta Drill twice a year"]
        assert point["rule"].startswith("bullet item")
        assert (point["stance"], point["attribution"]) == ("agreed", "both countries")

    def test_bullets_after_a_claim_ending_in_a_colon_are_its_items(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        draft = drafted_once(capsys, "pier-statement")
        facts = by_quote(draft)
        intro = facts["The ministers agreed to cooperate in the following areas"]
        items = [q for q, f in facts.items() if f.get("part_of") == intro["id"]]
        assert items == ["coastal patrols", "port security"]
        assert {(facts[q]["stance"], facts[q]["attribution"]) for q in items} == {
            ("agreed", "Alpha and Beta")  # the two people the article named first
        }
        furniture = [f["text"] for f in draft["sources"][0]["furniture"]]
        assert "The ministers agreed to cooperate in the following areas:" not in furniture

    def test_a_numbered_point_ending_in_a_colon_owns_the_bullets_under_it(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        facts = by_quote(drafted_once(capsys, "pier-statement"))
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
        draft = drafted_once(capsys, "pier-statement")
        facts = by_quote(draft)
        intro = facts["The sides also agreed on these outcomes"]
        items = [q for q, f in facts.items() if f.get("part_of") == intro["id"]]
        assert items == ["more cadet exchanges", "a joint repair yard"]
        furniture = [f["text"] for f in draft["sources"][0]["furniture"]]
        assert "- Training" in furniture and "- Industry" in furniture

    def test_a_list_ends_at_the_comma_after_its_last_item(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        facts = by_quote(drafted_once(capsys, "pier-statement"))
        parent = next(q for q in facts if q.startswith("Three services, namely"))
        items = [q for q, f in facts.items() if f.get("part_of") == facts[parent]["id"]]
        assert items == ["the coast guard", "the navy", "the marines"]

    def test_page_labels_credits_and_corrections_are_furniture(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        draft = drafted_once(capsys, "shoal-dispute")
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
        draft = drafted_once(capsys, "harbour-talks")
        furniture = [f["text"] for f in draft["sources"][0]["furniture"]]
        assert furniture == [
            "Alpha and Beta Agree to Expand the Delta Drill",  # a heading
            "By a staff reporter",  # a byline: short, no final punctuation
            "GAMMA CITY: ",  # a dateline
            "Also Read: Epsilon Navy Commissions Two New Patrol Boats",
            "Main outcomes:",  # ends in ':'
            "- Training: ",  # bullet labels
            "- Logistics: ",
            "Book your place today and breathe easier all year.",  # an instruction to the reader
        ]
        quotes = " ".join(f["quote"] for f in draft["facts"])
        assert "Also Read" not in quotes and "staff reporter" not in quotes
        lantern = drafted_once(capsys, "lantern-report")
        assert [f["text"] for f in lantern["sources"][0]["furniture"]] == [
            "Delta Drill to Grow, Say Ministers",
            "Tuesday, 4 March",
            "Key points",
        ]

    def test_list_splits(self, capsys: pytest.CaptureFixture[str]) -> None:
        facts = by_quote(drafted_once(capsys, "harbour-talks"))
        parent = next(q for q in facts if q.startswith("Mr. Beta highlighted"))
        items = [q for q, f in facts.items() if f.get("part_of") == facts[parent]["id"]]
        assert items == ["Epsilon", "Zeta", "the Omega Coast Guard"]
        lantern = by_quote(drafted_once(capsys, "lantern-report"))
        parent = next(q for q in lantern if q.startswith("The ministers discussed"))
        items = [q for q, f in lantern.items() if f.get("part_of") == lantern[parent]["id"]]
        # "search and rescue" is one item: an Oxford comma marks the list's last "and".
        assert items == ["patrols", "search and rescue", "the protection of undersea cables"]

    def test_bullet_items_are_candidates(self, capsys: pytest.CaptureFixture[str]) -> None:
        facts = by_quote(drafted_once(capsys, "harbour-talks"))
        quote = "Alpha and Beta reaffirmed their plan to train junior officers together"
        assert facts[quote]["rule"].startswith("bullet item")


class TestProposals:
    def test_entity_links(self, capsys: pytest.CaptureFixture[str]) -> None:
        draft = drafted_once(capsys, "harbour-talks")
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
        draft = drafted_once(capsys, "pier-statement")
        found = {e["name"]: (e["type"], e["aliases"]) for e in draft["entities"]}
        assert found == {
            "Rhea Castell": ("person", ["Commodore Rhea Castell"]),  # a title
            "Tomas Verhoeven": ("person", []),  # quoted
            "Ida Marsh": ("person", []),  # "Lt. Gen." before the name
            "Quay Institute": ("organisation", []),
            "Zeta Port": ("place", []),  # "Zeta Port and Omega Bay": two names, places
            "Omega Bay": ("place", []),
        }  # and no "We" or "Our" (pronouns opening a quotation), nor "Asian" (a demonym)

    def test_no_weekday_month_or_abbreviation_is_a_new_entity(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        names = {e["name"] for e in drafted_once(capsys, "harbour-talks")["entities"]}
        assert not names & {"Monday", "No", "Mr"}

    @pytest.mark.parametrize(
        ("article", "opening", "kind", "stance", "attribution"),
        [
            ("harbour-talks", "Alpha and Beta met", "event", "reported", "the article"),
            # "both ministers": the first two people the article names
            ("harbour-talks", "Both ministers agreed", "commitment", "agreed", "Alpha and Beta"),
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
            ("harbour-talks", "Officials said", "position", "reported", "unnamed officials"),
            ("harbour-talks", "Find inner calm", "editorial", "reported", "the article"),
            ("lantern-report", "Alpha briefed Beta", "event", "briefed", "Alpha"),
            ("lantern-report", "Beta invited Alpha", "event", "invited", "Beta"),
            ("lantern-report", "The ministers discussed", "event", "discussed", "Alpha and Beta"),
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
            ("pier-statement", "Analysts say", "position", "reported", "unnamed analysts"),
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
            ("shoal-dispute", "Experts warned", "concern", "raised concern", "unnamed experts"),
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
        facts = by_quote(drafted_once(capsys, article))
        fact = next(f for q, f in facts.items() if q.startswith(opening))
        assert (fact["kind"], fact["stance"], fact["attribution"]) == (kind, stance, attribution)
        assert fact["rule"] and fact["review"] == "draft"

    def test_the_promotional_paragraph_is_flagged(self, capsys: pytest.CaptureFixture[str]) -> None:
        for article, opening in (
            ("harbour-talks", "Find inner calm"),
            ("lantern-report", "Subscribe now"),
        ):
            facts = by_quote(drafted_once(capsys, article))
            flagged = [
                q for q, f in facts.items() if any("possibly editorial" in n for n in f["notes"])
            ]
            assert flagged and all(
                q.startswith(opening) or q.startswith("Book your") for q in flagged
            )

    def test_topics_from_shared_entities(self, capsys: pytest.CaptureFixture[str]) -> None:
        facts = by_quote(drafted_once(capsys, "harbour-talks"))
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
        killed = tmp_path / ".draft.json.defcoop.lock"  # a review of it killed while saving
        killed.touch()
        argv = ["draft", str(ARTICLES / "short-report.txt"), "--source-id", "x", "-o", str(out)]
        assert call(capsys, *argv)[0] == 0 and out.exists()
        assert not killed.exists()  # removed, as a writer's leftovers in its folder are
        out.write_text("mine", encoding="utf-8")
        code, stdout, err = call(capsys, *argv)
        assert code == 2 and stdout == "" and "already exists" in err
        assert out.read_text(encoding="utf-8") == "mine"

    def test_a_source_id_in_use_is_refused_before_any_work(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # add would refuse every fact of it (a source id in use): the draft is not made
        out = tmp_path / "draft.json"
        argv = ["draft", str(ARTICLES / "short-report.txt"), "-o", str(out), "--source-id"]
        for sid in ("mini", "harbour-wire"):  # the lower layer's, the top layer's
            code, stdout, err = call(capsys, *argv, sid)
            assert (code, stdout) == (2, "") and not out.exists()
            assert err == (
                f"defcoop: --source-id {sid!r} is a source of the fact bases in use already: "
                "give the article an id of its own\n"
            )
        assert call(capsys, "init", str(tmp_path / "mine"))[0] == 0
        monkeypatch.setenv("DEFCOOP_FACTS", str(tmp_path / "mine" / "facts.json"))
        assert call(capsys, *argv, "mini")[0] == 0 and out.exists()  # mini not in use

    def test_an_output_file_there_is_refused_before_any_work(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        # not after a page's text is saved beside it, nor after a large fact base is read
        page = tmp_path / "page.html"
        page.write_text(
            "<html><body><article><p>Alpha met Beta in Gamma City on Monday for talks on the "
            "Delta Drill, officials said.</p></article></body></html>",
            encoding="utf-8",
        )
        out = tmp_path / "draft.json"
        out.write_text("mine", encoding="utf-8")
        absent = str(tmp_path / "no-such" / "facts.json")
        for argv, said in (
            (["-o", str(out)], f"defcoop: {out}: already exists; it was left as it was\n"),
            (["-o", str(tmp_path / "no" / "d.json")], "its folder does not exist"),
        ):
            code, stdout, err = call(
                capsys, "--facts", absent, "draft", str(page), "--source-id", "x", *argv
            )
            assert (code, stdout) == (2, "") and err.count("\n") == 1 and said in err
        assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.json", "page.html"]
        assert out.read_text(encoding="utf-8") == "mine"

    @pytest.mark.parametrize("output", [True, False], ids=["-o", "stdout"])
    def test_a_full_disk_while_the_facts_are_written_is_exit_74_and_nothing_written(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        output: bool,
    ) -> None:
        from defcoop_cli.curation.drafting import files

        def full(facts: object, spill: object) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(files, "_spill", full)
        out = tmp_path / "draft.json"
        to = ["-o", str(out)] if output else []
        code, stdout, err = call(
            capsys, "draft", str(ARTICLES / "short-report.txt"), "--source-id", "x", *to
        )
        assert (code, stdout, err.count("\n")) == (74, "", 1) and "No space left" in err
        assert list(tmp_path.iterdir()) == []

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

    def test_an_article_over_the_size_limit_before_the_fact_base_is_read(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        article = tmp_path / "huge.txt"
        with article.open("wb") as f:
            f.truncate(3 * 1024 * 1024)
        absent = str(tmp_path / "no-such" / "facts.json")
        code, out, err = call(capsys, "--facts", absent, "draft", str(article), "--source-id", "x")
        assert (code, out, err.count("\n")) == (2, "", 1)
        assert "the article is 3,145,728 bytes; draft takes at most 2,097,152 (2 MiB)" in err


@pytest.mark.parametrize("date", ["20250505", "2025-W19-1", "2025-5-5"])
def test_draft_takes_only_a_plain_date(capsys: pytest.CaptureFixture[str], date: str) -> None:
    code, _out, err = call(
        capsys, "draft", str(ARTICLES / "short-report.txt"), "--source-id", "x", "--published", date
    )
    assert code == 2 and "is not a date" in err


def test_a_draft_on_stdout_is_the_file_it_writes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Sorted keys, and the article's text as it is (a file the curator edits), whether
    to stdout or to -o; nothing on stdout with -o."""
    article = tmp_path / "article.txt"
    article.write_text("Alpha said the port was calm \u202e today.\n", encoding="utf-8")
    code, out, err = call(capsys, "draft", str(article), "--source-id", "x")
    written = tmp_path / "draft.json"
    argv = ["draft", str(article), "--source-id", "x", "-o", str(written)]
    assert call(capsys, *argv) == (0, "", "") and (code, err) == (0, "")
    assert out.encode("utf-8") == written.read_bytes() and "\u202e" in out


NO_TEXT = "<html><head><script>var a = 1;</script></head><body></body></html>"


class TestWebPages:
    """A saved page: its main text is the source text, saved beside it; its metadata proposes
    the source's fields; navigation, ads, share buttons and footers never become facts."""

    @pytest.fixture
    def page(self, tmp_path: Path) -> Path:
        page = tmp_path / "quay-page.html"
        page.write_bytes((Path(__file__).parents[1] / "fixtures/pages/quay-page.html").read_bytes())
        return page

    def test_the_page_is_drafted_from_its_main_text(
        self, capsys: pytest.CaptureFixture[str], page: Path
    ) -> None:
        code, out, err = call(capsys, "draft", str(page), "--source-id", "quay")
        assert code == 0, err
        draft = json.loads(out)
        saved = page.with_suffix(".txt")
        text = saved.read_text(encoding="utf-8")
        assert draft["draft"]["article"] == str(saved)
        assert draft["draft"]["page"] == {"file": str(page), "author": "Noor Idris"}
        for f in draft["facts"]:
            assert text[f["span"][0] : f["span"][1]] == f["quote"]
            for furniture in ["Home", "Advertisement", "Share", "Lighthouse", "rights reserved"]:
                assert furniture not in f["quote"]
        source = draft["sources"][0]
        assert (source["title"], source["published"], source["publisher"], source["url"]) == (
            "Alpha and Beta agree to build ships together",
            "2025-03-14",
            "The Quay Courier",
            "https://quaycourier.example/harbour/alpha-beta-ships",
        )
        assert len(by_quote(draft)) >= 4

    def test_options_win_over_the_page(
        self, capsys: pytest.CaptureFixture[str], page: Path
    ) -> None:
        code, out, _ = call(
            capsys, "draft", str(page), "--source-id", "quay", "--published", "2025-03-15"
        )
        assert code == 0 and json.loads(out)["sources"][0]["published"] == "2025-03-15"

    def test_a_different_text_file_beside_it_is_not_overwritten(
        self, capsys: pytest.CaptureFixture[str], page: Path
    ) -> None:
        page.with_suffix(".txt").write_text("mine\n", encoding="utf-8")
        code, out, err = call(capsys, "draft", str(page), "--source-id", "quay")
        assert (code, out) == (2, "")
        assert err.startswith("defcoop: ") and "not the page's text" in err
        assert page.with_suffix(".txt").read_text(encoding="utf-8") == "mine\n"

    def test_a_page_without_article_text(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        page = tmp_path / "empty.html"
        page.write_text(NO_TEXT, encoding="utf-8")
        code, _, err = call(capsys, "draft", str(page), "--source-id", "e")
        assert code != 0 and err.count("\n") == 1 and "no article text" in err


class TestAcrossSources:
    def test_the_wire_report_proposes_claims_and_the_office_conflict(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from defcoop_cli.factbase.loader import default_factbase_path

        monkeypatch.setenv("DEFCOOP_FACTS", str(default_factbase_path()))
        wire = Path(__file__).parents[1] / "fixtures" / "reports" / "wire.txt"
        code, out, err = call(capsys, "draft", str(wire), "--source-id", "wire")
        assert code == 0, err
        facts = json.loads(out)["facts"]
        first = facts[0]
        assert first["conflicts"][0]["entity"] == "nakatani"
        assert "nakatani-office-in-body" in {o["fact"] for o in first["conflicts"][0]["others"]}
        claimed = [f for f in facts if "claim_of" in f]
        assert claimed and all(f["claim_evidence"]["fact"] == f["claim_of"] for f in claimed)
