"""Query text: the rules of lookup/search/text.py that the search tests reach only through a
ranking (question words, "who is" questions, stems); a term's related words are
test_thesaurus.py's."""

from __future__ import annotations

import pytest

from defcoop_cli.errors import UsageError
from defcoop_cli.lookup import stemming
from defcoop_cli.lookup.search import text
from defcoop_cli.lookup.search.reading.wider import lemmas, wider_words
from defcoop_cli.lookup.search.related import thesaurus
from defcoop_cli.lookup.search.text import compounds, parse_query, stem, unframed
from defcoop_cli.lookup.search.words import neighbour_pairs, pair_key, tokens


def test_question_words_are_kept_once_in_order_apart_from_the_terms() -> None:
    query = parse_query(["who said what, and who agreed where"])
    assert query.questions == ("who", "what", "where")
    assert query.terms == ("agreed",)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("what happens next for the dialogue", ("next", "dialogue")),
        ("what was the meeting meant to achieve", ("meeting", "achieve")),
        ("how has japan reacted", ("japan",)),
        ("what japan wanted", ("japan",)),
        # "the two" is "both", a function word; not "between the two", the article's words
        ("on what did the two sides agree regarding cyber", ("sides", "agree", "cyber")),
        ("drills between the two armies", ("drills", "between", "two", "armies")),
        ("two plus two talks", ("two", "plus", "two", "talks")),
        # after a gathering's noun "between" only introduces its parties (reading/phrases.py)
        ("talks between india and japan", ("talks", "india", "japan")),
        ("tell us about the meeting", ("meeting",)),  # the pronoun (places.py)
        ("does japan trust us", ("japan", "trust")),
        ("india us ties", ("india", "us", "ties")),  # the US, beside a country
        ("US", ("us",)),
    ],
)
def test_asking_verbs_in_every_form_and_prepositions_are_dropped(
    text: str, terms: tuple[str, ...]
) -> None:
    assert parse_query([text]).terms == terms


@pytest.mark.parametrize("text", ["who is nakatani", "what was malabar", "Who are the Quad"])
def test_who_is_and_what_was_ask_what_something_is(text: str) -> None:
    assert parse_query([text]).identity


@pytest.mark.parametrize("text", ["who condemned the attack", "is who nakatani", "nakatani"])
def test_other_questions_do_not(text: str) -> None:
    assert not parse_query([text]).identity


def test_the_forms_of_a_word_share_its_stem() -> None:
    assert stem("cooperation") == stem("cooperate") == "cooper"
    assert stem("exercises") == stem("exercise") != stem("exert")


def test_the_private_stemmer_stems_as_the_package_does() -> None:
    """The English stemmer is loaded from snowballstemmer's folder without its package
    (stemming._snowball_stemmer): it stems exactly as the package's own English stemmer, and
    so does `stem` (PyStemmer's, where it is installed)."""
    import snowballstemmer  # type: ignore[import-untyped]

    english, private = snowballstemmer.stemmer("english"), stemming._snowball_stemmer()
    for word in ("cooperation", "happily", "exercises", "strategic", "partnership", "ties"):
        assert stem(word) == private.stemWord(word) == english.stemWord(word)


def test_pystemmer_where_installed_stems_as_snowballstemmer() -> None:
    """PyStemmer, a dependency on CPython (stemming.english_stemmer), gives snowballstemmer's
    stems: of every word of the thesaurus and of WordNet's related words, and of words
    run together as a draft runs neighbours (each rule's suffixes among them)."""
    pystemmer = pytest.importorskip("Stemmer").Stemmer("english")
    words = {w for e in thesaurus._thesaurus().singles.values() for w, _, _ in e}
    words |= {w for found in thesaurus._related_words().values() for w in found}
    words |= {a + b for a, b in zip(sorted(words), sorted(words, reverse=True), strict=True)}
    snowball = stemming._snowball_stemmer()
    assert [pystemmer.stemWord(w) for w in words] == [snowball.stemWord(w) for w in words]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("how did the talks go", ("talks",)),  # going, went: how a person asks
        ("what happened at pahalgam", ("pahalgam",)),
        ("know how", ("knowhow",)),  # a noun of function words is one term
        ("sharing know-how", ("sharing", "knowhow")),
        ("nichi-in summit", ("nichiin", "summit")),  # Japanese's Japan-India, "in" India
        ("nichi in ties", ("nichiin", "ties")),
        ("drills like malabar", ("drills", "malabar")),  # "like" before examples
        ("help like after floods", ("help", "floods")),
    ],
)
def test_asking_words_go_and_function_word_compounds_stay(text: str, terms: tuple[str]) -> None:
    assert parse_query([text]).terms == terms


