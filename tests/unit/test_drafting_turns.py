"""Turns a document's structure gives without a transcript's labels: a printed interview's
questions and answers, a script's sound bites under their cues; and the first person and a
questioner's words in a turn (turns/voices.py); a monologue's speaker who names himself."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting import assembly
from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.segments import each_line
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.transcripts import Turn
from defcoop_cli.curation.drafting.turns.cues import chapter_turns, cue_turns
from defcoop_cli.curation.drafting.turns.entries.heads import headed_turns
from defcoop_cli.curation.drafting.turns.interviews import first_person_named, interview_turns
from defcoop_cli.curation.drafting.turns.monologues import monologue_turns
from defcoop_cli.curation.drafting.turns.voices import in_turn
from defcoop_cli.factbase.records import Doc, Entity

MATCHER = EntityMatcher(
    [
        Entity("ode", "Kenji Ode", "person"),
        Entity("ek", "Tomas Ek", "person"),
        Entity("alpha", "Alpha", "country"),
    ]
)
PEOPLE = frozenset({"ode", "ek"})


def _speakers() -> Speakers:
    who = Speakers(MATCHER, PEOPLE)
    who.mentioned("Kenji Ode", True)
    who.mentioned("Tomas Ek", True)
    return who


def _interview(text: str) -> list[tuple[str, str]]:
    lines = list(each_line(text))
    turns = interview_turns(lines, lambda head: first_person_named(head, MATCHER, PEOPLE))
    return [(text[t.start : t.start + 12], t.speaker) for t in turns]


class TestPrintedInterviews:
    INTERVIEW = (
        "Harbour Weekly talks to Navy Minister Kenji Ode about his week with Tomas Ek\n"
        "Was the visit a success?\n"
        "We agreed to sail together next spring.\n"
        "And the dredging?\n"
        "I asked Minister Ek for two more dredgers.\n"
        "It will take a year.\n"
        "Will you go back?\n"
        "Yes, I hope to go in June.\n"
        "Lena Berg edits Harbour Weekly.\n"
    )

    def test_answers_are_the_person_the_head_names_first_questions_the_reporters(self) -> None:
        assert _interview(self.INTERVIEW) == [
            ("Was the visi", "the reporter"),
            ("We agreed to", "Kenji Ode"),
            ("And the dred", "the reporter"),
            ("I asked Mini", "Kenji Ode"),  # its second line too: up to the next question
            ("Will you go ", "the reporter"),
            ("Yes, I hope ", "Kenji Ode"),
            ("Lena Berg ed", ""),  # the writer's note after the last answer: the piece's
        ]

    def test_a_text_with_two_questions_or_no_one_named_is_no_interview(self) -> None:
        two = "Kenji Ode on the strait\nWhy now?\nBecause.\nWhy here?\nIt is ours.\n"
        assert _interview(two) == []
        unnamed = self.INTERVIEW.replace("Kenji Ode", "the minister").replace("Tomas Ek", "X")
        assert _interview(unnamed) == []

    def test_an_explainers_questions_answered_in_the_third_person_are_no_interview(
        self,
    ) -> None:
        explainer = (
            "Kenji Ode and Tomas Ek met in Alpha: what it means\n"
            "What was agreed?\nThe two navies will sail together.\n"
            "Why now?\nThe strait grew busier.\n"
            "What next?\nA second round in June.\n"
        )
        assert _interview(explainer) == []

    def test_a_question_line_with_no_answer_after_it_counts_for_none(self) -> None:
        text = "Kenji Ode answers readers\nWhy?\nHow?\nWhen?\nSoon, I hope.\n"
        assert _interview(text) == []


def _bites(text: str) -> list[tuple[str, str]]:
    turns = cue_turns(list(each_line(text)), _speakers().speaker_at)
    return [(text[t.start : t.start + 10], t.speaker) for t in turns]


class TestSoundBites:
    def test_a_cue_naming_the_speaker_in_brackets_gives_the_bite_on_the_next_line(self) -> None:
        text = (
            "VO: The ships sailed at dawn.\n"
            "SOT (ODE, IN VELAN, DUBBED) 0:08\n"
            '"We are ready for the strait."\n'
            "VO: The talks went on.\n"
        )
        assert _bites(text) == [('"We are re', "Kenji Ode"), ("\nVO: The t", "")]

    def test_a_cue_with_no_name_takes_the_super_before_it(self) -> None:
        text = "SUPER: TOMAS EK / FOREIGN MINISTER\nSOUNDBITE 0:10\nOur navies will meet.\n"
        assert _bites(text)[0] == ("Our navies", "Tomas Ek")

    def test_a_super_after_the_bite_names_it_too_and_an_inline_bite_is_its_lines_rest(
        self,
    ) -> None:
        after = "SYNC\nWe sail in May.\nCG: TOMAS EK, MINISTER\n"
        assert _bites(after)[0] == ("We sail in", "Tomas Ek")
        inline = "BITE — Kenji Ode, navy minister: We sail in May.\n"
        assert _bites(inline)[0] == ("BITE — Ken", "Kenji Ode")  # the line: its cue is furniture

    def test_a_cue_with_no_name_and_no_super_or_no_bite_is_no_turn(self) -> None:
        assert _bites("SOT 0:10\nWe sail in May.\nVO: More later.\n") == []
        assert _bites("SOT (ODE)\nVO: More later.\n") == []


def _chaptered(text: str) -> list[tuple[str, str]]:
    turns = chapter_turns(list(each_line(text)), _speakers().speaker_at)
    return [(text[t.start : t.start + 12], t.speaker) for t in turns]


class TestChapters:
    """A video's captions name no speaker; its chapters do (turns/cues.py)."""

    LISTED = (
        "Chapters\n"
        "0:00 Headlines\n"
        "0:40 At the naval base\n"
        "1:30 Kenji Ode's remarks\n"
        "2:10 What the visit means\n"
        "Transcript\n"
        "0:40 The minister arrived before noon.\n"
        "1:30 [Applause]\n"
        "1:33 We agreed to sail together in May.\n"
        "1:50 Alpha stands with Velan.\n"
        "2:10 Analysts see the visit as a signal.\n"
    )

    def test_a_caption_is_the_speaker_its_chapter_names_by_its_time(self) -> None:
        assert _chaptered(self.LISTED) == [
            ("0:40 The min", ""),
            ("1:30 [Applau", "Kenji Ode"),
            ("1:33 We agre", "Kenji Ode"),
            ("1:50 Alpha s", "Kenji Ode"),
            ("2:10 Analyst", ""),
        ]

    def test_a_copied_transcripts_title_line_names_the_captions_under_it(self) -> None:
        text = (
            "Transcript\nArrival\n0:05\n>> The minister landed at dawn.\n"
            "Statement by Tomas Ek\n0:40\n>> We have agreed to sail together.\n"
            "Analysis\n1:10\n>> Analysts see a signal.\n"
        )
        assert _chaptered(text) == [
            ("Arrival\n0:05", ""),
            ("Statement by", "Tomas Ek"),
            ("Analysis\n1:1", ""),
        ]

    @pytest.mark.parametrize(
        "title",
        ["Kenji Ode", "Alpha's statement", "Ode arrives at the base", "Our take"],
    )
    def test_a_chapter_naming_no_person_speaking_makes_no_turn(self, title: str) -> None:
        text = self.LISTED.replace("Kenji Ode's remarks", title)
        assert _chaptered(text) == []

    def test_a_chronology_or_a_live_blog_with_times_makes_no_turn(self) -> None:
        chronology = (
            "10:30 Ode lands at the naval air station.\n"
            "11:00 Talks begin at the ministry.\n"
            "12:15 Ek says the talks went well.\n"
        )
        assert _chaptered(chronology) == []
        blog = "10:02 Ode speaks\n10:05 Ode says Alpha will sail.\n11:00 Talks end.\n"
        assert _chaptered(blog) == []  # one heading with a time is no chapter list

    @pytest.mark.parametrize(
        "text",
        [
            "Naval talks: live\n10:05 Ode lands at the base\n10:20 Kenji Ode speaks\n"
            "10:25 The talks are being held in a warm mood.\n"
            "10:40 A spokesman is expected to brief the press later.\n"
            "11:10 Critics react\n11:15 The opposition faulted the plan.\n",
            "Programme, 5 May\n09:30 Welcome at the ministry\n10:00 Remarks by Kenji Ode\n"
            "10:15 Talks on shipbuilding begin.\n"
            "11:30 The two ministers will sign a memorandum on drones.\n"
            "12:00 Lunch hosted by Tomas Ek\n",
            "Day two, as it happened\nKenji Ode's statement\n14:02\n"
            "The minister will fly on to the port.\nReactions\n14:30\n"
            "Analysts welcomed the plan.\n",
        ],
        ids=["live blog", "programme", "clock times on their own lines"],
    )
    def test_clock_times_of_a_day_are_no_videos_chapters(self, text: str) -> None:
        assert _chaptered(text) == []  # a live blog's or programme's entries stay the page's

    def test_a_chaptered_video_page_gives_the_bites_to_their_speaker(self) -> None:
        doc = Doc(
            [],
            [],
            [
                Entity("ode", "Kenji Ode", "person"),
                Entity("ek", "Tomas Ek", "person"),
                Entity("alpha", "Alpha", "country"),
            ],
            [],
            [],
        )
        text = "Kenji Ode met Tomas Ek at the naval base on Monday.\n" + self.LISTED
        found = {
            f["quote"]: f["attribution"]
            for f in assembly.draft(text, "v", doc, {}, "v.html", "0")["facts"]
        }
        assert found["We agreed to sail together in May"] == "Kenji Ode and Tomas Ek"
        assert found["Alpha stands with Velan"] == "Kenji Ode"
        assert found["The minister arrived before noon"] == "the article"


