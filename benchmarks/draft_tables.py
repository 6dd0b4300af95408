"""Are two first drafts' kept files the same? (issue 26: how the tables are made)
python benchmarks/draft_tables.py A B

A and B are two files a first draft keeps in its cache folder (`draft-tables-<sha256>.bin`,
`claims/whole.py`, or `draft-readings-<sha256>.marshal`, `claims/kept.py`), made by two
trees over the same fact base. Their names and header lines (the key: the code's hash)
differ between trees; what follows the header line, the tables themselves, is compared
byte for byte. marshal's bytes follow Python's string hashing (a set's order), so run both
drafts with the same PYTHONHASHSEED. Where the bytes differ, the values are compared too
(marshal writes an object shared by two places once, so bytes may differ where values do
not): the tables' index and votes, the postings and shares, and each fact's record.
"""

from __future__ import annotations

import itertools
import marshal
import sys
from pathlib import Path


def body(path: Path) -> bytes:
    raw = path.read_bytes()
    return raw[raw.index(b"\n") + 1 :]


def values(path: Path, data: bytes) -> object:
    """The file's values: a readings file whole; a tables file's index, arrays and records."""
    if not path.name.startswith("draft-tables-"):
        return marshal.loads(data)
    size = int.from_bytes(data[:8], "little")
    head, votes = marshal.loads(data[8 : 8 + size])
    rest = data[8 + size :]
    arrays = head["postings"] + head["shares"]
    offsets = memoryview(head["offsets"]).cast("q")
    records = rest[arrays:]
    facts = [marshal.loads(records[a:b]) for a, b in itertools.pairwise(offsets)]
    del head["offsets"]  # where each record starts: its bytes' lengths
    return head, votes, rest[:arrays], facts


def main() -> None:
    a, b = Path(sys.argv[1]), Path(sys.argv[2])
    first, second = body(a), body(b)
    if first == second:
        print(f"the same bytes ({len(first):,} bytes after the header)")
        return
    one, other = values(a, first), values(b, second)
    same = one == other
    if not same and isinstance(one, tuple) and len(one) == 4:
        parts = ("index", "votes", "postings and shares", "records")
        print("differ:", [p for p, x, y in zip(parts, one, other, strict=True) if x != y])
    verdict = "the same" if same else "DIFFER"
    print(f"bytes differ ({len(first):,} and {len(second):,}); values {verdict}")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
