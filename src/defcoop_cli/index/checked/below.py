"""The layers under the top one, kept for `validate` while the search's index is built.

A cold build of a layered fact base parses every layer and checks it with the schema;
`validate` of the top layer then needs the same records of every layer under it
(validated.build_below), and read them all again: some 1.1 s of CPU a 100,000-fact layer,
most of a first `validate` at a million. So the build keeps each layer under the top one
as build_below keeps it: its records, its facts' records, and a note of its fingerprint
(only if no file changed while the build read them, and this one had settled before).
They are kept under build_below's key, the sha256 of the layer's bytes (hashed by the
build already) and of the checking code, so a layer changed since is read again by
`validate` as ever. The top layer is not kept: it is the one a curator edits, and
`validate` checks it from its own bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from defcoop_cli.factbase.files import Fingerprint
from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.index.checked import validated
from defcoop_cli.index.pointers import settled

TYPE_CHECKING = False  # typing is imported by mypy alone
if TYPE_CHECKING:
    from _typeshed import StrPath


def keeper(
    paths: Sequence[StrPath],
    digests: Sequence[bytes],
    seen: Sequence[Fingerprint | None] | None,
    since: int,
) -> Callable[[int, FactBase], None] | None:
    """What keeps each layer under the top one as loader.parse_layers reads it (its place
    and fact base): paths, the layers (bottom first); digests, the sha256 of each one's
    bytes; seen, their fingerprints before they were read (None: one changed while read);
    since, the time before that. None when there is nothing to keep, or no cache."""
    folder = validated.cache_path() if len(paths) > 1 else None
    if folder is None:
        return None

    def keep(at: int, fb: FactBase) -> None:
        if at == len(paths) - 1:
            return
        key = validated.keep_below(folder, digests[at], fb.doc)
        print_ = None if seen is None else seen[at]
        if key is None or print_ is None or not settled(print_, since):
            return
        pointer = validated.known_pointer(folder, paths[at])
        if pointer is not None:
            validated.note_known(folder, pointer, key, print_)

    return keep
