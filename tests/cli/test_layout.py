"""What a person sees, at any width (COLUMNS), in-process: ids never cut or wrapped, URLs
whole on lines of their own, rules as wide as the output, and no escape codes or padded
lines off a terminal. process/test_terminal.py has what only a terminal shows."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from conftest import REAL, call

from defcoop_cli.factbase.loader import FactBase, load


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(REAL)


def known_ids(fb: FactBase) -> set[str]:
    return (
        set(fb.facts)
        | set(fb.topics)
        | set(fb.entities)
        | {n.id for n in fb.doc.curator_notes}
        | set(fb.sources)
    )


LAST = re.compile(r"([a-z0-9][a-z0-9+-]*)$")
FIRST = re.compile(r"^\s*([a-z0-9+-]*[a-z0-9])")


def assert_ids_whole(out: str, ids: set[str]) -> None:
    """No id is cut short (an ellipsis) or split across two lines."""
    for cut in re.findall(r"([a-z0-9][a-z0-9-]*)…", out):
        assert not any(i.startswith(cut) and i != cut for i in ids), f"{cut!r} cut:\n{out}"
    for line, following in itertools.pairwise(out.split("\n")):
        # A folded id ends one line mid-word (after one of its hyphens) and goes on at the
        # start of the next; text only ever wraps at spaces.
        last, first = LAST.search(line.rstrip()), FIRST.search(following)
        if last and first and "-" in last.group(1):
            joined = last.group(1) + first.group(1)
            assert not any(i.startswith(joined) for i in ids), f"{joined!r} split:\n{out}"


COMMANDS = [
    ["search", "malabar"],
    ["search", "indo pacific", "--explain"],
    ["search", "india", "japan", "--limit", "30"],
    ["facts"],
    ["topics"],
    ["topics", "indo-pacific-vision"],
    ["entities"],
    ["entities", "india"],
    ["show", "indo-pacific-peaceful-dispute-resolution"],
    ["show", "nakatani-given-name"],
    ["brief"],
    ["brief", "--full"],
    ["validate"],
]


@pytest.mark.parametrize("width", [24, 60, 80, 120])
@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_ids_are_never_cut_or_wrapped(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    real_factbase: Path,
    fb: FactBase,
    argv: list[str],
    width: int,
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    code, out, err = call(capsys, *argv)
    assert code == 0, err
    assert_ids_whole(out, known_ids(fb))
    assert out == out.strip("\n") + "\n", "no blank line before or after the output"


@pytest.mark.parametrize("width", [40, 80, 120])
@pytest.mark.parametrize(
    "argv", [["show", "meeting-date"], ["show", "meeting-held"], ["brief", "--full"]], ids=" ".join
)
def test_urls_are_never_broken(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    real_factbase: Path,
    fb: FactBase,
    argv: list[str],
    width: int,
) -> None:
    """A link printed by a human format is on one line, whole: pasted or piped, it works."""
    monkeypatch.setenv("COLUMNS", str(width))
    code, out, err = call(capsys, *argv)
    assert code == 0, err
    urls = {r.url for n in fb.doc.curator_notes for r in n.references}
    shown = [u for u in urls if u in out]
    assert shown, out
    broken = [u for u in urls if u[: width // 2] in out and u not in out]
    assert not broken, out
    alone = [line.strip() for line in out.splitlines() for u in shown if u in line]
    assert set(alone) <= set(shown), "each URL on a line of its own"


class TestSmallThings:
    def test_the_rule_is_as_wide_as_the_output(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("COLUMNS", "90")
        widths = set()
        for query in ("delta", "drill expand"):
            _, out, _ = call(capsys, "search", query)
            widths |= {len(line) for line in out.splitlines() if set(line) == {"─"}}
        assert widths == {90}


HUMAN_COMMANDS = [
    ["search", "delta"],
    ["search", "delta", "--explain"],
    ["topics"],
    ["topics", "worries"],
    ["entities"],
    ["entities", "beta"],
    ["show", "markup-concern"],
    ["brief"],
    ["validate"],
]


class TestOffATerminal:
    @pytest.mark.parametrize("argv", HUMAN_COMMANDS, ids=" ".join)
    def test_piped_output_has_no_escape_codes(
        self, capsys: pytest.CaptureFixture[str], argv: list[str]
    ) -> None:
        code, out, err = call(capsys, *argv)
        assert code == 0, err
        assert out and "\x1b" not in out
        padded = [line for line in out.splitlines() if line.endswith(" ")]
        assert not padded, "lines padded with spaces paste badly"


class TestScreenSizesThatAreNotSizes:
    """COLUMNS and LINES that name no usable size are read as unset, and a size bigger than
    any screen as the biggest: rich drew nothing at COLUMNS=0 (exit 0, output lost), ran out
    of memory at COLUMNS=99999999999 and raised at COLUMNS=² (exit 70)."""

    @pytest.mark.parametrize(
        "size, argv",
        [
            ("COLUMNS=0", "brief"),
            ("COLUMNS=²", "brief"),
            ("LINES=²", "brief"),
            ("COLUMNS=²", "facts"),
        ],
    )
    def test_the_output_is_as_with_no_size(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        size: str,
        argv: str,
    ) -> None:
        monkeypatch.delenv("COLUMNS", raising=False)
        monkeypatch.delenv("LINES", raising=False)
        unset = call(capsys, argv)
        monkeypatch.setenv(*size.split("="))
        assert call(capsys, argv) == unset

    def test_a_width_beyond_any_screen_is_the_widest(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from defcoop_cli.output.terminal import MAX_COLUMNS

        monkeypatch.setenv("COLUMNS", "99999999999")
        code, out, err = call(capsys, "search", "delta")
        assert (code, err) == (0, "")
        assert max(len(line) for line in out.splitlines()) == MAX_COLUMNS  # its rule
