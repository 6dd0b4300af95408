"""Issue 24, by class: a discussion list's message (thirty-sixth session, s55-draft104). Each
rule with a near case that keeps its old reading. Invented people, lists and sentences.

- An answer's run-in ("Short answer: rather more than the summary lets on, …") is no guide's
  entry: its phrase measures against a clause of its own (`reference_entry`), and the verb
  closing that comparison is the writer's measure, no saying of the document's (`first_verb`).
- A poster's disclaimer ("Views my own.") is furniture.
- A message's header dates it after its weekday ("Date: Wed, 7 May 2025 09:14:22 +0530"); the
  day over a quoted post ("On Tue, 6 May 2025 at 22:41, X wrote:") is the quoted post's.
- The post a reply quotes under "On …, X wrote:" is X's, "I" and all.
- A commentator's mood before his words ('A retired admiral was less impressed: "…"') is his
  view, and "He expects …" after it goes on in his voice.
- The meeting called the pair's first ("this was their first meeting") counts it as one.
- A capital that is to host the next round is its venue, the city (R41), not its government.
- A hedge on what the writer knows ("As far as I can tell this was …") is no view of theirs.
- The writer's gloss after a comma with its "that" left out (", a line the summary leaves
  out") is an aside, no part of the claim, as ", a line that …" is.
"""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.body.dating import labelled_date
from defcoop_cli.curation.drafting.claims.readings import what_is_claimed
from defcoop_cli.curation.drafting.conflicts.counts import first_met
from defcoop_cli.curation.drafting.furniture.apparatus.instructions import reference_entry
from defcoop_cli.curation.drafting.pages import is_furniture
from defcoop_cli.curation.drafting.places.before import governs
from defcoop_cli.curation.drafting.posts import Post, embedded_posts
from defcoop_cli.curation.drafting.verbs.finding import first_verb
from defcoop_cli.curation.drafting.verbs.voices.views import own_view
from defcoop_cli.factbase.loader import default_factbase_path, load


def _facts(article: str) -> list[dict[str, Any]]:
    made = draft(article, "k", load(default_factbase_path()).doc, {}, "/k.txt", "9.9")
    return list(made["facts"])


def _fact(facts: list[dict[str, Any]], opening: str) -> dict[str, Any]:
    return next(f for f in facts if f["quote"].startswith(opening))


class TestAnAnswersRunIn:
    @pytest.mark.parametrize(
        "line",
        [
            "Quick answer: fewer ships than the navy claims, and more drills.",
            "Long answer: rather less than the Betan readout implies.",
            "Short version: more than the summary lets on. The ministers met twice.",
        ],
    )
    def test_a_phrase_measured_against_a_clause_is_no_entry(self, line: str) -> None:
        assert not reference_entry(line)
        assert not is_furniture(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Archive coverage: wider than the print edition.",  # no verb closes the comparison
            "Archive coverage: more recent than the Betan dailies.",
            "Harbour Archive: ministry releases, searchable by date and port.",
        ],
    )
    def test_an_entry_that_compares_without_a_clause_stays_one(self, line: str) -> None:
        assert reference_entry(line)

    @pytest.mark.parametrize(
        "sentence",
        [
            "The talks went further than the Betan release implies.",
            "Rather more than the Alpha summary lets on, and less than the readout suggests.",
        ],
    )
    def test_a_verb_closing_a_comparison_is_no_reporting_verb(self, sentence: str) -> None:
        assert first_verb(sentence) is None

    @pytest.mark.parametrize(
        ("sentence", "verb"),
        [
            ("The Betan release implies that the talks went well.", "implies"),
            ("Beta pledged more than the ministry announced in March.", "pledged"),
        ],
    )
    def test_a_verb_outside_a_comparison_keeps_its_reading(self, sentence: str, verb: str) -> None:
        found = first_verb(sentence)
        assert found is not None and found.match.group() == verb


class TestAPostersDisclaimer:
    @pytest.mark.parametrize(
        "line",
        [
            "Views my own.",
            "Opinions are mine, not my employer's.",
            "All views strictly my own",
            "Views are personal.",
        ],
    )
    def test_a_disclaimer_of_ones_views_is_furniture(self, line: str) -> None:
        assert is_furniture(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Views on the frigate deal are mixed in Port Lys.",
            "Opinions are mine to give, the envoy said, and the talks went well.",
        ],
    )
    def test_a_sentence_on_views_is_left_alone(self, line: str) -> None:
        assert not is_furniture(line)


class TestAMessagesDate:
    @pytest.mark.parametrize(
        ("furniture", "iso"),
        [
            (["Date: Thu, 8 May 2025 07:02:10 +0100"], "2025-05-08"),
            (["Published: Tuesday, 6 May 2025"], "2025-05-06"),
            (["Date: 8 May 2025"], "2025-05-08"),  # as before
            (["Thu, 8 May 2025 07:02:10 +0100"], None),  # no label: as before
        ],
    )
    def test_a_labelled_date_after_its_weekday(self, furniture: list[str], iso: str | None) -> None:
        assert labelled_date(furniture) == iso

    def test_the_day_over_a_quoted_post_is_not_the_messages(self) -> None:
        text = "\n".join(
            [
                "Mira, all,",
                "Kell hosted the Betan navy chief in Port Lys on Monday.",
                "Best,",
                "Ola",
                "On Sun, 4 May 2025 at 19:05, Mira Das wrote:",
                "Did anyone see the readout?",
            ]
        )
        made = draft(text, "k", load(default_factbase_path()).doc, {}, "/k.txt", "9.9")
        assert made["sources"][0].get("published") is None