class TestVoicesInATurn:
    ANSWER = Turn(0, "Kenji Ode", True, False)
    ASKS = Turn(0, "the reporter", False, True)

    def read(self, sentence: str, turn: Turn) -> tuple[str, str]:
        who = _speakers()
        r = in_turn(turn, sentence, reading(sentence, who), who)
        return r.attribution, r.stance

    def test_a_name_and_i_agreeing_is_the_speaker_and_the_one_named(self) -> None:
        assert self.read("Minister Ek and I agreed to sail together", self.ANSWER) == (
            "Kenji Ode and Tomas Ek",
            "agreed",
        )

    def test_we_have_agreed_is_the_two_and_we_have_stood_the_speakers(self) -> None:
        assert self.read("We have agreed to sail together", self.ANSWER)[0] == (
            "Kenji Ode and Tomas Ek"
        )
        assert self.read("We've also agreed to sail together", self.ANSWER)[0] == (
            "Kenji Ode and Tomas Ek"
        )
        for own in ["We have long stood with Velan", "We had hoped to agree on the buoys"]:
            assert self.read(own, self.ANSWER)[0] == "Kenji Ode"

    @pytest.mark.parametrize(
        "own",
        [
            "We have agreed in the cabinet to raise the budget for the yards",
            "We agreed within the government last month to buy two more frigates",
            "We have agreed among ourselves to keep the buoys in place",
        ],
    )
    def test_we_agreeing_among_the_speakers_own_side_is_his(self, own: str) -> None:
        assert self.read(own, self.ANSWER)[0] == "Kenji Ode"

    def test_a_partys_act_the_questioner_tells_is_the_partys(self) -> None:
        r = self.read("Minister Ek briefed you on the raid", self.ASKS)
        assert r == ("Tomas Ek", "briefed")
        assert self.read("This was your third trip to Alpha", self.ASKS)[0] == "the reporter"


