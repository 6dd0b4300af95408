"""Who speaks on a community organisation's own news page (issue 24, dev-s26): its officer
named by an apposition with a relative clause, a surname after an undotted "Mr", and the
officer's later words, with or without a verb of saying, a commentator's view as the first
(R5); a party's spokesperson, a minister and a reporter stay no commentator."""

from __future__ import annotations

import pytest
from drafting_world import ORTIZ_MATCHER, ORTIZ_PEOPLE

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.speakers import Reading, Speakers
from defcoop_cli.factbase.vocab import THE_SOURCE


def readings(*sentences: str, page: str = "") -> list[Reading]:
    sp = Speakers(ORTIZ_MATCHER, ORTIZ_PEOPLE)
    sp.read(page or " ".join(sentences))
    out = []
    for sentence in ("Ravi Menon met Lena Ortiz in the capital.", *sentences):
        r = reading(sentence, sp)
        sp.heard(r)
        out.append(r)
    return out[1:]


# An officer's words first with a verb, then a pronoun's or a surname's, then a quotation
# going on with none: each the officer's, each a view.
OFFICERS = [
    (
        "Our president, Lila Sen, a teacher who runs the society's library, welcomed the talks.",
        '"Many of our members trade with Beta," she said.',
        "Lila Sen",
    ),
    (
        "The club's secretary, Tomas Quill, said the visit was good news for the town.",
        '"Our members sail to Alpha every summer," Mr Quill said.',
        "Tomas Quill",
    ),
    (
        "The association's chairwoman, Dana Pell, praised the two ministers.",
        '"We wrote to both embassies last week," Ms Pell said.',
        "Dana Pell",
    ),
    (
        "Our founder, Arun Das, who started the club in 1998, said the visit honoured the town.",
        '"It has been a long road since 1998," Mr Das said.',
        "Arun Das",
    ),
]
# Ordinary news copy: a party's spokesperson, a minister, a reporter, a party official.
NEWS = [
    "The ministry's spokesperson, Anil Bose, said the talks were productive.",
    "Defence Secretary Mira Kent said the drill would grow next year.",
    "Our correspondent, Noor Hadi, said the talks ran late.",
    "The party's general secretary, Omar Quist, said the visit was overdue.",
]


@pytest.mark.parametrize(("first", "then", "who"), OFFICERS)
def test_an_officers_words_are_a_commentators_view_throughout(
    first: str, then: str, who: str
) -> None:
    said, later, going_on = readings(first, then, '"That trust is what we build."')
    assert [r.attribution for r in (said, later, going_on)] == [who, who, who]
    assert said.view and later.view and going_on.view


@pytest.mark.parametrize("sentence", NEWS)
def test_a_spokesperson_a_minister_and_a_reporter_are_no_commentators(sentence: str) -> None:
    officer, news, going_on = readings(OFFICERS[0][0], sentence, '"It went well."')
    assert officer.view and officer.attribution == "Lila Sen"
    assert news.attribution != THE_SOURCE and not news.view
    assert going_on.attribution == news.attribution and not going_on.view


def test_a_name_after_an_undotted_mr_is_a_name() -> None:
    new, known = readings(
        "Mr Hiroshi Tanaka said the harbour would open.", "Mr Menon said the drill went well."
    )
    assert (new.attribution, known.attribution) == ("Hiroshi Tanaka", "Ravi Menon")


# "Our" and an office in a text that names no members' body of its own, or a title's word no
# club gives ("foreign"): a nation's or a company's officer, a party, and their later words
# no commentator's (issue 24's review, draft-a finding 2).
PARTIES = [
    (
        "Our president, Droupadi Murmu, told Lena Ortiz that Alpha valued the partnership.",
        "Murmu said Alpha would welcome investment from Beta.",
        "Droupadi Murmu",
    ),
    (
        "Our foreign secretary, Vikram Misri, told reporters that the pact would be signed.",
        "Misri said the two navies would also hold more exercises.",
        "Vikram Misri",
    ),
    (
        "Our chairman, Ratan Iyer, said the company would supply sonar to the Beta navy.",
        "Iyer said the first sets would be delivered in May.",
        "Ratan Iyer",
    ),
    (
        "Our defence secretary, Anil Rao, said the drill would be held off Beta.",
        "Rao said both navies would send frigates.",
        "Anil Rao",
    ),
]


@pytest.mark.parametrize(("first", "then", "who"), PARTIES)
def test_a_nations_or_a_companys_officer_is_no_commentator(first: str, then: str, who: str) -> None:
    page = f"{first} The association's secretary, Tara Vos, said little. {then}"
    plain, named = readings(first, then), readings(first, then, page=page)
    for said, later in (plain, named) if "foreign" in first else (plain,):
        assert (said.attribution, later.attribution) == (who, who)
        assert not said.view and not later.view


def test_our_officer_in_a_clubs_news_named_elsewhere_is_a_commentator() -> None:
    page = "News from the Alpha Friendship Society. Our members met in May."
    said, later = readings(PARTIES[0][0], PARTIES[0][1], page=page)
    assert said.view and later.view
