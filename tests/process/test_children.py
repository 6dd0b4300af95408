"""The process tests' waits end: a child that says nothing, never ends or keeps its
terminal open fails the test within the deadline, killed, instead of stalling the run."""

from __future__ import annotations

import os
import pty
import subprocess
import time
from collections.abc import Callable

import pytest

from process.children import finished, line_from, read_terminal, started

SILENT = ["sleep", "30"]


def fails_in_time(wait: Callable[[], object], message: str) -> None:
    began = time.monotonic()
    with pytest.raises(pytest.fail.Exception, match=message):
        wait()
    assert time.monotonic() - began < 10


def test_a_line_that_never_comes_fails_and_kills_the_child() -> None:
    with started(SILENT, stderr=subprocess.PIPE) as proc:
        fails_in_time(
            lambda: line_from(proc, proc.stderr, "a word", seconds=0.2),
            r"waited 0.2 s for a word; the child said b'' \(killed\)",
        )
        assert proc.returncode == -9


def test_a_pipe_closed_before_the_line_fails() -> None:
    with started(["printf", "half"], stdout=subprocess.PIPE) as proc:
        fails_in_time(
            lambda: line_from(proc, proc.stdout, "a line"),
            "the child closed its pipe before a line; it said b'half'",
        )


def test_a_child_that_never_ends_fails_and_is_killed() -> None:
    with started(SILENT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        fails_in_time(lambda: finished(proc, "the end", seconds=0.2), "waited 0.2 s for the end")
        assert proc.returncode == -9


def test_a_terminal_kept_open_fails() -> None:
    master, slave = pty.openpty()
    with started(SILENT, stdout=slave) as proc:
        os.close(slave)
        fails_in_time(lambda: read_terminal(master, seconds=0.2), "still open after 0.2 s")
        assert proc.poll() is None  # the caller's block kills it
    assert proc.returncode == -9
