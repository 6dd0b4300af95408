"""Drafting, called directly: candidates and furniture, entity matching, the shipped
article drafted against its curated facts, and odd texts that must still draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import COSTLY_EXAMPLES, MINI, ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

from defcoop_cli.curation.drafting import assembly, entities, new_entities, segments
from defcoop_cli.factbase.loader import load_layers
from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.sentences import sentence_spans


class TestSegmentation:
    def test_a_dateline_is_furniture_not_part_of_the_quote(self) -> None:
        text = (
            "TOKYO, March 12 (Harbour Wire) – India and Japan agreed to expand drills.\n"
            "PORT BLAIR — On a humid morning, ships sailed.\n"
            "NATO – the alliance said nothing.\n"  # no capital after the dash: a sentence
        )
        found, furniture = segments.candidates(text)
        assert [text[a:b] for a, b in furniture] == [
            "TOKYO, March 12 (Harbour Wire) – ",
            "PORT BLAIR — ",
        ]
        assert [text[c.start : c.end] for c in found] == [
            "India and Japan agreed to expand drills",
            "On a humid morning, ships sailed",
            "NATO – the alliance said nothing",
        ]


class TestProposals:
    def test_an_alias_in_lower_case_is_not_matched_in_a_new_article(self) -> None:
        """A search alias such as "terrorist attack" names another attack in a new article."""
        entity = Entity("harbour-attack", "Harbour attack", "event", ("terrorist attack",), (), ())
        matcher = entities.EntityMatcher([entity])
        assert matcher.ids("A terrorist attack in another city.") == []
        assert matcher.ids("The Harbour attack was condemned.") == ["harbour-attack"]


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
# Its classes of input, each run in every profile: nothing, the page labels and short lines,
# the "such as" listing sentences, any text (controls, separators, marks, quotes).
@example([])
@example(["- Label: text here.", "Also Read: x", "Heading", "A, B and C.", "Mr. X said.", "\n"])
@example(
    ["Alpha agreed such as Beta, gamma and delta.", "Heading", "Omega said such as Pi, x and y."]
)
@example(["\x00\u2028 «x».\r", "", "e\u0301 \U0001f600 said: \t‘y’", "Mr. X said."])
@settings(max_examples=COSTLY_EXAMPLES)
def test_every_drafted_quote_is_the_text_at_its_span(parts: list[str]) -> None:
    text = "\n".join(parts)
    fb = load_layers([MINI])
    draft = assembly.draft(text, "t", fb.doc, {}, "/a.txt", "0")
    for f in draft["facts"]:
        a, b = f["span"]
        assert text[a:b] == f["quote"] and f["quote"].strip()
        assert text[max(0, a - 32) : a] == f["prefix"] and text[b : b + 32] == f["suffix"]
        assert f["id"] and f["review"] == "draft"
    for ex in draft["sources"][0]["furniture"]:
        a, b = ex["span"]
        assert text[a:b] == ex["text"]


class TestTheShippedArticle:
    """draft of the shipped article, against the curated fact base (benchmarks/
    draft_quality.py reports the figures)."""

    @pytest.fixture(scope="class")
    @classmethod
    def shipped_draft(cls) -> tuple[Any, dict[str, Any], str]:
        fb = load_layers([ROOT / "data" / "facts.json"])
        text = fb.source_text("rajnath-nakatani-meeting")
        draft = assembly.draft(text, "x", fb.doc._replace(facts=[]), {}, "article.txt", "t")
        return fb, draft, text

    @pytest.fixture(scope="class")
    @classmethod
    def drafted_shipped(cls, shipped_draft: Any) -> tuple[Any, list[dict[str, Any]], str]:
        fb, draft, text = shipped_draft
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

    def test_the_furniture_is_the_curated_furniture(self, shipped_draft: Any) -> None:
        fb, draft, _ = shipped_draft
        assert [tuple(x["span"]) for x in draft["sources"][0]["furniture"]] == [
            ex.span for ex in fb.doc.sources[0].furniture
        ]


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
    draft = assembly.draft(text, "t", load_layers([MINI]).doc, {}, "a", "0")
    assert all(text[a:b] == f["quote"] for f in draft["facts"] for a, b in [f["span"]])


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Related to this, the ministers agreed to expand joint patrols.", False),
        ("Photo reconnaissance flights will also resume, officials said.", False),
        ("Related: Sigma and Omega agree to a truce", True),
        ("Photo: A patrol boat off the shoal.", True),
        ("(Kenji Ode)                          (Tomas Ek)", True),  # a signature block
        ("(PIB Release ID: 2127)", True),
        ("(The talks) ran late (officials said).", False),  # words outside the brackets
        ("Disclosures: Alpha Securities may hold positions in these firms.", True),
        ("Disclosures of the talks were few, officials said.", False),  # no label's colon
        # the site's consent banner, in a page saved before it was dismissed
        ("We use cookies to improve your experience. By continuing you agree.", True),
        ("By continuing to browse this site you agree to our use of cookies.", True),
        ("Accept all cookies", True),
        ("Regulators said the site used cookies to track its readers.", False),
        ("By visiting the site of the blast, Alpha showed resolve.", False),
    ],
)
def test_page_labels_need_their_form(line: str, furniture: bool) -> None:
    assert segments.is_furniture(line) is furniture


def test_a_title_with_no_name_after_it_stays_whole() -> None:
    assert new_entities.untitled("Secretary of State") == ("Secretary of State", False)


def test_news_opening_with_a_list_of_countries_is_no_dateline() -> None:
    text = "US, Japan and India: Three nations agreed to expand the drills.\n"
    assert list(segments.candidates(text)[1]) == []


def test_a_bullet_that_instructs_the_reader_is_furniture_with_its_marker() -> None:
    """The marker is furniture too: left out, the sentence "- Circulate this note…" was
    0% covered (only its "-" counted), and `add` refused an accepted draft."""
    text = "The ministers met.\n\nNext steps\n- Circulate this note to the desk by Thursday.\n"
    line = text.index("- Circulate")
    assert (line, len(text) - 1) in list(segments.candidates(text)[1])


def test_a_quoted_you_is_not_promotion() -> None:
    text = (
        "The minister spoke at the port.\n"
        '"You cannot ignore the threat," the minister said on Tuesday at the port.\n'
    )
    draft = assembly.draft(text, "t", load_layers([MINI]).doc, {}, "a", "0")
    assert {f["kind"] for f in draft["facts"]} != {"editorial"}
    assert all(f["kind"] != "editorial" for f in draft["facts"])


def test_one_new_entity_whatever_its_capitals(tmp_path: Path) -> None:
    text = "Ships met in ZETA PORT on Friday. Officials said Zeta Port was calm.\n"
    draft = assembly.draft(text, "t", load_layers([MINI]).doc, {}, "a", "0")
    ids = [e["id"] for e in draft["entities"]]
    assert ids == sorted(set(ids)) and "zeta-port" in ids
    zeta = next(e for e in draft["entities"] if e["id"] == "zeta-port")
    assert {zeta["name"], *zeta["aliases"]} == {"ZETA PORT", "Zeta Port"}
