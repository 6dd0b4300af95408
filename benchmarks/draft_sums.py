"""The sums of `benchmarks/draft_quality.py --reports`'s tables: each measure's hits and
total over every report set, and the named sets' own rows.

    python benchmarks/draft_quality.py --reports --misses > /tmp/dq.txt
    python benchmarks/draft_sums.py /tmp/dq.txt              # "sets: N", a line per measure
    python benchmarks/draft_sums.py /tmp/dq.txt heldout61    # and that set's rows
    python benchmarks/draft_quality.py --reports | python benchmarks/draft_sums.py -

draft_quality.py prints one table per set; issue 24's goals are read per set and summed,
and RESULTS.md's sums (the lead's `sumsets` until the twenty-fifth session) are these.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_SET = re.compile(r"\| measure \((.*)\) \|")
_ROW = re.compile(r"\| (.+?) \| (\d+)/(\d+) ")


def sums(lines: list[str]) -> tuple[dict[str, list[int]], dict[str, dict[str, tuple[int, int]]]]:
    """Each measure's [hits, total] over every set, and each set's own (hits, total) by
    measure, the sets named as draft_quality.py heads their tables."""
    total: dict[str, list[int]] = {}
    per: dict[str, dict[str, tuple[int, int]]] = {}
    current = None
    for line in lines:
        if m := _SET.match(line):
            current = m.group(1)
            per.setdefault(current, {})
        elif (m := _ROW.match(line)) and current is not None:
            name, hit, n = m.group(1), int(m.group(2)), int(m.group(3))
            both = total.setdefault(name, [0, 0])
            both[0] += hit
            both[1] += n
            per[current][name] = (hit, n)
    return total, per


def report(lines: list[str], show: list[str]) -> list[str]:
    total, per = sums(lines)
    out = [f"sets: {len(per)}"]
    out += [f"{name}: {hit}/{n} ({hit / max(1, n):.3f})" for name, (hit, n) in total.items()]
    for wanted in show:
        for label, rows in per.items():
            if label.rsplit(", ", 1)[-1].rstrip("/") == wanted.rstrip("/"):
                out.append(f"== {label}")
                out += [f"   {name}: {hit}/{n}" for name, (hit, n) in rows.items()]
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    source = argv[0]
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text("utf-8")
    except OSError as error:
        print(f"draft_sums: cannot read {source}: {error.strerror}", file=sys.stderr)
        return 2
    print("\n".join(report(text.splitlines(), argv[1:])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
