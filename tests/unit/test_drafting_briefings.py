"""Issue 24, drafting round three: a press briefing (a spokesperson is a channel; the
session's own words are furniture) and the constructions its misses showed."""

from __future__ import annotations

import pytest
from drafting_world import BRIEFED as DOC

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.furniture.proceedings import (
    restates_terms,
    runs_the_session,
    terms_lines,
)
from defcoop_cli.curation.drafting.transcripts import (
    is_channel,
    label_names,
    transcript_labels,
    unnamed_official,
)
from defcoop_cli.curation.drafting.verbs import reported_verb

BRIEFING = "\n".join(
    [
        "Weekly Media Briefing by the Official Spokesperson",
        "Venue: Foreign Office",
        "",
        (
            "Official Spokesperson, Ms Lena Varga: Good morning, everyone. Let me "
            "start with a short readout and then take your questions."
        ),
        "",
        (
            "Minister Ravi Menon held talks with Minister Kenji Ode in Alpha City "
            "on Monday. The two Ministers reviewed maritime cooperation."
        ),
        "",
        "That concludes my opening remarks. The floor is yours.",
        "",
        "Question (Dev Sen, Harbour Post): Were patrols discussed?",
        "",
        "Official Spokesperson:",
        (
            "The ministers did exchange views on patrols in the strait. I would not "
            "go into the details of the talks. No agreement was signed during the "
            "visit."
        ),
        "",
        "Question (Mia Lund, Coast Radio): Will they meet again?",
        "",
        "Official Spokesperson:",
        (
            "What I can say is that both sides agreed to hold another round. Thank "
            "you all. See you next week."
        ),
        "",
    ]
)


def _facts(text: str) -> tuple[dict[str, dict[str, str]], list[str]]:
    made = draft(text, "b", DOC, {}, "/articles/b.txt", "9.9")
    furniture = [f["text"] for f in made["sources"][0]["furniture"]]
    return {f["quote"]: f for f in made["facts"]}, furniture


def test_a_spokesperson_is_a_channel_the_ministers_acts_are_theirs_his_words_his() -> None:
    found, _ = _facts(BRIEFING)
    held = found["Minister Ravi Menon held talks with Minister Kenji Ode in Alpha City on Monday"]
    assert held["attribution"] == "Lena Varga"  # an event of the visit: his telling (R64)
    assert found["The two Ministers reviewed maritime cooperation"]["attribution"] == (
        "Ravi Menon and Kenji Ode"
    )
    views = found["The ministers did exchange views on patrols in the strait"]
    assert views["stance"] == "discussed" and views["attribution"] != "Lena Varga"
    assert found["I would not go into the details of the talks"]["attribution"] == "Lena Varga"
    assert found["No agreement was signed during the visit"]["attribution"] == "Lena Varga"
    agreed = found["What I can say is that both sides agreed to hold another round"]
    assert agreed["attribution"] in ("Alpha and Beta", "both countries")  # the doers


def test_a_spokesperson_s_telling_of_the_visit_s_events_is_his_their_acts_theirs() -> None:
    # R64 (s51-draft92): a wreath laid or a call made, told in his turn, is no word of the
    # visitor's but the visit told; what the visitor did with a stance stays the visitor's
    briefing = BRIEFING.replace(
        "The two Ministers reviewed maritime cooperation.",
        "Minister Kenji Ode laid a wreath at the harbour memorial on Tuesday. "
        "Minister Kenji Ode condemned the raid on the harbour warehouses. Minister Ravi "
        "Menon opened by taking his guest through the raid.",
    )
    found, _ = _facts(briefing)
    laid = found["Minister Kenji Ode laid a wreath at the harbour memorial on Tuesday"]
    assert laid["attribution"] == "Lena Varga"
    condemned = found["Minister Kenji Ode condemned the raid on the harbour warehouses"]
    assert condemned["attribution"] == "Kenji Ode" and condemned["stance"] == "condemned"
    took = found["Minister Ravi Menon opened by taking his guest through the raid"]
    assert took["attribution"] == "Ravi Menon" and took["stance"] == "briefed"  # an event's


def test_the_sessions_own_words_are_furniture() -> None:
    found, furniture = _facts(BRIEFING)
    text = " ".join(furniture)
    for said in ("Good morning, everyone.", "The floor is yours.", "See you next week."):
        assert said in text
    assert "That concludes my opening remarks." in text
    assert not any(
        q.startswith(("Good", "Let me start", "That concludes", "See you")) for q in found
    )