class TestAQuotedPost:
    LINES = (
        "Mira, all,",
        "My own reading is that the talks were a start.",
        "Best,",
        "Ola",
        "On Sun, 4 May 2025 at 19:05, Mira Das <[log in to unmask]> wrote:",
        "Did anyone see the readout?",
        "The summary that I found runs to three lines.",
        "########",
        "To unsubscribe, follow the link below:",
    )

    def test_the_lines_under_the_header_are_the_quoted_writers(self) -> None:
        assert embedded_posts(list(self.LINES)) == [Post("Mira Das", (5, 6))]

    def test_a_line_that_only_mentions_writing_is_no_header(self) -> None:
        lines = ["On Monday, after the talks, Ola Berg wrote:", "The talks went well."]
        assert embedded_posts(lines) == []  # no day in numbers: a sentence's introduction

    def test_the_quoted_post_is_drafted_as_its_writers_and_the_reply_as_the_posts(self) -> None:
        facts = _facts("\n".join(self.LINES))
        assert _fact(facts, "The summary that I found")["attribution"] == "Mira Das"
        assert _fact(facts, "My own reading")["attribution"] == "the article"


class TestACommentatorsMood:
    def test_a_mood_before_his_words_and_the_pronoun_after_are_his(self) -> None:
        facts = _facts(
            "Kell hosted the Betan navy chief in Port Lys on Monday. A retired commodore I"
            " phoned, Commodore (retd) Ivo Marsh of the Lys Sea Forum, was unimpressed:"
            ' "Beta will study ships for a decade." He expects the real movement to come'
            " next spring."
        )
        assert _fact(facts, "A retired commodore")["attribution"] == "Ivo Marsh"
        assert _fact(facts, "He expects")["attribution"] == "Ivo Marsh"

    @pytest.mark.parametrize(
        "sentence",
        [
            "Ivo Marsh was impressed by the drills.",  # no words of his after it
            "The minister was less impressed: the drills ran late.",  # no quotation
        ],
    )
    def test_a_mood_without_his_quoted_words_keeps_its_reading(self, sentence: str) -> None:
        facts = _facts("Kell hosted the Betan navy chief in Port Lys on Monday. " + sentence)
        assert _fact(facts, sentence[:12])["attribution"] == "the article"


class TestTheMeetingCalledTheirFirst:
    @pytest.mark.parametrize(
        "sentence",
        [
            "As far as we know this was their first meeting, which explains the long greetings.",
            "The talks were their first encounter, officials said.",
        ],
    )
    def test_the_meeting_called_their_first_counts_one(self, sentence: str) -> None:
        assert first_met(sentence)["#meeting"][0] == 1

    @pytest.mark.parametrize(
        "sentence",
        [
            "The two ministers recalled their first meeting in Port Lys.",  # an earlier one
            "This was their second meeting in a year.",  # no first (the ordinal count's)
        ],
    )
    def test_another_first_meeting_is_no_count_of_one(self, sentence: str) -> None:
        assert first_met(sentence) == {}


class TestACapitalToHost:
    @pytest.mark.parametrize(
        "sentence",
        [
            "He expects the next round, which he thinks Lysport will host before June.",
            "Lysport is due to host the next session of the dialogue.",
        ],
    )
    def test_a_capital_to_host_the_next_round_is_the_city(self, sentence: str) -> None:
        assert not governs(sentence, sentence.index("Lysport"))

    @pytest.mark.parametrize(
        "sentence",
        [
            "Lysport wants to host the next round.",  # a wish: the government's
            "Lysport will talk about ships for years.",
        ],
    )
    def test_a_capital_that_acts_otherwise_stands_for_its_government(self, sentence: str) -> None:
        assert governs(sentence, sentence.index("Lysport"))


class TestAHedgeOnWhatTheWriterKnows:
    @pytest.mark.parametrize(
        "sentence",
        [
            "As far as I can tell this was the pair's second round of talks.",
            "To my knowledge no pact was signed in Port Lys.",
        ],
    )
    def test_a_hedged_fact_is_no_view_of_the_writers(self, sentence: str) -> None:
        assert not own_view(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "As far as I can tell, I found the talks dull.",  # the first person besides
            "I can tell this was a meeting about the relationship.",  # no hedge: theirs
        ],
    )
    def test_the_writers_first_person_besides_the_hedge_is_a_view(self, sentence: str) -> None:
        assert own_view(sentence)


class TestAGlossWithoutThat:
    @pytest.mark.parametrize(
        ("sentence", "claimed"),
        [
            (
                "Ode said that Beta stood with Alpha, a line the Betan summary leaves out.",
                "Ode said that Beta stood with Alpha",
            ),
            ("Ode praised the drill, an exercise its navy leads.", "Ode praised the drill"),
        ],
    )
    def test_the_gloss_is_an_aside(self, sentence: str, claimed: str) -> None:
        assert what_is_claimed(sentence) == claimed

    @pytest.mark.parametrize(
        "sentence",
        [
            "Alpha signed a pact, a deal worth two billion.",  # no clause in the apposition
            "Ode said Beta stood with Alpha, and the summary leaves it out.",  # no apposition
        ],
    )
    def test_other_commas_keep_the_words(self, sentence: str) -> None:
        assert what_is_claimed(sentence) == sentence
