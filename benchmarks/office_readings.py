"""What each reading of an office gives for every office text in the repository's data and
fixtures (issue 24): the drafter's conflict (the office's core, compared with a person's
roles), the key that joins two spellings (the brief's titles, a conflict note's sides) and
the brief's standard form. Run before and after a change to the reading and compare:

    python benchmarks/office_readings.py > /tmp/before.tsv   # on main
    python benchmarks/office_readings.py > /tmp/after.tsv    # on the branch
    diff /tmp/before.tsv /tmp/after.tsv

The texts: every entity's role and every conflict note's side in every fact file of data/
and tests/fixtures/, and every office the drafter reads in every report of the judged sets
(tests/fixtures/reports/sets.txt; a set marked blind is never read): the offices and the
"who heads …" phrases of curation/drafting/conflicts/given_offices.py. One row a text, sorted:
the text, its reading (the drafter's core; after the change, whose it is and its core) and
the brief's standard form, tab-separated; then each pair of texts one office to the
drafter's conflicts ("agreed") or to the key that joins two spellings ("joined").
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from defcoop_cli.curation.drafting.conflicts import given_offices as drafter

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "fixtures" / "reports"
try:  # after issue 24's change: one reading in factbase/vocab.py, for every wing
    from defcoop_cli.factbase.vocab import read_office, same_office

    def core(text: str) -> str:
        nation, office = read_office(text)
        return f"{nation}: {office}" if nation else office

    agreed = joined = same_office
except ImportError:  # before it: three readings in three wings
    from defcoop_cli.curation.drafting.conflicts.offices import office as core
    from defcoop_cli.factbase.vocab import office_key

    def agreed(one: str, other: str) -> bool:
        return core(one) == core(other)

    def joined(one: str, other: str) -> bool:
        return office_key(one) == office_key(other)


from defcoop_cli.output.brief.titles import standard_title  # noqa: E402


def fact_files() -> Iterator[Path]:
    for top in (ROOT / "data", ROOT / "tests" / "fixtures"):
        for path in sorted(top.rglob("*.json")):
            if "reports" not in path.parts and "judged_queries" not in path.name:
                yield path


def recorded() -> set[str]:
    """Every role and every conflict note's side of every fact file."""
    texts: set[str] = set()
    for path in fact_files():
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if not isinstance(doc, dict):
            continue
        for e in doc.get("entities") or []:
            texts |= {r["text"] for r in e.get("roles") or [] if isinstance(r, dict)}
        for n in doc.get("curator_notes") or []:
            texts |= {s["label"] for s in n.get("sides") or [] if isinstance(s, dict)}
    return texts


def report_sets() -> list[Path]:
    lines = (REPORTS / "sets.txt").read_text(encoding="utf-8").splitlines()
    rows = [line.split("#")[0].split() for line in lines]
    return [REPORTS / row[0] for row in rows if row and "blind" not in row[1:]]


def drafted() -> set[str]:
    """Every office the drafter reads in every report of the development sets."""
    texts: set[str] = set()
    patterns = (drafter._OFFICE, drafter._HEADS, drafter._HEADS_NOW)
    for folder in report_sets():
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            texts |= {m.group(m.lastindex or 0) for p in patterns for m in p.finditer(text)}
    return {" ".join(t.split()) for t in texts if t.strip()}


def main() -> None:
    texts = sorted(recorded() | drafted())
    for text in texts:
        print(f"{text}\t{core(text)}\t{standard_title(text)}")
    # the pairs one office: to the drafter's conflicts (agreed), to the brief's titles and
    # a conflict note's sides (joined)
    for i, one in enumerate(texts):
        for other in texts[i + 1 :]:
            said = ("agreed" if agreed(one, other) else "") + (
                " joined" if joined(one, other) else ""
            )
            if said:
                print(f"{said.strip()}\t{one}\t{other}")


if __name__ == "__main__":
    main()
