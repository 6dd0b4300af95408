"""Reading an index folder safely: tantivy's failures, even Rust panics, become
CorruptIndex (the caller rebuilds), and its own messages never reach defcoop's stderr."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps

from defcoop_cli.index.layout import CorruptIndex

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any, TypeVar

    F = TypeVar("F", bound=Callable[..., Any])


_QUIET_DEPTH = [0]


@contextmanager
def quiet_stderr() -> Iterator[None]:
    """fd 2 on /dev/null: a Rust panic prints its own lines to stderr before Python sees
    it, and defcoop's stderr carries only its own one-line messages. The signal handler
    writes to the saved copy meanwhile. Nested uses silence once (the outermost)."""
    import os

    from defcoop_cli import STDERR_FD

    if _QUIET_DEPTH[0]:
        _QUIET_DEPTH[0] += 1
        try:
            yield
        finally:
            _QUIET_DEPTH[0] -= 1
        return
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    STDERR_FD[0] = saved
    os.dup2(devnull, 2)
    _QUIET_DEPTH[0] = 1
    try:
        yield
    finally:
        _QUIET_DEPTH[0] = 0
        os.dup2(saved, 2)
        STDERR_FD[0] = 2
        os.close(saved)
        os.close(devnull)


def guarded(method: F) -> F:
    """Any failure inside method, even a Rust panic (a BaseException), becomes a
    CorruptIndex; Ctrl-C, exits and defcoop's own errors pass through."""
    from defcoop_cli.errors import DefcoopError

    @wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            with quiet_stderr():
                return method(self, *args, **kwargs)
        except (KeyboardInterrupt, SystemExit, CorruptIndex, DefcoopError):
            raise
        except BaseException as e:
            raise CorruptIndex(f"{type(e).__name__}: {e}") from None

    return run  # type: ignore[return-value]
