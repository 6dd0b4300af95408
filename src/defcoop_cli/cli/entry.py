"""The console script, `defcoop` (pyproject's entry point, and `python -m defcoop_cli`):
its signal handler set first, then a plain search or the Typer app run."""

# _signal is built into the interpreter: loading it runs no Python code, so main() can set
# its handlers as its very first act (the `signal` module would import enum and functools
# first, a window in which Ctrl-C would still raise KeyboardInterrupt).
import _signal  # type: ignore[import-not-found]

from defcoop_cli import STDERR_FD, TEMPORARY

# What the signal handler says of each signal it ends a run on: a closed terminal's SIGHUP
# and the SIGQUIT of Ctrl-\ clean up as Ctrl-C and SIGTERM do (exit 128 + its number).
WORDS = {
    _signal.SIGINT: b"interrupted",
    _signal.SIGTERM: b"terminated",
    _signal.SIGHUP: b"hung up",
    _signal.SIGQUIT: b"quit",
}
# How many objects the cyclic collector lets a run make before it looks for cycles among
# the youngest (main() sets it; Python's default is 700).
YOUNG = 10_000


def main() -> None:
    """The console script.

    From its first line to its last, SIGINT, SIGTERM, SIGHUP and SIGQUIT end the run with
    one line (`defcoop: interrupted` / `terminated` / `hung up` / `quit`), exit 130 / 143 /
    129 / 131, and the temporary files removed. A signal that arrives before this first
    line, while the interpreter itself starts, is Python's to handle (README, "Signals").
    """
    for signum in (_signal.SIGINT, _signal.SIGTERM, _signal.SIGHUP, _signal.SIGQUIT):
        if _signal.getsignal(signum) != _signal.SIG_IGN:  # an ignored signal stays ignored
            _signal.signal(signum, _on_signal)
    import gc
    import os

    _occupy_closed_standard_fds()
    # Importing Typer and the CLI (or a plain search's modules) makes objects that live as
    # long as the run: the cyclic collector, off while they are made (its passes took some
    # 3 ms of each start), then leaves them out of its later passes (frozen). defcoop makes
    # few reference cycles: its young generation is collected every YOUNG allocations rather
    # than Python's 700 (another millisecond of a search).
    gc.disable()
    import sys

    from defcoop_cli.cli.running import plain_search
    from defcoop_cli.output.emit import finish

    # A plain search (its words, --json or --jsonl) runs without Typer (cli/running.py).
    plain = plain_search(sys.argv[1:])
    if plain is None:
        from defcoop_cli.cli.app import run
    gc.freeze()
    gc.set_threshold(YOUNG)
    gc.enable()
    os._exit(finish(run() if plain is None else plain()))


def _on_signal(signum: int, _frame: object) -> None:
    """Remove temporary files, say why, and end now. It imports nothing that may not be
    loaded yet (os always is): a signal can land in the middle of an import."""
    import os
    import sys

    for name in list(TEMPORARY):
        try:
            os.unlink(name)
        except IsADirectoryError:  # an index being built: shutil is loaded by then
            shutil = sys.modules.get("shutil")
            if shutil is not None:
                shutil.rmtree(name, ignore_errors=True)
        except OSError:
            pass
    word = WORDS.get(signum, b"terminated")
    try:  # noqa: SIM105 - contextlib may not be loaded yet
        os.write(STDERR_FD[0], b"defcoop: " + word + b"\n")
    except OSError:
        pass
    os._exit(128 + signum)


def _occupy_closed_standard_fds() -> None:
    """Put /dev/null on stdin, stdout or stderr where they are closed, so that no file defcoop
    opens later lands on those numbers (and a message meant for stderr in a cache file).
    Python has already set sys.stdout or sys.stderr to None for them: output then fails
    with exit 74, and messages are dropped."""
    import os

    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:  # a lower number was free after all: leave it as it was
                os.close(opened)
