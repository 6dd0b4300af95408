"""Waiting on a child process, always for a bounded time. Every wait of the process tests
(a line on a pipe, the child's end, a pseudo-terminal's output) ends by its deadline: a
child that stalls is killed and the test fails with a message saying what it waited for
and what the child had said, instead of the test run waiting for ever. A child that does
its work returns at once: the deadline costs nothing then."""

from __future__ import annotations

import os
import pty
import selectors
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import pytest
from conftest import defcoop_exe

# Long enough for a loaded machine (a child's whole run takes a second or two at most).
SECONDS = 60.0


def _kill(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=SECONDS)  # a killed process ends: this only reaps it


@contextmanager
def started(argv: list[str], **popen: Any) -> Iterator[subprocess.Popen[bytes]]:
    """The child, killed and reaped when the block ends if it is still running (a failed
    assertion never leaves it behind, holding its pipes)."""
    proc: subprocess.Popen[bytes] = subprocess.Popen(argv, **popen)
    try:
        yield proc
    finally:
        _kill(proc)
        for pipe in (proc.stdin, proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


def line_from(
    proc: subprocess.Popen[bytes], pipe: IO[bytes] | None, what: str, seconds: float = SECONDS
) -> bytes:
    """The next line the child writes on pipe (read byte by byte, so that nothing after it
    is taken from a later communicate()); the child is killed and the test fails if it
    does not come within seconds, or the pipe closes first."""
    assert pipe is not None
    got = b""
    deadline = time.monotonic() + seconds
    with selectors.DefaultSelector() as selector:
        selector.register(pipe.fileno(), selectors.EVENT_READ)
        while not got.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                _kill(proc)
                pytest.fail(f"waited {seconds:g} s for {what}; the child said {got!r} (killed)")
            byte = os.read(pipe.fileno(), 1)
            if not byte:
                _kill(proc)
                pytest.fail(f"the child closed its pipe before {what}; it said {got!r}")
            got += byte
    return got


def finished(
    proc: subprocess.Popen[bytes], what: str = "the child to end", seconds: float = SECONDS
) -> tuple[bytes, bytes]:
    """The child's stdout and stderr once it ends; killed, and the test failed, if it has
    not ended within seconds."""
    try:
        out, err = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        _kill(proc)
        out, err = proc.communicate()
        pytest.fail(f"waited {seconds:g} s for {what} (killed); stderr: {err[-500:]!r}")
    return out or b"", err or b""


def read_terminal(master: int, seconds: float = SECONDS) -> bytes:
    """All a child wrote to a pseudo-terminal, until it closed it; closes master. The test
    fails if the terminal is still open after seconds."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(master, selectors.EVENT_READ)
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    shown = b"".join(chunks)[-500:]
                    pytest.fail(f"the terminal was still open after {seconds:g} s: {shown!r}")
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                chunks.append(chunk)
    finally:
        os.close(master)
    return b"".join(chunks)


def run_in_pty(
    *args: str,
    env: dict[str, str],
    argv0: list[str] | None = None,
    size: tuple[int, int] | None = None,
) -> tuple[int, bytes]:
    """Run defcoop with its stdout on a pseudo-terminal of size (columns, lines), as a
    person would see it."""
    master, slave = pty.openpty()
    if size is not None:
        import fcntl
        import struct
        import termios

        columns, lines = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env["DEFCOOP_PAGER"] = ""  # no pager unless the test asks for one
    argv = [*(argv0 or [defcoop_exe()]), *args]
    with started(argv, stdout=slave, stderr=subprocess.DEVNULL, env={**full_env, **env}) as proc:
        os.close(slave)
        output = read_terminal(master)
        finished(proc)
    return proc.returncode, output
