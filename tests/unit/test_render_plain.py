"""Listings into a pipe without rich: the same bytes rich draws, at every width, or rich."""

from __future__ import annotations

import pytest
from conftest import MINI, call
from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli.output import render_plain

CASES = [
    ["search", "malabar"],
    ["search", "exercise", "--explain"],
    ["search", "joint", "militray", "exercize", "-n", "40"],
    ["search", "india", "-n", "3"],
    ["search", "future", "of", "the", "relationship", "--explain"],
    ["search", "militray", "exercise"],  # curator notes under the results
    ["search", "is", "general", "a", "military", "rank", "for", "nakatani"],  # notes above
    ["search", "when", "did", "they", "meet", "--explain"],  # dated notes first, explained
    ["search", "warship"],  # found by related words, said under the result
    ["search", "drones", "--explain"],
    ["facts", "--include-editorial"],
    ["facts", "--limit", "4"],
    ["entities"],
    ["entities", "--type", "person"],
    ["topics"],
]
WIDTHS = ["61", "80", "200"]


def both(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str) -> str:
    """The plain drawing and rich's; asserts they are the same and returns it."""
    plain = call(capsys, *argv)
    with monkeypatch.context() as m:
        m.setattr(render_plain, "lines", lambda result, width, color: None)
        drawn = call(capsys, *argv)
    assert plain == drawn
    return plain[1]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("argv", CASES, ids=" ".join)
def test_the_shipped_base_draws_as_rich_draws_it(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    real_factbase: object,
    argv: list[str],
    width: str,
) -> None:
    monkeypatch.setenv("COLUMNS", width)
    both(capsys, monkeypatch, *argv)


@pytest.mark.parametrize("width", ["60", "80"])
@pytest.mark.parametrize(
    "argv",
    [["facts"], ["entities"], ["topics"], ["search", "alpha"], ["search", "beta", "--explain"]],
)
def test_the_fixtures_draw_as_rich_draws_them(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    two_layers: None,
    argv: list[str],
    width: str,
) -> None:
    monkeypatch.setenv("COLUMNS", width)
    both(capsys, monkeypatch, *argv)