def test_hyphenated_words_are_also_run_together() -> None:
    assert compounds("technical know-how and co-development") == ["knowhow", "codevelopment"]
    assert compounds("no hyphen here") == []


def test_only_the_leading_article_framing_is_dropped() -> None:
    assert unframed(["the", "article", "says", "x"]) == ["says", "x"]
    assert unframed(["an", "article", "of", "x"]) == ["an", "article", "of", "x"]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("sea of japan", (("sea", "japan"),)),
        ("what is the law of the sea", (("law", "sea"),)),
        ("ministry of a defence", (("ministry", "defence"),)),
        ("what do they think of japan", ()),  # "think" asks; it joins nothing
        ("sea lanes of", ()),
        ("japan india", ()),
    ],
)
def test_terms_joined_by_of_are_kept_as_pairs(text: str, joined: tuple[tuple[str, str]]) -> None:
    assert parse_query([text]).joined == joined


def test_neighbour_pairs_skip_function_words_and_forget_order() -> None:
    assert neighbour_pairs(tokens("the Sea of Japan and the navy")) == ["japan|sea", "japan|navy"]
    assert pair_key("transfer", "technology") == pair_key("technology", "transfer")


def test_wordnet_neighbourhoods_are_found_from_any_form_with_how_they_are_linked() -> None:
    assert wider_words("cities") == wider_words("city")
    assert wider_words("city")["newdelhi"] == "i"  # New Delhi: an instance of a capital
    assert wider_words("quarrel")["dispute"] == "s"
    assert wider_words("train")["drills"] == "n"
    assert wider_words("qwzx") == {}


def test_a_broader_sense_is_linked_only_from_a_words_most_frequent_sense() -> None:
    assert wider_words("teamwork")["cooperation"] == "b"  # WordNet: cooperative work
    assert wider_words("confer")["discuss"] == "b"
    assert "programme" not in wider_words("budget")  # a plan: its second sense


def test_a_terms_wordnet_lemma_is_found_by_detaching_endings_not_by_its_stem() -> None:
    assert lemmas("cities") == ["cities", "city", "citie", "citi"]
    assert "settle" in lemmas("settling") and "deal" in lemmas("deals")
    # "dealings" (relations) shares the stem of "deal", not its senses
    assert "relations" not in wider_words("deals") and "handle" in wider_words("deals")


