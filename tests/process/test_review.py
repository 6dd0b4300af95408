"""The guided review in a real terminal, through tmux: accept one candidate, reject one,
edit a statement, quit; the draft file holds each decision; review again resumes at the
first undecided candidate."""

from __future__ import annotations

import json
import shlex
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES, call, defcoop_exe

from process.test_pick import TMUX, Screen

pytestmark = [
    pytest.mark.skipif(
        TMUX is None,
        reason="tmux is not installed: the guided review is tested in a real terminal by tmux",
    ),
    pytest.mark.usefixtures("two_layers"),
]


@pytest.fixture
def screens(tmp_path: Path) -> Iterator[Callable[[str], Screen]]:
    """A new terminal for each review (a tmux server of its own: one killed may not have
    let go of its socket when the next one starts)."""
    made: list[Screen] = []

    def new(name: str) -> Screen:
        made.append(Screen(tmp_path / f"{name}.sock"))
        return made[-1]

    yield new
    for s in made:
        argv = [str(TMUX), "-S", str(s.socket), "kill-server"]
        subprocess.run(argv, capture_output=True, timeout=15)


@pytest.fixture
def draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    out = tmp_path / "draft.json"
    article = str(ARTICLES / "lantern-report.txt")
    assert call(capsys, "draft", article, "--source-id", "lantern", "-o", str(out))[0] == 0
    return out


def facts(path: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["facts"]
    return found


def reviewed(screen: Screen, tmp_path: Path, draft: Path, name: str) -> Path:
    """Start review on the draft, its stderr and exit code going to a file; that file."""
    err = tmp_path / name
    review = f"{shlex.quote(defcoop_exe())} review {shlex.quote(str(draft))}"
    screen.start(f"{review} 2> {err}; echo rc=$? >> {err}; touch {err}.done; sleep 30")
    return err


def ended(err: Path) -> str:
    deadline = time.monotonic() + 15
    done = Path(f"{err}.done")
    while not done.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return err.read_text(encoding="utf-8")


def test_accept_reject_edit_quit_and_resume(
    screens: Callable[[str], Screen], tmp_path: Path, draft: Path
) -> None:
    n = len(facts(draft))
    first = facts(draft)[0]
    screen = screens("first")
    err = reviewed(screen, tmp_path, draft, "first")
    shown = screen.wait_for(f"fact 1 of {n + 1}", "statement", "attribution")
    assert first["quote"] in shown.replace("\n", "") and "stance" in shown and "claim" in shown
    screen.keys("a")
    screen.wait_for(f"fact 2 of {n + 1}", "accepted")
    screen.keys("r")
    screen.wait_for(f"fact 3 of {n + 1}", "rejected")
    screen.keys("e")
    screen.wait_for("statement> ")
    screen.keys("C-u", "The ministers talked about the sea.", "Enter")
    screen.wait_for("statement saved")
    screen.keys("q")
    said = ended(err)
    assert said == (
        f"defcoop: saved {draft}: 1 accepted, 1 rejected, {n - 1} to decide; "
        f"resume with defcoop review {draft}\nrc=0\n"
    )
    after = facts(draft)
    assert [f["review"] for f in after[:4]] == ["accepted", "rejected", "draft", "draft"]
    assert after[2]["statement"] == "The ministers talked about the sea."

    screen = screens("second")
    err = reviewed(screen, tmp_path, draft, "second")
    shown = screen.wait_for(f"fact 3 of {n + 1}")
    assert "The ministers talked about the sea." in shown  # resumed at the first undecided
    screen.tmux("resize-window", "-t", "0", "-x", "40", "-y", "10")  # a small terminal
    screen.keys("k")  # its chooser fits: no "Window too small"
    shown = screen.wait_for("kind>", "Esc done", " * ")
    assert "kind>" in shown and "Esc done" in shown and "too small" not in shown
    screen.tmux("resize-window", "-t", "0", "-x", "25", "-y", "6")
    assert "30×8 or more;\nthis one is 25×6" in screen.wait_for("this one is 25×6")
    screen.keys("Escape")
    screen.tmux("resize-window", "-t", "0", "-x", "100", "-y", "30")
    screen.wait_for("1 rejected · ")  # the whole status: keys decide again
    screen.keys("a", "C-c")
    assert ended(err).endswith(
        f"2 accepted, 1 rejected, {n - 2} to decide; resume with defcoop review {draft}\nrc=130\n"
    )
    assert facts(draft)[2]["review"] == "accepted"