@pytest.mark.parametrize(
    ("sentence", "session"),
    [
        ("Good afternoon, friends.", True),
        ("I will begin with one announcement and then take your questions.", True),
        ("That is all from my side.", True),
        ("We will meet again next week.", True),
        ("We will meet again next year in Tokyo.", False),  # a name: the talks' news
        ("The ministers agreed to meet again next week.", False),  # words of the talks
        ("I have nothing to share on that.", False),  # the spokesperson's own word
        ("That concludes today's press conference.", True),  # a possessive of a session word
        ("The press conference was moved to Osaka.", False),  # a name
        ("Let me first report on my visit to Gamma.", True),  # announcing what he reports
        ("I would like to say a few words about my trip to North Gamma.", True),
        ("Let me say that Beta condemns the raid.", False),  # what he reports
        ("I will report on the talks with Ilse Varga at the harbour.", False),  # more than that
        ("As a reminder, all participant lines will be in listen-only mode.", True),  # a call's
        ("I now hand the conference over to the management.", True),
        ("The management will call on the ministry next month.", False),  # "on the ministry"
        ("The next question is from the line of Ana Perl from Harbour Capital.", True),
        ("Good day and welcome to the Q4 earnings call of Alba Yards.", True),
        ("On behalf of Alba Yards, that concludes this conference.", True),
        ("Welcome to the new era of Velan-Ostra ties.", False),  # no session named
        ("That concludes the talks, which agreed to expand drills.", False),
        ("That concludes this call, the ministers said, as Beta condemned it.", False),
    ],
)
def test_a_sentence_runs_the_session_by_its_words(sentence: str, session: bool) -> None:
    assert runs_the_session(sentence) is session


def test_a_spokespersons_label_is_a_channel_named_once_for_all_its_turns() -> None:
    labels = transcript_labels(BRIEFING)
    assert label_names(BRIEFING, labels) == {"Official Spokesperson": "Lena Varga"}
    assert is_channel("Official Spokesperson") and is_channel("Press Secretary")
    assert not is_channel("Minister") and not is_channel("Question")
    office = "Spokesperson, Defence Division: Yes.\nQ: Any news?\nSpokesperson: No."
    assert label_names(office, transcript_labels(office)) == {}  # an office, no name
    for name in ("Kiran Das", "Ali Khan", "Mei Baker"):  # after "Shri", a surname that is a noun
        named = (
            f"Official Spokesperson, Shri {name}: Yes.\nQ: Any news?\nOfficial Spokesperson: No."
        )
        assert label_names(named, transcript_labels(named)) == {"Official Spokesperson": name}
    for office in ("Navy Officer", "Senior Officer"):
        titled = f"Spokesperson, {office}: Yes.\nQ: Any news?\nSpokesperson: No."
        assert label_names(titled, transcript_labels(titled)) == {}


@pytest.mark.parametrize(
    ("sentence", "verb", "stance"),
    [
        ("The envoys did exchange views on the strait", "exchange views", "discussed"),
        ("Alpha does support the plan", "support", "reported"),
        ("Menon opened by briefing Ode on the raid", "briefing", "briefed"),
        ("Menon opened his remarks by briefing Ode on the raid", "briefing", "briefed"),
        ("Alpha welcomes Betan investment in its shipyards", "welcomes", "invited"),
        ("Drills got airtime too", "got airtime", "discussed"),
        ("Both hailed the drills as a way to build trust", "hailed", "reported"),  # R33
        ("Alpha welcomed the decision", "welcomed", "reported"),
    ],
)
def test_round_three_constructions(sentence: str, verb: str, stance: str) -> None:
    hit = reported_verb(sentence)
    assert hit is not None and (hit.match.group(), hit.stance) == (verb, stance)


def test_did_not_is_no_emphatic_verb() -> None:
    hit = reported_verb("They did not note it")
    assert hit is None or hit.match.group() != "not"


THREAD = """<html><head><title>Thread</title></head><body><main><article>
<header><div class="author">Asha Rao</div><div class="handle">@asha_reports</div>
<div class="bio">Reporter.</div></header>
<section><p>Menon and Ode met in Alpha City on Monday. 1/3</p></section>
<section><p>Ode's account posted this after the talks:</p>
<div class="quoted"><div class="author">Kenji Ode</div><div class="handle">@ode_office</div>
<p>I told my counterpart that Beta stands with Alpha.</p>
<div class="time">3:15 PM · May 5, 2025</div></div></section>
<section><div class="quoted"><div class="author">Office of Ravi Menon</div>
<div class="handle">@menon_office</div><p>We discussed shipbuilding.</p>
<div class="time">4:40 PM · May 5, 2025</div></div></section>
<section><p>My read: both sides are patient. /end</p></section>
</article></main></body></html>"""


