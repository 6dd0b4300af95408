"""pick in a real terminal, through tmux: type a typo, see the live matches and the preview,
press a key, read what pick wrote to its stdout (a file, as in `defcoop show $(defcoop pick)`).
Once with fzf and once with the builtin finder."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import defcoop_exe

TMUX = shutil.which("tmux")
FZF = shutil.which("fzf")
pytestmark = pytest.mark.skipif(
    TMUX is None, reason="tmux is not installed: the finder is tested in a real terminal by tmux"
)


class Screen:
    """One tmux server of our own (its own socket), holding one 100×30 window."""

    def __init__(self, socket: Path) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        argv = [str(TMUX), "-S", str(self.socket), *args]
        done = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=15)
        return done.stdout

    def start(self, command: str) -> None:
        self.tmux("new-session", "-d", "-x", "100", "-y", "30", command)

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "0", *keys)

    def wait_for(self, *texts: str, seconds: float = 15) -> str:
        """The screen once it shows every text."""
        deadline = time.monotonic() + seconds
        while True:
            shown = self.tmux("capture-pane", "-p", "-t", "0")
            if all(t in shown for t in texts) or time.monotonic() > deadline:
                return shown
            time.sleep(0.1)


@pytest.fixture
def screen(tmp_path: Path, real_factbase: Path) -> Iterator[Screen]:
    s = Screen(tmp_path / "tmux.sock")
    yield s
    subprocess.run([str(TMUX), "-S", str(s.socket), "kill-server"], capture_output=True, timeout=15)


def picked(screen: Screen, tmp_path: Path, options: str, *keys: str) -> tuple[str, str]:
    """Start pick with stdout and stderr to files (the finder draws on the terminal all the
    same), type a typo, check the screen, press the keys: the screen it showed, then its
    stdout and exit code ("id\\nrc=0\\n"). It said nothing on stderr."""
    out, err, done = tmp_path / "out", tmp_path / "err", tmp_path / "done"
    pick = f"{shlex.quote(defcoop_exe())} pick {options}"
    screen.start(f"{pick} > {out} 2> {err}; echo rc=$? >> {out}; touch {done}; sleep 30")
    screen.wait_for("pick>")
    screen.keys("malabr")
    shown = screen.wait_for("Malabar Naval Exercise", "exercise-malabar-participants", "kind")
    screen.keys(*keys)
    deadline = time.monotonic() + 15
    while not done.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert err.read_text(encoding="utf-8") == ""
    return shown, out.read_text(encoding="utf-8")


def assert_previewed(shown: str) -> None:
    """The typo found Malabar live, and the preview shows the fact with its claim type."""
    assert "pick> malabr" in shown
    assert "The article says the Malabar Naval Exercise" in shown  # the best match, listed
    assert "exercise-malabar-participants" in shown  # the preview's header
    assert "attribution" in shown and "the article" in shown


@pytest.mark.skipif(FZF is None, reason="fzf is not installed: only the builtin finder is tested")
def test_fzf_finds_a_typo_live_and_enter_prints_the_id(screen: Screen, tmp_path: Path) -> None:
    shown, out = picked(screen, tmp_path, "", "Enter")
    assert_previewed(shown)
    assert out == "exercise-malabar-participants\nrc=0\n"


def test_the_builtin_finder_finds_a_typo_live_and_enter_prints_the_id(
    screen: Screen, tmp_path: Path
) -> None:
    shown, out = picked(screen, tmp_path, "--no-fzf", "Enter")
    assert_previewed(shown)
    assert out == "exercise-malabar-participants\nrc=0\n"


def test_escape_leaves_the_builtin_finder_with_130_and_nothing_said(
    screen: Screen, tmp_path: Path
) -> None:
    _, out = picked(screen, tmp_path, "--no-fzf", "Escape")
    assert out == "rc=130\n"


@pytest.mark.skipif(FZF is None, reason="fzf is not installed: only the builtin finder is tested")
def test_ctrl_o_in_fzf_shows_the_fact(screen: Screen, tmp_path: Path) -> None:
    _, out = picked(screen, tmp_path, "", "C-o")
    assert "exercise-malabar-participants" in out and "kind" in out  # what show draws
    assert "Malabar Naval Exercise" in out and out.endswith("rc=0\n")


def test_pick_refuses_without_a_terminal(real_factbase: Path) -> None:
    """No keys to read: a usage error, one line, not a finder drawn on nothing."""
    done = subprocess.run(
        [defcoop_exe(), "pick"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**os.environ, "DEFCOOP_PICKER": "builtin"},
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("defcoop: pick reads keys from a terminal")
    assert done.stderr.count("\n") == 1