@pytest.mark.parametrize(
    ("query", "asks"),
    [
        ("what was not agreed at the talks", True),
        ("what wasn't discussed", True),
        ("which issues did the ministers fail to agree on", True),
        ("what did japan never commit to", True),
        ("what did india and japan discuss", False),
        ("wasn't nakatani the defence minister", False),  # a yes-no: asks its positive
        ("spiritual awakening brings peace not weapons", False),  # no question
        ("how do they settle disputes without force", False),  # "without" negates no act
    ],
)
def test_a_question_of_what_was_not_done_is_read_by_its_negated_verb(
    query: str, asks: bool
) -> None:
    from defcoop_cli.lookup.search.reading.absence import asks_what_was_not

    assert asks_what_was_not(query) is asks


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("communication at the time of a crisis", ("communication", "crisis")),
        ("for its part what did the delegation do", ("delegation",)),
        ("in terms of technology", ("technology",)),
        ("army as well as navy", ("army", "navy")),
        ("on the sidelines of the meeting", ("meeting",)),
        ("as far as space is concerned", ("space",)),
        ("in addition to drills", ("drills",)),
        ("what did japan make of the attack", ("japan", "attack")),
        ("what commitments came out of the meeting", ("commitments", "meeting")),
        ("how did the ministers get along", ("ministers",)),
        ("in addition to drills what else was discussed", ("drills", "discussed")),
        ("resilience as part of the ties", ("resilience", "ties")),
        ("how well do the forces work together", ("forces", "work", "together")),
        ("where was the meeting between singh and nakatani", ("meeting", "singh", "nakatani")),
        ("exercise between the armies", ("exercise", "between", "armies")),
        # the same words that are no function phrase stay terms
        ("part of the regular dialogue", ("part", "regular", "dialogue")),
        ("timely communication", ("timely", "communication")),
        ("make in india", ("make", "india")),
        ("peace and order", ("peace", "order")),
    ],
)
def test_function_phrases_are_dropped_as_function_words_are(
    text: str, terms: tuple[str, ...]
) -> None:
    assert parse_query([text]).terms == terms


def test_a_dropped_of_joins_nothing_and_at_the_time_asks_what_held_then() -> None:
    query = parse_query(["nakatani's office at the time of the meeting"])
    assert query.joined == ()  # not office|meeting: the phrase's "of" is its own
    assert query.then
    assert parse_query(["nakatani's office back then"]).then
    assert not parse_query(["timely communication at the meeting"]).then
    assert parse_query(["which office did nakatani hold when he met singh"]).then
    assert not parse_query(["what happened when they met"]).then  # events, not a state
    assert not parse_query(["when did they meet"]).then
    with pytest.raises(UsageError):  # a phrase alone asks about nothing
        parse_query(["as well as in terms of"])


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # a written question's frame: the Government asked, the steps taken, whether
        (
            "whether the Government has discussed joint production with Japan",
            ("discussed", "joint", "production", "japan"),
        ),
        ("the steps taken by the Government to reduce imports", ("reduce", "imports")),
        ("measures being taken to boost exports", ("boost", "exports")),
        ("if so, the details thereof", None),
        # governments named, and steps not taken, stay terms; a country's government is
        # the country (s28-search13: "what position nakatani hold in japan government")
        ("the governments of india and japan", ("governments", "india", "japan")),
        ("japanese government condemned the attack", ("japanese", "condemned", "attack")),
        ("next steps for the dialogue", ("next", "steps", "dialogue")),
        # the government alone is what is asked about
        ("how did the government respond", ("government",)),
    ],
)
def test_a_written_questions_frame_is_read_as_asking_words(
    text: str, terms: tuple[str, ...] | None
) -> None:
    if terms is None:
        with pytest.raises(UsageError):
            parse_query([text])
    else:
        assert parse_query([text]).terms == terms


def test_a_file_names_underscores_part_its_words() -> None:
    """A slug or file name typed as the query ("meeting_outcomes"): no word of the fact
    base holds "_", so it parts words as a space does; one of only underscores is empty."""
    slug = text.parse_query(["rajnath_nakatani_meeting_outcomes"])
    assert slug.terms == text.parse_query(["rajnath nakatani meeting outcomes"]).terms
    with pytest.raises(UsageError):
        text.parse_query(["___"])


@pytest.mark.parametrize(
    ("requested", "subject"),
    [
        # an application for records heads what it asks with the document it wants
        ("copy of japan's statement on unclos", "japan's statement on unclos"),
        (
            "kindly furnish certified copies of the minutes of the talks on malabar",
            "the talks on malabar",
        ),
        ("transcript of the press briefing on supply chains", "press briefing on supply chains"),
        ("file notings on the joint exercise", "the joint exercise"),
    ],
)
def test_an_applications_document_is_no_word_to_look_for(requested: str, subject: str) -> None:
    assert parse_query([requested]).terms == parse_query([subject]).terms


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the press copy of the statement", "copy"),  # a document named after its own word
        ("meeting records of both ministries", "records"),
        ("copy editor", "copy"),  # no "of": what is asked
    ],
)
def test_a_document_not_heading_the_query_stays(text: str, kept: str) -> None:
    assert kept in parse_query([text]).terms


