"""What a pass over every fact reads once for each distinct word (issue 26).

A first draft over a big fact base reads every fact's texts (`claims.whole` keeps the
tables made of them): at 100,000 facts some 254,000 texts, 2.8 million content words, but
only some 59,000 distinct words and 857,000 distinct runs of two neighbouring words. Each
word's readings and each run's thesaurus meanings are read by functions with bounded
caches (`functools.lru_cache`, sized for a sentence's and a small base's words), which a
pass over that many words overflows again and again: the same word read anew each time it
comes back. Within `once_each` (the pass), `reader(read)` is instead a look-up in a dict
that reads each key once and lives as long as the pass; outside it, read itself. The
values are the same either way (the functions depend on their argument alone)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

# Within a pass: each function's dict of what it read (`_Once`), by the function.
_PASS: ContextVar[dict[Any, _Once[Any]] | None] = ContextVar("defcoop_distinct", default=None)


@contextlib.contextmanager
def once_each() -> Iterator[None]:
    """Within it, what `reader` gives reads each word once; after it, the dicts are freed."""
    token = _PASS.set({})
    try:
        yield
    finally:
        _PASS.reset(token)


def reader(read: Callable[[str], T]) -> Callable[[str], T]:
    """read itself; within a pass (`once_each`), a look-up that reads each key once."""
    memo = _PASS.get()
    if memo is None:
        return read
    found = memo.get(read)
    if found is None:
        found = memo[read] = _Once(read)
    return found.__getitem__


class _Once(dict[str, T]):
    """What read gives for each key asked for, read when first asked for."""

    def __init__(self, read: Callable[[str], T]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, key: str) -> T:
        value = self[key] = self.read(key)
        return value