def test_a_bite_on_its_cues_line_is_the_speakers_and_the_cue_no_part_of_it() -> None:
    text = (
        "VO: The two navies met off the cape this week.\n"
        "BITE — Tomas Ek, navy minister: The two navies sail again in May.\n"
        "SOT: We will be back.\n"
    )
    facts = assembly.draft(text, "b", Doc([], [], [], [], []), {}, "b.txt", "0")["facts"]
    found = {f["quote"]: f["attribution"] for f in facts}
    assert found["The two navies sail again in May"] == "Tomas Ek"
    assert "We will be back" in found  # a cue naming no one: its bite without the cue
    assert not any(q.startswith(("BITE", "SOT")) for q in found)


def test_a_bite_on_a_line_of_its_own_under_its_cue_is_no_other_news() -> None:
    """The cue line is in capitals, as a heading of other news on a page would be: a bite
    naming what the story has not named yet is still the story's, its speaker's."""
    text = (
        "VO: The two navies met off the cape this week for a drill.\n"
        "SOT (EK, IN ENGLISH) 0:12\n"
        "We have never trained this closely with Velan, and I am proud of it.\n"
        "VO: The drill ends on Friday.\n"
    )
    doc = Doc([], [], [Entity("velan", "Velan", "country")], [], [])
    facts = assembly.draft(text, "b", doc, {}, "b.txt", "0")["facts"]
    found = {f["quote"]: f["attribution"] for f in facts}
    assert found["We have never trained this closely with Velan, and I am proud of it"] == "Ek"