@pytest.mark.parametrize(
    "aimed",
    [
        "is the alliance aimed at china",
        "are the drills directed against beijing",
        "is the pact targeted at the chinese",
    ],
)
def test_a_step_aimed_at_a_state_is_read_as_countering_it(aimed: str) -> None:
    terms = parse_query([aimed]).terms
    assert "countering" in terms and not {"aimed", "directed", "targeted"} & set(terms)


@pytest.mark.parametrize(
    "purpose",
    [
        "talks aimed at closer ties",
        "a visit aimed at reviewing",
        "what was it aimed at",
        "steps aimed at indian self-reliance",  # a state's own, not the state
    ],
)
def test_what_a_step_is_aimed_at_that_is_no_state_is_its_purpose(purpose: str) -> None:
    assert "aimed" in parse_query([purpose]).terms


@pytest.mark.parametrize(
    ("led", "met"),
    [
        ("who led the japanese side at the talks with singh", "who met japanese at the talks"),
        ("who headed the indian delegation to tokyo", "who met indian to tokyo"),
        ("which officer was leading the army team", "which officer was met army"),
    ],
)
def test_who_led_a_side_asks_who_met_the_other_side(led: str, met: str) -> None:
    assert parse_query([led]).terms == parse_query([met]).terms


@pytest.mark.parametrize("text", ["who led the talks", "the party led by nakatani"])
def test_leading_without_a_side_asked_stays(text: str) -> None:
    assert "led" in parse_query([text]).terms


def test_an_announcement_said_of_a_subject_is_no_word_to_look_for() -> None:
    # s47-search53: as "said" is not; a day after "on" is when, and after a gathering
    # the announcement is what was agreed (formal.said_of)
    assert parse_query(["what was announced about the quad"]).terms == ("quad",)
    assert parse_query(["press announcements on space cooperation"]).terms == (
        "space",
        "cooperation",
    )
    assert parse_query(["what did tokyo announce following the floods"]).terms == (
        "tokyo",
        "floods",
    )
    assert "announced" in parse_query(["announced on monday"]).terms
    assert parse_query(["what was announced"]).terms == ("agree",)


def test_an_american_spelling_is_respelt_with_a_number_beside_it_or_none() -> None:
    assert tokens("defense talks") == ["defence", "talks"]
    assert tokens("defense talks of twenty two") == ["defence", "talks", "of", "22"]
    assert tokens("organization of the fifth of may") == [
        "organisation",
        "of",
        "the",
        "5",
        "of",
        "may",
    ]


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("the envoys held talks on shipping", ("envoys", "talks", "shipping")),
        ("navies holding bilateral consultations", ("navies", "bilateral", "consultations")),
        ("who will hold a summit with tokyo", ("summit", "tokyo")),
        # near: "held" after its gathering, or before another object, stays a word
        ("when was the summit held", ("summit", "held")),
        ("tokyo holds the key", ("tokyo", "holds", "key")),
    ],
)
def test_hold_before_a_gathering_is_no_term(typed: str, terms: tuple[str, ...]) -> None:
    """Held talks: the talks took place, as "met" says; no fact says "held" of them."""
    assert text.parse_query([typed]).terms == terms


@pytest.mark.parametrize(
    "typed",
    [
        "Ms Tanaka previously served as foreign minister?",
        "the admiral earlier served as navy chief",
        "she once was ambassador to Seoul",
    ],
)
def test_a_word_of_earlier_time_before_serving_asks_the_former_office(typed: str) -> None:
    terms = parse_query([typed]).terms
    assert "former" in terms and not {"previously", "earlier", "once"} & set(terms)


@pytest.mark.parametrize(
    "typed", ["their earlier meeting in Hanoi", "talks held earlier in the week", "met once"]
)
def test_earlier_time_not_before_serving_stays(typed: str) -> None:
    assert "former" not in parse_query([typed]).terms