def test_a_pages_quoted_posts_are_read_from_its_markup_an_office_its_holders() -> None:
    from defcoop_cli.curation.drafting.posts import quoted_posts

    assert quoted_posts(THREAD, "Asha Rao") == [
        ("Kenji Ode", "I told my counterpart that Beta stands with Alpha."),
        ("Ravi Menon", "We discussed shipbuilding."),
    ]


def test_a_pages_quoted_posts_are_read_under_an_xml_declaration() -> None:
    from defcoop_cli.curation.drafting.posts import quoted_posts

    xhtml = '<?xml version="1.0" encoding="UTF-8"?>\n' + THREAD.replace("Alpha.", "Alpha — Café.")
    assert quoted_posts(xhtml, "Asha Rao")[0] == (
        "Kenji Ode",
        "I told my counterpart that Beta stands with Alpha — Café.",
    )


def test_a_quoted_post_is_its_authors_turn_a_threads_marks_are_furniture() -> None:
    text = "\n".join(
        [
            "Thread by Asha Rao",
            "Ravi Menon and Kenji Ode met in Alpha City on Monday for talks on the strait.",
            "I told my counterpart that Beta stands with Alpha.",
            "We discussed shipbuilding.",
            "Both sides agreed to meet again in June, after the monsoon season. /end",
        ]
    )
    quoted = [
        ("Kenji Ode", "I told my counterpart that Beta stands with Alpha."),
        ("Ravi Menon", "We discussed shipbuilding."),
    ]
    from defcoop_cli.curation.drafting.assembly import Draft

    made = Draft(text, "t", DOC, {}, "/articles/t.txt", "9.9", quoted)
    found = {f["quote"]: f for f in made.facts()}
    assert found["I told my counterpart that Beta stands with Alpha"]["attribution"] == (
        "Kenji Ode"
    )
    assert found["We discussed shipbuilding"]["attribution"].startswith(
        "Ravi Menon"
    )  # the office's
    assert "Both sides agreed to meet again in June, after the monsoon season" in found
    furniture = [f["text"] for f in made.parts["sources"][0]["furniture"]]
    assert "/end" in furniture


def test_a_threads_mark_after_a_closing_quote_leaves_the_quote_whole() -> None:
    from defcoop_cli.curation.drafting.assembly import Draft

    text = "\n".join(
        [
            "Thread by Asha Rao",
            "Ravi Menon and Kenji Ode met in Alpha City on Monday for talks on the strait.",
            "Ode told reporters that Beta would build"
            " \u201cmore patrol vessels with Alpha.\u201d /end",
        ]
    )
    made = Draft(text, "t", DOC, {}, "/articles/t.txt", "9.9")
    quote = "Ode told reporters that Beta would build \u201cmore patrol vessels with Alpha.\u201d"
    assert quote in [f["quote"] for f in made.facts()]


@pytest.mark.parametrize(
    ("sentence", "lead_in"),
    [
        ("A follow-up, sir.", True),
        ("Sir, one more.", True),
        ("This was your second meeting with Minister Menon.", False),  # asserts (R3)
        ("Alpha signed the pact.", False),
    ],
)
def test_a_questioners_lead_in_has_no_verb(sentence: str, lead_in: bool) -> None:
    from defcoop_cli.curation.drafting.furniture.proceedings import leads_in

    assert leads_in(sentence) is lead_in


@pytest.mark.parametrize(
    ("sentence", "verb", "stance"),
    [
        ("Menon was keen to press Betan firms to invest", "press", "invited"),
        ("Alpha was keen to deepen ties", None, None),  # no reporting verb after it
    ],
)
def test_keen_to_act_is_the_act(sentence: str, verb: str | None, stance: str | None) -> None:
    hit = reported_verb(sentence)
    assert (hit.match.group(), hit.stance) == (verb, stance) if hit else verb is None


def test_a_subject_given_airtime_was_discussed_by_the_talks_parties() -> None:
    found, _ = _facts(
        "Talks in Alpha City\n\nRavi Menon met Kenji Ode in Alpha City on Monday."
        " Patrols in the strait got airtime too.\n"
    )
    said = found["Patrols in the strait got airtime too"]
    assert (said["stance"], said["attribution"]) == ("discussed", "Ravi Menon and Kenji Ode")


