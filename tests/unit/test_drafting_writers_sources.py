"""Issue 24, attribution and stance misses by class: a source of the writers' own ("told us",
"told the undersigned", "told this newspaper") is that source, named as R9 names an unnamed
one, unless its clause tells a party's act done (the doers', R6, R49); an expectation or a
schedule as the sentence's main clause, a source giving it after it ("… is expected to
invite…, the official added"), is the source's word, `reported` (R6), one inside a clause
of a party's act is the doers', a commentator's his view (R5, R44); a phrasal verb of
briefing with no hearer ("the berths have been filling in since the spring") tells no one,
and a progressive phrasal verb is no passive; a stance held for years in the present
perfect ("has backed X for years"), outside a quotation, is the piece's background, a
clause after it with an act of its own read as before; hearers told that a party acted
("Participants were told that the two sides voiced concern…") pass on the doers' act (R6).
Each with a near sentence that keeps its reading. Texts of my own, none a judged set's."""

from __future__ import annotations

import pytest
from drafting_world import read

from defcoop_cli.curation.drafting.verbs import reported_verb
from defcoop_cli.factbase.vocab import THE_SOURCE


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "A former harbour master who ran the port for a decade told us the dredging is"
            " what slows the berths.",
            "former harbour master",
        ),
        (
            "An attache with the Mission of Beta told this newsletter that the visit ran a day"
            " late.",
            "attache with the mission of beta",
        ),
        ("An aide told this newspaper that Alpha would host the next round.", "unnamed aide"),
        ("A harbour pilot told our correspondent the channel was dredged.", "harbour pilot"),
    ],
)
def test_a_source_of_the_writers_own_is_that_source(sentence: str, who: str) -> None:
    assert read(sentence).attribution == who


def test_a_counterpart_told_keeps_its_reading() -> None:
    # near: one party telling another is his, the stance of what he tells (R16)
    r = read("Ines Varga told Tomas Brel that Alpha condemned the raid.")
    assert (r.attribution, r.stance) == ("Ines Varga", "condemned")
    r = read("Ines Varga told us that the drill would grow.")  # a name keeps its own reading
    assert r.attribution == "Ines Varga"


def test_a_partys_act_told_to_the_writers_by_a_channel_stays_the_doers() -> None:
    # near: a bare channel ("an official") telling the writers a party's act (R6)
    r = read("An official told our correspondent that Alpha condemned the raid.")
    assert (r.attribution, r.stance) == ("Alpha", "condemned")


@pytest.mark.parametrize(
    ("sentences", "who"),
    [
        (
            ("The two ministers met in Kell.",
             "The working group is scheduled to sit in Sendai in the autumn, diplomats"
             " said."),
            "unnamed diplomats",
        ),
        (
            ("A Beta defence ministry official said the talks ran late.",
             "Ines Varga is expected to invite Tomas Brel to Kell for the next round, though"
             " no date is fixed, the official added."),
            "beta defence ministry official",
        ),
        (
            ("Ines Varga met Tomas Brel in Kell.",
             "Ines Varga is set to fly home on Friday, the Alpha embassy said."),
            "the alpha embassy",
        ),
    ],
)  # fmt: skip
def test_an_expectation_a_source_gives_is_the_sources_word(
    sentences: tuple[str, ...], who: str
) -> None:
    r = read(*sentences)
    assert (r.attribution, r.stance) == (who, "reported")


def test_an_act_done_told_by_a_source_stays_the_doers() -> None:
    # near: what the two did, through a channel, is theirs (R6); no source, no channel
    r = read("Ines Varga met Tomas Brel in Kell.", "The two ministers agreed to widen the"
             " drills, officials said.")  # fmt: skip
    assert (r.attribution, r.stance) == ("both ministers", "agreed")
    r = read("Ines Varga is expected to invite Tomas Brel to Kell next year.")
    assert r.attribution != "unnamed officials"


@pytest.mark.parametrize(
    "sentence",
    [
        "The berths along the quay have been filling in since the spring.",
        "The gaps in the chart have been filling in slowly since 2015.",
        "An aide filled in for the minister at the dinner.",
        "Seats at the back of the hall were filling in fast.",
        "Ines Varga fills in for the envoy on Fridays.",
    ],
)
def test_filling_in_with_no_hearer_tells_no_one(sentence: str) -> None:
    assert reported_verb(sentence) is None
    r = read("Ines Varga met Tomas Brel in Kell.", sentence)
    assert (r.attribution, r.stance) == (THE_SOURCE, "reported")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Varga filled in her guest on the raid.",
        "Ines Varga filled her guest in on the raid.",
        "Ines Varga was filling in Tomas Brel on the raid.",
        "Ines Varga fills in Tomas Brel on the raid.",
        "Ines Varga filled in reporters on the raid.",
    ],
)
def test_filling_in_a_hearer_is_still_a_briefing(sentence: str) -> None:
    r = read(sentence)
    assert (r.attribution, r.stance) == ("Ines Varga", "briefed")


def test_a_progressive_phrasal_verb_is_no_passive() -> None:
    # "has been playing up" is her act, not a passive carried to the party named before
    r = read("Tomas Brel spoke first.", "Ines Varga has been playing up the drills.")
    assert (r.attribution, r.stance) == ("Ines Varga", "highlighted")