def test_a_listing_into_a_pipe_is_drawn_plainly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not by falling back to rich: `lines` is what drew it."""
    drawn: list[str] = []
    lines = render_plain.lines

    def recorded(result: object, width: int, color: str) -> object:
        drawn.extend(lines(result, width, color) or ())
        return iter(drawn)

    monkeypatch.setattr(render_plain, "lines", recorded)
    code, out, _ = call(capsys, "facts")
    assert code == 0 and out == "".join(f"{line}\n" for line in drawn) and drawn


@pytest.mark.parametrize(
    "argv",
    [
        ["militray", "exercise"],
        ["when", "did", "they", "meet", "--explain"],
        ["warship"],
    ],
)
def test_search_notes_and_related_words_are_drawn_plainly(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    real_factbase: object,
    argv: list[str],
) -> None:
    """Curator notes under the results, and a result found by related words: drawn
    without rich, which a run into a pipe then never imports."""
    from defcoop_cli.output import render_rich

    monkeypatch.setattr(render_rich, "render", None)  # drawing with rich would fail
    code, out, _ = call(capsys, "search", *argv)
    assert code == 0 and ("Curator notes" in out or "related words: " in out)


@pytest.mark.parametrize(
    ("env", "color", "width"),
    [
        ({}, "auto", 80),
        ({"COLUMNS": "120"}, "auto", 120),
        ({"COLUMNS": "120"}, "never", 120),
        ({}, "always", None),
        ({"FORCE_COLOR": "1"}, "auto", None),
        ({"FORCE_COLOR": ""}, "auto", 80),
        ({"TTY_COMPATIBLE": "1"}, "auto", None),
        ({"TTY_COMPATIBLE": "0", "FORCE_COLOR": "1"}, "auto", 80),
    ],
)
def test_the_width_is_richs_and_a_terminal_gets_rich(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], color: str, width: int | None
) -> None:
    for name in ("TTY_COMPATIBLE", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert render_plain.pipe_width(color) == width


def test_below_the_narrow_width_rich_stacks_the_rows(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "59")
    assert render_plain.lines(object(), 59) is None
    both(capsys, monkeypatch, "facts")


def test_every_one_column_character_is_one_column_to_rich() -> None:
    from rich.cells import cell_len

    assert {cell_len(c) for c in render_plain.ONE_COLUMN} == {1}


def test_other_characters_are_left_to_rich() -> None:
    for text in ("東京", "e\u0301", "a\u00a0b", "a\u200bb"):
        with pytest.raises(render_plain.NotPlain):
            render_plain.wrap(text, 10)


WORDS = st.text(alphabet="ab-’“”é. ", min_size=0, max_size=120)


@given(text=WORDS, width=st.integers(min_value=1, max_value=30))
def test_wrapping_is_richs(text: str, width: int) -> None:
    """Words that fit, words that do not (cut), runs of spaces, blanks first and last."""
    from rich.console import Console
    from rich.text import Text

    console = Console(width=width, color_system=None, force_terminal=False, highlight=False)
    with console.capture() as captured:
        console.print(Text(text))
    expected = [line.rstrip(" ") for line in captured.get().split("\n")[:-1]]
    assert render_plain.wrap(text, width) == expected


@pytest.mark.parametrize("width", [60, 80, 97, 133])
def test_a_row_rich_must_draw_is_drawn_alone_as_in_the_whole_table(width: int) -> None:
    """A fact with text that may not be one column a character (CJK, an accent that
    combines, a zero-width space, a long id) is drawn by rich on its own; the listing is
    the one rich draws whole, byte for byte, so a long listing need not wait for rich."""
    from defcoop_cli.factbase.loader import load
    from defcoop_cli.lookup.claims import Standings
    from defcoop_cli.lookup.results import FactList
    from defcoop_cli.output import render_rich

    fb = load(MINI)
    facts = list(fb.doc.facts)
    facts[1] = facts[1]._replace(statement="東京で会談した。" * 9 + " then plain words follow")
    facts[3] = facts[3]._replace(attribution="Jose\u0301 e\u0301 \u200b", id="x" * (width + 5))
    standings = Standings(fb.doc.sources, fb.doc.curator_notes, lambda claim: [])
    result = FactList(facts, len(facts) + 2, 0, standings.all(facts))
    for at in (1, 3):
        with pytest.raises(render_plain.NotPlain):
            render_plain._fact_cell(facts[at], result.standings[at], width)
    drawn = render_plain.lines(result, width, "never")
    assert drawn is not None
    assert "".join(f"{line}\n" for line in drawn) == render_rich.render(result, "never", width)


def _report(message: str, sources: int) -> object:
    from pathlib import Path

    from defcoop_cli.factbase.checking.results import Covered, Problem, Report

    problems = [
        Problem("quote-mismatch", "$.facts[3].quote", message, "a-fact"),
        Problem("unknown-topic", "$.facts[4].topics[0]", f"[bold]{message}[/] :warning:  "),
    ]
    coverage = [Covered(f"source-{n}", 0.5 + n / 20, 0.25 + n / 10) for n in range(sources)]
    counts = {"facts": 5, "topics": 1, "events": 0}
    return Report(Path("東京/facts.json"), problems, counts, coverage)


@pytest.mark.parametrize("width", [30, 80])
@pytest.mark.parametrize("sources", [1, 4])
@pytest.mark.parametrize(
    "message", ["a quote of 東京 that runs on " * 6, "tabs\tand\nnew lines\x1b[31m, é\u200b "]
)
def test_validates_report_draws_as_rich_draws_it(message: str, sources: int, width: int) -> None:
    """One unwrapped line a problem, whatever its characters and the width, and the
    summary: the same bytes as rich_curation.report into a pipe."""
    from defcoop_cli.output import render_rich

    report = _report(message, sources)
    plain = "".join(f"{line}\n" for line in render_plain.lines(report, width) or ["none"])
    assert plain == render_rich.render(report, "auto", width)


@pytest.mark.parametrize("width", [60, 80, 133])
def test_an_entity_rich_must_draw_is_drawn_alone_as_in_the_whole_table(width: int) -> None:
    """An entity whose name or alias may not be one column a character is drawn by rich
    alone, its id column as wide as the whole listing's: the bytes rich draws whole."""
    from defcoop_cli.factbase.loader import load
    from defcoop_cli.lookup.results import EntityList, EntityRow
    from defcoop_cli.output import render_rich

    entities = list(load(MINI).doc.entities)
    entities[1] = entities[1]._replace(name="東京 Defence Ministry " * 4)
    entities[2] = entities[2]._replace(aliases=("Jose\u0301", "a\u200bb"))
    rows = [EntityRow(e, n) for n, e in enumerate(entities)]
    result = EntityList(rows, max(len(e.id) for e in entities))
    drawn = render_plain.lines(result, width, "never")
    assert drawn is not None
    assert "".join(f"{line}\n" for line in drawn) == render_rich.render(result, "never", width)