def test_a_speakers_country_in_his_own_words_is_his() -> None:
    from defcoop_cli.curation.drafting.assembly import Draft

    text = "Post by Ravi Menon\nRavi Menon met Kenji Ode in Alpha City on Monday for talks.\n"
    text += "Alpha welcomes Betan investment in our shipyards.\n"
    text += "Alpha and Beta agreed to hold more drills, officials said.\n"
    quoted = [("Ravi Menon", "Alpha welcomes Betan investment in our shipyards.")]
    made = Draft(text, "t", DOC, {}, "/articles/t.txt", "9.9", quoted)
    found = {f["quote"]: f for f in made.facts()}
    said = found["Alpha welcomes Betan investment in our shipyards"]
    assert (said["stance"], said["attribution"]) == ("invited", "Ravi Menon")
    assert found["Alpha and Beta agreed to hold more drills, officials said"]["attribution"] != (
        "Ravi Menon"
    )


def test_a_denied_act_according_to_a_source_is_the_sources_word() -> None:
    found, _ = _facts(
        "Talks in Alpha City\n\nRavi Menon met Kenji Ode in Alpha City on Monday."
        " No agreements were signed, according to officials.\n"
    )
    said = found["No agreements were signed, according to officials"]
    assert said["attribution"] == "unnamed officials"


# Issue 24, a background briefing's transcript (dev-s34, heldout53): its terms of attribution
# and a moderator's housekeeping are furniture; an unnamed official labelled by rank and an
# ordinal is a channel, named by the label in lower case (R9); no entity is made of him.
BACKGROUND = "\n".join(
    [
        "Foreign Office of Alpha",
        "Special Background Call on the Minister's Visit to Beta",
        "",
        (
            "Ground rules: On deep background. The briefers may be described as "
            '"Alphan officials". No audio to be used.'
        ),
        "",
        (
            "MODERATOR: Good evening and thanks for dialing in at short notice. They will "
            "be identified in this transcript as Senior Official One and Official B. "
            "Official One will begin, after which we will take a few questions."
        ),
        "",
        (
            "SENIOR OFFICIAL ONE: Thanks. Minister Ravi Menon held talks with Minister "
            "Kenji Ode in Beta City this morning. The lunch afterwards ran long."
        ),
        "",
        "OFFICIAL B: The harbour survey is still being costed. My colleague will say a word "
        "on the navy side.",
        "",
        "QUESTION (Harbour Post): Were patrols discussed?",
        "",
        "SENIOR OFFICIAL ONE: I'm not going beyond what I've said.",
        "",
        (
            "MODERATOR: We have time for one more. A reminder that this was on background: "
            "no names, no audio. Again, please attribute to senior Alphan officials."
        ),
        "",
    ]
)


def test_a_briefings_terms_and_housekeeping_are_furniture_a_wires_report_of_them_is_not() -> None:
    found, furniture = _facts(BACKGROUND)
    text = " ".join(furniture)
    for said in (
        "Ground rules: On deep background.",
        "No audio to be used.",
        "Good evening and thanks for dialing in at short notice.",
        "They will be identified in this transcript as Senior Official One and Official B.",
        "Official One will begin, after which we will take a few questions.",
        "My colleague will say a word on the navy side.",
        "We have time for one more.",
        "A reminder that this was on background: no names, no audio.",
        "Again, please attribute to senior Alphan officials.",
    ):
        assert said in text, said
    assert not any("background" in q or "identified" in q or "attribute" in q for q in found)
    wire = (
        "BETA CITY, May 5 (Harbour Wire) - Minister Ravi Menon held talks with Minister "
        "Kenji Ode on Monday. A senior official, who spoke on background because the talks "
        "were private, said no agreement was signed. A reminder that the ties run deep came "
        "at lunch. The officials may be described as cautious about the timetable."
    )
    found, _ = _facts(wire)  # a wire telling of the terms: its sentences stay
    assert any(q.startswith("A senior official, who spoke on background") for q in found)
    assert any(q.startswith("A reminder that the ties run deep") for q in found)
    assert any(q.startswith("The officials may be described as cautious") for q in found)


