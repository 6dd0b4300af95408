"""Pointers: a set of fact files' fingerprints and the content they were last found to hold,
so that an unchanged set is recognised without reading it; and when a fingerprint can be
trusted at all (settled), as pointers, validate's verdicts and known layers trust one.

A pointer is `pointer-<crc>-<n>.json` in the cache folder (cache.py): for n fact files,
their real paths, their fingerprints (device, inode, size, modification and change times)
and the content hash, with a checksum of all that.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from collections.abc import Sequence
from contextlib import suppress

from defcoop_cli.factbase.files import fingerprint, read_regular

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any

    from _typeshed import StrPath

POINTER_MAX_BYTES = 1 << 16
# A fact file changed less than this long ago may change again within its timestamp's
# granularity: it is hashed on every run until it has settled (git's "racy" rule).
SETTLE_NS = 2_000_000_000


def is_sha256(value: object) -> bool:
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )


def settled(print_: Any, since: int | None = None) -> bool:
    """Unchanged SETTLE_NS before since (or now), by mtime or ctime, the later (tools set
    mtime back): how pointers here, validate's verdicts and known layers trust a file."""
    at = time.time_ns() if since is None else since
    return print_ is not None and at - max(print_[3:5]) >= SETTLE_NS


def pointed_content(folder: str, paths: Sequence[StrPath]) -> str | None:
    """The content the pointer of these files names, if they are unchanged and settled."""
    prints = [fingerprint(p) for p in paths]
    if None in prints or not all(settled(p) for p in prints):
        return None
    raw = read_regular(_pointer_file(folder, paths), POINTER_MAX_BYTES)
    try:
        pointer = json.loads(raw or b"null")
        content = pointer["content"]
        if not is_sha256(content) or pointer != _pointer_body(paths, prints, content):
            return None  # another set of files, changed files, or a damaged pointer
    except (ValueError, KeyError, TypeError, RecursionError):
        return None
    return content  # type: ignore[no-any-return]


def write_pointer(
    folder: str, paths: Sequence[StrPath], content: str, prints: list[Any] | None
) -> None:
    if prints is None or not all(settled(p) for p in prints):
        return
    body = json.dumps(_pointer_body(paths, prints, content)).encode()
    with suppress(OSError):
        from defcoop_cli.factbase.files import write_atomically

        write_atomically(_pointer_file(folder, paths), lambda f: f.write_bytes(body))


def _pointer_file(folder: str, paths: Sequence[StrPath]) -> str:
    real = "\0".join(os.path.realpath(p) for p in paths).encode("utf-8", "surrogateescape")
    return os.path.join(folder, f"pointer-{zlib.crc32(real):08x}-{len(paths)}.json")


def _pointer_body(paths: Sequence[StrPath], prints: list[Any], content: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "paths": [os.path.realpath(p) for p in paths],
        "fingerprints": [list(p) for p in prints],
        "content": content,
    }
    body["check"] = zlib.crc32(json.dumps(body, sort_keys=True).encode())
    return body
