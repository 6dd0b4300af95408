"""Control characters in the data never reach the terminal; JSON keeps them exact.

A fact base whose every human-readable text, and whose source text, carries ESC sequences,
OSC 52 (clipboard write), BEL, CR and backspace is run through every command. Human output
and stderr show those characters as escapes (\\x1b); JSON carries them exactly.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI

from defcoop_cli.cli.app import run

EVIL = "\x1b[31m\x1b]52;c;aGk=\x07\r\x08\x9b"
# Our own styling, when colour is forced, is SGR only; anything else is a leak.
SGR = re.compile(r"\x1b\[[0-9;]*m")
UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
CITY, EVIL_CITY = "Gamma City", f"Gamma{EVIL} City"


def _moved(old_text: str, offset: int) -> int:
    return len(old_text[:offset].replace(CITY, EVIL_CITY))


def _text_fields(doc: dict[str, Any]) -> None:
    """Put EVIL into every text a person reads that is not a quote of the source."""
    source = doc["sources"][0]
    source["title"] += EVIL
    source["date_note"] += EVIL
    for topic in doc["topics"]:
        topic["title"] += EVIL
        topic["description"] += EVIL
    for entity in doc["entities"]:
        entity["name"] += EVIL
        entity["aliases"] = [a + EVIL for a in entity["aliases"]]
        for role in entity["roles"]:
            role["text"] += EVIL
    for fact in doc["facts"]:
        fact["statement"] += EVIL
        fact["keywords"] = [k + EVIL for k in fact["keywords"]]
    for note in doc["curator_notes"]:
        note["text"] += EVIL


def write_evil_factbase(folder: Path) -> Path:
    """The mini fact base with EVIL in every text a person reads, and in its source."""
    doc = json.loads(MINI.read_text(encoding="utf-8"))
    old_text = (MINI.parent / "sources" / "mini.txt").read_text(encoding="utf-8")
    new_text = old_text.replace(CITY, EVIL_CITY)
    source = doc["sources"][0]
    for item in [*doc["facts"], *source["furniture"], *source["editorial"]]:
        start, end = item["span"]
        item["span"] = [_moved(old_text, start), _moved(old_text, end)]
        key = "quote" if "quote" in item else "text"
        item[key] = new_text[item["span"][0] : item["span"][1]]
    source["sha256"] = hashlib.sha256(new_text.encode("utf-8")).hexdigest()
    _text_fields(doc)
    (folder / "sources").mkdir()
    (folder / "sources" / "mini.txt").write_text(new_text, encoding="utf-8")
    path = folder / "facts.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def evil_factbase(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_evil_factbase(tmp_path_factory.mktemp("evil"))


@pytest.fixture
def evil(evil_factbase: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DEFCOOP_FACTS", str(evil_factbase))
    monkeypatch.setenv("FORCE_COLOR", "1")  # styled output must still carry no data controls
    return evil_factbase


def assert_safe(output: str) -> None:
    leaked = UNSAFE.findall(SGR.sub("", output))
    assert not leaked, f"control characters reached the terminal: {leaked!r}"


def call(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_evil_fact_base_is_valid(evil: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = call(capsys, "validate", "--json")
    assert code == 0, out


HUMAN = [
    ["search", "delta", "--explain"],
    ["search", "gamma", "--include-editorial"],
    ["topics"],
    ["topics", "drills"],
    ["entities"],
    ["entities", "beta"],
    ["entities", "delta"],
    ["brief"],
    ["brief", "--format", "markdown"],
    ["summary", "--topic", "worries"],
    ["validate"],
]


@pytest.mark.parametrize("argv", HUMAN, ids=" ".join)
def test_every_command_shows_controls_as_escapes(
    evil: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = call(capsys, *argv)
    assert code == 0, err
    assert_safe(out)
    assert_safe(err)
    assert "\\x1b" in out or argv == ["validate"]  # validate's summary quotes no data


def test_show_every_fact_with_its_source_context(
    evil: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = [f["id"] for f in json.loads(evil.read_text(encoding="utf-8"))["facts"]]
    for fact_id in ids:
        code, out, err = call(capsys, "show", fact_id, "--context", "3")
        assert code == 0, err
        assert_safe(out)
        assert "Gamma\\x1b[31m\\x1b]52;c;aGk=\\x07\\x0d\\x08\\x9b City" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "gammaaaa"],  # did you mean, quoting the fact base's words
        ["topics", "drils and exercisess"],
        ["show", "talks-hel\x1b]52;c;aGk=\x07"],  # the user's own input, quoted back
        ["search", "delta", "--topic", "\x1b[2Jworries"],
        ["--facts", "/nowhere/\x1b]0;title\x07/facts.json", "topics"],
    ],
    ids=["did-you-mean", "unknown-topic", "unknown-id", "bad-option", "bad-path"],
)
def test_error_messages_quote_data_safely(
    evil: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = call(capsys, *argv)
    assert code in (1, 2)
    assert err.startswith("defcoop: ") and err.count("\n") == 1, err
    assert_safe(err)
    assert_safe(out)


def test_validate_problems_quote_data_safely(
    evil_factbase: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(evil_factbase.read_text(encoding="utf-8"))
    for fact in doc["facts"]:
        fact["span"] = [0, 1]  # every sentence uncovered: coverage problems quote the source
    broken = tmp_path / "facts.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    (tmp_path / "sources").mkdir()
    evil_source = evil_factbase.parent / "sources" / "mini.txt"
    (tmp_path / "sources" / "mini.txt").write_bytes(evil_source.read_bytes())
    code, out, _ = call(capsys, "validate", str(broken))
    assert code == 1
    assert "Gamma\\x1b[31m" in out
    assert_safe(out)


@pytest.mark.parametrize(
    "argv",
    [["search", "delta", "--json"], ["show", "drill-expanded", "--json"], ["brief", "--json"]],
    ids=" ".join,
)
def test_json_keeps_the_data_exact(
    evil: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, _ = call(capsys, *argv)
    assert code == 0
    assert not UNSAFE.search(out.replace("\n", ""))  # all \\u escapes
    assert any(text.endswith(EVIL) for text in strings(json.loads(out)))


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for item in value for s in strings(item)] if isinstance(value, list) else []


class TestDataIsShownNeverObeyed:
    """The mini fact base's own markup-concern fact: rich markup, an emoji code and an ESC
    sequence, shown as text, never obeyed."""

    @pytest.mark.parametrize(
        "argv",
        [
            ["search", "markup"],
            ["show", "markup-concern"],
            ["topics", "worries"],
            ["entities", "beta"],
            ["brief"],
            ["brief", "--format", "markdown"],
        ],
        ids=" ".join,
    )
    def test_markup_and_escapes_in_facts_are_literal(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str]
    ) -> None:
        monkeypatch.setenv("FORCE_COLOR", "1")
        monkeypatch.setenv("TERM", "xterm-256color")
        code, out, err = call(capsys, *argv)
        assert code == 0, err
        shown = SGR.sub("", out)
        assert "\x1b" not in shown, "a control character from the data reached the terminal"
        assert "[bold]markup[/]" in shown or r"\[bold\]markup\[/\]" in shown
        if argv[0] != "brief":
            assert ":warning:" in shown and "\\x1b[31m" in shown

    def test_json_keeps_the_data_exact(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = call(capsys, "show", "markup-concern", "--json")
        assert code == 0
        statement = json.loads(out)["fact"]["statement"]
        assert "[bold]markup[/]" in statement and ":warning:" in statement
        assert "\x1b[31m" in statement
        assert "\\u001b" in out and "\x1b" not in out

    def test_an_error_quoting_the_users_input_neutralises_it(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = call(capsys, "show", "evil\x1b]52;c;aGk=\x07id")
        assert (code, out) == (1, "") and err.startswith("defcoop: ") and err.count("\n") == 1
        assert "\x1b" not in err and "\x07" not in err
        assert "evil\\x1b]52;c;aGk=\\x07id" in err


INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# Shown as nothing too, or reordering what is: the tags (an invisible copy of ASCII), an
# invisible operator, the Mongolian vowel separator, an annotation mark, the Arabic letter mark.
HIDDEN = "\U000e0041\u2062\u180e\ufff9\u061c"


@pytest.fixture(scope="module")
def invisible_factbase(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini fact base with zero-width characters and BOMs in its names, titles and
    statements, and the rest of what hides text in its topics' descriptions (its source is
    left as it is: the quotes stay exact)."""
    folder = tmp_path_factory.mktemp("invisible")
    shutil.copytree(MINI.parent / "sources", folder / "sources")
    doc = json.loads(MINI.read_text(encoding="utf-8"))
    for entity in doc["entities"]:
        entity["name"] = entity["name"][:2] + "\u200b" + entity["name"][2:] + "\ufeff"
    for fact in doc["facts"]:
        fact["statement"] = "\u2060" + fact["statement"].replace(" ", " \u200d", 1) + "\u200c"
    for topic in doc["topics"]:
        topic["title"] = "\ufeff" + topic["title"]
        topic["description"] += HIDDEN
    (folder / "facts.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder / "facts.json"


class TestInvisibleCharactersAreShown:
    """Zero-width characters and BOMs in data are shown as escapes (\\u200b) in human
    output, so a box's borders and a table's columns hold on any terminal; JSON writes
    them as \\u escapes too, the same data once parsed."""

    @pytest.fixture(autouse=True)
    def _base(self, invisible_factbase: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("DEFCOOP_FACTS", str(invisible_factbase))
        monkeypatch.setenv("COLUMNS", "80")

    @pytest.mark.parametrize(
        "argv",
        [
            ["show", "talks-held"],
            ["entities"],
            ["topics"],
            ["search", "delta"],
            ["brief"],
            ["brief", "--format", "markdown"],
        ],
        ids=" ".join,
    )
    def test_shown_as_escapes(self, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
        code, out, err = call(capsys, *argv)
        assert code == 0, err
        assert not any(ch in out for ch in INVISIBLE + HIDDEN)
        assert "\\u200b" in out or "\\u2060" in out or "\\ufeff" in out

    def test_a_box_keeps_its_borders(self, capsys: pytest.CaptureFixture[str]) -> None:
        # Boxes are drawn for a terminal only: --color always draws as for one.
        code, out, _ = call(capsys, "show", "talks-held", "--color", "always")
        out = re.sub(r"\x1b\[[0-9;]*m", "", out)
        boxed = [line for line in out.splitlines() if line.startswith(("│", "╭", "╰"))]
        assert code == 0 and len(boxed) > 3
        assert {len(line) for line in boxed} == {80}, boxed
        assert "│ \\u2060Alpha \\u200dmet Beta in Gamma City.\\u200c " in out

    def test_json_escapes_them_and_keeps_the_data(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = call(capsys, "show", "talks-held", "--json")
        assert code == 0 and not any(ch in out for ch in INVISIBLE)
        assert json.loads(out)["fact"]["statement"].startswith("\u2060Alpha \u200dmet")
        code, out, _ = call(capsys, "topics", "--json")
        assert code == 0 and not any(ch in out for ch in HIDDEN)  # a tag: a surrogate pair
        assert json.loads(out)["topics"][0]["description"].endswith(HIDDEN)