@pytest.mark.parametrize(
    "sentence",
    [
        "Alpha has backed Beta's shipyards for years, but its firms have been slow to invest.",
        "Beta has condemned piracy in the strait since 2010.",
        # a clause after it naming no doer leaves the sentence background
        "Alpha has weighed buying Beta's patrol boats for more than a decade, but no contract"
        " has been signed.",
    ],
)
def test_a_stance_held_for_years_is_the_pieces_background(sentence: str) -> None:
    assert read(sentence).attribution == THE_SOURCE


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # near: the same act at the talks, no span of years, stays the party's
        ("Alpha backed Beta's shipyards at the talks.", "Alpha"),
        # near: inside a quotation the years are the speaker's words
        ('"Our crews have visited Kell every spring since 2004," said Tomas Brel.', "Tomas Brel"),
    ],
)
def test_a_stance_at_the_talks_or_quoted_keeps_its_reading(sentence: str, who: str) -> None:
    assert read(sentence).attribution == who


@pytest.mark.parametrize(
    ("sentence", "who", "stance"),
    [
        ("Participants were told that Alpha condemned the raid.", "Alpha", "condemned"),
        ("Reporters were told that Beta voiced concern over the shoal.", "Beta",
         "raised concern"),
    ],
)  # fmt: skip
def test_hearers_told_a_partys_act_pass_it_on_as_the_doers(
    sentence: str, who: str, stance: str
) -> None:
    r = read("Ines Varga stressed the drills.", sentence)  # a party named before
    assert (r.attribution, r.stance) == (who, stance)


def test_hearers_told_no_partys_act_keep_their_reading() -> None:
    # near: a clause with no act of a party passes nothing on (the passive, as before)
    r = read(
        "Ines Varga met Tomas Brel in Kell.", "Participants were told that the meeting ran late."
    )
    assert (r.attribution, r.stance) == (THE_SOURCE, "reported")
    assert "passive" in r.rule


@pytest.mark.parametrize(
    ("sentences", "who", "stance"),
    [
        (("Alpha and Beta agreed to widen the patrols that are due to start in April,"
          " officials said.",), "Alpha and Beta", "agreed"),
        (("Ines Varga met Tomas Brel in Kell.", "The two ministers agreed that the working"
          " group is scheduled to sit in Sendai, officials said."), "both ministers", "agreed"),
        (("Ines Varga told Tomas Brel that Beta is set to open a second dock by June, aides"
          " said.",), "Ines Varga", "reported"),
        (("Ines Varga condemned the raid and said Alpha was likely to widen its patrols, aides"
          " said.",), "Ines Varga", "condemned"),
    ],
)  # fmt: skip
def test_an_expectation_inside_a_partys_clause_leaves_the_act_the_doers(
    sentences: tuple[str, ...], who: str, stance: str
) -> None:
    r = read(*sentences)
    assert (r.attribution, r.stance) == (who, stance)


def test_an_expectation_whose_subject_has_a_participle_is_still_the_sources() -> None:
    # near: a participle after the subject's noun is no clause of its own
    r = read("The frigates ordered last year are slated to sail in May, the ministry said.")
    assert (r.attribution, r.stance) == ("the ministry", "reported")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Beta is likely to protest the patrols, analysts said.", "unnamed analysts"),
        ("Ties are expected to cool over the winter, a retired Alpha general said.",
         "retired alpha general"),
    ],
)  # fmt: skip
def test_a_commentators_forecast_is_his_view(sentence: str, who: str) -> None:
    r = read(sentence)
    assert (r.attribution, r.view) == (who, True)


def test_an_officials_forecast_is_no_view() -> None:
    # near: the same forecast given by officials is their word, no commentator's view
    r = read("Beta is likely to protest the patrols, officials said.")
    assert (r.attribution, r.stance, r.view) == ("unnamed officials", "reported", False)


@pytest.mark.parametrize(
    ("sentence", "who", "stance"),
    [
        ("Alpha has courted Beta's shipyards for years, and on Tuesday Ines Varga invited Tomas"
         " Brel to Kell.", "Ines Varga", "invited"),
        ("Ines Varga has argued for joint patrols for over a decade, and on Friday she invited"
         " Tomas Brel to Kell.", "Ines Varga", "invited"),
        ("Beta has condemned piracy in the strait since 2010; last week Tomas Brel urged Alpha"
         " to join the patrols.", "Tomas Brel", "invited"),
    ],
)  # fmt: skip
def test_an_act_after_a_stance_held_for_years_is_its_doers(
    sentence: str, who: str, stance: str
) -> None:
    r = read("Ines Varga met Tomas Brel in Kell.", sentence)
    assert (r.attribution, r.stance) == (who, stance)


@pytest.mark.parametrize(
    ("sentence", "who", "stance"),
    [
        ("A harbour pilot told us that the two ministers discussed the patrols.",
         "both ministers", "discussed"),
        ("An aide told this newsletter that Ines Varga invited Tomas Brel to Kell.",
         "Ines Varga", "invited"),
    ],
)  # fmt: skip
def test_a_partys_act_told_to_the_writers_stays_the_doers(
    sentence: str, who: str, stance: str
) -> None:
    # R6, R49: what a party did, told through the writers' own source, is the doers'; the
    # source's own words ("the channel was dredged") and a plan ("Alpha would host") stay
    # the source's (test_a_source_of_the_writers_own_is_that_source)
    r = read("Ines Varga met Tomas Brel in Kell.", sentence)
    assert (r.attribution, r.stance) == (who, stance)