class TestMonologues:
    """A video message without labels whose speaker names himself (turns/monologues.py)."""

    MESSAGE = (
        "Video message from the navy minister, 6 June\n"
        "[00:03] Hello. I am Kenji Ode, Navy Minister.\n"
        "[00:08] Yesterday I met Minister Tomas Ek in Alpha.\n"
        "[00:14] Minister Ek briefed me on the storm damage.\n"
        "[00:20] We agreed to sail together next spring.\n"
        "[00:26] On the strait, we both voiced concern about the new buoys.\n"
    )

    def facts(self, text: str) -> dict[str, str]:
        doc = Doc(
            [],
            [],
            [Entity("ode", "Kenji Ode", "person"), Entity("ek", "Tomas Ek", "person")],
            [],
            [],
        )
        found = assembly.draft(text, "v", doc, {}, "v.txt", "0")["facts"]
        return {f["quote"]: f["attribution"] for f in found}

    def test_the_first_person_is_the_speaker_who_named_himself(self) -> None:
        found = self.facts(self.MESSAGE)
        assert found["I am Kenji Ode, Navy Minister"] == "Kenji Ode"
        assert found["Yesterday I met Minister Tomas Ek in Alpha"] == "Kenji Ode"
        assert found["Minister Ek briefed me on the storm damage"] == "Tomas Ek"  # named
        assert found["We agreed to sail together next spring"] == "Kenji Ode and Tomas Ek"

    def test_we_both_is_the_speaker_and_the_other_whatever_they_did(self) -> None:
        found = self.facts(self.MESSAGE)
        said = "On the strait, we both voiced concern about the new buoys"
        assert found[said] == "Kenji Ode and Tomas Ek"

    def test_no_self_introduction_or_a_name_after_other_words_is_no_monologue(self) -> None:
        lines = list(
            each_line(self.MESSAGE.replace("I am Kenji Ode", "I am grateful to Kenji Ode"))
        )
        assert monologue_turns(lines, MATCHER, PEOPLE) == []
        third = "Ode's week\nThis is Kenji Ode, navy minister.\nHe met Ek.\nThey sailed on.\n"
        assert monologue_turns(list(each_line(third)), MATCHER, PEOPLE) == []  # third person
        turns = monologue_turns(list(each_line(self.MESSAGE)), MATCHER, PEOPLE)
        assert [(t.speaker, t.person) for t in turns] == [("Kenji Ode", True)]

    def test_this_is_another_persons_possessive_is_no_self_introduction(self) -> None:
        script = (
            "Good evening. This is Kenji Ode’s first visit to the harbour as minister.\n"
            "We are told the two ministers met for two hours.\n"
            "We understand they agreed to sail together next spring.\n"
        )
        assert monologue_turns(list(each_line(script)), MATCHER, PEOPLE) == []
        plain = script.replace("Kenji Ode’s", "Kenji Ode's")
        assert monologue_turns(list(each_line(plain)), MATCHER, PEOPLE) == []


class TestHeadedItems:
    """A report's head naming the speaker once over subjectless items (turns/entries/heads.py)."""

    TEXT = (
        "3. REMARKS BY KENJI ODE.\na. Welcomed the new ferry link.\n"
        "b. Stressed the need for more port calls.\n4. OUTCOMES.\na. No treaty was signed.\n"
    )

    def test_the_items_under_the_head_are_the_speakers_until_the_next_numbered_line(self) -> None:
        turns = headed_turns(list(each_line(self.TEXT)), MATCHER, PEOPLE)
        assert [(self.TEXT[t.start : t.start + 10], t.speaker) for t in turns] == [
            ("3. REMARKS", "Kenji Ode"),
            ("4. OUTCOME", ""),
        ]

    def test_a_subjectless_item_is_his_and_an_item_after_the_turn_the_article_s(self) -> None:
        speakers = _speakers()
        turns = headed_turns(list(each_line(self.TEXT)), MATCHER, PEOPLE)
        for sentence, at, who in (
            ("Welcomed the new ferry link.", self.TEXT.index("Welcomed"), "Kenji Ode"),
            ("No treaty was signed.", self.TEXT.index("No treaty"), "the article"),
        ):
            turn = max((t for t in turns if t.start <= at), key=lambda t: t.start)
            assert in_turn(turn, sentence, reading(sentence, speakers), speakers).attribution == who

    def test_a_head_naming_no_known_person_or_over_no_items_makes_no_turn(self) -> None:
        for text in (
            "3. REMARKS BY THE HARBOUR MASTER.\na. Welcomed the ferry link.\n",
            "REMARKS BY KENJI ODE.\nHe welcomed the ferry link.\n",
        ):
            assert headed_turns(list(each_line(text)), MATCHER, PEOPLE) == []
