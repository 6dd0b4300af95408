"""The builtin finder's state, without a screen: rows for the typed text, a highlight that
stays on the list, previews drawn once per width; and fzf's lines, one fact each, made safe."""

from __future__ import annotations

from defcoop_cli.cli.picker import _Finder, line

ROWS = {"ab": [("a", "Alpha one"), ("b", "Beta two")], "": []}


def finder(drawn: list[tuple[str, int]]) -> _Finder:
    def preview(fact_id: str, width: int) -> str:
        drawn.append((fact_id, width))
        return f"{fact_id} at {width}"

    return _Finder(lambda typed: ROWS[typed], preview)


def test_the_highlight_stays_on_the_list_and_a_new_query_starts_at_the_top() -> None:
    f = finder([])
    f.search("ab")
    f.move(5)
    assert f.chosen() == "b"
    f.move(-9)
    assert f.chosen() == "a"
    f.move(1)
    f.search("ab")
    assert f.chosen() == "a"
    f.search("")
    f.move(1)
    assert f.chosen() == ""


def test_the_list_marks_the_highlighted_row_and_says_when_nothing_matched() -> None:
    f = finder([])
    f.search("ab")
    f.move(1)
    assert ("reverse", "> Beta two") in f.list_text(40)
    assert ("", "  Alpha one") in f.list_text(40)
    assert ("", "  Alpha o") in f.list_text(10)  # cut to one less than the width
    f.search("")
    assert f.list_text(40) == [("class:dim", "  no match")]


def test_a_preview_is_drawn_once_per_fact_and_width() -> None:
    drawn: list[tuple[str, int]] = []
    f = finder(drawn)
    f.search("ab")
    assert f.preview_text(50) == "a at 50"
    f.preview_text(50)
    f.preview_text(60)
    assert drawn == [("a", 50), ("a", 60)]
    assert f.preview_text(5) == ""  # too narrow to draw anything useful


def test_an_fzf_line_is_the_id_a_tab_and_the_statement_on_one_safe_line() -> None:
    assert line(("x-1", "Two\nlines\tand \x1b[31mred")) == "x-1\tTwo lines and \\x1b[31mred\n"


def test_the_preview_scrolls_within_the_fact_and_back_to_its_top_on_a_move() -> None:
    f = _Finder(lambda typed: ROWS[typed], lambda fact_id, width: "one\ntwo\nthree")
    f.search("ab")
    f.scroll(1)
    assert f.preview_text(40) == "two\nthree"
    f.scroll(9)
    assert f.preview_text(40) == "three"  # never past the last line
    f.move(1)
    assert f.preview_text(40) == "one\ntwo\nthree"
