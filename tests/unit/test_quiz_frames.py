"""A quiz's, an exam's and a signal's frame around a question (lookup/search/reading/
phrases.py: without_quiz_frame, without_blanks, the exam's function phrases): read as how
the question is put, not what it asks about."""

from defcoop_cli.lookup.search.text import parse_query


def terms(query: str) -> tuple[str, ...]:
    return parse_query([query]).terms


def test_a_label_naming_the_kind_of_question_is_no_term() -> None:
    assert terms("trivia app: which naval drill includes Australia") == (
        "naval",
        "drill",
        "includes",
        "australia",
    )
    assert terms("quick quiz: is Gen a rank for Nakatani") == ("gen", "rank", "nakatani")
    assert terms("7 down: city where the defence chiefs met") == (
        "city",
        "defence",
        "chiefs",
        "met",
    )
    assert terms("Fill in the blank: Japan condemned the attack") == (
        "japan",
        "condemned",
        "attack",
    )
    assert "info" not in terms("INFO: south china sea concern")


def test_a_label_naming_an_offices_paper_is_no_term() -> None:
    assert terms("record of discussion: Pahalgam") == ("pahalgam",)
    assert terms("desk note: Japan's reply on Pahalgam") == ("japan", "reply", "pahalgam")
    assert terms("MoD brief: supply chains") == ("supply", "chains")
    assert terms("talking points: Malabar") == ("malabar",)


def test_a_label_naming_a_service_papers_paragraph_is_no_term() -> None:
    assert terms("aim para: supply chains") == ("supply", "chains")
    assert terms("intro para: Malabar drills") == ("malabar", "drills")
    assert terms("service paper: Pahalgam briefing") == ("pahalgam", "briefing")


def test_a_paragraphs_job_alone_is_asked_about() -> None:
    """A job named with no paragraph after it ("aim:") asks for the meeting's aim."""
    assert "aim" in terms("aim: what the meeting was for")
    assert "purpose" in terms("purpose: the Delhi talks")


def test_a_label_naming_a_subject_stays() -> None:
    assert terms("discussion of Pahalgam: record") == ("discussion", "pahalgam", "record")
    assert terms("Pahalgam: who briefed whom") == ("pahalgam", "briefed")
    assert terms("UNCLOS: what did they say") == ("unclos",)
    # a name of numbers summed is a name, not a label's number ("7 down:" is one)
    assert terms("2+2: who takes part") == ("2+2", "takepart")


def test_a_crosswords_letter_count_is_no_term() -> None:
    assert terms("Kashmir town of the terror attack (8)") == ("kashmir", "town", "terror", "attack")
    assert terms("city where the ministers met (3,5)") == ("city", "ministers", "met")
    assert "2+2" in terms("the (2+2) dialogue")  # no letter count


def test_an_exams_stem_words_are_function_phrases() -> None:
    assert terms("UNCLOS, recently in the news, relates to which of the following?") == ("unclos",)
    assert terms("Select the correct answer: what did Japan condemn") == ("japan", "condemn")
    stem = (
        "Consider the following statements about Malabar: 1. It is a naval exercise. "
        "2. Australia takes part in it. Which of the statements given above is/are correct?"
    )
    assert terms(stem) == ("malabar", "naval", "exercise", "australia", "takepart")
    assert terms("with reference to the South China Sea") == ("south", "china", "sea")


def test_a_stems_options_are_no_terms_unless_the_stem_asks_about_nothing() -> None:
    asked = "UNCLOS relates to which of the following? (a) law of the sea (b) nuclear arms"
    assert terms(asked) == ("unclos",)
    bare = "Which of the following is true? (a) Malabar (b) Dharma Guardian"
    assert {"malabar", "dharma", "guardian"} <= set(terms(bare))
    assert terms("Japan (a key partner) and India") == ("japan", "key", "partner", "india")


def test_a_blank_to_fill_in_is_no_word_and_its_hyphen_no_exclusion() -> None:
    query = parse_query(["Free, Open, Inclusive and ____-Based Indo-Pacific"])
    assert query.excluded == () and "based" in query.terms
    assert parse_query(["the talks were friendly and ______"]).terms == ("talks", "friendly")
    assert parse_query(["meeting_outcomes"]).text == "meeting outcomes"  # a slug's underscore


def test_a_question_label_ending_in_a_stop_or_a_bracket_is_no_term() -> None:
    """A quiz's "Q." or "Q4)" before its question (reading/written/notes.py: past_notes)."""
    assert terms("Q. which drill includes Australia") == ("drill", "includes", "australia")
    assert terms("Q4) which drill includes Australia") == ("drill", "includes", "australia")
    assert terms("Question 12. who met Alpha") == ("met", "alpha")


def test_a_q_that_labels_no_question_stays() -> None:
    assert terms("Q fever outbreak") == ("q", "fever", "outbreak")  # no stop after it
    assert "quad" in terms("quad. which drill")  # a word, no label


def test_a_given_name_asked_by_another_of_its_names_is_a_given_name() -> None:
    """The notes say "given name"; a quiz asks the "first name" or "forename"."""
    assert terms("beta first name") == ("beta", "given", "name")
    assert terms("beta's forename") == ("beta", "given", "name")
    assert terms("first names of the delegates") == ("given", "names", "delegates")


def test_first_apart_from_name_stays_first() -> None:
    assert terms("the first meeting of the names") == ("first", "meeting", "names")