def test_an_unnamed_official_is_a_channel_named_by_his_label() -> None:
    made = draft(BACKGROUND, "b", DOC, {}, "/articles/b.txt", "9.9")
    found = {f["quote"]: f for f in made["facts"]}
    held = found["Minister Ravi Menon held talks with Minister Kenji Ode in Beta City this morning"]
    assert held["attribution"] == "senior official one"  # the event told: the briefer's (R64)
    assert found["The lunch afterwards ran long"]["attribution"] == "senior official one"
    assert found["The harbour survey is still being costed"]["attribution"] == "official b"
    assert found["I'm not going beyond what I've said"]["attribution"] == "senior official one"
    names = {e["name"] for e in made["entities"]}
    assert not names & {"Senior Official One", "Official One", "Official B", "I've"}


@pytest.mark.parametrize(
    ("label", "unnamed"),
    [
        ("SENIOR OFFICIAL ONE", True),
        ("Senior Administration Official", True),
        ("OFFICIAL A", True),
        ("Briefer 2", True),
        ("Senior Official Menon", False),  # a name after the rank
        ("Official Spokesperson", False),  # a channel by its title
        ("Chief Official", False),  # a title
        ("Minister", False),
    ],
)
def test_an_unnamed_officials_label_by_rank_and_ordinal(label: str, unnamed: bool) -> None:
    assert unnamed_official(label) is unnamed
    assert is_channel(label) is (unnamed or label == "Official Spokesperson")


# Each form the terms take in a briefing, beside an ordinary news sentence of the same words
# that the rules must leave alone (a wire's, a readout's, a paper's copy, a minister's words).
@pytest.mark.parametrize(
    ("terms", "news"),
    [
        (
            "A reminder that this was on background: senior officials, no names.",
            "A reminder of the stakes came on Tuesday, when a patrol boat was rammed.",
        ),
        (
            "Again, please attribute to a senior defence official.",
            "Please refer to the ministry's statement for the full list of agreements.",
        ),
        (
            'The briefers may be quoted as "senior government officials".',
            "The talks, which the ministry described as candid, ran past their hour.",
        ),
        (
            "They will be identified in this transcript as Senior Official One and Two.",
            "The vessel was identified as a coast guard cutter from Beta.",
        ),
        (
            "This call is not for attribution.",
            "He asked not to be named because he was not authorised to speak.",
        ),
        (
            "Please remember these are defence officials, not to be named.",
            "I told him on the record that we stand with Alpha.",
        ),
    ],
)
def test_the_terms_restated_are_furniture_a_news_sentence_is_not(terms: str, news: str) -> None:
    assert restates_terms(terms)
    assert not restates_terms(news)


def test_a_line_headed_by_the_terms_is_furniture_a_report_of_anonymity_is_not() -> None:
    lines = [
        "GROUND RULES: On background. No audio or video to be used.",
        "ATTRIBUTION: Refer to the briefer as a senior official.",
        "Terms: The officials spoke on condition that they are not named.",
        "The official spoke on condition of anonymity because the talks were private.",  # a wire
        "Terms: the deal's value was not disclosed.",  # a paper's deal box: no attribution
        "Embargo: 00:01 GMT, 6 May.",
    ]
    assert terms_lines(lines) == {0, 1, 2}


@pytest.mark.parametrize(
    ("sentence", "session"),
    [
        ("Official One will begin, after which we will take a few questions.", True),
        ("Hi everyone, and thanks for dialing in so late.", True),
        ("Operator, please open the line for questions.", True),
        ("We'll take one more.", True),
        ("First official, please.", True),
        ("My colleague will say a word on the industry side.", True),
        ("They will meet again next week.", False),  # the ministers' plan, a briefer's news
        ("Two officials were hurt when the boat capsized.", False),  # a wire's
        ("Official One Harbour, the new pier, opens next week.", False),  # a name
        ("My colleague will say that Beta condemned the raid.", False),  # what he reports
    ],
)
def test_a_briefings_housekeeping_runs_the_session(sentence: str, session: bool) -> None:
    assert runs_the_session(sentence) is session


@pytest.mark.parametrize(
    ("sentence", "session"),
    [
        ("Two officials who sat in on the talks will brief you.", True),
        ("Our guests travelled with the minister from Beta.", True),
        # issue 24, review18a: a minister's own lines, no host's introduction of briefers
        ("Our guests were shown the new dry dock at the Gamma yard this morning.", False),
        ("Two officials from Beta will brief you on that tomorrow, and they will sign it.", False),
    ],
)
def test_a_hosts_introduction_of_the_briefers_not_a_ministers_lines(
    sentence: str, session: bool
) -> None:
    assert runs_the_session(sentence) is session