@pytest.mark.parametrize("width", [60, 80, 133])
def test_topics_draw_as_rich_draws_them_or_are_left_to_rich(width: int) -> None:
    """Ids and counts wider than their headers, aliases, a title that wraps; a title rich
    may measure otherwise, or an id that leaves the title no room, leaves the whole table
    to rich (NotPlain, which emit catches)."""
    from defcoop_cli.factbase.loader import load
    from defcoop_cli.lookup.results import TopicList, TopicRow
    from defcoop_cli.output import render_rich

    topics = list(load(MINI).doc.topics)
    topics[0] = topics[0]._replace(id="a-topic-with-a-long-id", aliases=("one", "two, three"))
    topics[1] = topics[1]._replace(title="A title that runs on " * 5, aliases=())
    rows = [TopicRow(t, 10**n) for n, t in enumerate(topics)]
    result = TopicList(tuple(rows))
    drawn = render_plain.lines(result, width, "never")
    assert drawn is not None
    assert "".join(f"{line}\n" for line in drawn) == render_rich.render(result, "never", width)
    for other in (
        topics[1]._replace(title="東京 talks"),
        topics[1]._replace(id="x" * (width - 12)),
    ):
        unsure = TopicList((rows[0], TopicRow(other, 3)))
        with pytest.raises(render_plain.NotPlain):
            list(render_plain.lines(unsure, width, "never") or ())


@pytest.mark.parametrize("width", [60, 133])
def test_a_word_longer_than_its_column_is_left_to_rich(width: int) -> None:
    """In a table's cell rich cuts such a word short with an ellipsis (outside a table it
    folds it): the row, or for topics the table, is drawn by rich, the same bytes."""
    from defcoop_cli.factbase.loader import load
    from defcoop_cli.lookup.claims import Standings
    from defcoop_cli.lookup.results import EntityList, EntityRow, FactList, TopicList, TopicRow
    from defcoop_cli.output import render_rich

    fb, word = load(MINI), "a" * (width + 1)
    entities = list(fb.doc.entities)
    entities[0] = entities[0]._replace(name=word)
    facts = list(fb.doc.facts)
    facts[1] = facts[1]._replace(statement=f"x {word} y")
    standings = Standings(fb.doc.sources, fb.doc.curator_notes, lambda claim: [])
    for result in (
        EntityList([EntityRow(e, 1) for e in entities], max(len(e.id) for e in entities)),
        FactList(facts, len(facts), 0, standings.all(facts)),
    ):
        drawn = render_plain.lines(result, width, "never")
        assert drawn is not None
        rich = render_rich.render(result, "never", width)
        assert "".join(f"{line}\n" for line in drawn) == rich and "…" in rich
    topics = [t._replace(description=word) for t in fb.doc.topics]
    with pytest.raises(render_plain.NotPlain):
        list(render_plain.lines(TopicList(tuple(TopicRow(t, 2) for t in topics)), width) or ())
